"""The institutions named in news on ASN neutrality: the ways each is written (`resources/institutions.csv`)."""

from __future__ import annotations

import csv
from importlib import resources


def institution_forms() -> list[tuple[str, str]]:
    """(form, acronym) pairs from resources/institutions.csv; each acronym is a form of itself."""
    path = resources.files("analysis.resources") / "institutions.csv"
    with path.open("r", encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    pairs = {(r["form"].strip(), r["acronym"].strip()) for r in rows}
    pairs |= {(r["acronym"].strip(), r["acronym"].strip()) for r in rows}
    return sorted(pairs)
