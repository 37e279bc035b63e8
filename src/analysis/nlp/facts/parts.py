"""Counts that break down the count stated just before them, with nothing of their own to say: one fact.

The annotation conventions: "a breakdown ('13 ASN, 7 of them sanctioned') is several facts when each part has its
own status or region". A part with the same status and no region of its own ('Empat ASN di antaranya mengunggah
dukungan, sedangkan dua lainnya hadir di kampanye' after '6 ASN diduga tidak netral') only says how the figure
splits by kind of violation, by source or by person: it is no figure of its own.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, lower_texts, sentence_of, token_starts, token_texts
from analysis.nlp.facts.references import DEMONSTRATIVES, refers_back
from analysis.nlp.facts.state import Article, Fact
from analysis.nlp.numbers import COLLECTIVE_NUMERALS, COLLECTIVES_BEFORE_NOUN, COUNTED_AFTER_COLLECTIVE

PART_REACH = 2  # sentences back that a part may break down ("Empat di antaranya ...", "Dari jumlah itu, ...")
# A part passed on to the next stage is a stage of its own, whatever its status: "delapan di antaranya telah
# diteruskan ke Komisi ASN"
PASSED_ON = {"diteruskan", "meneruskan", "ditindaklanjuti", "dilimpahkan", "diserahkan", "dikirim", "diregister"}
PART_MARKERS = {"diantaranya", "sisanya"}  # right after the counted noun: "15 kasus diantaranya merupakan temuan"
MARKER_REACH = 3  # tokens after the counted noun where the marker stands


def part_of_earlier(
    sent: Span, start: int, noun_end: int, value: int, status: str, facts: list[Fact], quantities: dict[int, Span]
) -> Fact | None:
    """The violation count just stated (in this sentence or the PART_REACH before it) that this one is a part
    of, with the same status: marked as a part ('di antaranya', 'sisanya', 'dari jumlah itu') or one of the
    counts of a sentence that add up to it ('Satu ASN dijatuhi sanksi ringan, dan 2 ASN lagi sanksi moral'), or
    of a breakdown said to be one, however far from the count ('Perinciannya, 67 ASN ..., 41 ASN ...')."""
    earlier = facts[-1] if facts else None
    if earlier is None or earlier.fact_type != "violation_count" or earlier.status != status or value >= earlier.value:
        return None
    doc = sent.doc
    chars = token_starts(doc)
    earlier_token = bisect.bisect_right(chars, earlier.start_char) - 1
    starts = sentence_starts_back(sent, PART_REACH)
    lower = lower_texts(doc)
    # "Perinciannya, 67 ASN ..., 41 ASN ...": a breakdown said to be one, however far from its total
    itemised = next((k for k in starts[:2] if lower[k] in ITEMISING_WORDS), None)
    if earlier_token < starts[-1] and itemised is None:
        return None  # too far back to be broken down here
    if PASSED_ON.intersection(lower[start : sent.end]):
        return None
    if breaks_down(sent, start, noun_end):
        return None if earlier.unit == "cases" and _the_asn_among_them(lower, noun_end, sent.end) else earlier
    if itemised is None:  # the counts of this sentence: 'Satu ASN dijatuhi sanksi ringan, dan 2 ASN lagi ...'
        run_from, until = chars[sent.start], sent.end
    else:  # the itemised run, which may go on in the next sentence
        run_from, until = chars[itemised], sentence_of(doc, sent.end).end if sent.end < len(doc) else sent.end
    return earlier if _in_a_run_adding_up_to(doc, earlier, run_from, until, start, quantities) else None


ITEMISING_WORDS = {"perinciannya", "rinciannya", "rincian", "perincian"}
_ASN_PART_REACH = 4  # words after a part's noun to the ASN it names: "21 orang di antaranya adalah ASN"


def _the_asn_among_them(lower: list[str], noun_end: int, sent_end: int) -> bool:
    """'Dari 26 aduan itu, 21 orang di antaranya ASN, 2 honorer ...': the ASN among the persons complained of, the
    neutrality count of those complaints (a figure of its own), not one kind of case among others."""
    after = lower[noun_end : min(sent_end, noun_end + _ASN_PART_REACH)]
    if "antaranya" not in after:
        return False
    named = [word for word in after[after.index("antaranya") + 1 :] if word != "adalah"]
    return named[:1] in (["asn"], ["pns"])


NOT_COUNTED_AFTER = lx.NOT_A_COUNT_BEFORE | {"/"}


def _in_a_run_adding_up_to(
    doc: Doc, earlier: Fact, run_from: int, until: int, start: int, quantities: dict[int, Span]
) -> bool:
    """The counts from `run_from` (a character offset), after the earlier count and before token `until`, open
    with a run of two counts or more that adds up to the earlier count and holds the count at `start`: '110 ASN
    mendapat sanksi. ... Perinciannya, 67 ASN ..., 41 ASN ... . Sementara, 1 ASN ..., dan 1 ASN lagi ...'."""
    chars, lower = token_starts(doc), lower_texts(doc)
    counts = sorted(
        (k, int(norm))
        for k, q in quantities.items()
        if chars[k] >= run_from
        and chars[k] > earlier.end_char
        and k < until
        and lower[k - 1] not in NOT_COUNTED_AFTER  # "PP No.42/2004": a rule's number
        and (norm := get_norm(doc, q)).isdigit()
    )
    total = 0
    for n, (k, value) in enumerate(counts, start=1):
        total += value
        if total >= earlier.value:
            return total == earlier.value and k >= start and n >= 2
    return False


def part_of_violators_before(sent: Span, start: int, noun_end: int, value: int, facts: list[Fact]) -> bool:
    """'Sebanyak 9 ASN di antaranya berasal dari Kabupaten A' after 'ada 23 ASN yang dilaporkan': marked as a part
    of the ASN just counted as violators (in this sentence or the PART_REACH before it), so violators too."""
    earlier = facts[-1] if facts else None
    if earlier is None or (earlier.fact_type, earlier.unit) != ("violation_count", "persons") or value >= earlier.value:
        return False
    if not marked_as_part(sent, noun_end):
        return False
    earlier_token = bisect.bisect_right(token_starts(sent.doc), earlier.start_char) - 1
    return sentence_starts_back(sent, PART_REACH)[-1] <= earlier_token < start


TOTAL_WORD_REACH = 3  # tokens before the count: "Jadi totalnya ada sembilan PNS"


def total_of_violators_before(
    sent: Span, start: int, value: int, facts: list[Fact], quantities: dict[int, Span]
) -> bool:
    """'Jadi totalnya ada sembilan PNS' after 'empat PNS, ... empat PNS, dan ... satu PNS' counted as violators: the
    total of the ASN counted just before it (this sentence and the one before) is a count of violators too."""
    lower = lower_texts(sent.doc)
    if lx.TOTAL_WORDS.isdisjoint(lower[max(sent.start, start - TOTAL_WORD_REACH) : start]):
        return False
    first = sentence_starts_back(sent, 1)[-1]
    chars = token_starts(sent.doc)
    counted = {
        f.region_code
        for f in facts
        if f.fact_type == "violation_count" and f.unit == "persons" and chars[first] <= f.start_char < chars[start]
    }
    if len(counted) != 1 or any(f.fact_type == "violation_count" and f.value == value for f in facts):
        # none counted as violators, the parts of several regions (their total is a list's), or a total stated
        # before ("sehingga total menjadi tujuh" after "tujuh ASN ..."), which the restatement rules read
        return False
    parts = [
        int(norm)
        for k, q in quantities.items()
        if first <= k < start
        and q.end < len(lower)
        and lower[q.end] in lx.ASN_NOUNS
        and (norm := get_norm(sent.doc, q)).isdigit()
    ]
    return len(parts) >= 2 and sum(parts) == value


def marked_as_part(sent: Span, noun_end: int) -> bool:
    """'di antaranya', 'diantaranya' or 'sisanya' after the counted noun."""
    after = lower_texts(sent.doc)[noun_end : min(noun_end + MARKER_REACH, sent.end)]
    return bool(PART_MARKERS.intersection(after)) or "antaranya" in after[1:] and "di" in after


def breaks_down(sent: Span, start: int, noun_end: int) -> bool:
    """The count says it is a part of one before: 'dari jumlah itu, ...' before it, 'di antaranya', 'sisanya'
    after its noun."""
    return marked_as_part(sent, noun_end) or refers_back(sent, start)


def sentence_starts_back(sent: Span, reach: int) -> list[int]:
    """The start of this sentence and of the `reach` sentences before it, nearest first."""
    starts, current = [sent.start], sent
    for _ in range(reach):
        if current.start == 0:
            break
        current = sentence_of(sent.doc, current.start - 1)
        starts.append(current.start)
    return starts


ANOTHER_ONE = {"lain", "lainnya", "lagi", "tambahan"}
BESIDES_REACH = 5  # tokens of the name after "Selain" up to its comma: "Selain Fulan bin Fulan,"


def one_of_those_counted(article: Article, sent: Span) -> bool:
    """Whether a count of one in the sentence is one of a group counted before, told of on its own: 'Bawaslu
    menangani dua kasus ... . Menurut X, bentuk pelanggaran kedua ASN itu tidak sama. Seorang ASN ... memberi tanda
    suka ...', 'Selain AB, Bawaslu juga menelusuri seorang ASN di Kecamatan C'."""
    if not any(f.fact_type == "violation_count" and f.value >= 2 for f in article.facts):
        return False
    if sum(sent.start <= start < sent.end for start in article.quantities) > 1:
        return False  # "Jumlahnya enam orang, satu orang dari A, dua orang dari B": the group broken down
    lower = article.lower
    if not ANOTHER_ONE.isdisjoint(lower[sent.start : sent.end]):
        return False  # "Seorang ASN lain juga dilaporkan": one more
    # "Selain AB," (a name), not "Selain itu," (besides that)
    name = token_texts(article.doc)[sent.start + 1] if sent.start + 1 < sent.end else ""
    besides = (
        lower[sent.start] == "selain"
        and name[:1].isupper()
        and name.lower() not in DEMONSTRATIVES
        and "," in lower[sent.start + 2 : sent.start + 2 + BESIDES_REACH]
    )
    before = article.previous_sentence(sent)
    group = before is not None and any(
        word in COLLECTIVE_NUMERALS
        or word in COLLECTIVES_BEFORE_NOUN
        and lower[k + 1 : k + 2]
        and lower[k + 1] in COUNTED_AFTER_COLLECTIVE
        and DEMONSTRATIVES.intersection(lower[k + 2 : k + 4])
        for k, word in enumerate(lower[before.start : before.end], start=before.start)
    )
    return besides or group
