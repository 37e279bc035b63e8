"""The files of a hostile corpus: what each entry is expected to give, the synthetic articles written into
them, and the writer that puts an entry into the corpus and its manifest (see `analysis.simulate.corpus`).
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from analysis.simulate.articles import OUTLET, simulate_articles

DEFAULT_MAX_FILE_BYTES = 64_000
SPARSE_HUGE_BYTES = 256 * 2**20  # a sparse file: huge on paper, no disk used


@dataclass(frozen=True)
class ExpectedRow:
    """One row a correct extraction writes into articles.csv.

    `status` / `skip_reason` are None where more than one outcome is defensible (e.g. which encoding
    a detector picks); `marker` is a string the cleaned text holds when the row is `ok`.
    """

    source_file: str
    kind: str
    status: str | None = None
    skip_reason: str | None = None
    marker: str | None = None


@dataclass(frozen=True)
class HostileFile:
    """One entry written into the corpus (file, link or FIFO) and the rows it should give.

    `rows` is None when the entry's record structure is not clear-cut (a CSV cut inside a quoted field):
    it then gives either one row for the file or rows `path#N`.
    """

    path: str  # relative path as articles.csv writes it (bytes that are not UTF-8 as \\xNN)
    kind: str
    rows: tuple[ExpectedRow, ...] | None


@dataclass
class HostileManifest:
    corpus: Path
    outside: Path  # the sentinel folder outside the corpus
    secret: str  # held by every file outside the corpus that a link reaches, by no file inside
    max_file_bytes: int
    seed: int
    files: list[HostileFile] = field(default_factory=list)

    def rows(self) -> list[ExpectedRow]:
        return [row for f in self.files for row in (f.rows or ())]

    def to_frame(self) -> pd.DataFrame:
        """The expected rows, one per line, with the entry's path (loose entries: one row, source_file empty)."""
        records = []
        for f in self.files:
            for row in f.rows or (ExpectedRow(source_file="", kind=f.kind),):
                records.append({"path": f.path, **asdict(row)})
        return pd.DataFrame(records, columns=["path", "source_file", "kind", "status", "skip_reason", "marker"])


# --- content ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleArticle:
    title: str
    text: str  # the full page text, title on its first line
    marker: str


def sample_articles(seed: int) -> Iterator[SampleArticle]:
    """Endless distinct synthetic articles, each with a marker sentence of its own after the lead."""
    index = 0
    while True:
        for article in simulate_articles(500, seed=seed * 1_000_003 + index):
            marker = f"HX{seed:03d}N{index:06d}"
            parts = article.text.split("\n\n")
            parts.insert(3, f"Naskah uji {marker} disusun otomatis untuk menguji ketahanan pembacaan berkas.")
            yield SampleArticle(article.title, "\n\n".join(parts), marker)
            index += 1


def html_page(article: SampleArticle, *, charset: str = "utf-8") -> str:
    title, *paragraphs = article.text.split("\n\n")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="{charset}">'
        f'<title>{html.escape(title)}</title></head>\n<body>\n<nav><a href="/">Beranda</a> | '
        f'<a href="/politik">Politik</a></nav>\n<article>\n<h1>{html.escape(title)}</h1>\n{body}\n</article>\n'
        f"<footer>&copy; {html.escape(OUTLET)}. Halaman sintetis.</footer>\n</body></html>\n"
    )


def record_fields(article: SampleArticle, rng: random.Random) -> dict:
    title, _, body = article.text.partition("\n\n")
    return {
        "title": title,
        "text": body,
        "url": f"https://contoh.invalid/{article.marker.lower()}",
        "outlet": OUTLET,
        "published": f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
    }


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def binary_bytes(rng: random.Random, size: int) -> bytes:
    """Random bytes behind a real binary signature (PNG, gzip, ELF, PDF, ZIP), NUL bytes included."""
    signature = rng.choice(
        (
            b"\x89PNG\r\n\x1a\n",
            b"\x1f\x8b\x08\x00",
            b"\x7fELF\x02\x01\x01\x00",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            b"PK\x03\x04\x14\x00\x00\x00",
        )
    )
    body = bytearray(rng.randbytes(size))
    body[::37] = bytes(len(body[::37]))  # NUL bytes throughout, as in any binary format
    return signature + bytes(body)


# Accented and typographic characters that exist in cp1252 / latin-1 but are not ASCII.
CP1252_PHRASE = "Menurut José Müller, “netralitas” adalah kunci – bukan sekadar slogan… ©"
LATIN1_PHRASE = "Menurut José Müller, «netralitas» adalah kunci - ujar Françoise ½ jam kemudian."


def with_phrase(article: SampleArticle, phrase: str) -> str:
    parts = article.text.split("\n\n")
    parts.insert(4, phrase)
    return "\n\n".join(parts)


# --- writing entries ----------------------------------------------------------------------------------------


class CaseWriter:
    """Writes entries into the corpus and records them in the manifest."""

    def __init__(self, corpus: Path, manifest: HostileManifest, seed: int):
        self.corpus, self.manifest = corpus, manifest
        self.rng = random.Random(seed)
        self.articles = sample_articles(seed)
        self.names: set[str] = set()

    def path_of(self, relpath: str | bytes) -> Path:
        if isinstance(relpath, bytes):
            path = Path(os.fsdecode(os.path.join(os.fsencode(self.corpus), relpath)))
        else:
            path = self.corpus / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def expect(self, relpath: str | bytes, kind: str, rows: list[ExpectedRow] | None) -> str:
        name = relpath if isinstance(relpath, str) else relpath.decode("utf-8", "backslashreplace")
        if name in self.names:
            raise ValueError(f"hostile corpus: {name!r} written twice")
        self.names.add(name)
        self.manifest.files.append(HostileFile(name, kind, None if rows is None else tuple(rows)))
        return name

    def file(
        self,
        relpath: str | bytes,
        data: bytes,
        kind: str,
        status: str | None = None,
        skip_reason: str | None = None,
        marker: str | None = None,
    ) -> str:
        """A file that gives one row."""
        self.path_of(relpath).write_bytes(data)
        name = relpath if isinstance(relpath, str) else relpath.decode("utf-8", "backslashreplace")
        return self.expect(relpath, kind, [ExpectedRow(name, kind, status, skip_reason, marker)])

    def records(
        self, relpath: str, data: bytes, kind: str, rows: list[tuple[int, str | None, str | None, str | None]]
    ) -> str:
        """A JSONL/CSV file that gives one row per record: (N, status, skip_reason, marker)."""
        self.path_of(relpath).write_bytes(data)
        return self.expect(
            relpath,
            kind,
            [ExpectedRow(f"{relpath}#{n}", kind, status, reason, marker) for n, status, reason, marker in rows],
        )

    def loose(self, relpath: str, data: bytes, kind: str) -> str:
        self.path_of(relpath).write_bytes(data)
        return self.expect(relpath, kind, None)

    def link(
        self, relpath: str, target: str | Path, kind: str, status: str | None = None, skip_reason: str | None = None
    ) -> str:
        path = self.path_of(relpath)
        os.symlink(target, path)
        return self.expect(relpath, kind, [ExpectedRow(relpath, kind, status, skip_reason)])

    # --- valid articles ---

    def txt(self, relpath: str | bytes, kind: str = "txt", *, newline: str = "\n") -> tuple[str, SampleArticle]:
        article = next(self.articles)
        data = article.text.replace("\n", newline).encode("utf-8")
        return self.file(relpath, data, kind, "ok", None, article.marker), article

    def html_file(self, relpath: str, kind: str = "html") -> str:
        article = next(self.articles)
        return self.file(relpath, html_page(article).encode("utf-8"), kind, "ok", None, article.marker)

    def jsonl(self, relpath: str, n: int, kind: str = "jsonl") -> str:
        articles = [next(self.articles) for _ in range(n)]
        lines = [json.dumps(record_fields(a, self.rng), ensure_ascii=self.rng.random() < 0.5) for a in articles]
        return self.records(
            relpath,
            ("\n".join(lines) + "\n").encode("utf-8"),
            kind,
            [(i, "ok", None, a.marker) for i, a in enumerate(articles, start=1)],
        )

    def csv_file(self, relpath: str, n: int, kind: str = "csv") -> str:
        articles = [next(self.articles) for _ in range(n)]
        header = ["title", "text", "url", "outlet", "published"]
        rows = [[record_fields(a, self.rng)[k] for k in header] for a in articles]
        return self.records(
            relpath,
            csv_text(header, rows).encode("utf-8"),
            kind,
            [(i, "ok", None, a.marker) for i, a in enumerate(articles, start=1)],
        )
