"""Counts of other things than ASN neutrality violations: of other offences, of other people (village heads,
soldiers), or outside any talk of neutrality (another source of the same total: `sources`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import ahocorasick_rs
from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, lower_texts, positions_in, sentence_of, span_text
from analysis.nlp.facts.clauses import is_partitive
from analysis.nlp.facts.state import ABOUT_OTHERS, Article, Count
from analysis.nlp.facts.totals import (
    DISTINCT_FIGURE,
    item_of_a_total_not_counted,
    named_part_of_a_total_not_counted,
    refers_back_to_a_total_not_counted,
    restates_a_count_not_counted,
)
from analysis.nlp.named_officials import rest_after_one_named, the_others_of_the_named
from analysis.nlp.numbers import CLAUSE_END_MARKS, counted_before_clause_ends

_INVOLVING_ASN = re.compile(r"\b(melibatkan|dilakukan oleh|dilakukan|oleh) (oknum )?(asn|pns|aparatur sipil)\b")


def _holds_one_of(strings: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds one of the strings: one Aho-Corasick pass, where `any(s in text ...)` tried
    the tens of strings one by one (each number asks several of these)."""
    automaton = ahocorasick_rs.AhoCorasick(sorted(strings), implementation=ahocorasick_rs.Implementation.DFA)
    return lambda text: bool(automaton.find_matches_as_indexes(text))


# The lexicon's word sets as the checks below use them, made once rather than on every number
_holds_other_actor = _holds_one_of(lx.OTHER_ACTORS)
holds_other_kind_or_topic = _holds_one_of(lx.OTHER_VIOLATION_KINDS | lx.OTHER_TOPIC_CUES)
_holds_other_topic_or_actor = _holds_one_of(lx.OTHER_TOPIC_CUES | lx.OTHER_ACTORS)
_holds_asn_or_neutrality = _holds_one_of(("netral", "asn", "pns", "aparatur sipil", "pegawai negeri"))
_OTHER_ACTORS_AS_WORDS = {f" {actor} " for actor in lx.OTHER_ACTORS}
_holds_other_actor_as_word = _holds_one_of(_OTHER_ACTORS_AS_WORDS)
_ASN_NOUNS_BUT_APARATUR = lx.ASN_NOUNS - {"aparatur"}
_OTHER_ACTORS_NAMED = re.compile(
    r"(?<= )(?:" + "|".join(sorted(map(re.escape, lx.OTHER_ACTORS), key=len, reverse=True)) + r")(?= )"
)
holds_other_kind_as_word = _holds_one_of(f" {kind} " for kind in lx.OTHER_VIOLATION_KINDS - {"lainnya"})
_holds_other_offender_as_word = _holds_one_of(f" {party} " for party in lx.OTHER_OFFENDERS)
# another kind of offence, or other people's: "yakni netralitas ASN dua kasus, netralitas aparat desa dua kasus"
holds_other_kind_or_people_as_word = _holds_one_of(
    {f" {kind} " for kind in (lx.OTHER_VIOLATION_KINDS | lx.OTHER_OFFENCE_CUES) - {"lainnya"}} | _OTHER_ACTORS_AS_WORDS
)
_holds_other_offence = _holds_one_of(lx.OTHER_OFFENCE_CUES)
# a case said to be about another party: "satu kasus lagi terkait dengan KPU", "dua laporan yang melibatkan timses"
_ABOUT_OTHER_OFFENDERS = re.compile(
    r"\b(terkait( dengan)?|menyangkut|melibatkan|dilakukan oleh|oleh|terhadap) "
    r"(oknum |anggota |pihak |masing-masing )?("
    + "|".join(sorted(map(re.escape, lx.OTHER_OFFENDERS), key=len, reverse=True))
    + r")\b"
)
_BESIDES_ASN = re.compile(r" (selain|di luar) (pelanggaran )?(asn|pns|aparatur sipil|netralitas) ")
_ASN_AND_OTHERS = re.compile(r" baik (itu )?(asn|pns|aparatur sipil negara) (maupun|dan) ")


ELECTION_OFFENCE_REACH = 7  # words after a count of cases where the election they offend against is named


def names_the_election(after: list[str]) -> bool:
    """'2.100 pelanggaran Pilkada', '15 kasus pelanggaran pada tahapan Pemilu': the words after a count of cases
    name the election they offend against (its violations in general)."""
    return not lx.ELECTION_OFFENCE_WORDS.isdisjoint(after[:ELECTION_OFFENCE_REACH])


DUPLICATES = {"dobel", "ganda", "double"}
_COPULAS = {"merupakan", "adalah", "termasuk", "tergolong", "berupa"}


ASN_DOER_REACH = 4  # words after a part where who did it is said: "tujuh di antaranya dilakukan oleh oknum PNS"


def involves_asn(words: list[str]) -> bool:
    """'melibatkan ASN', 'dilakukan (oleh) oknum PNS': the words say ASN were involved or did it."""
    return _INVOLVING_ASN.search(" ".join(words)) is not None


def other_kind_named(after: list[str], value: int = 1) -> bool:
    """'20 kasus politik uang', '50 pelanggaran administrasi', '15 kasus yang melibatkan kepala desa': a count
    of another kind of offence, or of other people's (a zero, "nol pelanggaran di Pilkada", is the neutrality
    target of a neutrality story)."""
    if after[:1] in (["atau"], ["dan"]) and after[1:2] and after[1] in lx.CASE_NOUNS:
        after = after[2:]  # "dua temuan atau laporan yang ...": the noun's other name
    if after[:1] == ["yang"] and after[1:2] and after[1] in _COPULAS:
        after = after[2:]  # "satu laporan yang merupakan dugaan pelanggaran kode etik": what it is, past the copula
    text = " ".join(after[:5])
    if after[:1] and after[0] in DUPLICATES:
        return True  # "tiga aduan dobel": complaints made twice, no cases of their own
    if "di luar netral" in text:
        return True  # "40 pelanggaran lain di luar netralitas ASN"
    if "asn" in text or "pns" in text or _INVOLVING_ASN.search(" ".join(after[:10])):
        return False  # "tiga kasus dugaan pelanggaran pemilu yang melibatkan aparatur sipil negara"
    if _holds_other_actor(text):
        return True  # "9 dugaan pelanggaran netralitas kepala desa"
    if "netral" in text:
        return False
    # "2.100 pelanggaran Pilkada", "15 kasus pelanggaran pada tahapan Pemilu", "138 temuan dan laporan dugaan
    # pelanggaran pada Pemilihan Kepala Daerah": violations of the election
    return holds_other_kind_or_topic(text) or value > 0 and names_the_election(after)


def names_other_actors(words: list[str]) -> bool:
    """Words that name village heads, soldiers or police and no ASN."""
    text = f" {' '.join(words)} "  # whole words: "tni" is not in "pertnian"
    if not _holds_other_actor_as_word(text):
        return False
    # "aparatur" alone may be the village's ("aparatur desa"); the other nouns of ASN are anyone else's only in an
    # other's name ("pegawai tidak tetap")
    if not _ASN_NOUNS_BUT_APARATUR.isdisjoint(words):
        text = _OTHER_ACTORS_NAMED.sub(" ", text)
        if not _ASN_NOUNS_BUT_APARATUR.isdisjoint(text.split()):
            return False
    return " aparatur sipil " not in text


LISTED_OTHERS_REACH = 4  # words after the join that name the others: "ASN, kepala kampung, aparat kampung"


def asn_listed_with_others(words: list[str]) -> bool:
    """'bacaleg yang masih berstatus ASN, kepala kampung, aparat kampung dan Bamuskam', 'berstatus PNS dan kepala
    desa': ASN named in one list with village heads or others, a count of them all."""
    return any(
        word in _ASN_NOUNS_BUT_APARATUR
        and words[i + 1 : i + 2] != []
        and words[i + 1] in lx.PERSON_LIST_JOINS
        and names_other_actors(words[i + 2 : i + 2 + LISTED_OTHERS_REACH])
        for i, word in enumerate(words)
    )


def names_other_offenders(words: list[str]) -> bool:
    """Words that name another party to an election ("satu orang pejabat negara", "dua orang timses")."""
    return _holds_other_offender_as_word(f" {' '.join(words)} ")


def named_after(lower: list[str], noun_end: int) -> list[str]:
    """Who a count counts, when named after what was read as its noun: after "lainnya" (the rest of a count: "11
    ASN dan dua lainnya kepala desa"), or in brackets after a local title ("satu oknum sangadi (kepala desa)")."""
    if lower[noun_end : noun_end + 1] == ["lainnya"]:
        return lower[noun_end + 1 : noun_end + 6]  # "dua lainnya sangadi dan perangkat desa"
    if lower[noun_end + 1 : noun_end + 2] == ["("]:
        return lower[noun_end : noun_end + 5]
    return []


def others_or_the_rest(lower: list[str], noun_end: int, start: int) -> bool:
    """Others ("11 ASN dan dua lainnya kepala desa", "satu oknum sangadi (kepala desa)"), a group of ASN and
    others, or the rest of a group whose first is named, the group's size not given ("Sekda dan 7 Pejabat ...
    Dilaporkan")."""
    return (
        names_other_actors(named_after(lower, noun_end))
        or made_up_with_others(lower, noun_end)
        or rest_after_one_named(lower, start)
        and not the_others_of_the_named(lower, start + 1)
    )


MADE_UP_OF = {"terdiri", "meliputi"}
MEMBERS_REACH = 8  # words that name a group's members: "terdiri dari ASN, kepala desa dan anggota DPRD"
# Who may be counted with ASN in one group, besides village heads, soldiers and police: elected members and
# other parties
_holds_other_member_as_word = _holds_one_of(
    _OTHER_ACTORS_AS_WORDS | {f" {party} " for party in lx.OTHER_OFFENDERS | lx.ELECTED_OR_PUBLIC}
)


# What opens the members of those counted: "terdiri dari ...", and who the counted cases are of: "dua pelanggaran yang
# berasal dari ASN dan aparatur desa", "dilakukan oleh ..."
_MEMBERS_OPENERS = {(word,) for word in MADE_UP_OF} | {("berasal", "dari"), ("dilakukan", "oleh"), ("melibatkan",)}
_MEMBERS_OPENERS_FIRST_WORDS = {opener[0] for opener in _MEMBERS_OPENERS}


def made_up_with_others(lower: list[str], noun_end: int) -> bool:
    """'lima terlapor lainnya, yang terdiri dari ASN dan anggota DPRD': persons of whom only some are ASN; 'dua
    pelanggaran yang berasal dari ASN dan aparatur desa': cases of whom only some are ASN's."""
    k = noun_end
    while k < min(len(lower), noun_end + 3) and lower[k] in (",", "yang", "lainnya", "netralitas"):
        k += 1
    if lower[k : k + 1] == [] or lower[k] not in _MEMBERS_OPENERS_FIRST_WORDS:
        return False  # (most counts: no opener's first word after them, no opener to match)
    said = next((len(opener) for opener in _MEMBERS_OPENERS if tuple(lower[k : k + len(opener)]) == opener), 0)
    if not said:
        return False
    members = lower[k + said : k + said + MEMBERS_REACH]
    if "." in members:
        members = members[: members.index(".")]
    return _holds_other_member_as_word(f" {' '.join(members)} ")


BESIDES_REACH = 6  # words of what a sentence sets its count beside: "Selain keterlibatan oknum ASN,"


def besides_the_asn(lower: list[str], sent_start: int, start: int) -> bool:
    """'Selain ASN, Bawaslu menerima sembilan laporan ...', 'Selain keterlibatan oknum ASN, ada empat temuan ...', 'Di
    luar netralitas ASN itu, ... tiga pengaduan': a count the sentence sets beside the ASN's cases is the others'."""
    if lower[sent_start] == "selain":
        opener = 1
    elif lower[sent_start : sent_start + 2] == ["di", "luar"]:
        opener = 2
    else:
        return False
    lead = lower[sent_start + opener : min(start, sent_start + opener + BESIDES_REACH)]
    return not lx.ASN_NOUNS.isdisjoint(lead[: lead.index(",")] if "," in lead else lead)


def set_beside(lower: list[str], start: int) -> bool:
    """'Selain empat dugaan pelanggaran ...', 'Di luar tiga laporan ...': the number is set beside what follows."""
    return lower[start - 1 : start] == ["selain"] or lower[max(0, start - 2) : start] == ["di", "luar"]


def about_other_offenders(after: list[str]) -> bool:
    """'Satu kasus lagi terkait dengan KPU Kota A', '2 laporan yang melibatkan tim kampanye', 'belum ada satu pun
    pelanggaran yang ditetapkan terhadap masing-masing paslon': the words after a count say whose case it is, and it is
    not ASN's (no word of ASN or of neutrality)."""
    text = " ".join(after)
    if _NOT_ASN.search(" ".join(after[:NOT_ASN_REACH])):
        return True  # "11 kasus yang non ASN": the others'
    return (
        _ABOUT_OTHER_OFFENDERS.search(text) is not None
        and lx.NEUTRALITY_CUES.isdisjoint(after)
        and "aparatur sipil" not in text
    )


_NOT_ASN = re.compile(r"\bnon(?:\s+|-)?(?:asn|pns)\b")
NOT_ASN_REACH = 4  # words from a count to "non ASN": "11 kasus yang non ASN"


# The neutrality of others, which is no word of ASN neutrality: "laporan pelanggaran netralitas kepala desa"
_OTHERS_NEUTRALITY = re.compile(
    r"\b(?:ketidak)?netral(?:itas|an)?\s+(?:"
    + "|".join(sorted(map(re.escape, lx.OTHER_ACTORS | {"penyelenggara"}), key=len, reverse=True))
    + r")\b"
)


def about_others(sent: Span) -> bool:
    """A sentence about other offences or other people, with no word of ASN or of neutrality but theirs: "soal
    kepala desa, lima kasus masih diproses", "dukungan dari TNI di Kabupaten A ada dua, B empat", "laporan
    pelanggaran netralitas kepala desa terbanyak, yakni 22 kasus", "untuk netralitas penyelenggara ada tiga".
    Read once per sentence (a test of its text alone): each count of cases asks of its sentence and the one before."""
    known = sent.doc.user_data.setdefault(ABOUT_OTHERS, {})
    about = known.get((sent.start, sent.end))
    if about is None:
        about = known[sent.start, sent.end] = _about_others(span_text(sent).lower())
    return about


def _about_others(text: str) -> bool:
    if not (_holds_other_topic_or_actor(text) or _OTHERS_NEUTRALITY.search(text)):
        return False  # most sentences: no other people or offences
    return not _holds_asn_or_neutrality(_OTHERS_NEUTRALITY.sub(" ", text))


def asn_among_others(before: list[str]) -> bool:
    """'secara total baik itu ASN maupun penyelenggara pilkada tercatat sebanyak 103': a count of ASN and of
    others together."""
    return _ASN_AND_OTHERS.search(f" {' '.join(before)} ") is not None


ALL_WORDS = {"semuanya", "seluruhnya", "semua", "kesemuanya"}


def all_by_asn(words: list[str]) -> bool:
    """'enam pelanggaran pemilu ... dan semuanya adalah ASN': the election's violations said to be all ASN's (not
    "semua ASN wajib menjaga netralitas": all ASN, told what to do)."""
    return any(
        word in ALL_WORDS
        and not lx.ASN_NOUNS.isdisjoint(words[i + 1 : i + 4])
        and (word != "semua" or words[i + 1 : i + 2] in (["adalah"], ["merupakan"], ["oleh"], ["dilakukan"]))
        for i, word in enumerate(words)
    )


_ITEM_SEPARATORS = {",", ";", "serta"}  # between the items of kinds and their figures (not "dan": "ASN dan kades")


def _another_kind_alone(text: str) -> bool:
    """Another kind of offence named, and no ASN nor neutrality."""
    return holds_other_kind_as_word(text) and not _holds_asn_or_neutrality(text)


def other_kind_before(before: list[str]) -> bool:
    """'dugaan pelanggaran netralitas kepala desa sebanyak satu temuan', 'dugaan tindak pidana pemilihan 2
    laporan', 'paslon nomor tiga sebanyak 19 pelanggaran': the clause before a count names other people's or
    another kind of offence, and no ASN (or ASN as those it is not about: "selain ASN")."""
    text = f" {' '.join(before)} "  # whole words: "etik" is not in "ketika"
    if _BESIDES_ASN.search(text):
        return True  # "Selain ASN, Bawaslu menerima sembilan laporan ...": of the others
    item = before[max((k + 1 for k, word in enumerate(before) if word in _ITEM_SEPARATORS), default=0) :]
    if len(item) < len(before) and _another_kind_alone(f" {' '.join(item)} "):
        return True  # "netralitas ASN 9 kasus sudah ditangani serta pelanggaran hukum lainnya 8 kasus": its own item
    if " asn " in text or " pns " in text or " aparatur sipil " in text:
        return False
    return (
        names_other_actors(before)
        or holds_other_kind_as_word(text)
        or "netral" not in text
        and _holds_other_offender_as_word(text)
    )


def neutrality_context(
    sent: Span, prev_sent: Span | None, article_is_neutrality: bool, rankings: frozenset[int] = frozenset()
) -> bool:
    """Whether a count of cases in this sentence is of ASN neutrality: the sentence or the one before names ASN
    or neutrality, or else the story is about it (and not about neutrality as the most frequent of the kinds it
    counts: `rankings`, where the story ranks it first), and the sentence is not about other people or offences.
    (Holding a neutrality story's counts to a paragraph of their mention kept 16 of the development set's
    general counts out, but lost 7 of 114 facts on the blind set.)"""
    lower = lower_texts(sent.doc)
    if about_others(sent) or names_other_actors(lower[sent.start : sent.end]):
        return False
    words = lower[sent.start : sent.end]
    if _names_neutrality_of_asn(words, article_is_neutrality) or not lx.ASN_BODIES.isdisjoint(words):
        return True  # (or a body that judges only them: "Sebanyak 28 kasus sudah diputuskan KASN")
    if prev_sent is not None:
        if about_others(prev_sent):
            return False  # "... menangani dugaan pelanggaran netralitas kepala desa. Ada lima laporan yang masuk."
        if _names_neutrality_of_asn(lower[prev_sent.start : prev_sent.end], article_is_neutrality) and not any(
            prev_sent.start <= at < prev_sent.end for at in rankings
        ):
            return True  # (not "Sebagian besar pelanggaran berkaitan dengan netralitas ASN. Tiga pelanggaran ...")
        if names_other_offences(prev_sent):
            return False  # "... sembilan kasus politik uang ... . Tiga kasus sudah naik ke penyidikan."
    return article_is_neutrality and not rankings


# Words that rank a kind of violation above the others: "Netralitas ASN Dominasi Pelanggaran", "... paling banyak"
_LEADING_WORDS = {"dominasi", "mendominasi", "dominan"}
_TOP_WORDS = lx.TOP_RANK_WORDS - _LEADING_WORDS  # "terbanyak", "tertinggi", "teratas": a rank a place may hold too
# What may follow a kind ranked first among the kinds (not a place: "netralitas ASN tertinggi di Kabupaten A")
_AMONG_KINDS_AFTER = {"", "dilanggar", "dilaporkan", "ditemukan", "pelanggaran", "jenis", "dibanding", "dibandingkan"}
# Words from the neutrality word to its rank: "netralitas Aparatur Sipil Negara (ASN) paling banyak"
LEADING_KIND_REACH = 6


def neutrality_leads_the_kinds(article: Article) -> frozenset[int]:
    """Where the story ranks neutrality (or ASN) first among the kinds of violation (or their offenders): "Netralitas
    ASN Dominasi Pelanggaran Pilkada", "Berdasarkan jenis pelanggaran, ... netralitas ASN paling banyak", "ASN masih
    mendominasi dengan jumlah 213 kasus"; its counts that name no kind are then of every kind (read once per story)."""
    if article.neutrality_rankings is None:
        article.neutrality_rankings = frozenset(_neutrality_ranked_first(article.lower))
    return article.neutrality_rankings


def _neutrality_ranked_first(lower: list[str]) -> Iterator[int]:
    """The positions of the neutrality words (or ASN) ranked first of the kinds (or of the offenders)."""
    if _RANKING_WORDS.isdisjoint(lower):
        return  # (most stories: no word that ranks, nothing to read around each ASN named)
    for k in positions_in(lower, _RANKED_KINDS):
        if lower[k] in lx.NEUTRALITY_WORDS:
            ranked = _mostly_of_it_before(lower, k) or _ranked_first_after(lower, k + 1)
            if ranked and not _its_count_follows(lower, k + 1):
                yield k  # (with its own count, the figures after it may break that count down)
        elif lower[k - 1 : k] != ["netralitas"] and _offenders_led_after(lower, k + 1):
            # "ASN masih mendominasi dengan jumlah 213 kasus": first of the offenders of every kind (not "netralitas
            # ASN paling mendominasi dengan jumlah 158 kasus", the kind, said with its own count)
            yield k


_MOSTLY_WORDS = {"mayoritas", "kebanyakan"}
# Words that say what most cases are: "sebagian besar merupakan pelanggaran netralitas" (not "sebagian besar kasus
# netralitas ASN terjadi di ...", most of the neutrality cases)
_KIND_LINKS = {"merupakan", "berkaitan", "terkait", "adalah", "berupa", "soal", "menyangkut", "mengenai", "yakni"}
# Words from "sebagian besar" to the neutrality it says: "Sebagian besar pelanggaran yang terdeteksi berkaitan dengan
# netralitas"
MOSTLY_REACH = 8
_CIVIL_SERVANTS = {"asn", "pns"}
_RANKED_KINDS = lx.NEUTRALITY_WORDS | _CIVIL_SERVANTS  # the words a ranking of kinds (or offenders) puts first
# The words without one of which nothing ranks neutrality first (`_mostly_of_it_before`, `_ranked_first_after`,
# `_offenders_led_after`)
_RANKING_WORDS = (
    {"didominasi", "sebagian"} | _MOSTLY_WORDS | _LEADING_WORDS | _TOP_WORDS | {first for first, _ in lx.TOP_RANK_PAIRS}
)
OFFENDER_LEAD_REACH = 2  # words from the ASN to their lead: "Aparatur Sipil Negara (ASN) masih mendominasi"


OWN_COUNT_REACH = 8  # words from the neutrality ranked first to its count: "netralitas ASN dengan jumlah 176 kasus"


def _its_count_follows(lower: list[str], i: int) -> bool:
    """'didominasi kasus pelanggaran netralitas ASN dengan jumlah 176 kasus': the neutrality cases counted in their
    clause (a year is no count)."""
    return counted_before_clause_ends(lower[i : i + OWN_COUNT_REACH])


def _offenders_led_after(lower: list[str], i: int) -> bool:
    """Whether the words from i on say the ASN named before them lead the offenders ("(ASN) masih mendominasi")."""
    words = [w for w in lower[i : i + 2 * OFFENDER_LEAD_REACH] if w not in ("(", ")")][:OFFENDER_LEAD_REACH]
    return not _LEADING_WORDS.isdisjoint(words)


def _mostly_of_it_before(lower: list[str], k: int) -> bool:
    """'didominasi oleh pelanggaran netralitas', 'Sebagian besar pelanggaran yang terdeteksi berkaitan dengan
    netralitas': the words before the neutrality word at k say most cases are of it."""
    before = lower[max(0, k - MOSTLY_REACH) : k]
    if "didominasi" in before:
        return True
    for j, word in enumerate(before):
        if word in _MOSTLY_WORDS or before[j : j + 2] == ["sebagian", "besar"]:
            return not _KIND_LINKS.isdisjoint(before[j + 1 :])
    return False


def _ranked_first_after(lower: list[str], i: int) -> bool:
    """Whether the words from i on, within reach of the neutrality word before them, rank it first of the kinds (in
    its clause: not "... Netralitas ASN, Sukoharjo Terbanyak", a place's rank)."""
    words, end = 0, min(len(lower), i + 2 * LEADING_KIND_REACH)
    while i < end and words < LEADING_KIND_REACH and lower[i] not in CLAUSE_END_MARKS:
        word = lower[i]
        if word in _LEADING_WORDS:
            return True
        rank_end = i + 1 if word in _TOP_WORDS else i + 2 if tuple(lower[i : i + 2]) in lx.TOP_RANK_PAIRS else 0
        if rank_end:
            following = lower[rank_end] if rank_end < len(lower) else ""
            return following in _AMONG_KINDS_AFTER or not following[:1].isalnum()  # "... paling banyak."
        words += word.isalpha()
        i += 1
    return False


def _names_neutrality_of_asn(words: list[str], article_is_neutrality: bool) -> bool:
    """ASN named, or neutrality in a story that names ASN: in one that never does ("belum ada laporan terkait
    netralitas" in a story of the police's and the army's) neutrality is someone else's."""
    cues = lx.NEUTRALITY_CUES.intersection(words)
    return bool(cues) and (article_is_neutrality or not cues <= lx.NEUTRALITY_WORDS)


OTHER_OFFENCES_REACH = 3  # sentences back to the one that names the kind of cases a list or count goes on with


def led_by_other_offences(article: Article, n: int) -> bool:
    """Whether the nearest of the sentences before n that names a kind of case names other offences ("dugaan
    pelanggaran kampanye tersebar di delapan kabupaten/kota. Adapun rinciannya, Kabupaten A 8 ...") rather than
    neutrality: the list or count that follows is of those offences."""
    lower = article.lower
    read = 0
    for k in range(n - 1, -1, -1):
        sent = sentence_of(article.doc, article.starts[k])
        if not any(word.isalpha() for word in lower[sent.start : sent.end]):
            continue  # a list's number ("2."), set apart as a sentence of its own
        read += 1
        if read > OTHER_OFFENCES_REACH:
            return False
        if not lx.NEUTRALITY_CUES.isdisjoint(lower[sent.start : sent.end]):
            # "... 40 laporan dugaan pelanggaran, meliputi ketidaknetralan ASN, politik uang, dan ...": neutrality
            # one kind of several listed, the figures that follow are of all of them
            return _lists_kinds(lower[sent.start : sent.end]) and names_other_offences(sent)
        if names_other_offences(sent):
            return True
    return False


KIND_LISTING_WORDS = {"meliputi", "menyangkut", "mencakup", "terdiri", "yakni", "yaitu", "seperti", "berupa"}


def _lists_kinds(words: list[str]) -> bool:
    """The sentence lists kinds of offence: "meliputi ...", "menyangkut ...", "berupa ..."."""
    return not KIND_LISTING_WORDS.isdisjoint(words)


def names_other_offences(sent: Span) -> bool:
    """'... sembilan kasus politik uang', 'dugaan pelanggaran kampanye tersebar di ...': other offences named."""
    text = span_text(sent).lower()
    return _holds_other_offence(text)


SAME_KIND_WORDS = {"serupa", "sejenis"}  # "satu laporan serupa": a case of the kind counted before


def findings_and_reports(lower: list[str], after: int) -> bool:
    """'341 temuan dan laporan', '27 laporan maupun temuan': a count of cases by two of their sources (Bawaslu's own
    findings, the public's reports or complaints), the way Bawaslu counts every kind."""
    words = lower[after : after + 3]
    return (
        len(words) == 3
        and words[1] in ("dan", "maupun", "serta")
        and words[0] != words[2]
        and {words[0], words[2]} <= lx.SOURCE_NOUNS
    )


RENAMED_KIND_REACH = 8  # words after the figure named again that name its kind: "pelanggaran kampanye, didominasi"


def named_later_as_another_kind(article: Article, count: Count) -> bool:
    """'tercatat 712 pelanggaran ... . [paragraphs on] ... dari 712 pelanggaran kampanye, didominasi pelanggaran
    administrasi': a distinct figure the story names again further on as another kind's, a count of every kind."""
    if count.value < DISTINCT_FIGURE:
        return False
    lower, value = article.lower, str(count.value)
    return any(
        start > count.ent.start
        and get_norm(article.doc, span) == value
        and lower[span.end : span.end + 1] != []
        and lower[span.end] in lx.CASE_NOUNS
        and other_kind_named(lower[span.end + 1 : span.end + 1 + RENAMED_KIND_REACH], count.value)
        for start, span in article.quantities.items()
    )


def of_the_neutrality_cases(article: Article, count: Count, after_words: list[str], prev_sent: Span | None) -> bool:
    """Whether a count of cases is of ASN neutrality: in a neutrality story, it breaks down or refers back to the
    cases counted ("Dari 41 kasus itu, 27 kasus ...", "Tiga di antaranya ...", "satu laporan serupa"), or
    `neutrality_context` says so. A sentence found to break down a total of every kind is marked so in
    `article.lists`, for the lines that go on with it."""
    referred = article.referenced.get(count.sent.start)
    refers_back = (
        count.part_of_violations
        or (referred is not None and referred.fact_type == "violation_count")
        or not SAME_KIND_WORDS.isdisjoint(after_words[:2])
    )
    no_neutrality_here = lx.NEUTRALITY_CUES.isdisjoint(article.lower[count.sent.start : count.sent.end])
    if no_neutrality_here and (
        prev_sent is not None
        and prev_sent.start in article.lists.of_others
        or count.sent.start in article.lists.of_other_offences
    ):
        return False  # a line of a list of other offences' figures ("Kota B 3 dugaan pelanggaran ...")
    if (
        no_neutrality_here
        and not refers_back
        and led_by_other_offences(article, article.sent_index.get(count.sent.start, 0))
    ):
        return False  # "... 20 dugaan pelanggaran kampanye. Sebanyak 12 di antaranya laporan masyarakat."
    if no_neutrality_here and not refers_back and findings_and_reports(article.lower, count.ent.end):
        return False  # "Bawaslu A menangani 341 temuan dan laporan": the total of every kind, the way Bawaslu counts
    if no_neutrality_here and (
        restates_a_count_not_counted(article, count)
        or named_part_of_a_total_not_counted(article, count)
        or item_of_a_total_not_counted(article, count)
        or named_later_as_another_kind(article, count)
    ):
        # "Bawaslu mencatat 26 dugaan pelanggaran. ... dari 26 pelanggaran, ...", "tercatat 26 dugaan pelanggaran
        # yang terdiri atas 19 ...": still of every kind
        return False
    if (
        article.lower[count.ent.start - 1 : count.ent.start] == ["dari"]
        and any(
            is_partitive(article.doc, k, count.sent.end)
            for k in article.quantity_ends
            if count.noun_end < k < count.sent.end
        )
        and restates_a_count_not_counted(article, count)
    ):
        # "dari 16 aduan yang masuk, 2 diantaranya yakni pelanggaran protokol kesehatan dan netralitas ASN ...": the
        # total of every kind stated before, broken down (the neutrality said of a part)
        return False
    n = article.sent_index.get(count.sent.start, 0)
    if no_neutrality_here and refers_back_to_a_total_not_counted(article, n):
        # "Dari 81 kasus temuan itu, kasus terbanyak ada di Kabupaten A dengan 21": a breakdown of a total of every
        # kind (a line going on with it too)
        article.lists.of_others.add(count.sent.start)
        article.lists.of_other_offences.add(count.sent.start)
        return False
    return (refers_back and article.about_neutrality) or neutrality_context(
        count.sent, prev_sent, article.about_neutrality, neutrality_leads_the_kinds(article)
    )
