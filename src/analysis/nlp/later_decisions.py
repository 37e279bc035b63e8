"""Decisions said apart from the counts they decide: a later sentence with no figure of its own that makes the counts
before it proven ("Kasus tersebut telah direkomendasikan ke KASN", "Hasilnya terbukti melanggar"), the
recommendation of a story's one case, wherever the story tells it, and handling that sorted what came in into
violations and what is none, which decides the violations it then counts."""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import lower_texts, sentence_bounds, sentence_starts_of, token_starts
from analysis.nlp.phrases import has_phrase
from analysis.nlp.status import STATUS_CUES, STATUS_PHRASES, forwarded_to_examine, status_words

if TYPE_CHECKING:
    from analysis.nlp.facts.state import Fact

ANAPHOR_REACH = 5  # sentences back that "Pelanggaran-pelanggaran tersebut sudah direkomendasikan" covers
DECISION_AFTERWARDS_CUES = lx.RECOMMENDATION_CUES | {"terbukti"}
PART_WORDS = {"beberapa", "sebagian", "sejumlah", "antaranya", "diantaranya", "salah", "persen"}  # "persen": a share


# What a recommendation said of "those" cases may be about instead: other offences, or the election commission's
_OTHER_MATTERS = (lx.OTHER_VIOLATION_KINDS - {"lainnya"}) | {"apk", "kpu"}


def decided_apart(doc: Doc, facts: list[Fact], quantities: dict[int, Span]) -> list[Fact]:
    """The counts a decision said in a sentence of its own makes proven: those just before it, or a story's one
    case wherever it is told."""
    return _the_one_case_decided(doc, _decided_afterwards(doc, facts, quantities), quantities)


def _decided_afterwards(doc: Doc, facts: list[Fact], quantities: dict[int, Span]) -> list[Fact]:
    """'Pelanggaran-pelanggaran itu telah direkomendasikan KASN agar disanksi': a sentence with no figure of
    its own that says the cases just counted were recommended makes those counts proven; 'Kasus tersebut telah
    direkomendasikan ke KASN' makes the last of them proven."""
    if not any(f.status == "reported" and f.fact_type == "violation_count" for f in facts):
        return facts  # no count such a sentence could make proven
    lower, chars = lower_texts(doc), token_starts(doc)
    if DECISION_AFTERWARDS_CUES.isdisjoint(lower):
        return facts  # most articles: no decision said of anything
    starts = sentence_starts_of(doc)
    numbered = {sentence_bounds(doc, q)[0] for q in quantities}
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        reference = None if start in numbered else _referred_to(lower, start, end)
        if reference is None and start not in numbered and n and _recommendation_sent_on(lower, start, end):
            reference = "previous"  # "Ada tiga kasus ... . Bawaslu A sudah mengirimkan rekomendasi ke KASN."
        if reference is None:
            continue
        words = status_words(doc, list(range(start, end)), [])
        if (_decides_nothing(words) and not _proven_first(words)) or PART_WORDS.intersection(words):
            continue  # ("beberapa di antaranya telah direkomendasikan": some, not which)
        since = chars[starts[max(0, n - ANAPHOR_REACH)]]
        decided = [
            k for k, f in enumerate(facts) if f.fact_type == "violation_count" and since <= f.start_char < chars[start]
        ]
        if reference == "last":  # the last count before (already decided, it stays as it is)
            decided = decided[-1:]
        elif reference == "previous":  # the counts of the sentence just before, and no others
            decided = [k for k in decided if facts[k].start_char >= chars[starts[n - 1]]]
        elif decided:  # "all" of them, but not the total a later count was taken from
            decided = _from_the_last_part(lower, chars, starts, facts, decided)
        decided = [
            k
            for k in decided
            if facts[k].status == "reported" and not _fewer_decided_later(facts, facts[k], chars[end - 1])
        ]
        facts = [dataclasses.replace(f, status="proven") if k in decided else f for k, f in enumerate(facts)]
    return facts


def _the_one_case_decided(doc: Doc, facts: list[Fact], quantities: dict[int, Span]) -> list[Fact]:
    """A story of one case ('seorang ASN ... diduga melanggar', 'memanggil empat oknum ASN') that says in a sentence
    with no figure of its own, before or after the count, that a recommendation went to the body deciding on ASN
    ('Perkara tersebut sudah direkomendasikan kepada BKN'): the one case is proven."""
    counts = [f for f in facts if f.fact_type == "violation_count"]
    if not counts or any(f.status != "reported" for f in counts):
        return facts  # one already decided
    if any(f.value != 1 for f in counts) and not _one_group_of_persons(counts):
        return facts  # most articles: more than one case
    if len({(f.scope, f.region_code) for f in counts}) > 1:
        return facts  # (one case here, one there: which of them was recommended is not said)
    lower = lower_texts(doc)
    if DECISION_AFTERWARDS_CUES.isdisjoint(lower):
        return facts
    starts = sentence_starts_of(doc)
    numbered = {sentence_bounds(doc, q)[0] for q in quantities}
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        if start in numbered or not any(_to_a_deciding_body(lower, i, end) for i in _decisions(lower, start, end)):
            continue
        if _some_of_them(lower, start, end):
            continue  # "Ada juga yang ... kami rekomendasikan ke BKN": some of the story's cases, not its one
        words = status_words(doc, list(range(start, end)), [])
        # ("Bawaslu hanya dapat merekomendasikan ke KASN": what it may do, no decision made; not what the
        # recommendation is for: "... agar hasil pemeriksaan dapat ditindaklanjuti")
        purpose = next((k for k, word in enumerate(words) if word in lx.PURPOSE_WORDS), len(words))
        if not (_decides_nothing(words) or lx.POSSIBILITY_WORDS.intersection(words[:purpose])):
            return [dataclasses.replace(f, status="proven") if f.fact_type == "violation_count" else f for f in facts]
    return facts


def _one_group_of_persons(counts: list[Fact]) -> bool:
    """The story's one count is of persons ("memanggil empat oknum ASN"): one case of them all, as a count of cases or
    a tally is not."""
    return len(counts) == 1 and counts[0].unit in ("asn", "persons") and counts[0].value > 0


ALSO_WORDS = {"juga", "pula"}  # "Ada juga yang", "ada pula yang"


def _some_of_them(lower: list[str], start: int, end: int) -> bool:
    """Whether the sentence says what some of the cases had ("Ada juga yang di luar kewenangan kami") or a part of
    them ("beberapa di antaranya")."""
    return not PART_WORDS.isdisjoint(lower[start:end]) or any(
        lower[i] == "ada"
        and (lower[i + 1 : i + 2] == ["yang"] or lower[i + 1] in ALSO_WORDS and lower[i + 2] == "yang")
        for i in range(start, end - 2)
    )


def _proven_first(words: list[str]) -> bool:
    """'oknum PNS itu terbukti melanggar aturan ..., karena itu kami akan merekomendasikan ...': proven, whatever the
    sentence goes on to say is still to be done, where the words up to "terbukti" decide it ("jika terbukti" does
    not)."""
    return "terbukti" in words and not _decides_nothing(words[: words.index("terbukti") + 1])


def _decides_nothing(words: list[str]) -> bool:
    """Whether a sentence's status words decide nothing: a condition, another matter ("Untuk temuan APK itu, ...
    rekomendasi kepada KPU"), a time to come, no decision or a negated one ("belum direkomendasikan"), or a
    recommendation that only asks for an examination."""
    return bool(
        lx.CONDITIONS.intersection(words)
        or _OTHER_MATTERS.intersection(words)
        or lx.FUTURE_WORDS.intersection(words)
        or DECISION_AFTERWARDS_CUES.isdisjoint(words)
        or forwarded_to_examine(words)
    )


# "dari seluruh laporan yang diterima, ... 327 kasus", "Dari jumlah itu, 12 ...": a count taken from those before
_TOTAL_WORDS = lx.TOTAL_WORDS | {"seluruh", "semua", "keseluruhan", "angka"}  # ("Dari angka itu, 331 kasus ...")


def _from_the_last_part(
    lower: list[str], chars: list[int], starts: list[int], facts: list[Fact], decided: list[int]
) -> list[int]:
    """The counts "all those cases" were said of: from the last one taken out of a total before it ("mencatat 452
    temuan ... . Dari seluruh laporan, 327 kasus memuat unsur pelanggaran. Semua pelanggaran itu direkomendasikan":
    the 327, not the 452) on; all of them when none was."""
    at = bisect_right(chars, facts[decided[-1]].start_char) - 1
    sent_start = starts[bisect_right(starts, at) - 1]
    taken_from_a_total = any(
        lower[i] == "dari" and (lower[i + 1] in _TOTAL_WORDS or lower[i + 1][:1].isdigit())
        for i in range(sent_start, at)  # (the count itself stands at `at`: "dari" is never the last word)
    )
    return [k for k in decided if facts[k].start_char >= chars[sent_start]] if taken_from_a_total else decided


def _fewer_decided_later(facts: list[Fact], fact: Fact, after_char: int) -> bool:
    """Whether the story counts fewer of the place's cases decided later on ("menerima tujuh kasus ... . Kasus ...
    itu sudah direkomendasikan ke BKN. ... ada enam laporan yang sudah kami rekomendasikan"): the decision was
    said of those, not of every case."""
    return any(
        later.start_char > after_char
        and later.fact_type == "violation_count"
        and later.status in ("proven", "sanctioned")
        and (later.scope, later.region_code) == (fact.scope, fact.region_code)
        and later.value < fact.value
        for later in facts
    )


DECIDING_VERBS = lx.RECOMMENDATION_CUES - lx.RECOMMENDATION_NOUNS
REFERENCE_REACH = 12  # words from a sentence's start, or from its decision, to what it refers back to


def _referred_to(lower: list[str], start: int, end: int) -> str | None:
    """What the sentence refers back to as decided on: its subject ('Kasus tersebut telah direkomendasikan') or
    the object of its decision ('Bawaslu telah merekomendasikan ke KASN ... sanksi oknum ASN tersebut')."""
    sentence = lower[start:end]
    if next((w for w in sentence if w.isalpha()), "") in RESULT_OPENERS:
        return "last"  # "Hasilnya terbukti melanggar": the result of the case just counted
    if not ALL_PRONOUNS.isdisjoint(sentence[:ALL_PRONOUN_REACH]):
        return "all"  # "(Khusus untuk ASN) semuanya sudah direkomendasikan": all the cases just counted
    if "tersebut" not in sentence and "itu" not in sentence:
        return None  # every reference ends with one of them (`_reference_to_cases`): most sentences have none
    reference = _reference_to_cases(lower[start : min(end, start + REFERENCE_REACH)])
    if reference is None:
        # the verb of deciding, not the noun: "menerima surat rekomendasi ... memproses para ASN tersebut"
        cue = next(_decisions(lower, start, end), None)
        if cue is not None:
            reference = _reference_to_cases(lower[cue + 1 : min(end, cue + 1 + 2 * REFERENCE_REACH)])
    if reference is None:
        # the subject of "terbukti", wherever the sentence puts it: "..., menuturkan, oknum tersebut terbukti"
        proven = next((i for i in range(start, end) if lower[i] == "terbukti"), None)
        if proven is not None:
            reference = _reference_to_cases(lower[max(start, proven - SUBJECT_REACH) : proven])
    return reference


def _decisions(lower: list[str], start: int, end: int) -> Iterator[int]:
    """Where the words from start to end decide: a verb of deciding, or the recommendation a verb hands on or one
    the deciding body made is acted on."""
    return (
        i
        for i in range(start, end)
        if (lower[i] in DECIDING_VERBS or lower[i] == "rekomendasi" and (_handed_on(lower, i) or _acted_on(lower, i)))
        and not _said_as_a_role(lower, i, start, end)
    )


# "Kami hanya memberikan rekomendasi, keputusan akhir ada di tangan BKN": what the body may do, no decision made
ROLE_WORDS = {"hanya", "hanyalah", "sebatas", "cuma"}
ROLE_REACH = 3  # words from "hanya" to the decision: "hanya sebatas memberikan rekomendasi"
ROLE_OBJECT_REACH = 6  # words after the decision to the case it names: "merekomendasikan dugaan ASN tersebut"


def _said_as_a_role(lower: list[str], i: int, start: int, end: int) -> bool:
    """Whether the decision at i is said as what the body may only do, of no case ("Kami hanya memberikan
    rekomendasi"; not "hanya bertugas merekomendasikan dugaan pelanggaran ASN tersebut ke KASN": that case's)."""
    return not ROLE_WORDS.isdisjoint(lower[max(start, i - ROLE_REACH) : i]) and all(
        word not in ("tersebut", "itu") for word in lower[i + 1 : min(end, i + 1 + ROLE_OBJECT_REACH)]
    )


_HANDING_ON_OR_DONE = lx.HANDING_ON | {"dilakukan"}  # "sudah dilakukan rekomendasi kepada KASN"


ACTING_ON = {"berdasarkan", "menindaklanjuti", "sesuai"}  # "Berdasarkan surat rekomendasi KASN, ..."
MADE_BY_REACH = 4  # words from the recommendation to the body that made it: "rekomendasi yang diterbitkan KASN"


def _acted_on(lower: list[str], i: int) -> bool:
    """'Berdasarkan surat rekomendasi KASN', 'berdasarkan rekomendasi yang diterbitkan KASN', 'menindaklanjuti
    rekomendasi dari BKN': a recommendation (at i) the deciding body made, acted on."""
    return not ACTING_ON.isdisjoint(lower[max(0, i - 2) : i]) and not DECIDING_BODIES.isdisjoint(
        lower[i + 1 : i + 1 + MADE_BY_REACH]
    )


# Verbs that hand a recommendation on, said after it: "Surat rekomendasi ... sudah kami layangkan ke KASN"
HANDED_ON_AFTER = {"layangkan", "dilayangkan", "kirim", "kirimkan", "dikirim", "dikirimkan", "sampaikan",
                   "disampaikan", "teruskan", "diteruskan", "serahkan", "diserahkan"}  # fmt: skip
HANDED_ON_REACH = 5  # words from the recommendation to the verb that hands it on, past what it recommends


def _handed_on(lower: list[str], i: int) -> bool:
    """'sudah menyerahkan rekomendasi berikut bukti-bukti pelanggaran tersebut kepada KASN', 'sudah dilakukan
    rekomendasi kepada KASN', 'Surat rekomendasi pemberian sanksi sudah kami layangkan ke KASN': the noun of the
    decision (at i) with the verb that hands it on, or says it was made, decides as the verb of deciding does."""
    return lower[i - 1] in _HANDING_ON_OR_DONE or _handed_on_after(lower, i)


def _handed_on_after(lower: list[str], i: int) -> bool:
    """'rekomendasi ... sudah kami layangkan ke KASN': the noun at i told as handed on, done, after it."""
    return any(
        word in HANDED_ON_AFTER and not lx.PERFECTIVE_WORDS.isdisjoint(lower[k - 2 : k])
        for k, word in enumerate(lower[i + 1 : i + 1 + HANDED_ON_REACH], start=i + 1)
    )


# The bodies a recommendation on ASN is sent to: "KASN", "BKN", "PPK", "Komisi ASN", "Badan Kepegawaian Negara"
DECIDING_BODIES = {"kasn", "bkn", "ppk", "komisi", "kepegawaian"}
SENT_ON_REACH = 8  # words from the recommendation to the body it went to: "hal ini kepada Badan Kepegawaian Negara"


def _recommendation_sent_on(lower: list[str], start: int, end: int) -> bool:
    """'Bawaslu A sudah mengirimkan rekomendasi ke KASN', 'Kami telah merekomendasikan hal ini kepada BKN': a sentence
    told as done ("sudah", "telah") that sends a recommendation on to the body that decides on ASN."""
    for i in _decisions(lower, start + 1, end):
        # (or the recommendation told as sent after it: "rekomendasi pelanggaran sudah dikirim ke Komisi ASN")
        if not lx.PERFECTIVE_WORDS.isdisjoint(lower[max(start, i - 3) : i]) or (
            lower[i] == "rekomendasi" and _handed_on_after(lower, i)
        ):
            return _to_a_deciding_body(lower, i, end)
    return False


def _to_a_deciding_body(lower: list[str], i: int, end: int) -> bool:
    """Whether the decision at i went to a body that decides on ASN ("... rekomendasi kepada BKN")."""
    return not DECIDING_BODIES.isdisjoint(lower[i + 1 : min(end, i + 1 + SENT_ON_REACH)])


RESULT_OPENERS = {"hasilnya"}  # the result of what was just examined: "Hasilnya terbukti melanggar"
# all of those just counted, as the sentence's subject ("semua" alone opens "Semua ASN wajib netral" too)
ALL_PRONOUNS = lx.ALL_OF_THEM - {"semua"}
ALL_PRONOUN_REACH = 6  # words from the sentence's start to it, past a topic: '"Khusus untuk ASN semuanya ...
SUBJECT_REACH = 4  # words before "terbukti" that name its subject: "oknum ASN tersebut sudah terbukti"


# What a sentence refers back to: the cases, or the ASN counted ("nama-nama ASN tersebut", "PNS itu")
# (or the official by title: "camat tersebut terbukti melanggar")
_REFERRED_NOUNS = lx.CASE_NOUNS_BEFORE | {"asn", "pns", "oknum"} | (lx.OFFICIAL_NOUNS - lx.NOT_COUNTED_AS_ASN)
_ALL_DETERMINERS = {"seluruh", "semua", "semuanya", "para", "nama-nama"}


def _reference_to_cases(words: list[str]) -> str | None:
    """'Pelanggaran-pelanggaran dalam Pilkada tersebut', 'Kasus-kasus itu', 'Seluruh kasus tersebut': "all" the
    cases counted before; 'Kasus tersebut', 'Laporan itu': the "last" of them; None when the sentence opens
    with no such reference."""
    for i, word in enumerate(words):
        noun, _, again = word.partition("-")
        if noun in _REFERRED_NOUNS:
            if not any(w in ("tersebut", "itu") for w in words[i + 1 : i + 6]):
                return None
            # "Kasus-kasus" is one token, "Pelanggaran-pelanggaran" three
            plural = (
                noun in (again, *words[i + 2 : i + 3])
                and (again or words[i + 1 : i + 2] == ["-"])
                or bool(_ALL_DETERMINERS & set(words[max(0, i - 2) : i]))
            )
            return "all" if plural else "last"
    return None


# Handling that sorts what came in into violations and what is none ("37 yang termasuk pelanggaran dan 4 yang bukan
# termasuk pelanggaran", "menetapkan 314 di antaranya sebagai pelanggaran"): the violations it then counts, decided
SORTED_OUT_PHRASES = {
    *(
        (negation, *kind, "pelanggaran")
        for negation in ("bukan", "tidak")
        for kind in ((), ("termasuk",), ("merupakan",))
    ),
    ("sebagai", "pelanggaran"),
}
SORTING_REACH = 4  # sentences back from a count to the sorting it follows
# Words that only book a count, and state no status of their own: "Pelanggaran netralitas ASN tercatat sebanyak 7"
BOOKING_WORDS = {"ada", "catat", "dicatat", "mencatat", "mencatatkan", "tercatat", "terdapat"}
SORTED_FIGURE_REACH = 4  # tokens from the sorting words to the figure they sort: "4 yang bukan termasuk pelanggaran"
_SORTING_FIRST_WORDS = frozenset(phrase[0] for phrase in SORTED_OUT_PHRASES)


def sorted_as_violations(
    doc: Doc, since: int, before: list[int], after: list[int], noun: str, quantities: dict[int, Span]
) -> bool:
    """Whether a count of violations (its noun, or its clause, "pelanggaran", not "dugaan"), whose clause states no
    status but booking it, follows handling that sorted violations from what is none, by figures (from token
    `since`, the sentences before it: "Temuan dan laporan yang bukan pelanggaran sebanyak 12")."""
    lower = lower_texts(doc)
    if not before and not after:
        return False
    until = before[0] if before else after[0]
    if not has_phrase(lower[since:until], SORTED_OUT_PHRASES):
        return False  # (most counts: no sorting said before them)
    words = status_words(doc, before, after)
    if (
        not (STATUS_CUES & set(words)) <= BOOKING_WORDS
        or has_phrase(words, STATUS_PHRASES)
        or noun != "pelanggaran"
        and "pelanggaran" not in words
    ):
        return False
    for start in range(since, until):
        if lower[start] not in _SORTING_FIRST_WORDS:
            continue
        phrase = next((p for p in SORTED_OUT_PHRASES if tuple(lower[start : start + len(p)]) == p), None)
        if phrase is None:
            continue
        end = start + len(phrase)
        around = [
            *range(max(since, start - SORTED_FIGURE_REACH), start),
            *range(end, min(until, end + SORTED_FIGURE_REACH)),
        ]
        # (a reason, "... tidak menindaklanjuti karena bukan merupakan pelanggaran", sorts no figure)
        if any(i in quantities and "." not in lower[min(i, start) : max(i, end)] for i in around):
            return True
    return False
