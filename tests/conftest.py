"""Shared fixtures: paths of the project and of the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEED_CORPUS = PROJECT_ROOT / "data" / "raw" / "articles"
SEED_GOLD = PROJECT_ROOT / "data" / "raw" / "gold" / "seeds.jsonl"


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture(scope="session")
def seed_corpus() -> Path:
    return SEED_CORPUS


@pytest.fixture(scope="session")
def seed_gold() -> Path:
    return SEED_GOLD


@pytest.fixture(scope="session")
def nlp():
    """The extraction pipeline, built once per test session (building takes a few seconds)."""
    from analysis.nlp.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def analyse(nlp):
    """Analyse one text as an article: returns the ArticleResult (article row, facts, entities)."""
    from analysis.extract_documents import analyse_documents
    from analysis.ingest.document import Document, article_id_for

    def run(text: str, *, title: str = "", dateline: str = "", published: str = ""):
        document = Document(
            source_file="t.txt",
            text=text,
            article_id=article_id_for(text),
            title=title,
            dateline=dateline,
            published=published,
        )
        return next(analyse_documents([document], nlp))

    return run
