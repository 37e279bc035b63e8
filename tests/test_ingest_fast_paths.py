"""Ingest's shortcuts give what the plain reading gives: every prefilter is sound (it never skips input the
rule it guards would have matched) and every fast path equals the code it stands in for."""

from __future__ import annotations

import itertools
import os
import stat
import unicodedata
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings, strategies as st

from analysis.ingest import _suffix, read_entry
from analysis.ingest.clean import _page_lines, normalize_line
from analysis.ingest.files import (_CONTROLS, EntryProblem, _has_control_bytes, _utf16_without_bom, check_entry,
                                   read_bytes)


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


def _utf16_without_bom_unfiltered(head: bytes) -> str | None:
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


@given(st.binary(max_size=64) | st.text(max_size=30).map(lambda t: t.encode("utf-16-le", "surrogatepass")))
def test_utf16_sniffing_without_nul_bytes_is_skipped_soundly(head):
    assert _utf16_without_bom(head) == _utf16_without_bom_unfiltered(head)


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
@pytest.mark.parametrize("relpath", ["a.txt", "sub/b.txt", "sub//b.txt", "./a.txt", "sub/./b.txt", "sub/../a.txt",
                                     "a.txt/", "a.txt/.", "sub/", "sub/.", ".", "", "missing.txt", "a.txt/x", "big.txt",
                                     "link.txt", "link.txt/", "out.txt", "broken.txt", "sub/up.txt", "/etc/hostname"])
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


def _page_lines_line_by_line(raw: str) -> list[str]:
    return [line for line in (normalize_line(x) for x in raw.splitlines()) if line]


_PAGE_CHARS = (LINE_BREAKS + "\u200b\u200c\u200d\u2060\ufeff\u00ad" + "".join(map(chr, range(0x20))) + "\x7f"
               + " \t\u00a0\u2000\u2001\u2009\u200a\u202f\u205f\u3000\u1680" + "aAé\u0301\u0327\u0323e\u1100\u1161\uac00"
               + "\u212b\u00c5\u0958\u2126 .-")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_PAGE_CHARS), max_size=40) | st.text(max_size=40))
def test_page_lines_are_the_lines_normalised_one_by_one(raw):
    assert _page_lines(raw) == _page_lines_line_by_line(raw)


def test_page_lines_of_the_bundled_pages(seed_corpus):
    for path in [*sorted(seed_corpus.iterdir()), *sorted((Path(__file__).parent / "data").iterdir())]:
        raw = path.read_text(encoding="utf-8")
        assert _page_lines(raw) == _page_lines_line_by_line(raw), path.name
