"""Counts the words around them dismiss: not violations, cases stopped or cleared, no evidence found."""

from __future__ import annotations

from analysis.nlp import lexicon as lx
from analysis.nlp.numbers import opens_a_number
from analysis.nlp.phrases import has_phrase
from analysis.nlp.status import negates_neutrality

_CLEARED = {("tidak", "bersalah"), ("tak", "bersalah")}
_CLEARED_REACH = 2  # words past the dismissal's reach where "tidak bersalah" may end
# "Dua ASN lain yang juga sempat diperiksa, yakni A dan B, dipastikan bebas": cleared, said past who they are
_DECLARED_FREE = {(verb, "bebas") for verb in ("dinyatakan", "dipastikan", "diputuskan")}
_DECLARED_FREE_REACH = 16  # words after the counted noun, past a relative clause and the names it lists


def dismissed(after_words: list[str], lower: list[str] | None = None, noun_end: int = 0) -> bool:
    """The clause after the counted noun dismisses the count: not a violation, or a case stopped; in a row of a
    list, also what its colon says ("- 17 aduan: Tidak terbukti melanggar.", given the doc's `lower` words)."""
    reach = lx.DISMISSAL_REACH
    if after_words[:1] == ["dari"] and after_words[1:2] and after_words[1][:1].isdigit():
        reach *= 2  # "298 ASN dari 1946 laporan pelanggaran yang masuk ke KASN tidak terbukti": past the whole
    words = after_words[:reach]
    if lower is not None and lower[noun_end : noun_end + 1] == [":"]:
        words = lower[noun_end + 1 : noun_end + 1 + lx.DISMISSAL_REACH]
    elif lower is not None and lower[noun_end : noun_end + 1] == [","]:
        # "Sisanya, 182 aduan, tidak dikenai sanksi karena tidak terbukti": the predicate after the count set off by
        # commas (not another figure's: "12 aduan, 5 di antaranya tidak terbukti")
        after = lower[noun_end + 1 : noun_end + 1 + lx.DISMISSAL_REACH]
        words = words if any(opens_a_number(word) for word in after) else after
    return (
        not lx.DISMISSAL_WORDS.isdisjoint(words)
        # "terbukti tidak bersalah", "dinyatakan tak bersalah": cleared, past the reach of a case's other words
        or "bersalah" in after_words[: reach + _CLEARED_REACH]
        and has_phrase(after_words[: reach + _CLEARED_REACH], _CLEARED)
        or lower is not None
        and _declared_free(lower[noun_end : noun_end + _DECLARED_FREE_REACH])
        # (no dismissing negation, most clauses: no need to walk the words)
        or not lx.DISMISSING_NEGATIONS.isdisjoint(words)
        and any(
            word in lx.DISMISSING_NEGATIONS
            and not negates_neutrality(words, i)  # "yang tidak netral terbukti melanggar"
            and not lx.DISMISSED_WHEN_NEGATED.isdisjoint(words[i + 1 : i + 3])
            for i, word in enumerate(words)
        )
    )


def _declared_free(words: list[str]) -> bool:
    """'... yakni A dan B dipastikan bebas': the words after the counted noun clear those counted, in the sentence
    and the clause that counts them (not after a contrast: "tiga ASN terbukti, sementara Kepala Dinas A dinyatakan
    bebas")."""
    if "bebas" not in words:
        return False
    words = words[: words.index("bebas") + 1]
    return has_phrase(words, _DECLARED_FREE) and lx.CONTRAST_WORDS.isdisjoint(words) and "." not in words


# No evidence found against those counted: "tidak menemukan bukti keterlibatan dua ASN"
NO_EVIDENCE = {(no, verb, "bukti") for no in ("tidak", "tak") for verb in ("menemukan", "ditemukan", "ada", "cukup")}
_INQUIRIES = {"penyelidikan", "penanganan", "pemeriksaan", "penelusuran", "kasus", "perkara", "laporan"}
INQUIRY_REACH = 5  # words from the inquiry to the count: "penyelidikan terhadap dugaan keterlibatan 2 ASN"
# where the count's clause ends (not at "dan": "... yang diduga ... dan kini dihentikan" is still said of them)
_CLAUSE_ENDS = (lx.CLAUSE_BREAKS - {"dan", "serta", "(", ")"}) | {"."}


def dismissed_around(lower: list[str], sent_start: int, sent_end: int, start: int) -> bool:
    """The sentence around the count dismisses it: no evidence found against them ("tidak menemukan bukti
    keterlibatan dua ASN"), or the inquiry into them, its subject, stopped ("Sedangkan penyelidikan dua ASN di Kota A
    yang diduga ... dihentikan")."""
    before = lower[max(sent_start, start - INQUIRY_REACH) : start]
    if has_phrase(before, NO_EVIDENCE):
        return True
    if _INQUIRIES.isdisjoint(before):
        return False
    clause_end = next((k for k in range(start, sent_end) if lower[k] in _CLAUSE_ENDS), sent_end)
    return not lx.DISMISSAL_WORDS.isdisjoint(lower[start:clause_end])  # (not "..., sedangkan satu lain ditolak")
