"""What a count refers back to: a figure stated before and repeated ('dari 11 kasus itu'), spoken of again
('2 ASN ini', 'tiga kasus tersebut') or broken down ('Dari jumlah itu, ...')."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, lower_texts
from analysis.nlp.facts.state import Article, Count, Fact
from analysis.nlp.phrases import has_phrase


def restated_figure(doc: Doc, start: int, noun_end: int, value: int, facts: list[Fact]) -> Fact | None:
    """The earlier violation count that 'Dari 21 ASN yang kami tangani, ...' states again, if any."""
    if start == 0 or lower_texts(doc)[start - 1] != "dari" or lower_texts(doc)[noun_end : noun_end + 1] != ["yang"]:
        return None
    return next((f for f in reversed(facts) if f.value == value and f.fact_type == "violation_count"), None)


def repeated_figure(doc: Doc, start: int, noun_end: int, value: int, facts: list[Fact]) -> Fact | None:
    """The earlier fact that 'dari 11 kasus itu/tersebut' repeats, if any."""
    lower = lower_texts(doc)
    if start == 0:
        return None
    # "dari pemeriksaan 241 kasus ... itu": from the handling of the figure stated before
    after_dari = lower[start - 1] == "dari" or (
        start > 1 and lower[start - 2] == "dari" and lower[start - 1] in _HANDLING_NOUNS
    )
    if not after_dari and lower[start - 1] not in ("total", "sebanyak"):
        return None
    if not set(lower[noun_end : noun_end + 2]) & DEMONSTRATIVES and not (
        after_dari and _noun_phrase_ends_with_demonstrative(lower, noun_end)
    ):
        return None
    return next((f for f in reversed(facts) if f.value == value), None)


TAKEN_FROM_REACH = 8  # "dari pemeriksaan 241 kasus dugaan pelanggaran ASN yang tak netral itu"
_HANDLING_NOUNS = lx.EXAMINATION_WORDS | {"penanganan"}  # "dari pemeriksaan (penanganan) 241 kasus ... itu"


def _noun_phrase_ends_with_demonstrative(lower: list[str], noun_end: int) -> bool:
    """'Dari 17 temuan terkait netralitas ASN itu 10 di antaranya ...': the words after the noun, up to a
    demonstrative, say which of the figures stated before it is."""
    for word in lower[noun_end : noun_end + TAKEN_FROM_REACH]:
        if word in DEMONSTRATIVES:
            return True
        if not word.isalpha():
            return False
    return False


def restated_with_demonstrative(value: int, facts: list[Fact]) -> Fact | None:
    """The earlier fact that '2 ASN ini', 'tiga kasus yang kami rekomendasikan tersebut' (a count whose noun
    phrase ends with a demonstrative: `demonstrative_after`) speaks of again."""
    return next((f for f in reversed(facts) if f.value == value), None)


DEMONSTRATIVES = {"itu", "tersebut", "ini"}


DEMONSTRATIVE_REACH = 6  # words of the counted noun phrase: "kasus pelanggaran netralitas ASN tersebut"


def demonstrative_after(lower: list[str], noun_end: int, end: int) -> bool:
    """The counted noun phrase ends with a demonstrative: '2 ASN ini', 'Tiga kasus itu', 'sembilan kasus
    pelanggaran netralitas ASN tersebut', 'tiga kasus yang kami rekomendasikan tersebut', '45 temuan dan laporan
    tersebut' (not one of a place: 'di kecamatan tersebut')."""
    for i in range(noun_end, min(end, noun_end + DEMONSTRATIVE_REACH)):
        word = lower[i]
        if word in ("itu", "ini"):
            return i == noun_end
        if word == "tersebut":
            return True
        if word in ("dan", "atau") and lower[i + 1 : i + 2] and lower[i + 1] in lx.CASE_NOUNS:
            continue  # "45 temuan dan laporan tersebut": two nouns of one count
        if word in lx.PLACE_WORDS or word in ("pada", "ke", "dengan", "dan", "atau") or not word.isalpha():
            return False
    return False


def stated_before(doc: Doc, quantities: dict[int, Span], start: int, value: int, title_end: int) -> bool:
    """The same number was written earlier in the article's body (the headline announces what the body states)."""
    return any(
        at < start and span.start_char >= title_end and get_norm(doc, span) == str(value)
        for at, span in quantities.items()
    )


def refers_back(sent: Span, start: int) -> bool:
    """'Dari jumlah itu, 197 ASN ...', '... mengatakan dari laporan tersebut, 990 ASN ...': the number breaks
    down the figure given just before (the phrase opens the sentence or comes right before the number)."""
    doc = sent.doc
    lower = lower_texts(doc)
    for words in (lower[sent.start : min(sent.end, sent.start + 12)], lower[max(sent.start, start - 6) : start]):
        if has_phrase(words, lx.ANAPHORA) or "diantaranya" in words:
            return True
    return False


STATUS_STRENGTH = {"reported": 1, "proven": 2, "sanctioned": 3}  # how far the cases have gone


def restatement_kept_as_one(article: Article, fact: Fact, count: Count) -> bool:
    """The cases counted before, spoken of again ('14 ASN tersebut', '2 ASN ini') are one fact: described as
    alleged after a decision, the fact as first stated ('2 ASN ini diduga ...' after '... merekomendasikan 2
    ASN ke KASN'); decided since ('maka 14 ASN tersebut direkomendasikan ke KASN' after '14 ASN diduga ...'),
    the fact with what became of them."""
    earlier = count.restates
    if earlier is None or (earlier.fact_type, earlier.scope, earlier.region_code) != (
        fact.fact_type,
        fact.scope,
        fact.region_code,
    ):
        return False
    before, now = STATUS_STRENGTH.get(earlier.status, 0), STATUS_STRENGTH.get(fact.status, 0)
    if not before or not now or now == before:
        return False
    if now > before:
        if fact.key() in article.seen or earlier.key() not in article.seen:
            return False
        index = article.seen.pop(earlier.key())
        article.facts[index] = fact
        article.seen[fact.key()] = index
    return True


def decided_restatements_kept(facts: list[Fact]) -> list[Fact]:
    """A count stated as decided is one fact, the decided one, whether it is described as alleged after ('KASN
    mengeluarkan rekomendasi kepada 12 ASN ...', then '12 ASN ... yang terlibat dalam aksi deklarasi') or before
    ('memeriksa tiga ASN ... Ketiganya sudah direkomendasikan'): the alleged statement is dropped, as the
    conventions have a count restated in other words. (Dropping it removed 13 false and 8 right figures on the
    development set, 7 false and 4 right on the blind one: the same F1, a higher precision.) A count decided twice is
    one fact too, with the stronger decision."""

    def count_of(fact: Fact) -> tuple:
        return (fact.fact_type, fact.value, fact.unit, fact.scope, fact.region_code, fact.election_type)

    decided: dict[tuple, int] = {}  # a count stated as decided -> the strongest status it was stated with
    for f in facts:
        strength = STATUS_STRENGTH.get(f.status, 0)
        if strength > STATUS_STRENGTH["reported"]:
            key = count_of(f)
            decided[key] = max(strength, decided.get(key, 0))
    kept, seen = [], set()
    for f in facts:
        key = count_of(f)
        if f.value and key in decided:
            # stated again, or with a weaker decision ("mendapat sanksi", then "rekomendasi sanksi kepada enam
            # ASN"): one fact, the strongest, where first stated so
            if STATUS_STRENGTH.get(f.status, 0) < decided[key] or key in seen:
                continue
            seen.add(key)
        kept.append(f)
    return kept


def grown_from(article: Article, count: Count) -> Fact | None:
    """'... sebanyak 112 orang, sekarang bertambah 61 orang yakni menjadi 173 orang': the count the number says
    the persons counted before in the sentence have grown to."""
    lower = article.lower
    if count.ent.start == count.sent.start or lower[count.ent.start - 1] != "menjadi":
        return None
    return next((f for f in reversed(article.violations.get(count.sent.start, [])) if f.unit == "persons"), None)


CANDIDATES_IN_VIOLATION = {
    "dilaporkan",
    "diduga",
    "melanggar",
    "terbukti",
    "direkomendasikan",
    "diperiksa",
    "dipanggil",
}


def candidates_named_again(lower: list[str], restated: Fact | None, noun_end: int, sent_end: int) -> bool:
    """'keempat ASN ini dinonaktifkan' after four ASN who resigned to run: the candidates again, put on leave, no
    count of their own; not 'Kedua ASN tersebut dilaporkan ke KASN', candidates reported for a violation."""
    return (
        restated is not None
        and restated.fact_type == "related_candidates"
        and CANDIDATES_IN_VIOLATION.isdisjoint(lower[noun_end:sent_end])
    )


# Words a little before a round figure that say it rounds one: "lebih dari 2.000 laporan", "hampir lewat dari seribu
# perkara", "sekitar 500 kasus", "mendekati 1.000"
ROUNDING_WORDS = {"lebih", "hampir", "sekitar", "kurang", "mendekati", "lewat", "kira-kira", "nyaris", "±"}
ROUNDING_REACH = 3
ROUND_FROM = 100  # smaller figures ("lebih dari 20 ASN") are counted as the text gives them


def rounded_restatements_dropped(doc: Doc, facts: list[Fact]) -> list[Fact]:
    """The facts without any round figure that rounds an exact count of the same place ("KASN menerima lebih dari
    2.000 laporan ... 'ada 2.089 pelanggaran'", "terjadi 1.046 perkara, hampir lewat dari seribu perkara"): one
    figure, said twice."""
    rounded = {id(f) for f in facts if f.fact_type == "violation_count" and _said_as_rounded(doc, f)}
    if not rounded:
        return facts
    exact = [f for f in facts if f.fact_type == "violation_count" and id(f) not in rounded]
    return [
        f
        for f in facts
        if id(f) not in rounded
        or not any(
            (g.scope, g.region_code) == (f.scope, f.region_code)
            and abs(g.value - f.value) < _rounding_step(f.value) / 2
            for g in exact
        )
    ]


def parts_of_a_total_dropped(facts: list[Fact]) -> list[Fact]:
    """The facts without the parts of a total stated before, when one sentence splits it by who they are and nothing
    else ("Dugaan Pelanggaran 9 ASN ... . ... delapan Camat dan satu Pimpinan OPD ... yang diduga terlibat"): the
    counts of a sentence, all of the total's place and status, that add up to it."""
    by_sentence: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.fact_type == "violation_count":
            by_sentence.setdefault(fact.sentence, []).append(fact)
    dropped: set[int] = set()
    for parts in by_sentence.values():
        said_of = {(part.scope, part.region_code, part.status) for part in parts}
        if len(parts) < 2 or len(said_of) > 1:
            continue
        first, total = min(part.start_char for part in parts), sum(part.value for part in parts)
        if any(
            earlier.fact_type == "violation_count"
            and earlier.value == total
            and earlier.start_char < first
            and (earlier.scope, earlier.region_code, earlier.status) in said_of
            for earlier in facts
        ):
            dropped.update(id(part) for part in parts)
    return [fact for fact in facts if id(fact) not in dropped] if dropped else facts


def _rounding_step(value: int) -> int:
    step = 1
    while value % (step * 10) == 0:
        step *= 10
    return step


def _said_as_rounded(doc: Doc, fact: Fact) -> bool:
    if fact.value < ROUND_FROM or fact.value % ROUND_FROM:
        return False
    start = doc.char_span(fact.start_char, fact.end_char, alignment_mode="expand")
    if start is None:
        return False
    before = lower_texts(doc)[max(0, start.start - ROUNDING_REACH) : start.start]
    return not ROUNDING_WORDS.isdisjoint(before)
