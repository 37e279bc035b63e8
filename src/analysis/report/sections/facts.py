"""Every extracted fact with its source and sentence, searchable in the page while it fits the size budget;
beyond it, the largest figures and where the full list is in the dataset."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd
from markupsafe import Markup

from analysis.params import DEFAULTS
from analysis.report.figures import cycle_label, region_table
from analysis.report.html import breakable, paragraph, safe_href, table_of_rows, table_row
from analysis.report.inputs import ReportInputs
from analysis.report.sections.reference import release_file
from analysis.report.text import Text, fmt_int, is_missing, text_of

FACT_NUMERIC = (0,)

SEARCH_SCRIPT = Markup("""<script>
(function () {
  var input = document.getElementById("fact-search");
  var table = document.getElementById("facts-table");
  var count = document.getElementById("fact-count");
  if (!input || !table || !count) { return; }
  function norm(s) { return s.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, ""); }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (r) { return norm(r.textContent + " " + (r.getAttribute("data-search") || "")); });
  var template = count.getAttribute("data-template");
  function update() {
    var terms = norm(input.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = terms.every(function (term) { return texts[i].indexOf(term) >= 0; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = template.replace("{shown}", shown).replace("{total}", rows.length);
  }
  document.getElementById("fact-search-box").hidden = false;
  input.addEventListener("input", update);
  update();
})();
</script>""")


def _source_cell(article: dict[str, Any] | None, fact: Any, t: Text) -> Markup:
    source_file = text_of(fact.source_file)
    if article is None:
        return Markup('<span class="asn-file">{}: {}</span>').format(t("file_label"), source_file)
    title = breakable(article.get("title")) or t("no_title")
    href = safe_href(article.get("url"))
    title_html = (
        Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(href, title)
        if href
        else Markup("<strong>{}</strong>").format(title)
    )
    details = breakable(", ".join(v for v in (text_of(article.get("outlet")), text_of(article.get("published"))) if v))
    return Markup('{}<br><span class="asn-meta">{}</span><br><span class="asn-file">{}: {}</span>').format(
        title_html, details, t("file_label"), source_file
    )


def _fact_cells(f: Any, article: dict[str, Any] | None, t: Text) -> list[Any]:
    lang = t.lang
    unit = text_of(f.unit)
    value = fmt_int(f.value, lang) + (f" {t.get(f'unit_{unit}', unit)}" if unit else "")
    what = t.get(f"fact_{f.fact_type}", text_of(f.fact_type))
    if text_of(f.status):
        what = f"{what}: {t.get(f'status_{f.status}', text_of(f.status))}"
    code = text_of(f.region_code)
    where = (
        t("national")
        if f.scope == "national"
        else f"{text_of(f.region_name)} ({code})"
        if code
        else text_of(f.region_name)
    )
    return [
        value,
        what,
        where,
        cycle_label(f.election_type, f.election_year, t),
        _source_cell(article, f, t),
        Markup('<span class="asn-quote">“{}”</span>').format(text_of(f.sentence)),
    ]


def _rows(facts: pd.DataFrame, articles: _ArticleLookup, t: Text, header: list[str]) -> Iterator[Markup]:
    for f in facts.itertuples():
        cells = _fact_cells(f, articles.get(text_of(f.article_id)), t)
        yield table_row(header, cells, FACT_NUMERIC, {"data-search": text_of(f.value)})


class _ArticleLookup:
    """The readable articles by id, each made into a record only when a row asks for it (a large corpus has
    far more articles than the page shows)."""

    def __init__(self, articles: pd.DataFrame):
        kept = articles[articles["status"] != "duplicate"].dropna(subset=["article_id"])
        self._frame = kept.drop_duplicates("article_id").set_index("article_id", drop=False)

    def get(self, article_id: str) -> dict[str, Any] | None:
        if not article_id or article_id not in self._frame.index:
            return None
        return self._frame.loc[article_id].to_dict()


def rows_within(rows: Iterator[Markup], budget_bytes: int) -> list[Markup] | None:
    """All the rows, or None as soon as they would take more than `budget_bytes` of UTF-8 (so a corpus of any
    size costs at most the budget to try)."""
    kept, size = [], 0
    for row in rows:
        size += len(row.encode("utf-8")) + 1
        if size > budget_bytes:
            return None
        kept.append(row)
    return kept


def largest_counts(facts: pd.DataFrame, n: int) -> pd.DataFrame:
    """The `n` largest violation counts (largest first; other facts when there is none): the figures a reader
    most needs to check against their sentence."""
    counts = facts[facts["fact_type"] == "violation_count"]
    pool = counts if len(counts) else facts
    by_value = pool.sort_values(["value", "source_file", "start_char"], ascending=[False, True, True], kind="mergesort")
    return by_value.head(n)


def _search_box(t: Text) -> Markup:
    return Markup(
        '<div class="asn-search" id="fact-search-box" hidden><label for="fact-search">{label}</label>'
        '<input type="search" id="fact-search" placeholder="{placeholder}" autocomplete="off">'
        '<p id="fact-count" role="status" aria-live="polite" data-template="{template}"></p></div>'
    ).format(
        label=t("search_label"),
        placeholder=t("search_placeholder"),
        template=t("search_count", shown="{shown}", total="{total}"),
    )


def _filter_note(inputs: ReportInputs, t: Text) -> Markup:
    """Which file holds the numbers behind a row of the region table, and how to pick them out."""
    example = region_table(inputs.panel).head(1)
    if example.empty:
        return paragraph(t.markup("facts_in_file", file=release_file(inputs, "facts.csv")))
    row = example.iloc[0]
    year = "" if is_missing(row["election_year"]) else str(int(row["election_year"]))
    return paragraph(
        t.markup(
            "facts_filter",
            file=release_file(inputs, "facts.csv"),
            evidence=release_file(inputs, "evidence.csv"),
            example=Markup(
                "<code>region_code = {}</code>, <code>election_type = {}</code>, <code>election_year = {}</code>"
            ).format(text_of(row["region_code"]), text_of(row["election_type"]), year),
        )
    )


def section_facts(inputs: ReportInputs, t: Text, *, budget_bytes: int, top_n: int = DEFAULTS.report_top_n) -> Markup:
    """Every fact with its source and sentence, searchable, while the table fits in `budget_bytes`; beyond
    that the `top_n` largest violation counts, and where the full list is in the dataset."""
    facts = inputs.facts
    if facts.empty:
        return Markup("").join([paragraph(t("facts_intro")), paragraph(t("no_facts"))])
    header = [t("col_value"), t("col_what"), t("col_where"), t("col_election"), t("col_source"), t("col_sentence")]
    ordered = facts.sort_values(["source_file", "start_char", "fact_type"], kind="mergesort")
    articles = _ArticleLookup(inputs.articles)
    every = rows_within(_rows(ordered, articles, t, header), budget_bytes)
    if every is not None:
        intro, caption, rows = paragraph(t("facts_intro")), t("facts_caption"), every
    else:
        shown = largest_counts(facts, top_n)
        rows = list(_rows(shown, articles, t, header))
        total, file = fmt_int(len(facts), t.lang), release_file(inputs, "facts.csv")
        intro = paragraph(t.markup("facts_over_budget", total=total, shown=fmt_int(len(rows), t.lang), file=file))
        caption = t("facts_caption_top", shown=fmt_int(len(rows), t.lang))
    table = table_of_rows(header, rows, caption=caption, numeric=FACT_NUMERIC, table_id="facts-table")
    return Markup("").join([intro, _search_box(t), table, _filter_note(inputs, t), SEARCH_SCRIPT])
