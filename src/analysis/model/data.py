"""Reading the panel and merging reference covariates into it (the model stage's inputs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.schemas import COVARIATE_SOURCES, ELECTION_TYPES, REGION_CODE_PATTERN
from analysis.tables.read import READ_ERRORS, read_csv_text, why_unreadable

PANEL_KEYS = ("region_code", "election_type", "election_year")
COUNT_COLUMNS = (
    "violations_reported",
    "violations_proven",
    "violations_sanctioned",
    "asn_headcount",
    "related_candidates",
    "n_articles",
    "n_sources",
)
REFERENCE_META_COLUMNS = ("region_name", "source", "note", "notes")


class ModelInputError(ValueError):
    """Input the model stage cannot use (bad panel file, bad formula, bad reference CSV); one line."""


def read_panel(path: Path) -> pd.DataFrame:
    """Read a panel CSV: key columns as text, count columns as numbers (empty -> NaN)."""
    try:
        panel = read_csv_text(path)
    except READ_ERRORS as exc:
        raise ModelInputError(f"{path}: cannot read the panel ({why_unreadable(exc)})".splitlines()[0]) from None
    missing = [c for c in PANEL_KEYS if c not in panel.columns]
    if missing:
        raise ModelInputError(f"{path}: panel lacks column(s) {', '.join(missing)}")
    for column in panel.columns:
        if column in PANEL_KEYS[:2] or column == "region_name" or column.endswith("_source"):
            continue
        converted = pd.to_numeric(panel[column], errors="coerce")
        bad = panel[column].notna() & converted.isna()
        if column in COUNT_COLUMNS + ("election_year",) and bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0]) + 2
            raise ModelInputError(f"{path}: line {row}: {column} is not a number ({panel[column][bad].iloc[0]!r})")
        if not bad.any():
            panel[column] = converted.astype("float64")
    panel["election_year"] = panel["election_year"].astype("Int64")
    return panel


def _read_reference_file(path: Path) -> pd.DataFrame:
    try:
        table = read_csv_text(path)
    except READ_ERRORS as exc:
        raise ModelInputError(f"{path}: cannot read ({why_unreadable(exc)})".splitlines()[0]) from None
    table.columns = [str(c).strip() for c in table.columns]
    if "region_code" not in table.columns:
        raise ModelInputError(f"{path}: no region_code column (Kemendagri code, e.g. 36.74)")
    table["region_code"] = table["region_code"].str.strip()
    bad = table["region_code"].isna() | ~table["region_code"].fillna("").str.match(REGION_CODE_PATTERN)
    if bad.any():
        line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
        raise ModelInputError(
            f"{path}: line {line}: region_code {table['region_code'][bad].iloc[0]!r} "
            "is not a Kemendagri code like 36 or 36.74"
        )
    if "election_type" in table.columns:
        table["election_type"] = table["election_type"].str.strip().str.lower()
        bad = ~table["election_type"].isin(ELECTION_TYPES)
        if bad.any():
            line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
            raise ModelInputError(
                f"{path}: line {line}: election_type {table['election_type'][bad].iloc[0]!r} "
                f"is not one of {', '.join(ELECTION_TYPES)}"
            )
    if "election_year" in table.columns:
        years = pd.to_numeric(table["election_year"], errors="coerce")
        bad = years.isna() | (years % 1 != 0)
        if bad.any():
            line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
            raise ModelInputError(
                f"{path}: line {line}: election_year {table['election_year'][bad].iloc[0]!r} is not a year"
            )
        table["election_year"] = years.astype("Int64")
    keys = [k for k in PANEL_KEYS if k in table.columns]
    duplicated = table.duplicated(keys, keep=False)
    if duplicated.any():
        first = table[duplicated].iloc[0]
        raise ModelInputError(f"{path}: more than one row for " + ", ".join(f"{k}={first[k]}" for k in keys))
    for column in table.columns:
        if column in keys or column in REFERENCE_META_COLUMNS:
            continue
        converted = pd.to_numeric(table[column].str.strip(), errors="coerce")
        bad = table[column].notna() & converted.isna()
        if column in COUNT_COLUMNS:
            if bad.any():
                line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
                raise ModelInputError(f"{path}: line {line}: {column} {table[column][bad].iloc[0]!r} is not a number")
            if (converted < 0).any():
                raise ModelInputError(f"{path}: {column} has a negative value")
        if not bad.any():
            table[column] = converted.astype("float64")
    return table


PROVENANCE_COLUMNS = COVARIATE_SOURCES.columns  # one row per file and column merged


def merge_reference_covariates(panel: pd.DataFrame, reference_dir: Path | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge user-supplied covariate CSVs into the panel; reference values win over news-derived ones.

    Each `*.csv` under `reference_dir` (sorted by name) needs `region_code`; `election_type` and
    `election_year`, when present, narrow the match to one cycle, otherwise a row applies to every cycle
    of the region. `region_name`, `source` and `note(s)` are informational. Every other column is a
    covariate: where the file gives a value it replaces the panel's value (or adds the column), and
    `<col>_source` says 'reference:<file>' or 'news' (empty where neither gives a value). Two files giving
    the same cell is an error. Returns the merged panel and one provenance row per file and column.
    """
    merged = panel.copy().reset_index(drop=True)
    records: list[dict[str, Any]] = []
    if reference_dir is None or not Path(reference_dir).is_dir():
        return merged, pd.DataFrame(columns=PROVENANCE_COLUMNS)
    files = sorted(p for p in Path(reference_dir).rglob("*.csv") if p.is_file())
    touched: dict[str, str] = {}  # column -> first file that gave it, for conflict messages
    for path in files:
        name = path.relative_to(reference_dir).as_posix()
        table = _read_reference_file(path)
        keys = [k for k in PANEL_KEYS if k in table.columns]
        covariates = [c for c in table.columns if c not in keys and c not in REFERENCE_META_COLUMNS]
        joined, unmatched = _join_reference(merged, table, keys, covariates)
        for column in covariates:
            record = _merge_covariate(merged, column, joined[column], path=path, name=name, touched=touched)
            records.append(
                dict(
                    file=name,
                    column=column,
                    keys=";".join(keys),
                    reference_rows=int(table[column].notna().sum()),
                    matched_rows=int(joined[column].notna().sum()),
                    **record,
                    unmatched_reference_rows=int((table[column].notna().to_numpy() & unmatched).sum()),
                )
            )
    return merged, pd.DataFrame(records, columns=PROVENANCE_COLUMNS)


def _join_reference(
    merged: pd.DataFrame, table: pd.DataFrame, keys: list[str], covariates: list[str]
) -> tuple[pd.DataFrame, np.ndarray]:
    """The file's covariates lined up with the panel's rows (NaN where no file row matches), and which file
    rows match no panel row."""
    left = merged[keys].copy()
    left["region_code"] = left["region_code"].astype(str)
    left["_row"] = np.arange(len(left))
    right = table[keys + covariates].copy()
    right["_ref"] = np.arange(len(right))
    if "election_year" in keys:
        left["election_year"] = left["election_year"].astype("Int64")
    joined = left.merge(right, on=keys, how="left", sort=False).sort_values("_row", kind="stable")
    joined = joined.reset_index(drop=True)
    unmatched = ~np.isin(np.arange(len(table)), joined["_ref"].dropna().astype(int).to_numpy())
    return joined, unmatched


def _merge_covariate(
    merged: pd.DataFrame, column: str, values: pd.Series, *, path: Path, name: str, touched: dict[str, str]
) -> dict[str, int]:
    """Put one file's values of a covariate into the panel (in place), with `<column>_source`; counts of the
    values it filled and replaced. ModelInputError when an earlier file gave one of the same cells."""
    has_reference = values.notna().to_numpy()
    source_column = f"{column}_source"
    if column in merged.columns:
        news = merged[column]
        if source_column in merged.columns:
            earlier = merged[source_column].fillna("").str.startswith("reference:").to_numpy()
            clash = earlier & has_reference
            if clash.any():
                row = merged.iloc[int(np.flatnonzero(clash)[0])]
                raise ModelInputError(
                    f"{path}: {column} for region {row['region_code']} is also given by "
                    f"{touched.get(column, 'another reference file')}; keep one"
                )
            sources = merged[source_column].astype(object).to_numpy()
        else:
            sources = np.where(news.notna().to_numpy(), "news", None).astype(object)
        had_news = news.notna().to_numpy() & (sources == "news")
        different = had_news & has_reference & ~_same_values(news, values)
        record = dict(
            filled_missing=int((has_reference & news.isna().to_numpy()).sum()),
            replaced_news=int((has_reference & had_news).sum()),
            replaced_news_different=int(different.sum()),
        )
        if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_numeric_dtype(news):
            news = pd.to_numeric(news, errors="coerce")
        merged[column] = pd.Series(
            np.where(has_reference, values.to_numpy(dtype=object), news.to_numpy(dtype=object)), index=merged.index
        )
        if pd.api.types.is_numeric_dtype(values):
            merged[column] = pd.to_numeric(merged[column], errors="coerce").astype("float64")
    else:
        sources = np.full(len(merged), None, dtype=object)
        record = dict(filled_missing=int(has_reference.sum()), replaced_news=0, replaced_news_different=0)
        merged[column] = values.to_numpy()
    sources[has_reference] = f"reference:{name}"
    merged[source_column] = pd.Series(sources, index=merged.index, dtype=object)
    touched.setdefault(column, name)
    return record


def _same_values(a: pd.Series, b: pd.Series) -> np.ndarray:
    left = pd.to_numeric(a, errors="coerce").astype("float64").to_numpy()
    right = pd.to_numeric(b, errors="coerce").astype("float64").to_numpy()
    numeric = np.isfinite(left) & np.isfinite(right)
    same = np.zeros(len(a), dtype=bool)
    same[numeric] = np.isclose(left[numeric], right[numeric])
    text = ~numeric
    same[text] = a.astype(str).to_numpy()[text] == b.astype(str).to_numpy()[text]
    return same
