"""What every command shares: the app, the one-line error, the settings from `Params`, the extraction for
scoring."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from analysis.params import Params, ParamsError, load_params, with_options

app = typer.Typer(
    name="analysis",
    help=(
        "ASN Neutrality Watch: turn Indonesian news about civil-servant (ASN) neutrality in elections "
        "into open data and a report.\n\n"
        "Start with `python -m analysis run` (the whole pipeline, settings from params.yaml)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 2) -> None:
    """End the command with a one-line error."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


DEFAULT_PARAMS_FILE = Path("params.yaml")
ParamsFile = Annotated[Path, typer.Option("--params", help="Parameters file.")]
Overrides = Annotated[
    list[str] | None, typer.Option("--set", help="Override one parameter for this run, e.g. --set renderer=nbconvert.")
]


def settings_from(params: Path, overrides: list[str] | None, **options: Any) -> Params:
    """The settings of one command: the parameters file (params.yaml only when there is one), its relative
    paths resolved against its folder, then the --set overrides, then the command's options that were given
    (None: not given)."""
    try:
        settings = load_params(params if params.exists() or params != DEFAULT_PARAMS_FILE else None, overrides or [])
        root = params.resolve().parent if params.exists() else Path.cwd()
        return with_options(settings.resolved(root), options)
    except ParamsError as exc:
        fail(str(exc))


def extract_tables(settings: Params, corpus: Path, out: Path) -> dict[str, int]:
    """The contract tables of `corpus` in `out`, extracted with the settings (for scoring; no evaluation.json)."""
    from analysis.extract import run_extraction

    return run_extraction(
        corpus,
        out,
        max_file_bytes=settings.max_file_bytes,
        n_process=settings.n_process,
        batch_size=settings.batch_size,
        engine=settings.engine,
        scheduler=settings.scheduler,
    )
