"""The published database in Datasette, in a real browser (Debian's Chromium through Playwright): `serve`'s
command starts Datasette on the release; the facts table opens with the facets of the metadata, faceting by
province and cycle narrows it, and a word of a sentence finds its figure. Skipped where Chromium is absent."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from analysis import publish
from analysis.aggregate import run_aggregate
from analysis.extract import run_extraction
from analysis.publish.database import datasette_command
from test_browser import CHROMIUM, CHROMIUM_ARGS

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
ARTICLES = {
    "bogor.txt": "Bawaslu Catat Pelanggaran Netralitas ASN\n\nBOGOR - Badan Pengawas Pemilu (Bawaslu) Kota Bogor "
    "mencatat 7 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024, kata Ketua Bawaslu, Senin (4/11/2024).\n",
    "semarang.txt": "ASN Semarang Diperiksa\n\nSEMARANG - Bawaslu Kota Semarang menerima 5 laporan dugaan pelanggaran "
    "netralitas ASN karena berswafoto dengan calon pada Pilkada 2020, Rabu (21/10/2020).\n",
}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("datasette")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    run_extraction(corpus, root / "tables")
    run_aggregate(root / "tables", root / "tables")
    publish.publish_tables(root / "tables", root / "release", dataset_version="0.1.0", project_root=PROJECT_ROOT)
    return root / "release"


@pytest.fixture(scope="module")
def datasette(release):
    port = _free_port()
    server = subprocess.Popen(
        datasette_command(release, port, python=sys.executable), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # Datasette starts in a second or two
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"datasette exited: {server.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not answer within 20 s")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def page(datasette):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page
        chromium.close()
        assert errors == []


def test_the_facts_table_opens_with_its_descriptions_and_facets(datasette, page):
    page.goto(f"{datasette}/asn_neutrality/facts")
    assert "Numeric facts / Angka" in page.title() or page.get_by_text("Numeric facts / Angka").first.is_visible()
    assert page.get_by_text("2 rows").first.is_visible()
    facets = page.locator(".facet-info")
    assert {"province_name", "election_type", "election_year"} <= {
        facets.nth(i).get_attribute("data-column") for i in range(facets.count())
    }
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "datasette-facts.png"), full_page=True)


def test_faceting_by_province_and_cycle_narrows_the_figures(datasette, page):
    page.goto(f"{datasette}/asn_neutrality/facts")
    page.locator('.facet-info[data-column="province_name"] a', has_text="Jawa Tengah").first.click()
    page.wait_for_load_state()
    page.locator('.facet-info[data-column="election_year"] a', has_text="2020").first.click()
    page.wait_for_load_state()
    assert "province_name=Jawa+Tengah" in page.url and "election_year=2020" in page.url
    assert page.get_by_text("1 row").first.is_visible()
    assert page.locator("td.col-value").all_inner_texts() == ["5"]


def test_a_word_of_a_sentence_finds_its_figure(datasette, page):
    page.goto(f"{datasette}/asn_neutrality/facts")
    page.locator("#_search").fill("berswafoto")
    page.locator("#_search").press("Enter")
    page.wait_for_load_state()
    assert page.get_by_text("1 row").first.is_visible()
    assert page.locator("td.col-value").all_inner_texts() == ["5"]
    assert "berswafoto" in page.locator("td.col-sentence").first.inner_text()
