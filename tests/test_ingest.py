"""Ingest: readers, boilerplate rules, metadata, and bad input that must be listed, not lost."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import iter_documents, list_corpus_files, read_entry
from analysis.ingest.clean import clean_text, join_wrapped_lines, noise_rule
from analysis.ingest.document import article_id_for
from analysis.ingest.files import EntryProblem, decode_bytes
from analysis.ingest.metadata import MONTHS, find_dateline, outlet_name, parse_date, parse_date_with_dateparser
from analysis.ingest.published import find_published
from analysis.ingest.readers import read_text_page

BODY = (
    "Badan Pengawas Pemilu (Bawaslu) Kabupaten Garut menemukan 12 kasus dugaan pelanggaran netralitas "
    "aparatur sipil negara selama tahapan Pilkada 2024, kata Ketua Bawaslu Garut, Rabu (4/9/2024)."
)
SECOND = (
    "Sebanyak tiga ASN di antaranya sudah dijatuhi sanksi oleh Badan Kepegawaian Negara setelah "
    "terbukti mengunggah dukungan kepada salah satu pasangan calon di media sosial."
)
PAGE = f"""Beranda
Politik
Daerah
ASN Garut Diminta Jaga Netralitas Jelang Pilkada 2024
Penulis: Asep Nugraha
Kamis, 5 September 2024 | 10:15 WIB
Ilustrasi ASN. Foto: Dok. Humas
GARUT, KOMPAS.com - {BODY}
Baca juga: Bawaslu Kota Bandung Temukan 40 Kasus ASN Tidak Netral
ADVERTISEMENT
{SECOND}
Artikel ini telah tayang di Kompas.com dengan judul "Bawaslu Garut Temukan 12 Kasus", klik untuk baca: https://kompas.com/a
Halaman: 1 2 3
Berita Terkait
Ratusan ASN Kota Bekasi Ikuti Apel Netralitas
Sekda Bogor Ingatkan 18.000 Pegawai
Tinggalkan Komentar
© 2024 Kompas Cyber Media. All Rights Reserved.
"""


def doc_of(tmp_path: Path, name: str, data: bytes, **kw):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    docs = read_entry(tmp_path, name, **kw)
    assert len(docs) == 1
    return docs[0]


# --- the seed corpus -------------------------------------------------------------------------------------


def _seed_documents(seed_corpus: Path) -> dict[str, object]:
    return {d.source_file: d for d in iter_documents(seed_corpus)}


def _gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_seed_texts_keep_body_and_drop_listed_noise(seed_corpus, seed_gold):
    documents = _seed_documents(seed_corpus)
    assert len(documents) == len(_gold(seed_gold)) == 5
    noise_markers = [
        "Baca juga",
        "BACA JUGA",
        "Bacaan Lainnya",
        "Pos terkait",
        "Komentar:",
        "GROUP RAKYAT MERDEKA",
        "Tinggalkan Balasan",
        "Berita Terkait",
        "Ikuti kami",
        "All Right",
        "©",
        "Post a Comment",
        "Lebih baru",
        "Foto : Ist",
        "Olahraga\n",
        "Whatsapp",
        "Dinkes Lebak",
        "Tangerang Selatan diminta",
    ]
    for name, document in documents.items():
        assert document.status == "ok", name
        for marker in noise_markers:
            assert marker not in document.text, (name, marker)
        raw_lines = [" ".join(line.split()) for line in (seed_corpus / name).read_text(encoding="utf-8").splitlines()]
        start = next(i for i, line in enumerate(raw_lines) if find_dateline(line))
        body = [line for line in raw_lines[start:] if len(line.split()) >= 15 and not line.lower().startswith("baca")]
        assert body, name
        for line in body:  # every body paragraph is kept, whole
            assert line in document.text, (name, line[:60])


def test_seed_metadata_matches_gold(seed_corpus, seed_gold):
    documents = _seed_documents(seed_corpus)
    for gold in _gold(seed_gold):
        document = documents[gold["file"]]
        assert document.published == (gold.get("published") or ""), gold["file"]
        assert document.dateline, gold["file"]
        assert document.outlet, gold["file"]
        assert document.article_id == article_id_for(document.text)


def test_links_to_other_stories_do_not_leak_regions(seed_corpus):
    # the ANTARA seed links to stories about Lebak and Tangerang Selatan: neither is in its text
    text = _seed_documents(seed_corpus)["002_23c5ee40a5b69f17.txt"].text
    assert "Lebak" not in text and "Tangerang Selatan" not in text


# --- boilerplate rules -----------------------------------------------------------------------------------


def test_a_bulleted_summary_in_the_header_is_kept_after_the_body():
    page = (
        "Dua ASN Kota Lorem Dilaporkan\n"
        "- Selama masa kampanye terdapat lima laporan administrasi. Sedangkan dua pelanggaran netralitas ASN.\n"
        "*1 ASN Kecamatan Ipsum Dilaporkan ke BKN\n"
        "• Editor: Dul\n"
        "- 3 Mei 2021, 08:15 WIB\n"
        f"LOREM, KOMPAS.com - {BODY}\n"
    )
    cleaned = clean_text(page)
    assert cleaned.decks == [
        "Selama masa kampanye terdapat lima laporan administrasi. Sedangkan dua pelanggaran netralitas ASN.",
        "1 ASN Kecamatan Ipsum Dilaporkan ke BKN",
    ]
    # after the body, so that the lead stays the first paragraph; the short label and the date are no summary
    assert cleaned.text.index("\n\n".join(cleaned.decks)) > cleaned.text.index("LOREM, KOMPAS.com")
    assert ("- 3 Mei 2021, 08:15 WIB", "header") in cleaned.dropped
    assert "Editor" not in " ".join(cleaned.decks)


def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_sentences():
    # lines broken inside sentences, and a paragraph's first word set apart: no line alone is a paragraph
    page = (
        "LOREMNews.Com.-\n"
        "Laporan soal PNS Pemkab Ipsum yang diduga tidak netral dan\n"
        "yang ikut kampanye pada pilkada Kabupaten Lorem Raya, oleh Panwas ternyata\n"
        "berlanjut ke Komisi ASN (KASN).\n"
        "Hal\n"
        "ini disampaikan Ketua Panwaslu Ipsum, Dul Karim, pada diskusi bersama\n"
        "jurnalis dan organisasi masyarakat (12/10/2015).\n"
        "Tags\nnetralitas\n"
    )
    headline = "Pemilu 2019, Tujuh Guru Dilaporkan\nlorem.com, JAKARTA - Bawaslu mencatat tujuh guru dilaporkan."
    lines = join_wrapped_lines(f"{page}{headline}".splitlines())
    assert lines[1] == (
        "Laporan soal PNS Pemkab Ipsum yang diduga tidak netral dan yang ikut kampanye pada pilkada "
        "Kabupaten Lorem Raya, oleh Panwas ternyata berlanjut ke Komisi ASN (KASN)."
    )
    assert lines[2].startswith("Hal ini disampaikan Ketua Panwaslu Ipsum") and lines[2].endswith("(12/10/2015).")
    # short pairs (a tag heading and its tag) and an outlet's dateline after a headline stay apart
    assert lines[3:] == ["Tags", "netralitas", "Pemilu 2019, Tujuh Guru Dilaporkan", lines[-1]]
    assert lines[-1].startswith("lorem.com")
    assert clean_text(page).paragraphs[:2] == lines[1:3]  # no paragraph at all before
    # a line may go on with a number ("... Pilkada Aceh" / "2017 di Kota ..."); a table's short rows stay apart
    wrapped = [
        "Seorang camat menghadiri peresmian kantor tim sukses dalam Pilkada Aceh",
        "2017 di Kota Ipsum (8/10/2016).",
    ]
    assert join_wrapped_lines(wrapped) == [" ".join(wrapped)]
    assert join_wrapped_lines(["Kabupaten Lorem", "12 kasus"]) == ["Kabupaten Lorem", "12 kasus"]


def test_page_cleaning_rules():
    cleaned = clean_text(PAGE)
    assert cleaned.title == "ASN Garut Diminta Jaga Netralitas Jelang Pilkada 2024"
    assert cleaned.paragraphs == [f"GARUT, KOMPAS.com - {BODY}", SECOND]
    # the byline names a person: it stays, after the body, so that the lead stays the first paragraph
    assert cleaned.bylines == ["Penulis: Asep Nugraha"]
    assert cleaned.text == "\n\n".join([cleaned.title, *cleaned.paragraphs, "Penulis: Asep Nugraha"])
    rules = dict(cleaned.dropped)
    assert rules["Baca juga: Bawaslu Kota Bandung Temukan 40 Kasus ASN Tidak Netral"] == "related_link"
    assert rules["Ratusan ASN Kota Bekasi Ikuti Apel Netralitas"] == "related_link"
    assert rules["Ilustrasi ASN. Foto: Dok. Humas"] == "caption"
    assert rules["ADVERTISEMENT"] == "widget"
    assert rules["Tinggalkan Komentar"] == "footer"
    assert rules["Halaman: 1 2 3"] == "pagination"
    assert next(rule for line, rule in cleaned.dropped if line.startswith("Artikel ini telah tayang")) == "related_link"


def test_bulleted_headlines_of_other_stories_are_links_and_bulleted_items_are_not():
    assert noise_rule("• Pilkada di Tengah Wabah, KPU Riau Targetkan Partisipasi Pemilih 80 Persen") == "related_link"
    assert noise_rule("• Alasan Budi Santoso Batal Maju di Pilkada dan Pilih Ikuti Pilgub Jambi") == "related_link"
    assert noise_rule("• Kabupaten Kerinci sebanyak 3 orang ASN yang diduga tidak netral") is None
    # a dash and a space lead such a headline as well; a table's row (a place, then its figure) stays
    assert noise_rule("- KASN Terima 1.480 Aduan Dugaan Ribuan ASN Langgar Netralitas Pemilu") == "related_link"
    assert noise_rule("– Bawaslu Kabupaten Lorem Ajak Warga Laporkan Pelanggaran di Masa Tenang") == "related_link"
    assert noise_rule("- Kabupaten Wakatobi 17 Orang") is None
    assert noise_rule("- Sigi 12 ASN") is None
    assert noise_rule("-2 derajat") is None


@pytest.mark.parametrize(
    "line",
    [
        "17 ASN Kota Lorem Terancam Disanksi",
        "Diduga Tidak Netral, 20 Orang ASN Dipanggil Bawaslu Ipsum",
        "5 Rekomendasi Kafe di Kota Lorem untuk Nongkrong",
        "Bawaslu Lorem Sudah Terima 25 Laporan",
    ],
)
def test_a_headline_of_another_story_between_the_paragraphs_is_a_link(line):
    # a figure in a title-cased line with no sentence end, set among the paragraphs: another story's headline
    assert clean_text(f"JAKARTA - {BODY}\n{line}\n{SECOND}").paragraphs == [f"JAKARTA - {BODY}", SECOND]


@pytest.mark.parametrize(
    "line",
    [
        "Kabupaten Wakatobi 17 Orang",  # a row of a table: a place and its figure
        "Kota Ipsum Dolor: 4 Kasus",
        "Buton Utara 29 Orang ASN",
        "1. Kabupaten Pangkajene Dan Kepulauan 17 Orang",  # a numbered list's item
        "2) Kota Palu 4 Kasus Dugaan",
        "Rincian Pelanggaran Netralitas ASN",  # a subheading without a figure
        "Data Bawaslu Kabupaten Lorem Tahun 2024",
        "Dua ASN Kota Jambi Dipanggil Bawaslu Karena Unggahan Di Facebook.",  # a sentence
    ],
)
def test_a_table_row_a_subheading_or_a_sentence_is_no_link(line):
    assert line in clean_text(f"JAKARTA - {BODY}\n{line}\n{SECOND}").paragraphs


def test_a_networks_syndication_line_is_a_link_and_reading_on_is_not():
    line = 'Baca artikel detikbali, "Bawaslu Temukan 7 ASN Tak Netral" selengkapnya https://www.detik.com/bali/x'
    assert noise_rule(line) == "related_link"
    assert noise_rule("Baca artikel ini sampai selesai: 5 ASN Kota Denpasar dilaporkan.") is None
    assert noise_rule("• Dua ASN Kota Jambi Dipanggil Bawaslu Karena Unggahan Di Facebook.") is None


def test_related_list_ends_at_the_next_paragraph():
    text = f"JAKARTA - {BODY}\nBacaan Lainnya\nJudul berita lain yang pendek\n{SECOND}"
    assert clean_text(text).paragraphs == [f"JAKARTA - {BODY}", SECOND]


@pytest.mark.parametrize("heading", ["Tag", "TAGS", "Topik"])
def test_a_cloud_of_tags_one_to_a_line_is_dropped(heading):
    # its places ("Sigi", "PALU POS") are no places of the story
    text = f"JAKARTA - {BODY}\n{heading}\nanggaran\nSigi\nPALU POS\npemilu\n{SECOND}"
    assert clean_text(text).paragraphs == [f"JAKARTA - {BODY}", SECOND]


@pytest.mark.parametrize("heading", ["Baca Juga", "BACA JUGA:", "Baca Berita Lainnya:", "» Baca juga"])
def test_a_bare_link_heading_drops_the_list_of_titles_under_it(heading):
    text = f"JAKARTA - {BODY}\n{heading}\n2 ASN Kota Depok Dilaporkan ke Bawaslu\n» Judul lain yang pendek\n{SECOND}"
    assert clean_text(text).paragraphs == [f"JAKARTA - {BODY}", SECOND]


def test_titles_under_a_related_link_of_its_own_are_links_and_a_paragraph_after_them_is_not():
    # "Baca juga: A" then the titles of other stories, unlabelled: their places ("Kota Surabaya") are not the story's
    text = (
        f"JAKARTA - {BODY}\nBaca juga: Belasan ASN Diduga tak Netral di Pilkada\n"
        f"Ombudsman Temukan Potensi Maladministrasi KPU Kota Surabaya\nDua Sekda Ini Terbukti Melanggar\n{SECOND}"
    )
    assert clean_text(text).paragraphs == [f"JAKARTA - {BODY}", SECOND]


def test_one_title_cased_line_under_a_related_link_is_the_storys_subheading():
    text = f"JAKARTA - {BODY}\nBaca juga: Belasan ASN Diduga tak Netral\nKepala Dinas Diduga Gerakkan Massa\n{SECOND}"
    assert clean_text(text).paragraphs == [f"JAKARTA - {BODY}", "Kepala Dinas Diduga Gerakkan Massa", SECOND]


@pytest.mark.parametrize(
    "row",
    [
        "Facebook WhatsApp Twitter",
        "Bagikan: Facebook Twitter WhatsApp Line",
        "Share this: Facebook | Twitter | WhatsApp",
        "WhatsApp  Facebook  Telegram  Salin Link",
    ],
)
def test_a_row_of_share_buttons_is_a_widget(row):
    assert noise_rule(row) == "widget"
    assert noise_rule("ASN itu mengunggah dukungan di Facebook dan Twitter.") is None


def test_a_call_to_follow_the_outlets_channel_is_a_widget():
    # its places ("informasi lain dari Kota Sorong") are no places of the story
    assert noise_rule("Simak informasi lain dari Kota Sorong dan Papua Barat Daya di kanal YouTube TV Sorong.") == (
        "widget"
    )
    assert noise_rule("Tiga ASN itu mengunggah video kampanye di kanal YouTube milik mereka.") is None


def test_a_row_of_section_links_is_not_the_title():
    cleaned = clean_text(
        f"Kota Bogor | Kabupaten Bogor | Depok | Politik\nASN Kabupaten Bogor Diminta Netral Jelang "
        f"Pemilu\nBOGOR - {BODY}"
    )
    assert cleaned.title == "ASN Kabupaten Bogor Diminta Netral Jelang Pemilu"


def test_text_without_header_or_dateline_keeps_its_paragraphs():
    cleaned = clean_text(f"{BODY}\n\n{SECOND}\n")
    assert cleaned.title == "" and cleaned.paragraphs == [BODY, SECOND]


def test_a_caption_printed_twice_is_dropped():
    cleaned = clean_text(
        f"Judul Berita Tentang Netralitas ASN\nSekda memberi arahan. Foto : Ist\n"
        f"Sekda memberi arahan. Foto : Ist\nSERANG - {BODY}"
    )
    assert cleaned.text == f"Judul Berita Tentang Netralitas ASN\n\nSERANG - {BODY}"


def test_bulleted_links_printed_before_their_label_are_dropped():
    # some sites print "Baca Juga" after its list of links: the short "- ..." lines before it are links
    cleaned = clean_text(
        f"SERANG - {BODY}\n- Sosialisasi Pencalonan pada Pilkada Serentak 2029\n- Debat Publik di Kota Lain\n"
        f"Baca Juga\n{SECOND}"
    )
    assert cleaned.paragraphs == [f"SERANG - {BODY}", SECOND]


def test_invisible_characters_and_spacing_are_normalised():
    cleaned = clean_text(f"SERPONG -\u00a0\u00a0{BODY}\u200b\r\n\r\n{SECOND}")
    assert cleaned.paragraphs[0] == f"SERPONG - {BODY}"


# --- metadata --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, place, outlet",
    [
        (f"SERPONG - {BODY}", "SERPONG", ""),
        (f"Serang (ANTARA) - {BODY}", "SERANG", "ANTARA"),
        (f"PANDEGLANG, REDAKSI24.COM – {BODY}", "PANDEGLANG", "REDAKSI24.COM"),
        (f"TRIBUNJOGJA.COM, BANTUL - {BODY}", "BANTUL", "TRIBUNJOGJA.COM"),
        (f"Jakarta, CNN Indonesia -- {BODY}", "JAKARTA", "CNN Indonesia"),
        (f"KOMPAS.com - {BODY}", "", "KOMPAS.com"),
        (f"Arosuka Solok, integritasmedia.com - {BODY}", "AROSUKA SOLOK", "integritasmedia.com"),
        (f"SERANG, BANTEN - {BODY}", "SERANG", ""),
        (f"Selong - {BODY}", "SELONG", ""),  # a kecamatan the gazetteer knows
        (f"AGAM (Minggu, 3/11/2024) - {BODY}", "AGAM", ""),  # a bracketed day and date is not an outlet
        (f"Sleman (23/9) - {BODY}", "SLEMAN", ""),
        (f"Jember, Senin (15/4/2019) - {BODY}", "JEMBER", ""),
        (f"Ternate, 16/5 (Antaranews Maluku) - {BODY}", "TERNATE", "Antaranews Maluku"),
        (f"Kupang, (Antara Kupang)- {BODY}", "KUPANG", "Antara Kupang"),  # a comma before the brackets
        (f"Serang, 2 Desember 2024 - {BODY}", "SERANG", ""),
        (f"Jakarta - {BODY}", "JAKARTA", ""),  # an alias the gazetteer knows
        (f"TRIBUN-TIMUR.COM, MAKASSAR - {BODY}", "MAKASSAR", "TRIBUN-TIMUR.COM"),
        (f"KBRN, Kendari: {BODY}", "KENDARI", ""),  # a radio's call sign and a colon
        (f"Metrotvnews.com, Jakarta: {BODY}", "JAKARTA", "Metrotvnews.com"),  # a domain, the place and a colon
        (f"RIAUPOST | DUMAI – {BODY}", "DUMAI", "RIAUPOST"),  # the outlet, a bar, the place
    ],
)
def test_datelines(line, place, outlet):
    dateline = find_dateline(line)
    assert dateline is not None and (dateline.place, dateline.outlet) == (place, outlet)
    assert line[dateline.end :].startswith("Badan")


@pytest.mark.parametrize(
    "line",
    [
        f"Sementara itu - {BODY}",
        f"Ketua Bawaslu Garut - {BODY}",
        BODY,
        "BANTUL - singkat",
        f"KBRN, Sementara itu: {BODY}",
    ],
)
def test_not_datelines(line):
    assert find_dateline(line) is None


def test_a_known_place_and_a_colon_opening_the_first_paragraph_is_its_dateline():
    # "Jakarta: ..." (Metrotvnews, Medcom) where the story was filed; further down, "Kabupaten A: 12 kasus" is
    # a row of a list, and a first paragraph that opens with another word and a colon has no dateline
    first = clean_text(f"Judul Berita Tentang Netralitas ASN\nSemarang: {BODY}\nKabupaten Demak: {SECOND}")
    assert first.dateline is not None and first.dateline.place == "SEMARANG"
    assert clean_text(f"Judul Berita Tentang Netralitas ASN\nKeterangan: {BODY}").dateline is None
    later = clean_text(f"Judul Berita Tentang Netralitas ASN\n{BODY}\nKabupaten Demak: {SECOND}")
    assert later.dateline is None


def test_outlet_names_come_from_the_outlets_table():
    assert outlet_name("TRIBUNJOGJA.COM") == "Tribun Jogja"
    assert outlet_name("jabar.antaranews.com") == "ANTARA"
    assert outlet_name("www.kompas.com") == "Kompas.com"
    assert outlet_name("beritadaerahku.id") == "beritadaerahku.id"  # unknown: as written


@pytest.mark.parametrize(
    "header, lines, expected",
    [
        (["Minggu, 27 Oktober 2024 | 18:23 WIB"], [], "2024-10-27"),
        (["27/10/2024 18:23"], [], "2024-10-27"),
        ([], ["kata dia di Pandeglang, Rabu (23/9/2020)."], "2020-09-23"),
        ([], ["di Arosuka, Selasa (9/1/24)."], "2024-01-09"),
        # when something began is no statement's date: "mundur sejak Senin (26/8/2024)", then "kata X, Selasa (27/8)"
        ([], ["Ia berhenti sebagai ASN sejak Kamis (22/8/2024).", "kata Sekda, Jumat (23/8)."], "2024-08-23"),
        # an event timed to the minute ("pada Rabu (6/11/2024) pukul 09.15 WIB") is no statement's date either
        (
            [],
            ["Kejadian itu terekam pada Rabu (6/11/2024) pukul 09.15 WIB.", "ujar Sekda, Jumat (8/11/2024)."],
            "2024-11-08",
        ),
        ([], ["Hal itu dijelaskan Ketua Bawaslu pada Rabu malam, 9 Oktober 2024."], "2024-10-09"),  # the time of day
        # the date after the place a statement was made, with no weekday
        (
            [],
            ["Pada 2 Oktober 2024 ada laporan.", "Hal itu dikatakan Ketua Bawaslu di Kupang, 7 Oktober 2024."],
            "2024-10-07",
        ),
        ([], ["ujar Agus, Senin, 26 Agustus 2024, di Bantul."], "2024-08-26"),
        ([], ["ujar Fulan di Gedung DPR, Kamis, , 21 Maret 2024."], "2024-03-21"),  # a comma typed twice
        ([], ["kata Wawan di Serang, Banten, Rabu, mengatakan."], ""),  # a weekday alone
        ([], ["ujar Bambang, Minggu (27/10)."], ""),  # no year in evidence
        ([], ["ujar Bambang, Minggu (27/10).", "menjelang Pilkada 2024 dan Pemilu 2014"], "2024-10-27"),
        ([], ["ujar Bambang, Minggu (27/10).", "Pilkada 2024, seperti Pemilu 2019"], ""),  # both years fit
        ([], ["ujar Bambang, Selasa (27/10).", "menjelang Pilkada 2024"], ""),  # fits neither 2024 nor 2023 or 2025
        # the weekday fits no year the text names, but one next to them: filed the year before the election it
        # names, or the year after the one it recounts
        ([], ["ujar Bambang, Senin (2/10).", "menjelang Pilkada 2024"], "2023-10-02"),
        ([], ["ujar Bambang, Senin (27/10).", "menjelang Pilkada 2024"], "2025-10-27"),
        ([], ["kata Sari, Kamis (29/11).", "selama Pemilu 2019 dan sejak 2010"], "2018-11-29"),
        ([], ["kata Sari, Kamis,(3/9).", "tahapan Pilkada 2020"], "2020-09-03"),  # a comma before the bracket
        # no year named, or none that fits: the one year that puts the date on its weekday in the run-up to, or
        # the months after, an election of the type the text names
        ([], ["ujar Bambang, Selasa (5/11).", "menjelang Pilkada serentak di Kabupaten Aru"], "2024-11-05"),
        ([], ["kata Sari, Rabu (19/12).", "sejumlah caleg Pemilu mendatang", "UU Nomor 5 Tahun 2014"], "2018-12-19"),
        # a body's name ("Badan Pengawas Pemilu") names no election; a region's candidates name a Pilkada
        (
            [],
            ["kata Andi, Kamis (22/8).", "Badan Pengawas Pemilu (Bawaslu) Maluku", "bakal calon wakil bupati"],
            "2024-08-22",
        ),
        ([], ["kata Sari, Senin (2/10).", "menjelang Pilkada dan Pemilu"], ""),  # 2017 and 2023 both fit
        ([], ["kata Sari, Senin (2/10).", "sejak Pilkada 2020"], ""),  # 2017 fits, but before the years named
        ([], ["dari 680 kasus hingga 21 September 2020"], ""),  # a date in the story, not the report's
        ([], ["Serang, 2 Desember 2024 - Bawaslu Kabupaten Serang mencatat"], "2024-12-02"),  # dated dateline
        ([], ["Makassar, 15 Januari 2024", "Bawaslu Kota Makassar menertibkan baliho."], "2024-01-15"),
        ([], ["Menurut Ketua, 21 September 2020 adalah batas akhir."], ""),  # not a place: no dateline
        # found on real pages, written again: a typographic apostrophe, a comma after the day, and typos that the
        # weekday corrects (a year from the text, a month next to the written one)
        ([], ["kata Dadan di Soreang, Jum’at (13/11/2020)."], "2020-11-13"),
        ([], ["kata Rina kepada wartawan, Kamis, 4, Juli 2024."], "2024-07-04"),
        ([], ["menjelang Pilkada 2024.", "ujar Eko di Kendari, Kamis (3/10/2029)."], "2024-10-03"),
        # a weekday that does not fit the day and month written: the date as the text gives it (the annotators'
        # convention), not a month next to it; of two statement dates, the one whose weekday fits
        ([], ["kata Yusuf di Bandung, Kamis (17/11/2024)."], "2024-11-17"),
        ([], ["jelang Pemilu 2019, kata Rina, Selasa (9/5/2019)."], "2019-05-09"),
        ([], ["kata Rina, Rabu (30/7/2020).", "ujar Budi, Rabu (29/7/2020), jelang Pilkada 2020."], "2020-07-29"),
        # the date a statement was made, in brackets, before the date of an event told earlier in the text
        (
            [],
            ["Tim relawan dikukuhkan pada Kamis 18 Januari 2018.", "kata Irfan di kantornya, Jumat (19/1/2018)."],
            "2018-01-19",
        ),
        ([], ["ASN itu mengunggah foto pada Jumat, 12 Januari 2018.", "ujar Rudi, Kamis (8/3)."], "2018-03-08"),
        ([], ["Pada Sabtu (14/12/2019) lalu, ia hadir.", "kata Ani pada Rabu 8 Januari 2020."], "2020-01-08"),
        # of bracketed dates, the one whose clause attributes a statement ("kata X di Y, Senin (28/10)", "X, Rabu
        # (30/8), mengatakan"), not an event's told before it ("mendaftar di KPU, Jumat (30/8)", "Sampai hari
        # terakhir, Selasa (29/8/2023)"); an event told as "kemarin" after its date is past
        (
            [],
            ["Bawaslu menggelar pleno pada Jumat (18/10).", '"Dua ASN," kata Ketua Bawaslu di Pacitan, Senin (28/10).']
            + ["jelang Pilkada 2024"],
            "2024-10-28",
        ),
        (
            [],
            ["Camat mengantar paslon mendaftar di KPU, Jumat (30/8).", "kata Ketua Bawaslu Dompu Ali, Rabu (11/9)."]
            + ["jelang Pilkada 2024"],
            "2024-09-11",
        ),
        (
            [],
            [
                "Sampai hari terakhir, Selasa (29/8/2023), KPU menerima masukan.",
                "Ketua KPU, Rudi, Rabu (30/8), mengatakan",
            ],
            "2023-08-30",
        ),
        (
            [],
            ["Senin (7/5) kemarin Panwaslu menyerahkan rekomendasi.", "Ketua Panwaslu, Selasa (8/5) menjelaskan."]
            + ["jelang Pilgub 2018"],
            "2018-05-08",
        ),
        # an attributed date whose weekday does not fit gives way to a bracketed one that fits
        (
            [],
            ["Bawaslu menangani satu temuan di Malinau, Selasa (15/10/2024).", "kata Ketua, Selasa (16/10/2024)."],
            "2024-10-15",
        ),
        # a date set for something to come dates no story
        ([], ["Bawaslu memanggil dua kepala dinas.", "Pemeriksaan dijadwalkan pada hari Kamis, 5 Desember 2024."], ""),
        # the speaker named in apposition after the verb ("ujar Komisioner Bawaslu A, Roni kepada x.com, Minggu")
        (
            [],
            [
                "Camat dilaporkan karena mengangkut alat peraga pada Jumat (22/11/2024).",
                "Kami proses, ujar Komisioner Bawaslu Kampar, Roni kepada tribunpekanbaru.com, Minggu (24/11/2024).",
            ],
            "2024-11-24",
        ),
        # a statement made "yesterday": the story was filed the day after
        ([], ["ASN itu dipanggil, kata Rudi kemarin, Rabu (9/10/2024)."], "2024-10-10"),
        ([], ["ujar Rudi kemarin Minggu (31/3/2019), jelang Pemilu 2019."], "2019-04-01"),
        ([], ["ujar Rudi kemarin, Jumat (4/10), jelang Pilkada 2024."], "2024-10-05"),
        # a statement's date in brackets with no weekday, the last clue
        ([], ["ASN itu dilaporkan, papar Fahmi (9/6/2018)."], "2018-06-09"),
        ([], ["kata Rudi di Palu (24/11/2020).", "ujar Ani, Senin (23/11/2020)."], "2020-11-23"),
        # a header's date of the day (a site's widget) over a text that names no event of its year, whose
        # statements are dated long before: the statements' date; a header of a year the text names stands
        (["3 Maret 2023, 7:12 AM WIB"], ["jelang Pemilu 2019, ujar Rudi di ruang rapat, Senin (28/1)."], "2019-01-28"),
        (["3 Maret 2023, 7:12 AM WIB"], ["sejak Pemilu 2019, ujar Rudi, Senin (28/1/2019)."], "2019-01-28"),
        (["3 Maret 2023"], ["dalam evaluasi 2023, ujar Rudi, Senin (28/1/2019)."], "2023-03-03"),
        # a headline's deadline is no date of the page ("Wajib Mundur Paling Lambat 18 Juli 2024")
        (["Pj Bupati Wajib Mundur Paling Lambat 18 Juli 2024"], ["kata Ali, Rabu (3/7/2024)."], "2024-07-03"),
        # the English order with its comma, and the ISO form, in a page's header
        (["Published: October 14, 2024"], [], "2024-10-14"),
        (["Oktober 14, 2024 09:15 WIB"], [], "2024-10-14"),
        (["2024-10-14 09:15"], [], "2024-10-14"),
        # a wire's dateline of day and month, in the year the weekday the story tells fits ("2/5" a Wednesday in 2018)
        (
            [],
            [
                "Masohi, 2/5 (Antara) - Panwas Kabupaten Maluku Tengah memeriksa seorang ASN pada Pilkada 2018.",
                "Hal itu disampaikan Ketua Panwas, Fulan, Rabu.",
            ],
            "2018-05-02",
        ),
        # a page chrome's date in English, long after the statements the text dates: theirs
        (
            ["Friday, March 7, 2025"],
            ["Friday, March 7, 2025", "kata Fulan, Selasa (8/8/2023), menjelang Pileg 2024."],
            "2023-08-08",
        ),
        # a sentence in the header dates an event, not the page
        (["Jadwal kampanye Pilkada Badung bergeser menjadi 26 September 2024."], [], ""),
        # the wire's editors and the time the story went out
        ([], ["Panwas memeriksa seorang ASN pada Pilkada 2018.", "(T.AB-CD/E/F012) 03-05-2018 10:20:30"], "2018-05-03"),
        # an illustration's caption dates a picture, not the story (its year still fixes a yearless statement)
        (
            [],
            ["Ilustrasi: ASN mengikuti upacara HUT Korpri, Jumat (29/11/2019).", "Penjabat dapat menjatuhkan sanksi."],
            "",
        ),
        (
            ["Ilustrasi Pilkada Serentak 2024"],
            ["Ilustrasi Pilkada Serentak 2024", "kata Fulan, Rabu (23/10)."],
            "2024-10-23",
        ),
        # a law's year ("UU Nomor 5 Tahun 2014") dates no statement: the year before the election named fits
        (
            [],
            [
                "ASN yang hendak maju dalam Pilkada Temanggung 2020 wajib mundur.",
                "Aturan itu ada dalam UU Nomor 5 Tahun 2014 tentang ASN, kata Fulan, Senin (16/12).",
            ],
            "2019-12-16",
        ),
        # nor do the years of laws named without "Nomor" ("Perbawaslu 6 tahun 2019", "undang-undang desa tahun 2014")
        (
            [],
            [
                "Bawaslu Kabupaten A memeriksa seorang camat pada Pilkada 2024.",
                "Pemeriksaan berpedoman pada Perbawaslu 6 tahun 2019 serta undang-undang desa tahun 2014, kata Fulan, "
                "Senin (2/9).",
            ],
            "2024-09-02",
        ),
        # a written date whose weekday does not fit keeps its year rather than take one the text tells as past
        (
            [],
            ["Bawaslu menyebut ada PNS tidak netral dalam Pilkada 2015 lalu.", "kata Fulan, Senin (19/1/2016)."],
            "2016-01-19",
        ),
        # legislative candidates name a Pemilu, whose run-up fixes the year from the law's on
        (
            [],
            [
                "ASN yang hendak menjadi calon legislatif wajib mundur sesuai PKPU Nomor 20 Tahun 2018, kata Fulan, "
                "Selasa (17/7)."
            ],
            "2018-07-17",
        ),
        # nor fixes one that fits two Pilkada seasons (the 15th of September is a Tuesday in 2015 and in 2020)
        (
            [],
            [
                "Bawaslu memproses dua ASN yang menghadiri deklarasi pasangan calon gubernur, Selasa (15/09).",
                "Hal itu melanggar Undang-Undang Nomor 5 Tahun 2014 tentang Pilkada serentak.",
            ],
            "",
        ),
        # the page's own today, given with the Hijri date, is the day it was read: the byline dates the story
        (
            ["Sunday, 12 Jumadil Awal 1446 / 15 Desember 2024", "Kamis 3 Dec 2020 09:40 WIB"],
            ["Bawaslu Kabupaten Lorem menangani dugaan pelanggaran netralitas ASN pada Pilkada 2020."],
            "2020-12-03",
        ),
        # a dateline with its weekday and no year dates the story, not an event dated in full after it
        (
            [],
            [
                "KARO, Rabu (2/10) lorem-news.com - Dua ASN Pemkab Karo diduga mendukung bakal calon bupati.",
                "Sebelumnya Pj Bupati memimpin apel netralitas ASN pada Jumat (27/9/2024).",
            ],
            "2024-10-02",
        ),
        # a statement said to the press in the passive is attributed, however a dated event follows
        (
            [],
            [
                "Laporan itu diterima Panwascam Lorem, Selasa (10/11/2020) lalu.",
                "Hal ini disampaikan Ketua Bawaslu Fulan kepada awak media, Kamis (12/11) pagi.",
                "Bawaslu bertemu Pj Wali Kota, Rabu (4/11/2020).",
            ],
            "2020-11-12",
        ),
        # (what was said at an event is no statement to the press)
        (
            [],
            [
                "Ajakan itu disampaikan dalam acara pengajian di lapangan Lorem pada Kamis (9/11/2023).",
                "Kami merekomendasikan dua orang tersebut ke KASN, kata Fulan, Jumat (24/11/2023).",
            ],
            "2023-11-24",
        ),
        # a date to come dates no story
        (
            [],
            [
                "Fulan juga mengatakan Kemendagri akan menggelar rapat koordinasi pada Selasa (24/11) mendatang.",
                "Ada 512 ASN yang dilaporkan, kata Menteri, dalam rapat itu, Kamis (19/11/2020).",
            ],
            "2020-11-19",
        ),
        # who answered the phone is the one who said it
        (
            [],
            [
                "Berkas dua ASN itu dikirim ke Bawaslu RI pada Kamis (20/02/2020).",
                "Ketua Bawaslu Fulan yang dihubungi lewat telepon, Jumat (21/02/2020) siang menerangkan, berkas itu "
                "lengkap.",
            ],
            "2020-02-21",
        ),
        # a photograph's caption, closed by its credit, dates the picture
        (
            [],
            [
                "RAKOR - Rapat koordinasi pengawasan Pilkada Lorem, Senin (19/10/2020). (Fulan/LOREM.COM)",
                "Hal itu disampaikan Fulan pada deklarasi netralitas ASN di Pilkada Lorem, Rabu (14/10/2020).",
            ],
            "2020-10-14",
        ),
    ],
)
def test_publication_dates(header, lines, expected):
    assert find_published(header, lines) == expected


_MONTH_WORDS = sorted(m for m in MONTHS if m != "ags")  # dateparser does not know "Ags."; parse_date does


@settings(max_examples=150, deadline=None)
@given(
    day=st.integers(0, 33),
    month=st.integers(0, 14),
    year=st.integers(1985, 2105),
    word=st.sampled_from(_MONTH_WORDS),
    form=st.integers(0, 5),
)
def test_plain_dates_read_as_dateparser_reads_them(day, month, year, word, form):
    """The direct reading of 'D Month YYYY' and 'D/M/YYYY' gives what dateparser gives, invalid days included."""
    text = [
        f"{day} {word} {year}",
        f"{day} {word.title()}. {year}",
        f"{day} {word.upper()} {year}",
        f"{day}/{month}/{year}",
        f"{day}-{month}-{year}",
        f"{day}.{month}.{year}",
    ][form]
    expected = parse_date_with_dateparser(text)
    assert parse_date.__wrapped__(text) == (expected.isoformat() if expected and 1990 <= expected.year <= 2100 else "")


def test_parse_date_knows_the_agustus_abbreviation():
    assert parse_date("17 Ags. 2024") == "2024-08-17"


def test_parse_date_never_invents_a_year():
    assert parse_date("27 Oktober") == ""
    assert parse_date("2024-10-27T18:23:00+07:00") == "2024-10-27"
    assert parse_date("27 Okt 2024") == "2024-10-27"
    assert parse_date("not a date") == ""


# --- formats ---------------------------------------------------------------------------------------------


def test_jsonl_records(tmp_path):
    lines = [
        json.dumps(
            {
                "text": f"SERANG - {BODY}",
                "title": "Judul Satu",
                "outlet": "kompas.com",
                "published": "2024-09-04",
                "url": "https://example.org/1",
            }
        ),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"content": f"{SECOND}", "date": "Rabu, 4 September 2024"}),
        json.dumps({"text": "   "}),
    ]
    (tmp_path / "export.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = {d.source_file: d for d in read_entry(tmp_path, "export.jsonl")}
    assert list(docs) == [f"export.jsonl#{n}" for n in (1, 2, 4, 5, 6, 7)]
    first = docs["export.jsonl#1"]
    assert (first.status, first.title, first.outlet, first.published, first.url, first.dateline) == (
        "ok",
        "Judul Satu",
        "Kompas.com",
        "2024-09-04",
        "https://example.org/1",
        "SERANG",
    )
    assert first.text.startswith("Judul Satu\n\nSERANG - ")
    assert docs["export.jsonl#2"].skip_reason == "parse_error" and "line 2" in docs["export.jsonl#2"].skip_detail
    assert docs["export.jsonl#4"].skip_reason == "parse_error"
    assert docs["export.jsonl#5"].skip_reason == "parse_error"
    assert docs["export.jsonl#6"].status == "ok" and docs["export.jsonl#6"].published == "2024-09-04"
    assert docs["export.jsonl#7"].skip_reason == "empty"


def test_csv_records_with_semicolons_and_a_broken_row(tmp_path):
    content = (
        f'judul;isi;tanggal\n"Judul A";"{BODY}";04/09/2024\n"Judul B";"{SECOND}"\n'
        f'"Judul C";"{SECOND} Tambahan.";05/09/2024\n'
    )
    (tmp_path / "export.csv").write_text(content, encoding="utf-8")
    docs = read_entry(tmp_path, "export.csv")
    assert [(d.source_file, d.status, d.skip_reason) for d in docs] == [
        ("export.csv#1", "ok", ""),
        ("export.csv#2", "unreadable", "parse_error"),
        ("export.csv#3", "ok", ""),
    ]
    assert docs[0].published == "2024-09-04" and docs[0].title == "Judul A"


def test_csv_written_by_a_standard_writer_with_quotes_and_commas_in_the_text(tmp_path):
    import csv
    import io

    quoted = '"Kami tidak ingin ada pelanggaran, karena aturannya sudah jelas," ujarnya.'
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["title", "text", "url"])
    writer.writerow(["Judul A", f"SERANG - {BODY}\n\n{quoted}", "https://contoh.invalid/a"])
    writer.writerow(["Judul B", f"GARUT - {SECOND}\n\n{quoted}", "https://contoh.invalid/b"])
    (tmp_path / "export.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="")
    docs = read_entry(tmp_path, "export.csv")
    assert [(d.source_file, d.status) for d in docs] == [("export.csv#1", "ok"), ("export.csv#2", "ok")]
    assert quoted in docs[0].text


def test_csv_without_text_column_is_one_unreadable_row(tmp_path):
    doc = doc_of(tmp_path, "x.csv", b"a,b\n1,2\n")
    assert (doc.source_file, doc.skip_reason) == ("x.csv", "parse_error")


def test_html_page(tmp_path):
    html = f"""<html><head><title>ASN Garut Diminta Netral</title>
    <meta property="og:site_name" content="Kompas.com">
    <meta property="article:published_time" content="2024-09-04T10:00:00+07:00"></head>
    <body><nav><a href="/">Beranda</a><a href="/p">Politik</a></nav><article><h1>ASN Garut Diminta Netral</h1>
    <p>GARUT, KOMPAS.com - {BODY}</p><p>Baca juga: Bawaslu Bandung temukan 5 kasus</p><p>{SECOND}</p>
    </article><footer>Copyright 2024 Kompas</footer></body></html>"""
    doc = doc_of(tmp_path, "page.html", html.encode("utf-8"))
    assert (doc.status, doc.title, doc.outlet, doc.published, doc.dateline) == (
        "ok",
        "ASN Garut Diminta Netral",
        "Kompas.com",
        "2024-09-04",
        "GARUT",
    )
    assert "Baca juga" not in doc.text and "Beranda" not in doc.text and SECOND in doc.text


def test_a_txt_file_holding_html_is_read_as_html(tmp_path):
    html = f"<!DOCTYPE html><html><body><article><p>SERANG - {BODY}</p></article></body></html>"
    doc = doc_of(tmp_path, "saved.txt", html.encode())
    assert doc.status == "ok" and "<p>" not in doc.text and BODY in doc.text


# --- encodings and bad files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + f"SERANG - {BODY} “kutipan” é".encode(),
        codecs.BOM_UTF16_LE + f"SERANG - {BODY} “kutipan” é".encode("utf-16-le"),
        f"SERANG - {BODY} “kutipan” é".encode("utf-16-le"),
        f"SERANG - {BODY}".encode("utf-16-le") + " “kutipan” é".encode("utf-16-le"),  # ASCII start: valid UTF-8 too
        f"SERANG - {BODY} “kutipan” é".encode("cp1252"),
        f"SERANG - {BODY} “kutipan” é".encode() + "é".encode()[:1],  # cut mid-character
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, data):
    doc = doc_of(tmp_path, "a.txt", data)
    assert doc.status == "ok" and doc.text.startswith(f"SERANG - {BODY} “kutipan” é")


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("nul.txt", b"abc\x00\x01\x02\x03def" * 100 + bytes(range(1, 32)) * 50, "binary"),
        ("menu.txt", b"Beranda\nPolitik\nDaerah\n", "no_text"),
        ("notes.docx", b"PK\x03\x04 whatever", "unsupported_format"),
        ("empty.jsonl", b"\n\n", "empty"),
    ],
)
def test_bad_files_are_listed_with_their_reason(tmp_path, name, data, reason):
    doc = doc_of(tmp_path, name, data)
    assert (doc.source_file, doc.status, doc.skip_reason, doc.article_id, doc.text) == (
        name,
        "unreadable",
        reason,
        "",
        "",
    )


def test_too_large_files_are_not_read(tmp_path):
    doc = doc_of(tmp_path, "big.txt", f"SERANG - {BODY}\n".encode() * 50, max_file_bytes=1000)
    assert doc.skip_reason == "too_large" and "limit 1000" in doc.skip_detail


def test_decode_bytes_rejects_or_decodes_anything():
    with pytest.raises(EntryProblem) as problem:
        decode_bytes(b"")
    assert problem.value.reason == "empty"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs")
def test_links_special_files_and_odd_names(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    secret = "RAHASIA DI LUAR KORPUS " * 20
    (outside / "secret.txt").write_text(f"JAKARTA - {secret} {BODY}", encoding="utf-8")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "a b ü.txt").write_text(f"SERANG - {BODY}", encoding="utf-8")
    (corpus / "-leading.txt").write_text(f"BANTUL - {SECOND} {BODY}", encoding="utf-8")
    (corpus / "out.txt").symlink_to(outside / "secret.txt")
    (corpus / "outdir").symlink_to(outside, target_is_directory=True)
    (corpus / "inside.txt").symlink_to(corpus / "sub" / "a b ü.txt")
    (corpus / "broken.txt").symlink_to(corpus / "missing.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / os.fsdecode(b"bad-\xff-name.txt")).write_text(f"GARUT - {SECOND}", encoding="utf-8")

    listed = list_corpus_files(corpus)
    assert len(listed) == 8 and listed == sorted(listed)
    documents = {d.source_file: d for d in iter_documents(corpus)}
    assert len(documents) == 8  # every entry once
    status = {name: (d.status, d.skip_reason) for name, d in documents.items()}
    assert status["out.txt"] == ("unreadable", "symlink_outside_corpus")
    assert status["outdir"] == ("unreadable", "symlink_outside_corpus")
    assert status["broken.txt"] == ("unreadable", "broken_link")
    assert status["pipe.txt"] == ("unreadable", "not_a_file")
    assert status["inside.txt"] == ("ok", "")
    assert status["-leading.txt"] == ("ok", "")
    assert status["bad-\\xff-name.txt"] == ("ok", "")
    # a link inside the corpus is read: the file it points to, listed after it, is then a duplicate
    assert status["sub/a b ü.txt"] == ("duplicate", "duplicate")
    assert documents["sub/a b ü.txt"].skip_detail == "same text as inside.txt"
    assert not any("RAHASIA" in d.text for d in documents.values())


def test_the_same_article_twice_is_a_duplicate(tmp_path):
    (tmp_path / "a.txt").write_text(f"SERANG - {BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Beranda\nSERANG - {BODY}\nBaca juga: Lain\n", encoding="utf-8")
    a, b = iter_documents(tmp_path)
    assert (a.status, b.status, a.article_id) == ("ok", "duplicate", b.article_id)


# --- properties ------------------------------------------------------------------------------------------

news_like = st.lists(
    st.sampled_from(
        [
            BODY,
            SECOND,
            "Baca juga: Berita lain",
            "Beranda",
            "Foto: Ist",
            "SERANG - " + BODY,
            "Komentar:",
            "",
            "   ",
            "Rabu (4/9/2024)",
        ]
    )
    | st.text(),
    max_size=12,
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(news_like)
def test_clean_text_never_fails_and_keeps_no_link_lines(raw):
    cleaned = clean_text(raw)
    assert all(not line.startswith("Baca juga") for line in cleaned.paragraphs)
    assert all(p == p.strip() and p for p in cleaned.paragraphs)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.html", "x.jsonl", "x.csv", "x.htm"]))
def test_any_bytes_give_documents_with_a_valid_status(tmp_path_factory, data, name):
    root = tmp_path_factory.mktemp("bytes")
    (root / name).write_bytes(data)
    docs = read_entry(root, name)
    assert docs
    for doc in docs:
        assert doc.status in ("ok", "unreadable")
        assert (doc.status == "ok") == bool(doc.text) == (doc.skip_reason == "")
        if doc.status == "ok":
            assert doc.article_id == article_id_for(doc.text)
        assert doc.source_file == name or doc.source_file.startswith(name + "#")


def test_the_lazy_walk_lists_entries_in_the_sorted_order_of_their_paths(tmp_path):
    from analysis.ingest.files import iter_corpus_files

    names = [
        "a/b.txt",
        "a/c/d.txt",
        "a-b.txt",
        "a.txt",
        "ab.txt",
        "A.txt",
        "a b/x.txt",
        "z/a.txt",
        "a0.txt",
        "é.txt",
        "a/b-c.txt",
        "a/b/e.txt",
    ]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    assert list(iter_corpus_files(tmp_path)) == sorted(names)


def test_a_caption_after_the_lead_is_no_dateline():
    page = (
        "Bawaslu Ingatkan ASN Netral\n"
        "Ketua Bawaslu RI, Fulan Hidayat, menyebut Bawaslu mencatat 2.345 pelanggaran netralitas ASN pada Pilkada "
        "2020 di seluruh Indonesia.\n"
        "SOSIALISASI - KPU Kabupaten Badung saat menggelar sosialisasi tahapan pilkada kepada warga.\n"
    )
    [document] = read_text_page("page.txt", page)
    assert "2.345 pelanggaran" in document.text and document.dateline == ""


def test_the_sites_tagline_is_a_footer():
    # the outlet's name and tagline name its province: not a place of the story's
    page = (
        "Panwascam Temukan ASN Kenakan Atribut Caleg\n"
        "RIAUPOST | DUMAI - Panwascam Dumai Barat menemukan seorang ASN memakai atribut caleg pada Pemilu 2019.\n"
        "Riau Kabar | Berita Provinsi Riau\n"
        "Tinggalkan Balasan\n"
    )
    [document] = read_text_page("page.txt", page)
    assert "Berita Provinsi Riau" not in document.text and document.dateline == "DUMAI"


def test_the_readers_comments_disclaimer_is_a_footer():
    page = (
        "Tiga ASN Diduga Tak Netral\n"
        "Bawaslu Kabupaten Badung menemukan tiga ASN yang diduga tidak netral selama tahapan Pilkada 2024 di "
        "wilayahnya.\n"
        "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.\n"
        "Komentar Anda\n"
        "Jangan lupa ikuti update berita lainnya dan follow akun google news Warta Contoh\n"
    )
    [document] = read_text_page("page.txt", page)
    assert "komentar" not in document.text and "google news" not in document.text


def test_a_place_after_the_outlets_domain_is_the_dateline():
    page = (
        "Kabar untuk 58 PNS\n"
        "jpnn.com - JAKARTA- Sebanyak 58 PNS yang diduga melakukan pelanggaran netralitas dalam Pilkada Serentak 2015 "
        "sedang dalam proses penetapan hukuman.\n"
    )
    [document] = read_text_page("page.txt", page)
    assert (document.dateline, document.outlet) == ("JAKARTA", "JPNN")


def test_the_stamp_under_a_headline_among_the_paragraphs_dates_the_story():
    # the page opens with a photograph's caption, so its headline and stamp stand among the paragraphs; the
    # statements' weekday fits two of the years the story names (18/9 was a Wednesday in 2019 and in 2024)
    page = (
        "Berita\n"
        'Ketua Bawaslu Fulan Hidayat, saat memberi sambutan pada pembukaan rapat koordinasi bertema "Kepala Daerah '
        'Menjaga Netralitas ASN pada Pemilihan Serentak 2024", di sebuah hotel di Jakarta Pusat, Rabu (18/9)/WARTA\n'
        "Bawaslu Waspadai Lonjakan Pelanggaran Netralitas ASN di Pilkada 2024\n"
        "RABU, 18 SEPTEMBER 2024 | 17:05 WIB | LAPORAN: SITI AMINAH\n"
        "Bawaslu mewaspadai lonjakan pelanggaran netralitas ASN pada Pilkada 2024 dibanding Pemilu 2019 yang lalu, "
        "kata Fulan di Jakarta, Rabu (18/9).\n"
    )
    [document] = read_text_page("page.txt", page)
    assert document.published == "2024-09-18" and "LAPORAN" not in document.text
