"""What the report reads from a run's build folder; a missing or unreadable input is a problem the
report shows, not a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.schemas import (
    ARTICLES,
    COEFFICIENTS,
    DESCRIPTIVE,
    FACTS,
    NATIONAL,
    NATIONAL_SERIES,
    PANEL,
    POWER,
    TableSpec,
)
from analysis.tables import SchemaCheckError, read_table
from analysis.tables.values import empty_frame

DOWNLOAD_ORDER = (
    "articles",
    "facts",
    "panel",
    "national",
    "national_series",
    "entities",
    "evidence",
    "texts",
    "coefficients",
    "model_summary",
    "descriptive",
    "power",
    "covariate_sources",
    "evaluation",
    "datapackage",
    "codebook",
    "checksums",
)
PROJECT_ROOT = Path(__file__).resolve().parents[3]  # src/analysis/report/inputs.py


@dataclass
class ReportInputs:
    """Everything the report reads from a run; a missing file gives an empty table, an unreadable one
    also a line in `problems`."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    panel: pd.DataFrame
    national: pd.DataFrame
    coefficients: pd.DataFrame
    descriptive: pd.DataFrame
    power: pd.DataFrame
    model_summary: dict[str, Any] | None
    evaluation: dict[str, Any] | None
    downloads: list[tuple[str, int]] = field(default_factory=list)
    citation: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)
    national_series: pd.DataFrame = field(default_factory=lambda: empty_frame(NATIONAL_SERIES))


def _read_spec_table(folder: Path, spec: TableSpec, problems: list[str]) -> pd.DataFrame:
    """`folder/<spec.name>.csv` typed by its spec; empty, with the spec's columns, when the file is missing or
    cannot be read (then a line in `problems`)."""
    path = folder / f"{spec.name}.csv"
    if not path.exists():
        return empty_frame(spec)
    try:
        return read_table(folder, spec.name, spec, source=path.name)  # no local path in the published page
    except SchemaCheckError as exc:
        problems.append(str(exc))
    except (ValueError, KeyError, OSError) as exc:
        problems.append(f"{path.name}: {exc}")
    return empty_frame(spec)


def _read_json(path: Path, problems: list[str]) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        problems.append(f"{path.name}: {exc}")
        return None
    if not isinstance(value, dict):
        problems.append(f"{path.name}: expected a JSON object")
        return None
    return value


def _download_sort_key(name: str) -> tuple[int, str]:
    stem = name.split(".", 1)[0]
    return (DOWNLOAD_ORDER.index(stem) if stem in DOWNLOAD_ORDER else len(DOWNLOAD_ORDER), name)


def list_downloads(build_dir: Path) -> list[tuple[str, int]]:
    """Files of the release (or, before publishing, of the tables folder): (name, size), top level only."""
    for folder in (build_dir / "release", build_dir / "tables"):
        if folder.is_dir():
            files = [(p.name, p.stat().st_size) for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]
            return sorted(files, key=lambda item: _download_sort_key(item[0]))
    return []


def find_citation(build_dir: Path) -> dict[str, Any] | None:
    """CITATION.cff of the release or the project (first found), parsed; None when there is none."""
    candidates = [
        build_dir / "release" / "CITATION.cff",
        build_dir.parent / "CITATION.cff",
        Path.cwd() / "CITATION.cff",
        PROJECT_ROOT / "CITATION.cff",
    ]
    for path in candidates:
        if path.is_file():
            try:
                value = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, OSError):
                continue
            if isinstance(value, dict):
                return value
    return None


def load_inputs(build_dir: Path | str) -> ReportInputs:
    """Read the run's tables from `<build_dir>/tables/`; any of them may be missing or empty."""
    build_dir = Path(build_dir)
    tables = build_dir / "tables"
    problems: list[str] = []
    return ReportInputs(
        articles=_read_spec_table(tables, ARTICLES, problems),
        facts=_read_spec_table(tables, FACTS, problems),
        panel=_read_spec_table(tables, PANEL, problems),
        national=_read_spec_table(tables, NATIONAL, problems),
        national_series=_read_spec_table(tables, NATIONAL_SERIES, problems),
        coefficients=_read_spec_table(tables, COEFFICIENTS, problems),
        descriptive=_read_spec_table(tables, DESCRIPTIVE, problems),
        power=_read_spec_table(tables, POWER, problems),
        model_summary=_read_json(tables / "model_summary.json", problems),
        evaluation=_read_json(tables / "evaluation.json", problems),
        downloads=list_downloads(build_dir),
        citation=find_citation(build_dir),
        problems=problems,
    )
