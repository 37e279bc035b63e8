"""Article-level reading: which regions the article is about, which election, which kinds of violation.

Evidence order: explicit mentions first (weighted by where they stand: title, first paragraph, body),
the dateline, then the publication date with the election calendar.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.ingest.metadata import DOMAIN, fold_case
from analysis.nlp import lexicon as lx
from analysis.nlp.doc_data import (doc_text, ents_labelled, get_norm, lower_texts, sentence_of,
                                   sentence_starts_of, token_starts)
from analysis.nlp.region_lists import list_items
from analysis.nlp.scope import is_statement_place, national_story, speaking_bodies_regions
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


def region_mentions(doc: Doc) -> list[RegionMention]:
    """REGION entities with their candidate codes, a bare name narrowed by a title before it."""
    gaz = load_gazetteer()
    out = []
    for ent in ents_labelled(doc, "REGION"):
        explicit = ent.ent_id_.startswith("E:")
        codes = tuple(ent.ent_id_[2:].split("|"))
        if not explicit and len(codes) > 1 and ent.start > 0:
            before = lower_texts(doc)[ent.start - 1]
            levels = {REGENCY} if before in REGENCY_TITLES else {CITY} if before in CITY_TITLES else None
            if levels:
                narrowed = tuple(c for c in codes if gaz.regions[c].level in levels)
                if narrowed:
                    codes, explicit = narrowed, True
        out.append(RegionMention(ent.start_char, ent.end_char, ent.text, codes, explicit,
                                 dateline=is_dateline_mention(doc, ent.start_char, ent.end_char)))
    return out


# "TRIBUNJOGJA.COM, " or a call sign ("KBRN, ") before the place
_OUTLET_BEFORE_PLACE = re.compile(rf"({DOMAIN}|[A-Z]{{3,8}})\s*,\s*$")


def is_dateline_mention(doc: Doc, start_char: int, end_char: int) -> bool:
    """'SURABAYA, KOMPAS.com -', 'Medan (ANTARA) -': the place opening a paragraph says where, not what about.

    In capitals it is a dateline by its form; in title case only when ingest read it as the dateline.
    """
    full = doc_text(doc)
    line_start = full.rfind("\n", 0, start_char) + 1
    # the place opens the line, or follows the outlet's domain: "TRIBUNJOGJA.COM, BANTUL -"
    if line_start != start_char and not _OUTLET_BEFORE_PLACE.match(full, line_start, start_char):
        return False
    text = full[start_char:end_char]
    dateline = doc.user_data.get(META, {}).get("dateline", "")
    return text.isupper() or bool(dateline) and dateline.startswith(text.upper())


def resolve_mentions(mentions: list[RegionMention], dateline_codes: tuple[str, ...]) -> None:
    """Give every mention one code: explicit mentions in the article decide for bare, ambiguous ones."""
    gaz = load_gazetteer()
    explicit_codes = Counter(m.codes[0] for m in mentions if len(m.codes) == 1)
    for m in mentions:
        if len(m.codes) == 1:
            m.code = m.codes[0]
            continue
        known = [c for c in m.codes if explicit_codes.get(c)]
        from_dateline = [c for c in m.codes if c in dateline_codes]
        if known:
            m.code = max(known, key=lambda c: explicit_codes[c])
        elif from_dateline:
            m.code = from_dateline[0]
        else:
            # bare name of a province and its namesake kab/kota ("Gorontalo"): the province;
            # bare name shared by a kabupaten and a kota ("Serang"): the kabupaten, the older and larger unit.
            provinces = [c for c in m.codes if gaz.regions[c].level == PROVINCE]
            regencies = [c for c in m.codes if gaz.regions[c].level == REGENCY]
            m.code = (provinces or regencies or sorted(m.codes))[0]


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
    parts = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] + words
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
        figures = [(q.start_char, q.end_char, int(get_norm(doc, q))) for q in ents_labelled(doc, "QUANTITY")
                   if sent.start <= q.start < sent.end and get_norm(doc, q).isdigit()]
        items = list_items(doc, sent, regions, figures) if figures else []
        if len(items) > 1:
            listed.update(start for item in items for start in item.mentions)
    return listed


def article_regions(mentions: list[RegionMention], title_end: int, first_par_end: int,
                    from_dateline: tuple[str, ...], speakers: set[str] = frozenset(),
                    listed: set[int] = frozenset()) -> list[str]:
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
        score[from_dateline[0]] += 2.0
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


@lru_cache(maxsize=1)
def election_calendar() -> list[tuple[str, int, dt.date]]:
    path = resources.files("analysis.resources") / "election_calendar.csv"
    with path.open("r", encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [(r["election_type"], int(r["election_year"]), dt.date.fromisoformat(r["election_date"])) for r in rows]


def year_from_calendar(election_type: str, published: str) -> int | None:
    """The cycle a dated article most likely concerns: the first election of that type not long past."""
    if not published:
        return None
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return None
    candidates = sorted(
        (date, year) for etype, year, date in election_calendar()
        if etype == election_type and date >= day - dt.timedelta(days=90)
    )
    return candidates[0][1] if candidates else None


PAST_MARKERS = {"lalu", "sebelumnya", "kemarin", "silam", "terakhir", "baru-baru"}
def cited_as_past(doc: Doc, ent: Span) -> bool:
    """"Pemilu lalu", "Pemilu baru-baru ini", "Pilkada yang lalu": an election already held."""
    lower = lower_texts(doc)
    after = lower[ent.end:ent.end + 2]
    return bool(after) and (after[0] in PAST_MARKERS or after == ["yang", "lalu"])


def last_held_year(election_type: str, published: str) -> int | None:
    """The year of the last election of that type held by the publication date."""
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
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
YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
SPEAKER_WEIGHT = 3.0  # the region of the body that speaks in the lead
GENERIC_BEFORE = {"pelanggaran", "tentang", "pengawas", "penyelenggara", "pidana", "uu", "sengketa", "peserta",
                  "kerawanan", "kepatuhan", "pengawasan", "perkara"}


# The offices the candidates run for say which election a story is about when it names none outside the
# election body's own name ("Badan Pengawas Pemilihan Umum" is said of a Pilkada too)
REGIONAL_OFFICES = re.compile(
    r"\b(?:(?:bakal |pasangan )?calon (?:wakil )?(?:bupati|gubernur|wali ?kota|kepala daerah)|paslon|cabup|cagub"
    r"|cawalkot|cawabup|cawagub|kepala daerah)\b")
NATIONAL_OFFICES = re.compile(
    r"\b(?:caleg|bacaleg|calon (?:anggota )?legislatif|calon anggota (?:dpr|dpd)\w*|(?:bakal )?calon presiden"
    r"|capres|cawapres|partai politik peserta)\b")


def election_from_offices(lower_text: str) -> str:
    """"pilkada" or "pemilu" when the offices named point one way only, else "unknown"."""
    regional, national = len(REGIONAL_OFFICES.findall(lower_text)), len(NATIONAL_OFFICES.findall(lower_text))
    if regional > national:
        return "pilkada"
    if national > regional:
        return "pemilu"
    return "unknown"


def _held_year_named(doc: Doc, etype: str) -> int | None:
    """The one year the text names in which an election of this type was held."""
    held = {y for t, y, _ in election_calendar() if t == etype}
    named = {int(y) for y in YEAR_IN_TEXT.findall(doc_text(doc))} & held
    return named.pop() if len(named) == 1 else None


def election_mention_weight(doc: Doc, ent: Span, title_end: int) -> float:
    """How much one mention says about the article's own election.

    A mention in the title counts double; "Pilkada ini" (this one) counts double; a past election cited
    for comparison ("saat Pemilu 2024 lalu", "dibanding Pemilu 2019") counts a quarter.
    """
    weight = 2.0 if ent.start_char < title_end else 1.0
    lower = lower_texts(doc)
    after = lower[ent.end] if ent.end < len(lower) else ""
    before = lower[ent.start - 1] if ent.start > 0 else ""
    if after == "ini":
        weight *= 2
    elif after in PAST_MARKERS or (after == "yang" and ent.end + 1 < len(lower) and lower[ent.end + 1] == "lalu"):
        weight *= 0.25
    elif before in PAST_BEFORE and ent.end < len(lower) and lower[ent.end] in PAST_MARKERS:
        weight *= 0.25
    elif not COMPARED_BEFORE.isdisjoint(lower[max(0, ent.start - COMPARISON_REACH):ent.start]):
        weight *= 0.25
    elif is_generic_mention(doc, ent):
        weight *= 0.25
    return weight


def is_generic_mention(doc: Doc, ent: Span) -> bool:
    """The election as a body's name or a legal category ("Pengawas Pemilihan Umum", "pelanggaran pemilu"),
    not an event: no year of its own and one of GENERIC_BEFORE right before it."""
    lower = lower_texts(doc)
    before = lower[ent.start - 1] if ent.start > 0 else ""
    return before in GENERIC_BEFORE and not YEAR_WORD.match(lower[ent.end - 1])


def article_election(doc: Doc, title_end: int, published: str) -> tuple[str, int | None]:
    weights: Counter[str] = Counter()
    years: dict[str, Counter[float]] = defaultdict(Counter)
    first_seen: dict[object, int] = {}  # type or (type, year) -> position of its first mention: breaks ties
    for ent in ents_labelled(doc, "ELECTION"):
        norm = get_norm(doc, ent)
        etype, _, year = norm.partition("-")
        weight = election_mention_weight(doc, ent, title_end)
        weights[etype] += weight
        first_seen.setdefault(etype, ent.start)
        if year:
            years[etype][int(year)] += weight
            first_seen.setdefault((etype, int(year)), ent.start)
    if not weights:
        etype = election_from_offices(doc_text(doc).lower())
        if etype == "unknown":
            return etype, None
        return etype, year_from_calendar(etype, published) or _held_year_named(doc, etype)
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
    if years[etype]:
        # a Pileg or Pilpres year merged into the Pemilu's has no first mention of its own: the part's
        year = max(sorted(years[etype]), key=lambda y: (years[etype][y], -min(
            (first_seen.get((t, y), len(doc)) for t in (etype, "pileg", "pilpres")), default=len(doc))))
    else:
        # The type is named without a year: the calendar and the publication date decide; failing those,
        # a year given with another type of election in the same article (Pilkada and Pemilu 2024 share it).
        year = year_from_calendar(etype, published)
        if year is None:
            # only a year in which such an election was held: no "Pilkada 2019" from a cited Pemilu 2019
            held = {y for t, y, _ in election_calendar() if t == etype}
            pooled: Counter[int] = Counter()
            for counter in years.values():
                pooled.update({y: w for y, w in counter.items() if y in held or not held})
            year = max(sorted(pooled), key=lambda y: pooled[y]) if pooled else None
    return etype, year


# --- violation types --------------------------------------------------------------------------------------

VIOLATION_RULES: dict[str, list[str]] = {
    "media_sosial": [
        r"media sosial", r"\bmedsos\b", r"\bmeng?-?like\b", r"\blike\b", r"\bmemposting\b", r"\bpostingan\b",
        r"\bposting\b", r"\bkomen(tar)?\b(?= |,)", r"\bshare\b", r"\bfollow\b", r"\bmengunggah\b", r"\bunggahan\b",
        r"\bdunia maya\b", r"\bfacebook\b", r"\binstagram\b", r"\btiktok\b", r"\bstatus whatsapp\b", r"\btwitter\b", r"\bgrup whatsapp\b", r"\byoutube\b",
    ],
    "dukungan_calon": [
        r"\bdukungan (pada|kepada|terhadap|untuk) (salah satu |para )?(bakal )?(calon|caleg|paslon|pasangan|kandidat|bacaleg|capres|cawapres)",
        r"\bmendukung (salah satu |satu |para )?(bakal )?(calon|caleg|paslon|pasangan calon|kandidat|capres)",
        r"\bmengantar\w* (\w+ ){0,3}(mendaftar|pendaftaran)", r"\b(pose|simbol|gestur) (jari|tangan)",
        r"\bfoto bersama (bakal )?(calon|paslon|caleg)", r"\bmenjadi tim (sukses|pemenangan)", r"\btim sukses\b",
        r"\bfoto(-foto)? (dengan|bersama) (pasangan |bakal )?(calon|paslon|caleg|kandidat|capres|cawapres)",
        r"\bberpose (\w+[ ,]+){0,4}jari", r"\b(bingkai|twibbon)\b (\w+ ){0,3}(calon|paslon|caleg|capres|cawapres)",
        r"\bberfoto (bersama|dengan) (\w+ ){0,2}(calon|paslon|caleg|kandidat|capres|cawapres)",
        r"\b(meng)?acung\w* (\w+ )?jari", r"\b(meng)?angkat\w* (\w+ )?jari", r"\bsimbol nomor urut",
        # directing votes: "mengajak warga memilih", "mengarahkan kepala desa untuk memenangkan caleg"
        r"\b(mengajak|ajak|mengarahkan|menggiring) (\w+ ){0,4}(memilih|pilih|mencoblos|coblos|mendukung|memenangkan)",
        r"\bmemenangkan (salah satu )?(pasangan )?(bakal )?(calon|caleg|paslon|kandidat|capres|cawapres)",
        # campaigning for a candidate, or joining one's registration
        r"\bmeng?k?ampanyekan (salah satu )?(pasangan )?(bakal )?(calon|caleg|paslon|kandidat|capres|cawapres)",
        r"\b(mengikuti|menghadiri|ikut|terlibat dalam)( proses)? pendaftaran (pasangan )?(bakal )?"
        r"(calon|paslon|kandidat|caleg)",
        r"\bdukungan ke (salah satu |para )?(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres)",
        # taking sides with a candidate, also as what is forbidden ("dilarang memihak"), not as a call to stay
        # neutral ("tidak memihak kepada pasangan calon tertentu") nor as a risk ("rentan ... berpihak pada")
        r"(?<!tidak )(?<!tak )\b(memihak|berpihak|keberpihakan)( (asn|pns|secara \w+))? (ke|kepada|terhadap) "
        r"(salah (satu|satunya) )?(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres|peserta)",
        r"(?<!tidak )(?<!tak )\b(keberpihakan( (asn|pns))?|(memihak|berpihak) secara \w+) pada "
        r"(salah (satu|satunya) )?(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres|peserta)",
        r"\bmenguntungkan \(?(salah satu|peserta|calon|paslon|pasangan|kandidat)",
        r"(?<!tidak )(?<!tak )\b(memberikan|memberi|pemberian|menyebar|menyebarkan|menyatakan) dukungan\b",
        r"\bmengantar\w* (bakal )?(calon|paslon|pasangan|kandidat|caleg)",
        r"\bmendukung dan \w+ (salah satu |para )?(bakal )?(calon|caleg|paslon|pasangan calon|kandidat|capres)",
    ],
    # the campaign as an activity, not as a period of the calendar ("masa kampanye") or a slogan ("kampanye damai")
    # nor the campaign's material shared online ("membagikan konten kampanye": that is media_sosial)
    # the campaign as an activity, not as a period or stage of the calendar ("masa kampanye", "tahap kampanye"), a
    # slogan ("kampanye damai"), its material, its supervision or its violations ("pelanggaran kampanye")
    "kampanye": [r"(?<!peraga )(?<!masa )(?<!tahapan )(?<!tahap )(?<!jadwal )(?<!periode )(?<!selama )(?<!konten )"
                 r"(?<!materi )(?<!video )(?<!iklan )(?<!bahan )(?<!media )(?<!pelanggaran )(?<!spanduk )(?<!saat )"
                 r"(?<!pada )(?<!dan )(?<!untuk )(?<!pengawasan )(?<!pelaksanaan )(?<!aturan )(?<!tim )(?<!atribut )"
                 r"(?<!alat )(?<!deklarasi )\bkampanye\b(?! (damai|hitam|negatif|belum|dimulai))",
                 r"\bberkampanye\b", r"\bmengkampanyekan\b"],
    # a candidate's declaration, not a pledge of neutrality or of a peaceful election ("Deklarasi Pemilu Damai")
    "deklarasi": [r"\bdeklarasi\b(?! (netralitas|damai|anti|kampanye damai|(pemilu|pilkada|pileg|pilpres)( serentak)? damai))",
                  r"\bmendeklarasikan\b"],
    # putting up or handing out campaign material, not the material as a kind of violation ("pelanggaran APK")
    "apk": [r"\b(memasang|dipasang|pasang|menyebarkan|menyebar|membagikan|membagi|menempelkan|menempel|"
            r"mengedarkan)\b( \w+){0,3} (apk|alat peraga|baliho|spanduk|stiker)\b",
            r"\b(apk|alat peraga kampanye|baliho|spanduk|stiker)\b( \w+){0,3} (dipasang|terpasang|bergambar|bertuliskan)\b",
            r"\bpemasangan (apk|alat peraga|baliho|spanduk|stiker)\b",
            r"\b(memakai|menggunakan|memasang|mengenakan|membagikan)( \w+){0,2} atribut (kampanye|pasangan calon|paslon|"
            r"calon|partai|peserta)"],
    "fasilitas_negara": [
        r"fasilitas (negara|pemerintah|dinas|jabatan|kantor)", r"\b(mobil|kendaraan|rumah) dinas\b",
        r"anggaran (negara|daerah|pemerintah) untuk", r"\bmenggunakan (apbd|apbn)\b",
    ],
    # a threat to staff or voters; "ancaman pidana" is the law's penalty, not a threat
    "intimidasi": [r"\bintimidasi\b", r"\bmengintimidasi\b", r"\bancaman\b(?! (pidana|hukuman|sanksi|penjara|kurungan|denda))",
                   r"\bmengancam\b", r"\bdiancam\b(?! (pidana|hukuman|sanksi|penjara|kurungan|denda))", r"\btekanan\b",
                   r"\bmemaksa\b", r"\bdipaksa\b", r"\bmenekan (bawahan|pegawai|pemilih|warga)",
                   r"\bmenekan (\w+ ){1,3}(supaya|agar|untuk) ", r"\bmengerahkan (para )?(bawahan|pegawai|staf|aparat|asn)"],
    "politik_praktis": [
        # party membership; standing for office is lawful once the ASN resigns, so only a candidate who still is
        # one counts (below)
        r"\b(anggota|pengurus|kader) partai\b",
        r"\b(mendaftar|mendaftarkan diri|pendekatan|bergabung)( \w+){0,4} partai politik\b",
        # a candidate who is a civil servant: "tiga bakal calon bupati berstatus ASN", "dua dari empat bakal calon
        # yang mendaftar masih berstatus PNS"; not "caleg yang pasangannya berstatus ASN" (a relative who is)
        r"\b(calon|caleg|bacaleg)\b( (?!yang\b)[\w-]+){0,5} berstatus (asn|pns|pegawai negeri)",
        r"\b(calon|caleg|bacaleg)\b( [\w-]+){0,6} masih berstatus (asn|pns|pegawai negeri)",
        # taking part in politics as something found ("diduga terlibat politik praktis"), not as what is
        # forbidden or warned against ("larangan ASN terlibat politik praktis", "agar tidak ikut politik praktis")
        r"\b(diduga|terbukti|kedapatan|ketahuan|dilaporkan|ditemukan|menemukan|temuan|karena|lantaran)\b"
        r"( [\w()-]+){0,8} (ber)?politik (praktis|prkatis)\b",
    ],
}
# Words one of which every match of a code's rules contains (lower case): a text without any of them is
# not scanned with that code's regular expressions, which are slow over a whole article.
VIOLATION_KEYWORDS = {
    "media_sosial": ("media sosial", "medsos", "like", "posting", "komen", "share", "follow", "unggah",
                     "dunia maya", "facebook", "instagram", "tiktok", "whatsapp", "twitter", "youtube"),
    "dukungan_calon": ("dukungan", "mendukung", "mengantar", "pose", "simbol", "gestur", "foto",
                       "tim sukses", "tim pemenangan", "menjadi tim", "acung", "angkat", "ajak", "bingkai", "twibbon",
                       "mengarahkan", "menggiring", "memenangkan", "ihak", "menguntungkan", "ampanyekan", "pendaftaran"),  # (me|ber)(m|p)ihak
    "kampanye": ("kampanye",),
    "deklarasi": ("deklarasi", "mendeklarasikan"),
    "apk": ("apk", "alat peraga", "baliho", "spanduk", "stiker", "atribut"),
    "fasilitas_negara": ("fasilitas", "dinas", "anggaran", "apbd", "apbn"),
    "intimidasi": ("intimidasi", "ancam", "tekanan", "paksa", "memaksa", "menekan", "mengerahkan"),
    "politik_praktis": ("partai", "berstatus", "politik"),
}
def rule_literal(pattern: str) -> str:
    """A rule's words without its regular-expression syntax, lookarounds left out (lower case)."""
    return re.sub(r"\(\?<?[!=][^)]*\)|\(\?-i:|\\b|[()?|*+]", " ", pattern).lower()


# Each rule with the code's keywords written in it: a rule is tried only on lines that hold one of its own
# keywords (one expression per rule is much cheaper on a line than the alternation of all a code's rules).
RULE_KEYWORDS: dict[str, list[tuple[re.Pattern, tuple[str, ...]]]] = {
    code: [(re.compile(p, re.IGNORECASE), tuple(w for w in VIOLATION_KEYWORDS[code] if w in rule_literal(p)))
           for p in pats]
    for code, pats in VIOLATION_RULES.items()
}


def _line_starts(text: str) -> list[int]:
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _any_of(words: set[str]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + r")\b")


# Who a paragraph is about: ASN (civil servants of any title), or people whose neutrality is watched but who
# are not ASN (village heads, soldiers, police). What the others did is no ASN violation.
ASN_ACTORS = _any_of(lx.ASN_ACTORS)
OTHER_ACTORS = _any_of(lx.NON_ASN_ACTORS)


def other_actor_lines(lower: str, line_starts: list[int]) -> set[int]:
    """Lines about people who are not ASN: those that name them and no ASN, and the lines after them that
    name nobody (the story goes on about the same people)."""
    if not any(word in lower for word in lx.NON_ASN_ACTORS):
        return set()  # str.find first: much cheaper than the expression over a whole text
    lines, about_others = set(), False
    for k, start in enumerate(line_starts):
        end = line_starts[k + 1] if k + 1 < len(line_starts) else len(lower)
        if ASN_ACTORS.search(lower, start, end):
            about_others = False
        elif OTHER_ACTORS.search(lower, start, end):
            about_others = True
        if about_others:
            lines.add(k)
    return lines


# Codes whose victims, not doers, are often the others: "perangkat desa diancam akan dievaluasi".
ANY_ACTOR_CODES = {"intimidasi"}


def violation_types(text: str) -> list[str]:
    """Taxonomy codes whose rules match the text, in taxonomy order; lines about people who are not ASN
    (village heads, soldiers, police) do not count, but for pressure put on them.

    The rules are words joined by plain spaces, so no match spans a line break, and every match holds one
    of its rule's keywords: each rule only scans the lines that hold one of its keywords (found with
    str.find), which costs a fraction of scanning the whole text with every rule.
    """
    lower = fold_case(text)  # as the rules' IGNORECASE reads it ("İ" is an "i")
    line_starts: list[int] | None = None
    lines_of: dict[str, list[int]] = {}  # keyword -> the lines holding it

    def lines_holding(word: str) -> list[int]:
        lines = lines_of.get(word)
        if lines is None:
            lines, at = [], lower.find(word)
            while at >= 0:
                lines.append(bisect.bisect_right(line_starts, at) - 1)
                at = lower.find(word, at + 1)
            lines_of[word] = lines
        return lines

    found = []
    others: set[int] = set()
    for code, rules in RULE_KEYWORDS.items():
        present = {word for word in VIOLATION_KEYWORDS[code] if word in lower}
        if not present:
            continue
        if line_starts is None:
            line_starts = _line_starts(lower)
            others = other_actor_lines(lower, line_starts)
        skipped = set() if code in ANY_ACTOR_CODES else others
        if any(_rule_matches_a_line(text, pattern,
                                    {k for w in words if w in present for k in lines_holding(w)} - skipped,
                                    line_starts, len(lower)) for pattern, words in rules):
            found.append(code)
    return found


def _rule_matches_a_line(text: str, pattern: re.Pattern, lines: set[int], line_starts: list[int], end: int) -> bool:
    for k in sorted(lines):
        if pattern.search(text, line_starts[k], line_starts[k + 1] - 1 if k + 1 < len(line_starts) else end):
            return True
    return False


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
    national = national_story(doc, [(m.start_char, m.end_char, m.code) for m in about if not m.dateline], title_end)
    # a national story is about no region, whatever provinces it ranks
    spans = [(m.start_char, m.end_char, m.code) for m in about if not m.dateline]
    codes = [] if national else article_regions(about, title_end, first_par_end, from_dateline,
                                                 speaking_bodies_regions(doc, spans, title_end),
                                                 listed_mentions(doc, about))
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
