"""Totals of every kind of offence that hold the neutrality cases as one part: said by their breakdown ("yakni satu
politik uang dan dua netralitas ASN"), by the part that follows ("721 di antaranya netralitas ASN"), or by a rank
("didominasi kasus netralitas ASN"). Such a total is no neutrality count; its neutrality part is."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, opening_word, sentence_of, span_text, token_starts
from analysis.nlp.facts.others import (
    ASN_DOER_REACH,
    holds_other_kind_as_word,
    holds_other_kind_or_people_as_word,
    holds_other_kind_or_topic,
    involves_asn,
    names_other_offences,
)
from analysis.nlp.facts.references import DEMONSTRATIVES
from analysis.nlp.facts.state import Article
from analysis.nlp.facts.totals import PART_KIND_REACH, RESTATED_REACH, named_again_after_dari
from analysis.nlp.numbers import YEAR_WRITTEN, opens_a_number, parse_number

BREAKDOWN_REACH = 20  # words after a count where its breakdown may name its kinds


OPENER_REACH = 8  # words from the counted noun to its breakdown: "23 pelanggaran yang diproses Bawaslu meliputi"
CONSISTING_REACH = 14  # the same, to "terdiri (dari)": "... yang ditangani Bawaslu Kabupaten Kepulauan A terdiri"


PART_MARKERS = {"antaranya", "diantaranya"}
# words from the counted noun to "di antaranya": "kasus netralitas yang tercatat sepanjang tahun lalu, 4 di antaranya"
PART_MARKER_REACH = 12


def total_of_a_neutrality_part(after: list[str]) -> bool:
    """'dari 3.567 pelanggaran, 721 di antaranya adalah kasus pelanggaran netralitas ASN', '406 kasus, dan dari
    jumlah tersebut, 176 kasus netralitas ASN', '1.400 kejadian, yang khusus netralitas ASN 650': a total of which
    the neutrality cases are a part counts every kind; the part is the neutrality count."""
    marker = next((i for i, word in enumerate(after[:PART_MARKER_REACH]) if word in PART_MARKERS), None)
    # "atas 1.400 kejadian pelanggaran, yang khusus netralitas ASN kira-kira 650": the neutrality ones said apart
    # (", khusus netralitas ASN sekitar 650 kasus": the same, after a comma)
    special = next(
        (
            i + 2
            for i, pair in enumerate(pairwise(after[:OPENER_REACH]))
            if pair in (("yang", "khusus"), (",", "khusus"))
        ),
        None,
    )
    if special is not None and lx.NEUTRALITY_CUES.isdisjoint(after[:special]):
        return not lx.NEUTRALITY_WORDS.isdisjoint(after[special : special + PART_KIND_REACH])
    # "empat laporan ke Bawaslu A, salah satu laporannya mengenai ketidaknetralan ASN": one of them the ASN's
    one_of = next(
        (
            i + 3
            for i in range(min(len(after) - 2, OPENER_REACH + 1))
            if after[i : i + 2] == [",", "salah"] and after[i + 2] in ("satu", "satunya")
        ),
        None,
    )
    if one_of is not None and lx.NEUTRALITY_CUES.isdisjoint(after[:one_of]):
        return not lx.NEUTRALITY_WORDS.isdisjoint(after[one_of : one_of + PART_KIND_REACH])
    if marker is None:
        marker = next(  # (or "16 perkara terdapat 3 pelanggaran netralitas ASN": the part right after the total)
            (i + 2 for i, pair in enumerate(pairwise(after[:OPENER_REACH])) if pair == ("dari", "jumlah")),
            0 if after[:1] == ["terdapat"] else None,
        )
        if marker is None or not _a_figure(after[marker + 1 : marker + 1 + FIGURE_AFTER_REFERENCE]):
            return False
    elif not _a_figure(after[:marker]):  # the part's figure, before "di antaranya"
        # "Ada 24 laporan, baik laporan, temuan ..., di antaranya soal keterlibatan ASN": the ASN's, with no figure
        # of their own, among a total of every kind
        total, part = after[:marker], after[marker + 1 : marker + 1 + PART_KIND_REACH]
        if total in ([], ["di"]):
            return False  # "empat di antaranya melibatkan ASN": the count is the part
        return lx.NEUTRALITY_CUES.isdisjoint(total) and not lx.ASN_NOUNS.isdisjoint(part)
    total, part = after[:marker], after[marker + 1 : marker + 1 + PART_KIND_REACH]
    if lx.NEUTRALITY_CUES.isdisjoint(total) and not lx.NEUTRALITY_WORDS.isdisjoint(part):
        return True
    # "15 kasus netralitas tahun ini, 4 di antaranya oleh ASN": everyone's cases, of which ASN's are a part
    return lx.ASN_NOUNS.isdisjoint(total) and not lx.ASN_NOUNS.isdisjoint(part)


PART_FIGURE_OPENERS = {"sebanyak", "ada", "terdapat"}  # before a part's figure: "Dari 14 kasus, sebanyak 4 kasus"


def total_split_past_a_comma(lower: list[str], start: int, noun_end: int, sent_end: int) -> bool:
    """'Dari 14 kasus, sebanyak 4 kasus adalah pelanggaran netralitas ...', 'Dari 14 kasus yang kami tangani, 4
    kasus melibatkan ASN': a total opened by "dari" that names no neutrality, split past a comma by a part's figure
    the neutrality or the ASN are said of, is of every kind (as with "di antaranya")."""
    if lower[start - 1 : start] != ["dari"]:
        return False
    words = lower[noun_end:sent_end]
    comma = next((i for i, word in enumerate(words[:PART_MARKER_REACH]) if word == ","), None)
    if comma is None or not lx.NEUTRALITY_CUES.isdisjoint(words[:comma]):
        return False
    # (or a later item of the parts listed: "Dari 41 laporan yang masuk, 9 perkara diregister, 1 perkara diteruskan
    # ke BKN terkait netralitas ASN")
    for part in _items(words[comma + 1 :]):
        if part[:1] and part[0] in PART_FIGURE_OPENERS:
            part = part[1:]
        if not _a_figure(part[:1]):
            return False
        if not lx.NEUTRALITY_CUES.isdisjoint(part[1 : 1 + PART_KIND_REACH]):
            return True
    return False


def _items(words: list[str]) -> Iterator[list[str]]:
    """The items of a list, split at its commas (and the "dan" that opens its last)."""
    start = 0
    for k, word in enumerate([*words, ","]):
        if word == ",":
            item = words[start:k]
            yield item[1:] if item[:1] in (["dan"], ["serta"]) else item
            start = k + 1


PART_BEFORE_TOTAL_REACH = 3  # tokens back from "dari" to the part's figure: "96 kasus dari 214 kasus"


def total_after_a_neutrality_part(lower: list[str], start: int, clause_before: list[str], after: list[str]) -> bool:
    """'netralitas ASN paling mendominasi dengan jumlah 96 kasus dari 214 kasus yang ditangani': a total after a part
    ("N ... dari M"), the neutrality said of the part before it and none of its own, is of every kind."""
    if lower[start - 1 : start] != ["dari"]:
        return False
    if not any(opens_a_number(word) for word in lower[max(0, start - 1 - PART_BEFORE_TOTAL_REACH) : start - 1]):
        return False
    return not lx.NEUTRALITY_CUES.isdisjoint(clause_before) and lx.NEUTRALITY_CUES.isdisjoint(after[:OPENER_REACH])


FIGURE_AFTER_REFERENCE = 3  # words from "dari jumlah tersebut" to the part's figure


def _a_figure(words: list[str]) -> bool:
    return any(word[:1].isdigit() or parse_number(word) is not None for word in words)


# Words by which the next sentence says which kind of cases most of a total were: "paling banyak berupa kasus ASN"
MOSTLY_WORDS = {"didominasi", "mayoritas", "terbanyak", "kebanyakan", "sebagian"}
MOSTLY_REACH = 6  # words from the next sentence's start: "Pelanggaran tersebut paling banyak berupa ..."


JOINED_KIND_REACH = 4  # words after "dan" that name the kind joined: "dan pengrusakan Alat Peraga Kampanye"
# words before it from the neutrality named: "netralitas Aparatur Sipil Negara (ASN) dan"
NEUTRALITY_BEFORE_JOIN = 7
DAMAGE_WORDS = {"perusakan", "pengrusakan", "merusak"}  # of campaign props: an offence of its own


def joined_with_another_kind(after_noun: list[str]) -> bool:
    """'delapan laporan terkait netralitas ASN dan pengrusakan Alat Peraga Kampanye': the count's own words join
    another kind of offence to the neutrality of ASN: a total of both."""
    for k, word in enumerate(after_noun[: OPENER_REACH + JOINED_KIND_REACH]):
        if word not in ("dan", "serta", "maupun"):
            continue
        if lx.NEUTRALITY_CUES.isdisjoint(after_noun[max(0, k - NEUTRALITY_BEFORE_JOIN) : k]):
            continue
        joined = after_noun[k + 1 : k + 1 + JOINED_KIND_REACH]
        if after_noun[k - 1 : k] == [","] or any(opens_a_number(w) for w in joined):
            continue  # "empat pelanggaran netralitas ASN, dan dua pelanggaran hukum lainnya": another count
        # (other people joined, "ASN dan perangkat desa", are counted as the annotators do, elsewhere)
        if not DAMAGE_WORDS.isdisjoint(joined) or holds_other_kind_or_topic(f" {' '.join(joined)} "):
            return True
    return False


def mostly_of_a_kind(after_noun: list[str]) -> bool:
    """'Delapan laporan itu sebagian besar terkait netralitas ASN', 'dari 31 pelanggaran Pilkada itu didominasi
    kasus netralitas ASN', 'Bawaslu Tangani 874 Pelanggaran, Sebagian Besar Pelanggaran Netralitas ASN': a total said
    to be mostly of one kind is of every kind."""
    words = after_noun[1:] if after_noun[:1] == [","] else after_noun
    while words and (words[0] in lx.ELECTION_OFFENCE_WORDS or YEAR_WRITTEN.fullmatch(words[0])):
        words = words[1:]  # "dari 31 pelanggaran Pilkada 2024 itu didominasi kasus netralitas ASN"
    words = words[1:] if words[:1] and words[0] in DEMONSTRATIVES else words
    if words[1:2] == ["di"] and words[2:3] != ["antaranya"]:
        return False  # "21 kasus terbanyak di Kabupaten A": the most of the places, there
    return bool(words) and words[0] in MOSTLY_WORDS or words[:2] == ["paling", "banyak"]


TOP_RANK_REACH = 4  # words from the neutrality word to its rank: "netralitas ASN berada di urutan teratas"
RANKED_KIND_REACH = 4  # words from the rank to the kind it ranks first: "yang tertinggi berkaitan dengan ASN"


def neutrality_ranked_first(words: list[str]) -> bool:
    """'87 pelanggaran yang berasal dari temuan 58 kasus dan laporan 29 kasus, dan kasus netralitas ASN teratas',
    'sebanyak 412 dan yang tertinggi berkaitan dengan ASN': words from a count on that name no neutrality, then a
    clause of its own that ranks the neutrality cases first among the kinds (the count, and its parts, are of every
    kind)."""
    for k, word in enumerate(words):
        if word in lx.NEUTRALITY_CUES:
            rank = words[k + 1 : k + 1 + TOP_RANK_REACH]
            if lx.TOP_RANK_WORDS.isdisjoint(rank) and lx.TOP_RANK_PAIRS.isdisjoint(pairwise(rank)):
                continue
        elif word not in lx.TOP_RANK_WORDS or lx.NEUTRALITY_CUES.isdisjoint(words[k + 1 : k + 1 + RANKED_KIND_REACH]):
            continue  # (the rank first: "sebanyak 412 dan yang tertinggi berkaitan dengan ASN")
        opener = next((j for j in range(k - 1, max(-1, k - 1 - TOP_RANK_REACH), -1) if words[j] in ("dan", ",")), None)
        if opener is not None and lx.NEUTRALITY_CUES.isdisjoint(words[:opener]):
            return True
    return False


FOLLOWED_BY_WORDS = {"disusul", "diikuti", "menyusul"}  # the next in a ranking: "..., disusul pelanggaran netralitas"
FOLLOWING_KIND_REACH = 3  # words from "disusul" to the neutrality it ranks next: "disusul oleh pelanggaran netralitas"


def neutrality_ranked_after_another(words: list[str]) -> bool:
    """'dari 1.350 kasus pelanggaran, jumlah pelanggaran etika menempati urutan tertinggi, disusul pelanggaran
    netralitas': words from a count on that name no neutrality, then, past a comma, a ranking whose next kind is
    neutrality (the count is of every kind)."""
    for k, word in enumerate(words):
        if word in lx.NEUTRALITY_CUES:
            return False  # neutrality named before any ranking: the count may be of it
        if word in FOLLOWED_BY_WORDS and "," in words[:k]:
            return not lx.NEUTRALITY_CUES.isdisjoint(words[k + 1 : k + 1 + FOLLOWING_KIND_REACH])
    return False


PART_LEAD_FILLERS = {"dan", "serta", "sebanyak", "sedangkan"}
OFFENCES_OF_ANY_KIND = {"pelanggaran", "perkara"}
TOTAL_NOUNS = {"angka", "jumlah", "total"}


PART_OPENER_REACH = 6  # words to a part's "di antaranya": "Dari jumlah itu, tujuh di antaranya"


def total_before_a_neutrality_part(article: Article, sent: Span, value: int) -> bool:
    """'... menangani 14 pelanggaran. Di antaranya, pelanggaran netralitas oleh 5 pegawai ASN', 'Total pelanggaran
    ... sebanyak 23 kasus. Ada 2 laporan dugaan pelanggaran netralitas ASN ...': a count of cases in a sentence
    that names no neutrality, whose next sentence opens with its neutrality part, counts fewer neutrality cases or
    breaks it down into other kinds, counts every kind."""
    lower = article.lower
    n = article.sent_index.get(sent.start, 0)
    if n + 1 >= len(article.starts):
        return False
    if not lx.NEUTRALITY_CUES.isdisjoint(lower[sent.start : sent.end]):
        # "menerima 186 pengaduan terkait ASN. Yang berkaitan dengan netralitas ASN mencapai 22 laporan": the ASN's
        # complaints of every kind, their neutrality ones said apart
        return lx.NEUTRALITY_WORDS.isdisjoint(lower[sent.start : sent.end]) and _neutrality_ones_apart(
            article, n, value
        )
    if _named_again_with_other_kinds(article, n, value):
        return True
    following = sentence_of(article.doc, article.starts[n + 1])
    words = [w for w in lower[following.start : following.end] if w.isalpha()]
    while words[:1] and words[0] in PART_LEAD_FILLERS:
        words = words[1:]  # "Dan 37 diantaranya ...", "Sebanyak 37 di antaranya ..."
    if words[:1] and words[0] in TOTAL_NOUNS and words[1:2] and words[1] in DEMONSTRATIVES:
        words = words[2:]  # "Angka itu terdiri atas ...": the total named again before its breakdown
    if words[:1] and words[0] in lx.BREAKDOWN_OPENERS and _names_other_kinds(following):
        return True  # "... total 947 pelanggaran. Rinciannya, 161 pelanggaran administrasi, ...": every kind
    part = next((k for k, word in enumerate(words[:PART_OPENER_REACH]) if word in ("diantaranya", "antaranya")), None)
    if part is not None and involves_asn(words[part + 1 : part + 1 + ASN_DOER_REACH]):
        return True  # "... 12 dugaan pelanggaran. Dari jumlah itu, tujuh di antaranya dilakukan PNS": every kind
    if lx.NEUTRALITY_WORDS.isdisjoint(words):
        return False
    opens = words[:1] == ["diantaranya"] or words[:2] == ["di", "antaranya"]
    if opens:
        return not lx.NEUTRALITY_WORDS.isdisjoint(words[: PART_KIND_REACH + 2])
    lead = words[:MOSTLY_REACH]
    if not MOSTLY_WORDS.isdisjoint(lead) or ("paling", "banyak") in set(pairwise(lead)):
        return True  # "... sudah menembus 143 kasus. Pelanggaran tersebut paling banyak berupa kasus ASN ..."
    in_headline = token_starts(article.doc)[sent.start] < article.title_end  # "Bawaslu A Tangani Sembilan Kasus"
    # violations or cases of no kind named ("Total pelanggaran ...", "perkara yang ditangani ..."), not "31
    # rekomendasi kepada KASN"
    if not in_headline and OFFENCES_OF_ANY_KIND.isdisjoint(lower[sent.start : sent.end]):
        return False
    # the breakdown of such a total ("210 kasus, terdiri atas temuan 150 kasus dan laporan 60 kasus") is of every kind
    total = max([value, *(figure for _, figure in _figures_of(article, sent))])
    return any(figure < total for _, figure in _figures_of(article, following))


_ITEM_ENDS = {",", ";", "dan", "serta"}  # between the items of a breakdown: "..., pelibatan PNS 41, ... dan ..."


def item_of_a_breakdown_of_kinds(article: Article, sent: Span, start: int) -> bool:
    """'Rinciannya pelanggaran administrasi 219, ..., pelibatan PNS 41, ... serta lain-lain sebanyak 10 kejadian':
    a figure in a sentence that breaks a total down into kinds (after an opener, or as a list of figured items),
    its own item naming no ASN nor neutrality, is another kind's."""
    lower = article.lower
    if opening_word(lower, sent.start) in lx.BREAKDOWN_OPENERS:
        if not _names_other_kinds(sent):
            return False
    elif not _lists_kinds_with_figures(article, sent):
        return False
    item_end = next((k for k in range(start + 1, sent.end) if lower[k] in _ITEM_ENDS), sent.end)
    return lx.NEUTRALITY_CUES.isdisjoint(lower[_item_start(lower, sent, start) : item_end])


def _item_start(lower: list[str], sent: Span, start: int) -> int:
    """Where the item of a list that holds the figure at start opens."""
    return next((k + 1 for k in range(start - 1, sent.start - 1, -1) if lower[k] in _ITEM_ENDS), sent.start)


_LIST_ITEM_ENDS = _ITEM_ENDS | {"hingga", "."}  # "... fasilitas negara 19 kasus hingga ... 12 kasus."
FIGURED_ITEMS = 3  # items, each its figure and noun, that make a list of kinds without an opener


def _lists_kinds_with_figures(article: Article, sent: Span) -> bool:
    """'politik uang 73 kasus, netralitas ASN 58 kasus, penggunaan fasilitas negara 19 kasus dan ... 12 kasus': the
    sentence lists items, each closed by its figure and the noun of cases (not "5 kasus diproses, 3 dihentikan"),
    one of them the neutrality cases and another another kind's."""
    lower = article.lower
    items, item_start = [], None
    for start, span in sorted(article.quantities.items()):
        if sent.start <= start < sent.end and span.end + 1 <= sent.end and lower[span.end] in lx.CASE_NOUNS:
            after = span.end + 1
            if lower[after : after + 1] == [")"] and start > sent.start and lower[start - 1] == "(":
                after += 1  # "dinyatakan bukan pelanggaran (17 perkara), ...": the item's figure in brackets
            if after == sent.end or lower[after] in _LIST_ITEM_ENDS:
                if item_start is None:
                    item_start = _item_start(lower, sent, start)
                items.append(lower[item_start:start])
                item_start = after
    return (
        len(items) >= FIGURED_ITEMS
        and any(not lx.NEUTRALITY_CUES.isdisjoint(item) for item in items)
        and any(holds_other_kind_as_word(f" {' '.join(item)} ") for item in items)
    )


_APART_LEADS = {("yang", "berkaitan"), ("yang", "terkait"), ("yang", "menyangkut"), ("yang", "khusus"), ("khusus",)}
_APART_OPENERS = {lead[0] for lead in _APART_LEADS}
APART_REACH = 4  # words from such a lead to the neutrality it names: "Yang berkaitan dengan netralitas"


def _neutrality_ones_apart(article: Article, n: int, value: int) -> bool:
    """The sentence after the n-th opens with the neutrality ones of a larger count ("Yang berkaitan dengan
    netralitas ASN mencapai 22 laporan", "Khusus netralitas, ada 9")."""
    start = article.starts[n + 1]
    if opening_word(article.lower, start) not in _APART_OPENERS:
        return False  # (most sentences: no need to read on)
    following = sentence_of(article.doc, start)
    words = [w for w in article.lower[following.start : following.end] if w.isalpha()]
    lead = next((lead for lead in _APART_LEADS if tuple(words[: len(lead)]) == lead), None)
    if lead is None or lx.NEUTRALITY_WORDS.isdisjoint(words[len(lead) : len(lead) + APART_REACH]):
        return False
    return any(figure < value for _, figure in _figures_of(article, following))


def _figures_of(article: Article, sent: Span) -> Iterable[tuple[int, int]]:
    """The whole-number quantities of a sentence: (start, value)."""
    for start, span in article.quantities.items():
        if sent.start <= start < sent.end and (norm := get_norm(article.doc, span)).isdigit():
            yield start, int(norm)


def _named_again_with_other_kinds(article: Article, n: int, value: int) -> bool:
    """'terdapat 147 perkara ... . Dari 147 laporan ini, 51 pelanggaran administrasi ...': the count named again
    after "dari", a sentence or two on, and broken down into other kinds of offence."""
    for start in article.starts[n + 1 : n + 1 + RESTATED_REACH]:
        following = sentence_of(article.doc, start)
        if named_again_after_dari(article.lower[following.start : following.end], (value,)):
            return _names_other_kinds(following)
    return False


def _names_other_kinds(sent: Span) -> bool:
    """Other offences, or other kinds of violation, named: "pelanggaran kode etik, pelanggaran administrasi ..."."""
    return holds_other_kind_as_word(f" {span_text(sent).lower()} ") or names_other_offences(sent)


_OPENERS_OR_PART_MARKERS = lx.BREAKDOWN_OPENERS | PART_MARKERS


ABOUT_WORDS = lx.TOPIC_WORDS | {"menyangkut"}  # what counted cases are about, said after a comma
MOSTLY_LEADS = {"sebagian", "besar", "mayoritas", "kebanyakan", "umumnya", "rata-rata"}


def mixed_total(after: list[str]) -> bool:
    """'tiga pelanggaran, yakni satu dugaan politik uang dan dua pelanggaran netralitas ASN', '23 pelanggaran yang
    diproses Bawaslu se-Riau meliputi dugaan pelanggaran netralitas ASN, administrasi ...': a count whose
    breakdown names another kind of offence, or other people's ("netralitas aparat desa dua kasus"), counts all
    kinds; its neutrality part is a count of its own. So does a count whose part ("lima kasus memenuhi unsur ...
    diantaranya dua ASN dan tiga kepala desa") names them, or that says it includes them ("39 temuan dan/atau
    laporan dugaan pelanggaran, termasuk keterlibatan ASN")."""
    including = next((k for k, word in enumerate(after[:OPENER_REACH]) if word == "termasuk"), None)
    if including is not None and lx.NEUTRALITY_CUES.isdisjoint(after[:including]):
        return not lx.NEUTRALITY_CUES.isdisjoint(after[including + 1 : including + 1 + PART_KIND_REACH])
    if after[:1] == [","] and after[1:2] and after[1][:1].isdigit():
        # "15 pelanggaran, 12 ASN dan 3 TNI": the parts right after a comma
        return holds_other_kind_or_people_as_word(f" {' '.join(after[1 : 1 + PART_KIND_REACH])} ")
    about = _what_they_are_about(after)
    if about is None:
        # "dua kasus dugaan pelanggaran yang masih ditangani itu berkaitan dengan dugaan tindak pidana dan dugaan
        # netralitas ASN": what they are about, said after their relative clause
        about = next(
            (
                k + 2
                for k in range(min(len(after) - 1, ABOUT_PHRASE_REACH))
                if (after[k], after[k + 1]) in ABOUT_PHRASES and not any(w[:1].isdigit() for w in after[:k])
            ),
            None,
        )
    if about is not None:
        # (other kinds of offence, not other people's neutrality: "600 pelanggaran, terkait netralitas ASN dan oknum
        # TNI/Polri" counts the neutrality cases, as the annotators read it)
        # ("terkait perusakan alat peraga kampanye, netralitas ASN, dan ...": damage to campaign props, a kind too)
        listed = after[about : about + BREAKDOWN_REACH]
        return holds_other_kind_as_word(f" {' '.join(listed)} ") or not DAMAGE_WORDS.isdisjoint(listed)
    return breakdown_names_others(after)


# What cases are said to be about, or to range over ("17 laporan dan temuan baik itu politik uang hingga netralitas
# ASN"), past their relative clause
ABOUT_PHRASES = {("berkaitan", "dengan"), ("terkait", "dengan"), ("berhubungan", "dengan"), ("baik", "itu")}
ABOUT_PHRASE_REACH = 14  # words from the counted noun to what they are about, past a relative clause


def _what_they_are_about(after: list[str]) -> int | None:
    """Where the list of what the counted cases are about starts, after a comma ("14 laporan, menyangkut politik
    uang, netralitas ASN, ...", "19 laporan yang diterima, sebagian besar menyangkut ..."); None when none is said."""
    comma = next((i for i, word in enumerate(after[:OPENER_REACH]) if word == ","), None)
    if comma is None:
        return None
    k = comma + 1
    while k < len(after) and after[k] in MOSTLY_LEADS:
        k += 1  # "sebagian besar menyangkut": what most of them are about names the kinds too
    return k + 1 if k < len(after) and after[k] in ABOUT_WORDS else None


def breakdown_names_others(after: list[str]) -> bool:
    """The breakdown that opens after a count ("yakni", "meliputi", "dengan rincian") names other kinds or people."""
    opens = next(
        (
            i
            for i, word in enumerate(after[:OPENER_REACH])
            if word in _OPENERS_OR_PART_MARKERS or word == "lain" and after[i - 1 : i] == ["antara"]
        ),
        None,
    )  # (or "antara lain": "Tiga temuan Panwaslu, urai Fulan, antara lain keterlibatan kepala desa, ...")
    if opens is None and "terdiri" in after[OPENER_REACH:CONSISTING_REACH]:
        # "35 kasus dugaan pelanggaran yang ditangani Bawaslu Kabupaten Kepulauan A terdiri dari ...": past who
        # handled them, where, the one opener that says nothing else
        opens = after.index("terdiri", OPENER_REACH)
    if opens is None or any(word[:1].isdigit() for word in after[:opens]):
        return False
    if after[opens] in PART_MARKERS and after[:opens] in ([], ["di"]):
        return False  # "empat di antaranya melibatkan ASN, sedangkan dua ... kepala desa": the count is the part
    text = f" {' '.join(after[opens + 1 : opens + 1 + BREAKDOWN_REACH])} "
    return holds_other_kind_or_people_as_word(text)
