"""Scoring against gold: one-to-one fact matching, optional facts, article-level checks."""

import json

import pandas as pd
import pytest

from analysis.evaluate import carry_over_summary, evaluate_tables, format_scores, read_gold

GOLD = [
    {
        "file": "a.txt",
        "published": "2024-10-27",
        "region_codes": ["36.74"],
        "election": {"type": "pilkada", "year": 2024},
        "asn_headcount": [{"region_code": "36.74", "value": 15000}],
        "violation_counts": [
            {"scope": "Kota Tangerang Selatan", "region_code": "36.74", "value": 3, "status": "reported"},
            {"scope": "nasional", "region_code": None, "value": 680, "status": "reported"},
        ],
        "related_candidates": [],
        "optional_facts": [{"fact_type": "violation_count", "region_code": "36.74", "value": 1}],
        "violation_types": ["media_sosial"],
    }
]


def _fact(fact_type, value, scope="regional", region="36.74", status=None):
    return {
        "source_file": "sub/a.txt",
        "fact_type": fact_type,
        "value": value,
        "scope": scope,
        "region_code": region if scope == "regional" else None,
        "status": status,
        "sentence": "s",
    }


def _articles(**overrides):
    row = {
        "source_file": "sub/a.txt",
        "region_codes": "36.74",
        "election_type": "pilkada",
        "election_year": 2024,
        "published": "2024-10-27",
        "violation_types": "media_sosial",
    }
    row.update(overrides)
    return pd.DataFrame([row])


def test_perfect_prediction_scores_one():
    facts = pd.DataFrame(
        [
            _fact("asn_headcount", 15000),
            _fact("violation_count", 3, status="reported"),
            _fact("violation_count", 680, scope="national", status="reported"),
        ]
    )
    scores = evaluate_tables(GOLD, _articles(), facts)
    assert scores["facts"]["all"] == {"tp": 3, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert all(s["accuracy"] == 1.0 for s in scores["articles"].values())
    json.dumps(scores)
    assert "asn_headcount" in format_scores(scores)


def test_wrong_status_scope_and_duplicates_are_errors_but_optional_facts_are_free():
    facts = pd.DataFrame(
        [
            _fact("violation_count", 3, status="proven"),  # wrong status: fp + fn
            _fact("violation_count", 680, scope="regional", status="reported"),  # national counted as regional
            _fact("asn_headcount", 15000),
            _fact("asn_headcount", 15000),  # second copy is a false positive
            _fact("violation_count", 1, status="unspecified"),  # optional: ignored
        ]
    )
    scores = evaluate_tables(GOLD, _articles(region_codes="36.74;36.71", published=None), facts)
    assert scores["facts"]["violation_count"] == {"tp": 0, "fp": 2, "fn": 2, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert scores["facts"]["asn_headcount"]["tp"] == 1 and scores["facts"]["asn_headcount"]["fp"] == 1
    assert scores["articles"]["region"]["accuracy"] == 0.0
    assert scores["articles"]["date"]["accuracy"] == 0.0
    assert scores["articles"]["election"]["accuracy"] == 1.0


def test_a_gold_figure_without_a_region_code_is_national_whatever_its_field_names():
    gold = [
        {
            **GOLD[0],
            "asn_headcount": [{"region": "nasional", "region_code": None, "value": 4200000}],
            "violation_counts": [],
            "optional_facts": [],
        }
    ]
    national = pd.DataFrame([_fact("asn_headcount", 4200000, scope="national")])
    regional = pd.DataFrame([_fact("asn_headcount", 4200000)])
    assert evaluate_tables(gold, _articles(), national)["facts"]["asn_headcount"]["tp"] == 1
    assert evaluate_tables(gold, _articles(), regional)["facts"]["asn_headcount"]["fp"] == 1


def test_violation_types_are_also_scored_code_by_code():
    # one code of two right: the article's set is wrong, and the codes score P 1/2, R 1/1
    facts = pd.DataFrame([_fact("asn_headcount", 15000)])
    scores = evaluate_tables(GOLD, _articles(violation_types="media_sosial;kampanye"), facts)
    assert scores["articles"]["violation_types"]["accuracy"] == 0.0
    labels = scores["articles"]["violation_types"]["labels"]
    assert (labels["tp"], labels["fp"], labels["fn"], labels["precision"], labels["recall"]) == (1, 1, 0, 0.5, 1.0)
    assert "violation-type codes" in format_scores(scores)


def test_texts_present_and_their_evidence_are_checked(tmp_path):
    from analysis.evaluate import evidence_problems, present_records

    records = [
        {
            "file": "here.txt",
            "violation_counts": [{"value": 3, "text": "tiga ASN dilaporkan"}],
            "optional_facts": [{"value": 1, "text": "satu kasus lain"}],
        },
        {"file": "absent.txt", "violation_counts": [{"value": 2, "text": "dua kasus"}]},
    ]
    (tmp_path / "here.txt").write_text("Bawaslu menyebut tiga ASN dilaporkan.", encoding="utf-8")
    assert [r["file"] for r in present_records(records, tmp_path)] == ["here.txt"]
    assert evidence_problems(records, tmp_path) == [
        "here.txt: optional_facts evidence not in the text: 'satu kasus lain'"
    ]


def test_an_optional_fact_may_name_its_type_in_the_singular(tmp_path):
    record = {**GOLD[0], "optional_facts": [{"fact_type": "related_candidate", "region_code": "36.74", "value": 2}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold[0]["optional_facts"][0]["fact_type"] == "related_candidates"
    predicted = pd.DataFrame([_fact("related_candidates", 2)])
    assert evaluate_tables(gold, _articles(), predicted)["facts"]["related_candidates"]["fp"] == 0


def test_an_optional_fact_without_a_type_is_a_one_line_error_naming_the_line(tmp_path):
    record = {**GOLD[0], "optional_facts": [{"region_code": "36.74", "value": 2}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD[0]) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: optional fact 0 of a\.txt has no fact_type"):
        read_gold(path)


def test_a_real_news_set_not_scored_here_keeps_the_figures_it_was_last_scored_with(tmp_path):
    previous = tmp_path / "real_news_quality.json"
    previous.write_text(json.dumps({"dev": {"articles": 373}, "blind": {"articles": 127}}), encoding="utf-8")
    summary = carry_over_summary({"blind": {"articles": 146}}, previous)
    assert summary == {"dev": {"articles": 373}, "blind": {"articles": 146}}
    assert carry_over_summary({"blind": {"articles": 146}}, tmp_path / "none.json") == {"blind": {"articles": 146}}
