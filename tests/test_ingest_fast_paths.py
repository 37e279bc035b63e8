"""Ingest's shortcuts give what the plain reading gives: every prefilter is sound (it never skips input the
rule it guards would have matched) and every fast path equals the code it stands in for."""

from __future__ import annotations

import itertools
import os
import re
import stat
import string
import unicodedata
from pathlib import Path, PurePosixPath
from re import _constants as sre
from re import _parser as sre_parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import _suffix, clean, metadata, read_entry
from analysis.ingest.clean import _lead, _page_lines, normalize_line
from analysis.ingest.files import (
    _CONTROLS,
    EntryProblem,
    _has_control_bytes,
    _utf16_by_nul_bytes,
    _utf16_without_bom,
    check_entry,
    read_bytes,
)

# --- files -----------------------------------------------------------------------------------------------


def _strings(alphabet: str, max_len: int):
    for n in range(max_len + 1):
        yield from map("".join, itertools.product(alphabet, repeat=n))


def test_suffix_is_pathlibs_suffix_for_every_short_path():
    for relpath in _strings("a./", 6):
        assert _suffix(relpath) == PurePosixPath(relpath).suffix, relpath


@given(st.text(alphabet=st.sampled_from("ab./.\\ é"), max_size=30))
def test_suffix_is_pathlibs_suffix(relpath):
    assert _suffix(relpath) == PurePosixPath(relpath).suffix


def test_control_bytes_are_the_control_characters():
    for byte in range(256):
        assert _has_control_bytes(bytes([byte])) == bool(_CONTROLS.search(chr(byte))), byte


@given(st.text())
def test_utf8_text_has_control_characters_exactly_when_its_bytes_have_control_bytes(text):
    assert _has_control_bytes(text.encode("utf-8", "surrogatepass")) == bool(_CONTROLS.search(text))


@given(st.binary(max_size=64) | st.text(max_size=30).map(lambda t: t.encode("utf-16-le", "surrogatepass")))
def test_utf16_sniffing_without_nul_bytes_is_skipped_soundly(head):
    assert _utf16_without_bom(head) == _utf16_by_nul_bytes(head)


def test_a_file_that_grew_after_its_check_is_read_to_the_limit(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 10)
    entry = check_entry(tmp_path, "a.txt", 100)
    with open(tmp_path / "a.txt", "ab") as handle:
        handle.write(b"y" * 50)
    assert read_bytes(entry, 100) == b"x" * 10 + b"y" * 50
    with open(tmp_path / "a.txt", "ab") as handle:
        handle.write(b"z" * 50)
    with pytest.raises(EntryProblem) as problem:
        read_bytes(entry, 100)
    assert problem.value.reason == "too_large"
    (tmp_path / "a.txt").write_bytes(b"x" * 5)  # shrunk: what is there
    assert read_bytes(entry, 100) == b"x" * 5


def _check_entry_with_pathlib(root: Path, relpath: str, max_file_bytes: int) -> tuple:
    """check_entry as it was written with pathlib, and the file's bytes: the reference for the string paths."""
    path = Path(root) / relpath
    try:
        info = path.lstat()
    except OSError as exc:
        return "os_error", exc.strerror
    if stat.S_ISLNK(info.st_mode):
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(Path(os.path.realpath(root))):
            return "symlink_outside_corpus", None
        try:
            info = target.stat()
        except OSError:
            return "broken_link", None
        path = target
    if not stat.S_ISREG(info.st_mode):
        return "not_a_file", None
    if info.st_size > max_file_bytes:
        return "too_large", None
    return "file", path.read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize(
    "relpath",
    [
        "a.txt",
        "sub/b.txt",
        "sub//b.txt",
        "./a.txt",
        "sub/./b.txt",
        "sub/../a.txt",
        "a.txt/",
        "a.txt/.",
        "sub/",
        "sub/.",
        ".",
        "",
        "missing.txt",
        "a.txt/x",
        "big.txt",
        "link.txt",
        "link.txt/",
        "out.txt",
        "broken.txt",
        "sub/up.txt",
        "/etc/hostname",
    ],
)
def test_odd_relative_paths_name_the_files_pathlib_names(tmp_path, relpath):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("SERANG - Bawaslu Kabupaten Serang mencatat tiga kasus netralitas ASN.")
    (root / "big.txt").write_text("x" * 2000)
    (root / "sub" / "b.txt").write_text("GARUT - Bawaslu Kabupaten Garut mencatat empat kasus netralitas ASN.")
    (tmp_path / "outside.txt").write_text("RAHASIA")
    (root / "link.txt").symlink_to(root / "sub" / "b.txt")
    (root / "sub" / "up.txt").symlink_to("../a.txt")
    (root / "out.txt").symlink_to(tmp_path / "outside.txt")
    (root / "broken.txt").symlink_to(root / "missing.txt")
    try:
        entry = check_entry(root, relpath, 1000)
        got = ("file", read_bytes(entry, 1000))
    except EntryProblem as problem:
        got = (problem.reason, problem.detail if problem.reason == "os_error" else None)
    assert got == _check_entry_with_pathlib(root, relpath, 1000)
    assert read_entry(root, relpath)  # and read_entry lists it


# --- page text normalisation -----------------------------------------------------------------------------

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def test_the_line_breaks_are_those_of_splitlines():
    assert [chr(cp) for cp in range(0x110000) if len(f"a{chr(cp)}b".splitlines()) == 2] == sorted(LINE_BREAKS)


def test_nfc_never_changes_moves_or_makes_a_line_break():
    """_page_lines normalises a whole page at once: line breaks must be stable code points of NFC (combining
    class 0, no decomposition, in no character's canonical decomposition, so composing never reaches them)."""
    for char in LINE_BREAKS:
        assert unicodedata.combining(char) == 0 and unicodedata.decomposition(char) == ""
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):  # canonical ones only: NFC uses no other
            assert not {chr(int(part, 16)) for part in decomposition.split()} & set(LINE_BREAKS), hex(cp)
    assert not any(0x1100 <= ord(char) <= 0x11FF for char in LINE_BREAKS)  # Hangul composes by rule: jamo only


def test_printable_lines_hold_nothing_that_normalize_line_removes_or_replaces_but_spaces():
    """_page_lines gives a printable line only " {2,}" and strip: every character that the invisible,
    control and space steps of normalize_line touch, but " ", is not printable (all of Unicode checked)."""
    touched = [
        char
        for char in _all_chars()
        if ord(char) in clean._INVISIBLE or clean._CONTROL.fullmatch(char) or clean._SPACES.fullmatch(char)
    ]
    assert len(touched) > 40 and " " in touched
    assert [char for char in touched if char.isprintable()] == [" "]


@given(
    st.text(alphabet=st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\u00ad a\u00a0é\u0301\x01\t"), max_size=30)
    | st.text(max_size=30)
)
def test_normalize_line_removes_the_invisible_characters_as_the_translation_table_did(line):
    nfc = unicodedata.normalize("NFC", line).translate(clean._INVISIBLE)
    assert normalize_line(line) == clean._SPACES.sub(" ", clean._CONTROL.sub(" ", nfc)).strip()


def test_spaces_collapse_in_two_steps_as_in_one_for_every_short_string():
    for text in _strings(" \t\u00a0\u3000a", 6):
        assert clean._SPACE_RUNS.sub(" ", clean._OTHER_SPACES.sub(" ", text)) == clean._SPACES.sub(" ", text), repr(
            text
        )


def _page_lines_line_by_line(raw: str) -> list[str]:
    return [line for line in (normalize_line(x) for x in raw.splitlines()) if line]


_PAGE_CHARS = (
    LINE_BREAKS
    + "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    + "".join(map(chr, range(0x20)))
    + "\x7f"
    + " \t\u00a0\u2000\u2001\u2009\u200a\u202f\u205f\u3000\u1680"
    + "aAé\u0301\u0327\u0323e\u1100\u1161\uac00"
    + "\u212b\u00c5\u0958\u2126 .-"
)


@settings(max_examples=2000, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_PAGE_CHARS), max_size=40)
    | st.text(max_size=40)
    | st.text(alphabet=st.sampled_from("  \n\r\u2028aé\u0301."), max_size=40)
)  # printable lines too
def test_page_lines_are_the_lines_normalised_one_by_one(raw):
    assert _page_lines(raw) == _page_lines_line_by_line(raw)


def test_page_lines_of_the_bundled_pages(seed_corpus):
    for path in [*sorted(seed_corpus.iterdir()), *sorted((Path(__file__).parent / "data").iterdir())]:
        raw = path.read_text(encoding="utf-8")
        assert _page_lines(raw) == _page_lines_line_by_line(raw), path.name


# --- boilerplate rules: leads ----------------------------------------------------------------------------


def _noise_rule_unfiltered(line: str) -> str | None:
    """noise_rule as written before its prefilters: every rule tried on every line."""
    if clean.RELATED_LINK.search(line):
        return "related_link"
    if clean.RELATED_HEADING.search(line):
        return "related_heading"
    if clean.WIDGET.search(line) or (len(line) <= 160 and clean.FOLLOW.search(line)):
        return "widget"
    if clean.PAGINATION.search(line):
        return "pagination"
    if (
        line.startswith(clean.LINK_BULLETS)
        and clean._is_bulleted_headline(line)
        and not clean._a_place_then_its_figure(line)
    ):
        return "related_link"
    if len(line) <= 200:
        if clean.BYLINE.search(line) and len(line.split()) <= 12:
            return "byline"
        if clean.TAGS.search(line) or clean.TAG_HEADING.match(line):
            return "tags"
        if _is_caption_unfiltered(line):
            return "caption"
    return None


def _is_caption_unfiltered(line: str) -> bool:
    if clean.CAPTION.search(line):
        return True
    return bool(clean.CAPTION_CREDIT.search(line))


def _is_footer_unfiltered(line: str) -> bool:
    return len(line) <= 200 and bool(clean.FOOTER.search(line) or clean.SITE_TAGLINE.match(line))


def _is_person_byline_unfiltered(line: str) -> bool:
    return len(line) <= 120 and len(line.split()) <= 12 and bool(clean.PERSON_BYLINE.search(line))


_FORM_VARIANTS = str.maketrans({"i": "İ", "I": "ı", "s": "ſ", "k": "\u212a"})  # letters IGNORECASE matches


def _all_chars():
    return (chr(cp) for cp in range(0x110000))


def test_the_lead_is_what_the_rules_match_at_the_first_letter_or_digit():
    """_lead folds a character to the ASCII letter that IGNORECASE matches it with (every character of
    Unicode checked), gives "0" for what \\d matches, and finds letters and digits as [^\\W_] does."""
    letter, digit, alnum = re.compile("[a-z]", re.I), re.compile(r"\d"), re.compile(r"[^\W_]")
    for char in _all_chars():
        assert bool(alnum.fullmatch(char)) == char.isalnum(), hex(ord(char))
        if digit.fullmatch(char):
            assert _lead(char) == "0", hex(ord(char))
        elif letter.fullmatch(char):
            ascii_letter = next(a for a in string.ascii_lowercase if re.fullmatch(a, char, re.I))
            assert _lead(char) == ascii_letter, hex(ord(char))
    # the other prefilters' characters: only these match "a", "l", "/" and "©" under IGNORECASE
    assert "".join(c for c in _all_chars() if re.fullmatch("[al/©]", c, re.I)) == "/ALal©"
    assert (
        _lead("") == _lead("...") == _lead("- - - x") == "" and _lead("- - x") == "x" and _lead("•  İlustrasi") == "i"
    )
    assert _lead("___1") == "0" and _lead("_Baca") == "b"


def _paths(items: list, skipped: int = 0, anchored: bool = False, depth: int = 0):
    """Every way a parsed expression (re._parser items) can start: ("lead", atom, skipped) when it consumes
    its first character that may be a letter or digit (atom: ("char", c) or ("class", ...)), after
    `skipped` others; ("end", skipped, last) when it matches without one; ("unanchored",) when it
    consumes before "^"; ("far", n) when it may consume more than four others first."""
    assert depth < 200, "expression too open to analyse"
    if skipped > 4:  # past the five characters _lead looks at
        yield ("far", skipped)
        return
    if not items:
        yield ("end", skipped, None)
        return
    (op, av), rest = items[0], items[1:]
    if op is sre.AT:
        yield from _paths(rest, skipped, anchored or av is sre.AT_BEGINNING, depth + 1)
    elif op in (sre.ASSERT, sre.ASSERT_NOT):
        yield from _paths(rest, skipped, anchored, depth + 1)  # zero width: ignoring it admits more
    elif op is sre.SUBPATTERN:
        yield from _paths(list(av[3]) + rest, skipped, anchored, depth + 1)
    elif op is sre.BRANCH:
        for alternative in av[1]:
            yield from _paths(list(alternative) + rest, skipped, anchored, depth + 1)
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = av
        if low == 0:
            yield from _paths(rest, skipped, anchored, depth + 1)
        if high != 0:
            again = (op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, body))
            yield from _paths(list(body) + [again] + rest, skipped, anchored, depth + 1)
    else:  # consumes one character
        if not anchored:
            yield ("unanchored",)
            return
        may_be_alnum, may_be_other, atom = _consumes(op, av)
        if may_be_alnum:
            yield ("lead", atom, skipped)
        if may_be_other:
            if not rest:
                yield ("end", skipped + 1, (op, av))
            else:
                yield from _paths(rest, skipped + 1, anchored, depth + 1)


def _consumes(op, av) -> tuple[bool, bool, tuple]:
    """(may be a letter or digit, may be another character, atom) for one character-consuming item."""
    if op is sre.LITERAL:
        return chr(av).isalnum(), not chr(av).isalnum(), ("char", chr(av))
    if op is sre.IN and sre.NEGATE not in [o for o, _ in av]:
        alnum, other, classes = [], False, []
        for member, value in av:
            if member is sre.RANGE and value[1] - value[0] < 128:  # [A-Z], [0-9]: their characters
                chars = list(map(chr, range(value[0], value[1] + 1)))
                alnum.extend(c for c in chars if c.isalnum())
                other = other or not all(c.isalnum() for c in chars)
            elif member is sre.LITERAL:
                (alnum.append(chr(value)) if chr(value).isalnum() else None)
                other = other or not chr(value).isalnum()
            elif member is sre.CATEGORY and value in (sre.CATEGORY_NOT_WORD, sre.CATEGORY_SPACE):
                other = True  # no letter or digit is \W or \s
            elif member is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                alnum.append("0")  # _lead's digit
            else:
                classes.append((member, value))
        if not classes:
            return bool(alnum), other, ("chars", tuple(alnum))
    return True, True, ("class", op, str(av))


_LEAD_RULES = [
    (clean.RELATED_LINK, clean._RELATED_LINK_LEADS),
    (clean.RELATED_HEADING, clean._RELATED_HEADING_LEADS),
    (clean.PERSON_BYLINE, clean._PERSON_BYLINE_LEADS),
    (clean.BYLINE, clean._BYLINE_LEADS),
    (clean.WIDGET, clean._WIDGET_LEADS),
    (clean.FOLLOW, clean._FOLLOW_LEADS),
    (clean.PAGINATION, clean._PAGINATION_LEADS),
    (clean.TAGS, clean._TAGS_LEADS),
    (clean.TAG_HEADING, clean._TAGS_LEADS),
    (clean.CAPTION, clean._CAPTION_LEADS),
    (clean.FOOTER, clean._FOOTER_LEADS),
]


def _alternatives(pattern: re.Pattern) -> list[list]:
    """The top-level alternatives, "^" put back into each when the parser moved it out of them."""
    items = list(sre_parser.parse(pattern.pattern, pattern.flags))
    if items[-1][0] is sre.BRANCH:
        return [items[:-1] + list(alternative) for alternative in items[-1][1][1]]
    return [items]


@pytest.mark.parametrize("pattern, leads", _LEAD_RULES, ids=lambda x: getattr(x, "pattern", "")[:30])
def test_every_word_of_every_anchored_rule_starts_with_one_of_its_leads(pattern, leads):
    """Exhaustive over the rules' words: every way each alternative of a rule can match starts, after at
    most four other characters, with a letter or digit in its lead set; the exceptions need a "/" (caption
    credits: CAPTION is tried on lines holding one), a "©" among the first four characters or "all"
    (FOOTER), as _is_caption and _is_footer test."""
    for alternative in _alternatives(pattern):
        literals = [chr(av) for op, av in alternative if op is sre.LITERAL]  # required: not in a group
        for path in _paths(alternative):
            if path[0] == "lead" and path[2] <= 4 and path[1][0] in ("char", "chars"):
                chars = path[1][1] if path[1][0] == "chars" else (path[1][1],)
                if all(_lead(c) in leads for c in chars):
                    continue
            if pattern is clean.CAPTION and "/" in literals:
                continue
            if pattern is clean.FOOTER and path[0] == "end" and path[2] == (sre.LITERAL, ord("©")) and path[1] <= 4:
                continue
            if pattern is clean.FOOTER and path == ("unanchored",) and "all" in "".join(literals):
                continue
            raise AssertionError(f"{pattern.pattern[:40]}...: {path}")


def test_bylines_and_tags_need_a_colon():
    for pattern in (clean.BYLINE, clean.TAGS):
        assert all((sre.LITERAL, ord(":")) in alternative for alternative in _alternatives(pattern))


_rule_lines = st.one_of(
    *(st.from_regex(pattern) for pattern, _ in _LEAD_RULES),
    st.from_regex(clean.CAPTION_CREDIT),
    st.from_regex(metadata._DATE_LINE),
)


@settings(max_examples=600, deadline=None)
@given(_rule_lines.map(lambda line: normalize_line(line) or line))
def test_the_prefiltered_rules_give_what_every_rule_gives(line):
    assert clean.noise_rule(line) == _noise_rule_unfiltered(line)
    assert clean.is_footer(line) == _is_footer_unfiltered(line)
    assert clean.is_caption(line) == _is_caption_unfiltered(line)
    assert clean.is_person_byline(line) == _is_person_byline_unfiltered(line)


def _examples(items: list, cap: int = 400) -> list[str]:
    """Lines a parsed rule matches, one for each choice of its words (the first `cap`): literal text, one
    space for \\s, "1" for \\d, the fewest repetitions."""
    lines = [""]
    for op, av in items:
        if op is sre.LITERAL:
            choices = [chr(av)]
        elif op is sre.SUBPATTERN:
            choices = _examples(list(av[3]), cap)
        elif op is sre.BRANCH:
            choices = [line for alternative in av[1] for line in _examples(list(alternative), cap)]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            choices = [line * av[0] for line in _examples(list(av[2]), cap)] if av[0] else [""]
        elif op is sre.IN:
            members = dict(av)
            choices = [
                " "
                if members.get(sre.CATEGORY) is sre.CATEGORY_SPACE
                else "1"
                if members.get(sre.CATEGORY) is sre.CATEGORY_DIGIT
                else chr(av[0][1])
                if av[0][0] is sre.LITERAL
                else chr(av[0][1][0])
                if av[0][0] is sre.RANGE
                else "x"
            ]
        else:
            choices = [""]
        lines = [line + choice for line in lines for choice in choices][:cap]
    return lines


_RULE_WORDS = sorted(
    {
        line
        for pattern, _ in _LEAD_RULES
        for alternative in _alternatives(pattern)
        for line in _examples(alternative)
        if line.strip()
    }
)


def test_the_rule_word_examples_are_matched_by_their_rules():
    assert len(_RULE_WORDS) > 200
    assert sum(any(p.search(line) for p, _ in _LEAD_RULES) for line in _RULE_WORDS) > 0.9 * len(_RULE_WORDS)


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(" -•:/©_([İıſK1٣aAlL") | st.characters(), max_size=6),
    st.sampled_from(_RULE_WORDS),
    st.sampled_from([str, str.upper, str.title, lambda w: w.translate(_FORM_VARIANTS)]),
    st.sampled_from(["", " .", " x", ":", " berita lain yang panjang sekali"]),
)
def test_the_prefiltered_rules_on_rule_words_after_odd_prefixes(prefix, words, case, suffix):
    line = prefix + case(words) + suffix
    assert clean.noise_rule(line) == _noise_rule_unfiltered(line)
    assert clean.is_footer(line) == _is_footer_unfiltered(line)
    assert clean.is_caption(line) == _is_caption_unfiltered(line)
    assert clean.is_person_byline(line) == _is_person_byline_unfiltered(line)


def test_the_prefiltered_rules_on_every_rule_word():
    for words in _RULE_WORDS:
        for line in (words, words.upper(), "• " + words, "__" + words.title(), words.translate(_FORM_VARIANTS)):
            assert clean.noise_rule(line) == _noise_rule_unfiltered(line), line
            assert clean.is_footer(line) == _is_footer_unfiltered(line), line
            assert clean.is_caption(line) == _is_caption_unfiltered(line), line
            assert clean.is_person_byline(line) == _is_person_byline_unfiltered(line), line


def test_the_prefiltered_rules_on_the_check_lines():
    for line in [
        "Baca juga: Pilkada 2024",
        "  BACA JUGA : x",
        "• Whatsapp",
        "© 2024 Media",
        "(c) x. All Rights Reserved.",
        "Halaman: 1 2 3",
        "1 2 3",
        "٣ ٤",
        "İlustrasi ASN",
        "ılustrasi: x",
        "Sekda memberi arahan. Foto : Ist",
        "TRIBUNJOGJA.COM/ Nama",
        "ANTARA/Foto",
        "Rapat (İstimewa)",
        "_Komentar",
        "__ Tags: x",
        "Penulis: Asep",
        "Komentar:",
        "12 Komentar",
        "-- X --",
        "a a",
        "Aa",
        "ſimak juga",
        "K\u212aomentar",
        "Ikuti kami di Google News",
    ]:
        assert clean.noise_rule(line) == _noise_rule_unfiltered(line), line
        assert clean.is_footer(line) == _is_footer_unfiltered(line), line
        assert clean.is_caption(line) == _is_caption_unfiltered(line), line
        assert clean.is_person_byline(line) == _is_person_byline_unfiltered(line), line


# --- metadata --------------------------------------------------------------------------------------------


def _find_outlet_unfiltered(header: list[str]) -> str:
    for line in header:
        match = metadata._outlet_pattern().search(line)
        if match:
            return metadata.outlet_name(match.group(1))
    return ""


def test_case_folding_makes_each_character_the_letter_ignorecase_matches_it_with():
    """The outlet prefilter reads the forms' letters in fold_case(line): every character that IGNORECASE
    matches with a character of a form becomes that character in lower case, and no other character
    (not a letter, digit or "_") gives an ASCII letter or digit. All of Unicode checked."""
    form_chars = sorted({c for form in metadata._outlet_forms() for c in form})
    assert all(form.isascii() and form[0].isalnum() for form in metadata._outlet_forms())
    any_form_char = re.compile("[" + "".join(map(re.escape, form_chars)) + "]", re.I)
    word = re.compile(r"\w")
    for char in _all_chars():
        folded = metadata.fold_case(char)
        if any_form_char.fullmatch(char):
            assert {c.lower() for c in form_chars if re.fullmatch(re.escape(c), char, re.I)} == {folded}, hex(ord(char))
        if not word.fullmatch(char):
            assert not re.search("[a-z0-9]", folded), hex(ord(char))
    pattern = metadata._outlet_pattern().pattern
    assert pattern.startswith(r"(?<![\w.])(") and pattern.endswith(r")(?![\w])")


@st.composite
def _outlet_lines(draw):
    form = draw(st.sampled_from(sorted(metadata._outlet_forms())))
    case = draw(st.sampled_from([str, str.upper, str.lower, str.title, lambda f: f.translate(_FORM_VARIANTS)]))
    around = st.text(alphabet=st.sampled_from(" .,-_/(a1é©İ") | st.characters(), max_size=6)
    return draw(around) + case(form) + draw(around)


@settings(max_examples=1500, deadline=None)
@given(_outlet_lines() | st.text(max_size=40))
def test_the_outlet_prefilter_never_hides_a_form(line):
    assert metadata.find_outlet(None, [line], []) == _find_outlet_unfiltered([line])


def _find_dateline_unfiltered(line: str):
    for pattern in metadata.DATELINES:
        match = pattern.match(line)
        if match is None or len(line[match.end() :].split()) < metadata.MIN_WORDS_AFTER_DATELINE:
            continue
        place = (match.groupdict().get("place") or "").strip()
        outlet = (match.groupdict().get("outlet") or "").strip()
        if outlet and metadata._is_not_an_outlet(outlet):
            outlet = ""
        outlet = outlet or (match.groupdict().get("site") or "").strip()
        if place and not place.isupper() and not outlet and place.upper() not in metadata.known_places():
            continue
        return metadata.Dateline(place=place.upper(), outlet=outlet, end=match.end())
    return None


def test_every_dateline_starts_with_an_ascii_letter_and_holds_a_dash_or_a_colon():
    assert metadata._DASH == r"\s*(?:-{1,2}|–|—)\s+"  # one of "-", "–", "—"
    for pattern in metadata.DATELINES:
        assert pattern.pattern.endswith((metadata._DASH, r"\s*:\s+")) and not pattern.flags & re.IGNORECASE
        for path in _paths(list(sre_parser.parse(pattern.pattern, pattern.flags))):
            assert path[0] == "lead" and path[2] == 0 and path[1][0] == "chars", path
            assert path[1][1] and all(c in string.ascii_letters for c in path[1][1]), path


_DATELINE_TAIL = " Bawaslu Kabupaten Serang mencatat tiga kasus netralitas ASN."


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(*(st.from_regex(p) for p in metadata.DATELINES)).map(lambda x: x + _DATELINE_TAIL) | st.text(max_size=40)
)
def test_the_dateline_prefilter_never_hides_a_dateline(line):
    assert metadata.find_dateline(line) == _find_dateline_unfiltered(line)


# --- whole pages -----------------------------------------------------------------------------------------


def _clean_text_reference(raw: str, *, title: str = "") -> clean.CleanedText:
    """clean_text without its shortcuts: lines normalised one by one, every rule tried on every line."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clean, "_page_lines", _page_lines_line_by_line)
        patch.setattr(clean, "_noise_rule", lambda line, lead: _noise_rule_unfiltered(line))
        patch.setattr(clean, "_is_person_byline", lambda line, lead: _is_person_byline_unfiltered(line))
        patch.setattr(clean, "_is_footer", lambda line, lead: _is_footer_unfiltered(line))
        patch.setattr(clean, "find_dateline", _find_dateline_unfiltered)
        return clean.clean_text(raw, title=title)


_BODY = (
    "Badan Pengawas Pemilu Kabupaten Garut menemukan 12 kasus dugaan pelanggaran netralitas aparatur sipil "
    "negara selama tahapan Pilkada 2024, kata Ketua Bawaslu Garut, Rabu (4/9/2024)."
)
_page_line = st.one_of(
    _rule_lines,
    _outlet_lines(),
    st.text(max_size=30),
    st.sampled_from(
        [
            _BODY,
            "ASN Garut Diminta Jaga Netralitas Jelang Pilkada 2024",
            "Penulis: Asep Nugraha",
            f"GARUT, KOMPAS.com - {_BODY}",
            f"Serang (ANTARA) - {_BODY}",
            "Berita Terkait",
            "Beranda",
            "Judul berita lain yang pendek",
            "Kamis, 5 September 2024 | 10:15 WIB",
            "",
            "Komentar:",
        ]
    ),
    st.from_regex(metadata.DATELINES[1]).map(lambda x: x + _DATELINE_TAIL),
)


@settings(max_examples=250, deadline=None)
@given(
    st.lists(_page_line, max_size=14),
    st.sampled_from(["\n", "\r\n", "\n\n", "\u2028"]),
    st.sampled_from(["", "Judul Dari Sumber"]),
)
def test_clean_text_gives_what_it_gives_without_its_shortcuts(lines, newline, title):
    raw = newline.join(lines)
    assert clean.clean_text(raw, title=title) == _clean_text_reference(raw, title=title)


def test_clean_text_of_the_bundled_pages_is_what_it_was(seed_corpus):
    for path in [*sorted(seed_corpus.iterdir()), *sorted((Path(__file__).parent / "data").glob("*.txt"))]:
        raw = path.read_text(encoding="utf-8")
        assert clean.clean_text(raw) == _clean_text_reference(raw), path.name


def test_caption_credit_words_are_found_as_ignorecase_reads_them():
    """The credit-word prefilter folds case as the credit pattern's IGNORECASE does: '(İstimewa)' is a credit."""
    from analysis.ingest.clean import CAPTION_CREDIT, is_caption

    line = "Suasana rapat koordinasi netralitas ASN di aula kantor bupati. (İstimewa)"
    assert CAPTION_CREDIT.search(line)
    assert is_caption(line)
