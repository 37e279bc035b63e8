"""The model section: the count model in plain words, its rate ratios, the power analysis, the
descriptive statistics.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from markupsafe import Markup

from analysis import model as mdl
from analysis.report.charts import interval_chart
from analysis.report.html import bullet_list, html_table, paragraph
from analysis.report.inputs import ReportInputs
from analysis.report.text import Text, fmt_int, fmt_num, fmt_p, is_missing, text_of
from analysis.simulate.panels import required_n


def model_sentences(summary: dict[str, Any], coefficients: pd.DataFrame, lang: str) -> list[str]:
    """The model's findings or why there are none, from its saved outputs; a short fallback of our own if
    they cannot be read (the report must never fail on the model's account)."""
    try:
        return mdl.interpret_summary(summary, coefficients, lang)
    except (AttributeError, KeyError, TypeError, ValueError):
        t = Text(lang)
        if summary.get("estimable"):
            return [t("model_estimable")]
        reasons = summary.get("reasons_id" if lang == "id" else "reasons") or summary.get("reasons") or []
        return [t("model_not_estimable")] + [f"- {reason}" for reason in reasons]


def _sentence_list(lines: list[str]) -> Markup:
    """interpret() lines as a list; lines starting with '- ' nest under the line before them."""
    items: list[Markup] = []
    nested: list[str] = []

    def flush() -> None:
        if nested and items:
            items[-1] = items[-1] + bullet_list(nested)
            nested.clear()

    for line in lines:
        if line.startswith("- "):
            nested.append(line[2:])
        else:
            flush()
            items.append(Markup("{}").format(line))
    if nested and not items:
        items.append(Markup(""))
    flush()
    return Markup('<ul class="asn-findings">{}</ul>').format(
        Markup("").join(Markup("<li>{}</li>").format(i) for i in items)
    )


def term_label(term: str, summary: dict[str, Any], t: Text) -> tuple[str, float]:
    """A factor's plain label and the power its IRR is raised to (2**b for logs: 'per doubling')."""
    return mdl.term_label(term, summary.get("reference_levels") or {}, t.lang)


def _power_paragraph(power: pd.DataFrame, n_available: int, t: Text) -> Markup | None:
    needed_columns = {"n", "irr", "power"}
    if power.empty or not needed_columns <= set(power.columns):
        return None
    lang = t.lang
    table = power.sort_values("n")
    target = 0.8
    needed = required_n(table, target)
    irr = float(table["irr"].iloc[0])
    values = {
        "pct": fmt_num(100 * (irr - 1), lang, 0),
        "irr": fmt_num(irr, lang, 1),
        "power": fmt_num(100 * target, lang, 0),
        "n": fmt_int(n_available, lang),
    }
    if needed is None:
        text = t("power_never", largest=fmt_int(table["n"].max(), lang), **values)
    else:
        text = t("power_needed", needed=fmt_int(needed, lang), **values)
    if needed is None or n_available < needed:
        text = f"{text} {t('power_few')}"
    return Markup("<h3>{}</h3>{}").format(t("power_title"), paragraph(text))


def section_model(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    summary = inputs.model_summary
    parts = [paragraph(t("model_intro"))]
    if summary is None:
        parts.append(paragraph(t("model_missing")))
        return Markup("").join(parts)
    estimable = bool(summary.get("estimable"))
    family = text_of(summary.get("family"))
    facts = [
        (
            t("model_facts_n"),
            t(
                "model_facts_n_value",
                n=fmt_int(summary.get("n", 0), lang),
                total=fmt_int(summary.get("n_panel_rows", 0), lang),
            ),
        ),
        (t("model_facts_formula"), Markup("<code>{}</code>").format(text_of(summary.get("formula")))),
    ]
    if estimable:
        facts.insert(0, (t("model_facts_family"), t.get(f"family_{family}", family)))
        if not is_missing(summary.get("aic")):
            facts.append((t("model_facts_fit"), fmt_num(summary.get("aic"), lang, 1)))
    parts.append(
        Markup('<p class="asn-status asn-status-{}">{}</p>').format(
            "yes" if estimable else "no", t("model_estimable" if estimable else "model_not_estimable")
        )
    )
    parts.append(
        Markup('<dl class="asn-facts">{}</dl>').format(
            Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(a, b) for a, b in facts)
        )
    )
    parts.append(Markup("<h3>{}</h3>").format(t("model_what_says")))
    parts.append(_sentence_list(model_sentences(summary, inputs.coefficients, lang)))
    coefficients = inputs.coefficients
    if estimable and not coefficients.empty and {"term", "estimate", "ci_low", "ci_high"} <= set(coefficients.columns):
        shown = coefficients[coefficients["term"] != "Intercept"]
        labels, irr, low, high, rows = [], [], [], [], []
        for r in shown.itertuples():
            label, scale = term_label(str(r.term), summary, t)
            values = [math.exp(scale * float(v)) for v in (r.estimate, r.ci_low, r.ci_high)]
            labels.append(label)
            irr.append(values[0])
            low.append(values[1])
            high.append(values[2])
            rows.append(
                [
                    Markup("{}<br><code>{}</code>").format(label, r.term),
                    fmt_num(values[0], lang),
                    f"{fmt_num(values[1], lang)} – {fmt_num(values[2], lang)}",
                    fmt_p(getattr(r, "p_value", None), lang),
                ]
            )
        parts.append(paragraph(t("irr_intro")))
        parts.append(
            html_table(
                [t("col_term"), t("col_irr"), t("col_ci"), t("col_p")],
                rows,
                caption=t("irr_caption"),
                numeric=(1, 2, 3),
                table_id="model-table",
            )
        )
        if labels:
            data = "; ".join(
                f"{a}: {fmt_num(b, lang)} ({fmt_num(c, lang)}–{fmt_num(d, lang)})"
                for a, b, c, d in zip(labels, irr, low, high, strict=True)
            )
            parts.append(
                interval_chart(
                    labels, irr, low, high, t("irr_chart_title"), t("irr_chart_alt", data=data), t("irr_axis"), lang
                )
            )
    power_text = _power_paragraph(inputs.power, int(summary.get("n") or 0), t)
    if power_text is not None:
        parts.append(power_text)
    parts.append(_descriptive_table(inputs.descriptive, t))
    return Markup("").join(parts)


def _descriptive_table(descriptive: pd.DataFrame, t: Text) -> Markup:
    if descriptive.empty or "cycle" not in descriptive.columns:
        return Markup("")
    lang = t.lang
    overall = descriptive[descriptive["cycle"].astype(str) == "all"]
    if overall.empty:
        return Markup("")
    rows = []
    for r in overall.itertuples():
        digits = 2 if r.variable == "violations_per_1000_asn" else 1
        rows.append(
            [
                t.get(f"var_{r.variable}", str(r.variable)),
                fmt_int(r.n_known, lang),
                fmt_int(r.n_missing, lang),
                fmt_int(r.total, lang),
                fmt_num(r.mean, lang, digits),
                fmt_num(r.median, lang, digits),
                fmt_num(r.max, lang, digits) if digits == 2 else fmt_int(r.max, lang),
            ]
        )
    header = [
        t("col_variable"),
        t("col_known"),
        t("col_missing"),
        t("col_total"),
        t("col_mean"),
        t("col_median"),
        t("col_max"),
    ]
    return Markup("<h3>{}</h3>{}").format(
        t("descriptive_title"),
        html_table(header, rows, caption=t("descriptive_caption"), numeric=range(1, 7), table_id="descriptive-table"),
    )
