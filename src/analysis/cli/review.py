"""Human review: the sheet of facts to check, the reviews, figures cited from outside, the confidence."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from analysis.cli.common import DEFAULT_PARAMS_FILE, Overrides, ParamsFile, app, extract_tables, fail, settings_from

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
