"""Command line: `python -m analysis COMMAND`.

Each command is a thin edge: it reads files and parameters, calls package functions, writes files. Each stage
command calls the stage's one entry function (the one its notebook calls). Every command takes its settings
from `Params`: the parameters file (`--params`, params.yaml here by default), then `--set key=value`, then the
command's own options when given; no default is written here.
Errors that a user can fix end the command with one line naming the file or key and exit code 2.
"""

from __future__ import annotations

import sys
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


@app.command()
def evaluate(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold annotations (JSONL; default: gold).")] = None,
    pred: Annotated[
        Path | None, typer.Option("--pred", help="Folder holding articles.csv and facts.csv (with --corpus: written).")
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option("--corpus", help="Folder of the annotated texts: extract them first, score the articles present."),
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every mismatch, one line each.")] = False,
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Score extracted tables against gold annotations: P/R/F1 per fact type, article-level accuracy.

    With --corpus (the real-news sets, whose texts are collected locally and never committed), the texts
    present are checked against their evidence phrases, extracted, and scored."""
    import tempfile

    from analysis import evaluate as ev

    settings = settings_from(params, set_, gold=gold)
    gold = settings.gold
    if gold is None:
        fail("--gold is required (no gold file in the parameters)")
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
            pred = pred or Path(scratch)
            extract_tables(settings, corpus, pred)
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
    real: Annotated[
        Path, typer.Option("--real", help="Folder of the real-news sets (dev/, blind/: gold.jsonl, articles/).")
    ] = Path("tests/real"),
    out: Annotated[Path, typer.Option("--out", help="Summary written for the report and the README.")] = Path(
        "src/analysis/resources/real_news_quality.json"
    ),
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Score the real-news sets whose texts are collected here (nine in ten at least) and write the summary the
    report shows."""
    import json
    import tempfile

    from analysis import evaluate as ev

    settings = settings_from(params, set_)
    measured = {}
    for name in ev.REAL_NEWS_SETS:
        gold, articles = real / name / "gold.jsonl", real / name / "articles"
        records = ev.read_gold(gold) if gold.exists() else []
        if not ev.collected_enough(records, articles):
            typer.echo(f"{real / name}: too few annotated texts are collected here; set left out", err=True)
            continue
        with tempfile.TemporaryDirectory() as pred:
            extract_tables(settings, articles, Path(pred))
            measured[name] = ev.evaluate_records(records, Path(pred), only_present=True)
        overall = measured[name]["facts"]["all"]
        typer.echo(
            f"{name} ({measured[name]['n_gold_articles']} of {len(records)} articles): facts P "
            f"{overall['precision']:.3f} R {overall['recall']:.3f} F1 {overall['f1']:.3f}"
        )
    if not measured:
        fail(f"{real}: no real-news set has its texts collected (see tests/real/README.md)")
    summary = ev.carry_over_summary(ev.real_news_summary(measured), out)
    for name in sorted(set(summary) - set(measured)):
        typer.echo(f"{name}: the figures it was last scored with are kept ({summary[name]['articles']} articles)")
    out.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    typer.echo(f"-> {out}")


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


review_app = typer.Typer(
    help="Human review: export the sheet of facts to check, check the reviews, calibrate the confidence.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")


Tables = Annotated[
    Path | None, typer.Option("--tables", help="Folder of the run's tables (default: <build_dir>/tables).")
]


@review_app.command("export")
def review_export(
    out: Annotated[Path, typer.Option("--out", help="The sheet to write (CSV, UTF-8 with BOM).")],
    tables: Tables = None,
    include_reviewed: Annotated[
        bool, typer.Option("--all", help="Also the facts a person has already decided on.")
    ] = False,
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Write the review sheet: one row per fact to check, least certain first, with empty decision columns."""
    from analysis.review.stage import export_sheet
    from analysis.tables import SchemaCheckError

    settings = settings_from(params, set_)
    tables = tables or settings.build_dir / "tables"
    if not (tables / "facts.csv").is_file():
        fail(f"{tables / 'facts.csv'}: facts table not found (run `make run` or `python -m analysis extract`)")
    try:
        n_rows = export_sheet(tables, out, include_reviewed)
    except (SchemaCheckError, OSError) as exc:
        fail(str(exc).splitlines()[0])
    typer.echo(f"{n_rows} facts to check -> {out} (fill in decision, reviewer, date; put it in {settings.reviews})")


@review_app.command("check")
def review_check(
    reviews: Annotated[
        Path | None, typer.Option("--reviews", help="Folder of reviews files (default: reviews).")
    ] = None,
    tables: Tables = None,
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Check the reviews files (one line per problem: file, row, field); with the run's tables, say what applying
    them does (applied, stale, conflict)."""
    import tempfile

    from analysis.review.cited import read_cited
    from analysis.review.decisions import ReviewError, read_decisions
    from analysis.review.stage import apply_reviews

    settings = settings_from(params, set_, reviews=reviews)
    if settings.reviews is None or not settings.reviews.is_dir():
        fail(f"{settings.reviews}: reviews folder not found")
    decisions, problems = read_decisions(settings.reviews)
    figures, cited_problems = read_cited(settings.cited)
    for problem in problems + cited_problems:
        typer.echo(f"error: {problem}", err=True)
    if problems or cited_problems:
        raise typer.Exit(2)
    typer.echo(f"{len(decisions)} decisions in {settings.reviews}: no problems")
    if figures:
        typer.echo(f"{len(figures)} cited figures in {settings.cited}: no problems")
    tables = tables or settings.build_dir / "tables"
    if (tables / "facts.csv").is_file():
        import shutil

        with tempfile.TemporaryDirectory() as scratch:
            for name in ("articles", "facts", "texts"):
                shutil.copy(tables / f"{name}.csv", Path(scratch) / f"{name}.csv")
            try:
                run = apply_reviews(Path(scratch), settings.reviews)
            except ReviewError as exc:
                fail(str(exc))
        for row in run.log[run.log["outcome"] != "applied"].itertuples(index=False):
            typer.echo(f"{row.outcome}: {row.file}:{row.row}: {row.fact_id or ''} {row.detail}")
        typer.echo(f"against {tables}: " + ", ".join(f"{k} {v}" for k, v in run.counts.items()))


@review_app.command("cite")
def review_cite(
    gold: Annotated[Path, typer.Option("--gold", help="Annotations in the gold format (one JSON object an article).")],
    out: Annotated[Path, typer.Option("--out", help="The cited-figures file to write (CSV, UTF-8 with BOM).")],
    reviewer: Annotated[str, typer.Option("--reviewer", help="Who annotated the figures.")],
    note: Annotated[str, typer.Option("--note", help="A note on every row (where the annotations come from).")] = "",
) -> None:
    """Write the figures of gold annotations as a cited-figures file (URL, quotation, fields): put it in the
    cited folder and `run` publishes them with their sources, without the articles' texts."""
    from analysis import evaluate as ev
    from analysis.review.cited import cited_from_annotations
    from analysis.review.sheet import sheet_bytes

    if not gold.is_file():
        fail(f"{gold}: annotations not found")
    try:
        sheet = cited_from_annotations(ev.read_gold(gold), reviewer, note)
    except (ValueError, KeyError) as exc:
        fail(f"{gold}: {exc}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(sheet_bytes(sheet))
    typer.echo(f"{len(sheet)} figures of {sheet['url'].nunique()} articles -> {out}")


@review_app.command("calibrate")
def review_calibrate(
    gold: Annotated[Path, typer.Option("--gold", help="Annotations of the development set.")] = Path(
        "tests/real/dev/gold.jsonl"
    ),
    corpus: Annotated[Path, typer.Option("--corpus", help="Their texts (collected locally).")] = Path(
        "tests/real/dev/articles"
    ),
    out: Annotated[Path, typer.Option("--out", help="The confidence table read at run time.")] = Path(
        "src/analysis/resources/rule_confidence.csv"
    ),
    params: ParamsFile = DEFAULT_PARAMS_FILE,
    set_: Overrides = None,
) -> None:
    """Compute each rule's confidence from the annotated development set (nine in ten texts collected at least;
    the articles whose text is here)."""
    import tempfile

    from analysis import evaluate as ev
    from analysis.review import confidence

    settings = settings_from(params, set_)
    if not gold.is_file() or not corpus.is_dir():
        fail(f"{gold} or {corpus} not found (see tests/real/README.md to collect the texts)")
    records = ev.read_gold(gold)
    if not ev.collected_enough(records, corpus):
        fail(f"{corpus}: too few annotated texts are collected here (see tests/real/README.md)")
    records = ev.present_records(records, corpus)
    with tempfile.TemporaryDirectory() as pred:
        extract_tables(settings, corpus, Path(pred))
        rows = confidence.calibrate(confidence.scored_facts(records, Path(pred)))
    out.write_text(confidence.table_csv(rows), encoding="utf-8")
    check = confidence.calibration(rows)
    typer.echo(
        f"{len(rows)} groups -> {out}; facts above {check['threshold']}: {check['n_facts']}, "
        f"right {check['n_right']} ({check['share']})"
    )


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
