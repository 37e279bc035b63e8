"""Where a fact's region came from, like ACLED's geo_precision: how directly the text places the figure.

Read from the analysed article after extraction, from the fact's span and region and the article's region
mentions (so the extraction rules need not carry it), in this order:

- `sentence`: the sentence stating the figure names the region (a dateline at its start aside);
- `list_heading`: the figure is an item under a heading that names the region: the nearest sentence before it
  that names the region, at most LIST_GAP sentences back, is a short line of its own without a figure
  (`Kabupaten Bogor:`);
- `dateline`: the region is named only in the article's dateline (`SERPONG -`);
- `article`: the article's region, named elsewhere in it;
- empty for a national figure (no region).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp.doc_data import doc_text, ents_labelled, sentence_at, sentence_of
from analysis.nlp.profile import is_dateline_mention

LIST_GAP = 3  # sentences between a heading and the items it names the region of
HEADING_MAX_TOKENS = 12  # a heading is short: "Rincian di Kabupaten Bogor:"

Mention = tuple[int, int, str, bool]  # (start_char, end_char, code, explicit), as the article profile gives them


def _names(doc: Doc, sent: Span, mentions: list[Mention], code: str) -> bool:
    return any(
        sent.start_char <= m[0] < sent.end_char and m[2] == code and not is_dateline_mention(doc, m[0], m[1])
        for m in mentions
    )


def _is_heading(doc: Doc, sent: Span) -> bool:
    """A short line of its own, without a figure: 'Kabupaten Bogor:' or 'Di Kota Depok'."""
    text = doc_text(doc)
    on_own_line = sent.start_char == 0 or text[sent.start_char - 1] == "\n"
    has_figure = any(sent.start <= q.start < sent.end for q in ents_labelled(doc, "QUANTITY"))
    ends_line = (
        text[sent.end_char : sent.end_char + 1] in ("", "\n")
        or text[sent.start_char : sent.end_char].rstrip()[-1:] == ":"
    )
    return on_own_line and ends_line and not has_figure and len(sent) <= HEADING_MAX_TOKENS


def region_source(doc: Doc, mentions: list[Mention], region_code: str, start_char: int) -> str:
    """`sentence`, `list_heading`, `dateline` or `article` for a figure at `start_char` placed in `region_code`;
    "" when it has no region."""
    if not region_code:
        return ""
    sent = sentence_at(doc, start_char)
    if sent is not None and _names(doc, sent, mentions, region_code):
        return "sentence"
    if sent is not None:
        for _ in range(LIST_GAP):
            if sent.start == 0:
                break
            sent = sentence_of(doc, sent.start - 1)
            if _names(doc, sent, mentions, region_code):
                return "list_heading" if _is_heading(doc, sent) else "article"
    of_region = [m for m in mentions if m[2] == region_code]
    if of_region and all(is_dateline_mention(doc, m[0], m[1]) for m in of_region):
        return "dateline"
    return "article"
