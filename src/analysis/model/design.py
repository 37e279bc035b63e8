"""The model's data: the formula evaluated on the complete rows of the panel (listwise deletion, counted)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import patsy

from analysis.model.data import ModelInputError
from analysis.model.terms import DEFAULT_FORMULA, FORMULA_NAMESPACE, formula_variables, split_offset


@dataclass
class Design:
    """The model's data after listwise deletion: outcome, design matrix, optional offset."""

    formula: str
    outcome: str
    y: pd.Series
    X: pd.DataFrame
    offset: np.ndarray | None
    offset_expr: str | None
    variables: list[str]
    n_panel_rows: int
    dropped_missing: dict[str, int]
    n_dropped_missing: int
    n_dropped_nonfinite: int
    empty_terms: dict[str, list[str]]
    reference_levels: dict[str, str]

    @property
    def n(self) -> int:
        return int(len(self.y))

    @property
    def n_parameters(self) -> int:
        return int(self.X.shape[1])


def _patsy_frame(panel: pd.DataFrame, variables: list[str]) -> pd.DataFrame:
    """Plain float / object columns: patsy does not understand pandas' nullable dtypes."""
    frame = pd.DataFrame(index=panel.index)
    for column in variables:
        series = panel[column]
        if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
            frame[column] = pd.to_numeric(series, errors="coerce").astype("float64")
        else:
            frame[column] = series.astype(object)
    return frame


def _evaluate(formula: str, data: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    env = patsy.EvalEnvironment([FORMULA_NAMESPACE])
    try:
        # log(0) and the like become -inf here; such rows are counted and dropped by the caller.
        with np.errstate(divide="ignore", invalid="ignore"):
            return patsy.dmatrices(formula, data, eval_env=env, NA_action="raise", return_type="dataframe")
    except patsy.PatsyError as exc:
        message = str(exc).splitlines()[0]
        raise ModelInputError(f"formula {formula!r}: {message}") from None


def _evaluate_offset(expr: str, data: pd.DataFrame) -> np.ndarray:
    env = patsy.EvalEnvironment([FORMULA_NAMESPACE])
    try:
        with np.errstate(divide="ignore", invalid="ignore"):
            matrix = patsy.dmatrix(f"0 + I({expr})", data, eval_env=env, NA_action="raise", return_type="dataframe")
    except patsy.PatsyError as exc:
        raise ModelInputError(f"offset({expr}): {str(exc).splitlines()[0]}") from None
    return matrix.iloc[:, 0].to_numpy(dtype=float)


def _empty_design(
    formula: str,
    model_formula: str,
    offset_expr: str | None,
    variables: list[str],
    panel: pd.DataFrame,
    dropped: dict[str, int],
    n_dropped: int,
) -> Design:
    """No complete row: the terms are still named (from the rows patsy can evaluate) when possible."""
    columns: list[str] = []
    outcome = model_formula.split("~", 1)[0].strip()
    data = _patsy_frame(panel.reset_index(drop=True), variables)
    try:
        env = patsy.EvalEnvironment([FORMULA_NAMESPACE])
        _, X = patsy.dmatrices(model_formula, data, eval_env=env, NA_action="drop", return_type="dataframe")
        columns = list(X.columns)
    except (patsy.PatsyError, ValueError, TypeError, KeyError):
        rhs = patsy.ModelDesc.from_formula(model_formula).rhs_termlist
        columns = [t.name() for t in rhs]
    return Design(
        formula=formula,
        outcome=outcome,
        y=pd.Series(dtype=float),
        X=pd.DataFrame(columns=columns, dtype=float),
        offset=None,
        offset_expr=offset_expr,
        variables=variables,
        n_panel_rows=int(len(panel)),
        dropped_missing=dropped,
        n_dropped_missing=n_dropped,
        n_dropped_nonfinite=0,
        empty_terms={},
        reference_levels={},
    )


def prepare_design(panel: pd.DataFrame, formula: str = DEFAULT_FORMULA) -> Design:
    """Evaluate the formula on the complete rows of the panel (listwise deletion, counted)."""
    if "~" not in formula:
        raise ModelInputError(f"formula {formula!r}: needs an outcome, '~' and terms")
    model_formula, offset_expr = split_offset(formula)
    outcome_side = model_formula.split("~", 1)[0]
    variables = formula_variables(model_formula, panel.columns)
    offset_variables = formula_variables(offset_expr, panel.columns) if offset_expr else []
    variables += [v for v in offset_variables if v not in variables]
    outcome_variables = formula_variables(outcome_side, panel.columns)
    if not outcome_variables:
        raise ModelInputError(f"formula {formula!r}: the outcome {outcome_side.strip()!r} is not a panel column")
    data = _patsy_frame(panel.reset_index(drop=True), variables)
    missing = data.isna()
    dropped = {v: int(missing[v].sum()) for v in variables if missing[v].any()}
    complete = ~missing.any(axis=1) if variables else pd.Series(True, index=data.index)
    data = data[complete]
    if data.empty:
        return _empty_design(formula, model_formula, offset_expr, variables, panel, dropped, int((~complete).sum()))
    y_frame, X = _evaluate(model_formula, data)
    offset = _evaluate_offset(offset_expr, data) if offset_expr else None
    finite = np.isfinite(y_frame.to_numpy()).all(axis=1) & np.isfinite(X.to_numpy()).all(axis=1)
    if offset is not None:
        finite &= np.isfinite(offset)
    n_nonfinite = int((~finite).sum())
    if n_nonfinite:
        # Rebuild from the kept rows so that categorical levels seen only in dropped rows disappear.
        data = data[finite]
        y_frame, X = _evaluate(model_formula, data)
        offset = _evaluate_offset(offset_expr, data) if offset_expr else None
    if y_frame.shape[1] != 1:
        raise ModelInputError(f"formula {formula!r}: the outcome must be one count column")
    design_info = X.design_info
    empty_terms: dict[str, list[str]] = {}
    reference_levels: dict[str, str] = {}
    for term, slice_ in design_info.term_slices.items():
        for factor in term.factors:
            info = design_info.factor_infos[factor]
            if info.type == "categorical" and info.categories:
                reference_levels[factor.name()] = str(info.categories[0])
                if len(info.categories) < 2:
                    empty_terms[term.name()] = [str(c) for c in info.categories]
        if slice_.stop == slice_.start and term.name() not in empty_terms:
            empty_terms[term.name()] = []
    return Design(
        formula=formula,
        outcome=str(y_frame.columns[0]),
        y=y_frame.iloc[:, 0].reset_index(drop=True),
        X=X.reset_index(drop=True),
        offset=offset,
        offset_expr=offset_expr,
        variables=variables,
        n_panel_rows=int(len(panel)),
        dropped_missing=dropped,
        n_dropped_missing=int((~complete).sum()),
        n_dropped_nonfinite=n_nonfinite,
        empty_terms=empty_terms,
        reference_levels=reference_levels,
    )
