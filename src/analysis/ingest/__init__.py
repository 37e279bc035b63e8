"""Ingest: every entry of a corpus folder becomes documents with clean text and metadata.

`iter_documents` reads a corpus lazily, in the sorted order of `iter_corpus_files`; each entry gives one
document (a file) or one per record (JSONL lines, CSV rows), and an entry that cannot be read gives an
`unreadable` document with its reason, so nothing is lost. `mark_duplicates` flags a document whose
cleaned text (hence article_id) was seen before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath

from analysis.ingest.clean import CleanedText, clean_text
from analysis.ingest.document import Document, article_id_for
from analysis.ingest.files import (
    SUPPORTED_SUFFIXES,
    EntryProblem,
    check_entry,
    decode_bytes,
    display_path,
    iter_corpus_files,
    list_corpus_files,
    read_bytes,
)
from analysis.ingest.readers import READERS, unreadable
from analysis.ingest.sources import Source, Sources, SourcesError, read_sources, source_of, with_source
from analysis.params import DEFAULTS

DEFAULT_MAX_FILE_BYTES = DEFAULTS.max_file_bytes

__all__ = [
    "CleanedText",
    "Document",
    "DuplicateIndex",
    "article_id_for",
    "clean_text",
    "iter_documents",
    "list_corpus_files",
    "mark_duplicates",
    "read_entry",
    "DEFAULT_MAX_FILE_BYTES",
    "Source",
    "Sources",
    "SourcesError",
    "read_sources",
]


def _suffix(relpath: str) -> str:
    """PurePosixPath(relpath).suffix, without building a path (that cost a quarter of reading a small file)."""
    name = relpath.rpartition("/")[2]
    if name in ("", "."):  # "a/b/", "a/.": pathlib's name is an earlier part
        return PurePosixPath(relpath).suffix
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def read_entry(
    root: Path, relpath: str, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, sources: Sources | None = None
) -> list[Document]:
    """The documents of one corpus entry (`relpath` as `list_corpus_files` gives it), with what the sources
    manifest says of them; never raises for bad input."""
    documents = _read_entry(root, relpath, max_file_bytes)
    if not sources:
        return documents
    return [with_source(document, source_of(sources, document.source_file)) for document in documents]


def _read_entry(root: Path, relpath: str, max_file_bytes: int) -> list[Document]:
    source_file = display_path(relpath)
    try:
        entry = check_entry(root, relpath, max_file_bytes)
        suffix = _suffix(relpath).lower()
        if suffix not in SUPPORTED_SUFFIXES:
            raise EntryProblem(
                "unsupported_format", f"'{suffix or 'no extension'}' is not one of {', '.join(SUPPORTED_SUFFIXES)}"
            )
        text, _ = decode_bytes(read_bytes(entry, max_file_bytes))
        return READERS[suffix](source_file, text)
    except EntryProblem as problem:
        return [unreadable(source_file, problem.reason, problem.detail)]
    except RecursionError:
        return [unreadable(source_file, "parse_error", "nested too deeply to parse")]
    except Exception as exc:  # one bad file never stops the run: it is listed with what went wrong
        return [unreadable(source_file, "parse_error", f"{type(exc).__name__}: {exc}")]


class DuplicateIndex:
    """The first file of every article text seen so far; `mark` documents in corpus order."""

    def __init__(self) -> None:
        self.first_seen: dict[int, str] = {}  # article_id as an integer: half the memory of its hex string

    def mark(self, document: Document) -> Document:
        """The document, or, when an `ok` one's article_id was seen before, a `duplicate` of the first."""
        if document.status == "ok":
            first = self.first_seen.setdefault(int(document.article_id, 16), document.source_file)
            if first != document.source_file:
                return replace(
                    document, status="duplicate", skip_reason="duplicate", skip_detail=f"same text as {first}"
                )
        return document


def mark_duplicates(documents: Iterable[Document]) -> Iterator[Document]:
    """Documents in order; an `ok` one whose article_id was seen before becomes a `duplicate` of the first."""
    index = DuplicateIndex()
    return (index.mark(document) for document in documents)


def iter_documents(
    corpus: Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, sources: Sources | None = None
) -> Iterator[Document]:
    """Every document of the corpus, lazily, in listing order, duplicates marked."""
    corpus = Path(corpus)
    return mark_duplicates(
        document
        for relpath in iter_corpus_files(corpus)
        for document in read_entry(corpus, relpath, max_file_bytes=max_file_bytes, sources=sources)
    )
