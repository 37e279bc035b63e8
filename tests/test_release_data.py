"""The release as data publishers make it: licence-safe by default, a SQLite database of its tables with
Datasette metadata, and archive metadata (.zenodo.json) consistent with CITATION.cff and datapackage.json."""

from __future__ import annotations

import json
from pathlib import Path

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
    kept = licence_safe([(articles, ARTICLES), (texts, TEXTS)])
    assert list(kept[1][0]["article_id"]) == ["a"]
    none_allowed = articles.assign(publish_texts=False)
    assert [spec.name for _, spec in licence_safe([(none_allowed, ARTICLES), (texts, TEXTS)])] == ["articles"]
