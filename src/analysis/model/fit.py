"""Fitting: Poisson GLM and negative binomial NB2, the overdispersion test that chooses between them, robust
(HC1) standard errors, and the summary of the fit (see the package doc for the rules)."""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from analysis.model.data import ModelInputError
from analysis.model.descriptive import DESCRIPTIVE_COLUMNS, descriptive_table
from analysis.model.design import Design, prepare_design
from analysis.model.guard import MIN_OBS_PER_PARAMETER, MIN_OBSERVATIONS, Reason, check_estimable, minimum_observations
from analysis.model.interpretation import interpret
from analysis.model.terms import DEFAULT_FORMULA
from analysis.params import DEFAULTS

FAMILIES = ("auto", "poisson", "negbin")
OVERDISPERSION_LEVEL = 0.05
CONFIDENCE = 0.95
COEFFICIENT_COLUMNS = ("term", "estimate", "std_err", "irr", "ci_low", "ci_high", "p_value")
COVARIANCE = "HC1: sandwich (heteroscedasticity-robust), small-sample factor n/(n-k)"
OVERDISPERSION_TEST = "Cameron-Trivedi (1990) auxiliary regression, NB2 alternative, one-sided"


@dataclass
class ModelResult:
    """What the stage produces: coefficients (empty when not estimable), summary, descriptive table."""

    estimable: bool
    reasons: list[Reason]
    coefficients: pd.DataFrame
    summary: dict[str, Any]
    descriptive: pd.DataFrame
    reference_levels: dict[str, str] = field(default_factory=dict)
    offset_expr: str | None = None
    fitted: Any = None  # the statsmodels results object, for interactive use; never serialised


def overdispersion_test(y: np.ndarray, mu: np.ndarray) -> dict[str, float]:
    """Cameron & Trivedi (1990): regress ((y-mu)^2 - y)/mu on mu (OLS, no intercept); one-sided t-test alpha>0.

    Also returns Pearson chi2 / n as a descriptive ratio (about 1 for Poisson data).
    """
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):  # one row leaves no residual degree of freedom
        auxiliary = sm.OLS(((y - mu) ** 2 - y) / mu, mu).fit()
    alpha = float(auxiliary.params[0])
    # An exact fit (no residual) has no standard error to test with: no statistic rather than an infinite one.
    statistic = float(auxiliary.tvalues[0]) if auxiliary.ssr > 0 else float("nan")
    dof = max(auxiliary.df_resid, 1)
    p_value = float(stats.t.sf(statistic, dof)) if np.isfinite(statistic) else float("nan")
    return {
        "alpha_hat": alpha,
        "statistic": statistic,
        "p_value": p_value,
        "pearson_chi2_per_obs": float(np.sum((y - mu) ** 2 / mu) / len(y)),
    }


def _fit_poisson(design: Design):
    model = sm.GLM(design.y, design.X, family=sm.families.Poisson(), offset=design.offset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = model.fit(cov_type="HC0", maxiter=100)
    converged = bool(getattr(result, "converged", True))
    return result, converged


def _fit_negbin(design: Design, start: np.ndarray | None):
    model = sm.NegativeBinomial(design.y, design.X, loglike_method="nb2", offset=design.offset)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            start_params = None if start is None else np.append(start, 0.1)
            result = model.fit(start_params=start_params, method="newton", maxiter=200, disp=0, cov_type="HC0")
            converged = bool(result.mle_retvals.get("converged", False))
            if not converged or not np.all(np.isfinite(result.params)):
                result = model.fit(start_params=start_params, method="bfgs", maxiter=1000, disp=0, cov_type="HC0")
                converged = bool(result.mle_retvals.get("converged", False))
        except (np.linalg.LinAlgError, ValueError, OverflowError):
            return None, False
    return result, converged and bool(np.all(np.isfinite(result.params)))


def _coefficient_table(names: list[str], params: np.ndarray, cov: np.ndarray) -> pd.DataFrame:
    se = np.sqrt(np.clip(np.diag(cov), 0, None))
    z_crit = stats.norm.ppf(0.5 + CONFIDENCE / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = params / se
    return pd.DataFrame(
        {
            "term": names,
            "estimate": params,
            "std_err": se,
            "irr": np.exp(params),
            "ci_low": params - z_crit * se,
            "ci_high": params + z_crit * se,
            "p_value": 2 * stats.norm.sf(np.abs(z)),
        },
        columns=list(COEFFICIENT_COLUMNS),
    )


def irr_table(coefficients: pd.DataFrame) -> pd.DataFrame:
    """The coefficients as incidence-rate ratios with their 95% interval (for display)."""
    return pd.DataFrame(
        {
            "term": coefficients["term"],
            "irr": np.exp(coefficients["estimate"]),
            "irr_ci_low": np.exp(coefficients["ci_low"]),
            "irr_ci_high": np.exp(coefficients["ci_high"]),
            "p_value": coefficients["p_value"],
        }
    )


def empty_coefficients() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object" if c == "term" else "float64") for c in COEFFICIENT_COLUMNS})


def fit_count_model(
    panel: pd.DataFrame, formula: str = DEFAULT_FORMULA, family: str = DEFAULTS.model_family, *, describe: bool = True
) -> ModelResult:
    """Fit the count model, or say why it is not estimable; with the descriptive table (unless describe=False,
    which simulations use to save time)."""
    if family not in FAMILIES:
        raise ModelInputError(f"family {family!r} is not one of {', '.join(FAMILIES)}")
    design = prepare_design(panel, formula)
    descriptive = descriptive_table(panel) if describe else pd.DataFrame(columns=list(DESCRIPTIVE_COLUMNS))
    reasons = check_estimable(design)
    summary = _base_summary(design, family)
    if reasons:
        return _not_estimable(design, reasons, summary, descriptive)

    poisson, poisson_converged = _fit_poisson(design)
    if not poisson_converged:
        reasons = [
            Reason("not_converged", "the Poisson fit did not converge", "estimasi model Poisson tidak konvergen")
        ]
        return _not_estimable(design, reasons, summary, descriptive)
    dispersion = overdispersion_test(design.y.to_numpy(dtype=float), np.asarray(poisson.fittedvalues, dtype=float))
    summary["overdispersion"] = {"test": OVERDISPERSION_TEST, "level": OVERDISPERSION_LEVEL, **dispersion}
    overdispersed = bool(np.isfinite(dispersion["p_value"]) and dispersion["p_value"] < OVERDISPERSION_LEVEL)

    chosen, rule = _chosen_family(family, dispersion["p_value"], overdispersed)
    fitted, names = poisson, list(design.X.columns)
    nb_alpha = None
    if chosen == "negbin":
        negbin, converged = _fit_negbin(design, np.asarray(poisson.params))
        if converged:
            fitted = negbin
            nb_alpha = float(np.asarray(negbin.params)[-1])
        elif family == "auto":
            chosen = "poisson"
            rule += "; the negative binomial did not converge, so the Poisson fit (robust errors) is kept"
        else:
            reasons = [
                Reason(
                    "not_converged",
                    "the negative binomial fit did not converge",
                    "estimasi model binomial negatif tidak konvergen",
                )
            ]
            return _not_estimable(design, reasons, summary, descriptive)

    params = np.asarray(fitted.params, dtype=float)
    cov = np.asarray(fitted.cov_params(), dtype=float)
    n, k_all = design.n, len(params)
    cov = cov * n / max(n - k_all, 1)  # HC1 small-sample factor
    k = design.n_parameters
    coefficients = _coefficient_table(names, params[:k], cov[:k, :k])
    finite = np.all(np.isfinite(coefficients[["estimate", "std_err"]].to_numpy()))
    if not finite or (coefficients["std_err"] <= 0).any():
        reasons = [
            Reason(
                "not_finite",
                "the fit gave non-finite estimates or standard errors",
                "hasil estimasi atau galat bakunya tidak hingga",
            )
        ]
        return _not_estimable(design, reasons, summary, descriptive)

    summary.update({"estimable": True, "family": chosen, "family_rule": rule, "converged": True})
    summary.update(_fit_statistics(design, fitted, poisson, chosen, nb_alpha, cov))
    result = ModelResult(
        True, [], coefficients, summary, descriptive, design.reference_levels, design.offset_expr, fitted
    )
    summary["interpretation"] = interpret(result, lang="en")
    return result


def _chosen_family(family: str, p_value: float, overdispersed: bool) -> tuple[str, str]:
    """The family to fit and the rule that chose it: the requested one, or by the overdispersion test."""
    if family != "auto":
        return family, f"requested: {family}"
    chosen = "negbin" if overdispersed else "poisson"
    rule = (
        f"auto: overdispersion test p = {p_value:.3g} "
        + ("< " if overdispersed else ">= ")
        + f"{OVERDISPERSION_LEVEL} -> {chosen}"
    )
    return chosen, rule


def _fit_statistics(
    design: Design, fitted, poisson, chosen: str, nb_alpha: float | None, cov: np.ndarray
) -> dict[str, Any]:
    """Likelihood, information criteria and goodness of fit of the chosen fit (cov: its HC1 covariance)."""
    n, k_all = design.n, len(np.asarray(fitted.params))
    mu = np.asarray(fitted.predict() if chosen == "negbin" else fitted.fittedvalues, dtype=float)
    y = design.y.to_numpy(dtype=float)
    variance = mu + (nb_alpha or 0.0) * mu**2
    llf = float(fitted.llf)
    return {
        "log_likelihood": llf,
        "log_likelihood_null": float(fitted.llnull),
        "pseudo_r2": 1.0 - llf / float(fitted.llnull) if fitted.llnull else None,
        "aic": -2 * llf + 2 * k_all,
        "bic": -2 * llf + math.log(n) * k_all,
        "deviance": float(poisson.deviance) if chosen == "poisson" else None,
        "pearson_chi2": float(np.sum((y - mu) ** 2 / variance)),
        "df_resid": int(n - k_all),
        "n_parameters": int(k_all),
        "nb_alpha": nb_alpha,
        "nb_alpha_std_err": float(math.sqrt(cov[-1, -1])) if nb_alpha is not None else None,
    }


def _base_summary(design: Design, family: str) -> dict[str, Any]:
    return {
        "formula": design.formula,
        "outcome": design.outcome,
        "offset": design.offset_expr,
        "family_requested": family,
        "family": family,
        "family_rule": "not fitted",
        "estimable": False,
        "reasons": [],
        "reasons_id": [],
        "reason_codes": [],
        "n": design.n,
        "n_panel_rows": design.n_panel_rows,
        "n_dropped_missing": design.n_dropped_missing,
        "dropped_missing_by_variable": dict(sorted(design.dropped_missing.items())),
        "n_dropped_nonfinite": design.n_dropped_nonfinite,
        "n_parameters": design.n_parameters,
        "terms": list(design.X.columns),
        "reference_levels": dict(sorted(design.reference_levels.items())),
        "covariance": COVARIANCE,
        "confidence_level": CONFIDENCE,
        "rules": {
            "min_observations": MIN_OBSERVATIONS,
            "min_observations_per_parameter": MIN_OBS_PER_PARAMETER,
            "min_observations_for_this_formula": minimum_observations(design.n_parameters),
            "overdispersion_level": OVERDISPERSION_LEVEL,
        },
        "converged": None,
        "log_likelihood": None,
        "log_likelihood_null": None,
        "pseudo_r2": None,
        "aic": None,
        "bic": None,
        "deviance": None,
        "pearson_chi2": None,
        "df_resid": None,
        "nb_alpha": None,
        "nb_alpha_std_err": None,
        "overdispersion": None,
        "interpretation": [],
    }


def _not_estimable(
    design: Design, reasons: list[Reason], summary: dict[str, Any], descriptive: pd.DataFrame
) -> ModelResult:
    summary.update(
        {
            "estimable": False,
            "reasons": [r.en for r in reasons],
            "reasons_id": [r.id for r in reasons],
            "reason_codes": [r.code for r in reasons],
        }
    )
    result = ModelResult(
        False, reasons, empty_coefficients(), summary, descriptive, design.reference_levels, design.offset_expr
    )
    summary["interpretation"] = interpret(result, lang="en")
    return result
