"""`asn_dates`: DATE entities, normalised to ISO dates (a missing year completed from the publication date)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from analysis.nlp.doc_data import add_entities, doc_text, entity_of, set_norm

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
# "12 Januari 2024": one or two digits at the start of a word (the look-behind after the first digit says so: an
# expression that opens with a digit lets `re` skip to the digits of a text, one that opens with \b tries every
# character), a month in any case, and perhaps a year
DATE_WORDS = re.compile(rf"(\d(?<!\w\d)\d?)\s+(?i:({_MONTH_RE}))\.?(?:\s+(\d{{4}}))?\b")
DATE_NUMERIC = re.compile(r"\((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\)")


def _iso(day: int, month: int, year: int | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalized) of dates in text; normalized is ISO, or '--MM-DD' without a year."""
    found = []
    for m in DATE_WORDS.finditer(text):
        year = int(m.group(3)) if m.group(3) else None
        iso = _iso(int(m.group(1)), MONTHS[m.group(2).lower()], year)
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in DATE_NUMERIC.finditer(text):
        year = m.group(3)
        year_int = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
        iso = _iso(int(m.group(1)), int(m.group(2)), year_int)
        if iso:
            found.append((m.start() + 1, m.end() - 1, iso))
    return found


def complete_year(partial: str, published: str) -> str:
    """'--10-27' with the article published 2024-10-28 -> '2024-10-27': a yearless date in a news story is
    the latest such day on or before publication. Without a publication date it stays partial."""
    if not partial.startswith("--") or len(published) != 10:
        return partial
    month, day = partial[2:4], partial[5:7]
    year = int(published[:4]) - (1 if (month, day) > (published[5:7], published[8:10]) else 0)
    return f"{year:04d}-{month}-{day}"


@Language.component("asn_dates")
def asn_dates(doc: Doc) -> Doc:
    published = doc.user_data.get("meta", {}).get("published", "")
    spans = []
    for start, end, iso in find_dates(doc_text(doc)):
        iso = complete_year(iso, published)
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is not None:
            span = entity_of(doc, tokens.start, tokens.end, "DATE")
            spans.append(span)
            set_norm(doc, span, "DATE", iso)
    add_entities(doc, spans)
    return doc
