"""The count model on synthetic panels with known truth (analysis.simulate.panels): interval coverage, and the
power to detect an effect for each panel size (power.csv, a model output)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from analysis.model.fit import fit_count_model
from analysis.model.terms import DEFAULT_FORMULA
from analysis.simulate.panels import DEFAULT_ALPHA, DEFAULT_COEFFICIENTS, POWER_TERM, simulate_panel


def fit_simulated(panel: pd.DataFrame, family: str = "auto", formula: str = DEFAULT_FORMULA):
    """Fit the project's model to a simulated panel (the same code path as real data)."""
    return fit_count_model(panel, formula, family, describe=False)


def coverage_study(
    n: int = 500,
    reps: int = 200,
    coefficients: dict[str, float] | None = None,
    family: str = "negbin",
    alpha: float | None = DEFAULT_ALPHA,
    fit_family: str = "auto",
    seed: int = 0,
) -> pd.DataFrame:
    """Repeated draws: per term, how often the 95% interval covers the true value, bias, mean SE vs SD.

    Draw r uses seed `seed + r`. Draws the guard refuses are counted in `n_not_estimable` and left out.
    """
    coefficients = dict(DEFAULT_COEFFICIENTS if coefficients is None else coefficients)
    rows: list[dict[str, Any]] = []
    refused = 0
    for r in range(reps):
        panel = simulate_panel(n, coefficients, family, alpha, seed + r)
        result = fit_simulated(panel, fit_family)
        if not result.estimable:
            refused += 1
            continue
        table = result.coefficients.set_index("term")
        for term, true in coefficients.items():
            row = table.loc[term]
            rows.append(
                {
                    "rep": r,
                    "term": term,
                    "true": true,
                    "estimate": row["estimate"],
                    "std_err": row["std_err"],
                    "covered": bool(row["ci_low"] <= true <= row["ci_high"]),
                    "family": result.summary["family"],
                }
            )
    draws = pd.DataFrame(rows, columns=["rep", "term", "true", "estimate", "std_err", "covered", "family"])
    out = []
    for term, true in coefficients.items():
        sub = draws[draws["term"] == term]
        fitted = len(sub)
        coverage = float(sub["covered"].mean()) if fitted else math.nan
        out.append(
            {
                "term": term,
                "true": true,
                "reps_fitted": fitted,
                "n_not_estimable": refused,
                "coverage": coverage,
                "coverage_mc_se": math.sqrt(coverage * (1 - coverage) / fitted) if fitted else math.nan,
                "mean_estimate": float(sub["estimate"].mean()) if fitted else math.nan,
                "bias": float(sub["estimate"].mean() - true) if fitted else math.nan,
                "mean_std_err": float(sub["std_err"].mean()) if fitted else math.nan,
                "sd_estimate": float(sub["estimate"].std(ddof=1)) if fitted > 1 else math.nan,
                "share_negbin": float((sub["family"] == "negbin").mean()) if fitted else math.nan,
            }
        )
    return pd.DataFrame(out)


def power_analysis(
    irr: float = 1.5,
    power: float = 0.8,
    sizes: tuple[int, ...] = (50, 100, 150, 200, 300),
    reps: int = 60,
    term: str = POWER_TERM,
    coefficients: dict[str, float] | None = None,
    family: str = "negbin",
    alpha: float | None = DEFAULT_ALPHA,
    fit_family: str = "auto",
    level: float = 0.05,
    seed: int = 0,
) -> pd.DataFrame:
    """Simulated power to detect an incidence-rate ratio `irr` on `term`, for each panel size in `sizes`.

    The other coefficients keep their defaults; `term` is set to log(irr). Power is the share of draws in
    which the fitted model is estimable and the two-sided p-value of `term` is below `level` with the
    estimate in the true direction (with irr=1 any rejection counts: the test's actual size).
    Returns n, power, its Monte Carlo SE, the share the guard refused, and `meets_target` (power >= `power`).
    """
    coefficients = dict(DEFAULT_COEFFICIENTS if coefficients is None else coefficients)
    coefficients[term] = math.log(irr)
    rows = []
    for index, size in enumerate(sizes):
        detected = refused = 0
        for r in range(reps):
            panel = simulate_panel(size, coefficients, family, alpha, seed + 100_000 * index + r)
            result = fit_simulated(panel, fit_family)
            if not result.estimable:
                refused += 1
                continue
            row = result.coefficients.set_index("term").loc[term]
            right_direction = irr == 1 or np.sign(row["estimate"]) == np.sign(coefficients[term])
            if row["p_value"] < level and right_direction:
                detected += 1
        share = detected / reps
        rows.append(
            {
                "n": size,
                "irr": irr,
                "power": share,
                "mc_se": math.sqrt(share * (1 - share) / reps),
                "reps": reps,
                "share_not_estimable": refused / reps,
                "meets_target": share >= power,
            }
        )
    return pd.DataFrame(rows)
