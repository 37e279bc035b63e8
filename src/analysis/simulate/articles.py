"""Synthetic Indonesian news articles with known facts: scale tests and extraction benchmarks.

Every article is synthetic and says so: its title starts with "[SINTETIS]", its outlet is the fictional
"Warta Sintetis" and its last line states that it is not real news. Write them to a folder of their own,
never under the published corpus.

An article is about one kabupaten/kota and one election cycle. It carries two to four fact sentences
(violation counts with a status, ASN headcounts, candidates related to ASN, a national figure), numbers
written as digits ("12"), with thousands separators ("15.000"), with "ribu" ("20 ribu") or as words
("dua belas"); distractor sentences with numbers that are not facts (event participants, counts of
other offences); and filler sentences without numbers, so that articles are about as long as real ones.
The truth table lists the facts each article states, in the columns of the contract's facts table.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.reference.gazetteer import CITY, REGENCY, load_gazetteer

SYNTHETIC_MARK = "[SINTETIS]"
OUTLET = "Warta Sintetis"
DISCLAIMER = "Artikel ini sintetis, dibuat otomatis untuk uji skala; bukan berita nyata."

ELECTIONS = (("pilkada", 2018), ("pilkada", 2020), ("pilkada", 2024), ("pemilu", 2019), ("pemilu", 2024))
ELECTION_NAMES = {"pilkada": ("Pilkada", "Pilkada serentak"), "pemilu": ("Pemilu",)}
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

FACT_COLUMNS = [
    "source_file",
    "fact_type",
    "value",
    "unit",
    "status",
    "scope",
    "region_code",
    "election_type",
    "election_year",
]
ARTICLE_COLUMNS = ["source_file", "title", "region_code", "election_type", "election_year", "duplicate_of", "synthetic"]

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def number_words(n: int) -> str:
    """Indonesian number words for 0 <= n < 1000 ("dua puluh lima", "seratus dua belas")."""
    if not 0 <= n < 1000:
        raise ValueError(f"number_words: {n} is outside 0..999")
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n) or f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
    return head + (f" {number_words(rest)}" if rest else "")


def _thousands(n: int) -> str:
    """15000 -> "15.000", as Indonesian writes it."""
    return f"{n:,}".replace(",", ".")


@dataclass(frozen=True)
class SyntheticRegion:
    code: str
    explicit: str  # "Kabupaten Bantul" / "Kota Medan"
    government: str  # "Pemkab Bantul" / "Pemkot Medan"
    bare: str


@dataclass
class SyntheticArticle:
    source_file: str  # path relative to the corpus folder
    title: str
    text: str
    region_code: str
    election_type: str
    election_year: int
    facts: list[dict] = field(default_factory=list)
    duplicate_of: str | None = None


def synthetic_regions() -> list[SyntheticRegion]:
    """Kabupaten/kota whose explicit names point at exactly one region and contain no other region name."""
    gaz = load_gazetteer()
    single = {f.text: f.codes for f in gaz.forms if f.explicit and len(f.codes) == 1}
    bare_forms = {f.text for f in gaz.forms if not f.explicit}
    regions = []
    for region in sorted(gaz.regions.values(), key=lambda r: r.code):
        if region.level not in (REGENCY, CITY) or not region.bare.replace(" ", "").isalpha():
            continue
        prefix, government = ("Kabupaten", "Pemkab") if region.level == REGENCY else ("Kota", "Pemkot")
        explicit, gov = f"{prefix} {region.bare}", f"{government} {region.bare}"
        words = region.bare.split()
        # a word of the name that is itself another region ("Tangerang" in "Tangerang Selatan") could win
        inner = any(
            " ".join(words[i:j]) in bare_forms
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
            if (i, j) != (0, len(words))
        )
        if single.get(explicit) == (region.code,) and single.get(gov) == (region.code,) and not inner:
            regions.append(SyntheticRegion(region.code, explicit, gov, region.bare))
    return regions


def _count_text(rng: random.Random, value: int) -> str:
    """A small count written as digits, as words, or formally as "5 (lima)"."""
    style = rng.random()
    if style < 0.5:
        return str(value)
    if style < 0.85:
        return number_words(value)
    return f"{value} ({number_words(value)})"


def _headcount_text(rng: random.Random) -> tuple[str, int]:
    style = rng.random()
    if style < 0.4:
        value = rng.randrange(1_500, 40_000, 50)
        return _thousands(value), value
    if style < 0.7:
        value = rng.randrange(2, 40) * 1000
        return f"{value // 1000} ribu", value
    value = rng.randrange(300, 999)
    return str(value), value


# Fact sentences: (template, fact_type, unit, status, scope, needs). `{r}` explicit region name, `{g}` its
# government ("Pemkab X"), `{n}` the number, `{e}` the election ("Pilkada 2024").
FACT_TEMPLATES = (
    (
        "Bawaslu {r} mencatat {n} kasus dugaan pelanggaran netralitas ASN selama tahapan {e}.",
        "violation_count",
        "cases",
        "reported",
        "regional",
        "count",
    ),
    (
        "Sebanyak {n} ASN di {r} terbukti melanggar netralitas pada {e}.",
        "violation_count",
        "persons",
        "proven",
        "regional",
        "count",
    ),
    (
        "KASN telah menjatuhkan sanksi kepada {n} ASN {g} dalam {e}.",
        "violation_count",
        "persons",
        "sanctioned",
        "regional",
        "count",
    ),
    (
        "Ada {n} orang ASN {r} yang kedapatan memberikan like pada unggahan salah satu calon dalam {e}.",
        "violation_count",
        "persons",
        "reported",
        "regional",
        "count",
    ),
    (
        "Jumlah ASN di lingkungan {g} mencapai {n} orang menjelang {e}.",
        "asn_headcount",
        "persons",
        None,
        "regional",
        "headcount",
    ),
    (
        "Secara nasional, KASN menerima {n} laporan pelanggaran netralitas ASN pada {e}.",
        "violation_count",
        "cases",
        "reported",
        "national",
        "national",
    ),
)
CANDIDATE_TEMPLATES = {
    "pemilu": "Di {r} terdapat {n} calon anggota legislatif yang berstatus keluarga ASN pada {e}.",
    "pilkada": "Di {r} terdapat {n} calon kepala daerah yang memiliki hubungan keluarga dengan ASN pada {e}.",
}
# Numbers that are not facts: participants of an event, counts of another offence.
DISTRACTORS = (
    "Sebanyak {n} ASN {r} mengikuti sosialisasi netralitas jelang {e}.",
    "Bawaslu {r} juga mencatat {n} laporan politik uang selama {e}.",
)
FILLERS = (
    "Ketua Bawaslu {r} mengingatkan seluruh aparatur sipil negara untuk menjaga netralitas selama tahapan {e}.",
    "Menurutnya, ASN dilarang memberikan dukungan kepada peserta pemilihan, baik secara langsung maupun melalui media "
    "sosial.",
    "Sosialisasi digelar di aula kantor {g} dan dihadiri para kepala organisasi perangkat daerah.",
    "Ia meminta masyarakat melaporkan apabila menemukan pegawai yang tidak netral kepada pengawas pemilu.",
    "Pengawasan dilakukan bersama inspektorat dan badan kepegawaian daerah agar penanganan berjalan cepat.",
    '"Kami tidak ingin ada ASN yang terlibat politik praktis, karena aturannya sudah jelas," ujarnya.',
    "Sekretaris daerah menegaskan bahwa pelanggaran netralitas dapat berujung pada sanksi disiplin.",
    "Bawaslu juga membuka posko pengaduan yang dapat diakses warga setiap hari kerja.",
    "Para camat diminta memantau kegiatan pegawai di wilayah masing-masing hingga hari pemungutan suara.",
    "Pihaknya berharap seluruh tahapan {e} di {r} berjalan aman, damai, dan tanpa intimidasi.",
    "Kegiatan ditutup dengan penandatanganan pakta integritas netralitas oleh para pimpinan perangkat daerah.",
    "Menurut pengamat kebijakan publik, netralitas birokrasi menjadi kunci kepercayaan publik terhadap hasil "
    "pemilihan.",
)


def _election_text(rng: random.Random, etype: str, year: int) -> str:
    return f"{rng.choice(ELECTION_NAMES[etype])} {year}"


def _fact(
    source_file: str,
    fact_type: str,
    value: int,
    unit: str,
    status: str | None,
    scope: str,
    region_code: str,
    etype: str,
    year: int,
) -> dict:
    return {
        "source_file": source_file,
        "fact_type": fact_type,
        "value": value,
        "unit": unit,
        "status": status,
        "scope": scope,
        "region_code": region_code if scope == "regional" else None,
        "election_type": etype,
        "election_year": year,
    }


def _make_article(rng: random.Random, index: int, source_file: str, region: SyntheticRegion) -> SyntheticArticle:
    etype, year = rng.choice(ELECTIONS)
    election = lambda: _election_text(rng, etype, year)  # noqa: E731 - varies the wording per sentence
    fill = lambda s, n="": s.format(r=region.explicit, g=region.government, e=election(), n=n)  # noqa: E731
    facts: list[dict] = []
    fact_sentences = []
    templates = rng.sample(FACT_TEMPLATES, rng.randint(1, 3))
    for template, fact_type, unit, status, scope, needs in templates:
        if needs == "headcount":
            number, value = _headcount_text(rng)
        elif needs == "national":
            value = rng.randrange(120, 3_000)
            number = _thousands(value)
        else:
            value = rng.randrange(1, 60)
            number = _count_text(rng, value)
        fact_sentences.append(fill(template, number))
        facts.append(_fact(source_file, fact_type, value, unit, status, scope, region.code, etype, year))
    if rng.random() < 0.5:
        value = rng.randrange(1, 40)
        fact_sentences.append(fill(CANDIDATE_TEMPLATES[etype], _count_text(rng, value)))
        facts.append(
            _fact(source_file, "related_candidates", value, "persons", None, "regional", region.code, etype, year)
        )
    if rng.random() < 0.5:
        fact_sentences.append(fill(rng.choice(DISTRACTORS), str(rng.randrange(100, 900))))

    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    pub_year = year if month <= 11 else year - 1
    title = f"{SYNTHETIC_MARK} Netralitas ASN {region.explicit} Jelang {_election_text(rng, etype, year)}"
    lead = (
        f"{region.bare.upper()}, WARTA SINTETIS – Bawaslu {region.explicit} menggelar rapat koordinasi "
        f"netralitas aparatur sipil negara pada {rng.choice(DAYS)} ({day}/{month}/{pub_year})."
    )
    body = [fill(s) for s in rng.sample(FILLERS, 7)]
    for sentence in fact_sentences:  # facts at random places among the fillers, never in the lead
        body.insert(rng.randrange(len(body) + 1), sentence)
    paragraphs = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    text = (
        "\n\n".join(
            [
                title,
                f"{OUTLET} – {day} {MONTHS[month - 1]} {pub_year}",
                lead,
                *paragraphs,
                f"Kode naskah: sim{index:07d}. {DISCLAIMER}",
            ]
        )
        + "\n"
    )
    return SyntheticArticle(source_file, title, text, region.code, etype, year, facts)


def simulate_articles(
    n: int, *, seed: int = 0, duplicate_rate: float = 0.0, shard_size: int = 1000
) -> Iterator[SyntheticArticle]:
    """`n` synthetic articles, lazily, in file order; `duplicate_rate` of them repeat an earlier article.

    A duplicate has the same text as an earlier article, so ingest marks it `duplicate` and it states no
    facts of its own (its `facts` list is empty, `duplicate_of` names the original).
    """
    if n < 0 or not 0.0 <= duplicate_rate < 1.0 or shard_size < 1:
        raise ValueError("simulate_articles: n >= 0, 0 <= duplicate_rate < 1 and shard_size >= 1 are required")
    rng = random.Random(seed)
    regions = synthetic_regions()
    originals: list[SyntheticArticle] = []  # a bounded pool to copy duplicates from
    for index in range(n):
        source_file = f"part-{index // shard_size:04d}/sim-{index:07d}.txt"
        if originals and rng.random() < duplicate_rate:
            original = rng.choice(originals)
            yield SyntheticArticle(
                source_file,
                original.title,
                original.text,
                original.region_code,
                original.election_type,
                original.election_year,
                [],
                original.source_file,
            )
            continue
        article = _make_article(rng, index, source_file, rng.choice(regions))
        if len(originals) < 256:
            originals.append(article)
        yield article


def truth_tables(articles: list[SyntheticArticle]) -> dict[str, pd.DataFrame]:
    """The known truth: one row per article and one row per stated fact (contract column names)."""
    article_rows = [
        {
            "source_file": a.source_file,
            "title": a.title,
            "region_code": a.region_code,
            "election_type": a.election_type,
            "election_year": a.election_year,
            "duplicate_of": a.duplicate_of,
            "synthetic": True,
        }
        for a in articles
    ]
    fact_rows = [f for a in articles for f in a.facts]
    return {
        "articles": pd.DataFrame(article_rows, columns=ARTICLE_COLUMNS),
        "facts": pd.DataFrame(fact_rows, columns=FACT_COLUMNS),
    }


def write_corpus(
    folder: Path, n: int, *, seed: int = 0, duplicate_rate: float = 0.0, shard_size: int = 1000, keep_truth: bool = True
) -> dict[str, pd.DataFrame]:
    """Write `n` synthetic articles as .txt files under `folder` (subfolders of `shard_size` files).

    Returns the truth tables (empty when `keep_truth` is False, for very large corpora). The truth is
    never written into `folder`: ingest would read a CSV there as articles.
    """
    folder = Path(folder)
    kept: list[SyntheticArticle] = []
    made: set[Path] = set()
    for article in simulate_articles(n, seed=seed, duplicate_rate=duplicate_rate, shard_size=shard_size):
        path = folder / article.source_file
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_text(article.text, encoding="utf-8")
        if keep_truth:
            kept.append(_without_text(article))
    return truth_tables(kept)


def _without_text(article: SyntheticArticle) -> SyntheticArticle:
    """The article without its text (the truth tables do not need it; 100k texts would)."""
    return SyntheticArticle(
        article.source_file,
        article.title,
        "",
        article.region_code,
        article.election_type,
        article.election_year,
        article.facts,
        article.duplicate_of,
    )
