"""The guard: every reason the data cannot support the model, checked before fitting (see the package doc)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize

from analysis.model.design import Design

MIN_OBSERVATIONS = 10
MIN_OBS_PER_PARAMETER = 5


@dataclass(frozen=True)
class Reason:
    """Why the model cannot be estimated: a code, and the message in English and Indonesian."""

    code: str
    en: str
    id: str


def minimum_observations(n_parameters: int) -> int:
    """The documented rule: at least 10 complete region-cycles and at least 5 per coefficient."""
    return max(MIN_OBSERVATIONS, MIN_OBS_PER_PARAMETER * n_parameters)


def separation(y: np.ndarray, X: np.ndarray, names: list[str]) -> tuple[list[str], int]:
    """Terms along which the Poisson/NB maximum likelihood estimate does not exist (perfect separation).

    Santos Silva & Tenreyro (2010): the estimate fails to exist when some direction b has x_i'b = 0
    wherever y_i > 0 and x_i'b <= 0 wherever y_i = 0, strictly for at least one row. Found by a linear
    programme on column-scaled X with b in [-1, 1]. Returns the names of the terms involved (empty: no
    separation) and how many zero-outcome rows are separated.
    """
    zero = y == 0
    if not zero.any() or zero.all():
        return [], 0
    scale = np.abs(X).max(axis=0)
    scale[scale == 0] = 1.0
    Xs = X / scale
    positive_rows, zero_rows = Xs[~zero], Xs[zero]
    result = optimize.linprog(
        c=zero_rows.sum(axis=0),
        A_ub=zero_rows,
        b_ub=np.zeros(len(zero_rows)),
        A_eq=positive_rows if len(positive_rows) else None,
        b_eq=np.zeros(len(positive_rows)) if len(positive_rows) else None,
        bounds=[(-1, 1)] * X.shape[1],
        method="highs",
    )
    if result.status != 0 or result.fun > -1e-7:
        return [], 0
    direction = result.x
    involved = [n for n, b in zip(names, direction, strict=True) if abs(b) > 1e-6 and n != "Intercept"]
    involved = involved or [n for n, b in zip(names, direction, strict=True) if abs(b) > 1e-6]
    return involved, int((zero_rows @ direction < -1e-7).sum())


def _too_few_observations(design: Design) -> list[Reason]:
    """Fewer complete rows than the model's coefficients need, saying which missing values dropped rows."""
    n, k = design.n, design.n_parameters
    reasons: list[Reason] = []
    needed = minimum_observations(k)
    if n < needed:
        why = "; ".join(f"{v} missing in {c}" for v, c in sorted(design.dropped_missing.items()))
        why_id = "; ".join(f"{v} kosong di {c}" for v, c in sorted(design.dropped_missing.items()))
        rows = design.n_panel_rows
        reasons.append(
            Reason(
                "too_few_observations",
                f"too few observations: {n} complete region-cycle(s) of {rows}; the model has {k} coefficient(s) "
                f"and needs at least {needed} (at least {MIN_OBSERVATIONS}, and {MIN_OBS_PER_PARAMETER} per "
                "coefficient)" + (f"; rows dropped because a value is missing: {why}" if why else ""),
                f"observasi terlalu sedikit: {n} daerah-siklus lengkap dari {rows}; model memiliki {k} koefisien "
                f"dan memerlukan sedikitnya {needed} (minimal {MIN_OBSERVATIONS}, dan {MIN_OBS_PER_PARAMETER} per "
                "koefisien)" + (f"; baris dibuang karena nilai kosong: {why_id}" if why_id else ""),
            )
        )
    return reasons


def _outcome_reasons(design: Design, y: np.ndarray) -> list[Reason]:
    """The outcome must be a count, and not 0 everywhere."""
    reasons: list[Reason] = []
    if (y < 0).any() or (np.abs(y - np.round(y)) > 1e-9).any():
        reasons.append(
            Reason(
                "outcome_not_count",
                f"the outcome {design.outcome} is not a non-negative whole number in every row",
                f"variabel hasil {design.outcome} tidak selalu berupa bilangan cacah (bulat, tidak negatif)",
            )
        )
    elif (y == 0).all():
        reasons.append(
            Reason(
                "outcome_all_zero",
                f"the outcome {design.outcome} is 0 in every region-cycle, so there is nothing to explain",
                f"variabel hasil {design.outcome} bernilai 0 di semua daerah-siklus, "
                "sehingga tidak ada yang dapat dijelaskan",
            )
        )
    return reasons


def _variation_reasons(design: Design) -> list[Reason]:
    """Terms that take a single value among the complete rows: their effects cannot be estimated."""
    reasons: list[Reason] = []
    n = design.n
    for term, levels in design.empty_terms.items():
        seen = f" (only {', '.join(levels)})" if levels else ""
        seen_id = f" (hanya {', '.join(levels)})" if levels else ""
        reasons.append(
            Reason(
                "no_variation",
                f"{term} takes a single value among the complete region-cycles{seen}: its effect cannot be estimated",
                f"{term} hanya memiliki satu nilai di antara daerah-siklus lengkap{seen_id}: "
                "pengaruhnya tidak dapat diperkirakan",
            )
        )
    for name in design.X.columns:
        if name == "Intercept":
            continue
        column = design.X[name].to_numpy(dtype=float)
        if n > 0 and np.ptp(column) == 0:
            reasons.append(
                Reason(
                    "no_variation",
                    f"{name} does not vary among the complete region-cycles (always {column[0]:g}): "
                    "its effect cannot be estimated",
                    f"{name} tidak bervariasi di antara daerah-siklus lengkap (selalu {column[0]:g}): "
                    "pengaruhnya tidak dapat diperkirakan",
                )
            )
    return reasons


def check_estimable(design: Design) -> list[Reason]:
    """Every reason the data cannot support the model (empty list: go ahead and fit)."""
    n, k = design.n, design.n_parameters
    reasons = _too_few_observations(design)
    if n == 0:
        return reasons
    y = design.y.to_numpy(dtype=float)
    reasons += _outcome_reasons(design, y) + _variation_reasons(design)
    X = design.X.to_numpy(dtype=float)
    constant = any(r.code == "no_variation" for r in reasons)
    rank = np.linalg.matrix_rank(X) if k and not constant else k
    if rank < k:
        reasons.append(
            Reason(
                "collinear",
                f"the terms are collinear (the design has rank {rank} for {k} coefficients): "
                "some term is an exact combination of others",
                f"suku-suku model kolinear (rank desain {rank} untuk {k} koefisien): "
                "ada suku yang merupakan kombinasi persis dari suku lain",
            )
        )
    if not [r for r in reasons if r.code != "too_few_observations"]:
        involved, separated = separation(y, X, list(design.X.columns))
        if involved:
            listed = ", ".join(involved)
            reasons.append(
                Reason(
                    "separation",
                    f"perfect separation involving {listed}: {separated} region-cycle(s) with outcome 0 can be "
                    "fitted exactly only by pushing the coefficient(s) to infinity, so no finite estimate exists",
                    f"separasi sempurna pada {listed}: {separated} daerah-siklus dengan hasil 0 hanya dapat "
                    "dicocokkan persis bila koefisiennya menuju tak hingga, sehingga tidak ada estimasi yang terhingga",
                )
            )
    return reasons
