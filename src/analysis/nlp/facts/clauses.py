"""A number's clause: the words before it and after its noun, up to a clause break, that say what became of what
it counts; and the entity each token belongs to, which a clause does not break inside."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import past_a_range_of_ranks
from analysis.nlp.doc_data import doc_text, final_ents, is_punct_text, lower_texts, token_starts, token_texts
from analysis.nlp.facts.state import ENT_IDS, ENT_LABELS
from analysis.nlp.numbers import (
    CONJUNCT_REACH,
    NUMBER_OPENERS,
    YEAR_WRITTEN,
    counted_before_clause_ends,
    opens_a_number,
    parse_number,
)
from analysis.nlp.region_lists import joins_places


def skip_parenthetical_number(doc: Doc, j: int, sent_end: int) -> int:
    """Skip a number repeated in words in brackets, as formal Indonesian writes it ("5 (lima) kasus"), or its
    share beside it ("325 atau 56,9 persen ASN")."""
    texts = token_texts(doc)
    if j < sent_end and texts[j] == "(":
        k = j + 1
        while k < sent_end and k - j <= 5 and texts[k] != ")":
            k += 1
        if k < sent_end and texts[k] == ")" and parse_number(text_of(doc, j + 1, k)) is not None:
            return k + 1
    # "325 atau 56,9 persen ASN": the share said beside the number
    lower = lower_texts(doc)
    if j + 2 < sent_end and lower[j] == "atau" and lower[j + 2] == "persen" and lower[j + 1][:1].isdigit():
        return j + 3
    return j


def text_of(doc: Doc, start: int, end: int) -> str:
    """doc[start:end].text, cut from the doc's text."""
    if start >= end:
        return ""
    starts = token_starts(doc)
    last = end - 1
    return doc_text(doc)[starts[start] : starts[last] + len(token_texts(doc)[last])]


def is_partitive(doc: Doc, end: int, sent_end: int) -> bool:
    """Whether the words from `end` on make the number before them a part of a count given before."""
    end = skip_parenthetical_number(doc, end, sent_end)
    words = lower_texts(doc)[end : min(end + 2, sent_end)]
    # "dua di antaranya", "dua lainnya", "4 (empat) diantaranya": a part of a count given before
    return words[:1] in (["diantaranya"], ["lainnya"]) or words[:2] == ["di", "antaranya"]


def entity_of_token(doc: Doc) -> dict[int, tuple[str, str]]:
    """Token index -> (label, id) of the entity it belongs to, for tokens inside entities."""
    found = doc.user_data.get(ENT_IDS)
    if found is None:
        found = doc.user_data[ENT_IDS] = {
            i: (e.label_, e.ent_id_) for e in final_ents(doc) for i in range(e.start, e.end)
        }
    return found


def entity_labels(doc: Doc) -> list[str]:
    """The label of the entity each token belongs to, "" for a token outside entities: what most rules ask of
    `entity_of_token`, as one list per doc (cheaper to make, and to read, than the map)."""
    labels = doc.user_data.get(ENT_LABELS)
    if labels is None:
        labels = doc.user_data[ENT_LABELS] = [""] * len(doc)
        for e in final_ents(doc):
            labels[e.start : e.end] = (e.label_,) * (e.end - e.start)
    return labels


def clause(doc: Doc, start: int, end: int, sent: Span, reach: int = 6) -> tuple[list[int], list[int]]:
    """Tokens before the number (back to a clause break) and after the noun (up to a clause break)."""
    return clause_tokens_before(doc, start, sent, reach), clause_tokens_after(doc, end, sent)


BRACKETED_COUNT_REACH = 8  # more words of the description a count in brackets ends


def clause_tokens_before(doc: Doc, start: int, sent: Span, reach: int = 6) -> list[int]:
    """The clause's tokens before the number, back to a clause break (at most `reach` of them), in text order."""
    texts, lower, sent_start = token_texts(doc), lower_texts(doc), sent.start
    before = []
    i = start - 1
    if i > sent_start and texts[i] == ":":
        i -= 1  # "Dugaan pelanggaran administrasi: 1 kasus": the label before the colon says what is counted
    elif i > sent_start and texts[i] == "(":
        # "KPU Kabupaten/Kota mengabaikan rekomendasi Bawaslu (9 kasus)": the whole line before the bracket
        # describes what is counted
        i, reach = i - 1, reach + BRACKETED_COUNT_REACH
    while i >= sent_start and len(before) < reach:
        if texts[i] == ")" and i - 2 >= sent_start and texts[i - 2] == "(":
            before.extend((i, i - 1, i - 2))  # "pegawai negeri sipil (PNS)": an acronym, no break
            reach += 3  # nor a word of the reach: "di media sosial (medsos) Instagram (IG) yang diunggah"
            i -= 3
            continue
        if lower[i] in lx.CLAUSE_BREAKS and not _temporarily(lower, i, sent_start):
            aside = speech_aside_closed_at(texts, lower, i, sent_start)
            if aside is not None:
                i = aside - 1  # "Kasus pelanggaran netralitas ASN, kata dia, sudah tercatat 4 orang": past who said it
                continue
            other = _count_joined_before(lower, i, sent_start) if not before else None
            if other is None:
                break
            i = other - 1  # "dugaan ketidaknetralan 3 kepala desa dan 2 ASN": what is said before both
            continue
        before.append(i)
        i -= 1
    if len(before) >= reach:
        before.extend(_negation_reaching(lower, i, sent_start))
    return before[::-1]


# Words before a clause's reach where a negation of its first words may stand: "belum menerima hasil atau"
NEGATION_LOOKBACK = 4


def _negation_reaching(lower: list[str], i: int, sent_start: int) -> range:
    """The tokens from i back to a negation just before a clause's reach ended at i, whose words it denies ("belum
    menerima hasil atau putusan Komisi ... atas 13 ASN"); none when there is no such negation."""
    for k in range(i, max(sent_start, i - NEGATION_LOOKBACK + 1) - 1, -1):
        if lower[k] in lx.CLAUSE_BREAKS:
            break
        if lower[k] in lx.NEGATIONS:
            return range(i, k - 1, -1)
    return range(0)


JOINED_NOUN_WORDS = 3  # words of the noun of a count joined before: "3 kepala desa dan 2 ASN"


def _count_joined_before(lower: list[str], i: int, sent_start: int) -> int | None:
    """Where the count joined before by "dan"/"serta" at i (right before the number) starts ("3 kepala desa dan"), or
    None when no count is joined there."""
    if lower[i] not in ("dan", "serta"):
        return None
    for k in range(i - 2, max(sent_start, i - 2 - JOINED_NOUN_WORDS) - 1, -1):
        if not lower[k + 1].isalpha():
            return None  # the noun's words only: not "pada pilkada 2020 ini, dan 13 orang"
        if opens_a_number(lower[k]):
            return k if k > sent_start and not YEAR_WRITTEN.fullmatch(lower[k]) else None
    return None


def _temporarily(lower: list[str], i: int, sent_start: int) -> bool:
    """'sementara' after a sanction ('memberhentikan sementara 21 ASN'): for a time, not 'while' opening a clause."""
    return lower[i] == "sementara" and i > sent_start and lower[i - 1] in lx.SANCTION_CUES


CLAUSE_REACH = 10  # tokens after the counted noun that its clause may run to
NAMES_WHICH = {"REGION", "ELECTION"}  # entities whose words neither use up a clause's reach nor break it
AGENT_REACH = 8  # and the more when it names who acted before the verb ("oleh Bawaslu Kota A")


def clause_tokens_after(doc: Doc, end: int, sent: Span) -> list[int]:
    """The clause's tokens after the counted noun (ending before token `end`), up to a clause break."""
    texts, lower = token_texts(doc), lower_texts(doc)
    after = []
    labels = entity_labels(doc)
    # a place's words do not use up the clause: "26 ASN di empat kabupaten dan kota di Provinsi Kepulauan Bangka
    # Belitung sudah direkomendasikan"
    place_words = 0
    i, reach, sent_end = end, CLAUSE_REACH + _past_a_relative_clause(lower, end, sent.end), sent.end
    while i < sent_end:
        word, text = lower[i], texts[i]
        if text == "," and (opens := _status_said_after_a_comma(texts, lower, i, sent_end)):
            # "2 laporan tentang dugaan pelanggaran netralitas ASN, yang direkomendasikan ke KASN", "8 ASN yang tidak
            # netral, serta sudah mendapatkan sanksi": the clause after the comma says what became of them
            i = opens
            reach = len(after) - place_words + RELATIVE_STATUS_REACH
            continue
        if len(after) - place_words >= reach:
            break
        if word == "oleh" and reach == CLAUSE_REACH:
            # "9 ASN itu oleh Bawaslu Kota A kemudian direkomendasikan": the agent named
            # before the verb is part of the clause
            reach += AGENT_REACH
        if text == "(":
            if i + 2 < sent_end and texts[i + 2] == ")":
                after.extend((i, i + 1, i + 2))
                place_words += 3 * (labels[i - 1] == "REGION")  # a place's acronym: "Nusa Tenggara Barat (NTB)"
                i += 3
                continue
            if i == end:
                # "20 ASN (Aparatur Sipil Negara) dari ...": the noun written in full in brackets, no break
                closing = next((k for k in range(i + 1, min(i + 6, sent_end)) if texts[k] == ")"), None)
                if closing is not None and all(texts[k].isalpha() for k in range(i + 1, closing)):
                    i = closing + 1
                    continue
            if lower[i + 1 : i + 2] and lower[i + 1][:1].isdigit():
                # "80 ASN (40,5 persen) yang sudah disanksi": the share in brackets, an aside
                closing = next((k for k in range(i + 2, min(i + 5, sent_end)) if texts[k] == ")"), None)
                if closing is not None:
                    i = closing + 1
                    continue
        elif text == ",":
            closing = _end_of_an_aside(texts, lower, after, i, end, sent_end)
            if closing is not None:
                i = closing + 1
                continue
        if i == end and (past := _past_who_they_are(lower, i, sent_end)) is not None:
            i = past
            continue
        # (`opens_a_number`, written out: asked of every word of every clause)
        if (
            i > end
            and (word[:1].isdigit() or word in NUMBER_OPENERS)
            and _a_part_follows(doc, lower, i, sent_end)
            and not YEAR_WRITTEN.fullmatch(word)  # "selama Pilkada 2024 sudah direkomendasikan": a year, no part
        ):
            break
        if word in _BREAKS_OR_WHERE and _clause_ends_at(labels, lower, i, sent_end):
            break
        after.append(i)
        # (an election's name says which, as a place says where: "dalam Pilkada Gubernur dan Wakil Gubernur A")
        place_words += labels[i] in NAMES_WHICH or (text == "," and labels[i - 1] == "REGION")  # a comma among places
        i += 1
    return after


def _past_who_they_are(lower: list[str], i: int, sent_end: int) -> int | None:
    """Where what is said of those counted goes on, past the words right after their noun (at i) that say who they
    are, or None: a range of ranks, the governments they serve in, another count they share it with."""
    if (past := past_a_range_of_ranks(lower, i, sent_end)) is not None:
        return past  # "41 pejabat mulai dari kepala dinas, ... hingga kepala seksi ... menjadi terperiksa"
    if (relative := _past_where_they_serve(lower, i, sent_end)) is not None:
        # "12 orang ASN dari lingkup Pemerintah Provinsi (Pemprov) A maupun pemerintah kabupaten/kota yang melakukan
        # pelanggaran": where they serve, as a place, uses up none of the clause
        return relative
    if lower[i] in ("dan", "serta") and i + 1 < sent_end and opens_a_number(lower[i + 1]):
        # "tiga ASN dan dua kepala desa yang terseret ...", "dua camat dan satu kepala bidang terbukti ...": what is
        # said of both is said of them
        shared = next(
            (
                k
                for k in range(i + 2, min(i + 2 + CONJUNCT_REACH, sent_end))
                if lower[k] == "yang" or lower[k] in _SAID_OF_PERSONS or lower[k][:1].isdigit()
            ),
            None,
        )
        # (not past a third count: "9 temuan dan 4 laporan, 13 rekomendasi" are three figures)
        if shared is not None and not lower[shared][:1].isdigit():
            return shared
    return None


_SERVING_IN = {("dari", "lingkup"), ("di", "lingkup"), ("dari", "lingkungan"), ("di", "lingkungan")}
SERVING_REACH = 14  # tokens of the governments they serve in: "Pemerintah Provinsi (Pemprov) A maupun pemerintah ..."
_SERVING_JOINS = {"(", ")", "/", "dan", "maupun", "serta", "atau"}


def _past_where_they_serve(lower: list[str], i: int, sent_end: int) -> int | None:
    """Where the relative clause after "dari lingkup Pemprov A maupun pemerintah kabupaten/kota" opens ("yang"), the
    governments those counted serve in at i; None when none is named or no such clause follows."""
    if (lower[i], lower[i + 1] if i + 1 < sent_end else "") not in _SERVING_IN:
        return None
    for k in range(i + 2, min(sent_end, i + SERVING_REACH)):
        if lower[k] == "yang":
            return k
        if lower[k] in lx.CLAUSE_BREAKS and lower[k] not in _SERVING_JOINS:
            return None
    return None


RELATIVE_VERDICT_REACH = 20  # tokens after the counted noun to the verdict said past its relative clause
_RELATIVE_VERDICTS = lx.VERDICT_WORDS | {"terbukti"}


def _past_a_relative_clause(lower: list[str], end: int, sent_end: int) -> int:
    """The tokens a clause's reach needs past the relative clause that describes the counted ('Lima ASN yang
    diduga hadir dalam pertemuan bakal calon kepala daerah di Kabupaten A dinyatakan melanggar etik': the verdict
    said of them), or 0."""
    if lower[end : end + 1] != ["yang"]:
        return 0
    k = end + 1
    while k < min(sent_end, end + RELATIVE_VERDICT_REACH):
        if lower[k] == "(" and ")" in lower[k + 2 : k + 4]:
            k = lower.index(")", k + 2) + 1  # an acronym in brackets: "bakal calon kepala daerah (cakada)"
            continue
        if lower[k] in lx.CLAUSE_BREAKS:
            return 0
        if lower[k] in _RELATIVE_VERDICTS:
            return max(0, k + 2 - end - CLAUSE_REACH)  # (the verdict and the word it says: "dinyatakan melanggar")
        k += 1
    return 0


_WHERE_WORDS = {"dimana", "di"}  # "dimana", "di mana"
_BREAKS_OR_WHERE = lx.CLAUSE_BREAKS | _WHERE_WORDS


def _clause_ends_at(labels: list[str], lower: list[str], i: int, sent_end: int) -> bool:
    """Whether the clause after a count ends at the word at i: a clause break, or where a part's clause opens."""
    if lower[i] in _WHERE_WORDS:
        return _where_a_part_opens(lower, i)
    return _breaks_after(labels, lower, i, sent_end)


def _where_a_part_opens(lower: list[str], i: int) -> bool:
    """'18 kasus dimana 11 kasus tinggal menunggu keputusan': "dimana" (or "di mana") before a number opens what is
    said of a part, not of the count before it."""
    number_at = i + 1 if lower[i] == "dimana" else i + 2 if lower[i + 1 : i + 2] == ["mana"] else len(lower)
    return number_at < len(lower) and opens_a_number(lower[number_at])


def _breaks_after(labels: list[str], lower: list[str], i: int, sent_end: int) -> bool:
    """Whether the clause break word at i ends the clause after a count: not "dan" before a verb that goes on saying
    what became of them ("12 kasus yang ditemukan dan direkomendasikan"), nor a word of a place or joining places
    ("di Kabupaten Pangkajene dan Kepulauan", "di Medan, Sumatera Utara, diperiksa", "40 ASN di 7 kabupaten dan
    kota di Provinsi A diajukan")."""
    word = lower[i]
    return not (
        (word == "dan" and _decided_next(lower, i + 1, sent_end))
        or labels[i] in NAMES_WHICH
        # (the places' neighbours tested first: most breaks have none)
        or (labels[i - 1] == "REGION" or i + 1 < sent_end and labels[i + 1] == "REGION")
        and joins_places(labels, lower, i, sent_end)
        or (word == "dan" and lower[i - 1] == "kabupaten" and lower[i + 1 : i + 2] == ["kota"])
    )


LIST_ASIDE_WORDS = {"diantaranya", "yakni", "yaitu", "termasuk"}
LIST_ASIDE_PAIRS = (["di", "antaranya"], ["antara", "lain"])
LIST_ASIDE_REACH = 30  # tokens of the members named: "Plt Camat A, Camat B, Lurah C, dan Lurah D"


def _end_of_an_aside(
    texts: list[str], lower: list[str], after: list[int], i: int, end: int, sent_end: int
) -> int | None:
    """The comma that closes an aside opened by the comma at i, or None: "Satu di antaranya, yang melibatkan seorang
    camat, sudah direkomendasikan"; "Sebanyak empat ASN, di antaranya Camat A, Lurah B dan Lurah C, dipanggil
    Bawaslu" (the members named, what became of them all after)."""
    if i + 1 < sent_end and lower[i + 1] == "yang" and {lower[k] for k in after} <= lx.PARTITIVE_WORDS:
        return next((k for k in range(i + 2, min(i + 14, sent_end)) if texts[k] == ","), None)
    if i + 1 < sent_end and lower[i + 1] == "yang" and after and _only_where(lower, after):
        # "Seorang oknum guru ASN di Kota A, yang menyatakan dukungan ..., dinyatakan terbukti": what is said of them
        # after the relative clause that describes them
        closing = next((k for k in range(i + 2, min(i + RELATIVE_ASIDE_REACH, sent_end)) if texts[k] == ","), None)
        return closing if closing is not None and opens_a_status(lower, closing + 1, sent_end) else None
    if i == end and _opens_a_list_aside(lower, i + 1):
        return _end_of_a_list_aside(texts, lower, i + 2, sent_end)
    if {lower[k] for k in after} <= _OTHERS_WORDS and (closing := _end_of_names(texts, i + 1, sent_end)) is not None:
        return closing  # "dua ASN lain, HM dan SR, dari Dinas A, juga mendapat teguran": who they are, by name
    if i + 1 < sent_end and lower[i + 1] in SPEECH_ASIDE_OPENERS:
        # "Tiga ASN saat itu, kata Rina, sudah ditindaklanjuti": who said it, set between the count and its verb (not
        # before a denial: "..., kata Sugeng, juga bukan berbentuk rekomendasi")
        closing = next((k for k in range(i + 2, min(i + SPEECH_ASIDE_REACH, sent_end)) if texts[k] == ","), None)
        if closing is not None and lx.NEGATIONS.isdisjoint(lower[closing + 1 : closing + 1 + DENIAL_REACH]):
            return closing
    return None


_OTHERS_WORDS = {"lain", "lainnya"}
NAMES_ASIDE_REACH = 8  # tokens of the names set between commas: "Hasan Basri, Rudi dan SR"
_NAME_JOINERS = {"dan", "serta", ",", "."}


def _end_of_names(texts: list[str], i: int, sent_end: int) -> int | None:
    """The comma that closes names or initials from i on ("HM dan SR,", "Hasan dan Rudi,"), or None: every word
    capitalised, the names joined by "dan" or commas."""
    for k in range(i, min(sent_end - 1, i + NAMES_ASIDE_REACH)):
        text = texts[k]
        if text == "," and k > i + 1 and "dan" in texts[i:k]:
            return k
        if not (text[:1].isupper() and text.isalpha() or text in _NAME_JOINERS):
            return None
    return None


RELATIVE_ASIDE_REACH = 20  # tokens of a relative clause set between commas: ", yang ... nomor urut 03,"


def _only_where(lower: list[str], after: list[int]) -> bool:
    """The clause so far only says where: "di Kota A", "di Kota A, Jawa Barat"."""
    return lower[after[0]] == "di" and all(lower[k].isalpha() or lower[k] == "," for k in after)


def speech_aside_closed_at(texts: list[str], lower: list[str], i: int, sent_start: int) -> int | None:
    """The comma that opens a speech aside closed by the comma at i (", kata dia,", ", menurut Ali,"), or None."""
    if texts[i] != ",":
        return None
    opening = next((k for k in range(i - 1, max(sent_start, i - SPEECH_ASIDE_REACH) - 1, -1) if texts[k] == ","), None)
    return opening if opening is not None and lower[opening + 1] in SPEECH_ASIDE_OPENERS else None


SPEECH_ASIDE_OPENERS = lx.SPEECH_TAG_VERBS | {"menurut"}
SPEECH_ASIDE_REACH = 10  # tokens of who said it: ", kata Ketua Bawaslu Kota A Fulan,"
DENIAL_REACH = 3  # words after it where a denial stands: "juga bukan berbentuk rekomendasi"


def _opens_a_list_aside(lower: list[str], i: int) -> bool:
    """'di antaranya', 'yakni', 'antara lain' after a count and its comma: the members counted, named."""
    return (i < len(lower) and lower[i] in LIST_ASIDE_WORDS) or lower[i : i + 2] in LIST_ASIDE_PAIRS


def _end_of_a_list_aside(texts: list[str], lower: list[str], i: int, sent_end: int) -> int | None:
    """The comma that closes the members named from i on: the one what is said of the persons follows."""
    for k in range(i, min(sent_end - 1, i + LIST_ASIDE_REACH)):
        if texts[k] == "," and (lower[k + 1] in _SAID_OF_PERSONS or opens_a_status(lower, k + 1, sent_end)):
            return k
    return None


_OPENS_A_PART = {"diantaranya", "lainnya", "di", "("}
RELATIVE_STATUS_REACH = 4  # words of a relative clause after a comma: "yang direkomendasikan ke Komisi ASN"


_QUOTES = {'"', "“", "”"}


def _status_said_after_a_comma(texts: list[str], lower: list[str], i: int, sent_end: int) -> int:
    """', yang direkomendasikan ...', ', yang sudah dijatuhi sanksi', ', serta sudah mendapatkan sanksi', ', sudah
    mendapatkan rekomendasi': a clause after the comma at i that says what was decided; where it opens (past "yang",
    "dan" or "serta", and a quote mark between), else 0."""
    j = i + 1
    while j < sent_end and texts[j] in _QUOTES:
        j += 1
    if lower[j : j + 1] in (["yang"], ["dan"], ["serta"]) and opens_a_status(lower, j + 1, sent_end):
        if lower[j + 1 : j + 2] == ["yang"] and counted_before_clause_ends(
            lower[j + 2 : min(sent_end, j + 2 + PART_CLAUSE_REACH)]
        ):
            return 0  # "18 orang, dan yang sudah keluar rekomendasinya baru empat": a part's clause, with its count
        return j + 1
    if j < sent_end and lower[j] in _PREDICATE_LEADS and opens_a_status(lower, j + (lower[j] == "juga"), sent_end):
        # "594 ASN yang melanggar, sudah mendapatkan rekomendasi dari KASN", "dua ASN lain ... dari Dinas A, juga
        # mendapat teguran": the predicate after the comma
        return j
    return 0


_PREDICATE_LEADS = lx.PERFECTIVE_WORDS | {"juga"}
PART_CLAUSE_REACH = 10  # words of a headless clause to the part's count: "yang sudah keluar rekomendasinya baru empat"


def _a_part_follows(doc: Doc, lower: list[str], i: int, sent_end: int) -> bool:
    """The number at i opens a part with its own clause: "dari 14 ASN yang melanggar dua sudah direkomendasikan",
    "dari 23 temuan itu 9 diantaranya sudah ada rekomendasi": what became of the part is the part's."""
    return (
        opens_a_status(lower, i + 1, sent_end)
        or (
            # (the words a part opens with, or the bracket before them, asked first: most numbers have neither)
            i + 1 < sent_end and lower[i + 1] in _OPENS_A_PART and is_partitive(doc, i + 1, sent_end)
        )
        or (lower[i - 1] != "dari" and _status_past_the_noun(lower, i + 1, sent_end))
    )


_PART_NOUNS = lx.PERSON_CLASSIFIERS | lx.ASN_NOUNS | lx.CASE_NOUNS
PART_NOUN_WORDS = 3  # "4 orang ASN terbukti", "dua oknum PNS dijatuhi sanksi"


def _status_past_the_noun(lower: list[str], j: int, sent_end: int) -> bool:
    """'... terhadap 5 orang ASN dengan rincian 4 orang ASN terbukti melanggar': a part, with its noun, then what
    became of it (not a total it is counted from: "tujuh PNS dari dua laporan yang sudah kami rekomendasikan")."""
    k = j
    while k < sent_end and k - j < PART_NOUN_WORDS and lower[k] in _PART_NOUNS:
        k += 1
    return k > j and opens_a_status(lower, k, sent_end)


# The words that open what is said of persons counted: "dilaporkan", "dinyatakan melanggar", "terbukti"
_SAID_OF_PERSONS = lx.ASN_VIOLATION_CUES | lx.STATUS_OPENERS

AUXILIARIES = {"telah", "sudah", "juga", "pun", "langsung", "kemudian"}


STATUS_FILLER_REACH = 3  # words before the status: "yang sudah kami rekomendasikan"


def opens_a_status(words: list[str], j: int, end: int) -> bool:
    """Whether the words from j on (before end) say what was decided, past a few fillers ("sudah", "telah")."""
    first = j
    while j < end and j - first < STATUS_FILLER_REACH and words[j] in lx.STATUS_FILLERS:
        j += 1
    return j < end and words[j] in lx.STATUS_OPENERS


GIVEN = {"diberi", "diberikan"}  # a sanction given: "diberikan sanksi", "diberi teguran"


def _decided_next(lower: list[str], i: int, end: int) -> bool:
    """'... terbukti dan (telah) dijatuhi sanksi', '... dan telah menyampaikan rekomendasi kepada BKN': after "dan",
    a verb that goes on saying what became of them."""
    while i < end and lower[i] in AUXILIARIES:
        i += 1
    return (
        i < end
        and (
            lower[i] in lx.DECIDED_NEXT
            or lower[i] in lx.HANDING_ON
            and lower[i + 1 : i + 2] == ["rekomendasi"]
            # "... terbukti melanggar netralitas dan diberikan sanksi"
            or lower[i] in GIVEN
            and lower[i + 1 : i + 2] != []
            and lower[i + 1] in lx.SANCTION_CUES
        )
    )


def opens_sentence(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the token opens the sentence, a quotation mark or bracket aside ('"Keduanya sudah ...')."""
    return all(is_punct_text(text) for text in token_texts(doc)[sent.start : start])
