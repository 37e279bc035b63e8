"""The literal text every match of a regular expression holds, read from the expression's parse: what lets
violation_types try a rule only on the lines that hold it."""

from __future__ import annotations

from re import _parser
from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

MAX_SPELLINGS = 32  # strings one run of literal text is spelled out as at most (its alternatives multiplied)
MIN_REQUIRED_LETTERS = 3  # a run that may be shorter ("di ", " ") is in most lines: not worth looking for
_ZERO_WIDTH = (AT, ASSERT, ASSERT_NOT)  # word boundaries and lookarounds consume no text


def required_words(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of `pattern` holds one string of each set: the expression's runs of
    literal text, their alternatives and optional parts spelled out. Lookarounds and word boundaries are left out
    (the text on either side of them is still matched side by side); any other part ends a run."""
    required, run = [], {""}
    for op, av in [*_parser.parse(pattern), (None, None)]:  # (None: the end, which ends the last run)
        if op in _ZERO_WIDTH:
            continue
        spellings = None if op is None else _spelled_out([(op, av)])
        joined = None if spellings is None else _joined(run, spellings)
        if joined is not None:
            run = joined
            continue
        if min(map(len, run)) >= MIN_REQUIRED_LETTERS:
            required.append(frozenset(run))
        run = spellings or {""}
    return tuple(required)


def _spelled_out(items: list) -> set[str] | None:
    """Every string these parsed items match, when they match only literal text and no more than MAX_SPELLINGS
    strings; else None."""
    spellings: set[str] | None = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is LITERAL:
            options = {chr(av)}
        elif op is IN and all(kind is LITERAL for kind, _ in av):
            options = {chr(code) for _, code in av}
        elif op is SUBPATTERN and not av[1]:  # a group that sets no flag of its own
            options = _spelled_out(av[-1])
        elif op is BRANCH:
            branches = [_spelled_out(branch) for branch in av[1]]
            options = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[:2] == (0, 1):
            optional = _spelled_out(av[2])
            options = None if optional is None else optional | {""}
        else:
            return None
        spellings = None if options is None else _joined(spellings, options)
        if spellings is None:
            return None
    return spellings


def _joined(left: set[str], right: set[str]) -> set[str] | None:
    joined = {a + b for a in left for b in right}
    return joined if len(joined) <= MAX_SPELLINGS else None
