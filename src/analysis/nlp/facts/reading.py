"""Reading a number's words: the noun it counts, its clause, and whether it is a count of its own."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import staff_of_no_asn
from analysis.nlp.doc_data import is_punct_text, lower_texts, span_text, token_starts, token_texts
from analysis.nlp.facts.clauses import (
    clause_tokens_after,
    entity_labels,
    is_partitive,
    opens_a_status,
    opens_sentence,
    skip_parenthetical_number,
    speech_aside_closed_at,
    text_of,
)
from analysis.nlp.facts.hypotheticals import before_a_condition
from analysis.nlp.facts.others import names_other_actors
from analysis.nlp.facts.state import Fact
from analysis.nlp.numbers import opens_a_number
from analysis.nlp.phrases import has_phrase


def counted_noun(doc: Doc, end: int, sent_end: int) -> tuple[str, int] | None:
    """What the number ending before token `end` counts: ('cases'|'asn'|'persons'|'candidates', noun end)."""
    j = skip_parenthetical_number(doc, end, sent_end)
    lower, texts = lower_texts(doc), token_texts(doc)
    saw_person_classifier = saw_suspect = False
    for _ in range(3):
        if j >= sent_end:
            break
        word = lower[j]
        if _opens_asn_noun(lower, j):
            return "asn", _past_other_names(doc, _asn_noun_end(doc, j, sent_end), sent_end)
        if word in lx.CASE_NOUNS:
            return "cases", j + 1
        if word in lx.CANDIDATE_NOUNS:
            # "calon", "bakal calon", "bakal pasangan calon", "pasangan bakal calon": bare "pasangan" is not one
            k = j
            while k < sent_end and k - j < 3 and lower[k] in lx.CANDIDATE_NOUNS:
                k += 1
            if set(lower[j:k]) - {"bakal", "pasangan"}:
                return "candidates", k
            return None
        if word in lx.PERSON_CLASSIFIERS:
            saw_person_classifier = True
            j += 1
            continue
        if word in ("buah", "lagi", "lebih"):  # "200 lebih laporan": two hundred and more, as the text counts them
            j += 1
            continue
        if word == "anggota" and j + 1 < sent_end and _opens_asn_noun(lower, j + 1):
            j += 1  # "7 anggota ASN": members of the civil service, counted as ASN
            continue
        if word in SUSPECT_WORDS:  # "dua terduga oknum ASN": suspected ones, counted as the ASN they are
            saw_suspect = True
            j += 1
            continue
        if word == "surat" and j + 1 < sent_end and lower[j + 1] in lx.CASE_NOUNS:
            j += 1  # "tiga surat rekomendasi": letters, each a case
            continue
        if texts[j] == "(" and j + 2 < sent_end and texts[j + 2] == ")" and lower[j + 1] in lx.CASE_NOUNS:
            return "cases", j + 3  # "ada kurang lebih 10 (laporan)": the noun the reporter added in brackets
        if texts[j] == "(" and j + 2 < sent_end and texts[j + 2] == ")" and lower[j + 1] in lx.PERSON_CLASSIFIERS:
            saw_person_classifier = True  # "sebelas (orang) terbukti": persons, so the reporter added
            j += 3
            continue
        if saw_person_classifier and j + 1 < sent_end and texts[j].isalpha() and _opens_asn_noun(lower, j + 1):
            # "seorang oknum guru ASN": the civil servant named by their work too, what follows said of them
            return "asn", _past_other_names(doc, _asn_noun_end(doc, j + 1, sent_end), sent_end)
        break
    # "seorang kepala sekolah berstatus PNS": a person named by another title who is ASN; "empat pengawai negeri
    # sipil (PNS)", "21 orang Apatur Sipil Negara (ASN)": a name misspelt in full, its acronym in brackets after it;
    # "600 orang (ASN)": the persons named by the acronym alone
    for k in range(j, min(j + 4, sent_end - 1)):
        if lower[k] == "berstatus" and lower[k + 1] in lx.ASN_NOUNS:
            return "asn", k + 2
        bracketed = texts[k] == "(" and k + 2 < sent_end and texts[k + 2] == ")" and lower[k + 1] in lx.ASN_NOUNS
        if bracketed and (k > j or saw_person_classifier):
            return "asn", k + 3
        if not texts[k].isalpha():
            break
    if saw_person_classifier or saw_suspect:  # "dengan 20 terlapor": the persons reported
        return "persons", j
    return None


SUSPECT_WORDS = {"terduga", "terlapor"}


def _opens_asn_noun(lower: list[str], j: int) -> bool:
    """Word j opens a name of civil servants: 'ASN', 'pegawai', 'aparatur sipil negara' ('aparat sipil negara':
    the press's slip for 'aparatur', never anyone else's); not 'pegawai kontrak', 'pegawai tidak tetap'."""
    if lower[j] in lx.ASN_NOUNS:
        return lower[j] != "pegawai" or not staff_of_no_asn(lower[j + 1 : j + 3])
    return lower[j : j + 3] == ["aparat", "sipil", "negara"]


def _asn_noun_end(doc: Doc, j: int, sent_end: int) -> int:
    """The end of the name of civil servants opening at token j, its acronym in brackets included ('dua aparatur
    sipil negara (ASN)')."""
    lower, texts = lower_texts(doc), token_texts(doc)
    end = j + (3 if text_of(doc, j, min(j + 3, len(doc))).lower() in lx.ASN_IN_FULL else 1)
    if end + 2 < sent_end and texts[end] == "(" and texts[end + 2] == ")" and lower[end + 1] in lx.ASN_NOUNS:
        end += 3
    return end


def _past_other_names(doc: Doc, end: int, sent_end: int) -> int:
    """Past the other names the same persons are given after theirs: 'lima PNS atau ASN', 'delapan ASN atau pegawai
    negeri' are five and eight civil servants, what follows is said of them."""
    lower = lower_texts(doc)
    while end + 1 < sent_end and lower[end] == "atau" and _opens_asn_noun(lower, end + 1):
        end = _asn_noun_end(doc, end + 1, sent_end)
    return end


def noun_named_before(doc: Doc, start: int, sent: Span) -> tuple[str, int] | None:
    """'pelanggaran netralitas ASN sebanyak 12': the number links back to the noun before it."""
    lower = lower_texts(doc)
    start = _past_hedge_and_comparison(lower, start, sent.start)
    if start == sent.start or lower[start - 1] not in lx.BACK_REFERENCE_LINKS:
        return None
    window = []
    i = start - 2
    while i >= sent.start and start - i <= 10 and lower[i] not in (",", ";", ":"):
        window.append(lower[i])
        i -= 1
    if not lx.SUMMING_WORDS.isdisjoint(window[:3]):
        # "ASN instansi pusat sebanyak 38.204 dan instansi daerah 159.731 sehingga total berjumlah 197.935": the sum
        # of the parts counts what they count, named with the first of them
        window = lower[sent.start : start - 1]
    # "pelanggaran netralitas ASN ... sebanyak 14" counts violations: a case noun is the head when present.
    if set(window) & lx.CASE_NOUNS:
        return "cases", start
    if set(window) & lx.ASN_NOUNS and lx.RECRUITMENT_NOUNS.isdisjoint(window):
        return "asn_before", start  # not "formasi PPPK ... sebanyak 120.450": posts, not people
    return None


def _past_hedge_and_comparison(lower: list[str], start: int, sent_start: int) -> int:
    """Where the words linking a number to its noun end: before a spoken hedge ("jumlah aduan kini lebih dari jika
    tidak salah 270") and the "dari" of "lebih dari" / "kurang dari" (the link is "lebih")."""
    if start - 3 >= sent_start and tuple(lower[start - 3 : start]) in lx.HEDGES:
        start -= 3
    if start - 2 >= sent_start and lower[start - 1] == "dari" and lower[start - 2] in ("lebih", "kurang"):
        start -= 1
    return start


def has_own_noun(doc: Doc, end: int, sent_end: int) -> bool:
    """Whether the number is followed by a word that is its noun ("12 desa"), so it cannot link back."""
    if end >= sent_end:
        return False
    word = lower_texts(doc)[end]
    return token_texts(doc)[end].isalpha() and word not in lx.NOUNLESS_FOLLOWERS and word not in lx.CLAUSE_BREAKS


def violations_before(
    violations: dict[int, list[Fact]], starts: list[int], sent_index: dict[int, int], sent: Span, reach: int
) -> list[Fact]:
    """The violation counts stated in the `reach` sentences before this one, the nearest last stated first
    ('... menemukan tiga ASN ... . Ketiganya merupakan pegawai ... . Dua di antaranya terbukti ...')."""
    n = sent_index.get(sent.start, 0)
    return [f for k in range(n - 1, max(-1, n - 1 - reach), -1) for f in reversed(violations.get(starts[k], []))]


def noun_of(fact: Fact) -> str:
    """The counted noun a breakdown of this violation count takes."""
    return "cases" if fact.unit == "cases" else "asn"


_SAYING_OR_DECIDING = lx.SPEECH_VERBS | lx.DECIDING_VERBS


def opens_clause(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the token opens the sentence or the reported clause after a verb of saying."""
    # "Bawaslu memutuskan 314 di antaranya ...": a verb of deciding opens the clause of what it decided, with a
    # comma or without ("Bawaslu memutuskan, 314 di antaranya ...")
    if opens_sentence(doc, sent, start):
        return True
    lower = lower_texts(doc)
    verb = start - 2 if start - 1 > sent.start and lower[start - 1] == "," else start - 1
    return verb >= sent.start and lower[verb] in _SAYING_OR_DECIDING


# Words that may open a sentence before the part of a count it goes on with: "Ada 7 yang ...", "Total 11 yang ...",
# "Baru satu yang ..."; and the reference to the count ("Dari jumlah itu, 10 diantaranya ...")
PART_LEADS = {
    "ada",
    "total",
    "sebanyak",
    "baru",
    "hanya",
    "dan",
    "sedangkan",
    "sementara",
    "yang",
    "kemudian",
    "lalu",
    "selanjutnya",
}


def opens_with_a_part(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the number opens the sentence as the part of a count stated before: "Satu sudah direkomendasikan",
    "Ada 7 yang sudah diberi sanksi", "Dari jumlah itu, 10 diantaranya terbukti", "Dari jumlah kasus itu, kata
    Ali, 10 diantaranya terbukti" (who said it aside), "Ali menjelaskan, dari jumlah itu, 10 diantaranya ..."."""
    texts, lower = token_texts(doc), lower_texts(doc)
    said_by = speech_aside_closed_at(texts, lower, start - 1, sent.start) if start - sent.start >= 3 else None
    words = [lower[i] for i in range(sent.start, start if said_by is None else said_by) if not is_punct_text(texts[i])]
    if all(word in PART_LEADS for word in words):
        return True
    topic = next((w for w in words if w not in _TOPIC_OPENERS), "")
    if topic in _TOPIC_LEADS and lower[start - 1] == ",":
        # "(Adapun) terkait dugaan pelanggaran netralitas ASN, tiga di antaranya sudah dibuatkan rekomendasi"
        return True
    while words and words[-1] in PART_LEADS:  # "Dari jumlah itu ada 6 diantaranya terbukti"
        words.pop()
    said = next((k for k in range(len(words) - 1, -1, -1) if words[k] in lx.SPEECH_VERBS), None)
    if said is not None:
        words = words[said + 1 :]  # "Fulan menjelaskan, dari jumlah tersebut, 455 di antaranya ...": what was said
    return (
        len(words) >= 3
        and words[0] == "dari"
        and (words[-2], words[-1]) in lx.ANAPHORA
        and set(words[1:-2]) <= _ANAPHORA_NOUNS
    )


_ANAPHORA_NOUNS = {noun for noun, _ in lx.ANAPHORA} | lx.CASE_NOUNS
_TOPIC_LEADS = {"terkait", "soal", "mengenai", "tentang", "menyangkut"}  # what the sentence is about, then a comma
_TOPIC_OPENERS = {"adapun", "sedangkan", "sementara", "dan", "lalu", "kemudian"}


def decision_for(doc: Doc, start: int) -> bool:
    """'rekomendasi untuk enam ASN', 'sanksi tegas bagi 3 ASN': a decision right before 'untuk'/'bagi' and the
    number (not 'sosialisasi pencegahan pelanggaran untuk 300 ASN', where the noun is further back)."""
    lower = lower_texts(doc)
    if start < 2 or lower[start - 1] not in ("untuk", "bagi"):
        return False
    return lower[start - 2] in lx.DECISION_NOUNS or (start >= 3 and lower[start - 3] in lx.DECISION_NOUNS)


VIOLATION_REACH = 15  # tokens after an ASN count where "yang melanggar ..." may still describe them


def ranks(words: list[str]) -> bool:
    return not lx.RANKING_CUES.isdisjoint(words) or has_phrase(words, lx.RANKING_PHRASES)


def in_violation_ranking(doc: Doc, sent: Span, prev_sent: Span | None, rankings: set[int]) -> bool:
    """'lima provinsi dengan ASN dilaporkan tertinggi yakni Sulawesi Tenggara sebanyak 142 ASN, ...', or a
    list ('... di urutan teratas dengan 17 ASN, disusul ...') after a sentence that announces the ranking
    of violations: each number counts violators; `rankings` holds the starts of the sentences found so."""
    lower = lower_texts(doc)
    words = lower[sent.start : sent.end]
    announced = lower[prev_sent.start : prev_sent.end] if prev_sent is not None else []
    if not ranks(words):
        # "Muna paling tinggi, ada 11 ASN. Kemudian Konawe Selatan tujuh ASN, ...": the list goes on, also when
        # its first place was someone else's ("Yang paling banyak dilaporkan adalah caleg, 73 orang. Setelahnya
        # ada ..., ASN 57 orang")
        opener = next((w for w in words if not is_punct_text(w)), "")
        return (
            opener in lx.LIST_CONTINUATIONS
            and prev_sent is not None
            and (prev_sent.start in rankings or ranks(announced) and _of_violations(announced))
        )
    if _of_violations(words):
        return True
    return ranks(announced) and _of_violations(announced)


def _of_violations(words: list[str]) -> bool:
    """'pelanggaran', 'melanggar' ... or 'tidak netral' ('200 ASN yang tidak netral, terbanyak dari ...')."""
    return not lx.VIOLATION_WORDS.isdisjoint(words) or has_phrase(words, lx.NOT_NEUTRAL)


def is_component(doc: Doc, sent: Span, start: int, facts: list[Fact]) -> bool:
    """'8.432 orang, terdiri dari 6.000 PNS dan 2.432 PPPK': a part of the headcount just stated; 'instansi pusat
    sebanyak 38.204 dan instansi daerah 159.731 sehingga total berjumlah 197.935': a part of the sum said after it."""
    lower = lower_texts(doc)
    summed = next((k for k in range(start + 1, sent.end) if lower[k] in lx.SUMMING_WORDS), None)
    if summed is not None and _sum_figure_at(lower, summed + 1) is not None:
        return True
    earlier = facts[-1] if facts else None
    if earlier is None or earlier.fact_type != "asn_headcount" or earlier.sentence != span_text(sent).strip():
        return False
    starts = token_starts(doc)
    between = {lower[i] for i in range(sent.start, start) if starts[i] >= earlier.end_char}
    return bool(between & lx.COMPONENT_CUES)


SUM_REACH = 3  # words from the sum's word to its figure: "total berjumlah 197.935", "sehingga totalnya 197.935"


def _sum_figure_at(lower: list[str], i: int) -> int | None:
    """Where the figure of a sum opens, from i past the words that link it ("berjumlah", "mencapai"), or None (not
    "total anggaran Rp 5 miliar": another thing's total)."""
    for k in range(i, min(len(lower), i + SUM_REACH)):
        if opens_a_number(lower[k]):
            return k
        if lower[k] not in lx.BACK_REFERENCE_LINKS:
            return None
    return None


def in_range(doc: Doc, ent: Span, quantities: dict[int, Span], quantity_ends: set[int]) -> bool:
    """'satu hingga dua kasus', '5-10 ASN': either end of a range, which counts nothing exactly."""
    lower = lower_texts(doc)
    if ent.end + 1 < len(doc) and lower[ent.end] in lx.RANGE_WORDS and ent.end + 1 in quantities:
        return True
    return ent.start >= 2 and lower[ent.start - 1] in lx.RANGE_WORDS and ent.start - 1 in quantity_ends


_WHOLE_WORDS = {"total", "jumlah", "keseluruhan", "seluruh"}


def total_of(doc: Doc, ent: Span, quantities: dict[int, Span], sent_end: int) -> Span | None:
    """In 'N dari M noun', the quantity M of which N is a part; also past the part's noun and share, as in
    '183 ASN atau sekitar 45,4 persen dari 403 ASN yang dilaporkan'."""
    lower = lower_texts(doc)
    j = ent.end
    if j < sent_end and lower[j] != "dari":
        while (
            j < sent_end and j - ent.end < SHARE_REACH and (lower[j] in _PART_NOUN_OR_SHARE or _SHARE.match(lower[j]))
        ):
            j += 1
        if lx.SHARE_UNITS.isdisjoint(lower[ent.end : j]) and not (
            lower[j : j + 1] == ["dari"] and lower[j + 1 : j + 2] and lower[j + 1] in _WHOLE_WORDS
        ):
            # only a share said between the part and "dari", or a whole said after it ("150 ASN dari keseluruhan 375
            # ASN"), makes the total its whole
            return None
    if j + 1 < sent_end and lower[j] == "dari":
        # "37 dari total 271 orang", "150 ASN atau 40 persen dari keseluruhan 375 ASN": the total said to be one
        said_total = lower[j + 1] in _WHOLE_WORDS
        return quantities.get(j + 2 if said_total else j + 1)
    return None


def total_reported(lower: list[str], start: int, after_words: list[str]) -> bool:
    """'14 dari 20 ASN yang dilaporkan terbukti melanggar': the total M of "N dari M", at `start`, is what its own
    clause says was reported; after the part ("41 dari 88 Pj kepala daerah terlibat dalam pelanggaran"), a verb
    with no "yang" before it is the part's."""
    cue = next(
        (
            i
            for i, word in enumerate(after_words)
            if word in lx.REPORTED_CUES and not (word == "ada" and after_words[i - 1 : i] == ["yang"])
        ),
        None,
    )
    if cue is None:
        return False  # (nor "16 camat yang ada": those there are, no report)
    part_before = start >= 2 and lower[start - 1] == "dari" and opens_a_number(lower[start - 2])
    return not part_before or "yang" in after_words[:cue]


SHARE_REACH = 8  # tokens of the part's noun and share: "183 orang ASN atau sekitar 45,4 persen"
_PART_NOUN_OR_SHARE = (
    lx.ASN_NOUNS | lx.PERSON_CLASSIFIERS | lx.SHARE_UNITS | {"atau", "sekitar", "kurang", "lebih", "kira-kira"}
)
_SHARE = re.compile(r"\d+(,\d+)?$")


_UNNAMED_PLACES = lx.PLACE_NOUNS | {"kelurahan"}
_SOME = {"beberapa", "sejumlah", "banyak", "sebagian", "ada"}


def of_places_unnamed(lower: list[str], start: int, sent_start: int) -> bool:
    """'ada beberapa daerah yang nol kasus': a figure said of each of some places the sentence does not name (none
    of them the story's)."""
    k = start - 1
    return (
        k - 2 >= sent_start
        and lower[k] == "yang"
        and lower[k - 1] in _UNNAMED_PLACES
        and (lower[k - 2] in _SOME or opens_a_number(lower[k - 2]))
    )


RANKED_KINDS_REACH = 5  # words from the counted noun to the superlative: "pelanggaran netralitas ASN tertinggi"


def ranks_kinds(lower: list[str], noun_end: int, sent_end: int) -> bool:
    """'Lima pelanggaran netralitas ASN tertinggi adalah kampanye di media sosial, ...': the top kinds of a ranking
    are named, none counted."""
    after = lower[noun_end : min(sent_end, noun_end + RANKED_KINDS_REACH)]
    top = next((i for i, word in enumerate(after) if word in lx.RANK_SUPERLATIVES), None)
    return top is not None and noun_end + top + 1 < sent_end and lower[noun_end + top + 1] in lx.NAMING_WORDS


_PLACES_SPREAD = lx.PLACE_NOUNS | {"berbagai", "seluruh", "sejumlah", "beberapa", "dan"}


_NEW_CLAUSE_OPENERS = {"dan", "serta", "sedangkan", "sementara"}


def described_after_an_aside(doc: Doc, noun_end: int, sent_end: int) -> list[int]:
    """'50 ASN Kabupaten Sigi, Sulawesi Tengah, yang melanggar netralitas', 'Dua ASN di Kabupaten Gowa, Sulawesi
    Selatan diduga terlibat kampanye': the clause that says what the ASN did, past the place named between
    (tokens of the clause, or [] when there is none)."""
    lower, texts = lower_texts(doc), token_texts(doc)
    end = min(sent_end, noun_end + VIOLATION_REACH)

    def in_place(i: int) -> bool:
        return (
            texts[i].istitle()
            or texts[i].isupper()
            or is_punct_text(texts[i])
            or lower[i] in lx.PLACE_WORDS
            or lower[i] in _PLACES_SPREAD  # "dari beberapa kota dan kabupaten di Sulawesi Utara, dinilai ..."
        )

    k = next((i for i in range(noun_end, end) if lower[i] == "yang" or not in_place(i)), None)
    if (
        k is None
        # "18 orang, dan yang sudah keluar rekomendasinya baru empat": another clause, of a part
        or lower[k - 1] in _NEW_CLAUSE_OPENERS
        or not all(in_place(i) for i in range(noun_end, k))
        or lower[k] != "yang"
        and "," not in texts[noun_end:k]
        and not (lower[noun_end] in lx.PLACE_WORDS and _says_they_violated(lower[k : k + 2]))
    ):
        # a clause right after the noun, with no place in between, is the count's own; past a place it says what
        # they did when it starts so ("empat ASN di Kota A tidak netral")
        return []
    clause = list(range(k, min(sent_end, k + VIOLATION_REACH)))
    # "300 ASN yang melakukan pelanggaran": the relative clause says they violated
    words = before_a_condition(lower[k : clause[-1] + 1])
    return clause if not lx.ASN_VIOLATION_WORDS.isdisjoint(words) or has_phrase(words, lx.NOT_NEUTRAL) else []


def _says_they_violated(words: list[str]) -> bool:
    """Whether the words open by saying the persons violated: 'diduga ...', 'melanggar ...', 'tidak netral'."""
    return bool(words) and (words[0] in lx.ASN_VIOLATION_CUES or tuple(words) in lx.NOT_NEUTRAL)


def only_a_place(doc: Doc, after: list[int]) -> bool:
    """The clause after a count names at most where ('di Kabupaten Bogor'): it says nothing about the count."""
    lower, texts, labels = lower_texts(doc), token_texts(doc), entity_labels(doc)
    words = [i for i in after if texts[i] not in ("(", ")")]  # "di Pemerintah Kota (Pemkot) A": the office's acronym
    return len(words) <= 6 and all(
        lower[i] in ("di", "dari", "lingkungan")
        # (a headline's words in capitals are no place: "23 ASN Sumbar Lakukan Pelanggaran Pilkada, 18 Sudah ...")
        or texts[i].istitle()
        and lower[i] not in _SAID_OF_VIOLATORS
        or labels[i] == "REGION"
        for i in words
    )


_SAID_OF_VIOLATORS = lx.ASN_VIOLATION_WORDS | {"lakukan", "melakukan"}


def shared_predicate(doc: Doc, noun_end: int, sent: Span, quantities: dict[int, Span]) -> list[int]:
    """'12 ASN di Kabupaten Bogor, 7 ASN di Kota Bogor, dan 4 ASN di Kota Depok dilaporkan melanggar': the
    counts of a list share the predicate that follows its last item; [] when no list follows the number."""
    last = None
    i = noun_end
    while i < min(sent.end, noun_end + 40):
        quantity = quantities.get(i)
        if quantity is not None and lower_texts(doc)[i - 1] in lx.LIST_LINKS:
            noun = counted_noun(doc, quantity.end, sent.end) or _other_actors_noun(doc, quantity.end, sent.end)
            if noun is None or noun[0] not in ("asn", "persons") or is_partitive(doc, noun[1], sent.end):
                return []  # "..., dan 12 ASN di antaranya dilaporkan": a part of the first, not a list
            last = (quantity.start, noun[1])
            i = noun[1]
            continue
        i += 1
    return clause_tokens_after(doc, last[1], sent) if last else []


def _other_actors_noun(doc: Doc, start: int, sent_end: int) -> tuple[str, int] | None:
    """'... dan 1 anggota Polri aktif yang telah diproses': people who are not ASN, counted beside them (persons,
    up to the end of their name), so that what is said after them is said of the ASN too."""
    lower = lower_texts(doc)
    for width in range(1, 4):
        if start + width <= sent_end and names_other_actors(lower[start : start + width]):
            return "persons", start + width
    return None


def labels_a_number(prev_tok: str, lower: list[str], end: int) -> bool:
    """'tanggal 14', 'pukul 10', 'Pasal 2', 'simbol angka 2': the word before makes the number no count; not in 'dari
    angka 204 pelanggaran', the figure of the cases."""
    if prev_tok == "angka":
        return end >= len(lower) or lower[end] not in lx.CASE_NOUNS
    return prev_tok in lx.NOT_A_COUNT_BEFORE


def sibling_in_another_place(doc: Doc, ent: Span, sent: Span) -> bool:
    """'di Kota A tercatat 5 ASN dan 2 di Kabupaten B': a number with no noun, joined to the count just before it and
    followed by a place of its own (its noun is that count's)."""
    lower = lower_texts(doc)
    if ent.start - 2 < sent.start or lower[ent.start - 1] not in ("dan", "serta", ","):
        return False
    return lower[ent.start - 2] in _COUNT_NOUNS and lower[ent.end : ent.end + 1] in (["di"], ["dari"])


_COUNT_NOUNS = lx.ASN_NOUNS | lx.CASE_NOUNS | {"orang"}


SHARE_WORDS = 5  # a share said beside a number: "atau sekitar 52 persen", "atau 45,4 %"


def status_follows(doc: Doc, end: int, sent_end: int) -> bool:
    """'enam terbukti melanggar', 'tujuh sudah terbukti', 'empat dinyatakan terbukti': a number whose noun is
    left out, followed by what was decided about it."""
    end = skip_parenthetical_number(doc, end, sent_end)  # "4 (empat) sudah direkomendasikan"
    lower = lower_texts(doc)
    if lower[end : end + 1] == ["lebih"]:
        end += 1  # "250 lebih disanksi": more than, as the text counts them
    if lower[end : end + 1] == ["atau"]:
        # "hanya 247 atau sekitar 52 persen yang dijatuhi sanksi": the share said beside it
        end = next((k + 1 for k in range(end + 1, min(end + SHARE_WORDS, sent_end)) if lower[k] in lx.SHARE_UNITS), end)
    return opens_a_status(lower, end, sent_end)


# Words before "yang" that leave its clause without a noun of its own: "Itu yang sudah direkomendasikan ada 6"
_HEADLESS_BEFORE = {"itu", "ini", "dan", "sedangkan", "sementara", "adapun", "kalau", "nah"}
_NUMBER_AFTER_CLAUSE = {"ada", "sebanyak", "berjumlah", "mencapai"}


def status_said_before(doc: Doc, sent: Span, start: int) -> bool:
    """'Itu yang sudah direkomendasikan ke KASN ada 6': a number whose noun is left out, after a clause with no
    noun of its own ("yang" opening the sentence, or after "itu") that says what was decided about it."""
    lower, texts = lower_texts(doc), token_texts(doc)
    if start == sent.start or lower[start - 1] not in _NUMBER_AFTER_CLAUSE:
        return False
    words = [lower[i] for i in range(sent.start, start - 1) if not is_punct_text(texts[i])]
    if "yang" not in words:
        return False
    k = words.index("yang")
    if not set(words[:k]) <= _HEADLESS_BEFORE:
        return False
    return opens_a_status(words, k + 1, len(words))


def names_violation_count(doc: Doc, start: int, sent: Span) -> bool:
    """'daerah dengan pelanggaran terbanyak yaitu 91 ASN', '..., yakni 9 ASN, disusul Kabupaten Bone sebanyak
    6 ASN': the number is what the violation named before it in the sentence counts."""
    if start == sent.start or lower_texts(doc)[start - 1] not in lx.COUNT_PREDICATES:
        return False
    words = []
    for word in reversed(lower_texts(doc)[max(sent.start, start - 14) : start - 1]):
        if word in (";", ":"):
            break
        words.append(word)
    return bool(set(words) & {"pelanggaran", "melanggar", "pelanggar"})


def at_a_registration_stage(before_words: list[str], after_words: list[str]) -> bool:
    """'90 diregister, 30 tidak diregister', '70 laporan sudah diregistrasi': reports counted at a stage of their
    registration, parts of a total of every kind; not one whose clause names neutrality ('satu kasus netralitas
    ASN yang sudah diregistrasi'), unless it was not (yet) registered, which is no case."""
    near = before_words[-lx.REGISTRATION_REACH :] + after_words[: lx.REGISTRATION_REACH]
    if lx.REGISTRATION_WORDS.isdisjoint(near):
        return False
    return not lx.NEGATIONS.isdisjoint(near) or lx.NEUTRALITY_CUES.isdisjoint(before_words + after_words)


_OFFENDER_NOUNS = {"pelaku", "terlapor", "pelanggar"}


def names_the_offender(lower: list[str], sent_start: int, start: int) -> bool:
    """'Pelaku adalah seorang PNS berinisial RK': the sentence says who the offender of the case before is."""
    lead = lower[sent_start:start]
    return len(lead) in (2, 3) and lead[0] in _OFFENDER_NOUNS and lead[-1] in ("adalah", "merupakan", "yakni")
