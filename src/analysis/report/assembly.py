"""The report put together: its sections in order, the header, the contents, the footer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from analysis.params import DEFAULTS
from analysis.report.inputs import load_inputs
from analysis.report.sections.facts import section_facts
from analysis.report.sections.model import section_model
from analysis.report.sections.overview import section_cycles, section_regions, section_summary, section_types
from analysis.report.sections.quality import section_quality
from analysis.report.sections.reference import section_cite, section_dictionary, section_downloads, section_methods
from analysis.report.text import Text

# What a rendered page holds besides the sections: the stylesheet, the renderer's template, header,
# contents, footer (nbconvert's and Quarto's minimal page: under 60 KB), with room to spare.
PAGE_RESERVE_BYTES = 150_000
SECTION_KEYS = (
    "summary",
    "cycles",
    "regions",
    "types",
    "model",
    "quality",
    "facts",
    "methods",
    "dictionary",
    "cite",
    "downloads",
)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    body: Markup

    def html(self) -> Markup:
        return Markup(
            '<section class="asn-section" id="sec-{key}" aria-labelledby="h-{key}">'
            '<h2 id="h-{key}">{title}</h2>{body}</section>'
        ).format(key=self.key, title=self.title, body=self.body)


PART_KEYS = ("header", "summary", "contents", *SECTION_KEYS[1:], "footer")


@dataclass(frozen=True)
class Report:
    """The report's parts, shown in PART_KEYS order: header, summary, contents, the other sections, footer."""

    lang: str
    header: Markup
    contents: Markup
    sections: tuple[Section, ...]
    footer: Markup

    def part(self, key: str) -> Markup:
        if key in ("header", "contents", "footer"):
            return getattr(self, key)
        for section in self.sections:
            if section.key == key:
                return section.html()
        raise KeyError(f"no report part {key!r}; parts: {', '.join(PART_KEYS)}")

    def show(self, key: str) -> None:
        """Display one part in the notebook (an HTML output that both renderers pass through)."""
        from IPython.display import HTML, display

        display(HTML(str(self.part(key))))

    def html(self) -> Markup:
        """All parts in order (what the rendered page's body holds)."""
        return Markup("").join(self.part(key) for key in PART_KEYS)


def _release_date_text(release_date: Any) -> str | None:
    if release_date is None or release_date == "":
        return None
    if isinstance(release_date, (dt.date, dt.datetime)):
        return release_date.isoformat()[:10]
    return str(release_date)


def _header(t: Text, publisher: str, dataset_version: str, release_date: str | None) -> Markup:
    other = "en" if t.lang == "id" else "id"
    meta = [
        t("published_by", publisher=publisher),
        t("version_line", version=dataset_version),
        t("release_line", date=release_date) if release_date else t("release_unset"),
    ]
    return Markup(
        '<header class="asn-header"><p class="asn-lang">'
        '<a href="report.{other}.html" hreflang="{other}" lang="{other}">{switch}</a></p>'
        '<h1>{title}</h1><p class="asn-subtitle">{subtitle}</p>'
        '<p class="asn-meta">{meta}</p></header>'
    ).format(other=other, switch=t("other_language"), title=t("title"), subtitle=t("subtitle"), meta=" · ".join(meta))


def _contents(t: Text, titles: dict[str, str]) -> Markup:
    """The table of contents; it follows the summary so that the key numbers come first, even on a phone."""
    items = Markup("").join(
        Markup('<li><a href="#sec-{}">{}</a></li>').format(key, titles[key]) for key in SECTION_KEYS[1:]
    )
    return Markup('<nav class="asn-toc" aria-label="{0}"><h2>{0}</h2><ol>{1}</ol></nav>').format(t("contents"), items)


def report_title(lang: str) -> str:
    """The report's title in `lang` (also the HTML <title>)."""
    return Text(lang)("title")


def build_report(
    build_dir: Path | str,
    *,
    lang: str = "id",
    publisher: str = DEFAULTS.publisher,
    dataset_version: str = DEFAULTS.dataset_version,
    release_date: Any = DEFAULTS.release_date,
    max_bytes: int = DEFAULTS.report_max_bytes,
    top_n: int = DEFAULTS.report_top_n,
) -> Report:
    """Read the run's tables and build every part of the report in `lang`, within `max_bytes` of HTML: the
    sections are summaries and top-N tables (`top_n` rows), and the evidence table lists every fact only
    while it fits in what the other parts leave of the budget."""
    t = Text(lang)
    inputs = load_inputs(Path(build_dir))
    release = _release_date_text(release_date)
    titles = {key: t(f"sec_{key}") for key in SECTION_KEYS}
    bodies = {
        "summary": section_summary(inputs, t),
        "cycles": section_cycles(inputs, t),
        "regions": section_regions(inputs, t, top_n),
        "types": section_types(inputs, t),
        "model": section_model(inputs, t),
        "quality": section_quality(inputs, t),
        "methods": section_methods(inputs, t),
        "dictionary": section_dictionary(inputs, t),
        "cite": section_cite(inputs, t, publisher, dataset_version, release),
        "downloads": section_downloads(inputs, t),
    }
    used = sum(len(body.encode("utf-8")) for body in bodies.values()) + PAGE_RESERVE_BYTES
    bodies["facts"] = section_facts(inputs, t, budget_bytes=max_bytes - used, top_n=top_n)
    sections = tuple(Section(key, titles[key], bodies[key]) for key in SECTION_KEYS)
    footer = Markup('<footer class="asn-footer"><p>{}</p></footer>').format(t("footer"))
    return Report(lang, _header(t, publisher, dataset_version, release), _contents(t, titles), sections, footer)
