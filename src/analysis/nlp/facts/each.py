"""Figures that are the count of each of several places named before them: "Kabupaten A dan Kabupaten B,
masing-masing delapan kasus", "Adapun A, B dan C, tiga daerah ini hanya terdapat satu kasus"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import ents_labelled, get_norm, lower_texts, token_starts
from analysis.nlp.facts.references import DEMONSTRATIVES
from analysis.nlp.facts.where import regions_in

_EACH = {"masing-masing", "masing"}
EACH_REACH = 3  # tokens from "masing-masing" to its number: "masing-masing ditemukan sebanyak 2"
PLACES_COUNTED_REACH = 5  # tokens from "tiga daerah ini" to its figure: "tiga daerah ini hanya terdapat 1 kasus"


def regions_counted_each(doc: Doc, sent: Span, mentions: list, start: int, region: str) -> list[str]:
    """The other regions the number at `start` is also the count of: the regions named in the sentence before
    it, after any earlier number, when "masing-masing" stands before the number, or the places are counted
    there and are as many as named ("A, B dan C, 3 daerah ini ... 1 kasus")."""
    lower = lower_texts(doc)
    # "masing-masing 2 kasus", also with a verb between: "masing-masing ditemukan 2 pelanggaran"
    each = next((k for k in range(start - 1, max(sent.start, start - EACH_REACH) - 1, -1) if lower[k] in _EACH), None)
    places_counted = None
    if each is None:
        each, places_counted = _places_counted(doc, sent, start)
    if each is None or not all(lower[k].isalpha() for k in range(each + 1, start)):
        return []
    starts = token_starts(doc)
    since = max((e.end for e in ents_labelled(doc, "QUANTITY") if sent.start <= e.end <= each), default=sent.start)
    codes = [
        m[2]
        for m in regions_in(doc, sent, mentions)
        if starts[since] <= m[0] < starts[start] and len(m[2]) == len(region)
    ]  # of the same level: not the province whose body speaks
    named = set(codes)
    if len(named) < 2 or places_counted not in (None, len(named)):
        return []
    return [code for n, code in enumerate(codes) if code != region and code not in codes[:n]]


def _places_counted(doc: Doc, sent: Span, start: int) -> tuple[int | None, int | None]:
    """Where the places before the number are counted ("3 daerah ini", "ketiga kabupaten tersebut": the token
    of the count), and how many they are; (None, None) when they are not."""
    lower = lower_texts(doc)
    for noun in range(start - 2, max(sent.start, start - PLACES_COUNTED_REACH) - 1, -1):
        if lower[noun] in lx.PLACE_NOUNS and lower[noun + 1] in DEMONSTRATIVES:
            number = next((e for e in ents_labelled(doc, "QUANTITY") if e.end == noun), None)
            if number is not None:
                return number.start, int(get_norm(doc, number))
            return None, None
    return None, None
