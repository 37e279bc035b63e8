"""The report's figures derived from the run's tables: key numbers, per-cycle and per-region tables,
violation types, intervals of proportions.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from scipy.stats import norm
from statsmodels.stats.proportion import proportion_confint

from analysis.report.inputs import ReportInputs
from analysis.report.text import Text, is_missing, text_of
from analysis.schemas import SOURCE_STATUSES, VIOLATION_TYPES

COUNT_STATUSES = ("reported", "proven", "sanctioned")


def cycle_label(election_type: Any, election_year: Any, t: Text) -> str:
    kind = text_of(election_type) or "unknown"
    name = t.get(f"short_{kind}", kind)
    return name if is_missing(election_year) else f"{name} {int(election_year)}"


def _cycle_key(election_type: Any, election_year: Any) -> tuple[int, str]:
    year = -1 if is_missing(election_year) else int(election_year)
    return (year, text_of(election_type) or "unknown")


def _known_sum(values: pd.Series) -> float | None:
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return float(numbers.sum()) if len(numbers) else None


def source_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles whose figures count: read from the corpus, or cited by a person."""
    return articles[articles["status"].isin(SOURCE_STATUSES)] if "status" in articles else articles.iloc[0:0]


def key_numbers(inputs: ReportInputs) -> dict[str, Any]:
    """The summary's figures: article counts, facts, regions, cycles, sums of regional counts,
    the largest national figure, extraction F1, whether the model was estimated."""
    articles, panel, national = inputs.articles, inputs.panel, inputs.national
    status = articles["status"].value_counts() if len(articles) else pd.Series(dtype=int)
    if len(panel):
        regions = panel["region_code"].dropna().nunique()
        cycles = panel[["election_type", "election_year"]].drop_duplicates().shape[0]
    else:
        regional = inputs.facts[inputs.facts["scope"] == "regional"] if len(inputs.facts) else inputs.facts
        regions = regional["region_code"].dropna().nunique() if len(regional) else 0
        cycles = inputs.facts[["election_type", "election_year"]].drop_duplicates().shape[0] if len(inputs.facts) else 0
    sums = {s: (_known_sum(panel[f"violations_{s}"]) if len(panel) else None) for s in COUNT_STATUSES}
    national_top = None
    if len(national) and national["violations_reported"].notna().any():
        row = national.loc[pd.to_numeric(national["violations_reported"]).astype("float64").idxmax()]
        national_top = (int(row["violations_reported"]), row["election_type"], row["election_year"])
    evaluation = inputs.evaluation or {}
    f1 = None
    if evaluation.get("n_gold_articles"):
        f1 = (evaluation.get("facts", {}).get("all") or {}).get("f1")
    summary = inputs.model_summary
    return {
        "articles": int(len(articles)),
        "ok": int(status.get("ok", 0)),
        "cited": int(status.get("cited", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "unreadable": int(status.get("unreadable", 0)),
        "facts": int(len(inputs.facts)),
        "regions": int(regions),
        "cycles": int(cycles),
        "reported": sums["reported"],
        "proven": sums["proven"],
        "sanctioned": sums["sanctioned"],
        "national": national_top,
        "f1": f1,
        "n_gold": int(evaluation.get("n_gold_articles") or 0),
        "model": None if summary is None else bool(summary.get("estimable")),
    }


def _in_cycle(frame: pd.DataFrame, election_type: str, election_year: int | None) -> pd.DataFrame:
    """The rows of one election cycle (a missing type counts as 'unknown', a missing year matches None)."""
    if frame.empty:
        return frame
    types = frame["election_type"].fillna("unknown")
    years = frame["election_year"]
    year_match = years.isna() if election_year is None else (years == election_year).fillna(False)
    return frame[(types == election_type) & year_match]


def cycle_table(inputs: ReportInputs) -> pd.DataFrame:
    """One row per election cycle: regions, regional sums of violations, national figure, articles."""
    panel, national, facts = inputs.panel, inputs.national, inputs.facts
    keys = set()
    for frame in (panel, national):
        keys |= {
            (text_of(a) or "unknown", None if is_missing(b) else int(b))
            for a, b in zip(frame["election_type"], frame["election_year"], strict=True)
        }
    rows = []
    for etype, year in sorted(keys, key=lambda k: _cycle_key(*k)):
        part = _in_cycle(panel, etype, year)
        nat = _in_cycle(national, etype, year)
        fact_part = _in_cycle(facts, etype, year)
        figure_cols = [f"violations_{s}" for s in COUNT_STATUSES]
        rows.append(
            {
                "election_type": etype,
                "election_year": year,
                "regions": int(part["region_code"].nunique()) if len(part) else 0,
                "with_figure": int(part[figure_cols].notna().any(axis=1).sum()) if len(part) else 0,
                **{s: (_known_sum(part[f"violations_{s}"]) if len(part) else None) for s in COUNT_STATUSES},
                "national_reported": _known_sum(nat["violations_reported"]) if len(nat) else None,
                "articles": int(fact_part["article_id"].nunique()) if len(fact_part) else 0,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "election_type",
            "election_year",
            "regions",
            "with_figure",
            *COUNT_STATUSES,
            "national_reported",
            "articles",
        ],
    )


def region_table(panel: pd.DataFrame) -> pd.DataFrame:
    """The panel sorted by reported violations (unknown last), with violations per 1,000 ASN."""
    frame = panel.copy()
    reported = pd.to_numeric(frame["violations_reported"], errors="coerce").astype("float64")
    asn = pd.to_numeric(frame["asn_headcount"], errors="coerce").astype("float64")
    frame["rate_per_1000"] = 1000 * reported / asn.where(asn > 0)
    frame["_sort"] = reported
    frame = frame.sort_values(
        ["_sort", "region_name", "election_year"], ascending=[False, True, True], na_position="last", kind="mergesort"
    )
    return frame.drop(columns="_sort").reset_index(drop=True)


def violation_type_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Readable articles mentioning each violation type: every taxonomy code, then any unknown code."""
    readable = source_articles(articles)
    counts: dict[str, int] = {code: 0 for code in VIOLATION_TYPES}
    for value in readable["violation_types"] if len(readable) else []:
        for code in {c.strip() for c in text_of(value).split(";") if c.strip()}:
            counts[code] = counts.get(code, 0) + 1
    frame = pd.DataFrame({"code": list(counts), "articles": list(counts.values())})
    frame["share"] = frame["articles"] / len(readable) if len(readable) else np.nan
    return frame


def wilson_interval(successes: int, total: int, z: float = 1.959964) -> tuple[float, float] | None:
    """95% Wilson score interval of a proportion (z: the normal quantile of the level); None when there is
    nothing to measure."""
    if total <= 0:
        return None
    low, high = proportion_confint(successes, total, alpha=2 * norm.sf(z), method="wilson")
    return (float(low), float(high))
