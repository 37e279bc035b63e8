"""The HTML report for policy readers: key numbers, tables, charts, sources, in Bahasa Indonesia or English.

`build_report(build_dir, lang=...)` reads the run's tables (`<build_dir>/tables/`) and returns a `Report`
whose parts the 04_report notebook displays one per cell; Quarto or nbconvert then turns the executed
notebook into one self-contained HTML file (see analysis.render).

Safety: every value that comes from data (titles, outlets, sentences, names, codes) reaches the page
only through `markupsafe` escaping: fragments are built with `Markup(...).format(...)` and
`html_table`, which escape whatever is not already `Markup`. Links are made only from http(s) URLs.
Charts are matplotlib PNGs inlined as base64 with alt text; the page loads nothing from elsewhere.
Every visible label lives in resources/report_strings.yaml in both languages.

The package, by what each module does: `text` (labels in both languages, number formatting), `html`
(escaped fragments and tables), `charts`, `inputs` (reading the build folder), `figures` (derived
tables and numbers), `sections` (one module per group of sections) and `assembly` (`Report`,
`build_report`). Every public name is importable from `analysis.report` itself.
"""

from __future__ import annotations

from analysis.report.assembly import PART_KEYS, SECTION_KEYS, Report, Section, build_report, report_title
from analysis.report.charts import CHART_STYLE, COLOURS, RATIO_TICKS, bar_chart, chart_label, figure_img, interval_chart
from analysis.report.figures import (
    COUNT_STATUSES,
    cycle_label,
    cycle_table,
    key_numbers,
    region_table,
    source_articles,
    violation_type_counts,
    wilson_interval,
)
from analysis.report.html import breakable, bullet_list, html_table, note, paragraph, safe_href
from analysis.report.inputs import DOWNLOAD_ORDER, ReportInputs, find_citation, list_downloads, load_inputs
from analysis.report.sections.facts import SEARCH_SCRIPT, section_facts
from analysis.report.sections.model import model_sentences, section_model, term_label
from analysis.report.sections.overview import (
    TOP_REGIONS,
    section_cycles,
    section_regions,
    section_summary,
    section_types,
)
from analysis.report.sections.quality import real_news_quality, real_news_table, section_quality
from analysis.report.sections.reference import (
    DICTIONARY_TABLES,
    citations,
    data_dictionary,
    section_cite,
    section_dictionary,
    section_downloads,
    section_methods,
)
from analysis.report.text import (
    LANGUAGES,
    ReportError,
    Text,
    check_language,
    dictionary_translations,
    fmt_bytes,
    fmt_int,
    fmt_num,
    fmt_p,
    is_missing,
    string_pairs,
    strings,
    text_of,
)

__all__ = [
    "CHART_STYLE",
    "COLOURS",
    "COUNT_STATUSES",
    "DICTIONARY_TABLES",
    "DOWNLOAD_ORDER",
    "LANGUAGES",
    "PART_KEYS",
    "RATIO_TICKS",
    "Report",
    "ReportError",
    "ReportInputs",
    "SEARCH_SCRIPT",
    "SECTION_KEYS",
    "Section",
    "TOP_REGIONS",
    "Text",
    "bar_chart",
    "breakable",
    "build_report",
    "bullet_list",
    "chart_label",
    "check_language",
    "citations",
    "cycle_label",
    "cycle_table",
    "data_dictionary",
    "dictionary_translations",
    "figure_img",
    "find_citation",
    "fmt_bytes",
    "fmt_int",
    "fmt_num",
    "fmt_p",
    "html_table",
    "interval_chart",
    "is_missing",
    "key_numbers",
    "list_downloads",
    "load_inputs",
    "model_sentences",
    "note",
    "source_articles",
    "paragraph",
    "real_news_quality",
    "real_news_table",
    "region_table",
    "report_title",
    "safe_href",
    "section_cite",
    "section_cycles",
    "section_dictionary",
    "section_downloads",
    "section_facts",
    "section_methods",
    "section_model",
    "section_quality",
    "section_regions",
    "section_summary",
    "section_types",
    "string_pairs",
    "strings",
    "term_label",
    "text_of",
    "violation_type_counts",
    "wilson_interval",
]
