"""The corpus on disk: which entries it has, and their bytes decoded to text.

Every entry under the corpus folder is listed, whatever it is, so that it gets a row in `articles`:
regular files of any kind, symbolic links (never followed out of the corpus, never followed into
directories) and special files (FIFOs and devices are listed, never opened: opening a FIFO blocks).
Problems are reported as `EntryProblem(reason, detail)`, where `reason` is the `skip_reason` code.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")

# Magic numbers of common binary formats found in scraped folders (PDF, images, archives, office files).
BINARY_SIGNATURES = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SNIFF_BYTES = 8192


class EntryProblem(Exception):
    """An entry that cannot be read as an article: `reason` is its skip_reason code."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def display_path(relpath: str) -> str:
    """The relative path as it is written into tables: undecodable bytes of a file name become `\\xNN`."""
    return relpath.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def iter_corpus_files(corpus: Path) -> Iterator[str]:
    """Every entry under `corpus` as a POSIX path relative to it, in sorted order, lazily: one folder's
    listing in memory at a time, however large the corpus. Directories are walked, not listed.

    Each folder's entries are sorted with a sub-folder keyed as its name plus "/", the first character of
    all its paths, so the walk gives exactly the sorted list of all relative paths. A symbolic link to a
    directory is listed (it is not walked: it may lead out of the corpus or loop), and so is a directory
    that cannot be opened.
    """

    def walk(folder: Path, prefix: str) -> Iterator[str]:
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            if prefix:  # the corpus root itself is checked by the caller
                yield prefix.rstrip("/")
            return
        keyed = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            keyed.append((entry.name + "/" if is_dir else entry.name, entry, is_dir))
        for _, entry, is_dir in sorted(keyed, key=lambda k: k[0]):
            if is_dir:
                yield from walk(Path(entry.path), prefix + entry.name + "/")
            else:
                yield prefix + entry.name

    yield from walk(Path(corpus), "")


def list_corpus_files(corpus: Path) -> list[str]:
    """`iter_corpus_files` as a list (to partition a corpus between workers)."""
    return list(iter_corpus_files(corpus))


@dataclass(frozen=True)
class Entry:
    """A corpus entry checked for reading: its real path and size."""

    path: str
    size: int


def check_entry(root: Path, relpath: str, max_file_bytes: int) -> Entry:
    """Check that `relpath` is a regular file inside `root` (after resolving links) no larger than the limit."""
    if relpath.endswith(("/", "/.")) or relpath in ("", "."):
        path = os.fspath(Path(root) / relpath)  # pathlib drops the trailing "/" (the OS would require a folder)
    else:
        # the same file as Path(root) / relpath names (pathlib's other changes, "//" and "/./", do not change
        # which file a path names), without building a Path: that cost more than the lstat
        path = os.path.join(root, relpath)
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise EntryProblem("os_error", exc.strerror or type(exc).__name__) from None
    if stat.S_ISLNK(info.st_mode):
        target = os.path.realpath(path)
        real_root = Path(os.path.realpath(root))
        if not Path(target).is_relative_to(real_root):
            raise EntryProblem("symlink_outside_corpus", "link target is outside the corpus; not followed")
        try:
            info = os.stat(target)
        except OSError:
            raise EntryProblem("broken_link", "link target does not exist") from None
        path = target
    if stat.S_ISDIR(info.st_mode):
        raise EntryProblem("not_a_file", "a directory (reached through a link or not readable)")
    if not stat.S_ISREG(info.st_mode):
        raise EntryProblem("not_a_file", "a special file (FIFO, socket or device); not opened")
    if info.st_size > max_file_bytes:
        raise EntryProblem("too_large", f"{info.st_size} bytes, limit {max_file_bytes}")
    return Entry(path=path, size=info.st_size)


def read_bytes(entry: Entry, max_file_bytes: int) -> bytes:
    """The file's bytes, never more than the limit (a file may grow after it was checked)."""
    try:
        with open(entry.path, "rb") as handle:
            # read(n) allocates n bytes first: asking for the checked size (plus one byte, to see growth) instead
            # of the limit saves a 5 MB allocation per file; a file that grew since is read on, up to the limit
            data = handle.read(min(entry.size, max_file_bytes) + 1)
            if entry.size < len(data) <= max_file_bytes:
                data += handle.read(max_file_bytes + 1 - len(data))
    except OSError as exc:
        raise EntryProblem("os_error", exc.strerror or type(exc).__name__) from None
    if len(data) > max_file_bytes:
        raise EntryProblem("too_large", f"more than {max_file_bytes} bytes")
    return data


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes at every other position (ASCII-range text)."""
    if b"\x00" not in head:  # no NUL byte: neither half can reach the thresholds of _utf16_by_nul_bytes
        return None
    return _utf16_by_nul_bytes(head)


def _utf16_by_nul_bytes(head: bytes) -> str | None:
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# The same characters as bytes. UTF-8 writes them as these single bytes, and every byte of a multi-byte
# character is 0x80 or more: UTF-8 bytes without any of these decode to a text without _CONTROLS.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_OTHER_BYTES = bytes(sorted(set(range(256)) - set(_CONTROL_BYTES)))


def _has_control_bytes(data: bytes) -> bool:
    return bool(data.translate(None, _OTHER_BYTES))  # what is left are the control bytes (C speed, no regex)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are rare in text and common in decoded binary data."""
    sample = text[:SNIFF_BYTES]
    return bool(sample) and len(_CONTROLS.findall(sample)) > 0.02 * len(sample)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file: BOM, then strict UTF-8, then UTF-16 without BOM, then charset-normalizer.

    Returns (text, encoding). Raises EntryProblem `empty`, `binary` or `encoding`.
    """
    if not data.strip():
        raise EntryProblem("empty", "no content")
    if data.startswith(BINARY_SIGNATURES):
        raise EntryProblem("binary", "binary file signature")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError:
                raise EntryProblem("encoding", f"invalid {encoding} after its byte-order mark") from None
    head = data[:SNIFF_BYTES]
    # before UTF-8: ASCII-range UTF-16 is valid UTF-8 too (with a NUL at every other byte)
    utf16 = _utf16_without_bom(head)
    if utf16:
        try:
            return _check_text(data[: len(data) - len(data) % 2].decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    try:
        return _check_text(data.decode("utf-8"), "utf-8", may_be_binary=_has_control_bytes(data))
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # a file cut inside its last multi-byte character: keep what is complete
            return _check_text(data[: exc.start].decode("utf-8"), "utf-8", may_be_binary=_has_control_bytes(data))
    if b"\x00" in head:
        raise EntryProblem("binary", "NUL bytes in a file that is not UTF-16")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EntryProblem("encoding", "no text encoding fits these bytes")
    return _check_text(str(best), best.encoding)


def _check_text(text: str, encoding: str, *, may_be_binary: bool = True) -> tuple[str, str]:
    """`may_be_binary=False` when the bytes decoded had no control byte (UTF-8 only): `_looks_binary` is False."""
    if may_be_binary and _looks_binary(text):
        raise EntryProblem("binary", f"control characters in the {encoding} text")
    if not text.strip():
        raise EntryProblem("empty", "only whitespace")
    return text, encoding
