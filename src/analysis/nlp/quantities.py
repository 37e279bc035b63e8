"""`asn_quantities`: QUANTITY entities, numbers written in digits or words, normalised to their value."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (
    Entity,
    add_entities,
    entity_of,
    entity_tokens,
    lower_texts,
    positions_in,
    positions_where,
    sentence_of,
    set_norm,
    token_texts,
)
from analysis.nlp.numbers import opens_a_number, parse_number_at
from analysis.nlp.phrases import has_phrase

NONE_BEFORE = {"tidak", "tak", "belum"}  # "tidak ada satu pun", "belum ada satu pun"
# "salah satu ASN", "salah seorang pejabat": one of them, a count of one when they are civil servants (of
# anything else, "salah satu paslon", it picks one out and counts nothing)
ONE_OF_ASN = (lx.ASN_NOUNS - {"aparatur sipil negara"}) | {"oknum", "pejabat"}


_OPENS_A_NUMBER: dict[str, bool] = {}  # word -> `opens_a_number` (`positions_where`'s table)


@Language.component("asn_quantities")
def asn_quantities(doc: Doc) -> Doc:
    """QUANTITY entities for numbers (digits, words, multipliers); approximate ones normalized as '~<magnitude>'
    ("ratusan" -> "~100"), which no fact ever takes as a value."""
    taken = entity_tokens(doc)
    texts = token_texts(doc)
    lower = lower_texts(doc)
    spans = []
    i = 0  # the next token not yet part of a quantity
    openers = positions_where(lower, _OPENS_A_NUMBER, opens_a_number)
    for start in openers:
        if start < i or start in taken:
            continue
        i = start
        match = parse_number_at(texts, i)
        if match is None or any(k in taken for k in range(match.start, match.end)):
            i += 1
            continue
        # "satu pun" (not a single one), "salah satu" (one of), "satu atau dua" are not counts; but "tidak ada
        # satu pun ASN yang melanggar" says how many: none.
        nxt = texts[match.end].lower() if match.end < len(doc) else ""
        prev = texts[i - 1].lower() if i > 0 else ""
        # "tidak ditemukan satu kasus pun": not a single case, "pun" past the noun
        not_one = match.value == 1 and lower[match.end + 1 : match.end + 2] == ["pun"]
        none_from = _none_from(lower, i) if match.value == 1 and (nxt == "pun" or not_one) else None
        if none_from is not None and not any(k in taken for k in range(none_from, i)):
            span = entity_of(doc, none_from, match.end + (nxt == "pun"), "QUANTITY")
            spans.append(span)
            set_norm(doc, span, "QUANTITY", "0")
            i = match.end + (nxt == "pun")
            continue
        # (or named by their work, then their status: "salah satu guru berstatus ASN")
        asn_by_status = lower[match.end + 1 : match.end + 3] in (["berstatus", "asn"], ["berstatus", "pns"])
        if prev == "salah" and match.value == 1 and (nxt in ONE_OF_ASN or asn_by_status):
            # "ada salah satu ASN yang diduga ...", "salah seorang pejabat Pemprov": one civil servant (the facts
            # keep it only where no group was counted before, of which it would be one)
            span = entity_of(doc, i - 1, match.end, "QUANTITY")
            spans.append(span)
            set_norm(doc, span, "QUANTITY", "1")
            i = match.end
            continue
        # "325 atau 56,9 persen", "247 atau sekitar 52 persen": a share beside it, no alternative
        share_beside = nxt == "atau" and not lx.SHARE_UNITS.isdisjoint(lower[match.end + 2 : match.end + 4])
        # "jika tidak salah 270": a hedge ("if I am not wrong"), not "salah satu" (one of)
        one_of = prev == "salah" and tuple(lower[max(0, i - 3) : i]) not in lx.HEDGES
        if nxt == "pun" or not_one or nxt == "atau" and not share_beside or one_of or prev in ("nomor", "ke"):
            i = match.end
            continue
        # "ke-15 camat", "ke-6 ASN itu": the 15 of them (the prefix is read with the number, as the word before it)
        begin = match.start - 2 if lower[max(0, match.start - 2) : match.start] == ["ke", "-"] else match.start
        span = entity_of(doc, begin, match.end, "QUANTITY")
        spans.append(span)
        set_norm(doc, span, "QUANTITY", f"~{match.magnitude}" if match.approximate else str(match.value))
        i = match.end
    numbered = taken.keys() | {k for s in spans for k in range(s.start, s.end)}
    for span in _none_found_yet(doc, lower, numbered):
        spans.append(span)
        set_norm(doc, span, "QUANTITY", "0")
    add_entities(doc, spans)
    return doc


def _none_from(lower: list[str], i: int) -> int | None:
    """Where the words before "satu pun" at i say none was found: "tidak ada satu pun ASN", "tidak ditemukan satu
    kasus pun", "belum satu pun ASN" (not "tidak satu pun ASN boleh ...", an appeal)."""
    if i >= 2 and lower[i - 1] in NONE_YET_VERBS and lower[i - 2] in NONE_BEFORE:
        return i - 2
    return i - 1 if i >= 1 and lower[i - 1] == "belum" else None


NONE_YET_VERBS = {"ada", "adanya", "menemukan", "ditemukan", "mendapati", "menerima"}
NONE_YET_NOUNS = lx.ASN_NOUNS | {"laporan", "pelanggaran", "temuan", "kasus"}
NONE_YET_REACH = 8  # words after the verb where the ASN or their neutrality must be named


# "Hingga saat ini, ... tak ada ASN yang tak netral": so far, a finding (alone, "tidak ada" is as often hoped)
SO_FAR = {
    ("hingga", "saat", "ini"),
    ("hingga", "kini"),
    ("sejauh", "ini"),
    ("sampai", "saat", "ini"),
    ("sampai", "sekarang"),
    ("sampai", "kini"),
    ("hingga", "sekarang"),
}
SO_FAR_REACH = 8  # words before "tidak ada" where "so far" is said
_NONE_YET_OPENS = NONE_YET_VERBS | {"satupun"}  # "belum satupun ASN ... direkomendasikan"
_NONE_OPENERS = {"belum", "tidak", "tak"}
COMPLAINT_REACH = 2  # words from the verb to the "belum": "mempersoalkan masih belum adanya"


def _none_found_yet(doc: Doc, lower: list[str], taken: set[int]) -> list[Entity]:
    """'belum ada ASN yang dilaporkan', 'belum menemukan ASN yang melanggar', 'belum adanya laporan pelanggaran
    ASN', 'hingga kini tidak ada ASN yang ...': no case found so far, a zero with no numeral (the words 'belum
    <verb>' hold it); not 'tidak ada' alone, which appeals and hopes say as often as findings."""
    found = []
    for k in positions_in(lower[:-2], _NONE_OPENERS):
        if lower[k] != "belum" and not _said_so_far(lower, k):
            continue
        if lower[k + 1] not in _NONE_YET_OPENS or k in taken or k + 1 in taken:
            continue
        if not lx.COMPLAINT_VERBS.isdisjoint(lower[max(0, k - COMPLAINT_REACH) : k]):
            continue  # "... yang mempersoalkan belum adanya ASN pelanggar yang dihukum": what someone objects to
        at = _none_found_noun_at(lower, k + 2)
        after = lower[at : at + NONE_YET_REACH]
        # the ASN or their neutrality named after the noun, or before, in the sentence ("Untuk netralitas ASN di
        # Kota A, hingga kini belum ada laporan yang masuk")
        before = lower[max(sentence_of(doc, k).start, k - NONE_YET_REACH) : k]
        if (
            at < len(lower)
            and lower[at] in NONE_YET_NOUNS
            and not lx.NEUTRALITY_CUES.isdisjoint(after + before)
            and after[1:2] not in (["pengunduran"], ["mundur"])  # "belum menerima laporan pengunduran diri PNS"
            and MORE_WORDS.isdisjoint(_noun_phrase(after))
            and DISMISSAL_WORDS.isdisjoint(after)
            and PROSECUTION_WORDS.isdisjoint(after)
        ):
            found.append(entity_of(doc, k, at, "QUANTITY"))  # up to its noun, which the facts read after it
    return found


# "belum ada ASN yang dipecat", "belum ada yang dijatuhi sanksi hingga pemberhentian": none dismissed, the heaviest
# sanction, is no zero of sanctions (the lighter ones are often counted in the sentence before)
DISMISSAL_WORDS = {"dipecat", "pemecatan", "pemberhentian", "diberhentikan"}
# "belum ada ASN yang melanggar aturan sampai dipidanakan": none prosecuted, no zero of violations
PROSECUTION_WORDS = {"dipidanakan", "dipidana", "dipenjara", "dipenjarakan", "tersangka", "terdakwa", "divonis"}
# "belum ada laporan pelanggaran netralitas ASN lain", "belum ada temuan baru": none more besides those told, not none
MORE_WORDS = {"lain", "lainnya", "baru", "tambahan"}
_NOUN_PHRASE_ENDS = {"yang", ",", ".", "di", "sejak", "selain"}


def _noun_phrase(words: list[str]) -> list[str]:
    end = next((i for i, word in enumerate(words) if word in _NOUN_PHRASE_ENDS), len(words))
    return words[:end]


def _none_found_noun_at(lower: list[str], at: int) -> int:
    """Where the noun of 'belum menemukan ...' stands, past a second verb ("belum menemukan ataupun mendapat laporan
    ...", "belum ada menemukan ASN"), 'adanya' and 'keterlibatan' ("belum menemukan adanya keterlibatan ASN")."""
    if lower[at : at + 1] in (["ataupun"], ["atau"], ["maupun"]) and at + 1 < len(lower):
        at += 2
    elif lower[at - 1 : at] == ["ada"] and lower[at : at + 1] in (["menemukan"], ["ditemukan"], ["menerima"]):
        at += 1
    for word in ("satupun", "adanya", "keterlibatan"):  # "belum ada satupun ASN"
        if lower[at : at + 1] == [word]:
            at += 1
    return at


def _said_so_far(lower: list[str], k: int) -> bool:
    return has_phrase(lower[max(0, k - SO_FAR_REACH) : k], SO_FAR)
