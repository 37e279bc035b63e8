"""Failure patterns found on real news pages (tests/real), each written again in our own words with invented
people and figures, so that the knowledge stays in the repository when the texts are not there."""

import pytest

from tests.test_nlp_facts import _facts


def _article(analyse, text: str):
    return analyse(text).article


# (passage, [(fact_type, value, unit, status, scope, region_code, election_type, election_year)])
REAL_PATTERNS = [
    # A region written as one word ("Bandarlampung" for Kota Bandar Lampung) is still the city, not the province.
    ("Bawaslu Kota Bandarlampung memeriksa sembilan ASN yang diduga tidak netral pada Pilwakot 2020.",
     [("violation_count", 9, "persons", "reported", "regional", "18.71", "pilkada", 2020)]),
    # A national body's figure in a story filed from Jakarta: national, never Jakarta's.
    ("Jakarta | Badan Pengawas Pemilu (Bawaslu) menemukan 412 dugaan pelanggaran netralitas ASN dalam tahapan "
     "Pilkada 2020. Ketua Bawaslu mengatakan sebagian sudah diteruskan.",
     [("violation_count", 412, "cases", "reported", "national", None, "pilkada", 2020)]),
    # A ranking of regions, the figure after each region with or without its noun, going on after a full stop.
    ("Bawaslu Sulteng memproses 61 ASN yang diduga tidak netral di Pilkada 2020. Terbanyak di Donggala dengan "
     "jumlah 19. Masing-masing Poso 14 orang, Sigi 11, Tojo Una-Una 9 orang. Yang paling sedikit di Banggai "
     "dengan jumlah 8 ASN.",
     [("violation_count", 61, "persons", "reported", "regional", "72", "pilkada", 2020),
      ("violation_count", 19, "persons", "reported", "regional", "72.03", "pilkada", 2020),
      ("violation_count", 14, "persons", "reported", "regional", "72.02", "pilkada", 2020),
      ("violation_count", 11, "persons", "reported", "regional", "72.10", "pilkada", 2020),
      ("violation_count", 9, "persons", "reported", "regional", "72.09", "pilkada", 2020),
      ("violation_count", 8, "persons", "reported", "regional", "72.01", "pilkada", 2020)]),
    # Several regions sharing one figure: "A dan B (5 kasus)", "masing-masing 2 kasus"; bare names that are also
    # words or personal names ("Bone", "Gowa", "Maros") are regions when they stand in such a list.
    ("Bawaslu Sulsel mencatat 31 kasus dugaan pelanggaran netralitas ASN pada Pemilu 2024. Disusul Palopo "
     "(7 kasus), Bantaeng dan Luwu Timur (5 kasus). Adapun Gowa, Maros dan Wajo, masing-masing 2 kasus.",
     [("violation_count", 31, "cases", "reported", "regional", "73", "pemilu", 2024),
      ("violation_count", 7, "cases", "reported", "regional", "73.73", "pemilu", 2024),
      ("violation_count", 5, "cases", "reported", "regional", "73.03", "pemilu", 2024),
      ("violation_count", 5, "cases", "reported", "regional", "73.24", "pemilu", 2024),
      ("violation_count", 2, "cases", "reported", "regional", "73.06", "pemilu", 2024),
      ("violation_count", 2, "cases", "reported", "regional", "73.09", "pemilu", 2024),
      ("violation_count", 2, "cases", "reported", "regional", "73.13", "pemilu", 2024)]),
    # The figure before the regions it belongs to: each one's when "masing-masing" says so.
    ("Bawaslu Jawa Timur menangani 17 kasus ASN tidak netral pada Pilkada 2020. Pelanggaran itu masing-masing "
     "satu ASN di Kabupaten Tuban, Blitar dan Kota Madiun. Selain itu tiga orang di Kabupaten Ngawi dan empat "
     "orang di Kediri.",
     [("violation_count", 17, "cases", "reported", "regional", "35", "pilkada", 2020),
      ("violation_count", 1, "persons", "reported", "regional", "35.23", "pilkada", 2020),
      ("violation_count", 1, "persons", "reported", "regional", "35.05", "pilkada", 2020),
      ("violation_count", 1, "persons", "reported", "regional", "35.77", "pilkada", 2020),
      ("violation_count", 3, "persons", "reported", "regional", "35.21", "pilkada", 2020),
      ("violation_count", 4, "persons", "reported", "regional", "35.06", "pilkada", 2020)]),
    # A list of headcounts is no list of violations.
    ("Pemprov Jawa Barat mencatat jumlah ASN terbanyak jelang Pilkada 2024 ada di Kabupaten Bogor 21.000 ASN, "
     "Kabupaten Bandung 18.500 ASN dan Kabupaten Garut 15.200 ASN.",
     [("asn_headcount", 21000, "persons", None, "regional", "32.01", "pilkada", 2024),
      ("asn_headcount", 18500, "persons", None, "regional", "32.04", "pilkada", 2024),
      ("asn_headcount", 15200, "persons", None, "regional", "32.05", "pilkada", 2024)]),
    # A list of other offences in a story that speaks of ASN elsewhere is not a list of ASN violations.
    ("Bawaslu NTT menemukan 48 pelanggaran Pilkada 2020 di sembilan kabupaten. Pelanggaran itu terbanyak di "
     "Kabupaten Sumba Timur dengan 17 pelanggaran dan Manggarai dengan 11 pelanggaran. Bawaslu juga mengingatkan "
     "ASN agar menjaga netralitas.",
     []),
    # A recommendation of a sanction is a finding (proven), not the sanction itself.
    ("Bawaslu Provinsi Jawa Tengah merekomendasikan pemberian sanksi terhadap 12 aparatur sipil negara (ASN) "
     "pada Pemilu 2019.",
     [("violation_count", 12, "persons", "proven", "regional", "33", "pemilu", 2019)]),
    # ... but a sanction handed down on a recommendation is a sanction.
    ("Bupati Konawe sudah menjatuhkan sanksi kepada tujuh ASN berdasarkan rekomendasi KASN pada Pilkada 2020.",
     [("violation_count", 7, "persons", "sanctioned", "regional", "74.02", "pilkada", 2020)]),
    # The status of a count can stand at the head of its sentence, far from the number.
    ("Bawaslu Provinsi Riau memberikan rekomendasi kepada Komisi Aparatur Sipil Negara (KASN) untuk "
     "menindaklanjuti 16 kasus dugaan pelanggaran netralitas ASN dalam Pilkada 2020.",
     [("violation_count", 16, "cases", "proven", "regional", "14", "pilkada", 2020)]),
    # A question about a status does not state it.
    ("Bawaslu Kabupaten Muna menemukan 8 ASN diduga tidak netral di Pilkada 2024. Ditanya apakah ke-8 ASN itu "
     "sudah terbukti melanggar, Ketua Bawaslu belum bisa memastikan.",
     [("violation_count", 8, "persons", "reported", "regional", "74.03", "pilkada", 2024)]),
    # A list with no status of its own breaks down the recommended total stated right before it.
    ("Bawaslu Sumbar memberikan rekomendasi kepada KASN untuk menindaklanjuti 9 kasus dugaan pelanggaran "
     "netralitas ASN dalam Pilkada 2020. Kota Solok 3 orang, Kabupaten Agam 4 orang dan Kabupaten Solok 2 orang.",
     [("violation_count", 9, "cases", "proven", "regional", "13", "pilkada", 2020),
      ("violation_count", 3, "persons", "proven", "regional", "13.72", "pilkada", 2020),
      ("violation_count", 4, "persons", "proven", "regional", "13.06", "pilkada", 2020),
      ("violation_count", 2, "persons", "proven", "regional", "13.02", "pilkada", 2020)]),
    # ... but a ranking of reported persons ("terlapor") is reported whatever the headline's sanctions.
    ("Sebanyak 90 ASN di Jawa Tengah dijatuhi sanksi usai Pilkada 2020. Pelanggaran terjadi di hampir semua "
     "tahapan. Adapun ASN yang menjadi terlapor terbanyak ada di Purbalingga 40 ASN, Rembang 12, Blora 6.",
     [("violation_count", 90, "persons", "sanctioned", "regional", "33", "pilkada", 2020),
      ("violation_count", 40, "persons", "reported", "regional", "33.03", "pilkada", 2020),
      ("violation_count", 12, "persons", "reported", "regional", "33.17", "pilkada", 2020),
      ("violation_count", 6, "persons", "reported", "regional", "33.16", "pilkada", 2020)]),
]


REAL_PATTERNS += [
    # A per-province list whose later items leave the noun out ("7 di Sulawesi Barat"), and two regions that
    # share the next figure.
    ("Bawaslu mencatat 120 pelanggaran netralitas ASN pada Pemilu 2019. Selain itu, ditemukan pula 9 pelanggaran "
     "ASN di Bali, 7 di Sulawesi Barat, 6 di Nusa Tenggara Barat, serta Riau dan Kalimantan Timur masing-masing "
     "empat pelanggaran.",
     [("violation_count", 120, "cases", "reported", "national", None, "pemilu", 2019),
      ("violation_count", 9, "cases", "reported", "regional", "51", "pemilu", 2019),
      ("violation_count", 7, "cases", "reported", "regional", "76", "pemilu", 2019),
      ("violation_count", 6, "cases", "reported", "regional", "52", "pemilu", 2019),
      ("violation_count", 4, "cases", "reported", "regional", "14", "pemilu", 2019),
      ("violation_count", 4, "cases", "reported", "regional", "64", "pemilu", 2019)]),
    # "Pelanggaran-pelanggaran tersebut sudah direkomendasikan": the cases counted before, all of them, proven.
    ("KASN mencatat 30 pelanggaran netralitas ASN di Jawa Timur pada Pilkada 2020. Terbanyak di Pemkab Kediri "
     "dengan total 12 pelanggaran. Kemudian Pemkab Jember dan Pemkab Ngawi dengan masing-masing 3 pelanggaran. "
     "Pelanggaran-pelanggaran tersebut sudah direkomendasikan KASN kepada PPK untuk diberi sanksi.",
     [("violation_count", 30, "cases", "proven", "regional", "35", "pilkada", 2020),
      ("violation_count", 12, "cases", "proven", "regional", "35.06", "pilkada", 2020),
      ("violation_count", 3, "cases", "proven", "regional", "35.09", "pilkada", 2020),
      ("violation_count", 3, "cases", "proven", "regional", "35.21", "pilkada", 2020)]),
    # ... but "Kasus itu" is the last one only, and here it says nothing new of the count.
    ("Bawaslu Kabupaten Sukabumi menemukan tiga guru berstatus PNS yang mengunggah ajakan memilih pada Pemilu "
     "2019. Kasus itu kini sudah direkomendasikan ke KASN.",
     [("violation_count", 3, "persons", "reported", "regional", "32.02", "pemilu", 2019)]),
    # Officials who stand for office are related candidates, by any title.
    ("Enam orang pejabat Pemprov Jambi dipastikan ikut bertarung pada Pilkada 2024.",
     [("related_candidates", 6, "persons", None, "regional", "15", "pilkada", 2024)]),
    ("Tiga kepala dinas di lingkup Pemerintah Kabupaten (Pemkab) Ciamis, Jawa Barat, mencalonkan diri sebagai bakal "
     "calon bupati pada Pilkada 2024.",
     [("related_candidates", 3, "persons", None, "regional", "32.07", "pilkada", 2024)]),
    # ... not those who attend a candidate's event.
    ("Tercatat dua orang ASN Kabupaten Ciamis mengikuti kegiatan keagamaan yang digelar seorang bacaleg pada "
     "Pemilu 2024.", []),
    # ASN described past an aside naming their region are violators, not a workforce.
    ("Sebanyak 86 ASN Kabupaten Lombok Barat, Nusa Tenggara Barat (NTB) yang melanggar netralitas selama "
     "Pilkada 2024 sudah direkomendasikan ke BKN.",
     [("violation_count", 86, "persons", "proven", "regional", "52.01", "pilkada", 2024)]),
    # ... while a workforce introduced by "dari" stays one.
    ("Dari sekitar 7.200 ASN di lingkup Pemkab Poso, jumlah yang melanggar pada Pilkada 2024 memang kecil.",
     [("asn_headcount", 7200, "persons", None, "regional", "72.02", "pilkada", 2024)]),
    # A count of ASN followed by complaints is no workforce.
    ("BKN menyebut 1.210 Aparatur Sipil Negara diadukan karena dugaan pelanggaran netralitas pada Pilkada 2020.",
     [("violation_count", 1210, "persons", "reported", "national", None, "pilkada", 2020)]),
    # Violations of the election in general are not ASN violations, even in a story about ASN.
    ("Bawaslu RI menerima 1.250 pelanggaran Pilkada 2020, dan 512 kasus di antaranya menyoal netralitas ASN.",
     [("violation_count", 512, "cases", "reported", "national", None, "pilkada", 2020)]),
]


REAL_PATTERNS += [
    # "Badan Kepegawaian Nasional" names a body: the figure stays the province's.
    ("Bawaslu Jabar mencatat sudah ada lima ASN yang telah dilaporkan ke Badan Kepegawaian Nasional (BKN) atas "
     "dugaan pelanggaran netralitas di Pilkada 2024.",
     [("violation_count", 5, "persons", "reported", "regional", "32", "pilkada", 2024)]),
    # Violations "di luar netralitas" are of another kind.
    ("Bawaslu Jawa Timur mengungkap 31 kasus ASN tidak netral pada Pilkada 2020. Bawaslu juga mencatat ada 64 "
     "pelanggaran di luar netralitas ASN.",
     [("violation_count", 31, "cases", "reported", "regional", "35", "pilkada", 2020)]),
    # What may be is not a count: "satu kasus bisa ...", "lebih dari satu", "bisa jadi 9.000 orang".
    ("Bawaslu Kepri menangani 12 laporan netralitas ASN pada Pilkada 2024. Dalam satu laporan bisa saja lebih dari "
     "satu ASN terlibat sebagai terlapor.",
     [("violation_count", 12, "cases", "reported", "regional", "21", "pilkada", 2024)]),
    # Press abbreviations of regencies: "Polman", "Inhil".
    ("Bawaslu Polman memproses dua ASN yang diduga tidak netral pada Pilkada 2024.",
     [("violation_count", 2, "persons", "reported", "regional", "76.04", "pilkada", 2024)]),
]


REAL_PATTERNS += [
    # A list whose figures are written in words, bare names placed by their neighbours across them.
    ("Bawaslu NTT mencatat 31 pelanggaran netralitas ASN pada Pilkada 2020. Sesuai data Bawaslu, pelanggaran "
     "terbanyak di Sumba Timur dan Manggarai masing-masing 9 pelanggaran, Malaka dan Sumba Barat masing-masing "
     "empat pelanggaran, Belu tiga pelanggaran dan Ngada satu pelanggaran.",
     [("violation_count", 31, "cases", "reported", "regional", "53", "pilkada", 2020),
      ("violation_count", 9, "cases", "reported", "regional", "53.11", "pilkada", 2020),
      ("violation_count", 9, "cases", "reported", "regional", "53.10", "pilkada", 2020),
      ("violation_count", 4, "cases", "reported", "regional", "53.21", "pilkada", 2020),
      ("violation_count", 4, "cases", "reported", "regional", "53.12", "pilkada", 2020),
      ("violation_count", 3, "cases", "reported", "regional", "53.04", "pilkada", 2020),
      ("violation_count", 1, "cases", "reported", "regional", "53.09", "pilkada", 2020)]),
    # Figures of other people in a list of regions are no ASN counts: "5 perbekel" are village heads.
    ("Bawaslu Bali menemukan pelanggaran netralitas pada Pilgub 2018. Kabupaten Jembrana terdapat 4 perbekel, "
     "9 perangkat desa; Kabupaten Buleleng 6 perbekel, 3 perangkat desa.", []),
]


REAL_PATTERNS += [
    # Two verbs of what became of one count: the later decides ("ditemukan dan direkomendasikan").
    ("Bawaslu RI mencatat hanya 31 kasus netralitas ASN yang ditemukan dan direkomendasikan pada Pilkada 2017.",
     [("violation_count", 31, "cases", "proven", "national", None, "pilkada", 2017)]),
    # A count said again with nothing of its own to say ("Ada 210 kasus," kata ...) is the one stated before.
    ("Bawaslu RI merekomendasikan 210 kasus pelanggaran netralitas ASN pada Pilkada 2018. \"Ada 210 kasus,\" kata "
     "Kepala Bagian Teknis Bawaslu RI.",
     [("violation_count", 210, "cases", "proven", "national", None, "pilkada", 2018)]),
    # Cases of village heads, named before the count, are not ASN counts.
    ("Bawaslu Jabar mencatat lima ASN dilaporkan ke BKN pada Pilkada 2024. Sementara mengenai dugaan pelanggaran "
     "kepala desa, ada sembilan kasus yang sedang ditangani.",
     [("violation_count", 5, "persons", "reported", "regional", "32", "pilkada", 2024)]),
    # "apakah seorang ASN dikatakan melanggar": a question, not a count.
    ("Bawaslu Kabupaten Muna menemukan 7 ASN diduga tidak netral pada Pilkada 2024. Menurut dia, apakah seorang "
     "ASN dikatakan melanggar atau tidak ditentukan oleh hasil kajian.",
     [("violation_count", 7, "persons", "reported", "regional", "74.03", "pilkada", 2024)]),
]


REAL_PATTERNS += [
    # A body that decides ("memutuskan") or sends cases on to the Commission ("ditindaklanjuti ke Komisi ASN").
    ("Dari keseluruhan laporan, Bawaslu RI telah memutuskan kalau 287 kasus memuat unsur pelanggaran netralitas ASN "
     "pada Pilkada 2024.",
     [("violation_count", 287, "cases", "proven", "national", None, "pilkada", 2024)]),
    ("Bawaslu RI menyebut setidaknya ada 905 pelanggaran netralitas ASN yang kemudian ditindaklanjuti ke Komisi ASN "
     "pada Pilkada 2020.",
     [("violation_count", 905, "cases", "proven", "national", None, "pilkada", 2020)]),
]


REAL_PATTERNS += [
    # An item of a list may say its own status: "di Palopo 6 yang sedang kita tangani, di Lutim 5 ASN direkomendasi".
    ("Bawaslu Sulsel menangani dugaan pelanggaran netralitas ASN pada Pilkada 2024. Misalnya, di Pinrang terdapat "
     "12 pelanggaran netralitas, di Palopo 6 yang sedang kita tangani, di Lutim 5 ASN direkomendasi.",
     [("violation_count", 12, "cases", "reported", "regional", "73.15", "pilkada", 2024),
      ("violation_count", 6, "cases", "reported", "regional", "73.73", "pilkada", 2024),
      ("violation_count", 5, "persons", "proven", "regional", "73.24", "pilkada", 2024)]),
    # "jumlah terlapor ASN 150 orang": the ASN reported, not a workforce.
    ("Bawaslu Sultra mencatat jumlah terlapor ASN 150 orang pada Pilkada 2020.",
     [("violation_count", 150, "persons", "reported", "regional", "74", "pilkada", 2020)]),
    # A headline capitalises every word: "Bawaslu Bengkalis Tegaskan ..." names the regency's body.
    ("Bawaslu Bengkalis Tegaskan Tiga PNS Dilaporkan Tidak Netral di Pilkada 2020\n\nBengkalis - Bawaslu "
     "Bengkalis menegaskan tiga PNS dilaporkan tidak netral.",
     [("violation_count", 3, "persons", "reported", "regional", "14.03", "pilkada", 2020)]),
]


REAL_PATTERNS += [
    # A list that only says its cases are there ("terdapat di ...") breaks down the recommended total before it.
    ("Bawaslu Provinsi Papua merekomendasikan 14 ASN ke KASN pada Pilkada 2020. Ia menambahkan, kasus pelanggaran "
     "netralitas ASN ini terdapat di Kabupaten Supiori 5 kasus, Merauke 4 kasus dan Nabire 3 kasus.",
     [("violation_count", 14, "persons", "proven", "regional", "91", "pilkada", 2020),
      ("violation_count", 5, "cases", "proven", "regional", "91.19", "pilkada", 2020),
      ("violation_count", 4, "cases", "proven", "regional", "93.01", "pilkada", 2020),
      ("violation_count", 3, "cases", "proven", "regional", "94.01", "pilkada", 2020)]),
    # "rekomendasi sanksi": recommendations (proven) of a sanction not yet given; a year is no count.
    ("KASN selama Pilkada 2020 telah menerbitkan 640 rekomendasi sanksi bagi ASN. Kalau di awal 2015 rekomendasi "
     "yang keluar 31.",
     [("violation_count", 640, "cases", "proven", "national", None, "pilkada", 2020)]),
    # ASN not yet sanctioned are violators still waiting (reported), no workforce.
    ("KASN mencatat 405 ASN dilaporkan pada Pilkada 2020. Sisanya, sebanyak 150 ASN belum disanksi.",
     [("violation_count", 405, "persons", "reported", "national", None, "pilkada", 2020),
      ("violation_count", 150, "persons", "reported", "national", None, "pilkada", 2020)]),
]


REAL_PATTERNS += [
    # ASN "yang melakukan pelanggaran netralitas" are violators; "200 lebih laporan" counts two hundred.
    ("KASN mencatat, hingga 19 Agustus, terdapat 455 ASN yang melakukan pelanggaran netralitas di Pilkada 2020. "
     "Ketua KASN mengatakan pihaknya sudah menerima 300 lebih laporan kasus ASN terlibat dalam Pilkada 2018.",
     [("violation_count", 455, "persons", "reported", "national", None, "pilkada", 2020),
      ("violation_count", 300, "cases", "reported", "national", None, "pilkada", 2018)]),
    # The body that counts names its region: "tidak hanya di Balikpapan, Bawaslu Kaltim ... memproses 6 laporan".
    ("Menurut dia, tidak hanya di Samarinda, Bawaslu Kaltim juga telah memproses 9 laporan dugaan pelanggaran "
     "netralitas ASN pada Pilkada 2024.",
     [("violation_count", 9, "cases", "reported", "regional", "64", "pilkada", 2024)]),
]


REAL_PATTERNS += [
    # Officials counted by their title are ASN when the clause says they violated something ("tujuh kepala dinas
    # dilaporkan"); a lurah is counted apart, as the reports do. ASN "yang ditindaklanjuti" are handled violators.
    ("Bawaslu DKI Jakarta menyebut lima kepala dinas dilaporkan karena tidak netral pada Pilkada 2017.",
     [("violation_count", 5, "persons", "reported", "regional", "31", "pilkada", 2017)]),
    ("Pelanggaran serupa terjadi di Kota Denpasar pada Pilgub 2018, yakni seorang lurah yang diduga tidak netral.",
     []),
    ("Bawaslu RI menyebut sudah ada 350 ASN yang ditindaklanjuti akibat persoalan netralitas pada Pilkada 2024.",
     [("violation_count", 350, "persons", "reported", "national", None, "pilkada", 2024)]),
]


@pytest.mark.parametrize("text, expected", REAL_PATTERNS, ids=[p[0][:50] for p in REAL_PATTERNS])
def test_patterns_of_real_news(analyse, text, expected):
    assert _facts(analyse(text)) == sorted(expected)


def test_a_national_story_is_about_no_region(analyse):
    # filed from Jakarta, and ranking provinces: still about the whole country
    text = ("Jakarta | Badan Pengawas Pemilu (Bawaslu) mencatat 520 dugaan pelanggaran netralitas ASN pada Pilkada "
            "2020. Secara wilayah, terbanyak di Sulawesi Tenggara sebanyak 71 kasus, disusul Maluku Utara 60 kasus.")
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert ("violation_count", 71, "cases", "reported", "regional", "74", "pilkada", 2020) in _facts(result)


def test_a_story_of_a_regional_body_is_not_national(analyse):
    text = ("Badan Pengawas Pemilu (Bawaslu) Kota Bandarlampung mencatat 13 ASN diadukan ke KASN pada Pilwakot "
            "2020. Ketua Bawaslu mengatakan tujuh di antaranya sudah menerima putusan sanksi.")
    assert analyse(text).article["region_codes"] == "18.71"


def test_the_place_of_a_statement_with_its_date_is_no_scope(analyse):
    text = ("Bawaslu RI merekomendasikan 210 kasus pelanggaran netralitas ASN pada Pilkada 2018. \"Ada 210 kasus,\" "
            "kata Kepala Bagian Teknis Bawaslu RI pada diskusi di Hotel Mawar, Menteng, Jakarta Pusat (5/7).")
    assert all(f[4] == "national" for f in _facts(analyse(text)))


def test_a_province_story_that_ranks_its_regencies_is_about_the_province(analyse):
    text = ("Bawaslu Sulsel Temukan Belasan Dugaan Pelanggaran Netralitas\n\nMAKASSAR - Badan Pengawas Pemilu "
            "(Bawaslu) Sulawesi Selatan mencatat 19 dugaan pelanggaran netralitas ASN pada Pilkada 2024. Adapun "
            "Kabupaten Pinrang 7 orang, Kota Palopo 5 orang, Kabupaten Pangkep 4 orang dan Kota Makassar 3 orang.")
    assert analyse(text).article["region_codes"] == "73"


def test_a_national_lead_may_spread_over_provinces(analyse):
    # "tersebar dari Banten hingga Maluku": the whole country's figure, not Banten's
    text = ("JAKARTA - Komisioner Bawaslu mengatakan, laporan pelanggaran ASN hadir dalam kegiatan kampanye "
            "Pemilu 2019 tercatat terjadi di 12 provinsi, yang tersebar dari Banten hingga Maluku. Jumlah pelanggaran "
            "terbanyak dilakukan oleh ASN 64 orang.")
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert ("violation_count", 64, "persons", "reported", "national", None, "pemilu", 2019) in _facts(result)


def test_a_national_headline_may_rank_a_province(analyse):
    text = ("BKN: 180 ASN Terbukti Langgar Netralitas Selama Pilkada 2024, Terbanyak di Sultra\n\nJAKARTA - Badan "
            "Kepegawaian Negara (BKN) menerima 312 laporan dugaan pelanggaran netralitas ASN selama Pilkada 2024.")
    assert analyse(text).article["region_codes"] in ("", None)


def test_the_election_as_a_legal_category_does_not_name_the_article_election(analyse):
    # "pelanggaran pemilu lainnya" is the category a Pilkada violation falls under, not a Pemilu
    text = ("Bawaslu Kabupaten Pinrang menemukan 6 ASN diduga tidak netral. Netralitas ASN masuk dalam kategori "
            "pelanggaran pemilu lainnya, kata Ketua Bawaslu. Isu itu ada pada semua tahapan Pilkada.")
    article = analyse(text, published="2024-07-25").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)
