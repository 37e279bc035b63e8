"""Numeric facts: ASN headcounts, violation counts (with status and scope), candidates related to ASN.

A fact is a QUANTITY entity whose counted noun and surrounding clause say what it counts. Each fact
keeps its sentence and the character span of the number and its noun, so it can be checked by hand.

The package reads an article's numbers in passes (`passes`) over a small shared state (`state`): what a
number's words say it counts (`reading`), whether it counts other offences, people or sources (`others`), what
it refers back to (`references`), and where the count belongs (`where`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from analysis.nlp.facts.passes import extract_facts
from analysis.nlp.facts.state import CACHES, Fact

__all__ = ["FACTS", "Fact", "asn_facts", "drop_caches", "extract_facts"]

FACTS = "facts"


@Language.component("asn_facts")
def asn_facts(doc: Doc) -> Doc:
    doc.user_data[FACTS] = [f.to_dict() for f in extract_facts(doc)]
    return doc  # the per-doc caches stay for the rows made from the doc (`drop_caches` lets them go)


def drop_caches(doc: Doc) -> None:
    """Let the rules' per-doc caches go once the doc's rows are made: not worth keeping with the results."""
    for key in CACHES:
        doc.user_data.pop(key, None)
