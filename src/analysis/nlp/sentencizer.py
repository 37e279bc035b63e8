"""`asn_sentencizer`: sentence starts from token texts (a full stop, "!", "?" or "…", perhaps closed by a quote,
then a capital, a digit or an opening quote or bracket)."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from analysis.nlp.doc_data import CLOSING_QUOTES, RECORDS_ONLY, SENT_STARTS, STARTS, TOKENS, positions_where, texts_of

SENTENCE_ENDS = (".", "!", "?", "…")
_MAY_END_BEFORE = frozenset(SENTENCE_ENDS) | CLOSING_QUOTES  # a token after which a sentence may start
NOT_A_START = 2**64 - 1  # SENT_START -1 as a uint64
_ENDS_BEFORE: dict[str, bool] = {}  # token text -> whether a sentence may start after it (`positions_where`'s table)


def _may_end_before(text: str) -> bool:
    return text in _MAY_END_BEFORE or text.isspace()


def sentence_starts(texts: list[str]) -> list[int]:
    """Indices of sentence starts: paragraph breaks, and after . ! ? (also when a closing quote follows them).

    Abbreviations ("Kab.", "Dr.") are single tokens thanks to tokenizer special cases, so they never end
    a sentence; a lower-case word after a full stop does not start one (e.g. "No. 7 tahun").
    Only a token after a space, a sentence end or a closing quote can start a sentence: those are the candidates
    (found from the texts: the lexemes' IS_SPACE, read with the doc's arrays, cost more than the texts' test).
    """
    if not texts:
        return []
    starts = [0]
    for k in positions_where(texts[:-1], _ENDS_BEFORE, _may_end_before):
        i = k + 1
        text = texts[i]
        if text.isspace():
            continue
        prev = texts[i - 1]
        if prev.isspace():
            if "\n" in prev or i == 1:
                starts.append(i)
                continue
            prev = texts[i - 2] if i >= 2 else ""
        ends = prev in SENTENCE_ENDS or (prev in CLOSING_QUOTES and i >= 2 and texts[i - 2] in (".", "!", "?"))
        first = text[:1]
        if ends and (first.isupper() or first.isdigit() or first in ('"', "“", "(")) and text not in CLOSING_QUOTES:
            starts.append(i)
    return starts


@Language.component("asn_sentencizer")
def asn_sentencizer(doc: Doc) -> Doc:
    if len(doc) == 0:
        return doc
    # the token offsets come with the texts (one read of the doc's arrays), kept for the rules (`token_starts`)
    orths, offsets = doc.to_array([ORTH, IDX]).T.tolist()
    texts = doc.user_data[TOKENS] = texts_of(doc, orths)
    doc.user_data[STARTS] = offsets
    starts = doc.user_data[SENT_STARTS] = sentence_starts(texts)
    if doc.user_data.get(RECORDS_ONLY):
        return doc  # (its reader takes the sentences from SENT_STARTS alone: no doc.sents to set)
    # -1 (no start) for every other token, written as from_array reads it: in uint64, its two's complement
    values = numpy.full((len(doc), 1), NOT_A_START, dtype="uint64")
    values[starts] = 1
    doc.from_array([SENT_START], values)
    return doc
