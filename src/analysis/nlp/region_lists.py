"""Lists and rankings of regions with their figures: "terbanyak di Kabupaten A dengan jumlah 20. Masing-masing
Kota B 15 orang, Kabupaten C 9, ...", "Disusul Kota D (7 kasus), E dan F masing-masing 3 kasus", "Kabupaten G
12 orang, H 4 orang, I 1".

An item is one or more regions joined by a separator, then (after at most a linking word) a number and
perhaps its noun; or a number and its noun, then "di" and its regions ("masing-masing dua ASN di Kabupaten
A dan Kota B"). Whether a sentence's items are read as a list of violation counts, and with which
status, is decided where the facts are (`nlp/facts/where.py`): two items or more, or a list going on, or a ranking,
in a passage about violations of neutrality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from analysis.nlp.doc_data import doc_text

# What may stand between a region and its figure: "Kabupaten A dengan jumlah 20", "Kota B (7 kasus)", "C: 3",
# "D yang terendah, 2 orang", "Kabupaten E (KE) 4 orang", "Jawa Barat menyumbang 100 ASN", "Poso | 9", "F
# menempati posisi pertama dengan 142 ASN"
_TO_FIGURE = re.compile(
    # the region's acronym or short name in brackets: "Penajam Paser Utara (PPU) dua ASN", "Jawa Tengah (Jateng) 65"
    r"(?:\s*\([A-Z][A-Za-z.-]{1,15}\))?"
    r"\s*(?:(?:yang\s+)?(?:terendah|tertinggi|terbanyak|terkecil|terbesar|paling\s+(?:sedikit|banyak|rendah|tinggi))"
    r"\s*(?=[,:(]|\s+(?:dengan|sebanyak|yakni|yaitu|ada|mencapai)\b))?"
    # what makes it first or last, said at some length: "Kota A tercatat sebagai wilayah yang jumlahnya
    # tertinggi di provinsi itu, yakni 31" (no conjunction: "A dan B dengan jumlah tertinggi" share one figure)
    r"(?:(?:(?:(?<=\s)|\s+)(?!(?:dan|serta|atau|disusul|kemudian|lalu)\b)[^\W\d_]+){1,8}?\s+"
    r"(?:terendah|tertinggi|terbanyak|terbesar)"
    r"(?:\s+(?!(?:dan|serta|atau)\b)[^\W\d_]+){0,4}?(?=\s*,?\s+(?:dengan|sebanyak|yakni|yaitu|mencapai)\b))?"
    # its rank: "Sulawesi Tenggara menempati posisi pertama dengan 142 ASN", "B berada di urutan berikutnya dengan 48"
    r"(?:\s*(?:menempati|berada\s+di|di)\s+(?:posisi|urutan|peringkat)\s+"
    r"(?:pertama|teratas|tertinggi|kedua|ketiga|keempat|kelima|berikutnya|selanjutnya)"
    r"(?=\s*,?\s+(?:dengan|sebanyak|yakni|yaitu|mencapai)\b))?"
    r"\s*(?:[:(=|]|,)?\s*(?:(?:dengan|sebanyak|ada|yakni|yaitu|mencapai|berjumlah|sejumlah|masing-masing|masing|"
    r"jumlah|jumlahnya|total|terdapat|tercatat|menyumbang|menyumbangkan|"
    # what the figure counts, named before it: "Kota A dengan jumlah terlapor 10 orang"
    r"terlapor|dugaan|pelanggaran)\s+){0,4}(?:[:(]\s*)?",
    re.IGNORECASE,
)
# What joins the regions of one item: "A dan B", "A, B dan C"
_JOIN = re.compile(r"\s*(?:,|,?\s*dan|,?\s*serta|&)\s*", re.IGNORECASE)
# What joins two items: "A 15 orang, B 9", "(3 kasus). Lalu ..."
_NEXT_ITEM = re.compile(
    r"\s*(?:\)\s*)?(?:[,;.]|,?\s*(?:dan|serta|kemudian|lalu|disusul|sedangkan|sementara|"
    r"selanjutnya|berikutnya))\s*",
    re.IGNORECASE,
)
_NOUN = re.compile(
    r"\s*(?:dugaan\s+(?=pelanggaran|kasus))?"  # "11 dugaan pelanggaran netralitas ASN di A": the noun after it
    r"(kasus|orang|asn|pns|pegawai|laporan|pelanggaran|temuan|dugaan|aduan|pengaduan)\b",
    re.IGNORECASE,
)
# A word right after a figure that is no list connector names what it counts: something else than ASN or cases
# (on the same line: the next line of a table starts with its region)
_OTHER_NOUN = re.compile(
    r"[^\S\n]+(?!(?:dan|serta|kemudian|lalu|disusul|sedangkan|sementara|selanjutnya|yang|di|pada|"
    r"dari|atau|masing-masing)\b)[^\W\d_]",
    re.IGNORECASE,
)
# What stands between the last of several places and the total they share: "meliputi A, B dan C sebanyak 4 laporan"
# (not a tie of a ranking: "Kabupaten B dan C 12 kasus", "D dan E (5 kasus)", each one's)
SHARED_TOTAL_LINK = re.compile(r"\s*,?\s*(?:sebanyak|berjumlah|sejumlah|total|mencapai)\s+$", re.IGNORECASE)
CASE_WORDS = {"kasus", "laporan", "pelanggaran", "temuan", "dugaan", "aduan", "pengaduan"}

LIST_OPENERS = {
    "kemudian",
    "disusul",
    "lalu",
    "selanjutnya",
    "berikutnya",
    "sedangkan",
    "sementara",
    "adapun",
    "masing-masing",
    "dan",
    "serta",
    "yakni",
    "yaitu",
}


@dataclass(frozen=True)
class ListItem:
    codes: tuple[str, ...]  # the regions the figure belongs to (one each)
    value: int
    unit: str  # "cases", "persons" or "" (as the list's other items)
    start_char: int  # the figure
    end_char: int  # the figure and its noun
    mentions: tuple[int, ...] = ()  # where its regions are named (start characters)


def list_items(
    doc: Doc, sent: Span, regions: list[tuple[int, int, str]], figures: list[tuple[int, int, int]]
) -> list[ListItem]:
    """The items of a region list in the sentence. `regions`: (start_char, end_char, code) of its region
    mentions; `figures`: (start_char, end_char, value) of its exact numbers, both in text order."""
    text = doc_text(doc)
    items, placed = _figures_before_regions(text, regions, figures)
    group: list[tuple[int, int, str]] = []
    figure_at = {start: (end, value) for start, end, value in figures if start not in {i.start_char for i in items}}
    last = None
    for region in (r for r in regions if r[0] not in placed):
        if last is not None and region[2] == last[2] and text[last[1] : region[0]].strip() == "(":
            continue  # "Jawa Tengah (Jateng)": the region named again by its short name
        if last is not None and places_the_last(text, last, region):
            # "Kabupaten Wakatobi di Sulawesi Tenggara berada di urutan teratas dengan 17 ASN": the kabupaten's
            if group and group[-1] == last:
                group.pop()
            region = (last[0], region[1], last[2])
        if group and not _JOIN.fullmatch(text, group[-1][1], region[0]) and not _follows_item(text, items, region):
            group = []
        group.append(region)
        last = region
        link = _TO_FIGURE.match(text, region[1])
        figure_start = link.end() if link else region[1]
        if figure_start not in figure_at:
            # "A, B dan C (2 kasus)": the figure comes after the last region of the group
            continue
        end, value = figure_at[figure_start]
        noun = _NOUN.match(text, end)
        if not noun and _OTHER_NOUN.match(text, end):
            # "Kabupaten A ada 4 perbekel": a count of something else; past such counts in the region's row, its
            # ASN ("Kabupaten B 3 perbekel, 4 perangkat desa, 1 PNS")
            next_region = next((r[0] for r in regions if r[0] >= region[1]), len(text))
            later = _asn_figure_later_in_row(text, end, figure_at, next_region)
            if later is not None:
                start, value, noun_end = later
                codes = tuple(dict.fromkeys(r[2] for r in group))
                items.append(ListItem(codes, value, "persons", start, noun_end, tuple(r[0] for r in group)))
            group = []
            continue
        word = noun.group(1).lower() if noun else ""
        unit = "cases" if word in CASE_WORDS else "persons" if word else ""
        respective = _respective_figures(text, group, figure_start, noun.end() if noun else end, figure_at)
        if respective:
            # "Kabupaten A dan Kabupaten B, masing-masing 19 orang dan 17 orang": one figure each, in turn
            for (start, _, code), (figure, figure_end, number) in zip(group, respective, strict=True):
                items.append(ListItem((code,), number, unit, figure, figure_end, (start,)))
            group = []
            continue
        items.append(
            ListItem(
                tuple(dict.fromkeys(r[2] for r in group)),
                value,
                unit,
                figure_start,
                noun.end() if noun else end,
                tuple(r[0] for r in group),
            )
        )
        group = []
    return sorted(items, key=lambda i: i.start_char)


_RESPECTIVELY = re.compile(r"masing(?:-|\s)masing", re.IGNORECASE)


def _respective_figures(
    text: str, group: list[tuple[int, int, str]], figure_start: int, end: int, figure_at: dict[int, tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, value) of each region's own figure when "masing-masing" leads to as many figures, joined, as
    the group has regions ("A dan B, masing-masing 19 orang dan 17 orang"); empty otherwise (one figure each
    region shares: "A dan B masing-masing 3 kasus")."""
    if len(group) < 2 or not _RESPECTIVELY.search(text, group[-1][1], figure_start):
        return []
    figures = [(figure_start, end, figure_at[figure_start][1])]
    while len(figures) < len(group):
        join = _JOIN.match(text, figures[-1][1])
        if join is None or join.end() not in figure_at:
            return []
        figure_end, value = figure_at[join.end()]
        noun = _NOUN.match(text, figure_end)
        figures.append((join.end(), noun.end() if noun else figure_end, value))
    return figures


def _asn_figure_later_in_row(
    text: str, end: int, figure_at: dict[int, tuple[int, int]], stop: int
) -> tuple[int, int, int] | None:
    """(start, value, end) of the ASN count after other people's counts in one region's row, before `stop` (the
    next region) and within the row (no ";" or line break): "3 perbekel, 4 perangkat desa, 1 PNS"."""
    for start in sorted(s for s in figure_at if end < s < stop):
        if ";" in text[end:start] or "\n" in text[end:start]:
            return None
        figure_end, value = figure_at[start]
        noun = _NOUN.match(text, figure_end)
        if noun and noun.group(1).lower() in ("asn", "pns"):
            return start, value, noun.end()
        end = figure_end
    return None


_SPACE = re.compile(r"\s+")
# "5 ASN di A", "12 ASN berasal dari B", "9 kasus terjadi di C", "11 orang bertugas (bekerja) di lingkungan
# pemerintah Kabupaten D", "1 kasus di tingkat provinsi E": where the figure's ASN or cases are
_PLACE_AFTER_FIGURE = re.compile(
    r"\s+(?:(?:berasal|terjadi|bertugas|bekerja|berdinas|berada|tercatat)\s+)?(?:di|dari|asal|untuk)\s+"
    r"(?:lingkungan\s+|tingkat\s+)?(?:(?:pemerintah|pemerintahan)\s+)?",
    re.IGNORECASE,
)
_LEVEL_NAMED = re.compile(r"provinsi\s+", re.IGNORECASE)
_OF_ASN = re.compile(r"(?:\s+(?:netralitas\s+)?(?:asn|pns)\b)?", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"masing(?:-|\s)masing\s+(?:sebanyak\s+)?$", re.IGNORECASE)


def _figures_before_regions(
    text: str, regions: list[tuple[int, int, str]], figures: list[tuple[int, int, int]]
) -> tuple[list[ListItem], set[int]]:
    """Items whose figure comes first: 'masing-masing dua ASN di Kabupaten A, B dan Kota C'
    (each region), 'lima orang di Kabupaten D dan dua orang di E'. Returns the items and the
    starts of the regions they took."""
    items, placed = [], set()
    starts = {r[0]: n for n, r in enumerate(regions)}
    figure_starts = {f[0] for f in figures}
    for start, end, value in figures:
        noun = _NOUN.match(text, end)
        after = _OF_ASN.match(text, noun.end()).end() if noun else end  # "6 pelanggaran ASN di Provinsi A"
        place = _PLACE_AFTER_FIGURE.match(text, after)
        if place and place.end() not in starts:
            place = _LEVEL_NAMED.match(text, place.end()) or place  # "di tingkat provinsi Sumbar": the level named
        if (not place or place.end() not in starts) and (items or noun):
            # "1 kasus di Tanah Datar, 1 Pasaman Barat, 2 Pesisir Selatan": once the list has put its figures
            # first, a figure right before a region is that region's; so is a figure with its noun right before
            # one ("16 kasus Kota Tidore Kepulauan, 15 kasus Halmahera Barat")
            place = _SPACE.match(text, after if noun else end)
        if not place or place.end() not in starts:
            continue
        # "5 di B" takes its noun from the item before ("6 pelanggaran ASN di A, 5 di B"), or from the total the list
        # opens right after ("sebanyak tujuh ASN, 2 di A, 1 di B")
        noun = noun or (None if items else _noun_of_the_total_before(text, start, figures))
        if not noun and not items:
            continue
        n = starts[place.end()]
        group = [regions[n]]
        while n + 1 < len(regions) and _JOIN.fullmatch(text, regions[n][1], regions[n + 1][0]):
            n += 1
            group.append(regions[n])
        link = _TO_FIGURE.match(text, group[-1][1])
        if len(group) > 1 and link and link.end() in figure_starts:
            group = group[:1]  # "6 di NTB, serta Riau dan Kaltim masing-masing lima": those two have their own
        if (
            len(group) > 1
            and not _EACH_BEFORE.search(text, max(0, start - 30), start)
            and not _each_by_the_total(items, value * len(group), figures)
        ):
            continue  # "5 ASN di Jember dan Lamongan": one figure for both, not each one's
        unit = ("cases" if noun.group(1).lower() in CASE_WORDS else "persons") if noun else items[-1].unit
        items.append(
            ListItem(
                tuple(dict.fromkeys(r[2] for r in group)),
                value,
                unit,
                start,
                noun.end() if noun else end,
                tuple(r[0] for r in group),
            )
        )
        placed.update(r[0] for r in group)
    return items, placed


_OPENS_A_BREAKDOWN = re.compile(r"\s*[,:]\s*")


def _noun_of_the_total_before(text: str, start: int, figures: list[tuple[int, int, int]]) -> re.Match | None:
    """The noun of the figure the breakdown at `start` opens right after: 'sebanyak tujuh ASN, 2 di A, ...'."""
    end = max((f[1] for f in figures if f[1] <= start), default=None)
    noun = None if end is None else _NOUN.match(text, end)
    return noun if noun and _OPENS_A_BREAKDOWN.fullmatch(text, noun.end(), start) else None


def _each_by_the_total(items: list[ListItem], last_items_sum: int, figures: list[tuple[int, int, int]]) -> bool:
    """'11 laporan lainnya, seperti sembilan orang ASN di A, satu di B dan C': the last figure is each region's
    when only so do the items add up to the total the sentence states before them."""
    if not items:
        return False
    items_sum = sum(item.value * len(item.codes) for item in items) + last_items_sum
    return any(value == items_sum for start, _, value in figures if start < items[0].start_char)


_PROVINCE_OF_LAST = re.compile(r"\s*(?:,|di)\s*(?:provinsi\s+)?", re.IGNORECASE)


def places_the_last(text: str, last: tuple[int, int, str], region: tuple[int, int, str]) -> bool:
    """'Kabupaten A di Sulawesi Tenggara', 'Kota B, Provinsi C': the province of the region named just before
    (`last`, `region`: start and end characters and code)."""
    return (
        len(region[2]) == 2
        and last[2][:2] == region[2]
        and len(last[2]) > 2
        and bool(_PROVINCE_OF_LAST.fullmatch(text, last[1], region[0]))
    )


def _follows_item(text: str, items: list[ListItem], region: tuple[int, int, str]) -> bool:
    return bool(items) and bool(_NEXT_ITEM.fullmatch(text, items[-1].end_char, region[0]))


def opens_with_list_word(sent_words: list[str]) -> bool:
    """'Kemudian Kabupaten A tujuh ASN', 'Disusul Kota B (5 kasus)': the sentence goes on with a list."""
    first = next((w for w in sent_words if w.isalnum() or "-" in w), "")
    return first in LIST_OPENERS


PLACE_JOINS = {",", "dan", "serta"}  # what joins places named in a row: "Kota A, B dan C"
_PLACE_TITLES = {"kabupaten", "kab", "kab.", "kota", "provinsi", "prov", "prov."}


def joins_places(labels: list[str], lower: list[str], i: int, end: int) -> bool:
    """Whether the word at i, after a place (`labels`: each token's entity label), joins it to another ("asal Kota A
    dan Kota B yang ...") or closes the province set beside it ("di Medan, Sumatera Utara, diperiksa"): the places
    are one, said of what was counted before them, and break no clause."""
    if lower[i] not in PLACE_JOINS:
        return False
    if i + 1 < end and labels[i + 1] == "REGION" and (labels[i - 1] == "REGION" or lower[i + 1] in _PLACE_TITLES):
        return True  # also after a place no entity names: "di Kecamatan A, Kabupaten B diduga ..."
    if labels[i - 1] != "REGION":
        return False
    k = i - 1
    while k > 0 and labels[k] == "REGION":
        k -= 1
    return lower[i] == "," and lower[k] == "," and labels[k - 1] == "REGION"


def words_past_places(lower: list[str], labels: list[str], start: int, end: int) -> list[str]:
    """The words from start to end with the places named among them, and the words joining them, left out."""
    return [
        lower[k]
        for k in range(start, end)
        if labels[k] != "REGION" and not (k > 0 and joins_places(labels, lower, k, end))
    ]
