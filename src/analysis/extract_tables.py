"""The four contract tables of extraction (articles, facts, entities, texts): each document's result, its
rows formatted for writing, and the streaming writer.

Memory stays flat as the corpus grows: rows are written as they come (`TableWriter`: CSV appended, Parquet
in row groups of a fixed number of rows), so the files do not depend on how the rows were split up.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.schemas import ARTICLES, ENTITIES, FACTS as FACTS_SPEC, TEXTS, TableSpec, arrow_schema
from analysis.tables import contract_values, csv_lines

TABLE_SPECS: dict[str, TableSpec] = {"articles": ARTICLES, "facts": FACTS_SPEC, "entities": ENTITIES,
                                     "texts": TEXTS}
# Rows per Parquet row group: fixed (never time- or memory-based) so that the files are the same on every
# run. Texts are ~100 times wider than other rows, hence smaller groups.
ROW_GROUP_ROWS = {"articles": 10_000, "facts": 10_000, "entities": 10_000, "texts": 1_000}
RENDER_DOCUMENTS = 256  # documents whose rows one process formats for writing at a time


@dataclass
class ArticleResult:
    """Everything extraction knows of one input document."""

    article: dict
    facts: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    text: str | None = None  # cleaned text of readable, non-duplicate articles


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (the last one shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def results_to_tables(results: Iterable[ArticleResult]) -> dict[str, pd.DataFrame]:
    """Collect results in memory into the contract tables (document order, then start_char)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_SPECS}
    for result in results:
        for name, table_rows in _table_rows(result).items():
            rows[name].extend(table_rows)
    return {name: pd.DataFrame(rows[name], columns=spec.columns) for name, spec in TABLE_SPECS.items()}


def _table_rows(result: ArticleResult) -> dict[str, list[dict]]:
    texts = [] if result.text is None else [{"article_id": result.article["article_id"], "text": result.text}]
    return {"articles": [result.article], "facts": result.facts, "entities": result.entities, "texts": texts}


@dataclass
class RenderedTable:
    """Rows of one table formatted for writing: CSV lines (no header) and typed Arrow rows."""

    csv: str
    arrow: pa.Table

    @property
    def num_rows(self) -> int:
        return self.arrow.num_rows


@dataclass
class RenderedRows:
    """The formatted rows of a run of consecutive documents, in every table, and the documents' statuses."""

    tables: dict[str, RenderedTable]
    statuses: Counter[str]

    @property
    def documents(self) -> int:
        return self.tables["articles"].num_rows


def render_table(rows: list[dict], spec: TableSpec) -> RenderedTable:
    """CSV lines as `analysis.tables.write_table` writes them and Arrow rows with the spec's types."""
    columns = contract_values(rows, spec)
    schema = arrow_schema(spec)
    arrow = pa.Table.from_pydict({name: columns[name] for name in schema.names}, schema=schema)
    return RenderedTable(csv_lines(columns, spec), arrow)


def render_rows(results: Iterable[ArticleResult]) -> RenderedRows:
    """The rows of these results in every table, formatted (the costly part of writing, done by workers)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_SPECS}
    statuses: Counter[str] = Counter()
    for result in results:
        for name, table_rows in _table_rows(result).items():
            rows[name].extend(table_rows)
        statuses[result.article["status"]] += 1
    return RenderedRows({name: render_table(rows[name], spec) for name, spec in TABLE_SPECS.items()}, statuses)


class TableWriter:
    """Stream one table to `name.csv` and `name.parquet` in `folder`, rows in the order given.

    The CSV has the bytes `analysis.tables.write_table` gives for the same rows, and neither file depends
    on how the rows were split into `write` / `write_rendered` calls: Parquet row groups hold exactly
    `row_group_rows` rows (the last one fewer). Files are written under temporary names and renamed on
    `close`; `abort` removes them.
    """

    def __init__(self, folder: Path, spec: TableSpec, *, row_group_rows: int = 10_000, csv: bool = True,
                 compression: str = "zstd"):
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
        for partial, final in zip(self._partial, self._final):
            os.replace(partial, final)

    def abort(self) -> None:
        """Stop without publishing anything: the temporary files are removed."""
        self._parquet.close()
        if self._csv is not None:
            self._csv.close()
        for partial in self._partial:
            partial.unlink(missing_ok=True)


def write_chunks(chunks: Iterable[RenderedRows], out: Path) -> dict[str, int]:
    """Stream formatted rows into the four tables in `out` as they come; return the counts."""
    out.mkdir(parents=True, exist_ok=True)
    writers: dict[str, TableWriter] = {}
    counts: Counter[str] = Counter()
    try:
        for name, spec in TABLE_SPECS.items():
            writers[name] = TableWriter(out, spec, row_group_rows=ROW_GROUP_ROWS[name])
        for chunk in chunks:
            for name, part in chunk.tables.items():
                writers[name].write_rendered(part)
            counts.update(chunk.statuses)
        for writer in writers.values():
            writer.close()
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    return {
        "documents": writers["articles"].rows_written,
        "ok": counts["ok"],
        "duplicate": counts["duplicate"],
        "unreadable": counts["unreadable"],
        "facts": writers["facts"].rows_written,
        "entities": writers["entities"].rows_written,
    }


def write_results(results: Iterable[ArticleResult], out: Path) -> dict[str, int]:
    """Stream results into the four tables in `out` as they come; return the counts."""
    return write_chunks((render_rows(batch) for batch in batched(results, RENDER_DOCUMENTS)), out)


def write_tables(tables: dict[str, pd.DataFrame], out: Path) -> None:
    """Write tables held in memory with the same writer (and so the same bytes) as a streamed run."""
    out.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        writer = TableWriter(out, TABLE_SPECS[name], row_group_rows=ROW_GROUP_ROWS[name])
        try:
            writer.write(df.astype(object).where(df.notna(), None).to_dict("records"))
            writer.close()
        except BaseException:
            writer.abort()
            raise
