"""The sources manifest: what the collector recorded of each input file (its page, outlet, dates, licence).

A CSV file (parameter `sources`, the bundled one is `data/raw/SOURCES.csv`) with a header row and one row per
corpus file; `file` is required and is the path relative to the corpus folder, as in `articles.source_file`.
A row for a JSONL or CSV export (`a.jsonl`) covers all of its records; a row for one record (`a.jsonl#3`)
covers that record only and wins. Other columns, all optional:

| column | meaning |
| --- | --- |
| `url` | the page's address |
| `outlet`, `published` | as the collector recorded them; they win over what the text says |
| `title` | used only when the document gives none (the title at the top of the text is left as the text has it) |
| `retrieved` | the access date (ISO `YYYY-MM-DD`) |
| `licence` | the licence of the text, in words or as an SPDX id (e.g. `CC-BY-4.0`) |
| `publish_texts` | `true` when that licence allows republishing the full text; anything else keeps it out of releases |

Columns the project does not use (`language`, `note`...) are allowed. A bad manifest raises `SourcesError`
with a one-line message naming the file and the reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from analysis.ingest.document import Document
from analysis.ingest.metadata import outlet_name

TRUE_WORDS = frozenset({"true", "yes", "ya", "1", "y"})
FALSE_WORDS = frozenset({"false", "no", "tidak", "0", "n", ""})


class SourcesError(ValueError):
    """A sources manifest that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class Source:
    """What the manifest says of one file or record."""

    url: str = ""
    outlet: str = ""
    title: str = ""
    published: str = ""
    retrieved: str = ""
    licence: str = ""
    publish_texts: bool = False


Sources = Mapping[str, Source]


def iso_date(value: str) -> str:
    """'2024-11-04' (or the date of '2024-11-04T10:00:00+07:00') as YYYY-MM-DD; "" for anything else. Strict:
    a relative date ('kemarin') would depend on the day of the run."""
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return ""


def _iso_date(value: str, where: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parsed = iso_date(value)
    if not parsed:
        raise SourcesError(f"{where}: {value!r} is not a date (write YYYY-MM-DD)")
    return parsed


def _flag(value: str, where: str) -> bool:
    word = value.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SourcesError(f"{where}: publish_texts {value!r} is neither true nor false")


def parse_sources(text: str, path: Path) -> dict[str, Source]:
    """The manifest's rows by file (see the module's docstring); SourcesError on a bad row."""
    rows = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    columns = [name.strip().lower() for name in rows.fieldnames or []]
    if "file" not in columns:
        raise SourcesError(f"{path}: no 'file' column (columns: {', '.join(columns) or 'none'})")
    rows.fieldnames = columns
    sources: dict[str, Source] = {}
    for number, row in enumerate(rows, start=2):
        where = f"{path}, line {number}"
        if None in row:
            raise SourcesError(f"{where}: more fields than the header has")
        cells = {key: (value or "").strip() for key, value in row.items()}
        name = cells["file"].replace("\\", "/").removeprefix("./")
        if not name:
            raise SourcesError(f"{where}: empty 'file'")
        if name in sources:
            raise SourcesError(f"{where}: {name} is listed twice")
        sources[name] = Source(
            url=cells.get("url", ""),
            outlet=cells.get("outlet", ""),
            title=cells.get("title", ""),
            published=_iso_date(cells.get("published", ""), where),
            retrieved=_iso_date(cells.get("retrieved", ""), where),
            licence=cells.get("licence", "") or cells.get("license", ""),
            publish_texts=_flag(cells.get("publish_texts", ""), where),
        )
    return sources


def read_sources(path: Path | None) -> dict[str, Source]:
    """The manifest at `path` ({} for None); SourcesError when it is missing or malformed."""
    if path is None:
        return {}
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: sources manifest not found (parameter 'sources'; null for none)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read the sources manifest ({exc})") from None
    return parse_sources(text, path)


def source_of(sources: Sources, source_file: str) -> Source | None:
    """The manifest's entry for a document: its record's own row, else its file's."""
    return sources.get(source_file) or sources.get(source_file.partition("#")[0])


def with_source(document: Document, source: Source | None) -> Document:
    """The document with what the manifest says of it: the manifest's url, outlet and dates win, its title
    only fills a missing one (the text's offsets count from the title the text carries)."""
    if source is None:
        return document
    return replace(
        document,
        url=source.url or document.url,
        outlet=outlet_name(source.outlet) if source.outlet else document.outlet,
        title=document.title or source.title,
        published=source.published or document.published,
        retrieved=source.retrieved or document.retrieved,
        licence=source.licence or document.licence,
        publish_texts=source.publish_texts,
    )
