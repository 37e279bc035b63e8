"""The whole run: the stage notebooks executed in order with Papermill, then publishing.

    params.yaml -> Params -> each notebook's `parameters` cell -> analysis.<stage> functions

1. `01_extract`, `02_aggregate`, `03_model` write their tables into `<build_dir>/tables/`;
2. `publish_tables` writes the release folder `<build_dir>/release/` (tables, data package, codebook);
3. `04_report` runs once per report language and is rendered (Quarto or nbconvert) into
   `<build_dir>/release/report/`; the checksums are written last;
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


@dataclass(frozen=True)
class Stage:
    name: str
    notebook: str  # file under notebooks/
    output: str  # executed copy under <build_dir>/notebooks/
    extra: tuple[tuple[str, Any], ...] = ()  # parameters that are not in params.yaml (the report language)


def stages(settings: Params) -> list[Stage]:
    """The notebook stages of a run, in order; the report once per language."""
    return [
        Stage("extract", "01_extract.ipynb", "01_extract.ipynb"),
        Stage("aggregate", "02_aggregate.ipynb", "02_aggregate.ipynb"),
        Stage("model", "03_model.ipynb", "03_model.ipynb"),
    ] + [Stage(f"report ({lang})", "04_report.ipynb", f"04_report.{lang}.ipynb", (("lang", lang),))
         for lang in settings.report_languages]


def declared_parameters(notebook: Path) -> set[str]:
    """Names the notebook's `parameters` cell declares."""
    import papermill

    return set(papermill.inspect_notebook(str(notebook)))


def stage_parameters(settings: Params, stage: Stage, declared: set[str]) -> dict[str, Any]:
    """The parameters a notebook declares, from the one Params object (plus the stage's own)."""
    values = settings.for_notebook() | dict(stage.extra)
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


def execute_stage(stage: Stage, settings: Params, notebooks_dir: Path = NOTEBOOKS_DIR) -> Path:
    """Execute one notebook into <build_dir>/notebooks/; PipelineError naming notebook, cell and exception."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    source = notebooks_dir / stage.notebook
    if not source.is_file():
        raise PipelineError(f"{source}: notebook not found")
    executed = settings.build_dir / "notebooks" / stage.output
    parameters = stage_parameters(settings, stage, declared_parameters(source))
    # a short path of its own: a Unix socket path has at most 107 characters
    socket_dir = Path(tempfile.mkdtemp(prefix="asn-kernel-"))
    try:
        papermill.execute_notebook(str(source), str(executed), parameters=parameters, kernel_name="python3",
                                   progress_bar=False, log_output=False, cwd=str(notebooks_dir),
                                   kernel_manager_class=_ipc_kernel_manager(socket_dir))
    except PapermillExecutionError as exc:
        raise PipelineError(
            f"stage {stage.name} failed in {stage.notebook}, cell {exc.cell_index} "
            f"({_first_line(exc.source)!r}): {exc.ename}: {exc.evalue} "
            f"(partly executed notebook kept: {executed})") from None
    except Exception as exc:  # the kernel could not start, the notebook could not be read or written
        raise PipelineError(f"stage {stage.name} ({stage.notebook}) could not run: "
                            f"{type(exc).__name__}: {exc}") from None
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


def _timed(echo: Callable[[str], None], label: str, step: Callable[[], Any]) -> Any:
    echo(f"{label} ...")
    start = time.perf_counter()
    result = step()
    echo(f"{label} done in {time.perf_counter() - start:.1f} s")
    return result


def run_pipeline(settings: Params, echo: Callable[[str], None] = print) -> list[str]:
    """Run every stage and publish; returns the closing lines (where the report and the dataset are)."""
    from analysis import publish, render

    _check_inputs(settings)
    try:
        renderer = render.choose_renderer(settings.renderer)  # fails now, not after the long stages
    except render.RenderError as exc:
        raise PipelineError(f"parameter 'renderer': {exc}") from None
    fresh_build_folder(settings.build_dir)
    tables, release = settings.build_dir / "tables", settings.build_dir / "release"
    notebook_stages = stages(settings)
    total = len(notebook_stages) + 2
    step = 0

    def next_label(name: str) -> str:
        nonlocal step
        step += 1
        return f"[{step}/{total}] {name}"

    executed: dict[str, Path] = {}
    for stage in notebook_stages:
        if stage.name.startswith("report") and not (release / publish.DATAPACKAGE).is_file():
            _timed(echo, next_label("publish"), lambda: _publish(settings, tables, release))
        executed[stage.name] = _timed(echo, next_label(f"{stage.name}: {stage.notebook}"),
                                      lambda stage=stage: execute_stage(stage, settings))
    if not (release / publish.DATAPACKAGE).is_file():  # no report language asked for
        _timed(echo, next_label("publish"), lambda: _publish(settings, tables, release))

    def render_reports() -> list[str]:
        used = []
        for lang in settings.report_languages:
            out_html = release / "report" / f"report.{lang}.html"
            try:
                used.append(render.render_notebook(executed[f"report ({lang})"], out_html, renderer=renderer,
                                                   reports_dir=settings.reports_dir))
            except render.RenderError as exc:
                raise PipelineError(f"rendering the {lang} report failed: {exc}") from None
        if settings.report_languages:
            render.write_language_index(release / "report", settings.report_languages)
        publish.write_checksums(release)
        return used

    used = _timed(echo, next_label(f"render ({renderer}) and replace {settings.output}"),
                  lambda: render_reports())
    try:
        publish.atomic_replace(release, settings.output)
    except publish.PublishError as exc:
        raise PipelineError(str(exc)) from None

    n_tables = len(list(settings.output.glob("*.csv")))
    lines = [f"dataset: {settings.output}/ (datapackage.json and {n_tables} tables as CSV and Parquet)"]
    lines += [f"report ({lang}): {settings.output / 'report' / f'report.{lang}.html'}"
              for lang in settings.report_languages]
    if used:
        why = "" if settings.renderer != "auto" else (
            " (quarto found on PATH)" if used[0] == "quarto" else " (quarto not on PATH)")
        lines.append(f"rendered with {used[0]}{why}")
    lines.append(f"executed notebooks: {settings.build_dir / 'notebooks'}")
    return lines


def _publish(settings: Params, tables: Path, release: Path) -> None:
    from analysis import publish
    from analysis.tables import SchemaCheckError

    try:
        publish.publish_tables(tables, release, dataset_version=settings.dataset_version,
                               publisher=settings.publisher, release_date=settings.release_date,
                               checksums=False)  # written once the reports are in (render_reports)
    except (publish.PublishError, SchemaCheckError) as exc:
        raise PipelineError(f"stage publish failed: {exc}") from None
