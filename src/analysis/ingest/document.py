"""The unit that ingest hands to extraction: one input document and what is known of it."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass


def content_sha256(cleaned_text: str) -> str:
    """SHA-256 (hex) of the cleaned text (UTF-8): whoever holds the same text can check it is the same."""
    return hashlib.sha256(cleaned_text.encode("utf-8")).hexdigest()


def article_id_for(cleaned_text: str) -> str:
    """Stable article id: first 16 hex characters of the SHA-256 of the cleaned text (UTF-8)."""
    return content_sha256(cleaned_text)[:16]


@dataclass
class Document:
    """One input document (a file, or one record of a JSONL/CSV file).

    `status` is `ok`, `duplicate` or `unreadable`; `skip_reason` is a short code saying why when not `ok`
    (`empty`, `binary`, `encoding`, `too_large`, `parse_error`, `duplicate`...) and `skip_detail` the
    particulars (which line, which earlier file).
    `text` is the cleaned article text that every character offset downstream refers to;
    it is empty for unreadable documents. Provenance: `url`, `retrieved` (access date), `licence` and
    `publish_texts` (the licence allows republishing the text) come from the export or the sources manifest.
    """

    source_file: str
    status: str = "ok"
    skip_reason: str = ""
    skip_detail: str = ""
    article_id: str = ""
    text: str = ""
    title: str = ""
    outlet: str = ""
    published: str = ""  # ISO YYYY-MM-DD or ""
    dateline: str = ""  # upper-case place, or ""
    url: str = ""
    retrieved: str = ""  # ISO YYYY-MM-DD or ""
    licence: str = ""
    publish_texts: bool = False
    sha256: str = ""  # of the cleaned text; article_id is its first 16 characters

    def to_dict(self) -> dict:
        return asdict(self)
