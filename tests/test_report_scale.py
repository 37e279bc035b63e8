"""The report stays bounded however large the corpus: summaries and top-N tables in the page, the full
evidence table only while it fits the size budget (`report_max_bytes`), the full lists linked in the dataset."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from markupsafe import Markup

from analysis import render, report
from analysis.params import DEFAULTS
from analysis.report.assembly import PAGE_RESERVE_BYTES
from analysis.report.sections.facts import largest_counts, rows_within
from test_report import make_build_dir

PROJECT_ROOT = Path(__file__).resolve().parents[1]
N_ARTICLES, N_FACTS, N_YEARS = 6_000, 24_000, 60


def grow_build_dir(build: Path) -> Path:
    """The small build folder of test_report made as large as a season of news: 6,000 articles, 24,000
    facts with long sentences, 240 region-cycle rows (the tables' own rows, repeated with new ids)."""
    tables = build / "tables"
    articles = pd.read_csv(tables / "articles.csv", dtype=str)
    ok = articles[articles["status"] == "ok"]
    copies = itertools.cycle(ok.to_dict("records"))
    grown = [
        dict(next(copies), article_id=f"{i:016x}", source_file=f"part-{i // 1000}/{i}.txt") for i in range(N_ARTICLES)
    ]
    pd.DataFrame(grown, columns=articles.columns).to_csv(tables / "articles.csv", index=False)
    facts = pd.read_csv(tables / "facts.csv", dtype=str)
    rows = itertools.cycle(facts.to_dict("records"))
    sentence = "Bawaslu mencatat {v} kasus pelanggaran netralitas ASN yang dilaporkan di daerah itu " * 5
    many = []
    for i in range(N_FACTS):
        row = next(rows)
        many.append(
            dict(
                row,
                article_id=grown[i % N_ARTICLES]["article_id"],
                source_file=grown[i % N_ARTICLES]["source_file"],
                value=str(i % 997),
                sentence=sentence.format(v=i % 997).strip(),
                fact_id=f"f{i:015x}",
            )
        )
    pd.DataFrame(many, columns=facts.columns).to_csv(tables / "facts.csv", index=False)
    panel = pd.read_csv(tables / "panel.csv", dtype=str)
    years = [dict(r, election_year=str(1960 + y)) for y in range(N_YEARS) for r in panel.to_dict("records")]
    pd.DataFrame(years, columns=panel.columns).to_csv(tables / "panel.csv", index=False)
    return build


@pytest.fixture(scope="module")
def big_build(tmp_path_factory) -> Path:
    return grow_build_dir(make_build_dir(tmp_path_factory.mktemp("big")))


def test_rows_within_stops_at_the_budget_without_reading_the_rest():
    endless = (Markup("<tr><td>{}</td></tr>").format(i) for i in itertools.count())
    assert rows_within(endless, 10_000) is None  # would never return if it read every row
    few = [Markup("<tr><td>1</td></tr>")] * 3
    assert rows_within(iter(few), 10_000) == few


def test_largest_counts_are_violation_counts_largest_first():
    facts = pd.DataFrame(
        {
            "fact_type": ["asn_headcount", "violation_count", "violation_count", "violation_count"],
            "value": [90_000, 5, 40, 12],
            "source_file": ["a", "b", "c", "d"],
            "start_char": [0, 0, 0, 0],
        }
    )
    assert largest_counts(facts, 2)["value"].tolist() == [40, 12]
    assert largest_counts(facts[facts["fact_type"] == "asn_headcount"], 2)["value"].tolist() == [90_000]


@pytest.mark.parametrize("lang", report.LANGUAGES)
def test_a_large_corpus_gives_a_report_within_the_budget(big_build, lang):
    built = report.build_report(big_build, lang=lang)
    html = str(built.html())
    assert len(html.encode("utf-8")) + PAGE_RESERVE_BYTES <= DEFAULTS.report_max_bytes
    facts_html = str(built.part("facts"))
    assert len(re.findall(r"<tr data-search=", facts_html)) == DEFAULTS.report_top_n
    assert 'href="../facts.csv"' in facts_html and "region_code = " in facts_html
    shown = [int(v) for v in re.findall(r'<tr data-search="(\d+)"', facts_html)]
    assert shown == sorted(shown, reverse=True) and shown[0] == 996  # the largest figures, to check first
    regions_html = str(built.part("regions"))
    assert regions_html.count('<td data-label="') // 9 == DEFAULTS.report_top_n
    assert 'href="../panel.csv"' in regions_html and report.fmt_int(4 * N_YEARS, lang) in regions_html


def test_the_full_evidence_table_is_kept_while_it_fits(tmp_path):
    small = make_build_dir(tmp_path)
    for max_bytes, expected in ((DEFAULTS.report_max_bytes, 7), (PAGE_RESERVE_BYTES + 350_000, 7)):
        facts_html = str(report.build_report(small, lang="en", max_bytes=max_bytes).part("facts"))
        assert facts_html.count("<tr data-search=") == expected and "facts.csv" in facts_html
    # a budget under what the other sections take leaves room for the top-N only, never a failure
    facts_html = str(report.build_report(small, lang="en", max_bytes=300_000, top_n=2).part("facts"))
    assert facts_html.count("<tr data-search=") == 2


@pytest.mark.slow
def test_the_rendered_page_of_a_large_corpus_is_within_the_budget(big_build):
    papermill = pytest.importorskip("papermill")
    executed = big_build / "notebooks" / "04_report.en.ipynb"
    executed.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(PROJECT_ROOT / "notebooks" / "04_report.ipynb"),
        str(executed),
        parameters={"build_dir": str(big_build), "lang": "en"},
        progress_bar=False,
        cwd=str(PROJECT_ROOT / "notebooks"),
    )
    assert executed.stat().st_size < DEFAULTS.report_max_bytes
    out = big_build / "release" / "report" / "report.en.html"
    render.render_notebook(executed, out, renderer="nbconvert", reports_dir=PROJECT_ROOT / "reports")
    assert out.stat().st_size < DEFAULTS.report_max_bytes
    handed = render.quarto_notebook(nbformat.read(executed, as_version=4), "en", "t")
    assert sum(len(c.source.encode("utf-8")) for c in handed.cells) < DEFAULTS.report_max_bytes
