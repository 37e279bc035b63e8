"""HTML fragments built with markupsafe: whatever is not already `Markup` is escaped on the way in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from markupsafe import Markup

from analysis.report.text import is_missing, text_of


def safe_href(url: Any) -> str | None:
    """The URL if it is an absolute http(s) address (the only links made from data), else None."""
    text = text_of(url).strip()
    if re.match(r"^https?://[^\s<>\"']+$", text, flags=re.IGNORECASE):
        return text
    return None


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
    numeric_set = set(numeric)
    stack = len(header) >= 4 if stack is None else stack
    head = Markup("").join(
        Markup('<th scope="col"{}>{}</th>').format(Markup(' class="num"') if i in numeric_set else "", label)
        for i, label in enumerate(header)
    )
    body_rows = []
    for r, row in enumerate(rows):
        attrs = Markup("").join(
            Markup(' {}="{}"').format(Markup(k), v) for k, v in (row_attrs[r] if row_attrs else {}).items()
        )
        cells = Markup("").join(
            Markup('<td data-label="{}"{}>{}</td>').format(
                header[i], Markup(' class="num"') if i in numeric_set else "", "" if is_missing(value) else value
            )
            for i, value in enumerate(row)
        )
        body_rows.append(Markup("<tr{}>{}</tr>").format(attrs, cells))
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


def paragraph(text: str, cls: str | None = None) -> Markup:
    if cls:
        return Markup('<p class="{}">{}</p>').format(cls, text)
    return Markup("<p>{}</p>").format(text)


def bullet_list(items: Iterable[Any]) -> Markup:
    return Markup("<ul>{}</ul>").format(Markup("").join(Markup("<li>{}</li>").format(i) for i in items))


def note(text: str) -> Markup:
    return Markup('<p class="asn-note">{}</p>').format(text)
