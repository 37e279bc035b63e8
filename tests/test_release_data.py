"""The release as data publishers make it: licence-safe by default, a SQLite database of its tables with
Datasette metadata, and archive metadata (.zenodo.json) consistent with CITATION.cff and datapackage.json."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import publish
from analysis.publish.release import licence_safe
from analysis.schemas import ARTICLES, TEXTS
from analysis.tables import write_table
from test_publish import PROJECT_ROOT, make_tables


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    return make_tables(tmp_path_factory.mktemp("tables"))


@pytest.fixture(scope="module")
def release(tables, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("out") / "release"
    publish.publish_tables(
        tables, folder, dataset_version="1.2.3", publisher="Watch Group X", project_root=PROJECT_ROOT
    )
    return folder


def test_only_texts_whose_licence_allows_it_are_published(tables, release):
    articles = pd.read_csv(tables / "articles.csv", dtype=str, keep_default_na=False)
    allowed = set(articles.loc[articles["publish_texts"] == "True", "article_id"])
    built = pd.read_csv(tables / "texts.csv", dtype=str)
    published = pd.read_csv(release / "texts.csv", dtype=str)
    assert len(built) > len(published) > 0
    assert set(published["article_id"]) == allowed
    assert len(pd.read_parquet(release / "texts.parquet")) == len(published)
    withheld = set(built.loc[~built["article_id"].isin(allowed), "text"])
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in release.rglob("*.csv"))
    assert not any(text in everything for text in withheld)


def test_by_default_no_full_text_is_published_and_the_package_stays_valid(tmp_path):
    tables = make_tables(tmp_path / "tables")
    articles = pd.read_csv(tables / "articles.csv", dtype=str, keep_default_na=False, na_values=[""])
    write_table(articles.drop(columns=["publish_texts"]), tables, "articles", ARTICLES)  # a manifest says nothing
    release = tmp_path / "release"
    published = publish.publish_tables(tables, release, dataset_version="1.0.0", project_root=PROJECT_ROOT)
    assert "texts" not in published["tables"]
    assert not (release / "texts.csv").exists() and not (release / "texts.parquet").exists()
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert "texts" not in {r["name"] for r in package["resources"]}
    assert publish.validate_package(release) == []


def test_licence_safe_keeps_the_allowed_rows_and_drops_an_empty_texts_table():
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "publish_texts": [True, False, None]})
    texts = pd.DataFrame({"article_id": ["a", "b", "c"], "text": ["x", "y", "z"]})
    assert list(licence_safe(texts, TEXTS, {"a"})["article_id"]) == ["a"]
    assert licence_safe(texts, TEXTS, set()) is None
    assert licence_safe(articles, ARTICLES, set()) is articles  # other tables whole


def _sqlite_frame(db, table: str, columns: list[str]) -> pd.DataFrame:
    quoted = ", ".join(f'"{c}"' for c in columns)
    return pd.DataFrame(db.execute(f'SELECT {quoted} FROM "{table}"').fetchall(), columns=columns)


def _cell(value) -> str:
    """A cell as text: '' for missing, booleans as 0/1 (as SQLite stores them), whole numbers without '.0'."""
    if value is None or value is pd.NA or value != value:
        return ""
    if isinstance(value, (bool, np.bool_)):
        return str(int(value))
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value.isoformat() if hasattr(value, "isoformat") else value)


def _comparable(frame: pd.DataFrame) -> pd.DataFrame:
    text = frame.astype(object).map(_cell)
    return text.sort_values(list(text.columns)).reset_index(drop=True)


def test_the_database_agrees_row_for_row_with_the_csv_and_parquet_tables(release):
    import sqlite3

    from analysis.tables import read_table

    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"] if r["type"] == "table"]
    db = sqlite3.connect(release / "asn_neutrality.db")
    for name in names:
        csv = read_table(release, name, check=False)
        parquet = pd.read_parquet(release / f"{name}.parquet")
        stored = _sqlite_frame(db, name, list(csv.columns))
        assert len(stored) == len(csv) == len(parquet), name
        expected = _comparable(csv)
        assert _comparable(stored).equals(expected), name
        assert _comparable(parquet[list(csv.columns)]).equals(expected), name


def test_the_database_is_typed_keyed_indexed_and_searchable(release):
    import sqlite_utils

    db = sqlite_utils.Database(release / "asn_neutrality.db")
    assert db["facts"].pks == ["article_id", "fact_type", "start_char", "end_char"]
    assert db["panel"].pks == ["region_code", "election_type", "election_year"]
    assert db["articles"].pks == ["source_file"]
    types = db["panel"].columns_dict
    assert types["violations_reported"] is int and types["region_code"] is str and types["conflict"] is int
    indexed = {tuple(index.columns) for index in db["facts"].indexes}
    assert {("province_code",), ("election_type", "election_year")} <= indexed or {("region_code",)} <= indexed
    assert {("election_type", "election_year")} <= {tuple(i.columns) for i in db["evidence"].indexes}
    sentence = db.execute("SELECT sentence FROM facts LIMIT 1").fetchone()[0]
    word = max(sentence.replace(",", " ").replace(".", " ").split(), key=len)
    found = list(db["facts"].search(word))
    assert found and all(word.casefold() in row["sentence"].casefold() for row in found)
    assert db["evidence"].detect_fts() == "evidence_fts"
    view = db.execute("SELECT count(*) FROM figures").fetchone()[0]
    assert view == db["facts"].count  # every figure once, with its article's url in one join


def test_datasette_metadata_comes_from_the_codebook_in_both_languages(release):
    metadata = json.loads((release / "datasette.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "Creative Commons Attribution 4.0 International"
    assert metadata["license_url"].startswith("https://creativecommons.org/licenses/by/4.0")
    assert "Watch Group X" in metadata["source"]
    tables = metadata["databases"]["asn_neutrality"]["tables"]
    codebook = pd.read_csv(release / "codebook.csv", dtype=str, keep_default_na=False)
    for row in codebook.itertuples():
        assert tables[row.table]["columns"][row.column].startswith(row.description), (row.table, row.column)
    assert tables["facts"]["columns"]["sentence"].endswith(
        "Kalimat yang menyebut angka, kata demi kata dari teks bersih."
    )
    assert tables["facts"]["fts_table"] == "facts_fts"
    assert {"election_type", "election_year"} <= set(tables["facts"]["facets"]) <= set(tables["facts"]["columns"])
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    files = {r["name"]: r for r in package["resources"] if r["type"] == "file"}
    assert files["database"]["path"] == "asn_neutrality.db" and files["datasette-metadata"]["path"] == "datasette.json"


def test_zenodo_metadata_agrees_with_the_citation_and_the_data_package(tables, tmp_path):
    import yaml

    from analysis.publish.zenodo import check_zenodo

    release = tmp_path / "release"
    publish.publish_tables(
        tables, release, dataset_version="2.0.0", publisher="Watch Group X", release_date="2025-01-31",
        project_root=PROJECT_ROOT,
    )  # fmt: skip
    zenodo = json.loads((release / ".zenodo.json").read_text(encoding="utf-8"))
    citation = yaml.safe_load((release / "CITATION.cff").read_text(encoding="utf-8"))
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert check_zenodo(zenodo) == []
    assert zenodo["title"] == citation["title"] == package["title"]
    assert zenodo["version"] == citation["version"] == package["version"] == "2.0.0"
    assert zenodo["publication_date"] == str(citation["date-released"]) == package["created"][:10] == "2025-01-31"
    assert zenodo["license"] == "cc-by-4.0" and citation["license"] == package["licenses"][0]["name"] == "CC-BY-4.0"
    names = [c["name"] for c in zenodo["creators"]]
    assert names[0] == "Watch Group X"
    assert names == [a["name"] for a in citation["authors"]] == [c["title"] for c in package["contributors"]]


def test_zenodo_metadata_has_no_date_without_a_release_date_and_bad_metadata_is_named(release):
    from analysis.publish.zenodo import check_zenodo

    zenodo = json.loads((release / ".zenodo.json").read_text(encoding="utf-8"))
    assert "publication_date" not in zenodo
    broken = {**zenodo, "license": "all-rights-reserved", "creators": [{}]}
    problems = check_zenodo(broken)
    assert any(p.startswith("license:") for p in problems) and any(p.startswith("creators/0:") for p in problems)
