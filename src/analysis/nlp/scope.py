"""National or regional scope: which bodies speak for the whole country, and which stories are national.

A figure of Bawaslu RI, KASN or BKN is national even when the statement was made in Jakarta or the story goes
on to rank provinces; the per-province figures of such a story are facts of those provinces (their own
sentences name them). A body named with a region ("Bawaslu Sultra", "BKD Kabupaten Muna") is regional.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from analysis.ingest.metadata import fold_case
from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (
    STATEMENT_PLACES,
    Entity,
    doc_text,
    ents_labelled,
    sentence_starts_of,
    token_starts,
    token_texts,
)
from analysis.reference.gazetteer import province_of_old

# Bodies that exist at every level: named bare in a story with no region of their own, they are the national one.
LEVELLED_BODIES = {"Bawaslu", "KPU"}
# How far after a body a region may stand and still be the body's own: "Bawaslu Provinsi Sulawesi Tenggara",
# "Badan Pengawas Pemilu (Bawaslu) Kota Bandarlampung".
BODY_REGION_CHARS = 14
LEAD_SENTENCES = 1  # the title and the first sentence of the body say whose story it is
SOFT_LEAD_SENTENCES = 3  # ... or, after an opening that names nobody and no place, one of the first three


def is_national_body(doc: Doc, org: Entity) -> bool:
    """KASN, BKN...; or the national level of a body that also has regional ones: 'Bawaslu RI', 'KPU RI',
    'Badan Pengawas Pemilu (Bawaslu) RI'."""
    if org.ent_id_ in lx.NATIONAL_BODIES or org.text.endswith((" RI", "Republik Indonesia")):
        return True
    texts, after = token_texts(doc), org.end
    if after + 2 < len(doc) and texts[after] == "(" and texts[after + 2] == ")":
        after += 3  # the acronym in brackets after the full name
    elif after < len(doc) and texts[after] == ")":
        after += 1  # the acronym itself, in brackets
    return after < len(doc) and texts[after] in ("RI", "Pusat")


def _body_end_char(doc: Doc, org: Entity) -> int:
    """Where the body's name ends, past an acronym in brackets: 'Badan Pengawas Pemilu (Bawaslu)'."""
    text = doc_text(doc)
    end = org.end_char
    if text.startswith(" (", end):
        closing = text.find(")", end, end + 20)
        if closing > 0:
            end = closing + 1
    elif text.startswith(")", end):
        end += 1
    return end


def body_region(doc: Doc, org: Entity, mentions: list[tuple]) -> tuple | None:
    """The region mention that makes a body regional: 'Bawaslu Sultra', 'Bawaslu Kabupaten Pinrang',
    'Badan Pengawas Pemilu (Bawaslu) Jawa Tengah'; None for a body named without one."""
    end = _body_end_char(doc, org)
    return next(
        (
            m
            for m in mentions
            if end <= m[0] <= end + BODY_REGION_CHARS
            and doc_text(doc)[end : m[0]].strip(" ") in ("", "Provinsi", "Kabupaten", "Kota", "Kab.", "Prov.")
        ),
        None,
    )


def regional_body(doc: Doc, org: Entity, mentions: list[tuple]) -> bool:
    return body_region(doc, org, mentions) is not None


def lead_end_char(doc: Doc, title_end: int) -> int:
    """Where the lead ends: the title and the first sentence of the body, or of its first sentences the first
    that names a body or a place ("Kabar kurang sedap mengenai netralitas ASN mengemuka." only opens the
    story)."""
    starts, chars = sentence_starts_of(doc), token_starts(doc)
    body_first = next((n for n, s in enumerate(starts) if chars[s] >= title_end), len(starts))
    named = [e.start for label in ("ORG", "REGION") for e in ents_labelled(doc, label)]
    last = body_first + LEAD_SENTENCES
    while last < min(len(starts), body_first + SOFT_LEAD_SENTENCES) and not any(
        starts[body_first] <= i < starts[last] for i in named
    ):
        last += 1
    return chars[starts[last]] if last < len(starts) else len(doc_text(doc))


def speaking_bodies_regions(doc: Doc, mentions: list[tuple], lead_end: int) -> set[str]:
    """The regions whose bodies speak in the lead (it ends at `lead_end_char`): 'Bawaslu Sulsel mencatat ...' is
    a story of Sulawesi Selatan, whatever kabupaten it lists."""
    found = (body_region(doc, org, mentions) for org in ents_labelled(doc, "ORG") if org.start_char < lead_end)
    return {m[2] for m in found if m is not None}


# "..., Sultra Terbanyak", "terbanyak di Jawa Tengah", "dengan Jawa Timur di posisi teratas": a province ranked in a
# national story's headline or lead
_RANKED = re.compile(r"\b(" + "|".join(sorted(lx.RANK_SUPERLATIVES | {"paling"})) + r")\b", re.IGNORECASE)
RANK_WINDOW = 20


def national_story(
    doc: Doc, mentions: list[tuple[int, int, str]], lead_end: int, dateline_codes: tuple[str, ...] = ()
) -> bool:
    """Whether the article reports a national body's figures: its lead names Bawaslu RI, KASN, BKN (or a bare
    Bawaslu, unless the story is filed from a regency or city outside Jakarta, `dateline_codes`: "KUDUS - Bawaslu
    memantau ...", its own Bawaslu) and no region of its own; no body in the whole article is a region's.

    `mentions`: (start_char, end_char, code) of the region mentions that are about something (datelines and
    places of a statement left out); the lead ends at `lead_end` (`lead_end_char`). Jakarta, where national bodies
    speak, does not make a story regional, nor provinces ranked in the headline or a lead that spreads over several
    provinces.
    """
    bodies = [e for e in ents_labelled(doc, "ORG") if e.ent_id_ in LEVELLED_BODIES | lx.NATIONAL_BODIES]
    if any(regional_body(doc, org, mentions) or _named_with_a_lower_level(doc, org) for org in bodies):
        return False
    in_lead = [org for org in bodies if org.start_char < lead_end]
    if not any(is_national_body(doc, org) or org.ent_id_ in LEVELLED_BODIES for org in in_lead):
        # a page that starts mid-story (its second page): a national body that ranks provinces, and no place of
        # its own
        return any(is_national_body(doc, org) for org in bodies) and _spread_over_provinces(mentions)
    if any(not code.startswith("31") for code in dateline_codes) and not any(
        is_national_body(doc, org) for org in in_lead
    ):
        return False
    text = doc_text(doc)
    own = {
        code
        for start, end, code in mentions
        if start < lead_end
        and not (code.startswith("31") and not _named_as_government(text, start, code))
        and not is_event_place(doc, start)  # "hasil rapat koordinasi BKN di Denpasar, Bali": not its own
        and not _RANKED.search(text, max(0, start - RANK_WINDOW), min(len(text), end + RANK_WINDOW))
    }
    # "di belasan provinsi, dari Aceh sampai Papua": a lead that spreads over provinces is the whole country's
    # (a regency named with the province it was in before Papua's split, "Kabupaten Mimika, Papua", is in one)
    return not own or len({province_of_old(code) for code in own}) > 1


# "Bawaslu Kecamatan A", "Badan Pengawas Pemilu (Bawaslu) Kabupaten B": a body of a level below the nation's, whether
# or not its place is one the gazetteer knows
_LOWER_LEVEL = re.compile(r"\s*(?i:kecamatan|kabupaten|kab\.|kota|provinsi)\s+[A-Z]")  # (not "Bawaslu provinsi dan")


def _named_with_a_lower_level(doc: Doc, org: Entity) -> bool:
    """Whether a levelled body (Bawaslu, KPU) is named with a level below the nation's after it."""
    return org.ent_id_ in LEVELLED_BODIES and bool(_LOWER_LEVEL.match(doc_text(doc), _body_end_char(doc, org)))


# Jakarta, where national bodies speak, and its cities, where they meet ("di Hotel Borobudur, Jakarta Selatan"), are
# not a story's own; a city named as a government is ("Kota Administrasi Jakarta Barat", "Pemkot Jakarta Timur")
_GOVERNMENT_WORDS = ("kota ", "kabupaten ", "pemkot ", "pemkab ", "pemerintah ")


def _named_as_government(text: str, start: int, code: str) -> bool:
    return len(code) > 2 and text[start : start + 12].lower().startswith(_GOVERNMENT_WORDS)


MIN_PROVINCES_SPREAD = 3


def _spread_over_provinces(mentions: list[tuple[int, int, str]]) -> bool:
    """Provinces only, at least three, none named more than the others together: the country's, not a region's."""
    codes = [code for _, _, code in mentions if not code.startswith("31")]
    if not codes or any(len(code) > 2 for code in codes):
        return False
    counts = Counter(codes)
    return len(counts) >= MIN_PROVINCES_SPREAD and max(counts.values()) * 2 <= len(codes)


_STATEMENT_TIME = re.compile(
    r"\s*(,\s*(senin|selasa|rabu|kamis|jumat|jum['’`]at|sabtu|minggu|ahad)\b|\(\d{1,2}/\d{1,2})", re.IGNORECASE
)
# "di Semarang", "di kantornya, Jakarta Selatan", "di Gedung Bawaslu, Jakarta Pusat": the place after "di" or
# after the venue it names
_PLACE_AFTER_DI = re.compile(r"(?:^|\s)di\s+(?:[^\s.,;:]+\s+){0,3}?(?:[^\s.,;:]+\s*,\s*){0,2}$", re.IGNORECASE)
STATEMENT_LOOKBACK_CHARS = 60  # "di Kompleks Parlemen, Senayan, Jakarta"
# a place named as part of a regional body's name, no comma between: "di Bawaslu Kabupaten A", "di kantor Panwaslu B"
_BODY_NAMED_WITH_PLACE = re.compile(
    r"\b(?:bawaslu|panwaslu|panwaslih|kpu)\s+(?:(?:provinsi|kabupaten|kota)\s+)?$", re.I
)
BODY_NAME_CHARS = 25


# "Pejabat KASN yang hadir di Salatiga menuturkan ...", "dalam kunjungan kerja ke Kendari": where a speaker came to
_VISITED = re.compile(
    r"\b(hadir|berkunjung|kunjungan(\s+kerja)?|bertandang)\s+(di|ke)\s+((kota|kabupaten|provinsi)\s+)?$", re.IGNORECASE
)
VISIT_LOOKBACK_CHARS = 40
# "Dalam rapat koordinasi di Medan, Komisioner KASN ...": where a meeting was held, not what a figure is about;
# also the province after its city ("Rapat Koordinasi Pengawasan dan Pengendalian BKN di Denpasar, Bali")
_EVENT_PLACE = re.compile(
    r"\b(rapat|rakor|acara|kegiatan|sosialisasi|seminar|diskusi|forum|pertemuan|konferensi|dialog|lokakarya|"
    r"workshop|bimtek|apel|peluncuran|rakornas|rakernas|rakerda|kunker)\b[^,.;:]{0,70}?\b(di|ke)\s+"
    r"((kota|kabupaten|provinsi)\s+)?([^\W\d_]+(\s[^\W\d_]+)?,\s*)?$",
    re.IGNORECASE,
)
EVENT_LOOKBACK_CHARS = 110


def is_event_place(doc: Doc, start_char: int) -> bool:
    """'dalam rapat koordinasi di Medan', 'saat sosialisasi netralitas ASN di Kota Bogor': where an event was."""
    return bool(_EVENT_PLACE.search(doc_text(doc), max(0, start_char - EVENT_LOOKBACK_CHARS), start_char))


# "Jakarta | Badan Pengawas ...", "Jakarta – KASN ...": where the story was filed, wherever the line starts (but
# "Poso | 9" is a row of a table)
_FILED_FROM = re.compile(r"\s*\|\s(?!\s*\d)|\s*[–—]\s|\s+-\s")


def is_statement_place(doc: Doc, start_char: int, end_char: int) -> bool:
    """'kata Wahyudi di Semarang, Jumat (15/11)', 'ujar Wibowo di kantornya, Jakarta Selatan, Selasa (19/3)',
    'di Hotel Borobudur, Jakarta Selatan (5/7)', 'Jakarta | Bawaslu ...', 'yang hadir di Salatiga': where
    something was said or filed, or where the speaker came, not what the figure is about.

    Each mention is read once per doc: the profile and the facts' regions of each sentence ask."""
    known = doc.user_data.setdefault(STATEMENT_PLACES, {})
    found = known.get((start_char, end_char))
    if found is None:
        found = known[start_char, end_char] = _said_or_filed_there(doc_text(doc), start_char, end_char)
    return found


# "melaporkan 15 ASN ke Komisi ASN di Jakarta": the capital, where the body something was sent to sits
_SENT_TO_A_BODY_IN = re.compile(r"\b(ke|kepada)\s+[^.,;]{1,40}\bdi\s+$", re.IGNORECASE)
# "di akun YouTube KASN RI, Jakarta, pada hari Kamis", "Kantor Bawaslu RI, Jakarta": the capital, where a national
# body sits
_SEAT_OF_A_NATIONAL_BODY = re.compile(
    rf"\b(?:RI|Republik Indonesia|Pusat|{'|'.join(map(re.escape, sorted(lx.NATIONAL_BODIES)))})\s*,\s*(?:di\s+)?$"
)


def _said_or_filed_there(text: str, start_char: int, end_char: int) -> bool:
    if _FILED_FROM.match(text, end_char) or _visited(text, start_char):
        return True
    if text[start_char:end_char].lower() == "jakarta" and (
        _SENT_TO_A_BODY_IN.search(text, max(0, start_char - STATEMENT_LOOKBACK_CHARS), start_char)
        or _SEAT_OF_A_NATIONAL_BODY.search(text, max(0, start_char - STATEMENT_LOOKBACK_CHARS), start_char)
    ):
        return True
    if not _STATEMENT_TIME.match(text, end_char):
        return False
    if _BODY_NAMED_WITH_PLACE.search(text, max(0, start_char - BODY_NAME_CHARS), start_char):
        return False  # "diperiksa di Bawaslu Kabupaten A, Senin (9/9)": the body of that place, where its case is
    return text[max(0, start_char - 3) : start_char].lower() == "di " or bool(
        _PLACE_AFTER_DI.search(text, max(0, start_char - STATEMENT_LOOKBACK_CHARS), start_char)
    )


def _visited(text: str, start_char: int) -> bool:
    """'yang hadir di Salatiga', 'dalam kunjungan kerja ke Kendari': the place follows a visit (`_VISITED`)."""
    start = max(0, start_char - VISIT_LOOKBACK_CHARS)
    # str.find first: far cheaper than the expression, and most places follow no visit (case folded as
    # IGNORECASE reads it); one of these words stands in every match of _VISITED
    before = fold_case(text[start:start_char])
    if "hadir" not in before and "kunjung" not in before and "bertandang" not in before:
        return False
    return _VISITED.search(text, start, start_char) is not None
