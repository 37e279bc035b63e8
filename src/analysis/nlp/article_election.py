"""The article's election: which type (Pilkada, Pemilu, Pileg, Pilpres) and which cycle it is about.

Evidence order: the elections named (weighted by where and how: title, "Pilkada ini", a past one recalled, a
law's or a body's name), the offices the candidates seek, the publication date with the election calendar, and
last what the text says of its time (`cycle_from_clues`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from analysis.ingest.metadata import LAW_YEAR, MONTHS, YEAR
from analysis.nlp.doc_data import doc_text, ents_labelled, get_norm, lower_texts, sentence_bounds
from analysis.reference.elections import REGIONAL_CANDIDATES, election_calendar


def _publication_day(published: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


def held_years(election_type: str) -> set[int]:
    """The years in which an election of that type was held."""
    return {year for etype, year, _ in election_calendar() if etype == election_type}


# The calendar's answers depend on the date alone, and a corpus has few dates: each worked out once
CURRENT_AFTER_DAYS = 90  # an election this recent is still the current one (counting, disputes, sanctions)
# An election further ahead than its stages (by law they open 20 months before the vote) is not yet what a story is
# about: the last one held is
UPCOMING_REACH_DAYS = 610


@lru_cache(maxsize=4096)
def year_from_calendar(election_type: str, published: str) -> int | None:
    """The cycle a dated article most likely concerns: the election of that type under way or whose stages have
    begun; else the last one held (a story in 2021 on "Pilkada" is on 2020's, one in mid-2024 on "Pemilu" on
    2024's). Before the first simultaneous Pilkada (2015) a Pilkada was held somewhere every year: the story's."""
    day = _publication_day(published)
    if day is None:
        return None
    dates = sorted((date, year) for etype, year, date in election_calendar() if etype == election_type)
    if election_type == "pilkada" and dates and day < dates[0][0] - dt.timedelta(days=UPCOMING_REACH_DAYS):
        return day.year
    current = day - dt.timedelta(days=CURRENT_AFTER_DAYS)
    upcoming = next((year for date, year in dates if date >= current), None)
    begun = any(current <= date <= day + dt.timedelta(days=UPCOMING_REACH_DAYS) for date, _ in dates)
    held = [year for date, year in dates if date <= day]
    return upcoming if begun or not held else held[-1]


SEASON_BEFORE_DAYS, SEASON_AFTER_DAYS = 150, 30  # the campaign and the counting around an election day


@lru_cache(maxsize=4096)
def election_in_season(published: str) -> tuple[str, int] | None:
    """The election under way when the article was published (its day within five months ahead or a month
    past), when only one type of election is."""
    day = _publication_day(published)
    if day is None:
        return None
    near = {
        (etype, year)
        for etype, year, date in election_calendar()
        if etype in ("pilkada", "pemilu")
        and day - dt.timedelta(days=SEASON_AFTER_DAYS) <= date <= day + dt.timedelta(days=SEASON_BEFORE_DAYS)
    }
    return near.pop() if len(near) == 1 else None


PAST_MARKERS = {"lalu", "sebelumnya", "kemarin", "silam", "terakhir", "baru-baru"}


def cited_as_past(doc: Doc, ent: Span) -> bool:
    """ "Pemilu lalu", "Pemilu baru-baru ini", "Pilkada yang lalu": an election already held."""
    lower = lower_texts(doc)
    after = lower[ent.end : ent.end + 2]
    return bool(after) and (after[0] in PAST_MARKERS or after == ["yang", "lalu"])


def last_held_year(election_type: str, published: str) -> int | None:
    """The year of the last election of that type held by the publication date."""
    day = _publication_day(published)
    if day is None:
        return None
    held = [(date, year) for etype, year, date in election_calendar() if etype == election_type and date <= day]
    return max(held)[1] if held else None


PAST_BEFORE = {"saat", "pada", "seperti", "sejak", "dibandingkan", "dibanding"}
# "... lebih rendah dibanding Pemilu 2019", "Ia membandingkan, pada Pilkada 2018 ...", "Berkaca dari Pilkada
# 2018": an election named to compare with (a word of comparison among the four before it) is not the
# article's own
COMPARED_BEFORE = {"dibandingkan", "dibanding", "ketimbang", "daripada", "membandingkan", "berkaca", "perbandingan"}
COMPARISON_REACH = 4
# The election as a legal category, not an event: "pelanggaran pemilu lainnya", "UU tentang Pemilihan Umum",
# "pengawas Pemilu", "tindak pidana pemilu" (said of a Pilkada too)
YEAR_WORD = re.compile(r"(19|20)\d\d$")
GENERIC_BEFORE = {
    "pelanggaran",
    "tentang",
    "pengawas",
    "penyelenggara",
    "pidana",
    "uu",
    "sengketa",
    "peserta",
    "kerawanan",
    "kepatuhan",
    "pengawasan",
    "perkara",
    "integritas",
    "kualitas",
}
# "pemilu yang jujur dan adil", "pemilihan yang berintegritas": the election as an ideal, not an event
IDEAL_AFTER = {"jujur", "adil", "bersih", "damai", "berintegritas", "berkualitas", "demokratis", "luber", "kondusif"}


# The offices the candidates run for say which election a story is about when it names none outside the
# election body's own name ("Badan Pengawas Pemilihan Umum" is said of a Pilkada too)
# (and the Pilkada law's own words: "pasangan calon" runs for a region, "tindak pidana pemilihan" is its crime)
REGIONAL_OFFICES = re.compile(
    rf"\b(?:(?:bakal |pasangan )?(?:{REGIONAL_CANDIDATES})|paslon|cawabup|cawagub|kepala daerah"
    r"|pasangan calon(?! (?:presiden|capres))|pidana pemilihan(?! umum))\b"
)
NATIONAL_OFFICES = re.compile(
    r"\b(?:caleg|bacaleg|calon (?:anggota )?legislatif|calon anggota (?:dpr|dpd)\w*|(?:bakal )?calon presiden"
    r"|capres|cawapres|partai politik peserta)\b"
)


def election_from_offices(lower_text: str) -> str:
    """ "pilkada" or "pemilu" when the offices named point one way only, else "unknown"."""
    regional, national = len(REGIONAL_OFFICES.findall(lower_text)), len(NATIONAL_OFFICES.findall(lower_text))
    if regional > national:
        return "pilkada"
    if national > regional:
        return "pemilu"
    return "unknown"


# "Dulu (2014) ...", "dahulu, pada 2014": the year of back then, set against the story's own time
YEAR_OF_BACK_THEN = re.compile(r"\b(?:dulu|dahulu)\s*[(,]?\s*(?:pada\s+|tahun\s+)?(?:19|20)\d\d\b", re.I)


def _held_year_named(doc: Doc, etype: str) -> int | None:
    """The one year the text names (laws' and other elections' years aside) in which an election of this type
    was held; failing that, the one election of the type held the year after a year it names (a story of the
    run-up: "2016" for the Pilkada 2017) or the year before (its aftermath: "2025" for the Pemilu 2024)."""
    named = {int(y) for y in YEAR.findall(YEAR_OF_BACK_THEN.sub(" ", LAW_YEAR.sub(" ", doc_text(doc))))}
    # the years of other elections named are theirs: "Pada Pemilu 2019 lalu" gives no Pilkada 2020
    for ent in ents_labelled(doc, "ELECTION"):
        other, _, year = get_norm(doc, ent).partition("-")
        if year and other != etype:
            named.discard(int(year))
    held = held_years(etype)
    for candidates in (named & held, {y + 1 for y in named} & held, {y - 1 for y in named} & held):
        if candidates:
            return candidates.pop() if len(candidates) == 1 else None
    return None


def election_mention_weight(doc: Doc, ent: Span, title_end: int, generic: bool, past: bool) -> float:
    """How much one mention says about the article's own election (`generic`: a body's name, a legal category or
    a law's words, `is_generic_mention` or `cites_a_law`, which the caller asks once for both uses; `past`: whether
    it is `recalled`, which the caller asks once for every use).

    A mention in the title counts double; "Pilkada ini" (this one) counts double; a past election cited
    for comparison ("saat Pemilu 2024 lalu", "dibanding Pemilu 2019") and a generic one count a quarter.
    """
    weight = 2.0 if ent.start_char < title_end else 1.0
    lower = lower_texts(doc)
    if lower[ent.end : ent.end + 1] == ["ini"] or lower[ent.end : ent.end + 2] == ["kali", "ini"]:
        weight *= 2
    elif past or generic:
        weight *= 0.25
    return weight


def recalled(doc: Doc, ent: Span) -> bool:
    """A past election cited ("Pemilu lalu", "saat Pemilu 2024 lalu") or one named to compare with ("dibanding
    Pilkada serentak 2020")."""
    lower = lower_texts(doc)
    before = lower[ent.start - 1] if ent.start > 0 else ""
    return (
        cited_as_past(doc, ent)
        or before in PAST_BEFORE
        and ent.end < len(lower)
        and lower[ent.end] in PAST_MARKERS
        or not COMPARED_BEFORE.isdisjoint(lower[max(0, ent.start - COMPARISON_REACH) : ent.start])
    )


# A sentence that quotes the law ("sesuai Pasal 2 UU Nomor 5", "Peraturan Pemerintah Nomor 94 Tahun 2021") names
# the election as what the rule covers, not as the article's event
LAW_WORDS = {"pasal", "undang-undang", "uu", "pp", "peraturan", "permenpan", "permendagri", "perbawaslu"}


def cites_a_law(doc: Doc, ent: Span) -> bool:
    start, end = sentence_bounds(doc, ent.start)
    return not LAW_WORDS.isdisjoint(lower_texts(doc)[start:end])


def is_generic_mention(doc: Doc, ent: Span) -> bool:
    """The election as a body's name or a legal category ("Pengawas Pemilihan Umum", "pelanggaran pemilu"),
    not an event: no year of its own and one of GENERIC_BEFORE right before it."""
    lower = lower_texts(doc)
    if YEAR_WORD.match(lower[ent.end - 1]):
        return False
    before = lower[ent.start - 1] if ent.start > 0 else ""
    return (
        before in GENERIC_BEFORE
        or lower[ent.end : ent.end + 1] == ["yang"]
        and (not IDEAL_AFTER.isdisjoint(lower[ent.end + 1 : ent.end + 3]))
    )


MONTH_YEAR_REACH = 10  # tokens after an election's name where the month it was held may be given


def _month_year_after(doc: Doc, ent: Span, etype: str) -> str:
    """'Pilkada Gubernur dan Wakil Gubernur Sulawesi Utara, Desember 2020 lalu': the year given with the month
    after the election's name, in its sentence, when such an election was held that year; else ""."""
    lower = lower_texts(doc)
    end = min(sentence_bounds(doc, ent.start)[1], ent.end + MONTH_YEAR_REACH)
    for i in range(ent.end, end - 1):
        if lower[i] in MONTHS and YEAR_WORD.fullmatch(lower[i + 1]) and int(lower[i + 1]) in held_years(etype):
            return lower[i + 1]
    return ""


def _weight_and_generic(doc: Doc, ent: Span, title_end: int, past: bool) -> tuple[float, bool]:
    """A mention's weight and whether it is generic (a body's name, a legal category or a law's words): the test
    asked once for both."""
    generic = is_generic_mention(doc, ent) or cites_a_law(doc, ent)
    return election_mention_weight(doc, ent, title_end, generic, past), generic


@dataclass
class MentionTally:
    """What the elections named say, weighed by `election_mention_weight`."""

    weights: Counter[str] = field(default_factory=Counter)
    years: dict[str, Counter[float]] = field(default_factory=lambda: defaultdict(Counter))
    first_seen: dict[object, int] = field(default_factory=dict)  # type or (type, year) -> first mention: breaks ties
    only_generic: bool = True  # every mention a body's name, a legal category or a law's words ("Penyelenggara Pemilu")
    named_now: set[str] = field(default_factory=set)  # the types named other than as a past election
    dated_now: set[str] = field(default_factory=set)  # the types named with a year other than as a past election


def tally_mentions(doc: Doc, title_end: int) -> MentionTally:
    tally = MentionTally()
    mentions = ents_labelled(doc, "ELECTION")
    # an election with its year once recalled or compared with is the past one wherever it is named again
    # ("... dibanding Pilkada serentak 2020. ... sementara pada Pilkada serentak 2020 jumlahnya ...")
    # (each mention's `recalled` asked once: the past elections, the weights and the past named again ask it)
    recalled_at = {ent.start for ent in mentions if recalled(doc, ent)}
    past = {norm for ent in mentions if "-" in (norm := get_norm(doc, ent)) and ent.start in recalled_at}
    for ent in mentions:
        norm = get_norm(doc, ent)
        etype, _, year = norm.partition("-")
        year = year or _month_year_after(doc, ent, etype)
        weight, generic = _weight_and_generic(doc, ent, title_end, ent.start in recalled_at)
        if norm in past:
            weight *= 1 if ent.start in recalled_at else 0.25
        else:
            tally.named_now.add(etype)
            if year:
                tally.dated_now.add(etype)
        tally.only_generic = tally.only_generic and generic
        tally.weights[etype] += weight
        tally.first_seen.setdefault(etype, ent.start)
        if year:
            tally.years[etype][int(year)] += weight
            tally.first_seen.setdefault((etype, int(year)), ent.start)
    return tally


def article_election(doc: Doc, title_end: int, published: str) -> tuple[str, int | None]:
    tally = tally_mentions(doc, title_end)
    weights, years, first_seen = tally.weights, tally.years, tally.first_seen
    if not weights:
        etype = election_from_offices(doc_text(doc).lower())
        if etype == "unknown":
            return election_in_season(published) or (etype, None)  # none named: the one then under way
        return etype, year_from_calendar(etype, published) or _held_year_named(doc, etype) or cycle_from_clues(
            doc_text(doc), etype
        )
    # Pileg and Pilpres are parts of the Pemilu: call it Pemilu unless one part clearly dominates.
    if weights["pemilu"]:
        for part in ("pileg", "pilpres"):
            if weights[part] > weights["pemilu"]:
                break
        else:
            for part in ("pileg", "pilpres"):
                weights["pemilu"] += weights.pop(part, 0)
                years["pemilu"].update(years.pop(part, Counter()))
    etype = max(sorted(weights), key=lambda t: (weights[t], -first_seen.get(t, len(doc))))
    if etype == "pemilu" and not years["pemilu"]:
        offices = election_from_offices(doc_text(doc).lower())
        if offices == "pilkada" or "pilkada" in tally.named_now and offices == "unknown":
            # "pemilu" said loosely, with no year, of a race for bupati or governor, or beside a regional
            # election named ("Pemilihan Gubernur", "Pilkada") where no national office is
            etype = "pilkada"
    in_season = election_in_season(published)
    if (
        (sum(weights.values()) <= 1 and etype == "pemilu" or tally.only_generic)
        and not any(years.values())
        and in_season is not None
        and in_season[0] != etype
    ):
        # "pemilu" named once in passing, or only in bodies' names ("netral dalam pemilu", "Penyelenggara Pemilu"),
        # with no year: the election then under way ("Pilkada", "Pileg", "Pilpres" are never said loosely)
        return in_season
    if years[etype] and etype in tally.named_now and etype not in tally.dated_now:
        # the type's years are all past ones compared with or recalled ("suasana Pilkada tahun ini lebih kondusif
        # dibanding Pilkada tahun 2018"): the one named now is the calendar's, when the date gives one
        calendar = year_from_calendar(etype, published)
        if calendar is not None and calendar not in years[etype]:
            years[etype] = Counter({calendar: 1.0})
    if years[etype]:
        # a Pileg or Pilpres year merged into the Pemilu's has no first mention of its own: the part's
        year = max(
            sorted(years[etype]),
            key=lambda y: (
                years[etype][y],
                -min((first_seen.get((t, y), len(doc)) for t in (etype, "pileg", "pilpres")), default=len(doc)),
            ),
        )
    else:
        # The type is named without a year: the calendar and the publication date decide; failing those,
        # a year given with another type of election in the same article (Pilkada and Pemilu 2024 share it).
        year = year_from_calendar(etype, published)
        if year is None:
            # only a year in which such an election was held: no "Pilkada 2019" from a cited Pemilu 2019
            held = held_years(etype)
            pooled: Counter[int] = Counter()
            for counter in years.values():
                pooled.update({y: w for y, w in counter.items() if y in held or not held})
            year = max(sorted(pooled), key=lambda y: pooled[y]) if pooled else _held_year_named(doc, etype)
            year = year or cycle_from_clues(doc_text(doc), etype)
    if (
        in_season is not None
        and in_season[0] != etype
        and weights[in_season[0]]
        and not _still_on(etype, year, published)
    ):
        return in_season  # "Pemilu 2024" recalled in a story of the Pilkada then under way, which it names too
    if in_season is not None and _named_ahead_of(in_season, etype, year, doc, weights):
        return in_season
    return etype, year


def _named_ahead_of(in_season: tuple[str, int], etype: str, year: int | None, doc: Doc, weights: Counter[str]) -> bool:
    """'... Pemilihan Legislatif tahun 2019' named ahead in a story of the Pilkada 2018 then under way, which
    the story names too, or its offices ("calon Bupati"): the later election of another type is not the story's."""
    return (
        in_season[0] != etype
        and year is not None
        and year > in_season[1]
        and bool(weights[in_season[0]] or election_from_offices(doc_text(doc).lower()) == in_season[0])
    )


def _still_on(election_type: str, year: int | None, published: str) -> bool:
    """Whether that election's day is not past by more than the counting after it, at publication."""
    day = _publication_day(published)
    if day is None:
        return True
    return any(
        etype == election_type and held == year and date >= day - dt.timedelta(days=SEASON_AFTER_DAYS)
        for etype, held, date in election_calendar()
    )


# What dates a story to a cycle when it names an election with no year and no date fixes it: the day of the vote
# ("coblosan Pilkada 9 Desember"), the pandemic (the one Pilkada held in it was 2020's), and the latest
# law it cites (no story cites a law from after its time)
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
