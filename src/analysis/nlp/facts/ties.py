"""Whether a count whose sentence names neither civil servants nor their neutrality is tied to the story's cases of
ASN neutrality: by what the sentences around it say, or by the counts before it."""

from __future__ import annotations

import re

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import ents_labelled, get_norm, span_text, token_starts
from analysis.nlp.facts.clauses import opens_sentence
from analysis.nlp.facts.others import names_other_offences
from analysis.nlp.facts.parts import PART_REACH, sentence_starts_back
from analysis.nlp.facts.references import DEMONSTRATIVES
from analysis.nlp.facts.state import Article
from analysis.nlp.numbers import COLLECTIVES_BEFORE_NOUN

# Civil servants by any title, their neutrality, or the bodies that judge only them ("28 kasus sudah diputuskan
# KASN"): what a count with no region of its own must name.
_NAMES_ASN = re.compile(
    r"\b("
    + "|".join(sorted(map(re.escape, lx.ASN_ACTORS | lx.NEUTRALITY_CUES | lx.ASN_BODIES), key=len, reverse=True))
    + r")"
)


def loosely_tied(article: Article, sent: Span, status: str, count_value: int) -> bool:
    """A count whose sentence names neither its place nor civil servants nor their neutrality: the election's
    other violations, a tally of every report. Unless the story ties it: its goal ("Targetnya 0 kasus"), a zero
    ("nihil pelanggaran"), a figure stated before ("Enam laporan sudah kami proses"), or what became of the
    cases just counted ("Lima di antaranya terbukti", "Empat lainnya masih dalam proses")."""
    if status == "target" or count_value == 0 or _NAMES_ASN.search(span_text(sent).lower()):
        return False
    if (
        _per_cycle_after_neutrality(article, sent)
        or _right_after_asn_neutrality(article, sent)
        or _another_cycle_of_those_counted(article, sent)
    ):
        return False
    facts = [f for f in article.facts if f.fact_type == "violation_count"]
    if any(f.value == count_value for f in facts):
        return False
    if status in ("proven", "sanctioned") and any(f.status != status for f in facts):
        return False  # a decision on the cases counted before, wherever the story counted them
    since = token_starts(article.doc)[sentence_starts_back(sent, PART_REACH)[-1]]
    return not (facts and facts[-1].start_char >= since and facts[-1].status != status)


def asn_cases_said_next(article: Article, sent: Span, value: int) -> bool:
    """'... baru ada dua laporan pelanggaran kampanye yang masuk ke Bawaslu A. Ketua Bawaslu A menjelaskan kedua
    laporan itu berkaitan dengan indikasi ASN ikut kegiatan kampanye.': the next sentence says the cases counted are
    the ASN's."""
    n = article.sent_index.get(sent.start, 0)
    if n + 1 >= len(article.starts):
        return False
    following = article.sentence_holding(article.starts[n + 1])
    words = article.lower[following.start : following.end]
    for k in range(len(words) - 2):
        if (
            COLLECTIVES_BEFORE_NOUN.get(words[k]) == value
            and words[k + 1] in lx.CASE_NOUNS
            and words[k + 2] in DEMONSTRATIVES
        ):
            said = words[k + 3 :]
            asn = next((j for j, word in enumerate(said) if word in lx.ASN_NOUNS), None)
            # (not "kedua laporan itu tidak melibatkan ASN")
            return asn is not None and lx.NEGATIONS.isdisjoint(said[:asn])
    return False


NEUTRALITY_LEAD_REACH = 2  # sentences back to the one naming the cases of ASN neutrality a count goes on with
_AMONG_OTHERS = {"termasuk", "lain", "lainnya", "selain"}
_INVOLVING = {"melibatkan", "keterlibatan"}


def _right_after_asn_neutrality(article: Article, sent: Span) -> bool:
    """'Bawaslu A menjelaskan pelanggaran netralitas ASN pada Pilkada 2020. Ada 3 rekomendasi yang telah
    disampaikan ke KASN.': a count of the cases of ASN neutrality a sentence before names, no figure of its own, nor
    one between ("... netralitas ASN pada Pilkada 2024. Perkara yang ditangani sebagian dari laporan masyarakat. Yang
    masih berproses ada 5 kasus, ...")."""
    if names_other_offences(sent):
        return False
    prev = article.previous_sentence(sent)
    for _ in range(NEUTRALITY_LEAD_REACH):
        if prev is None or any(prev.start <= q < prev.end for q in article.quantities):
            return False  # (a sentence before with a figure of its own says what the count goes on with)
        words = article.lower[prev.start : prev.end]
        if names_other_offences(prev) or not _AMONG_OTHERS.isdisjoint(words):
            return False  # (not "pelanggaran hukum lain, termasuk netralitas ASN": every kind)
        if "asn" in words and not (lx.NEUTRALITY_WORDS | _INVOLVING).isdisjoint(words):
            return True  # (or cases involving them: "ada dugaan yang melibatkan ASN. Jumlahnya sebanyak 8 kasus")
        prev = article.previous_sentence(prev)
    return False


def _another_cycle_of_those_counted(article: Article, sent: Span) -> bool:
    """'Pada Pemilu 2019 tercatat 21 kasus ..., sementara Pilkada 2020 58 kasus pelanggaran netralitas ASN. ... pada
    Pemilu 2024 yang lalu, hanya tercatat empat pelanggaran': a sentence naming a cycle, with its year, in a story that
    counted the neutrality cases of other cycles, counts that cycle's."""
    cycles = {
        get_norm(article.doc, e)
        for e in ents_labelled(article.doc, "ELECTION")
        if sent.start <= e.start < sent.end and get_norm(article.doc, e).partition("-")[2]
    }
    counted = {
        f"{f.election_type}-{f.election_year}"
        for f in article.facts
        if f.fact_type == "violation_count" and f.start_char < sent.start_char
    }
    return len(counted) > 1 and bool(cycles) and cycles.isdisjoint(counted)


def _per_cycle_after_neutrality(article: Article, sent: Span) -> bool:
    """'... pelanggaran netralitas ASN. "Pilkada 2020 tercatat 6 pelanggaran. ...': a sentence opening with an
    election and its year, right after one about ASN or their neutrality, counts that cycle's cases of it."""
    first = next((e for e in ents_labelled(article.doc, "ELECTION") if e.start >= sent.start), None)
    if first is None or first.start >= sent.end or not opens_sentence(article.doc, sent, first.start):
        return False
    if not get_norm(article.doc, first).partition("-")[2]:
        return False  # no year: the election, not one cycle of it
    prev = article.previous_sentence(sent)
    return prev is not None and _NAMES_ASN.search(span_text(prev).lower()) is not None
