"""Wall time of each stage of `make run` on the bundled seed corpus (issue 8's third target).

Runs `python -m analysis run` exactly as `make run` does (after set-up: the venv already exists), but into
a temporary output and build folder so the published `data/processed/` is not touched, then prints the
time of every stage as the run itself reported it, the total, and the total without report rendering
(the target, "under 60 seconds, Quarto rendering excluded", excludes rendering).

    .venv/bin/python benchmarks/bench_pipeline.py [--params params.yaml] [--repeat 1]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The run prints "[3/7] model: 03_model.ipynb done in 4.2 s" after each stage.
STAGE_DONE = re.compile(r"^\[(\d+)/(\d+)\] (.+) done in ([0-9.]+) s$")
TARGET_S = 60.0


def stage_times(output: str) -> list[tuple[str, float]]:
    """(stage label, seconds) in run order, from the run's progress lines."""
    found = []
    for line in output.splitlines():
        match = STAGE_DONE.match(line.strip())
        if match:
            found.append((match.group(3), float(match.group(4))))
    return found


def run_once(params: Path, workdir: Path) -> tuple[float, list[tuple[str, float]]]:
    command = [
        sys.executable,
        "-m",
        "analysis",
        "run",
        "--params",
        str(params),
        "--set",
        f"output={workdir / 'processed'}",
        "--set",
        f"build_dir={workdir / 'build'}",
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench_pipeline: the run failed: {result.stderr.strip().splitlines()[-1:]}")
    return wall, stage_times(result.stdout + result.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=ROOT / "params.yaml")
    parser.add_argument("--repeat", type=int, default=1, help="runs to time (the figures of each are printed)")
    args = parser.parse_args()
    for attempt in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
            wall, stages = run_once(args.params.resolve(), Path(tmp))
        print(f"run {attempt}: `analysis run` on {args.params.name}, corpus as configured")
        for label, seconds in stages:
            print(f"  {label.split(' and replace ')[0]:<58} {seconds:7.1f} s")
        rendering = sum(s for label, s in stages if label.startswith("render"))
        print(f"  {'total wall time (process start to exit)':<58} {wall:7.1f} s")
        without = wall - rendering
        verdict = "meets" if without < TARGET_S else "misses"
        print(f"  {'without rendering':<58} {without:7.1f} s ({verdict} the {TARGET_S:.0f} s target)")


if __name__ == "__main__":
    main()
