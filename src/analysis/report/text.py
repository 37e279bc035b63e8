"""Every visible label of the report, in Bahasa Indonesia or English (resources/report_strings.yaml),
and numbers written the way each language writes them.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from markupsafe import Markup, escape

from analysis import wording
from analysis.wording import LANGUAGES


class ReportError(ValueError):
    """A report that cannot be built from its parameters (e.g. an unknown language)."""


# --------------------------------------------------------------------------------------------
# Strings
# --------------------------------------------------------------------------------------------


def strings(lang: str) -> dict[str, str]:
    """Every visible label of the report in one language."""
    return wording.strings(check_language(lang))


def string_pairs() -> dict[str, dict[str, str]]:
    """The labels with both languages side by side (for checks)."""
    return dict(wording.wording_resource()["strings"])


def dictionary_translations() -> dict[str, Any]:
    """Indonesian titles and column descriptions of the data dictionary (English: analysis.schemas)."""
    return dict(wording.wording_resource()["dictionary"])


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ReportError(f"lang {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang


class Text:
    """Labels of one language: `t("key", name=value)` fills the {placeholders}; the result is plain text."""

    def __init__(self, lang: str):
        self.lang = check_language(lang)
        self._strings = strings(lang)

    def __call__(self, key: str, **values: Any) -> str:
        template = self._strings[key]
        return template.format(**values) if values else template

    def markup(self, key: str, **values: Any) -> Markup:
        """The label as HTML: its text escaped, the values escaped unless they are `Markup` (links, code)."""
        return Markup(escape(self._strings[key])).format(**values)

    def get(self, key: str, default: str) -> str:
        return self._strings.get(key, default)


def is_missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def fmt_int(value: Any, lang: str) -> str:
    """A whole number with the language's thousands separator (15.000 / 15,000); '' when missing."""
    if is_missing(value):
        return ""
    text = f"{int(round(float(value))):,}"
    return text.replace(",", ".") if lang == "id" else text


def fmt_num(value: Any, lang: str, digits: int = 2) -> str:
    """A decimal number with the language's separators (0,85 / 0.85); '' when missing."""
    if is_missing(value):
        return ""
    text = f"{float(value):,.{digits}f}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_p(value: Any, lang: str) -> str:
    if is_missing(value):
        return ""
    return ("< " + fmt_num(0.001, lang, 3)) if float(value) < 0.001 else fmt_num(value, lang, 3)


def fmt_bytes(size: int, lang: str) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{fmt_num(size / 1024, lang, 1)} KB"
    return f"{fmt_num(size / 1024 / 1024, lang, 1)} MB"


def text_of(value: Any) -> str:
    """A data value as plain text ('' when missing)."""
    return "" if is_missing(value) else str(value)
