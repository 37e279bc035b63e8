"""Which numbers may be counts: exact, and neither a date, a label ("Pasal 2"), a bound ("kurang dari 6", "tidak
hanya satu"), a rate ("setiap hari ada 25"), the end of a range, nor anyone a condition names."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import get_norm, opening_word, token_texts
from analysis.nlp.facts.parts import one_of_those_counted
from analysis.nlp.facts.reading import in_range, labels_a_number
from analysis.nlp.facts.state import Article, Count
from analysis.nlp.named_officials import rest_after_one_named, the_others_of_the_named
from analysis.nlp.numbers import YEAR_WRITTEN


def _upper_bound(lower: list[str], start: int, sent_start: int) -> bool:
    """The words before the number at `start` make it an upper bound ("kurang dari 6", "tidak sampai seribu", not
    "tidak kurang dari 13")."""
    if start - 1 >= sent_start and lower[start - 1] in lx.UPPER_BOUND_WORDS:
        return True
    if start - 2 < sent_start or (lower[start - 2], lower[start - 1]) not in lx.UPPER_BOUNDS:
        return False
    # "tidak lebih dari 20" is at most 20, "tidak kurang dari 13" at least 13 (a floor, as "lebih dari 13" is)
    denied = start - 3 >= sent_start and lower[start - 3] in lx.NEGATIONS_OF_MORE
    return denied if lower[start - 2] == "lebih" else not (lower[start - 2] == "kurang" and denied)


_RATE_OPENERS = {each for each, _ in lx.RATES}  # "setiap", "tiap", "per": the first word of every rate


def _a_rate(lower: list[str], start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """The words around the number make it a rate ("setiap hari ada 25 laporan", "10 kasus per minggu")."""
    before = lower[max(sent_start, start - lx.RATE_REACH) : start]
    after = lower[end : min(sent_end, end + lx.RATE_REACH)]
    if _RATE_OPENERS.isdisjoint(before) and _RATE_OPENERS.isdisjoint(after):
        return False  # (most numbers: no "setiap", "per" around them)
    return any(pair in lx.RATES for words in (before, after) for pair in pairwise(words))


# Words after which a figure is a year: "Pilkada 2020", "tahun 2019"
YEAR_LEADS = {"pilkada", "pemilu", "pileg", "pilpres", "pemilihan", "tahun"}


def _named_as_a_year(lower: list[str], text: str) -> bool:
    """The text names `text` as a year somewhere ("pada Pilkada 2020")."""
    return any(word == text and k > 0 and lower[k - 1] in YEAR_LEADS for k, word in enumerate(lower))


_NUMBER_JOINS = {",", "dan", "serta", "atau"}
_LIST_LABELS = {"pasal", "ayat", "nomor", "no", "no.", "huruf"}  # (not "tahun 2023, 4 di antaranya")


def _last_of_labelled_numbers(lower: list[str], start: int, sent_start: int) -> bool:
    """'Pasal 280, 282, 283 ASN yang kedapatan melanggar ...': the last of numbers a label before the first makes no
    counts."""
    k = start - 1
    while k - 1 > sent_start and lower[k] in _NUMBER_JOINS and lower[k - 1][:1].isdigit():
        k -= 2
    return k < start - 1 and lower[k] in _LIST_LABELS


def count_of(article: Article, ent: Span) -> Count | None:
    """The number as a possible count: exact, not a date, an article number or an end of a range."""
    norm = get_norm(article.doc, ent)
    if not norm.isdigit():
        return None  # approximate quantities are not facts
    sent = article.sentence_holding(ent.start)
    lower = article.lower
    prev_tok = lower[ent.start - 1] if ent.start > sent.start else ""
    if (
        labels_a_number(prev_tok, lower, ent.end)
        or _last_of_labelled_numbers(lower, ent.start, sent.start)
        or in_range(article.doc, ent, article.quantities, article.quantity_ends)
    ):
        return None
    if prev_tok == "/" and ent.start - 2 >= sent.start and lower[ent.start - 2][:1].isdigit():
        return None  # "UU No 20/2023 pegawai ASN": the second part of a number written with a slash
    if ent.end < len(lower) and lower[ent.end] in lx.SHARE_UNITS:
        return None  # "1.421 ASN atau sekitar 86% di antaranya": a share, no count
    if _upper_bound(lower, ent.start, sent.start):
        return None  # "kurang dari 6 orang", "tidak sampai seribu kasus": a bound, no count
    if ent.start - 2 >= sent.start and tuple(lower[ent.start - 2 : ent.start]) in lx.NOT_ONLY:
        return None  # "tidak hanya satu temuan": more than one, no count
    if _a_rate(lower, ent.start, ent.end, sent.start, sent.end):
        return None  # "setiap hari ada 25 laporan": so many a day, no count
    if norm == "1" and (opening_word(lower, sent.start) in lx.CONDITIONS or prev_tok == "sebagai"):
        # "Kalau hal itu dilakukan seorang ASN, maka tergolong pelanggaran": anyone, no one counted; "tugasnya
        # sebagai seorang ASN": a role
        return None
    if norm == "1" and one_of_those_counted(article, sent):
        return None  # "... kedua ASN itu tidak sama. Seorang ASN ...": one of those counted, told of on its own
    if YEAR_WRITTEN.fullmatch(ent.text) and (prev_tok in lx.TIME_WORDS or _named_as_a_year(lower, ent.text)):
        # "pada awal 2016 jumlahnya 12": a year; so is "mengapa 2020 pelanggaran naik?" in a story that names the
        # Pilkada 2020 (a count of as many would be written "2.020")
        return None
    if lower[ent.start] == "salah" and (
        article.facts or ent.start > sent.start and token_texts(article.doc)[ent.start - 1][:1].isupper()
    ):
        # "Salah satu ASN, yang juga kepala sekolah, ...": one of those counted before; "Gede salah satu pejabat
        # yang mundur": a person said to be one of a group
        return None
    value = int(norm)
    named_before = prev_tok == "bersama" or rest_after_one_named(lower, ent.start)
    if named_before and the_others_of_the_named(lower, ent.end):
        value += 1  # "Kepala Bagian A bersama tiga PNS lainnya", "Sekda dan tiga ASN lainnya": one of four
    return Count(ent=ent, sent=sent, value=value, prev_tok=prev_tok)
