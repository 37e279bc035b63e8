"""Region gazetteer and the article's regions: codes, aliases, ambiguous bare names, datelines."""

import pytest

from analysis.nlp.profile import dateline_codes
from analysis.reference.gazetteer import CITY, PROVINCE, REGENCY, load_gazetteer, regions_table


def test_gazetteer_covers_every_province_and_kabupaten_kota():
    regions = load_gazetteer().regions.values()
    assert sum(r.level == PROVINCE for r in regions) == 38
    assert sum(r.level in (REGENCY, CITY) for r in regions) == 514
    table = regions_table()
    assert table["region_code"].is_unique and len(table) == 552


@pytest.mark.parametrize(
    "text, codes",
    [
        ("Sekda Kota Serang meminta ASN netral dalam Pilkada 2024.", "36.73"),
        ("Sekda Kabupaten Serang meminta ASN netral dalam Pilkada 2024.", "36.04"),
        ("Pemkab Serang meminta ASN netral. ASN Serang diminta tidak ikut kampanye.", "36.04"),
        ("Wali Kota Solok meminta ASN di Solok menjaga netralitas.", "13.72"),
        ("Bupati Solok meminta ASN di Solok menjaga netralitas.", "13.02"),
        ("ASN Pemkot Tangsel diminta netral. Tangsel punya banyak ASN.", "36.74"),
        ("Bawaslu Kab. Bandung Barat mengingatkan ASN agar netral.", "32.17"),
        ("ASN di Kukar diminta netral selama Pilkada.", "64.02"),
        ("Bawaslu Jabar mengingatkan ASN se-Jawa Barat agar netral.", "32"),
        ("Bawaslu Kabupaten Bantul dan Bawaslu Kabupaten Sleman menggelar sosialisasi bersama.", "34.02;34.04"),
        # names that are also words or personal names: places only in a place's context
        ("Bupati Kendal meminta ASN menjaga netralitas selama Pilkada.", "33.24"),
        ("Bawaslu Kudus menemukan ASN yang tidak netral.", "33.19"),
        ("ASN di Demak diminta netral selama Pilkada.", "33.21"),
        # a one-word name written as two, each half capitalised; a capital and a word are not the name
        ("Bawaslu Kabupaten Batang Hari mengingatkan ASN agar netral.", "15.04"),
        ("ASN di Gunung Kidul diminta netral selama Pilkada.", "34.03"),
        ("Bawaslu Kabupaten Batang hari ini mengingatkan ASN agar netral.", "33.25"),
        # press spellings: a doubled name hyphenated, "Kep." for Kepulauan, a name with "dan" in it, old names
        ("ASN di Kabupaten Fak-Fak diminta netral selama Pilkada.", "92.03"),
        ("ASN di Kabupaten Tojo Una-una diminta netral selama Pilkada.", "72.09"),  # a doubled word, lower case
        ("ASN di Kabupaten Toli-toli diminta netral selama Pilkada.", "72.04"),
        ("Bawaslu Kabupaten Kep. Sula mengingatkan ASN agar netral.", "82.05"),
        ("Bawaslu Kota Padang Sidempuan mengingatkan ASN agar netral.", "12.77"),
        ("Bawaslu Kabupaten Mamuju Utara mengingatkan ASN agar netral.", "76.01"),
        # a short name that stands only behind its level's word, in any of the level's spellings
        ("Bawaslu Kab Tasik mengingatkan ASN agar netral.", "32.06"),
        ("Pemkot Tasik meminta ASN menjaga netralitas.", "32.78"),
        # a prefix and the first word of one region's longer name; not a word other names share
        ("Bawaslu Kabupaten Polewali mengingatkan ASN agar netral.", "76.04"),
        ("Bawaslu Kabupaten Toraja mengingatkan ASN agar netral.", None),
        # the press's short names of regencies, and the old name of one renamed (Maluku Tenggara Barat)
        ("Dua ASN di Sorsel dilaporkan karena tidak netral.", "96.02"),
        ("Bawaslu OKUT mengingatkan ASN agar netral.", "16.08"),
        ("Bawaslu Palas mengingatkan ASN agar netral.", "12.21"),
        ("Pemkab Flotim meminta ASN menjaga netralitas.", "53.06"),
        ("ASN di Kabupaten Maluku Tenggara Barat diminta netral selama Pilkada.", "81.03"),
        # an island regency by its name without "Kepulauan"
        ("Bawaslu Kabupaten Aru mengingatkan ASN agar netral.", "81.07"),
        ("Wamendagri Bima Arya meminta ASN netral selama Pilkada.", None),
        # a body with regional branches, after its officer's title, is named after its place, then a person's name
        ("Ketua Bawaslu Siak Budi Santoso meminta ASN netral selama Pilkada.", "14.08"),
        ("Kepala BKN Bima Haria Wibisana meminta ASN netral.", None),
    ],
)
def test_article_regions_resolve_aliases_and_levels(analyse, text, codes):
    assert analyse(text).article["region_codes"] == codes


def test_province_named_with_its_kabupaten_is_not_an_extra_region(analyse):
    text = "Bawaslu Kabupaten Serang, Banten, mengingatkan ASN Kabupaten Serang agar netral."
    assert analyse(text).article["region_codes"] == "36.04"


def test_a_story_filed_from_a_capital_about_its_province_is_the_provinces(analyse):
    # the dateline counts for the province the text is more about (the province first); a local story keeps its city
    about_the_province = (
        "MATARAM - Pemilu 2024 lalu masih didapati ASN yang tidak netral.\n"
        "Di Provinsi NTB, terdapat tujuh ASN tidak netral, kata Ketua Bawaslu Provinsi NTB.\n"
        "Ketujuh ASN itu ada di Kabupaten Bima, Dompu dan Kota Mataram."
    )
    assert analyse(about_the_province, dateline="MATARAM").article["region_codes"].split(";")[0] == "52"
    about_the_city = (
        "MATARAM - Bawaslu Kota Mataram, NTB, mencatat tiga ASN Kota Mataram tidak netral pada Pemilu 2024."
    )
    assert analyse(about_the_city, dateline="MATARAM").article["region_codes"] == "52.71"


def test_dateline_resolves_bare_ambiguous_name(analyse):
    text = "Ketua Bawaslu mengingatkan ASN di Serang agar netral."
    assert analyse(text, dateline="KOTA SERANG").article["region_codes"] == "36.73"


@pytest.mark.parametrize(
    "dateline, code", [("SERPONG", "36.74"), ("PANDEGLANG", "36.01"), ("BANTUL", "34.02"), ("CIPUTAT", "36.74")]
)
def test_dateline_places_map_to_their_kabupaten_kota(dateline, code):
    assert code in dateline_codes(dateline)


def test_words_that_are_also_region_names_need_a_prefix(analyse):
    text = "Batu itu dilempar ke arah kantor. ASN diminta netral."
    assert analyse(text).article["region_codes"] is None
    assert analyse("ASN Kota Batu diminta netral.").article["region_codes"] == "35.79"


def test_people_after_bracketed_offices_and_in_bylines(analyse):
    text = (
        "Sekretaris Daerah (Sekda) Kota Tangerang Selatan (Tangsel), Bambang Noertjahjo meminta ASN netral, "
        "kata dia di kantor Bupati Bantul, Senin (26/8/2024).\n\nLaporan: Rachman Deniansyah"
    )
    people = {e["text"] for e in analyse(text).entities if e["label"] == "PERSON"}
    assert people == {"Bambang Noertjahjo", "Rachman Deniansyah"}


def test_a_guarded_name_opening_a_clause_is_the_region_the_article_names_in_full(nlp):
    def regions(text):
        return [(e.text, e.ent_id_) for e in nlp(text).ents if e.label_ == "REGION"]

    assert regions('Bawaslu Kabupaten Muna mencatat. "Muna paling tinggi, ada 11 ASN."') == [
        ("Kabupaten Muna", "E:74.03"),
        ("Muna", "B:74.03"),
    ]
    # not mid-sentence after an ordinary word, nor a personal name, nor without the full name in the article
    assert regions("Kota Makassar yang bertetangga dengan Gowa mencatat. Kabupaten Gowa juga.") == [
        ("Kota Makassar", "E:73.71"),
        ("Kabupaten Gowa", "E:73.06"),
    ]
    assert regions("Kabupaten Bima mencatat. Bima Arya mengatakan ASN harus netral.") == [("Kabupaten Bima", "E:52.06")]
    assert regions('Bawaslu mencatat. "Muna paling tinggi, ada 11 ASN."') == []


def test_the_lead_is_the_first_sentence_that_names_a_body_or_a_place(analyse):
    # an opening that names nobody and no place only opens the story: the body that speaks next leads it
    result = analyse(
        "Kabar kurang sedap mengenai netralitas ASN mengemuka. Ketua Badan Pengawas Pemilu (Bawaslu) Sulawesi Barat, "
        "Ali, mengatakan pihaknya menerima 12 laporan dugaan pelanggaran netralitas ASN. Tiga daerah, yaitu "
        "Kabupaten Majene, Mamasa, dan Kabupaten Mamuju, tidak menerima laporan. Sebaliknya, Kabupaten Polewali "
        "Mandar mencatatkan angka tertinggi."
    )
    assert result.article["region_codes"].split(";")[0] == "76"
    assert [(f["value"], f["region_code"]) for f in result.facts] == [(12, "76")]
