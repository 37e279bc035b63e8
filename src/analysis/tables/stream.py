"""Writing a table as its rows come: the same bytes as `write_table` for the same rows, however they are
split, with memory flat as the table grows (CSV appended, Parquet in row groups of a fixed number of rows).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from analysis.schemas import TableSpec
from analysis.tables.formats import arrow_schema
from analysis.tables.values import contract_values, csv_lines


@dataclass
class RenderedTable:
    """Rows of one table formatted for writing: CSV lines (no header) and typed Arrow rows."""

    csv: str
    arrow: pa.Table

    @property
    def num_rows(self) -> int:
        return self.arrow.num_rows


def render_table(rows: list[dict], spec: TableSpec) -> RenderedTable:
    """CSV lines as `write_table` writes them and Arrow rows with the spec's types."""
    columns = contract_values(rows, spec)
    schema = arrow_schema(spec)
    arrow = pa.Table.from_pydict({name: columns[name] for name in schema.names}, schema=schema)
    return RenderedTable(csv_lines(columns, spec), arrow)


class TableWriter:
    """Stream one table to `name.csv` and `name.parquet` in `folder`, rows in the order given.

    The CSV has the bytes `write_table` gives for the same rows, and neither file depends
    on how the rows were split into `write` / `write_rendered` calls: Parquet row groups hold exactly
    `row_group_rows` rows (the last one fewer). Files are written under temporary names and renamed on
    `close`; `abort` removes them.
    """

    def __init__(
        self,
        folder: Path,
        spec: TableSpec,
        *,
        row_group_rows: int = 10_000,
        csv: bool = True,
        compression: str = "zstd",
    ):
        self.spec = spec
        self.schema = arrow_schema(spec)
        self.row_group_rows = row_group_rows
        self.rows_written = 0
        self._rows: list[dict] = []  # rows given to `write`, not yet formatted
        self._arrow: list[pa.Table] = []  # formatted rows not yet in a row group
        self._arrow_rows = 0
        names = [f"{spec.name}.parquet"] + ([f"{spec.name}.csv"] if csv else [])
        self._final = [Path(folder) / name for name in names]
        self._partial = [path.with_name(f".{path.name}.partial") for path in self._final]
        self._parquet = pq.ParquetWriter(self._partial[0], self.schema, compression=compression)
        self._csv = open(self._partial[1], "w", encoding="utf-8", newline="") if csv else None
        if self._csv is not None:
            self._csv.write(",".join(spec.columns) + "\n")  # pandas' header: the names are plain words

    def write(self, rows: Iterable[dict]) -> None:
        """Rows as dicts; formatted a row group at a time."""
        self._rows.extend(rows)
        if len(self._rows) >= self.row_group_rows:
            self._format_rows()

    def write_rendered(self, part: RenderedTable) -> None:
        """Rows already formatted (`render_table`), after any rows given to `write`."""
        self._format_rows()
        if self._csv is not None:
            self._csv.write(part.csv)
        if part.num_rows:
            self._arrow.append(part.arrow)
            self._arrow_rows += part.num_rows
        self.rows_written += part.num_rows
        if self._arrow_rows >= self.row_group_rows:
            self._write_row_groups(final=False)

    def _format_rows(self) -> None:
        if self._rows:
            rows, self._rows = self._rows, []
            self.write_rendered(render_table(rows, self.spec))

    def _write_row_groups(self, final: bool) -> None:
        if not self._arrow:
            return
        table = pa.concat_tables(self._arrow).combine_chunks()
        whole = table.num_rows if final else table.num_rows - table.num_rows % self.row_group_rows
        for start in range(0, whole, self.row_group_rows):
            self._parquet.write_table(table.slice(start, min(self.row_group_rows, whole - start)))
        rest = table.slice(whole)
        self._arrow, self._arrow_rows = ([rest], rest.num_rows) if rest.num_rows else ([], 0)

    def close(self) -> None:
        """Write what is buffered and put the files in place."""
        self._format_rows()
        self._write_row_groups(final=True)
        self._parquet.close()
        if self._csv is not None:
            self._csv.close()
        for partial, final in zip(self._partial, self._final, strict=True):
            os.replace(partial, final)

    def abort(self) -> None:
        """Stop without publishing anything: the temporary files are removed."""
        self._parquet.close()
        if self._csv is not None:
            self._csv.close()
        for partial in self._partial:
            partial.unlink(missing_ok=True)
