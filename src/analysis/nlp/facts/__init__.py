"""Numeric facts: ASN headcounts, violation counts (with status and scope), candidates related to ASN.

A fact is a QUANTITY entity whose counted noun and surrounding clause say what it counts. Each fact
keeps its sentence and the character span of the number and its noun, so it can be checked by hand.

The package reads an article's numbers in passes (`passes`) over a small shared state (`state`): what a
number's words say it counts (`reading`; for persons with no noun of ASN `persons`, for candidates `candidates`) and
the clause they stand in (`clauses`), what a count of cases or of ASN records (`classify`), whether it counts other
offences or people (`others`) or every kind of offence with the neutrality cases a part (`mixed`), is tied to the
story's cases without naming them (`ties`) or is one source of a total (`sources`), what it refers back to
(`references`), whether it is national (`national`), where the count belongs (`where`) and which election it is of
(`when`).
"""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language
from spacy.tokens import Doc

from analysis.nlp.candidacy import run_for_the_legislature
from analysis.nlp.facts.passes import extract_facts
from analysis.nlp.facts.state import CACHES, Fact
from analysis.nlp.profile import PROFILE

__all__ = ["FACTS", "Fact", "asn_facts", "drop_caches", "extract_facts"]

FACTS = "facts"


@Language.component("asn_facts")
def asn_facts(doc: Doc) -> Doc:
    facts = extract_facts(doc)
    profile = doc.user_data.get(PROFILE)
    if profile and profile["election_type"] == "pemilu" and _candidates_lead_for_the_legislature(facts):
        # a Pemilu story that leads with civil servants standing for the legislature is about the Pileg, and so
        # are its facts of that Pemilu
        profile["election_type"] = "pileg"
        year = profile["election_year"]
        facts = [
            dataclasses.replace(f, election_type="pileg")
            if (f.election_type, f.election_year) == ("pemilu", year)
            else f
            for f in facts
        ]
    doc.user_data[FACTS] = [f.to_dict() for f in facts]
    return doc  # the per-doc caches stay for the rows made from the doc (`drop_caches` lets them go)


def _candidates_lead_for_the_legislature(facts: list[Fact]) -> bool:
    """The article's first figure counts candidates, and the civil servants it counts as candidates stand for the
    legislature themselves (not a side figure of a violations story)."""
    if not facts or facts[0].fact_type != "related_candidates":
        return False
    return run_for_the_legislature(
        [re.findall(r"\w+", f.sentence.lower()) for f in facts if f.fact_type == "related_candidates"]
    )


def drop_caches(doc: Doc) -> None:
    """Let the rules' per-doc caches go once the doc's rows are made: not worth keeping with the results."""
    for key in CACHES:
        doc.user_data.pop(key, None)
