"""What may be, not a count: a count said of what may happen, of anyone a rule binds, or under a condition."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import DUTY_WORDS
from analysis.nlp.phrases import has_phrase


def hypothetical(lower: list[str], start: int, noun_end: int, value: int, sent: Span) -> bool:
    """'satu kasus dapat melibatkan lebih dari satu ASN', 'satu laporan bisa ...', 'bisa jadi 9000 pemilih':
    what may be, not a count."""
    before = lower[max(sent.start, start - 2) : start]
    if value == 0 and before in lx.HOPED_FOR:
        return False  # "berharap kalau bisa zero pelanggaran": the zero hoped for, a target
    if not lx.MODALS.isdisjoint(before) or not lx.QUESTION_WORDS.isdisjoint(before):
        return True  # "bisa jadi 9000 pemilih", "apakah seorang ASN bersalah"
    if not lx.PREDICTION_WORDS.isdisjoint(lower[sent.start : start]) or has_phrase(before, lx.PREDICTED_GROWTH):
        return True  # "KASN memperkirakan pelanggaran akan mencapai 10 ribu kasus": a forecast
    if lower[noun_end : noun_end + 1] == ["yang"] and _MAY_BE_DONE.intersection(
        pairwise(lower[noun_end + 1 : noun_end + 3])
    ):
        return True  # "ada dua pelanggaran yang dapat dilakukan ASN": the kinds that may be, none counted
    # "Capai 9 Ribu Kasus Potensi Pelanggaran": cases that may be, a forecast (reports of them are made)
    if lower[noun_end : noun_end + 1] in (["potensi"], ["berpotensi"]) and lower[noun_end - 1] in _MAY_BE_CASES:
        return True
    if lower[noun_end : noun_end + 1] == ["berpotensi"] and lower[noun_end + 1 : noun_end + 2] in _MAY_OFFEND:
        return True  # "6 Ribu ASN Berpotensi Langgar Netralitas": those who may offend, a forecast (not "berpotensi
        # dijatuhi sanksi", what may become of those who did)
    if value != 1:
        return False
    if not GENERIC_WHEN.isdisjoint(lower[max(sent.start, start - 3) : start]) and "maka" in lower[noun_end : sent.end]:
        return True  # "apabila seorang ASN maju sebagai caleg maka ia wajib ...": the rule, said of anyone
    if _what_a_law_says(lower[sent.start : start]):
        return True  # "Dalam PP Nomor 53 Tahun 2010 disebutkan bahwa seorang ASN yang diduga ... dipanggil": anyone
    if start > sent.start and lower[start - 1] in _CAUSES and not {"dapat", "bisa", "akan"}.isdisjoint(before):
        return True  # "hubungan kekerabatan dapat mendorong seorang ASN tidak netral": what may make anyone so
    said_next = lower[noun_end : min(sent.end, noun_end + 2)]
    # "seorang ASN dilarang terlibat politik praktis", "seorang ASN wajib netral": the rule, said of anyone
    return before == ["lebih", "dari"] or not _MODALS_OR_BOUNDS.isdisjoint(said_next)


_CAUSES = {"membuat", "mendorong", "menyebabkan", "memicu", "menjadikan"}
# (and what one is as such: "seorang ASN bukanlah orang partisan", "seorang ASN adalah pelayan publik")
_BOUND_WORDS = DUTY_WORDS | {"dilarang", "dituntut", "semestinya", "seharusnya", "hendaknya", "bukanlah", "adalah"}
_MODALS_OR_BOUNDS = lx.MODALS | _BOUND_WORDS  # made once: every count of one asks


GENERIC_WHEN = lx.CONDITIONS | {"ketika", "manakala"}

_MAY_BE_CASES = {"kasus", "pelanggaran"}  # not "4 laporan potensi pelanggaran": reports of what may be one, made
_MAY_OFFEND = (["langgar"], ["melanggar"], ["tidak"], ["tak"])
_MAY_BE_DONE = {(modal, done) for modal in (*lx.MODALS, "dapat") for done in ("dilakukan", "terjadi")}

LAWS = {"pp", "uu", "undang-undang", "peraturan", "perbawaslu", "permenpan", "skb", "perpres", "perkasn", "pasal"}
LAW_SAYS = {"disebutkan", "menyebutkan", "diatur", "mengatur", "berbunyi", "ditegaskan", "menegaskan", "dinyatakan"}


def _what_a_law_says(before: list[str]) -> bool:
    """'Dalam PP Nomor 53 Tahun 2010 disebutkan bahwa ...', 'Pasal 2 UU ASN mengatur, ...': what a law says, before
    the number."""
    return not LAWS.isdisjoint(before) and not LAW_SAYS.isdisjoint(before)


def before_a_condition(words: list[str]) -> list[str]:
    """The words up to a condition ("9 ribu ASN yang bisa menguntungkan caleg jika tidak netral": if, not said)."""
    return next((words[:k] for k, word in enumerate(words) if word in lx.CONDITIONS), words)
