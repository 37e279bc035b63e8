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
