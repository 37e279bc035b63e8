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
    for name, corpus, gold in [("seeds", seed_corpus, seed_gold),
                               ("heldout", HELDOUT / "articles", HELDOUT / "gold.jsonl")]:
        pred = tmp_path_factory.mktemp(name)
        run_extraction(corpus, pred, progress=False)
        out[name] = evaluate_paths(gold, pred)
    return out


@pytest.mark.parametrize("name", ["seeds", "heldout"])
def test_every_annotated_fact_is_found_and_none_is_invented(scores, name):
    facts = scores[name]["facts"]["all"]
    assert (facts["fp"], facts["fn"]) == (0, 0), scores[name]["errors"]
    assert facts["tp"] == {"seeds": 8, "heldout": 93}[name]


@pytest.mark.parametrize("name", ["seeds", "heldout"])
def test_every_article_is_matched_with_its_election_and_date(scores, name):
    result = scores[name]
    assert result["n_matched_articles"] == result["n_gold_articles"]
    assert result["articles"]["election"]["accuracy"] == 1.0
    assert result["articles"]["date"]["accuracy"] == 1.0


def test_regions_and_violation_types_of_the_heldout_articles(scores):
    # Known disagreements, left as they are: three national stories, which the annotations give no region
    # while the extractor lists the provinces and regencies they rank (the seeds do not settle which is
    # right); and violation types where the rules read a support gesture or a call to vote that the
    # annotator left out, or miss a kind the annotator read between the lines.
    articles = scores["heldout"]["articles"]
    assert articles["region"]["correct"] >= 13
    assert articles["violation_types"]["correct"] >= 13
    assert scores["seeds"]["articles"]["region"]["accuracy"] == 1.0
    assert scores["seeds"]["articles"]["violation_types"]["accuracy"] == 1.0
