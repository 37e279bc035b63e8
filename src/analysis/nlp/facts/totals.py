"""Totals of every kind of offence that were not counted, and the figures that go on with them: a sentence that
refers back to such a total ("Dari 81 kasus temuan itu, ..."), a figure that names it again ("dari 26
pelanggaran"), and its parts ("Diantaranya 4 laporan dari masyarakat ...")."""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, sentence_of, token_starts
from analysis.nlp.facts.references import demonstrative_after
from analysis.nlp.facts.state import Article, Count
from analysis.nlp.numbers import parse_number

PART_KIND_REACH = 8  # words after "di antaranya" that name the part's kind: "adalah kasus pelanggaran netralitas"
REFERENCE_LEAD_WORDS = 6  # words that open a sentence referring back: "Dari temuan itu", "Dari 81 kasus temuan itu"
REFERENCE_REACH = 3  # sentences back to the total such a sentence refers to


def named_again_after_dari(words: list[str], values: Collection[int]) -> bool:
    """Whether the words name one of the figures again after "dari" ("dari ke 83 perkara", "Dari 147 laporan ini")."""
    return any(
        word == "dari" and any(w[:1].isdigit() and parse_number(w) in values for w in words[i + 1 : i + 3])
        for i, word in enumerate(words)
    )


def refers_back_to_a_total_not_counted(article: Article, n: int) -> bool:
    """Whether sentence n opens referring back ("Dari temuan itu, kasus terbanyak ada di A dengan 12, disusul B
    9"; "Dari ke-83 perkara itu, ...": its figure named again) to a count of the sentences before that was not
    recorded (of every kind of offence), or to a figure there that is no fact at all, where no count was."""
    lower, start = article.lower, article.starts[n]
    since = article.starts[max(0, n - REFERENCE_REACH)]
    totals = {int(get_norm(article.doc, article.quantities[q])) for q in article.not_counted if since <= q < start}
    lead = lower[start : start + REFERENCE_LEAD_WORDS]
    words = lower[start : sentence_of(article.doc, start).end]
    # "X menyebutkan dari ke 83 perkara yang diusut, ...": the total named again after "dari" ("ke 83": no count)
    refers_back = bool(totals) and (
        named_again_after_dari(words, totals)
        or lead[:1] == ["dari"]
        and any(pair in lx.ANAPHORA for pair in pairwise(lead))
    )
    # "... sebanyak 64 berasal dari temuan pengawas. Dari 64 temuan itu, ...": a figure read as no count, named again
    if not refers_back and not (
        "dari" in lead and named_again_after_dari(lead, _figures_not_recorded(article, since, start))
    ):
        return False
    # a headline's count is no count before it: "A Penyumbang Pelanggaran Terbanyak, Totalnya 21 Kasus" tells the list
    since_char = max(token_starts(article.doc)[since], article.title_end)
    until_char = token_starts(article.doc)[start]
    return not any(f.fact_type == "violation_count" and since_char <= f.start_char < until_char for f in article.facts)


def _figures_not_recorded(article: Article, since: int, start: int) -> set[int]:
    """The figures of tokens since..start that no recorded fact holds ("sebanyak 64 berasal dari temuan pengawas":
    a part of a total of every kind, with no noun of its own, read as no count at all)."""
    recorded = {f.value for f in article.facts}
    figures = {get_norm(article.doc, span) for q, span in article.quantities.items() if since <= q < start}
    return {int(norm) for norm in figures if norm.isdigit() and int(norm) not in recorded}


RESTATED_REACH = 2  # sentences back to the count a figure restates
DISTINCT_RESTATED_REACH = 4  # the same, for a distinct figure
DISTINCT_FIGURE = 10  # a figure this large, named again with nothing to say so, names the same count


def restates_a_count_not_counted(article: Article, count: Count) -> bool:
    """Whether the figure refers back ("dari 26 pelanggaran", "Untuk 41 laporan ...", "26 pelanggaran itu") to a
    count a sentence or two before that was not recorded (of every kind of offence), or names it again ("mendapati
    52 dugaan pelanggaran kampanye. ... tercatat 52 dugaan pelanggaran")."""
    ent, lower = count.ent, article.lower
    if (
        count.value < DISTINCT_FIGURE
        and lower[ent.start - 1 : ent.start] not in (["dari"], ["untuk"])
        and not demonstrative_after(lower, count.noun_end, count.sent.end)
    ):
        return False
    n = article.sent_index.get(count.sent.start, 0)
    # (a distinct figure, the same count however it is named, further back: "mendapati 88 kasus pelanggaran ... .
    # [two sentences on the places] "... kami menemukan 88 pelanggaran," kata ...")
    reach = DISTINCT_RESTATED_REACH if count.value >= DISTINCT_FIGURE else RESTATED_REACH
    since, value = article.starts[max(0, n - reach)], str(count.value)
    return any(
        since <= start < count.ent.start and get_norm(article.doc, article.quantities[start]) == value
        for start in article.not_counted
    )


def named_part_of_a_total_not_counted(article: Article, count: Count) -> bool:
    """Whether the figure is a part of such a total, named after it: "9 dari 34 pelanggaran itu merupakan temuan"
    after "menindak 34 kasus pelanggaran" (not recorded: of every kind)."""
    lower, end = article.lower, count.ent.end
    if lower[end : end + 1] != ["dari"] or end + 1 >= count.sent.end:
        return False
    total = parse_number(lower[end + 1])
    # the total named with its figure: anywhere before ("Bawaslu menindak 34 kasus ... . [three paragraphs on]
    # Iwan mengatakan, 9 dari 34 pelanggaran itu ...")
    return total is not None and any(
        start < count.ent.start and parse_number(get_norm(article.doc, article.quantities[start])) == total
        for start in article.not_counted
    )


def part_of_a_total_not_counted(article: Article, sent: Span, ent: Span) -> bool:
    """A part of the sentence's earlier count of cases, which was not recorded (of every kind of offence, of
    other people's), while no count of violations was: a part of those, unless it names neutrality ("721 di
    antaranya adalah kasus pelanggaran netralitas ASN")."""
    own_words = article.lower[ent.end : min(sent.end, ent.end + PART_KIND_REACH + 2)]
    return (
        sent.start not in article.violations
        and any(sent.start <= q < ent.start for q in article.not_counted)
        and lx.NEUTRALITY_CUES.isdisjoint(own_words)
    )


def item_of_a_total_not_counted(article: Article, count: Count) -> bool:
    """Whether the figure is an item of the breakdown of an earlier count, which was not recorded (of every kind of
    offence): the sentence's ("tercatat 52 dugaan pelanggaran yang terdiri atas 39 dugaan pelanggaran dari Bawaslu
    kabupaten/kota"), or one a sentence or three before that the breakdown refers back to ("Laporan itu terdiri
    dari 8 laporan warga, ...")."""
    sent, lower = count.sent, article.lower
    if sent.start in article.violations:
        return False
    if any(
        sent.start <= q < count.ent.start and not lx.BREAKDOWN_OPENERS.isdisjoint(lower[q : count.ent.start])
        for q in article.not_counted
    ):
        return True
    # "... ada sedikitnya 19 laporan. ... Laporan itu terdiri dari 8 laporan warga, 8 temuan ...": referred back to
    opener = next((i for i in range(sent.start + 1, count.ent.start) if lower[i] in lx.BREAKDOWN_OPENERS), None)
    if opener is None or lower[opener - 1] not in ("itu", "tersebut"):
        return False
    since = article.starts[max(0, article.sent_index.get(sent.start, 0) - REFERENCE_REACH)]
    return any(since <= q < sent.start for q in article.not_counted)


def breaks_down_the_total_before_not_counted(article: Article, sent: Span, ent: Span) -> bool:
    """'Ada 10 pelanggaran pada Pemilu 2019 ... . Diantaranya 4 laporan dari masyarakat dan 6 temuan Bawaslu': the
    parts of the count of the sentence before, which was not recorded (of every kind of offence), in a sentence
    that opens saying so and does not name neutrality."""
    lower = article.lower
    opener = lower[sent.start : sent.start + 2]
    if opener[:1] != ["diantaranya"] and opener != ["di", "antaranya"]:
        return False
    before = article.previous_sentence(sent)
    return (
        before is not None
        and any(before.start <= q < before.end for q in article.not_counted)
        and lx.NEUTRALITY_CUES.isdisjoint(lower[sent.start : sent.end])
    )
