"""The whole run through the CLI on the bundled corpus: contract tables, reports, determinism, no network,
clear failures, and a previous release that survives a killed run."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis.publish import staging_paths, verify_checksums

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = {
    "articles": [
        "article_id",
        "source_file",
        "status",
        "skip_reason",
        "title",
        "outlet",
        "published",
        "dateline",
        "region_codes",
        "region_names",
        "election_type",
        "election_year",
        "violation_types",
    ],
    "facts": [
        "article_id",
        "source_file",
        "fact_type",
        "unit",
        "value",
        "scope",
        "region_code",
        "region_name",
        "status",
        "election_type",
        "election_year",
        "sentence",
        "start_char",
        "end_char",
    ],
    "entities": ["article_id", "label", "text", "normalized", "start_char", "end_char"],
}
BLOCK_NETWORK = """
import socket, os
_log = os.environ["NETWORK_ATTEMPTS_LOG"]
def _blocked(*args, **kwargs):
    with open(_log, "a") as handle:
        handle.write(f"{os.getpid()} {args[1:] if len(args) > 1 else args}\\n")
    raise OSError("network access blocked by the test")
_connect = socket.socket.connect
def _connect_checked(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        return _blocked(self, address)
    return _connect(self, address)
socket.socket.connect = _connect_checked
socket.socket.connect_ex = lambda self, address: _connect_checked(self, address)
socket.create_connection = _blocked
socket.getaddrinfo = _blocked
"""


def run_cli(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        **kwargs,
    )


def run_args(out: Path, *extra: str) -> list[str]:
    return [
        "run",
        "--set",
        f"output={out / 'processed'}",
        "--set",
        f"build_dir={out / 'build'}",
        "--set",
        "renderer=nbconvert",
        *extra,
    ]


def digests(folder: Path, patterns=("*.csv", "*.parquet", "datapackage.json")) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for pattern in patterns for p in folder.glob(pattern)}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("run1")
    return out, run_cli(*run_args(out))


@pytest.fixture(scope="module")
def offline_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, Path]:
    """A second run of the same inputs, with every network connection refused and logged."""
    out = tmp_path_factory.mktemp("run2")
    site = out / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCK_NETWORK, encoding="utf-8")
    attempts = out / "network-attempts.log"
    attempts.touch()
    # the blocker first; the caller's own path after it (a worktree run against a shared venv)
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    env = os.environ | {"PYTHONPATH": path, "NETWORK_ATTEMPTS_LOG": str(attempts)}
    return out, run_cli(*run_args(out), env=env), attempts


@pytest.mark.slow
def test_the_run_writes_the_contract_tables_and_both_reports(first_run):
    out, result = first_run
    assert result.returncode == 0, result.stderr[-3000:]
    processed = out / "processed"
    for name, columns in CONTRACT.items():
        csv = pd.read_csv(processed / f"{name}.csv", dtype=str)
        assert list(csv.columns[: len(columns)]) == columns, name
        parquet = pq.read_table(processed / f"{name}.parquet")
        assert parquet.column_names == list(csv.columns) and parquet.num_rows == len(csv), name
    articles = pd.read_csv(processed / "articles.csv", dtype=str)
    read = articles[articles["status"] == "ok"]
    assert sorted(read["source_file"]) == sorted(p.name for p in (ROOT / "data/raw/articles").iterdir())
    # the annotated real articles come as cited figures: address and quotations, no text
    cited = articles[articles["status"] == "cited"]
    assert len(cited) > 300 and set(articles["status"]) == {"ok", "cited"}
    assert cited["url"].notna().all() and cited["content_sha256"].isna().all()
    facts = pd.read_csv(processed / "facts.csv")
    assert len(facts) > 0 and facts["value"].ge(0).all()
    by_person = facts[facts["article_id"].isin(cited["article_id"])]
    assert set(by_person["review"]) == {"added"} and by_person["reviewer"].notna().all()
    # the seeds' outlets reserve their rights: no full text in the release, the build keeps them for checking
    assert not (processed / "texts.csv").exists() and not (processed / "texts.parquet").exists()
    texts = pd.read_parquet(out / "build" / "tables" / "texts.parquet").set_index("article_id")["text"]
    for fact in facts[facts["article_id"].isin(read["article_id"])].itertuples():  # spans point into the text
        assert texts[fact.article_id][fact.start_char : fact.end_char].strip()
    for article in read.itertuples():  # and a copy of the text is checked against the published hash
        assert hashlib.sha256(texts[article.article_id].encode("utf-8")).hexdigest() == article.content_sha256
    assert not list((ROOT / "notebooks").glob("kernel*"))  # the kernels' sockets live elsewhere
    for lang in ("id", "en"):
        html = (processed / "report" / f"report.{lang}.html").read_text(encoding="utf-8")
        assert f'lang="{lang}"' in html and "<script src=" not in html
    assert verify_checksums(processed) == []
    assert "report (id):" in result.stdout and "rendered with nbconvert" in result.stdout
    for name in ("01_extract.ipynb", "02_aggregate.ipynb", "03_model.ipynb", "04_report.id.ipynb"):
        assert (out / "build" / "notebooks" / name).is_file()  # executed copies are kept


@pytest.mark.slow
def test_the_published_package_passes_frictionless(first_run):
    out, _ = first_run
    result = subprocess.run(
        [str(Path(sys.executable).with_name("frictionless")), "validate", str(out / "processed" / "datapackage.json")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.slow
def test_two_runs_give_byte_identical_data(first_run, offline_run):
    first, _ = first_run
    second, result, _ = offline_run
    assert result.returncode == 0, result.stderr[-3000:]
    a, b = digests(first / "processed"), digests(second / "processed")
    assert len(a) > 10 and a == b


@pytest.mark.slow
def test_a_run_opens_no_network_connection(offline_run):
    _, result, attempts = offline_run
    assert result.returncode == 0, result.stderr[-3000:]
    assert attempts.read_text() == ""
    assert (offline_run[0] / "processed" / "report" / "report.en.html").is_file()


@pytest.mark.slow
def test_a_failing_notebook_names_stage_cell_and_exception(first_run, tmp_path):
    shutil.copytree(first_run[0] / "processed", tmp_path / "processed")
    previous = digests(tmp_path / "processed")
    result = run_cli(*run_args(tmp_path, "--set", "model_formula=violations_reported ~ no_such_column"))
    assert result.returncode == 1
    message = result.stderr.strip().splitlines()[-1]
    assert "03_model.ipynb" in message and "cell" in message and "no_such_column" in message
    assert (tmp_path / "build" / "notebooks" / "03_model.ipynb").is_file()  # kept for debugging
    assert digests(tmp_path / "processed") == previous  # the published release is untouched


def test_a_bad_parameter_names_the_key_and_the_accepted_values(tmp_path):
    result = run_cli(*run_args(tmp_path, "--set", "renderer=pdf"))
    assert result.returncode == 2
    assert "renderer" in result.stderr and "nbconvert" in result.stderr and "quarto" in result.stderr
    result = run_cli(*run_args(tmp_path, "--set", "no_such_key=1"))
    assert result.returncode == 2 and "no_such_key" in result.stderr


@pytest.mark.slow
def test_a_killed_run_leaves_the_previous_release_and_the_next_run_succeeds(first_run, tmp_path):
    out = tmp_path
    # a release to protect: a copy of the first run's output
    shutil.copytree(first_run[0] / "processed", out / "processed")
    before = digests(out / "processed")
    for delay in (1.0, 6.0, 20.0, 32.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "analysis", *run_args(out)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the run and its kernels, at once
        process.wait()
        processed = out / "processed"
        assert (processed / "datapackage.json").is_file(), delay
        assert verify_checksums(processed) == [], delay
        assert digests(processed) == before, delay  # the same data (a completed swap publishes identical bytes)
    result = run_cli(*run_args(out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert digests(out / "processed") == before
    staging = staging_paths(out / "processed")
    assert not staging["incoming"].exists() and not staging["previous"].exists()  # killed runs left nothing


@pytest.mark.slow
def test_evaluate_scores_the_collected_texts_of_an_annotated_set(tmp_path):
    # real news texts are collected locally and never committed: the command scores the ones present, warns of
    # an evidence phrase that is not verbatim, and says when none is there
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Bawaslu Kabupaten Sleman menemukan 4 ASN diduga tidak netral pada Pilkada 2024.\n", encoding="utf-8"
    )
    gold = tmp_path / "gold.jsonl"
    records = [
        {
            "file": "a.txt",
            "url": "https://example.org/a",
            "region_codes": ["34.04"],
            "election": {"type": "pilkada", "year": 2024},
            "asn_headcount": [],
            "related_candidates": [],
            "violation_counts": [
                {
                    "region_code": "34.04",
                    "value": 4,
                    "status": "reported",
                    "text": "menemukan 4 ASN diduga tidak netral",
                }
            ],
            "optional_facts": [{"fact_type": "violation_count", "value": 1, "text": "not in the page"}],
            "violation_types": [],
        },
        {
            "file": "b.txt",
            "url": "https://example.org/b",
            "region_codes": [],
            "election": {"type": "pemilu"},
            "asn_headcount": [],
            "violation_counts": [],
            "related_candidates": [],
            "violation_types": [],
        },
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = run_cli("evaluate", "--gold", str(gold), "--corpus", str(corpus), "--errors")
    assert done.returncode == 0, done.stderr
    assert "1 of 2 annotated articles have their text" in done.stdout
    assert "1.000  1.000  1.000    1   0   0" in done.stdout  # the fact, found
    assert "warning: a.txt: optional_facts evidence not in the text" in done.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = run_cli("evaluate", "--gold", str(gold), "--corpus", str(empty))
    assert missing.returncode == 2 and missing.stderr.startswith("error: ") and len(missing.stderr.splitlines()) == 1
