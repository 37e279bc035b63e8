"""Extraction throughput and memory on synthetic corpora of growing size.

    python benchmarks/bench_extract.py                      # 1k and 10k articles; 1 and 2 processes (minutes)
    python benchmarks/bench_extract.py --large              # and 100k articles (about 15 minutes on 2 cores)
    python benchmarks/bench_extract.py --quick              # 300 and 1k articles: a minute or two
    python benchmarks/bench_extract.py --sizes 5000 --n-process 2

For each size it writes a synthetic corpus (analysis.simulate.articles, every title marked [SINTETIS]),
then, each in a fresh subprocess so that peaks are separate:
- full extraction (`run_extraction`, reading files and writing the tables included) on 1 and 2 local
  processes: articles/s and tokens/s, with the pipeline's one-off build time reported apart;
- spaCy's bare Indonesian tokenizer (`spacy.blank("id")`) over the same cleaned texts: articles/s, and
  the ratio extraction / tokenizer on one core;
- the spaCy pipeline alone over the same cleaned texts held in memory (one process; reading, cleaning and
  writing excluded, as they are for the tokenizer): articles/s and its ratio to the tokenizer;
- the floor of extraction: reading and cleaning the files and running the project's tokenizer with every
  rule component switched off (one process, nothing written) — the ratio that rules costing nothing
  would reach, an upper bound for full extraction;
- peak memory: the extraction process's own peak RSS (ru_maxrss) and the peak of the sum of RSS over it
  and its worker processes (sampled every 0.1 s; pages shared after fork are counted once per process).
Then it runs benchmarks/bench_pipeline.py (wall time of each stage of `make run` on the seed corpus)
when that script is present, unless --quick or --skip-pipeline.

Targets (issue 8): extraction >= 0.5 x tokenizer throughput on one core and near-linear in cores;
peak memory < 1.5 GB at 100k articles and at most 10% above the 10k figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_SEED = 8
GENERATOR_VERSION = 1  # bump when analysis.simulate.articles changes, so cached corpora are rebuilt


# --- children (run in a fresh process each) -----------------------------------------------------------------


def child_extract(corpus: Path, out: Path, n_process: int, batch_size: int) -> dict:
    from analysis.extract import run_extraction
    from analysis.nlp.pipeline import get_pipeline

    start = time.perf_counter()
    get_pipeline()  # built once; run_extraction and its forked workers reuse it
    setup = time.perf_counter() - start
    start = time.perf_counter()
    counts = run_extraction(corpus, out, n_process=n_process, batch_size=batch_size, progress=False)
    wall = time.perf_counter() - start
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"setup_s": setup, "wall_s": wall, "counts": counts, "maxrss_main_mb": self_usage.ru_maxrss / 1024}


def child_analyse(corpus: Path, batch_size: int) -> dict:
    """The spaCy pipeline alone, one process: documents read and cleaned first (not timed), then analysed
    (`nlp.pipe` and the result rows) — the same work the tokenizer baseline is compared with."""
    from analysis.extract_documents import analyse_documents
    from analysis.ingest import iter_documents
    from analysis.nlp.pipeline import get_pipeline

    nlp = get_pipeline()
    documents = list(iter_documents(corpus))
    start = time.perf_counter()
    analysed = sum(1 for _ in analyse_documents(documents, nlp, batch_size=batch_size))
    return {
        "articles": sum(d.status == "ok" for d in documents),
        "documents": analysed,
        "wall_s": time.perf_counter() - start,
    }


def child_floor(corpus: Path, batch_size: int) -> dict:
    """Reading, cleaning and the project's tokenizer with every rule component off: what extraction would
    cost if its rules and writing cost nothing."""
    from analysis.ingest import iter_documents
    from analysis.nlp.pipeline import get_pipeline

    nlp = get_pipeline()
    start = time.perf_counter()
    texts = (document.text for document in iter_documents(corpus) if document.status == "ok")
    with nlp.select_pipes(disable=nlp.pipe_names):
        articles = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    return {"articles": articles, "wall_s": time.perf_counter() - start}


def child_tokenize(corpus: Path) -> dict:
    """Bare tokenizer over the cleaned texts extraction sees (reading is not timed)."""
    import spacy

    from analysis.ingest import iter_documents

    tokenizer = spacy.blank("id").tokenizer
    articles = tokens = 0
    timed = 0.0
    for document in iter_documents(corpus):
        if document.status != "ok":
            continue
        start = time.perf_counter()
        doc = tokenizer(document.text)
        timed += time.perf_counter() - start
        articles += 1
        tokens += len(doc)
    return {
        "articles": articles,
        "tokens": tokens,
        "wall_s": timed,
        "maxrss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# --- parent -------------------------------------------------------------------------------------------------


def tree_rss_mb(pid: int) -> float | None:
    """The sum of RSS over a process and all its descendants, in MB (pages shared after fork counted once per
    process); None once the process has ended."""
    import psutil

    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return None
    total = 0
    for process in tree:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


def run_child(args: list[str]) -> dict:
    """Run this script as a child; return its JSON result with the sampled peak RSS of its process tree."""
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            total = tree_rss_mb(proc.pid)
            if total is None:
                return
            peak = max(peak, total)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child {' '.join(args)} failed with exit code {proc.returncode}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_rss_tree_mb"] = peak
    return result


def ensure_corpus(workdir: Path, n: int) -> tuple[Path, float]:
    """A synthetic corpus of n articles under workdir, reused when already there; returns (path, seconds)."""
    from analysis.simulate.articles import write_corpus

    corpus = workdir / f"corpus-{n}"
    stamp = workdir / f"corpus-{n}.json"
    wanted = {"n": n, "seed": CORPUS_SEED, "generator": GENERATOR_VERSION}
    if corpus.is_dir() and stamp.exists() and json.loads(stamp.read_text()) == wanted:
        return corpus, 0.0
    start = time.perf_counter()
    write_corpus(corpus, n, seed=CORPUS_SEED, keep_truth=False)
    stamp.write_text(json.dumps(wanted))
    return corpus, time.perf_counter() - start


def _mb(value: float) -> str:
    return f"{value:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--large", action="store_true", help="add 100,000 articles to the sizes")
    parser.add_argument("--n-process", default="1,2", help="local process counts to compare, comma-separated")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--quick", action="store_true", help="sizes 300 and 1000 only; no pipeline benchmark")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where corpora and outputs go (kept, so corpora are reused); default: a temp folder",
    )
    parser.add_argument("--skip-pipeline", action="store_true", help="do not run bench_pipeline.py")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here as JSON")
    parser.add_argument("--child", choices=["extract", "tokenize", "analyse", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "extract":
        print(json.dumps(child_extract(args.corpus, args.out, int(args.n_process), args.batch_size)))
        return
    if args.child == "tokenize":
        print(json.dumps(child_tokenize(args.corpus)))
        return
    if args.child == "analyse":
        print(json.dumps(child_analyse(args.corpus, args.batch_size)))
        return
    if args.child == "floor":
        print(json.dumps(child_floor(args.corpus, args.batch_size)))
        return

    sizes = [300, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    if args.large and 100_000 not in sizes:
        sizes.append(100_000)
    processes = [int(p) for p in args.n_process.split(",")]
    tmp = None
    if args.workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-extract-")
        workdir = Path(tmp.name)
    else:
        workdir = args.workdir
        workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"extraction benchmark: sizes {sizes}, processes {processes}, batch size {args.batch_size}, "
        f"{os.cpu_count()} CPUs; synthetic corpora in {workdir}",
        flush=True,
    )

    figures = []
    for n in sizes:
        corpus, made = ensure_corpus(workdir, n)
        if made:
            print(f"  {n:>7} articles: corpus written in {made:.1f} s", flush=True)
        tok = run_child(["--child", "tokenize", "--corpus", str(corpus)])
        tok_rate = tok["articles"] / tok["wall_s"]
        print(
            f"  {n:>7} articles: bare tokenizer {tok_rate:,.0f} articles/s, "
            f"{tok['tokens'] / tok['wall_s']:,.0f} tokens/s "
            f"({tok['tokens'] / max(1, tok['articles']):.0f} tokens/article)",
            flush=True,
        )
        ana = run_child(["--child", "analyse", "--corpus", str(corpus), "--batch-size", str(args.batch_size)])
        ana_rate = ana["articles"] / ana["wall_s"]
        print(
            f"  {n:>7} articles: spaCy pipeline alone (texts in memory, one process) {ana_rate:,.0f} articles/s, "
            f"ratio to tokenizer {ana_rate / tok_rate:.3f}",
            flush=True,
        )
        floor = run_child(["--child", "floor", "--corpus", str(corpus), "--batch-size", str(args.batch_size)])
        floor_rate = floor["articles"] / floor["wall_s"]
        print(
            f"  {n:>7} articles: floor (reading, cleaning, the project's tokenizer; no rules, nothing written) "
            f"{floor_rate:,.0f} articles/s, ratio to tokenizer {floor_rate / tok_rate:.3f}",
            flush=True,
        )
        for k in processes:
            out = workdir / f"out-{n}-{k}"
            ext = run_child(
                [
                    "--child",
                    "extract",
                    "--corpus",
                    str(corpus),
                    "--out",
                    str(out),
                    "--n-process",
                    str(k),
                    "--batch-size",
                    str(args.batch_size),
                ]
            )
            docs = ext["counts"]["documents"]
            rate = docs / ext["wall_s"]
            row = {
                "articles": n,
                "n_process": k,
                "wall_s": ext["wall_s"],
                "setup_s": ext["setup_s"],
                "articles_per_s": rate,
                "tokens_per_s": tok["tokens"] / ext["wall_s"],
                "tokenizer_articles_per_s": tok_rate,
                "ratio_to_tokenizer": rate / tok_rate,
                "pipeline_articles_per_s": ana_rate,
                "pipeline_ratio_to_tokenizer": ana_rate / tok_rate,
                "floor_articles_per_s": floor_rate,
                "floor_ratio_to_tokenizer": floor_rate / tok_rate,
                "peak_rss_main_mb": ext["maxrss_main_mb"],
                "peak_rss_tree_mb": ext["peak_rss_tree_mb"],
                "facts": ext["counts"]["facts"],
                "entities": ext["counts"]["entities"],
            }
            figures.append(row)
            print(
                f"  {n:>7} articles, {k} process(es): {ext['wall_s']:8.1f} s (+{ext['setup_s']:.1f} s pipeline build), "
                f"{rate:7.1f} articles/s, {row['tokens_per_s']:9,.0f} tokens/s, ratio to tokenizer "
                f"{row['ratio_to_tokenizer']:.3f}; peak RSS main {_mb(row['peak_rss_main_mb'])}, "
                f"all processes {_mb(row['peak_rss_tree_mb'])}; {row['facts']:,} facts",
                flush=True,
            )

    print("\nsummary")
    for k in processes:
        rows = [r for r in figures if r["n_process"] == k]
        for prev, cur in pairwise(rows):
            growth = cur["peak_rss_tree_mb"] / prev["peak_rss_tree_mb"] - 1
            print(
                f"  {k} process(es): peak RSS {prev['articles']:,} -> {cur['articles']:,} articles: "
                f"{_mb(prev['peak_rss_tree_mb'])} -> {_mb(cur['peak_rss_tree_mb'])} "
                f"({growth:+.0%}; target <= +10%, < 1,536 MB)"
            )
    if 1 in processes:
        for r in figures:
            if r["n_process"] != 1:
                base = next(b for b in figures if b["articles"] == r["articles"] and b["n_process"] == 1)
                print(
                    f"  {r['articles']:,} articles: {r['n_process']} processes are "
                    f"{r['articles_per_s'] / base['articles_per_s']:.2f}x one process (ideal {r['n_process']}x)"
                )
        for r in figures:
            if r["n_process"] == 1:
                print(
                    f"  {r['articles']:,} articles, one process: extraction / bare tokenizer = "
                    f"{r['ratio_to_tokenizer']:.3f} (target >= 0.5); spaCy pipeline alone / bare tokenizer = "
                    f"{r['pipeline_ratio_to_tokenizer']:.3f}; "
                    f"floor without rules / bare tokenizer = {r['floor_ratio_to_tokenizer']:.3f}"
                )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))

    pipeline_bench = HERE / "bench_pipeline.py"
    if not (args.quick or args.skip_pipeline):
        if pipeline_bench.exists():
            print(
                "\nwall time of each stage of `make run` on the seed corpus (benchmarks/bench_pipeline.py):", flush=True
            )
            subprocess.run([sys.executable, str(pipeline_bench)], check=False)
        else:
            print("\n(benchmarks/bench_pipeline.py not found: stage timings of `make run` not measured)")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
