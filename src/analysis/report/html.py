"""HTML fragments built with markupsafe: whatever is not already `Markup` is escaped on the way in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup, escape

from analysis.report.text import is_missing, text_of


def safe_href(url: Any) -> str | None:
    """The URL if it is an absolute http(s) address (the only links made from data), else None."""
    text = text_of(url).strip()
    if re.match(r"^https?://[^\s<>\"']+$", text, flags=re.IGNORECASE):
        return text
    return None


LONG_RUN = re.compile(r"\S{25,}")
BREAK_EVERY = 12


def breakable(value: Any) -> Markup:
    """The value escaped, with a line-break opportunity (<wbr>) every 12 characters of a run of 25 or more
    without a space (an address, a code, hostile text): such a run no longer widens its table column, while
    ordinary words are never cut (cells wrap with overflow-wrap: break-word)."""
    text = text_of(value)
    parts, done = [], 0
    for run in LONG_RUN.finditer(text):
        token = run.group()
        pieces = (escape(token[i : i + BREAK_EVERY]) for i in range(0, len(token), BREAK_EVERY))
        parts += [escape(text[done : run.start()]), Markup("<wbr>").join(pieces)]
        done = run.end()
    parts.append(escape(text[done:]))
    return Markup("").join(parts)


def table_row(
    header: Sequence[str], row: Sequence[Any], numeric: Sequence[int] = (), attrs: dict | None = None
) -> Markup:
    """One <tr> of a table with these column headers: cells escaped unless `Markup`, `numeric` right-aligned."""
    attributes = Markup("").join(Markup(' {}="{}"').format(Markup(k), v) for k, v in (attrs or {}).items())
    cells = Markup("").join(
        Markup('<td data-label="{}"{}>{}</td>').format(
            header[i], Markup(' class="num"') if i in numeric else "", _cell(value)
        )
        for i, value in enumerate(row)
    )
    return Markup("<tr{}>{}</tr>").format(attributes, cells)


def table_of_rows(
    header: Sequence[str],
    body_rows: Sequence[Markup],
    *,
    caption: str,
    table_id: str | None = None,
    numeric: Sequence[int] = (),
    stack: bool | None = None,
) -> Markup:
    """The table around rows made by `table_row` (see `html_table`)."""
    stack = len(header) >= 4 if stack is None else stack
    head = Markup("").join(
        Markup('<th scope="col"{}>{}</th>').format(Markup(' class="num"') if i in numeric else "", label)
        for i, label in enumerate(header)
    )
    table_attr = Markup(' id="{}"').format(table_id) if table_id else Markup("")
    return Markup(
        '<div class="asn-table-scroll" role="region" aria-label="{caption}" tabindex="0">'
        '<table class="asn-table{stack}"{attr} data-quarto-disable-processing="true">'
        "<caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    ).format(
        caption=caption,
        stack=Markup(" asn-stack") if stack else "",
        attr=table_attr,
        head=head,
        body=Markup("\n").join(body_rows),
    )


def html_table(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    caption: str,
    table_id: str | None = None,
    numeric: Sequence[int] = (),
    row_attrs: Sequence[dict[str, str]] | None = None,
    stack: bool | None = None,
) -> Markup:
    """An accessible table (caption, column headers) in a scrolling wrapper; every cell is escaped
    unless it is already `Markup`. `numeric`: indexes of right-aligned columns. `stack` (default: four
    columns or more): on a phone each row shows as a block of 'column: value' lines."""
    numeric = tuple(numeric)
    body_rows = [table_row(header, row, numeric, row_attrs[r] if row_attrs else None) for r, row in enumerate(rows)]
    return table_of_rows(header, body_rows, caption=caption, table_id=table_id, numeric=numeric, stack=stack)


def _cell(value: Any) -> Markup:
    if is_missing(value):
        return Markup("")
    return value if isinstance(value, Markup) else breakable(value)


def paragraph(text: str, cls: str | None = None) -> Markup:
    if cls:
        return Markup('<p class="{}">{}</p>').format(cls, text)
    return Markup("<p>{}</p>").format(text)


def bullet_list(items: Iterable[Any]) -> Markup:
    return Markup("<ul>{}</ul>").format(Markup("").join(Markup("<li>{}</li>").format(i) for i in items))


def note(text: str) -> Markup:
    return Markup('<p class="asn-note">{}</p>').format(text)
