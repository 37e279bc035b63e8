"""Publishing: the open dataset as a validated, documented, versioned Frictionless data package.

A run publishes in three steps (the pipeline calls them in this order):

1. `publish_tables(tables, release, ...)` fills a fresh release folder (inside the run's build folder): every
   table checked against its schema and written as CSV and Parquet, the model and evaluation JSON files, the
   codebook (codebook.md, codebook.csv), `datapackage.json`, CHANGELOG, licences and CITATION.cff, and
   `checksums.sha256`; then `frictionless validate` must pass on it.
2. Anything added later (the rendered report under `report/`) is followed by `write_checksums(release)`.
3. `atomic_replace(release, output)` swaps the finished folder into `data/processed/` as a whole.

Modules: `package` (the data package's parts: resources, codebook, datapackage.json, checksums),
`release` (the release folder), `output` (atomic replacement of the output folder; how it survives a
kill is told there), `archive` (dated release archives). The names below are the stage's interface.

Determinism: no clock time is written into any data file; the only date in `datapackage.json` is the
`release_date` parameter (`created`), and only when given. Release archives are named with a date, but their
content and member order are fixed by the release.
"""

from analysis.publish.archive import make_release_archive, published_version, read_archive_names
from analysis.publish.output import atomic_replace, recover_output, staging_paths
from analysis.publish.package import (
    DATAPACKAGE,
    PublishError,
    release_citation,
    render_codebook,
    sha256_of,
    validate_package,
    verify_checksums,
    write_checksums,
)
from analysis.publish.release import publish_tables

__all__ = [
    "DATAPACKAGE",
    "PublishError",
    "atomic_replace",
    "make_release_archive",
    "publish_tables",
    "published_version",
    "read_archive_names",
    "recover_output",
    "release_citation",
    "render_codebook",
    "sha256_of",
    "staging_paths",
    "validate_package",
    "verify_checksums",
    "write_checksums",
]
