"""Replacing the published output folder with a finished release, atomically.

Atomic replacement. The release is first copied next to the output (`.processed.incoming`, same filesystem)
and synced to disk; then the two directories are exchanged in one `renameat2(RENAME_EXCHANGE)` call (Linux),
so a reader sees either the old complete release or the new one, never a mix or nothing; the old one (now
under the incoming name) is renamed to `.processed.previous` and removed. Where the exchange call is not
available, the old folder is renamed away and the new one renamed in: a kill between the two renames leaves
the old release whole under `.processed.previous`, and `recover_output` (run at the start of every publish,
and by the pipeline at the start of every run) puts it back. Leftover incoming/previous folders of a killed
run are removed by the same function. A lock file (`.processed.lock`) keeps two runs from publishing at once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from analysis.publish.package import DATAPACKAGE, PublishError

# Test seam: called with the name of each step of atomic_replace (the tests kill the process there).
_after_step: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if _after_step is not None:
        _after_step(name)


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
