"""The sources of cases, Bawaslu's own findings and the public's reports: a count of one source beside another
breaks a total down, and is no count of its own when the total is stated."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, lower_texts

SOURCE_NOUN_REACH = 5  # tokens after a number where its source is named: "14 kasus di antaranya merupakan temuan"
SOURCE_SIBLING_REACH = 8  # tokens between the numbers of two sources of one total


def breaks_down_by_source(doc: Doc, sent: Span, ent: Span, quantities: dict[int, Span]) -> bool:
    """'59 temuan dan 136 laporan', '14 kasus merupakan temuan Bawaslu dan 13 kasus lainnya laporan': the count
    is one source of cases beside another, next to it in the sentence."""
    own = _source_named_after(doc, ent, sent.end)
    return own is not None and any(
        _source_named_after(doc, q, sent.end) not in (None, own)
        for start, q in quantities.items()
        if sent.start <= start < sent.end and abs(start - ent.start) <= SOURCE_SIBLING_REACH
    )


def _source_named_after(doc: Doc, number: Span, sent_end: int) -> str | None:
    """The source noun right after a number ("4 laporan", "6 kasus temuan"), if any."""
    after = lower_texts(doc)[number.end : min(sent_end, number.end + SOURCE_NOUN_REACH)]
    return next((word for word in after if word in lx.SOURCE_NOUNS), None)


def sources_of_a_count_before(doc: Doc, sent: Span, ent: Span, quantities: dict[int, Span]) -> bool:
    """'Kabupaten A 5 dugaan pelanggaran dari 4 laporan lalu 1 temuan', 'menangani 9 kasus, dua laporan dan tujuh
    temuan': the sources that a larger count just before in the sentence came from ("dari" them, or adding up to
    it), no counts of their own."""
    lower = lower_texts(doc)

    def value(q: Span) -> int:
        norm = get_norm(doc, q)
        return int(norm) if norm.isdigit() else 0

    for start, q in quantities.items():
        if not (sent.start <= start < ent.start and value(q) > value(ent)):
            continue
        if ent.start - q.end <= SOURCE_SIBLING_REACH and "dari" in lower[q.end : ent.start]:
            return True
        sources = [s for k, s in quantities.items() if q.end <= k < sent.end and _source_named_after(doc, s, sent.end)]
        if any(s.start == ent.start for s in sources) and sum(value(s) for s in sources) == value(q):
            return True
    return False


def source_of_persons_counted(doc: Doc, ent: Span, quantities: dict[int, Span]) -> bool:
    """'sembilan PNS dari tiga laporan masyarakat': the reports the ASN just counted came from, no count of their
    own."""
    lower = lower_texts(doc)
    if ent.start < 3 or lower[ent.start - 1] != "dari" or lower[ent.start - 2] not in lx.ASN_NOUNS:
        return False
    q = quantities.get(ent.start - 3)
    return q is not None and q.end == ent.start - 2
