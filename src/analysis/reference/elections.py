"""Indonesia's election days (`resources/election_calendar.csv`): which cycle a date or a year belongs to."""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from importlib import resources

# How long before and after its day a story is about an election: a Pemilu's stages (parties, candidacies) start
# more than a year before it, a Pilkada's some eleven months before; reports of violations go on for months after.
BEFORE_ELECTION = {"pemilu": dt.timedelta(days=420), "pilkada": dt.timedelta(days=330)}
AFTER_ELECTION = dt.timedelta(days=120)
# The one-word names of a region's election ("Pilwali", "Pilwako": the press's other short names of a mayor's and a
# regent's election)
REGIONAL_ELECTION_NAMES = ("pilkada", "pilgub", "pilbup", "pilbub", "pilwalkot", "pilwakot", "pilwako", "pilwali")
# The candidates for a region's offices: they name a Pilkada
REGIONAL_CANDIDATES = r"calon (?:wakil )?(?:bupati|gubernur|wali ?kota|kepala daerah)|cabup|cagub|cawalkot"
# The candidates for a legislature: they name a Pemilu ("ASN yang hendak menjadi calon legislatif wajib mundur")
LEGISLATIVE_CANDIDATES = r"calon (?:anggota )?legislatif|calon anggota (?:dpr|dprd|dpd)|caleg|bacaleg"
# Words that name an election by its type, as the calendar's types. The bodies' names ("Badan Pengawas Pemilu",
# "Komisi Pemilihan Umum") name no election: they serve the Pilkada too.
ELECTION_WORDS = {
    "pilkada": re.compile(
        rf"\b({'|'.join(REGIONAL_ELECTION_NAMES)}|pemilihan kepala daerah|pemilihan gubernur|{REGIONAL_CANDIDATES})\b"
    ),
    "pemilu": re.compile(
        r"\b(?<!pengawas )(?<!komisi )(pemilu|pileg|pilcaleg|pilpres|pemilihan umum|pemilihan legislatif"
        rf"|pemilihan presiden|{LEGISLATIVE_CANDIDATES})\b"
    ),
}


@lru_cache(maxsize=1)
def election_calendar() -> list[tuple[str, int, dt.date]]:
    """(election type, year, election day) of every election the project knows."""
    path = resources.files("analysis.resources") / "election_calendar.csv"
    with path.open("r", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [(r["election_type"], int(r["election_year"]), dt.date.fromisoformat(r["election_date"])) for r in rows]


def election_types_named(text: str) -> set[str]:
    """The election types a text names ("pilkada", "pemilu")."""
    lower = text.lower()
    return {etype for etype, words in ELECTION_WORDS.items() if words.search(lower)}


def years_around_elections(election_types: set[str]) -> dict[int, list[tuple[dt.date, dt.date]]]:
    """year -> the windows of that year's days in which a story may be about an election of these types."""
    windows: dict[int, list[tuple[dt.date, dt.date]]] = {}
    for etype, _, day in election_calendar():
        if etype in election_types:
            start, end = day - BEFORE_ELECTION[etype], day + AFTER_ELECTION
            for year in range(start.year, end.year + 1):
                windows.setdefault(year, []).append((start, end))
    return windows
