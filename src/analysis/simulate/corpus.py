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
import io
import json
import os
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path

from analysis.simulate.hostile_files import (
    CP1252_PHRASE,
    DEFAULT_MAX_FILE_BYTES,
    LATIN1_PHRASE,
    SPARSE_HUGE_BYTES,
    CaseWriter,
    ExpectedRow,
    HostileFile,
    HostileManifest,
    binary_bytes,
    csv_text,
    html_page,
    record_fields,
    with_phrase,
)

__all__ = ["DEFAULT_MAX_FILE_BYTES", "ExpectedRow", "HostileFile", "HostileManifest", "write_hostile_corpus"]


def _format_cases(w: CaseWriter) -> None:
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
        "format/halaman-dalam-txt.txt", html_page(article).encode("utf-8"), "html_in_txt", "ok", None, article.marker
    )
    w.jsonl("format/ekspor.jsonl", 3)
    w.csv_file("format/ekspor.csv", 3)
    # a semicolon-separated export with Indonesian column names (the text itself is full of commas)
    article = next(w.articles)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows(
        [["judul", "isi", "link"], [article.title, record_fields(article, rng)["text"], "https://contoh.invalid/x"]]
    )
    w.records(
        "format/titik-koma.csv", buffer.getvalue().encode("utf-8"), "csv_semicolon", [(1, "ok", None, article.marker)]
    )


def _empty_cases(w: CaseWriter) -> None:
    """Empty and whitespace-only files under every suffix, and a CSV with only its header."""
    w.file("kosong/nol-byte.txt", b"", "empty", "unreadable", "empty")
    w.file("kosong/nol-byte.html", b"", "empty", "unreadable", "empty")
    w.file("kosong/nol-byte.jsonl", b"", "empty", "unreadable", "empty")
    w.file("kosong/nol-byte.csv", b"", "empty", "unreadable", "empty")
    w.file("kosong/spasi.txt", b"  \n\t\r\n   \n", "whitespace", "unreadable", "empty")
    w.file("kosong/baris-kosong.jsonl", b"\n\n  \n", "whitespace", "unreadable", "empty")
    w.file("kosong/hanya-header.csv", b"title,text,url\r\n", "csv_header_only", "unreadable", None)


def _binary_cases(w: CaseWriter) -> None:
    """Binary files under every supported suffix."""
    rng = w.rng
    for suffix in (".txt", ".html", ".jsonl", ".csv"):
        w.file(f"biner/gambar{suffix}", binary_bytes(rng, 3000), "binary", "unreadable", "binary")
    w.file("biner/acak-nul.txt", b"\x00" + rng.randbytes(2000), "binary", "unreadable", "binary")


def _size_cases(w: CaseWriter, max_file_bytes: int) -> None:
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
    sparse = w.path_of("ukuran/raksasa-jarang.txt")
    with open(sparse, "wb") as handle:
        handle.truncate(max(SPARSE_HUGE_BYTES, 4 * max_file_bytes))
    w.expect(
        "ukuran/raksasa-jarang.txt",
        "too_large_sparse",
        [ExpectedRow("ukuran/raksasa-jarang.txt", "too_large_sparse", "unreadable", "too_large")],
    )
    lines = [json.dumps(record_fields(next(w.articles), rng)) for _ in range(2)]
    big = ("\n".join(lines) + "\n").encode("utf-8")
    w.file("ukuran/besar.jsonl", big * (max_file_bytes // len(big) + 1), "too_large", "unreadable", "too_large")


def _encoding_cases(w: CaseWriter) -> None:
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
        "enkode/cp1252.txt", with_phrase(article, CP1252_PHRASE).encode("cp1252"), "cp1252", None, None, article.marker
    )
    article = next(w.articles)
    latin1 = with_phrase(article, LATIN1_PHRASE).replace("–", "-")  # latin-1 has no en dash
    w.file("enkode/latin1.txt", latin1.encode("latin-1"), "latin1", None, None, article.marker)
    article = next(w.articles)
    w.file(
        "enkode/cp1252.html",
        html_page(article, charset="windows-1252").replace("</h1>", f"</h1>\n<p>{CP1252_PHRASE}</p>").encode("cp1252"),
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
        "\n".join(json.dumps(record_fields(a, rng), ensure_ascii=False) for a in articles).encode("utf-16"),
        "utf16_bom",
        [(i, "ok", None, a.marker) for i, a in enumerate(articles, start=1)],
    )


def _truncated_cases(w: CaseWriter) -> None:
    """Files cut short: mid-sentence, inside a character, mid-page, mid-record."""
    rng = w.rng
    article = next(w.articles)
    w.file("terpotong/kalimat.txt", article.text.encode("utf-8")[: len(article.text) * 2 // 3], "truncated", None, None)
    article = next(w.articles)
    data = with_phrase(article, "Ringkasan: “netralitas” — selesai…").encode("utf-8")
    cut = data.index("…".encode()) + 1  # inside the three-byte ellipsis
    w.file("terpotong/di-tengah-karakter.txt", data[:cut], "truncated_utf8", "ok", None, article.marker)
    article = next(w.articles)
    page = html_page(article).encode("utf-8")
    w.file("terpotong/halaman.html", page[: len(page) // 2], "truncated_html", None, None)
    articles = [next(w.articles) for _ in range(3)]
    lines = [json.dumps(record_fields(a, rng)) for a in articles]
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
    text = csv_text(header, [[a.title, record_fields(a, rng)["text"], "u"] for a in articles])
    w.loose("terpotong/ekspor.csv", text[: len(text) - 200].encode("utf-8"), "truncated_csv")


def _malformed_jsonl_cases(w: CaseWriter) -> None:
    """Malformed JSONL lines among good ones (N is the line number)."""
    rng = w.rng
    good = [next(w.articles) for _ in range(3)]
    lines = [
        (json.dumps(record_fields(good[0], rng)), "ok", None, good[0].marker),
        ('{"title": "rusak", "text": "kalimat tanpa akhir', "unreadable", "parse_error", None),
        ("ini bukan JSON sama sekali", "unreadable", "parse_error", None),
        ("[1, 2, 3]", "unreadable", "parse_error", None),
        ('{"title": "tanpa teks"}', "unreadable", None, None),
        ('{"text": ""}', "unreadable", None, None),
        ('{"text": 12345}', "unreadable", None, None),
        ('{"text": null}', "unreadable", None, None),
        (json.dumps(record_fields(good[1], rng)), "ok", None, good[1].marker),
        (
            json.dumps(record_fields(good[1], rng) | {"url": "https://contoh.invalid/salinan"}),
            "duplicate",
            "duplicate",
            None,
        ),
        ("[" * 5000 + "]" * 5000, "unreadable", "parse_error", None),
        (json.dumps(record_fields(good[2], rng)), "ok", None, good[2].marker),
    ]
    w.records(
        "rusak/campur.jsonl",
        ("\n".join(line for line, *_ in lines) + "\n").encode("utf-8"),
        "malformed_jsonl",
        [(i, status, reason, marker) for i, (_, status, reason, marker) in enumerate(lines, start=1)],
    )


def _malformed_csv_cases(w: CaseWriter) -> None:
    """Malformed CSV rows (N counts rows after the header), and a CSV without a text column."""
    rng = w.rng
    good = [next(w.articles) for _ in range(3)]
    header = ["title", "text", "url"]
    rows = [
        ([good[0].title, record_fields(good[0], rng)["text"], "u0"], "ok", None, good[0].marker),
        (["kolom", "terlalu", "banyak", "di", "sini"], "unreadable", "parse_error", None),
        (["kurang kolom"], "unreadable", "parse_error", None),
        ([good[1].title, record_fields(good[1], rng)["text"], "u1"], "ok", None, good[1].marker),
        (["judul saja", "", "u2"], "unreadable", None, None),
        ([good[2].title, record_fields(good[2], rng)["text"], "u3"], "ok", None, good[2].marker),
    ]
    w.records(
        "rusak/campur.csv",
        csv_text(header, [r for r, *_ in rows]).encode("utf-8"),
        "malformed_csv",
        [(i, status, reason, marker) for i, (_, status, reason, marker) in enumerate(rows, start=1)],
    )
    w.file(
        "rusak/tanpa-kolom-teks.csv",
        csv_text(["judul", "tautan"], [["a", "b"], ["c", "d"]]).encode("utf-8"),
        "csv_no_text_column",
        "unreadable",
        "parse_error",
    )


def _odd_name_cases(w: CaseWriter) -> None:
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


def _unsupported_cases(w: CaseWriter) -> None:
    """Files of formats ingest does not read."""
    rng = w.rng
    w.file("lain/catatan.md", next(w.articles).text.encode("utf-8"), "unsupported", "unreadable", "unsupported_format")
    w.file(
        "lain/data.json", b'{"text": "bukan format yang didukung"}\n', "unsupported", "unreadable", "unsupported_format"
    )
    w.file("lain/dokumen.pdf", binary_bytes(rng, 1000), "unsupported", "unreadable", None)
    w.file("lain/README", b"Folder ini berisi berkas uji.\n", "unsupported", "unreadable", "unsupported_format")


def _duplicate_cases(w: CaseWriter) -> None:
    """Exact copies, read later in listing order than their original."""
    _, article = w.txt("duplikat/a-asli.txt")
    w.file("duplikat/b-salinan.txt", article.text.encode("utf-8"), "duplicate", "duplicate", "duplicate")
    w.file("duplikat/c/salinan-lagi.txt", article.text.encode("utf-8"), "duplicate", "duplicate", "duplicate")


def _inside_link_cases(w: CaseWriter) -> None:
    """A FIFO, and links that stay inside the corpus: to a file, to folders, broken, in a loop."""
    if hasattr(os, "mkfifo"):
        fifo = w.path_of("khusus/pipa.txt")
        os.mkfifo(fifo)  # opening it for reading would block the run forever
        w.expect("khusus/pipa.txt", "fifo", [ExpectedRow("khusus/pipa.txt", "fifo", "unreadable", None)])
    w.link("tautan/ke-dalam.txt", "../duplikat/a-asli.txt", "link_inside", "duplicate", "duplicate")
    w.link("tautan/ke-folder-dalam", "../format", "link_inside_dir", "unreadable", None)
    w.link("tautan/ke-akar", ".", "link_inside_dir", "unreadable", None)
    w.link("tautan/putus.txt", "tidak-ada.txt", "broken_link", "unreadable", "broken_link")
    w.link("tautan/putar-a.txt", "putar-b.txt", "link_loop", "unreadable", None)
    w.link("tautan/putar-b.txt", "putar-a.txt", "link_loop", "unreadable", None)


def _outside_link_cases(w: CaseWriter, secret_file: Path, secret_dir: Path) -> None:
    """Links out of the corpus: absolute, relative, chained, to folders, to system files."""
    rel = os.path.relpath(secret_file, w.path_of("tautan/x").parent)
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


def _fixed_cases(w: CaseWriter, max_file_bytes: int, secret_file: Path, secret_dir: Path) -> None:
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
def _fill_kinds(w: CaseWriter, max_file_bytes: int, secret_file: Path) -> list[tuple[float, Callable[[str], None]]]:
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
            w.file(path, with_phrase(article, CP1252_PHRASE).encode("cp1252"), "cp1252", None, None, article.marker)

    def huge(path: str) -> None:
        text = next(w.articles).text.encode("utf-8")
        w.file(path, text * (max_file_bytes // len(text) + 1), "too_large", "unreadable", "too_large")

    def truncated_jsonl(path: str) -> None:
        articles = [next(w.articles) for _ in range(2)]
        body = "\n".join(json.dumps(record_fields(a, rng)) for a in articles)
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
        (6, lambda p: w.file(p, binary_bytes(rng, rng.randrange(200, 5000)), "binary", "unreadable", "binary")),
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
    writer = CaseWriter(corpus, manifest, seed)
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
