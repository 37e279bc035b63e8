"""The model stage's one entry, `run_model`: read the panel, merge reference covariates, fit the model or say
why it cannot be estimated, simulate its power, and write every output. The CLI's `model` command and
notebook 03 call it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.model.data import merge_reference_covariates, read_panel
from analysis.model.fit import ModelResult, fit_count_model
from analysis.model.outputs import json_ready, write_model_outputs
from analysis.model.simulation import power_analysis
from analysis.model.terms import DEFAULT_FORMULA
from analysis.params import DEFAULTS


@dataclass
class ModelRun:
    """What one run of the stage read, computed and wrote."""

    panel: pd.DataFrame  # as read, before the reference covariates
    result: ModelResult
    provenance: pd.DataFrame  # covariate_sources.csv
    power: pd.DataFrame  # power.csv
    paths: dict[str, Path]  # output name -> file written

    @property
    def summary(self) -> dict[str, Any]:
        """The summary as model_summary.json holds it."""
        return json_ready(self.result.summary)


def fit_with_reference_covariates(
    panel: pd.DataFrame,
    formula: str = DEFAULT_FORMULA,
    family: str = DEFAULTS.model_family,
    reference_dir: Path | None = None,
) -> tuple[ModelResult, pd.DataFrame]:
    """Merge reference covariates, then fit or explain; returns the result and the provenance table."""
    merged, provenance = merge_reference_covariates(panel, reference_dir)
    result = fit_count_model(merged, formula, family)
    result.summary["reference_covariates"] = (
        sorted({f"{r.column}: {r.file}" for r in provenance.itertuples()}) if len(provenance) else []
    )
    return result, provenance


def run_model(
    panel_path: Path,
    out: Path,
    *,
    formula: str = DEFAULT_FORMULA,
    family: str = DEFAULTS.model_family,
    reference_dir: Path | None = None,
    power_settings: Mapping[str, Any] | None = None,
) -> ModelRun:
    """The model stage. Reads `panel_path` (panel.csv) and the CSVs under `reference_dir` (none, or a folder
    that does not exist: news figures only). Writes into `out` coefficients.csv, model_summary.json,
    descriptive.csv, covariate_sources.csv and power.csv. `power_settings` are keyword arguments of
    `power_analysis` (none: its defaults, the published settings). ModelInputError on unusable input."""
    panel = read_panel(panel_path)
    result, provenance = fit_with_reference_covariates(panel, formula, family, reference_dir)
    power = power_analysis(**(power_settings or {}))
    paths = write_model_outputs(result, provenance, power, out)
    return ModelRun(panel, result, provenance, power, paths)
