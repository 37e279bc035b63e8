"""violation_types tries a rule only on lines holding the words every match of the rule holds, and a rule opening
with a sentence opening only from the sentence of each place its rest may match: each shortcut checked against the
plain rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.nlp.rule_words import required_words
from analysis.nlp.violation_types import (
    _RULES,
    _SENTENCE_OPENINGS,
    _SOUGHT,
    VIOLATION_RULES,
    _where_sought_words_are,
    sentence_rule_matches,
    violation_types,
)

WHOLE_TEXT_RULES = {
    code: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    for code, patterns in VIOLATION_RULES.items()
}


def test_required_words_are_the_literal_runs_spelled_out():
    assert required_words(r"\b(mengangkat|angkat)\w* (\w+ )?jari") == (
        frozenset({"mengangkat", "angkat"}),
        frozenset({"jari"}),
    )
    # lookarounds and word boundaries consume nothing: the text on either side is one run
    assert required_words(r"\b(?<!tidak )dukung\b(?! ke)an") == (frozenset({"dukungan"}),)
    assert required_words(r"foo( bar)? ba[zr]") == (frozenset({"foo baz", "foo bar baz", "foo bar", "foo bar bar"}),)
    assert required_words(r"a (\w+ )?sini") == (frozenset({"sini"}),)  # "a " is too short to look for
    assert required_words(r"(?:a|b)+c") == ()


@pytest.mark.parametrize("rule", _RULES, ids=lambda rule: rule.pattern.pattern[:40])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_match_of_a_rule_holds_a_word_of_each_set_it_needs(rule, data):
    """Strings generated from the rule's own expression (case-folded as violation_types reads them)."""
    matched = rule.pattern.search(data.draw(st.from_regex(rule.pattern))).group(0)
    for need in rule.needs:
        assert any(word in matched for word in need), (rule.pattern.pattern, matched, need)


SENTENCE_RULES = [rule for rule in _RULES if rule.from_sentence_start]


def test_every_rule_opening_with_a_sentence_opening_is_tried_from_the_sentence_start():
    for rule in _RULES:
        assert rule.from_sentence_start == rule.pattern.pattern.startswith(_SENTENCE_OPENINGS), rule.pattern.pattern
    assert SENTENCE_RULES


@pytest.mark.parametrize("rule", SENTENCE_RULES, ids=lambda rule: rule.pattern.pattern[-40:])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_sentence_rule_tried_from_its_sentence_start_finds_what_its_search_finds(rule, data):
    """Texts made of the rule's words, sentence ends and line breaks, and texts the rule matches glued to them, cut
    anywhere."""
    words = re.findall(r"[a-z]+", rule.pattern.pattern) + [" ", "\n", ". ", "! ", "? ", ".", "x", "di"]
    pieces = data.draw(st.lists(st.sampled_from(words), max_size=16))
    matched = data.draw(st.from_regex(rule.pattern))
    for text in (" ".join(pieces), " ".join(pieces) + matched, matched + " ".join(pieces)):
        start = data.draw(st.integers(min_value=0, max_value=len(text)))
        end = data.draw(st.integers(min_value=start, max_value=len(text)))
        expected = bool(rule.pattern.search(text, start, end))
        assert sentence_rule_matches(text, rule.pattern, rule.scan, start, end) == expected, (text, start, end)


_SOUGHT_PIECES = _SOUGHT[::7] + ["calon", "kampanye", " ", "\n", ". ", "an", "di"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOUGHT_PIECES), max_size=30).map("".join))
def test_every_start_of_every_sought_word_is_found(text):
    expected = {w: [i for i in range(len(text)) if text.startswith(w, i)] for w in _SOUGHT if w in text}
    assert {w: sorted(at) for w, at in _where_sought_words_are(text).items()} == expected


_RULE_PIECES = sorted({word for rule in _RULES for need in rule.needs for word in need})[::3] + [
    "salah satu",
    "ASN",
    "viral",
    "patroli",
    "\n",
    " ",
    ", ",
    ". ",
    "tidak",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RULE_PIECES), max_size=30).map(" ".join))
def test_violation_types_find_what_a_search_of_the_whole_text_finds(text):
    """Texts of the words the rules need: the same codes as each code's expression over the text."""
    assert violation_types(text) == [code for code, pattern in WHOLE_TEXT_RULES.items() if pattern.search(text)]
