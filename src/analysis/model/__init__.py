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

6. Power (`power_analysis`): panels of several sizes are simulated and fitted with this same model, to
   see how often a moderate effect (an incidence-rate ratio of 1.5) would be detected.

Outputs (`run_model`, the stage's one entry): coefficients.csv (header only when not estimable),
model_summary.json (sorted keys, floats rounded to 8 significant digits), descriptive.csv,
covariate_sources.csv and power.csv.

Modules, in the order of the stage: data (panel, reference covariates), terms (formula, term names and
labels), design, guard, fit, descriptive, interpretation (sentences), simulation (coverage, power),
outputs (files, terminal lines), stage (`run_model`).
"""

from analysis.model.data import (
    COUNT_COLUMNS,
    PANEL_KEYS,
    REFERENCE_META_COLUMNS,
    ModelInputError,
    merge_reference_covariates,
    read_panel,
)
from analysis.model.descriptive import DESCRIPTIVE_COLUMNS, descriptive_table
from analysis.model.design import Design, prepare_design
from analysis.model.fit import (
    COEFFICIENT_COLUMNS,
    CONFIDENCE,
    COVARIANCE,
    FAMILIES,
    OVERDISPERSION_LEVEL,
    OVERDISPERSION_TEST,
    ModelResult,
    empty_coefficients,
    fit_count_model,
    irr_table,
    overdispersion_test,
)
from analysis.model.guard import (
    MIN_OBS_PER_PARAMETER,
    MIN_OBSERVATIONS,
    Reason,
    check_estimable,
    minimum_observations,
    separation,
)
from analysis.model.interpretation import interpret, interpret_summary
from analysis.model.outputs import SIGNIFICANT_DIGITS, format_summary, json_ready, write_model_outputs
from analysis.model.simulation import coverage_study, fit_simulated, power_analysis
from analysis.model.stage import ModelRun, fit_with_reference_covariates, run_model
from analysis.model.terms import (
    DEFAULT_FORMULA,
    FORMULA_NAMESPACE,
    Term,
    formula_variables,
    parse_term,
    split_offset,
    term_label,
)

__all__ = [
    "COEFFICIENT_COLUMNS",
    "CONFIDENCE",
    "COUNT_COLUMNS",
    "COVARIANCE",
    "DEFAULT_FORMULA",
    "DESCRIPTIVE_COLUMNS",
    "FAMILIES",
    "FORMULA_NAMESPACE",
    "MIN_OBSERVATIONS",
    "MIN_OBS_PER_PARAMETER",
    "OVERDISPERSION_LEVEL",
    "OVERDISPERSION_TEST",
    "PANEL_KEYS",
    "REFERENCE_META_COLUMNS",
    "SIGNIFICANT_DIGITS",
    "Design",
    "ModelInputError",
    "ModelResult",
    "ModelRun",
    "Reason",
    "Term",
    "check_estimable",
    "coverage_study",
    "descriptive_table",
    "empty_coefficients",
    "fit_count_model",
    "fit_simulated",
    "fit_with_reference_covariates",
    "format_summary",
    "formula_variables",
    "interpret",
    "interpret_summary",
    "irr_table",
    "json_ready",
    "merge_reference_covariates",
    "minimum_observations",
    "overdispersion_test",
    "parse_term",
    "power_analysis",
    "prepare_design",
    "read_panel",
    "run_model",
    "separation",
    "split_offset",
    "term_label",
    "write_model_outputs",
]
