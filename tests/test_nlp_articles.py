"""Whole articles written for the tests in the style of Indonesian outlets (not the seed articles)."""

from pathlib import Path

DATA = Path(__file__).parent / "data"


def test_province_statistics_article(analyse):
    text = (DATA / "province_statistics_article.txt").read_text(encoding="utf-8")
    result = analyse(text, title=text.split("\n")[0], dateline="SURABAYA", published="2024-11-18")
    assert result.article["region_codes"] == "35"  # the province, not the city of the dateline
    assert (result.article["election_type"], result.article["election_year"]) == ("pilkada", 2024)
    facts = sorted((f["fact_type"], f["value"], f["status"], f["scope"], f["region_code"]) for f in result.facts)
    assert facts == sorted([
        ("violation_count", 47, "reported", "regional", "35"),  # title and lead: one fact
        ("violation_count", 31, "proven", "regional", "35"),
        ("violation_count", 12, "sanctioned", "regional", "35"),  # "kata Fauzi di Surabaya" is not the subject
        ("violation_count", 9, "reported", "regional", "35.22"),
        ("violation_count", 7, "reported", "regional", "35.09"),
        ("violation_count", 400, "reported", "national", None),
        ("asn_headcount", 380000, None, "regional", "35"),
    ])
    assert "media_sosial" in result.article["violation_types"]
