"""Whether 'N orang' counts ASN, with no noun of ASN after it: persons whose violation, case or count of ASN the
words around them tell, and the violation count such persons break down; and persons counted who are not ASN
violators alone (others with them, violators of every kind)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import lower_texts, span_text, token_starts
from analysis.nlp.facts.clauses import opens_sentence
from analysis.nlp.facts.mixed import BREAKDOWN_REACH, OPENER_REACH, breakdown_names_others
from analysis.nlp.facts.others import holds_other_kind_as_word, others_or_the_rest
from analysis.nlp.facts.reading import SUSPECT_WORDS
from analysis.nlp.facts.references import DEMONSTRATIVES, refers_back
from analysis.nlp.facts.state import Article, Count, Fact
from analysis.nlp.facts.when import sentence_election
from analysis.nlp.numbers import opens_a_number
from analysis.nlp.phrases import has_phrase
from analysis.nlp.status import states_status

DESCRIBED_BEFORE_REACH = 20  # tokens from the number back to the "yang" of the clause that describes them
_CLAUSE_ENDS = {",", ";", ":", ".", "!", "?", "\n", "\n\n"}


VIOLATION_OF_REACH = 4  # words before the number that name the breach it is of: "dugaan pelanggaran netralitas"
_BREACH_WORDS = {"pelanggaran", "dugaan"}


def neutrality_breach_of(before: list[str]) -> bool:
    """'Berkas pelanggaran dugaan netralitas 14 ASN', 'dugaan pelanggaran netralitas tiga ASN': the breach of
    neutrality by those counted, named right before them (not "menjaga netralitas 5.000 ASN")."""
    return bool(before) and before[-1] in lx.NEUTRALITY_WORDS and not _BREACH_WORDS.isdisjoint(before)


def total_with_other_staff(before: list[str]) -> bool:
    """'jumlah ASN sekitar 10 ribu, tenaga honorer 7 ribu, sehingga total pegawai ...': a total of the ASN and of
    staff who are no ASN, named before it."""
    if "total" not in before:
        return False
    return not lx.NON_ASN_STAFF.isdisjoint(before[: len(before) - before[::-1].index("total")])


# What a relative clause before "berjumlah"/"ada" says of ASN that makes them violators: a violation, or the
# reports that name them ("Dari total pelaporan yang masuk berjumlah 846 ASN"), or that a body passed them on
# ("ASN yang kami teruskan ke BKN jumlahnya 18 orang")
_VIOLATORS_DESCRIBED = lx.ASN_VIOLATION_CUES | lx.SOURCE_NOUNS | {"pelaporan", "teruskan"}


def violators_described_before(doc: Doc, start: int, clause_before: set[str]) -> bool:
    """'yang sudah dijatuhi sanksi oleh PPK ada 183 ASN', '492 aduan pelanggaran ... yang melibatkan 431 ASN',
    'pelanggaran yang dilakukan oleh 17 ASN', 'pelanggaran netralitas sembilan ASN': what happened to the ASN, or
    what they did, is said before their number."""
    if start == 0:
        return False
    lower = lower_texts(doc)
    previous = lower[start - 1]
    if previous in lx.COUNT_LINKS or lower[max(0, start - 2) : start] == ["antara", "lain"]:
        # ("ASN yang dilaporkan antara lain 9 pejabat struktural ...": the first of those the clause lists)
        if "yang" in clause_before:
            return bool(clause_before & _VIOLATORS_DESCRIBED)
        # a longer relative clause, the agent named in full: "yang sudah dijatuhi sanksi oleh Pejabat Pembina
        # Kepegawaian (PPK) di masing-masing daerah ada 58 ASN"
        described = lower[max(0, start - DESCRIBED_BEFORE_REACH) : start - 1]
        if "yang" not in described:
            return False
        described = described[len(described) - described[::-1].index("yang") :]
        return _CLAUSE_ENDS.isdisjoint(described) and not lx.ASN_VIOLATION_CUES.isdisjoint(described)
    # "... yang melibatkan 431 ASN", "pelanggaran pilkada yang dilakukan oleh 17 ASN": the violators of the cases
    two_before = lower[max(0, start - 2) : start]
    agent = previous == "melibatkan" or two_before == ["dilakukan", "oleh"]
    # "kasus dugaan pelanggaran netralitas sembilan ASN", "membahas dugaan pelanggaran dua ASN": the violations are
    # theirs
    return (
        (agent and bool(clause_before & lx.CASE_NOUNS_BEFORE))
        or two_before == ["pelanggaran", "netralitas"]
        or two_before == ["dugaan", "pelanggaran"]
    )


def asn_among_violators_counted(lower: list[str], sent_start: int, start: int, prev_sent: Span | None) -> bool:
    """'Dari 14 orang aparat yang terindikasi berpolitik praktis, 6 orang berstatus ASN', 'Dari 14 aparat itu, 6 orang
    ASN, ...' after a sentence that says what they did: the civil servants among violators counted first of every
    status (the total, "dari" and its number, right before the last comma before the count)."""
    lead = lower[sent_start:start]
    if "," not in lead:
        return False
    comma = len(lead) - 1 - lead[::-1].index(",")
    dari = next((k for k in range(comma - 2, -1, -1) if lead[k] == "dari" and opens_a_number(lead[k + 1])), None)
    if dari is None:
        return False  # (most counts: no total they are taken from)
    total = lead[dari:comma]
    if not lx.ASN_VIOLATION_CUES.isdisjoint(total):
        return True
    return (
        prev_sent is not None
        and not DEMONSTRATIVES.isdisjoint(total)
        and not lx.ASN_VIOLATION_CUES.isdisjoint(lower[prev_sent.start : prev_sent.end])
    )


def person_breakdown_of(
    facts: list[Fact], sent: Span, start: int, referenced: dict[int, Fact], value: int, prev_sent: Span | None
) -> Fact | None:
    """The violation count that 'N orang' breaks down: 'dari jumlah tersebut, delapan orang telah
    direkomendasikan', '1.596 ASN terbukti melanggar dan 1.450 orang dijatuhi sanksi', '13 perkara ... .
    Sebanyak 10 orang sudah direkomendasikan' (a smaller number, right after, of violations)."""
    earlier = referenced.get(sent.start) or (facts[-1] if facts else None)
    if earlier is None or earlier.fact_type not in ("violation_count", "asn_headcount"):
        return None
    if referenced.get(sent.start) is earlier:  # "Dari 8.432 ASN tersebut, ...": repeated, so referred to
        return earlier
    if earlier.sentence == span_text(sent).strip() and earlier.start_char < token_starts(sent.doc)[start]:
        return earlier
    if (
        earlier.fact_type == "violation_count"
        and prev_sent is not None
        and earlier.sentence == span_text(prev_sent).strip()
        and value < earlier.value
        and (
            opens_sentence(sent.doc, sent, start)
            or lower_texts(sent.doc)[start - 1] in ("sebanyak", "ada")
            and opens_sentence(sent.doc, sent, start - 1)
        )
    ):
        return earlier
    return earlier if refers_back(sent, start) else None


def persons_are_asn(article: Article, count: Count, clause_before_words: list[str], prev_sent: Span | None) -> bool:
    """Whether 'N orang' counts ASN by what is said around it, with no noun of its own."""
    sent = count.sent
    # "didominasi ASN Kabupaten A dengan 20 terlapor": the persons reported, in a sentence about ASN
    reported_asn = article.lower[count.noun_end - 1] in SUSPECT_WORDS and not lx.ASN_NOUNS.isdisjoint(
        article.lower[sent.start : sent.end]
    )
    return (
        reported_asn
        or not lx.ASN_NOUNS.isdisjoint(clause_before_words)
        # "Yang sudah dijatuhi sanksi oleh PPK baru 58 orang": persons whose violation is said before
        or violators_described_before(article.doc, count.ent.start, set(clause_before_words))
        or unneutral_after_an_asn_count(article.facts, count.noun_end, sent, prev_sent)
        or _for_not_being_neutral(article, count)
    )


def _for_not_being_neutral(article: Article, count: Count) -> bool:
    """'Secara nasional 1.200 orang diberikan sanksi karena tak netral': persons dealt with because they were not
    neutral, in a story of the neutrality of ASN (others counted are named: `names_other_actors`)."""
    words = article.lower[count.noun_end : min(count.sent.end, count.noun_end + lx.NOT_NEUTRAL_REACH)]
    if "karena" not in words:
        return False
    return has_phrase(words[words.index("karena") + 1 :], lx.NOT_NEUTRAL) and article.about_neutrality


def processed_over_asn_neutrality(doc: Doc, words_after: set[str], before: list[int], after: list[int]) -> bool:
    """'lima orang yang diproses di Bawaslu Bangkalan terkait netralitas ASN': persons whose clause says what
    became of them over the neutrality of ASN are ASN; so are those sent to the bodies that judge only civil
    servants ('23 orang yang direkomendasikan oleh Bawaslu ke KASN')."""
    named = not lx.ASN_NOUNS.isdisjoint(words_after) and not lx.NEUTRALITY_WORDS.isdisjoint(words_after)
    return (named or not lx.ASN_BODIES.isdisjoint(words_after)) and states_status(doc, before, after)


def unneutral_after_an_asn_count(facts: list[Fact], noun_end: int, sent: Span, prev_sent: Span | None) -> bool:
    """'... sebanyak 12 ASN terlibat. Dari 22 kabupaten/kota, ditemukan 40 orang terlibat dan diduga tidak
    netral': persons said not to be neutral right after a count of ASN who took part are ASN too."""
    words_after = lower_texts(sent.doc)[noun_end : min(sent.end, noun_end + lx.NOT_NEUTRAL_REACH)]
    if not facts or not has_phrase(words_after, lx.NOT_NEUTRAL):
        return False
    earlier = facts[-1]
    return (
        earlier.fact_type == "violation_count"
        and earlier.unit == "persons"
        and earlier.sentence in {span_text(s).strip() for s in (sent, prev_sent) if s is not None}
    )


_SUMMONING = {"memanggil", "dipanggil", "memeriksa", "diperiksa", "mengklarifikasi", "diklarifikasi"}
WITNESS_SENTENCE_REACH = 2  # sentences after the summons where its witnesses are told apart


def summoned_as_suspects_and_witnesses(article: Article, count: Count) -> bool:
    """'Bawaslu memanggil tujuh orang ASN. [Pemanggilan itu terkait Pilkada 2020.] Sebanyak 5 orang diduga melanggar
    dan 2 orang lainnya dipanggil sebagai saksi': persons summoned whom a sentence after splits into suspects and
    witnesses are no count of violators. Records them as the figure that sentence's parts break down."""
    lower, sent, start = article.lower, count.sent, count.ent.start
    if _SUMMONING.isdisjoint(lower[max(sent.start, start - 3) : start]):
        return False  # (most counts: no summons, no sentence after to read)
    following = sent
    for _ in range(WITNESS_SENTENCE_REACH):
        following = article.next_sentence(following)
        if following is None:
            return False
        if not lx.WITNESS_WORDS.isdisjoint(lower[following.start : following.end]):
            break
    else:
        return False
    etype, eyear = sentence_election(article.doc, sent, count.ent.start_char, *article.election, article.published)
    article.referenced[following.start] = Fact(
        fact_type="violation_count",
        value=count.value,
        unit="persons",
        status="reported",
        scope="regional",
        region_code="",
        election_type=etype,
        election_year=eyear,
        sentence=span_text(sent).strip(),
        start_char=count.ent.start_char,
        end_char=count.ent.end_char,
    )
    return True


def not_asn_violators_alone(article: Article, count: Count) -> bool:
    """Persons counted with others ("11 ASN dan dua lainnya kepala desa"), the rest of a group, or violators of
    every kind ("3 ASN, dengan jenis pelanggaran 2 pidana dan 1 netralitas ASN"): no count of ASN violators."""
    return others_or_the_rest(article.lower, count.noun_end, count.ent.start) or violators_of_other_kinds(
        article, count
    )


def violators_of_other_kinds(article: Article, count: Count) -> bool:
    """'3 ASN, dengan jenis pelanggaran 2 pidana dan 1 netralitas ASN': violators of every kind; 'Sebanyak 6 orang
    melanggar kode etik dan 4 orang melanggar netralitas ASN': those of another kind, beside other kinds' parts
    (alone, "melanggar kode etik" is how many stories tell the neutrality cases of ASN)."""
    lower, noun_end, sent_end = article.lower, count.noun_end, count.sent.end
    # (not persons listed beside them: "2 ASN, 3 kades dan 5 perangkat desa")
    if breakdown_names_others(lower[noun_end : min(sent_end, noun_end + OPENER_REACH + BREAKDOWN_REACH)]):
        return True
    own = _words_of_a_part(lower, noun_end, sent_end)
    if not holds_other_kind_as_word(f" {' '.join(own)} ") or not lx.NEUTRALITY_WORDS.isdisjoint(own):
        return False
    for k in range(count.sent.start, sent_end):
        if k != count.ent.start and opens_a_number(lower[k]) and not (k > 0 and opens_a_number(lower[k - 1])):
            other = _words_of_a_part(lower, k + 1, sent_end)
            if not lx.NEUTRALITY_WORDS.isdisjoint(other) or holds_other_kind_as_word(f" {' '.join(other)} "):
                return True
    return False


KIND_OF_PART_REACH = 5  # words after a part's noun that name its kind: "orang melanggar kode etik dan"


def _words_of_a_part(lower: list[str], start: int, end: int) -> list[str]:
    """The words from `start` to the next figure (the next part's), at most KIND_OF_PART_REACH."""
    words = []
    for word in lower[start : min(end, start + KIND_OF_PART_REACH)]:
        if opens_a_number(word):
            break
        words.append(word)
    return words


_ANSWERED = {("memenuhi", "panggilan"), ("memenuhi", "undangan")}


# An official whose case others are questioned about: "memeriksa 7 orang terkait Camat A yang diduga ..."
_CASE_OF_AN_OFFICIAL = lx.SINGLE_OFFICIAL_TITLES | lx.HEADS_ACTING_FOR | {"kepala", "sekretaris", "lurah", "pj"}


# Words from the persons counted to what they are questioned about: "pejabat Kementerian Agama (Kemenag) setempat,
# terkait"
ABOUT_REACH = 8


def questioned_as_witnesses(after_words: list[str]) -> bool:
    """'Bawaslu memeriksa 3 ASN sebagai saksi', '... 7 orang terkait Camat A yang diduga melanggar': persons
    questioned about someone else's case, no violators."""
    if after_words[:1] in (["terkait"], ["sehubungan"]) and after_words[1:2] and after_words[1] in _CASE_OF_AN_OFFICIAL:
        return True
    return not lx.WITNESS_WORDS.isdisjoint(after_words[: lx.DISMISSAL_REACH])


def questioned_about_an_officials_case(words_after: list[str]) -> bool:
    """'memeriksa 9 pejabat Kemenag setempat, terkait dugaan pelanggaran ... yang dilakukan Kepala Kantor A' (the words
    of the sentence after the persons counted): questioned about an official's case, no violators."""
    about = next((k for k, word in enumerate(words_after[:ABOUT_REACH]) if word in ("terkait", "sehubungan")), None)
    return about is not None and _done_by_an_official(words_after[about:])


def _done_by_an_official(words: list[str]) -> bool:
    """'... yang dilakukan (oleh) Kepala Kantor A': the case the words name was an official's."""
    done = next((k for k, word in enumerate(words) if word == "dilakukan"), None)
    if done is None:
        return False
    doer = words[done + 1 : done + 3]
    return bool(doer) and (
        doer[0] in _CASE_OF_AN_OFFICIAL or doer[:1] == ["oleh"] and doer[1:] and doer[1] in _CASE_OF_AN_OFFICIAL
    )


def came_of_the_summoned(lower: list[str], sent_start: int, start: int, after_words: list[str]) -> bool:
    """'Dari kelima ASN yang dipanggil, hanya dua ASN yang memenuhi panggilan': those of the summoned who came, a part
    with no count of its own (not "Ada empat Kepala Dinas yang memenuhi panggilan Bawaslu": the summoned)."""
    return (
        "memenuhi" in after_words[:3]
        and has_phrase(after_words[:4], _ANSWERED)
        and ("hanya" in lower[max(sent_start, start - 2) : start] or lower[sent_start] == "dari")
    )


def came_of_more_counted(facts: list[Fact], value: int, after_words: list[str]) -> bool:
    """'... memeriksa tujuh oknum ASN ... . ... dua orang ASN yang datang untuk klarifikasi': those who came, of more
    counted before, no count of their own."""
    return (
        after_words[:1] == ["yang"]
        and after_words[1:2] in (["datang"], ["hadir"])
        and any(f.fact_type == "violation_count" and f.value > value for f in facts)
    )


# The verbs of filing a report, before "oleh" and the one who filed it: "Laporan itu disampaikan oleh seorang ASN"
_FILED = {"disampaikan", "diajukan", "dilayangkan", "dibuat"}


def the_complainant(lower: list[str], start: int) -> bool:
    """'Laporan pelanggaran netralitas itu disampaikan oleh seorang ASN ...': the one who filed the report, no
    violator."""
    return start >= 2 and lower[start - 1] == "oleh" and lower[start - 2] in _FILED
