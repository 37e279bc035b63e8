"""Reading the annotations' evidence phrases alone (analysis.phrase_check, `analysis evaluate-phrases`)."""

import json

from typer.testing import CliRunner

from analysis.cli import app
from analysis.phrase_check import (
    NATIONAL_OPENING,
    format_phrase_scores,
    phrase_cases,
    phrase_scores,
    read_phrases,
    read_skeletons,
    skeleton_article,
    skeleton_scores,
)

# An invented annotation: three facts, one of them annotated with a status the phrase does not say
RECORD = {
    "file": "x01_contoh_kabupaten-sigi.txt",
    "regions": ["Kabupaten Sigi"],
    "election": {"type": "pilkada", "year": 2024},
    "asn_headcount": [
        {"region": "Kabupaten Sigi", "region_code": "72.10", "value": 6200, "text": "Pemkab Sigi memiliki 6.200 ASN"}
    ],
    "violation_counts": [
        {
            "scope": "Kabupaten Sigi",
            "region_code": "72.10",
            "value": 4,
            "status": "proven",
            "text": "empat ASN terbukti tidak netral",
        },
        {"scope": "nasional", "value": 310, "status": "sanctioned", "text": "Bawaslu RI mencatat 310 ASN dilaporkan"},
        {"scope": "Kabupaten Sigi", "region_code": "72.10", "value": 2, "status": "reported", "text": ""},
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
    assert "skeleton articles" in result.output and "missed ('violation_count', 310" in result.output
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["read"] == 2
    assert written["skeletons"]["facts"]["all"]["tp"] == 2
    assert "single rules against the annotations' other fields" in result.output
    assert [probe["name"] for probe in written["probes"]] == ["dates", "elections", "links", "types"]


def test_evaluate_phrases_without_a_gold_file_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["evaluate-phrases", "--gold", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert "missing.jsonl: gold file not found" in result.output


# An invented regional story: a total, its part written as a bare figure, a status the phrase misreads, a violation
# type the phrases name but the annotation does not (and one it holds that they do not name)
REGIONAL = {
    "file": "x02_contoh_kota-palu.txt",
    "regions": ["Kota Palu"],
    "region_codes": ["72.71"],
    "election": {"type": "pilkada", "year": 2020},
    "asn_headcount": [],
    "violation_counts": [
        {
            "scope": "Kota Palu",
            "region_code": "72.71",
            "value": 9,
            "status": "reported",
            "text": "Bawaslu Kota Palu menangani 9 ASN yang diduga tidak netral di media sosial",
        },
        {
            "scope": "Kota Palu",
            "region_code": "72.71",
            "value": 4,
            "status": "proven",
            "text": "empat di antaranya terbukti melanggar",
        },
        {
            "scope": "Kota Palu",
            "region_code": "72.71",
            "value": 2,
            "status": "sanctioned",
            "text": "dua ASN dilaporkan ke KASN",
        },
    ],
    "related_candidates": [],
    "violation_types": ["kampanye"],
    "optional_facts": [
        {
            "fact_type": "violation_count",
            "value": 9,
            "text": "Bawaslu Kota Palu menangani 9 ASN yang diduga tidak netral di media sosial",
        }
    ],
}


def test_a_skeleton_lays_out_each_phrase_once_under_a_headline_of_the_regions_and_election():
    document = skeleton_article(REGIONAL)
    assert document.title == "Netralitas ASN di Kota Palu pada Pilkada 2020"
    assert document.text.split("\n\n") == [
        "Netralitas ASN di Kota Palu pada Pilkada 2020",
        "Bawaslu Kota Palu menangani 9 ASN yang diduga tidak netral di media sosial.",
        "Empat di antaranya terbukti melanggar.",
        "Dua ASN dilaporkan ke KASN.",
    ]
    # a national story opens with the national bodies a real lead names
    assert skeleton_article({**RECORD, "regions": []}).text.split("\n\n")[:2] == [
        "Netralitas ASN secara nasional pada Pilkada 2024",
        NATIONAL_OPENING,
    ]


def test_skeletons_are_scored_as_articles_so_a_misread_status_is_a_false_fact(nlp):
    scores = skeleton_scores([REGIONAL], *read_skeletons([REGIONAL], nlp))
    # the total and its part, which leans on the total in the paragraph before, are read
    assert scores["facts"]["violation_count"]["tp"] == 2
    # "dilaporkan" is reported: a false fact, and the annotation's "sanctioned" missed
    assert ["false_positive", ["violation_count", 2, "regional", "72.71", "reported"]] in [
        [e["error"], e.get("fact")] for e in scores["errors"]
    ]
    assert scores["facts"]["all"]["precision"] == round(2 / 3, 4)
    # the phrases name social media, which the annotation's types do not hold; its campaigning they do not name
    assert {k: scores["violation_type_labels"][k] for k in ("tp", "fp", "fn")} == {"tp": 0, "fp": 1, "fn": 1}
