"""Extraction CPU time of this tree against another checkout of the project, runs interleaved.

    git worktree add /tmp/before <commit>
    python benchmarks/bench_compare.py --before /tmp/before --size 3000 --rounds 4

The host's speed drifts by up to 30% over minutes, so one run of each tree says little: each round runs the
older and the newer tree one after the other, in fresh processes, each taking the least CPU time of three
extractions of the same synthetic corpus (`run_extraction`, reading and writing included); the ratio is
taken per round, where both trees met the same host. The budget (issue 16): no more than 15% slower.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT_SRC = HERE.parent / "src"

CHILD = """
import sys, tempfile, time
from pathlib import Path
from analysis.extract import run_extraction
from analysis.nlp.pipeline import get_pipeline
get_pipeline()
best = float("inf")
for _ in range(3):
    with tempfile.TemporaryDirectory() as out:
        start = time.process_time()
        run_extraction(Path(sys.argv[1]), Path(out), progress=False)
        best = min(best, time.process_time() - start)
print(best)
"""


def cpu_seconds(src: Path, corpus: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpus)], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, required=True, help="another checkout of the project (its root)")
    parser.add_argument("--size", type=int, default=3000, help="synthetic articles")
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT_SRC))
    from analysis.simulate.articles import write_corpus

    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus"
        write_corpus(corpus, args.size, seed=8)
        ratios = []
        for n in range(1, args.rounds + 1):
            before = cpu_seconds(args.before / "src", corpus)
            after = cpu_seconds(PROJECT_SRC, corpus)
            ratios.append(after / before)
            print(f"round {n}: before {before:.2f} s, now {after:.2f} s CPU, ratio {after / before:.3f}", flush=True)
    print(
        f"{args.size} articles: now / before = {statistics.median(ratios):.3f} (median of {len(ratios)} rounds; "
        f"{min(ratios):.3f}-{max(ratios):.3f})"
    )


if __name__ == "__main__":
    main()
