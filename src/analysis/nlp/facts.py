"""Numeric facts: ASN headcounts, violation counts (with status and scope), candidates related to ASN.

A fact is a QUANTITY entity whose counted noun and surrounding clause say what it counts. Each fact
keeps its sentence and the character span of the number and its noun, so it can be checked by hand.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import official_noun_end, runs_for_office
from analysis.nlp.components import (CACHES, doc_text, ents_labelled, final_ents, get_norm, is_punct_text, lower_texts,
                                     sentence_of, sentence_starts_of, span_text, token_starts, token_texts, words_of)
from analysis.nlp.numbers import COLLECTIVE_NUMERALS, parse_number
from analysis.nlp.profile import META, PROFILE, is_dateline_mention, year_from_calendar
from analysis.nlp.region_lists import ListItem, list_items, opens_with_list_word
from analysis.nlp.scope import BODY_REGION_CHARS, is_national_body, is_statement_place, regional_body
from analysis.nlp.status import (STATUS_CUES, decided_afterwards, has_phrase, restated_without_status, states_status,
                                 status_of, status_words, violation_status)

FACTS = "facts"
ENT_IDS = "_ent_ids"  # user_data key: token index -> (label, id) of the entity holding it
REGIONS_IN = "_regions_in"  # user_data key: sentence start -> the region mentions in it (`_regions_in`)
CACHES = (*CACHES, ENT_IDS, REGIONS_IN)

# The rules below read tokens by index: clauses are lists of token indices, and words their lower-cased texts
# (`lower_texts`), which is much faster than reading spaCy Token objects.


def _entity_of_token(doc: Doc) -> dict[int, tuple[str, str]]:
    """Token index -> (label, id) of the entity it belongs to, for tokens inside entities."""
    found = doc.user_data.get(ENT_IDS)
    if found is None:
        found = doc.user_data[ENT_IDS] = {i: (e.label_, e.ent_id_) for e in final_ents(doc)
                                          for i in range(e.start, e.end)}
    return found


@dataclass
class Fact:
    fact_type: str
    value: int
    unit: str
    status: str
    scope: str
    region_code: str
    election_type: str
    election_year: int | None
    sentence: str
    start_char: int
    end_char: int

    def key(self) -> tuple:
        return (self.fact_type, self.value, self.scope, self.region_code, self.status,
                self.election_type, self.election_year)

    def to_dict(self) -> dict:
        return dict(vars(self))  # dataclasses.asdict deep-copies field by field: slow, and the fields are scalars


def _skip_parenthetical_number(doc: Doc, j: int, sent_end: int) -> int:
    """Skip a number repeated in words in brackets, as formal Indonesian writes it: "5 (lima) kasus"."""
    if j < sent_end and token_texts(doc)[j] == "(":
        k = j + 1
        while k < sent_end and k - j <= 5 and token_texts(doc)[k] != ")":
            k += 1
        if k < sent_end and token_texts(doc)[k] == ")" and parse_number(_text_of(doc, j + 1, k)) is not None:
            return k + 1
    return j


def _text_of(doc: Doc, start: int, end: int) -> str:
    """doc[start:end].text, cut from the doc's text."""
    if start >= end:
        return ""
    starts = token_starts(doc)
    last = end - 1
    return doc_text(doc)[starts[start]:starts[last] + len(token_texts(doc)[last])]


def _counted_noun(doc: Doc, end: int, sent_end: int) -> tuple[str, int] | None:
    """What the number ending before token `end` counts: ('cases'|'asn'|'persons'|'candidates', noun end)."""
    j = _skip_parenthetical_number(doc, end, sent_end)
    saw_person_classifier = False
    for _ in range(3):
        if j >= sent_end:
            break
        word = lower_texts(doc)[j]
        two = f"{word} {lower_texts(doc)[j + 1]}" if j + 1 < sent_end else word
        if word in lx.ASN_NOUNS or two in lx.ASN_NOUNS:
            end = j + (3 if _text_of(doc, j, min(j + 3, len(doc))).lower() == "aparatur sipil negara" else 1)
            # "dua aparatur sipil negara (ASN) dijatuhi sanksi": the acronym in brackets is part of the noun
            if end + 2 < sent_end and token_texts(doc)[end] == "(" and token_texts(doc)[end + 2] == ")" \
                    and lower_texts(doc)[end + 1] in lx.ASN_NOUNS:
                end += 3
            return "asn", end
        if word in lx.CASE_NOUNS:
            return "cases", j + 1
        if word in lx.CANDIDATE_NOUNS:
            # "calon", "bakal calon", "bakal pasangan calon", "pasangan bakal calon": bare "pasangan" is not one
            k = j
            while k < sent_end and k - j < 3 and lower_texts(doc)[k] in lx.CANDIDATE_NOUNS:
                k += 1
            if set(lower_texts(doc)[j:k]) - {"bakal", "pasangan"}:
                return "candidates", k
            return None
        if word in lx.PERSON_CLASSIFIERS:
            saw_person_classifier = True
            j += 1
            continue
        if word in ("buah", "lagi", "lebih"):  # "200 lebih laporan": two hundred and more, as the text counts them
            j += 1
            continue
        break
    if saw_person_classifier:
        return "persons", j
    # "seorang kepala sekolah berstatus PNS": a person named by another title who is ASN
    lower = lower_texts(doc)
    for k in range(end, min(end + 4, sent_end - 1)):
        if lower[k] == "berstatus" and lower[k + 1] in lx.ASN_NOUNS:
            return "asn", k + 2
        if not token_texts(doc)[k].isalpha():
            break
    return None


def _noun_named_before(doc: Doc, start: int, sent: Span) -> tuple[str, int] | None:
    """'pelanggaran netralitas ASN sebanyak 12': the number links back to the noun before it."""
    if start == sent.start or lower_texts(doc)[start - 1] not in lx.BACK_REFERENCE_LINKS:
        return None
    window = []
    i = start - 2
    while i >= sent.start and start - i <= 10 and lower_texts(doc)[i] not in (",", ";", ":"):
        window.append(lower_texts(doc)[i])
        i -= 1
    # "pelanggaran netralitas ASN ... sebanyak 14" counts violations: a case noun is the head when present.
    if set(window) & lx.CASE_NOUNS:
        return "cases", start
    if set(window) & lx.ASN_NOUNS:
        return "asn_before", start
    return None


def _has_own_noun(doc: Doc, end: int, sent_end: int) -> bool:
    """Whether the number is followed by a word that is its noun ("12 desa"), so it cannot link back."""
    if end >= sent_end:
        return False
    word = lower_texts(doc)[end]
    return token_texts(doc)[end].isalpha() and word not in lx.NOUNLESS_FOLLOWERS and word not in lx.CLAUSE_BREAKS


def _is_partitive(doc: Doc, end: int, sent_end: int) -> bool:
    words = lower_texts(doc)[end:min(end + 2, sent_end)]
    # "dua di antaranya", "dua lainnya": a part of a count given before
    return words[:1] in (["diantaranya"], ["lainnya"]) or words[:2] == ["di", "antaranya"]


def _clause(doc: Doc, start: int, end: int, sent: Span, reach: int = 6) -> tuple[list[int], list[int]]:
    """Tokens before the number (back to a clause break) and after the noun (up to a clause break)."""
    texts, lower = token_texts(doc), lower_texts(doc)
    before = []
    i = start - 1
    while i >= sent.start and len(before) < reach:
        if texts[i] == ")" and i - 2 >= sent.start and texts[i - 2] == "(":
            before.extend((i, i - 1, i - 2))  # "pegawai negeri sipil (PNS)": an acronym, no break
            i -= 3
            continue
        if lower[i] in lx.CLAUSE_BREAKS:
            break
        before.append(i)
        i -= 1
    after = []
    i = end
    while i < sent.end and len(after) < 10:
        if texts[i] == "(" and i + 2 < sent.end and texts[i + 2] == ")":
            after.extend((i, i + 1, i + 2))
            i += 3
            continue
        if (texts[i] == "," and i + 1 < sent.end and lower[i + 1] == "yang"
                and {lower[k] for k in after} <= lx.PARTITIVE_WORDS):
            # "Satu di antaranya, yang melibatkan seorang camat, sudah direkomendasikan": past the aside
            closing = next((k for k in range(i + 2, min(i + 14, sent.end)) if texts[k] == ","), None)
            if closing is not None:
                i = closing + 1
                continue
        if lower[i] in lx.CLAUSE_BREAKS and not (lower[i] == "dan" and i + 1 < sent.end and lower[i + 1] in DECIDED_NEXT):
            break  # "12 kasus yang ditemukan lalu direkomendasikan": one clause, two verbs of what became of them
        after.append(i)
        i += 1
    return before[::-1], after


# Verbs after "dan" that go on saying what became of the same count.
DECIDED_NEXT = lx.PROVEN_CUES | lx.SANCTION_GIVEN_CUES | {"diteruskan", "ditindaklanjuti"}


def _is_national(sent: Span, start: int, end: int) -> bool:
    first = max(sent.start, start - 8)
    window = lower_texts(sent.doc)[first:min(sent.end, end + 10)]
    if not lx.NATIONAL_CUES.isdisjoint(window):
        # "Badan Kepegawaian Nasional (BKN)" is a body's name, not the scope of the figure
        in_entity = _entity_of_token(sent.doc)
        window = [word for i, word in enumerate(window, first) if in_entity.get(i, ("",))[0] != "ORG"]
        if not lx.NATIONAL_CUES.isdisjoint(window):
            return True
    pairs = {(a, b) for a, b in zip(window, window[1:])} | {(a, c) for a, _, c in zip(window, window[1:], window[2:])}
    return bool(pairs & lx.NATIONAL_PHRASES)


def _regions_in(doc: Doc, sent: Span, mentions: list) -> list:
    """The article's region mentions in this sentence, datelines and places of a statement aside (once per
    sentence: several rules ask)."""
    found = doc.user_data.setdefault(REGIONS_IN, {})
    regions = found.get(sent.start)
    if regions is None:
        regions = found[sent.start] = [m for m in mentions if sent.start_char <= m[0] < sent.end_char
                                       and not _is_dateline(doc, m[0], m[1]) and not is_statement_place(doc, m[0], m[1])]
    return regions


ANAPHORA = {(noun, this) for noun in ("jumlah", "angka", "total", "laporan", "kasus", "data", "temuan", "aduan",
                                      "pelanggaran", "catatan")
            for this in ("itu", "tersebut", "ini")} | {("di", "antaranya")}


def _refers_back(sent: Span, start: int) -> bool:
    """'Dari jumlah itu, 197 ASN ...', '... mengatakan dari laporan tersebut, 990 ASN ...': the number breaks
    down the figure given just before (the phrase opens the sentence or comes right before the number)."""
    doc = sent.doc
    lower = lower_texts(doc)
    for words in (lower[sent.start:min(sent.end, sent.start + 12)], lower[max(sent.start, start - 6):start]):
        if any(tuple(words[i:i + 2]) in ANAPHORA for i in range(len(words) - 1)) or "diantaranya" in words:
            return True
    return False


def _national_body_without_region(doc: Doc, sent: Span, start: int, mentions: list) -> bool:
    """'KASN mencatat 1.500 ASN ...' with no region in the sentence: a national figure."""
    if _regions_in(doc, sent, mentions):
        return False
    for e in ents_labelled(doc, "ORG"):
        if is_national_body(doc, e) and sent.start <= e.start < start:
            lower, texts, in_entity = lower_texts(doc), token_texts(doc), _entity_of_token(doc)
            following = [i for i in range(e.end, min(e.end + 8, start))
                         if lower[i] not in ("telah", "sudah", "juga", "ri", "pusat") and not is_punct_text(texts[i])
                         and in_entity.get(i, ("", ""))[1] != e.ent_id_ and in_entity.get(i, ("", ""))[0] != "PERSON"]
            # "MenPAN-RB Dodi Prasetya Kusuma mengungkapkan ...": the official's name may stand before the verb
            # (a headline's verb is capitalised too: "KASN Temukan 12 ASN")
            unnamed = [i for i in following if not texts[i].istitle()]
            if any(words and lower[words[0]] in lx.RECORDING_VERBS for words in (following, unnamed)):
                return True
    return False


def _other_kind_named(after: list[str], value: int = 1) -> bool:
    """'20 kasus politik uang', '50 pelanggaran administrasi', '15 kasus yang melibatkan kepala desa': a count
    of another kind of offence, or of other people's (a zero, "nol pelanggaran di Pilkada", is the neutrality
    target of a neutrality story)."""
    text = " ".join(after[:5])
    if "di luar netral" in text:
        return True  # "40 pelanggaran lain di luar netralitas ASN"
    if "asn" in text or "netral" in text or "pns" in text:
        return False
    # "2.100 pelanggaran Pilkada", "15 kasus pelanggaran pada tahapan Pemilu": violations of the election
    return any(kind in text for kind in lx.OTHER_VIOLATION_KINDS | lx.OTHER_TOPIC_CUES | lx.OTHER_ACTORS) \
        or value > 0 and not lx.ELECTION_OFFENCE_WORDS.isdisjoint(after[:5])


def _neutrality_context(sent: Span, prev_sent: Span | None, article_is_neutrality: bool) -> bool:
    text = span_text(sent).lower()
    if any(cue in text for cue in lx.OTHER_TOPIC_CUES | lx.OTHER_ACTORS) and not any(
        cue in text for cue in ("netral", "asn", "pns")
    ):
        return False  # "soal kepala desa, lima kasus masih diproses": cases of other people
    lower = lower_texts(sent.doc)
    if not lx.NEUTRALITY_CUES.isdisjoint(lower[sent.start:sent.end]):
        return True
    if prev_sent is not None:
        if not lx.NEUTRALITY_CUES.isdisjoint(lower[prev_sent.start:prev_sent.end]):
            return True
        previous = span_text(prev_sent).lower()
        if any(cue in previous for cue in lx.OTHER_OFFENCE_CUES):
            return False  # "... sembilan kasus politik uang ... . Tiga kasus sudah naik ke penyidikan."
    return article_is_neutrality


def _is_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    return is_dateline_mention(doc, start_char, end_char)


CLOSE_AFTER_CHARS = 40  # "25 ASN di Kota Medan": a region right after the counted noun
SCOPE_AFTER_CHARS = 60  # "23 dugaan pelanggaran netralitas ASN se-Kaltim"
# "yakni 9 kasus, disusul Kabupaten Tegal dengan 6 kasus": a region after a break belongs to what follows
_BREAK_BEFORE_REGION = re.compile(r"[,;:()]|\b(disusul|sedangkan|sementara|kemudian|lalu|serta|dan|atau)\b",
                                  re.IGNORECASE)


_PLACE_OF_COUNT = re.compile(r"\s+(di|dari|asal)\s+(lingkungan\s+)?", re.IGNORECASE)


def _nearest_region(doc: Doc, mentions: list[tuple[int, int, str, bool]], sent: Span, start: int, end: int) -> str:
    """The region a number is about: the nearest mention before it in the sentence, or one right after it.

    A kabupaten/kota is preferred to a province in the same sentence; datelines do not count.
    """
    candidates = []
    text = doc_text(doc)
    for m in _regions_in(doc, sent, mentions):
        if (end <= m[0] <= end + SCOPE_AFTER_CHARS and text[m[0] - 3:m[0]].lower() == "se-"
                and not _BREAK_BEFORE_REGION.search(text, end, m[0] - 3)):
            return m[2]  # "23 dugaan pelanggaran netralitas ASN se-Kaltim": the count's scope, whatever else
    for m in _regions_in(doc, sent, mentions):
        if m[0] >= end and _PLACE_OF_COUNT.fullmatch(doc_text(doc), end, m[0]):
            return m[2]  # "7 ASN di Kota Bogor": the place named right after the count is its own
        if m[1] <= start:
            candidates.append((start - m[1], m))
        elif m[0] >= end and m[0] - end <= CLOSE_AFTER_CHARS and not _BREAK_BEFORE_REGION.search(doc_text(doc), end, m[0]):
            candidates.append((m[0] - end, m))
    if not candidates:
        return ""
    nearest_before = min((c for c in candidates if c[1][1] <= start), key=lambda c: c[0], default=None)
    if nearest_before is not None and _names_a_body(doc, nearest_before[1]):
        # "selain di Kota A, Bawaslu Provinsi B memproses 4 laporan": the body that counts
        return nearest_before[1][2]
    local = [c for c in candidates if len(c[1][2]) == 5]
    return min(local or candidates, key=lambda c: c[0])[1][2]


def _names_a_body(doc: Doc, mention: tuple) -> bool:
    """'Bawaslu Kaltim', 'Badan Pengawas Pemilu (Bawaslu) Provinsi Papua': the region is that of a body."""
    return any(org.end_char <= mention[0] and regional_body(doc, org, [mention])
               for org in ents_labelled(doc, "ORG") if mention[0] - org.end_char <= BODY_REGION_CHARS + 12)


def _violations_before(violations: dict[int, list[Fact]], starts: list[int], sent_index: dict[int, int],
                       sent: Span, reach: int) -> list[Fact]:
    """The violation counts stated in the `reach` sentences before this one, the nearest last stated first
    ('... menemukan tiga ASN ... . Ketiganya merupakan pegawai ... . Dua di antaranya terbukti ...')."""
    n = sent_index.get(sent.start, 0)
    return [f for k in range(n - 1, max(-1, n - 1 - reach), -1) for f in reversed(violations.get(starts[k], []))]


def _noun_of(fact: Fact) -> str:
    """The counted noun a breakdown of this violation count takes."""
    return "cases" if fact.unit == "cases" else "asn"


def _opens_clause(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the token opens the sentence or the reported clause after a verb of saying."""
    return _opens_sentence(doc, sent, start) or (start > sent.start and lower_texts(doc)[start - 1] in lx.SPEECH_VERBS)


def _opens_sentence(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the token opens the sentence, a quotation mark or bracket aside ('"Keduanya sudah ...')."""
    return all(is_punct_text(text) for text in token_texts(doc)[sent.start:start])


DECISION_NOUNS = lx.SANCTION_CUES | lx.PROVEN_CUES | {"teguran", "laporan"}


def _decision_for(doc: Doc, start: int) -> bool:
    """'rekomendasi untuk enam ASN', 'sanksi tegas bagi 3 ASN': a decision right before 'untuk'/'bagi' and the
    number (not 'sosialisasi pencegahan pelanggaran untuk 300 ASN', where the noun is further back)."""
    lower = lower_texts(doc)
    if start < 2 or lower[start - 1] not in ("untuk", "bagi"):
        return False
    return lower[start - 2] in DECISION_NOUNS or (start >= 3 and lower[start - 3] in DECISION_NOUNS)


def _violators_described_before(doc: Doc, start: int, clause_before: set[str]) -> bool:
    """'yang sudah dijatuhi sanksi oleh PPK ada 183 ASN', '492 aduan pelanggaran ... yang melibatkan 431 ASN':
    what happened to the ASN is said before their number."""
    if start == 0:
        return False
    previous = lower_texts(doc)[start - 1]
    if previous in lx.COUNT_LINKS:
        return "yang" in clause_before and bool(clause_before & lx.ASN_VIOLATION_CUES)
    return previous == "melibatkan" and bool(clause_before & lx.CASE_NOUNS_BEFORE)


YEAR_WRITTEN = re.compile(r"(19[5-9]\d|20\d\d)")
VIOLATION_REACH = 15  # tokens after an ASN count where "yang melanggar ..." may still describe them


VIOLATION_WORDS = lx.ASN_VIOLATION_CUES | {"pelanggaran", "temuan", "kasus", "aduan", "laporan", "terlapor"}


def _ranks(words: list[str]) -> bool:
    return bool(set(words) & lx.RANKING_CUES) or any(pair in lx.RANKING_PHRASES for pair in zip(words, words[1:]))


def _in_violation_ranking(doc: Doc, sent: Span, prev_sent: Span | None, rankings: set[int]) -> bool:
    """'lima provinsi dengan ASN dilaporkan tertinggi yakni Sulawesi Tenggara sebanyak 142 ASN, ...', or a
    list ('... di urutan teratas dengan 17 ASN, disusul ...') after a sentence that announces the ranking
    of violations: each number counts violators; `rankings` holds the starts of the sentences found so."""
    lower = lower_texts(doc)
    words = lower[sent.start:sent.end]
    announced = lower[prev_sent.start:prev_sent.end] if prev_sent is not None else []
    if not _ranks(words):
        # "Muna paling tinggi, ada 11 ASN. Kemudian Konawe Selatan tujuh ASN, ...": the list goes on
        opener = next((w for w in words if not is_punct_text(w)), "")
        return opener in lx.LIST_CONTINUATIONS and prev_sent is not None and prev_sent.start in rankings
    if set(words) & VIOLATION_WORDS:
        return True
    return _ranks(announced) and bool(set(announced) & VIOLATION_WORDS)


def _person_breakdown_of(facts: list[Fact], sent: Span, start: int, referenced: dict[int, Fact]) -> Fact | None:
    """The violation count that 'N orang' breaks down: 'dari jumlah tersebut, delapan orang telah
    direkomendasikan', '1.596 ASN terbukti melanggar dan 1.450 orang dijatuhi sanksi'."""
    earlier = referenced.get(sent.start) or (facts[-1] if facts else None)
    if earlier is None or earlier.fact_type not in ("violation_count", "asn_headcount"):
        return None
    if referenced.get(sent.start) is earlier:  # "Dari 8.432 ASN tersebut, ...": repeated, so referred to
        return earlier
    if earlier.sentence == span_text(sent).strip() and earlier.start_char < token_starts(sent.doc)[start]:
        return earlier
    return earlier if _refers_back(sent, start) else None


def _is_component(doc: Doc, sent: Span, start: int, facts: list[Fact]) -> bool:
    """'8.432 orang, terdiri dari 6.000 PNS dan 2.432 PPPK': a part of the headcount just stated."""
    earlier = facts[-1] if facts else None
    if earlier is None or earlier.fact_type != "asn_headcount" or earlier.sentence != span_text(sent).strip():
        return False
    lower, starts = lower_texts(doc), token_starts(doc)
    between = {lower[i] for i in range(sent.start, start) if starts[i] >= earlier.end_char}
    return bool(between & lx.COMPONENT_CUES)


def _in_range(doc: Doc, ent: Span, quantities: dict[int, Span], quantity_ends: set[int]) -> bool:
    """'satu hingga dua kasus', '5-10 ASN': either end of a range, which counts nothing exactly."""
    lower = lower_texts(doc)
    if ent.end + 1 < len(doc) and lower[ent.end] in lx.RANGE_WORDS and ent.end + 1 in quantities:
        return True
    return ent.start >= 2 and lower[ent.start - 1] in lx.RANGE_WORDS and ent.start - 1 in quantity_ends


def _total_of(doc: Doc, ent: Span, quantities: dict[int, Span], sent_end: int) -> Span | None:
    """In 'N dari M noun', the quantity M of which N is a part."""
    if ent.end + 1 < sent_end and lower_texts(doc)[ent.end] == "dari":
        return quantities.get(ent.end + 1)
    return None


def _hypothetical(lower: list[str], start: int, noun_end: int, value: int, sent: Span) -> bool:
    """'satu kasus dapat melibatkan lebih dari satu ASN', 'satu laporan bisa ...', 'bisa jadi 9000 pemilih':
    what may be, not a count."""
    before = lower[max(sent.start, start - 2):start]
    if not lx.MODALS.isdisjoint(before) or not lx.QUESTION_WORDS.isdisjoint(before):
        return True  # "bisa jadi 9000 pemilih", "apakah seorang ASN bersalah"
    if value != 1:
        return False
    return before == ["lebih", "dari"] or not lx.MODALS.isdisjoint(lower[noun_end:min(sent.end, noun_end + 2)])


def _described_after_an_aside(doc: Doc, noun_end: int, sent_end: int) -> list[int]:
    """'50 ASN Kabupaten Sigi, Sulawesi Tengah, yang melanggar netralitas': the relative clause that
    says what the ASN did, past the place named between (tokens of the clause, or [] when there is none)."""
    lower, texts = lower_texts(doc), token_texts(doc)
    end = min(sent_end, noun_end + VIOLATION_REACH)
    k = next((i for i in range(noun_end, end) if lower[i] == "yang"), None)
    if k is None or not all(texts[i].istitle() or texts[i].isupper() or is_punct_text(texts[i]) or lower[i] in lx.PLACE_WORDS
                            for i in range(noun_end, k)):
        return []
    clause = list(range(k, min(sent_end, k + VIOLATION_REACH)))
    # "300 ASN yang melakukan pelanggaran": the relative clause says they violated
    return clause if not (lx.ASN_VIOLATION_CUES | {"pelanggaran"}).isdisjoint(lower[k:clause[-1] + 1]) else []


def _only_a_place(doc: Doc, after: list[int]) -> bool:
    """The clause after a count names at most where ('di Kabupaten Bogor'): it says nothing about the count."""
    lower, texts, in_entity = lower_texts(doc), token_texts(doc), _entity_of_token(doc)
    return len(after) <= 6 and all(lower[i] in ("di", "dari", "lingkungan") or texts[i].istitle()
                                   or in_entity.get(i, ("", ""))[0] == "REGION" for i in after)


def _shared_predicate(doc: Doc, noun_end: int, sent: Span, quantities: dict[int, Span]) -> list[int]:
    """'12 ASN di Kabupaten Bogor, 7 ASN di Kota Bogor, dan 4 ASN di Kota Depok dilaporkan melanggar': the
    counts of a list share the predicate that follows its last item; [] when no list follows the number."""
    last = None
    i = noun_end
    while i < min(sent.end, noun_end + 40):
        quantity = quantities.get(i)
        if quantity is not None and lower_texts(doc)[i - 1] in lx.LIST_LINKS:
            noun = _counted_noun(doc, quantity.end, sent.end)
            if noun is None or noun[0] not in ("asn", "persons") or _is_partitive(doc, noun[1], sent.end):
                return []  # "..., dan 12 ASN di antaranya dilaporkan": a part of the first, not a list
            last = (quantity.start, noun[1])
            i = noun[1]
            continue
        i += 1
    return _clause(doc, last[0], last[1], sent)[1] if last else []


def _related_to_asn(words: list[str]) -> bool:
    """'tiga di antaranya pernah menjabat sebagai ASN', 'dua calon merupakan PNS'."""
    return any(word in lx.ASN_NOUNS and i > 0 and words[i - 1] in lx.RELATION_BEFORE_ASN
               for i, word in enumerate(words))


def _restated_figure(doc: Doc, start: int, noun_end: int, value: int, facts: list[Fact]) -> Fact | None:
    """The earlier violation count that 'Dari 21 ASN yang kami tangani, ...' states again, if any."""
    if start == 0 or lower_texts(doc)[start - 1] != "dari" or lower_texts(doc)[noun_end:noun_end + 1] != ["yang"]:
        return None
    return next((f for f in reversed(facts) if f.value == value and f.fact_type == "violation_count"), None)


STATUS_OPENERS = lx.PROVEN_CUES | lx.SANCTION_CUES | {"dinyatakan", "diberi", "mendapat", "mendapatkan"}


def _status_follows(doc: Doc, end: int, sent_end: int) -> bool:
    """'enam terbukti melanggar', 'tujuh sudah terbukti', 'empat dinyatakan terbukti': a number whose noun is
    left out, followed by what was decided about it."""
    lower = lower_texts(doc)
    j = end
    while j < sent_end and j - end < 3 and lower[j] in lx.STATUS_FILLERS:
        j += 1
    return j < sent_end and lower[j] in STATUS_OPENERS


def _repeated_figure(doc: Doc, start: int, noun_end: int, value: int, facts: list[Fact]) -> Fact | None:
    """The earlier fact that 'dari 11 kasus itu/tersebut' repeats, if any."""
    if start == 0 or lower_texts(doc)[start - 1] not in ("dari", "total", "sebanyak"):
        return None
    if not set(lower_texts(doc)[noun_end:noun_end + 2]) & {"itu", "tersebut", "ini"}:
        return None
    return next((f for f in reversed(facts) if f.value == value), None)


def _names_violation_count(doc: Doc, start: int, sent: Span) -> bool:
    """'daerah dengan pelanggaran terbanyak yaitu 91 ASN', '..., yakni 9 ASN, disusul Kabupaten Bone sebanyak
    6 ASN': the number is what the violation named before it in the sentence counts."""
    if start == sent.start or lower_texts(doc)[start - 1] not in lx.COUNT_PREDICATES:
        return False
    words = []
    for word in reversed(lower_texts(doc)[max(sent.start, start - 14):start - 1]):
        if word in (";", ":"):
            break
        words.append(word)
    return bool(set(words) & {"pelanggaran", "melanggar", "pelanggar"})


def _names_election(doc: Doc, sent: Span) -> bool:
    return any(sent.start <= e.start < sent.end for e in ents_labelled(doc, "ELECTION"))


def _sentence_election(doc: Doc, sent: Span, anchor: int, article_type: str, article_year: int | None,
                       published: str) -> tuple[str, int | None]:
    mentions = [e for e in ents_labelled(doc, "ELECTION") if sent.start <= e.start < sent.end]
    if not mentions:
        return article_type, article_year
    nearest = min(mentions, key=lambda e: abs(e.start_char - anchor))
    etype, _, year = get_norm(doc, nearest).partition("-")
    if year:
        return etype, int(year)
    if etype == article_type or (etype == "pemilu" and article_type in ("pileg", "pilpres")):
        return article_type, article_year
    return etype, year_from_calendar(etype, published)


@dataclass
class RegionLists:
    """The region lists read so far in an article, per sentence start: figure start -> item, and the status."""

    items: dict[int, dict[int, ListItem]] = dataclasses.field(default_factory=dict)
    status: dict[int, str] = dataclasses.field(default_factory=dict)
    unit: dict[int, str] = dataclasses.field(default_factory=dict)
    mention_starts: list[int] | None = None  # where the article's region mentions start, in order
    item_status: dict[int, str] = dataclasses.field(default_factory=dict)  # figure start -> the item's own status


@dataclass
class Article:
    """What the passes over an article's numbers share: the article as the profile read it, and what they
    have found so far (each pass reads and adds to it; nothing else is kept between numbers)."""

    doc: Doc
    mentions: list  # (start_char, end_char, code, explicit) of the region mentions
    region: str  # the article's own region: the first of its region codes, or ""
    election: tuple[str, int | None]  # the article's election type and year
    published: str
    national_story: bool
    about_neutrality: bool  # the text speaks of the neutrality of ASN at all
    title_end: int
    quantities: dict[int, Span]  # token start -> QUANTITY entity
    quantity_ends: set[int]
    starts: list[int]  # sentence starts
    sent_index: dict[int, int]  # sentence start -> its number
    facts: list[Fact] = dataclasses.field(default_factory=list)
    seen: dict[tuple, int] = dataclasses.field(default_factory=dict)  # fact key -> index in facts
    regionless_headlines: set[int] = dataclasses.field(default_factory=set)  # headline facts given the article's region
    violations: dict[int, list[Fact]] = dataclasses.field(default_factory=dict)  # sentence start -> its violation counts
    violation_rankings: set[int] = dataclasses.field(default_factory=set)  # sentences that rank regions by violators
    last_kind: dict[int, str] = dataclasses.field(default_factory=dict)  # sentence start -> last counted noun's kind
    referenced: dict[int, Fact] = dataclasses.field(default_factory=dict)  # sentence start -> the fact it refers back to
    totals: set[int] = dataclasses.field(default_factory=set)  # starts of the totals M in "N dari M ..."
    lists: RegionLists = dataclasses.field(default_factory=RegionLists)

    @classmethod
    def of(cls, doc: Doc) -> Article:
        profile, meta = doc.user_data.get(PROFILE, {}), doc.user_data.get(META, {})
        codes = profile.get("region_codes", [])
        lower_text = doc_text(doc).lower()
        quantities = {e.start: e for e in ents_labelled(doc, "QUANTITY")}
        starts = sentence_starts_of(doc)
        return cls(doc=doc, mentions=profile.get("mentions", []), region=codes[0] if codes else "",
                   election=(profile.get("election_type", "unknown"), profile.get("election_year")),
                   published=meta.get("published", ""), national_story=profile.get("national", False),
                   about_neutrality="netral" in lower_text and ("asn" in lower_text or "pns" in lower_text),
                   title_end=int(meta.get("title_end", 0)), quantities=quantities,
                   quantity_ends={e.end for e in quantities.values()}, starts=starts,
                   sent_index={start: n for n, start in enumerate(starts)})

    def previous_sentence(self, sent: Span) -> Span | None:
        n = self.sent_index.get(sent.start, 0)
        return sentence_of(self.doc, self.starts[n - 1]) if n > 0 else None


@dataclass
class Count:
    """One number as the passes read it: where it stands, what it counts, and the words of its clause."""

    ent: Span
    sent: Span
    value: int
    prev_tok: str  # the word right before the number
    kind: str = ""  # what the noun counts: cases, asn, persons, candidates, running (officials who stand)
    noun_end: int = 0  # token after the counted noun
    part_of_violations: bool = False  # the noun is left out and taken from a violation count stated before
    asn_named_before: bool = False  # "pelanggaran netralitas ASN sebanyak 12": the ASN are named before the number
    before: list[int] = dataclasses.field(default_factory=list)  # the clause's tokens before the number
    after: list[int] = dataclasses.field(default_factory=list)  # and after its noun


LIST_GAP = 3  # sentences between a list and what it goes on with or breaks down
LIST_VIOLATION_WORDS = VIOLATION_WORDS | {"dugaan", "dilaporkan", "terbukti", "sanksi"}


def _region_lists(article: Article, sent: Span) -> dict[int, ListItem]:
    """The items of the region list in this sentence, if it is one about violations (see `region_lists`)."""
    doc, lists, starts = article.doc, article.lists, article.starts
    found = lists.items.get(sent.start)
    if found is not None:
        return found
    lists.items[sent.start] = {}
    lower = lower_texts(doc)
    n = article.sent_index.get(sent.start, 0)
    # the list this sentence may go on with: "Lalu Kabupaten A 2 orang, ..." after a line or two of
    # something else (a link to another story, a photo caption)
    previous = next((starts[k] for k in range(n - 1, max(-1, n - 1 - LIST_GAP), -1) if lists.items.get(starts[k])), None)
    continues = previous is not None and opens_with_list_word(lower[sent.start:sent.end])
    if lists.mention_starts is None:
        lists.mention_starts = [m[0] for m in article.mentions]
    named = bisect.bisect_left(lists.mention_starts, sent.end_char) - bisect.bisect_left(lists.mention_starts, sent.start_char)
    if named == 0 or named == 1 and not continues and not _ranks(lower[sent.start:sent.end]):
        return {}  # one region can only be a list's item where a list goes on or a ranking is announced
    regions = [(m[0], m[1], m[2]) for m in _regions_in(doc, sent, article.mentions)]
    if not regions:
        return {}
    figures = [(q.start_char, q.end_char, int(get_norm(doc, q))) for q in article.quantities.values()
               if sent.start <= q.start < sent.end and get_norm(doc, q).isdigit()]
    items = list_items(doc, sent, regions, figures)
    if not items:
        return {}
    if len(items) < 2 and len(items[0].codes) < 2 and not continues and not _ranks(lower[sent.start:sent.end]):
        return {}
    context = lower[starts[max(0, n - LIST_GAP)]:sent.end]
    if not continues and (LIST_VIOLATION_WORDS.isdisjoint(context) or lx.NEUTRALITY_CUES.isdisjoint(context)):
        return {}  # a list of other offences ("Kabupaten A dengan 20 pelanggaran" of a Pilkada in general)
    first, chars = min(items, key=lambda i: i.start_char), token_starts(doc)
    before = [i for i in range(sent.start, sent.end) if chars[i] < first.start_char and lower[i] not in lx.CLAUSE_BREAKS]
    if continues:
        status = lists.status[previous]
    elif set(status_words(doc, before, [])) & STATUS_CUES - lx.PRESENCE_WORDS:
        status = violation_status(doc, before, [])
    else:
        # a list that says no more of its cases than that they are there ("kasus ... ini terdapat di Kabupaten
        # Supiori 6 kasus, ...") breaks down the total stated right before it, and keeps its decision
        stated = [f for k in range(max(0, n - LIST_GAP), n) for f in article.violations.get(starts[k], [])]
        earlier = max(stated, key=lambda f: f.value, default=None)
        status = earlier.status if earlier is not None and earlier.status in ("proven", "sanctioned") else "reported"
    named = [i.unit for i in items if i.unit]
    unit = named[0] if named else lists.unit.get(previous, "") if continues else ""
    unit = unit or ("cases" if "kasus" in lower[sent.start:sent.end] else "persons")
    lists.status[sent.start], lists.unit[sent.start] = status, unit
    lists.items[sent.start] = {i.start_char: dataclasses.replace(i, unit=i.unit or unit) for i in items}
    lists.item_status.update(_item_statuses(doc, sent, items))
    return lists.items[sent.start]


def _item_statuses(doc: Doc, sent: Span, items: list[ListItem]) -> dict[int, str]:
    """An item's own status, said between it and the next item: 'di Kota A 4 yang masih ditangani, di Kabupaten B
    3 ASN direkomendasikan' (figure start -> status, for the items that say one)."""
    chars, ordered, found = token_starts(doc), sorted(items, key=lambda i: i.start_char), {}
    for item, following in zip(ordered, [*ordered[1:], None]):
        end = min(following.mentions, default=following.start_char) if following else sent.end_char
        tokens = [t for t in range(sent.start, sent.end) if item.end_char <= chars[t] < end]
        if states_status(doc, [], tokens):
            found[item.start_char] = violation_status(doc, [], tokens)
    return found


def extract_facts(doc: Doc) -> list[Fact]:
    """The article's numeric facts: each exact number read by the passes below, in text order."""
    article = Article.of(doc)
    for ent in ents_labelled(doc, "QUANTITY"):
        count = _count_of(article, ent)
        if count is None or _listed(article, count):
            continue
        if _counted_noun_of(article, count) and _what_it_counts(article, count):
            fact_type_unit_status = _classify(article, count)
            if fact_type_unit_status is not None:
                _record(article, count, *fact_type_unit_status)
    facts = decided_afterwards(doc, article.facts, article.quantities)
    return _prefer_body_over_title(_headline_scope_from_lead(facts, article.regionless_headlines, article.title_end),
                                   article.title_end)


def _count_of(article: Article, ent: Span) -> Count | None:
    """The number as a possible count: exact, not a date, an article number or an end of a range."""
    norm = get_norm(article.doc, ent)
    if not norm.isdigit():
        return None  # approximate quantities are not facts
    sent = sentence_of(article.doc, ent.start)
    prev_tok = lower_texts(article.doc)[ent.start - 1] if ent.start > sent.start else ""
    if prev_tok in lx.NOT_A_COUNT_BEFORE or _in_range(article.doc, ent, article.quantities, article.quantity_ends):
        return None
    if prev_tok in lx.TIME_WORDS and YEAR_WRITTEN.fullmatch(ent.text):
        return None  # "pada awal 2016 jumlahnya 12": a year
    return Count(ent=ent, sent=sent, value=int(norm), prev_tok=prev_tok)


def _listed(article: Article, count: Count) -> bool:
    """An item of a list of regions with their figures: a violation count of each of its regions."""
    sent = count.sent
    item = _region_lists(article, sent).get(count.ent.start_char)
    if item is None:
        return False
    etype, eyear = _sentence_election(article.doc, sent, count.ent.start_char, *article.election, article.published)
    for code in item.codes:
        status = article.lists.item_status.get(item.start_char, article.lists.status[sent.start])
        fact = Fact(fact_type="violation_count", value=count.value, unit=item.unit, status=status,
                    scope="regional", region_code=code, election_type=etype, election_year=eyear,
                    sentence=span_text(sent).strip(), start_char=item.start_char, end_char=item.end_char)
        article.violations.setdefault(sent.start, []).append(fact)
        if fact.key() not in article.seen:
            article.seen[fact.key()] = len(article.facts)
            article.facts.append(fact)
    article.last_kind[sent.start] = "cases" if item.unit == "cases" else "asn"
    return True


def _counted_noun_of(article: Article, count: Count) -> bool:
    """What the number counts, as written after it, left out and taken from an earlier count, named before it,
    or the title of officials who stand for office; False when nothing says."""
    doc, ent, sent, value = article.doc, count.ent, count.sent, count.value
    total = _total_of(doc, ent, article.quantities, sent.end)
    if total is not None:  # "3 dari 7 calon ...": the part counts what the total's noun names
        article.totals.add(total.start)
    noun = _counted_noun(doc, (total or ent).end, sent.end)
    if noun is None and _is_partitive(doc, ent.end, sent.end):
        # "sebelas kasus ..., dua di antaranya sudah diputuskan": the noun is the earlier one's, in this
        # sentence or, when the sentence opens with it ("Tujuh di antaranya terbukti ..."), in the last one
        earlier_kind = article.last_kind.get(sent.start)
        if not earlier_kind and _opens_clause(doc, sent, ent.start):
            before_this = _violations_before(article.violations, article.starts, article.sent_index, sent, reach=2)
            earlier_kind = _noun_of(before_this[0]) if before_this else None
        if earlier_kind:
            # a part of violations when the count it breaks down was one ("8.000 ASN, 6.000 di antaranya PNS"
            # breaks down a workforce)
            noun = (earlier_kind, ent.end)
            count.part_of_violations = sent.start in article.violations if article.last_kind.get(sent.start) else True
    if noun is None and _status_follows(doc, ent.end, sent.end):
        # "Dari 14 laporan itu, enam terbukti melanggar": the noun is that of the figure referred back to;
        # "... memeriksa dua ASN ... . Keduanya sudah direkomendasikan": that of the count it restates
        source = article.referenced.get(sent.start)
        collective = lower_texts(doc)[ent.start] in COLLECTIVE_NUMERALS
        if source is None and collective and _opens_sentence(doc, sent, ent.start):
            source = next((f for f in _violations_before(article.violations, article.starts, article.sent_index, sent,
                                                         reach=3) if f.value == value), None)
        if source is not None and source.fact_type == "violation_count":
            noun, count.part_of_violations = (_noun_of(source), ent.end), True
    if noun is None and not _has_own_noun(doc, ent.end, sent.end):
        noun = _noun_named_before(doc, ent.start, sent)
    if noun is None or noun[0] in ("asn", "persons"):
        # "Dua kepala dinas ... mencalonkan diri", "8 orang pejabat ... ikut bertarung pada Pilkada"
        lower = lower_texts(doc)
        official_end = official_noun_end(lower, ent.end, sent.end)
        if official_end is not None and runs_for_office(lower, official_end, sent.end):
            noun = ("running", official_end)
        elif noun is None and official_end is not None and lx.NOT_COUNTED_AS_ASN.isdisjoint(lower[ent.end:official_end]) \
                and not lx.ASN_VIOLATION_CUES.isdisjoint(lower[official_end:min(sent.end, official_end + 3)]):
            noun = ("asn", official_end)  # "tujuh kepala dinas dilaporkan": officials, who are ASN, in violation
    if noun is None:
        return False
    count.kind, count.noun_end = noun
    return True


def _what_it_counts(article: Article, count: Count) -> bool:
    """Whether the number is a count of its own (not what may be, nor a figure stated before and broken down
    here), and the words of its clause; the sentence's record of what it refers back to is kept up to date."""
    doc, ent, sent = article.doc, count.ent, count.sent
    if _hypothetical(lower_texts(doc), ent.start, count.noun_end, count.value, sent):
        return False
    earlier = _repeated_figure(doc, ent.start, count.noun_end, count.value, article.facts)
    if earlier is not None:
        # "Dari 11 kasus itu, empat ASN ...": the figure was stated before; what follows breaks it down
        # ("Dari 23 ASN tersebut, sembilan di antaranya ...": of the same noun)
        article.referenced[sent.start] = earlier
        article.last_kind[sent.start] = "asn" if count.kind == "asn_before" else count.kind
        if earlier.fact_type == "violation_count":
            article.violations.setdefault(sent.start, []).append(earlier)
        return False
    restated = _restated_figure(doc, ent.start, count.noun_end, count.value, article.facts)
    if restated is not None:
        article.referenced[sent.start] = restated  # "Dari 21 ASN yang kami tangani, tujuh ...": the same
    count.asn_named_before = count.kind == "asn_before"
    if count.asn_named_before:
        count.kind = "asn"
    article.last_kind[sent.start] = count.kind
    count.before, count.after = _clause(doc, ent.start, count.noun_end, sent)
    if count.kind in ("asn", "persons") and _only_a_place(doc, count.after) and not {"jumlah", "total"}.intersection(
            words_of(doc, count.before)):
        count.after = count.after + _shared_predicate(doc, count.noun_end, sent, article.quantities)
    return True


def _classify(article: Article, count: Count) -> tuple[str, str, str] | None:
    """(fact type, unit, status) of the count, or None when it counts nothing the dataset records."""
    doc, ent, sent, kind, noun_end = article.doc, count.ent, count.sent, count.kind, count.noun_end
    before, after = count.before, count.after
    after_words = words_of(doc, after)
    words_after, words_before = set(after_words), set(words_of(doc, before))
    prev_sent = article.previous_sentence(sent)
    breakdown_of = None
    if kind == "persons":
        # "sebanyak 12 orang": persons of what? ASN named just before in the clause, or the persons of
        # a violation count this clause breaks down, when it says what happened to them
        clause_before_words = words_of(doc, _clause(doc, ent.start, noun_end, sent, reach=10)[0])
        if not lx.ASN_NOUNS.isdisjoint(clause_before_words) or _violators_described_before(
                doc, ent.start, set(clause_before_words)):
            # "Yang sudah dijatuhi sanksi oleh PPK baru 58 orang": persons whose violation is said before
            kind, count.asn_named_before = "asn", True
        else:
            breakdown_of = _person_breakdown_of(article.facts, sent, ent.start, article.referenced)
            if breakdown_of is None or not states_status(doc, before, after):
                return None
            # of a workforce ("Dari 8.432 ASN tersebut, 12 orang pernah dilaporkan"), only violators count
            if breakdown_of.fact_type == "asn_headcount" and not words_after & lx.ASN_VIOLATION_CUES:
                return None
    if kind == "running":
        fact_type, unit, status = "related_candidates", "persons", ""
    elif breakdown_of is not None:
        fact_type, unit, status = "violation_count", "persons", status_of(doc, sent, ent.start, before, after,
                                                                          article.quantities)
    elif kind == "cases":
        # "dua lainnya" (the noun left out): "lainnya" is the rest of the count, not another kind of offence
        named_after = after_words[1:] if noun_end == ent.end and after_words[:1] == ["lainnya"] else after_words
        if not _neutrality_context(sent, prev_sent, article.about_neutrality) or _other_kind_named(named_after,
                                                                                                  count.value):
            return None
        if after_words[:1] in (["lain"], ["lainnya"]) and not states_status(doc, before, after):
            return None  # "Satu kasus lain menyangkut mobil dinas": what one of the cases was, not a count
        status = status_of(doc, sent, ent.start, before, after, article.quantities)
        if lower_texts(doc)[noun_end - 1] in lx.PROVEN_CASE_NOUNS and status != "target" and (
                status != "sanctioned" or lx.SANCTION_GIVEN_CUES.isdisjoint(words_of(doc, after))):
            status = "proven"  # "500 rekomendasi sanksi untuk ASN": recommendations, proven, of a sanction not yet given
        fact_type, unit = "violation_count", "cases"
    elif kind == "asn":
        classified = _classify_asn(article, count, words_before, words_after, after_words, prev_sent)
        if classified is None:
            return None
        fact_type, unit, status = classified
    else:  # candidates
        if after and after[-1] + 2 < sent.end and lower_texts(doc)[after[-1] + 1:after[-1] + 3] == ["dan", "wakil"]:
            # "tiga bakal calon bupati dan wakil bupati berstatus ASN": one office, not two clauses
            after_words = after_words + words_of(doc, _clause(doc, after[-1] + 2, after[-1] + 3, sent)[1])
            words_after = set(after_words)
        if not (words_after & lx.RELATION_CUES or _related_to_asn(after_words)):
            return None
        fact_type, unit, status = "related_candidates", "persons", ""
    if ent.start in article.totals:
        # "14 dari 20 ASN yang dilaporkan terbukti melanggar": the total is what was reported, and the
        # clause's other words (proven, related to ASN) belong to the part
        if fact_type != "violation_count" or not words_after & lx.REPORTED_CUES:
            return None
        status = "reported"
    return fact_type, unit, status


def _classify_asn(article: Article, count: Count, words_before: set[str], words_after: set[str],
                  after_words: list[str], prev_sent: Span | None) -> tuple[str, str, str] | None:
    """A number of ASN: violators (with their status), a workforce, or neither."""
    doc, ent, sent, noun_end, before = article.doc, count.ent, count.sent, count.noun_end, count.before
    clause_before = set(words_of(doc, _clause(doc, ent.start, noun_end, sent, reach=10)[0]))
    cues_before = set(words_of(doc, before[-3:])) & lx.ASN_VIOLATION_BEFORE
    if cues_before <= {"kepada", "terhadap"} and not clause_before & (VIOLATION_WORDS | lx.SANCTION_CUES):
        cues_before = set()  # "Selamat kepada 612 PPPK yang menerima SK": no sanction given to them
    if _decision_for(doc, ent.start):
        cues_before.add("untuk")  # "meneruskan rekomendasi untuk enam ASN ke KASN"
    violating = (
        count.part_of_violations or _names_violation_count(doc, ent.start, sent)
        or bool(words_after & lx.ASN_VIOLATION_CUES) or bool(cues_before)
        or has_phrase(after_words[:3], lx.NOT_NEUTRAL)
        or (count.asn_named_before and bool(clause_before & (lx.ASN_VIOLATION_CUES | {"pelanggaran"})))
        or _violators_described_before(doc, ent.start, clause_before)
    )
    if _in_violation_ranking(doc, sent, prev_sent, article.violation_rankings):
        violating = True
        article.violation_rankings.add(sent.start)
    # "memiliki 9.500 pegawai", "Dari sekitar 6.300 ASN di lingkup Pemkab Poso, ...", "jumlah pegawai ..."
    lower = lower_texts(doc)
    workforce = (count.prev_tok in lx.WORKFORCE_VERBS or "dari" in lower[max(sent.start, ent.start - 2):ent.start]
                 or bool({"jumlah", "total"} & words_before))
    described = _described_after_an_aside(doc, noun_end, sent.end)
    if not violating and not workforce and described:
        # "50 ASN Kabupaten Sigi, Sulawesi Tengah, yang melanggar netralitas"
        violating, count.after = True, described
    if violating:
        return "violation_count", "persons", status_of(doc, sent, ent.start, before, count.after, article.quantities)
    if not workforce and not (lx.HEADCOUNT_BLOCKERS | lx.ASN_VIOLATION_CUES).isdisjoint(lower[noun_end:sent.end]):
        return None  # "1.005 ASN diadukan ...", "178 ASN belum disanksi": ASN of complaints or cases, no workforce
    if count.value < lx.HEADCOUNT_MIN or ((words_after | words_before) & lx.PARTICIPATION_CUES
                                         and count.prev_tok not in lx.WORKFORCE_VERBS):
        # "1.200 ASN mengikuti apel" is no headcount; "Pemkot yang mempekerjakan 5.947 ASN sudah
        # menandatangani pakta integritas" is
        return None
    if _is_component(doc, sent, ent.start, article.facts):
        return None
    return "asn_headcount", "persons", ""


def _record(article: Article, count: Count, fact_type: str, unit: str, status: str) -> None:
    """The fact with its scope, region and election, kept unless it is one already stated."""
    doc, ent, sent, noun_end, facts = article.doc, count.ent, count.sent, count.noun_end, article.facts
    mentions, title_end = article.mentions, article.title_end
    national = (
        _is_national(sent, ent.start, noun_end)
        or _national_body_without_region(doc, sent, ent.start, mentions)
        # a breakdown of a national figure, with no region of its own, is national too
        or (bool(facts) and facts[-1].scope == "national" and not _regions_in(doc, sent, mentions)
            and (_refers_back(sent, ent.start) or facts[-1].sentence == span_text(sent).strip()))
    )
    fact_end = token_starts(doc)[noun_end - 1] + len(token_texts(doc)[noun_end - 1])
    region = "" if national else _nearest_region(doc, mentions, sent, ent.start_char, fact_end)
    regionless_headline = False
    if not national and not region:
        # no region of its own: the article's, unless the article leads with a national figure
        # ("Bawaslu RI mencatat 1.200 ...": its later figures without a region are national too)
        lead = next((f for f in facts if f.start_char >= title_end), None)
        national = (article.national_story or lead is not None and lead.scope == "national") \
            and not _regions_in(doc, sent, mentions) or article.national_story and not article.region
        region = "" if national else article.region
        regionless_headline = not national and ent.start_char < title_end and not _regions_in(doc, sent, mentions)
    etype, eyear = _sentence_election(doc, sent, ent.start_char, *article.election, article.published)
    source = article.referenced.get(sent.start) or (facts[-1] if facts and _refers_back(sent, ent.start) else None)
    if source is not None and not _names_election(doc, sent):
        etype, eyear = source.election_type, source.election_year  # a breakdown keeps its figure's election
    fact = Fact(
        fact_type=fact_type, value=count.value, unit=unit, status=status,
        scope="national" if national else "regional", region_code=region,
        election_type=etype, election_year=eyear,
        sentence=span_text(sent).strip(), start_char=ent.start_char, end_char=fact_end,
    )
    if fact_type == "violation_count":
        article.violations.setdefault(sent.start, []).append(fact)
        if restated_without_status(doc, fact, facts, count.before, count.after):
            return
    each = _regions_counted_each(doc, sent, mentions, ent.start, region) if not national else []
    for fact in [fact, *(dataclasses.replace(fact, region_code=code) for code in each)]:
        if fact.key() in article.seen:
            # the same figure again: one fact, evidenced in the body rather than in the headline
            index = article.seen[fact.key()]
            if facts[index].start_char < title_end <= fact.start_char:
                facts[index] = fact
                article.regionless_headlines.discard(index)
            continue
        article.seen[fact.key()] = len(facts)
        if regionless_headline:
            article.regionless_headlines.add(len(facts))
        facts.append(fact)


def _regions_counted_each(doc: Doc, sent: Span, mentions: list, start: int, region: str) -> list[str]:
    """'Kabupaten Merangin dan Kabupaten Kerinci ..., masing-masing delapan kasus': the other regions the
    number is also the count of (the regions named in the sentence before it, after any earlier number)."""
    if start == 0 or lower_texts(doc)[start - 1] not in ("masing-masing", "masing"):
        return []
    starts = token_starts(doc)
    since = max((e.end for e in ents_labelled(doc, "QUANTITY") if sent.start <= e.end <= start - 1), default=sent.start)
    codes = [m[2] for m in _regions_in(doc, sent, mentions) if starts[since] <= m[0] < starts[start]
             and len(m[2]) == len(region)]  # of the same level: not the province whose body speaks
    return [code for n, code in enumerate(codes) if code != region and code not in codes[:n]] if len(set(codes)) > 1 else []


def _headline_scope_from_lead(facts: list[Fact], regionless: set[int], title_end: int) -> list[Fact]:
    """A headline figure without a region of its own ("Lebih dari 400 ASN Dilaporkan ...") is national when
    the body leads with a national figure: the headline comes first, so it was given the article's region."""
    lead = next((f for f in facts if f.start_char >= title_end), None)
    if lead is None or lead.scope != "national" or not regionless:
        return facts
    return [dataclasses.replace(f, scope="national", region_code="") if n in regionless else f
            for n, f in enumerate(facts)]


def _prefer_body_over_title(facts: list[Fact], title_end: int) -> list[Fact]:
    """A headline number is restated in the body with its context (scope, status, region): keep that one."""
    body = {(f.fact_type, f.value) for f in facts if f.start_char >= title_end}
    return [f for f in facts if f.start_char >= title_end or (f.fact_type, f.value) not in body]


@Language.component("asn_facts")
def asn_facts(doc: Doc) -> Doc:
    doc.user_data[FACTS] = [f.to_dict() for f in extract_facts(doc)]
    for key in CACHES:  # per-doc caches of the rules; not worth keeping or sending between processes
        doc.user_data.pop(key, None)
    return doc
