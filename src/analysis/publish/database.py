"""The release's SQLite database (built with sqlite-utils) and its Datasette metadata.

Every published table becomes a table of `asn_neutrality.db` with the same rows and columns: typed by its
spec (string and date as TEXT, integer and boolean as INTEGER, number as REAL), its primary key, NOT NULL on
required columns, indexes on region and election cycle, full-text search (FTS5) over the facts' sentences
and the evidence's example sentences, and a view `figures` that gives every fact its article's address,
outlet, title and date in one join. `datasette.json` is the Datasette metadata generated from the same specs
and the Indonesian data dictionary: titles, table and column descriptions in both languages, licence, source
and the facets a reader starts from. `make serve` runs Datasette on both.

Nothing in the file depends on the clock or the machine, so two runs give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.schemas import TableSpec

DATABASE = "asn_neutrality.db"
DATASETTE_METADATA = "datasette.json"
DATABASE_NAME = Path(DATABASE).stem  # how Datasette names the database: the file's stem
SQL_TYPES = {"string": str, "date": str, "integer": int, "boolean": int, "number": float}
INDEXED_COLUMNS = (("region_code",), ("province_code",), ("election_type", "election_year"), ("article_id",))
FULL_TEXT = {"facts": ("sentence",), "evidence": ("example_sentence",)}
FACETS = {
    "facts": ["province_name", "election_type", "election_year", "fact_type", "status", "region_source"],
    "panel": ["region_level", "election_type", "election_year"],
    "evidence": ["scope", "election_type", "election_year", "fact_type", "used_in"],
    "national_series": ["election_type", "election_year", "stage", "institution"],
    "articles": ["status", "outlet", "election_type", "election_year"],
}
ARTICLE_OF_FIGURE = ("url", "outlet", "title", "published")  # what the view `figures` adds to each fact


def figures_view(article_columns: set[str]) -> str:
    """Every fact with its article's address, outlet, title and date: the one `ok` (or `cited`) row of its
    article_id."""
    added = "".join(f", articles.{c}" for c in ARTICLE_OF_FIGURE if c in article_columns)
    return (
        f"SELECT facts.*{added} FROM facts LEFT JOIN articles "
        "ON articles.article_id = facts.article_id AND articles.status IN ('ok', 'cited')"
    )


RECORDS_CHUNK = 10_000  # rows made into Python records at a time: a whole table of them is GBs at 100k articles


def _records(frame: pd.DataFrame, spec: TableSpec) -> Iterator[dict[str, Any]]:
    """Rows as plain Python values of the SQL types (None for missing), a chunk of the frame at a time."""
    types = {f.name: f.type for f in spec.all_fields}
    for start in range(0, len(frame), RECORDS_CHUNK):
        part = frame.iloc[start : start + RECORDS_CHUNK]
        for record in part.astype(object).where(part.notna(), None).to_dict("records"):
            for name, value in record.items():
                if value is None:
                    continue
                kind = types.get(name, "string")
                record[name] = SQL_TYPES[kind](value) if kind != "string" else str(value)
            yield record


def write_database(published: Iterable[tuple[pd.DataFrame, TableSpec]], path: Path) -> Path:
    """Write the tables into a new SQLite database at `path` (replaced if there); returns the path. The tables
    may come one at a time (a generator): none is kept once written."""
    import sqlite_utils

    path = Path(path)
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    names, article_columns = set(), set()
    try:
        for frame, spec in published:
            names.add(spec.name)
            if spec.name == "articles":
                article_columns = set(frame.columns)
            columns = [f for f in spec.all_fields if f.name in frame.columns]
            table = db.table(spec.name)
            table.create(
                {f.name: SQL_TYPES[f.type] for f in columns},
                pk=list(spec.primary_key) or None,
                not_null=[f.name for f in columns if f.required],
            )
            table.insert_all(_records(frame[[f.name for f in columns]], spec), batch_size=1000)
            for index in INDEXED_COLUMNS:
                if set(index) <= set(frame.columns) and tuple(spec.primary_key[: len(index)]) != index:
                    table.create_index(list(index), index_name=f"idx_{spec.name}_{'_'.join(index)}")
            if spec.name in FULL_TEXT:
                table.enable_fts(list(FULL_TEXT[spec.name]), tokenize="unicode61")
        if {"facts", "articles"} <= names:
            db.create_view("figures", figures_view(article_columns))
        db.execute("VACUUM")
    finally:
        db.close()
    return path


def _both(english: str, indonesian: str | None) -> str:
    return f"{english} / {indonesian}" if indonesian else english


def datasette_metadata(
    specs: list[TableSpec], dictionary: dict[str, Any], *, title: str, description: str, publisher: str,
    dataset_version: str, licence: dict[str, str], homepage: str | None,
) -> dict[str, Any]:  # fmt: skip
    """Datasette's metadata for the database: from the specs (English) and the data dictionary (Indonesian)."""
    tables: dict[str, Any] = {}
    for spec in specs:
        local = dictionary.get(spec.name, {})
        fields = local.get("fields", {})
        entry: dict[str, Any] = {
            "title": _both(spec.title, local.get("title")),
            "description": _both(spec.description, local.get("description")),
            "columns": {f.name: _both(f.description, fields.get(f.name)) for f in spec.all_fields},
        }
        facets = [name for name in FACETS.get(spec.name, []) if spec.get_field(name) is not None]
        if facets:
            entry["facets"] = facets
        if spec.name in FULL_TEXT:
            entry["fts_table"] = f"{spec.name}_fts"
            entry["searchmode"] = "raw"
        tables[spec.name] = entry
    tables["figures"] = {  # the view: facts with their article's columns
        "title": "Figures with their article / Angka dengan artikelnya",
        "description": "Every fact with its article's address, outlet, title and date (facts joined to articles) / "
        "Setiap angka dengan alamat, media, judul dan tanggal artikelnya.",
    }
    if "facts" in tables and "facets" in tables["facts"]:
        tables["figures"]["facets"] = tables["facts"]["facets"]
    metadata = {
        "title": title,
        "description": f"{description} Version {dataset_version}, published by {publisher}.",
        "license": licence["title"],
        "license_url": licence["path"],
        "source": f"{publisher}: Indonesian online news articles (each figure's article in articles.url)",
        "databases": {DATABASE_NAME: {"tables": tables}},
    }
    if homepage:
        metadata["source_url"] = homepage
    return metadata


def write_datasette_metadata(metadata: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    return path


def datasette_command(release: Path, port: int, *, python: str) -> list[str]:
    """The command that serves a release's database with its metadata on localhost, read-only (immutable)."""
    database, metadata = Path(release) / DATABASE, Path(release) / DATASETTE_METADATA
    for path in (database, metadata):
        if not path.is_file():
            raise FileNotFoundError(f"{path}: not found; publish the dataset first (make run)")
    return [python, "-m", "datasette", "serve", "--immutable", str(database), "--metadata", str(metadata),
            "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
