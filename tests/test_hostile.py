"""Hostile input: a corpus of 1,000+ generated files of every bad kind is read to the end by the
command line, every file is listed once with its status, and nothing outside the corpus is read.
Then property tests of the ingest functions on arbitrary input."""

from __future__ import annotations

import atexit
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import article_id_for, clean_text, read_entry
from analysis.simulate.corpus import HostileManifest, write_hostile_corpus

MAX_FILE_BYTES = 64_000
SKIP_REASONS = {
    "empty",
    "binary",
    "encoding",
    "too_large",
    "parse_error",
    "unsupported_format",
    "symlink_outside_corpus",
    "broken_link",
    "no_text",
    "os_error",
    "not_a_file",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[HostileManifest, subprocess.CompletedProcess, Path]:
    root = tmp_path_factory.mktemp("hostile")
    manifest = write_hostile_corpus(root / "corpus", n_files=1000, seed=9, max_file_bytes=MAX_FILE_BYTES)
    out = root / "out"
    # the timeout only stops a hung run (e.g. a FIFO opened for reading); it asserts nothing about speed
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "extract",
            "--corpus",
            str(manifest.corpus),
            "--out",
            str(out),
            "--max-file-bytes",
            str(MAX_FILE_BYTES),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=root,
    )
    return manifest, run, out


@pytest.fixture(scope="module")
def articles(hostile) -> pd.DataFrame:
    _, run, out = hostile
    assert run.returncode == 0, run.stderr[-3000:]
    return pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def texts(hostile, articles) -> dict[str, str]:
    """source_file -> cleaned text, for the rows that have one."""
    _, _, out = hostile
    by_id = pd.read_csv(out / "texts.csv", dtype=str, keep_default_na=False).set_index("article_id")["text"]
    return {row.source_file: by_id[row.article_id] for row in articles.itertuples() if row.article_id in by_id.index}


def _rows_of(path: str, source_files: set[str]) -> list[str]:
    record = re.compile(re.escape(path) + r"#\d+")
    return sorted(s for s in source_files if s == path or record.fullmatch(s))


def test_the_run_completes_and_says_what_it_did(hostile, articles):
    manifest, run, out = hostile
    assert len(manifest.files) >= 1000
    assert "Traceback" not in run.stderr
    summary = run.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"{len(articles)} documents (")
    for name in ("articles", "facts", "entities", "texts"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()


def test_every_entry_appears_once(hostile, articles):
    manifest, _, _ = hostile
    source_files = articles["source_file"].tolist()
    assert len(source_files) == len(set(source_files)), "a source_file is listed twice"
    listed = set(source_files)
    claimed: set[str] = set()
    for entry in manifest.files:
        rows = _rows_of(entry.path, listed)
        assert rows, f"{entry.path!r} ({entry.kind}) is missing from articles.csv"
        assert rows == [entry.path] or entry.path not in rows, f"{entry.path!r}: both a file row and record rows"
        if entry.rows is not None:
            assert rows == sorted(r.source_file for r in entry.rows), entry.path
        claimed.update(rows)
    assert listed - claimed == set(), "rows for entries the corpus does not have"


def test_every_row_has_a_valid_status(articles):
    assert set(articles["status"]) <= {"ok", "duplicate", "unreadable"}
    ok = articles["status"] == "ok"
    assert (articles.loc[ok, "skip_reason"] == "").all()
    assert (articles.loc[ok, "article_id"].str.fullmatch(r"[0-9a-f]{16}")).all()
    assert set(articles.loc[articles["status"] == "unreadable", "skip_reason"]) <= SKIP_REASONS
    assert set(articles.loc[articles["status"] == "duplicate", "skip_reason"]) == {"duplicate"}


def _check_rows(manifest: HostileManifest, articles: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """Where a row differs from what the manifest expects (status, reason, marker in the text)."""
    got = articles.set_index("source_file")
    wrong = []
    for row in manifest.rows():
        if row.source_file not in got.index:
            continue  # a missing row is test_every_entry_appears_once's failure
        status, reason = got.at[row.source_file, "status"], got.at[row.source_file, "skip_reason"]
        if row.status is not None and status != row.status:
            wrong.append(f"{row.source_file!r} ({row.kind}): status {status} {reason}, expected {row.status}")
        elif row.skip_reason is not None and reason != row.skip_reason:
            wrong.append(f"{row.source_file!r} ({row.kind}): reason {reason}, expected {row.skip_reason}")
        elif status == "ok" and row.marker and row.marker not in texts.get(row.source_file, ""):
            wrong.append(f"{row.source_file!r} ({row.kind}): the text is not this file's article")
    return wrong


def test_statuses_and_reasons_are_the_expected_ones(hostile, articles, texts):
    manifest, _, _ = hostile
    wrong = _check_rows(manifest, articles, texts)
    assert wrong == [], "\n".join(wrong[:20])
    # the clear cases are there in numbers, not just once
    reasons = articles.groupby("skip_reason").size()
    for reason in ("empty", "binary", "too_large", "symlink_outside_corpus", "parse_error"):
        assert reasons.get(reason, 0) >= 3, reason
    assert (articles["status"] == "ok").sum() >= 400 and (articles["status"] == "duplicate").sum() >= 10


def test_nothing_outside_the_corpus_is_read(hostile, articles):
    manifest, _, out = hostile
    for name in ("articles", "facts", "entities", "texts"):
        assert manifest.secret not in (out / f"{name}.csv").read_text(encoding="utf-8"), name
        table = pq.read_table(out / f"{name}.parquet")
        assert manifest.secret not in str(table.to_pylist()), name
    passwd = Path("/etc/passwd")
    if passwd.is_file():
        first_line = passwd.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        assert first_line not in (out / "texts.csv").read_text(encoding="utf-8")
    # every row names a path inside the corpus, relative to it
    assert not articles["source_file"].str.contains(r"^/|(?:^|/)\.\.(?:/|$)").any()


def test_duplicates_share_the_id_of_an_earlier_readable_row(articles):
    first_row: dict[str, int] = {}
    for position, row in enumerate(articles.itertuples()):
        if row.status == "ok":
            assert row.article_id not in first_row, f"{row.source_file}: ok twice with the same text"
            first_row[row.article_id] = position
        elif row.status == "duplicate":
            assert first_row.get(row.article_id, position) < position, row.source_file


def test_the_generator_is_deterministic(tmp_path):
    def listing(folder: Path) -> list[tuple[str, bytes]]:
        return [
            (
                p.relative_to(folder).as_posix(),
                p.read_bytes() if p.is_file() and not p.is_symlink() and p.stat().st_size < 10**7 else b"",
            )
            for p in sorted(folder.rglob("*"))
        ]

    a = write_hostile_corpus(tmp_path / "a" / "corpus", n_files=200, seed=5)
    b = write_hostile_corpus(tmp_path / "b" / "corpus", n_files=200, seed=5)
    assert a.to_frame().equals(b.to_frame()) and a.secret == b.secret
    assert listing(a.corpus) == listing(b.corpus)
    c = write_hostile_corpus(tmp_path / "c" / "corpus", n_files=200, seed=6)
    assert not a.to_frame().equals(c.to_frame())


# --- property tests on the ingest functions ------------------------------------------------------------------

PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile("[\r\n\x85\u2028\u2029]")
# text shaped like scraped pages: words, blank lines, control and invisible characters, odd spaces
page_text = st.lists(
    st.one_of(
        st.text(min_size=0, max_size=80),
        st.sampled_from(
            [
                "",
                "Baca juga: Pilkada 2024",
                "SERPONG - Bawaslu mencatat tiga kasus.",
                "Foto: Ist",
                "\u200b\ufeff",
                "\r",
                "\t\u00a0 ",
                "© 2024 Warta",
                "Halaman 2",
                "Komentar:",
            ]
        ),
        st.from_regex(r"[A-Z][a-z]+( [a-z]+){6,20}\.", fullmatch=True),
    ),
    max_size=25,
).map("\n".join)


@PROPERTY
@given(page_text, st.text(max_size=40).filter(lambda t: not _LINE_BREAKS.search(t)))
def test_clean_text_never_raises_and_gives_clean_lines(raw, title):
    cleaned = clean_text(raw, title=title)
    text = cleaned.text
    assert not _CONTROL.search(text) and "\r" not in text
    for paragraph in cleaned.paragraphs:
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
    assert unicodedata.is_normalized("NFC", text)


@PROPERTY
@given(page_text, st.text(max_size=40))
def test_a_title_from_a_record_field_is_one_clean_line(raw, title):
    cleaned = clean_text(raw, title=title)
    assert not _LINE_BREAKS.search(cleaned.title) and not _CONTROL.search(cleaned.title)


@PROPERTY
@given(page_text)
def test_article_id_depends_only_on_the_cleaned_text(raw):
    first, again = clean_text(raw).text, clean_text(raw).text
    assert article_id_for(first) == article_id_for(again)
    assert re.fullmatch(r"[0-9a-f]{16}", article_id_for(first))
    # the same article typed with decomposed accents or Windows line ends is the same article
    variant = unicodedata.normalize("NFD", raw).replace("\n", "\r\n")
    assert article_id_for(clean_text(variant).text) == article_id_for(first)


_SCRATCH = Path(tempfile.mkdtemp(prefix="hostile-props-"))  # hypothesis cannot use function-scoped tmp_path
atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)

file_bytes = st.one_of(
    st.binary(max_size=3000),
    page_text.map(lambda t: t.encode("utf-8")),
    st.tuples(page_text, st.sampled_from(["utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"])).map(
        lambda te: te[0].encode(te[1], errors="replace")
    ),
    st.lists(
        st.one_of(
            st.just('{"text": "SERPONG - Bawaslu mencatat tiga kasus pelanggaran netralitas ASN."}'),
            st.text(max_size=60),
        ),
        max_size=8,
    ).map(lambda lines: "\n".join(lines).encode("utf-8")),
)


@PROPERTY
@given(
    file_bytes,
    st.sampled_from([".txt", ".html", ".htm", ".jsonl", ".csv", ".md", ""]),
    st.integers(min_value=1, max_value=4000),
)
def test_read_entry_gives_documents_with_a_valid_status_for_any_bytes(data, suffix, max_file_bytes):
    relpath = f"berkas{suffix}"
    (_SCRATCH / relpath).write_bytes(data)
    documents = read_entry(_SCRATCH, relpath, max_file_bytes=max_file_bytes)
    assert documents
    names = [d.source_file for d in documents]
    assert names == [relpath] or all(re.fullmatch(re.escape(relpath) + r"#\d+", n) for n in names)
    assert len(set(names)) == len(names)
    for document in documents:
        assert document.status in ("ok", "unreadable")
        if document.status == "ok":
            assert document.text.strip() and document.skip_reason == ""
            assert document.article_id == article_id_for(document.text)
        else:
            assert document.skip_reason in SKIP_REASONS and document.text == ""
    if len(data) > max_file_bytes:
        assert [(d.status, d.skip_reason) for d in documents] == [("unreadable", "too_large")]
