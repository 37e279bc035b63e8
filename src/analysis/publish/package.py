"""The parts of the data package: the dataset's identity and licences, each table's and file's resource,
the codebook, CITATION.cff for a release, `datapackage.json`, the checksums and the Frictionless validation."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.publish.zenodo import creators
from analysis.schemas import (
    ARTICLES,
    COEFFICIENTS,
    COVARIATE_SOURCES,
    DESCRIPTIVE,
    ENTITIES,
    EVIDENCE,
    FACTS,
    NATIONAL,
    NATIONAL_SERIES,
    PANEL,
    POWER,
    REVIEW_LOG,
    TEXTS,
    TableSpec,
)
from analysis.tables import read_table
from analysis.tables.formats import codebook_rows, frictionless_schema, infer_spec

DATASET_NAME = "asn-neutrality-watch"
DATASET_TITLE = "ASN Neutrality Watch: neutrality of civil servants (ASN) in Indonesian elections, from the news"
DATASET_DESCRIPTION = (
    "Numbers on the neutrality of Indonesian civil servants (ASN) in elections (Pilkada, Pemilu, Pileg), read "
    "from news articles by a rule-based Indonesian-language pipeline: violations reported, proven and "
    "sanctioned, ASN headcounts and candidates related to ASN, per region (Kemendagri codes) and election "
    "cycle, with national totals kept apart and every number traceable to the sentence that states it. "
    "See codebook.md for every column and the aggregation rules."
)
KEYWORDS = ("ASN", "civil service", "neutrality", "elections", "Indonesia", "Pilkada", "Pemilu", "Bawaslu", "open data")
DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
TEXTS_LICENSE = {
    "path": "LICENSE-DATA.md",
    "title": "Only texts whose licence allows republishing them, under that licence (articles.licence)",
}

# Published tables, in the order of the data package; specs decide types, descriptions and constraints.
TABLE_SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        ARTICLES,
        FACTS,
        ENTITIES,
        TEXTS,
        REVIEW_LOG,
        PANEL,
        NATIONAL,
        NATIONAL_SERIES,
        EVIDENCE,
        COEFFICIENTS,
        DESCRIPTIVE,
        POWER,
        COVARIATE_SOURCES,
    )
}
JSON_DESCRIPTIONS = {
    "model_summary": "Count model: family, formula, number of region-cycles, whether it could be estimated and "
    "why not, fit statistics.",
    "evaluation": "Extraction quality against the hand annotations: precision, recall and F1 per fact type, "
    "article-level accuracy.",
}
PROJECT_FILES = ("CHANGELOG.md", "CITATION.cff", "LICENSE-DATA.md", "LICENSE")
REQUIRED_PROJECT_FILES = ("CITATION.cff", "LICENSE-DATA.md")
CHECKSUMS = "checksums.sha256"
DATAPACKAGE = "datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"


class PublishError(RuntimeError):
    """A release that cannot be published; the one-line message names the file and the reason."""


def default_project_root() -> Path:
    """The repository root (where CHANGELOG.md, CITATION.cff and the licences live)."""
    return Path(__file__).resolve().parents[3]


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


def read_published_table(tables: Path, name: str) -> tuple[pd.DataFrame, TableSpec]:
    """A table of the run, schema-checked and typed by its spec (inferred, losslessly, for other tables)."""
    base = TABLE_SPECS.get(name)
    frame = read_table(tables, name, base)
    return frame, infer_spec(frame, name, base=base)


def table_names(tables: Path) -> list[str]:
    """Known tables present (CSV, or Parquet only), in package order, then any other CSV of the run by name."""
    present = {p.stem for p in tables.glob("*.csv") if not p.name.startswith((".", "_"))}
    present |= {p.stem for p in tables.glob("*.parquet") if p.stem in TABLE_SPECS}
    known = [name for name in TABLE_SPECS if name in present]
    return known + sorted(present - set(TABLE_SPECS))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_facts(path: Path) -> dict[str, Any]:
    return {"bytes": path.stat().st_size, "hash": f"sha256:{sha256_of(path)}"}


def table_resource(spec: TableSpec, csv: Path, present: set[str]) -> dict[str, Any]:
    schema = frictionless_schema(spec)
    keys = [fk for fk in schema.pop("foreignKeys", []) if fk["reference"]["resource"] in present]
    if keys:
        schema["foreignKeys"] = keys
    resource: dict[str, Any] = {
        "name": spec.name,
        "type": "table",
        "path": csv.name,
        "scheme": "file",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        # said, not sniffed: a sample full of "|" (the evidence table's keys) made Frictionless guess "|"
        "dialect": {"delimiter": ",", "header": True},
        "title": spec.title,
        "description": spec.description,
        **_file_facts(csv),
        "schema": schema,
    }
    if spec.name == "texts":
        resource["licenses"] = [TEXTS_LICENSE]
    return resource


def file_resource(name: str, path: Path, fmt: str, mediatype: str, title: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "type": "file",
        "path": path.name,
        "scheme": "file",
        "format": fmt,
        "mediatype": mediatype,
        "title": title,
        "description": description,
        **_file_facts(path),
    }


# --------------------------------------------------------------------------------------------
# Codebook, datapackage.json, checksums
# --------------------------------------------------------------------------------------------


def _aggregation_rules() -> str:
    from analysis import aggregate

    lines = (aggregate.__doc__ or "").strip().splitlines()
    return "\n".join(lines[2:]).strip()


def render_codebook(specs: list[TableSpec], *, dataset_version: str, publisher: str) -> str:
    """codebook.md: every published table and column (type, unit, constraints, meaning) and the rules."""
    out = [
        f"# Codebook: {DATASET_TITLE}",
        "",
        f"Dataset version {dataset_version}, published by {publisher}. Licence: CC BY 4.0 (see LICENSE-DATA.md); "
        "the articles remain the property of their outlets: each figure quotes its sentence and links its article "
        "(`articles.url`); full texts are published only where their licence allows it, and "
        "`articles.content_sha256` lets whoever holds a text check that it is the same.",
        "",
        "Every table is given as CSV (UTF-8, comma-separated, first line the column names, an empty cell is a "
        "missing value, integers without decimals, booleans `True`/`False`) and as Parquet with the same rows. "
        "`datapackage.json` holds the same descriptions in machine-readable form (Frictionless Data Package); "
        "`checksums.sha256` the SHA-256 of every file (`sha256sum -c checksums.sha256`).",
        "",
        "## How the panel and national tables are built",
        "",
        _aggregation_rules(),
        "",
    ]
    for spec in specs:
        out += [f"## `{spec.name}`: {spec.title}", "", spec.description, ""]
        if spec.primary_key:
            out += [f"One row per: `{', '.join(spec.primary_key)}`.", ""]
        out += ["| column | type | unit | required | constraints | meaning |", "| --- | --- | --- | --- | --- | --- |"]
        for row in codebook_rows([spec]).to_dict("records"):
            cells = [
                f"`{row['column']}`",
                row["type"],
                row["unit"] or "",
                "yes" if row["required"] else "",
                row["constraints"] or "",
                row["description"],
            ]
            out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


def parse_citation(text: str, path: Path) -> dict[str, Any]:
    import yaml

    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        raise PublishError(f"{path}: not valid YAML") from None
    return value if isinstance(value, dict) else {}


def release_citation(text: str, *, dataset_version: str, release_date: str | None, publisher: str | None = None) -> str:
    """The project's CITATION.cff as a release carries it: `version` set to the dataset version, the publisher
    first among the authors (as in datapackage.json and .zenodo.json), and `date-released` only when a release
    date is given (else no date at all). Edited line by line so that the file keeps its comments and layout."""
    version = f"version: {json.dumps(dataset_version)}"  # a JSON string is a valid double-quoted YAML scalar
    kept = [line for line in text.splitlines() if not line.startswith("date-released:")]
    out = [version if line.startswith("version:") else line for line in kept]
    if version not in out:
        out.append(version)
    author = f"  - name: {json.dumps(publisher)}" if publisher else None
    if author and author not in out and "authors:" in out:
        out.insert(out.index("authors:") + 1, author)
    if release_date:
        out.append(f"date-released: {release_date}")
    return "\n".join(out) + "\n"


def datapackage_descriptor(
    resources: list[dict[str, Any]],
    *,
    dataset_version: str,
    publisher: str,
    release_date: str | None,
    citation: dict[str, Any],
) -> dict[str, Any]:
    """The package descriptor: identity, version, licence, sources, contributors, then the resources."""
    package: dict[str, Any] = {
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "description": DATASET_DESCRIPTION,
        "version": dataset_version,
    }
    homepage = citation.get("repository-code") or citation.get("url")
    if homepage:
        package["homepage"] = str(homepage)
    if release_date:
        package["created"] = f"{release_date}T00:00:00Z"
    package.update(
        {
            "licenses": [DATA_LICENSE],
            "sources": [
                {
                    "title": "Indonesian online news articles: outlet, date and input file of each one in "
                    "articles.csv; texts remain the outlets' property"
                }
            ],
            "contributors": [
                {"title": publisher, "role": "publisher"},
                *({"title": name, "role": "author"} for name in creators(publisher, citation)[1:]),
            ],
            "keywords": list(KEYWORDS),
            "resources": resources,
        }
    )
    return package


def write_checksums(folder: Path) -> Path:
    """checksums.sha256 (`sha256sum -c` format) over every file under `folder`, sorted by path; written last."""
    folder = Path(folder)
    lines = []
    for path in sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix()):
        relative = path.relative_to(folder).as_posix()
        if relative != CHECKSUMS:
            lines.append(f"{sha256_of(path)}  {relative}\n")
    target = folder / CHECKSUMS
    target.write_text("".join(lines), encoding="utf-8", newline="\n")
    return target


def verify_checksums(folder: Path) -> list[str]:
    """Problems with a release folder's checksums: missing, changed or unlisted files (empty when intact)."""
    folder = Path(folder)
    listing = folder / CHECKSUMS
    if not listing.is_file():
        return [f"{listing}: missing"]
    problems, listed = [], set()
    for number, line in enumerate(listing.read_text(encoding="utf-8").splitlines(), start=1):
        digest, _, relative = line.partition("  ")
        listed.add(relative)
        path = folder / relative
        if not path.is_file():
            problems.append(f"{relative}: listed in {CHECKSUMS} (line {number}) but missing")
        elif sha256_of(path) != digest:
            problems.append(f"{relative}: SHA-256 differs from {CHECKSUMS} (line {number})")
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative != CHECKSUMS and relative not in listed:
            problems.append(f"{relative}: not listed in {CHECKSUMS}")
    return sorted(problems)


def validate_package(folder: Path, limit_rows: int | None = None) -> list[str]:
    """Frictionless validation of `folder/datapackage.json`: one line per error (empty when valid). With
    `limit_rows`, the descriptor, every file's dialect and header, and the first rows of each file."""
    import frictionless

    report = frictionless.validate(str(Path(folder) / DATAPACKAGE), limit_rows=limit_rows)
    if report.valid:
        return []
    problems = [f"{DATAPACKAGE}: {error.message}" for error in report.errors]
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None)
            where = ", ".join(
                part for part in (f"line {row}" if row else "", f"column {field!r}" if field else "") if part
            )
            problems.append(f"{task.name}: {error.type}" + (f" at {where}" if where else "") + f": {error.note}")
    return problems
