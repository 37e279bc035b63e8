"""Descriptive statistics of the panel: shown always, and instead of the model when it is not estimable."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.model.data import COUNT_COLUMNS

DESCRIPTIVE_COLUMNS = (
    "cycle",
    "variable",
    "n_region_cycles",
    "n_known",
    "n_missing",
    "total",
    "mean",
    "std",
    "min",
    "median",
    "max",
)


def _cycle_labels(panel: pd.DataFrame) -> pd.Series:
    types = panel["election_type"].astype(object).where(panel["election_type"].notna(), "unknown")
    years = panel["election_year"].astype(object).map(lambda v: "unknown" if pd.isna(v) else str(int(v)))
    return types.astype(str) + "-" + years


def descriptive_table(panel: pd.DataFrame) -> pd.DataFrame:
    """Per variable, overall ('all') and per cycle ('pilkada-2024'): how many known, total, spread.

    `violations_per_1000_asn` is added where both reported violations and the ASN headcount are known.
    """
    frame = panel.reset_index(drop=True).copy()
    variables = [c for c in COUNT_COLUMNS if c in frame.columns]
    for column in variables:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    if {"violations_reported", "asn_headcount"} <= set(variables):
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = 1000 * frame["violations_reported"] / frame["asn_headcount"].where(frame["asn_headcount"] > 0)
        frame["violations_per_1000_asn"] = rate
        variables.append("violations_per_1000_asn")
    groups: list[tuple[str, pd.DataFrame]] = [("all", frame)]
    if len(frame) and {"election_type", "election_year"} <= set(frame.columns):
        labels = _cycle_labels(frame)
        groups += [(label, frame[labels == label]) for label in sorted(labels.unique())]
    rows = []
    for label, group in groups:
        for column in variables:
            values = group[column].to_numpy(dtype=float)
            values = values[~np.isnan(values)]
            known = len(values)
            rows.append(
                {
                    "cycle": label,
                    "variable": column,
                    "n_region_cycles": len(group),
                    "n_known": known,
                    "n_missing": len(group) - known,
                    "total": float(values.sum()) if known and column != "violations_per_1000_asn" else np.nan,
                    "mean": float(values.mean()) if known else np.nan,
                    "std": float(values.std(ddof=1)) if known > 1 else np.nan,
                    "min": float(values.min()) if known else np.nan,
                    "median": float(np.median(values)) if known else np.nan,
                    "max": float(values.max()) if known else np.nan,
                }
            )
    return pd.DataFrame(rows, columns=list(DESCRIPTIVE_COLUMNS))
