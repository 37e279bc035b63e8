"""The model's findings, or why there are none, in sentences a policy reader can follow (id and en).

The wording lives in resources/report_strings.yaml (keys interp_*); the term names are read by
analysis.model.terms. `interpret` works on a fitted result, `interpret_summary` on the saved outputs
(model_summary.json and coefficients.csv), so the report needs no statsmodels result.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from analysis.model.terms import parse_term
from analysis.wording import strings

DEFAULT_OUTCOME = "violations_reported"
PER_UNIT_TERMS = ("related_candidates", "n_articles", "n_sources")  # with a sentence of their own


def _change(multiplier: float, t: Mapping[str, str]) -> str:
    pct = (multiplier - 1) * 100
    amount = f"{abs(pct):.0f}%" if abs(pct) >= 1 else f"{abs(pct):.1f}%"
    return t["interp_more" if pct >= 0 else "interp_fewer"].format(amount=amount)


def _effect_sentence(
    subject: str, multiplier: float, low: float, high: float, outcome: str, compare: str, t: Mapping[str, str]
) -> str:
    effect = t["interp_effect"].format(
        subject=subject, outcome=outcome, change=_change(multiplier, t), compare=f" {compare}" if compare else ""
    )
    clear = low > 1 or high < 1
    return t["interp_effect_clear" if clear else "interp_effect_unclear"].format(
        effect=effect, low=_change(low, t), high=_change(high, t)
    )


def _variable(variable: str, t: Mapping[str, str]) -> str:
    return t.get(f"interp_var_{variable}", variable)


def _level_subject(variable: str, level: str, reference: str, t: Mapping[str, str]) -> tuple[str, str]:
    """Subject and comparison of a categorical level's sentence ('A Pilkada election', 'than a Pemilu election')."""
    if variable == "election_type":

        def name(value: str) -> str:
            return t.get(f"interp_election_{value}", value)

        return (
            t["interp_election"].format(level=name(level)),
            t["interp_election_compare"].format(reference=name(reference)),
        )
    label = _variable(variable, t)
    return (
        t["interp_level"].format(label=label, level=level),
        t["interp_level_compare"].format(label=label, reference=reference),
    )


def _term_sentence(row: pd.Series, outcome: str, reference_levels: Mapping[str, str], t: Mapping[str, str]) -> str:
    b, low, high = row["estimate"], row["ci_low"], row["ci_high"]
    term = parse_term(row["term"])
    if term.kind == "log":
        subject = t["interp_doubling"].format(label=_variable(term.variable, t))
        return _effect_sentence(subject, 2**b, 2**low, 2**high, outcome, "", t)
    if term.kind == "level":
        reference = reference_levels.get(term.factor, t["interp_reference_level"])
        subject, compare = _level_subject(term.variable, term.level, reference, t)
        return _effect_sentence(subject, math.exp(b), math.exp(low), math.exp(high), outcome, compare, t)
    if term.kind == "variable":
        subject = (
            t[f"interp_each_{term.variable}"]
            if term.variable in PER_UNIT_TERMS
            else t["interp_one_unit"].format(label=_variable(term.variable, t))
        )
        return _effect_sentence(subject, math.exp(b), math.exp(low), math.exp(high), outcome, "", t)
    return t["interp_other_term"].format(
        term=term.name, irr=f"{math.exp(b):.2f}", low=f"{math.exp(low):.2f}", high=f"{math.exp(high):.2f}"
    )


def _sentences(
    summary: Mapping[str, Any],
    coefficients: pd.DataFrame,
    estimable: bool,
    reference_levels: Mapping[str, str],
    offset: str | None,
    lang: str,
) -> list[str]:
    t = strings(lang)
    if not estimable:
        reasons = summary.get("reasons_id" if lang == "id" else "reasons", [])
        return [t["interp_not_estimable"]] + [f"- {r}" for r in reasons] + [t["interp_descriptive_instead"]]
    outcome = _variable(summary.get("outcome", DEFAULT_OUTCOME), t)
    if offset:
        outcome = t["interp_per_offset"].format(outcome=outcome)
    family = t["family_negbin" if summary["family"] == "negbin" else "family_poisson"]
    lines = [t["interp_model"].format(family=family, n=summary["n"])]
    for _, row in coefficients.iterrows():
        if row["term"] != "Intercept":
            lines.append(_term_sentence(row, outcome, reference_levels, t))
    if any(":" in term for term in coefficients["term"]):
        lines.append(t["interp_interactions"])
    lines.append(t["interp_not_causal"])
    return lines


def interpret(result: Any, lang: str = "en") -> list[str]:
    """The findings of a `ModelResult` (or why there are none), in sentences."""
    return _sentences(
        result.summary, result.coefficients, result.estimable, result.reference_levels, result.offset_expr, lang
    )


def interpret_summary(summary: Mapping[str, Any], coefficients: pd.DataFrame, lang: str = "en") -> list[str]:
    """The same sentences from the saved outputs: model_summary.json (as a dict) and coefficients.csv."""
    return _sentences(
        summary,
        coefficients,
        bool(summary.get("estimable")),
        dict(summary.get("reference_levels") or {}),
        summary.get("offset"),
        lang,
    )
