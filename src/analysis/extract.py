"""Extraction stage: documents in, the contract's articles / facts / entities tables out.

`analyse_documents` is the core (documents -> one result per document, in input order, on one or more
local processes); `analyse_corpus` gives the formatted rows of a corpus folder (`RenderedRows`), its
workers reading the files, analysing them and formatting their rows; `run_extraction` is the edge that
streams them to disk.

Memory stays flat as the corpus grows: documents are read lazily, analysed in batches, and the rows are
written as they come (`TableWriter`: CSV appended, Parquet in row groups of a fixed number of rows).
Row order is the order of the documents (ingest's sorted file list), then `start_char` within a document,
so the files do not depend on batch sizes, process counts or the engine.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import socket
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from spacy.language import Language
from spacy.tokens import Doc

from analysis.ingest.document import Document
from analysis.nlp.components import final_ents, get_norm, remember_text
from analysis.nlp.facts import FACTS
from analysis.reference.gazetteer import load_gazetteer
from analysis.nlp.profile import META, PROFILE
from analysis.schemas import ARTICLES, ENTITIES, FACTS as FACTS_SPEC, TEXTS, TableSpec, arrow_schema
from analysis.tables import contract_values, csv_lines


class ExtractionError(RuntimeError):
    """Extraction could not run at all (missing corpus, unwritable output)."""


@dataclass
class ArticleResult:
    """Everything extraction knows of one input document."""

    article: dict
    facts: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    text: str | None = None  # cleaned text of readable, non-duplicate articles


def _region_names(codes: list[str]) -> list[str]:
    gaz = load_gazetteer()
    return [gaz.name(c) for c in codes]


def _article_row(document: Document, profile: dict | None) -> dict:
    row = {
        "article_id": document.article_id or None,
        "source_file": document.source_file,
        "status": document.status,
        "skip_reason": document.skip_reason or None,
        "title": document.title or None,
        "outlet": document.outlet or None,
        "published": document.published or None,
        "dateline": document.dateline or None,
        "region_codes": None,
        "region_names": None,
        "election_type": None,
        "election_year": None,
        "violation_types": None,
        "skip_detail": document.skip_detail or None,
    }
    if profile:
        codes = profile["region_codes"]
        row.update(
            region_codes=";".join(codes) or None,
            region_names=";".join(_region_names(codes)) or None,
            election_type=profile["election_type"],
            election_year=profile["election_year"],
            violation_types=";".join(profile["violation_types"]) or None,
        )
    return row


def _entity_rows(doc: Doc, article_id: str, profile: dict) -> list[dict]:
    resolved = {(s, e): code for s, e, code, _ in profile.get("mentions", [])}
    rows = []
    for ent in final_ents(doc):
        if ent.label_ == "REGION":
            normalized = resolved.get((ent.start_char, ent.end_char), "")
        elif ent.label_ in ("ORG", "ROLE"):
            normalized = ent.ent_id_
        elif ent.label_ == "PERSON":
            normalized = ent.text
        else:
            normalized = get_norm(doc, ent)
        rows.append({
            "article_id": article_id, "label": ent.label_, "text": ent.text,
            "normalized": normalized or None, "start_char": ent.start_char, "end_char": ent.end_char,
        })
    return rows


def _fact_rows(doc: Doc, document: Document) -> list[dict]:
    gaz = load_gazetteer()
    rows = []
    for fact in doc.user_data.get(FACTS, []):
        code = fact["region_code"]
        rows.append({
            "article_id": document.article_id,
            "source_file": document.source_file,
            "fact_type": fact["fact_type"],
            "unit": fact["unit"] or None,
            "value": fact["value"],
            "scope": fact["scope"],
            "region_code": code or None,
            "region_name": gaz.name(code) if code else None,
            "status": fact["status"] or None,
            "election_type": fact["election_type"],
            "election_year": fact["election_year"],
            "sentence": fact["sentence"],
            "start_char": fact["start_char"],
            "end_char": fact["end_char"],
        })
    return rows


def _title_end(document: Document) -> int:
    return len(document.title) if document.title and document.text.startswith(document.title) else 0


def _ordered_result(document: Document, doc: Doc, profile: dict) -> ArticleResult:
    """The result of one analysed document, rows in the documented order: start_char, then type/label.

    An entity found twice at the same span (same label) is listed once.
    """
    facts = sorted(_fact_rows(doc, document), key=lambda r: (r["start_char"], r["fact_type"]))
    entities, seen = [], set()
    for row in sorted(_entity_rows(doc, document.article_id, profile), key=lambda r: (r["start_char"], r["label"])):
        key = (row["label"], row["start_char"], row["end_char"])
        if key not in seen:
            seen.add(key)
            entities.append(row)
    return ArticleResult(article=_article_row(document, profile), facts=facts, entities=entities,
                         text=document.text)


MEMORY_ZONE_DOCUMENTS = 1000  # documents analysed per spaCy memory zone
WARM_UP_DOCUMENTS = 1000  # documents a pipeline analyses outside zones first (see _analyse_in_process)
_documents_seen: dict[int, int] = {}  # id(pipeline) -> documents it has analysed in this process


def _analyse_in_process(documents: Iterable[Document], nlp: Language, batch_size: int) -> Iterator[ArticleResult]:
    """`analyse_documents` in this process: every document yields one result, in input order.

    Each chunk of documents is analysed in a spaCy memory zone: the strings and lexemes its texts add to
    the shared vocabulary are freed after it, so memory stays flat however large the corpus (results are
    plain Python data, never spaCy objects, so nothing refers to the freed entries).
    """
    for chunk in batched(documents, MEMORY_ZONE_DOCUMENTS):
        seen = _documents_seen.get(id(nlp), 0)
        _documents_seen[id(nlp)] = seen + len(chunk)
        # a pipeline's first documents run outside zones: zones do not fill the tokenizer's cache, and
        # without that cache warmed the tokenizer is about twice as slow
        with nlp.memory_zone() if seen >= WARM_UP_DOCUMENTS else contextlib.nullcontext():
            yield from _analyse_chunk(chunk, nlp, batch_size)


def _analyse_chunk(documents: list[Document], nlp: Language, batch_size: int) -> Iterator[ArticleResult]:
    # spaCy drops a document whose component failed (the pipeline's error handler records the error and
    # goes on); `pending` keeps the input order so such a document still gets its row.
    pending: deque[Document] = deque()

    def spacy_inputs(docs: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        for document in docs:
            pending.append(document)
            if document.status == "ok":
                doc = nlp.make_doc(document.text)
                doc.user_data[META] = {"dateline": document.dateline, "published": document.published,
                                       "title_end": _title_end(document)}
                remember_text(doc, document.text)
            else:
                doc = nlp.make_doc("")  # placeholder keeps the order; not analysed
            yield doc, document

    def failed(document: Document, reason: str) -> ArticleResult:
        document = replace(document, status="unreadable", skip_reason="analysis_error", skip_detail=reason[:300])
        return ArticleResult(article=_article_row(document, None))

    for doc, document in nlp.pipe(spacy_inputs(documents), as_tuples=True, batch_size=batch_size):
        while pending and pending[0] is not document:
            yield failed(pending.popleft(), "a pipeline component failed on this document")
        if pending:
            pending.popleft()
        if document.status != "ok":
            yield ArticleResult(article=_article_row(document, None))
            continue
        if PROFILE not in doc.user_data or FACTS not in doc.user_data:
            yield failed(document, "incomplete analysis")
            continue
        yield _ordered_result(document, doc, doc.user_data[PROFILE])
    while pending:
        yield failed(pending.popleft(), "a pipeline component failed on this document")


# The pipeline of a worker process, set once when the worker starts (inherited, not copied, under fork).
_worker_nlp: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def analyse_batch(documents: list[Document], batch_size: int = 64, nlp: Language | None = None) -> list[ArticleResult]:
    """Analyse one batch of documents in a worker: this worker's pipeline unless `nlp` is given.

    Workers of `analyse_documents` get their pipeline when they start; any other worker (Dask) builds the
    default pipeline once per process (`get_pipeline` is cached).
    """
    if nlp is None:
        nlp = _worker_nlp
    if nlp is None:
        from analysis.nlp.pipeline import get_pipeline

        nlp = get_pipeline()
    return list(_analyse_in_process(documents, nlp, batch_size))


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (the last one shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _process_context() -> multiprocessing.context.BaseContext:
    # fork: workers inherit the built pipeline instead of unpickling or rebuilding it (5 s each)
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def analyse_documents(documents: Iterable[Document], nlp: Language, *, batch_size: int = 64,
                      n_process: int = 1) -> Iterator[ArticleResult]:
    """Run the pipeline over documents held by the caller; every document yields one result, in input order.

    With `n_process` > 1, batches of `batch_size` documents go to worker processes and only the result
    rows come back (spaCy Docs are not sent between processes). At most two batches per worker are in
    flight, so memory does not grow with the corpus. A corpus on disk is better read by the workers
    themselves: `analyse_corpus`.
    """
    if n_process <= 1:
        yield from _analyse_in_process(documents, nlp, batch_size)
        return
    tasks = ((analyse_batch, batch, batch_size) for batch in batched(documents, batch_size))
    for results in _run_in_pool(tasks, nlp, n_process):
        yield from results


FILES_PER_TASK = 128  # files a local worker reads and analyses per task (formatting rows costs ~12 ms a task)
RENDER_DOCUMENTS = 256  # documents whose rows one process formats for writing at a time


@dataclass
class FilesOutcome:
    """What a worker gives back for a run of files: the documents (without their text, which the results
    hold), one result each, and the results' rows already formatted for writing."""

    documents: list[Document]
    results: list[ArticleResult]
    rows: RenderedRows


def analyse_files(corpus: str, relpaths: list[str], max_file_bytes: int, batch_size: int) -> FilesOutcome:
    """One task of a worker (local or Dask): read these corpus files, analyse their documents and format
    their rows, so that the process writing the tables only writes.

    The documents are not yet marked as duplicates of documents in other tasks (`chunks_in_order`).
    """
    from analysis.ingest import read_entry

    root = Path(corpus)
    if not root.is_dir():
        raise FileNotFoundError(f"{corpus}: corpus folder not visible on worker {socket.gethostname()}")
    documents = [document for relpath in relpaths
                 for document in read_entry(root, relpath, max_file_bytes=max_file_bytes)]
    results = analyse_batch(documents, batch_size)
    return FilesOutcome([replace(document, text="") for document in documents], results, render_rows(results))


def chunks_in_order(outcomes: Iterable[FilesOutcome]) -> Iterator[RenderedRows]:
    """Mark duplicates across the whole corpus, in document order, with ingest's own rule, and give each
    outcome's rows. A duplicate keeps only its article row (no facts, entities or text), as when ingest marks
    it before analysis; an outcome that held one has its rows formatted again here."""
    from analysis.ingest import DuplicateIndex

    index = DuplicateIndex()
    for outcome in outcomes:
        results = outcome.results
        for k, document in enumerate(outcome.documents):
            marked = index.mark(document)
            if marked.status == "duplicate" and results[k].article["status"] != "duplicate":
                results = results if results is not outcome.results else list(results)
                results[k] = ArticleResult(article=_article_row(marked, None))
        yield outcome.rows if results is outcome.results else render_rows(results)


def analyse_corpus(corpus: Path, nlp: Language, *, max_file_bytes: int, batch_size: int = 64,
                   n_process: int = 1, files_per_task: int = FILES_PER_TASK) -> Iterator[RenderedRows]:
    """The rows of every document of a corpus folder, in document order, analysed on `n_process` local processes.

    One process reads, marks duplicates, analyses and formats rows in turn. Several processes each read,
    analyse and format runs of `files_per_task` consecutive files; the main process only lists files, marks
    duplicates and writes, so that nearly all the work scales with the cores.
    """
    from analysis.ingest import iter_corpus_files, iter_documents

    if n_process <= 1:
        results = _analyse_in_process(iter_documents(corpus, max_file_bytes=max_file_bytes), nlp, batch_size)
        yield from (render_rows(batch) for batch in batched(results, RENDER_DOCUMENTS))
        return
    tasks = ((analyse_files, str(corpus), relpaths, max_file_bytes, batch_size)
             for relpaths in batched(iter_corpus_files(corpus), files_per_task))
    yield from chunks_in_order(_run_in_pool(tasks, nlp, n_process))


def _run_in_pool(tasks: Iterable[tuple], nlp: Language, n_process: int) -> Iterator:
    """Each task's return value, in task order, from a pool of `n_process` workers that hold `nlp`.

    At most two tasks per worker are in flight, so memory does not grow with the number of tasks.
    """
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(n_process, mp_context=_process_context(), initializer=_start_worker,
                             initargs=(nlp,)) as pool:
        in_flight: deque = deque()
        try:
            for function, *args in tasks:
                in_flight.append(pool.submit(function, *args))
                if len(in_flight) >= 2 * n_process:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        except BrokenProcessPool:
            raise ExtractionError("an extraction worker process died (out of memory?); "
                                  "try fewer --n-process or a smaller --batch-size") from None
        finally:
            for future in in_flight:
                future.cancel()


def results_to_tables(results: Iterable[ArticleResult]) -> dict[str, pd.DataFrame]:
    """Collect results in memory into the contract tables (document order, then start_char)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLE_SPECS}
    for result in results:
        for name, table_rows in _table_rows(result).items():
            rows[name].extend(table_rows)
    return {name: pd.DataFrame(rows[name], columns=spec.columns) for name, spec in TABLE_SPECS.items()}


# --- writing -----------------------------------------------------------------------------------------------

TABLE_SPECS: dict[str, TableSpec] = {"articles": ARTICLES, "facts": FACTS_SPEC, "entities": ENTITIES,
                                     "texts": TEXTS}
# Rows per Parquet row group: fixed (never time- or memory-based) so that the files are the same on every
# run. Texts are ~100 times wider than other rows, hence smaller groups.
ROW_GROUP_ROWS = {"articles": 10_000, "facts": 10_000, "entities": 10_000, "texts": 1_000}


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


def _with_progress(chunks: Iterable[RenderedRows]) -> Iterator[RenderedRows]:
    """A progress bar on stderr: documents done and documents per second."""
    import sys

    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0  # no monitor thread: worker processes are forked while the bar runs

    with Bar(desc="extract", unit="doc", mininterval=1.0, file=sys.stderr, dynamic_ncols=True) as bar:
        for chunk in chunks:
            yield chunk
            bar.update(chunk.documents)


def run_extraction(corpus: Path, out: Path, *, max_file_bytes: int = 5_000_000, n_process: int = 1,
                   batch_size: int = 64, engine: str = "local", scheduler: str | None = None,
                   progress: bool = False) -> dict[str, int]:
    """Read every article under `corpus`, stream articles/facts/entities/texts into `out`; return counts.

    engine 'local' analyses on `n_process` local processes; 'dask' on the Dask cluster at `scheduler`
    (a local cluster of `n_process` workers when no address is given), partitioned by files.
    """
    corpus, out = Path(corpus), Path(out)
    if not corpus.is_dir():
        raise ExtractionError(f"{corpus}: corpus folder not found")
    if engine not in ("local", "dask"):
        raise ExtractionError(f"engine {engine!r} is not one of local, dask")
    if batch_size < 1 or n_process < 1:
        raise ExtractionError("batch_size and n_process must be at least 1")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise ExtractionError(f"{out}: output folder is not writable ({exc.strerror})") from None
    if engine == "dask":
        from analysis.distributed import extract_with_dask

        chunks = extract_with_dask(corpus, scheduler=scheduler, max_file_bytes=max_file_bytes,
                                   batch_size=batch_size, n_workers=n_process)
    else:
        from analysis.nlp.pipeline import get_pipeline

        chunks = analyse_corpus(corpus, get_pipeline(), max_file_bytes=max_file_bytes, batch_size=batch_size,
                                n_process=n_process)
    if progress:
        chunks = _with_progress(chunks)
    return write_chunks(chunks, out)
