"""The stage commands go through the stage's one entry, with the settings of Params: the extract command
scores against the gold annotations as the pipeline's notebook does (evaluation.json)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis import evaluate

ROOT = Path(__file__).resolve().parents[1]


def extract_cli(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "extract",
            "--corpus",
            str(ROOT / "data/raw/articles"),
            "--out",
            str(out),
            "--no-progress",
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_extract_writes_evaluation_json_when_gold_is_given_and_not_without(tmp_path):
    gold = ROOT / "data/raw/gold/seeds.jsonl"
    scored = extract_cli(tmp_path / "scored", "--set", f"gold={gold}")
    assert scored.returncode == 0, scored.stderr
    expected = evaluate.write_scores(evaluate.evaluate_paths(gold, tmp_path / "scored"), tmp_path / "expected.json")
    assert (tmp_path / "scored" / "evaluation.json").read_bytes() == expected.read_bytes()
    assert scored.stdout.splitlines()[-1].startswith("5 documents (")
    plain = extract_cli(tmp_path / "plain", "--set", "gold=null")
    assert plain.returncode == 0, plain.stderr
    assert not (tmp_path / "plain" / "evaluation.json").exists()
    assert (tmp_path / "plain" / "facts.csv").read_bytes() == (tmp_path / "scored" / "facts.csv").read_bytes()


def test_a_bad_setting_given_as_an_option_ends_with_one_line_naming_the_key(tmp_path):
    done = extract_cli(tmp_path / "out", "--engine", "cloud")
    assert done.returncode == 2 and done.stderr.startswith("error: ") and len(done.stderr.splitlines()) == 1
    assert "'engine'" in done.stderr
