"""The edges of review: applying the reviews folder and the cited figures to a run's tables, and exporting the
sheet from them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.review.apply import apply_decisions, with_region
from analysis.review.cited import CitedFigure, cited_tables, read_cited
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


def add_cited(tables: Path, cited: Path | None) -> ReviewRun:
    """Add the figures of `cited` (a folder of cited-figures files) to the articles and facts of `tables`, and
    their rows to the review_log table. A figure of an article the corpus holds (same URL) is an added fact of
    that article, found by its quotation; the others come with their article, status `cited`."""
    figures, problems = read_cited(cited)
    if problems:
        raise ReviewError("\n".join(problems))
    log = read_table(tables, "review_log", REVIEW_LOG) if (tables / "review_log.csv").is_file() else None
    if not figures:
        return ReviewRun(log if log is not None else pd.DataFrame(columns=REVIEW_LOG.columns))
    articles = read_table(tables, "articles", ARTICLES)
    facts = read_table(tables, "facts", FACTS)
    corpus_urls = set(articles.loc[articles["status"] == "ok", "url"].dropna()) if "url" in articles else set()
    in_corpus = [f.decision for f in figures if f.decision.url in corpus_urls]
    outside = [f for f in figures if f.decision.url not in corpus_urls]
    logs = [log] if log is not None and len(log) else []
    if in_corpus:
        reviewed = apply_decisions(
            facts, articles, _texts(tables, _article_ids_to_read(articles, in_corpus)), in_corpus
        )
        facts, logs = reviewed.facts, [*logs, reviewed.log]
    cited_articles, cited_facts, ids = cited_tables(outside, with_region)
    new_articles = cited_articles[~cited_articles["article_id"].isin(set(articles["article_id"].dropna()))]
    articles = pd.concat([articles, new_articles], ignore_index=True)
    facts = pd.concat([facts, cited_facts], ignore_index=True)
    logs.append(_cited_log(outside, ids))
    write_table(articles, tables, "articles", ARTICLES.for_columns(articles.columns))
    write_table(facts, tables, "facts", FACTS.for_columns(facts.columns))
    log = pd.concat(logs, ignore_index=True)
    write_table(log, tables, "review_log", REVIEW_LOG)
    return ReviewRun(log)


def _cited_log(figures: list[CitedFigure], ids: list[str]) -> pd.DataFrame:
    """The review_log rows of the figures added with their article (status `cited`)."""
    records = [
        {
            "file": f.decision.file,
            "row": f.decision.row,
            "fact_id": fid,
            "decision": "add",
            "reviewer": f.decision.reviewer,
            "date": f.decision.date or None,
            "outcome": "applied",
            "detail": "cited: the article is not in the corpus",
        }
        for f, fid in zip(figures, ids, strict=True)
    ]
    return pd.DataFrame(records, columns=list(REVIEW_LOG.columns))


def export_sheet(tables: Path, out: Path, include_reviewed: bool = False) -> int:
    """Write the review sheet of the facts in `tables` to `out`; returns its number of rows."""
    articles = read_table(tables, "articles", ARTICLES)
    facts = read_table(tables, "facts", FACTS)
    texts = read_table(tables, "texts", TEXTS)
    sheet = review_sheet(facts, articles, dict(zip(texts["article_id"], texts["text"], strict=True)), include_reviewed)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(sheet_bytes(sheet))
    return len(sheet)
