"""Reading and writing the project's tables: CSV and Parquet side by side, byte-stable.

Every stage writes through `write_table`, so row order, column order, float and null formatting
are the same on every run and machine (the determinism promise).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.schemas import TableSpec, arrow_schema, conform

INTEGER_TYPES = ("integer",)


def with_contract_types(df: pd.DataFrame, spec: TableSpec | None) -> pd.DataFrame:
    """Cast declared integer columns to nullable Int64 and string columns to str (nulls kept)."""
    if spec is None:
        return df.reset_index(drop=True)
    df = conform(df, spec).reset_index(drop=True).copy()
    for f in spec.fields:
        col = df[f.name]
        if f.type in INTEGER_TYPES:
            df[f.name] = pd.to_numeric(col, errors="raise").astype("Int64")
        elif f.type == "number":
            df[f.name] = pd.to_numeric(col, errors="raise").astype("float64")
        elif f.type in ("string", "date"):
            df[f.name] = col.astype("object").where(col.notna(), None)
            df[f.name] = df[f.name].map(lambda v: v if v is None else str(v))
    return df


def contract_values(rows: list[dict], spec: TableSpec) -> dict[str, list]:
    """The spec's columns of these rows as lists of plain values of the contract type, None for null."""
    types = {f.name: f.type for f in spec.fields}
    columns = {}
    for name in spec.columns:
        values = [row.get(name) for row in rows]
        kind = types.get(name)
        if kind in INTEGER_TYPES:
            values = [None if v is None or v is pd.NA else int(v) for v in values]
        elif kind == "number":
            values = [None if v is None or v is pd.NA else float(v) for v in values]
        elif kind in ("string", "date"):
            values = [v if v is None else str(v) for v in values]
        columns[name] = values
    return columns


CSV_PLAIN_TYPES = ("string", "date", "integer")  # column types whose CSV text pandas leaves as Python writes it


def csv_lines(columns: dict[str, list], spec: TableSpec) -> str:
    """The CSV lines (no header) `write_table` writes for `contract_values`, without building a frame.

    pandas formats strings, dates and integers as themselves and nulls as empty, then quotes through the
    csv module: the same module and dialect give the same bytes. Tables with other column types go
    through pandas.
    """
    if any(f.type not in CSV_PLAIN_TYPES for f in spec.fields):
        df = frame_from_values(columns, spec)
        return df.to_csv(None, header=False, index=False, lineterminator="\n", float_format="%.10g") if len(df) else ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(zip(*(columns[name] for name in spec.columns)))
    return buffer.getvalue()


def frame_from_values(columns: dict[str, list], spec: TableSpec) -> pd.DataFrame:
    """A frame of `contract_values` with the dtypes `with_contract_types` gives (Int64, float64, object): the
    same frame as with_contract_types(pd.DataFrame(rows, columns=spec.columns)) at a fraction of its cost
    (streamed extraction formats many small batches)."""
    types = {f.name: f.type for f in spec.fields}
    dtypes = {"integer": "Int64", "number": "float64"}
    return pd.DataFrame({name: pd.Series(pd.array(values, dtype=dtypes.get(types.get(name), object)))
                         if types.get(name) in dtypes else pd.Series(values, dtype=object)
                         for name, values in columns.items()}, columns=spec.columns)


def write_table(df: pd.DataFrame, folder: Path, name: str, spec: TableSpec | None = None,
                parquet: bool = True) -> Path:
    """Write `name.csv` (and `name.parquet`) into `folder`; returns the CSV path."""
    folder.mkdir(parents=True, exist_ok=True)
    df = with_contract_types(df, spec)
    csv_path = folder / f"{name}.csv"
    df.to_csv(csv_path, index=False, encoding="utf-8", lineterminator="\n", float_format="%.10g")
    if parquet and spec is not None:
        write_parquet(df, folder / f"{name}.parquet", spec)
    elif parquet:
        table = pa.Table.from_pandas(df, preserve_index=False)
        # Drop pandas' JSON metadata: it can vary with library versions and is not needed to read back.
        pq.write_table(table.replace_schema_metadata(None), folder / f"{name}.parquet", compression="zstd")
    return csv_path


def write_parquet(frame: pd.DataFrame, path: Path, spec: TableSpec) -> Path:
    """Parquet with the spec's column types (see schemas.arrow_schema), zstd, no pandas metadata: the same
    rows give the same bytes, and a column empty in this run keeps its type."""
    columns = {}
    for f in spec.fields:
        values = frame[f.name]
        if f.type in ("string", "date"):
            values = values.astype("object").where(values.notna(), None).map(lambda v: v if v is None else str(v))
        elif f.type == "boolean":
            values = values.astype("boolean")
        columns[f.name] = values
    table = pa.Table.from_pandas(pd.DataFrame(columns), schema=arrow_schema(spec), preserve_index=False)
    pq.write_table(table.replace_schema_metadata(None), path, compression="zstd")
    return path


def read_table(folder: Path, name: str, spec: TableSpec | None = None) -> pd.DataFrame:
    """Read `name.csv` from `folder` with contract types (strings stay strings, empty stays null)."""
    path = folder / f"{name}.csv"
    dtypes = None
    if spec is not None:
        dtypes = {f.name: ("Int64" if f.type in INTEGER_TYPES else "float64" if f.type == "number" else "string")
                  for f in spec.fields}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
