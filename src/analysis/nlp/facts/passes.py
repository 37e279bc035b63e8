"""The passes over an article's numbers, in order: a count, listed, its noun, what it counts, its class, recorded."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import listed_as_violators, noun_of_persons
from analysis.nlp.doc_data import ents_labelled, get_norm, span_text, token_starts, token_texts, words_of
from analysis.nlp.facts.candidates import candidates_related_to_asn, rest_of_candidates_counted
from analysis.nlp.facts.classify import classify_asn, status_of_cases
from analysis.nlp.facts.clauses import clause, clause_tokens_before, entity_labels, opens_sentence
from analysis.nlp.facts.counts import count_of
from analysis.nlp.facts.dismissal import dismissed, dismissed_around
from analysis.nlp.facts.each import regions_counted_each
from analysis.nlp.facts.hypotheticals import hypothetical
from analysis.nlp.facts.lists import opens_on_a_total_before, region_list_items, region_of_a_list_total
from analysis.nlp.facts.mixed import total_after_a_neutrality_part
from analysis.nlp.facts.named import officials_named
from analysis.nlp.facts.national import national_scope, region_ranked_before
from analysis.nlp.facts.others import (
    ASN_DOER_REACH,
    asn_among_others,
    involves_asn,
    made_up_with_others,
    names_other_actors,
    names_other_offenders,
)
from analysis.nlp.facts.parts import part_of_earlier
from analysis.nlp.facts.persons import (
    came_of_more_counted,
    came_of_the_summoned,
    not_asn_violators_alone,
    person_breakdown_of,
    persons_are_asn,
    processed_over_asn_neutrality,
    questioned_about_an_officials_case,
    questioned_as_witnesses,
    summoned_as_suspects_and_witnesses,
    the_complainant,
)
from analysis.nlp.facts.reading import (
    at_a_registration_stage,
    counted_noun,
    has_own_noun,
    is_partitive,
    noun_named_before,
    noun_of,
    of_places_unnamed,
    only_a_place,
    opens_clause,
    opens_with_a_part,
    ranks_kinds,
    shared_predicate,
    sibling_in_another_place,
    status_follows,
    status_said_before,
    total_of,
    total_reported,
    violations_before,
)
from analysis.nlp.facts.references import (
    candidates_named_again,
    decided_restatements_kept,
    demonstrative_after,
    grown_from,
    parts_of_a_total_dropped,
    refers_back,
    repeated_figure,
    restated_figure,
    restated_with_demonstrative,
    restatement_kept_as_one,
    rounded_restatements_dropped,
    stated_before,
)
from analysis.nlp.facts.state import Article, Count, Fact
from analysis.nlp.facts.ties import loosely_tied
from analysis.nlp.facts.totals import breaks_down_the_total_before_not_counted, part_of_a_total_not_counted
from analysis.nlp.facts.when import names_election, sentence_election
from analysis.nlp.facts.where import (
    finer_region_restated,
    headline_scope_from_lead,
    nearest_region,
    prefer_body_over_title,
    region_over_places,
    regions_in,
    scope_without_region,
    span_with_region,
)
from analysis.nlp.later_decisions import decided_apart
from analysis.nlp.numbers import COLLECTIVE_NUMERALS, COLLECTIVES_BEFORE_NOUN, parse_number
from analysis.nlp.status import restated_without_status, states_status, status_of


def extract_facts(doc: Doc) -> list[Fact]:
    """The article's numeric facts: each exact number read by the passes below, in text order."""
    article = Article.of(doc)
    for ent in ents_labelled(doc, "QUANTITY"):
        count = count_of(article, ent)
        if count is None or _listed(article, count):
            continue
        if _counted_noun_of(article, count) and _what_it_counts(article, count):
            fact_type_unit_status = _classify(article, count)
            if fact_type_unit_status is not None:
                _record(article, count, *fact_type_unit_status)
            elif count.kind == "cases":
                article.not_counted.add(ent.start)
    running, in_violation = officials_named(article)  # "Sekda Kota A, Fulan, siap maju ...": one each
    for count in running:
        _record(article, count, "related_candidates", "persons", "")
    for count, status in in_violation:  # "Camat B, Fulan, dilaporkan ke Bawaslu"
        _record(article, count, "violation_count", "persons", status)
    facts = decided_restatements_kept(decided_apart(doc, article.facts, article.quantities))
    facts = parts_of_a_total_dropped(rounded_restatements_dropped(doc, facts))
    return prefer_body_over_title(
        headline_scope_from_lead(facts, article.regionless_headlines, article.title_end),
        article.title_end,
        frozenset(
            int(get_norm(doc, article.quantities[start]))
            for start in article.not_counted
            if article.quantities[start].start_char >= article.title_end
        ),
    )


def _listed(article: Article, count: Count) -> bool:
    """An item of a list of regions with their figures: a violation count of each of its regions."""
    sent = count.sent
    item = region_list_items(article, sent).get(count.ent.start_char)
    if item is None:
        return False
    if count.value == 0 and opens_on_a_total_before(article.lower, sent.start):
        return True  # "Dari jumlah itu, yang belum ditindaklanjuti ... Kota B 0 kasus": none of that part, no count
    etype, eyear = sentence_election(article.doc, sent, count.ent.start_char, *article.election, article.published)
    for code in item.codes:
        status = article.lists.item_status.get(item.start_char, article.lists.status[sent.start])
        start_char, end_char = (
            (item.start_char, item.end_char)
            if len(item.codes) == 1
            else span_with_region(article, sent, code, item.start_char, item.end_char)
        )
        fact = Fact(
            fact_type="violation_count",
            value=count.value,
            unit=item.unit,
            status=status,
            scope="regional",
            region_code=code,
            election_type=etype,
            election_year=eyear,
            sentence=span_text(sent).strip(),
            start_char=start_char,
            end_char=end_char,
            rule="region_list",
        )
        article.violations.setdefault(sent.start, []).append(fact)
        if fact.key() not in article.seen:
            article.seen[fact.key()] = len(article.facts)
            article.facts.append(fact)
    article.last_kind[sent.start] = "cases" if item.unit == "cases" else "asn"
    return True


REFERRED_TOTAL_REACH = 4  # sentences back to the total "Dari jumlah itu" names


def _counted_noun_of(article: Article, count: Count) -> bool:
    """What the number counts, as written after it, left out and taken from an earlier count, named before it,
    or the title of officials who stand for office; False when nothing says."""
    doc, ent, sent, value = article.doc, count.ent, count.sent, count.value
    total = total_of(doc, ent, article.quantities, sent.end)
    if total is not None and article.lower[total.end : total.end + 1] and article.lower[total.end] in (lx.PLACE_NOUNS):
        return False  # "24 dari 34 provinsi dengan pelanggaran lebih dari 20 ASN": a count of places
    if total is not None:  # "3 dari 7 calon ...": the part counts what the total's noun names
        article.totals.add(total.start)
    noun = counted_noun(doc, (total or ent).end, sent.end)
    if noun is None and is_partitive(doc, ent.end, sent.end):
        # "sebelas kasus ..., dua di antaranya sudah diputuskan": the noun is the earlier one's, in this
        # sentence or, when the sentence opens with it ("Tujuh di antaranya terbukti ..."), in the last one
        earlier_kind = article.last_kind.get(sent.start)
        if not earlier_kind and (opens_clause(doc, sent, ent.start) or opens_with_a_part(doc, sent, ent.start)):
            # "Dari jumlah kasus itu, ...": the total named back to may stand a few sentences before its breakdown
            reach = REFERRED_TOTAL_REACH if "dari" in article.lower[sent.start : ent.start] else 2
            before_this = violations_before(article.violations, article.starts, article.sent_index, sent, reach=reach)
            earlier_kind = noun_of(before_this[0]) if before_this else None
        earlier_kind = (
            earlier_kind
            or _kind_of_a_total_named_by_its_figure(article, sent, ent)
            or ("cases" if _asn_part_of_a_total_not_counted(article, sent, ent) else None)
        )
        if article.last_kind.get(sent.start) and part_of_a_total_not_counted(article, sent, ent):
            return False  # "dari 270 pelanggaran selama tahapan Pilkada, 215 di antaranya ...": of every kind
        if earlier_kind:
            # a part of violations when the count it breaks down was one ("8.000 ASN, 6.000 di antaranya PNS"
            # breaks down a workforce)
            noun = (earlier_kind, ent.end)
            count.part_of_violations = sent.start in article.violations if article.last_kind.get(sent.start) else True
    if noun is None and _item_of_a_list_of_cases(article, sent, ent):
        # "..., 13 laporan netralitas kepala desa, dua netralitas ASN, ...": its noun left out
        noun = ("cases", ent.end)
    said_before = noun is None and status_said_before(doc, sent, ent.start)
    if noun is None and (said_before or status_follows(doc, ent.end, sent.end)):
        # "Dari 14 laporan itu, enam terbukti melanggar": the noun is that of the figure referred back to;
        # "... memeriksa dua ASN ... . Keduanya sudah direkomendasikan": that of the count it restates
        source = article.referenced.get(sent.start)
        collective = article.lower[ent.start] in COLLECTIVE_NUMERALS
        if source is None and collective:
            # "... 6 orang ASN yang diduga melanggar ... dan keenamnya sudah ...": the count this or a sentence before
            # states
            before_this = (
                violations_before(article.violations, article.starts, article.sent_index, sent, reach=3)
                if opens_sentence(doc, sent, ent.start)
                else [f for f in article.violations.get(sent.start, []) if f.start_char < ent.start_char]
            )
            source = next((f for f in before_this if f.value == value), None)
        if source is None:
            # "827 laporan ASN tidak netral, sebanyak 362 terbukti ...": a part of the count just before it
            source = next(
                (
                    f
                    for f in reversed(article.violations.get(sent.start, []))
                    if f.start_char < ent.start_char and f.value > value
                ),
                None,
            )
        if source is None and (
            said_before or opens_with_a_part(doc, sent, ent.start) or _after_a_part_opening(article, sent, ent)
        ):
            # "... menangani 4 dugaan pelanggaran ... . Satu sudah direkomendasikan": a part of the count before
            before_this = violations_before(article.violations, article.starts, article.sent_index, sent, reach=2)
            source = next((f for f in before_this if f.value > value), None)
        if source is not None and source.fact_type == "violation_count":
            noun, count.part_of_violations = (noun_of(source), ent.end), True
    if noun is None and not has_own_noun(doc, ent.end, sent.end):
        noun = noun_named_before(doc, ent.start, sent)
    if noun is None and article.last_kind.get(sent.start) and sibling_in_another_place(doc, ent, sent):
        # "di Kota A tercatat 5 ASN dan 2 di Kabupaten B": the same noun as the count before, in its own place
        noun, count.part_of_violations = (article.last_kind[sent.start], ent.end), sent.start in article.violations
    if noun is None or noun[0] in ("asn", "persons"):
        # ("11 dari 16 camat yang ada telah terbukti ...": the part counts the officials its total names)
        noun = noun_of_persons(article.lower, entity_labels(doc), total or ent, sent, noun)
    if noun is None or (noun[0] == "cases" and breaks_down_the_total_before_not_counted(article, sent, ent)):
        return False
    count.kind, count.noun_end = noun
    return True


def _kind_of_a_total_named_by_its_figure(article: Article, sent: Span, ent: Span) -> str | None:
    """'... yang dilaporkan sekitar 1.084 ASN. ... dari 1.084 yang dilaporkan, 781 di antaranya ...': a total named
    by its figure alone ("dari N") is the violation count of that figure stated before; what it counts."""
    figures = {
        parse_number(quantity.text)
        for start, quantity in article.quantities.items()
        if sent.start < start < ent.start and article.lower[start - 1] == "dari"
    }
    if not figures:
        return None  # (most parts: none named by its figure)
    before_this = violations_before(
        article.violations, article.starts, article.sent_index, sent, reach=REFERRED_TOTAL_REACH
    )
    return next((noun_of(f) for f in before_this if f.value in figures), None)


PASSIVE_MIN_LETTERS = 4  # "diproses", not the preposition "di" nor a short noun ("dia")


def _after_a_part_opening(article: Article, sent: Span, ent: Span) -> bool:
    """'Dua diproses, dan 18 direkomendasikan ke KASN': a number whose noun is left out after another that opens the
    sentence as a part of the count before, with no noun of its own either."""
    first = next((q for q in range(sent.start, ent.start) if q in article.quantities), None)
    if first is None or not opens_with_a_part(article.doc, sent, first):
        return False
    said = article.lower[article.quantities[first].end : sent.end][:1]
    # a passive verb right after it, what became of it ("dihentikan", "diproses"): no noun of its own
    return bool(said) and said[0].startswith("di") and said[0].isalpha() and len(said[0]) > PASSIVE_MIN_LETTERS


def _asn_part_of_a_total_not_counted(article: Article, sent: Span, ent: Span) -> bool:
    """'tercatat 12 dugaan pelanggaran. Dari jumlah itu, tujuh di antaranya dilakukan PNS': the ASN's part of a total
    of every kind (not recorded) a sentence or so before, a count of their cases."""
    after = [
        w for w in article.lower[ent.end : min(sent.end, ent.end + 2 + ASN_DOER_REACH)] if w not in lx.PARTITIVE_WORDS
    ]
    if not involves_asn(after[:ASN_DOER_REACH]):
        return False
    n = article.sent_index.get(sent.start, 0)
    since = article.starts[max(0, n - REFERRED_TOTAL_REACH)]
    return any(since <= start < ent.start for start in article.not_counted)


def _item_of_a_list_of_cases(article: Article, sent: Span, ent: Span) -> bool:
    """'tiga laporan perusakan APK, 13 laporan netralitas kepala desa, dua netralitas ASN, ...': a figure followed by
    the kind it counts, in a list whose figures before it name their noun of cases."""
    lower = article.lower
    return (
        ent.end < sent.end
        and lower[ent.end] in lx.NEUTRALITY_WORDS
        and ent.start > sent.start
        and lower[ent.start - 1] == ","
        and any(
            sent.start <= start < ent.start and lower[span.end : span.end + 1] in (["laporan"], ["kasus"], ["temuan"])
            for start, span in article.quantities.items()
        )
    )


_RECOMMENDING_VERBS = lx.RECOMMENDATION_CUES - lx.RECOMMENDATION_NOUNS  # "merekomendasikan", not "rekomendasi"


def _what_it_counts(article: Article, count: Count) -> bool:
    """Whether the number is a count of its own (not what may be, nor a figure stated before and broken down
    here), and the words of its clause; the sentence's record of what it refers back to is kept up to date."""
    doc, ent, sent = article.doc, count.ent, count.sent
    if (
        hypothetical(article.lower, ent.start, count.noun_end, count.value, sent)
        or ranks_kinds(article.lower, count.noun_end, sent.end)
        or of_places_unnamed(article.lower, ent.start, sent.start)
    ):
        return False
    earlier = repeated_figure(doc, ent.start, count.noun_end, count.value, article.facts)
    if earlier is not None:
        # "Dari 11 kasus itu, empat ASN ...": the figure was stated before; what follows breaks it down
        # ("Dari 23 ASN tersebut, sembilan di antaranya ...": of the same noun)
        article.referenced[sent.start] = earlier
        article.last_kind[sent.start] = "asn" if count.kind == "asn_before" else count.kind
        if earlier.fact_type == "violation_count":
            article.violations.setdefault(sent.start, []).append(earlier)
        return False
    if demonstrative_after(article.lower, count.noun_end, sent.end):
        count.restates = restated_with_demonstrative(count.value, article.facts)
        if (
            count.restates is None
            and stated_before(doc, article.quantities, ent.start, count.value, article.title_end)
            and article.lower[ent.start - 1] not in _RECOMMENDING_VERBS
        ):
            # "dari 13 kasus yang ditindaklanjuti tersebut": stated before, and not a count then (unless recommended
            # now: "Bawaslu A merekomendasikan 14 ASN ini agar dijatuhi sanksi")
            return False
        if candidates_named_again(article.lower, count.restates, count.noun_end, sent.end):
            return False
    elif article.lower[ent.start] in COLLECTIVE_NUMERALS or article.lower[ent.start] in COLLECTIVES_BEFORE_NOUN:
        # "Keempatnya", "ketujuh kasus ... yang melibatkan ASN": the four, the seven, again
        count.restates = restated_with_demonstrative(count.value, article.facts)
    restated = restated_figure(doc, ent.start, count.noun_end, count.value, article.facts)
    if restated is not None:
        article.referenced[sent.start] = restated  # "Dari 21 ASN yang kami tangani, tujuh ...": the same
    count.asn_named_before = count.kind == "asn_before"
    if count.asn_named_before:
        count.kind = "asn"
    article.last_kind[sent.start] = count.kind
    count.before, count.after = clause(doc, ent.start, count.noun_end, sent)
    if (
        count.kind in ("asn", "persons")
        and only_a_place(doc, count.after)
        and not {"jumlah", "total"}.intersection(words_of(doc, count.before))
    ):
        count.after = count.after + shared_predicate(doc, count.noun_end, sent, article.quantities)
    return True


def _classify(article: Article, count: Count) -> tuple[str, str, str] | None:
    """(fact type, unit, status) of the count, or None when it counts nothing the dataset records."""
    doc, ent, sent, kind = article.doc, count.ent, count.sent, count.kind
    before, after = count.before, count.after
    after_words = words_of(doc, after)
    words_after, words_before = set(after_words), set(words_of(doc, before))
    prev_sent = article.previous_sentence(sent)
    clause_before_words = count.words_before = words_of(doc, clause_tokens_before(doc, ent.start, sent, reach=10))
    if kind in ("cases", "asn", "persons") and (
        dismissed(after_words, article.lower, count.noun_end)
        or dismissed_around(article.lower, sent.start, sent.end, ent.start)
        or (kind != "cases" and _no_violators(article, count, after_words))
        or (kind == "cases" and made_up_with_others(article.lower, count.noun_end))
        or asn_among_others(clause_before_words)
        or at_a_registration_stage(clause_before_words, after_words)
    ):
        return None
    breakdown_of = None
    if kind == "persons":
        # "sebanyak 12 orang": persons of what? ASN named just before in the clause, or the persons of
        # a violation count this clause breaks down, when it says what happened to them
        if (
            names_other_actors(clause_before_words)
            or names_other_actors(after_words[:3])
            or names_other_offenders(after_words[:2])
        ):
            # "ditemukan pada aparatur desa sebanyak 210 orang", "satu orang kepala kampung", "satu orang pejabat
            # negara": not ASN
            return None
        grown = grown_from(article, count)
        if grown is not None:
            return "violation_count", "persons", grown.status
        count.case_handled = processed_over_asn_neutrality(doc, words_after, before, after)
        if count.case_handled or persons_are_asn(article, count, clause_before_words, prev_sent):
            kind, count.asn_named_before = "asn", True
        else:
            breakdown_of = person_breakdown_of(
                article.facts, sent, ent.start, article.referenced, count.value, prev_sent
            )
            if breakdown_of is None or not states_status(doc, before, after):
                return None
            # of a workforce ("Dari 8.432 ASN tersebut, 12 orang pernah dilaporkan"), only violators count
            if breakdown_of.fact_type == "asn_headcount" and not words_after & lx.ASN_VIOLATION_CUES:
                return None
    if kind == "running":
        if rest_of_candidates_counted(article.facts, after_words, count.value, article.lower[ent.start]):
            return None
        fact_type, unit, status = "related_candidates", "persons", ""
    elif breakdown_of is not None:
        fact_type, unit, status = (
            "violation_count",
            "persons",
            status_of(doc, sent, ent.start, before, after, article.quantities),
        )
    elif kind == "cases":
        status = status_of_cases(article, count, after_words, prev_sent)
        if status is None:
            return None
        fact_type, unit = "violation_count", "cases"
    elif kind == "asn":
        classified = classify_asn(article, count, words_before, words_after, after_words, prev_sent)
        if classified is None:
            return None
        fact_type, unit, status = classified
    else:  # candidates
        if not candidates_related_to_asn(doc, count, after_words):
            return None
        fact_type, unit, status = "related_candidates", "persons", ""
    if ent.start in article.totals:
        # "14 dari 20 ASN yang dilaporkan terbukti melanggar": the total is what was reported, and the
        # clause's other words (proven, related to ASN) belong to the part
        if fact_type != "violation_count" or not total_reported(article.lower, ent.start, after_words):
            return None
        if kind == "cases" and total_after_a_neutrality_part(
            article.lower, ent.start, clause_before_words, after_words
        ):
            return None  # "netralitas ASN ... 96 dari 214 kasus yang ditangani": the part's kind, of every kind
        status = "reported"
    return fact_type, unit, status


def _record(article: Article, count: Count, fact_type: str, unit: str, status: str) -> None:
    """The fact with its scope, region and election, kept unless it is one already stated."""
    if fact_type == "violation_count" and count.value >= lx.MAX_VIOLATIONS:
        return
    doc, ent, sent, noun_end, facts = article.doc, count.ent, count.sent, count.noun_end, article.facts
    mentions, title_end = article.mentions, article.title_end
    national = national_scope(article, count)
    fact_end = token_starts(doc)[noun_end - 1] + len(token_texts(doc)[noun_end - 1])
    region = (
        ""
        if national
        else region_of_a_list_total(article, sent, ent.start, ent.start_char, count.value)
        or nearest_region(doc, mentions, sent, ent.start_char, fact_end, count.value)
    )
    region, one_in_each = region_over_places(doc, sent, mentions, fact_end, region, count, facts)
    if region is None:
        return
    region = region or ("" if national else region_ranked_before(article, sent, ent.start))
    if count.named_alone and (national or not region) and not regions_in(doc, sent, mentions) and not article.region:
        return  # an official named with no place in a story of none: no figure of any place (nor of the nation)
    region = finer_region_restated(region, count, fact_type, facts)
    regionless_headline = False
    if not national and not region:
        national, region = scope_without_region(article, sent, fact_type, count.value, count.restates)
        regionless_headline = not national and ent.start_char < title_end and not regions_in(doc, sent, mentions)
        if fact_type == "violation_count" and not national and loosely_tied(article, sent, status, count.value):
            article.not_counted.add(ent.start)  # and so are its parts ("..., lima di antaranya dari Kota A")
            return  # neither its place nor whose violation: too loosely tied to the story to be a figure of it
    if (
        not national
        and fact_type == "violation_count"
        # (a part in a place of its own is that place's count; the place of a count of the same unit a sentence before,
        # named again in the part's sentence, is no other: "Seorang di antaranya merupakan ASN Dinas ... Kabupaten A")
        and (
            not regions_in(doc, sent, mentions)
            or bool(facts)
            and facts[-1].start_char < sent.start_char
            and (region, unit) == (facts[-1].region_code, facts[-1].unit)
        )
        and part_of_earlier(sent, ent.start, noun_end, count.value, status, facts, article.quantities)
        # (the items of a list are siblings, no parts: "9 pejabat struktural ..., 14 ... dan 7 ...")
        and not listed_as_violators(article.lower, ent.start, officials=True)
    ):
        return  # one figure broken down by kind, source or person: the figure is the fact
    scope = "national" if national else "regional"
    etype, eyear = _election_of(article, count, (fact_type, count.value, status, scope, region))
    fact = Fact(
        fact_type=fact_type,
        value=count.value,
        unit=unit,
        status=status,
        scope=scope,
        region_code=region,
        election_type=etype,
        election_year=eyear,
        sentence=span_text(sent).strip(),
        start_char=ent.start_char,
        end_char=fact_end,
        rule="count",
    )
    if fact_type == "violation_count":
        article.violations.setdefault(sent.start, []).append(fact)
        if restated_without_status(doc, fact, facts, count.before, count.after):
            return
        if restatement_kept_as_one(article, fact, count):
            return
    each = one_in_each or (regions_counted_each(doc, sent, mentions, ent.start, region) if not national else [])
    copies = []
    for code in each:
        start_char, end_char = span_with_region(article, sent, code, fact.start_char, fact.end_char)
        copies.append(
            dataclasses.replace(
                fact, region_code=code, start_char=start_char, end_char=end_char, rule="count_each_region"
            )
        )
    article.keep_new_facts([fact, *copies], regionless_headline)


def _election_of(article: Article, count: Count, stated_as: tuple) -> tuple[str, int | None]:
    """The count's election: its sentence's, else that of the figure it breaks down or restates (`stated_as`: the
    fact's type, value, status, scope and region)."""
    doc, sent, ent, facts = article.doc, count.sent, count.ent, article.facts
    etype, eyear = sentence_election(doc, sent, ent.start_char, *article.election, article.published)
    if names_election(doc, sent) and eyear:
        return etype, eyear
    # none named, or none with its year ("pada pemilu yang lalu")
    source = article.referenced.get(sent.start) or (facts[-1] if facts and refers_back(sent, ent.start) else None)
    if source is not None:
        etype, eyear = source.election_type, source.election_year  # a breakdown keeps its figure's election
    # the same figure restated with no election of its own keeps the one it was first stated with
    stated = next((f for f in facts if (f.fact_type, f.value, f.status, f.scope, f.region_code) == stated_as), None)
    if stated is not None:
        etype, eyear = stated.election_type, stated.election_year
    return etype, eyear


def _no_violators(article: Article, count: Count, after_words: list[str]) -> bool:
    """Persons or ASN counted who are no violators, or not alone: witnesses, those of the summoned who came, suspects
    counted with witnesses, the one who filed the report, ASN counted with others."""
    return (
        questioned_as_witnesses(after_words)
        or questioned_about_an_officials_case(article.lower[count.noun_end : count.sent.end])
        or came_of_the_summoned(article.lower, count.sent.start, count.ent.start, after_words)
        or came_of_more_counted(article.facts, count.value, after_words)
        or summoned_as_suspects_and_witnesses(article, count)
        or the_complainant(article.lower, count.ent.start)
        or not_asn_violators_alone(article, count)
    )
