"""Scores of the extractor against hand annotations: the seed articles and the held-out articles
(tests/heldout, written for the project without looking at the rules). A rule change that loses a fact,
invents one or gets an article's election or date wrong fails here."""

from pathlib import Path

import pytest

from analysis.evaluate import evaluate_paths
from analysis.extract import run_extraction

HELDOUT = Path(__file__).parent / "heldout"


@pytest.fixture(scope="module")
def scores(tmp_path_factory, seed_corpus, seed_gold):
    out = {}
    for name, corpus, gold in [
        ("seeds", seed_corpus, seed_gold),
        ("heldout", HELDOUT / "articles", HELDOUT / "gold.jsonl"),
    ]:
        pred = tmp_path_factory.mktemp(name)
        run_extraction(corpus, pred, progress=False)
        out[name] = evaluate_paths(gold, pred)
    return out


def test_every_seed_fact_is_found_and_none_is_invented(scores):
    facts = scores["seeds"]["facts"]["all"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (8, 0, 0), scores["seeds"]["errors"]


def test_the_heldout_facts_but_a_known_few(scores):
    # Left alone: "sekitar 5.400 ASN di Kabupaten Kupang sudah menandatangani pakta integritas", annotated as
    # the regency's headcount (the rules read ASN who sign or attend something as participants, not as a
    # workforce: "650 ASN mengikuti apel"); "kasus yang direkomendasikan itu melibatkan seorang ASN", read
    # as one proven ASN where the annotator saw the case restated; "Di sana, Bawaslu menemukan dua guru ...",
    # where "di sana" points at the region of the sentence before; "Dua di antaranya sudah diteruskan ke
    # KASN", forwarded, which the rules do not read as proven (annotators differ on it); "memeriksa dua orang
    # oknum ASN ... Keduanya sudah direkomendasikan", annotated as two stages, which the rules read as one count,
    # the decided one (`decided_restatements_kept`: the conventions' count restated in other words).
    facts = scores["heldout"]["facts"]["all"]
    assert (facts["tp"], facts["fp"], facts["fn"]) == (316, 3, 4), scores["heldout"]["errors"]


@pytest.mark.parametrize("name", ["seeds", "heldout"])
def test_every_article_is_matched_with_its_date(scores, name):
    result = scores[name]
    assert result["n_matched_articles"] == result["n_gold_articles"]
    assert result["articles"]["date"]["accuracy"] == 1.0


def test_article_level_scores(scores):
    # Known disagreements, left as they are: a province story that also names its capital's figure; four
    # elections of the last batch (`i*`: a Pileg read as the Pemilu, a year given only by the publication date
    # and the day of the vote, a 2024 story outweighed by the 2018 sanctions it cites, sanctions handed down
    # during the Pilkada run-up for Pemilu violations); violation types where the rules read a support gesture
    # or a call to vote that the annotator left out, or miss a kind the annotator read between the lines.
    seeds, heldout = scores["seeds"]["articles"], scores["heldout"]["articles"]
    assert all(seeds[key]["accuracy"] == 1.0 for key in ("region", "election", "violation_types"))
    assert heldout["region"]["correct"] >= 69  # national stories are about no region (tests/real's convention)
    assert heldout["election"]["correct"] >= 68
    assert heldout["violation_types"]["correct"] >= 51
