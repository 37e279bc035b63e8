"""Reading a table: the CSV as text, checked against its spec, then typed. Every stage reads through here."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from analysis.schemas import TableSpec
from analysis.tables.validate import SchemaCheckError, validate_table
from analysis.tables.values import known_field_types, typed_column

# What reading a CSV file can raise; `read_csv_text`'s callers name the file and the cause in one line.
READ_ERRORS = (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError)


def read_csv_text(path: Path) -> pd.DataFrame:
    """A CSV file (UTF-8) as text: every cell a str, an empty cell null. Raises one of READ_ERRORS."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")


def why_unreadable(exc: BaseException) -> str:
    """The cause of a READ_ERRORS exception in words, for a one-line message."""
    return f"{type(exc).__name__}: {exc}"


def read_table(
    folder: Path, name: str, spec: TableSpec | None = None, *, source: str | None = None, check: bool = True
) -> pd.DataFrame:
    """`folder/name.csv` checked against `spec` (SchemaCheckError names the file, column and lines), then typed:
    declared columns by the spec, a column named like a column of another table by that column's type, any
    other column by what its values look like (see `values.lossless_kind`). With no CSV but a `name.parquet`,
    that file, checked, with the types it stores. `source` names the file in messages (default: its path);
    `check=False` types by the spec without checking (for a reader that must take whatever a stage wrote)."""
    path = Path(folder) / f"{name}.csv"
    parquet = path.with_suffix(".parquet")
    if not path.is_file() and parquet.is_file():
        frame = pq.read_table(parquet).to_pandas()
        if spec is not None and check:
            validate_table(frame, spec, source=source or parquet)
        return frame
    label = spec.name if spec is not None else name
    try:
        raw = read_csv_text(path)
    except READ_ERRORS as exc:
        message = f"{source or path}: table {label!r}: cannot read ({why_unreadable(exc)})".splitlines()[0]
        raise SchemaCheckError(
            message, table=label, column=None, problem="unreadable", rows=[], failures=pd.DataFrame()
        ) from None
    types = known_field_types()
    if spec is not None:
        if check:
            validate_table(raw, spec, source=source or path)
        types.update({f.name: f.type for f in spec.for_columns(raw.columns).fields})
    return pd.DataFrame({column: typed_column(raw[column], types.get(column)) for column in raw.columns})
