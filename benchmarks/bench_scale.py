"""The whole `make run` on synthetic corpora of growing size, stage by stage: wall time, peak memory, report size.

    python benchmarks/bench_scale.py                          # 1k and 10k articles (a few minutes on 2 cores)
    nice -n 19 python benchmarks/bench_scale.py --large       # and 100k articles (tens of minutes)
    python benchmarks/bench_scale.py --sizes 3000 --workdir /tmp/scale --json scale.json

For each size it writes a synthetic corpus (analysis.simulate.articles, every title marked [SINTETIS]; reused
from --workdir when already there), then runs `python -m analysis run` as `make run` does, with the project's
params.yaml and `n_process` 2, `gold` null (synthetic texts have no annotations) and `renderer` nbconvert
(what CI and most machines have), into folders of its own: data/processed/ is not touched. While it runs,
the sum of RSS over the run's process tree (the run, its notebook kernels, their extraction workers) is
sampled every 0.2 s and the peak kept for each stage. It prints, per stage, the seconds the run reported
and the peak memory; then the size of each HTML report and of each executed report notebook, and how each
figure grew from one size to the next against the corpus (a ratio above the corpus's own growth is what
grows faster than the corpus).

Targets (issue 18), at 100,000 articles on the 2-core machine: the whole run under 15 minutes, each HTML
report under 2 MB and rendered in under 30 s, peak memory under 2 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_extract import ensure_corpus, tree_rss_mb
from bench_pipeline import STAGE_DONE

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"total_s": 15 * 60, "report_mb": 2.0, "render_s": 30.0, "peak_mb": 2048}


def run_pipeline(corpus: Path, workdir: Path, params: Path, n_process: int) -> dict:
    """`analysis run` on `corpus` into `workdir`: per stage (label, seconds, peak MB), total wall time, sizes."""
    command = [
        sys.executable,
        "-m",
        "analysis",
        "run",
        "--params",
        str(params),
        *("--set", f"corpus={corpus}", "--set", f"output={workdir / 'processed'}"),
        *("--set", f"build_dir={workdir / 'build'}", "--set", "gold=null"),
        *("--set", f"n_process={n_process}", "--set", "renderer=nbconvert"),
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    current = {"stage": "start-up"}
    peaks: dict[str, float] = {}

    def read() -> None:
        for line in proc.stdout:
            lines.append(line)
            stripped = line.strip()
            if stripped.startswith("[") and stripped.endswith(" ...") and not STAGE_DONE.match(stripped):
                current["stage"] = stripped[:-4].split("] ", 1)[-1]

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    while proc.poll() is None:
        rss = tree_rss_mb(proc.pid)
        if rss is not None:
            peaks[current["stage"]] = max(peaks.get(current["stage"], 0.0), rss)
        time.sleep(0.2)
    reader.join()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench_scale: the run failed:\n{''.join(lines[-15:])}")
    stages = []
    for line in lines:
        match = STAGE_DONE.match(line.strip())
        if match:
            label = match.group(3)
            stages.append(
                {"stage": label.split(" and replace ")[0], "s": float(match.group(4)), "peak_mb": peaks.get(label, 0.0)}
            )
    report_dir = workdir / "processed" / "report"
    return {
        "wall_s": wall,
        "stages": stages,
        "peak_mb": max(peaks.values(), default=0.0),
        "reports_mb": {p.name: p.stat().st_size / 1e6 for p in sorted(report_dir.glob("report.*.html"))},
        "notebooks_mb": {
            p.name: p.stat().st_size / 1e6 for p in sorted((workdir / "build" / "notebooks").glob("04_report.*.ipynb"))
        },
        "release_mb": sum(p.stat().st_size for p in (workdir / "processed").rglob("*") if p.is_file()) / 1e6,
    }


def print_size(n: int, result: dict) -> None:
    print(f"\n{n:,} articles: whole run {result['wall_s']:.1f} s, peak memory {result['peak_mb']:,.0f} MB")
    for stage in result["stages"]:
        print(f"  {stage['stage']:<58} {stage['s']:7.1f} s  {stage['peak_mb']:7,.0f} MB")
    for name, mb in {**result["reports_mb"], **result["notebooks_mb"]}.items():
        print(f"  {name:<58} {mb:7.2f} MB")
    print(f"  {'release folder (tables, report, metadata)':<58} {result['release_mb']:7.1f} MB")


def print_growth(results: dict[int, dict]) -> None:
    """How each stage's time grew from one size to the next, against the corpus's own growth."""
    sizes = sorted(results)
    for small, large in zip(sizes, sizes[1:], strict=False):
        factor = large / small
        print(f"\ngrowth {small:,} -> {large:,} articles (x{factor:g}): time ratio per stage")
        print(f"  (above x{factor:g}: grows faster than the corpus; fixed costs such as start-up make ratios small)")
        before = {s["stage"]: s["s"] for s in results[small]["stages"]}
        for stage in results[large]["stages"]:
            if before.get(stage["stage"]):
                print(f"  {stage['stage']:<58} x{stage['s'] / before[stage['stage']]:.1f}")


def check_targets(n: int, result: dict) -> None:
    render = sum(s["s"] for s in result["stages"] if s["stage"].startswith("render"))
    report_mb = max(result["reports_mb"].values(), default=0.0)
    print(
        f"\ntargets at {n:,} articles: whole run {result['wall_s']:.0f} s (target {TARGETS['total_s']} s), "
        f"largest report {report_mb:.2f} MB (target {TARGETS['report_mb']}), render of both languages "
        f"{render:.1f} s (target {TARGETS['render_s']:.0f} s each), peak {result['peak_mb']:,.0f} MB "
        f"(target {TARGETS['peak_mb']:,})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--large", action="store_true", help="add 100,000 articles to the sizes")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--params", type=Path, default=ROOT / "params.yaml")
    parser.add_argument("--workdir", type=Path, default=None, help="keeps corpora (reused) and run outputs")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here as JSON")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s] + ([100_000] if args.large else [])
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        workdir = (args.workdir or Path(tmp)).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
        results = {}
        for n in sizes:
            corpus, _ = ensure_corpus(workdir, n)
            results[n] = run_pipeline(corpus, workdir / f"run-{n}", args.params.resolve(), args.n_process)
            print_size(n, results[n])
        print_growth(results)
        check_targets(max(sizes), results[max(sizes)])
    if args.json:
        args.json.write_text(json.dumps({str(n): r for n, r in results.items()}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
