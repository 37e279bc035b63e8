"""When a count happened: the election its sentence names, else the article's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp.article_election import cited_as_past, is_generic_mention, last_held_year, year_from_calendar
from analysis.nlp.doc_data import ents_labelled, get_norm
from analysis.nlp.facts.state import ELECTIONS_IN


def elections_in(doc: Doc, sent: Span) -> tuple[list, list]:
    """The election mentions in this sentence, and those of them that name an event, not a body or a category
    (`is_generic_mention`): once per sentence, each of its counts asks."""
    found = doc.user_data.setdefault(ELECTIONS_IN, {})
    mentions = found.get(sent.start)
    if mentions is None:
        named = [e for e in ents_labelled(doc, "ELECTION") if sent.start <= e.start < sent.end]
        mentions = found[sent.start] = (named, [e for e in named if not is_generic_mention(doc, e)])
    return mentions


def names_election(doc: Doc, sent: Span) -> bool:
    """Whether the sentence names any election, a body's or a category's name included."""
    return bool(elections_in(doc, sent)[0])


PEMILU_PARTS = {"pileg", "pilpres"}


def sentence_election(
    doc: Doc, sent: Span, anchor: int, article_type: str, article_year: int | None, published: str
) -> tuple[str, int | None]:
    """(type, year) of the election a count at `anchor` is of: the nearest the sentence names as an event, else
    the article's."""
    mentions = elections_in(doc, sent)[1]
    if not mentions:
        return article_type, article_year
    # (one mention, most sentences: the nearest without measuring)
    nearest = mentions[0] if len(mentions) == 1 else min(mentions, key=lambda e: abs(e.start_char - anchor))
    etype, _, year = get_norm(doc, nearest).partition("-")
    if etype in PEMILU_PARTS and PEMILU_PARTS <= {get_norm(doc, e).partition("-")[0] for e in mentions}:
        etype = "pemilu"  # "pada Pileg dan Pilpres kemarin": both parts named, the Pemilu
    if year:
        return etype, int(year)
    if cited_as_past(doc, nearest):
        # "Berkaca pada Pemilu baru-baru ini ada 10 ASN ...": the one last held
        return etype, last_held_year(etype, published)
    if etype == article_type or (etype == "pemilu" and article_type in ("pileg", "pilpres")):
        return article_type, article_year
    return etype, year_from_calendar(etype, published)
