"""What a count of cases or of ASN records: a violation with its status, a workforce, or nothing (other
offences, other people's, the parts of a total by source)."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import did_a_forbidden_act, listed_as_violators
from analysis.nlp.doc_data import words_of
from analysis.nlp.facts.clauses import clause_tokens_before
from analysis.nlp.facts.hypotheticals import before_a_condition
from analysis.nlp.facts.lists import LIST_GAP
from analysis.nlp.facts.mixed import (
    BREAKDOWN_REACH,
    OPENER_REACH,
    item_of_a_breakdown_of_kinds,
    joined_with_another_kind,
    mixed_total,
    mostly_of_a_kind,
    neutrality_ranked_after_another,
    neutrality_ranked_first,
    total_after_a_neutrality_part,
    total_before_a_neutrality_part,
    total_of_a_neutrality_part,
    total_split_past_a_comma,
)
from analysis.nlp.facts.others import (
    ELECTION_OFFENCE_REACH,
    about_other_offenders,
    all_by_asn,
    besides_the_asn,
    names_other_actors,
    names_the_election,
    of_the_neutrality_cases,
    other_kind_before,
    other_kind_named,
    set_beside,
)
from analysis.nlp.facts.parts import part_of_violators_before, total_of_violators_before
from analysis.nlp.facts.persons import (
    VIOLATION_OF_REACH,
    asn_among_violators_counted,
    neutrality_breach_of,
    total_with_other_staff,
    violators_described_before,
)
from analysis.nlp.facts.reading import (
    SUSPECT_WORDS,
    decision_for,
    described_after_an_aside,
    in_violation_ranking,
    is_component,
    names_the_offender,
    names_violation_count,
    violations_before,
)
from analysis.nlp.facts.references import ROUNDING_WORDS
from analysis.nlp.facts.sources import breaks_down_by_source, source_of_persons_counted, sources_of_a_count_before
from analysis.nlp.facts.state import Article, Count
from analysis.nlp.facts.ties import asn_cases_said_next
from analysis.nlp.facts.where import regions_in
from analysis.nlp.later_decisions import SORTING_REACH, sorted_as_violations
from analysis.nlp.phrases import has_phrase
from analysis.nlp.status import states_status, status_of


def status_of_cases(article: Article, count: Count, after_words: list[str], prev_sent: Span | None) -> str | None:
    """The status of a count of cases, or None when it counts other offences, other people's, or the parts of
    a total by source."""
    doc, ent, sent, noun_end = article.doc, count.ent, count.sent, count.noun_end
    before, after = count.before, count.after
    # "dua lainnya" (the noun left out): "lainnya" is the rest of the count, not another kind of offence
    named_after = after_words[1:] if noun_end == ent.end and after_words[:1] == ["lainnya"] else after_words
    # (a part of a count of neutrality cases is of them, wherever the election it names: "Dari jumlah itu 19 di
    # antaranya ada di Pilkada A")
    if (
        not of_the_neutrality_cases(article, count, after_words, prev_sent)
        or other_kind_named(named_after, 0 if count.part_of_violations else count.value)
        and not all_by_asn(article.lower[noun_end : sent.end])
    ) and not asn_cases_said_next(article, sent, count.value):
        return None
    # the clause may stop at "dan" ("138 temuan dan laporan dugaan pelanggaran pada Pilkada"): the words after
    # the noun, as written, say whether the election's violations are counted
    raw_after = article.lower[noun_end : min(sent.end, noun_end + ELECTION_OFFENCE_REACH)]
    if (
        raw_after[:1] == ["dan"]
        and names_the_election(raw_after)
        and lx.NEUTRALITY_CUES.isdisjoint(raw_after + words_of(doc, before))
    ):
        return None
    if other_kind_before(words_of(doc, clause_tokens_before(doc, ent.start, sent, reach=8))):
        return None  # "dugaan pelanggaran netralitas kepala desa sebanyak satu temuan"
    if item_of_a_breakdown_of_kinds(article, sent, ent.start):
        return None
    after_noun = article.lower[noun_end : min(sent.end, noun_end + OPENER_REACH + BREAKDOWN_REACH)]
    if (
        mixed_total(after_noun)
        or mostly_of_a_kind(after_noun)
        or joined_with_another_kind(after_noun)
        or neutrality_ranked_first(article.lower[ent.start : sent.end])
        or neutrality_ranked_after_another(article.lower[ent.start : sent.end])
        or total_of_a_neutrality_part(after_noun)
        or total_before_a_neutrality_part(article, sent, count.value)
        or total_split_past_a_comma(article.lower, ent.start, noun_end, sent.end)
        or total_after_a_neutrality_part(article.lower, ent.start, count.words_before, after_words)
    ):
        return None
    if has_phrase(article.lower[sent.start : ent.start], lx.WIDER_TOTAL_PHRASES):
        return None  # "... merupakan bagian dari total 162 laporan ...": the total of every kind the story's is part of
    by_source = breaks_down_by_source(doc, sent, ent, article.quantities)
    if by_source and sources_of_a_count_before(doc, sent, ent, article.quantities):
        return None
    if source_of_persons_counted(doc, ent, article.quantities):
        return None
    if by_source and not regions_in(doc, sent, article.mentions):
        # where a total stated just before came from, findings or reports (no other place): no counts of their own
        totals = violations_before(article.violations, article.starts, article.sent_index, sent, reach=LIST_GAP)
        referred = article.referenced.get(sent.start)
        if any(f.value > count.value for f in [*totals, *([referred] if referred else [])]):
            return None
    if after_words[:1] in (["lain"], ["lainnya"]) and not states_status(doc, before, after):
        return None  # "Satu kasus lain menyangkut mobil dinas": what one of the cases was, not a count
    if article.lower[noun_end - 1] in lx.PROVEN_CASE_NOUNS and _addressed_to_bodies(after_words):
        return None  # "3 rekomendasi yakni kepada KASN, KemenPAN-RB dan Bupati": letters, one to each body
    if (
        after_words[:1] == ["lain"]
        and article.lower[sent.start] == "selain"
        and lx.NEUTRALITY_CUES.isdisjoint(after_words)
    ):
        # "Selain itu, Fulan juga menguraikan 3 temuan lain yang ditangani Bawaslu selama masa kampanye": besides
        # the ASN's, other cases (where "Tiga kasus lain masih diproses" goes on counting them)
        return None
    if names_other_actors(after_words) or about_other_offenders(after_words):
        return None  # "3 laporan ... mengenai dugaan ketidaknetralan Kades ini", "... terkait KPU": others' cases
    if besides_the_asn(article.lower, sent.start, ent.start) or (
        set_beside(article.lower, ent.start) and lx.NEUTRALITY_CUES.isdisjoint(after_words)
    ):
        # "Selain (Di luar) empat dugaan pelanggaran yang sudah ditangani, Bawaslu juga menangani dugaan
        # pelanggaran netralitas ASN": the others'
        return None
    return _status_of_the_cases(article, count)


def _status_of_the_cases(article: Article, count: Count) -> str:
    """What the clause says became of a count of cases, read with what the nouns and the story add to it."""
    doc, sent, noun_end, before, after = article.doc, count.sent, count.noun_end, count.before, count.after
    status = status_of(doc, sent, count.ent.start, before, after, article.quantities)
    sorting_since = article.starts[max(0, article.sent_index.get(sent.start, 0) - SORTING_REACH)]
    if status == "reported" and sorted_as_violations(
        doc, sorting_since, before, after, article.lower[noun_end - 1], article.quantities
    ):
        status = "proven"  # "... 12 yang bukan pelanggaran. Pelanggaran netralitas ASN sebanyak 7": decided
    if (
        article.lower[noun_end - 1] in lx.PROVEN_CASE_NOUNS
        and status != "target"
        and (status != "sanctioned" or lx.SANCTION_GIVEN_CUES.isdisjoint(words_of(doc, after)))
    ):
        status = "proven"  # "500 rekomendasi sanksi untuk ASN": recommendations, proven, of a sanction not yet given
    return status


ADDRESS_OPENERS = {"yakni", "yaitu", "masing-masing", "masing"}  # "3 rekomendasi yakni kepada KASN, ..."


def _addressed_to_bodies(after_words: list[str]) -> bool:
    """The recommendations counted are listed by the bodies they went to, not by the cases they decided."""
    return bool(after_words) and after_words[0] in ADDRESS_OPENERS and "kepada" in after_words[1:3]


# The lexicon's word sets as classify_asn reads them, made once rather than for every number
# "penyelidikan terhadap 12 camat": an examination of them
_VIOLATION_OR_SANCTION_OR_EXAMINATION = lx.VIOLATION_OR_SANCTION | lx.EXAMINATION_WORDS
_NOT_A_HEADCOUNT = lx.HEADCOUNT_BLOCKERS | lx.ASN_VIOLATION_CUES
# Words before the number that only say to whom: a cue when the clause names a violation, a sanction or an examination
_TO_WHOM = {"kepada", "terhadap", "bagi"}
_DOERS_OR_REPORTED = {"oleh", "dilakukan", "dilaporkan"}
_ROUGHLY = ROUNDING_WORDS | {"sebanyak", "dari"}  # "dilaporkan lebih dari 1.000 ASN", "sebanyak 14 ASN"


def _word_before_the_figure(lower: list[str], start: int, sent_start: int) -> str:
    """The word before a figure, past how roughly it is given ("yang dilaporkan sekitar 1.084 ASN": "dilaporkan")."""
    k = start - 1
    while k > sent_start and lower[k] in _ROUGHLY:
        k -= 1
    return lower[k] if k >= sent_start else ""


_NOT_NEUTRAL_OR_ELEMENTS_MET = lx.NOT_NEUTRAL | lx.ELEMENTS_MET


_MADE_UP_OF = (["terdiri", "dari"], ["terdiri", "atas"])


def classify_asn(
    article: Article,
    count: Count,
    words_before: set[str],
    words_after: set[str],
    after_words: list[str],
    prev_sent: Span | None,
) -> tuple[str, str, str] | None:
    """A number of ASN: violators (with their status), a workforce, or neither."""
    doc, ent, sent, noun_end, before = article.doc, count.ent, count.sent, count.noun_end, count.before
    clause_before = set(count.words_before)
    cues_before = set(words_of(doc, before[-3:])) & lx.ASN_VIOLATION_BEFORE
    if cues_before <= _TO_WHOM and not clause_before & _VIOLATION_OR_SANCTION_OR_EXAMINATION:
        cues_before = set()  # "Selamat kepada 612 PPPK yang menerima SK": no sanction given to them
    if decision_for(doc, ent.start):
        cues_before.add("untuk")  # "meneruskan rekomendasi untuk enam ASN ke KASN"
    violating = _said_to_violate(article, count, words_after, after_words, clause_before, bool(cues_before), prev_sent)
    if prev_sent is not None and names_the_offender(article.lower, sent.start, ent.start):
        # "Bawaslu ... sudah menyampaikan rekomendasi ke BKN. Pelaku adalah seorang PNS ...": what the sentence
        # before says became of the case
        return "violation_count", "persons", status_of(doc, prev_sent, prev_sent.end, [], [], article.quantities)
    if in_violation_ranking(doc, sent, prev_sent, article.violation_rankings):
        violating = True
        article.violation_rankings.add(sent.start)
    # "memiliki 9.500 pegawai", "Dari sekitar 6.300 ASN di lingkup Pemkab Poso, ...", "jumlah pegawai ..."
    lower = article.lower
    workforce = count.prev_tok in lx.WORKFORCE_VERBS or "dari" in lower[max(sent.start, ent.start - 2) : ent.start]
    described = not violating and not workforce and described_after_an_aside(doc, noun_end, sent.end)
    if {"jumlah", "total"} & words_before and not (described and lower[described[0]] == "yang"):
        # "jumlah pegawai ...": a workforce, unless a relative clause after them says they violated ("total
        # terdapat 51 ASN di Kota A, yang direkomendasikan ...")
        workforce, described = True, []
    if described:
        # "50 ASN Kabupaten Sigi, Sulawesi Tengah, yang melanggar netralitas"
        violating, count.after = True, described
    if violating:
        return "violation_count", "persons", status_of(doc, sent, ent.start, before, count.after, article.quantities)
    if not workforce and not _NOT_A_HEADCOUNT.isdisjoint(lower[noun_end : sent.end]):
        return None  # "1.005 ASN diadukan ...", "178 ASN belum disanksi": ASN of complaints or cases, no workforce
    if count.value < lx.HEADCOUNT_MIN or (
        (words_after | words_before) & lx.PARTICIPATION_CUES and count.prev_tok not in lx.WORKFORCE_VERBS
    ):
        # "1.200 ASN mengikuti apel" is no headcount; "Pemkot yang mempekerjakan 5.947 ASN sudah
        # menandatangani pakta integritas" is
        return None
    if is_component(doc, sent, ent.start, article.facts) or total_with_other_staff(lower[sent.start : ent.start]):
        return None
    if any(f.fact_type == "violation_count" and f.value == count.value for f in article.facts):
        return None  # "... hanya berjumlah 403 ASN" after "403 ASN yang dilaporkan": the violators again
    return "asn_headcount", "persons", ""


def _said_to_violate(
    article: Article,
    count: Count,
    words_after: set[str],
    after_words: list[str],
    clause_before: set[str],
    cued_before: bool,
    prev_sent: Span | None,
) -> bool:
    """Whether the words around a number of ASN say they violated, were reported or handled (not a workforce)."""
    doc, ent, sent, noun_end, before = article.doc, count.ent, count.sent, count.noun_end, count.before
    return (
        count.part_of_violations
        or count.case_handled
        or part_of_violators_before(sent, ent.start, noun_end, count.value, article.facts)
        or total_of_violators_before(sent, ent.start, count.value, article.facts, article.quantities)
        or names_violation_count(doc, ent.start, sent)
        or bool(words_after & lx.ASN_VIOLATION_CUES)
        # one person is often one of a breakdown; none found yet is a finding ("belum menemukan PNS yang berkampanye")
        or (count.value != 1 and did_a_forbidden_act(after_words))
        or cued_before
        or has_phrase(before_a_condition(after_words[: lx.NOT_NEUTRAL_REACH]), _NOT_NEUTRAL_OR_ELEMENTS_MET)
        or has_phrase(after_words[: lx.NOT_NEUTRAL_REACH], lx.ACTED_ON_BY_US)
        or (count.asn_named_before and bool(clause_before & lx.ASN_VIOLATION_WORDS))
        or violators_described_before(doc, ent.start, clause_before)
        or asn_among_violators_counted(article.lower, sent.start, ent.start, prev_sent)
        or neutrality_breach_of(words_of(doc, before[-VIOLATION_OF_REACH:]))
        or article.lower[noun_end - 1] in SUSPECT_WORDS  # "20 terlapor": reported, or suspected, violators
        # "dari 12 oknum ASN", "oknum seorang ASN": no workforce is "oknum"
        or "oknum" in (count.prev_tok, *article.lower[ent.end : ent.end + 1])
        # "ASN yang dilaporkan antara lain 9 pejabat struktural di kabupaten, 14 di kecamatan ...", "kami melaporkan
        # satu pejabat negara, 11 pejabat struktural ...": each item
        or listed_as_violators(article.lower, ent.start, officials=article.lower[noun_end - 1] in lx.OFFICIAL_NOUNS)
        # "pelanggaran netralitas oleh 5 pegawai ASN", "pelanggaran yang dilakukan tiga ASN": the violations' doers;
        # "data pelanggaran netralitas ASN ... yang dilaporkan sekitar 1.084 ASN": those reported
        or (
            _word_before_the_figure(article.lower, ent.start, sent.start) in _DOERS_OR_REPORTED
            and bool(clause_before & lx.VIOLATION_WORDS)
        )
        # "laporan pelanggaran netralitas ASN pada Pilkada 2020 menyentuh 1.940 ASN": what the reports reached
        or (count.prev_tok in ("mencapai", "menyentuh") and bool(clause_before & lx.VIOLATION_WORDS))
        # "dugaan pelanggaran ... yang melibatkan 11 pegawai Pemkot A yang terdiri dari 6 ASN dan 5 THL": the ASN part
        # of the staff a violation involved
        or (
            article.lower[max(sent.start, ent.start - 2) : ent.start] in _MADE_UP_OF
            and not lx.VIOLATION_WORDS.isdisjoint(article.lower[sent.start : ent.start])
        )
    )
