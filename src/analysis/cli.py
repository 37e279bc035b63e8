"""Command line: `python -m analysis COMMAND`.

Each command is a thin edge: it reads files and parameters, calls package functions, writes files.
Errors that a user can fix end the command with one line naming the file or key and exit code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from analysis.params import ParamsError, load_params

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


@app.command()
def run(
    params: Annotated[Path, typer.Option("--params", help="Parameters file.")] = Path("params.yaml"),
    set_: Annotated[
        Optional[list[str]],
        typer.Option("--set", help="Override one parameter for this run, e.g. --set renderer=nbconvert."),
    ] = None,
) -> None:
    """Run the whole pipeline: extract, aggregate, model, report; publish to the output folder."""
    from analysis.pipeline import PipelineError, run_pipeline

    try:
        settings = load_params(params if params.exists() or params != Path("params.yaml") else None, set_ or [])
    except ParamsError as exc:
        fail(str(exc))
    root = params.resolve().parent if params.exists() else Path.cwd()
    try:
        summary = run_pipeline(settings.resolved(root), echo=typer.echo)
    except PipelineError as exc:
        fail(str(exc), code=1)
    for line in summary:
        typer.echo(line)


@app.command()
def extract(
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder of articles, read recursively.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for articles/facts/entities (CSV and Parquet).")],
    max_file_bytes: Annotated[int, typer.Option(help="Skip files larger than this (listed as too_large).")] = 5_000_000,
    n_process: Annotated[int, typer.Option("--n-process", help="Local worker processes.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 64,
    engine: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (engine dask).")] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Read every article under --corpus and write the articles, facts and entities tables to --out."""
    from analysis.extract import ExtractionError, run_extraction

    if not corpus.is_dir():
        fail(f"{corpus}: corpus folder not found")
    if engine not in ("local", "dask"):
        fail(f"--engine: {engine!r} is not one of local, dask")
    try:
        counts = run_extraction(
            corpus,
            out,
            max_file_bytes=max_file_bytes,
            n_process=n_process,
            batch_size=batch_size,
            engine=engine,
            scheduler=scheduler,
            progress=progress,
        )
    except ExtractionError as exc:
        fail(str(exc))
    typer.echo(
        f"{counts['documents']} documents ({counts['ok']} ok, {counts['duplicate']} duplicate, "
        f"{counts['unreadable']} unreadable), {counts['facts']} facts, {counts['entities']} entities -> {out}"
    )


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations (JSONL).")],
    pred: Annotated[
        Optional[Path], typer.Option("--pred", help="Folder holding articles.csv and facts.csv (with --corpus: written).")
    ] = None,
    corpus: Annotated[
        Optional[Path],
        typer.Option("--corpus", help="Folder of the annotated texts: extract them first, score the articles present."),
    ] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every mismatch, one line each.")] = False,
) -> None:
    """Score extracted tables against gold annotations: P/R/F1 per fact type, article-level accuracy.

    With --corpus (the real-news sets, whose texts are collected locally and never committed), the texts
    present are checked against their evidence phrases, extracted, and scored."""
    import tempfile

    from analysis import evaluate as ev

    if not gold.exists():
        fail(f"{gold}: gold file not found")
    if corpus is None and pred is None:
        fail("--pred or --corpus is required")
    try:
        records = ev.read_gold(gold)
    except ValueError as exc:
        fail(str(exc))
    with tempfile.TemporaryDirectory() as scratch:
        if corpus is not None:
            if not corpus.is_dir():
                fail(f"{corpus}: corpus folder not found")
            present = ev.present_records(records, corpus)
            typer.echo(f"{len(present)} of {len(records)} annotated articles have their text in {corpus}")
            if not present:
                fail(f"{corpus}: none of the annotated texts is here (see tests/real/README.md to collect them)")
            for problem in ev.evidence_problems(present, corpus):
                typer.echo(f"warning: {problem}", err=True)
            from analysis.extract import run_extraction

            pred = pred or Path(scratch)
            run_extraction(corpus, pred, progress=False)
        for path, what in ((pred / "articles.csv", "articles table"), (pred / "facts.csv", "facts table")):
            if not path.exists():
                fail(f"{path}: {what} not found")
        scores = ev.evaluate_records(records, pred, only_present=corpus is not None)
    typer.echo(ev.format_scores(scores))
    if errors and scores["errors"]:
        typer.echo(ev.format_errors(scores))
    if out is not None:
        ev.write_scores(scores, out)


@app.command("real-quality")
def real_quality(
    real: Annotated[Path, typer.Option("--real", help="Folder of the real-news sets (dev/, blind/: gold.jsonl, articles/).")]
    = Path("tests/real"),
    out: Annotated[Path, typer.Option("--out", help="Summary written for the report and the README.")]
    = Path("src/analysis/resources/real_news_quality.json"),
) -> None:
    """Score the real-news sets whose texts are all collected here and write the summary the report shows."""
    import json
    import tempfile

    from analysis import evaluate as ev
    from analysis.extract import run_extraction

    measured = {}
    for name in ev.REAL_NEWS_SETS:
        gold, articles = real / name / "gold.jsonl", real / name / "articles"
        records = ev.read_gold(gold) if gold.exists() else []
        if not records or len(ev.present_records(records, articles)) < len(records):
            typer.echo(f"{real / name}: not every annotated text is collected here; set left out", err=True)
            continue
        with tempfile.TemporaryDirectory() as pred:
            run_extraction(articles, Path(pred), progress=False)
            measured[name] = ev.evaluate_records(records, Path(pred))
        overall = measured[name]["facts"]["all"]
        typer.echo(f"{name}: facts P {overall['precision']:.3f} R {overall['recall']:.3f} F1 {overall['f1']:.3f}")
    if not measured:
        fail(f"{real}: no real-news set has its texts collected (see tests/real/README.md)")
    out.write_text(json.dumps(ev.real_news_summary(measured), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    typer.echo(f"-> {out}")


@app.command()
def aggregate(
    tables: Annotated[Path, typer.Option("--tables", help="Folder holding articles.csv and facts.csv.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for panel.csv, national.csv and the evidence tables.")],
    cycles: Annotated[
        Optional[list[str]], typer.Option("--cycle", help="Keep only this election cycle, e.g. pilkada-2024 (repeatable).")
    ] = None,
) -> None:
    """Combine article facts into the region x election-cycle panel and the national series."""
    from analysis import aggregate as agg
    from analysis.tables import SchemaCheckError

    for name in ("articles.csv", "facts.csv"):
        if not (tables / name).exists():
            fail(f"{tables / name}: table not found")
    try:
        result = agg.aggregate_paths(tables, out, cycles or None)
    except (agg.AggregateError, SchemaCheckError) as exc:
        fail(str(exc))
    typer.echo(f"panel: {result['panel']} rows, national: {result['national']} rows -> {out}")


@app.command()
def model(
    panel: Annotated[Path, typer.Option("--panel", help="Panel CSV (region x election cycle).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the model's outputs, power.csv included.")],
    formula: Annotated[
        str, typer.Option(help="Model formula (statsmodels/patsy syntax).")
    ] = "violations_reported ~ np.log(asn_headcount) + related_candidates + C(election_type)",
    family: Annotated[str, typer.Option(help="poisson, negbin or auto.")] = "auto",
    reference_dir: Annotated[
        Optional[Path], typer.Option(help="Folder of covariate CSVs keyed by region_code (none: news figures only).")
    ] = Path("data/raw/reference"),
    power_reps: Annotated[
        Optional[int], typer.Option(min=1, help="Simulated panels per size for power.csv (default: as published).")
    ] = None,
) -> None:
    """Fit the count model of violations on risk factors, or explain why it cannot be estimated; simulate its power."""
    from analysis import model as mdl

    if not panel.exists():
        fail(f"{panel}: panel file not found")
    if family not in ("poisson", "negbin", "auto"):
        fail(f"--family: {family!r} is not one of poisson, negbin, auto")
    if reference_dir is not None and not reference_dir.is_dir():
        reference_dir = None  # the default folder is optional: a panel alone is a valid input
    try:
        run = mdl.run_model(panel, out, formula=formula, family=family, reference_dir=reference_dir,
                            power_settings={"reps": power_reps} if power_reps else None)
    except mdl.ModelInputError as exc:
        fail(str(exc))
    typer.echo(mdl.format_summary(run.summary))


@app.command()
def release(
    params: Annotated[Path, typer.Option("--params", help="Parameters file.")] = Path("params.yaml"),
    out: Annotated[Path, typer.Option("--out", help="Folder for release archives.")] = Path("releases"),
    date: Annotated[
        Optional[str], typer.Option("--date", help="Archive date YYYY-MM-DD (default: release_date, else today).")
    ] = None,
) -> None:
    """Write a dated archive of the published dataset (tables, data package, checksums, report)."""
    import datetime as dt

    from analysis import publish

    try:
        settings = load_params(params if params.exists() or params != Path("params.yaml") else None)
    except ParamsError as exc:
        fail(str(exc))
    root = params.resolve().parent if params.exists() else Path.cwd()
    settings = settings.resolved(root)
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


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
