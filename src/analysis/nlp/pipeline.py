"""Build, save and load the Indonesian extraction pipeline (spaCy, rules only, nothing downloaded).

Order in the pipeline: asn_sentencizer -> asn_gazetteer (REGION, ORG, ROLE from gazetteers) ->
asn_guarded_regions (REGION for stoplisted names in a place's context) -> asn_elections (ELECTION) ->
asn_dates (DATE) -> asn_quantities (QUANTITY) -> asn_people (PERSON)
-> asn_profile (article regions, election, violation types) -> asn_facts (numeric facts).
One module registers each (`sentencizer`, `region_entities`, `elections`, `dates`, `quantities`, `people`,
`profile`, `facts`); what they share on the Doc is in `doc_data`.
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# Importing the modules registers the component factories.
from analysis.nlp import dates as _dates  # noqa: F401
from analysis.nlp import elections as _elections  # noqa: F401
from analysis.nlp import facts as _facts  # noqa: F401
from analysis.nlp import people as _people  # noqa: F401
from analysis.nlp import profile as _profile  # noqa: F401
from analysis.nlp import quantities as _quantities  # noqa: F401
from analysis.nlp import region_entities as _region_entities  # noqa: F401
from analysis.nlp import sentencizer as _sentencizer  # noqa: F401
from analysis.nlp.affixes import use_faster_affix_searches
from analysis.nlp.tokenizer_cache import TOKENIZER_CACHE_SPANS
from analysis.reference.gazetteer import load_gazetteer

PIPELINE_NAME = "asn_neutrality_id"
PIPELINE_VERSION = "0.1.0"

# Abbreviations that end in a full stop but never end a sentence.
ABBREVIATIONS = [
    "Kab.",
    "kab.",  # "Bawaslu kab. Ngada", as some sites write it
    "Kep.",  # "Kabupaten Kep. Sula": Kepulauan
    "Kec.",
    "Kel.",
    "Prov.",
    "Jl.",
    "No.",
    "Dr.",
    "dr.",
    "Drs.",
    "Dra.",
    "Ir.",
    "Prof.",
    "H.",
    "Hj.",
    "St.",
    "Sdr.",
    "Bpk.",
    "Ny.",
    "Tn.",
    "Plt.",
    "Pj.",
    "Kadis.",
    "S.Pd.",
    "S.H.",
    "M.Si.",
    "S.Sos.",
    "M.M.",
    "dkk.",
    "dll.",
    "dsb.",
    "tsb.",
    "yth.",
    "Yth.",
    "a.n.",
    "u.p.",
    "Rp.",
    "WIB.",
]


MAX_TEXT_CHARS = 6_000_000  # above ingest's default file-size limit; spaCy's own default is 1,000,000


def skip_failed_component(name: str, component, docs, error: Exception) -> None:
    """Error handler: one bad document must not stop a corpus. spaCy drops the document; extraction
    still gives it a row (status `unreadable`, reason `analysis_error`) and this logs the cause."""
    names = ", ".join(doc.text[:60].replace("\n", " ") for doc in docs)
    logging.getLogger("analysis.extract").warning(
        "component %s failed (%s: %s) on: %s", name, type(error).__name__, error, names
    )


DIGIT_EMOTICON = re.compile(r"^\(?-?\d-?[)D]?$")
# "Aparatur Sipil Negara(ASN)", "Kepulauan Sula(Kepsul)": a short name in brackets glued to the name it
# abbreviates is a token of its own
GLUED_SHORT_NAME = r"(?<=[a-z])\((?=[A-Z])"


TOKENIZER_FACTORY = "asn_neutrality_id.tokenizer.v1"


def build_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's tokenizer for `nlp`'s language with the project's expressions and special cases, which it loads once.

    Setting any of a tokenizer's expressions or its rules loads all its special cases again (some 16,000, each
    split by the expressions to be matched in a doc): the expressions are set while it has none, then the rules
    once, in spaCy's order, then the abbreviations."""
    defaults = nlp.Defaults
    tokenizer = Tokenizer(
        nlp.vocab,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex([*defaults.infixes, GLUED_SHORT_NAME]).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
        max_cache_size=TOKENIZER_CACHE_SPANS,
    )
    use_faster_affix_searches(tokenizer, defaults.prefixes, defaults.suffixes)
    # spaCy's emoticons "8)", "8-)", "(-8" swallow a count in brackets: "Bali (8), Riau (5)" is no smiley
    tokenizer.rules = {
        text: list(case)
        for text, case in sorted(defaults.tokenizer_exceptions.items())
        if not DIGIT_EMOTICON.match(text)
    }
    for abbreviation in ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return tokenizer


@spacy.registry.tokenizers(TOKENIZER_FACTORY)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The pipeline's tokenizer (`build_tokenizer`) as the pipeline's config names it: made in place of spaCy's,
    whose 16,000 special cases would be loaded for nothing (1.5 s of every process that builds the pipeline)."""
    return build_tokenizer


def build_pipeline() -> Language:
    """A fresh pipeline from spacy.blank('id') with the project's components and gazetteers."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_FACTORY}}})
    nlp.max_length = MAX_TEXT_CHARS
    for name in (
        "asn_sentencizer",
        "asn_gazetteer",
        "asn_guarded_regions",
        "asn_elections",
        "asn_dates",
        "asn_quantities",
        "asn_people",
        "asn_profile",
        "asn_facts",
    ):
        nlp.add_pipe(name)
    nlp.set_error_handler(skip_failed_component)
    nlp.meta.update(
        {
            "name": PIPELINE_NAME,
            "version": PIPELINE_VERSION,
            "description": "Rule-based Indonesian pipeline for ASN neutrality news",
            "sources": [{"name": load_gazetteer().source}],
        }
    )
    return nlp


def save_pipeline(nlp: Language, path: Path) -> Path:
    nlp.to_disk(path)
    return path


def load_pipeline(path: Path) -> Language:
    """Load a saved pipeline; the factories are registered by importing this module."""
    return spacy.load(path)


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The pipeline of this process, built once.

    What the process holds then (the pipeline, its vocabulary, gazetteers and rules: some 180,000 objects) lives
    as long as it does, so it is set apart from the garbage collector (`gc.freeze`), whose full collections
    during an extraction would otherwise walk it every time (2% of the extraction's time). The build's garbage
    is collected first, not kept."""
    nlp = build_pipeline()
    gc.collect()
    gc.freeze()
    return nlp
