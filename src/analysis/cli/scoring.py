"""Scoring extraction against annotated articles: tables, evidence phrases alone, the real-news sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from analysis.cli.common import DEFAULT_PARAMS_FILE, Overrides, ParamsFile, app, extract_tables, fail, settings_from


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


@app.command("evaluate-phrases")
def evaluate_phrases(
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations (JSONL) with evidence phrases.")],
    out: Annotated[Path | None, typer.Option("--out", help="Also write the scores as JSON here.")] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List what the checks miss (never on the blind set: it is only scored).")
    ] = False,
) -> None:
    """Read every gold fact's evidence phrase alone, as a short article under a lead naming its place and
    election, and count those whose fact comes out; then each article's phrases together, as a skeleton article,
    scored as `evaluate` scores articles (precision too); then probe single rules with the annotations' other
    fields (dates, elections, link lines, types): checks of the rules that need no article text."""
    import dataclasses
    import json

    from analysis import annotation_probes as ap
    from analysis import evaluate as ev
    from analysis import phrase_check as pc
    from analysis.nlp.pipeline import get_pipeline

    if not gold.exists():
        fail(f"{gold}: gold file not found")
    try:
        records = ev.read_gold(gold)
    except ValueError as exc:
        fail(str(exc))
    cases = pc.phrase_cases(records)
    if not cases:
        fail(f"{gold}: no fact with a value and an evidence phrase")
    nlp = get_pipeline()
    scores = pc.phrase_scores(pc.read_phrases(cases, nlp))
    skeletons = pc.skeleton_scores(records, *pc.read_skeletons(records, nlp))
    probes = ap.run_probes(records, nlp)
    typer.echo(pc.format_phrase_scores(scores))
    typer.echo(pc.format_skeleton_scores(skeletons))
    typer.echo(ap.format_probes(probes))
    if errors:
        typer.echo(pc.format_phrase_misses(scores))
        typer.echo(pc.format_skeleton_errors(skeletons))
        typer.echo(ap.format_probe_misses(probes))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        every = {**scores, "skeletons": skeletons, "probes": [dataclasses.asdict(probe) for probe in probes]}
        out.write_text(json.dumps(every, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


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
