"""The project's visible wording, resources/report_strings.yaml, in Bahasa Indonesia (id) and English (en).

One reader for the labels of the report and the model's plain-language sentences; it sits below both, so
neither imports the other for its words.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

LANGUAGES = ("id", "en")


@lru_cache(maxsize=1)
def wording_resource() -> dict[str, Any]:
    """The whole file: `strings` (key -> {id, en}) and `dictionary` (Indonesian data-dictionary text)."""
    text = resources.files("analysis").joinpath("resources/report_strings.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=len(LANGUAGES))
def _strings(lang: str) -> dict[str, str]:
    return {key: pair[lang] for key, pair in wording_resource()["strings"].items()}


def strings(lang: str) -> dict[str, str]:
    """Every label in one language (a fresh dict: callers may keep or change it)."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang {lang!r} is not one of {', '.join(LANGUAGES)}")
    return dict(_strings(lang))
