"""Writing a table: `name.csv` and `name.parquet` side by side, typed by the spec, byte-stable.

Every stage writes through `write_table` (or its streaming form, `analysis.tables.stream.TableWriter`), so row
order, column order, float and null formatting are the same on every run and machine (the determinism promise).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.schemas import TableSpec
from analysis.tables.formats import arrow_schema
from analysis.tables.values import FLOAT_FORMAT, with_contract_types


def write_table(df: pd.DataFrame, folder: Path, name: str, spec: TableSpec | None = None, parquet: bool = True) -> Path:
    """Write `name.csv` (and `name.parquet`) into `folder`; returns the CSV path."""
    folder.mkdir(parents=True, exist_ok=True)
    df = with_contract_types(df, spec)
    csv_path = folder / f"{name}.csv"
    df.to_csv(csv_path, index=False, encoding="utf-8", lineterminator="\n", float_format=FLOAT_FORMAT)
    if parquet and spec is not None:
        write_parquet(df, folder / f"{name}.parquet", spec)
    elif parquet:
        table = pa.Table.from_pandas(df, preserve_index=False)
        # Drop pandas' JSON metadata: it can vary with library versions and is not needed to read back.
        pq.write_table(table.replace_schema_metadata(None), folder / f"{name}.parquet", compression="zstd")
    return csv_path


def write_parquet(frame: pd.DataFrame, path: Path, spec: TableSpec) -> Path:
    """Parquet with the spec's column types (see `arrow_schema`), zstd, no pandas metadata: the same
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
