"""Officials named one by one, with no number, who stand for office: "Sekda Kota A, Fulan, siap maju ...". Each is
one related candidate, read only where the article counts none of them (a count of the officials who run names
the same people: "Dua kepala dinas mundur untuk maju. Kepala Dinas B, Fulan, ...")."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.nlp.candidacy import official_named_running
from analysis.nlp.doc_data import token_texts
from analysis.nlp.facts.state import Article, Count


def officials_named_running(article: Article) -> list[Count]:
    """One count of one for each sentence that opens with an official named by title and name who runs."""
    if any(f.fact_type == "related_candidates" for f in article.facts):
        return []
    doc, texts, counts = article.doc, token_texts(article.doc), []
    for start in article.starts:
        sent = article.sentence_holding(start)
        title = official_named_running(article.lower, texts, sent.start, sent.end)
        if title is not None:
            ent = Span(doc, *title)
            counts.append(Count(ent=ent, sent=sent, value=1, prev_tok="", kind="running", noun_end=title[1]))
    return counts
