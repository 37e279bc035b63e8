"""The model stage's files (byte-stable: sorted keys, floats to 8 significant digits) and its terminal lines."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.model.fit import ModelResult
from analysis.schemas import COEFFICIENTS, COVARIATE_SOURCES, DESCRIPTIVE, POWER
from analysis.tables import write_table

SIGNIFICANT_DIGITS = 8
SUMMARY_FILE = "model_summary.json"


def json_ready(value: Any) -> Any:
    """JSON-ready value with floats rounded to SIGNIFICANT_DIGITS and non-finite floats as null."""
    if isinstance(value, dict):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        if not math.isfinite(value):
            return None
        rounded = float(f"{value:.{SIGNIFICANT_DIGITS}g}")
        return 0.0 if rounded == 0 else rounded
    return value


def _rounded(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_float_dtype(frame[column]):
            frame[column] = frame[column].map(lambda v: json_ready(v) if pd.notna(v) else np.nan).astype("float64")
    return frame


def write_model_outputs(
    result: ModelResult, provenance: pd.DataFrame, power: pd.DataFrame, out: Path
) -> dict[str, Path]:
    """Write coefficients.csv, descriptive.csv, covariate_sources.csv, power.csv and model_summary.json."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "coefficients": write_table(_rounded(result.coefficients), out, "coefficients", COEFFICIENTS, parquet=False),
        "descriptive": write_table(_rounded(result.descriptive), out, "descriptive", DESCRIPTIVE, parquet=False),
        "covariate_sources": write_table(provenance, out, "covariate_sources", COVARIATE_SOURCES, parquet=False),
        "power": write_table(power, out, "power", POWER, parquet=False),
    }
    summary_path = out / SUMMARY_FILE
    summary_path.write_text(
        json.dumps(json_ready(result.summary), sort_keys=True, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    paths["summary"] = summary_path
    return paths


def format_summary(summary: dict[str, Any]) -> str:
    """A few lines for the terminal."""
    n, rows = summary.get("n"), summary.get("n_panel_rows")
    lines = [f"model: {summary.get('formula')}"]
    if not summary.get("estimable"):
        lines.append(f"not estimable ({n} complete of {rows} region-cycles):")
        lines += [f"  - {r}" for r in summary.get("reasons", [])]
        lines.append("descriptive statistics written instead (descriptive.csv)")
        return "\n".join(lines)
    lines.append(
        f"family: {summary.get('family')} ({summary.get('family_rule')}); "
        f"n = {n} of {rows} region-cycles; AIC {summary.get('aic'):.1f}"
    )
    lines += [f"  {line}" for line in summary.get("interpretation", [])[1:-1]]
    return "\n".join(lines)
