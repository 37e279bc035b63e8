"""Rendering with Quarto, without Quarto: CI has no Quarto (it is not on PyPI as a binary), so these tests
check what analysis.render hands to Quarto and how it calls it, with a stand-in `quarto` that does what
Quarto 1.7 is documented to do with a notebook:

- it reads the front matter from the first raw cell, and passes raw cells whose `raw_mimetype` is
  `text/html` through as they are;
- it takes any `text/html` or `application/javascript` display output of a code cell for a possible
  widget and links require.js and jQuery from a CDN (quarto-cli, src/core/jupyter/widgets.ts: the
  reason a real render was refused as not self-contained, issue 18);
- it writes `.quarto/` and a `.gitignore` into the project folder it renders in.

What a real Quarto does beyond that (its HTML template, `minimal`, embedding) is not verified here: see the
README, "Rendering the report with Quarto"."""

from __future__ import annotations

import os
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
import yaml

from analysis import render, report
from test_report import make_build_dir

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REPORTS = PROJECT_ROOT / "reports"

FAKE_QUARTO = f"""#!{sys.executable}
# Stands in for Quarto 1.7 (see the module docstring): it lays out a notebook the way Quarto treats it.
import json, os, sys
from pathlib import Path

import nbformat, yaml

with open(os.environ["FAKE_QUARTO_LOG"], "w") as log:
    log.write("\\n".join([os.getcwd(), *sys.argv[1:]]))
source = Path(sys.argv[2])
nb = nbformat.read(source, as_version=4)
Path(".quarto").mkdir(exist_ok=True)
Path(".gitignore").write_text("/.quarto/\\n")
config = yaml.safe_load(Path("_quarto.yml").read_text())["format"]["html"]
front = yaml.safe_load(nb.cells[0].source.strip("-\\n"))
head, body = [os.environ.get("FAKE_HEAD", "")], []
for cell in nb.cells[1:]:
    if cell.cell_type == "raw" and cell.metadata.get("raw_mimetype") == "text/html":
        body.append(cell.source)
    elif cell.cell_type == "code":
        for output in cell.outputs:
            data = output.get("data", {{}})
            if "text/html" in data or "application/javascript" in data:
                head.append('<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js"></script>')
                body.append(data.get("text/html", ""))
css = Path(config["css"]).read_text()
page = (
    f'<!DOCTYPE html><html lang="{{front["lang"]}}"><head><title>{{front["pagetitle"]}}</title>'
    f"<style>{{css}}</style>{{''.join(head)}}</head><body>{{''.join(body)}}</body></html>"
)
Path(source.stem + ".html").write_text(page)
"""


@pytest.fixture
def fake_quarto(tmp_path, monkeypatch) -> Path:
    """Puts the stand-in `quarto` first on PATH; returns the file where it writes its working folder and
    arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "quarto").write_text(FAKE_QUARTO)
    (bin_dir / "quarto").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    log = tmp_path / "quarto-call.txt"
    monkeypatch.setenv("FAKE_QUARTO_LOG", str(log))
    return log


def _project_copy(tmp_path: Path) -> Path:
    reports_dir = tmp_path / "reports"
    shutil.copytree(REPORTS, reports_dir, ignore=shutil.ignore_patterns(*render.QUARTO_LEFTOVERS))
    return reports_dir


def _listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _html_output(html: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_output(
        "display_data", data={"text/html": html, "text/plain": "<IPython.core.display.HTML object>"}
    )


def executed_notebook(lang: str) -> nbformat.NotebookNode:
    """A notebook as Papermill leaves it: a parameters cell, HTML outputs, a warning on stderr, and a cell
    whose outputs mix text, HTML and an image."""
    params = nbformat.v4.new_code_cell(f'#| echo: false\nlang = "{lang}"', metadata={"tags": ["parameters"]})
    shown = nbformat.v4.new_code_cell(
        '#| echo: false\nreport.show("summary")',
        outputs=[
            nbformat.v4.new_output("stream", name="stderr", text="UserWarning: something\n"),
            _html_output('<p class="x">&lt;script&gt;hi</p>'),
        ],
    )
    mixed = nbformat.v4.new_code_cell(
        "#| echo: false\nshow_more()",
        outputs=[
            nbformat.v4.new_output("stream", name="stdout", text="plain words\n"),
            _html_output('<section id="sec-a"><h2>A</h2></section>'),
            nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),
            _html_output('<section id="sec-b"><script>var shown = 1;</script></section>'),
        ],
    )
    nb = nbformat.v4.new_notebook(cells=[params, shown, mixed])
    nb.metadata["papermill"] = {"parameters": {"lang": lang}}
    return nb


def html_display_outputs(nb: nbformat.NotebookNode) -> list[str]:
    return [
        mime
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        for mime in output.get("data", {})
        if mime in ("text/html", "application/javascript")
    ]


# --------------------------------------------------------------------------------------------
# The Quarto project and the notebook handed to Quarto
# --------------------------------------------------------------------------------------------


def test_quarto_project_is_minimal_and_self_contained():
    config = yaml.safe_load((REPORTS / "_quarto.yml").read_text(encoding="utf-8"))
    html = config["format"]["html"]
    assert html["embed-resources"] is True and html["html-math-method"] == "plain"
    assert html["minimal"] is True and html["theme"] == "none"  # no Bootstrap: report.css lays the page out
    assert "page-layout" not in html  # the narrow 'article' column put the tables behind a scroll
    assert html["html-table-processing"] == "none"
    assert (REPORTS / html["css"]).is_file()
    assert config["execute"]["echo"] is False and config["execute"]["warning"] is False
    assert config["project"]["type"] == "default"
    css = (REPORTS / html["css"]).read_text(encoding="utf-8")
    assert render.external_references(f"<style>{css}</style>") == []
    assert not list(REPORTS.glob(".gitignore")) and not (REPORTS / ".quarto").exists()


def test_quarto_notebook_has_front_matter_and_html_only_as_raw_cells():
    out = render.quarto_notebook(executed_notebook("id"), "id", "Judul: laporan")
    nbformat.validate(out)
    first = out.cells[0]
    assert first.cell_type == "raw" and first.source.startswith("---\n") and first.source.endswith("---")
    assert yaml.safe_load(first.source.strip("-\n")) == {"lang": "id", "pagetitle": "Judul: laporan"}
    assert html_display_outputs(out) == []
    kinds = [(c.cell_type, c.metadata.get("raw_mimetype")) for c in out.cells[1:]]
    assert kinds == [
        ("raw", "text/html"),  # summary (its stderr warning dropped, its parameters cell gone)
        ("code", None),  # stdout, kept in order
        ("raw", "text/html"),
        ("code", None),  # the image
        ("raw", "text/html"),
    ]
    assert [c.source for c in out.cells if c.cell_type == "raw"][1:] == [
        '<p class="x">&lt;script&gt;hi</p>',
        '<section id="sec-a"><h2>A</h2></section>',
        '<section id="sec-b"><script>var shown = 1;</script></section>',
    ]
    assert out.cells[4].outputs[0]["data"]["image/png"] == "iVBORw0KGgo="
    assert "UserWarning" not in nbformat.writes(out)


# --------------------------------------------------------------------------------------------
# The call, with the stand-in Quarto
# --------------------------------------------------------------------------------------------


class _Text(HTMLParser):
    """The words a reader sees: text outside <script>, <style> and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style", "title")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style", "title")

    def handle_data(self, data):
        if not self._skip:
            self.words += data.split()


def visible_words(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return parser.words


def test_quarto_is_called_in_a_copy_of_the_project_which_it_leaves_as_it_was(tmp_path, fake_quarto):
    reports_dir = _project_copy(tmp_path)
    before = _listing(reports_dir)
    executed = tmp_path / "04_report.en.ipynb"
    nbformat.write(executed_notebook("en"), executed)
    out = tmp_path / "release" / "report" / "report.en.html"
    assert render.render_notebook(executed, out, renderer="quarto", reports_dir=reports_dir) == "quarto"
    cwd, *args = fake_quarto.read_text().split("\n")
    assert args == ["render", "report.en.ipynb", "--to", "html", "--no-execute"]
    assert Path(cwd).name == "reports" and Path(cwd).resolve() != reports_dir.resolve() and not Path(cwd).exists()
    assert _listing(reports_dir) == before  # no .gitignore, no .quarto/, no copied notebook or page left behind
    html = out.read_text(encoding="utf-8")
    assert render.external_references(html) == []  # no widget scripts: the HTML came as raw cells
    assert '<html lang="en">' in html and f"<title>{report.report_title('en')}</title>" in html
    assert ".asn-card" in html  # report.css, as _quarto.yml says


def test_a_widget_script_linked_by_quarto_is_refused(tmp_path, fake_quarto, monkeypatch):
    """Had the notebook kept its text/html outputs, Quarto would have linked require.js: the check refuses it."""
    monkeypatch.setattr(render, "quarto_notebook", lambda nb, lang, title: _front_only(nb, lang, title))
    executed = tmp_path / "nb.ipynb"
    nbformat.write(executed_notebook("en"), executed)
    out = tmp_path / "report.en.html"
    with pytest.raises(render.RenderError, match="would load external resources: <script src=https://cdnjs"):
        render.render_notebook(executed, out, renderer="quarto", reports_dir=_project_copy(tmp_path))
    assert not out.exists()


def _front_only(nb, lang, title):
    nb = render.publishable(nb)
    front = yaml.safe_dump({"pagetitle": title, "lang": lang}, sort_keys=True)
    nb.cells.insert(0, nbformat.v4.new_raw_cell(f"---\n{front}---"))
    return nb


def test_quarto_failure_is_reported(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "quarto").write_text("#!/bin/sh\necho 'ERROR: pandoc exploded' >&2\nexit 3\n")
    (bin_dir / "quarto").chmod(0o755)
    reports_dir = _project_copy(tmp_path)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    executed = tmp_path / "nb.ipynb"
    nbformat.write(executed_notebook("id"), executed)
    with pytest.raises(render.RenderError, match=r"report.id.ipynb failed \(exit 3\): ERROR: pandoc exploded"):
        render.render_notebook(executed, tmp_path / "o.html", renderer="quarto", reports_dir=reports_dir)
    assert not (tmp_path / "o.html").exists() and not list(reports_dir.glob("report.*.*"))


# --------------------------------------------------------------------------------------------
# The real report notebook, executed by Papermill, through both renderers
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def executed_report(tmp_path_factory) -> Path:
    papermill = pytest.importorskip("papermill")
    build = make_build_dir(tmp_path_factory.mktemp("quarto"))
    executed = build / "notebooks" / "04_report.en.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(PROJECT_ROOT / "notebooks" / "04_report.ipynb"),
        str(executed),
        parameters={"build_dir": str(build), "lang": "en"},
        progress_bar=False,
        cwd=str(PROJECT_ROOT / "notebooks"),
    )
    return executed


@pytest.mark.slow
def test_the_report_notebook_handed_to_quarto_has_no_html_display_output(executed_report):
    nb = nbformat.read(executed_report, as_version=4)
    assert len(html_display_outputs(nb)) == len(report.PART_KEYS)  # what Quarto would take for widgets
    handed = render.quarto_notebook(nb, "en", report.report_title("en"))
    assert html_display_outputs(handed) == []
    assert [c.cell_type for c in handed.cells] == ["raw"] * (1 + len(report.PART_KEYS))
    assert all(c.metadata == render.RAW_HTML for c in handed.cells[1:])
    assert "#| echo" not in nbformat.writes(handed)  # no code left for Quarto to show or hide


@pytest.mark.slow
def test_quarto_and_nbconvert_pages_show_the_same_report(tmp_path, fake_quarto, executed_report):
    pages = {}
    for renderer in ("quarto", "nbconvert"):
        out = tmp_path / renderer / "report.en.html"
        assert (
            render.render_notebook(
                executed_report, out, renderer=renderer, reports_dir=_project_copy(tmp_path / renderer)
            )
            == renderer
        )
        pages[renderer] = out.read_text(encoding="utf-8")
    assert visible_words(pages["quarto"]) == visible_words(pages["nbconvert"])
    sections = [re.findall(r'<section[^>]* id="(sec-\w+)"', html) for html in pages.values()]
    assert sections[0] == sections[1] == [f"sec-{key}" for key in report.SECTION_KEYS]
    assert all(render.external_references(html) == [] for html in pages.values())


def test_conda_environment_installs_quarto_from_conda_forge():
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    assert any(isinstance(d, str) and re.match(r"quarto\b", d) for d in env["dependencies"])
