"""The edges of review: applying the reviews folder to a run's tables, and exporting the sheet from them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.review.apply import apply_decisions
from analysis.review.decisions import ReviewError, read_decisions
from analysis.review.sheet import review_sheet, sheet_bytes
from analysis.schemas import ARTICLES, EXTRACTED_OPTIONAL, FACTS, REVIEW_LOG, TEXTS
from analysis.tables import read_table, write_table


@dataclass(frozen=True)
class ReviewRun:
    """What applying the reviews did: the log (one row per decision) and the counts of its outcomes."""

    log: pd.DataFrame

    @property
    def counts(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.log["outcome"].value_counts().sort_index().items()}


def _texts(tables: Path, article_ids: set[str]) -> dict[str, str]:
    if not article_ids:
        return {}
    texts = read_table(tables, "texts", TEXTS)
    return dict(zip(texts["article_id"], texts["text"], strict=True))


def _article_ids_to_read(articles: pd.DataFrame, decisions) -> set[str]:
    adds = [d for d in decisions if d.decision == "add"]
    ok = articles[articles["status"] == "ok"]
    keys = {d.article_id for d in adds} | {d.source_file for d in adds} | {d.url for d in adds}
    hit = ok["article_id"].isin(keys) | ok["source_file"].isin(keys) | ok.get("url", ok["article_id"]).isin(keys)
    return set(ok.loc[hit, "article_id"])


def apply_reviews(tables: Path, reviews: Path | None) -> ReviewRun:
    """Apply the decisions of `reviews` (a folder of CSV files) to the facts of `tables`, rewriting the facts
    table when there are any, and write the review_log table. ReviewError lists every problem of the files."""
    decisions, problems = read_decisions(reviews)
    if problems:
        raise ReviewError("\n".join(problems))
    if decisions:
        articles = read_table(tables, "articles", ARTICLES)
        facts = read_table(tables, "facts", FACTS)
        texts = _texts(tables, _article_ids_to_read(articles, decisions))
        reviewed = apply_decisions(facts, articles, texts, decisions)
        spec = FACTS.for_columns([*EXTRACTED_OPTIONAL["facts"], "corrected"])
        write_table(reviewed.facts, tables, "facts", spec)
        log = reviewed.log
    else:
        log = pd.DataFrame(columns=REVIEW_LOG.columns)
    write_table(log, tables, "review_log", REVIEW_LOG)
    return ReviewRun(log)


def export_sheet(tables: Path, out: Path, include_reviewed: bool = False) -> int:
    """Write the review sheet of the facts in `tables` to `out`; returns its number of rows."""
    articles = read_table(tables, "articles", ARTICLES)
    facts = read_table(tables, "facts", FACTS)
    texts = read_table(tables, "texts", TEXTS)
    sheet = review_sheet(facts, articles, dict(zip(texts["article_id"], texts["text"], strict=True)), include_reviewed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(sheet_bytes(sheet))
    return len(sheet)
