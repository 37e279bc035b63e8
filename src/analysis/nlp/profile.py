"""Article-level reading: which regions the article is about, which election, which kinds of violation.

Evidence order: explicit mentions first (weighted by where they stand: title, first paragraph, body),
the dateline, then the publication date with the election calendar.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.ingest.metadata import DOMAIN
from analysis.nlp.article_election import article_election
from analysis.nlp.doc_data import (
    DATELINES,
    ELECTION_PLACES,
    doc_text,
    ents_labelled,
    get_norm,
    lower_texts,
    sentence_of,
    sentence_starts_of,
    token_starts,
    token_texts,
)
from analysis.nlp.region_lists import PLACE_JOINS, list_items, places_the_last
from analysis.nlp.scope import is_statement_place, lead_end_char, national_story, speaking_bodies_regions
from analysis.nlp.violation_types import violation_types
from analysis.reference.gazetteer import CITY, PROVINCE, REGENCY, load_gazetteer

META = "meta"  # user_data key set by the caller: {"dateline", "published", "title_end"}
PROFILE = "profile"

REGENCY_TITLES = {"bupati", "pemkab", "kabupaten", "kab", "kab.", "sekdakab", "bupatinya"}
CITY_TITLES = {"wali", "walikota", "pemkot", "kota", "sekdakot"}


@dataclass
class RegionMention:
    start_char: int
    end_char: int
    text: str
    codes: tuple[str, ...]
    explicit: bool
    code: str = ""  # resolved
    dateline: bool = False  # "SURABAYA, KOMPAS.com -": the place in capitals that opens a paragraph


@dataclass
class Profile:
    region_codes: list[str] = field(default_factory=list)
    election_type: str = "unknown"
    election_year: int | None = None
    violation_types: list[str] = field(default_factory=list)
    mentions: list[RegionMention] = field(default_factory=list)


# "Kanreg II BKN Surabaya", "Kantor Regional X BKN Denpasar", "BKN Regional VII Palembang", "Kantor Regional XII
# Badan Kepegawaian Negara (BKN) Pekanbaru"
REGIONAL_OFFICE_WORDS = {"kanreg", "regional"}
REGIONAL_OFFICE_REACH = 9  # words from "Kantor Regional" to its seat, the agency's full name between
ROMAN_NUMERAL = re.compile(r"[ivx]{1,5}")  # the office's number: "Kanreg XII"


def _seat_of_a_regional_office(lower: list[str], start: int) -> bool:
    """The city where a BKN regional office sits, which serves several provinces: no place of what it counts."""
    window = lower[max(0, start - REGIONAL_OFFICE_REACH) : start]
    if window[-2:-1] and window[-2] in REGIONAL_OFFICE_WORDS and ROMAN_NUMERAL.fullmatch(window[-1]):
        return True  # "wilayah kerja kantor regional XII Pekanbaru": the office named by its number alone
    named = "bkn" in window[-3:] or window[-2:] == ["kepegawaian", "negara"]
    return named and not REGIONAL_OFFICE_WORDS.isdisjoint(window)


FORMER = {"mantan", "eks", "bekas"}
FORMER_POST_WORDS = 3  # title words between "mantan" and the region: "Mantan Ketua Bawaslu Jawa Tengah"


def _in_a_former_post(texts: list[str], lower: list[str], start: int) -> bool:
    """'Mantan Ketua Bawaslu Jawa Tengah itu', 'eks Sekda Kabupaten A': the region of a post the speaker once held,
    no place of the story."""
    for k in range(start - 1, max(-1, start - 2 - FORMER_POST_WORDS), -1):
        if lower[k] in FORMER:
            return k < start - 1
        if not texts[k][:1].isupper():
            return False
    return False


def region_mentions(doc: Doc) -> list[RegionMention]:
    """REGION entities with their candidate codes, a bare name narrowed by a title before it."""
    gaz = load_gazetteer()
    out = []
    texts, lower = token_texts(doc), lower_texts(doc)
    former = not FORMER.isdisjoint(lower)  # (most docs name no former post: one test for the doc)
    # (nor a BKN regional office, whose seat is said after "kanreg" or "regional": one test for the doc)
    regional_offices = not REGIONAL_OFFICE_WORDS.isdisjoint(lower)
    seat_end = -1  # where the last seat of a BKN regional office ended: the list of seats may go on
    regions = ents_labelled(doc, "REGION")
    if ELECTION_PLACES in doc.user_data:  # "Pilkada Kabupaten Blitar 2020": the place of the election named
        regions = sorted([*regions, *doc.user_data[ELECTION_PLACES]], key=lambda ent: ent.start)
    for ent in regions:
        if (regional_offices and _seat_of_a_regional_office(lower, ent.start)) or (
            ent.start == seat_end + 1 and lower[seat_end] in PLACE_JOINS  # "... BKN di Medan, Denpasar dan Manado"
        ):
            seat_end = ent.end
            continue
        if former and _in_a_former_post(texts, lower, ent.start):
            continue
        explicit = ent.ent_id_.startswith("E:")
        codes = tuple(ent.ent_id_[2:].split("|"))
        if ent.start > 0 and lower[ent.start - 1] in SUBDISTRICT_TITLES:
            # "Kecamatan Padang Jaya" is in Bengkulu Utara, not in Kota Padang: a kecamatan or village is in the
            # kabupaten/kota of the district of that name when the gazetteer knows only one, and in none otherwise
            codes, explicit = district_regency(doc, ent.start), True
            if not codes:
                continue
        if not explicit and len(codes) > 1 and ent.start > 0:
            before = _word_before(lower, ent.start)
            levels = {REGENCY} if before in REGENCY_TITLES else {CITY} if before in CITY_TITLES else None
            if levels:
                narrowed = tuple(c for c in codes if gaz.regions[c].level in levels)
                if narrowed:
                    codes, explicit = narrowed, True
        out.append(
            RegionMention(
                ent.start_char,
                ent.end_char,
                ent.text,
                codes,
                explicit,
                dateline=is_dateline_mention(doc, ent.start_char, ent.end_char),
            )
        )
    return out


def _word_before(lower: list[str], start: int) -> str:
    """The word before a name, past the acronym in brackets that repeats the office: "Pemerintah Kota (Pemkot)
    Bekasi" is the kota."""
    if start >= 3 and lower[start - 1] == ")" and lower[start - 3] == "(":
        return lower[start - 2]
    return lower[start - 1]


# a kecamatan or village, and the offices and officers of a kecamatan named by it ("Camat Kintamani", "19 ASN dari
# Koorwilcam Karanganyar", "Polsek A")
SUBDISTRICT_TITLES = {
    "kecamatan", "kec", "kec.", "distrik", "desa", "kelurahan", "kel", "kel.", "nagari", "gampong",
    "camat", "koorwilcam", "korwilcam", "korwil", "polsek", "kapolsek", "koramil", "danramil",
}  # fmt: skip
DISTRICT_NAME_WORDS = 3  # words of a kecamatan's name: "Padang Jaya", "Sungai Raya Kepulauan"


def district_regency(doc: Doc, start: int) -> tuple[str, ...]:
    """The one kabupaten/kota of the kecamatan whose name starts at token `start` (its longest name the
    gazetteer knows), or () when it knows none or several."""
    texts, districts = token_texts(doc), load_gazetteer().districts
    for width in range(DISTRICT_NAME_WORDS, 0, -1):
        words = texts[start : start + width]
        if len(words) == width and all(w[:1].isupper() for w in words):
            codes = districts.get(" ".join(words).upper(), ())
            if codes:
                return codes if len(codes) == 1 else ()
    return ()


# "TRIBUNJOGJA.COM, " or a call sign ("KBRN, ") before the place
_OUTLET_BEFORE_PLACE = re.compile(rf"({DOMAIN}|[A-Z]{{3,8}})\s*[,\-–—]\s*$")  # "jpnn.com - JAKARTA -" too


def is_dateline_mention(doc: Doc, start_char: int, end_char: int) -> bool:
    """'SURABAYA, KOMPAS.com -', 'Medan (ANTARA) -': the place opening a paragraph says where, not what about.

    In capitals it is a dateline by its form; in title case only when ingest read it as the dateline. Each
    mention is read once per doc: the profile, the facts and the rows' region source all ask.
    """
    known = doc.user_data.setdefault(DATELINES, {})
    dateline = known.get((start_char, end_char))
    if dateline is None:
        dateline = known[start_char, end_char] = _reads_as_dateline(doc, start_char, end_char)
    return dateline


# "Jakarta, LINGGA POS –": the outlet named after the place, a region's name in it
_PLACE_BEFORE_OUTLET = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s*,\s*$")
_OUTLET_AFTER_PLACE = re.compile(r"(?:\s+[A-Z][\w.]*){0,2}\s*[-–—]\s")


def _reads_as_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    full = doc_text(doc)
    line_start = full.rfind("\n", 0, start_char) + 1
    if (
        _in_an_open_bracket(full, line_start, start_char)
        and _OPENS_OUTLET_IN_BRACKETS.match(full, line_start, start_char)
        and _CLOSES_OUTLET_IN_BRACKETS.match(full, end_char)
    ):
        return True  # "Dompu (Suara NTB) –": a region's name in the outlet's, bracketed after the place
    if line_start != start_char and not full[line_start:start_char].rstrip().endswith((",", "-", "–", "—")):
        return False  # neither opens the line nor follows a comma or dash, as the expressions before the place require
    if _PLACE_BEFORE_OUTLET.match(full, line_start, start_char) and _OUTLET_AFTER_PLACE.match(full, end_char):
        return True  # the outlet's name, part of the dateline
    # the place opens the line, or follows the outlet's domain: "TRIBUNJOGJA.COM, BANTUL -"
    if line_start != start_char and not _OUTLET_BEFORE_PLACE.match(full, line_start, start_char):
        return False
    text = full[start_char:end_char]
    dateline = doc.user_data.get(META, {}).get("dateline", "")
    if text.isupper() and _AFTER_DATELINE_PLACE.match(full, end_char):
        return True  # in capitals and followed as a dateline is ("MATARAM -"), not a list's row ("NTB 6 pelanggaran")
    return bool(dateline) and dateline.startswith(text.upper())


def _in_an_open_bracket(text: str, line_start: int, start_char: int) -> bool:
    """Whether a bracket opens on the line before start_char, with a character after it and none closed since (as
    _OPENS_OUTLET_IN_BRACKETS ends): where it may match (most mentions stand in no bracket, and the expression
    tries its words' every split before it fails)."""
    opening = text.rfind("(", line_start, start_char)
    return 0 <= opening < start_char - 1 and text.find(")", opening, start_char) < 0


# "Dompu (Suara NTB) –", "Ternate, 16/5 (Antaranews Maluku) -", "Mataram, (Antara Mataram)-": as ingest's bracketed
# dateline reads them; a place alone in the brackets is the dateline's own ("SALAM PAPUA (NABIRE) -"), the outlet's
# name before it
_OPENS_OUTLET_IN_BRACKETS = re.compile(
    r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?:\s*,\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?\s*,?\s*\([^()]+$"
)
_CLOSES_OUTLET_IN_BRACKETS = re.compile(r"[^()\n]{0,30}\)\s*[-–—]")
# what follows a place in a dateline: "KUPANG, ...", "BANTUL -", "JEMBER KOMPAS...", "SIDOARJO, JATIM [KASTV -"
_AFTER_DATELINE_PLACE = re.compile(r"\s*[,(\[|:\-–—]|\s+[A-Z]{2}")


def resolve_mentions(mentions: list[RegionMention], dateline_codes: tuple[str, ...]) -> None:
    """Give every mention one code: explicit mentions in the article decide for bare, ambiguous ones."""
    gaz = load_gazetteer()
    explicit_codes = Counter(m.codes[0] for m in mentions if len(m.codes) == 1)
    provinces_named = Counter(code[:2] for code in explicit_codes.elements())
    among_cities = None  # whether the article's other kab/kota are all cities (asked once, when a name needs it)
    for m in mentions:
        if len(m.codes) == 1:
            m.code = m.codes[0]
            continue
        known = [c for c in m.codes if explicit_codes.get(c)]
        from_dateline = [c for c in m.codes if c in dateline_codes]
        # a name two provinces' regions share ("Mura": Musi Rawas in Sumatera Selatan, Murung Raya in Kalimantan
        # Tengah): the one in the province the article names most
        in_named_province = (
            [c for c in m.codes if provinces_named.get(c[:2])] if len({c[:2] for c in m.codes}) > 1 else []
        )
        if known:
            m.code = max(known, key=lambda c: explicit_codes[c])
        elif from_dateline:
            m.code = from_dateline[0]
        elif in_named_province:
            m.code = max(in_named_province, key=lambda c: provinces_named[c[:2]])
        else:
            # bare name of a province and its namesake kab/kota ("Gorontalo"): the province;
            # bare name shared by a kabupaten and a kota ("Serang"): the kabupaten, the older and larger unit, unless
            # the article names only cities otherwise ("Bukittinggi 4 ASN, Solok 1 ASN, Payakumbuh 3 ASN"): the city
            provinces = [c for c in m.codes if gaz.regions[c].level == PROVINCE]
            regencies = [c for c in m.codes if gaz.regions[c].level == REGENCY]
            cities = [c for c in m.codes if gaz.regions[c].level == CITY]
            if cities and among_cities is None:
                among_cities = _names_only_cities(explicit_codes)
            m.code = (provinces or (cities if among_cities else regencies) or sorted(m.codes))[0]


CITIES_NAMED = 2  # cities the article names, and no kabupaten, that make a shared bare name the city's


def _names_only_cities(codes: Counter[str]) -> bool:
    """Whether the kab/kota these codes name are cities alone, at least CITIES_NAMED of them."""
    levels = Counter(load_gazetteer().regions[c].level for c in codes)
    return levels[CITY] >= CITIES_NAMED and not levels[REGENCY]


@lru_cache(maxsize=1)
def _forms_by_upper_text() -> dict[str, tuple[str, ...]]:
    index: dict[str, set[str]] = defaultdict(set)
    for form in load_gazetteer().forms:
        index[form.text.upper()].update(c for c in form.codes if len(c) == 5)
    return {k: tuple(sorted(v)) for k, v in index.items() if v}


def dateline_codes(dateline: str) -> tuple[str, ...]:
    """Kabupaten/kota a dateline names: the whole dateline ("KOTA SERANG"), else a word or two of it
    ("AROSUKA SOLOK"), else a kecamatan ("SERPONG") resolved to its kabupaten/kota."""
    place = " ".join(dateline.upper().split())
    if not place:
        return ()
    forms, districts = _forms_by_upper_text(), load_gazetteer().districts
    if place in forms:
        return forms[place]
    words = place.split()
    parts = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)] + words
    for part in parts:
        if part in forms:
            return forms[part]
    for part in [place, *parts]:
        if part in districts:
            return districts[part]
    return ()


def listed_mentions(doc: Doc, mentions: list[RegionMention]) -> set[int]:
    """Starts of the region mentions that are items of a list of figures ('Kota A (7 kasus), B dan
    C masing-masing 4 kasus'): a story that ranks regions is about its own, not about each of those."""
    by_sentence: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    starts = sentence_starts_of(doc)
    token_chars = token_starts(doc)
    chars = [token_chars[i] for i in starts] if len(mentions) > 1 else []
    for m in mentions:
        if not m.dateline:
            by_sentence[bisect.bisect_right(chars, m.start_char) - 1].append((m.start_char, m.end_char, m.code))
    listed: set[int] = set()
    for n, regions in by_sentence.items():
        if len(regions) < 2:
            continue  # a list names two regions at least
        sent = sentence_of(doc, starts[n])
        figures = [
            (q.start_char, q.end_char, int(get_norm(doc, q)))
            for q in ents_labelled(doc, "QUANTITY")
            if sent.start <= q.start < sent.end and get_norm(doc, q).isdigit()
        ]
        items = list_items(doc, sent, regions, figures) if figures else []
        if len(items) > 1:
            listed.update(start for item in items for start in item.mentions)
    return listed | _ranking_tops(doc_text(doc), mentions)


# "Kasus ASN Tidak Netral Paling Banyak di Kabupaten A", "didominasi oleh Kota B": the top of a ranking
RANKING_TOP_BEFORE = re.compile(
    r"(?:paling banyak|terbanyak|tertinggi|paling tinggi|didominasi(?: oleh)?)(?:\s+\w+){0,2}?\s+(?:di\s+|ada di\s+)?$",
    re.IGNORECASE,
)


def _ranking_tops(text: str, mentions: list[RegionMention]) -> set[int]:
    """Starts of the kabupaten/kota named as the top of a ranking in a story that names their province: the
    story ranks the province's regions, it is about the province."""
    provinces = {m.code for m in mentions if len(m.code) == 2}
    return {
        m.start_char
        for m in mentions
        if len(m.code) == 5
        and m.code[:2] in provinces
        and RANKING_TOP_BEFORE.search(text, max(0, m.start_char - 40), m.start_char)
    }


def _locating_provinces(text: str, mentions: list[RegionMention]) -> set[int]:
    """Starts of the provinces named only to place the kabupaten/kota just before them ("Pemerintah Kabupaten A,
    Provinsi B, menjalankan sanksi ..."): the story is about the kabupaten."""
    return {
        m.start_char
        for before, m in pairwise(mentions)
        # "Kabupaten A, Provinsi B", not a statement's place "di kantornya, Kota A, B"
        if before.explicit
        and places_the_last(text, (before.start_char, before.end_char, before.code), (m.start_char, m.end_char, m.code))
    }


SPEAKER_WEIGHT = 3.0  # the region of the body that speaks in the lead


def article_regions(
    mentions: list[RegionMention],
    title_end: int,
    first_par_end: int,
    from_dateline: tuple[str, ...],
    speakers: set[str] = frozenset(),
    listed: set[int] = frozenset(),
) -> list[str]:
    """Codes of the regions the article is about, strongest first.

    Kabupaten/kota within half the top score are kept; provinces only when no kabupaten/kota is named. The
    region whose body speaks in the lead ('Bawaslu Sulsel mencatat ...') weighs more; regions named as items
    of a list of figures count for nothing.
    """
    score: dict[str, float] = defaultdict(float)
    for code in speakers:
        score[code] += SPEAKER_WEIGHT
    for m in mentions:
        if m.dateline or m.start_char in listed:
            continue  # a dateline is counted once below
        weight = 3.0 if m.start_char < title_end else 2.0 if m.start_char < first_par_end else 1.0
        score[m.code] += weight * (1.25 if m.explicit else 1.0)
    if len(from_dateline) == 1:
        # the place the story was filed from: the city, unless the text is more about its province ("KUPANG - ...
        # Di Provinsi NTT, terdapat enam ASN ..."), as a story filed from a province's capital often is
        city = from_dateline[0]
        score[city[:2] if score.get(city[:2], 0.0) > score.get(city, 0.0) else city] += 2.0
    local = {c: s for c, s in score.items() if len(c) == 5}
    provinces = {c: s for c, s in score.items() if len(c) == 2}
    top_local = max(local.values(), default=0.0)
    top_province = max(provinces.values(), default=0.0)
    # A story about a province ("Bawaslu Jatim catat ...") names its capital or a few kabupaten in passing;
    # the province is the subject when it clearly outweighs every kabupaten/kota.
    if top_province > 0 and top_province >= 1.5 * top_local:
        pool, top = {**local, **provinces}, top_province
    else:
        pool, top = local, top_local
    return sorted((c for c, s in pool.items() if s >= 0.5 * top), key=lambda c: (-pool[c], c))


@Language.component("asn_profile")
def asn_profile(doc: Doc) -> Doc:
    meta = doc.user_data.get(META, {})
    title_end = int(meta.get("title_end", 0))
    first_par_end = doc_text(doc).find("\n\n", title_end + 2)
    first_par_end = len(doc_text(doc)) if first_par_end < 0 else first_par_end
    from_dateline = dateline_codes(meta.get("dateline", ""))
    mentions = region_mentions(doc)
    resolve_mentions(mentions, from_dateline)
    about = [m for m in mentions if not is_statement_place(doc, m.start_char, m.end_char)]
    spans = [(m.start_char, m.end_char, m.code) for m in about if not m.dateline]
    lead_end = lead_end_char(doc, title_end)
    # a national story is about no region, whatever provinces it ranks
    national = national_story(doc, spans, lead_end, from_dateline)
    codes = (
        []
        if national
        else article_regions(
            about,
            title_end,
            first_par_end,
            from_dateline,
            speaking_bodies_regions(doc, spans, lead_end),
            listed_mentions(doc, about) | _locating_provinces(doc_text(doc), about),
        )
    )
    etype, year = article_election(doc, title_end, meta.get("published", ""))
    doc.user_data[PROFILE] = {
        "national": national,
        "region_codes": codes,
        "election_type": etype,
        "election_year": year,
        "violation_types": violation_types(doc_text(doc)),
        "mentions": [(m.start_char, m.end_char, m.code, m.explicit) for m in mentions],
    }
    return doc


def entity_span(doc: Doc, start_char: int, end_char: int) -> Span | None:
    return doc.char_span(start_char, end_char, alignment_mode="expand")
