"""Where a count belongs: its region, or national when none (whether its words make it national: `national`;
lists of regions: `lists`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from analysis.ingest.metadata import WEEKDAYS
from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import doc_text, ents_labelled, sentence_at, span_text, token_starts
from analysis.nlp.facts.parts import PART_REACH, sentence_starts_back
from analysis.nlp.facts.references import restated_with_demonstrative
from analysis.nlp.facts.state import REGIONS_IN, Article, Count, Fact
from analysis.nlp.facts.totals import DISTINCT_FIGURE
from analysis.nlp.profile import is_dateline_mention
from analysis.nlp.region_lists import SHARED_TOTAL_LINK
from analysis.nlp.scope import BODY_REGION_CHARS, is_statement_place, regional_body
from analysis.reference.elections import REGIONAL_ELECTION_NAMES


def regions_in(doc: Doc, sent: Span, mentions: list) -> list:
    """The article's region mentions in this sentence, datelines and places of a statement aside (once per
    sentence: several rules ask)."""
    found = doc.user_data.setdefault(REGIONS_IN, {})
    regions = found.get(sent.start)
    if regions is None:
        regions = found[sent.start] = [
            m
            for m in mentions
            if sent.start_char <= m[0] < sent.end_char
            and not _is_dateline(doc, m[0], m[1])
            and not is_statement_place(doc, m[0], m[1])
        ]
    return regions


def _is_dateline(doc: Doc, start_char: int, end_char: int) -> bool:
    return is_dateline_mention(doc, start_char, end_char)


CLOSE_AFTER_CHARS = 40  # "25 ASN di Kota Medan": a region right after the counted noun


SCOPE_AFTER_CHARS = 60  # "23 dugaan pelanggaran netralitas ASN se-Kaltim"
BODY_AFTER_CHARS = 80  # "satu kasus netralitas ASN yang sudah diregistrasi Bawaslu Kota Bandarlampung"


# "yakni 9 kasus, disusul Kabupaten Tegal dengan 6 kasus": a region after a break belongs to what follows
# ("termasuk": "684 laporan yang kami terima termasuk dari Provinsi A" names a place the count takes in)
_BREAK_BEFORE_REGION = re.compile(
    r"[,;:()]|\b(disusul|sedangkan|sementara|kemudian|lalu|serta|dan|atau|termasuk)\b", re.IGNORECASE
)


# "7 ASN di Kota Bogor", "67 laporan dan temuan Aparatur Sipil Negara (ASN) di Makassar": the place of the
# counted ASN, named right after them; where they serve ("satu ASN yang bertugas di salah satu instansi di
# Kabupaten A"); the place they share with others counted beside them ("satu ASN dan dua kepala desa di Kota B");
# the government they serve, named in full ("di (lingkungan) Pemerintah Kabupaten (Pemkab) A")
_PLACE_OF_COUNT = re.compile(
    r"(?:(?:\s+[\w()/-]+){0,10}?\s+(?:asn|pns|\(asn\)|\(pns\)))?"
    r"(?:\s+(?:di\s+antaranya|diantaranya|lainnya))?"  # "Dua ASN di antaranya di Kabupaten A": a part's place
    r"(?:\s+yang\s+(?:bertugas|bekerja|berdinas|menjabat|berasal)(?:\s+[\w-]+){0,6}?"
    r"|\s+dan\s+(?:\d+|[a-z]+)(?:\s+[a-z]+){1,2}?)?"
    r"\s+(?:(?:ada|terjadi|berada)\s+)?"  # "satu kasus ada di Kabupaten A": where the counted are
    r"(di|dari|asal)\s+(lingkungan\s+)?(pemerintah\s+(?:kabupaten|kota|provinsi)\s+(?:\(\w+\)\s+)?)?",
    re.IGNORECASE,
)
# "empat kepala dinas Pemkab Luwu Utara", "dua PNS Pemprov Sulsel": the government the counted officials serve
_OFFICE_OF_COUNT = re.compile(
    r"(?:(?:\s+[\w()/-]+){0,3}?\s+(?:asn|pns|\(asn\)|\(pns\)|pejabat|camat|sekda|kadis|dinas))?"
    r"(?:\s+(?:lingkup|di\s+lingkungan))?(\s+pemprov)?\s+",
    re.IGNORECASE,
)
_GOVERNMENT = re.compile(r"(pemkab|pemkot|pemerintah)\b", re.IGNORECASE)


# "satu laporan masuk ke Bawaslu Yahukimo", "2 kasus yang ditangani Bawaslu Kota A": the body the count came to
_BODY_OF_COUNT = re.compile(
    rf"\s+(?:yang\s+)?(?:{'|'.join(sorted(lx.RECEIVED_BY))})\s+(?:(?:{'|'.join(sorted(lx.RECEIVED_BY_LINKS))})\s+)?"
    r"(?:bawaslu|panwaslu|panwaslih)\s+(?:(?:kabupaten|kota|provinsi)\s+)?",
    re.IGNORECASE,
)


def _place_of_the_counted(text: str, end: int, mention_start: int) -> bool:
    """Whether the region mention right after a count names the place of what it counts (see above)."""
    if (
        _PLACE_OF_COUNT.fullmatch(text, end, mention_start)
        or _BODY_OF_COUNT.fullmatch(text, end, mention_start)
        or _MOST_THERE.fullmatch(text, end, mention_start)
    ):
        return True
    office = _OFFICE_OF_COUNT.fullmatch(text, end, mention_start)
    return office is not None and (office.group(1) is not None or _GOVERNMENT.match(text, mention_start) is not None)


_CLAUSE_PLACE = re.compile(r"\bdi\s+$", re.IGNORECASE)
_ELECTION_OF_A_PLACE = re.compile(
    rf"\b(?:{'|'.join(REGIONAL_ELECTION_NAMES)}|pemilihan (?:bupati|wali ?kota))\s+(?:kota\s+|kabupaten\s+)?$",
    re.IGNORECASE,
)
ELECTION_NAME_CHARS = 40  # characters of an election's name before its place: "Pemilihan Gubernur dan Wakil Gubernur"
_NAMELY = re.compile(r"\b(yakni|yaitu)\b", re.IGNORECASE)
# A region named after a total as the top of its ranking ("118 kasus ... dengan Jawa Timur di posisi teratas", "...,
# terbanyak di Kabupaten A"): the total is over many regions, not that one's. Before the region only a superlative
# says so (not a job's "posisi": "12 ASN yang memiliki posisi strategis di A"); after it, a place in the ranking too
_SUPERLATIVES = r"(terbanyak|tertinggi|teratas|terbesar|paling banyak|paling tinggi)"
_RANKED_AFTER_REGION = re.compile(r"\s+(\w+\s+){0,2}(" + _SUPERLATIVES + r"|urutan|peringkat|posisi)\b", re.IGNORECASE)
_RANKED_BEFORE_REGION = re.compile(r"\b" + _SUPERLATIVES + r"\b", re.IGNORECASE)
_WITH = re.compile(r"\bdengan\b", re.IGNORECASE)


# "mencatat 21 kasus terbanyak di Kabupaten A": the superlative right after the count's noun, no comma: the most of
# the places, and the count is theirs
_MOST_THERE = re.compile(r"(?:\s+[^\W\d_]+)?\s+" + _SUPERLATIVES + r"\s+di\s+$", re.IGNORECASE)


def _top_of_a_ranking(text: str, end: int, mention: tuple[int, int, str, bool]) -> bool:
    """The region named after the count (ending at `end`) is the top of a ranking of regions ("... dengan A di
    posisi teratas", "..., terbanyak di A"), not the place of the count ("7 ASN di Kota A, tertinggi se-B", "21 kasus
    terbanyak di A")."""
    if _MOST_THERE.fullmatch(text, end, mention[0]):
        return False
    return bool(
        _RANKED_BEFORE_REGION.search(text, end, mention[0])
        or _WITH.search(text, end, mention[0])
        and _RANKED_AFTER_REGION.match(text, mention[1], mention[1] + 40)
    )


# "empat ASN hadir saat deklarasi bakal cagub di Kota A", "dalam acara partai di B": where the event was held, not
# where the counted serve
_VENUE_OF_AN_EVENT = re.compile(
    r"\b(saat|ketika|dalam|menghadiri|hadiri)\s+(\w+\s+){0,1}(deklarasi|acara|kegiatan|pertemuan|rapat|apel|"
    r"silaturahmi|silaturahim|syukuran|konsolidasi|sosialisasi|pelantikan|peresmian)\b",
    re.IGNORECASE,
)
# "Ketua Bawaslu RI, Rabu (18/9) di kawasan Senayan, Jakarta, menyebutkan ...", "... di Jakarta, Rabu (18/9)", "Dalam
# rapat ... di Jakarta pada Rabu 18 September": where a statement was made, named with its day, is no place of the
# figures it gives
_WEEKDAY = f"(?:{'|'.join(map(re.escape, WEEKDAYS))})"
_STATEMENT_VENUE_BEFORE = re.compile(
    rf"\b{_WEEKDAY}\s*,?\s*(?:\([^()]{{0,12}}\))?\s*,?\s*di\s+(?:kawasan\s+[\w ]{{1,30}},\s*)?$", re.IGNORECASE
)
_STATEMENT_DAY_AFTER = re.compile(rf"\s*(?:,|pada)\s*{_WEEKDAY}\b", re.IGNORECASE)  # "di A, Rabu", "di A pada Rabu"
_AT_A_PLACE = re.compile(r"\bdi\s+(?:kawasan\s+[\w ]{1,30},\s*)?$", re.IGNORECASE)


def _venue_of_a_statement(text: str, mention: tuple[int, int, str, bool]) -> bool:
    before = text[max(0, mention[0] - 60) : mention[0]]
    return bool(
        _STATEMENT_VENUE_BEFORE.search(before)
        or _AT_A_PLACE.search(before)
        and _STATEMENT_DAY_AFTER.match(text, mention[1], mention[1] + 12)
    )


# Words that spread a figure over the places named after them, and those that break it down into parts
_SPREAD = "masing-masing|yakni|yaitu|antara lain|tersebar"
_SPREAD_WORDS = re.compile(rf"\b({_SPREAD})\b", re.IGNORECASE)
_BREAKDOWN_WORDS = re.compile(rf"\b({_SPREAD}|di antaranya)\b", re.IGNORECASE)


# A party's branch named with its place ("DPD Partai Gerindra Sumatera Utara melaporkan 14 camat ..."): the
# complainant's place, not that of the count
_PARTY_BRANCH = re.compile(r"\b(?:DPD|DPW|DPC)\b[^.,;]*\bPartai\s+[\w-]+\s+$")
PARTY_BRANCH_CHARS = 60  # characters before the place: "Dewan Pimpinan Daerah (DPD) Partai Gerindra "


# A place the count is said to be outside of: "Di luar Sukoharjo, satu kasus berasal dari Purbalingga"
# a capital named to say which province ("Provinsi dengan ibu kota Palu ini memiliki ..."): the province's, not its
_CAPITAL_OF = re.compile(r"\bibu\s*kota\s+$", re.IGNORECASE)
CAPITAL_CHARS = 12  # characters before the place: "ibu kota "
_PLACE_LEFT_OUT = re.compile(r"\b(di luar|selain)\s+(di\s+)?$", re.IGNORECASE)


def nearest_region(
    doc: Doc, mentions: list[tuple[int, int, str, bool]], sent: Span, start: int, end: int, value: int = 0
) -> str:
    """The region a number is about: the nearest mention before it in the sentence, or one right after it.

    A kabupaten/kota is preferred to a province in the same sentence; datelines do not count.
    """
    candidates = []
    text = doc_text(doc)
    for m in regions_in(doc, sent, mentions):
        if (
            end <= m[0] <= end + SCOPE_AFTER_CHARS
            and text[m[0] - 3 : m[0]].lower() == "se-"
            and not _BREAK_BEFORE_REGION.search(text, end, m[0] - 3)
        ):
            return m[2]  # "23 dugaan pelanggaran netralitas ASN se-Kaltim": the count's scope, whatever else
    for m in regions_in(doc, sent, mentions):
        if m[0] >= end and (_top_of_a_ranking(text, end, m) or _VENUE_OF_AN_EVENT.search(text, end, m[0])):
            continue
        if m[0] >= end and _place_of_the_counted(text, end, m[0]):
            return m[2]  # "7 ASN di Kota Bogor": the place named right after the count is its own
        if m[1] <= start:
            if _election_s_province_before_its_regency(doc, sent, mentions, m, end):
                continue  # "... di Pilkada Kalteng, seorang ASN dilaporkan ke Bawaslu Kabupaten A": the regency's count
            if (
                not _venue_of_a_statement(text, m)
                and not _PLACE_LEFT_OUT.search(text, max(0, m[0] - 12), m[0])
                and not _PARTY_BRANCH.search(text, max(0, m[0] - PARTY_BRANCH_CHARS), m[0])
                and not _CAPITAL_OF.search(text, max(0, m[0] - CAPITAL_CHARS), m[0])
            ):
                candidates.append((start - m[1], m))
        elif (
            m[0] >= end
            and m[0] - end <= CLOSE_AFTER_CHARS
            and not _BREAK_BEFORE_REGION.search(text, end, m[0])
            and not _SPREAD_WORDS.search(text, end, m[0])  # "di tiga kabupaten yakni A, B dan C": all of them
        ):
            candidates.append((m[0] - end, m))
    if not candidates:
        # "18 ASN diduga terlibat politik praktis dalam Pilkada 2020 di Kalbar": the place the clause ends on
        # (one place, not the first of those a breakdown goes through: "masing-masing di Kabupaten A, B dan C")
        later = [
            m for m in regions_in(doc, sent, mentions) if m[0] >= end and not _VENUE_OF_AN_EVENT.search(text, end, m[0])
        ]
        if (
            len(later) == 1
            and (
                _CLAUSE_PLACE.search(text, max(end, later[0][0] - 4), later[0][0])
                # "satu kasus netralitas ASN yang sudah diregistrasi Bawaslu Kota A": the body that handles it
                or later[0][0] - end <= BODY_AFTER_CHARS
                and _names_a_body(doc, later[0])
            )
            and not _BREAK_BEFORE_REGION.search(text, end, later[0][0])
            and not _BREAKDOWN_WORDS.search(text, end, later[0][0])
        ):
            return later[0][2]
        places = {m[2] for m in later}
        breakdown = _BREAKDOWN_WORDS.search(text, end, later[0][0]) if len(places) > 1 else None
        if breakdown and not any(
            # (not where a part's figure comes first: "58 laporan, tiga di antaranya dari Provinsi A, yakni ...")
            end <= q.start_char < breakdown.start()
            for q in ents_labelled(doc, "QUANTITY")
        ):
            # "Lima pelanggaran itu masing-masing terjadi di Kabupaten A, B dan C", "empat kasus lain, yakni dua di
            # Kabupaten A, serta satu di Kota B": a figure over the regions of one province is the province's, in a
            # story of that province
            return province_of_places(places, mentions)
        namely = _NAMELY.search(text, end, later[0][0]) if value == 1 and len(later) == 1 else None
        if namely and not _BREAK_BEFORE_REGION.search(text, namely.end(), later[0][0]):
            return later[0][2]  # "baru satu yang disanksi, yakni kasus di Kabupaten A": where that one is
        return ""
    nearest_before = min((c for c in candidates if c[1][1] <= start), key=lambda c: c[0], default=None)
    if nearest_before is not None and _names_a_body(doc, nearest_before[1]):
        # "selain di Kota A, Bawaslu Provinsi B memproses 4 laporan": the body that counts
        return _body_or_the_regency_of_its_election(doc, sent, mentions, end, nearest_before[1][2])
    local = [c for c in candidates if len(c[1][2]) == 5]
    return min(local or candidates, key=lambda c: c[0])[1][2]


def _election_s_province_before_its_regency(doc: Doc, sent: Span, mentions: list, m: tuple, end: int) -> bool:
    """Whether the mention m, before a count, is a province named as its election's ("di Pilkada Kalteng") while one of
    its regencies is named after the count in the sentence."""
    if len(m[2]) != 2:
        return False
    text = doc_text(doc)
    if not _ELECTION_OF_A_PLACE.search(text, max(0, m[0] - ELECTION_NAME_CHARS), m[0]):
        return False
    return any(
        later[0] >= end and len(later[2]) == 5 and later[2][:2] == m[2] for later in regions_in(doc, sent, mentions)
    )


def _body_or_the_regency_of_its_election(doc: Doc, sent: Span, mentions: list, end: int, body: str) -> str:
    """The region of the body that counts, unless a province's body counts in the election of one of its regencies
    named after the count ("Bawaslu Provinsi A memeriksa dua ASN ... di Pilkada Kota B"): that regency's."""
    if len(body) != 2:
        return body
    text = doc_text(doc)
    return next(
        (
            m[2]
            for m in regions_in(doc, sent, mentions)
            if m[0] >= end and m[2][:2] == body and _ELECTION_OF_A_PLACE.search(text, max(0, m[0] - 30), m[0])
        ),
        body,
    )


# "di Kabupaten A dan B", "di daerah A, B, C dan D": places joined by commas and "dan" alone
_JOINING_PLACES = re.compile(r",\s*((dan|serta)\s+)?|\s+(dan|serta)\s+", re.IGNORECASE)


def places_spread_over(doc: Doc, sent: Span, mentions: list, start: int, end: int, region: str) -> list[str]:
    """The places a count is spread over when the place it was given, named after it, is the first of several
    joined ones ("dua kasus di Kabupaten A dan B"), or, named right before its figure (at `start`), the last of
    them ("meliputi Kabupaten A, B dan C sebanyak empat laporan"), else none: one figure over several places is a
    figure of none of them."""
    text, places = doc_text(doc), regions_in(doc, sent, mentions)
    later = [m for m in places if m[0] >= end]
    if len(later) < 2 or later[0][2] != region:
        earlier = [m for m in places if m[1] <= start][::-1]
        if not earlier or earlier[0][2] != region or not SHARED_TOTAL_LINK.fullmatch(text, earlier[0][1], start):
            return []
        later = earlier  # read backwards from the figure: the joins between them are the same
    joined = [later[0]]
    for mention in later[1:]:
        first, second = sorted((joined[-1], mention))
        if len(region) > 2 and mention[2] == region[:2] and _AND.fullmatch(text, first[1], second[0]):
            joined.append(mention)  # "9 ASN Kota A dan Provinsi B": the employees of both governments
            break
        if len(mention[2]) != len(region) or not _JOINING_PLACES.fullmatch(text, first[1], second[0]):
            break
        joined.append(mention)
    codes = list(dict.fromkeys(m[2] for m in joined))
    return codes if len(codes) > 1 else []


_AND = re.compile(r"\s+(?:dan|serta)\s+", re.IGNORECASE)


def region_over_places(
    doc: Doc, sent: Span, mentions: list, end: int, region: str, count: Count, facts: list[Fact]
) -> tuple[str | None, list[str]]:
    """The count's region when the place it was given (`region`) is one of several joined ones it is said of,
    and the other places it counts one in each; None for a figure of none of them, nor of their province where
    the story's figure of it already counts them ("tujuh laporan ... meliputi A dan B sebanyak dua laporan")."""
    spread_over = places_spread_over(doc, sent, mentions, count.ent.start_char, end, region) if region else []
    if not spread_over:
        return region, []
    if region[:2] in spread_over:
        return region[:2], []  # a figure of a city's employees and of its province's: the province's
    if count.value == 1:
        return region, spread_over[1:]  # "satu temuan di Kota A dan Kabupaten B": one in each
    # "dua kasus di Kabupaten A dan B": a figure of neither (their own figures are, where given), but of their
    # province in a story of it ("dua PNS asal Kota A dan Kota B"), unless it restates one ("Ketiga kasus tersebut")
    province = province_of_places(spread_over, mentions) if count.restates is None else ""
    if province and any(
        f.region_code == province and f.fact_type == "violation_count" and f.value > count.value for f in facts
    ):
        return None, []
    return province or None, []


def province_of_places(codes: Iterable[str], mentions: list) -> str:
    """The province of these kabupaten/kota when the article names it (a story of that province), else "": none's
    in a regency's story, nor where the province is itself one of the places ("satu ASN di Pemerintah Kota A serta
    dua ASN di Pemerintah Provinsi B")."""
    codes = set(codes)
    provinces = {code[:2] for code in codes}
    if len(provinces) != 1 or any(len(code) == 2 for code in codes):
        return ""
    province = provinces.pop()
    return province if any(m[2] == province for m in mentions) else ""


# "dari 24 kabupaten/kota", "di seluruh kabupaten dan kota", "pada 12 kabupaten kota", "15 kab/kota", "oleh PPK di
# masing-masing daerah": a count over the province's regencies and cities
_OVER_REGENCIES = re.compile(
    r"\b(\d+|seluruh|semua|se)\s+kab(?:upaten|\.)?\s*(/|dan|atau|\s)\s*kota\b|\bmasing-masing\s+daerah\b"
    r"|\bdaerah\s+masing-masing\b",
    re.IGNORECASE,
)


# "pada 71 pemda", "di 58 pemerintah daerah", "11 Pemprov": a count over many regional governments
_OVER_GOVERNMENTS = re.compile(r"\b(?:[2-9]|\d{2,})\s+(?:pemda|pemerintah daerah|pemprov|pemerintah provinsi)\b", re.I)


def spreads_over_regencies(sent: Span) -> bool:
    return _OVER_REGENCIES.search(span_text(sent)) is not None


def _names_a_body(doc: Doc, mention: tuple) -> bool:
    """'Bawaslu Kaltim', 'Badan Pengawas Pemilu (Bawaslu) Provinsi Papua': the region is that of a body."""
    return any(
        org.end_char <= mention[0] and regional_body(doc, org, [mention])
        for org in ents_labelled(doc, "ORG")
        if mention[0] - org.end_char <= BODY_REGION_CHARS + 12
    )


def headline_scope_from_lead(facts: list[Fact], regionless: set[int], title_end: int) -> list[Fact]:
    """A headline figure without a region of its own ("Lebih dari 400 ASN Dilaporkan ...") is national when
    the body leads with a national figure: the headline comes first, so it was given the article's region."""
    lead = next((f for f in facts if f.start_char >= title_end), None)
    if lead is None or lead.scope != "national" or not regionless:
        return facts
    return [
        dataclasses.replace(f, scope="national", region_code="") if n in regionless else f for n, f in enumerate(facts)
    ]


def prefer_body_over_title(
    facts: list[Fact], title_end: int, totals_in_body: frozenset[int] = frozenset()
) -> list[Fact]:
    """A headline number is restated in the body with its context (scope, status, region): keep that one; and
    none where the body states it as a count of cases it does not record (`totals_in_body`: "Ada 21 Pelanggaran"
    over "21 pelanggaran ..., yang salah satunya terkait netralitas ASN")."""
    body = {(f.fact_type, f.value) for f in facts if f.start_char >= title_end}
    body |= {("violation_count", value) for value in totals_in_body}
    return [f for f in facts if f.start_char >= title_end or (f.fact_type, f.value) not in body]


# Larger than any region's: the most violations a province has recorded in a cycle are about two hundred (the
# annotated real articles), the most civil servants a province employs a few hundred thousand.
NATIONAL_COUNT_MIN = 300
NATIONAL_HEADCOUNT_MIN = 1_000_000
LEVELS_OF_REGION = {"provinsi", "kabupaten", "kota", "kabupaten/kota", "kab/kota"}


def finer_region_restated(region: str, count: Count, fact_type: str, facts: list[Fact]) -> str:
    """'4 ASN Kabupaten A dilaporkan. Keempat ASN itu termasuk dalam 25 ASN se-Provinsi B ...', '11 oknum ASN
    Pemkab A dilaporkan ... . ... keterlibatan 11 oknum ASN turut menjadi atensi Bawaslu Provinsi B' (a distinctive
    figure, said again without a demonstrative): a figure said again keeps its regency when the sentence names only
    the province it is in."""
    if not region or "." in region:
        return region  # only a province's code is made finer
    restates = count.restates
    if restates is None and count.value >= DISTINCT_FIGURE:
        restates = restated_with_demonstrative(count.value, facts)  # (the last fact of that figure, as for "itu")
    if restates is None or restates.fact_type != fact_type or restates.scope != "regional":
        return region
    return restates.region_code if restates.region_code.startswith(region + ".") else region


def scope_without_region(
    article: Article, sent: Span, fact_type: str, value: int, restates: Fact | None = None
) -> tuple[bool, str]:
    """(national, region) of a count whose sentence names no region: the region of the figure it states again
    ('Empat pelanggaran ASN yang sudah terbukti tersebut ...'), else the region it goes on about, else the
    article's; unless the article leads with a national figure ("Bawaslu RI mencatat 1.200 ...": its later figures
    without a region are national too) or the count is too large for any region ("Sebanyak 1.000 aparatur negara
    telah diberi sanksi" in a city's story)."""
    too_large = value >= (NATIONAL_HEADCOUNT_MIN if fact_type == "asn_headcount" else NATIONAL_COUNT_MIN)
    if too_large and LEVELS_OF_REGION.isdisjoint(article.lower[sent.start : sent.end]):
        return True, ""  # unless the sentence speaks of a province's levels: "Bawaslu provinsi, kabupaten dan kota"
    doc, mentions = article.doc, article.mentions
    referred = _region_referred_to(article, sent)
    if referred:
        return False, referred  # "Pemkab A ... . Pelanggaran netralitas ASN di sana ...", in a national story too
    lead = next((f for f in article.facts if f.start_char >= article.title_end), None)
    national_lead = lead is not None and lead.scope == "national"
    national = (
        (article.national_story or national_lead)
        and not regions_in(doc, sent, mentions)
        or article.national_story
        and not article.region
        # the national lead's figure said again ("kami telah menerima 69 laporan ..., dua di antaranya dari
        # Provinsi A"): the regions the sentence names are its parts'
        or national_lead
        and (lead.fact_type, lead.value) == (fact_type, value)
    )
    region = (
        ""
        if national
        else (
            (restates.region_code if restates is not None and restates.fact_type == fact_type else "")
            or _region_turned_to(article, sent)
            or _region_just_counted(article, sent, value)
            or _region_of_the_sentence_before(article, sent)
            or article.region
        )
    )
    if len(region) == 5 and spreads_over_regencies(sent):
        region = region[:2]  # "dari 24 kabupaten/kota ... 117 ASN": the province's count, not its regency's
    if region and _OVER_GOVERNMENTS.search(span_text(sent)) and not regions_in(doc, sent, mentions):
        return True, ""  # "138 rekomendasi KASN pada 71 pemda", naming none of them: no one region's count
    return national or not region, region  # no region in the sentence nor in the article: the country's


def _region_just_counted(article: Article, sent: Span, value: int) -> str:
    """The region of the count stated just before (PART_REACH sentences), named in its own sentence: what a count
    with no region of its own goes on about ('Bawaslu Kota A menangani 6 ASN. Tiga di antaranya ...'), rather
    than the article's first region."""
    if not article.facts:
        return ""
    last = article.facts[-1]
    starts = sentence_starts_back(sent, PART_REACH)
    if last.scope != "regional" or last.start_char < token_starts(article.doc)[starts[-1]]:
        return ""
    if last.rule != "count" and not (value <= last.value and _a_ranking_of_one(article, last)):
        # after a list of regions, a count with none of its own is the list's total: the article's; after a
        # ranking's line of one region, a count of its cases ("Sebanyak 12 kasus direkomendasikan"), no more
        return ""
    return last.region_code if _named_in_sentence(article, last) else ""


# A place named again by a word that refers back: "di sana", "di daerah tersebut", "di kabupaten itu"
_PLACE_REFERRED_TO = re.compile(
    r"\bdi\s+(sana|situ|(daerah|wilayah|kabupaten|kota|provinsi)\s+(itu|tersebut))\b", re.IGNORECASE
)


# a sentence about the place named before it, as its subject: "Provinsi ini memiliki ...", under a heading "5. Riau"
_PLACE_AS_SUBJECT = re.compile(
    r"\W*(provinsi|kabupaten|kota|daerah)\s+(dengan\s+[^.,]{1,40}?\s+)?(ini|tersebut)\b", re.IGNORECASE
)  # (or said which by its capital: "Provinsi dengan ibu kota Palu ini")


def _region_referred_to(article: Article, sent: Span) -> str:
    """The one region of the sentence just before, in the same paragraph, that the sentence refers back to ("di
    sana", "di daerah tersebut"); or, in a paragraph of its own, the one the sentence opens by referring to ("Provinsi
    ini memiliki ...", after a heading that names it)."""
    text = span_text(sent)
    if _PLACE_AS_SUBJECT.match(text):
        return _region_of_the_sentence_before(article, sent, provinces=True)
    return _region_turned_to(article, sent) if _PLACE_REFERRED_TO.search(text) else ""


def _region_turned_to(article: Article, sent: Span) -> str:
    """The regency the sentence just before, in the same paragraph, turns to ("Sedangkan di B pun serupa. Total 23
    ASN ..."): it wins over the region of a count further back."""
    before = article.previous_sentence(sent)
    if before is None:
        return ""
    between = article.doc.text[before.start_char : sent.start_char]
    if "\n" in between[len(between.rstrip()) :]:
        return ""  # a paragraph of its own
    # a province too: "Sementara di Sulawesi Selatan, pelanggaran ditemukan ... . Tercatat, ... ASN 29 kasus"
    return _region_of_the_sentence_before(article, sent, provinces=True)


def _region_of_the_sentence_before(article: Article, sent: Span, provinces: bool = False) -> str:
    """The one kabupaten/kota the sentence just before goes on about, with no count of its own: what a count
    with no region goes on with ('Kabupaten A paling mendominasi di antara 11 daerah lainnya. Jumlah dugaan
    pelanggaran ... 21 kasus')."""
    before = article.previous_sentence(sent)
    if before is None or article.violations.get(before.start):
        return ""
    text = doc_text(article.doc)
    codes = {
        m[2]
        for m in regions_in(article.doc, before, article.mentions)
        # (a province a regency's story names as its election's: "sejak Pilgub Jateng 2018, ...")
        if len(m[2]) == 5 or not _ELECTION_OF_A_PLACE.search(text, max(0, m[0] - ELECTION_NAME_CHARS), m[0])
    }
    only = codes.pop() if len(codes) == 1 else ""
    return only if len(only) == 5 or provinces else ""


def _a_ranking_of_one(article: Article, fact: Fact) -> bool:
    """A list fact whose sentence names one region ('Posisi ketiga Kabupaten A dengan 16 kasus'): a count like
    any other, which the next sentence may go on about."""
    if fact.rule != "region_list":
        return False
    items = article.lists.items.get(sentence_at(article.doc, fact.start_char).start, {})
    return len({code for item in items.values() for code in item.codes}) == 1


def _named_in_sentence(article: Article, fact: Fact) -> bool:
    """Whether the fact's region is named in the fact's own sentence."""
    sent = sentence_at(article.doc, fact.start_char)
    return any(m[2] == fact.region_code for m in regions_in(article.doc, sent, article.mentions))


def span_with_region(article: Article, sent: Span, code: str, start_char: int, end_char: int) -> tuple[int, int]:
    """A figure's span stretched to where its region is named in the sentence: one figure for several regions
    ("Kabupaten A dan B, masing-masing delapan kasus") gives each region's fact a span, and a key, of its own."""
    named = next(
        ((m[0], m[1]) for m in article.mentions if m[2] == code and sent.start_char <= m[0] < sent.end_char), None
    )
    return (min(start_char, named[0]), max(end_char, named[1])) if named else (start_char, end_char)
