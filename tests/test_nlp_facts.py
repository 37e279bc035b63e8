"""Numeric facts from news-style sentences written for these tests (not taken from the seed articles)."""

import pytest
from tests.helpers import fact_tuples

# (sentence, [(fact_type, value, unit, status, scope, region_code, election_type, election_year)])
CASES = [
    (
        "Bawaslu Kabupaten Bogor mencatat 12 kasus dugaan pelanggaran netralitas ASN selama tahapan Pilkada 2024.",
        [("violation_count", 12, "cases", "reported", "regional", "32.01", "pilkada", 2024)],
    ),
    (
        "Sebanyak 25 ASN di Kota Medan terbukti melanggar netralitas pada Pemilu 2019.",
        [("violation_count", 25, "persons", "proven", "regional", "12.71", "pemilu", 2019)],
    ),
    (
        "KASN telah menjatuhkan sanksi kepada 8 ASN Pemkab Garut dalam Pilkada 2018.",
        [("violation_count", 8, "persons", "sanctioned", "regional", "32.05", "pilkada", 2018)],
    ),
    (
        "Secara nasional, KASN menerima 2.034 laporan pelanggaran netralitas ASN pada Pilkada 2020.",
        [("violation_count", 2034, "cases", "reported", "national", None, "pilkada", 2020)],
    ),
    (
        "Jumlah ASN di lingkungan Pemkot Surabaya mencapai 20 ribu orang menjelang Pilkada 2024.",
        [("asn_headcount", 20000, "persons", None, "regional", "35.78", "pilkada", 2024)],
    ),
    (
        "Pemkab Sleman memiliki sekitar 9.500 pegawai negeri sipil yang diminta netral pada Pemilu 2024.",
        [("asn_headcount", 9500, "persons", None, "regional", "34.04", "pemilu", 2024)],
    ),
    (
        "Bawaslu Kota Makassar merekomendasikan 15 ASN kepada KASN karena diduga tidak netral dalam Pilwalkot 2020.",
        [("violation_count", 15, "persons", "proven", "regional", "73.71", "pilkada", 2020)],
    ),
    (
        "Di Kabupaten Lombok Timur terdapat 30 calon anggota legislatif yang berstatus keluarga ASN pada Pemilu 2024.",
        [("related_candidates", 30, "persons", None, "regional", "52.03", "pemilu", 2024)],
    ),
    (
        "Pada Pemilu 2019 lalu, di Kabupaten Bantul terdapat lima ASN yang dijatuhi sanksi karena tidak netral.",
        [("violation_count", 5, "persons", "sanctioned", "regional", "34.02", "pemilu", 2019)],
    ),
    ("Sebanyak 150 ASN Kabupaten Klaten mengikuti sosialisasi netralitas jelang Pilkada 2024.", []),
    (
        "Seorang ASN di Kabupaten Sleman dilaporkan ke Bawaslu karena mengunggah dukungan caleg pada Pemilu 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "34.04", "pemilu", 2024)],
    ),
    # a negated cue is not a status: the cases were dismissed, not proven, and a dismissed count is no
    # violation count (real annotations keep it optional at most)
    (
        "Bawaslu Kabupaten Sleman menghentikan 4 perkara netralitas ASN karena tidak memenuhi unsur pada Pemilu 2024.",
        [],
    ),
    (
        "Di Kabupaten Garut ada 6 ASN yang belum dijatuhi sanksi meski terbukti tidak netral pada Pilkada 2024.",
        [("violation_count", 6, "persons", "proven", "regional", "32.05", "pilkada", 2024)],
    ),
    (
        "Pemkot Bandung menargetkan nol pelanggaran netralitas ASN pada Pilwalkot 2024.",
        [("violation_count", 0, "cases", "target", "regional", "32.73", "pilkada", 2024)],
    ),
    (
        "Ada 4 orang ASN Kabupaten Sumedang yang kedapatan memberikan like pada unggahan salah satu calon dalam "
        "Pilkada 2024.",
        [("violation_count", 4, "persons", "reported", "regional", "32.11", "pilkada", 2024)],
    ),
    (
        "Saat ini ada sekitar 4,3 juta ASN di seluruh Indonesia yang wajib netral pada Pemilu 2024.",
        [("asn_headcount", 4300000, "persons", None, "national", None, "pemilu", 2024)],
    ),
    (
        "Bawaslu Kabupaten Gowa menangani sebelas kasus netralitas ASN, dua di antaranya sudah diputuskan, pada "
        "Pilkada 2024.",
        [
            ("violation_count", 11, "cases", "reported", "regional", "73.06", "pilkada", 2024),
            ("violation_count", 2, "cases", "proven", "regional", "73.06", "pilkada", 2024),
        ],
    ),
    ("Ratusan ASN Kota Depok dilaporkan terkait netralitas pada Pilkada 2024.", []),
    (
        "Bawaslu Provinsi Banten mencatat 9 kasus netralitas ASN pada Pilgub Banten 2024.",
        [("violation_count", 9, "cases", "reported", "regional", "36", "pilkada", 2024)],
    ),
    (
        "Di Kabupaten Tangerang, 7 ASN mendapat sanksi disiplin dari Bupati karena ikut kampanye pada Pilkada 2024.",
        [("violation_count", 7, "persons", "sanctioned", "regional", "36.03", "pilkada", 2024)],
    ),
    (
        "Sosialisasi netralitas ASN Kabupaten Kendal digelar pada tanggal 14 Februari di 20 kecamatan jelang Pemilu "
        "2024.",
        [],
    ),
    ("Bawaslu berharap tidak terjadi satu pun pelanggaran netralitas ASN Kabupaten Kendal pada Pilkada 2024.", []),
    ("Bawaslu Kabupaten Kendal mencatat 120 laporan politik uang selama Pilkada 2024.", []),
    ("Satu atau dua orang ditugaskan memantau media sosial pegawai Pemkab Kendal selama Pilkada 2024.", []),
    # persons of a breakdown: the clause says what happened to them
    (
        "Bawaslu Kabupaten Kudus menemukan 10 ASN tidak netral pada Pilkada 2024, dan 6 orang telah dijatuhi sanksi.",
        [
            ("violation_count", 10, "persons", "reported", "regional", "33.19", "pilkada", 2024),
            ("violation_count", 6, "persons", "sanctioned", "regional", "33.19", "pilkada", 2024),
        ],
    ),
    (
        "Bawaslu Kabupaten Kudus menemukan 10 ASN tidak netral pada Pilkada 2024, dan 6 orang hadir memberi "
        "keterangan.",
        [("violation_count", 10, "persons", "reported", "regional", "33.19", "pilkada", 2024)],
    ),
    # "bakal pasangan calon": a candidate noun of three words; "tiga di antaranya ... sebagai ASN" is related
    (
        "Dari 9 bakal pasangan calon di Kabupaten Deli Serdang pada Pilkada 2024, tiga di antaranya pernah menjabat "
        "sebagai ASN.",
        [("related_candidates", 3, "persons", None, "regional", "12.07", "pilkada", 2024)],
    ),
    ("Sebanyak 5 pasangan calon di Kota Medan meminta ASN bersikap netral pada Pilkada 2024.", []),
    # "N dari M": the part takes the total's noun and the clause; the total is what was reported
    (
        "Di Kabupaten Kendal, 14 dari 20 ASN yang dilaporkan terbukti melanggar netralitas pada Pilkada 2024.",
        [
            ("violation_count", 14, "persons", "proven", "regional", "33.24", "pilkada", 2024),
            ("violation_count", 20, "persons", "reported", "regional", "33.24", "pilkada", 2024),
        ],
    ),
    (
        "Ada 3 dari 7 calon bupati Kendal pada Pilkada 2024 yang berasal dari kalangan ASN.",
        [("related_candidates", 3, "persons", None, "regional", "33.24", "pilkada", 2024)],
    ),
    # a recommendation is an established case
    (
        "Bawaslu Kabupaten Kendal telah meneruskan 6 rekomendasi pelanggaran netralitas ASN ke BKN pada Pilkada 2024.",
        [("violation_count", 6, "cases", "proven", "regional", "33.24", "pilkada", 2024)],
    ),
    # the acronym in brackets belongs to the noun; the clause after it still gives the status
    (
        "Dua aparatur sipil negara (ASN) Pemkab Garut dijatuhi sanksi teguran tertulis pada Pilkada 2024.",
        [("violation_count", 2, "persons", "sanctioned", "regional", "32.05", "pilkada", 2024)],
    ),
    # "dinyatakan tidak memenuhi unsur": dismissed, not proven
    (
        "Bawaslu Kabupaten Garut menerima tujuh laporan netralitas ASN pada Pilkada 2024, tiga di antaranya "
        "dinyatakan tidak memenuhi unsur.",
        [("violation_count", 7, "cases", "reported", "regional", "32.05", "pilkada", 2024)],
    ),
    # cases of village heads are not ASN cases
    (
        "Bawaslu Kabupaten Lampung Timur menangani 8 kasus netralitas ASN dan 15 kasus yang melibatkan kepala desa "
        "pada Pilkada 2024.",
        [("violation_count", 8, "cases", "reported", "regional", "18.07", "pilkada", 2024)],
    ),
    # a list of counts shares the predicate after its last item; each count keeps the place named after it
    (
        "Sebanyak 12 ASN di Kabupaten Bogor, 7 ASN di Kota Bogor, dan 4 ASN di Kota Depok dilaporkan melanggar "
        "netralitas pada Pilkada 2024.",
        [
            ("violation_count", 12, "persons", "reported", "regional", "32.01", "pilkada", 2024),
            ("violation_count", 7, "persons", "reported", "regional", "32.71", "pilkada", 2024),
            ("violation_count", 4, "persons", "reported", "regional", "32.76", "pilkada", 2024),
        ],
    ),
    # ... but a part of a workforce is no list item
    (
        "Jumlah ASN di Kabupaten Bogor 18.000 orang, dan 12 ASN di antaranya dilaporkan melanggar netralitas "
        "pada Pilkada 2024.",
        [
            ("asn_headcount", 18000, "persons", None, "regional", "32.01", "pilkada", 2024),
            ("violation_count", 12, "persons", "reported", "regional", "32.01", "pilkada", 2024),
        ],
    ),
    # a bracketed acronym does not end the clause
    (
        "Jumlah pegawai negeri sipil (PNS) di Kota Bima mencapai 3.500 orang menjelang Pilkada 2024.",
        [("asn_headcount", 3500, "persons", None, "regional", "52.72", "pilkada", 2024)],
    ),
    # a hope is a target, not an outcome
    (
        "Bawaslu Kabupaten Sleman berharap Pilkada 2024 zero pelanggaran netralitas ASN.",
        [("violation_count", 0, "cases", "target", "regional", "34.04", "pilkada", 2024)],
    ),
    # ASN taking part in an event are not a workforce
    ("Sebanyak 500 ASN Pemkab Kendal menandatangani ikrar netralitas jelang Pilkada 2024.", []),
    ("Sekitar 3.000 ASN Kota Bima diundang dalam sosialisasi netralitas Pilkada 2024.", []),
    ("Bupati Kendal melantik 250 ASN baru menjelang Pilkada 2024.", []),
    # the parts of a headcount are not headcounts of their own
    (
        "Total ASN di Kabupaten Kendal ada 8.432 orang, terdiri dari 6.000 PNS dan 2.432 PPPK, menjelang Pilkada 2024.",
        [("asn_headcount", 8432, "persons", None, "regional", "33.24", "pilkada", 2024)],
    ),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_facts_from_news_sentences(analyse, sentence, expected):
    assert fact_tuples(analyse(sentence)) == sorted(expected)


def test_every_fact_quotes_its_sentence_and_span(analyse):
    text = (
        "Bawaslu Kabupaten Gowa menangani sebelas kasus netralitas ASN pada Pilkada 2024.\n\n"
        "Targetnya 0 kasus pada Pilkada ini."
    )
    result = analyse(text)
    assert len(result.facts) == 2
    for fact in result.facts:
        assert fact["sentence"] in text
        span = text[fact["start_char"] : fact["end_char"]]
        assert span in fact["sentence"] and span.split()[-1] == "kasus"


def test_target_is_never_an_outcome_and_past_cycle_keeps_its_year(analyse):
    text = (
        "Sekda Kabupaten Kendal meminta ASN netral pada Pilkada serentak 2024.\n\n"
        '"Seperti saat Pemilu 2019 lalu yang zero kasus. Targetnya 0 kasus pada Pilkada ini," katanya.'
    )
    got = fact_tuples(analyse(text))
    assert got == sorted(
        [
            ("violation_count", 0, "cases", "reported", "regional", "33.24", "pemilu", 2019),
            ("violation_count", 0, "cases", "target", "regional", "33.24", "pilkada", 2024),
        ]
    )


def test_national_total_is_never_regional(analyse):
    text = (
        "Bawaslu Kabupaten Kendal mengingatkan ASN netral pada Pilkada 2020. "
        "Dari 680 kasus ASN se-Indonesia yang dilaporkan, sebagian besar soal media sosial."
    )
    (fact,) = analyse(text).facts
    assert (fact["scope"], fact["region_code"], fact["value"]) == ("national", None, 680)


def test_same_fact_twice_in_an_article_is_one_fact(analyse):
    text = (
        "Sekda Ingatkan 12.000 ASN Kabupaten Kendal Jaga Netralitas\n\n"
        "Sekda Kabupaten Kendal mengingatkan 12.000 ASN yang ada agar netral pada Pilkada 2024."
    )
    result = analyse(text, title="Sekda Ingatkan 12.000 ASN Kabupaten Kendal Jaga Netralitas")
    assert [(f["fact_type"], f["value"]) for f in result.facts] == [("asn_headcount", 12000)]


MORE_CASES = [
    (
        "Jumlah pelanggaran netralitas ASN di Kabupaten Cianjur selama Pilkada 2024 sebanyak 14.",
        [("violation_count", 14, "cases", "reported", "regional", "32.03", "pilkada", 2024)],
    ),
    (
        "Jumlah ASN di Kabupaten Serang berjumlah 10.500 orang, kata Sekda menjelang Pilkada 2024.",
        [("asn_headcount", 10500, "persons", None, "regional", "36.04", "pilkada", 2024)],
    ),
    (
        "ASN Kota Kendari yang terbukti melanggar netralitas berjumlah 7 orang pada Pilkada 2024.",
        [("violation_count", 7, "persons", "proven", "regional", "74.71", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kabupaten Jember menemukan 5 (lima) orang ASN yang diduga tidak netral pada Pilkada 2024.",
        [("violation_count", 5, "persons", "reported", "regional", "35.09", "pilkada", 2024)],
    ),
    (
        "Dari jumlah itu, 10 ASN Kabupaten Kendal telah mendapatkan rekomendasi KASN terkait Pilkada 2024.",
        [("violation_count", 10, "persons", "proven", "regional", "33.24", "pilkada", 2024)],
    ),
    (
        "KASN mencatat 2.073 ASN dilaporkan melanggar netralitas sepanjang Pilkada 2020.",
        [("violation_count", 2073, "persons", "reported", "national", None, "pilkada", 2020)],
    ),
    ("Bawaslu Kabupaten Kendal menyebut netralitas ASN diawasi di 20 desa sebanyak 12 kali selama Pilkada 2024.", []),
    (
        "Sebanyak 5 bakal calon kepala daerah di Kabupaten Kendal merupakan mantan ASN pada Pilkada 2024.",
        [("related_candidates", 5, "persons", None, "regional", "33.24", "pilkada", 2024)],
    ),
    (
        "Empat ASN Pemkab Kendal diberi teguran tertulis karena menghadiri deklarasi pada Pilkada 2024.",
        [("violation_count", 4, "persons", "sanctioned", "regional", "33.24", "pilkada", 2024)],
    ),
]


@pytest.mark.parametrize("sentence, expected", MORE_CASES, ids=[c[0][:50] for c in MORE_CASES])
def test_facts_linked_back_bracketed_and_national_bodies(analyse, sentence, expected):
    assert fact_tuples(analyse(sentence)) == sorted(expected)


def test_counts_of_other_offences_in_the_same_sentence_are_not_neutrality_counts(analyse):
    text = (
        "Selain 5 kasus netralitas ASN, Bawaslu Kabupaten Kendal menangani 20 kasus politik uang dan "
        "12 pelanggaran administrasi selama Pilkada 2024."
    )
    assert [(f["value"], f["status"]) for f in analyse(text).facts] == [(5, "reported")]


# Texts of several sentences: national bodies named with their acronym in brackets and speaking from a venue in
# Jakarta, violators described before their number, rankings announced in the sentence before, and a
# breakdown that opens a later sentence.
PASSAGES = [
    (
        "Badan Pengawas Pemilu (Bawaslu) RI menemukan 820 dugaan pelanggaran netralitas ASN selama Pilkada 2024. "
        "Dari jumlah itu, 540 kasus direkomendasikan ke BKN, kata anggota Bawaslu Rahmat Hidayat di Gedung Bawaslu, "
        "Jakarta Pusat, Kamis (21/11/2024).",
        [
            ("violation_count", 820, "cases", "reported", "national", None, "pilkada", 2024),
            ("violation_count", 540, "cases", "proven", "national", None, "pilkada", 2024),
        ],
    ),
    (
        "Kementerian PANRB mencatat 310 aduan pelanggaran netralitas pada Pemilu 2024 yang melibatkan 275 ASN. "
        '"Yang sudah dijatuhi hukuman disiplin oleh PPK ada 140 ASN," ujar Menteri di kantornya, Jakarta Selatan, '
        "Senin (4/3/2024).",
        [
            ("violation_count", 310, "cases", "reported", "national", None, "pemilu", 2024),
            ("violation_count", 275, "persons", "reported", "national", None, "pemilu", 2024),
            ("violation_count", 140, "persons", "sanctioned", "national", None, "pemilu", 2024),
        ],
    ),
    (
        "Bawaslu Jawa Timur mencatat pelanggaran netralitas ASN selama Pilkada 2024. Berdasarkan jumlah ASN yang "
        "dilaporkan, tiga daerah tertinggi yakni Kabupaten Jember sebanyak 31 ASN, Kabupaten Malang 27 ASN, dan "
        "Kota Surabaya 19 ASN.",
        [
            ("violation_count", 31, "persons", "reported", "regional", "35.09", "pilkada", 2024),
            ("violation_count", 27, "persons", "reported", "regional", "35.07", "pilkada", 2024),
            ("violation_count", 19, "persons", "reported", "regional", "35.78", "pilkada", 2024),
        ],
    ),
    (
        "KASN merilis daftar provinsi dengan ASN dilaporkan terbanyak pada Pemilu 2019. Provinsi Sulawesi Tenggara "
        "berada di urutan teratas dengan 180 ASN, disusul Provinsi Maluku Utara 150 ASN.",
        [
            ("violation_count", 180, "persons", "reported", "regional", "74", "pemilu", 2019),
            ("violation_count", 150, "persons", "reported", "regional", "82", "pemilu", 2019),
        ],
    ),
    (
        "Bawaslu Kabupaten Bone menerima sembilan laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. "
        "Ketua Bawaslu Bone mengatakan laporan itu datang dari warga. Lima di antaranya terbukti dan "
        "direkomendasikan ke BKN.",
        [
            ("violation_count", 9, "cases", "reported", "regional", "73.08", "pilkada", 2024),
            ("violation_count", 5, "cases", "proven", "regional", "73.08", "pilkada", 2024),
        ],
    ),
    # a ranking of workforces and an event that involves ASN are no violations
    (
        "Kabupaten Bogor menjadi daerah dengan jumlah ASN terbanyak di Jawa Barat pada Pilkada 2024, yakni 21.000 "
        "ASN, disusul Kabupaten Bandung 18.500 ASN.",
        [
            ("asn_headcount", 21000, "persons", None, "regional", "32.01", "pilkada", 2024),
            ("asn_headcount", 18500, "persons", None, "regional", "32.04", "pilkada", 2024),
        ],
    ),
    ("Apel siaga yang melibatkan 1.200 ASN Pemkab Sleman digelar jelang Pilkada 2024.", []),
]


def test_a_regionless_headline_figure_follows_a_national_lead(analyse):
    title = "300 ASN Dilaporkan Tak Netral, Ini Kata KASN"
    text = (
        f"{title}\n\nJAKARTA - Komisi Aparatur Sipil Negara (KASN) mencatat 312 ASN dilaporkan melanggar "
        "netralitas selama Pemilu 2024, kata Ketua KASN di kantornya, Jakarta Selatan, Selasa (12/3/2024)."
    )
    assert {(f["value"], f["scope"], f["region_code"]) for f in analyse(text, title=title).facts} == {
        (300, "national", None),
        (312, "national", None),
    }


# A count's noun left out after "Dari N ... itu/yang ...", "N lainnya", collective numerals restating a count,
# "tidak ada satu pun", a person of another title who is ASN, workforce verbs, and counts that continue a
# story of another offence or only say what one case was.
BREAKDOWNS = [
    (
        'Bawaslu Kota Palu menerima 12 laporan netralitas ASN pada Pilkada 2024. "Dari 12 laporan itu, lima terbukti '
        'melanggar. Dua di antaranya sudah dijatuhi sanksi," kata Ketua Bawaslu Palu.',
        [
            ("violation_count", 12, "cases", "reported", "regional", "72.71", "pilkada", 2024),
            ("violation_count", 5, "cases", "proven", "regional", "72.71", "pilkada", 2024),
            ("violation_count", 2, "cases", "sanctioned", "regional", "72.71", "pilkada", 2024),
        ],
    ),
    (
        "Panwaslih Kabupaten Pidie menangani 15 ASN tidak netral pada Pilkada 2024. Dari 15 ASN yang kami tangani, "
        "enam sudah terbukti melanggar.",
        [
            ("violation_count", 15, "persons", "reported", "regional", "11.07", "pilkada", 2024),
            ("violation_count", 6, "persons", "proven", "regional", "11.07", "pilkada", 2024),
        ],
    ),
    (
        "Bawaslu Kabupaten Sigi menemukan empat kasus netralitas ASN pada Pemilu 2024. Dua kasus dihentikan. "
        "Dua lainnya direkomendasikan ke BKN.",
        [
            ("violation_count", 4, "cases", "reported", "regional", "72.10", "pemilu", 2024),
            ("violation_count", 2, "cases", "proven", "regional", "72.10", "pemilu", 2024),
        ],
    ),
    (
        "Bawaslu Kota Bitung memeriksa tiga orang ASN yang diduga hadir saat deklarasi pada Pilkada 2024. Ketiganya "
        "sudah direkomendasikan ke BKN.",
        [("violation_count", 3, "persons", "proven", "regional", "71.72", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kota Tomohon memeriksa dua ASN yang diduga hadir saat deklarasi pada Pilkada 2024. Keduanya juga "
        'berfoto dengan calon. Pemeriksaan selesai pekan lalu. "Keduanya sudah kami rekomendasikan ke BKN," kata Ketua '
        "Bawaslu.",
        [("violation_count", 2, "persons", "proven", "regional", "71.73", "pilkada", 2024)],
    ),
    (
        "Bupati Sleman berharap tidak ada satu pun ASN yang melanggar netralitas pada Pilkada 2024.",
        [("violation_count", 0, "persons", "target", "regional", "34.04", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kabupaten Lombok Barat menemukan seorang kepala sekolah berstatus PNS yang ikut kampanye pada "
        "Pemilu 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "52.01", "pemilu", 2024)],
    ),
    (
        "Pemkot Palu yang mempekerjakan 6.210 ASN sudah menandatangani pakta integritas netralitas jelang Pilkada "
        "2024.",
        [("asn_headcount", 6210, "persons", None, "regional", "72.71", "pilkada", 2024)],
    ),
    # no ASN counts: a sanction-free "kepada", another offence's cases, and what one case was about
    ("Wali Kota Palu mengucapkan selamat kepada 612 PPPK yang menerima SK menjelang Pilkada 2024.", []),
    (
        "Bawaslu Kabupaten Brebes menangani sembilan kasus politik uang pada Pemilu 2024. Tiga kasus sudah naik ke "
        "penyidikan. Bawaslu juga mengingatkan ASN agar menjaga netralitas.",
        [],
    ),
    (
        "Bawaslu Kabupaten Poso menangani lima kasus netralitas ASN pada Pilkada 2024. Satu kasus lain menyangkut "
        "penggunaan mobil dinas.",
        [("violation_count", 5, "cases", "reported", "regional", "72.02", "pilkada", 2024)],
    ),
]


def test_candidates_for_regent_and_deputy_who_are_asn(analyse):
    text = (
        "Menurut catatan Bawaslu Kabupaten Jember, ada tiga bakal calon bupati dan wakil bupati berstatus ASN "
        "yang harus mundur pada Pilkada 2024."
    )
    assert fact_tuples(analyse(text)) == [
        ("related_candidates", 3, "persons", None, "regional", "35.09", "pilkada", 2024)
    ]


# Rankings announced in other words, lists continued in the next sentence, one number for several regions,
# national officials named before their verb, and a sanction asked for rather than given.
RANKINGS_AND_NATIONAL = [
    (
        "KASN mencatat provinsi dengan ASN terlapor terbanyak pada Pilkada 2020 adalah Sulawesi Tenggara dengan 113 "
        "ASN, kemudian Sulawesi Selatan 98 ASN.",
        [
            ("violation_count", 113, "persons", "reported", "regional", "74", "pilkada", 2020),
            ("violation_count", 98, "persons", "reported", "regional", "73", "pilkada", 2020),
        ],
    ),
    (
        "Bawaslu Sulawesi Tenggara menyebut dugaan pelanggaran netralitas ASN terbanyak pada Pilkada 2024 ditemukan "
        "di Kabupaten Muna. Kabupaten Muna paling tinggi, ada 12 ASN. Kemudian Kabupaten Konawe Selatan tujuh ASN.",
        [
            ("violation_count", 12, "persons", "reported", "regional", "74.03", "pilkada", 2024),
            ("violation_count", 7, "persons", "reported", "regional", "74.05", "pilkada", 2024),
        ],
    ),
    (
        "Bawaslu Provinsi Jambi mencatat 41 kasus netralitas ASN pada Pemilu 2024. Kabupaten Merangin dan Kabupaten "
        "Kerinci menjadi daerah dengan kasus terbanyak, masing-masing delapan kasus.",
        [
            ("violation_count", 41, "cases", "reported", "regional", "15", "pemilu", 2024),
            ("violation_count", 8, "cases", "reported", "regional", "15.02", "pemilu", 2024),
            ("violation_count", 8, "cases", "reported", "regional", "15.01", "pemilu", 2024),
        ],
    ),
    (
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (MenPAN-RB) Dodi Santoso mengungkapkan "
        "sebanyak 1.500 ASN dilaporkan melanggar netralitas pada Pilkada 2020, kata Dodi di Kompleks Parlemen, "
        'Senayan, Jakarta, Kamis (17/12/2020). "Dari 1.500 ASN yang dilaporkan, sebanyak 1.200 ASN sudah '
        'direkomendasikan KASN untuk dijatuhi sanksi," ujarnya.',
        [
            ("violation_count", 1500, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 1200, "persons", "proven", "national", None, "pilkada", 2020),
        ],
    ),
    (
        "Panwaslu Kabupaten Mimika menangani delapan kasus netralitas ASN pada Pilkada 2018. Dari delapan kasus "
        "tersebut, Panwaslu telah meneruskan rekomendasi untuk enam ASN ke KASN. Bawaslu juga menggelar sosialisasi "
        "pencegahan pelanggaran netralitas untuk 300 ASN.",
        [
            ("violation_count", 8, "cases", "reported", "regional", "94.04", "pilkada", 2018),
            ("violation_count", 6, "persons", "proven", "regional", "94.04", "pilkada", 2018),
        ],
    ),
    (
        "Bawaslu Kabupaten Sumenep menerima tiga laporan netralitas ASN pada Pilkada 2020. Satu di antaranya, yang "
        "melibatkan seorang camat, sudah direkomendasikan ke KASN.",
        [
            ("violation_count", 3, "cases", "reported", "regional", "35.29", "pilkada", 2020),
            ("violation_count", 1, "cases", "proven", "regional", "35.29", "pilkada", 2020),
        ],
    ),
    (
        "Dari total 21.507 ASN di lingkungan Pemkab Bogor pada Pemilu 2024, THR tahap pertama dibayarkan kepada "
        "18.950 pegawai.",
        [("asn_headcount", 21507, "persons", None, "regional", "32.01", "pemilu", 2024)],
    ),
    (
        "Dalam rapat di Samarinda, Bawaslu Kaltim mencatat total 23 dugaan pelanggaran netralitas ASN se-Kaltim "
        "sepanjang Pilkada 2024.",
        [("violation_count", 23, "cases", "reported", "regional", "64", "pilkada", 2024)],
    ),
    (
        'KASN menerima 233 laporan netralitas ASN pada Pilpres 2019. "Yang sudah dijatuhi sanksi oleh pejabat '
        'pembina kepegawaian baru 58 orang," kata Ketua KASN.',
        [
            ("violation_count", 233, "cases", "reported", "national", None, "pilpres", 2019),
            ("violation_count", 58, "persons", "sanctioned", "national", None, "pilpres", 2019),
        ],
    ),
    (
        "Bawaslu Kabupaten Bandung menangani sembilan kasus netralitas ASN pada Pilkada 2020. Ketua Bawaslu "
        "mengatakan enam di antaranya telah direkomendasikan ke KASN.",
        [
            ("violation_count", 9, "cases", "reported", "regional", "32.04", "pilkada", 2020),
            ("violation_count", 6, "cases", "proven", "regional", "32.04", "pilkada", 2020),
        ],
    ),
    (
        "Bawaslu Jawa Timur mencatat 41 kasus netralitas ASN pada Pilkada 2018. Sisanya tersebar di daerah lain "
        "dengan jumlah satu hingga dua kasus.",
        [("violation_count", 41, "cases", "reported", "regional", "35", "pilkada", 2018)],
    ),
    (
        "Panwaslu Kabupaten Garut merekomendasikan 23 ASN ke KASN pada Pilkada 2018. Dari 23 ASN tersebut, sembilan "
        "di antaranya sudah dijatuhi sanksi hukuman disiplin oleh bupati.",
        [
            ("violation_count", 23, "persons", "proven", "regional", "32.05", "pilkada", 2018),
            ("violation_count", 9, "persons", "sanctioned", "regional", "32.05", "pilkada", 2018),
        ],
    ),
]


PASSAGE_CASES = PASSAGES + BREAKDOWNS + RANKINGS_AND_NATIONAL


@pytest.mark.parametrize("text, expected", PASSAGE_CASES, ids=[p[0][:50] for p in PASSAGE_CASES])
def test_facts_from_passages_of_several_sentences(analyse, text, expected):
    assert fact_tuples(analyse(text)) == sorted(expected)
