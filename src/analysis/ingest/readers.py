"""One reader per input format: decoded file text in, documents out.

- `.txt`: page text as copied or scraped (a `.txt` that holds an HTML page is read as HTML);
- `.html` / `.htm`: main text and metadata with trafilatura (no network, no date from the clock);
- `.jsonl`: one JSON object per line; `.csv`: one article per row (header row required).

Records (JSONL lines, CSV rows) need a `text` field; `title`, `url`, `outlet` and `published` are used
when present (common other names such as `content`, `date`, `source`, `link` are accepted). A record is
`file#N`, N being the line number in a JSONL file and the row number (after the header) in a CSV file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator

from analysis.ingest.clean import CleanedText, clean_text
from analysis.ingest.document import Document, content_sha256
from analysis.ingest.files import EntryProblem
from analysis.ingest.metadata import find_outlet, outlet_name, parse_date
from analysis.ingest.published import find_published
from analysis.ingest.sources import iso_date

FIELD_NAMES = {
    "text": ("text", "content", "body", "article", "isi", "full_text", "fulltext", "konten"),
    "title": ("title", "judul", "headline"),
    "url": ("url", "link", "source_url", "permalink"),
    "outlet": ("outlet", "source", "site", "media", "publisher", "sitename", "site_name"),
    "published": ("published", "date", "published_at", "publish_date", "tanggal", "pubdate", "datetime"),
    "retrieved": ("retrieved", "retrieved_at", "accessed", "accessed_at", "access_date", "crawled_at", "scraped_at"),
}
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_METADATA_RULES = ("caption", "byline", "header")  # dropped lines that may still date the article


def unreadable(source_file: str, reason: str, detail: str = "") -> Document:
    return Document(source_file=source_file, status="unreadable", skip_reason=reason, skip_detail=detail[:300])


def article_document(
    source_file: str, cleaned: CleanedText, *, outlet: str = "", published: str = "", url: str = "", retrieved: str = ""
) -> Document:
    """The document of a cleaned article; metadata given by the source wins over what the text says."""
    if not cleaned.paragraphs:
        return unreadable(source_file, "no_text", "no article paragraph after boilerplate removal")
    text = cleaned.text
    digest = content_sha256(text)
    dated_lines = [
        cleaned.title,
        *(line for line, rule in cleaned.dropped if rule in _METADATA_RULES),
        *cleaned.paragraphs,
    ]
    return Document(
        source_file=source_file,
        article_id=digest[:16],
        text=text,
        title=cleaned.title,
        outlet=outlet_name(outlet) if outlet else find_outlet(cleaned.dateline, cleaned.header, cleaned.footer),
        published=(parse_date(published) if published else "") or find_published(cleaned.header, dated_lines),
        dateline=cleaned.dateline.place if cleaned.dateline else "",
        url=url.strip(),
        retrieved=iso_date(retrieved),
        sha256=digest,
    )


def read_text_page(source_file: str, text: str) -> list[Document]:
    if _HTML_START.search(text[:1024]):
        return read_html(source_file, text)
    return [article_document(source_file, clean_text(text))]


def read_html(source_file: str, html: str) -> list[Document]:
    import trafilatura

    # Dates only from the page's metadata (htmldate's text heuristics can pick any date on the page),
    # and a fixed upper bound instead of today's date.
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": "2100-12-31"},
    )
    if extracted is None or not (extracted.text or "").strip():
        return [unreadable(source_file, "no_text", "no main text found in the HTML page")]
    cleaned = clean_text(extracted.text, title=extracted.title or "")
    return [
        article_document(
            source_file,
            cleaned,
            outlet=extracted.sitename or "",
            published=extracted.date or "",
            url=extracted.url or "",
        )
    ]


def _field(record: dict, name: str) -> str:
    """The record's value for a field under any of its accepted names ("" when absent)."""
    for key in FIELD_NAMES[name]:
        value = record.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)
    return ""


def record_document(source_file: str, record: dict) -> Document:
    """The document of one JSONL/CSV record (keys already lower-cased)."""
    raw = next((record[k] for k in FIELD_NAMES["text"] if k in record), None)
    if raw is None:
        return unreadable(source_file, "parse_error", "no text field")
    if not isinstance(raw, str):
        return unreadable(source_file, "parse_error", f"text field is a {type(raw).__name__}, not a string")
    if not raw.strip():
        return unreadable(source_file, "empty", "text field is empty")
    cleaned = clean_text(raw, title=_field(record, "title"))
    return article_document(
        source_file,
        cleaned,
        outlet=_field(record, "outlet"),
        published=_field(record, "published"),
        url=_field(record, "url"),
        retrieved=_field(record, "retrieved"),
    )


def read_jsonl(source_file: str, text: str) -> list[Document]:
    documents = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"{source_file}#{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            documents.append(unreadable(name, "parse_error", f"line {number}: invalid JSON ({exc})"))
            continue
        if not isinstance(record, dict):
            documents.append(unreadable(name, "parse_error", f"line {number}: not a JSON object"))
            continue
        documents.append(record_document(name, {str(k).strip().lower(): v for k, v in record.items()}))
    if not documents:
        raise EntryProblem("empty", "no records")
    return documents


class _Export(csv.excel):
    """Standard CSV (RFC 4180: double quotes, "" inside a field) with the delimiter the header uses."""


def _dialect(text: str) -> type[csv.Dialect]:
    # Only the delimiter is guessed, from the header line: csv.Sniffer also guesses quoting, and gets it
    # wrong for ordinary exports whose quoted text holds quotes and delimiters.
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=header.count)
    return type("Export", (_Export,), {"delimiter": delimiter if header.count(delimiter) else ","})


def _csv_rows(text: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(row number, fields or None, error) for every row after the header; a broken row does not stop."""
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    number, last_line = 0, -1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield number, None, str(exc)
            if reader.line_num == last_line:  # the reader cannot get past this point
                return
            last_line = reader.line_num
            continue
        number += 1
        yield number, row, ""


def read_csv(source_file: str, text: str) -> list[Document]:
    csv.field_size_limit(2**31 - 1)  # articles are long fields; the file size limit bounds them
    rows = _csv_rows(text)
    try:
        _, header, error = next(rows)
    except StopIteration:
        raise EntryProblem("empty", "no header row") from None
    if header is None:
        raise EntryProblem("parse_error", f"header row: {error}")
    columns = [column.strip().lower().lstrip("\ufeff") for column in header]
    if not any(name in columns for name in FIELD_NAMES["text"]):
        raise EntryProblem("parse_error", f"no text column (columns: {', '.join(columns)[:200]})")
    documents = []
    for number, row, error in rows:
        number -= 1  # data rows are counted after the header
        name = f"{source_file}#{number}"
        if row is None:
            documents.append(unreadable(name, "parse_error", f"row {number}: {error}"))
        elif not any(cell.strip() for cell in row):
            continue  # a blank line is not a record
        elif len(row) != len(columns):
            documents.append(
                unreadable(name, "parse_error", f"row {number}: {len(row)} fields, the header has {len(columns)}")
            )
        else:
            documents.append(record_document(name, dict(zip(columns, row, strict=True))))
    if not documents:
        raise EntryProblem("empty", "no data rows")
    return documents


READERS = {".txt": read_text_page, ".html": read_html, ".htm": read_html, ".jsonl": read_jsonl, ".csv": read_csv}
