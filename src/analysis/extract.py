"""Extraction stage: a corpus folder in, the contract's articles / facts / entities / texts tables out.

`run_extract` is the stage's one entry (the `extract` command and notebook 01 call it): the tables, and their
score against the gold annotations (`evaluation.json`) when there are any. `run_extraction` is the edge
that writes the tables: it checks its arguments, runs an engine, local processes
(`analysis.extract_documents.analyse_corpus`) or a Dask cluster (`analysis.distributed`), and streams the
formatted rows to disk (`analysis.extract_tables.write_chunks`).

Memory stays flat as the corpus grows: documents are read lazily, analysed in batches, and the rows are
written as they come. Row order is the order of the documents (ingest's sorted file list), then
`start_char` within a document, so the files do not depend on batch sizes, process counts or the engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis import evaluate
from analysis.distributed import extract_with_dask
from analysis.extract_documents import ExtractionError, analyse_corpus
from analysis.extract_tables import RenderedRows, write_chunks
from analysis.ingest.sources import SourcesError, read_sources
from analysis.nlp.pipeline import get_pipeline
from analysis.params import DEFAULTS
from analysis.review.decisions import ReviewError
from analysis.review.stage import ReviewRun, apply_reviews


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


def run_extraction(
    corpus: Path,
    out: Path,
    *,
    max_file_bytes: int = DEFAULTS.max_file_bytes,
    n_process: int = DEFAULTS.n_process,
    batch_size: int = DEFAULTS.batch_size,
    engine: str = DEFAULTS.engine,
    scheduler: str | None = DEFAULTS.scheduler,
    progress: bool = False,
    sources: Path | None = None,
) -> dict[str, int]:
    """Read every article under `corpus`, stream articles/facts/entities/texts into `out`; return counts.

    engine 'local' analyses on `n_process` local processes; 'dask' on the Dask cluster at `scheduler`
    (a local cluster of `n_process` workers when no address is given), partitioned by files. `sources` is the
    sources manifest (`analysis.ingest.sources`): each file's page address, dates and licence.
    """
    corpus, out = Path(corpus), Path(out)
    if not corpus.is_dir():
        raise ExtractionError(f"{corpus}: corpus folder not found")
    if engine not in ("local", "dask"):
        raise ExtractionError(f"engine {engine!r} is not one of local, dask")
    if batch_size < 1 or n_process < 1:
        raise ExtractionError("batch_size and n_process must be at least 1")
    try:
        manifest = read_sources(sources)
    except SourcesError as exc:
        raise ExtractionError(str(exc)) from None
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise ExtractionError(f"{out}: output folder is not writable ({exc.strerror})") from None
    if engine == "dask":
        chunks = extract_with_dask(
            corpus,
            scheduler=scheduler,
            max_file_bytes=max_file_bytes,
            batch_size=batch_size,
            n_workers=n_process,
            sources=manifest,
        )
    else:
        chunks = analyse_corpus(
            corpus,
            get_pipeline(),
            max_file_bytes=max_file_bytes,
            batch_size=batch_size,
            n_process=n_process,
            sources=manifest,
        )
    if progress:
        chunks = _with_progress(chunks)
    return write_chunks(chunks, out)


EVALUATION_FILE = "evaluation.json"


@dataclass(frozen=True)
class ExtractRun:
    """What one run of the stage wrote: the counts, and the scores against the gold (None without gold)."""

    counts: dict[str, int]
    scores: dict | None
    reviews: ReviewRun | None = None


def run_extract(
    corpus: Path,
    out: Path,
    *,
    gold: Path | None = DEFAULTS.gold,
    sources: Path | None = DEFAULTS.sources,
    reviews: Path | None = DEFAULTS.reviews,
    max_file_bytes: int = DEFAULTS.max_file_bytes,
    n_process: int = DEFAULTS.n_process,
    batch_size: int = DEFAULTS.batch_size,
    engine: str = DEFAULTS.engine,
    scheduler: str | None = DEFAULTS.scheduler,
    progress: bool = False,
) -> ExtractRun:
    """The extract stage: `run_extraction` into `out`; when `gold` is a file, the tables scored against it
    and the scores written to `out`/evaluation.json (the machine's reading, before review); then the
    decisions of the `reviews` folder applied to the facts (`analysis.review`), with their log."""
    counts = run_extraction(
        corpus,
        out,
        max_file_bytes=max_file_bytes,
        n_process=n_process,
        batch_size=batch_size,
        engine=engine,
        scheduler=scheduler,
        progress=progress,
        sources=sources,
    )
    scores = None
    if gold and Path(gold).is_file():
        scores = evaluate.evaluate_paths(Path(gold), Path(out))
        evaluate.write_scores(scores, Path(out) / EVALUATION_FILE)
    try:
        reviewed = apply_reviews(Path(out), reviews)
    except ReviewError as exc:
        raise ExtractionError(f"reviews: {exc}") from None
    return ExtractRun(counts, scores, reviewed)
