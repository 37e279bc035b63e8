"""Release archives: a dated, reproducible .tar.gz of the published dataset, with its SHA-256 beside it."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import tarfile
from pathlib import Path

from analysis.publish.package import DATAPACKAGE, DATASET_NAME, PublishError, sha256_of, verify_checksums


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
    mtime = int(dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC).timestamp())
    releases_dir.mkdir(parents=True, exist_ok=True)
    archive = releases_dir / f"{stem}.tar.gz"
    partial = releases_dir / f".{stem}.tar.gz.partial"
    with (
        partial.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
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
    (releases_dir / f"{archive.name}.sha256").write_text(
        f"{sha256_of(archive)}  {archive.name}\n", encoding="utf-8", newline="\n"
    )
    return archive


def _directory(name: str, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    return _reset(info, mtime)


def read_archive_names(archive: Path) -> list[str]:
    """Member names of a release archive, in order (for checks and tests)."""
    with tarfile.open(archive, "r:gz") as tar:
        return tar.getnames()
