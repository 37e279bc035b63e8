import pytest

from analysis.nlp.numbers import parse_number, parse_number_at


@pytest.mark.parametrize(
    "text, value",
    [
        ("15.000", 15000),
        ("15000", 15000),
        ("1.234.567", 1234567),
        ("10 ribu", 10000),
        ("4,3 juta", 4300000),
        ("1,5 juta", 1500000),
        ("tiga", 3),
        ("sebelas", 11),
        ("dua belas", 12),
        ("dua puluh lima", 25),
        ("sembilan puluh sembilan", 99),
        ("seratus", 100),
        ("seratus dua puluh", 120),
        ("seribu", 1000),
        ("dua ribu tiga ratus", 2300),
        ("tiga ratus lima puluh ribu", 350000),
        ("enam belas ribu", 16000),
        ("zero", 0),
        ("nol", 0),
        ("0", 0),
        ("sepuluh", 10),
    ],
)
def test_indonesian_numbers_normalise_to_integers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["ratusan", "puluhan ribu", "ribuan", "banyak", "kasus", "", "1,5", "satu dua", "empat lima"]
)
def test_approximate_or_non_numbers_have_no_value(text):
    assert parse_number(text) is None


def test_approximate_quantities_are_flagged_not_valued():
    match = parse_number_at(["puluhan", "ribu", "ASN"], 0)
    assert match is not None and match.approximate and match.value is None and match.end == 2
    assert match.magnitude == 10_000


def test_two_digit_words_in_a_row_are_a_guess_not_their_sum():
    # "tinggal satu dua kasus" is "one or two cases", never three
    match = parse_number_at(["satu", "dua", "kasus"], 0)
    assert match is not None and match.approximate and match.value is None and match.end == 2
    assert parse_number_at(["seratus", "dua", "kasus"], 0).value == 102


def test_number_stops_before_the_counted_noun():
    match = parse_number_at(["dua", "puluh", "tiga", "kasus"], 0)
    assert (match.value, match.end) == (23, 3)


def test_a_collective_numeral_counts_only_before_a_counted_noun():
    assert parse_number_at(["Kedua", "laporan", "itu"], 0).value == 2
    assert parse_number_at(["keempat", "ASN", "tersebut"], 0).value == 4
    assert parse_number_at(["kedua", "pasangan", "calon"], 0) is None  # both pairs: no ASN, no case
    assert parse_number_at(["tahap", "kedua"], 1) is None  # an ordinal, after its noun
