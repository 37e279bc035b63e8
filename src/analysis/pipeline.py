"""The whole run: the stages in the order of `STAGES`, then the reports rendered and the release swapped in.

    params.yaml -> Params -> each notebook's `parameters` cell -> the stage's entry function

Each stage has one entry function in the package, which its CLI sub-command and its notebook both call:

1. extract (`01_extract`, `analysis.extract.run_extract`), cite (`analysis.review.stage.add_cited`: the
   figures people quoted from articles outside the corpus, added with their article as status `cited`),
   aggregate (`02_aggregate`, `analysis.aggregate.run_aggregate`) and model (`03_model`,
   `analysis.model.run_model`) write their tables into `<build_dir>/tables/`;
2. publish (`analysis.publish.publish_tables`) writes the release folder `<build_dir>/release/` (tables, data
   package, codebook);
3. report (`04_report`, `analysis.report.build_report`) runs once per report language and is rendered (Quarto
   or nbconvert) into `<build_dir>/release/report/`; the checksums are written last;
4. `atomic_replace` swaps the release into the output folder (`data/processed/`) as a whole.

A failure anywhere stops the run with one message (the notebook, the cell, the exception), keeps the partly
executed notebook under `<build_dir>/notebooks/`, and leaves the previous release untouched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.params import Params

NOTEBOOKS_DIR = Path(__file__).resolve().parents[2] / "notebooks"
BUILD_SUBFOLDERS = ("notebooks", "tables", "release")  # what a run owns inside build_dir


class PipelineError(RuntimeError):
    """A stage failed; the message names it and says why."""


def declared_parameters(notebook: Path) -> set[str]:
    """Names the notebook's `parameters` cell declares."""
    import papermill

    return set(papermill.inspect_notebook(str(notebook)))


def stage_parameters(settings: Params, extra: dict[str, Any], declared: set[str]) -> dict[str, Any]:
    """The parameters a notebook declares, from the one Params object (plus the stage's own, e.g. `lang`)."""
    values = settings.for_notebook() | extra
    return {name: values[name] for name in sorted(declared) if name in values}


def _first_line(source: str) -> str:
    lines = [line for line in source.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return (lines[0].strip() if lines else "")[:80]


def _ipc_kernel_manager(socket_dir: Path):
    """A kernel manager whose kernel talks over local IPC sockets: a run opens no TCP port at all.

    The socket files go to `socket_dir` (by default they would land in the notebook's folder)."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("transport", "ipc")
            kwargs.setdefault("ip", str(socket_dir / "kernel"))
            super().__init__(**kwargs)

    return IPCKernelManager


def execute_stage(stage: Stage, settings: Params, lang: str | None = None, notebooks_dir: Path = NOTEBOOKS_DIR) -> Path:
    """Execute the stage's notebook (in `lang` for the report) into <build_dir>/notebooks/; PipelineError naming
    notebook, cell and exception."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    source = notebooks_dir / stage.notebook
    if not source.is_file():
        raise PipelineError(f"{source}: notebook not found")
    executed = settings.build_dir / "notebooks" / stage.executed_name(lang)
    extra = {"lang": lang} if lang is not None else {}
    parameters = stage_parameters(settings, extra, declared_parameters(source))
    # a short path of its own: a Unix socket path has at most 107 characters
    socket_dir = Path(tempfile.mkdtemp(prefix="asn-kernel-"))
    try:
        papermill.execute_notebook(
            str(source),
            str(executed),
            parameters=parameters,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            cwd=str(notebooks_dir),
            kernel_manager_class=_ipc_kernel_manager(socket_dir),
        )
    except PapermillExecutionError as exc:
        raise PipelineError(
            f"stage {stage.label(lang)} failed in {stage.notebook}, cell {exc.cell_index} "
            f"({_first_line(exc.source)!r}): {exc.ename}: {exc.evalue} "
            f"(partly executed notebook kept: {executed})"
        ) from None
    except Exception as exc:  # the kernel could not start, the notebook could not be read or written
        raise PipelineError(
            f"stage {stage.label(lang)} ({stage.notebook}) could not run: {type(exc).__name__}: {exc}"
        ) from None
    finally:
        shutil.rmtree(socket_dir, ignore_errors=True)
    return executed


def fresh_build_folder(build_dir: Path) -> None:
    """Remove what an earlier run left in the folders a run owns (and only those)."""
    for name in BUILD_SUBFOLDERS:
        shutil.rmtree(build_dir / name, ignore_errors=True)
    (build_dir / "notebooks").mkdir(parents=True, exist_ok=True)


def _check_inputs(settings: Params) -> None:
    if not settings.corpus.is_dir():
        raise PipelineError(f"{settings.corpus}: corpus folder not found (parameter 'corpus')")
    if settings.gold is not None and not settings.gold.is_file():
        raise PipelineError(f"{settings.gold}: gold annotations not found (parameter 'gold'; null for none)")
    if settings.sources is not None and not settings.sources.is_file():
        raise PipelineError(f"{settings.sources}: sources manifest not found (parameter 'sources'; null for none)")


def _timed(echo: Callable[[str], None], label: str, step: Callable[[], Any]) -> Any:
    echo(f"{label} ...")
    start = time.perf_counter()
    result = step()
    echo(f"{label} done in {time.perf_counter() - start:.1f} s")
    return result


def add_cited_figures(settings: Params) -> dict[str, int]:
    """The cite stage of a run: the figures people quoted from articles outside the corpus (parameter `cited`)
    added to <build_dir>/tables; the counts of the review log's outcomes."""
    from analysis.review.decisions import ReviewError
    from analysis.review.stage import add_cited

    try:
        return add_cited(settings.build_dir / "tables", settings.cited).counts
    except ReviewError as exc:
        raise PipelineError(f"stage cite failed: parameter 'cited': {exc}") from None


def publish_release(settings: Params) -> dict[str, Any]:
    """The publish stage of a run: <build_dir>/tables -> <build_dir>/release (checksums come after the reports)."""
    from analysis import publish
    from analysis.tables import SchemaCheckError

    try:
        return publish.publish_tables(
            settings.build_dir / "tables",
            settings.build_dir / "release",
            dataset_version=settings.dataset_version,
            publisher=settings.publisher,
            release_date=settings.release_date,
            checksums=False,
        )  # written once the reports are in (render_reports)
    except (publish.PublishError, SchemaCheckError) as exc:
        raise PipelineError(f"stage publish failed: {exc}") from None


@dataclass(frozen=True)
class Stage:
    """One stage of a run: what it reads and writes (inside <build_dir> unless a parameter), and how it runs."""

    name: str
    inputs: tuple[str, ...]  # parameters and files it reads
    outputs: tuple[str, ...]  # files it writes
    notebook: str | None = None  # executed with Papermill; the notebook calls the stage's entry function
    run: Callable[[Params], Any] | None = None  # called directly when there is no notebook
    per_language: bool = False  # once per report language, with the notebook parameter `lang`

    def label(self, lang: str | None = None) -> str:
        return f"{self.name} ({lang})" if lang is not None else self.name

    def executed_name(self, lang: str | None = None) -> str:
        """The executed copy's file name under <build_dir>/notebooks/."""
        stem = Path(self.notebook).stem
        return f"{stem}.{lang}.ipynb" if lang is not None else f"{stem}.ipynb"


STAGES = (
    Stage(
        "extract",
        inputs=("corpus", "gold", "sources", "reviews"),
        notebook="01_extract.ipynb",
        outputs=(
            "tables/articles",
            "tables/facts",
            "tables/entities",
            "tables/texts",
            "tables/evaluation.json (when gold is given)",
            "tables/review_log",
        ),
    ),
    Stage(
        "cite",
        inputs=("tables/articles", "tables/facts", "tables/review_log", "cited"),
        run=add_cited_figures,
        outputs=("tables/articles", "tables/facts", "tables/review_log"),
    ),
    Stage(
        "aggregate",
        inputs=("tables/articles", "tables/facts", "cycles", "require_review"),
        notebook="02_aggregate.ipynb",
        outputs=("tables/panel", "tables/national", "tables/evidence"),
    ),
    Stage(
        "model",
        inputs=("tables/panel", "reference_dir", "model_formula", "model_family"),
        notebook="03_model.ipynb",
        outputs=(
            "tables/coefficients.csv",
            "tables/model_summary.json",
            "tables/descriptive.csv",
            "tables/covariate_sources.csv",
            "tables/power.csv",
        ),
    ),
    Stage(
        "publish",
        inputs=("tables/", "dataset_version", "publisher", "release_date"),
        run=publish_release,
        outputs=("release/",),
    ),
    Stage(
        "report",
        inputs=("tables/", "release/", "publisher", "dataset_version", "release_date"),
        notebook="04_report.ipynb",
        per_language=True,
        outputs=("notebooks/04_report.<lang>.ipynb",),
    ),
)
REPORT = next(stage for stage in STAGES if stage.per_language)


def _steps(settings: Params) -> list[tuple[str, str | None, Stage]]:
    """The run's steps in order: (label, report language or None, stage); the report once per language."""
    steps = []
    for stage in STAGES:
        for lang in settings.report_languages if stage.per_language else [None]:
            where = f": {stage.notebook}" if stage.notebook else ""
            steps.append((stage.label(lang) + where, lang, stage))
    return steps


def run_stage(stage: Stage, settings: Params, lang: str | None = None) -> Any:
    """One step: the stage's notebook executed (returns its executed copy) or its function called in a process
    of its own. Like a notebook's kernel, the process gives its memory back when the stage ends: a stage run in
    the pipeline's own process would keep its peak (the tables it read) through every later stage."""
    if stage.notebook is not None:
        return execute_stage(stage, settings, lang)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as worker:
        return worker.submit(stage.run, settings).result()


def chosen_renderer(settings: Params) -> str:
    from analysis import render

    try:
        return render.choose_renderer(settings.renderer)
    except render.RenderError as exc:
        raise PipelineError(f"parameter 'renderer': {exc}") from None


def render_reports(settings: Params, executed: dict[str, Path], report_dir: Path, renderer: str) -> list[str]:
    """Render each language's executed report notebook into `report_dir` with its index; the renderers used."""
    from analysis import render

    used = []
    for lang in settings.report_languages:
        try:
            used.append(
                render.render_notebook(
                    executed[lang],
                    report_dir / f"report.{lang}.html",
                    renderer=renderer,
                    reports_dir=settings.reports_dir,
                )
            )
        except render.RenderError as exc:
            raise PipelineError(f"rendering the {lang} report failed: {exc}") from None
    if settings.report_languages:
        render.write_language_index(report_dir, settings.report_languages)
    return used


def run_report(settings: Params, report_dir: Path) -> list[str]:
    """The report stage alone (the `report` command): execute the report notebook per language on
    <build_dir>/tables and <build_dir>/release, render into `report_dir`; returns the renderers used."""
    renderer = chosen_renderer(settings)
    (settings.build_dir / "notebooks").mkdir(parents=True, exist_ok=True)
    executed = {lang: execute_stage(REPORT, settings, lang) for lang in settings.report_languages}
    return render_reports(settings, executed, report_dir, renderer)


def run_pipeline(settings: Params, echo: Callable[[str], None] = print) -> list[str]:
    """Run every stage and publish; returns the closing lines (where the report and the dataset are)."""
    from analysis import publish

    _check_inputs(settings)
    renderer = chosen_renderer(settings)  # fails now, not after the long stages
    fresh_build_folder(settings.build_dir)
    release = settings.build_dir / "release"
    steps = _steps(settings)
    total = len(steps) + 1
    executed: dict[str, Path] = {}
    for number, (label, lang, stage) in enumerate(steps, 1):
        result = _timed(
            echo, f"[{number}/{total}] {label}", lambda stage=stage, lang=lang: run_stage(stage, settings, lang)
        )
        if stage.per_language:
            executed[lang] = result

    def render_and_checksum() -> list[str]:
        used = render_reports(settings, executed, release / "report", renderer)
        publish.write_checksums(release)
        return used

    used = _timed(echo, f"[{total}/{total}] render ({renderer}) and replace {settings.output}", render_and_checksum)
    try:
        publish.atomic_replace(release, settings.output)
    except publish.PublishError as exc:
        raise PipelineError(str(exc)) from None
    return _closing_lines(settings, used)


def _closing_lines(settings: Params, used: list[str]) -> list[str]:
    n_tables = len(list(settings.output.glob("*.csv")))
    lines = [f"dataset: {settings.output}/ (datapackage.json and {n_tables} tables as CSV and Parquet)"]
    lines += [
        f"report ({lang}): {settings.output / 'report' / f'report.{lang}.html'}" for lang in settings.report_languages
    ]
    if used:
        why = (
            ""
            if settings.renderer != "auto"
            else (" (quarto found on PATH)" if used[0] == "quarto" else " (quarto not on PATH)")
        )
        lines.append(f"rendered with {used[0]}{why}")
    lines.append(f"executed notebooks: {settings.build_dir / 'notebooks'}")
    return lines
