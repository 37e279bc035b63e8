"""Indonesian numbers: digits with '.' thousands, 'ribu'/'juta' multipliers, number words, 'nol'/'zero'.

Works on a list of lower-cased token strings so that it can run on spaCy tokens. Approximate
quantities ('ratusan', 'puluhan ribu') are recognised and flagged, never turned into exact values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.nlp import lexicon as lx

UNITS = {
    "nol": 0,
    "zero": 0,
    "kosong": 0,
    "nihil": 0,
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
TEENS = {"sepuluh": 10, "sebelas": 11}
SE_WORDS = {"seratus": 100, "seribu": 1000, "sejuta": 1_000_000, "semiliar": 1_000_000_000}
SCALES = {
    "puluh": 10,
    "belas": None,
    "ratus": 100,
    "ribu": 1000,
    "juta": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
}
APPROXIMATE = {"puluhan", "ratusan", "ribuan", "jutaan", "belasan", "sejumlah", "beberapa", "banyak"}
# Order of magnitude of an approximate quantity ("ratusan" = hundreds), kept as a flag, never a value.
APPROXIMATE_MAGNITUDE = {"belasan": 10, "puluhan": 10, "ratusan": 100, "ribuan": 1000, "jutaan": 1_000_000}

# Collective numerals: "Keduanya sudah direkomendasikan ke KASN" (both of them), "ketiganya" (all three).
COLLECTIVE_NUMERALS = {
    "keduanya": 2,
    "ketiganya": 3,
    "keempatnya": 4,
    "kelimanya": 5,
    "keenamnya": 6,
    "ketujuhnya": 7,
    "kedelapannya": 8,
    "kesembilannya": 9,
    "kesepuluhnya": 10,
}

# Collective numerals before the noun they count: "Kedua laporan itu", "keempat ASN tersebut", "Ketujuh camat
# tersebut" (after a noun, "tahap kedua", they are ordinals; before another noun, "kedua pasangan calon", they
# count no ASN nor case).
COLLECTIVES_BEFORE_NOUN = {name[: -len("nya")]: value for name, value in COLLECTIVE_NUMERALS.items()}
COUNTED_AFTER_COLLECTIVE = (
    lx.ASN_NOUNS | lx.CASE_NOUNS | lx.SINGLE_OFFICIAL_TITLES | {"orang", "oknum", "pejabat"}
) - {"aparatur sipil negara", "dugaan"}

# Words a spelled-out number can start with.
STARTERS = (set(UNITS) - {"se"}) | set(TEENS) | set(SE_WORDS)
# Every word (lower case) at which `parse_number_at` can find a number not written in digits.
NUMBER_OPENERS = frozenset(
    STARTERS | APPROXIMATE | {"seorang"} | set(COLLECTIVE_NUMERALS) | set(COLLECTIVES_BEFORE_NOUN)
)


YEAR_WRITTEN = re.compile(r"(19[5-9]\d|20\d\d)")  # a number written as a year


def opens_a_number(word: str) -> bool:
    """Whether a (lower-case) word may start a number: digits or a number word."""
    return word[:1].isdigit() or word in NUMBER_OPENERS


CLAUSE_END_MARKS = {".", "!", "?", ",", ";", ":"}


def counted_before_clause_ends(words: list[str]) -> bool:
    """Whether a number (not a year) stands among the words before their clause ends: "dengan jumlah 176 kasus",
    "yang sudah keluar rekomendasinya baru empat"."""
    for word in words:
        if word in CLAUSE_END_MARKS:
            return False
        if parse_number(word) is not None and not YEAR_WRITTEN.fullmatch(word):
            return True
    return False


# Words of another count joined to one ("tiga camat dan dua kepala desa yang ..."), before what is said
# of both
CONJUNCT_REACH = 6

DIGITS = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")  # 15.000 or 15000 or 15
DECIMAL = re.compile(r"^\d+,\d+$")  # 1,5 (used with juta/ribu)


@dataclass(frozen=True)
class NumberMatch:
    start: int  # index of first token
    end: int  # index after last token
    value: int | None  # None when approximate
    approximate: bool = False
    magnitude: int | None = None  # for approximate quantities: 100 for "ratusan", 10000 for "puluhan ribu"


def _digits_value(token: str) -> float | None:
    if DIGITS.match(token):
        return float(token.replace(".", ""))
    if DECIMAL.match(token):
        return float(token.replace(",", "."))
    return None


def _parse_words(tokens: list[str], i: int) -> tuple[int, int] | None:
    """Parse number words starting at i; returns (value, next index) or None."""
    total = 0  # completed groups (thousands and above)
    current = 0  # group being built (< 1000)
    j = i
    consumed = False
    while j < len(tokens):
        t = tokens[j]
        if t in UNITS and not (t == "se"):
            nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
            if nxt == "belas":
                current += 10 + UNITS[t]
                j += 2
            elif nxt in ("puluh", "ratus"):
                current += UNITS[t] * SCALES[nxt]
                j += 2
            else:
                current += UNITS[t]
                j += 1
            consumed = True
        elif t in TEENS:
            current += TEENS[t]
            j += 1
            consumed = True
        elif t in ("seratus",):
            current += 100
            j += 1
            consumed = True
        elif t in ("seribu", "sejuta", "semiliar"):
            total += max(current, 1) * SE_WORDS[t] if current else SE_WORDS[t]
            current = 0
            j += 1
            consumed = True
        elif consumed and t in ("ribu", "juta", "miliar", "milyar"):
            total += max(current, 1) * SCALES[t]
            current = 0
            j += 1
        else:
            break
    if not consumed:
        return None
    return total + current, j


def parse_number_at(tokens: list[str], i: int) -> NumberMatch | None:
    """Parse the number (digits or words, with multipliers) that starts at token i, if any."""
    t = tokens[i].lower()
    if t in APPROXIMATE and t not in ("sejumlah", "beberapa", "banyak"):
        j = i + 1
        magnitude = APPROXIMATE_MAGNITUDE[t]
        while j < len(tokens) and tokens[j].lower() in ("ribu", "juta"):
            magnitude *= SCALES[tokens[j].lower()]
            j += 1
        return NumberMatch(i, j, None, approximate=True, magnitude=magnitude)
    value = _digits_value(t)
    if value is not None:
        j = i + 1
        while j < len(tokens) and tokens[j].lower() in ("ribu", "juta", "miliar", "milyar", "rb", "jt"):
            scale = {"rb": 1000, "jt": 1_000_000}.get(tokens[j].lower()) or SCALES[tokens[j].lower()]
            value *= scale
            j += 1
        if value != int(value):
            return None  # "1,5" without a multiplier is not a count
        return NumberMatch(i, j, int(value))
    if t == "seorang":  # "seorang ASN": one person, the counted noun follows
        return NumberMatch(i, i + 1, 1)
    if t in COLLECTIVE_NUMERALS:  # a count of people named before, as one word
        return NumberMatch(i, i + 1, COLLECTIVE_NUMERALS[t])
    if t in COLLECTIVES_BEFORE_NOUN:
        counted = i + 1 < len(tokens) and tokens[i + 1].lower() in COUNTED_AFTER_COLLECTIVE
        return NumberMatch(i, i + 1, COLLECTIVES_BEFORE_NOUN[t]) if counted else None
    if t not in STARTERS:
        return None
    lowered = [x.lower() for x in tokens[i : i + 8]]  # a spelled-out count is never longer than this
    if _one_or_the_next(lowered):
        return NumberMatch(i, i + 2, None, approximate=True, magnitude=1)
    parsed = _parse_words(lowered, 0)
    if parsed is None:
        return None
    value_int, j = parsed
    return NumberMatch(i, i + j, value_int)


def _one_or_the_next(words: list[str]) -> bool:
    """'satu dua kasus', 'lima enam orang': two digits' words in a row say "one or two", "five or six", a
    guess; a count written out never puts one right after another ("dua puluh tiga", "seratus dua")."""
    return len(words) > 1 and all(w != "se" and UNITS.get(w, 0) >= 1 for w in words[:2])


def parse_number(text: str) -> int | None:
    """Parse a whole string as one number ('15.000', '10 ribu', 'dua puluh lima'); None otherwise."""
    tokens = text.replace("-", " ").split()
    if not tokens:
        return None
    match = parse_number_at(tokens, 0)
    if match is None or match.end != len(tokens) or match.approximate:
        return None
    return match.value
