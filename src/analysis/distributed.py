"""Extraction on a Dask distributed cluster, partitioned by files.

Each task reads a run of consecutive files of the sorted corpus listing and analyses them on a worker
(the pipeline is built once per worker process). Whether a document is a duplicate is only known
against every earlier document, so the client marks duplicates in document order, as the local engine
does, and drops the analysis of a duplicate. Workers also format the rows for writing; partitions come
back in document order, with a bounded number in flight, so the tables are the local engine's, byte for byte.

Workers must be able to import this package and to read the corpus at the same path as the client
(a shared file system), and should run one thread each (`--nthreads 1`): the NLP is pure Python.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from analysis.extract_documents import ExtractionError, FilesOutcome, analyse_files, chunks_in_order
from analysis.extract_tables import RenderedRows
from analysis.ingest.sources import Sources
from analysis.params import DEFAULTS

MAX_FILES_PER_PARTITION = 500
PARTITIONS_PER_WORKER = 4  # enough to balance uneven files, few enough to keep task overhead small
CONNECT_TIMEOUT = "20s"


def partition_files(files: list[str], files_per_partition: int) -> list[list[str]]:
    """Consecutive runs of `files_per_partition` files, in listing order."""
    if files_per_partition < 1:
        raise ValueError("files_per_partition must be at least 1")
    return [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]


def partition_size(n_files: int, n_workers: int) -> int:
    """Files per partition: about PARTITIONS_PER_WORKER partitions per worker, at most MAX_FILES_PER_PARTITION."""
    return max(1, min(MAX_FILES_PER_PARTITION, math.ceil(n_files / (PARTITIONS_PER_WORKER * max(1, n_workers)))))


def _outcomes_in_order(
    client,
    corpus: Path,
    partitions: list[list[str]],
    max_file_bytes: int,
    batch_size: int,
    window: int,
    sources: Sources | None = None,
) -> Iterator[FilesOutcome]:
    """Submit partitions, at most `window` at a time, and give their outcomes back in partition order."""
    in_flight: deque = deque()
    todo = iter(enumerate(partitions))

    def submit_next() -> None:
        for index, relpaths in todo:
            future = client.submit(
                analyse_files, str(corpus), relpaths, max_file_bytes, batch_size, sources, pure=False
            )
            in_flight.append((index, future))
            return

    try:
        for _ in range(window):
            submit_next()
        while in_flight:
            index, future = in_flight.popleft()
            try:
                outcome = future.result()
            except Exception as exc:  # a worker died or the task raised: the run cannot be completed
                first = partitions[index][0] if partitions[index] else "?"
                raise ExtractionError(
                    f"dask: partition {index} (from {first}) failed: {type(exc).__name__}: {exc}"
                ) from None
            future.release()
            submit_next()
            yield outcome
    finally:
        for _, future in in_flight:
            future.cancel()


def _connect(scheduler: str | None, n_workers: int):
    """A client of the cluster at `scheduler`, or of a new local cluster of `n_workers` processes."""
    from contextlib import ExitStack

    from distributed import Client, LocalCluster

    stack = ExitStack()
    if scheduler:
        try:
            client = stack.enter_context(Client(scheduler, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError) as exc:
            stack.close()
            raise ExtractionError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
    else:
        cluster = stack.enter_context(
            LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
        )
        client = stack.enter_context(Client(cluster))
    return stack, client


def extract_with_dask(
    corpus: Path,
    *,
    scheduler: str | None = None,
    max_file_bytes: int = DEFAULTS.max_file_bytes,
    batch_size: int = DEFAULTS.batch_size,
    n_workers: int = 1,
    files_per_partition: int | None = None,
    sources: Sources | None = None,
) -> Iterator[RenderedRows]:
    """Analyse every document under `corpus` on a Dask cluster; the rows in document order, formatted by
    the workers.

    `scheduler` is the scheduler's address (tcp://host:8786); without it a local cluster of `n_workers`
    worker processes is started for the run.
    """
    from analysis.ingest import list_corpus_files

    corpus = Path(corpus)
    files = list_corpus_files(corpus)
    stack, client = _connect(scheduler, n_workers)
    with stack:
        workers = client.scheduler_info().get("workers", {})
        slots = sum(w.get("nthreads", 1) for w in workers.values()) or n_workers
        size = files_per_partition or partition_size(len(files), slots)
        partitions = partition_files(files, size)
        outcomes = _outcomes_in_order(
            client, corpus, partitions, max_file_bytes, batch_size, window=2 * slots, sources=sources
        )
        yield from chunks_in_order(outcomes)
