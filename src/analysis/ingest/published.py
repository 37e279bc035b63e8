"""The publication date a page's text gives: a header's date line, a dateline's date, a wire's time stamp, else the
date of the statements it reports ("kata Ali, Senin (28/10)"), the year completed from the weekday and the years
the text names."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from analysis.ingest.metadata import (
    BARE_WEEKDAY,
    BRACKETED_DATE,
    DATELINE_DATE,
    DAY_MONTH_DATELINE,
    EDITOR_STAMP,
    HEADER_DATE,
    LAW_YEAR,
    MONTHS,
    PLACE_AND_COMMA,
    PLACED_DATE,
    WEEKDAY_DATE,
    WEEKDAYS,
    YEAR,
    is_date_line,
    known_places,
    parse_date,
)
from analysis.reference.elections import election_types_named, years_around_elections


def _day_month(text: str) -> tuple[int, int] | None:
    text = text.strip().rstrip(".").lower()
    if "/" in text:
        day, month = text.split("/")[:2]
        return int(day), int(month)
    day, month = text.split()[:2]
    return int(day), MONTHS.get(month.rstrip("."), 0)


def _years_fitting(day: int, month: int, weekday: int, years: set[int]) -> list[int]:
    """The years among `years` in which day/month falls on `weekday`."""
    fits = []
    for year in sorted(years):
        try:
            if dt.date(year, month, day).weekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    return fits


def _year_from_weekday(day: int, month: int, weekday: int, years: set[int]) -> int | None:
    """The one year in which day/month falls on `weekday`: among the years the text names, failing any, among
    the years next to them (a story filed the year before the election it names, or after the one it recounts)."""
    fits = _years_fitting(day, month, weekday, years)
    if not fits:
        fits = _years_fitting(day, month, weekday, {year + step for year in years for step in (-1, 1)})
    return fits[0] if len(fits) == 1 else None


def _years_in(lines: list[str]) -> set[int]:
    """The years the text names, the years of the laws it cites aside."""
    return {int(y) for line in _lines_with_years(lines) for y in YEAR.findall(LAW_YEAR.sub(" ", line))}


def _law_years(lines: list[str]) -> set[int]:
    """The years of the laws the text cites ("UU Nomor 5 Tahun 2014")."""
    return {int(y) for line in _lines_with_years(lines) for law in LAW_YEAR.findall(line) for y in YEAR.findall(law)}


def _lines_with_years(lines: list[str]) -> list[str]:
    """The lines that may name a year (every year of `YEAR` starts "19" or "20"): a substring test costs a fraction
    of the regexes, and most lines name none."""
    return [line for line in lines if "20" in line or "19" in line]


def _fit_weekday(date: dt.date, weekday: int, lines: list[str]) -> dt.date:
    """A written date whose weekday fits only with another year the text names has a typo in its year
    ('Selasa (1/10/2029)' in a 2024 story): that year. Any other date is kept as the text gives it, its weekday
    fitting or not ('Selasa (9/5/2019)': the annotators keep the day and month written)."""
    if date.weekday() == weekday:
        return date
    named = Counter(int(y) for line in lines for y in YEAR.findall(line))
    named[date.year] -= 1  # the date's own year, written once in it, is no other year the text names
    # nor a year the text tells as past ("pada pilkada 2015 lalu"), before a date written after it
    past = {
        int(m.group())
        for line in lines
        for m in YEAR.finditer(line)
        if int(m.group()) < date.year and _PAST_AFTER.match(line, m.end())
    }
    fits = []
    for year in (y for y, times in named.items() if times > 0 and y != date.year and y not in past):
        try:
            candidate = date.replace(year=year)
        except ValueError:
            continue  # the 29th of February
        if candidate.weekday() == weekday:
            fits.append(candidate)
    return fits[0] if len(fits) == 1 else date


_DIGIT = re.compile(r"\d")  # what HEADER_DATE's "\d" matches


def find_published(header: list[str], lines: list[str]) -> str:
    """ISO publication date from header date lines, a dateline's date or a wire's time stamp, else from the
    weekday-dates in `lines`; "" when unknown (the order: `ingest.metadata`'s docstring)."""
    for line in header:
        # (every date holds a digit: a line without one, a headline or a byline, need not be searched)
        match = HEADER_DATE.search(line) if _DIGIT.search(line) else None
        # a short header line with a full date is the page's date (a kicker like "Pilkada 2024" has none), not a
        # headline's deadline ("Wajib Mundur Paling Lambat 18 Juli 2024") nor a sentence's event ("Jadwal kampanye
        # bergeser menjadi 26 September 2024.")
        if (
            match
            and (len(line) <= 100 or is_date_line(line))
            and not _DEADLINE_BEFORE.search(line, 0, match.start())
            and not _a_sentence(line)
            and not _HIJRI_MONTH.search(line)
        ):
            iso = parse_date(match.group(1))
            if iso:
                return _unless_stated_long_before(iso, lines)
    for line in lines[:3]:
        match = DATELINE_DATE.match(line)
        if match and _a_dateline_place(match.group("place")):
            iso = parse_date(match.group("date"))
            if iso:
                return iso
        dated = _day_month_dateline(line, lines) or _weekday_dateline(line, lines)
        if dated:
            return dated
    stamp = next((m for line in lines if line.startswith("(") and (m := EDITOR_STAMP.match(line))), None)
    if stamp is not None:
        iso = parse_date(f"{stamp.group(3)}-{stamp.group(2)}-{stamp.group(1)}")
        if iso:
            return iso
    by_kind: dict[int, list[re.Match]] = {kind: [] for kind in (*WEEKDAY_DATE_KINDS, SCHEDULED)}
    dating = [line for line in lines if not _UNDATED_CAPTION.match(line) and not _credited_photo(line)]
    for match in (match for line in dating for match in WEEKDAY_DATE.finditer(line)):
        by_kind[_kind_of_weekday_date(match)].append(match)
    # an attributed statement's date whose weekday fits; else, of all the bracketed ones, the first that fits, or the
    # first as written; then the others
    found = _date_of_weekday_dates(by_kind[0], lines, as_written=False) or next(
        (
            iso
            for group in ([*by_kind[0], *by_kind[1]], by_kind[2], by_kind[3])
            if (iso := _date_of_weekday_dates(group, lines))
        ),
        "",
    )
    if found:
        return found
    # last, a statement's date with no weekday: in brackets, "papar Fahmi (9/6/2018)", "katanya (24/11/2020)"; after
    # the place it was said, "saat ditemui di Waingapu, 3 Mei 2024."
    dated = next(
        (match for line in dating for pattern in (BRACKETED_DATE, PLACED_DATE) for match in pattern.finditer(line)),
        None,
    )
    return (parse_date(dated.group(1)) or "") if dated else ""


# The page's own today, given with the Hijri date ("Friday, 5 Rabiul Akhir 1446 / 8 November 2024"): the day it was
# read, not the story's
_HIJRI_MONTH = re.compile(
    r"\b(muharr?am|safar|rabi'?ul|jumadil|rajab|sya'?ban|ramadh?an|syawal|dzulk?q?a'?idah|zulkaidah|dzulhijj?ah|zulhijj?ah)\b",
    re.IGNORECASE,
)
# The caption of an illustration or a file photo ("Ilustrasi: ... upacara HUT Korpri, Jumat (29/11/2019)"): its date
# is a picture's, taken for another day (its years still help to date the statements)
_UNDATED_CAPTION = re.compile(r"\W{0,3}(ilustrasi|dok\b|dokumentasi|arsip)", re.IGNORECASE)
# A photograph's caption, closed by its credit: "RAKOR - Rapat koordinasi ..., Senin (19/10/2020). (Fulan/OUTLET.COM)"
_PHOTO_CREDIT = re.compile(r"\(\s*(?:foto\s*:?\s*)?[A-Z][\w .'-]*/\s*[\w .'-]+\)\s*$", re.IGNORECASE)


def _credited_photo(line: str) -> bool:
    return line.rstrip().endswith(")") and _PHOTO_CREDIT.search(line) is not None  # (most lines end otherwise)


SENTENCE_MIN_LOWER_WORDS = 3  # words in lower case that make a line ending with a full stop a sentence


def _a_sentence(line: str) -> bool:
    """'Jadwal kampanye Pilkada A bergeser menjadi 26 September 2024.': prose, not a page's date line."""
    return line.rstrip().endswith(".") and sum(w.isalpha() and w.islower() for w in line.split()) >= (
        SENTENCE_MIN_LOWER_WORDS
    )


def _day_month_dateline(line: str, lines: list[str]) -> str:
    """The date of a dateline 'Namlea, 2/4 (Antara) -', in the one year the text names (or next to one) in which
    that day falls on the weekday the story tells ('..., kata Marthen, Senin.'); "" otherwise."""
    match = DAY_MONTH_DATELINE.match(line)
    if match is None:
        return ""
    weekday = next((m for text in lines for m in BARE_WEEKDAY.finditer(text)), None)
    if weekday is None:
        return ""
    day, month = int(match.group("day")), int(match.group("month"))
    year = _year_from_weekday(day, month, WEEKDAYS[weekday.group(1).lower()], _years_in(lines))
    return dt.date(year, month, day).isoformat() if year else ""


def _a_dateline_place(place: str) -> bool:
    """A place as a dateline gives it: in capitals, or one the gazetteer knows."""
    return place.isupper() or place.upper() in known_places()


def _weekday_dateline(line: str, lines: list[str]) -> str:
    """The date of a dateline with its weekday and no year, 'SERDANG BEDAGAI, Senin (30/9) outlet.com -', in the year
    the weekday and the text fix; "" otherwise (the dateline dates the story, not the events it tells)."""
    place = PLACE_AND_COMMA.match(line)
    if place is None or not _a_dateline_place(place.group("place")):
        return ""
    match = WEEKDAY_DATE.match(line, place.end())
    return _date_of_weekday_dates([match], lines) if match else ""


_DEADLINE_BEFORE = re.compile(
    r"\b(paling lambat|selambat-lambatnya|batas( waktu| akhir)?|sebelum|hingga|sampai|mulai|sejak)\s+$", re.IGNORECASE
)
HEADER_DATE_LAG_DAYS = 31  # a statement dated this long before the header's date was not filed on that date


def _unless_stated_long_before(header_iso: str, lines: list[str]) -> str:
    """The header's date, unless the text names no event of its year and its statements are dated long before it
    ("ujar Ali, Senin (28/1)" in a text of the Pemilu 2019 under a header of "3 Maret 2023", a site's date of
    the day): then theirs."""
    if any(header_iso[:4] in line for line in lines if not is_date_line(line)):
        return header_iso  # the text names its year, outside the date lines (a plain substring test: cheap)
    statements = [m for line in lines for m in WEEKDAY_DATE.finditer(line) if _kind_of_weekday_date(m) <= 1]
    stated = _date_of_weekday_dates(statements, lines) if statements else ""
    if stated and dt.date.fromisoformat(stated) < dt.date.fromisoformat(header_iso) - dt.timedelta(
        days=HEADER_DATE_LAG_DAYS
    ):
        return stated
    return header_iso


_PAST_AFTER = re.compile(r"\)?\s*(lalu|silam|kemarin)\b", re.IGNORECASE)
_TO_COME_AFTER = re.compile(r"\)?\s*(mendatang|nanti)\b", re.IGNORECASE)  # "pada Selasa (24/11) mendatang"
_SPAN_BEFORE = re.compile(r"\b(sejak|mulai|hingga|sampai)\s+$", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bpada\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\)?\s*(?:sekitar\s+)?pukul\b", re.IGNORECASE)


WEEKDAY_DATE_KINDS = (0, 1, 2, 3)  # in the order they date the story
SCHEDULED = 4  # a date set for something to come ("dijadwalkan pada hari Kamis, 5 Desember 2024"): dates no story
_SCHEDULED_BEFORE = re.compile(
    r"\b(dijadwalkan|direncanakan|rencananya|akan digelar|akan dilaksanakan)\b[^.]{0,20}$", re.IGNORECASE
)


def _kind_of_weekday_date(match: re.Match) -> int:
    """0 for the date of a statement its clause attributes ("kata Ali, Jumat (26/1/2018)", "Ali, Rabu (30/8),
    mengatakan"), 1 for any other in brackets ("mendaftar di KPU, Jumat (30/8)"), 3 for an event told as past
    ("Pada Sabtu (28/12/2019) lalu", "Senin (7/5) kemarin"), 2 for any other ("pada Kamis 25 Januari 2018"): the
    story was filed when the statement was made, and an event told as past is the last clue. A date set for
    something to come is SCHEDULED, no clue at all."""
    if _SCHEDULED_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) or _TO_COME_AFTER.match(
        match.string, match.end()
    ):
        return SCHEDULED
    if _PAST_AFTER.match(match.string, match.end()):
        return 3
    if _SPAN_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        return 2  # "mundur sejak Senin (26/8/2024)": when something began or ended, not when it was said
    if _ON_BEFORE.search(match.string, max(0, match.start() - 6), match.start()) and _CLOCK_AFTER.match(
        match.string, match.end()
    ):
        return 2  # "terekam pada Senin (4/3/2024) pukul 10.20": an event timed to the minute, not a statement
    if _attributed(match):
        return 0
    return 1 if "(" in match.group(0) else 2


# Words that attribute a statement: "kata Ali", "ujarnya", "Ali mengatakan", "saat dikonfirmasi"
_SAID = re.compile(
    r"\b((kata|ujar|ucap|ungkap|jelas|tutur|sebut|terang|tegas|papar|tambah|imbuh|lanjut|pungkas|tandas|beber)(nya)?"
    r"|me(ngatakan|nyampaikan|njelaskan|ngungkapkan|nyebutkan|negaskan|nuturkan|nerangkan|maparkan|mbeberkan)"
    # said to someone, in the passive: "Hal ini disampaikan Ali kepada awak media" (not "disampaikan dalam acara")
    r"|di(katakan|sampaikan|jelaskan|ungkapkan|tegaskan|terangkan|paparkan)\b[^.;\"“”]*\bkepada"
    r"|(saat|ketika|yang|waktu) (dikonfirmasi|ditemui|dihubungi|diwawancarai))\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[;,\"“”]|\.(?!\w)")  # not the dot of "kepada tribunpekanbaru.com"
_SAID_AFTER = re.compile(
    r"\)?\s*,\s*(mengatakan|menyampaikan|menjelaskan|mengungkapkan|menyebutkan|menegaskan)\b", re.IGNORECASE
)
ATTRIBUTION_REACH = 120  # characters before a date where its clause's attribution may stand


def _attributed(match: re.Match) -> bool:
    """The date closes a clause that attributes a statement ("kata Ketua Bawaslu A di B, Senin (28/10)") or opens
    one ("Ali, Rabu (30/8), mengatakan")."""
    text, start = match.string, match.start()
    before = text[max(0, start - ATTRIBUTION_REACH) : start].rstrip(" ,")
    breaks = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[breaks[-1] if breaks else 0 :].strip()
    # "ujar Komisioner Bawaslu A, Roni kepada wartawan, Minggu (24/11)": the speaker's name in apposition
    named_speaker = clause[:1].isupper() and bool(_SAID.search(before, breaks[-2] if len(breaks) > 1 else 0))
    return bool(_SAID.search(clause) or named_speaker and breaks or _SAID_AFTER.match(text, match.end()))


_YESTERDAY_BEFORE = re.compile(r"\bkemarin\s*,?\s*$", re.IGNORECASE)


def _date_of_weekday_dates(matches: list[re.Match], lines: list[str], as_written: bool = True) -> str:
    """The first weekday-date written with its year whose weekday fits (a typo in the year mended), else the first
    of them as written; failing those, the first written without a year that the weekday and the text fix; ""
    when none (or, with as_written False, when no date's weekday fits). A statement made "kemarin, Selasa
    (2/7/2024)" was filed the day after."""
    yearless, unfitting = [], None
    for match in matches:
        written = match.group("date")
        after_a_day = dt.timedelta(days=_said_yesterday(match))
        weekday = WEEKDAYS[match.group(1).lower()]
        if YEAR.search(written) or re.fullmatch(r"\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2}", written):
            iso = parse_date(written)
            if iso:
                date = _fit_weekday(dt.date.fromisoformat(iso), weekday, lines)
                if date.weekday() == weekday:
                    return (date + after_a_day).isoformat()
                unfitting = unfitting or (date + after_a_day).isoformat()
        else:
            yearless.append((weekday, written, after_a_day))
    if unfitting and as_written:
        return unfitting  # no written date's weekday fits: the first, as written
    years = _years_in(lines) if yearless else set()
    # no story cites a law from after its time: a law's year bounds the date's, though it names no year of the story
    earliest = min(years | _law_years(lines), default=0) - 1 if yearless else 0
    for weekday, written, after_a_day in yearless:
        day_month = _day_month(written)
        if day_month and 1 <= day_month[1] <= 12:
            year = _year_from_weekday(day_month[0], day_month[1], weekday, years)
            if year is None and len(_years_fitting(day_month[0], day_month[1], weekday, years)) < 2:
                # no earlier than a year before the first year the text names (a law's year included)
                year = _year_of_election_named(day_month[0], day_month[1], weekday, lines, earliest)
            if year:
                return (dt.date(year, day_month[1], day_month[0]) + after_a_day).isoformat()
    return ""


def _said_yesterday(match: re.Match) -> int:
    return int(bool(_YESTERDAY_BEFORE.search(match.string, max(0, match.start() - 10), match.start())))


def _year_of_election_named(day: int, month: int, weekday: int, lines: list[str], earliest: int) -> int | None:
    """'Selasa (5/11)' in a Pilkada story whose years do not fit: the one year from `earliest` on in which the 5th
    of November falls on a Tuesday in the run-up to, or the months after, an election of the type it names."""
    windows = years_around_elections(election_types_named(" ".join(lines)))
    fits = [
        year
        for year in _years_fitting(day, month, weekday, {year for year in windows if year >= earliest})
        if any(start <= dt.date(year, month, day) <= end for start, end in windows[year])
    ]
    return fits[0] if len(fits) == 1 else None
