"""Publishing: the open dataset as a validated, documented, versioned Frictionless data package.

A run publishes in three steps (the pipeline calls them in this order):

1. `publish_tables(tables, release, ...)` fills a fresh release folder (inside the run's build folder): every
   table checked against its schema and written as CSV and Parquet, the model and evaluation JSON files, the
   codebook (codebook.md, codebook.csv), `datapackage.json`, CHANGELOG, licences and CITATION.cff, and
   `checksums.sha256`; then `frictionless validate` must pass on it.
2. Anything added later (the rendered report under `report/`) is followed by `write_checksums(release)`.
3. `atomic_replace(release, output)` swaps the finished folder into `data/processed/` as a whole.

Atomic replacement. The release is first copied next to the output (`.processed.incoming`, same filesystem)
and synced to disk; then the two directories are exchanged in one `renameat2(RENAME_EXCHANGE)` call (Linux),
so a reader sees either the old complete release or the new one, never a mix or nothing; the old one (now
under the incoming name) is renamed to `.processed.previous` and removed. Where the exchange call is not
available, the old folder is renamed away and the new one renamed in: a kill between the two renames leaves
the old release whole under `.processed.previous`, and `recover_output` (run at the start of every publish,
and by the pipeline at the start of every run) puts it back. Leftover incoming/previous folders of a killed
run are removed by the same function. A lock file (`.processed.lock`) keeps two runs from publishing at once.

Determinism: no clock time is written into any data file; the only date in `datapackage.json` is the
`release_date` parameter (`created`), and only when given. Release archives are named with a date, but their
content and member order are fixed by the release.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
import sys
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from analysis.schemas import (
    ARTICLES,
    CODEBOOK,
    COEFFICIENTS,
    COVARIATE_SOURCES,
    DESCRIPTIVE,
    ENTITIES,
    EVIDENCE,
    FACTS,
    NATIONAL,
    PANEL,
    POWER,
    TEXTS,
    TableSpec,
    codebook_rows,
    frictionless_schema,
    infer_spec,
    read_validated,
    validate_table,
)
from analysis.tables import write_table

DATASET_NAME = "asn-neutrality-watch"
DATASET_TITLE = "ASN Neutrality Watch: neutrality of civil servants (ASN) in Indonesian elections, from the news"
DATASET_DESCRIPTION = (
    "Numbers on the neutrality of Indonesian civil servants (ASN) in elections (Pilkada, Pemilu, Pileg), read "
    "from news articles by a rule-based Indonesian-language pipeline: violations reported, proven and "
    "sanctioned, ASN headcounts and candidates related to ASN, per region (Kemendagri codes) and election "
    "cycle, with national totals kept apart and every number traceable to the sentence that states it. "
    "See codebook.md for every column and the aggregation rules."
)
KEYWORDS = ("ASN", "civil service", "neutrality", "elections", "Indonesia", "Pilkada", "Pemilu", "Bawaslu",
            "open data")
DATA_LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0 International"}
TEXTS_LICENSE = {"path": "LICENSE-DATA.md",
                 "title": "Article texts remain the property of their outlets; included for reproducibility only"}

# Published tables, in the order of the data package; specs decide types, descriptions and constraints.
TABLE_SPECS: dict[str, TableSpec] = {spec.name: spec for spec in (
    ARTICLES, FACTS, ENTITIES, TEXTS, PANEL, NATIONAL, EVIDENCE, COEFFICIENTS, DESCRIPTIVE, POWER, COVARIATE_SOURCES)}
JSON_DESCRIPTIONS = {
    "model_summary": "Count model: family, formula, number of region-cycles, whether it could be estimated and "
                     "why not, fit statistics.",
    "evaluation": "Extraction quality against the hand annotations: precision, recall and F1 per fact type, "
                  "article-level accuracy.",
}
PROJECT_FILES = ("CHANGELOG.md", "CITATION.cff", "LICENSE-DATA.md", "LICENSE")
REQUIRED_PROJECT_FILES = ("CITATION.cff", "LICENSE-DATA.md")
CHECKSUMS = "checksums.sha256"
DATAPACKAGE = "datapackage.json"
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

# Test seam: called with the name of each step of atomic_replace (the tests kill the process there).
_after_step: Callable[[str], None] | None = None


class PublishError(RuntimeError):
    """A release that cannot be published; the one-line message names the file and the reason."""


def _step(name: str) -> None:
    if _after_step is not None:
        _after_step(name)


def default_project_root() -> Path:
    """The repository root (where CHANGELOG.md, CITATION.cff and the licences live)."""
    return Path(__file__).resolve().parents[2]


# --------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------


def read_published_table(tables: Path, name: str) -> tuple[pd.DataFrame, TableSpec, Path]:
    """A table of the run, schema-checked and typed by its spec (inferred, losslessly, for other tables)."""
    base = TABLE_SPECS.get(name)
    csv = tables / f"{name}.csv"
    if csv.is_file():
        source = csv
        frame = read_validated(tables, name, base)
    else:
        source = tables / f"{name}.parquet"
        frame = pq.read_table(source).to_pandas()
        validate_table(frame, base, source=source)
    return frame, infer_spec(frame, name, base=base), source


def _table_names(tables: Path) -> list[str]:
    """Known tables present (CSV, or Parquet only), in package order, then any other CSV of the run by name."""
    present = {p.stem for p in tables.glob("*.csv") if not p.name.startswith((".", "_"))}
    present |= {p.stem for p in tables.glob("*.parquet") if p.stem in TABLE_SPECS}
    known = [name for name in TABLE_SPECS if name in present]
    return known + sorted(present - set(TABLE_SPECS))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_facts(path: Path) -> dict[str, Any]:
    return {"bytes": path.stat().st_size, "hash": f"sha256:{sha256_of(path)}"}


def _table_resource(spec: TableSpec, csv: Path, present: set[str]) -> dict[str, Any]:
    schema = frictionless_schema(spec)
    keys = [fk for fk in schema.pop("foreignKeys", []) if fk["reference"]["resource"] in present]
    if keys:
        schema["foreignKeys"] = keys
    resource: dict[str, Any] = {
        "name": spec.name, "type": "table", "path": csv.name, "scheme": "file", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "title": spec.title, "description": spec.description,
        **_file_facts(csv), "schema": schema,
    }
    if spec.name == "texts":
        resource["licenses"] = [TEXTS_LICENSE]
    return resource


def _file_resource(name: str, path: Path, fmt: str, mediatype: str, title: str, description: str) -> dict[str, Any]:
    return {"name": name, "type": "file", "path": path.name, "scheme": "file", "format": fmt,
            "mediatype": mediatype, "title": title, "description": description, **_file_facts(path)}


# --------------------------------------------------------------------------------------------
# Codebook, datapackage.json, checksums
# --------------------------------------------------------------------------------------------


def _aggregation_rules() -> str:
    from analysis import aggregate

    lines = (aggregate.__doc__ or "").strip().splitlines()
    return "\n".join(lines[2:]).strip()


def render_codebook(specs: list[TableSpec], *, dataset_version: str, publisher: str) -> str:
    """codebook.md: every published table and column (type, unit, constraints, meaning) and the rules."""
    out = [f"# Codebook: {DATASET_TITLE}", "",
           f"Dataset version {dataset_version}, published by {publisher}. Licence: CC BY 4.0 (see LICENSE-DATA.md); "
           "the article texts in `texts` remain the property of their outlets.", "",
           "Every table is given as CSV (UTF-8, comma-separated, first line the column names, an empty cell is a "
           "missing value, integers without decimals, booleans `True`/`False`) and as Parquet with the same rows. "
           "`datapackage.json` holds the same descriptions in machine-readable form (Frictionless Data Package); "
           "`checksums.sha256` the SHA-256 of every file (`sha256sum -c checksums.sha256`).", "",
           "## How the panel and national tables are built", "", _aggregation_rules(), ""]
    for spec in specs:
        out += [f"## `{spec.name}`: {spec.title}", "", spec.description, ""]
        if spec.primary_key:
            out += [f"One row per: `{', '.join(spec.primary_key)}`.", ""]
        out += ["| column | type | unit | required | constraints | meaning |", "| --- | --- | --- | --- | --- | --- |"]
        for row in codebook_rows([spec]).to_dict("records"):
            cells = [f"`{row['column']}`", row["type"], row["unit"] or "", "yes" if row["required"] else "",
                     row["constraints"] or "", row["description"]]
            out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
        out.append("")
    return "\n".join(out)


def _citation(text: str, path: Path) -> dict[str, Any]:
    import yaml

    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        raise PublishError(f"{path}: not valid YAML") from None
    return value if isinstance(value, dict) else {}


def release_citation(text: str, *, dataset_version: str, release_date: str | None) -> str:
    """The project's CITATION.cff as a release carries it: `version` set to the dataset version, and
    `date-released` only when a release date is given (else no date at all). Edited line by line so that the
    file keeps its comments and layout."""
    version = f"version: {json.dumps(dataset_version)}"  # a JSON string is a valid double-quoted YAML scalar
    kept = [line for line in text.splitlines() if not line.startswith("date-released:")]
    out = [version if line.startswith("version:") else line for line in kept]
    if version not in out:
        out.append(version)
    if release_date:
        out.append(f"date-released: {release_date}")
    return "\n".join(out) + "\n"


def datapackage_descriptor(resources: list[dict[str, Any]], *, dataset_version: str, publisher: str,
                           release_date: str | None, citation: dict[str, Any]) -> dict[str, Any]:
    """The package descriptor: identity, version, licence, sources, contributors, then the resources."""
    package: dict[str, Any] = {
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "description": DATASET_DESCRIPTION,
        "version": dataset_version,
    }
    homepage = citation.get("repository-code") or citation.get("url")
    if homepage:
        package["homepage"] = str(homepage)
    if release_date:
        package["created"] = f"{release_date}T00:00:00Z"
    package.update({
        "licenses": [DATA_LICENSE],
        "sources": [{"title": "Indonesian online news articles: outlet, date and input file of each one in "
                              "articles.csv; texts remain the outlets' property"}],
        "contributors": [{"title": publisher, "role": "publisher"},
                         {"title": "ASN Neutrality Watch contributors", "role": "author"}],
        "keywords": list(KEYWORDS),
        "resources": resources,
    })
    return package


def write_checksums(folder: Path) -> Path:
    """checksums.sha256 (`sha256sum -c` format) over every file under `folder`, sorted by path; written last."""
    folder = Path(folder)
    lines = []
    for path in sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix()):
        relative = path.relative_to(folder).as_posix()
        if relative != CHECKSUMS:
            lines.append(f"{sha256_of(path)}  {relative}\n")
    target = folder / CHECKSUMS
    target.write_text("".join(lines), encoding="utf-8", newline="\n")
    return target


def verify_checksums(folder: Path) -> list[str]:
    """Problems with a release folder's checksums: missing, changed or unlisted files (empty when intact)."""
    folder = Path(folder)
    listing = folder / CHECKSUMS
    if not listing.is_file():
        return [f"{listing}: missing"]
    problems, listed = [], set()
    for number, line in enumerate(listing.read_text(encoding="utf-8").splitlines(), start=1):
        digest, _, relative = line.partition("  ")
        listed.add(relative)
        path = folder / relative
        if not path.is_file():
            problems.append(f"{relative}: listed in {CHECKSUMS} (line {number}) but missing")
        elif sha256_of(path) != digest:
            problems.append(f"{relative}: SHA-256 differs from {CHECKSUMS} (line {number})")
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative != CHECKSUMS and relative not in listed:
            problems.append(f"{relative}: not listed in {CHECKSUMS}")
    return sorted(problems)


def validate_package(folder: Path) -> list[str]:
    """Frictionless validation of `folder/datapackage.json`: one line per error (empty when valid)."""
    import frictionless

    report = frictionless.validate(str(Path(folder) / DATAPACKAGE))
    if report.valid:
        return []
    problems = [f"{DATAPACKAGE}: {error.message}" for error in report.errors]
    for task in report.tasks:
        for error in task.errors:
            row = getattr(error, "row_number", None)
            field = getattr(error, "field_name", None)
            where = ", ".join(part for part in (f"line {row}" if row else "", f"column {field!r}" if field else "")
                              if part)
            problems.append(f"{task.name}: {error.type}" + (f" at {where}" if where else "") + f": {error.note}")
    return problems


# --------------------------------------------------------------------------------------------
# The release folder
# --------------------------------------------------------------------------------------------


def _date_text(release_date: str | dt.date | None) -> str | None:
    if release_date is None or release_date == "":
        return None
    if isinstance(release_date, dt.date):
        return release_date.isoformat()
    try:
        return dt.date.fromisoformat(str(release_date)).isoformat()
    except ValueError:
        raise PublishError(f"release_date: {release_date!r} is not an ISO date YYYY-MM-DD") from None


def publish_tables(tables: Path, release: Path, *, dataset_version: str, publisher: str = "ASN Neutrality Watch",
                   release_date: str | dt.date | None = None, project_root: Path | None = None,
                   check_package: bool = True, checksums: bool = True) -> dict[str, Any]:
    """Write the release folder from the run's tables folder; returns what was published.

    `release` must be new or empty. Every table is checked against its schema first (a SchemaCheckError
    names table, column and rows); with `check_package` the written package must pass Frictionless
    validation, else PublishError. `checksums=False` leaves SHA256SUMS to a caller that adds files later.
    Nothing outside `release` is touched.
    """
    tables, release = Path(tables), Path(release)
    project_root = Path(project_root) if project_root is not None else default_project_root()
    date_text = _date_text(release_date)
    if not tables.is_dir():
        raise PublishError(f"{tables}: tables folder not found")
    if release.exists() and any(release.iterdir()):
        raise PublishError(f"{release}: release folder is not empty (a release is written into a fresh folder)")
    missing = [name for name in REQUIRED_PROJECT_FILES if not (project_root / name).is_file()]
    if missing:
        raise PublishError(f"{project_root / missing[0]}: not found (needed in every release)")
    release.mkdir(parents=True, exist_ok=True)

    names = _table_names(tables)
    published = [read_published_table(tables, name) for name in names]
    present = set(names)
    resources, parquet_resources = [], []

    def publish_table(frame: pd.DataFrame, spec: TableSpec, parquet_description: str) -> None:
        csv = write_table(frame, release, spec.name, spec)  # and its Parquet, typed by the spec
        resources.append(_table_resource(spec, csv, present))
        parquet_resources.append(_file_resource(
            f"{spec.name}-parquet", release / f"{spec.name}.parquet", "parquet", PARQUET_MEDIATYPE,
            f"{spec.title} (Parquet)", parquet_description))

    specs = [spec for _frame, spec, _source in published]
    for frame, spec, _source in published:
        publish_table(frame, spec, f"The rows of {spec.name}.csv with their types, in Apache Parquet.")
    publish_table(codebook_rows(specs), CODEBOOK, "The rows of codebook.csv in Apache Parquet.")
    (release / "codebook.md").write_text(render_codebook(specs, dataset_version=dataset_version, publisher=publisher),
                                         encoding="utf-8", newline="\n")

    json_resources = []
    for path in sorted(p for p in tables.glob("*.json") if not p.name.startswith((".", "_"))):
        target = release / path.name
        shutil.copyfile(path, target)
        json_resources.append(_file_resource(
            path.stem.replace("_", "-"), target, "json", "application/json", path.stem.replace("_", " ").capitalize(),
            JSON_DESCRIPTIONS.get(path.stem, f"{path.name} as written by the run.")))

    for name in PROJECT_FILES:
        if name != "CITATION.cff" and (project_root / name).is_file():
            shutil.copyfile(project_root / name, release / name)
    citation_path = project_root / "CITATION.cff"
    citation_text = citation_path.read_text(encoding="utf-8")
    (release / "CITATION.cff").write_text(release_citation(citation_text, dataset_version=dataset_version,
                                                           release_date=date_text), encoding="utf-8", newline="\n")

    package = datapackage_descriptor(resources + parquet_resources + json_resources, dataset_version=dataset_version,
                                     publisher=publisher, release_date=date_text,
                                     citation=_citation(citation_text, citation_path))
    (release / DATAPACKAGE).write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8",
                                       newline="\n")
    if check_package:
        problems = validate_package(release)
        if problems:
            raise PublishError(f"{release / DATAPACKAGE}: frictionless validation failed: {problems[0]}"
                               + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    if checksums:
        write_checksums(release)
    return {"tables": names, "rows": {spec.name: len(frame) for frame, spec, _ in published},
            "files": sorted(p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()),
            "datapackage": release / DATAPACKAGE}


# --------------------------------------------------------------------------------------------
# Atomic replacement of the output folder
# --------------------------------------------------------------------------------------------


def staging_paths(output: Path) -> dict[str, Path]:
    """Sibling paths used while replacing `output` (same parent, hence same filesystem)."""
    output = Path(output)
    return {kind: output.parent / f".{output.name}.{kind}" for kind in ("incoming", "previous", "lock")}


def recover_output(output: Path) -> list[str]:
    """Undo what a killed publish left behind; returns what was done (empty when nothing was left).

    If `output` is missing while the previous release waits under `.NAME.previous` (killed between the two
    renames of the fallback swap), it is put back. Leftover incoming/previous folders are removed.
    """
    output = Path(output)
    paths = staging_paths(output)
    done = []
    if not output.exists() and paths["previous"].is_dir():
        os.rename(paths["previous"], output)
        _fsync_dir(output.parent)
        done.append(f"restored {output} from {paths['previous'].name}")
    for kind in ("incoming", "previous"):
        if paths[kind].exists():
            shutil.rmtree(paths[kind])
            done.append(f"removed leftover {paths[kind].name}")
    return done


@contextlib.contextmanager
def _publish_lock(output: Path) -> Iterator[None]:
    lock_path = staging_paths(output)["lock"]
    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock; runs are expected not to overlap there
        yield
        return
    with open(lock_path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishError(f"{output}: another run is publishing here ({lock_path.name} is locked)") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_synced(source: Path, target: Path) -> None:
    """Copy a release folder file by file, each synced to disk, then the folders themselves."""
    target.mkdir()
    first = True
    for path in sorted(source.rglob("*")):
        destination = target / path.relative_to(source)
        if path.is_dir():
            destination.mkdir(exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        with path.open("rb") as reader, destination.open("wb") as writer:
            shutil.copyfileobj(reader, writer, 1 << 20)
            writer.flush()
            os.fsync(writer.fileno())
        if first:
            _step("copying")
            first = False
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        _fsync_dir(folder)
    _fsync_dir(target)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries atomically (Linux renameat2 RENAME_EXCHANGE); False when unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    errno = ctypes.get_errno()
    if errno in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the filesystem or kernel cannot exchange
        return False
    raise OSError(errno, os.strerror(errno), str(a))


def atomic_replace(release_dir: Path, output: Path) -> Path:
    """Replace `output` with a copy of the finished `release_dir`, whole or not at all (see module doc)."""
    release_dir, output = Path(release_dir).absolute(), Path(output).absolute()
    if not (release_dir / DATAPACKAGE).is_file():
        raise PublishError(f"{release_dir}: not a finished release ({DATAPACKAGE} missing)")
    if output.exists() and not output.is_dir():
        raise PublishError(f"{output}: exists and is not a folder")
    output.parent.mkdir(parents=True, exist_ok=True)
    paths = staging_paths(output)
    with _publish_lock(output):
        recover_output(output)
        _copy_synced(release_dir, paths["incoming"])
        _step("copied")
        if not output.exists():
            os.rename(paths["incoming"], output)
        elif _exchange(paths["incoming"], output):
            _step("exchanged")
            os.rename(paths["incoming"], paths["previous"])  # the old release, now under the incoming name
        else:
            os.rename(output, paths["previous"])
            _step("moved_old")
            os.rename(paths["incoming"], output)
        _fsync_dir(output.parent)
        _step("swapped")
        if paths["previous"].exists():
            shutil.rmtree(paths["previous"])
        _step("done")
    return output


# --------------------------------------------------------------------------------------------
# Release archive
# --------------------------------------------------------------------------------------------


def _reset(info: tarfile.TarInfo, mtime: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = mtime
    info.mode = 0o755 if info.isdir() else 0o644
    return info


def published_version(output: Path) -> str:
    """The dataset version of a published folder, as its datapackage.json states it."""
    path = Path(output) / DATAPACKAGE
    try:
        version = json.loads(path.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        raise PublishError(f"{path}: missing or not a data package descriptor") from None
    if not isinstance(version, str) or not version:
        raise PublishError(f"{path}: no dataset version")
    return version


def make_release_archive(output: Path, releases_dir: Path, version: str, *, date: dt.date) -> Path:
    """`releases_dir/asn-neutrality-watch-<version>-<date>.tar.gz` of the published folder; returns its path.

    The release is checked first (checksums must match). Members are sorted, owners and modes normalised and
    every timestamp set to the archive date, so the same release on the same date gives the same bytes. A
    `.sha256` file is written beside the archive.
    """
    output, releases_dir = Path(output), Path(releases_dir)
    problems = verify_checksums(output)
    if problems:
        raise PublishError(f"{output}: the published release is not intact: {problems[0]}")
    stem = f"{DATASET_NAME}-{version}-{date.isoformat()}"
    mtime = int(dt.datetime(date.year, date.month, date.day, tzinfo=dt.timezone.utc).timestamp())
    releases_dir.mkdir(parents=True, exist_ok=True)
    archive = releases_dir / f"{stem}.tar.gz"
    partial = releases_dir / f".{stem}.tar.gz.partial"
    with partial.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as zipped, \
            tarfile.open(fileobj=zipped, mode="w", format=tarfile.GNU_FORMAT) as tar:
        tar.addfile(_directory(stem, mtime))
        for path in sorted(output.rglob("*"), key=lambda p: p.relative_to(output).as_posix()):
            name = f"{stem}/{path.relative_to(output).as_posix()}"
            if path.is_dir():
                tar.addfile(_directory(name, mtime))
            else:
                info = _reset(tarfile.TarInfo(name), mtime)
                info.size = path.stat().st_size
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
    os.replace(partial, archive)
    (releases_dir / f"{archive.name}.sha256").write_text(f"{sha256_of(archive)}  {archive.name}\n", encoding="utf-8",
                                                         newline="\n")
    return archive


def _directory(name: str, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    return _reset(info, mtime)


def read_archive_names(archive: Path) -> list[str]:
    """Member names of a release archive, in order (for checks and tests)."""
    with tarfile.open(archive, "r:gz") as tar:
        return tar.getnames()


__all__ = [
    "PublishError", "atomic_replace", "make_release_archive", "publish_tables", "published_version",
    "read_archive_names", "recover_output", "release_citation", "render_codebook", "staging_paths",
    "validate_package", "verify_checksums", "write_checksums",
]
