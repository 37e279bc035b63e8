"""Publishing: a valid Frictionless package, byte-identical releases, atomic replacement, release archives."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from analysis import publish
from analysis.aggregate import run_aggregate
from analysis.schemas import ENTITIES, TEXTS
from analysis.tables import SchemaCheckError, write_table
from test_aggregate import sample_tables, write_inputs

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def make_tables(folder: Path, *, with_model: bool = True) -> Path:
    """A run's tables folder: extraction tables, aggregates, and (optionally) model outputs."""
    articles, facts = sample_tables()
    ids = sorted(articles.loc[articles["status"] == "ok", "article_id"])
    articles["publish_texts"] = articles["article_id"].isin(ids[:2])  # their licence allows republishing
    write_inputs(folder, articles, facts)
    texts = pd.DataFrame({"article_id": ids, "text": [f'Teks "{i}",\nbaris dua; ASN.' for i in ids]})
    write_table(texts, folder, "texts", TEXTS)
    entities = pd.DataFrame(
        {
            "article_id": ids[:2],
            "label": ["REGION", "ORG"],
            "text": ["Pandeglang", "Bawaslu"],
            "normalized": ["36.01", "BAWASLU"],
            "start_char": [0, 20],
            "end_char": [10, 27],
        }
    )
    write_table(entities, folder, "entities", ENTITIES)
    run_aggregate(folder, folder)
    if with_model:
        coefficients = pd.DataFrame(
            {
                "term": ["Intercept", "np.log(asn_headcount)"],
                "estimate": [-3.1, 0.25],
                "std_err": [1.0, 0.1],
                "irr": [0.045, 1.284],
                "ci_low": [-5.06, 0.05],
                "ci_high": [-1.14, 0.45],
                "p_value": [0.002, 0.0123456789],
            }
        )
        write_table(coefficients, folder, "coefficients", parquet=False)
        (folder / "model_summary.json").write_text(
            json.dumps({"family": "poisson", "n": 3, "estimable": False, "reasons": ["too few"]}, indent=2) + "\n"
        )
        (folder / "evaluation.json").write_text(json.dumps({"facts": {"f1": 0.8}}) + "\n")
    return folder


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Path:
    return make_tables(tmp_path_factory.mktemp("run") / "tables")


@pytest.fixture(scope="module")
def release(tables, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("out") / "release"
    publish.publish_tables(
        tables, folder, dataset_version="1.2.3", publisher="Watch Group X", project_root=PROJECT_ROOT
    )
    return folder


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------------------------
# The data package
# --------------------------------------------------------------------------------------------


def test_published_package_passes_frictionless_validate(release):
    import frictionless

    report = frictionless.validate(str(release / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    # and the command users run (installed with the frictionless package, beside this interpreter)
    cli = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([str(cli), "validate", str(release / "datapackage.json")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "panel.csv" in done.stdout and "INVALID" not in done.stdout


def test_frictionless_validate_catches_a_value_that_breaks_the_published_schema(release, tmp_path):
    import frictionless

    broken = tmp_path / "broken"
    shutil.copytree(release, broken)
    text = (broken / "panel.csv").read_text(encoding="utf-8").splitlines()
    header = text[0].split(",")
    cells = text[1].split(",")
    cells[header.index("n_articles")] = "-1"  # below the declared minimum 0
    (broken / "panel.csv").write_text("\n".join([text[0], ",".join(cells), *text[2:]]) + "\n", encoding="utf-8")
    report = frictionless.validate(str(broken / "datapackage.json"))
    assert not report.valid
    assert any(error.type == "constraint-error" for task in report.tasks for error in task.errors)


def test_every_csv_table_says_its_dialect(release):
    # Frictionless sniffs a CSV's dialect from a sample when the package does not say it: on the held-out
    # corpus the evidence table's keys ("national||pilkada|2018|...") made it guess "|" and refuse the release
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    csv_resources = [r for r in package["resources"] if r.get("format") == "csv"]
    assert csv_resources
    assert all(r["dialect"] == {"delimiter": ",", "header": True} for r in csv_resources)


def test_every_table_is_published_as_csv_and_parquet_with_documented_fields(release):
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == "1.2.3" and package["name"] == "asn-neutrality-watch"
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert {"title": "Watch Group X", "role": "publisher"} in package["contributors"]
    assert "created" not in package  # no release_date given: no date anywhere
    tables = {r["name"]: r for r in package["resources"] if r["type"] == "table"}
    expected = [
        "articles",
        "facts",
        "entities",
        "texts",
        "panel",
        "national",
        "national_series",
        "evidence",
        "coefficients",
        "codebook",
    ]
    assert list(tables) == expected
    for name in expected:
        assert (release / f"{name}.csv").is_file() and (release / f"{name}.parquet").is_file(), name
        for field in tables[name]["schema"]["fields"]:
            assert field["description"], (name, field["name"])
    panel = tables["panel"]["schema"]
    assert panel["primaryKey"] == ["region_code", "election_type", "election_year"]
    fields = {f["name"]: f for f in panel["fields"]}
    assert fields["violations_reported"]["unit"] == "cases" and fields["violations_reported"]["constraints"] == {
        "minimum": 0
    }
    assert fields["conflict"]["type"] == "boolean" and fields["vt_media_sosial"]["type"] == "integer"
    assert tables["facts"]["schema"]["foreignKeys"][0]["reference"] == {
        "resource": "articles",
        "fields": ["article_id"],
    }
    assert tables["texts"]["licenses"][0]["path"] == "LICENSE-DATA.md"
    files = {r["name"] for r in package["resources"] if r["type"] == "file"}
    assert {"panel-parquet", "model-summary", "evaluation"} <= files
    header = (release / "panel.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == [f["name"] for f in panel["fields"]]


def test_release_holds_codebook_licences_citation_changelog_and_checksums(release):
    for name in (
        "codebook.md",
        "codebook.csv",
        "CHANGELOG.md",
        "CITATION.cff",
        "LICENSE",
        "LICENSE-DATA.md",
        "model_summary.json",
        "evaluation.json",
        "checksums.sha256",
    ):
        assert (release / name).is_file(), name
    codebook = pd.read_csv(release / "codebook.csv", keep_default_na=False)
    panel_columns = pd.read_csv(release / "panel.csv", nrows=0).columns.tolist()
    assert codebook.loc[codebook["table"] == "panel", "column"].tolist() == panel_columns
    text = (release / "codebook.md").read_text(encoding="utf-8")
    assert "## `evidence`" in text and "most sources" in text and "| `violations_reported` | integer | cases |" in text
    assert publish.verify_checksums(release) == []
    listed = [line.split("  ", 1)[1] for line in (release / "checksums.sha256").read_text().splitlines()]
    assert listed == sorted(listed) and "datapackage.json" in listed and "checksums.sha256" not in listed
    # every file but the listing itself, each digest recomputed here independently of the package
    assert set(listed) == set(tree_bytes(release)) - {"checksums.sha256"}
    for line in (release / "checksums.sha256").read_text().splitlines():
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((release / name).read_bytes()).hexdigest() == digest, name
    if shutil.which("sha256sum"):  # the command the codebook tells users to run
        done = subprocess.run(
            ["sha256sum", "--check", "--strict", "checksums.sha256"], cwd=release, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_the_release_citation_carries_the_dataset_version_and_only_a_given_date(release, tables, tmp_path):
    import yaml

    citation = yaml.safe_load((release / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["version"] == "1.2.3" and "date-released" not in citation
    assert citation["title"] == yaml.safe_load((PROJECT_ROOT / "CITATION.cff").read_text())["title"]
    dated = tmp_path / "dated"
    publish.publish_tables(tables, dated, dataset_version="2.0.0", release_date="2026-03-01", project_root=PROJECT_ROOT)
    citation = yaml.safe_load((dated / "CITATION.cff").read_text(encoding="utf-8"))
    assert (citation["version"], str(citation["date-released"])) == ("2.0.0", "2026-03-01")


def test_parquet_column_types_come_from_the_schema_not_the_data(release):
    import pyarrow as pa
    import pyarrow.parquet as pq

    panel = pq.read_schema(release / "panel.parquet")
    assert panel.field("violations_sanctioned").type == pa.int64()  # empty in every row, still an integer
    assert panel.field("conflict").type == pa.bool_() and panel.field("conflict_columns").type == pa.string()
    articles = pq.read_schema(release / "articles.parquet")
    assert articles.field("dateline").type == pa.string() and articles.field("election_year").type == pa.int64()
    rows = pq.read_table(release / "panel.parquet").to_pandas()
    csv = pd.read_csv(release / "panel.csv", dtype=str, keep_default_na=False, na_values=[""])
    assert len(rows) == len(csv) and rows["region_code"].tolist() == csv["region_code"].tolist()


def test_tables_without_a_declared_schema_are_published_with_inferred_types(tables, tmp_path):
    import frictionless

    run = tmp_path / "tables"
    shutil.copytree(tables, run)
    pd.DataFrame({"region_code": ["36.01", "36.04"], "share": [0.5, 0.25], "n": [3, 4], "code": ["007", "010"]}).to_csv(
        run / "extra_stats.csv", index=False
    )
    publish.publish_tables(run, tmp_path / "release", dataset_version="1", project_root=PROJECT_ROOT)
    package = json.loads((tmp_path / "release" / "datapackage.json").read_text(encoding="utf-8"))
    extra = next(r for r in package["resources"] if r["name"] == "extra_stats")
    assert [(f["name"], f["type"]) for f in extra["schema"]["fields"]] == [
        ("region_code", "string"),
        ("share", "number"),
        ("n", "integer"),
        ("code", "string"),
    ]
    assert (tmp_path / "release" / "extra_stats.csv").read_text().splitlines()[1] == "36.01,0.5,3,007"
    assert frictionless.validate(str(tmp_path / "release" / "datapackage.json")).valid


def test_publishing_twice_gives_byte_identical_files(tables, release, tmp_path):
    again = tmp_path / "again"
    publish.publish_tables(tables, again, dataset_version="1.2.3", publisher="Watch Group X", project_root=PROJECT_ROOT)
    assert tree_bytes(again) == tree_bytes(release)


def test_the_release_date_is_the_only_date_and_only_when_given(tables, tmp_path):
    dated = tmp_path / "dated"
    publish.publish_tables(tables, dated, dataset_version="1.2.3", release_date="2026-03-01", project_root=PROJECT_ROOT)
    package = json.loads((dated / "datapackage.json").read_text(encoding="utf-8"))
    assert package["created"] == "2026-03-01T00:00:00Z"
    with pytest.raises(publish.PublishError, match="release_date"):
        publish.publish_tables(
            tables, tmp_path / "bad", dataset_version="1", release_date="1 March", project_root=PROJECT_ROOT
        )


def test_a_malformed_table_stops_publishing_naming_table_column_and_line(tmp_path):
    tables = make_tables(tmp_path / "tables", with_model=False)
    panel = pd.read_csv(tables / "panel.csv", dtype=str, keep_default_na=False)
    panel.loc[1, "n_sources"] = "two"
    panel.to_csv(tables / "panel.csv", index=False, lineterminator="\n")
    with pytest.raises(Exception) as caught:
        publish.publish_tables(tables, tmp_path / "release", dataset_version="1", project_root=PROJECT_ROOT)
    assert "panel.csv" in str(caught.value) and "n_sources" in str(caught.value)
    assert isinstance(caught.value, (SchemaCheckError, publish.PublishError))


def test_release_folder_must_be_fresh(tables, tmp_path):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "old.csv").write_text("x\n")
    with pytest.raises(publish.PublishError, match="not empty"):
        publish.publish_tables(tables, tmp_path / "used", dataset_version="1", project_root=PROJECT_ROOT)


# --------------------------------------------------------------------------------------------
# Atomic replacement
# --------------------------------------------------------------------------------------------


def fake_release(folder: Path, version: str, n_files: int = 5) -> Path:
    folder.mkdir(parents=True)
    for i in range(n_files):
        (folder / f"table_{i}.csv").write_text(f"version,i\n{version},{i}\n", encoding="utf-8")
    (folder / "report").mkdir()
    (folder / "report" / "report.en.html").write_text(f"<p>{version}</p>", encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps({"version": version}), encoding="utf-8")
    publish.write_checksums(folder)
    return folder


def version_of(output: Path) -> str:
    assert publish.verify_checksums(output) == [], publish.verify_checksums(output)
    return json.loads((output / "datapackage.json").read_text())["version"]


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from analysis.publish import output as publish_output

    release, output, step, fallback = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
    if fallback:
        publish_output._exchange = lambda a, b: False
    def kill(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)
    publish_output._after_step = kill
    publish_output.atomic_replace(release, output)
""")


@pytest.mark.parametrize(
    "step, fallback, survivor",
    [
        ("copying", False, "old"),
        ("copied", False, "old"),
        ("exchanged", False, "new"),
        ("swapped", False, "new"),
        ("copied", True, "old"),
        ("moved_old", True, "old"),  # the old release waits under .processed.previous until recovery
        ("swapped", True, "new"),
        ("never", False, "new"),
    ],
)
def test_a_publish_killed_at_any_step_leaves_a_complete_release(tmp_path, step, fallback, survivor):
    output = tmp_path / "data" / "processed"
    old, new = fake_release(tmp_path / "old", "old"), fake_release(tmp_path / "new", "new")
    publish.atomic_replace(old, output)
    done = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(new), str(output), step, "1" if fallback else "0"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == (0 if step == "never" else -9), done.stderr
    if output.exists():
        assert version_of(output) == survivor  # readable and whole while the debris is still there
    publish.recover_output(output)  # what the next run does first
    assert version_of(output) == survivor
    assert sorted(p.name for p in output.parent.iterdir()) == [".processed.lock", "processed"]
    publish.atomic_replace(new, output)  # and the next publish goes through
    assert version_of(output) == "new"


def test_atomic_replace_refuses_an_unfinished_release(tmp_path):
    (tmp_path / "half").mkdir()
    with pytest.raises(publish.PublishError, match="not a finished release"):
        publish.atomic_replace(tmp_path / "half", tmp_path / "processed")
    assert not (tmp_path / "processed").exists()


def test_a_publish_never_runs_while_another_one_holds_the_lock(tmp_path):
    import fcntl

    output = tmp_path / "processed"
    new = fake_release(tmp_path / "new", "new")
    with open(publish.staging_paths(output)["lock"], "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(publish.PublishError, match="another run is publishing"):
            publish.atomic_replace(new, output)
    assert not output.exists()


# --------------------------------------------------------------------------------------------
# Release archives
# --------------------------------------------------------------------------------------------


def test_release_archive_is_dated_complete_and_deterministic(release, tmp_path):
    import datetime as dt
    import tarfile

    output = tmp_path / "processed"
    publish.atomic_replace(release, output)
    day = dt.date(2026, 3, 1)
    first = publish.make_release_archive(output, tmp_path / "releases", "1.2.3", date=day)
    content = first.read_bytes()
    second = publish.make_release_archive(output, tmp_path / "releases", "1.2.3", date=day)
    assert second == first and second.read_bytes() == content
    assert first.name == "asn-neutrality-watch-1.2.3-2026-03-01.tar.gz"
    names = publish.read_archive_names(first)
    stem = "asn-neutrality-watch-1.2.3-2026-03-01"
    assert names[0] == stem and sorted(names[1:]) == names[1:]
    assert {n.removeprefix(stem + "/") for n in names[1:]} == set(tree_bytes(output))
    with tarfile.open(first) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    assert publish.verify_checksums(tmp_path / "unpacked" / stem) == []
    assert (tmp_path / "releases" / f"{first.name}.sha256").read_text().startswith(publish.sha256_of(first))


def test_release_archive_refuses_a_tampered_release(release, tmp_path):
    import datetime as dt

    output = tmp_path / "processed"
    shutil.copytree(release, output)
    with (output / "panel.csv").open("a") as handle:
        handle.write("tampered\n")
    with pytest.raises(publish.PublishError, match="panel.csv: SHA-256 differs"):
        publish.make_release_archive(output, tmp_path / "releases", "1.2.3", date=dt.date(2026, 3, 1))
    assert not (tmp_path / "releases").exists() or not any((tmp_path / "releases").iterdir())


def test_release_command_archives_the_published_version_on_the_given_date(release, tmp_path):
    output = tmp_path / "data" / "processed"
    publish.atomic_replace(release, output)
    params = tmp_path / "params.yaml"
    params.write_text('output: data/processed\ndataset_version: "9.9.9"\nrelease_date: 2026-02-01\n')

    def release_command(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "analysis",
                "release",
                "--params",
                str(params),
                "--out",
                str(tmp_path / "releases"),
                *extra,
            ],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )

    done = release_command()
    assert done.returncode == 0, done.stderr
    # named after the version actually published (1.2.3), not the one params.yaml now says, on release_date
    archive = tmp_path / "releases" / "asn-neutrality-watch-1.2.3-2026-02-01.tar.gz"
    assert str(archive) in done.stdout
    content = archive.read_bytes()
    assert release_command().returncode == 0 and archive.read_bytes() == content
    assert release_command("--date", "2026-03-01").returncode == 0
    assert (tmp_path / "releases" / "asn-neutrality-watch-1.2.3-2026-03-01.tar.gz").is_file()
    bad = release_command("--date", "March")
    assert bad.returncode == 2 and bad.stderr.strip() == "error: --date: 'March' is not an ISO date YYYY-MM-DD"
    shutil.rmtree(output)
    missing = release_command()
    assert missing.returncode == 2 and "no published dataset here" in missing.stderr


def test_checksums_cover_files_added_after_publishing(release, tmp_path):
    folder = tmp_path / "release"
    shutil.copytree(release, folder)
    (folder / "report").mkdir()
    (folder / "report" / "report.id.html").write_text("<p>laporan</p>")
    assert publish.verify_checksums(folder) == ["report/report.id.html: not listed in checksums.sha256"]
    publish.write_checksums(folder)
    assert publish.verify_checksums(folder) == []
    assert os.path.exists(folder / "checksums.sha256")
