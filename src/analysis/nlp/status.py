"""The status of a violation count: what the words around it say became of it.

reported (dilaporkan, ditemukan, diduga, diproses ...), proven (terbukti, direkomendasikan ...), sanctioned
(dijatuhi sanksi ...) or a target ("zero pelanggaran" as a goal), as `shared/gold/CONVENTIONS.md` defines them.
Negated words do not count ("tidak memenuhi unsur"), nor the words of a question ("apakah ... terbukti").
"""

from __future__ import annotations

from difflib import get_close_matches
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (
    WORDS_KEPT,
    get_norm,
    is_punct_text,
    lower_texts,
    sentence_bounds,
    token_texts,
    values_at,
    words_of,
)
from analysis.nlp.phrases import has_phrase, without_brackets
from analysis.nlp.sanction_modality import (
    REQUEST_REACH,
    REQUESTS,
    recommended_sanction_carried_out,
    sanction_as_topic,
    sanction_asked_about,
    sanction_asked_for,
    sanction_awaited,
    sanction_only_possible,
    sanction_to_come,
    sanction_weighed,
)

if TYPE_CHECKING:
    from analysis.nlp.facts.state import Fact


OUTCOME_RANK = {"reported": 0, "proven": 1, "sanctioned": 2}  # how far a case has gone


STATUS_PHRASES = lx.PROVEN_PHRASES | lx.PENDING_PHRASES


RECOMMENDING_WORDS = ("direkomendasikan", "merekomendasikan", "rekomendasi")
RESPELLING_SIMILARITY = 0.9  # "direkemoendasikan", "direkomendaiskan": the press's slips of the keys


@lru_cache(maxsize=256)
def respelt(word: str) -> str:
    """The word of recommending a word misspells ("direkemoendasikan" -> "direkomendasikan", "rekomndasi" ->
    "rekomendasi"), or the word."""
    if word in lx.RECOMMENDATION_CUES:
        return word
    close = get_close_matches(word, RECOMMENDING_WORDS, n=1, cutoff=RESPELLING_SIMILARITY)
    return close[0] if close else word


def negates_neutrality(words: list[str], i: int) -> bool:
    """The negation at i is of 'netral' ("tidak netral"): it names the violation itself and denies nothing."""
    return words[i + 1 : i + 2] == ["netral"]


_NEGATIONS_OR_QUESTIONS = lx.NEGATIONS | lx.QUESTION_WORDS
EXISTENCE_DENIED_REACH = 6  # words "tidak ada" denies: "tidak ada sanksi langsung yang dijatuhkan"
_RESPELT_HEADS = ("direk", "merek", "rekom")  # how a word of recommending begins, however it is misspelt after
SLIPS = {"sangsi": "sanksi", "sangsinya": "sanksinya"}  # a sanction as often misspelt
_READ_AS_MEANT: dict[str, str] = {}  # each word met, as `without_negated` reads it (at most WORDS_KEPT)


def _read_as_meant(word: str) -> str:
    """The word, or the word of recommending or sanction it misspells (remembered)."""
    read = _READ_AS_MEANT[word] = (
        respelt(word) if word.startswith(_RESPELT_HEADS) and "nd" in word else SLIPS.get(word, word)
    )
    return read


def _joins_denied_outcomes(lower: list[str], i: int, negated: int) -> bool:
    """'belum menerima hasil atau putusan KASN': an "atau" between two outcomes the negation still reaches."""
    return (
        negated > 0
        and lower[i] == "atau"
        and lower[i - 1] in lx.DENIED_OUTCOME_NOUNS
        and i + 1 < len(lower)
        and lower[i + 1] in lx.DENIED_OUTCOME_NOUNS
    )


COMPLEMENT_REACH = 2  # words after "oleh"/"dengan" that a negation of the verb before them reaches: "oleh PPK"


def without_negated(doc: Doc, tokens: list[int], reach: int = 3) -> list[str]:
    """Words of the tokens minus those a negation governs: 'tidak memenuhi unsur', 'belum ada yang dijatuhi sanksi';
    a misspelt word of recommending or sanction is read as the word."""
    lower, texts = lower_texts(doc), token_texts(doc)
    words = values_at(lower, tokens)
    if _NEGATIONS_OR_QUESTIONS.isdisjoint(words):
        # nothing negated nor asked (most clauses): every word kept, as the walk below keeps it, each read once
        if len(_READ_AS_MEANT) > WORDS_KEPT:
            _READ_AS_MEANT.clear()
        try:
            return values_at(_READ_AS_MEANT, words)
        except KeyError:
            return [_READ_AS_MEANT[word] if word in _READ_AS_MEANT else _read_as_meant(word) for word in words]
    kept, negated = [], 0
    for i in tokens:
        word = _READ_AS_MEANT[lower[i]] if lower[i] in _READ_AS_MEANT else _read_as_meant(lower[i])
        if _joins_denied_outcomes(lower, i, negated):
            continue  # the second outcome is denied as the first was
        if is_punct_text(texts[i]) or word in lx.NEGATION_ENDS:
            negated = 0
        if word in lx.NEGATIONS:
            if negates_neutrality(lower, i):
                kept.append(word)  # "dinyatakan tidak netral"
                continue
            if (
                kept
                and kept[-1] in lx.VERDICT_WORDS
                and lower[i + 1 : i + 2]
                and lower[i + 1] in lx.DISMISSED_WHEN_NEGATED
            ):
                kept.pop()  # "diputuskan tidak melanggar": a verdict of no violation decides nothing against them
            # "tidak ada sanksi langsung yang dijatuhkan": nothing that was, the whole relative clause denied
            negated = EXISTENCE_DENIED_REACH if lower[i + 1 : i + 2] == ["ada"] else reach
            continue
        if word in lx.QUESTION_WORDS:  # "apakah kelima ASN itu terbukti?": asked, not stated
            negated = len(tokens)
            continue
        if negated and word in lx.NEGATED_VERB_MODIFIERS:
            continue  # "tidak bisa terburu-buru menjatuhkan sanksi": the verb is still to come
        if negated:
            # the verb's agent and manner are denied with it: "belum ditindaklanjuti oleh PPK dengan penjatuhan sanksi"
            negated = COMPLEMENT_REACH if word in lx.COMPLEMENT_MARKERS else negated - 1
            continue
        kept.append(word)
    return kept


_PURPOSES = set(lx.PURPOSE_WORDS)
STATUS_CUES = lx.TARGET_CUES | lx.SANCTION_CUES | lx.PROVEN_CUES | lx.PENDING_CUES | lx.REPORTED_CUES


WHETHER_OR_NOT = {("atau", "tidak"), ("atau", "tidaknya"), ("atau", "bukan")}


def status_words(doc: Doc, before: list[int], after: list[int]) -> list[str]:
    """The clause's words that may state a status: negated ones left out, and all after a question word
    ('Ditanya apakah ke-8 ASN itu sudah terbukti': asked, not stated)."""
    kept = without_negated(doc, before)
    if not lx.QUESTION_WORDS.isdisjoint(map(lower_texts(doc).__getitem__, before)):
        return kept
    kept += without_negated(doc, after)
    if "atau" in kept and has_phrase(words_of(doc, after), WHETHER_OR_NOT):
        # "Rapat pleno akan memutuskan ketiga ASN tersebut melanggar atau tidak": whether, still to be decided
        return [word for word in kept if word not in lx.PROVEN_CUES and word not in lx.SANCTION_CUES]
    return kept


def states_status(doc: Doc, before: list[int], after: list[int]) -> bool:
    """Whether the clause says what happened to the count (reported, proven, sanctioned, pending)."""
    words = status_words(doc, before, after)
    return bool(set(words) & STATUS_CUES) or has_phrase(words, STATUS_PHRASES)


# The officials who sanction (Pejabat Pembina Kepegawaian) following a case up: the sanction given (the conventions'
# "ditindaklanjuti oleh PPK dengan penjatuhan sanksi"); so does the regional government they head ("baru enam ASN
# yang ditindaklanjuti oleh Pemkab A", after KASN's recommendation); KASN's or Bawaslu's follow-up is a decision or a
# report
FOLLOWED_UP_BY_PPK = {
    ("ditindaklanjuti", *by, *ppk)
    for by in ((), ("oleh",))
    for ppk in (("ppk",), ("pejabat", "pembina"), ("pejabat", "pembina", "kepegawaian"))
} | {
    ("ditindaklanjuti", "oleh", government)
    # (an acting head too: "sudah ditindaklanjuti oleh Pj Bupati A terkait sanksi ...")
    for government in ("pemkab", "pemkot", "pemprov", "bupati", "gubernur", "wali", "walikota", "pj", "penjabat")
}


def _followed_up_by_ppk(said: list[str]) -> bool:
    """The words after a count say the PPK followed it up, and no recommendation; not that it will ("akan
    ditindaklanjuti oleh PPK")."""
    return (
        has_phrase(said, FOLLOWED_UP_BY_PPK)
        and lx.RECOMMENDATION_CUES.isdisjoint(said)
        and not any(
            w == "ditindaklanjuti" and not lx.FUTURE_WORDS.isdisjoint(said[max(0, i - 2) : i])
            for i, w in enumerate(said)
        )
    )


def _before_a_part_included(doc: Doc, after: list[int]) -> list[int]:
    """The words after a count up to a part it includes: "15 ASN sudah diperiksa, termasuk yang sudah direkomendasikan
    ke KASN" (what became of the part is not what became of all)."""
    lower = lower_texts(doc)
    if not after or "termasuk" not in lower[after[0] : after[-1]]:
        return after  # (most clauses: the scan below in Python would find nothing)
    for k, i in enumerate(after[:-1]):
        if lower[i] == "termasuk" and (lower[i + 1] in ("yang", "di", "diantaranya") or lower[i + 1][:1].isdigit()):
            return after[:k]
    return after


def _letter_of_kasn(words: list[str]) -> bool:
    """Whether the words name a letter of the civil service commission: "surat KASN", "surat Komisi ASN"."""
    if "surat" not in words:
        return False
    said = words[words.index("surat") + 1 :][:KASN_AFTER_LETTER]
    return "kasn" in said or ("komisi", "asn") in set(zip(said, said[1:], strict=False))


KASN_AFTER_LETTER = 4  # words from "surat" to the commission: "surat rekomendasi dari KASN"


def violation_status(doc: Doc, before: list[int], after: list[int]) -> str:
    """What the clause says became of a count: target, sanctioned, proven or reported."""
    if before and lower_texts(doc)[before[-1]] in lx.TOPIC_MARKERS:
        before = before[:-1]  # "Untuk 5 ASN yang diproses ... sudah dikenakan sanksi": the topic, no purpose
    kept = status_words(doc, before, _before_a_part_included(doc, after))
    words = set(kept)
    if (words & lx.TARGET_CUES and not _hoped_to_be_handled(words)) or words_of(doc, before[-2:]) in lx.HOPED_FOR:
        return "target"
    if before and lower_texts(doc)[before[-1]] in lx.KEPT_AS_IT_IS:
        return "target"  # "mempertahankan zero pelanggaran"
    # "direkomendasikan KASN untuk dijatuhi sanksi": a sanction asked for is not one given
    asked = (
        len(kept)
        if _PURPOSES.isdisjoint(words)
        else min((kept.index(w) for w in lx.PURPOSE_WORDS if w in kept), default=len(kept))
    )
    recommended = words & lx.RECOMMENDATION_CUES and (not words & lx.SANCTION_GIVEN_CUES or sanction_asked_for(kept))
    # (the clause's words kept, built already, asked first: the words after the count are read only where the PPK
    # follows a case up, and not under a negation)
    if has_phrase(kept, FOLLOWED_UP_BY_PPK) and _followed_up_by_ppk(words_of(doc, after)):
        # "203 ASN yang pelanggarannya sudah ditindaklanjuti oleh PPK": what the PPK does is sanction (not "mendapatkan
        # rekomendasi KASN untuk ditindaklanjuti PPK": a recommendation; nor "belum ditindaklanjuti oleh PPK")
        return "sanctioned"
    proposed = sanction_asked_for(kept, lx.PROPOSAL_CUES) or sanction_asked_for(
        kept, lx.PASSED_ON_CUES, lx.PASSED_ON_REACH
    )
    if words & lx.DECIDED_WORDS and not words & lx.SANCTION_GIVEN_CUES:
        return "proven"  # "diputuskan KASN dengan hukuman kategori sedang": decided, the sanction not yet given
    if (
        not recommended
        and not proposed
        and (set(kept[:asked]) & lx.SANCTION_CUES or (asked == len(kept) and words & lx.SANCTION_CUES))
    ):
        if (
            sanction_only_possible(kept)
            or sanction_weighed(kept)
            or sanction_as_topic(kept)
            or sanction_asked_about(kept)
        ):
            if _letter_of_kasn(kept):
                return "proven"  # "tembusan surat Komisi ASN mengenai pemberian sanksi kepada 4 ASN": KASN decided
            return "reported"  # "12 ASN terancam sanksi", "bisa dikenai sanksi": a threat, no decision
        if sanction_awaited(kept):
            return "proven"
        if not sanction_to_come(kept):
            return "sanctioned"
        # "BKN akan menjatuhkan sanksi kepada 68 ASN": decided, not yet given; unless only if proven
        return "reported" if words & lx.CONDITIONS else "proven"
    judged = _without_an_undecided_reason(kept) if words & REASON_WORDS else kept
    if "memenuhi" in words:
        judged = _without_a_summons_answered(judged)
    if (
        (
            proposed
            or not lx.PROVEN_CUES.isdisjoint(judged)
            or has_phrase(judged, lx.PROVEN_PHRASES)
            or _declared(doc, before, after)
        )
        and not forwarded_to_examine(kept)
        and not _proven_only_if(kept)
        and not _decision_to_come(kept)
    ):
        return "proven"
    # reported, still being handled ("masih diproses", "sedang ditangani": reported, as the annotation conventions
    # have it) or a plain count of cases ("zero kasus", "680 kasus"): what was reported
    return "reported"


# What a hope may be for, done with the cases: "berharap ... ditindaklanjuti", "berharap Bawaslu menindak tegas"
HOPED_HANDLING = {"ditindaklanjuti", "diproses", "ditangani", "diusut", "ditindak", "menindak"}
_HANDLED_OR_SANCTIONED = HOPED_HANDLING | lx.SANCTION_CUES


def _hoped_to_be_handled(words: set[str]) -> bool:
    """'berharap dugaan pelanggaran ... satu ASN ditindaklanjuti': a complainant's hope for what is done with the
    cases, no target of their number ("berharap zero pelanggaran")."""
    return not lx.HOPE_WORDS.isdisjoint(words) and not _HANDLED_OR_SANCTIONED.isdisjoint(words)


JUDGED_WORDS = {"dinilai", "dianggap"}
SUMMONS_WORDS = {"panggilan", "undangan"}


def _without_a_summons_answered(words: list[str]) -> list[str]:
    """'tiga Kepala Dinas yang memenuhi panggilan Bawaslu': a summons answered, not the elements of a violation met
    ("memenuhi unsur")."""
    return [w for k, w in enumerate(words) if w != "memenuhi" or SUMMONS_WORDS.isdisjoint(words[k + 1 : k + 2])]


def _without_an_undecided_reason(words: list[str]) -> list[str]:
    """The words before a reason that decides nothing of the violation: the reporter's judgement ('7 ASN dilaporkan
    ke KASN karena dinilai tidak netral'), or what was proven of a suspicion ('diduga melanggar netralitas karena
    terbukti mendaftar sebagai bakal calon')."""
    for k in range(len(words) - 1):
        if words[k] in REASON_WORDS and (words[k + 1] in JUDGED_WORDS or not SUSPICION_WORDS.isdisjoint(words[:k])):
            return words[:k]
    return words


# "rapat pleno menyimpulkan 3 ASN ini melanggar", "Bawaslu A nilai seorang pejabat langgar netralitas" (a headline)
DECLARING_VERBS = {"menyatakan", "menetapkan", "menyimpulkan", "menilai", "nilai"}
VIOLATING = {"melanggar", "langgar"}


def _declared(doc: Doc, before: list[int], after: list[int]) -> bool:
    """'Bawaslu menyatakan tiga PNS tidak netral', 'menetapkan dua camat melanggar netralitas', 'menyatakan ada lima
    orang abdi negara yang melanggar', 'menyatakan bahwa enam ASN ... telah melanggar': a body declares of those
    counted, right before them, that they violated; not 'menetapkan tiga guru ASN yang diduga melanggar' (who are
    suspected)."""
    lower = lower_texts(doc)
    verb = [lower[i] for i in before[-2:]]  # "menyatakan", or "menyatakan ada", "menyatakan bahwa"
    if verb and (verb[-1] in lx.EXISTENCE_WORDS or verb[-1] == "bahwa"):
        verb = verb[:-1]
    if not verb or verb[-1] not in DECLARING_VERBS:
        return False
    said = [lower[i] for i in after[: lx.NOT_NEUTRAL_REACH]]
    if not SUSPICION_WORDS.isdisjoint(said):
        return False
    violating = next((k for k, word in enumerate(said) if word in VIOLATING), None)
    violated = violating is not None and said[violating - 1 : violating] != ["tidak"]
    return violated or has_phrase(said, lx.NOT_NEUTRAL)  # (not "menyimpulkan 3 ASN itu tidak melanggar")


def _proven_only_if(words: list[str]) -> bool:
    """'direkomendasikan ke BKN jika terbukti': a recommendation made conditional stays reported (the annotation
    conventions); 'memutuskan kalau 314 kasus ...' is a decision that ("kalau" as "that"), no condition."""
    return not lx.STRICT_CONDITIONS.isdisjoint(words)


def _decision_to_come(words: list[str]) -> bool:
    """'4 dugaan ... yang sedang kami tuntaskan untuk direkomendasikan ke BKN': the first word of a decision follows
    a purpose ("untuk", "agar"), or the decision is awaited: a decision to come, not made."""
    first = next((k for k, w in enumerate(words) if w in lx.PROVEN_CUES), None)
    if first is None or first == 0:
        return False
    # "satu orang lagi masih menanti putusan dari KASN": a decision awaited
    return words[first - 1] in _PURPOSES or words[first] == "putusan" and words[first - 1] in _AWAITING


_AWAITING = (lx.AWAITING_WORDS - {"proses"}) | {"menantikan"}  # (a decision "in process" is not awaited)
FORWARD_REACH = 6  # words from the recommendation to its purpose: "direkomendasikan kepada Komisi ASN untuk"


_HANDLED = {"diproses", "ditangani", "dikaji", "ditelaah", "ditindaklanjuti"}


def forwarded_to_examine(words: list[str]) -> bool:
    """A recommendation that asks only for an examination, with nothing proven besides ("direkomendasikan kepada
    Komisi ASN untuk dilakukan kajian"): the case is forwarded, and still reported."""
    if "terbukti" in words or "memenuhi" in words or lx.RECOMMENDATION_CUES.isdisjoint(words):
        return False  # (no recommendation: no word for the walk below to stop at)
    for i, word in enumerate(words):
        if word in lx.RECOMMENDATION_CUES:
            if words[i - 1 : i] in (["untuk"], ["agar"]) and not _HANDLED.isdisjoint(words[max(0, i - 4) : i]):
                return True  # "akan segera diproses untuk direkomendasikan": handled, the recommendation its aim
            after = words[i + 1 : i + 1 + FORWARD_REACH]
            purpose = next((k for k, w in enumerate(after) if w in lx.PURPOSE_WORDS), None)
            asked = after[purpose + 1 : purpose + 4] if purpose is not None else []
            if asked[:1] != ["hasil"] and not lx.EXAMINATION_WORDS.isdisjoint(asked):
                return True  # (not "agar hasil pemeriksaan ... ditindaklanjuti": the examination done, its result)
    return False


def status_of(
    doc: Doc, sent: Span, start: int, before: list[int], after: list[int], quantities: dict[int, Span]
) -> str:
    """The status of a count: from its clause, else from the sentence's lead before the first number in it
    ('Bawaslu memberikan rekomendasi kepada KASN untuk menindaklanjuti 20 kasus')."""
    lower = lower_texts(doc)
    head = sent.start
    if lower[head : head + 2] == ["terbukti", ","]:
        head += 2  # "Terbukti, menurut dia, dari 19 dugaan ...": "as it turns out", set apart at the head, no status
        before = [i for i in before if i >= head]
    lead = lower[max(sent.start, start - 2) : start]
    if lead[-1:] == ["dari"] or lead in (["dari", "total"], ["dari", "jumlah"]):
        if any(q in quantities for q in before) or states_status(doc, [], after):
            # "rekomendasi sanksi 300 ASN berasal dari 450 laporan", "650 ASN di antaranya sudah dikenakan sanksi dari
            # total 880 ASN yang terbukti": what became of the part, not of the total
            before = []
    if after[:1] and after[0] in quantities:
        after = []  # "4 ASN Tiga Direkomendasikan ke KASN": a number right after the count opens its part's clause
    status = violation_status(doc, before, after)
    if status == "sanctioned" and sanction_asked_for(
        without_brackets(lower[max(sent.start, start - REQUEST_REACH - 2 - BRACKETED_CHARS) : start])[
            -REQUEST_REACH - 2 :
        ],
        REQUESTS,
        REQUEST_REACH,
    ):
        return "proven"  # "KASN meminta Bupati A segera memberikan sanksi kepada empat ASN": asked for, not given
    if status == "sanctioned" and _fewer_sanctioned_by_the_ppk(doc, sent, start, after, quantities):
        return "proven"  # what KASN found and decided on; the sanctions given are the fewer the PPK followed up
    carried_out_before = recommended_sanction_carried_out(lower[max(sent.start, start - CARRIED_OUT_LEAD) : start])
    if status == "proven" and carried_out_before:
        return "sanctioned"  # "sudah menindaklanjuti rekomendasi KASN terkait pemberian sanksi terhadap enam ASN"
    if status in ("proven", "sanctioned") and _conditional_or_denied_lead(lower, sent.start, start):
        # "bila hasil pemeriksaan terhadap 14 ASN itu terbukti ...": if, not yet; "tidak ada sanksi yang dijatuhkan
        # kepada kedua ASN tersebut": none
        return "reported"
    if (
        status == "reported"
        and after
        and _proven_as_the_reason(lower, after[-1], sent.end, quantities)
        and SUSPICION_WORDS.isdisjoint(lower[after[0] : after[-1] + 1])
    ):
        status = "proven"
    if status in ("reported", "proven"):
        joined = _decided_in_a_joined_clause(doc, sent, start, after, quantities)
        if joined is not None and (status == "reported" or joined == "sanctioned"):
            status = joined  # "... sudah diperiksa dan diberi sanksi": the joined clause goes further
    if status != "reported" or any(sent.start <= q < start for q in quantities):
        return status
    # a decision at the head of the sentence outweighs a plain "dugaan" next to the number
    in_before = set(before)
    lead = [i for i in range(head, start) if i not in in_before]
    decided = violation_status(doc, lead + before, after)
    return decided if decided in ("proven", "sanctioned") else status


CARRIED_OUT_LEAD = 12  # words before the count: "sudah menindaklanjuti rekomendasi KASN terkait ... terhadap"
BRACKETED_CHARS = 4  # tokens of a short name in brackets: "( KASN )"


# words from a later count to the PPK's follow-up: "152 atau 73,4 persen ASN sudah ditindaklanjuti oleh PPK"
FOLLOW_UP_REACH = 10


def _fewer_sanctioned_by_the_ppk(
    doc: Doc, sent: Span, start: int, after: list[int], quantities: dict[int, Span]
) -> bool:
    """'198 ASN terbukti melanggar dan dijatuhi sanksi, sedangkan 140 ASN ditindaklanjuti oleh PPK dengan sanksi':
    a count proven "and sanctioned" that a smaller count later in the sentence, or in the next ("Selanjutnya, 1.451
    ASN ... sudah ditindaklanjuti oleh PPK"), says the PPK followed up."""
    lower = lower_texts(doc)
    norm = get_norm(doc, quantities[start]) if start in quantities else ""
    if not after or "terbukti" not in lower[after[0] : after[-1] + 1] or not norm.isdigit():
        return False
    end = sentence_bounds(doc, sent.end)[1] if sent.end < len(doc) else sent.end
    for later in range(after[-1] + 1, end):
        if later in quantities:
            figure = get_norm(doc, quantities[later])
            words = lower[later : min(end, later + FOLLOW_UP_REACH)]
            if figure.isdigit() and int(figure) < int(norm) and _followed_up_by_ppk(words):
                return True
    return False


CONDITION_LEAD_REACH = 4  # words from a sentence's start to the condition it opens with: "Namun, bila ..."


def _conditional_or_denied_lead(lower: list[str], sent_start: int, start: int) -> bool:
    """The sentence opens with a condition that the count stands in ("Namun, bila hasil pemeriksaan ... 14 ASN itu
    terbukti ..."), or denies before the count that anything was done ("tidak ada sanksi ... kepada kedua ASN")."""
    if not lx.STRICT_CONDITIONS.isdisjoint(lower[sent_start : min(start, sent_start + CONDITION_LEAD_REACH)]):
        return True
    return any(lower[k] in lx.NEGATIONS and lower[k + 1] == "ada" for k in range(sent_start, start - 1))


REASON_WORDS = {"karena", "lantaran", "sebab"}
# what a clause says is only suspected, whatever its reason says was proven: "diduga melanggar karena terbukti hadir"
SUSPICION_WORDS = {"diduga", "dugaan", "terindikasi", "diindikasikan", "disinyalir"}
REASON_LOOKAHEAD = 8  # words from the clause's last to its reason: "ke Komisi Aparatur Sipil Negara (KASN) karena"
REASON_REACH = 3  # words after "karena" where the proof stands: "karena telah terbukti"


def _proven_as_the_reason(lower: list[str], last: int, sent_end: int, quantities: dict[int, Span]) -> bool:
    """'98 ASN ... diajukan ke Komisi ASN (KASN) karena terbukti melanggar netralitas': the clause, whose last
    word read is at `last`, gives as its reason that they were proven to violate (no other figure between)."""
    for j in range(last, min(sent_end, last + REASON_LOOKAHEAD)):
        if j in quantities:
            return False
        if lower[j] in REASON_WORDS:
            return "terbukti" in lower[j + 1 : min(sent_end, j + 1 + REASON_REACH)]
    return False


THEN_WORDS = {"lalu", "kemudian"}  # what happened next to the figure's cases, told as done
JOINED_PERFECTIVE_REACH = 3  # words from "dan" to "sudah": "dan itu sudah diproses", "dan semuanya telah"


def _decided_in_a_joined_clause(
    doc: Doc, sent: Span, start: int, after: list[int], quantities: dict[int, Span]
) -> str | None:
    """'Ada satu kasus dan itu sudah diproses, dan sudah dilakukan rekomendasi kepada KASN': a clause joined by
    "dan" that says, as done ("sudah", "telah"), what became of the sentence's last figure: proven or
    sanctioned, or None. The "sudah" of the figure's own clause may govern the joined verb too ("215 pegawai sudah
    diperiksa dan diberi sanksi"), and what happened next needs none (", kemudian komisi itu menyatakan ...
    terbukti"). Not what is to come or only possible ("akan", "jika")."""
    if any(start < q < sent.end for q in quantities):
        return None  # the words after may be another figure's
    tail = list(range(after[-1] + 1 if after else start + 1, sent.end))
    words = words_of(doc, tail)
    if "dan" not in words and THEN_WORDS.isdisjoint(words):
        return None  # nothing joined (most clauses): the test below would find no word to start at
    done_before = not lx.PERFECTIVE_WORDS.isdisjoint(words_of(doc, after))
    joined = any(
        word in THEN_WORDS  # "9 perkara sudah ditelaah Komisi ASN, kemudian komisi itu menyatakan terbukti"
        or word == "dan"
        and (
            not lx.PERFECTIVE_WORDS.isdisjoint(words[k + 1 : k + 1 + JOINED_PERFECTIVE_REACH])
            or done_before
            and k + 1 < len(words)
            and words[k + 1].startswith("di")
            # "lima kasus dan semua direkomendasikan ke KASN": all of them, what became of them
            or k + 2 < len(words)
            and words[k + 1] in lx.ALL_OF_THEM
            and words[k + 2].startswith("di")
        )
        for k, word in enumerate(words)
    )
    if not joined or not lx.CONDITIONS.isdisjoint(words) or not lx.FUTURE_WORDS.isdisjoint(words):
        return None
    decided = violation_status(doc, [], tail)
    return decided if decided in ("proven", "sanctioned") else None


def restated_without_status(doc: Doc, fact: Fact, facts: list[Fact], before: list[int], after: list[int]) -> bool:
    """'Ada 356 kasus,' kata ... after '... telah merekomendasikan 356 kasus': the count stated before, said again
    with nothing of its own to say of it (no status word) — one fact, as first stated."""
    # a zero is no restatement: "zero pelanggaran" last time and a zero target this time are two facts; a
    # status read past the clause ("Sehingga ada empat pelanggaran dan itu sudah direkomendasikan") is its own
    return (
        fact.value > 0
        and fact.status == "reported"
        and any(
            f.fact_type == fact.fact_type
            and f.value == fact.value
            and f.unit == fact.unit
            and f.scope == fact.scope
            and f.region_code == fact.region_code
            and f.status not in (fact.status, "target")
            and (f.election_type, f.election_year) == (fact.election_type, fact.election_year)
            for f in facts
        )
        and not (set(status_words(doc, before, after)) - lx.EXISTENCE_WORDS) & STATUS_CUES
    )
