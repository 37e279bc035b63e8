"""The review sheet: one row per fact to check, least certain first, with empty decision columns.

The file is CSV in UTF-8 with a byte-order mark (so that Excel reads it as UTF-8, and LibreOffice too), comma
separated, every cell that a spreadsheet would run as a formula (starting with = + - @) escaped with a leading
`'`. Filled in, it is a reviews file as it is (`analysis.review.decisions`).
"""

from __future__ import annotations

import csv
import io

import pandas as pd

from analysis.review.decisions import FACT_FIELDS, escape_cell
from analysis.schemas import SOURCE_STATUSES

ARTICLE_COLUMNS = ("title", "outlet", "url", "published")
DECISION_COLUMNS = ("decision", "reviewer", "date", "note")
SHEET_COLUMNS = (
    "fact_id",
    "confidence",
    "rule",
    "sentence_marked",
    *FACT_FIELDS,
    "region_name",
    "evidence",
    *ARTICLE_COLUMNS,
    "source_file",
    "article_id",
    *DECISION_COLUMNS,
)
MARK = ("[[", "]]")


def marked_sentence(sentence: str, text: str | None, start: int, end: int) -> str:
    """The sentence with the figure's evidence span between [[ and ]]."""
    if text:
        at = text.find(sentence, max(0, end - len(sentence)), start + len(sentence))  # a sentence holding the span
        if at >= 0:
            local_start, local_end = start - at, end - at
            return sentence[:local_start] + MARK[0] + sentence[local_start:local_end] + MARK[1] + sentence[local_end:]
    return sentence


def _plain(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def review_sheet(
    facts: pd.DataFrame, articles: pd.DataFrame, texts: dict[str, str], include_reviewed: bool = False
) -> pd.DataFrame:
    """The sheet's rows (all text): the unreviewed facts (all with `include_reviewed`), least certain first
    (no confidence first), then in the facts' order."""
    if not include_reviewed and "review" in facts.columns:
        facts = facts[facts["review"].fillna("unreviewed") == "unreviewed"]
    ok = articles[articles["status"].isin(SOURCE_STATUSES)].drop_duplicates("article_id").set_index("article_id")
    rows = []
    for fact in facts.to_dict("records"):
        article = ok.loc[fact["article_id"]] if fact["article_id"] in ok.index else {}
        text = texts.get(fact["article_id"])
        start, end = int(fact["start_char"]), int(fact["end_char"])
        row = {column: _plain(fact.get(column)) for column in SHEET_COLUMNS if column in fact}
        row |= {column: _plain(article.get(column)) for column in ARTICLE_COLUMNS}
        row["sentence_marked"] = marked_sentence(fact["sentence"], text, start, end)
        row["evidence"] = text[start:end] if text else ""
        rows.append(row)
    sheet = pd.DataFrame(rows, columns=list(SHEET_COLUMNS), dtype=object).fillna("")
    certainty = pd.to_numeric(sheet["confidence"], errors="coerce").fillna(-1.0)
    return sheet.iloc[certainty.reset_index(drop=True).argsort(kind="stable")].reset_index(drop=True)


def sheet_bytes(sheet: pd.DataFrame) -> bytes:
    """The sheet as the file's bytes: UTF-8 with BOM, CRLF rows, formula-like cells escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(sheet.columns)
    for record in sheet.itertuples(index=False):
        writer.writerow([escape_cell(str(cell)) for cell in record])
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")
