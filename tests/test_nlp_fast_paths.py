"""The extraction's shortcuts give what the plain rule gives: each is checked against the rule it stands for."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest.metadata import fold_case
from analysis.nlp.doc_data import positions_in, positions_where
from analysis.nlp.region_entities import _guarded_names
from analysis.nlp.violation_types import (
    _FOLDED_TEXT_RULES,
    RULE_KEYWORDS,
    VIOLATION_KEYWORDS,
    VIOLATION_RULES,
    rule_matches,
    violation_types,
)

# What each code's rules find when the whole text is searched with their alternation.
WHOLE_TEXT_RULES = {
    code: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    for code, patterns in VIOLATION_RULES.items()
}
ASCII_WORDS = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=6)


@given(ASCII_WORDS)
def test_ascii_digit_opener_is_the_first_character_test(word):
    """asn_quantities on ASCII texts: '"0" <= word < ":"' is 'word[:1].isdigit()'."""
    assert ("0" <= word < ":") == word[:1].isdigit()


@given(ASCII_WORDS)
def test_title_case_keeps_the_lower_case_form_of_ascii_words(word):
    """asn_guarded_regions looks ASCII words up by lower-case form: a word whose title-case form is a first
    word of a guarded name has that first word's lower-case form."""
    assert word.title().lower() == word.lower()


def test_every_guarded_first_word_has_its_lower_case_form_listed():
    _, first_words, lower_first_words = _guarded_names()
    assert first_words and {word.lower() for word in first_words} == lower_first_words


_PIECES = sorted({word for words in VIOLATION_KEYWORDS.values() for word in words}) + [
    "ASN",
    "APK",
    "calon",
    "paslon",
    "negara",
    "dinas",
    "mobil",
    "peraga",
    "masa",
    "salah satu",
    "warga",
    "untuk",
    "memilih",
    "jari",
    "bersama",
    "sebagai",
    "Pak",
    "di",
    "yang",
    "\n",
    "\n\n",
    " ",
    ", ",
    ". ",
    "-",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_violation_types_find_what_a_search_of_the_whole_text_finds(text):
    """Only lines holding a keyword are searched: the same codes as each code's expression over the text."""
    assert violation_types(text) == [code for code, pattern in WHOLE_TEXT_RULES.items() if pattern.search(text)]


@pytest.mark.parametrize(
    "code, pattern, keywords",
    [(code, pattern, words) for code, rules in RULE_KEYWORDS.items() for pattern, words in rules],
    ids=lambda value: getattr(value, "pattern", str(value))[:40],
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_match_of_a_rule_holds_one_of_its_keywords(code, pattern, keywords, data):
    """violation_types tries a rule only on lines holding one of the rule's own keywords: sound while every
    text the rule matches holds one (strings generated from the rule's own expression)."""
    assert keywords, (code, pattern.pattern)
    matched = pattern.search(data.draw(st.from_regex(pattern))).group(0)
    # as violation_types reads the text: case-folded the way the rules' IGNORECASE reads it ("memıhak" is "memihak")
    assert any(word in fold_case(matched) for word in keywords), (code, pattern.pattern, matched)


# Characters IGNORECASE matches with an ASCII letter other than its own upper case ("İ", "ı", "ſ", the Kelvin sign),
# and others whose case maps oddly ("ß", final sigma, a ligature)
_ODD_CASES = "İıſ\u212aßΣσςǅﬃ"


def _odd_case(text: str, flips: list[int]) -> str:
    """The text with some of its letters in upper case, or made a character IGNORECASE matches with them."""
    odd = {"i": "İı", "s": "ſS", "k": "\u212aK"}
    chars = list(text)
    for n, at in enumerate(flips):
        if chars and chars[at % len(chars)].isalpha():
            c = chars[at % len(chars)]
            chars[at % len(chars)] = odd.get(c, c.upper())[n % len(odd.get(c, "x"))]
    return "".join(chars)


def test_the_rules_read_the_folded_text_as_ignorecase_reads_the_text():
    """violation_types searches the case-folded text with each rule without IGNORECASE: the rules hold no
    upper-case letter and no inline flag, so each finds what it finds with IGNORECASE in the text as written."""
    for code, patterns in VIOLATION_RULES.items():
        for pattern in patterns:
            assert pattern.isascii() and not re.search(r"\(\?[aiLmsux-]", pattern), (code, pattern)  # no inline flag
            assert not re.search("[A-Z]", re.sub(r"\\[A-Za-z]", "", pattern)), (code, pattern)  # escapes aside
    assert [[p.pattern for p, _, _ in rules] for rules in _FOLDED_TEXT_RULES.values()] == [
        [p.pattern for p, _ in rules] for rules in RULE_KEYWORDS.values()
    ]


@pytest.mark.parametrize(
    "ignorecase, folded",
    [
        (a[0], b[0])
        for code in RULE_KEYWORDS
        for a, b in zip(RULE_KEYWORDS[code], _FOLDED_TEXT_RULES[code], strict=True)
    ],
    ids=lambda value: value.pattern[:40],
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_rule_without_ignorecase_finds_in_the_folded_text_what_it_finds_in_the_text(ignorecase, folded, data):
    """Texts the rule matches, with letters made upper case or odd ('İ', 'ı', 'ſ'), and odd texts it may not."""
    matched = data.draw(st.from_regex(ignorecase))
    flips = data.draw(st.lists(st.integers(min_value=0, max_value=200), max_size=6))
    noise = data.draw(st.text(alphabet=_ODD_CASES + "abcdeiklmnoprstu -\n", max_size=30))
    for text in (matched, _odd_case(matched, flips), noise + _odd_case(matched, flips) + noise, noise):
        assert bool(folded.search(fold_case(text))) == bool(ignorecase.search(text)), (ignorecase.pattern, text)


@pytest.mark.parametrize(
    "pattern, scan",
    [(pattern, scan) for rules in _FOLDED_TEXT_RULES.values() for pattern, scan, _ in rules if scan is not None],
    ids=lambda value: value.pattern[:40],
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_rule_tried_where_its_scan_expression_matches_finds_what_its_search_finds(pattern, scan, data):
    """rule_matches: texts the rule matches, glued to words before them ('tidak', 'ber', 'status') and cut
    anywhere, and texts made of the rule's own words."""
    matched = data.draw(st.from_regex(pattern))
    before = data.draw(st.sampled_from(["", "tidak ", "tak ", "status ", "ber", "x", "\n", "masa ", "di "]))
    words = data.draw(st.lists(st.sampled_from(re.findall(r"[a-z]+", pattern.pattern) + [" ", "\n"]), max_size=12))
    for text in (before + matched, before + " ".join(words) + matched[:-1], " ".join(words)):
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        end = data.draw(st.integers(min_value=start, max_value=len(text)))
        assert rule_matches(text, pattern, scan, start, end) == bool(pattern.search(text, start, end)), text


def test_keywords_are_found_as_the_rules_ignorecase_reads_them():
    """'İ', 'ı' and 'ſ' match ASCII letters under IGNORECASE, so the keyword search reads them so too."""
    text = "Camat itu memberi lİke pada status calon."
    assert (
        violation_types(text)
        == [code for code, pattern in WHOLE_TEXT_RULES.items() if pattern.search(text)]
        == ["media_sosial"]
    )


WORDS = st.lists(
    st.sampled_from(["di", "Dua", "12", "", " ", "\n", "Kendal", "KENDAL", "Ⅻ", "٣", "dua", "."]), max_size=12
)


@given(WORDS)
def test_positions_where_and_in_are_the_plain_tests(words):
    """positions_where remembers each word's answer; positions_in maps a membership test: the indices a test of
    every word gives."""
    vocabulary, table = {"di", "dua", "12"}, {}
    for _ in range(2):  # answers learnt, then answers remembered
        assert positions_where(words, table, str.isdigit) == [i for i, w in enumerate(words) if w.isdigit()]
    assert positions_in(words, vocabulary) == [i for i, w in enumerate(words) if w in vocabulary]


AFFIX_TEXT = st.text(alphabet=st.sampled_from("ab<>/.…,:;!?()[]\"'`$%-—+°0123456789 \nRpUSkmhaKBs²"), max_size=14)


@pytest.fixture(scope="module")
def tokenizer():
    from analysis.nlp.pipeline import get_pipeline

    return get_pipeline().tokenizer


def test_the_tokenizer_searches_its_affixes_with_the_faster_searches(tokenizer):
    from analysis.nlp.affixes import PrefixSearch, SuffixSearch

    assert isinstance(tokenizer.prefix_search.__self__, PrefixSearch)
    assert isinstance(tokenizer.suffix_search.__self__, SuffixSearch)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=AFFIX_TEXT)
def test_affix_searches_find_what_the_expressions_find(tokenizer, text):
    for search in (tokenizer.prefix_search, tokenizer.suffix_search):
        expected, found = search.__self__.regex.search(text), search(text)
        assert (expected and (expected.span(), expected.groups())) == (found and (found.span(), found.groups()))


def test_a_doc_read_by_its_records_has_the_same_entities_and_sentences_and_none_set_on_it(nlp):
    # the extraction reads the entity records and sentence starts alone: the same, without the writes on the doc
    from analysis.nlp.doc_data import final_ents, read_by_records, sentence_starts_of

    text = "Bawaslu Kabupaten Kebumen menemukan 3 ASN tidak netral pada Pilkada 2024."
    plain = nlp(text)
    marked = nlp.make_doc(text)
    read_by_records(marked)
    for _, component in nlp.pipeline:
        marked = component(marked)

    def records(doc):
        return [(e.label_, e.ent_id_, e.start, e.end, e.text) for e in final_ents(doc)]

    assert records(marked) == records(plain) and records(plain)
    assert len(plain.ents) == len(records(plain)) and len(marked.ents) == 0
    assert sentence_starts_of(marked) == sentence_starts_of(plain) == [s.start for s in plain.sents]
    assert not marked.has_annotation("SENT_START")
