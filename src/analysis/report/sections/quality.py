"""How well the extraction does: on annotated real news always, on this run's gold annotations when given."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pandas as pd
from markupsafe import Markup

from analysis.report.figures import wilson_interval
from analysis.report.html import html_table, paragraph
from analysis.report.inputs import ReportInputs
from analysis.report.text import Text, fmt_int, fmt_num
from analysis.review import confidence
from analysis.schemas import FACT_TYPES


def _share_with_interval(successes: int, total: int, lang: str) -> str:
    interval = wilson_interval(successes, total)
    if interval is None:
        return "—"
    return f"{fmt_num(successes / total, lang)} ({fmt_num(interval[0], lang)}–{fmt_num(interval[1], lang)})"


def real_news_quality() -> dict[str, Any]:
    """The extraction's scores on annotated real news (written by `python -m analysis real-quality`)."""
    path = resources.files("analysis").joinpath("resources/real_news_quality.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _attribute_share(tally: dict, lang: str) -> str:
    return _share_with_interval(tally["correct"], tally["total"], lang)


def real_news_table(t: Text) -> Markup:
    """How the extraction does on real news, whatever corpus this report is about: the honest figure."""
    lang, measured = t.lang, real_news_quality()
    rows = []
    for name in ("dev", "blind"):
        s = measured.get(name)
        if not s:
            continue
        facts, attrs = s["facts"], s["attributes"]
        rows.append(
            [
                t(f"real_set_{name}"),
                fmt_int(s["articles"], lang),
                _share_with_interval(facts["tp"], facts["tp"] + facts["fp"], lang),
                _share_with_interval(facts["tp"], facts["tp"] + facts["fn"], lang),
                fmt_num(facts["f1"], lang),
                _attribute_share(attrs["region"], lang),
                _attribute_share(attrs["election"], lang),
            ]
        )
    if not rows:
        return Markup("")
    return Markup("").join(
        [
            paragraph(t("real_quality_intro")),
            html_table(
                [
                    t("col_real_set"),
                    t("col_articles"),
                    t("col_precision"),
                    t("col_recall"),
                    t("col_f1"),
                    t("field_region"),
                    t("field_election"),
                ],
                rows,
                caption=t("real_quality_caption"),
                numeric=range(1, 7),
                table_id="quality-real-table",
            ),
        ]
    )


def review_paragraphs(inputs: ReportInputs, t: Text) -> Markup:
    """How many figures a person checked (the others are marked unchecked), and how the confidence is calibrated."""
    lang, facts = t.lang, inputs.facts
    review = facts["review"].fillna("unreviewed") if "review" in facts.columns else pd.Series("unreviewed", facts.index)
    counts = {k: int((review == k).sum()) for k in ("accepted", "corrected", "added", "rejected", "unreviewed")}
    checked = counts["accepted"] + counts["corrected"] + counts["added"]
    parts = [
        paragraph(
            t("review_checked", checked=fmt_int(checked, lang), total=fmt_int(len(facts), lang))
            + " "
            + t("review_breakdown", **{k: fmt_int(v, lang) for k, v in counts.items()})
        )
    ]
    table = confidence.load_table()
    if table:
        check = confidence.calibration(table)
        best = max(float(row["confidence"]) for row in table)
        if check["n_facts"]:
            text = t("confidence_calibrated", n=fmt_int(check["n_facts"], lang), share=fmt_num(check["share"], lang))
        else:
            text = t("confidence_none_high", best=fmt_num(best, lang))
        parts.append(paragraph(text))
    return Markup("").join(parts)


def section_quality(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    evaluation = inputs.evaluation
    if not evaluation or not evaluation.get("n_gold_articles"):
        return Markup("").join([review_paragraphs(inputs, t), paragraph(t("quality_none")), real_news_table(t)])
    parts = [
        review_paragraphs(inputs, t),
        real_news_table(t),
        paragraph(t("quality_intro")),
        paragraph(
            t(
                "quality_scope",
                n=fmt_int(evaluation.get("n_gold_articles"), lang),
                matched=fmt_int(evaluation.get("n_matched_articles", 0), lang),
            )
        ),
    ]
    fact_scores = evaluation.get("facts") or {}
    order = [k for k in (*FACT_TYPES, "all") if k in fact_scores] + sorted(
        k for k in fact_scores if k not in (*FACT_TYPES, "all")
    )
    rows = []
    for kind in order:
        s = fact_scores[kind]
        tp, fp, fn = (int(s.get(x, 0)) for x in ("tp", "fp", "fn"))
        rows.append(
            [
                t.get(f"fact_{kind}", kind),
                fmt_int(tp, lang),
                fmt_int(fp, lang),
                fmt_int(fn, lang),
                _share_with_interval(tp, tp + fp, lang),
                _share_with_interval(tp, tp + fn, lang),
                fmt_num(s.get("f1"), lang),
            ]
        )
    if rows:
        parts.append(
            html_table(
                [
                    t("col_fact_type"),
                    t("col_tp"),
                    t("col_fp"),
                    t("col_fn"),
                    t("col_precision"),
                    t("col_recall"),
                    t("col_f1"),
                ],
                rows,
                caption=t("facts_quality_caption"),
                numeric=range(1, 7),
                table_id="quality-facts-table",
            )
        )
    article_scores = evaluation.get("articles") or {}
    rows = []
    for name, s in article_scores.items():
        correct, total = int(s.get("correct", 0)), int(s.get("total", 0))
        rows.append(
            [
                t.get(f"field_{name}", name),
                f"{fmt_int(correct, lang)} / {fmt_int(total, lang)}",
                _share_with_interval(correct, total, lang),
            ]
        )
    if rows:
        parts.append(
            html_table(
                [t("col_field"), t("col_correct"), t("col_accuracy")],
                rows,
                caption=t("articles_quality_caption"),
                numeric=(1, 2),
                table_id="quality-articles-table",
            )
        )
    return Markup("").join(parts)
