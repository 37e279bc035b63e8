"""Figures cited from articles outside the corpus, as a user adds them: a sheet written with pandas, a run, the
published tables. Invented articles, outlets and addresses only."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.aggregate import run_aggregate
from analysis.evaluate import read_gold
from analysis.extract import run_extract
from analysis.review.cited import CITED_COLUMNS, QUOTE_WORDS, cited_from_annotations, read_cited_file, short_quotation
from analysis.review.decisions import ReviewError
from analysis.review.sheet import sheet_bytes
from analysis.review.stage import add_cited
from analysis.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
CORPUS_URL = "https://warta-contoh.id/garut-14-asn"
GARUT = (
    "Bawaslu Kabupaten Garut Catat 14 ASN Langgar Netralitas\n\nGARUT - Badan Pengawas Pemilu (Bawaslu) Kabupaten "
    "Garut mencatat 14 ASN diduga melanggar netralitas selama Pilkada 2024. Sebanyak 6 ASN di Kecamatan Cibatu "
    "ikut menghadiri deklarasi, kata Ketua Bawaslu Garut, Andi Wirawan.\n"
)
BLITAR = {
    "url": "https://kabar-contoh.id/2020/10/blitar-asn",
    "outlet": "Kabar Contoh",
    "published": "2020-10-12",
    "evidence": "Bawaslu Kabupaten Blitar menemukan 11 ASN diduga tidak netral",
    "fact_type": "violation_count",
    "value": "11",
    "unit": "persons",
    "status": "reported",
    "scope": "regional",
    "region_code": "35.05",
    "election_type": "pilkada",
    "election_year": "2020",
    "violation_types": "media_sosial",
    "reviewer": "Sari (pemantau)",
    "date": "2026-11-30",
}
NATIONAL = BLITAR | {
    "evidence": "secara nasional 917 ASN dilaporkan melanggar netralitas",
    "value": "917",
    "scope": "national",
    "region_code": "",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    record = {"title": "Garut", "text": GARUT, "url": CORPUS_URL}
    (folder / "berita.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def _cited(folder: Path, rows: list[dict], name: str = "pemantau.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sheet = pd.DataFrame(rows, columns=list(CITED_COLUMNS), dtype=object).fillna("")
    (folder / name).write_bytes(sheet_bytes(sheet))
    return folder


def _run(tmp_path: Path, rows: list[dict], out: str = "t") -> Path:
    tables = tmp_path / out
    run_extract(_corpus(tmp_path / "corpus"), tables, gold=None, sources=None, reviews=None)
    add_cited(tables, _cited(tmp_path / "cited", rows))
    run_aggregate(tables, tables)
    return tables


def test_a_cited_figure_enters_with_its_source_and_quotation_and_reaches_the_panel(tmp_path):
    tables = _run(tmp_path, [BLITAR, NATIONAL])
    articles = read_table(tables, "articles")
    cited = articles[articles["status"] == "cited"]
    assert len(cited) == 1 and cited.iloc[0]["url"] == BLITAR["url"] and cited.iloc[0]["outlet"] == "Kabar Contoh"
    assert cited.iloc[0]["source_file"] == "cited/pemantau.csv#1" and cited.iloc[0]["region_codes"] == "35.05"
    assert str(cited.iloc[0]["published"])[:10] == "2020-10-12" and cited.iloc[0]["violation_types"] == "media_sosial"
    facts = read_table(tables, "facts")
    mine = facts[facts["article_id"] == cited.iloc[0]["article_id"]]
    assert list(mine["value"]) == [11, 917] and set(mine["review"]) == {"added"} and set(mine["rule"]) == {"person"}
    assert set(mine["reviewer"]) == {"Sari (pemantau)"} and mine.iloc[0]["sentence"] == BLITAR["evidence"]
    assert mine.iloc[0]["region_name"] == "Kabupaten Blitar" and pd.isna(mine.iloc[1]["region_code"])
    panel = read_table(tables, "panel")
    blitar = panel[(panel["region_code"] == "35.05") & (panel["election_year"] == 2020)]
    assert int(blitar.iloc[0]["violations_reported"]) == 11
    national = read_table(tables, "national")
    assert 917 in set(national["violations_reported"].dropna().astype(int))
    log = read_table(tables, "review_log")
    assert list(log["outcome"]) == ["applied", "applied"] and set(log["file"]) == {"cited/pemantau.csv"}
    # the corpus article is read as before, and the same inputs give the same files
    assert int((articles["status"] == "ok").sum()) == 1
    again = _run(tmp_path, [BLITAR, NATIONAL], out="t2")
    for name in ("articles.csv", "facts.csv", "review_log.csv", "panel.csv", "national.csv"):
        assert (tables / name).read_bytes() == (again / name).read_bytes(), name


def test_a_figure_cited_from_an_article_the_corpus_holds_is_an_added_fact_of_that_article(tmp_path):
    row = BLITAR | {
        "url": CORPUS_URL,
        "evidence": "Sebanyak 6 ASN di Kecamatan Cibatu ikut menghadiri deklarasi",
        "value": "6",
        "region_code": "32.05",
        "election_year": "2024",
    }
    tables = _run(tmp_path, [row])
    articles = read_table(tables, "articles")
    assert "cited" not in set(articles["status"])  # the corpus holds it: read from its text
    facts = read_table(tables, "facts")
    assert facts["article_id"].nunique() == 1
    assert len(facts[(facts["value"] == 6) & facts["review"].isin(["added", "unreviewed"])]) >= 1
    log = read_table(tables, "review_log")
    assert list(log["outcome"]) in (["applied"], ["exists"])


def test_two_figures_quoting_the_same_phrase_stay_two_facts(tmp_path):
    proven = BLITAR | {"status": "proven", "value": "4"}
    tables = _run(tmp_path, [BLITAR, proven])
    facts = read_table(tables, "facts")
    mine = facts[facts["rule"] == "person"]
    assert len(mine) == 2 and mine["fact_id"].nunique() == 2


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"url": ""}, "pemantau.csv:2: field 'url': empty"),
        ({"value": "sebelas"}, "pemantau.csv:2: field 'value': 'sebelas' is not a whole number"),
        ({"region_code": "35.5"}, "pemantau.csv:2: field 'region_code': '35.5' is not a Kemendagri code"),
        ({"violation_types": "pose_jari"}, "pemantau.csv:2: field 'violation_types': pose_jari: not in the taxonomy"),
        ({"published": "kemarin"}, "pemantau.csv:2: field 'published': 'kemarin' is not a date"),
        ({"evidence": ""}, "pemantau.csv:2: field 'evidence': empty"),
        ({"reviewer": ""}, "pemantau.csv:2: field 'reviewer': empty"),
    ],
)
def test_a_bad_cited_row_is_a_one_line_error_naming_file_row_and_field(tmp_path, change, expected):
    folder = _cited(tmp_path / "cited", [BLITAR | change])
    figures, problems = read_cited_file(folder / "pemantau.csv", "pemantau.csv")
    assert figures == [] or problems
    assert any(p.startswith(expected) for p in problems), problems
    with pytest.raises(ReviewError, match="pemantau.csv:2"):
        add_cited(tmp_path, folder)


def test_a_cited_file_without_its_columns_says_which_are_missing(tmp_path):
    (tmp_path / "cited").mkdir()
    (tmp_path / "cited" / "x.csv").write_text("url,value\nhttps://contoh.id/a,3\n", encoding="utf-8")
    _, problems = read_cited_file(tmp_path / "cited" / "x.csv", "x.csv")
    assert problems == ["x.csv:1: missing column(s) evidence, reviewer (the header has: url, value)"]


@pytest.mark.parametrize("which", ["dev", "blind"])
def test_the_bundled_cited_figures_are_the_project_annotations_as_they_stand(which):
    """data/raw/cited is generated from tests/real/*/gold.jsonl (`python -m analysis review cite`): the two agree,
    and each figure carries a short quotation, never an article's text."""
    name = {"dev": "real-news-development.csv", "blind": "real-news-blind.csv"}[which]
    committed = (ROOT / "data/raw/cited" / name).read_bytes()
    gold = ROOT / "tests/real" / which / "gold.jsonl"
    note = f"annotated from the article's text under shared/gold/CONVENTIONS.md (tests/real/{which}/gold.jsonl)"
    expected = sheet_bytes(cited_from_annotations(read_gold(gold), "ASN Neutrality Watch annotators", note))
    assert committed == expected, f"regenerate data/raw/cited/{name} with `python -m analysis review cite`"
    figures, problems = read_cited_file(ROOT / "data/raw/cited" / name, name)
    assert problems == [] and len(figures) > 100
    # a few words around each figure (at most eleven), a few hundred characters from any one article
    assert max(len(f.decision.evidence.split()) for f in figures) <= 2 * QUOTE_WORDS + 1
    quoted: dict[str, int] = {}
    for f in figures:
        quoted[f.decision.url] = quoted.get(f.decision.url, 0) + len(f.decision.evidence)
    assert max(quoted.values()) < 1000 and sum(quoted.values()) / len(quoted) < 150
    # in fact the figure and a word on each side ("memanggil 25 ASN"), about thirty characters an article
    assert max(len(f.decision.evidence.split()) for f in figures) <= 4
    assert max(quoted.values()) < 150 and sum(quoted.values()) / len(quoted) < 40


def test_a_quotation_keeps_the_words_around_its_figure_verbatim():
    phrase = "Menurut Ketua Bawaslu, sebanyak tujuh aparatur sipil negara (ASN) di Kabupaten Contoh mengajukan cuti"
    assert short_quotation(phrase, 7) == "Menurut Ketua Bawaslu, sebanyak tujuh aparatur sipil negara (ASN) di"
    assert short_quotation(phrase, 7, around=1) == "sebanyak tujuh aparatur"
    assert short_quotation("tercatat 16.000 ASN", 16000) == "tercatat 16.000 ASN"
    # no numeral for a zero: the phrase's first words
    assert short_quotation(
        "hingga kini belum menemukan ASN yang melanggar netralitas di daerah ini sama sekali", 0
    ) == ("hingga kini belum menemukan ASN yang melanggar netralitas di daerah")


def test_a_missing_address_is_one_problem(tmp_path):
    folder = _cited(tmp_path / "cited", [BLITAR | {"url": ""}])
    _, problems = read_cited_file(folder / "pemantau.csv", "pemantau.csv")
    assert problems == ["pemantau.csv:2: field 'url': empty: the address of the article the figure is from"]


def test_review_check_names_a_bad_cited_row_and_accepts_the_bundled_files(tmp_path):
    import subprocess
    import sys

    def check(cited: Path) -> subprocess.CompletedProcess:
        (tmp_path / "reviews").mkdir(exist_ok=True)
        command = [sys.executable, "-m", "analysis", "review", "check", "--reviews", str(tmp_path / "reviews")]
        command += ["--tables", str(tmp_path / "none"), "--set", f"cited={cited}"]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)

    bad = check(_cited(tmp_path / "cited", [BLITAR | {"region_code": "35.5"}]))
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        "error: cited/pemantau.csv:2: field 'region_code': '35.5' is not a Kemendagri code like 32.01 (a spreadsheet "
        "may have turned 32.10 into 32.1: format the column as text)"
    ]
    good = check(ROOT / "data/raw/cited")
    assert good.returncode == 0 and "cited figures in" in good.stdout
