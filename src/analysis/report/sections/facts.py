"""Every extracted fact with its source and sentence, searchable in the page."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from analysis.report.figures import cycle_label
from analysis.report.html import breakable, html_table, paragraph, safe_href
from analysis.report.inputs import ReportInputs
from analysis.report.text import Text, fmt_int, text_of

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


def section_facts(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    facts = inputs.facts
    if facts.empty:
        return Markup("").join([paragraph(t("facts_intro")), paragraph(t("no_facts"))])
    by_id = {
        text_of(a["article_id"]): a
        for a in inputs.articles.to_dict("records")
        if text_of(a.get("article_id")) and a.get("status") != "duplicate"
    }
    ordered = facts.sort_values(["source_file", "start_char", "fact_type"], kind="mergesort")
    rows, attrs = [], []
    for f in ordered.itertuples():
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
        rows.append(
            [
                value,
                what,
                where,
                cycle_label(f.election_type, f.election_year, t),
                _source_cell(by_id.get(text_of(f.article_id)), f, t),
                Markup('<span class="asn-quote">“{}”</span>').format(text_of(f.sentence)),
            ]
        )
        attrs.append({"data-search": text_of(f.value)})
    header = [t("col_value"), t("col_what"), t("col_where"), t("col_election"), t("col_source"), t("col_sentence")]
    search = Markup(
        '<div class="asn-search" id="fact-search-box" hidden><label for="fact-search">{label}</label>'
        '<input type="search" id="fact-search" placeholder="{placeholder}" autocomplete="off">'
        '<p id="fact-count" role="status" aria-live="polite" data-template="{template}"></p></div>'
    ).format(
        label=t("search_label"),
        placeholder=t("search_placeholder"),
        template=t("search_count", shown="{shown}", total="{total}"),
    )
    return Markup("").join(
        [
            paragraph(t("facts_intro")),
            search,
            html_table(header, rows, caption=t("facts_caption"), numeric=(0,), table_id="facts-table", row_attrs=attrs),
            SEARCH_SCRIPT,
        ]
    )
