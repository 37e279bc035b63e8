"""Executed report notebook -> one self-contained HTML file: Quarto when present, nbconvert otherwise.

Both renderers show outputs only (no code) and embed everything: the page makes no request when opened
(no CDN fonts, scripts, MathJax or tiles). `external_references` checks that promise on every rendered
file, whichever renderer made it, and a file that breaks it is an error, not a published report.

- nbconvert: the 'lab' template with its script blocks (require.js, MathJax, Mermaid, widgets) emptied,
  its 256 KB notebook stylesheet replaced by `reports/report.css`, input cells excluded, stderr dropped
  (Quarto's `warning: false` does the same).
- Quarto: the executed notebook is handed over with a front-matter cell (language, page title) and every
  `text/html` output turned into a raw HTML cell, which Quarto passes through as it is. Quarto treats any
  `text/html` or JavaScript display output as a possible widget and links require.js and jQuery from a CDN
  (quarto-cli, src/core/jupyter/widgets.ts); raw cells are never widgets. It is rendered in a temporary copy
  of the Quarto project (`reports/`: `_quarto.yml`, minimal HTML with our stylesheet, embed-resources),
  so Quarto's own files (`.quarto/`, `.gitignore`) never land in the source tree, then moved to its
  destination. Quarto does not re-execute notebooks.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import yaml

RENDERERS = ("auto", "quarto", "nbconvert")
CSS_FILE = "report.css"
QUARTO_INSTALL_HINT = (
    "install Quarto from https://quarto.org/docs/get-started/ (or `conda install -c "
    "conda-forge quarto`), or use renderer nbconvert"
)

# The lab template without anything that would load from the network; our stylesheet instead of the lab's.
NBCONVERT_TEMPLATE = r"""{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block extra_css -%}<link rel="icon" href="data:,">{%- endblock extra_css -%}
{%- block notebook_css -%}
<style type="text/css">
{{ resources.report_css }}
</style>
{%- endblock notebook_css -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""
TEMPLATE_NAME = "asn_report.html.j2"


class RenderError(RuntimeError):
    """The report could not be rendered; the message says why and what to do."""


def choose_renderer(requested: str, which: Callable[[str], str | None] = shutil.which) -> str:
    """'quarto' or 'nbconvert' for a requested 'auto' | 'quarto' | 'nbconvert'.

    'auto' takes Quarto when `quarto` is on PATH; asking for Quarto without it is an error.
    """
    if requested not in RENDERERS:
        raise RenderError(f"renderer {requested!r} is not one of {', '.join(RENDERERS)}")
    if requested == "nbconvert":
        return "nbconvert"
    if which("quarto"):
        return "quarto"
    if requested == "quarto":
        raise RenderError(f"renderer 'quarto' was requested but `quarto` is not on PATH: {QUARTO_INSTALL_HINT}")
    return "nbconvert"


# --------------------------------------------------------------------------------------------
# Self-containment check
# --------------------------------------------------------------------------------------------

_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'")\s;]+)""", re.IGNORECASE)
_LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "action", "formaction", "manifest"}


def _loads_something(url: str) -> bool:
    """True when a URL in a loading position would fetch something (data: and fragments do not)."""
    value = url.strip().strip("'\"")
    return bool(value) and not value.startswith(("data:", "#", "about:blank"))


class _ReferenceFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        for name, value in values.items():
            if name in _LOADING_ATTRIBUTES:
                candidates = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
                self.found += [f"<{tag} {name}={c}>" for c in candidates if _loads_something(c)]
            if name == "style":
                self._css(value, tag)
        if tag == "link" and _loads_something(values.get("href", "")):
            rel = values.get("rel", "").lower()
            if any(
                word in rel.split()
                for word in (
                    "stylesheet",
                    "icon",
                    "preload",
                    "prefetch",
                    "modulepreload",
                    "manifest",
                    "preconnect",
                    "dns-prefetch",
                    "import",
                )
            ):
                self.found.append(f"<link rel={rel} href={values['href']}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.found.append(f"<meta refresh {values.get('content', '')}>")
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._css(data, "style")

    def _css(self, css: str, where: str) -> None:
        for match in _CSS_URL.finditer(css):
            if _loads_something(match.group(2)):
                self.found.append(f"{where} url({match.group(2)})")
        for match in _CSS_IMPORT.finditer(css):
            if _loads_something(match.group(1)):
                self.found.append(f"{where} @import {match.group(1)}")


def external_references(html: str) -> list[str]:
    """Everything in the page that would be fetched when it is opened (scripts, images, stylesheets,
    fonts, CSS url()/@import...), other than data: URLs. Plain links (<a href>) are not fetched."""
    finder = _ReferenceFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def _check_self_contained(html: str, where: Path) -> None:
    found = external_references(html)
    if found:
        shown = "; ".join(found[:5]) + (f" (and {len(found) - 5} more)" if len(found) > 5 else "")
        raise RenderError(f"{where}: the rendered report would load external resources: {shown}")


# --------------------------------------------------------------------------------------------
# nbconvert
# --------------------------------------------------------------------------------------------


def notebook_language(nb: nbformat.NotebookNode) -> str:
    """The `lang` parameter Papermill ran the notebook with (or the parameters cell's default)."""
    parameters = nb.metadata.get("papermill", {}).get("parameters", {})
    if parameters.get("lang"):
        return str(parameters["lang"])
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            match = re.search(r"""^lang\s*=\s*['"](\w+)['"]""", cell.source, flags=re.MULTILINE)
            if match:
                return match.group(1)
    return "en"


def publishable(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy without what readers should not see: stderr streams (warnings) and cells with no output."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                o for o in cell.outputs if not (o.get("output_type") == "stream" and o.get("name") == "stderr")
            ]
    nb.cells = [c for c in nb.cells if c.cell_type != "code" or c.outputs]
    return nb


def render_with_nbconvert(nb: nbformat.NotebookNode, css: str, lang: str, title: str) -> str:
    """The executed notebook as one HTML page: outputs only, our stylesheet, no script from elsewhere."""
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    exporter = HTMLExporter(
        # Pygments styles are only for code cells, which the page does not show.
        config=Config({"CSSHTMLHeaderPreprocessor": {"enabled": False}}),
        template_name="lab",
        template_file=TEMPLATE_NAME,
        extra_loaders=[DictLoader({TEMPLATE_NAME: NBCONVERT_TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        language_code=lang,
    )
    nb = publishable(nb)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"report_css": css})
    return body


# --------------------------------------------------------------------------------------------
# Quarto
# --------------------------------------------------------------------------------------------


RAW_HTML = {"raw_mimetype": "text/html"}  # the raw cell metadata Quarto (and nbconvert, pandoc) read as HTML
# What the Quarto project folder holds besides its configuration: renders and Quarto's own state, not copied.
QUARTO_LEFTOVERS = (".quarto", ".gitignore", "report.*.ipynb", "report.*.html", "*_files")


DISPLAY_OUTPUTS = ("display_data", "execute_result")


def _html_of(output: nbformat.NotebookNode) -> str | None:
    html = output.get("data", {}).get("text/html") if output.get("output_type") in DISPLAY_OUTPUTS else None
    return "".join(html) if isinstance(html, list) else html


def _as_raw_html(cell: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    """A code cell's HTML outputs as raw HTML cells, in order; its other outputs stay in a code cell."""
    cells: list[nbformat.NotebookNode] = []
    others: list[nbformat.NotebookNode] = []
    for output in cell.outputs:
        html = _html_of(output)
        if html is None:
            others.append(output)
            continue
        if others:
            cells.append(nbformat.v4.new_code_cell(cell.source, metadata=cell.metadata, outputs=others))
            others = []
        cells.append(nbformat.v4.new_raw_cell(html, metadata=dict(RAW_HTML)))
    if others:
        cells.append(nbformat.v4.new_code_cell(cell.source, metadata=cell.metadata, outputs=others))
    return cells


def quarto_notebook(nb: nbformat.NotebookNode, lang: str, title: str) -> nbformat.NotebookNode:
    """The executed notebook as Quarto gets it: a first raw cell of front matter (Quarto reads its options
    there), then the outputs, HTML as raw HTML cells (laid out as they are, never taken for widgets)."""
    nb = publishable(nb)
    cells = []
    for cell in nb.cells:
        cells.extend(_as_raw_html(cell) if cell.cell_type == "code" else [cell])
    front = yaml.safe_dump({"pagetitle": title, "lang": lang}, allow_unicode=True, sort_keys=True)
    nb.cells = [nbformat.v4.new_raw_cell(f"---\n{front}---"), *cells]
    return nb


def render_with_quarto(nb: nbformat.NotebookNode, out_html: Path, reports_dir: Path, lang: str, title: str) -> None:
    """Render in a temporary copy of the Quarto project `reports_dir` (its _quarto.yml applies) and move the
    page out; the project folder itself is left as it was."""
    stem = f"report.{lang}"
    with tempfile.TemporaryDirectory(prefix="asn-quarto-") as tmp:
        project = Path(tmp) / reports_dir.name
        shutil.copytree(reports_dir, project, ignore=shutil.ignore_patterns(*QUARTO_LEFTOVERS))
        source = project / f"{stem}.ipynb"
        nbformat.write(quarto_notebook(nb, lang, title), source)
        command = ["quarto", "render", source.name, "--to", "html", "--no-execute"]
        try:
            completed = subprocess.run(command, cwd=project, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise RenderError(f"could not run quarto: {exc}; {QUARTO_INSTALL_HINT}") from None
        produced = project / f"{stem}.html"
        if completed.returncode != 0 or not produced.exists():
            tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
            failed = f"quarto render of {source.name} failed (exit {completed.returncode})"
            raise RenderError(f"{reports_dir}: {failed}: {' | '.join(tail)}")
        out_html.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), out_html)


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def render_notebook(executed_nb: Path, out_html: Path, *, renderer: str, reports_dir: Path) -> str:
    """Render the executed report notebook to `out_html`; returns the renderer used ('quarto'/'nbconvert').

    `renderer` is 'auto', 'quarto' or 'nbconvert'; `reports_dir` is the Quarto project holding report.css.
    """
    from analysis.report import LANGUAGES, report_title

    used = choose_renderer(renderer)
    if not executed_nb.is_file():
        raise RenderError(f"{executed_nb}: executed notebook not found")
    css_path = reports_dir / CSS_FILE
    if not css_path.is_file():
        raise RenderError(f"{css_path}: report stylesheet not found")
    nb = nbformat.read(executed_nb, as_version=4)
    lang = notebook_language(nb)
    if lang not in LANGUAGES:
        raise RenderError(f"{executed_nb}: lang {lang!r} is not one of {', '.join(LANGUAGES)}")
    title = report_title(lang)
    if used == "quarto":
        render_with_quarto(nb, out_html, reports_dir, lang, title)
        html = out_html.read_text(encoding="utf-8")
    else:
        html = render_with_nbconvert(nb, css_path.read_text(encoding="utf-8"), lang, title)
        out_html.parent.mkdir(parents=True, exist_ok=True)
        out_html.write_text(html, encoding="utf-8")
    try:
        _check_self_contained(html, out_html)
    except RenderError:
        out_html.unlink(missing_ok=True)
        raise
    return used


LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def language_index_html(languages: list[str] | tuple[str, ...]) -> str:
    """A tiny page linking to each language's report (for report/index.html)."""
    from markupsafe import Markup

    from analysis.report import report_title

    items = Markup("").join(
        Markup('<li><a href="report.{lang}.html" hreflang="{lang}" lang="{lang}">{title}</a> ({name})</li>').format(
            lang=lang, title=report_title(lang), name=LANGUAGE_NAMES.get(lang, lang)
        )
        for lang in languages
    )
    return str(
        Markup(
            '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">'
            "<title>ASN Neutrality Watch</title><style>body{{font-family:system-ui,sans-serif;max-width:40rem;"
            "margin:2rem auto;padding:0 1rem;line-height:1.5}}li{{margin:.5rem 0}}</style></head>"
            "<body><h1>ASN Neutrality Watch</h1><ul>{items}</ul></body></html>\n"
        ).format(items=items)
    )


def write_language_index(report_dir: Path, languages: list[str] | tuple[str, ...]) -> Path:
    """Write report_dir/index.html, a chooser between the rendered languages."""
    path = report_dir / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(language_index_html(languages), encoding="utf-8")
    return path
