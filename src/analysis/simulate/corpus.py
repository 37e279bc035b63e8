"""A hostile corpus: valid synthetic articles mixed with every kind of file a scraped folder holds.

`write_hostile_corpus` writes, into a folder of its own, valid `.txt` / `.html` / `.jsonl` / `.csv`
articles (synthetic, from `analysis.simulate.articles`: titles start with "[SINTETIS]") together with
empty, binary, huge, wrongly encoded (cp1252, latin-1, UTF-16 with and without BOM, UTF-8 with BOM),
truncated and malformed files (bad JSONL lines, bad CSV rows), odd file names (spaces, unicode in NFC
and NFD, leading dashes, newlines, bytes that are not UTF-8), exact duplicates, special files and
symbolic links, some of which point outside the corpus at a sentinel folder.

Everything outside the corpus that a link reaches holds `manifest.secret`: if that string ever shows up
in the extraction's output, a file outside the corpus was read.

The returned manifest lists every entry written and the `articles.csv` rows a correct extraction gives
for it (`source_file` as the contract writes it: relative path, `#N` for the N-th line of a JSONL file
or the N-th row after the header of a CSV file), with the expected status and skip reason where the
case is clear, and a marker string that the cleaned text of a readable document contains. The same seed
gives the same files, names and manifest.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import json
import os
import random
import unicodedata
from collections.abc import Callable, Iterator
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
class _Article:
    title: str
    text: str  # the full page text, title on its first line
    marker: str


def _articles(seed: int) -> Iterator[_Article]:
    """Endless distinct synthetic articles, each with a marker sentence of its own after the lead."""
    index = 0
    while True:
        for article in simulate_articles(500, seed=seed * 1_000_003 + index):
            marker = f"HX{seed:03d}N{index:06d}"
            parts = article.text.split("\n\n")
            parts.insert(3, f"Naskah uji {marker} disusun otomatis untuk menguji ketahanan pembacaan berkas.")
            yield _Article(article.title, "\n\n".join(parts), marker)
            index += 1


def _html_page(article: _Article, *, charset: str = "utf-8") -> str:
    title, *paragraphs = article.text.split("\n\n")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="{charset}">'
        f'<title>{html.escape(title)}</title></head>\n<body>\n<nav><a href="/">Beranda</a> | '
        f'<a href="/politik">Politik</a></nav>\n<article>\n<h1>{html.escape(title)}</h1>\n{body}\n</article>\n'
        f"<footer>&copy; {html.escape(OUTLET)}. Halaman sintetis.</footer>\n</body></html>\n"
    )


def _record(article: _Article, rng: random.Random) -> dict:
    title, _, body = article.text.partition("\n\n")
    return {
        "title": title,
        "text": body,
        "url": f"https://contoh.invalid/{article.marker.lower()}",
        "outlet": OUTLET,
        "published": f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
    }


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _binary_bytes(rng: random.Random, size: int) -> bytes:
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
_CP1252_PHRASE = "Menurut José Müller, “netralitas” adalah kunci – bukan sekadar slogan… ©"
_LATIN1_PHRASE = "Menurut José Müller, «netralitas» adalah kunci - ujar Françoise ½ jam kemudian."


def _with_phrase(article: _Article, phrase: str) -> str:
    parts = article.text.split("\n\n")
    parts.insert(4, phrase)
    return "\n\n".join(parts)


# --- writing entries ----------------------------------------------------------------------------------------


class _Writer:
    """Writes entries into the corpus and records them in the manifest."""

    def __init__(self, corpus: Path, manifest: HostileManifest, seed: int):
        self.corpus, self.manifest = corpus, manifest
        self.rng = random.Random(seed)
        self.articles = _articles(seed)
        self.names: set[str] = set()

    def _path(self, relpath: str | bytes) -> Path:
        if isinstance(relpath, bytes):
            path = Path(os.fsdecode(os.path.join(os.fsencode(self.corpus), relpath)))
        else:
            path = self.corpus / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def _record(self, relpath: str | bytes, kind: str, rows: list[ExpectedRow] | None) -> str:
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
        self._path(relpath).write_bytes(data)
        name = relpath if isinstance(relpath, str) else relpath.decode("utf-8", "backslashreplace")
        return self._record(relpath, kind, [ExpectedRow(name, kind, status, skip_reason, marker)])

    def records(
        self, relpath: str, data: bytes, kind: str, rows: list[tuple[int, str | None, str | None, str | None]]
    ) -> str:
        """A JSONL/CSV file that gives one row per record: (N, status, skip_reason, marker)."""
        self._path(relpath).write_bytes(data)
        return self._record(
            relpath,
            kind,
            [ExpectedRow(f"{relpath}#{n}", kind, status, reason, marker) for n, status, reason, marker in rows],
        )

    def loose(self, relpath: str, data: bytes, kind: str) -> str:
        self._path(relpath).write_bytes(data)
        return self._record(relpath, kind, None)

    def link(
        self, relpath: str, target: str | Path, kind: str, status: str | None = None, skip_reason: str | None = None
    ) -> str:
        path = self._path(relpath)
        os.symlink(target, path)
        return self._record(relpath, kind, [ExpectedRow(relpath, kind, status, skip_reason)])

    # --- valid articles ---

    def txt(self, relpath: str | bytes, kind: str = "txt", *, newline: str = "\n") -> tuple[str, _Article]:
        article = next(self.articles)
        data = article.text.replace("\n", newline).encode("utf-8")
        return self.file(relpath, data, kind, "ok", None, article.marker), article

    def html_file(self, relpath: str, kind: str = "html") -> str:
        article = next(self.articles)
        return self.file(relpath, _html_page(article).encode("utf-8"), kind, "ok", None, article.marker)

    def jsonl(self, relpath: str, n: int, kind: str = "jsonl") -> str:
        articles = [next(self.articles) for _ in range(n)]
        lines = [json.dumps(_record(a, self.rng), ensure_ascii=self.rng.random() < 0.5) for a in articles]
        return self.records(
            relpath,
            ("\n".join(lines) + "\n").encode("utf-8"),
            kind,
            [(i, "ok", None, a.marker) for i, a in enumerate(articles, start=1)],
        )

    def csv_file(self, relpath: str, n: int, kind: str = "csv") -> str:
        articles = [next(self.articles) for _ in range(n)]
        header = ["title", "text", "url", "outlet", "published"]
        rows = [[_record(a, self.rng)[k] for k in header] for a in articles]
        return self.records(
            relpath,
            _csv_text(header, rows).encode("utf-8"),
            kind,
            [(i, "ok", None, a.marker) for i, a in enumerate(articles, start=1)],
        )


def _format_cases(w: _Writer) -> None:
    """Every supported format, each with a valid article: .txt (three line endings), .html/.htm, HTML
    saved as .txt, JSONL, CSV and a semicolon CSV with Indonesian column names."""
    rng = w.rng
    w.txt("format/artikel.txt")
    w.txt("format/artikel-crlf.txt", "txt_crlf", newline="\r\n")
    w.txt("format/artikel-cr.txt", "txt_cr", newline="\r")
    w.html_file("format/halaman.html")
    w.html_file("format/halaman.htm", "htm")
    article = next(w.articles)
    w.file(
        "format/halaman-dalam-txt.txt", _html_page(article).encode("utf-8"), "html_in_txt", "ok", None, article.marker
    )
    w.jsonl("format/ekspor.jsonl", 3)
    w.csv_file("format/ekspor.csv", 3)
    # a semicolon-separated export with Indonesian column names (the text itself is full of commas)
    article = next(w.articles)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows(
        [["judul", "isi", "link"], [article.title, _record(article, rng)["text"], "https://contoh.invalid/x"]]
    )
    w.records(
        "format/titik-koma.csv", buffer.getvalue().encode("utf-8"), "csv_semicolon", [(1, "ok", None, article.marker)]
    )


def _empty_cases(w: _Writer) -> None:
    """Empty and whitespace-only files under every suffix, and a CSV with only its header."""
    w.file("kosong/nol-byte.txt", b"", "empty", "unreadable", "empty")
    w.file("kosong/nol-byte.html", b"", "empty", "unreadable", "empty")
    w.file("kosong/nol-byte.jsonl", b"", "empty", "unreadable", "empty")
    w.file("kosong/nol-byte.csv", b"", "empty", "unreadable", "empty")
    w.file("kosong/spasi.txt", b"  \n\t\r\n   \n", "whitespace", "unreadable", "empty")
    w.file("kosong/baris-kosong.jsonl", b"\n\n  \n", "whitespace", "unreadable", "empty")
    w.file("kosong/hanya-header.csv", b"title,text,url\r\n", "csv_header_only", "unreadable", None)


def _binary_cases(w: _Writer) -> None:
    """Binary files under every supported suffix."""
    rng = w.rng
    for suffix in (".txt", ".html", ".jsonl", ".csv"):
        w.file(f"biner/gambar{suffix}", _binary_bytes(rng, 3000), "binary", "unreadable", "binary")
    w.file("biner/acak-nul.txt", b"\x00" + rng.randbytes(2000), "binary", "unreadable", "binary")


def _size_cases(w: _Writer, max_file_bytes: int) -> None:
    """Sizes: at the limit is read, one byte over is not, a sparse giant is never read."""
    rng = w.rng
    article = next(w.articles)
    data = article.text.encode("utf-8")
    padding = max_file_bytes - len(data)
    if padding < 2:
        raise ValueError(f"max_file_bytes {max_file_bytes} is too small for a synthetic article")
    at_limit = data + b"\n" * padding
    w.file("ukuran/tepat-batas.txt", at_limit, "at_limit", "ok", None, article.marker)
    w.file("ukuran/lebih-satu-byte.txt", at_limit + b"\n", "too_large", "unreadable", "too_large")
    sparse = w._path("ukuran/raksasa-jarang.txt")
    with open(sparse, "wb") as handle:
        handle.truncate(max(SPARSE_HUGE_BYTES, 4 * max_file_bytes))
    w._record(
        "ukuran/raksasa-jarang.txt",
        "too_large_sparse",
        [ExpectedRow("ukuran/raksasa-jarang.txt", "too_large_sparse", "unreadable", "too_large")],
    )
    lines = [json.dumps(_record(next(w.articles), rng)) for _ in range(2)]
    big = ("\n".join(lines) + "\n").encode("utf-8")
    w.file("ukuran/besar.jsonl", big * (max_file_bytes // len(big) + 1), "too_large", "unreadable", "too_large")


def _encoding_cases(w: _Writer) -> None:
    """UTF-8 and UTF-16 with and without BOM, cp1252, latin-1, and UTF-8 broken after its BOM."""
    rng = w.rng
    article = next(w.articles)
    w.file(
        "enkode/utf8-bom.txt", codecs.BOM_UTF8 + article.text.encode("utf-8"), "utf8_bom", "ok", None, article.marker
    )
    article = next(w.articles)
    w.file("enkode/utf16le-bom.txt", article.text.encode("utf-16"), "utf16_bom", "ok", None, article.marker)
    article = next(w.articles)
    w.file(
        "enkode/utf16be-bom.txt",
        codecs.BOM_UTF16_BE + article.text.encode("utf-16-be"),
        "utf16_bom",
        "ok",
        None,
        article.marker,
    )
    article = next(w.articles)
    w.file("enkode/utf16le-tanpa-bom.txt", article.text.encode("utf-16-le"), "utf16_no_bom", "ok", None, article.marker)
    article = next(w.articles)
    w.file(
        "enkode/cp1252.txt",
        _with_phrase(article, _CP1252_PHRASE).encode("cp1252"),
        "cp1252",
        None,
        None,
        article.marker,
    )
    article = next(w.articles)
    latin1 = _with_phrase(article, _LATIN1_PHRASE).replace("–", "-")  # latin-1 has no en dash
    w.file("enkode/latin1.txt", latin1.encode("latin-1"), "latin1", None, None, article.marker)
    article = next(w.articles)
    w.file(
        "enkode/cp1252.html",
        _html_page(article, charset="windows-1252")
        .replace("</h1>", f"</h1>\n<p>{_CP1252_PHRASE}</p>")
        .encode("cp1252"),
        "cp1252",
        None,
        None,
        article.marker,
    )
    article = next(w.articles)
    w.file(
        "enkode/bom-utf8-rusak.txt",
        codecs.BOM_UTF8 + article.text.encode("utf-8") + b"\xff\xfe\xc3(",
        "bad_utf8_after_bom",
        "unreadable",
        None,
    )
    articles = [next(w.articles) for _ in range(2)]
    w.records(
        "enkode/utf16.jsonl",
        "\n".join(json.dumps(_record(a, rng), ensure_ascii=False) for a in articles).encode("utf-16"),
        "utf16_bom",
        [(i, "ok", None, a.marker) for i, a in enumerate(articles, start=1)],
    )


def _truncated_cases(w: _Writer) -> None:
    """Files cut short: mid-sentence, inside a character, mid-page, mid-record."""
    rng = w.rng
    article = next(w.articles)
    w.file("terpotong/kalimat.txt", article.text.encode("utf-8")[: len(article.text) * 2 // 3], "truncated", None, None)
    article = next(w.articles)
    data = _with_phrase(article, "Ringkasan: “netralitas” — selesai…").encode("utf-8")
    cut = data.index("…".encode()) + 1  # inside the three-byte ellipsis
    w.file("terpotong/di-tengah-karakter.txt", data[:cut], "truncated_utf8", "ok", None, article.marker)
    article = next(w.articles)
    page = _html_page(article).encode("utf-8")
    w.file("terpotong/halaman.html", page[: len(page) // 2], "truncated_html", None, None)
    articles = [next(w.articles) for _ in range(3)]
    lines = [json.dumps(_record(a, rng)) for a in articles]
    w.records(
        "terpotong/ekspor.jsonl",
        ("\n".join(lines)[: -len(lines[-1]) // 2]).encode("utf-8"),
        "truncated_jsonl",
        [
            (1, "ok", None, articles[0].marker),
            (2, "ok", None, articles[1].marker),
            (3, "unreadable", "parse_error", None),
        ],
    )
    articles = [next(w.articles) for _ in range(3)]
    header = ["title", "text", "url"]
    text = _csv_text(header, [[a.title, _record(a, rng)["text"], "u"] for a in articles])
    w.loose("terpotong/ekspor.csv", text[: len(text) - 200].encode("utf-8"), "truncated_csv")


def _malformed_jsonl_cases(w: _Writer) -> None:
    """Malformed JSONL lines among good ones (N is the line number)."""
    rng = w.rng
    good = [next(w.articles) for _ in range(3)]
    lines = [
        (json.dumps(_record(good[0], rng)), "ok", None, good[0].marker),
        ('{"title": "rusak", "text": "kalimat tanpa akhir', "unreadable", "parse_error", None),
        ("ini bukan JSON sama sekali", "unreadable", "parse_error", None),
        ("[1, 2, 3]", "unreadable", "parse_error", None),
        ('{"title": "tanpa teks"}', "unreadable", None, None),
        ('{"text": ""}', "unreadable", None, None),
        ('{"text": 12345}', "unreadable", None, None),
        ('{"text": null}', "unreadable", None, None),
        (json.dumps(_record(good[1], rng)), "ok", None, good[1].marker),
        (json.dumps(_record(good[1], rng) | {"url": "https://contoh.invalid/salinan"}), "duplicate", "duplicate", None),
        ("[" * 5000 + "]" * 5000, "unreadable", "parse_error", None),
        (json.dumps(_record(good[2], rng)), "ok", None, good[2].marker),
    ]
    w.records(
        "rusak/campur.jsonl",
        ("\n".join(line for line, *_ in lines) + "\n").encode("utf-8"),
        "malformed_jsonl",
        [(i, status, reason, marker) for i, (_, status, reason, marker) in enumerate(lines, start=1)],
    )


def _malformed_csv_cases(w: _Writer) -> None:
    """Malformed CSV rows (N counts rows after the header), and a CSV without a text column."""
    rng = w.rng
    good = [next(w.articles) for _ in range(3)]
    header = ["title", "text", "url"]
    rows = [
        ([good[0].title, _record(good[0], rng)["text"], "u0"], "ok", None, good[0].marker),
        (["kolom", "terlalu", "banyak", "di", "sini"], "unreadable", "parse_error", None),
        (["kurang kolom"], "unreadable", "parse_error", None),
        ([good[1].title, _record(good[1], rng)["text"], "u1"], "ok", None, good[1].marker),
        (["judul saja", "", "u2"], "unreadable", None, None),
        ([good[2].title, _record(good[2], rng)["text"], "u3"], "ok", None, good[2].marker),
    ]
    w.records(
        "rusak/campur.csv",
        _csv_text(header, [r for r, *_ in rows]).encode("utf-8"),
        "malformed_csv",
        [(i, status, reason, marker) for i, (_, status, reason, marker) in enumerate(rows, start=1)],
    )
    w.file(
        "rusak/tanpa-kolom-teks.csv",
        _csv_text(["judul", "tautan"], [["a", "b"], ["c", "d"]]).encode("utf-8"),
        "csv_no_text_column",
        "unreadable",
        "parse_error",
    )


def _odd_name_cases(w: _Writer) -> None:
    """Odd file names (valid articles: each is read like any other)."""
    odd = [
        "nama/berita dengan spasi.txt",
        "nama/ spasi di depan.txt",
        "nama/spasi di belakang .txt",
        "nama/-rf.txt",
        "nama/--help.txt",
        "nama/-",
        "nama/café.txt",
        unicodedata.normalize("NFD", "nama/café.txt"),
        "nama/中文新闻.txt",
        "nama/pemilu 🗳.txt",
        'nama/kutip"ganda.txt',
        "nama/koma,di,nama.txt",
        "nama/nomor #3.txt",
        "nama/baris\nbaru.txt",
        "nama/tab\tdi nama.txt",
        "nama/.tersembunyi.txt",
        "nama/titik.txt.txt",
        "nama/" + "panjang-" * 28 + ".txt",
        "nama/folder.txt/isi.txt",
        "nama/" + "/".join(f"d{i}" for i in range(16)) + "/dalam.txt",
        "-dash-folder/-isi.txt",
    ]
    for name in odd:
        if name == "nama/-":
            w.file(
                name, next(w.articles).text.encode("utf-8"), "odd_name_no_suffix", "unreadable", "unsupported_format"
            )
        else:
            w.txt(name, "odd_name")
    w.txt(b"nama/bukan-utf8-\xe9\xff.txt", "odd_name_bytes")
    w.file("nama/HURUF-BESAR.TXT", next(w.articles).text.encode("utf-8"), "upper_suffix", None, None)
    w.html_file("nama/--halaman.html", "odd_name")


def _unsupported_cases(w: _Writer) -> None:
    """Files of formats ingest does not read."""
    rng = w.rng
    w.file("lain/catatan.md", next(w.articles).text.encode("utf-8"), "unsupported", "unreadable", "unsupported_format")
    w.file(
        "lain/data.json", b'{"text": "bukan format yang didukung"}\n', "unsupported", "unreadable", "unsupported_format"
    )
    w.file("lain/dokumen.pdf", _binary_bytes(rng, 1000), "unsupported", "unreadable", None)
    w.file("lain/README", b"Folder ini berisi berkas uji.\n", "unsupported", "unreadable", "unsupported_format")


def _duplicate_cases(w: _Writer) -> None:
    """Exact copies, read later in listing order than their original."""
    _, article = w.txt("duplikat/a-asli.txt")
    w.file("duplikat/b-salinan.txt", article.text.encode("utf-8"), "duplicate", "duplicate", "duplicate")
    w.file("duplikat/c/salinan-lagi.txt", article.text.encode("utf-8"), "duplicate", "duplicate", "duplicate")


def _inside_link_cases(w: _Writer) -> None:
    """A FIFO, and links that stay inside the corpus: to a file, to folders, broken, in a loop."""
    if hasattr(os, "mkfifo"):
        fifo = w._path("khusus/pipa.txt")
        os.mkfifo(fifo)  # opening it for reading would block the run forever
        w._record("khusus/pipa.txt", "fifo", [ExpectedRow("khusus/pipa.txt", "fifo", "unreadable", None)])
    w.link("tautan/ke-dalam.txt", "../duplikat/a-asli.txt", "link_inside", "duplicate", "duplicate")
    w.link("tautan/ke-folder-dalam", "../format", "link_inside_dir", "unreadable", None)
    w.link("tautan/ke-akar", ".", "link_inside_dir", "unreadable", None)
    w.link("tautan/putus.txt", "tidak-ada.txt", "broken_link", "unreadable", "broken_link")
    w.link("tautan/putar-a.txt", "putar-b.txt", "link_loop", "unreadable", None)
    w.link("tautan/putar-b.txt", "putar-a.txt", "link_loop", "unreadable", None)


def _outside_link_cases(w: _Writer, secret_file: Path, secret_dir: Path) -> None:
    """Links out of the corpus: absolute, relative, chained, to folders, to system files."""
    rel = os.path.relpath(secret_file, w._path("tautan/x").parent)
    w.link("tautan/luar-absolut.txt", secret_file, "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link("tautan/luar-relatif.txt", rel, "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link("tautan/rantai-1.txt", "rantai-2.txt", "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link("tautan/rantai-2.txt", secret_file, "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link("tautan/luar-folder", secret_dir, "symlink_outside_dir", "unreadable", "symlink_outside_corpus")
    w.link("tautan/induk", "../..", "symlink_outside_dir", "unreadable", "symlink_outside_corpus")
    w.link("tautan/luar.jsonl", secret_dir / "ekspor.jsonl", "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link("tautan/passwd.txt", "/etc/passwd", "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link("tautan/nol.txt", "/dev/zero", "symlink_outside", "unreadable", "symlink_outside_corpus")
    w.link(
        "tautan/keluar-masuk.txt", f"../../{w.corpus.name}/format/artikel.txt", "link_inside", "duplicate", "duplicate"
    )


def _fixed_cases(w: _Writer, max_file_bytes: int, secret_file: Path, secret_dir: Path) -> None:
    """One of each hostile case, so that every kind is present whatever `n_files` is (the order of the
    builders is the order in which they draw articles and random numbers: the corpus depends on it)."""
    _format_cases(w)
    _empty_cases(w)
    _binary_cases(w)
    _size_cases(w, max_file_bytes)
    _encoding_cases(w)
    _truncated_cases(w)
    _malformed_jsonl_cases(w)
    _malformed_csv_cases(w)
    _odd_name_cases(w)
    _unsupported_cases(w)
    _duplicate_cases(w)
    _inside_link_cases(w)
    _outside_link_cases(w, secret_file, secret_dir)


# Filler kinds and their weights, to reach `n_files` entries.
def _fill_kinds(w: _Writer, max_file_bytes: int, secret_file: Path) -> list[tuple[float, Callable[[str], None]]]:
    rng = w.rng

    def dup(path: str) -> None:
        # a copy of an article from an earlier folder ("a-..." sorts first), so the copy is read second
        _, article = w.txt(path.replace("/", "/a-", 1))
        w.file(path.replace("/", "/z-salinan-", 1), article.text.encode("utf-8"), "duplicate", "duplicate", "duplicate")

    def encoded(path: str) -> None:
        article = next(w.articles)
        choice = rng.randrange(3)
        if choice == 0:
            w.file(path, codecs.BOM_UTF8 + article.text.encode("utf-8"), "utf8_bom", "ok", None, article.marker)
        elif choice == 1:
            w.file(path, article.text.encode("utf-16"), "utf16_bom", "ok", None, article.marker)
        else:
            w.file(path, _with_phrase(article, _CP1252_PHRASE).encode("cp1252"), "cp1252", None, None, article.marker)

    def huge(path: str) -> None:
        text = next(w.articles).text.encode("utf-8")
        w.file(path, text * (max_file_bytes // len(text) + 1), "too_large", "unreadable", "too_large")

    def truncated_jsonl(path: str) -> None:
        articles = [next(w.articles) for _ in range(2)]
        body = "\n".join(json.dumps(_record(a, rng)) for a in articles)
        w.records(
            path.replace(".txt", ".jsonl"),
            body[:-25].encode("utf-8"),
            "truncated_jsonl",
            [(1, "ok", None, articles[0].marker), (2, "unreadable", "parse_error", None)],
        )

    def odd(path: str) -> None:
        folder, name = path.rsplit("/", 1)
        w.txt(f"{folder}/{rng.choice(['-', '--', ' ', 'é ', 'ñ-', '# '])}{name}", "odd_name")

    return [
        (30, lambda p: w.txt(p)),
        (10, lambda p: w.html_file(p.replace(".txt", ".html"))),
        (6, lambda p: w.jsonl(p.replace(".txt", ".jsonl"), rng.randint(1, 4))),
        (5, lambda p: w.csv_file(p.replace(".txt", ".csv"), rng.randint(1, 4))),
        (5, lambda p: w.file(p, b"" if rng.random() < 0.5 else b" \n\n", "empty", "unreadable", "empty")),
        (6, lambda p: w.file(p, _binary_bytes(rng, rng.randrange(200, 5000)), "binary", "unreadable", "binary")),
        (2, huge),
        (8, encoded),
        (4, truncated_jsonl),
        (6, odd),
        (4, dup),
        (2, lambda p: w.link(p, secret_file, "symlink_outside", "unreadable", "symlink_outside_corpus")),
    ]


def write_hostile_corpus(
    folder: Path,
    n_files: int = 1000,
    seed: int = 0,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    outside: Path | None = None,
) -> HostileManifest:
    """Write a hostile corpus of about `n_files` entries into `folder` (new or empty); return its manifest.

    Links that leave the corpus point into `outside` (default: a sibling folder `<folder>-outside`),
    which holds the manifest's secret; a correct extraction never reads it. The count is reached
    within a few entries (one filler can write two, e.g. an original and its duplicate).
    """
    corpus = Path(folder).absolute()
    outside = Path(outside).absolute() if outside else corpus.with_name(corpus.name + "-outside")
    if corpus.exists() and any(corpus.iterdir()):
        raise ValueError(f"{corpus}: hostile corpus folder must be new or empty")
    if outside.is_relative_to(corpus) or corpus.is_relative_to(outside):
        raise ValueError("the outside folder must not contain, or be inside, the corpus")
    corpus.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)

    rng = random.Random(seed)
    secret = f"RAHASIA-LUAR-KORPUS-{seed:04d}-{rng.getrandbits(48):012x}"
    secret_dir = outside / "folder-rahasia"
    secret_dir.mkdir(exist_ok=True)
    secret_file = outside / "sentinel.txt"
    # valid articles, so that reading them would put the secret into the output
    secret_article = (
        f"[SINTETIS] Berkas di luar korpus {secret}\n\nSERPONG, WARTA SINTETIS – Berkas ini berada "
        f"di luar korpus dan tidak boleh dibaca. Kode rahasia {secret} tercatat di sini.\n"
    )
    secret_file.write_text(secret_article, encoding="utf-8")
    (secret_dir / "artikel.txt").write_text(secret_article, encoding="utf-8")
    (secret_dir / "ekspor.jsonl").write_text(
        json.dumps({"title": secret, "text": secret_article}) + "\n", encoding="utf-8"
    )

    manifest = HostileManifest(corpus=corpus, outside=outside, secret=secret, max_file_bytes=max_file_bytes, seed=seed)
    writer = _Writer(corpus, manifest, seed)
    _fixed_cases(writer, max_file_bytes, secret_file, secret_dir)
    if len(manifest.files) > n_files:
        raise ValueError(f"n_files must be at least {len(manifest.files)} (one of each hostile case)")
    kinds = _fill_kinds(writer, max_file_bytes, secret_file)
    weights = [weight for weight, _ in kinds]
    index = 0
    while len(manifest.files) < n_files:
        _, make = writer.rng.choices(kinds, weights)[0]
        make(f"kumpulan-{index // 100:02d}/berkas-{index:05d}.txt")
        index += 1
    manifest.files.sort(key=lambda f: f.path)
    return manifest
