"""Human review as a user does it: export the sheet, fill it in with pandas, run again, see the tables change.
Invented articles only."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.aggregate import run_aggregate
from analysis.extract import run_extract
from analysis.review import confidence
from analysis.review.apply import apply_decisions
from analysis.review.decisions import Decision, read_decisions_file
from analysis.review.ids import fact_id
from analysis.review.sheet import sheet_bytes
from analysis.review.stage import export_sheet
from analysis.tables import read_table

ROOT = Path(__file__).resolve().parents[1]
GARUT = (
    "Bawaslu Kabupaten Garut Catat 14 ASN Langgar Netralitas\n\nGARUT - Badan Pengawas Pemilu (Bawaslu) Kabupaten "
    "Garut mencatat 14 ASN diduga melanggar netralitas selama Pilkada 2024. Ketua Bawaslu Garut, Andi Wirawan, "
    "mengatakan sebanyak 5 ASN telah terbukti melanggar dan direkomendasikan ke BKN.\n\nMenurut Andi, pemerintah "
    "daerah mempekerjakan 12.000 ASN yang diminta menjaga netralitas. Selain itu, 2 ASN dijatuhi sanksi teguran.\n"
)
DEPOK = (
    "Bawaslu Kota Depok Temukan Pelanggaran Netralitas ASN\n\nDEPOK - Bawaslu Kota Depok menemukan 9 kasus dugaan "
    "pelanggaran netralitas ASN pada Pilkada 2024. Sebanyak 3 kasus di antaranya dinyatakan terbukti, kata Ketua "
    "Bawaslu Depok, Rina Kusuma.\n"
)


def _corpus(folder: Path, garut: str = GARUT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(garut, encoding="utf-8")
    (folder / "b.txt").write_text(DEPOK, encoding="utf-8")
    return folder


def _run(corpus: Path, tables: Path, reviews: Path | None, require_review: bool = False):
    run = run_extract(corpus, tables, gold=None, sources=None, reviews=reviews)
    run_aggregate(tables, tables, require_review=require_review)
    return run


def _sheet(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _row(sheet: pd.DataFrame, value: str) -> int:
    return int(sheet.index[sheet["value"] == value][0])


def test_fact_ids_come_from_the_text_the_span_and_the_type_not_from_row_order(tmp_path):
    _run(_corpus(tmp_path / "c1"), tmp_path / "t1", None)
    corpus = _corpus(tmp_path / "c2")
    (corpus / "0_first.txt").write_text(DEPOK.replace("9 kasus", "4 kasus"), encoding="utf-8")
    _run(corpus, tmp_path / "t2", None)
    first, second = (read_table(tmp_path / t, "facts") for t in ("t1", "t2"))
    articles = read_table(tmp_path / "t1", "articles").set_index("article_id")
    for row in first.itertuples():
        sha = articles.loc[row.article_id, "content_sha256"]
        assert row.fact_id == fact_id(sha, row.start_char, row.end_char, row.fact_type)
    assert set(first["fact_id"]) <= set(second["fact_id"]) and first["fact_id"].is_unique
    assert first["review"].eq("unreviewed").all() and first["confidence"].between(0, 1).all()


def test_export_edit_with_pandas_run_again_and_the_tables_change(tmp_path):
    corpus, tables, reviews = _corpus(tmp_path / "corpus"), tmp_path / "tables", tmp_path / "reviews"
    _run(corpus, tables, reviews)
    before = read_table(tables, "panel").set_index("region_code")
    assert export_sheet(tables, tmp_path / "sheet.csv") == 6
    raw = (tmp_path / "sheet.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"[[14 ASN]]" in raw
    sheet = _sheet(tmp_path / "sheet.csv")
    confidences = pd.to_numeric(sheet["confidence"])
    assert confidences.is_monotonic_increasing  # least certain first
    sheet["decision"], sheet["reviewer"] = "", ""
    sheet.loc[_row(sheet, "9"), ["decision", "reviewer", "date"]] = ["reject", "Ani", "2024-11-02"]
    sheet.loc[_row(sheet, "14"), ["decision", "reviewer", "value"]] = ["correct", "Ani", "15"]
    sheet.loc[_row(sheet, "12000"), ["decision", "reviewer"]] = ["accept", "Budi"]
    added = sheet.loc[[_row(sheet, "3")]].assign(
        fact_id="", decision="add", reviewer="Citra", value="1", status="sanctioned", evidence="dinyatakan terbukti"
    )
    reviews.mkdir()
    pd.concat([sheet, added]).to_csv(reviews / "round1.csv", index=False, encoding="utf-8-sig")
    run = _run(corpus, tables, reviews)
    assert run.reviews.counts == {"applied": 4}
    facts = read_table(tables, "facts").set_index("value")
    assert facts.loc[9, "review"] == "rejected" and facts.loc[9, "reviewer"] == "Ani"  # kept, flagged
    assert facts.loc[15, "review"] == "corrected" and facts.loc[15, "corrected"] == "value: 14 -> 15"
    assert facts.loc[12000, "review"] == "accepted" and facts.loc[5, "review"] == "unreviewed"
    assert facts.loc[1, "review"] == "added" and facts.loc[1, "rule"] == "person"
    assert pd.isna(facts.loc[1, "confidence"]) and facts.loc[1, "sentence"].startswith("Sebanyak 3 kasus")
    panel = read_table(tables, "panel").set_index("region_code")
    assert before.loc["32.05", "violations_reported"] == 14 and panel.loc["32.05", "violations_reported"] == 15
    assert before.loc["32.76", "violations_reported"] == 9 and pd.isna(panel.loc["32.76", "violations_reported"])
    assert panel.loc["32.76", "violations_sanctioned"] == 1
    again = tmp_path / "again"
    _run(corpus, again, reviews)
    for name in ("facts.csv", "facts.parquet", "review_log.csv", "panel.csv", "evidence.csv"):
        assert (again / name).read_bytes() == (tables / name).read_bytes(), name
    _run(corpus, tables, reviews, require_review=True)
    checked = read_table(tables, "panel").set_index("region_code")
    assert checked.loc["32.05", "violations_reported"] == 15 and pd.isna(checked.loc["32.05", "violations_proven"])


def test_stale_and_conflicting_reviews_are_reported_not_dropped(tmp_path):
    corpus, tables, reviews = _corpus(tmp_path / "corpus"), tmp_path / "tables", tmp_path / "reviews"
    _run(corpus, tables, None)
    export_sheet(tables, tmp_path / "sheet.csv")
    sheet = _sheet(tmp_path / "sheet.csv")
    depok, garut = sheet.loc[[_row(sheet, "3")]], sheet.loc[[_row(sheet, "5")]]
    reviews.mkdir()
    pd.concat(
        [depok.assign(decision="accept", reviewer="Ani"), garut.assign(decision="accept", reviewer="Ani")]
    ).to_csv(reviews / "ani.csv", index=False)
    depok.assign(decision="reject", reviewer="Budi").to_csv(reviews / "budi.csv", index=False)
    (corpus / "a.txt").write_text(GARUT.replace("Menurut Andi", "Menurut Andi Wirawan"), encoding="utf-8")
    run = _run(corpus, tables, reviews)
    log = run.reviews.log.set_index(["file", "row"])
    assert log.loc[("ani.csv", 2), "outcome"] == "conflict" and log.loc[("budi.csv", 2), "outcome"] == "conflict"
    assert log.loc[("ani.csv", 3), "outcome"] == "stale"
    assert log.loc[("ani.csv", 3), "detail"] == "the article's text changed since the review"
    facts = read_table(tables, "facts")
    assert facts["review"].eq("unreviewed").all()


def _check(reviews: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "review", "check", "--reviews", str(reviews), "--tables", str(reviews)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


HEADER = "fact_id,decision,reviewer,date,note,value,region_code\n"
GOOD_ID = "f0123456789abcdef"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"id,verdict\nx,y\n", "bad.csv:1: missing column(s) fact_id, decision, reviewer"),
        ((HEADER + f"{GOOD_ID},acept,Ani,,,,\n").encode(), "bad.csv:2: field 'decision': 'acept' is not one of"),
        ((HEADER + "=1+1,accept,Ani,,,,\n").encode(), "bad.csv:2: field 'fact_id': '=1+1' is not a fact id"),
        ((HEADER + f"{GOOD_ID},accept,,,,,\n").encode(), "bad.csv:2: field 'reviewer': empty"),
        ((HEADER + f"{GOOD_ID},accept,Ani,27/10/2024,,,\n").encode(), "bad.csv:2: field 'date': '27/10/2024'"),
        ((HEADER + f"{GOOD_ID},correct,Ani,,,-3,\n").encode(), "bad.csv:2: field 'value': '-3' is not a whole"),
        ((HEADER + f"{GOOD_ID},correct,Ani,,,3,32.1\n").encode(), "bad.csv:2: field 'region_code': '32.1'"),
        ((HEADER + f"{GOOD_ID},accept,Ani,,{'x' * 6000},,\n").encode(), "bad.csv:2: field 'note': 6000 characters"),
        ((HEADER + f"{GOOD_ID},accept,Ani Ç,,,,\n").encode("cp1252"), "bad.csv: not UTF-8 text"),
        (HEADER.encode() + b'"unterminated\n', "bad.csv:2:"),
        (HEADER.encode() + b"\x00\x01\x02,accept\n", "bad.csv: binary data"),
    ],
)
def test_hostile_sheets_give_one_line_errors_naming_file_row_and_field(tmp_path, content, expected):
    (tmp_path / "bad.csv").write_bytes(content)
    done = _check(tmp_path)
    assert done.returncode == 2, done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0], lines


def test_spreadsheet_variants_read_as_written(tmp_path):
    """Semicolons (Indonesian locale), UTF-16, escaped formulas and pending rows."""
    rows = f"fact_id;decision;reviewer;note\n{GOOD_ID};Accept;Ani;'=SUM(A1)\n{GOOD_ID};;;\n"
    (tmp_path / "semi.csv").write_bytes(rows.encode("utf-16"))
    decisions, problems = read_decisions_file(tmp_path / "semi.csv", "semi.csv")
    assert problems == [] and len(decisions) == 1
    assert decisions[0].decision == "accept" and decisions[0].note == "=SUM(A1)"


def test_the_sheet_escapes_formulas():
    sheet = pd.DataFrame({"title": ['=HYPERLINK("http://x")', "@SUM(1)", "-2 ASN", "+1", "Biasa"]})
    text = sheet_bytes(sheet).decode("utf-8-sig").splitlines()
    assert text[1:] == ['"\'=HYPERLINK(""http://x"")"', "'@SUM(1)", "'-2 ASN", "'+1", "Biasa"]


def test_a_thousand_facts_export_and_apply_in_seconds():
    facts = pd.DataFrame(
        {
            "article_id": ["a" * 16] * 1000,
            "source_file": ["a.txt"] * 1000,
            "fact_type": ["violation_count"] * 1000,
            "value": range(1000),
            "scope": ["regional"] * 1000,
            "region_code": ["32.05"] * 1000,
            "status": ["reported"] * 1000,
            "sentence": ["x"] * 1000,
            "start_char": range(1000),
            "end_char": range(1, 1001),
            "fact_id": [fact_id("s", n, n + 1, "violation_count") for n in range(1000)],
            "review": ["unreviewed"] * 1000,
        }
    )
    articles = pd.DataFrame({"article_id": ["a" * 16], "source_file": ["a.txt"], "status": ["ok"]})
    decisions = [
        Decision(file="r.csv", row=n + 2, decision="correct", reviewer="Ani", fact_id=i, fields={"value": n + 1})
        for n, i in enumerate(facts["fact_id"])
    ]
    start = time.perf_counter()
    reviewed = apply_decisions(facts, articles, {}, decisions)
    assert time.perf_counter() - start < 10
    assert reviewed.facts["review"].eq("corrected").all() and reviewed.log["outcome"].eq("applied").all()


def test_confidence_is_the_finest_group_shrunk_towards_its_parent():
    facts = [{"fact_type": "violation_count", "rule": "region_list", "scope": "regional", "right": True}] * 20
    facts += [
        {"fact_type": "violation_count", "rule": "count", "scope": "national", "right": n % 2 == 0} for n in range(20)
    ]
    table = confidence.calibrate(facts)
    rows = {(r["fact_type"], r["rule"], r["scope"]): r for r in table if r["region_source"] == "*"}
    top = rows[("*", "*", "*")]
    assert (top["n_facts"], top["n_right"], top["confidence"]) == (40, 30, round((30 + 2.5) / 45, 3))
    listed = rows[("violation_count", "region_list", "*")]
    assert listed["precision"] == 1.0 and listed["confidence"] < 1.0
    assert sum(int(r["n_assigned"]) for r in table) == 40  # each fact takes its finest group's confidence
    check = confidence.calibration(table, threshold=0.9)
    assert check["n_facts"] == 20 and check["share"] == 1.0


def test_the_bundled_confidence_table_says_how_it_was_measured():
    table = confidence.load_table()
    assert table and {"n_facts", "n_right", "confidence", "n_assigned"} <= set(table[0])
    assert confidence.confidence_of({"fact_type": "violation_count", "rule": "count", "scope": "regional"}) is not None
