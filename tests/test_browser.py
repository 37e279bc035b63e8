"""The report in a real browser (Debian's Chromium through Playwright): it loads with no console error and
no request besides the file itself, shows the key numbers, keeps the hostile article inert, searches, and
fits a phone screen. Screenshots go to test-artifacts/ for people to look at.

The report is made the way a run makes it: notebooks/04_report.ipynb executed by Papermill on a small
build folder (tests/test_report.py builds it), then rendered by nbconvert. Quarto is not run here: PyPI has
no binary of it (quarto-cli is a source package that downloads Quarto while it builds); Quarto lays out the
same HTML with the same stylesheet (see tests/test_render_quarto.py and the README, "Rendering the report
with Quarto")."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import report
from test_report import HOSTILE_OUTLET, HOSTILE_SENTENCE, HOSTILE_TITLE, make_build_dir

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# the last card is the extraction F1 on real news never read while the rules were written (the blind set)
KEY_NUMBERS = {
    lang: [*numbers, report.fmt_num(report.real_news_quality()["blind"]["facts"]["f1"], lang)]
    for lang, numbers in {"id": ["6", "7", "4", "97", "2.034"], "en": ["6", "7", "4", "97", "2,034"]}.items()
}
SEARCH_COUNT = {"id": "3 dari 7 angka ditampilkan", "en": "3 of 7 numbers shown"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's Chromium (/usr/bin/chromium) is not installed; "
        "`make test` installs it with apt-get where it can",
    ),
]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Path]:
    """report.<lang>.html for both languages, executed and rendered as a run does it."""
    papermill = pytest.importorskip("papermill")
    from analysis.render import render_notebook

    root = tmp_path_factory.mktemp("browser")
    build = make_build_dir(root)
    pages = {}
    for lang in ("id", "en"):
        executed = build / "notebooks" / f"04_report.{lang}.ipynb"
        executed.parent.mkdir(parents=True, exist_ok=True)
        papermill.execute_notebook(
            str(PROJECT_ROOT / "notebooks" / "04_report.ipynb"),
            str(executed),
            kernel_name="python3",
            parameters={
                "build_dir": str(build),
                "lang": lang,
                "publisher": "Watch Group <X>",
                "dataset_version": "0.1.0",
                "release_date": "2024-11-01",
            },
            cwd=str(root),
            progress_bar=False,
            log_output=False,
        )
        out = build / "release" / "report" / f"report.{lang}.html"
        assert render_notebook(executed, out, renderer="nbconvert", reports_dir=PROJECT_ROOT / "reports") == "nbconvert"
        pages[lang] = out
    return pages


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, path: Path, viewport: dict[str, int]):
    """The page loaded from file://, with every request, console message and page error recorded.
    Requests to anything but the file itself are aborted (and fail the test)."""
    page = browser.new_page(viewport=viewport)
    seen = {"requests": [], "console": [], "errors": []}
    url = path.as_uri()
    page.on("request", lambda request: seen["requests"].append(request.url))
    page.on("console", lambda message: seen["console"].append((message.type, message.text)))
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    page.goto(url, wait_until="load")
    page.wait_for_timeout(200)  # let late scripts (none expected) show themselves
    return page, seen


@pytest.mark.parametrize("lang", ["id", "en"])
def test_report_in_browser(reports, browser, lang):
    ARTIFACTS.mkdir(exist_ok=True)
    page, seen = open_page(browser, reports[lang], {"width": 1280, "height": 900})
    try:
        assert seen["requests"] == [reports[lang].as_uri()]
        assert seen["errors"] == []
        assert [m for m in seen["console"] if m[0] in ("error", "warning")] == []
        assert page.evaluate("document.documentElement.lang") == lang

        cards = page.locator(".asn-card-value")
        assert cards.all_inner_texts() == KEY_NUMBERS[lang]
        assert all(cards.nth(i).is_visible() for i in range(cards.count()))

        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("[onerror], [onload], [onmouseover], a[href^='javascript:' i]").count() == 0
        assert page.locator("script").count() == 1
        for text in (HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_SENTENCE):
            assert page.get_by_text(text, exact=False).first.is_visible(), text

        images = page.locator("img")
        assert images.count() == 4
        for i in range(images.count()):
            assert images.nth(i).get_attribute("alt")
            assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", images.nth(i).element_handle())

        page.screenshot(path=str(ARTIFACTS / f"report-{lang}.png"), full_page=True)

        search = page.locator("#fact-search")
        assert search.is_visible()
        search.fill("pandeglang")
        assert page.locator("#facts-table tbody tr:visible").count() == 3
        assert page.locator("#fact-count").inner_text() == SEARCH_COUNT[lang]
        search.fill("2034")  # the raw value matches a number shown as 2.034 / 2,034
        assert page.locator("#facts-table tbody tr:visible").count() == 1
        assert page.evaluate("typeof window.__pwned") == "undefined"
    finally:
        page.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_report_fits_a_phone(reports, browser, lang):
    page, seen = open_page(browser, reports[lang], {"width": 390, "height": 844})
    try:
        assert seen["errors"] == [] and seen["requests"] == [reports[lang].as_uri()]
        width = page.evaluate("window.innerWidth")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.evaluate("document.body.scrollWidth") <= width
        assert page.locator(".asn-card-value").first.is_visible()
        page.screenshot(path=str(ARTIFACTS / f"report-{lang}-phone.png"), full_page=False)
    finally:
        page.close()


# Words cut inside a table cell ("Tanger/ang"); a path or address longer than 30 characters may wrap anywhere.
BROKEN_WORDS_JS = """() => {
  const broken = [];
  for (const cell of document.querySelectorAll("table.asn-table td, table.asn-table th")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[^\\s\\-\\u2013\\u2014\\/]+/g)) {
        if (m[0].length > 30) { continue; }
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (range.getClientRects().length > 1) { broken.push(m[0]); }
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("width", [1024, 1280])
def test_tables_fit_the_page_without_breaking_words(reports, browser, width):
    """On a laptop screen every table fits its column (no horizontal scroll) and no word is cut. The layout
    is report.css's, which Quarto uses too (`minimal`, no Bootstrap grid)."""
    page, seen = open_page(browser, reports["en"], {"width": width, "height": 900})
    try:
        assert seen["errors"] == []
        overflowing = page.evaluate(
            """() => Array.from(document.querySelectorAll(".asn-table-scroll"))
                 .filter((box) => box.scrollWidth > box.clientWidth + 1)
                 .map((box) => box.querySelector("table").id || box.getAttribute("aria-label"))"""
        )
        assert overflowing == []
        assert page.evaluate(BROKEN_WORDS_JS) == []
    finally:
        page.close()
