"""Stable fact ids: the same fact of the same article text keeps its id across runs, process counts and engines."""

from __future__ import annotations

import hashlib
import re

from analysis.schemas import FACT_ID_PATTERN

FACT_ID = re.compile(FACT_ID_PATTERN)


def fact_id(content_sha256: str, start_char: int, end_char: int, fact_type: str) -> str:
    """'f' and 16 hex characters of the SHA-256 of the article's content hash, the evidence span and the type.

    The leading letter keeps spreadsheets from reading an id of digits as a number (1.23E+15)."""
    key = f"{content_sha256}|{int(start_char)}|{int(end_char)}|{fact_type}"
    return "f" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
