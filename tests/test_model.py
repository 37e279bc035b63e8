"""The model stage: design and guard, fitting, overdispersion rule, reference covariates, outputs, CLI."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from analysis import model as mdl
from analysis.schemas import PANEL
from analysis.simulate.panels import DEFAULT_COEFFICIENTS, simulate_panel
from analysis.tables import write_table

NAN = np.nan


def seed_like_panel() -> pd.DataFrame:
    """What the five bundled seed articles give: a few region-cycles, most figures missing."""
    return pd.DataFrame(
        {
            "region_code": ["13.02", "34.02", "36.01", "36.04", "36.74", "36.74"],
            "region_name": [
                "Kabupaten Padang Pariaman",
                "Kabupaten Bantul",
                "Kabupaten Pandeglang",
                "Kabupaten Serang",
                "Kota Tangerang Selatan",
                "Kota Tangerang Selatan",
            ],
            "election_type": ["pemilu", "pilkada", "pilkada", "pemilu", "pemilu", "pilkada"],
            "election_year": [2024, 2024, 2020, 2024, 2024, 2024],
            "violations_reported": [NAN, NAN, 3, NAN, 0, NAN],
            "violations_proven": [NAN, NAN, 2, NAN, NAN, NAN],
            "violations_sanctioned": [NAN] * 6,
            "asn_headcount": [NAN, NAN, NAN, 10000, NAN, 15000],
            "related_candidates": [NAN, NAN, NAN, 16, NAN, NAN],
            "n_articles": [1] * 6,
            "n_sources": [1] * 6,
        }
    )


def small_real_panel(n: int = 30, seed: int = 1) -> pd.DataFrame:
    """A simulated panel re-keyed with Kemendagri-shaped codes (99.xx: no such province)."""
    panel = simulate_panel(n, seed=seed)
    panel["region_code"] = [f"99.{i:02d}" for i in range(1, n + 1)]
    return panel


# ---- design -------------------------------------------------------------------------------------


def test_listwise_deletion_is_counted_per_variable():
    panel = simulate_panel(50, seed=2)
    panel.loc[:4, "asn_headcount"] = NAN
    panel.loc[3:7, "related_candidates"] = NAN
    design = mdl.prepare_design(panel)
    assert design.n == 42
    assert design.n_dropped_missing == 8
    assert design.dropped_missing == {"asn_headcount": 5, "related_candidates": 5}
    assert list(design.X.columns) == [
        "Intercept",
        "C(election_type)[T.pilkada]",
        "np.log(asn_headcount)",
        "related_candidates",
    ]


def test_log_of_zero_rows_are_dropped_and_counted():
    panel = simulate_panel(50, seed=3)
    panel.loc[:2, "asn_headcount"] = 0
    design = mdl.prepare_design(panel)
    assert design.n == 47 and design.n_dropped_nonfinite == 3
    assert np.isfinite(design.X.to_numpy()).all()


def test_offset_term_is_taken_out_of_the_formula():
    formula, expr = mdl.split_offset("violations_reported ~ related_candidates + offset(np.log(asn_headcount))")
    assert (formula, expr) == ("violations_reported ~ related_candidates", "np.log(asn_headcount)")
    assert mdl.split_offset("y ~ offset(np.log(x))") == ("y ~ 1", "np.log(x)")
    assert mdl.split_offset("y ~ offset(np.log(x)) + z") == ("y ~ z", "np.log(x)")
    assert mdl.split_offset("y ~ z") == ("y ~ z", None)


def test_offset_model_recovers_a_rate_per_asn():
    panel = simulate_panel(
        400,
        {"Intercept": -7.5, "np.log(asn_headcount)": 1.0, "related_candidates": 0.2},
        family="poisson",
        alpha=None,
        seed=4,
    )
    result = mdl.fit_count_model(
        panel, "violations_reported ~ related_candidates + offset(np.log(asn_headcount))", family="poisson"
    )
    assert result.estimable
    row = result.coefficients.set_index("term").loc["related_candidates"]
    assert row["ci_low"] <= 0.2 <= row["ci_high"]
    assert result.summary["offset"] == "np.log(asn_headcount)"
    assert "np.log(asn_headcount)" not in list(result.coefficients["term"])


def test_bad_formula_is_a_one_line_input_error():
    panel = simulate_panel(30, seed=5)
    with pytest.raises(mdl.ModelInputError, match="not_a_column"):
        mdl.prepare_design(panel, "violations_reported ~ not_a_column")
    with pytest.raises(mdl.ModelInputError, match="outcome"):
        mdl.prepare_design(panel, "nothing_here ~ related_candidates")
    with pytest.raises(mdl.ModelInputError, match="'~'"):
        mdl.prepare_design(panel, "violations_reported")
    with pytest.raises(mdl.ModelInputError, match="family"):
        mdl.fit_count_model(panel, family="logit")


# ---- guard ----------------------------------------------------------------------------------------


def test_seed_like_panel_is_not_estimable_for_too_few_observations():
    result = mdl.fit_count_model(seed_like_panel())
    assert not result.estimable
    assert result.coefficients.empty and list(result.coefficients.columns) == list(mdl.COEFFICIENT_COLUMNS)
    assert result.summary["reason_codes"] == ["too_few_observations"]
    assert "too few observations: 0 complete region-cycle(s) of 6" in result.summary["reasons"][0]
    assert "needs at least 20" in result.summary["reasons"][0]
    descriptive = result.descriptive.set_index(["cycle", "variable"])
    assert descriptive.loc[("all", "violations_reported"), "n_known"] == 2
    assert descriptive.loc[("all", "violations_reported"), "total"] == 3
    assert descriptive.loc[("pilkada-2020", "violations_proven"), "max"] == 2
    assert descriptive.loc[("all", "asn_headcount"), "mean"] == 12500
    lines = mdl.interpret(result, "en")
    assert lines[0] == "The model cannot be estimated from these data:"
    assert mdl.interpret(result, "id")[0].startswith("Model tidak dapat diestimasi")


def test_minimum_observation_rule():
    assert mdl.minimum_observations(1) == 10
    assert mdl.minimum_observations(4) == 20
    panel = small_real_panel(19)
    result = mdl.fit_count_model(panel)
    assert not result.estimable and "too_few_observations" in result.summary["reason_codes"]
    panel = small_real_panel(40)
    assert mdl.fit_count_model(panel).estimable


def test_no_variation_in_a_covariate():
    panel = small_real_panel(40)
    panel["related_candidates"] = 2
    result = mdl.fit_count_model(panel)
    assert not result.estimable
    assert result.summary["reason_codes"] == ["no_variation"]
    assert "related_candidates does not vary" in result.summary["reasons"][0]


def test_single_level_categorical_is_no_variation():
    panel = small_real_panel(40)
    panel["election_type"] = "pilkada"
    result = mdl.fit_count_model(panel)
    assert not result.estimable
    assert any("C(election_type)" in r and "single value" in r for r in result.summary["reasons"])


def test_collinear_terms():
    panel = small_real_panel(40)
    panel["double_candidates"] = 2 * panel["related_candidates"]
    result = mdl.fit_count_model(panel, "violations_reported ~ related_candidates + double_candidates")
    assert result.summary["reason_codes"] == ["collinear"]


def test_all_zero_outcome():
    panel = small_real_panel(40)
    panel["violations_reported"] = 0
    result = mdl.fit_count_model(panel)
    assert result.summary["reason_codes"] == ["outcome_all_zero"]


def test_outcome_must_be_a_count():
    panel = small_real_panel(40)
    panel["violations_reported"] = panel["violations_reported"] + 0.5
    assert mdl.fit_count_model(panel).summary["reason_codes"] == ["outcome_not_count"]


def test_perfect_separation_of_a_level_with_only_zeros():
    panel = small_real_panel(60, seed=6)
    panel.loc[:9, "election_type"] = "pileg"
    panel.loc[:9, "violations_reported"] = 0
    result = mdl.fit_count_model(panel)
    assert not result.estimable
    assert result.summary["reason_codes"] == ["separation"]
    assert "C(election_type)[T.pileg]" in result.summary["reasons"][0]
    assert "10 region-cycle(s) with outcome 0" in result.summary["reasons"][0]


def test_separation_along_a_continuous_covariate():
    # A covariate that is 0 wherever violations were reported and positive only where none were:
    # the likelihood rises without bound as its coefficient goes to minus infinity.
    panel = small_real_panel(60, seed=7)
    zero = panel["violations_reported"] == 0
    assert zero.sum() >= 3
    panel["supervision_index"] = np.where(zero, np.linspace(0.5, 2.0, len(panel)), 0.0)
    result = mdl.fit_count_model(panel, "violations_reported ~ related_candidates + supervision_index")
    assert not result.estimable and result.summary["reason_codes"] == ["separation"]
    assert "supervision_index" in result.summary["reasons"][0]
    assert f"{int(zero.sum())} region-cycle(s) with outcome 0" in result.summary["reasons"][0]


def test_no_separation_in_an_ordinary_panel():
    design = mdl.prepare_design(simulate_panel(200, seed=8))
    assert mdl.separation(design.y.to_numpy(), design.X.to_numpy(), list(design.X.columns)) == ([], 0)


def test_all_missing_and_empty_panels_are_not_estimable():
    panel = small_real_panel(40)
    panel["asn_headcount"] = NAN
    result = mdl.fit_count_model(panel)
    assert not result.estimable and "asn_headcount missing in 40" in result.summary["reasons"][0]
    empty = small_real_panel(40).iloc[0:0]
    result = mdl.fit_count_model(empty)
    assert not result.estimable and result.summary["n"] == 0


# ---- fitting --------------------------------------------------------------------------------------


def test_coefficients_table_is_consistent():
    result = mdl.fit_count_model(simulate_panel(300, seed=9))
    table = result.coefficients
    assert list(table.columns) == list(mdl.COEFFICIENT_COLUMNS)
    assert np.allclose(table["irr"], np.exp(table["estimate"]))
    assert np.allclose(table["ci_high"] - table["estimate"], 1.959964 * table["std_err"], rtol=1e-5)
    assert np.allclose(table["estimate"] - table["ci_low"], table["ci_high"] - table["estimate"])
    z = table["estimate"] / table["std_err"]
    assert np.allclose(table["p_value"], 2 * (1 - pd.Series(z.abs()).map(lambda v: 0.5 * (1 + math.erf(v / 2**0.5)))))
    summary = result.summary
    for key in ("family", "n", "estimable", "reasons", "aic", "bic", "log_likelihood", "pseudo_r2", "df_resid"):
        assert key in summary
    assert summary["aic"] == pytest.approx(-2 * summary["log_likelihood"] + 2 * summary["n_parameters"])


def test_overdispersion_test_separates_poisson_from_negative_binomial():
    def p_value(family, alpha, seed):
        design = mdl.prepare_design(simulate_panel(400, family=family, alpha=alpha, seed=seed))
        import statsmodels.api as sm

        fit = sm.GLM(design.y, design.X, family=sm.families.Poisson()).fit()
        return mdl.overdispersion_test(design.y.to_numpy(), fit.fittedvalues.to_numpy())["p_value"]

    poisson_p = [p_value("poisson", None, s) for s in range(20)]
    negbin_p = [p_value("negbin", 0.5, s) for s in range(20)]
    assert all(p < 0.001 for p in negbin_p)
    assert sum(p < 0.05 for p in poisson_p) <= 4  # about 5% expected; 4 of 20 would be very unusual
    assert 0.2 < np.mean(poisson_p) < 0.8


def _hand_overdispersion(y: np.ndarray, mu: np.ndarray) -> dict[str, float]:
    """The auxiliary regression as the model computed it by hand before it used statsmodels' OLS."""
    from scipy import stats

    z = ((y - mu) ** 2 - y) / mu
    alpha = float(np.sum(z * mu) / np.sum(mu * mu))
    dof = max(len(y) - 1, 1)
    sigma2 = float(np.sum((z - alpha * mu) ** 2) / dof)
    statistic = alpha / math.sqrt(sigma2 / float(np.sum(mu * mu)))
    return {
        "alpha_hat": alpha,
        "statistic": statistic,
        "p_value": float(stats.t.sf(statistic, dof)),
        "pearson_chi2_per_obs": float(np.sum((y - mu) ** 2 / mu) / len(y)),
    }


@pytest.mark.parametrize("family, seed", [("negbin", 0), ("negbin", 13), ("poisson", 3)])
def test_overdispersion_test_gives_the_hand_formula_figures(family, seed):
    panel = simulate_panel(300, family=family, alpha=0.5 if family == "negbin" else None, seed=seed)
    design = mdl.prepare_design(panel)
    poisson = sm.GLM(design.y, design.X, family=sm.families.Poisson()).fit()
    y, mu = design.y.to_numpy(dtype=float), poisson.fittedvalues.to_numpy()
    got, expected = mdl.overdispersion_test(y, mu), _hand_overdispersion(y, mu)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, rel=1e-10, abs=1e-300), key


def test_overdispersion_test_on_the_seed_panel_figures():
    """The two seed region-cycles with a reported count (3 and 0), with a mean of 1.5 and small vectors."""
    for y, mu in (([3.0, 0.0], [1.5, 1.5]), ([3.0, 0.0, 1.0, 2.0], [1.2, 0.4, 1.1, 2.5])):
        got, expected = (
            mdl.overdispersion_test(np.array(y), np.array(mu)),
            _hand_overdispersion(np.array(y), np.array(mu)),
        )
        for key, value in expected.items():
            assert got[key] == pytest.approx(value, rel=1e-10), key


def test_auto_rule_picks_the_family_by_the_test():
    overdispersed = mdl.fit_count_model(simulate_panel(300, family="negbin", alpha=0.5, seed=10))
    assert overdispersed.summary["family"] == "negbin"
    assert overdispersed.summary["nb_alpha"] == pytest.approx(0.5, abs=0.2)
    assert overdispersed.summary["overdispersion"]["p_value"] < 0.05
    equidispersed = mdl.fit_count_model(simulate_panel(300, family="poisson", alpha=None, seed=10))
    assert equidispersed.summary["overdispersion"]["p_value"] >= 0.05
    assert equidispersed.summary["family"] == "poisson" and equidispersed.summary["nb_alpha"] is None
    forced = mdl.fit_count_model(simulate_panel(300, family="poisson", alpha=None, seed=10), family="negbin")
    assert forced.summary["family"] == "negbin" and forced.summary["family_rule"] == "requested: negbin"


def test_interpretation_reads_as_percent_changes_in_both_languages():
    result = mdl.fit_count_model(simulate_panel(500, seed=0))
    table = result.coefficients.set_index("term")
    doubling = 2 ** table.loc["np.log(asn_headcount)", "estimate"]
    en, id_ = mdl.interpret(result, "en"), mdl.interpret(result, "id")
    expected = (
        f"Each doubling of the ASN headcount is associated with {(doubling - 1) * 100:.0f}% more reported violations"
    )
    assert any(line.startswith(expected) for line in en)
    assert any(line.startswith("Setiap kali jumlah ASN berlipat dua") for line in id_)
    assert any("than a Pemilu election" in line for line in en)
    assert any("not causal" in line for line in en)
    assert len(en) == len(id_)


def test_unclear_effect_is_said_to_be_unclear():
    coefficients = dict(DEFAULT_COEFFICIENTS, related_candidates=0.0)
    result = mdl.fit_count_model(simulate_panel(60, coefficients, seed=12))
    row = result.coefficients.set_index("term").loc["related_candidates"]
    line = next(text for text in mdl.interpret(result, "en") if text.startswith("Each additional candidate"))
    if row["ci_low"] < 0 < row["ci_high"]:
        assert "do not show a clear association" in line
    else:
        assert "95% CI:" in line


@pytest.mark.parametrize(
    "formula",
    [
        mdl.DEFAULT_FORMULA,
        "violations_reported ~ related_candidates + C(election_type) + offset(np.log(asn_headcount))",
        "violations_reported ~ related_candidates * n_articles + n_sources + np.sqrt(asn_headcount)",
    ],
)
def test_sentences_from_the_saved_outputs_are_those_of_the_fit(tmp_path, formula):
    """What the report reads (model_summary.json, coefficients.csv) gives the fit's own sentences."""
    write_table(simulate_panel(300, seed=5), tmp_path, "panel", PANEL, parquet=False)
    run = mdl.run_model(
        tmp_path / "panel.csv", tmp_path / "out", formula=formula, power_settings={"sizes": (30,), "reps": 1}
    )
    summary = json.loads((tmp_path / "out" / "model_summary.json").read_text(encoding="utf-8"))
    coefficients = pd.read_csv(tmp_path / "out" / "coefficients.csv")
    for lang in ("en", "id"):
        assert mdl.interpret_summary(summary, coefficients, lang) == mdl.interpret(run.result, lang)
    assert summary["interpretation"] == mdl.interpret(run.result, "en")


def test_sentences_from_the_saved_outputs_when_not_estimable(tmp_path):
    write_table(seed_like_panel(), tmp_path, "panel", PANEL, parquet=False)
    run = mdl.run_model(tmp_path / "panel.csv", tmp_path, power_settings={"sizes": (30,), "reps": 1})
    summary = json.loads((tmp_path / "model_summary.json").read_text(encoding="utf-8"))
    coefficients = pd.read_csv(tmp_path / "coefficients.csv")
    assert mdl.interpret_summary(summary, coefficients, "id") == mdl.interpret(run.result, "id")
    assert mdl.interpret_summary(summary, coefficients, "id")[:2] == [
        "Model tidak dapat diestimasi dari data ini:",
        "- observasi terlalu sedikit: 0 daerah-siklus lengkap dari 6; model memiliki 4 koefisien dan memerlukan "
        "sedikitnya 20 (minimal 10, dan 5 per koefisien); baris dibuang karena nilai kosong: asn_headcount "
        "kosong di 4; related_candidates kosong di 5; violations_reported kosong di 4",
    ]
    with pytest.raises(ValueError, match="lang 'fr'"):
        mdl.interpret_summary(summary, coefficients, "fr")


def test_other_terms_and_levels_have_sentences():
    coefficients = pd.DataFrame(
        {
            "term": ["Intercept", "C(urban)[T.1]", "np.sqrt(asn_headcount)"],
            "estimate": [0.1, 0.2, 0.01],
            "ci_low": [0.0, 0.1, -0.02],
            "ci_high": [0.2, 0.3, 0.04],
        }
    )
    summary = {"estimable": True, "family": "poisson", "n": 40, "reference_levels": {"C(urban)": "0"}}
    assert mdl.interpret_summary(summary, coefficients, "en")[1:3] == [
        "urban = 1 is associated with 22% more reported violations than urban = 0 (95% CI: 11% more to 35% more).",
        "Term np.sqrt(asn_headcount): incidence-rate ratio 1.01 (95% CI 0.98–1.04).",
    ]
    assert mdl.interpret_summary(summary, coefficients, "id")[1] == (
        "Pada daerah-siklus dengan urban = 1, pelanggaran yang dilaporkan rata-rata 22% lebih banyak dibanding "
        "urban = 0 (IK 95%: 11% lebih banyak hingga 35% lebih banyak)."
    )


@pytest.mark.parametrize(
    "term, en, id_, scale",
    [
        ("Intercept", "Intercept", "Konstanta", 1.0),
        ("np.log(asn_headcount)", "ASN headcount, per doubling", "Jumlah ASN, setiap kali berlipat dua", math.log(2)),
        ("related_candidates", "Candidates related to ASN", "Calon terkait ASN", 1.0),
        ("C(election_type)[T.pilkada]", "Pilkada compared with Pemilu", "Pilkada dibanding Pemilu", 1.0),
        (
            "C(election_type)[T.unknown]",
            "Unknown election compared with Pemilu",
            "Pemilihan tidak diketahui dibanding Pemilu",
            1.0,
        ),
        ("C(election_year)[T.2024]", "election_year = 2024", "election_year = 2024", 1.0),
        ("np.sqrt(asn_headcount)", "np.sqrt(asn_headcount)", "np.sqrt(asn_headcount)", 1.0),
        ("related_candidates:n_articles", "related_candidates:n_articles", "related_candidates:n_articles", 1.0),
    ],
)
def test_term_labels_for_tables_and_charts(term, en, id_, scale):
    levels = {"C(election_type)": "pemilu", "C(election_year)": "2019"}
    assert mdl.term_label(term, levels, "en") == (en, pytest.approx(scale))
    assert mdl.term_label(term, levels, "id") == (id_, pytest.approx(scale))


def test_terms_are_read_once():
    assert mdl.parse_term("np.log(asn_headcount)") == mdl.Term("np.log(asn_headcount)", "log", "asn_headcount")
    level = mdl.parse_term("C(election_type)[T.pilkada]")
    assert (level.kind, level.variable, level.level, level.factor) == (
        "level",
        "election_type",
        "pilkada",
        "C(election_type)",
    )
    assert mdl.parse_term("n_sources").kind == "variable"
    assert mdl.parse_term("a:b").kind == "other"


# ---- reference covariates ----------------------------------------------------------------------


def test_reference_covariates_override_news_with_provenance(tmp_path):
    panel = seed_like_panel()
    (tmp_path / "asn.csv").write_text(
        "region_code,region_name,asn_headcount,source\n"
        "36.04,Kabupaten Serang,12345,BKN\n"  # replaces the news figure 10000
        "36.01,Kabupaten Pandeglang,9000,BKN\n"  # fills a missing figure
        "32.73,Kota Bandung,20000,BKN\n",  # no such region-cycle in the panel
        encoding="utf-8",
    )
    (tmp_path / "candidates.csv").write_text(
        "region_code,election_type,election_year,related_candidates,urban\n36.74,pilkada,2024,2,1\n", encoding="utf-8"
    )
    merged, provenance = mdl.merge_reference_covariates(panel, tmp_path)
    rows = merged.set_index(["region_code", "election_type", "election_year"])
    assert rows.loc[("36.04", "pemilu", 2024), "asn_headcount"] == 12345
    assert rows.loc[("36.04", "pemilu", 2024), "asn_headcount_source"] == "reference:asn.csv"
    assert rows.loc[("36.01", "pilkada", 2020), "asn_headcount"] == 9000
    assert rows.loc[("36.74", "pilkada", 2024), "asn_headcount"] == 15000
    assert rows.loc[("36.74", "pilkada", 2024), "asn_headcount_source"] == "news"
    assert pd.isna(rows.loc[("13.02", "pemilu", 2024), "asn_headcount_source"])
    assert rows.loc[("36.74", "pilkada", 2024), "related_candidates"] == 2
    assert rows.loc[("36.74", "pilkada", 2024), "urban"] == 1
    assert pd.isna(rows.loc[("36.74", "pemilu", 2024), "urban"])  # cycle-keyed row applies to its cycle only
    assert rows.loc[("36.04", "pemilu", 2024), "related_candidates_source"] == "news"
    assert len(merged) == len(panel) and list(merged["region_code"]) == list(panel["region_code"])
    asn = provenance.set_index(["file", "column"]).loc[("asn.csv", "asn_headcount")]
    assert (
        asn["matched_rows"],
        asn["filled_missing"],
        asn["replaced_news"],
        asn["replaced_news_different"],
        asn["unmatched_reference_rows"],
    ) == (2, 1, 1, 1, 1)
    assert set(provenance["file"]) == {"asn.csv", "candidates.csv"}


def test_reference_files_are_validated(tmp_path):
    panel = seed_like_panel()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "asn.csv").write_text("region_code,asn_headcount\n36.1,100\n", encoding="utf-8")
    with pytest.raises(mdl.ModelInputError, match=r"asn.csv: line 2: region_code '36.1'"):
        mdl.merge_reference_covariates(panel, bad)
    (bad / "asn.csv").write_text("kode,asn_headcount\n36.10,100\n", encoding="utf-8")
    with pytest.raises(mdl.ModelInputError, match="no region_code column"):
        mdl.merge_reference_covariates(panel, bad)
    (bad / "asn.csv").write_text("region_code,asn_headcount\n36.04,banyak\n", encoding="utf-8")
    with pytest.raises(mdl.ModelInputError, match="not a number"):
        mdl.merge_reference_covariates(panel, bad)
    (bad / "asn.csv").write_text("region_code,asn_headcount\n36.04,1\n36.04,2\n", encoding="utf-8")
    with pytest.raises(mdl.ModelInputError, match="more than one row"):
        mdl.merge_reference_covariates(panel, bad)
    (bad / "asn.csv").write_text("region_code,asn_headcount\n36.04,1\n", encoding="utf-8")
    (bad / "bkd.csv").write_text("region_code,asn_headcount\n36.04,2\n", encoding="utf-8")
    with pytest.raises(mdl.ModelInputError, match="also given by asn.csv"):
        mdl.merge_reference_covariates(panel, bad)


def test_no_reference_folder_changes_nothing(tmp_path):
    panel = seed_like_panel()
    merged, provenance = mdl.merge_reference_covariates(panel, tmp_path / "absent")
    pd.testing.assert_frame_equal(merged, panel)
    assert provenance.empty
    merged, provenance = mdl.merge_reference_covariates(panel, None)
    assert provenance.empty


# ---- files and command ----------------------------------------------------------------------------


def test_outputs_are_byte_identical_across_runs(tmp_path):
    panel_dir = tmp_path / "in"
    write_table(simulate_panel(200, seed=13), panel_dir, "panel", PANEL, parquet=False)
    for run in ("a", "b"):
        mdl.run_model(
            panel_dir / "panel.csv",
            tmp_path / run,
            formula=mdl.DEFAULT_FORMULA,
            family="auto",
            reference_dir=None,
            power_settings={"sizes": (40, 80), "reps": 3},
        )
    for name in ("coefficients.csv", "model_summary.json", "descriptive.csv", "covariate_sources.csv", "power.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    text = (tmp_path / "a" / "model_summary.json").read_text(encoding="utf-8")
    assert list(json.loads(text)) == sorted(json.loads(text))


def test_power_table_is_written_as_the_notebook_wrote_it(tmp_path):
    """power.csv through its spec has the bytes of the former spec-less write."""
    from analysis.model.simulation import power_analysis

    write_table(seed_like_panel(), tmp_path, "panel", PANEL, parquet=False)
    settings = {"sizes": (30, 60), "reps": 4, "seed": 2}
    mdl.run_model(tmp_path / "panel.csv", tmp_path / "out", power_settings=settings)
    write_table(power_analysis(**settings), tmp_path / "plain", "power", parquet=False)
    assert (tmp_path / "out" / "power.csv").read_bytes() == (tmp_path / "plain" / "power.csv").read_bytes()


def test_read_panel_names_the_file_on_bad_input(tmp_path):
    path = tmp_path / "panel.csv"
    path.write_text("region_code,election_type\n36.74,pilkada\n", encoding="utf-8")
    with pytest.raises(mdl.ModelInputError, match=r"panel.csv: panel lacks column\(s\) election_year"):
        mdl.read_panel(path)
    path.write_text(
        "region_code,election_type,election_year,violations_reported\n36.74,pilkada,2024,lima\n", encoding="utf-8"
    )
    with pytest.raises(mdl.ModelInputError, match="line 2: violations_reported is not a number"):
        mdl.read_panel(path)


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "model", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_cli_round_trip_on_a_simulated_panel(tmp_path):
    panel = simulate_panel(500, seed=0)
    write_table(panel, tmp_path, "panel", PANEL, parquet=False)
    done = run_cli(
        "--panel", str(tmp_path / "panel.csv"), "--out", str(tmp_path / "out"), "--power-reps", "2", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "family: negbin" in done.stdout
    assert pd.read_csv(tmp_path / "out" / "power.csv")["reps"].eq(2).all()
    coefficients = pd.read_csv(tmp_path / "out" / "coefficients.csv")
    assert list(coefficients.columns) == list(mdl.COEFFICIENT_COLUMNS)
    assert set(coefficients["term"]) == set(DEFAULT_COEFFICIENTS)
    summary = json.loads((tmp_path / "out" / "model_summary.json").read_text(encoding="utf-8"))
    assert summary["estimable"] is True and summary["n"] == 500 and summary["reasons"] == []
    assert summary["family"] == "negbin"


def test_cli_on_a_seed_like_panel_reports_not_estimable(tmp_path):
    write_table(seed_like_panel(), tmp_path, "panel", PANEL, parquet=False)
    done = run_cli(
        "--panel",
        str(tmp_path / "panel.csv"),
        "--out",
        str(tmp_path / "out"),
        "--family",
        "poisson",
        "--power-reps",
        "2",
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "not estimable" in done.stdout and "too few observations" in done.stdout
    assert (tmp_path / "out" / "coefficients.csv").read_text(
        encoding="utf-8"
    ) == "term,estimate,std_err,irr,ci_low,ci_high,p_value\n"
    summary = json.loads((tmp_path / "out" / "model_summary.json").read_text(encoding="utf-8"))
    assert summary["estimable"] is False and summary["family"] == "poisson"
    assert summary["reason_codes"] == ["too_few_observations"]
    descriptive = pd.read_csv(tmp_path / "out" / "descriptive.csv")
    assert {"all", "pemilu-2024", "pilkada-2020", "pilkada-2024"} == set(descriptive["cycle"])


@pytest.mark.slow
def test_model_notebook_runs_with_papermill_on_a_seed_like_panel(tmp_path, project_root):
    papermill = pytest.importorskip("papermill")
    write_table(seed_like_panel(), tmp_path / "build" / "tables", "panel", PANEL, parquet=False)
    papermill.execute_notebook(
        str(project_root / "notebooks" / "03_model.ipynb"),
        str(tmp_path / "03_model.out.ipynb"),
        parameters={"build_dir": str(tmp_path / "build"), "reference_dir": str(tmp_path / "no_reference")},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(tmp_path),
    )
    tables = tmp_path / "build" / "tables"
    summary = json.loads((tables / "model_summary.json").read_text(encoding="utf-8"))
    assert summary["estimable"] is False
    assert (tables / "coefficients.csv").read_text(encoding="utf-8").count("\n") == 1
    power = pd.read_csv(tables / "power.csv")
    assert list(power["n"]) == sorted(power["n"]) and power["power"].between(0, 1).all()
    assert (tables / "descriptive.csv").exists()


def test_panel_read_with_the_contract_types_works_too(tmp_path):
    """Other stages read the panel with nullable integer columns (tables.read_table); the model accepts that."""
    from analysis.tables import read_table

    write_table(seed_like_panel(), tmp_path, "panel", PANEL, parquet=False)
    typed = read_table(tmp_path, "panel", PANEL)
    assert str(typed["asn_headcount"].dtype) == "Int64"
    (tmp_path / "ref").mkdir()
    (tmp_path / "ref" / "asn.csv").write_text("region_code,asn_headcount\n36.04,10000\n36.01,9000\n", encoding="utf-8")
    result, provenance = mdl.fit_with_reference_covariates(typed, reference_dir=tmp_path / "ref")
    assert not result.estimable
    row = provenance.iloc[0]
    assert (row["filled_missing"], row["replaced_news"], row["replaced_news_different"]) == (1, 1, 0)
    simulated = simulate_panel(100, seed=14)
    write_table(simulated, tmp_path, "simulated", PANEL, parquet=False)
    # simulated region codes (SIM-0001) are not Kemendagri codes: read without the check, typed all the same
    assert mdl.fit_count_model(read_table(tmp_path, "simulated")).estimable
