"""The pipeline's commands: the whole run, then each stage on its own, the release and the database browser."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from analysis.cli.common import DEFAULT_PARAMS_FILE, Overrides, ParamsFile, app, fail, settings_from


@app.command()
def run(params: ParamsFile = DEFAULT_PARAMS_FILE, set_: Overrides = None) -> None:
    """Run the whole pipeline: extract, aggregate, model, report; publish to the output folder."""
    from analysis.pipeline import PipelineError, run_pipeline

    settings = settings_from(params, set_)
    try:
        summary = run_pipeline(settings, echo=typer.echo)
    except PipelineError as exc:
        fail(str(exc), code=1)
    for line in summary:
        typer.echo(line)


@app.command()
def extract(
    out: Annotated[Path, typer.Option("--out", help="Folder for articles/facts/entities (CSV and Parquet).")],
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Folder of articles, read recursively (default: corpus).")
    ] = None,
    sources: Annotated[
        Path | None,
        typer.Option("--sources", help="Sources manifest (CSV: file, url, retrieved, licence...; default: sources)."),
    ] = None,
    max_file_bytes: Annotated[
        int | None, typer.Option(help="Skip files larger than this (listed as too_large).")
    ] = None,
    n_process: Annotated[int | None, typer.Option("--n-process", help="Local worker processes.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per spaCy batch.")] = None,
    engine: Annotated[str | None, typer.Option(help="local or dask.")] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (engine dask).")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Read every article under --corpus and write the articles, facts and entities tables to --out; with gold
    annotations (parameter gold, when the file exists), their scores too (evaluation.json)."""
    from analysis.extract import ExtractionError, run_extract

    settings = settings_from(
        params,
        set_,
        corpus=corpus,
        sources=sources,
        max_file_bytes=max_file_bytes,
        n_process=n_process,
        batch_size=batch_size,
        engine=engine,
        scheduler=scheduler,
    )
    if not settings.corpus.is_dir():
        fail(f"{settings.corpus}: corpus folder not found")
    manifest = settings.sources
    if sources is not None and not sources.is_file():
        fail(f"{sources}: sources manifest not found")
    if manifest is not None and not manifest.is_file():
        manifest = None  # like gold: the parameters' manifest when it is there (a corpus elsewhere has none)
    try:
        run = run_extract(
            settings.corpus,
            out,
            gold=settings.gold,
            sources=manifest,
            reviews=settings.reviews,
            max_file_bytes=settings.max_file_bytes,
            n_process=settings.n_process,
            batch_size=settings.batch_size,
            engine=settings.engine,
            scheduler=settings.scheduler,
            progress=progress,
        )
    except ExtractionError as exc:
        fail(str(exc))
    counts = run.counts
    if run.scores is not None:
        typer.echo(f"scored against {settings.gold} -> {out / 'evaluation.json'}")
    typer.echo(
        f"{counts['documents']} documents ({counts['ok']} ok, {counts['duplicate']} duplicate, "
        f"{counts['unreadable']} unreadable), {counts['facts']} facts, {counts['entities']} entities -> {out}"
    )


@app.command()
def aggregate(
    tables: Annotated[Path, typer.Option("--tables", help="Folder holding articles.csv and facts.csv.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for panel.csv, national.csv and the evidence tables.")],
    cycles: Annotated[
        list[str] | None, typer.Option("--cycle", help="Keep only this election cycle, e.g. pilkada-2024 (repeatable).")
    ] = None,
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Combine article facts into the region x election-cycle panel and the national series."""
    from analysis import aggregate as agg
    from analysis.tables import SchemaCheckError

    settings = settings_from(params, set_, cycles=cycles or None)
    for name in ("articles.csv", "facts.csv"):
        if not (tables / name).exists():
            fail(f"{tables / name}: table not found")
    try:
        counts = agg.run_aggregate(tables, out, settings.cycles, settings.require_review).counts
    except (agg.AggregateError, SchemaCheckError) as exc:
        fail(str(exc))
    typer.echo(f"panel: {counts['panel']} rows, national: {counts['national']} rows -> {out}")


@app.command()
def model(
    panel: Annotated[Path, typer.Option("--panel", help="Panel CSV (region x election cycle).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the model's outputs, power.csv included.")],
    formula: Annotated[
        str | None, typer.Option(help="Model formula (statsmodels/patsy syntax; default: model_formula).")
    ] = None,
    family: Annotated[str | None, typer.Option(help="poisson, negbin or auto (default: model_family).")] = None,
    reference_dir: Annotated[
        Path | None, typer.Option(help="Folder of covariate CSVs keyed by region_code (none: news figures only).")
    ] = None,
    power_reps: Annotated[
        int | None, typer.Option(min=1, help="Simulated panels per size for power.csv (default: as published).")
    ] = None,
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Fit the count model of violations on risk factors, or explain why it cannot be estimated; simulate its power."""
    settings = settings_from(params, set_, model_formula=formula, model_family=family, reference_dir=reference_dir)
    from analysis import model as mdl

    if not panel.exists():
        fail(f"{panel}: panel file not found")
    reference = settings.reference_dir if settings.reference_dir.is_dir() else None  # a panel alone will do
    try:
        run = mdl.run_model(
            panel,
            out,
            formula=settings.model_formula,
            family=settings.model_family,
            reference_dir=reference,
            power_settings={"reps": power_reps} if power_reps else None,
        )
    except mdl.ModelInputError as exc:
        fail(str(exc))
    typer.echo(mdl.format_summary(run.summary))


@app.command("publish")
def publish_command(
    tables: Annotated[Path, typer.Option("--tables", help="Folder holding the run's tables.")],
    out: Annotated[Path, typer.Option("--out", help="Release folder to write (new or empty).")],
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Publish the tables as a validated data package (tables, codebook, datapackage.json, checksums) in --out."""
    from analysis import publish
    from analysis.tables import SchemaCheckError

    settings = settings_from(params, set_)
    try:
        published = publish.publish_tables(
            tables,
            out,
            dataset_version=settings.dataset_version,
            publisher=settings.publisher,
            release_date=settings.release_date,
        )
    except (publish.PublishError, SchemaCheckError) as exc:
        fail(str(exc))
    typer.echo(f"{len(published['tables'])} tables published -> {out}")


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", help="Folder for report.<lang>.html and index.html.")],
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Execute the report notebook on <build_dir>'s tables and release, per report language, and render it."""
    from analysis.pipeline import PipelineError, run_report

    settings = settings_from(params, set_)
    try:
        used = run_report(settings, out)
    except PipelineError as exc:
        fail(str(exc), code=1)
    for lang in settings.report_languages:
        typer.echo(f"report ({lang}): {out / f'report.{lang}.html'}")
    if used:
        typer.echo(f"rendered with {used[0]}")


@app.command()
def release(
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
    out: Annotated[Path, typer.Option("--out", help="Folder for release archives.")] = Path("releases"),
    date: Annotated[
        str | None, typer.Option("--date", help="Archive date YYYY-MM-DD (default: release_date, else today).")
    ] = None,
) -> None:
    """Write a dated archive of the published dataset (tables, data package, checksums, report)."""
    import datetime as dt

    from analysis import publish

    settings = settings_from(params, set_)
    if not (settings.output / "datapackage.json").exists():
        fail(f"{settings.output}: no published dataset here; run `make run` first")
    try:
        # The date names the archive and stamps its members: a fixed date gives the same bytes every time.
        day = dt.date.fromisoformat(date) if date else (settings.release_date or dt.date.today())
    except ValueError:
        fail(f"--date: {date!r} is not an ISO date YYYY-MM-DD")
    try:
        # The version of what is published, not of params.yaml, which may have changed since the run.
        version = publish.published_version(settings.output)
        archive = publish.make_release_archive(settings.output, out, version, date=day)
    except publish.PublishError as exc:
        fail(str(exc))
    typer.echo(f"release archive: {archive}")


@app.command()
def serve(
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
    port: Annotated[int | None, typer.Option("--port", help="Port on localhost (default: serve_port).")] = None,
) -> None:
    """Browse the published SQLite database with Datasette on localhost (facets, full-text search, SQL)."""
    import subprocess
    import sys

    from analysis.publish.database import datasette_command

    settings = settings_from(params, set_, serve_port=port)
    try:
        command = datasette_command(settings.output, settings.serve_port, python=sys.executable)
    except FileNotFoundError as exc:
        fail(str(exc))
    typer.echo(f"Datasette on http://127.0.0.1:{settings.serve_port}/ (Ctrl-C stops it)")
    raise typer.Exit(subprocess.call(command))
