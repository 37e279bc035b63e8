"""Officials named one by one, with no number: "Sekda Kota A, Fulan, siap maju ...", "Camat B, Fulan, dilaporkan ke
Bawaslu". Each is one related candidate, or one civil servant in violation, read only where the article counts none
of them (a count names the same people: "Dua kepala dinas mundur untuk maju. Kepala Dinas C, Fulan, ...")."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import positions_in, token_texts
from analysis.nlp.facts.clauses import clause_tokens_after, clause_tokens_before
from analysis.nlp.facts.dismissal import dismissed
from analysis.nlp.facts.others import about_others
from analysis.nlp.facts.state import Article, Count
from analysis.nlp.named_officials import (
    DATELINE_REACH,
    INITIALS_REACH,
    INITIALS_WORDS,
    NAME_WORDS,
    OFFICIAL_AFTER_A_VIOLATION,
    OFFICIAL_AS_OBJECT_AFTER,
    TITLE_OPENERS,
    VERDICT_VERBS,
    official_named_as_object,
    official_named_by_initials,
    official_named_in_violation,
    official_named_running,
    official_title_end,
)
from analysis.nlp.status import OUTCOME_RANK, status_of

# tokens before a title that opens a sentence: a dateline and its dash, and what was told before ("Seperti
# diberitakan sebelumnya,")
TITLE_OPENING_REACH = DATELINE_REACH + 5


def _opening_with_a_title(article: Article) -> list[Span]:
    """The sentences that may open with an official's title, past a dateline: found from the title words the doc
    holds (few or none), not by asking every sentence."""
    sentences: list[Span] = []
    starts = article.starts
    for i in positions_in(article.lower, TITLE_OPENERS):
        start = starts[max(0, bisect.bisect_right(starts, i) - 1)]
        if start <= i and i - start <= TITLE_OPENING_REACH and (not sentences or sentences[-1].start != start):
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


def _with_an_official_as_object(article: Article) -> list[Span]:
    """The sentences where an official's title follows a verb that may make them its object (or "oknum" after
    one): found from the title words the doc holds."""
    lower, sentences = article.lower, {}
    for i in positions_in(lower, TITLE_OPENERS):
        verb = i - 2 if i > 1 and lower[i - 1] == "oknum" else i - 1
        if verb > 0 and lower[verb] == ",":
            # "menyatakan Fulan, Kepala Seksi ...": a verdict on one named before their title
            verb = next(
                (k for k in range(verb - 1, max(-1, verb - 1 - NAME_WORDS), -1) if lower[k] in VERDICT_VERBS), -1
            )
        if verb >= 0 and lower[verb] in OBJECT_VERBS:
            sent = article.sentence_holding(i)
            sentences.setdefault(sent.start, sent)
    return list(sentences.values())


def _one_kind_of_official(lower: list[str]) -> bool:
    """Whether the officials' titles the text names are all one ("Camat A ... oknum camat"): where it names several
    ("di antaranya Camat A ... Kepala Dinas B"), one named as an object is one of several cases."""
    titles = set()
    for i in positions_in(lower, TITLE_OPENERS):
        end = official_title_end(lower, i, len(lower))
        if end is not None:
            titles.add(tuple(lower[i:end]))
    return len(titles) == 1


def _dismissed_anywhere(words: list[str]) -> bool:
    """The rest of the sentence dismisses the case, however far from the official: "... yang dilakukan oleh kepala
    sekolah, di A itu sekarang kita sudah memutuskan untuk tidak ditindaklanjuti karena tidak memenuhi unsur"."""
    return dismissed(words) or any(
        dismissed(words[i:]) for i, word in enumerate(words) if word in lx.DISMISSING_NEGATIONS
    )


def _named_by_initials(article: Article) -> list[tuple]:
    """The civil servants or officials named by initials in a sentence that says a violation, its handling or a
    sanction ("oknum ASN di Pemkab A berinisial RS direkomendasikan ke KASN"; "camat berinisial AS dan kepala
    puskesmas berinisial NK", two), with the clause before the first title and the rest of the sentence, all of it
    said of them ("oknum ASN berinisial B itu, terbukti melanggar"); none where others are named with them ("Camat
    berinisial C, Kabid ... dan kepala desa")."""
    found, lower, texts = [], article.lower, token_texts(article.doc)
    chained: set[int] = set()
    for i in positions_in(lower, INITIALS_WORDS):
        if i in chained:
            continue  # (one of a chain read from its first)
        sent = article.sentence_holding(i)
        official = official_named_by_initials(lower, texts, i, sent.start)
        if official is None or lx.VIOLATION_OR_SANCTION.isdisjoint(lower[sent.start : sent.end]):
            continue
        chain = _officials_by_initials_joined(lower, texts, i, sent.end)
        if chain is not None:
            chained.update(chain)
            before = clause_tokens_before(article.doc, official[0], sent, reach=10)
            found.append((sent, official, before, list(range(chain[-1] + 2, sent.end)), len(chain)))
    return found


def _officials_by_initials_joined(lower: list[str], texts: list[str], i: int, end: int) -> list[int] | None:
    """The initials words of the officials named one after another from the one at i ("camat berinisial AS dan
    kepala puskesmas berinisial NK"), or None when someone not so named is among them."""
    chain = [i]
    while True:
        join = chain[-1] + 2
        if join >= end or lower[join] not in lx.PERSON_LIST_JOINS:
            return chain
        following = next(
            (k for k in range(join + 1, min(end, join + 2 + INITIALS_REACH)) if lower[k] in INITIALS_WORDS), None
        )
        if following is None or official_named_by_initials(lower, texts, following, join + 1) is None:
            return None if _others_named_after(lower, join) else chain
        chain.append(following)


_OTHER_PERSONS = TITLE_OPENERS | lx.NOT_COUNTED_AS_ASN | {"kades", "asn", "pns", "pejabat", "guru", "pegawai"}
OTHERS_REACH = 3  # tokens after the join where the next person is named: ", Kabid salah satu dinas"


def _others_named_after(lower: list[str], k: int) -> bool:
    """Whether others are named after the one at k ends ("Camat berinisial A, Kabid ... dan kepala desa")."""
    return (
        lower[k : k + 1] != []
        and lower[k] in lx.PERSON_LIST_JOINS
        and not _OTHER_PERSONS.isdisjoint(lower[k + 1 : k + 1 + OTHERS_REACH])
    )


OBJECT_VERBS = OFFICIAL_AS_OBJECT_AFTER | OFFICIAL_AFTER_A_VIOLATION | VERDICT_VERBS
STOPPING = {"menghentikan", "hentikan"}  # "Bawaslu menghentikan penanganan kasus ... terhadap Kepala Kantor A"
OUGHT_WORDS = {"semestinya", "seharusnya", "mestinya", "harusnya", "sepatutnya", "sebaiknya"}


def officials_named_in_violation(article: Article, sentences: list[Span]) -> list[tuple[Count, str]]:
    """One count of one, with its status, for the first sentence of a neutrality story that opens with an official
    named by title and name of whom a violation, its handling or a sanction is said, or names one as the object of
    such a verb ("Bawaslu merekomendasikan Kepala Dinas A, Fulan, ke KASN"): the story's later sentences about them
    tell the same case on."""
    if any(f.fact_type == "violation_count" for f in article.facts):
        return []
    doc, texts, lower = article.doc, token_texts(article.doc), article.lower
    one_kind = _one_kind_of_official(lower)
    found = []
    for sent in sentences:
        official = official_named_in_violation(lower, texts, sent.start, sent.end)
        if official is not None:  # its status: said from the verb on
            found.append((sent, official[:2], [], clause_tokens_after(doc, official[2], sent), 1))
    for sent in _with_an_official_as_object(article) if one_kind else []:
        official = official_named_as_object(lower, texts, sent.start, sent.end)
        if official is not None and lx.WITNESS_WORDS.isdisjoint(lower[official[1] : sent.end]):
            # its status: said by the clause around the title ("merekomendasikan Kadis A ke KASN")
            before = clause_tokens_before(doc, official[0], sent, reach=10)
            # (a verdict's is the rest of the sentence: "menyatakan Fulan, Kepala Seksi A, terbukti melanggar")
            verdict = lower[official[2]] in VERDICT_VERBS
            after = list(range(official[1], sent.end)) if verdict else clause_tokens_after(doc, official[1], sent)
            found.append((sent, official[:2], before, after, 1))
    found += _named_by_initials(article)
    if not found or not article.about_neutrality:  # (the story's words read only where an official is named so)
        return []
    counted: list[tuple[Count, str]] = []
    for sent, (title_start, title_end), before, after, persons in sorted(found, key=lambda item: item[1][0]):
        rest = lower[title_end : sent.end]
        if (
            about_others(sent)
            or rest[:1] in (["dan"], ["serta"])
            or _dismissed_anywhere(rest)
            or not OUGHT_WORDS.isdisjoint(lower[sent.start : title_start])
            or not STOPPING.isdisjoint(lower[sent.start : title_start])
        ):
            # "Camat dan Lurah A": more than one; "... sudah memutuskan untuk tidak ditindaklanjuti"; "semestinya
            # yang memberi sanksi kepada Camat A adalah Bupati": who ought to, not what was done; "menghentikan
            # penanganan kasus ... terhadap Kepala Kantor A": a case stopped
            continue
        ent = Span(doc, title_start, title_end)
        count = Count(
            ent=ent,
            sent=sent,
            value=persons,
            prev_tok="",
            kind="asn",
            noun_end=title_end,
            after=after,
            named_alone=True,
        )
        counted.append((count, status_of(doc, sent, title_start, before, after, article.quantities)))
    if len(counted) > 1 and one_kind:
        # one official told of in several sentences: the first, with the furthest status any of them says
        # ("... mengkaji pelanggaran yang dilakukan oknum camat ..." and later "... membawa rekomendasi ... ke KASN")
        return [(counted[0][0], max((status for _, status in counted), key=lambda s: OUTCOME_RANK.get(s, -1)))]
    return counted[:1]
