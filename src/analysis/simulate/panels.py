"""Synthetic region x cycle panels with known coefficients, and what they say about sample size.

The studies that fit the model on them (coverage, power) are in analysis.model.simulation.

Every simulated row is marked `synthetic=True` and has a region code `SIM-0001`... that no Kemendagri
code can be, so a simulated panel cannot pass for real data.

The data-generating process (defaults chosen to look like a Pilkada/Pemilu panel of kabupaten/kota):
- asn_headcount: log-uniform between 2,000 and 40,000 (a small kabupaten to a large city);
- related_candidates: Poisson with mean 1.5;
- election_type: 'pemilu' (the reference level) or one of the levels named in the coefficients
  (`C(election_type)[T.pilkada]` ...), equally likely;
- violations_reported: Poisson with mean mu = exp(X b), or negative binomial NB2 (gamma-Poisson mixture,
  variance mu + alpha mu^2) when family='negbin';
- violations_proven / violations_sanctioned: binomial thinning (40%, then 60%), n_articles 1 + Poisson(2),
  n_sources between 1 and n_articles. These are not modelled; they only make the panel complete.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
from scipy import stats

DEFAULT_COEFFICIENTS: dict[str, float] = {
    "Intercept": -3.5,
    "np.log(asn_headcount)": 0.5,
    "related_candidates": 0.15,
    "C(election_type)[T.pilkada]": 0.4,
}
DEFAULT_ALPHA = 0.5
ASN_RANGE = (2_000, 40_000)
REFERENCE_ELECTION = "pemilu"
KNOWN_TERMS = ("Intercept", "np.log(asn_headcount)", "related_candidates")
ELECTION_TERM = re.compile(r"C\(election_type\)\[T\.(pileg|pilkada|pilpres)\]")
POWER_TERM = "C(election_type)[T.pilkada]"


def _election_levels(coefficients: dict[str, float]) -> list[str]:
    levels = [REFERENCE_ELECTION]
    for term in coefficients:
        match = ELECTION_TERM.fullmatch(term)
        if match:
            levels.append(match.group(1))
        elif term not in KNOWN_TERMS:
            raise ValueError(
                f"simulate_panel: unknown term {term!r}; known: {', '.join(KNOWN_TERMS)} and "
                "C(election_type)[T.pileg|pilkada|pilpres]"
            )
    if "Intercept" not in coefficients:
        raise ValueError("simulate_panel: coefficients need an 'Intercept'")
    return levels


def linear_predictor(panel: pd.DataFrame, coefficients: dict[str, float]) -> np.ndarray:
    """X b for a simulated panel under the default formula's term names."""
    eta = np.full(len(panel), coefficients["Intercept"], dtype=float)
    eta += coefficients.get("np.log(asn_headcount)", 0.0) * np.log(panel["asn_headcount"].to_numpy(dtype=float))
    eta += coefficients.get("related_candidates", 0.0) * panel["related_candidates"].to_numpy(dtype=float)
    for term, value in coefficients.items():
        match = ELECTION_TERM.fullmatch(term)
        if match:
            eta += value * (panel["election_type"].to_numpy() == match.group(1))
    return eta


def simulate_panel(
    n: int,
    coefficients: dict[str, float] | None = None,
    family: str = "negbin",
    alpha: float | None = DEFAULT_ALPHA,
    seed: int = 0,
) -> pd.DataFrame:
    """A synthetic panel of `n` region-cycles in the panel's columns, outcome drawn from the given model."""
    coefficients = dict(DEFAULT_COEFFICIENTS if coefficients is None else coefficients)
    if n < 1:
        raise ValueError("simulate_panel: n must be at least 1")
    if family not in ("poisson", "negbin"):
        raise ValueError(f"simulate_panel: family {family!r} is not poisson or negbin")
    if family == "negbin" and (alpha is None or alpha <= 0):
        raise ValueError("simulate_panel: the negative binomial needs alpha > 0")
    levels = _election_levels(coefficients)
    rng = np.random.default_rng(seed)
    low, high = np.log(ASN_RANGE[0]), np.log(ASN_RANGE[1])
    panel = pd.DataFrame(
        {
            "region_code": [f"SIM-{i:04d}" for i in range(1, n + 1)],
            "region_name": [f"Synthetic region {i:04d}" for i in range(1, n + 1)],
            "election_type": rng.choice(levels, size=n),
            "election_year": np.full(n, 2024, dtype=np.int64),
            "asn_headcount": np.round(np.exp(rng.uniform(low, high, size=n))).astype(np.int64),
            "related_candidates": rng.poisson(1.5, size=n).astype(np.int64),
        }
    )
    mu = np.exp(linear_predictor(panel, coefficients))
    if family == "negbin":
        shape = 1.0 / float(alpha)
        rate_draw = rng.gamma(shape, mu / shape)
        reported = rng.poisson(rate_draw)
    else:
        reported = rng.poisson(mu)
    proven = rng.binomial(reported, 0.4)
    sanctioned = rng.binomial(proven, 0.6)
    n_articles = 1 + rng.poisson(2.0, size=n)
    n_sources = 1 + np.floor(rng.uniform(size=n) * n_articles).astype(np.int64)
    panel["violations_reported"] = reported.astype(np.int64)
    panel["violations_proven"] = proven.astype(np.int64)
    panel["violations_sanctioned"] = sanctioned.astype(np.int64)
    panel["n_articles"] = n_articles.astype(np.int64)
    panel["n_sources"] = n_sources
    panel["synthetic"] = True
    order = [
        "region_code",
        "region_name",
        "election_type",
        "election_year",
        "violations_reported",
        "violations_proven",
        "violations_sanctioned",
        "asn_headcount",
        "related_candidates",
        "n_articles",
        "n_sources",
        "synthetic",
    ]
    return panel[order]


def required_n(power_table: pd.DataFrame, power: float = 0.8) -> int | None:
    """Smallest simulated n whose power reaches the target, and from which it stays there; None if never."""
    table = power_table.sort_values("n")
    reached = (table["power"] >= power).to_numpy()
    for i in range(len(table)):
        if reached[i:].all():
            return int(table["n"].iloc[i])
    return None


def approximate_required_n(
    irr: float = 1.5,
    power: float = 0.8,
    mean_count: float | None = None,
    alpha: float = DEFAULT_ALPHA,
    share_exposed: float = 0.5,
    level: float = 0.05,
) -> int:
    """Closed-form check of the simulation for a binary factor (Wald test, NB2 variance, equal spread).

    Var(log IRR) ~ (1/(n p m1) + 1/(n (1-p) m0)) + alpha (1/(n p) + 1/(n (1-p))), with m0 the baseline
    mean count and m1 = irr * m0; solved for n. Ignores the other covariates, so only a rough guide.
    """
    if mean_count is None:
        mean_count = _default_baseline_mean()
    m0, m1, p = mean_count, mean_count * irr, share_exposed
    per_n = 1 / (p * m1) + 1 / ((1 - p) * m0) + alpha * (1 / p + 1 / (1 - p))
    z = stats.norm.ppf(1 - level / 2) + stats.norm.ppf(power)
    return int(math.ceil(per_n * (z / math.log(irr)) ** 2))


def _default_baseline_mean() -> float:
    """Mean reported count of a reference-level (Pemilu) region-cycle under the default process."""
    b = DEFAULT_COEFFICIENTS
    low, high = np.log(ASN_RANGE[0]), np.log(ASN_RANGE[1])
    slope = b["np.log(asn_headcount)"]
    mean_asn_term = (math.exp(slope * high) - math.exp(slope * low)) / (slope * (high - low))
    candidates = math.exp(1.5 * (math.exp(b["related_candidates"]) - 1))  # E[exp(c X)], X ~ Poisson(1.5)
    return math.exp(b["Intercept"]) * mean_asn_term * candidates


def power_sentences(power_table: pd.DataFrame, n_available: int, power: float = 0.8) -> list[str]:
    """What the power analysis means for this panel, in plain English."""
    irr = float(power_table["irr"].iloc[0])
    needed = required_n(power_table, power)
    reps = int(power_table["reps"].iloc[0])
    largest = int(power_table["n"].max())
    lines = [
        f"Simulated panels ({reps} draws per size, negative binomial counts with overdispersion alpha "
        f"{DEFAULT_ALPHA}, about {_default_baseline_mean():.1f} reported violations per Pemilu region-cycle) "
        f"were fitted with this model to see how often an incidence-rate ratio of {irr:g} "
        f"(for example {100 * (irr - 1):.0f}% more violations in Pilkada than in Pemilu) "
        "is detected at the 5% level."
    ]
    if needed is None:
        lines.append(f"Even {largest} region-cycles did not reach {power:.0%} power under these settings.")
    else:
        lines.append(
            f"About {needed} region-cycles with complete data are needed for {power:.0%} power "
            f"(closed-form check: about {approximate_required_n(irr, power)}); each power figure "
            "is itself uncertain by a few percentage points (see mc_se)."
        )
    if needed is not None and n_available >= needed:
        lines.append(f"This panel has {n_available} complete region-cycles: enough for an effect of that size.")
    else:
        lines.append(
            f"This panel has {n_available} complete region-cycles: too few to detect an effect of that size "
            "reliably"
            + ("; a result without a clear association here is not evidence of no effect." if n_available else ".")
        )
    lines.append(
        "Near the smallest panel the model accepts (about 20 region-cycles) the robust test wrongly finds "
        "an effect about 10% of the time instead of 5%; from about 50 region-cycles it keeps close to 5% "
        "(simulated)."
    )
    return lines
