"""Article metadata read from the text: dateline place, outlet and publication date.

Datelines follow the conventions of Indonesian newsrooms: `SERPONG -`, `Serang (ANTARA) -`,
`PANDEGLANG, REDAKSI24.COM –`, `TRIBUNJOGJA.COM, BANTUL -`, `Jakarta, CNN Indonesia --`,
`KOMPAS.com -`. Outlets are named as the `resources/outlets.csv` table names them when it knows the
site, otherwise as found.

Publication dates (found by `ingest.published`, with the expressions defined here) are parsed with dateparser
(Indonesian, day-month-year) from, in this order: a date line in the page header (`Minggu, 27 Oktober 2024 |
18:23 WIB`); a dateline with a date (`Serang, 2 Desember 2024 -`), or with a day and month whose weekday the story
tells (`Namlea, 2/4 (Antara) -`); a wire's time stamp (`(T.KR-HMS/C/M052) 28-09-2016 17:20:45`); the first
weekday-and-date in the text, the newsroom way of dating a report
(`Rabu (23/9/2020)`, `Selasa (9/1/24)`, `Senin, 26 Agustus 2024`);
a weekday-and-date without a year (`Minggu (27/10)`) when exactly one of the years the text mentions
puts that date on that weekday, failing that exactly one year next to them, and, in a text that names no
year, exactly one year around an election of the type it names (`resources/election_calendar.csv`).
Anything else is left empty: the year is never taken from the clock.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from analysis.reference.gazetteer import load_gazetteer

WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# the weekdays' first letters, looked ahead for before the alternatives are tried: the regex engine then skips most
# of a line's positions at once (half the time of the search, the same matches)
_WEEKDAY_INITIAL = rf"(?=[{''.join(sorted({day[0] for day in WEEKDAYS}))}])"
# "14 Oktober 2024", "14/10/2024", "Oktober 14, 2024" (the English order, with its comma), "2024-10-14"
_DATE = (
    rf"\d{{1,2}},?\s+(?:{_MONTH})\.?,?\s+\d{{4}}|\d{{1,2}}[/\-.]\d{{1,2}}[/\-.](?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?:{_MONTH})\.?\s+\d{{1,2}},\s+\d{{4}}|(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)"
)
HEADER_DATE = re.compile(rf"(?<![\w/])({_DATE})", re.IGNORECASE)
WEEKDAY_DATE = re.compile(
    # "Jumat sore, 11 Oktober 2024", "Senin malam (4/11)": the time of day may stand between; a comma typed twice
    # ("Selasa, , 19 Maret 2024") is one
    rf"\b{_WEEKDAY_INITIAL}({_WEEKDAY})\b(?:\s+(?:pagi|siang|sore|malam))?\s*(?:,?\s*\(\s*|(?:,\s*){{1,2}}|\s)(?:tanggal\s+)?"
    rf"(?P<date>{_DATE}|\d{{1,2}}/\d{{1,2}}(?![/\d])|\d{{1,2}}\s+(?:{_MONTH})\b\.?(?!\s+\d))",
    re.IGNORECASE,
)
# "papar Fahmi (9/6/2018)": a statement's date in brackets, no weekday
BRACKETED_DATE = re.compile(r"\(\s*(\d{1,2}/\d{1,2}/(?:19|20)\d\d)\s*\)")
# "saat ditemui di Waingapu, 3 Mei 2024.": the date after the place where a statement was made, ending its sentence
PLACED_DATE = re.compile(rf"\bdi\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*(\d{{1,2}}\s+(?i:{_MONTH})\s+\d{{4}})\s*[.\"”]")
_PLACE = r"[A-Z][A-Za-z'.\-]*(?:\s+[A-Z][A-Za-z'.\-]*){0,3}"  # a dateline's place: "Serang", "SERDANG BEDAGAI"
# "Serang, 2 Desember 2024 -" or a line "Makassar, 15 Januari 2024": the date the place filed the story
DATELINE_DATE = re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<date>{_DATE})\b", re.IGNORECASE)
# "Namlea, 2/4 (Antara) -": the news agency's dateline of day and month, its weekday and year told in the story
DAY_MONTH_DATELINE = re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})\s*\(")
# "SERDANG BEDAGAI, Senin (30/9) ...": a dateline's place and its comma, what follows it read apart
PLACE_AND_COMMA = re.compile(rf"^(?P<place>{_PLACE})\s*,\s*")
BARE_WEEKDAY = re.compile(rf"\b{_WEEKDAY_INITIAL}({_WEEKDAY})\b", re.IGNORECASE)
# A news wire's editors' codes and the time the story went out: "(T.KR-HMS/C/M052/M052) 28-09-2016 17:20:45"
EDITOR_STAMP = re.compile(r"\(\s*[A-Z][\w.\-/ ]{1,40}\)\s*(\d{2})-(\d{2})-(\d{4})\s+\d{2}:\d{2}(?::\d{2})?\s*$")
# A page header's line that is only a date and time: "Minggu, 27 Oktober 2024 | 18:23 WIB"
_DATE_LINE = re.compile(
    r"^\W{0,3}((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\s*,?\s*)?"
    # "12 Oktober 2024", "12/10/2024", and the English order of a page's chrome: "March 7, 2025"
    r"(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4})"
    r"(\s*[|,\-–]?\s*(pukul\s*)?\d{1,2}[:.]\d{2}(\s*(WIB|WITA|WIT))?)?"
    # and the reporter credited after it, on the RMOL sites' stamp: "RABU, 18 SEPTEMBER 2024 | 17:52 WIB | LAPORAN: A"
    r"(\s*\|\s*(laporan|penulis|reporter|editor)\s*:[^|]{1,60})?\W{0,3}$",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
# "UU Nomor 5 Tahun 2014", "PP No. 94 Tahun 2021", "Tahun 2014 tentang ASN", "Perbawaslu 8 tahun 2020",
# "undang-undang desa tahun 2014": the year of a law, which dates no story and names no election
_LAW = r"(?:uu|undang-undang|pp|perppu|perpres|perbawaslu|pkpu|perkpu|perda|perbup|perwali|permendagri|permenpan)"
LAW_YEAR = re.compile(
    r"\b(?:nomor|no\.?)\s*\d+\s*(?:tahun|th\.?|/)\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d\s+tentang\b"
    rf"|\b{_LAW}(?:-?rb)?\s+\d+\s*(?:tahun|/)\s*(?:19|20)\d\d\b"
    rf"|\b{_LAW}\s+[a-z]+\s+tahun\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
MIN_YEAR, MAX_YEAR = 1990, 2100

_CAPS_PLACE = r"[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}"
DOMAIN = r"[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,6}){1,2}"
_OUTLET_WORDS = r"[A-Za-z][A-Za-z0-9.]*(?:\s+[A-Z][A-Za-z0-9.]*){0,2}"
_DASH = r"\s*(?:-{1,2}|–|—)\s+"
DATELINES = (
    re.compile(rf"^(?P<outlet>{DOMAIN})\s*,\s*(?P<place>{_PLACE}){_DASH}"),
    # "KBRN, Kendari: ...", "Metrotvnews.com, Jakarta: ...": the outlet's call sign or domain, the place, a colon
    re.compile(rf"^(?P<outlet>{DOMAIN}|[A-Z]{{3,8}})\s*,\s*(?P<place>{_PLACE})\s*:\s+"),
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{DOMAIN}|{_OUTLET_WORDS}){_DASH}"),
    # "Serang (ANTARA) -", "Ternate, 16/5 (Antaranews Maluku) -", "Mataram, (Antara Mataram)-": the place (with day
    # and month), the outlet in brackets
    re.compile(
        rf"^(?P<place>{_PLACE})(?:\s*,\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?\s*,?\s*\((?P<outlet>[^()]{{2,40}})\){_DASH}"
    ),
    # "Jember, Senin (15/4/2019) -": place, weekday and date, no outlet
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?i:{_WEEKDAY})\s*\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\){_DASH}"),
    # "Serang, 2 Desember 2024 -": place and date, no outlet
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?i:{_DATE}){_DASH}"),
    # "JATIMPOST | NGAWI - ": the outlet's name or domain, a bar, the place in capitals
    # (the bar says it: the name before it is the site's, even in capitals, as no second place is written so)
    re.compile(rf"^(?P<site>{DOMAIN}|[A-Z][A-Za-z0-9.]{{2,20}})\s*\|\s*(?P<place>{_CAPS_PLACE}){_DASH}"),
    # "jpnn.com - JAKARTA - ": the domain, then the place in capitals
    re.compile(rf"^(?P<outlet>{DOMAIN}){_DASH}(?P<place>{_CAPS_PLACE}){_DASH}"),
    re.compile(rf"^(?P<outlet>{DOMAIN}){_DASH}"),
    re.compile(rf"^(?P<place>{_CAPS_PLACE}){_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE}){_DASH}"),  # "Selong -": only a place the gazetteer knows
)
# The datelines with a bracket ("Serang (ANTARA) -", "Jember, Senin (15/4/2019) -"): none matches a line without "("
_BRACKETED_DATELINES = frozenset(DATELINES[3:5])
# Every dateline's dash or colon has a space after it (_DASH, "KBRN, Kendari: ..."): a line with none holds no dateline
_DASH_OR_COLON_THEN_SPACE = re.compile(r"[-–—:]\s")
MIN_WORDS_AFTER_DATELINE = 5
# "Jakarta: Ketua Bawaslu ...", "SURABAYA : ...": a known place and a colon (Metrotvnews, Medcom). Only the first
# paragraph is read for it: further down, "Kabupaten A: 12 kasus ..." is a row of a list.
_PLACE_AND_COLON = re.compile(rf"^(?P<place>{_PLACE})\s*:\s+")


@dataclass(frozen=True)
class Dateline:
    place: str  # upper case, e.g. "SERPONG"; "" when the dateline names only the outlet
    outlet: str  # as written, e.g. "REDAKSI24.COM"; "" when none
    end: int  # offset in the line where the story text begins


@dataclass(frozen=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def known_outlets() -> tuple[Outlet, ...]:
    """The outlets table (`resources/outlets.csv`): display name, web domains, other written forms."""
    with resources.files("analysis.resources").joinpath("outlets.csv").open(encoding="utf-8") as handle:
        return tuple(
            Outlet(
                row["name"],
                tuple(filter(None, row["domains"].split(";"))),
                tuple(filter(None, row["aliases"].split(";"))),
            )
            for row in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def _outlet_index() -> dict[str, str]:
    index = {}
    for outlet in known_outlets():
        for form in (outlet.name, *outlet.domains, *outlet.aliases):
            index.setdefault(form.casefold(), outlet.name)
    return index


def _outlet_forms() -> set[str]:
    """The written forms the outlet pattern looks for: every domain and alias of the table."""
    return {f for o in known_outlets() for f in (*o.domains, *o.aliases)}


@lru_cache(maxsize=1)
def _outlet_pattern() -> re.Pattern:
    forms = sorted(_outlet_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, forms)) + r")(?![\w])", re.IGNORECASE)


# Characters that IGNORECASE matches with an ASCII letter but that str.lower() does not make that letter.
ASCII_FOLD = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_TOKEN = re.compile(r"[a-z0-9]+")


def fold_case(text: str) -> str:
    """`text` in lower case, every character that IGNORECASE matches with an ASCII letter made that letter."""
    if not text.isascii():
        for char, letter in ASCII_FOLD.items():
            if char in text:
                text = text.replace(char, letter)
    return text.lower()


@lru_cache(maxsize=1)
def _outlet_first_tokens() -> frozenset[str]:
    return frozenset(_TOKEN.match(form.lower()).group() for form in _outlet_forms())


def _may_name_an_outlet(line: str) -> bool:
    """False when the outlet pattern cannot match `line` (the pattern, 180 forms tried at every position,
    cost 25 us a line). A match is a form, in any case, with no letter, digit or "." before it and, when
    the form ends there, none after; so the form's first run of letters and digits (all the forms are
    ASCII and start with one) is a whole run of letters and digits of the case-folded line."""
    return not _outlet_first_tokens().isdisjoint(_TOKEN.findall(fold_case(line)))


def outlet_name(written: str) -> str:
    """The table's name for an outlet written as `written` (domain, alias), else `written` itself."""
    written = written.strip()
    key = written.casefold().removeprefix("www.")
    if key in _outlet_index():
        return _outlet_index()[key]
    parts = key.split(".")  # regional subdomains: jabar.antaranews.com
    for i in range(1, len(parts) - 1):
        name = _outlet_index().get(".".join(parts[i:]))
        if name:
            return name
    return written


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Upper-case names of provinces, kabupaten/kota (with their aliases) and kecamatan (the region gazetteer's)."""
    gazetteer = load_gazetteer()
    names = {r.bare.upper() for r in gazetteer.regions.values()} | {r.name.upper() for r in gazetteer.regions.values()}
    aliases = {f.text.upper() for f in gazetteer.forms}  # every written form: "Jakarta", "Tangsel", "Kota Solok"
    return frozenset(names | aliases | set(gazetteer.districts))


_DATE_IN_BRACKETS = re.compile(
    r"\d{1,2}/\d{1,2}|^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b", re.IGNORECASE
)


def _is_not_an_outlet(outlet: str) -> bool:
    """An all-capital word without a domain is a second place name (`SERANG, BANTEN -`); a bracketed day or
    date is when, not who (`AGAM (Minggu, 3/11/2024) -`)."""
    if _DATE_IN_BRACKETS.search(outlet):
        return True
    return outlet.isupper() and "." not in outlet and outlet.casefold() not in _outlet_index()


def is_date_line(line: str) -> bool:
    return bool(_DATE_LINE.search(line))


def find_dateline(line: str) -> Dateline | None:
    """The dateline opening a paragraph, or None."""
    # every dateline starts with an ASCII letter (a place or a domain) and holds a dash (_DASH) or, after a
    # call sign, a colon
    if not ("A" <= line[:1] <= "Z" or "a" <= line[:1] <= "z") or not (
        "-" in line or "–" in line or "—" in line or ":" in line
    ):
        return None
    if not _DASH_OR_COLON_THEN_SPACE.search(line):
        return None
    bracketed = "(" in line
    for pattern in DATELINES:
        if not bracketed and pattern in _BRACKETED_DATELINES:
            continue  # it cannot match: skipped, the patterns' order kept
        match = pattern.match(line)
        if match is None or len(line[match.end() :].split()) < MIN_WORDS_AFTER_DATELINE:
            continue
        place = (match.groupdict().get("place") or "").strip()
        outlet = (match.groupdict().get("outlet") or "").strip()
        if outlet and _is_not_an_outlet(outlet):
            outlet = ""
        outlet = outlet or (match.groupdict().get("site") or "").strip()
        if place and not place.isupper() and not outlet and place.upper() not in known_places():
            continue  # a capitalised phrase before a dash is a dateline only with an outlet, or a known place
        return Dateline(place=place.upper(), outlet=outlet, end=match.end())
    return None


def find_place_and_colon(line: str) -> Dateline | None:
    """The dateline 'Jakarta: ...' opening the first paragraph, or None (see _PLACE_AND_COLON)."""
    match = _PLACE_AND_COLON.match(line)
    if match is None or len(line[match.end() :].split()) < MIN_WORDS_AFTER_DATELINE:
        return None
    place = match.group("place").strip().upper()
    return Dateline(place=place, outlet="", end=match.end()) if place in known_places() else None


# The two written forms the date finders above match, with a four-digit year: read directly, because
# dateparser costs milliseconds a call (it was two thirds of ingest's time). Anything else goes to dateparser.
_PLAIN_DATE = re.compile(
    rf"(\d{{1,2}}),?\s+({_MONTH})\.?,?\s+(\d{{4}})|(\d{{1,2}})([/\-.])(\d{{1,2}})\5(\d{{4}})", re.IGNORECASE
)


def _plain_date(text: str) -> dt.date | None | bool:
    """The date of a plain 'D Month YYYY' / 'D/M/YYYY'; None when such a date does not exist (31/2);
    False when `text` is not one of these forms. Unlike dateparser it knows the abbreviation 'Ags.'."""
    match = _PLAIN_DATE.fullmatch(text)
    if match is None:
        return False
    if match.group(1):
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], int(match.group(3))
    else:
        day, month, year = int(match.group(4)), int(match.group(6)), int(match.group(7))
        if month > 12:
            return False  # "7-13-1997": dateparser's month-first reading decides
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str:
    """ISO date of a full date written in Indonesian or English (day first), else ""."""
    text = text.strip()
    try:
        value = dt.date.fromisoformat(text[:10]) if re.match(r"\d{4}-\d\d-\d\d", text) else None
    except ValueError:
        value = None
    if value is None:
        plain = _plain_date(text)
        value = parse_date_with_dateparser(text) if plain is False else plain
    if value is None or not MIN_YEAR <= value.year <= MAX_YEAR:
        return ""
    return value.isoformat()


def parse_date_with_dateparser(text: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["id", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": False,
        },
    )
    return parsed.date() if parsed else None


def find_outlet(dateline: Dateline | None, header: list[str], footer: list[str]) -> str:
    """The outlet: from the dateline, else a known outlet named in the page header, else in the footer."""
    if dateline and dateline.outlet:
        return outlet_name(dateline.outlet)
    for line in (*header, *footer):
        match = _may_name_an_outlet(line) and _outlet_pattern().search(line)
        if match:
            return outlet_name(match.group(1))
    return ""
