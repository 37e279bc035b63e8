"""Candidates related to ASN: a count of candidates the clause says are or were civil servants, and counts of
candidates that are not new ones (the rest of those counted, some of them counted together again)."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import lower_texts
from analysis.nlp.facts.clauses import clause_tokens_after
from analysis.nlp.facts.others import asn_listed_with_others
from analysis.nlp.facts.state import Count, Fact
from analysis.nlp.numbers import COLLECTIVE_NUMERALS


def related_to_asn(words: list[str]) -> bool:
    """'tiga di antaranya pernah menjabat sebagai ASN', 'dua calon merupakan PNS'."""
    return any(
        word in lx.ASN_NOUNS and i > 0 and words[i - 1] in lx.RELATION_BEFORE_ASN for i, word in enumerate(words)
    )


def rest_of_candidates_counted(facts: list[Fact], after_words: list[str], value: int, word: str) -> bool:
    """'Tujuh ASN mundur untuk maju Pilkada ... . Sementara keempat ASN lainnya baru menyerahkan surat mundur':
    the others of the candidates counted before, not candidates of their own; so are some of them named and then
    counted together ('A, B dan C. Ketiganya bertarung di dapil II', after six counted)."""
    return (after_words[:1] == ["lainnya"] or word in COLLECTIVE_NUMERALS) and any(
        f.fact_type == "related_candidates" and f.value > value for f in facts
    )


# Elected offices, whose former holders are no kin of the civil service: "mantan wakil gubernur", "mantan anggota DPRD"
_ELECTED_OFFICES = lx.HEADS_ACTING_FOR | {"wakil", "wawali", "wabup", "wagub", "anggota", "dprd"}


def _relation_said(words: list[str]) -> bool:
    """A word of kinship or background with the civil service ("istri sekda", "mantan kepala dinas"), not a former
    elected office ("status keduanya sebagai calon gubernur dan mantan wakil gubernur")."""
    return any(
        word in lx.RELATION_CUES
        and not (word == "mantan" and words[i + 1 : i + 2] and words[i + 1] in _ELECTED_OFFICES)
        for i, word in enumerate(words)
    )


def candidates_related_to_asn(doc: Doc, count: Count, after_words: list[str]) -> bool:
    """Candidates the clause after them says are ASN or related to ASN; or, after a part of all candidates and
    their long description, the rest of the sentence ('10 dari 300 bakal calon ... yang didaftarkan 15 partai
    ..., masih berstatus ASN')."""
    if count.value == 0 and not lx.RESIGNING.isdisjoint(after_words):
        return False  # "belum ada satu pun calon yang menyerahkan surat pengunduran diri": letters due, not none
    lower, after, sent = lower_texts(doc), count.after, count.sent
    if after and after[-1] + 2 < sent.end and lower[after[-1] + 1 : after[-1] + 3] == ["dan", "wakil"]:
        # "tiga bakal calon bupati dan wakil bupati berstatus ASN": one office, not two clauses
        after_words = after_words + [lower[i] for i in clause_tokens_after(doc, after[-1] + 3, sent)]
    a_part = lower[count.ent.end : count.ent.end + 1] == ["dari"]
    if asn_listed_with_others(lower[count.noun_end : sent.end]):
        return False  # "11 bacaleg yang masih berstatus ASN, kepala kampung dan aparat kampung": not all of them ASN
    return (
        _relation_said(after_words)
        or related_to_asn(after_words)
        or a_part
        and related_to_asn(lower[count.noun_end : sent.end])
    )
