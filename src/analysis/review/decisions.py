"""People's decisions as data: `data/raw/reviews/*.csv`, read and checked.

A reviews file is a CSV (UTF-8, with or without BOM, or UTF-16 with BOM; comma, semicolon or tab separated, as
spreadsheets in various locales save it) with at least the columns `fact_id`, `decision` and `reviewer`. Rows of
the exported review sheet with their decision filled in are a valid reviews file as they are; rows without a
decision are pending and skipped. Decisions:

- `accept` (the fact is right), `reject` (it is wrong: kept in facts, flagged, left out of the panel);
- `correct`: the fact's fields as the person corrected them (fact_type, value, unit, status, scope, region_code,
  election_type, election_year); the fields that differ from the machine's are the correction;
- `add`: a fact the extraction missed: its fields, the article (article_id, source_file or url) and `evidence`,
  the phrase of the article's text that states it (verbatim).

Also `date` (YYYY-MM-DD) and `note`. Every problem is one line naming the file, the row (as a spreadsheet
numbers it: the header is row 1) and the field. Cells the sheet escaped against formulas (a leading `'`) are
read back as they were.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.review.ids import FACT_ID
from analysis.schemas import ELECTION_TYPES, FACT_STATUSES, FACT_TYPES, REGION_CODE_PATTERN, SCOPES, UNITS

REQUIRED_COLUMNS = ("fact_id", "decision", "reviewer")
FACT_FIELDS = ("fact_type", "value", "unit", "status", "scope", "region_code", "election_type", "election_year")
DECISIONS = {"accept": "accept", "accepted": "accept", "reject": "reject", "rejected": "reject"}
DECISIONS |= {"correct": "correct", "corrected": "correct", "add": "add", "added": "add"}
MAX_CELL_CHARS = 5_000  # a sentence is a few hundred characters; a bigger cell is a mistake or an attack
MAX_FILE_BYTES = 50_000_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REGION_CODE = re.compile(REGION_CODE_PATTERN)


class ReviewError(ValueError):
    """Reviews that cannot be used; the message has one line per problem (file, row, field)."""


@dataclass(frozen=True)
class Decision:
    """One person's decision on one fact: where it was written, what it says."""

    file: str
    row: int
    decision: str  # accept, reject, correct, add
    reviewer: str
    fact_id: str = ""
    date: str = ""
    note: str = ""
    fields: dict = field(default_factory=dict)  # the fact's fields as the row gives them (correct, add)
    evidence: str = ""
    article_id: str = ""
    source_file: str = ""
    url: str = ""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.row}"


def escape_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula: a leading ' before = + - @ (OWASP)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unescape_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReviewError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the sheet as "
            "'CSV UTF-8'"
        ) from None


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def _records(path: Path, name: str) -> list[list[str]]:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ReviewError(f"{name}: {path.stat().st_size} bytes, more than a reviews file may hold ({MAX_FILE_BYTES})")
    text = _decode(path.read_bytes(), name)
    if "\x00" in text:
        raise ReviewError(f"{name}: binary data, not a CSV file")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    records = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as exc:
        raise ReviewError(f"{name}:{len(records) + 1}: malformed CSV ({exc})") from None
    return records


def problem_line(name: str, row: int, column: str, message: str) -> str:
    return f"{name}:{row}: field '{column}': {message}"


def _int(text: str) -> int | None:
    """'12', '12.0' or '12,0' (a spreadsheet's number) -> 12; None when not a whole number."""
    cleaned = text.strip().replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _fact_fields(cells: dict[str, str], name: str, row: int, problems: list[str]) -> dict:
    """The fact fields of a row, typed; a bad value is a problem naming its field."""
    fields: dict = {}
    allowed = {"fact_type": FACT_TYPES, "unit": UNITS, "status": FACT_STATUSES, "scope": SCOPES}
    allowed["election_type"] = ELECTION_TYPES
    for column in FACT_FIELDS:
        if column not in cells:
            continue
        value = cells[column].strip()
        if column in allowed:
            if value and value not in allowed[column]:
                problems.append(
                    problem_line(name, row, column, f"{value!r} is not one of {', '.join(allowed[column])}")
                )
            fields[column] = value
        elif column in ("value", "election_year"):
            number = _int(value) if value else None
            if value and (number is None or number < (1955 if column == "election_year" else 0)):
                problems.append(problem_line(name, row, column, f"{value!r} is not a whole number in range"))
            fields[column] = number
        elif column == "region_code":
            if value and not REGION_CODE.match(value):
                problems.append(
                    problem_line(
                        name,
                        row,
                        column,
                        f"{value!r} is not a Kemendagri code like 32.01 (a spreadsheet may have "
                        "turned 32.10 into 32.1: format the column as text)",
                    )
                )
            fields[column] = value
    return fields


def decision_of_row(
    cells: dict[str, str], name: str, row: int, problems: list[str], names_article: bool = True
) -> Decision | None:
    """The decision a row states, or None (pending, or wrong: its problems added). `names_article`: an added
    fact must say its article (a cited-figures file checks its url itself)."""
    raw = cells.get("decision", "").strip().lower()
    if not raw:
        return None  # pending: not decided yet
    decision = DECISIONS.get(raw)
    if decision is None:
        problems.append(problem_line(name, row, "decision", f"{raw!r} is not one of accept, reject, correct, add"))
        return None
    reviewer = cells.get("reviewer", "").strip()
    if not reviewer:
        problems.append(problem_line(name, row, "reviewer", "empty: say who decided"))
    date = cells.get("date", "").strip()
    if date:
        try:
            date = dt.date.fromisoformat(date).isoformat()
        except ValueError:
            problems.append(problem_line(name, row, "date", f"{date!r} is not a date YYYY-MM-DD"))
    fact_id = cells.get("fact_id", "").strip()
    if decision != "add" and not FACT_ID.match(fact_id):
        problems.append(problem_line(name, row, "fact_id", f"{fact_id!r} is not a fact id like f0123456789abcdef"))
    fields = _fact_fields(cells, name, row, problems) if decision in ("correct", "add") else {}
    evidence = cells.get("evidence", "").strip()
    if decision == "add":
        for column in ("fact_type", "value", "scope"):
            if fields.get(column) in (None, ""):
                problems.append(problem_line(name, row, column, "empty: an added fact needs it"))
        if not evidence:
            problems.append(
                problem_line(name, row, "evidence", "empty: quote the phrase of the article that states it")
            )
        if names_article and not any(cells.get(k, "").strip() for k in ("article_id", "source_file", "url")):
            problems.append(
                problem_line(name, row, "article_id", "empty: name the article (article_id, source_file or url)")
            )
    return Decision(
        file=name,
        row=row,
        decision=decision,
        reviewer=reviewer,
        fact_id=fact_id if decision != "add" else "",
        date=date,
        note=cells.get("note", "").strip(),
        fields=fields,
        evidence=evidence,
        article_id=cells.get("article_id", "").strip(),
        source_file=cells.get("source_file", "").strip(),
        url=cells.get("url", "").strip(),
    )


def read_rows(
    path: Path, name: str, required: tuple[str, ...] = REQUIRED_COLUMNS
) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """The non-empty rows of a CSV file as (row number, {column: cell}), and its problems (one line each)."""
    try:
        records = _records(path, name)
    except ReviewError as exc:
        return [], [str(exc)]
    except OSError as exc:
        return [], [f"{name}: cannot read ({exc.strerror})"]
    if not records:
        return [], [f"{name}: empty file (expected a header with {', '.join(required)})"]
    header = [unescape_cell(h).strip().lower() for h in records[0]]
    missing = [c for c in required if c not in header]
    if missing:
        return [], [f"{name}:1: missing column(s) {', '.join(missing)} (the header has: {', '.join(header)[:200]})"]
    rows, problems = [], []
    for row, record in enumerate(records[1:], 2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(header):
            problems.append(f"{name}:{row}: {len(record)} cells, more than the header's {len(header)} columns")
            continue
        cells = {}
        for column, cell in zip(header, record, strict=False):
            if len(cell) > MAX_CELL_CHARS:
                problems.append(problem_line(name, row, column, f"{len(cell)} characters, at most {MAX_CELL_CHARS}"))
                cell = ""
            cells[column] = unescape_cell(cell)
        rows.append((row, cells))
    return rows, problems


def read_decisions_file(path: Path, name: str | None = None) -> tuple[list[Decision], list[str]]:
    """The decisions of one reviews file, and its problems (one line each; none when it can be used)."""
    name = name or str(path)
    rows, problems = read_rows(path, name)
    decisions = []
    for row, cells in rows:
        decision = decision_of_row(cells, name, row, problems)
        if decision is not None:
            decisions.append(decision)
    return decisions, problems


def read_decisions(folder: Path | None) -> tuple[list[Decision], list[str]]:
    """Every decision of the reviews folder's CSV files (sorted by name), and every problem found."""
    if folder is None or not Path(folder).is_dir():
        return [], []
    decisions, problems = [], []
    for path in sorted(Path(folder).rglob("*.csv")):
        # named relative to the folder: the log of a run does not depend on where the project lives
        found, wrong = read_decisions_file(path, path.relative_to(folder).as_posix())
        decisions += found
        problems += [f"{Path(folder) / problem}" for problem in wrong]
    return decisions, problems
