"""Archive metadata: `.zenodo.json`, the DataCite-based deposit metadata Zenodo reads from a release.

Built from the same values as CITATION.cff and datapackage.json (title, version, release date, licence, and
creators: the publisher, then the citation's authors), so that the three agree; checked against the part of
Zenodo's deposit schema it uses (`ZENODO_SCHEMA`) before it is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ZENODO_FILE = ".zenodo.json"
ZENODO_LICENCES = {"CC-BY-4.0": "cc-by-4.0"}  # SPDX id (CITATION.cff, datapackage.json) -> Zenodo licence id
ZENODO_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["upload_type", "title", "creators", "description", "version", "license", "access_right"],
    "additionalProperties": False,
    "properties": {
        "upload_type": {"enum": ["dataset"]},
        "title": {"type": "string", "minLength": 1},
        "creators": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "properties": {"name": {"type": "string", "minLength": 1}, "affiliation": {"type": "string"}},
            },
        },
        "description": {"type": "string", "minLength": 1},
        "version": {"type": "string", "minLength": 1},
        "publication_date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "license": {"enum": sorted(ZENODO_LICENCES.values())},
        "access_right": {"enum": ["open"]},
        "keywords": {"type": "array", "items": {"type": "string"}},
        "language": {"type": "string", "pattern": "^[a-z]{3}$"},
        "related_identifiers": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["identifier", "relation"],
                "properties": {"identifier": {"type": "string"}, "relation": {"type": "string"}},
            },
        },
        "notes": {"type": "string"},
    },
}


def creators(publisher: str, citation: dict[str, Any]) -> list[str]:
    """The names that made the release: its publisher, then the citation's authors (each once, in order)."""
    names = [publisher, *(str(a.get("name") or "").strip() for a in citation.get("authors") or [])]
    return [name for n, name in enumerate(names) if name and name not in names[:n]]


def zenodo_metadata(
    *,
    title: str,
    description: str,
    dataset_version: str,
    release_date: str | None,
    licence_id: str,
    names: list[str],
    keywords: list[str],
    homepage: str | None,
) -> dict[str, Any]:
    """The deposit metadata of a release (no date unless a release date is given, as everywhere else)."""
    metadata: dict[str, Any] = {
        "upload_type": "dataset",
        "title": title,
        "creators": [{"name": name} for name in names],
        "description": description,
        "version": dataset_version,
        "license": ZENODO_LICENCES[licence_id],
        "access_right": "open",
        "keywords": keywords,
        "language": "ind",
        "notes": "Article texts are not licensed with the dataset: see LICENSE-DATA.md.",
    }
    if release_date:
        metadata["publication_date"] = release_date
    if homepage:
        metadata["related_identifiers"] = [{"identifier": homepage, "relation": "isSupplementTo"}]
    return metadata


def check_zenodo(metadata: dict[str, Any]) -> list[str]:
    """Problems of the metadata against ZENODO_SCHEMA, one line each (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft7Validator(ZENODO_SCHEMA)
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in validator.iter_errors(metadata)
    ]


def write_zenodo(metadata: dict[str, Any], folder: Path) -> Path:
    path = Path(folder) / ZENODO_FILE
    path.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    return path
