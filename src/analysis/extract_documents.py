"""Documents in, one `ArticleResult` each out, in input order: in this process or on local worker processes.

`analyse_documents` analyses documents held by the caller; `analyse_files` is the task that every engine
(local processes here, Dask in `analysis.distributed`) runs on a run of corpus files: read, analyse and
format their rows; `chunks_in_order` then marks duplicates across the corpus in document order, so the
rows do not depend on batch sizes, process counts or the engine. `analyse_corpus` runs those tasks locally.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import socket
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from operator import itemgetter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from analysis.extract_tables import RENDER_DOCUMENTS, ArticleResult, RenderedRows, batched, render_rows
from analysis.ingest.document import Document
from analysis.ingest.sources import Sources
from analysis.nlp.doc_data import final_ents, get_norm, read_by_records, remember_text
from analysis.nlp.facts import FACTS, drop_caches
from analysis.nlp.pipeline import get_pipeline
from analysis.nlp.profile import META, PROFILE
from analysis.nlp.tokenizer_cache import prime_tokenizer_cache
from analysis.params import DEFAULTS
from analysis.reference.gazetteer import load_gazetteer
from analysis.region_source import region_source
from analysis.review.confidence import confidence_of
from analysis.review.ids import fact_id


class ExtractionError(RuntimeError):
    """Extraction could not run at all (missing corpus, unwritable output)."""


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
        "url": document.url or None,
        "retrieved": document.retrieved or None,
        "content_sha256": document.sha256 or None,
        "licence": document.licence or None,
        "publish_texts": document.publish_texts,
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
        rows.append(
            {
                "article_id": article_id,
                "label": ent.label_,
                "text": ent.text,
                "normalized": normalized or None,
                "start_char": ent.start_char,
                "end_char": ent.end_char,
            }
        )
    return rows


def _fact_rows(doc: Doc, document: Document, profile: dict) -> list[dict]:
    gaz = load_gazetteer()
    mentions = profile.get("mentions", [])
    rows = []
    for fact in doc.user_data.get(FACTS, []):
        code = fact["region_code"]
        source = region_source(doc, mentions, code, fact["start_char"]) or None
        rows.append(
            {
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
                "region_source": source,
                "province_code": code[:2] or None,
                "province_name": gaz.name(code[:2]) if code else None,
                "fact_id": fact_id(document.sha256, fact["start_char"], fact["end_char"], fact["fact_type"]),
                "rule": fact["rule"],
                "confidence": confidence_of(fact | {"region_source": source}),
                "review": "unreviewed",
                "reviewer": None,
            }
        )
    return rows


def _title_end(document: Document) -> int:
    return len(document.title) if document.title and document.text.startswith(document.title) else 0


def _ordered_result(document: Document, doc: Doc, profile: dict) -> ArticleResult:
    """The result of one analysed document, rows in the documented order: start_char, then type/label.

    An entity found twice at the same span (same label) is listed once.
    """
    facts = sorted(_fact_rows(doc, document, profile), key=itemgetter("start_char", "fact_type"))
    entities, seen = [], set()
    for row in sorted(_entity_rows(doc, document.article_id, profile), key=itemgetter("start_char", "label")):
        key = (row["label"], row["start_char"], row["end_char"])
        if key not in seen:
            seen.add(key)
            entities.append(row)
    drop_caches(doc)
    return ArticleResult(article=_article_row(document, profile), facts=facts, entities=entities, text=document.text)


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
                prime_tokenizer_cache(nlp, document.text)
                doc = nlp.make_doc(document.text)
                doc.user_data[META] = {
                    "dateline": document.dateline,
                    "published": document.published,
                    "title_end": _title_end(document),
                }
                remember_text(doc, document.text)
                read_by_records(doc)
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


def analyse_batch(
    documents: list[Document], batch_size: int = DEFAULTS.batch_size, nlp: Language | None = None
) -> list[ArticleResult]:
    """Analyse one batch of documents in a worker: this worker's pipeline unless `nlp` is given.

    Workers of `analyse_documents` get their pipeline when they start; any other worker (Dask) builds the
    default pipeline once per process (`get_pipeline` is cached).
    """
    if nlp is None:
        nlp = _worker_nlp
    if nlp is None:
        nlp = get_pipeline()
    return list(_analyse_in_process(documents, nlp, batch_size))


def _process_context() -> multiprocessing.context.BaseContext:
    # fork: workers inherit the built pipeline instead of unpickling or rebuilding it (5 s each)
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def analyse_documents(
    documents: Iterable[Document],
    nlp: Language,
    *,
    batch_size: int = DEFAULTS.batch_size,
    n_process: int = DEFAULTS.n_process,
) -> Iterator[ArticleResult]:
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


@dataclass
class FilesOutcome:
    """What a worker gives back for a run of files: the documents (without their text, which the results
    hold), one result each, and the results' rows already formatted for writing."""

    documents: list[Document]
    results: list[ArticleResult]
    rows: RenderedRows


def analyse_files(
    corpus: str, relpaths: list[str], max_file_bytes: int, batch_size: int, sources: Sources | None = None
) -> FilesOutcome:
    """One task of a worker (local or Dask): read these corpus files, analyse their documents and format
    their rows, so that the process writing the tables only writes.

    The documents are not yet marked as duplicates of documents in other tasks (`chunks_in_order`).
    """
    from analysis.ingest import read_entry

    root = Path(corpus)
    if not root.is_dir():
        raise FileNotFoundError(f"{corpus}: corpus folder not visible on worker {socket.gethostname()}")
    documents = [
        document
        for relpath in relpaths
        for document in read_entry(root, relpath, max_file_bytes=max_file_bytes, sources=sources)
    ]
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


def analyse_corpus(
    corpus: Path,
    nlp: Language,
    *,
    max_file_bytes: int,
    batch_size: int = DEFAULTS.batch_size,
    n_process: int = DEFAULTS.n_process,
    files_per_task: int = FILES_PER_TASK,
    sources: Sources | None = None,
) -> Iterator[RenderedRows]:
    """The rows of every document of a corpus folder, in document order, analysed on `n_process` local processes.

    One process reads, marks duplicates, analyses and formats rows in turn. Several processes each read,
    analyse and format runs of `files_per_task` consecutive files; the main process only lists files, marks
    duplicates and writes, so that nearly all the work scales with the cores.
    """
    from analysis.ingest import iter_corpus_files, iter_documents

    if n_process <= 1:
        documents = iter_documents(corpus, max_file_bytes=max_file_bytes, sources=sources)
        results = _analyse_in_process(documents, nlp, batch_size)
        yield from (render_rows(batch) for batch in batched(results, RENDER_DOCUMENTS))
        return
    tasks = (
        (analyse_files, str(corpus), relpaths, max_file_bytes, batch_size, sources)
        for relpaths in batched(iter_corpus_files(corpus), files_per_task)
    )
    yield from chunks_in_order(_run_in_pool(tasks, nlp, n_process))


def _run_in_pool(tasks: Iterable[tuple], nlp: Language, n_process: int) -> Iterator:
    """Each task's return value, in task order, from a pool of `n_process` workers that hold `nlp`.

    At most two tasks per worker are in flight, so memory does not grow with the number of tasks.
    """
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(
        n_process, mp_context=_process_context(), initializer=_start_worker, initargs=(nlp,)
    ) as pool:
        in_flight: deque = deque()
        try:
            for function, *args in tasks:
                in_flight.append(pool.submit(function, *args))
                if len(in_flight) >= 2 * n_process:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        except BrokenProcessPool:
            raise ExtractionError(
                "an extraction worker process died (out of memory?); try fewer --n-process or a smaller --batch-size"
            ) from None
        finally:
            for future in in_flight:
                future.cancel()
