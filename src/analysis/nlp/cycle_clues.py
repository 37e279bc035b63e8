"""The cycle a story is about when it names an election with no year and no date fixes it: what the text says of
its time. The day of the vote ("Pilkada serentak pada 9 Desember nanti"), the pandemic (the one Pilkada held in it
was 2020's), and the latest law it cites (no story cites a law from after its time)."""

from __future__ import annotations

import re

from analysis.ingest.metadata import MONTHS
from analysis.reference.elections import election_calendar

DAY_AND_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I)
PANDEMIC = re.compile(r"\b(covid|pandemi|corona)", re.I)
PANDEMIC_YEARS = frozenset(range(2020, 2023))
# "Undang-Undang Nomor 20 Tahun 2023 tentang ASN", "PP No. 94 Tahun 2021": the law's year
LAW_CITED = re.compile(
    r"\b(?:undang-undang|uu|peraturan|pp|perpres|permenpan(?:-rb)?)\b[^.\n]{0,40}?\btahun\s+((?:19|20)\d\d)\b", re.I
)


def cycle_from_clues(text: str, election_type: str) -> int | None:
    """The one cycle of the type that the text's clues to its time allow; None when they allow several, or there
    are none."""
    days = {year: day for etype, year, day in election_calendar() if etype == election_type}
    allowed, clued = set(days), False
    named = {(int(day), MONTHS[month.lower()]) for day, month in DAY_AND_MONTH.findall(text)}
    on_a_named_day = {year for year, day in days.items() if (day.day, day.month) in named}
    if on_a_named_day:
        allowed, clued = on_a_named_day, True
    if PANDEMIC.search(text) and allowed & PANDEMIC_YEARS:
        allowed, clued = allowed & PANDEMIC_YEARS, True
    laws = [int(year) for year in LAW_CITED.findall(text)]
    if laws and {year for year in allowed if year >= max(laws)}:
        allowed, clued = {year for year in allowed if year >= max(laws)}, True
    return next(iter(allowed)) if clued and len(allowed) == 1 else None
