"""Reading the annotations' evidence phrases alone (analysis.phrase_check, `analysis evaluate-phrases`)."""

import json

from typer.testing import CliRunner

from analysis.cli import app
from analysis.phrase_check import format_phrase_scores, phrase_cases, phrase_scores, read_phrases

# An invented annotation: three facts, one of them annotated with a status the phrase does not say
RECORD = {
    "file": "x01_contoh_kabupaten-sigi.txt",
    "election": {"type": "pilkada", "year": 2024},
    "asn_headcount": [{"region": "Kabupaten Sigi", "value": 6200, "text": "Pemkab Sigi memiliki 6.200 ASN"}],
    "violation_counts": [
        {"scope": "Kabupaten Sigi", "value": 4, "status": "proven", "text": "empat ASN terbukti tidak netral"},
        {"scope": "nasional", "value": 310, "status": "sanctioned", "text": "Bawaslu RI mencatat 310 ASN dilaporkan"},
        {"scope": "Kabupaten Sigi", "value": 2, "status": "reported", "text": ""},
    ],
    "related_candidates": [],
}


def test_each_fact_with_a_phrase_is_read_under_a_lead_naming_its_place_and_election():
    cases = phrase_cases([RECORD])
    # the count without a phrase is left out
    assert [(c.fact_type, c.value) for c in cases] == [
        ("asn_headcount", 6200),
        ("violation_count", 4),
        ("violation_count", 310),
    ]
    leads = {c.value: c.lead for c in cases}
    assert leads[4] == "Netralitas ASN di Kabupaten Sigi pada Pilkada 2024."
    assert leads[310] == "Netralitas ASN secara nasional pada Pilkada 2024."


def test_a_phrase_is_read_when_its_fact_type_value_and_status_come_out(nlp):
    scores = phrase_scores(read_phrases(phrase_cases([RECORD]), nlp))
    assert scores["by_fact_type"]["asn_headcount"] == {"read": 1, "phrases": 1, "share": 1.0}
    # "310 ASN dilaporkan" is read as reported: the annotation's "sanctioned" is not what the phrase says
    assert scores["by_fact_type"]["violation_count"] == {"read": 1, "phrases": 2, "share": 0.5}
    assert [m["expected"] for m in scores["misses"]] == [["violation_count", 310, "sanctioned"]]
    assert "all                      2 of 3     0.667" in format_phrase_scores(scores)


def test_evaluate_phrases_prints_the_shares_and_writes_them(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    out = tmp_path / "phrases.json"
    result = CliRunner().invoke(app, ["evaluate-phrases", "--gold", str(gold), "--out", str(out), "--errors"])
    assert result.exit_code == 0, result.output
    assert "violation_count" in result.output and "expected ('violation_count', 310, 'sanctioned')" in result.output
    assert json.loads(out.read_text(encoding="utf-8"))["read"] == 2


def test_evaluate_phrases_without_a_gold_file_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["evaluate-phrases", "--gold", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert "missing.jsonl: gold file not found" in result.output
