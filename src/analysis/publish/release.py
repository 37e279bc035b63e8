"""The release folder: every table checked and written as CSV and Parquet, with the JSON files, codebook,
`datapackage.json`, project files and checksums (`publish_tables`)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.params import DEFAULTS
from analysis.publish.database import (
    DATABASE,
    DATASETTE_METADATA,
    datasette_metadata,
    write_database,
    write_datasette_metadata,
)
from analysis.publish.package import (
    DATA_LICENSE,
    DATAPACKAGE,
    DATASET_DESCRIPTION,
    DATASET_TITLE,
    JSON_DESCRIPTIONS,
    KEYWORDS,
    PARQUET_MEDIATYPE,
    PROJECT_FILES,
    REQUIRED_PROJECT_FILES,
    PublishError,
    datapackage_descriptor,
    default_project_root,
    file_resource,
    parse_citation,
    read_published_table,
    release_citation,
    render_codebook,
    table_names,
    table_resource,
    validate_package,
    write_checksums,
)
from analysis.publish.zenodo import ZENODO_FILE, check_zenodo, creators, write_zenodo, zenodo_metadata
from analysis.schemas import CODEBOOK, TableSpec
from analysis.tables import read_table, write_table
from analysis.tables.formats import codebook_rows
from analysis.wording import wording_resource


def _date_text(release_date: str | dt.date | None) -> str | None:
    if release_date is None or release_date == "":
        return None
    if isinstance(release_date, dt.date):
        return release_date.isoformat()
    try:
        return dt.date.fromisoformat(str(release_date)).isoformat()
    except ValueError:
        raise PublishError(f"release_date: {release_date!r} is not an ISO date YYYY-MM-DD") from None


def _check_folders(tables: Path, release: Path, project_root: Path) -> None:
    """PublishError unless the tables folder exists, the release folder is new or empty and the project files
    every release carries are there."""
    if not tables.is_dir():
        raise PublishError(f"{tables}: tables folder not found")
    if release.exists() and any(release.iterdir()):
        raise PublishError(f"{release}: release folder is not empty (a release is written into a fresh folder)")
    missing = [name for name in REQUIRED_PROJECT_FILES if not (project_root / name).is_file()]
    if missing:
        raise PublishError(f"{project_root / missing[0]}: not found (needed in every release)")


def _copy_json_files(tables: Path, release: Path) -> list[dict[str, Any]]:
    """Copy the run's JSON files (evaluation, model summary) into the release; their package resources."""
    json_resources = []
    for path in sorted(p for p in tables.glob("*.json") if not p.name.startswith((".", "_"))):
        target = release / path.name
        shutil.copyfile(path, target)
        json_resources.append(
            file_resource(
                path.stem.replace("_", "-"),
                target,
                "json",
                "application/json",
                path.stem.replace("_", " ").capitalize(),
                JSON_DESCRIPTIONS.get(path.stem, f"{path.name} as written by the run."),
            )
        )
    return json_resources


def _copy_project_files(
    project_root: Path, release: Path, *, dataset_version: str, date_text: str | None, publisher: str
) -> str:
    """Copy the licences, changelog and citation into the release, the citation with this release's version
    and date; returns the project's citation text."""
    for name in PROJECT_FILES:
        if name != "CITATION.cff" and (project_root / name).is_file():
            shutil.copyfile(project_root / name, release / name)
    citation_text = (project_root / "CITATION.cff").read_text(encoding="utf-8")
    (release / "CITATION.cff").write_text(
        release_citation(citation_text, dataset_version=dataset_version, release_date=date_text, publisher=publisher),
        encoding="utf-8",
        newline="\n",
    )
    return citation_text


def texts_allowed(tables: Path) -> set[str]:
    """The articles whose licence allows republishing the full text (`articles.publish_texts`). The facts'
    sentences stay whatever it says (quotations with their source); `articles.content_sha256` lets whoever
    holds a text check that it is the same."""
    if "articles" not in table_names(tables):
        return set()
    articles, _spec = read_published_table(tables, "articles")
    if "publish_texts" not in articles.columns:
        return set()
    return set(articles.loc[articles["publish_texts"].eq(True).fillna(False), "article_id"].dropna())


def licence_safe(frame: pd.DataFrame, spec: TableSpec, allowed: set[str]) -> pd.DataFrame | None:
    """The rows of a table a release may carry: of `texts`, those of the `allowed` articles (None when none
    is); every other table whole."""
    if spec.name != "texts":
        return frame
    kept = frame[frame["article_id"].isin(allowed)].reset_index(drop=True)
    return None if kept.empty else kept


def _write_database(
    published: Iterable[tuple[pd.DataFrame, TableSpec]], release: Path, *, dataset_version: str, publisher: str,
    homepage: str | None,
) -> list[dict[str, Any]]:  # fmt: skip
    """The SQLite database of the published tables and its Datasette metadata; their package resources."""
    specs: list[TableSpec] = []

    def noting_specs() -> Iterator[tuple[pd.DataFrame, TableSpec]]:
        for frame, spec in published:
            specs.append(spec)
            yield frame, spec

    database = write_database(noting_specs(), release / DATABASE)
    metadata = datasette_metadata(
        specs, wording_resource()["dictionary"], title=DATASET_TITLE,
        description=DATASET_DESCRIPTION, publisher=publisher, dataset_version=dataset_version, licence=DATA_LICENSE,
        homepage=str(homepage) if homepage else None,
    )  # fmt: skip
    return [
        file_resource("database", database, "sqlite", "application/vnd.sqlite3", "SQLite database",
                      "Every published table in one SQLite database: typed, primary keys, indexes on region and "
                      "cycle, full-text search over the evidence sentences, the view figures (facts with their "
                      "article's url). Browse it with Datasette: make serve."),
        file_resource("datasette-metadata", write_datasette_metadata(metadata, release / DATASETTE_METADATA),
                      "json", "application/json", "Datasette metadata",
                      "Titles, descriptions (English and Indonesian), licence, source and facets of the database."),
    ]  # fmt: skip


def _write_zenodo(
    release: Path, citation: dict[str, Any], dataset_version: str, date_text: str | None, publisher: str
) -> dict[str, Any]:
    """.zenodo.json from the values of CITATION.cff and datapackage.json; its package resource."""
    homepage = citation.get("repository-code") or citation.get("url")
    metadata = zenodo_metadata(
        title=DATASET_TITLE,
        description=DATASET_DESCRIPTION,
        dataset_version=dataset_version,
        release_date=date_text,
        licence_id=DATA_LICENSE["name"],
        names=creators(publisher, citation),
        keywords=list(KEYWORDS),
        homepage=str(homepage) if homepage else None,
    )
    problems = check_zenodo(metadata)
    if problems:
        raise PublishError(f"{release / ZENODO_FILE}: not valid Zenodo metadata: {problems[0]}")
    description = (
        "Title, creators, version, date, licence and keywords of the release for an archive (DataCite via "
        "Zenodo), as in CITATION.cff and datapackage.json."
    )
    path = write_zenodo(metadata, release)
    return file_resource("zenodo", path, "json", "application/json", "Zenodo deposit metadata", description)


# Frictionless reads the written package back row by row in Python: two thirds of publishing's time at any
# size (200 s at 100,000 articles) to repeat, on every row, the checks the tables passed (pandera, types,
# constraints, primary keys) just before they were written. It checks what writing could break — the
# descriptor, each file's dialect and header, types as read back — on the first rows of every file.
PACKAGE_CHECK_ROWS = 20_000


def _check_written_package(release: Path) -> None:
    problems = validate_package(release, limit_rows=PACKAGE_CHECK_ROWS)
    if problems:
        raise PublishError(
            f"{release / DATAPACKAGE}: frictionless validation failed: {problems[0]}"
            + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
        )


def _write_other_files(
    tables: Path, release: Path, project_root: Path, published: Iterable[tuple[pd.DataFrame, TableSpec]], *,
    dataset_version: str, date_text: str | None, publisher: str,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:  # fmt: skip
    """The release's files besides the tables: the run's JSON files, project files and citation, .zenodo.json,
    the SQLite database and its Datasette metadata; their package resources, and the project's citation."""
    json_resources = _copy_json_files(tables, release)
    citation_text = _copy_project_files(
        project_root, release, dataset_version=dataset_version, date_text=date_text, publisher=publisher
    )
    citation = parse_citation(citation_text, project_root / "CITATION.cff")
    json_resources.append(_write_zenodo(release, citation, dataset_version, date_text, publisher))
    json_resources += _write_database(
        published, release, dataset_version=dataset_version, publisher=publisher,
        homepage=citation.get("repository-code") or citation.get("url"),
    )  # fmt: skip
    return json_resources, citation


def _publish_each_table(
    tables: Path, allowed: set[str], publish_table: Callable[[pd.DataFrame, TableSpec, str], None]
) -> tuple[list[TableSpec], dict[str, int]]:
    """Read, check and publish the run's tables one at a time (the peak is the largest table, not all of
    them); their specs and row counts."""
    specs, rows = [], {}
    for name in table_names(tables):
        frame, spec = read_published_table(tables, name)
        frame = licence_safe(frame, spec, allowed)
        if frame is None:
            continue
        publish_table(frame, spec, f"The rows of {spec.name}.csv with their types, in Apache Parquet.")
        specs.append(spec)
        rows[spec.name] = len(frame)
        del frame
    return specs, rows


def publish_tables(
    tables: Path,
    release: Path,
    *,
    dataset_version: str,
    publisher: str = DEFAULTS.publisher,
    release_date: str | dt.date | None = None,
    project_root: Path | None = None,
    check_package: bool = True,
    checksums: bool = True,
) -> dict[str, Any]:
    """Write the release folder from the run's tables folder; returns what was published.

    `release` must be new or empty. Every table is checked against its schema first (a SchemaCheckError
    names table, column and rows); with `check_package` the written package must pass Frictionless
    validation, else PublishError. `checksums=False` leaves SHA256SUMS to a caller that adds files later.
    Article texts are published only where their licence allows it (`licence_safe`). The tables are read,
    written and put in the database one at a time.
    Nothing outside `release` is touched.
    """
    tables, release = Path(tables), Path(release)
    project_root = Path(project_root) if project_root is not None else default_project_root()
    date_text = _date_text(release_date)
    _check_folders(tables, release, project_root)
    release.mkdir(parents=True, exist_ok=True)

    allowed = texts_allowed(tables)
    present = {name for name in table_names(tables) if name != "texts" or allowed}
    resources, parquet_resources = [], []

    def publish_table(frame: pd.DataFrame, spec: TableSpec, parquet_description: str) -> None:
        csv = write_table(frame, release, spec.name, spec)  # and its Parquet, typed by the spec
        resources.append(table_resource(spec, csv, present))
        parquet_resources.append(
            file_resource(
                f"{spec.name}-parquet",
                release / f"{spec.name}.parquet",
                "parquet",
                PARQUET_MEDIATYPE,
                f"{spec.title} (Parquet)",
                parquet_description,
            )
        )

    specs, rows = _publish_each_table(tables, allowed, publish_table)
    names = [spec.name for spec in specs]
    codebook = codebook_rows(specs)
    publish_table(codebook, CODEBOOK, "The rows of codebook.csv in Apache Parquet.")
    (release / "codebook.md").write_text(
        render_codebook(specs, dataset_version=dataset_version, publisher=publisher), encoding="utf-8", newline="\n"
    )

    # the database reads the published tables back, one at a time, as written
    written = ((read_table(release, spec.name, spec), spec) for spec in [*specs, CODEBOOK])
    json_resources, citation = _write_other_files(
        tables, release, project_root, written, dataset_version=dataset_version, date_text=date_text,
        publisher=publisher,
    )  # fmt: skip

    package = datapackage_descriptor(
        resources + parquet_resources + json_resources,
        dataset_version=dataset_version,
        publisher=publisher,
        release_date=date_text,
        citation=citation,
    )
    (release / DATAPACKAGE).write_text(
        json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n"
    )
    if check_package:
        _check_written_package(release)
    if checksums:
        write_checksums(release)
    return {
        "tables": names,
        "rows": rows,
        "files": sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()),
        "datapackage": release / DATAPACKAGE,
    }
