"""The four contract tables of extraction (articles, facts, entities, texts): each document's result, its
rows formatted for writing, and writing them as they come.

Memory stays flat as the corpus grows: rows are written as they come (`analysis.tables.stream.TableWriter`:
CSV appended, Parquet in row groups of a fixed number of rows), so the files do not depend on how the rows
were split up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import pandas as pd

from analysis.schemas import ARTICLES, ENTITIES, EXTRACTED_OPTIONAL, TEXTS, TableSpec
from analysis.schemas import FACTS as FACTS_SPEC
from analysis.tables.stream import RenderedTable, TableWriter, render_table

TABLE_SPECS: dict[str, TableSpec] = {
    "articles": ARTICLES.for_columns(EXTRACTED_OPTIONAL["articles"]),
    "facts": FACTS_SPEC.for_columns(EXTRACTED_OPTIONAL["facts"]),
    "entities": ENTITIES,
    "texts": TEXTS,
}
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
class RenderedRows:
    """The formatted rows of a run of consecutive documents, in every table, and the documents' statuses."""

    tables: dict[str, RenderedTable]
    statuses: Counter[str]

    @property
    def documents(self) -> int:
        return self.tables["articles"].num_rows


def render_rows(results: Iterable[ArticleResult]) -> RenderedRows:
    """The rows of these results in every table, formatted (the costly part of writing, done by workers)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_SPECS}
    statuses: Counter[str] = Counter()
    for result in results:
        for name, table_rows in _table_rows(result).items():
            rows[name].extend(table_rows)
        statuses[result.article["status"]] += 1
    return RenderedRows({name: render_table(rows[name], spec) for name, spec in TABLE_SPECS.items()}, statuses)


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
