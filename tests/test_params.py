"""One source of settings: Params holds every default; params.yaml and the notebooks' parameters cells state
the same values; the stages of a run are an explicit list."""

from __future__ import annotations

import typing
from pathlib import Path

import nbformat
import pytest

from analysis.params import DEFAULTS, Params, ParamsError, load_params, with_options
from analysis.pipeline import REPORT, STAGES

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
STAGE_OWN_PARAMETERS = {"lang": DEFAULTS.report_languages[0]}  # the report's language, set per run step


def _is_path(name: str) -> bool:
    hint = typing.get_type_hints(Params)[name]
    return Path in (hint, *typing.get_args(hint))


def notebook_parameters(path: Path) -> dict:
    """The values the notebook's `parameters` cell assigns (plain assignments, run as Python)."""
    cells = [c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"{path.name}: one parameters cell"
    values: dict = {}
    exec(cells[0].source, {}, values)
    return values


@pytest.mark.parametrize("notebook", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_every_notebook_parameter_is_a_params_key_with_its_default(notebook):
    """Paths in a notebook are relative to notebooks/ (as JupyterLab runs it), in Params to the project root."""
    defaults = DEFAULTS.resolved(ROOT).for_notebook()
    for name, value in notebook_parameters(NOTEBOOKS / notebook).items():
        if name in STAGE_OWN_PARAMETERS:
            assert value == STAGE_OWN_PARAMETERS[name], (notebook, name)
            continue
        assert name in defaults, f"{notebook}: parameter {name!r} is not a key of Params"
        if _is_path(name) and value is not None:
            value = str((NOTEBOOKS / value).resolve())
        assert value == defaults[name], (notebook, name)


def test_every_stage_notebook_is_in_the_stage_list():
    assert [s.name for s in STAGES] == ["extract", "cite", "aggregate", "model", "publish", "report"]
    assert {s.notebook for s in STAGES if s.notebook} == {p.name for p in NOTEBOOKS.glob("*.ipynb")}
    assert REPORT.per_language and all(bool(s.notebook) != bool(s.run) for s in STAGES)


def test_the_bundled_params_file_states_the_defaults():
    assert load_params(ROOT / "params.yaml") == Params()


def test_options_given_to_a_command_override_the_file_and_are_validated():
    settings = load_params(None, ["n_process=2", "engine=dask"])
    assert (
        with_options(settings, {"n_process": 3, "engine": None}).model_dump()
        == settings.model_copy(update={"n_process": 3}).model_dump()
    )
    with pytest.raises(ParamsError, match="bad value for 'engine'"):
        with_options(settings, {"engine": "cloud"})
