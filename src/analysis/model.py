"""Count models of neutrality violations per region x election cycle, with a guard and plain-language output.

What the stage does, in order:

1. Reference covariates (`merge_reference_covariates`): CSV files under `data/raw/reference/` keyed by
   Kemendagri `region_code` (optionally also `election_type`, `election_year`) replace news-derived
   values of the same column where both exist; every replaced or added column gets `<col>_source`
   ('reference:<file>' or 'news').
2. Design (`prepare_design`): the formula (patsy syntax, as in statsmodels) is evaluated on the rows where
   every variable it names is present (listwise deletion; the dropped rows are counted per variable).
   Rows where a term is not finite (log of 0) are dropped too, and counted. A term `offset(expr)` in the
   formula is taken out and used as an offset (coefficient fixed at 1), e.g.
   `violations_reported ~ related_candidates + offset(np.log(asn_headcount))` models violations per ASN.
3. Guard (`check_estimable`): the model is "not estimable", with every reason listed, when
   - fewer than MIN_OBSERVATIONS (10) complete region-cycles, or fewer than MIN_OBS_PER_PARAMETER (5)
     per regression coefficient (the default formula with two election types has 4 -> needs 20);
   - the outcome is not a non-negative whole number, or is 0 in every region-cycle;
   - a term does not vary (a constant column, or a categorical variable with a single level);
   - the terms are collinear (the design matrix is rank-deficient);
   - perfect separation: a combination of terms along which the outcome is always 0, so the
     likelihood keeps increasing as a coefficient goes to minus infinity (checked exactly with the
     linear programme of Santos Silva & Tenreyro 2010, "On the existence of the maximum likelihood
     estimates in Poisson regression");
   - the fit does not converge or gives non-finite standard errors.
4. Fit (`fit_count_model`): a Poisson GLM (log link) and, when chosen, the negative binomial NB2 model
   of `statsmodels.discrete.NegativeBinomial`, which estimates the dispersion `alpha` by maximum
   likelihood together with the coefficients (GLM NB would need alpha fixed in advance).
   Standard errors are sandwich (heteroscedasticity-robust) with the HC1 small-sample factor n/(n-k)
   applied by hand: statsmodels' HC1 for non-OLS models equals HC0. Intervals are Wald, normal, 95%.
5. Family choice, family='auto': fit the Poisson model, then run the Cameron & Trivedi (1990)
   overdispersion test: the auxiliary regression ((y-mu)^2 - y)/mu = alpha*mu + e without intercept
   (alternative: NB2 variance mu + alpha*mu^2), one-sided t-test of alpha > 0. When p < 0.05 the counts
   vary more than a Poisson model allows and the negative binomial is used; otherwise Poisson. If the
   chosen negative binomial does not converge, the Poisson fit is kept (with robust standard errors it
   stays valid under overdispersion, only less efficient) and the summary says so.

Outputs (`model_paths`): coefficients.csv (header only when not estimable), model_summary.json (sorted
keys, floats rounded to 8 significant digits), descriptive.csv and covariate_sources.csv.
"""

from __future__ import annotations

import ast
import json
import math
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import patsy
import statsmodels.api as sm
from scipy import optimize, stats

from analysis.schemas import ELECTION_TYPES, REGION_CODE_PATTERN
from analysis.tables import write_table

DEFAULT_FORMULA = "violations_reported ~ np.log(asn_headcount) + related_candidates + C(election_type)"
FAMILIES = ("auto", "poisson", "negbin")
MIN_OBSERVATIONS = 10
MIN_OBS_PER_PARAMETER = 5
OVERDISPERSION_LEVEL = 0.05
CONFIDENCE = 0.95
SIGNIFICANT_DIGITS = 8
PANEL_KEYS = ("region_code", "election_type", "election_year")
COUNT_COLUMNS = (
    "violations_reported",
    "violations_proven",
    "violations_sanctioned",
    "asn_headcount",
    "related_candidates",
    "n_articles",
    "n_sources",
)
COEFFICIENT_COLUMNS = ("term", "estimate", "std_err", "irr", "ci_low", "ci_high", "p_value")
REFERENCE_META_COLUMNS = ("region_name", "source", "note", "notes")
COVARIANCE = "HC1: sandwich (heteroscedasticity-robust), small-sample factor n/(n-k)"
OVERDISPERSION_TEST = "Cameron-Trivedi (1990) auxiliary regression, NB2 alternative, one-sided"
# Names the formula may use besides panel columns; evaluated with numpy only (no caller frame).
FORMULA_NAMESPACE = {"np": np, "numpy": np}


class ModelInputError(ValueError):
    """Input the model stage cannot use (bad panel file, bad formula, bad reference CSV); one line."""


@dataclass(frozen=True)
class Reason:
    """Why the model cannot be estimated: a code, and the message in English and Indonesian."""

    code: str
    en: str
    id: str


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


# --------------------------------------------------------------------------------------------
# Reading the panel and reference covariates
# --------------------------------------------------------------------------------------------


def read_panel(path: Path) -> pd.DataFrame:
    """Read a panel CSV: key columns as text, count columns as numbers (empty -> NaN)."""
    try:
        panel = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ModelInputError(f"{path}: cannot read the panel ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    missing = [c for c in PANEL_KEYS if c not in panel.columns]
    if missing:
        raise ModelInputError(f"{path}: panel lacks column(s) {', '.join(missing)}")
    for column in panel.columns:
        if column in PANEL_KEYS[:2] or column == "region_name" or column.endswith("_source"):
            continue
        converted = pd.to_numeric(panel[column], errors="coerce")
        bad = panel[column].notna() & converted.isna()
        if column in COUNT_COLUMNS + ("election_year",) and bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0]) + 2
            raise ModelInputError(f"{path}: line {row}: {column} is not a number ({panel[column][bad].iloc[0]!r})")
        if not bad.any():
            panel[column] = converted.astype("float64")
    panel["election_year"] = panel["election_year"].astype("Int64")
    return panel


def _read_reference_file(path: Path) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise ModelInputError(f"{path}: cannot read ({type(exc).__name__}: {exc})".splitlines()[0]) from None
    table.columns = [str(c).strip() for c in table.columns]
    if "region_code" not in table.columns:
        raise ModelInputError(f"{path}: no region_code column (Kemendagri code, e.g. 36.74)")
    table["region_code"] = table["region_code"].str.strip()
    bad = table["region_code"].isna() | ~table["region_code"].fillna("").str.match(REGION_CODE_PATTERN)
    if bad.any():
        line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
        raise ModelInputError(f"{path}: line {line}: region_code {table['region_code'][bad].iloc[0]!r} "
                              "is not a Kemendagri code like 36 or 36.74")
    if "election_type" in table.columns:
        table["election_type"] = table["election_type"].str.strip().str.lower()
        bad = ~table["election_type"].isin(ELECTION_TYPES)
        if bad.any():
            line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
            raise ModelInputError(f"{path}: line {line}: election_type {table['election_type'][bad].iloc[0]!r} "
                                  f"is not one of {', '.join(ELECTION_TYPES)}")
    if "election_year" in table.columns:
        years = pd.to_numeric(table["election_year"], errors="coerce")
        bad = years.isna() | (years % 1 != 0)
        if bad.any():
            line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
            raise ModelInputError(f"{path}: line {line}: election_year {table['election_year'][bad].iloc[0]!r} "
                                  "is not a year")
        table["election_year"] = years.astype("Int64")
    keys = [k for k in PANEL_KEYS if k in table.columns]
    duplicated = table.duplicated(keys, keep=False)
    if duplicated.any():
        first = table[duplicated].iloc[0]
        raise ModelInputError(f"{path}: more than one row for " + ", ".join(f"{k}={first[k]}" for k in keys))
    for column in table.columns:
        if column in keys or column in REFERENCE_META_COLUMNS:
            continue
        converted = pd.to_numeric(table[column].str.strip(), errors="coerce")
        bad = table[column].notna() & converted.isna()
        if column in COUNT_COLUMNS:
            if bad.any():
                line = int(np.flatnonzero(bad.to_numpy())[0]) + 2
                raise ModelInputError(f"{path}: line {line}: {column} {table[column][bad].iloc[0]!r} is not a number")
            if (converted < 0).any():
                raise ModelInputError(f"{path}: {column} has a negative value")
        if not bad.any():
            table[column] = converted.astype("float64")
    return table


def merge_reference_covariates(panel: pd.DataFrame, reference_dir: Path | None
                               ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merge user-supplied covariate CSVs into the panel; reference values win over news-derived ones.

    Each `*.csv` under `reference_dir` (sorted by name) needs `region_code`; `election_type` and
    `election_year`, when present, narrow the match to one cycle, otherwise a row applies to every cycle
    of the region. `region_name`, `source` and `note(s)` are informational. Every other column is a
    covariate: where the file gives a value it replaces the panel's value (or adds the column), and
    `<col>_source` says 'reference:<file>' or 'news' (empty where neither gives a value). Two files giving
    the same cell is an error. Returns the merged panel and one provenance row per file and column.
    """
    provenance_columns = ["file", "column", "keys", "reference_rows", "matched_rows", "filled_missing",
                          "replaced_news", "replaced_news_different", "unmatched_reference_rows"]
    merged = panel.copy().reset_index(drop=True)
    records: list[dict[str, Any]] = []
    if reference_dir is None or not Path(reference_dir).is_dir():
        return merged, pd.DataFrame(columns=provenance_columns)
    files = sorted(p for p in Path(reference_dir).rglob("*.csv") if p.is_file())
    touched: dict[str, str] = {}  # column -> first file that gave it, for conflict messages
    for path in files:
        name = path.relative_to(reference_dir).as_posix()
        table = _read_reference_file(path)
        keys = [k for k in PANEL_KEYS if k in table.columns]
        covariates = [c for c in table.columns if c not in keys and c not in REFERENCE_META_COLUMNS]
        left = merged[keys].copy()
        left["region_code"] = left["region_code"].astype(str)
        left["_row"] = np.arange(len(left))
        right = table[keys + covariates].copy()
        right["_ref"] = np.arange(len(right))
        if "election_year" in keys:
            left["election_year"] = left["election_year"].astype("Int64")
        joined = left.merge(right, on=keys, how="left", sort=False).sort_values("_row", kind="stable")
        joined = joined.reset_index(drop=True)
        unmatched = ~np.isin(np.arange(len(table)), joined["_ref"].dropna().astype(int).to_numpy())
        for column in covariates:
            values = joined[column]
            has_reference = values.notna().to_numpy()
            source_column = f"{column}_source"
            label = f"reference:{name}"
            if column in merged.columns:
                news = merged[column]
                if source_column in merged.columns:
                    earlier = merged[source_column].fillna("").str.startswith("reference:").to_numpy()
                    clash = earlier & has_reference
                    if clash.any():
                        row = merged.iloc[int(np.flatnonzero(clash)[0])]
                        raise ModelInputError(
                            f"{path}: {column} for region {row['region_code']} is also given by "
                            f"{touched.get(column, 'another reference file')}; keep one")
                    sources = merged[source_column].astype(object).to_numpy()
                else:
                    sources = np.where(news.notna().to_numpy(), "news", None).astype(object)
                had_news = news.notna().to_numpy() & (sources == "news")
                different = had_news & has_reference & ~_same_values(news, values)
                record = dict(filled_missing=int((has_reference & news.isna().to_numpy()).sum()),
                              replaced_news=int((has_reference & had_news).sum()),
                              replaced_news_different=int(different.sum()))
                if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_numeric_dtype(news):
                    news = pd.to_numeric(news, errors="coerce")
                merged[column] = pd.Series(np.where(has_reference, values.to_numpy(dtype=object),
                                                    news.to_numpy(dtype=object)), index=merged.index)
                if pd.api.types.is_numeric_dtype(values):
                    merged[column] = pd.to_numeric(merged[column], errors="coerce").astype("float64")
            else:
                sources = np.full(len(merged), None, dtype=object)
                record = dict(filled_missing=int(has_reference.sum()), replaced_news=0, replaced_news_different=0)
                merged[column] = values.to_numpy()
            sources[has_reference] = label
            merged[source_column] = pd.Series(sources, index=merged.index, dtype=object)
            touched.setdefault(column, name)
            records.append(dict(file=name, column=column, keys=";".join(keys),
                                reference_rows=int(table[column].notna().sum()),
                                matched_rows=int(has_reference.sum()), **record,
                                unmatched_reference_rows=int((table[column].notna().to_numpy() & unmatched).sum())))
    return merged, pd.DataFrame(records, columns=provenance_columns)


def _same_values(a: pd.Series, b: pd.Series) -> np.ndarray:
    left = pd.to_numeric(a, errors="coerce").astype("float64").to_numpy()
    right = pd.to_numeric(b, errors="coerce").astype("float64").to_numpy()
    numeric = np.isfinite(left) & np.isfinite(right)
    same = np.zeros(len(a), dtype=bool)
    same[numeric] = np.isclose(left[numeric], right[numeric])
    text = ~numeric
    same[text] = a.astype(str).to_numpy()[text] == b.astype(str).to_numpy()[text]
    return same


# --------------------------------------------------------------------------------------------
# Formula and design
# --------------------------------------------------------------------------------------------


def split_offset(formula: str) -> tuple[str, str | None]:
    """Take a term `offset(expr)` out of the formula; returns (formula without it, expr or None)."""
    match = re.search(r"(?<![\w.])offset\s*\(", formula)
    if match is None:
        return formula, None
    if formula.find("~") > match.start():
        raise ModelInputError(f"formula {formula!r}: offset(...) belongs on the right of '~'")
    depth, end = 0, None
    for i in range(match.end() - 1, len(formula)):
        depth += {"(": 1, ")": -1}.get(formula[i], 0)
        if depth == 0:
            end = i
            break
    if end is None:
        raise ModelInputError(f"formula {formula!r}: unbalanced parentheses in offset(...)")
    expr = formula[match.end():end].strip()
    if not expr:
        raise ModelInputError(f"formula {formula!r}: offset() needs an expression, e.g. offset(np.log(asn_headcount))")
    before, after = formula[:match.start()].rstrip(), formula[end + 1:].lstrip()
    if before.endswith("+"):
        before = before[:-1].rstrip()
    elif after.startswith("+"):
        after = after[1:].lstrip()
    rest = (before + (" + " if before and after and not before.endswith("~") else " ") + after).strip()
    if rest.endswith("~"):
        rest += " 1"
    if re.search(r"(?<![\w.])offset\s*\(", rest):
        raise ModelInputError(f"formula {formula!r}: only one offset(...) term is allowed")
    return rest, expr


def formula_variables(formula: str, columns: list[str] | pd.Index) -> list[str]:
    """The panel columns a formula (or a plain expression) names, in order of first use."""
    names: list[str] = []
    known = set(columns)
    if "~" in formula:
        try:
            description = patsy.ModelDesc.from_formula(formula)
        except patsy.PatsyError as exc:
            raise ModelInputError(f"formula {formula!r}: {str(exc).splitlines()[0]}") from None
        codes = [factor.code for term in description.lhs_termlist + description.rhs_termlist
                 for factor in term.factors]
    else:
        codes = [formula]
    for code in codes:
        try:
            tree = ast.parse(code.strip(), mode="eval")
        except SyntaxError:
            raise ModelInputError(f"formula {formula!r}: {code!r} is not a valid expression") from None
        for node in ast.walk(tree):
            candidate = None
            if isinstance(node, ast.Name):
                candidate = node.id
            elif isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Q" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                candidate = node.args[0].value
            if candidate in known and candidate not in names:
                names.append(candidate)
    return names


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


def _empty_design(formula: str, model_formula: str, offset_expr: str | None, variables: list[str],
                  panel: pd.DataFrame, dropped: dict[str, int], n_dropped: int) -> Design:
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
        formula=formula, outcome=outcome, y=pd.Series(dtype=float),
        X=pd.DataFrame(columns=columns, dtype=float), offset=None, offset_expr=offset_expr,
        variables=variables, n_panel_rows=int(len(panel)), dropped_missing=dropped,
        n_dropped_missing=n_dropped, n_dropped_nonfinite=0, empty_terms={}, reference_levels={},
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


# --------------------------------------------------------------------------------------------
# Guard
# --------------------------------------------------------------------------------------------


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
        A_ub=zero_rows, b_ub=np.zeros(len(zero_rows)),
        A_eq=positive_rows if len(positive_rows) else None,
        b_eq=np.zeros(len(positive_rows)) if len(positive_rows) else None,
        bounds=[(-1, 1)] * X.shape[1], method="highs",
    )
    if result.status != 0 or result.fun > -1e-7:
        return [], 0
    direction = result.x
    involved = [n for n, b in zip(names, direction) if abs(b) > 1e-6 and n != "Intercept"]
    involved = involved or [n for n, b in zip(names, direction) if abs(b) > 1e-6]
    return involved, int((zero_rows @ direction < -1e-7).sum())


def check_estimable(design: Design) -> list[Reason]:
    """Every reason the data cannot support the model (empty list: go ahead and fit)."""
    reasons: list[Reason] = []
    n, k = design.n, design.n_parameters
    needed = minimum_observations(k)
    if n < needed:
        why = "; ".join(f"{v} missing in {c}" for v, c in sorted(design.dropped_missing.items()))
        why_id = "; ".join(f"{v} kosong di {c}" for v, c in sorted(design.dropped_missing.items()))
        rows = design.n_panel_rows
        reasons.append(Reason(
            "too_few_observations",
            f"too few observations: {n} complete region-cycle(s) of {rows}; the model has {k} coefficient(s) "
            f"and needs at least {needed} (at least {MIN_OBSERVATIONS}, and {MIN_OBS_PER_PARAMETER} per "
            "coefficient)" + (f"; rows dropped because a value is missing: {why}" if why else ""),
            f"observasi terlalu sedikit: {n} daerah-siklus lengkap dari {rows}; model memiliki {k} koefisien "
            f"dan memerlukan sedikitnya {needed} (minimal {MIN_OBSERVATIONS}, dan {MIN_OBS_PER_PARAMETER} per "
            "koefisien)" + (f"; baris dibuang karena nilai kosong: {why_id}" if why_id else "")))
    if n == 0:
        return reasons
    y = design.y.to_numpy(dtype=float)
    if (y < 0).any() or (np.abs(y - np.round(y)) > 1e-9).any():
        reasons.append(Reason(
            "outcome_not_count",
            f"the outcome {design.outcome} is not a non-negative whole number in every row",
            f"variabel hasil {design.outcome} tidak selalu berupa bilangan cacah (bulat, tidak negatif)"))
    elif (y == 0).all():
        reasons.append(Reason(
            "outcome_all_zero",
            f"the outcome {design.outcome} is 0 in every region-cycle, so there is nothing to explain",
            f"variabel hasil {design.outcome} bernilai 0 di semua daerah-siklus, "
            "sehingga tidak ada yang dapat dijelaskan"))
    for term, levels in design.empty_terms.items():
        seen = f" (only {', '.join(levels)})" if levels else ""
        seen_id = f" (hanya {', '.join(levels)})" if levels else ""
        reasons.append(Reason(
            "no_variation",
            f"{term} takes a single value among the complete region-cycles{seen}: its effect cannot be estimated",
            f"{term} hanya memiliki satu nilai di antara daerah-siklus lengkap{seen_id}: "
            "pengaruhnya tidak dapat diperkirakan"))
    X = design.X.to_numpy(dtype=float)
    for name in design.X.columns:
        if name == "Intercept":
            continue
        column = design.X[name].to_numpy(dtype=float)
        if n > 0 and np.ptp(column) == 0:
            reasons.append(Reason(
                "no_variation",
                f"{name} does not vary among the complete region-cycles (always {column[0]:g}): "
                "its effect cannot be estimated",
                f"{name} tidak bervariasi di antara daerah-siklus lengkap (selalu {column[0]:g}): "
                "pengaruhnya tidak dapat diperkirakan"))
    constant = any(r.code == "no_variation" for r in reasons)
    rank = np.linalg.matrix_rank(X) if k and not constant else k
    if rank < k:
        reasons.append(Reason(
            "collinear",
            f"the terms are collinear (the design has rank {rank} for {k} coefficients): "
            "some term is an exact combination of others",
            f"suku-suku model kolinear (rank desain {rank} untuk {k} koefisien): "
            "ada suku yang merupakan kombinasi persis dari suku lain"))
    if not [r for r in reasons if r.code != "too_few_observations"]:
        involved, separated = separation(y, X, list(design.X.columns))
        if involved:
            listed = ", ".join(involved)
            reasons.append(Reason(
                "separation",
                f"perfect separation involving {listed}: {separated} region-cycle(s) with outcome 0 can be "
                "fitted exactly only by pushing the coefficient(s) to infinity, so no finite estimate exists",
                f"separasi sempurna pada {listed}: {separated} daerah-siklus dengan hasil 0 hanya dapat "
                "dicocokkan persis bila koefisiennya menuju tak hingga, sehingga tidak ada estimasi yang terhingga"))
    return reasons


# --------------------------------------------------------------------------------------------
# Fitting
# --------------------------------------------------------------------------------------------


def overdispersion_test(y: np.ndarray, mu: np.ndarray) -> dict[str, float]:
    """Cameron & Trivedi (1990): regress ((y-mu)^2 - y)/mu on mu (no intercept); one-sided t-test alpha>0.

    Also returns Pearson chi2 / n as a descriptive ratio (about 1 for Poisson data).
    """
    y = np.asarray(y, dtype=float)
    mu = np.asarray(mu, dtype=float)
    n = len(y)
    z = ((y - mu) ** 2 - y) / mu
    alpha = float(np.sum(z * mu) / np.sum(mu * mu))
    residual = z - alpha * mu
    dof = max(n - 1, 1)
    sigma2 = float(np.sum(residual ** 2) / dof)
    se = math.sqrt(sigma2 / float(np.sum(mu * mu))) if sigma2 > 0 else float("nan")
    statistic = alpha / se if se and np.isfinite(se) else float("nan")
    p_value = float(stats.t.sf(statistic, dof)) if np.isfinite(statistic) else float("nan")
    return {"alpha_hat": alpha, "statistic": float(statistic), "p_value": p_value,
            "pearson_chi2_per_obs": float(np.sum((y - mu) ** 2 / mu) / n)}


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
    return pd.DataFrame({
        "term": names,
        "estimate": params,
        "std_err": se,
        "irr": np.exp(params),
        "ci_low": params - z_crit * se,
        "ci_high": params + z_crit * se,
        "p_value": 2 * stats.norm.sf(np.abs(z)),
    }, columns=list(COEFFICIENT_COLUMNS))


def irr_table(coefficients: pd.DataFrame) -> pd.DataFrame:
    """The coefficients as incidence-rate ratios with their 95% interval (for display)."""
    return pd.DataFrame({
        "term": coefficients["term"],
        "irr": np.exp(coefficients["estimate"]),
        "irr_ci_low": np.exp(coefficients["ci_low"]),
        "irr_ci_high": np.exp(coefficients["ci_high"]),
        "p_value": coefficients["p_value"],
    })


def empty_coefficients() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object" if c == "term" else "float64") for c in COEFFICIENT_COLUMNS})


def fit_count_model(panel: pd.DataFrame, formula: str = DEFAULT_FORMULA, family: str = "auto", *,
                    describe: bool = True) -> ModelResult:
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
        reasons = [Reason("not_converged", "the Poisson fit did not converge",
                          "estimasi model Poisson tidak konvergen")]
        return _not_estimable(design, reasons, summary, descriptive)
    dispersion = overdispersion_test(design.y.to_numpy(dtype=float), np.asarray(poisson.fittedvalues, dtype=float))
    summary["overdispersion"] = {"test": OVERDISPERSION_TEST, "level": OVERDISPERSION_LEVEL, **dispersion}
    overdispersed = bool(np.isfinite(dispersion["p_value"]) and dispersion["p_value"] < OVERDISPERSION_LEVEL)

    chosen, rule = family, f"requested: {family}"
    if family == "auto":
        chosen = "negbin" if overdispersed else "poisson"
        rule = (f"auto: overdispersion test p = {dispersion['p_value']:.3g} "
                + ("< " if overdispersed else ">= ") + f"{OVERDISPERSION_LEVEL} -> {chosen}")
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
            reasons = [Reason("not_converged", "the negative binomial fit did not converge",
                              "estimasi model binomial negatif tidak konvergen")]
            return _not_estimable(design, reasons, summary, descriptive)

    params = np.asarray(fitted.params, dtype=float)
    cov = np.asarray(fitted.cov_params(), dtype=float)
    n, k_all = design.n, len(params)
    cov = cov * n / max(n - k_all, 1)  # HC1 small-sample factor
    k = design.n_parameters
    coefficients = _coefficient_table(names, params[:k], cov[:k, :k])
    finite = np.all(np.isfinite(coefficients[["estimate", "std_err"]].to_numpy()))
    if not finite or (coefficients["std_err"] <= 0).any():
        reasons = [Reason("not_finite", "the fit gave non-finite estimates or standard errors",
                          "hasil estimasi atau galat bakunya tidak hingga")]
        return _not_estimable(design, reasons, summary, descriptive)

    mu = np.asarray(fitted.predict() if chosen == "negbin" else fitted.fittedvalues, dtype=float)
    y = design.y.to_numpy(dtype=float)
    variance = mu + (nb_alpha or 0.0) * mu ** 2
    llf = float(fitted.llf)
    summary.update({
        "estimable": True,
        "family": chosen,
        "family_rule": rule,
        "converged": True,
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
    })
    result = ModelResult(True, [], coefficients, summary, descriptive, design.reference_levels,
                         design.offset_expr, fitted)
    summary["interpretation"] = interpret(result, lang="en")
    return result


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


def _not_estimable(design: Design, reasons: list[Reason], summary: dict[str, Any],
                   descriptive: pd.DataFrame) -> ModelResult:
    summary.update({"estimable": False, "reasons": [r.en for r in reasons],
                    "reasons_id": [r.id for r in reasons], "reason_codes": [r.code for r in reasons]})
    result = ModelResult(False, reasons, empty_coefficients(), summary, descriptive,
                         design.reference_levels, design.offset_expr)
    summary["interpretation"] = interpret(result, lang="en")
    return result


# --------------------------------------------------------------------------------------------
# Descriptive statistics
# --------------------------------------------------------------------------------------------

DESCRIPTIVE_COLUMNS = ("cycle", "variable", "n_region_cycles", "n_known", "n_missing", "total", "mean",
                       "std", "min", "median", "max")


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
            rows.append({
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
            })
    return pd.DataFrame(rows, columns=list(DESCRIPTIVE_COLUMNS))


# --------------------------------------------------------------------------------------------
# Plain-language interpretation
# --------------------------------------------------------------------------------------------

LABELS = {
    "en": {
        "violations_reported": "reported violations",
        "violations_proven": "established violations",
        "violations_sanctioned": "sanctioned violations",
        "asn_headcount": "the ASN headcount",
        "related_candidates": "candidates related to ASN",
        "n_articles": "articles",
        "n_sources": "news outlets",
    },
    "id": {
        "violations_reported": "pelanggaran yang dilaporkan",
        "violations_proven": "pelanggaran yang terbukti",
        "violations_sanctioned": "pelanggaran yang dijatuhi sanksi",
        "asn_headcount": "jumlah ASN",
        "related_candidates": "calon yang terkait ASN",
        "n_articles": "artikel",
        "n_sources": "media",
    },
}
PER_UNIT = {
    "related_candidates": ("Each additional candidate related to ASN", "Setiap tambahan satu calon yang terkait ASN"),
    "n_articles": ("Each additional article", "Setiap tambahan satu artikel"),
    "n_sources": ("Each additional news outlet", "Setiap tambahan satu media"),
}
ELECTION_NAMES = {"pilkada": "Pilkada", "pemilu": "Pemilu", "pileg": "Pileg", "pilpres": "Pilpres",
                  "unknown": "unknown"}


def _label(variable: str, lang: str) -> str:
    return LABELS[lang].get(variable, variable)


def _change(multiplier: float, lang: str) -> str:
    pct = (multiplier - 1) * 100
    amount = f"{abs(pct):.0f}%" if abs(pct) >= 1 else f"{abs(pct):.1f}%"
    if lang == "id":
        return f"{amount} lebih banyak" if pct >= 0 else f"{amount} lebih sedikit"
    return f"{amount} more" if pct >= 0 else f"{amount} fewer"


def _effect_sentence(subject: str, multiplier: float, low: float, high: float, outcome: str,
                     compare: str, lang: str) -> str:
    clear = low > 1 or high < 1
    if lang == "id":
        head = f"{subject}, {outcome} rata-rata {_change(multiplier, lang)}{compare}"
        if clear:
            return f"{head} (IK 95%: {_change(low, lang)} hingga {_change(high, lang)})."
        return (f"{head}, tetapi interval 95% (dari {_change(low, lang)} hingga {_change(high, lang)}) "
                "mencakup tidak ada perubahan, sehingga data belum menunjukkan hubungan yang jelas.")
    head = f"{subject} is associated with {_change(multiplier, lang)} {outcome}{compare}"
    if clear:
        return f"{head} (95% CI: {_change(low, lang)} to {_change(high, lang)})."
    return (f"{head}, but the 95% interval (from {_change(low, lang)} to {_change(high, lang)}) includes "
            "no change, so the data do not show a clear association.")


def _term_sentence(row: pd.Series, outcome: str, reference_levels: dict[str, str], lang: str) -> str:
    term, b, low, high = row["term"], row["estimate"], row["ci_low"], row["ci_high"]
    log_match = re.fullmatch(r"np\.log\((\w+)\)", term)
    category = re.fullmatch(r"C\((\w+)\)\[T\.(.+)\]", term)
    if log_match:
        variable = _label(log_match.group(1), lang)
        subject = f"Setiap kali {variable} berlipat dua" if lang == "id" else f"Each doubling of {variable}"
        return _effect_sentence(subject, 2 ** b, 2 ** low, 2 ** high, outcome, "", lang)
    if category:
        variable, level = category.groups()
        reference = reference_levels.get(f"C({variable})", "the reference level")
        name = (lambda v: ELECTION_NAMES.get(v, v)) if variable == "election_type" else (lambda v: v)
        if lang == "id" and variable == "election_type":
            subject, compare = f"Pada {name(level)}", f" dibanding {name(reference)}"
        elif lang == "id":
            subject = f"Pada daerah-siklus dengan {_label(variable, lang)} = {level}"
            compare = f" dibanding {_label(variable, lang)} = {reference}"
        else:
            subject = (f"A {name(level)} election" if variable == "election_type"
                       else f"{_label(variable, lang)} = {level}")
            compare = (f" than a {name(reference)} election" if variable == "election_type"
                       else f" than {_label(variable, lang)} = {reference}")
        return _effect_sentence(subject, math.exp(b), math.exp(low), math.exp(high), outcome, compare, lang)
    if term in PER_UNIT or re.fullmatch(r"\w+", term):
        en, id_ = PER_UNIT.get(term, (f"Each one-unit increase in {_label(term, 'en')}",
                                      f"Setiap kenaikan satu satuan {_label(term, 'id')}"))
        subject = id_ if lang == "id" else en
        return _effect_sentence(subject, math.exp(b), math.exp(low), math.exp(high), outcome, "", lang)
    if lang == "id":
        return f"Suku {term}: rasio laju kejadian {math.exp(b):.2f} (IK 95%: {math.exp(low):.2f}–{math.exp(high):.2f})."
    return f"Term {term}: incidence-rate ratio {math.exp(b):.2f} (95% CI {math.exp(low):.2f}–{math.exp(high):.2f})."


def interpret(result: ModelResult, lang: str = "en") -> list[str]:
    """The model's findings, or why there are none, in sentences a policy reader can follow."""
    if lang not in ("en", "id"):
        raise ValueError(f"lang {lang!r} is not one of en, id")
    summary = result.summary
    outcome_column = summary.get("outcome", "violations_reported")
    if not result.estimable:
        reasons = summary.get("reasons_id" if lang == "id" else "reasons", [])
        if lang == "id":
            return ["Model tidak dapat diestimasi dari data ini:"] + [f"- {r}" for r in reasons] + [
                "Karena itu hanya statistik deskriptif yang ditampilkan; tidak ada koefisien yang dilaporkan."]
        return ["The model cannot be estimated from these data:"] + [f"- {r}" for r in reasons] + [
            "Descriptive statistics are shown instead; no coefficients are reported."]
    outcome = _label(outcome_column, lang)
    if result.offset_expr:
        outcome = f"laju {outcome} per satuan offset" if lang == "id" else f"{outcome} per unit of the offset"
    family = summary["family"]
    n = summary["n"]
    lines = []
    if lang == "id":
        family_name = "binomial negatif" if family == "negbin" else "Poisson"
        lines.append(f"Model {family_name} pada {n} daerah-siklus dengan data lengkap.")
    else:
        family_name = "negative binomial" if family == "negbin" else "Poisson"
        lines.append(f"A {family_name} model of {n} region-cycles with complete data.")
    for _, row in result.coefficients.iterrows():
        if row["term"] == "Intercept":
            continue
        lines.append(_term_sentence(row, outcome, result.reference_levels, lang))
    if any(":" in term for term in result.coefficients["term"]):
        lines.append("Model memuat interaksi: pengaruh utama di atas berlaku ketika variabel pasangannya bernilai nol."
                     if lang == "id" else
                     "The model has interaction terms: each main effect above applies where its partner "
                     "variable in the interaction is zero.")
    if lang == "id":
        lines.append("Ini adalah asosiasi dalam angka yang diberitakan media, bukan hubungan sebab-akibat; "
                     "daerah yang lebih banyak diliput dapat tampak memiliki lebih banyak pelanggaran.")
    else:
        lines.append("These are associations in figures reported by the news, not causal effects; regions "
                     "with more coverage can show more reported violations.")
    return lines


# --------------------------------------------------------------------------------------------
# Files and terminal
# --------------------------------------------------------------------------------------------


def _stable(value: Any) -> Any:
    """JSON-ready value with floats rounded to SIGNIFICANT_DIGITS and non-finite floats as null."""
    if isinstance(value, dict):
        return {str(k): _stable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_stable(v) for v in value]
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
            frame[column] = frame[column].map(lambda v: _stable(v) if pd.notna(v) else np.nan).astype("float64")
    return frame


def run_model(panel: pd.DataFrame, formula: str = DEFAULT_FORMULA, family: str = "auto",
              reference_dir: Path | None = None) -> tuple[ModelResult, pd.DataFrame]:
    """Merge reference covariates, then fit or explain; returns the result and the provenance table."""
    merged, provenance = merge_reference_covariates(panel, reference_dir)
    result = fit_count_model(merged, formula, family)
    result.summary["reference_covariates"] = sorted(
        {f"{r.column}: {r.file}" for r in provenance.itertuples()}) if len(provenance) else []
    return result, provenance


def write_model_outputs(result: ModelResult, provenance: pd.DataFrame, out: Path) -> dict[str, Path]:
    """Write coefficients.csv, model_summary.json, descriptive.csv and covariate_sources.csv into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "coefficients": write_table(_rounded(result.coefficients), out, "coefficients", parquet=False),
        "descriptive": write_table(_rounded(result.descriptive), out, "descriptive", parquet=False),
        "covariate_sources": write_table(provenance, out, "covariate_sources", parquet=False),
    }
    summary_path = out / "model_summary.json"
    summary_path.write_text(json.dumps(_stable(result.summary), sort_keys=True, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    paths["summary"] = summary_path
    return paths


def model_paths(panel: Path, out: Path, *, formula: str = DEFAULT_FORMULA, family: str = "auto",
                reference_dir: Path | None = None) -> dict[str, Any]:
    """The `model` command: read the panel, merge covariates, fit or explain, write the outputs."""
    frame = read_panel(panel)
    result, provenance = run_model(frame, formula, family, reference_dir)
    write_model_outputs(result, provenance, out)
    return _stable(result.summary)


def format_summary(summary: dict[str, Any]) -> str:
    """A few lines for the terminal."""
    n, rows = summary.get("n"), summary.get("n_panel_rows")
    lines = [f"model: {summary.get('formula')}"]
    if not summary.get("estimable"):
        lines.append(f"not estimable ({n} complete of {rows} region-cycles):")
        lines += [f"  - {r}" for r in summary.get("reasons", [])]
        lines.append("descriptive statistics written instead (descriptive.csv)")
        return "\n".join(lines)
    lines.append(f"family: {summary.get('family')} ({summary.get('family_rule')}); "
                 f"n = {n} of {rows} region-cycles; AIC {summary.get('aic'):.1f}")
    lines += [f"  {line}" for line in summary.get("interpretation", [])[1:-1]]
    return "\n".join(lines)
