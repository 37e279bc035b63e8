"""Checking a table against its spec (pandera): the one-line SchemaCheckError names the table, the column,
what is wrong and the first offending rows."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.schemas import Field, TableSpec

SHOWN_ROWS = 5
_TRUE_TEXT = frozenset({"True", "False", "true", "false"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER_TEXT = re.compile(r"^[+-]?\d+$")


class SchemaCheckError(ValueError):
    """A table that breaks its schema. The one-line message names the table, the column, what is wrong and the
    first offending rows (1-based data rows; with a CSV `source`, its line numbers, the header being line 1)."""

    def __init__(
        self, message: str, *, table: str, column: str | None, problem: str, rows: list[int], failures: pd.DataFrame
    ):
        super().__init__(message)
        self.table = table
        self.column = column
        self.problem = problem
        self.rows = rows
        self.failures = failures


def _is_null(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) or value is pd.NaT


def _elementwise(predicate):
    """A vectorised pandera check from a per-value predicate; nulls pass (required columns check them apart)."""
    return lambda series: series.map(lambda v: True if _is_null(v) else bool(predicate(v))).astype(bool)


def _is_integer_value(value) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, np.integer)):
        return True
    if isinstance(value, (float, np.floating)):
        return float(value).is_integer()
    return isinstance(value, str) and bool(_INTEGER_TEXT.match(value))


def _is_number_value(value) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, float, np.integer, np.floating)):
        return True
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return False
        return True
    return False


def _is_boolean_value(value) -> bool:
    if isinstance(value, str):
        return value in _TRUE_TEXT
    return isinstance(value, (bool, np.bool_))


def _is_date_value(value) -> bool:
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return isinstance(value, (dt.date, pd.Timestamp))


_TYPE_CHECKS = {
    "integer": (_is_integer_value, "not an integer"),
    "number": (_is_number_value, "not a number"),
    "boolean": (_is_boolean_value, "not a boolean (True/False)"),
    "date": (_is_date_value, "not an ISO date YYYY-MM-DD"),
    "string": (lambda v: isinstance(v, str), "not text"),
}


def _numeric(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.astype("object"), errors="coerce")


def _field_checks(f: Field) -> list:
    import pandera.pandas as pa

    predicate, problem = _TYPE_CHECKS[f.type]
    checks = [pa.Check(_elementwise(predicate), name=f"type_{f.type}", error=problem)]
    if f.required and f.type == "string":
        checks.append(
            pa.Check(
                _elementwise(lambda v: not isinstance(v, str) or v != ""),
                name="not_empty",
                error="empty text in a required column",
            )
        )
    if f.enum is not None:
        allowed = frozenset(f.enum)
        checks.append(
            pa.Check(_elementwise(lambda v: v in allowed), name="enum", error=f"not one of {', '.join(f.enum)}")
        )
    if f.minimum is not None:
        minimum = f.minimum
        checks.append(
            pa.Check(
                lambda s: _numeric(s).fillna(minimum) >= minimum, name="minimum", error=f"below the minimum {minimum}"
            )
        )
    if f.pattern is not None:
        pattern = re.compile(f.pattern)
        checks.append(
            pa.Check(
                _elementwise(lambda v: isinstance(v, str) and pattern.search(v) is not None),
                name="pattern",
                error=f"does not match the pattern {f.pattern}",
            )
        )
    return checks


def pandera_schema(spec: TableSpec):
    """The pandera DataFrameSchema of a table: every column of the spec (optional ones only when present is
    decided by `validate_table`), types and constraints as element checks, the primary key as unique."""
    import pandera.pandas as pa

    columns = {
        f.name: pa.Column(None, checks=_field_checks(f), nullable=not f.required, required=True) for f in spec.fields
    }
    return pa.DataFrameSchema(columns, unique=list(spec.primary_key) or None, name=spec.name, strict=False)


_PANDERA_PROBLEMS = {"not_nullable": "missing value in a required column"}


def _describe_failures(
    failures: pd.DataFrame, spec: TableSpec, source: str | None
) -> tuple[str, str | None, str, list[int]]:
    order = {name: i for i, name in enumerate(spec.columns)}
    failures = failures.copy()
    failures["_missing"] = failures["check"].astype(str).eq("column_in_dataframe")
    failures["_column"] = failures["column"].where(~failures["_missing"], failures["failure_case"]).astype(str)
    failures["_key"] = failures["check"].astype(str).str.contains("uniqueness")
    failures["_rank"] = [
        (0 if m else 2 if k else 1, order.get(c, len(order)))
        for m, k, c in zip(failures["_missing"], failures["_key"], failures["_column"], strict=True)
    ]
    failures = failures.sort_values("_rank", kind="stable")
    first = failures.iloc[0]
    where = f"{source}: " if source else ""
    if first["_missing"]:
        missing = [c for c in failures.loc[failures["_missing"], "_column"]]
        return (
            f"{where}table {spec.name!r}, column {missing[0]!r}: missing"
            + (f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else ""),
            missing[0],
            "missing",
            [],
        )
    if first["_key"]:
        column = ", ".join(spec.primary_key)
        problem = "value repeated"
        group = failures[failures["_key"]]
        subject = f"primary key ({column})"
    else:
        column = first["_column"]
        problem = _PANDERA_PROBLEMS.get(str(first["check"]), str(first["check"]))
        group = failures[(failures["_column"] == column) & (failures["check"] == first["check"])]
        subject = f"column {column!r}"
    positions = sorted({int(i) for i in group["index"].dropna()})
    rows = [p + 1 for p in positions]
    shown = [p + 2 for p in positions] if source else rows
    label = "line" if source else "row"
    values = []
    if not first["_key"] and str(first["check"]) != "not_nullable":
        by_index = dict(zip(group["index"], group["failure_case"], strict=True))
        values = [repr(None if pd.isna(by_index.get(p)) else by_index.get(p)) for p in positions[:SHOWN_ROWS]]
    listed = ", ".join(str(n) for n in shown[:SHOWN_ROWS]) + (
        f" and {len(shown) - SHOWN_ROWS} more" if len(shown) > SHOWN_ROWS else ""
    )
    message = f"{where}table {spec.name!r}, {subject}: {problem} at {label}{'s' if len(shown) > 1 else ''} {listed}" + (
        f" (values {', '.join(values)})" if values else ""
    )
    others = failures.drop(group.index)
    if len(others):
        columns = sorted(set(others["_column"]), key=lambda c: order.get(c, len(order)))
        message += f"; also problems in column(s) {', '.join(columns)}"
    return message, column, problem, rows


def validate_table(df: pd.DataFrame, spec: TableSpec, *, source: str | Path | None = None) -> pd.DataFrame:
    """Check `df` against `spec` (contract columns, plus the optional columns it has); return it unchanged.

    Raises SchemaCheckError with a one-line message naming the table, the column and the first offending
    rows. Nulls are allowed except in required columns; an empty text counts as null there too.
    """
    import pandera.pandas as pa

    resolved = spec.for_columns(df.columns)
    frame = df.reset_index(drop=True)
    try:
        pandera_schema(resolved).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases
        message, column, problem, rows = _describe_failures(failures, resolved, str(source) if source else None)
        raise SchemaCheckError(
            message, table=spec.name, column=column, problem=problem, rows=rows, failures=failures
        ) from None
    return df
