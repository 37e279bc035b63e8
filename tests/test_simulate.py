"""Simulated panels with known coefficients: the model recovers them and its 95% intervals are calibrated."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import model as mdl
from analysis.model.simulation import coverage_study, power_analysis
from analysis.schemas import PANEL
from analysis.simulate.panels import (
    DEFAULT_COEFFICIENTS,
    approximate_required_n,
    power_sentences,
    required_n,
    simulate_panel,
)

TRUE = DEFAULT_COEFFICIENTS


def covered(result, coefficients) -> dict[str, bool]:
    table = result.coefficients.set_index("term")
    return {t: bool(table.loc[t, "ci_low"] <= v <= table.loc[t, "ci_high"]) for t, v in coefficients.items()}


def test_simulated_panel_has_the_panel_columns_and_is_marked_synthetic():
    panel = simulate_panel(100, seed=1)
    assert PANEL.columns == list(panel.columns[: len(PANEL.columns)])
    assert panel["synthetic"].all()
    assert panel["region_code"].str.fullmatch(r"SIM-\d{4}").all()  # never a Kemendagri code
    assert not panel[["region_code", "election_type", "election_year"]].duplicated().any()
    assert (panel["violations_proven"] <= panel["violations_reported"]).all()
    assert (panel["violations_sanctioned"] <= panel["violations_proven"]).all()
    assert ((panel["n_sources"] >= 1) & (panel["n_sources"] <= panel["n_articles"])).all()
    assert set(panel["election_type"]) == {"pemilu", "pilkada"}
    pd.testing.assert_frame_equal(panel, simulate_panel(100, seed=1))
    assert not panel.equals(simulate_panel(100, seed=2))


def test_simulated_counts_follow_the_stated_variance():
    mean_only = {"Intercept": math.log(4.0)}
    poisson = simulate_panel(20000, mean_only, family="poisson", alpha=None, seed=3)["violations_reported"]
    negbin = simulate_panel(20000, mean_only, family="negbin", alpha=0.5, seed=3)["violations_reported"]
    assert poisson.mean() == pytest.approx(4.0, rel=0.03) and poisson.var() == pytest.approx(4.0, rel=0.05)
    assert negbin.mean() == pytest.approx(4.0, rel=0.03)
    assert negbin.var() == pytest.approx(4.0 + 0.5 * 16.0, rel=0.08)


def test_unknown_terms_are_refused():
    with pytest.raises(ValueError, match="unknown term"):
        simulate_panel(10, {"Intercept": 0.0, "urban": 1.0})
    with pytest.raises(ValueError, match="alpha"):
        simulate_panel(10, family="negbin", alpha=None)


def test_recovery_on_500_region_cycles_is_typical_not_lucky():
    """The issue's check, 'every true coefficient inside its 95% interval on a 500-row panel', holds for
    one draw with probability about 0.85-0.9 (four correlated intervals; 88 of seeds 0-99), so it is
    tested over 50 seeds, not on one chosen seed: at least 36 must pass. With p = 0.85, fewer than 36
    of 50 happens with probability 0.005. Every estimate must also lie within 4 standard errors of the
    truth, which fails for a correct model about once in 16,000 draws per coefficient."""
    all_covered = 0
    for seed in range(50):
        result = mdl.fit_count_model(simulate_panel(500, seed=seed), describe=False)
        assert result.estimable and result.summary["n"] == 500
        table = result.coefficients.set_index("term")
        for term, true in TRUE.items():
            assert abs(table.loc[term, "estimate"] - true) < 4 * table.loc[term, "std_err"], (seed, term)
        all_covered += all(covered(result, TRUE).values())
    assert all_covered >= 36


def test_recovery_with_poisson_data_and_a_third_election_type():
    coefficients = dict(TRUE, **{"C(election_type)[T.pileg]": -0.3})
    panel = simulate_panel(600, coefficients, family="poisson", alpha=None, seed=0)
    result = mdl.fit_count_model(panel, describe=False)
    table = result.coefficients.set_index("term")
    assert set(table.index) == set(coefficients)
    for term, true in coefficients.items():
        assert abs(table.loc[term, "estimate"] - true) < 4 * table.loc[term, "std_err"]


@pytest.mark.slow
def test_coverage_of_95_percent_intervals_over_repeated_draws():
    """200 draws of 500 region-cycles (negative binomial, family chosen by the auto rule). Tolerance:
    three Monte Carlo standard errors around 0.95, sqrt(0.95*0.05/200) = 0.0154, i.e. [0.904, 0.996].
    Also: the standard errors match the spread of the estimates, and the bias is small."""
    study = coverage_study(n=500, reps=200, seed=0)
    tolerance = 3 * math.sqrt(0.95 * 0.05 / 200)
    assert (study["reps_fitted"] == 200).all()
    for row in study.itertuples():
        assert 0.95 - tolerance <= row.coverage <= 0.95 + tolerance, (row.term, row.coverage)
        assert 0.8 <= row.mean_std_err / row.sd_estimate <= 1.25, row.term
        assert abs(row.bias) < 3 * row.sd_estimate / math.sqrt(200), row.term
    assert (study["share_negbin"] > 0.99).all()


def test_power_grows_with_n_and_matches_the_closed_form_roughly():
    table = power_analysis(irr=1.5, sizes=(40, 400), reps=30, seed=1)
    assert list(table.columns[:3]) == ["n", "irr", "power"]
    low, high = table["power"]
    assert low < 0.7 and high > 0.9
    assert 80 <= approximate_required_n(1.5, 0.8) <= 250
    assert required_n(pd.DataFrame({"n": [10, 20, 30, 40], "power": [0.5, 0.85, 0.75, 0.9]})) == 40
    assert required_n(pd.DataFrame({"n": [10, 20], "power": [0.5, 0.6]})) is None


def test_power_sentences_speak_to_the_panel_at_hand():
    table = pd.DataFrame(
        {"n": [50, 150], "irr": [1.5, 1.5], "power": [0.3, 0.9], "mc_se": [0.06, 0.04], "reps": [60, 60]}
    )
    few = power_sentences(table, n_available=5)
    assert any("About 150 region-cycles" in line for line in few)
    assert any("too few to detect" in line for line in few)
    assert any("enough for an effect" in line for line in power_sentences(table, n_available=500))
