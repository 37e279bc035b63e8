"""Officials named one by one, with no number: "Sekda Kota A, Fulan, siap maju ...", "Camat B, Fulan, dilaporkan ke
Bawaslu". Each is one related candidate, or one civil servant in violation, read only where the article counts none
of them (a count names the same people: "Dua kepala dinas mundur untuk maju. Kepala Dinas C, Fulan, ...")."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from analysis.nlp.candidacy import DATELINE_REACH, TITLE_OPENERS, official_named_in_violation, official_named_running
from analysis.nlp.doc_data import positions_in, token_texts
from analysis.nlp.facts.clauses import clause_tokens_after
from analysis.nlp.facts.others import about_others
from analysis.nlp.facts.state import Article, Count
from analysis.nlp.status import status_of


def _opening_with_a_title(article: Article) -> list[Span]:
    """The sentences that may open with an official's title, past a dateline: found from the title words the doc
    holds (few or none), not by asking every sentence."""
    sentences: list[Span] = []
    starts = article.starts
    for i in positions_in(article.lower, TITLE_OPENERS):
        start = starts[max(0, bisect.bisect_right(starts, i) - 1)]
        if start <= i and i - start <= DATELINE_REACH + 1 and (not sentences or sentences[-1].start != start):
            sentences.append(article.sentence_holding(start))
    return sentences


def officials_named(article: Article) -> tuple[list[Count], list[tuple[Count, str]]]:
    """The officials named one by one who run, and the one in violation with its status."""
    sentences = _opening_with_a_title(article)
    return officials_named_running(article, sentences), officials_named_in_violation(article, sentences)


def officials_named_running(article: Article, sentences: list[Span]) -> list[Count]:
    """One count of one for each sentence that opens with an official named by title and name who runs."""
    if any(f.fact_type == "related_candidates" for f in article.facts):
        return []
    doc, texts, counts = article.doc, token_texts(article.doc), []
    for sent in sentences:
        title = official_named_running(article.lower, texts, sent.start, sent.end)
        if title is not None:
            counts.append(
                Count(ent=Span(doc, *title), sent=sent, value=1, prev_tok="", kind="running", noun_end=title[1])
            )
    return counts


def officials_named_in_violation(article: Article, sentences: list[Span]) -> list[tuple[Count, str]]:
    """One count of one, with its status, for the first sentence of a neutrality story that opens with an official
    named by title and name of whom a violation, its handling or a sanction is said (the story's later sentences
    about them tell the same case on)."""
    if not sentences or any(f.fact_type == "violation_count" for f in article.facts) or not article.about_neutrality:
        return []
    doc, texts = article.doc, token_texts(article.doc)
    for sent in sentences:
        official = official_named_in_violation(article.lower, texts, sent.start, sent.end)
        if official is None or about_others(sent):
            continue
        title_start, title_end, verb = official
        after = clause_tokens_after(doc, verb, sent)
        ent = Span(doc, title_start, title_end)
        count = Count(ent=ent, sent=sent, value=1, prev_tok="", kind="asn", noun_end=title_end, after=after)
        return [(count, status_of(doc, sent, title_start, [], after, article.quantities))]
    return []
