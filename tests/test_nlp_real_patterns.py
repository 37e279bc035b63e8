"""Failure patterns found on real news pages (tests/real), each written again in our own words with invented
places, people and figures, so that the knowledge stays in the repository when the texts are not there."""

import pytest
from tests.helpers import fact_tuples

# (passage, [(fact_type, value, unit, status, scope, region_code, election_type, election_year)])
REGIONS_AND_SCOPE = [
    # ... a province too, in a story of several ("Sementara di Sulawesi Selatan, pelanggaran ditemukan ... .
    # Tercatat, ... ASN 29 kasus")
    (
        "Kajian itu memotret Pilkada 2018 di lima provinsi. Di Kalimantan Timur hanya ditemukan satu kasus yang "
        "diduga dilakukan oleh ASN.\n\nSementara di Sulawesi Selatan, pelanggaran ditemukan di banyak tingkat. "
        "Tercatat, ASN 27 kasus dan guru tujuh kasus.",
        [
            ("violation_count", 1, "cases", "reported", "regional", "64", "pilkada", 2018),
            ("violation_count", 27, "cases", "reported", "regional", "73", "pilkada", 2018),
            ("violation_count", 7, "cases", "reported", "regional", "73", "pilkada", 2018),
        ],
    ),
    # A count with no region of its own after a sentence that turns to another regency ("Sedangkan di Tuban pun
    # serupa. Total 21 ASN ...") is that regency's, not that of the count before.
    (
        "Bawaslu Jawa Timur mencatat pelanggaran netralitas ASN pada Pilkada 2020. Kasus ASN Kabupaten Blitar yang "
        "diduga tak netral sebanyak 14 orang.\n\nSedangkan di Tuban pun serupa. Total 21 ASN yang melanggar, 15 orang "
        "di antaranya sudah dilapor.",
        [
            ("violation_count", 14, "persons", "reported", "regional", "35.05", "pilkada", 2020),
            ("violation_count", 21, "persons", "reported", "regional", "35.23", "pilkada", 2020),
        ],
    ),
    # A figure "yang dicatat Bawaslu RI" (recorded by the national body, named right after the passive verb) is
    # national, in a regency's story too.
    (
        "Guru ASN Klaten Diajak Cegah Pelanggaran\n\nKLATEN, Jatengnews - Pelanggaran netralitas yang dicatat Badan "
        "Pengawas Pemilu (Bawaslu) RI selama masa kampanye Pemilu 2019 mencapai 164 laporan. Di Kabupaten Klaten, guru "
        "ASN diajak mencegahnya.",
        [("violation_count", 164, "cases", "reported", "national", None, "pemilu", 2019)],
    ),
    # Reports a province's body received about ASN "yang berasal dari Kabupaten A" are A's.
    (
        "Bawaslu Provinsi Jawa Timur menerima dua laporan mengenai dugaan pelanggaran netralitas oleh oknum ASN yang "
        "berasal dari Kabupaten Ngawi pada Pilkada 2024.",
        [("violation_count", 2, "cases", "reported", "regional", "35.21", "pilkada", 2024)],
    ),
    # Reports that came to a body named with its place ("satu laporan masuk ke Bawaslu Asmat") are that place's,
    # not those of the body named before.
    (
        '"Ada tiga laporan masuk ke Bawaslu Kabupaten Mappi dan satu laporan masuk ke Bawaslu Asmat. Laporan soal '
        'netralitas ASN itu sedang ditindaklanjuti," kata anggota Bawaslu Papua Selatan pada Pilkada 2024.',
        [
            ("violation_count", 3, "cases", "reported", "regional", "93.03", "pilkada", 2024),
            ("violation_count", 1, "cases", "reported", "regional", "93.04", "pilkada", 2024),
        ],
    ),
    # A figure said again ("Keenam ASN itu termasuk dalam 30 ASN se-Sulsel ...") keeps its regency: the province
    # the sentence names is the larger figure's.
    (
        "Sebanyak 6 ASN di lingkungan Pemerintah Kabupaten Wajo dilaporkan ke KASN jelang Pemilu 2024. Keenam ASN itu "
        "termasuk dalam 30 ASN se-Sulsel yang direkomendasikan Bawaslu Sulsel ke KASN.",
        [
            ("violation_count", 6, "persons", "proven", "regional", "73.13", "pemilu", 2024),
            ("violation_count", 30, "persons", "proven", "regional", "73", "pemilu", 2024),
        ],
    ),
    # A breakdown whose figures come before their places ("8 orang bertugas di lingkungan pemerintah Kabupaten A")
    # gives each figure the place after it.
    (
        "Bawaslu Sulsel merekomendasikan 15 ASN ke KASN pada Pemilu 2024. Rinciannya, 3 orang ASN Provinsi, 8 orang "
        "ASN bertugas di lingkungan pemerintah Kabupaten Pinrang, 4 orang bertugas di lingkungan pemerintah "
        "Kabupaten Sidenreng Rappang.",
        [
            ("violation_count", 15, "persons", "proven", "regional", "73", "pemilu", 2024),
            ("violation_count", 8, "persons", "proven", "regional", "73.15", "pemilu", 2024),
            ("violation_count", 4, "persons", "proven", "regional", "73.14", "pemilu", 2024),
        ],
    ),
    # A figure "tercatat di Bawaslu RI" (recorded at the national body) is national, whatever the dateline.
    (
        "KUDUS, Warta.net - Pelanggaran netralitas yang tercatat di Badan Pengawas Pemilu (Bawaslu) RI selama masa "
        "kampanye Pemilu 2024 mencapai 240 laporan. Bawaslu Kudus lalu mengajak guru ASN se-Kabupaten Kudus menjaga "
        "netralitas.",
        [("violation_count", 240, "cases", "reported", "national", None, "pemilu", 2024)],
    ),
    # A kecamatan's office named by it ("Korwilcam Karanganyar", as "Camat A") is in a kecamatan, not the regency
    # of that name.
    (
        "Kasus netralitas ASN pada Pilkada 2024 di Dinas Pendidikan Kabupaten Purbalingga bertambah, sesudah pekan "
        "lalu 6 ASN dari Korwilcam Karanganyar diperiksa Bawaslu.",
        [("violation_count", 6, "persons", "reported", "regional", "33.03", "pilkada", 2024)],
    ),
    # A count over each region's government ("oleh PPK di masing-masing daerah") in a regency's story is the
    # province's.
    (
        "Satu ASN Pemkab Batang dinyatakan tidak netral pada Pilkada 2020. Hal itu disampaikan Bawaslu Jawa Tengah. "
        '"Sementara yang sudah dijatuhi sanksi oleh PPK di masing-masing daerah ada 47 ASN," ucapnya.',
        [
            ("violation_count", 1, "persons", "proven", "regional", "33.25", "pilkada", 2020),
            ("violation_count", 47, "persons", "sanctioned", "regional", "33", "pilkada", 2020),
        ],
    ),
    # A province's share of a national total ("Dari jumlah itu 21 di antaranya ada di Pilkada Jambi") is a count of
    # that province, wherever the election it names.
    (
        "JAMBI - Bawaslu Provinsi Jambi, Senin (9/11/2020), mencatat sebanyak 1.150 pelanggaran netralitas ASN selama "
        "tahapan Pilkada serentak 2020 di Indonesia. Dari jumlah itu 21 di antaranya ada di Pilkada Jambi.",
        [
            ("violation_count", 1150, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 21, "cases", "reported", "regional", "15", "pilkada", 2020),
        ],
    ),
    # A province's Bawaslu that counts in the election of one of its cities ("... dua ASN ... di Pilkada Kota A")
    # counts that city's figure.
    (
        "SAMARINDA - Bawaslu Provinsi Kalimantan Timur memeriksa tiga ASN yang diduga ikut penjaringan bakal calon "
        "kepala daerah di Pilkada Kota Bontang 2024.",
        [("violation_count", 3, "persons", "reported", "regional", "64.74", "pilkada", 2024)],
    ),
    # A part said to be in a regency ("satu kasus ada di Kabupaten A") is that regency's, its total the province's.
    (
        "SEMARANG - Hal itu disampaikan Bawaslu Jateng, di mana dari total 27 kasus netralitas ASN pada Pilkada 2020, "
        "dua kasus ada di Kabupaten Batang.",
        [
            ("violation_count", 27, "cases", "reported", "regional", "33", "pilkada", 2020),
            ("violation_count", 2, "cases", "reported", "regional", "33.25", "pilkada", 2020),
        ],
    ),
    # A count over many regional governments that the sentence does not name ("pada 64 pemda") is no one region's,
    # though the lead named a regency; "dipastikan telah melakukan pelanggaran" is proven.
    (
        "Kemendagri Tegur Bupati Banggai\n\nKementerian Dalam Negeri menegur Bupati Banggai terkait netralitas ASN "
        "dalam Pilkada 2020. Hingga Oktober 2020 terdapat 120 rekomendasi KASN pada 64 pemda yang belum "
        "ditindaklanjuti. Dari 300 ASN yang dilaporkan, 210 di antaranya dipastikan telah melakukan pelanggaran.",
        [
            ("violation_count", 120, "cases", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 210, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 300, "persons", "reported", "national", None, "pilkada", 2020),
        ],
    ),
    # A total over the province's regencies and cities ("pada 9 kabupaten kota", without a slash) is the
    # province's, not the regency's named in the sentence before.
    (
        "Bawaslu: ASN Sinjai Paling Banyak Tak Netral\n\nMAKASSAR – ASN Sinjai yang diduga tak netral sebanyak 11 "
        "orang pada Pilkada 2020, kata komisioner Bawaslu Sulsel. Jika ditotal, pelanggaran ASN pada 9 kabupaten "
        "kota sudah mencapai 64 kasus.",
        [
            ("violation_count", 11, "persons", "reported", "regional", "73.07", "pilkada", 2020),
            ("violation_count", 64, "cases", "reported", "regional", "73", "pilkada", 2020),
        ],
    ),
    # Two counts joined, each with its government written out ("di lingkungan Pemerintah Kota (Pemkot) A dan ... di
    # lingkungan Pemerintah Kabupaten (Pemkab) B"), share the verb after the last; each keeps its own place.
    (
        "Bawaslu Jawa Barat menyebut 4 ASN dari lingkungan Pemerintah Kota (Pemkot) Depok dan 6 ASN dari lingkungan "
        "Pemerintah Kabupaten (Pemkab) Garut diduga tidak netral selama Pilkada 2024.",
        [
            ("violation_count", 4, "persons", "reported", "regional", "32.76", "pilkada", 2024),
            ("violation_count", 6, "persons", "reported", "regional", "32.05", "pilkada", 2024),
        ],
    ),
    # The office written out with its acronym in brackets ("Pemerintah Kota (Pemkot) Bekasi", "Pemerintah Kabupaten
    # (Pemkab) Kendal") names the kota or kabupaten, also a name that is a region only beside its office.
    (
        "Bawaslu mencatat 3 ASN dari Pemerintah Kota (Pemkot) Bekasi dilaporkan tidak netral selama Pilkada 2020.",
        [("violation_count", 3, "persons", "reported", "regional", "32.75", "pilkada", 2020)],
    ),
    (
        "Bawaslu mencatat 2 ASN dari Pemerintah Kabupaten (Pemkab) Kendal dilaporkan tidak netral selama Pilkada 2020.",
        [("violation_count", 2, "persons", "reported", "regional", "33.24", "pilkada", 2020)],
    ),
    # A lead that names a national body's meeting and the city, then the province, where it was held ("hasil rapat
    # koordinasi BKN di Kota A, Provinsi B") is still about its own province, not a national story.
    (
        "Selain itu, Kepala BKD Jateng menyebut hasil rapat evaluasi kepegawaian yang digelar Badan Kepegawaian "
        "Negara di Mataram, Nusa Tenggara Barat, pekan lalu: pelanggaran netralitas di Jateng tergolong rendah. "
        '"Kami memiliki sekitar 38.000 pegawai provinsi," katanya menjelang Pilkada 2024.',
        [("asn_headcount", 38000, "persons", None, "regional", "33", "pilkada", 2024)],
    ),
    # A one-word name written as two ("Bukit Tinggi", "Labuhan Batu") or doubled ("Pare-Pare"), and the press's
    # short names ("Siantar"), are the region.
    (
        "Panwaslu Bukit Tinggi memeriksa 2 PNS terkait netralitas pada Pilkada 2018. Di Labuhan Batu, 3 ASN "
        "dilaporkan. Panwaslu Pare-Pare menerima laporan terhadap 4 ASN. Panwaslu Siantar memeriksa 5 ASN.",
        [
            ("violation_count", 2, "persons", "reported", "regional", "13.75", "pilkada", 2018),
            ("violation_count", 3, "persons", "reported", "regional", "12.10", "pilkada", 2018),
            ("violation_count", 4, "persons", "reported", "regional", "73.72", "pilkada", 2018),
            ("violation_count", 5, "persons", "reported", "regional", "12.72", "pilkada", 2018),
        ],
    ),
    # A figure handled "di berbagai provinsi" (or "di seluruh provinsi") spans the country: national, in a story
    # about a city; and "Kemudian, sebanyak 390 direkomendasikan" goes on to the decided part of it.
    (
        "ASN Pemkot Binjai yang tidak netral akan disanksi, kata Pjs Wali Kota Binjai. Terkait hal itu, Bawaslu RI "
        "sendiri sudah mencatat 412 kasus netralitas ASN yang diproses di berbagai provinsi pada Pilkada "
        "2020. Kasus itu terdiri dari 400 temuan dan 12 laporan. Kemudian, sebanyak 390 direkomendasikan dan 22 "
        "bukan pelanggaran.",
        [
            ("violation_count", 412, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 390, "cases", "proven", "national", None, "pilkada", 2020),
        ],
    ),
    # The press's "Sumatra" for the official "Sumatera" names the same province.
    (
        "Bawaslu Sumatra Selatan mencatat 6 ASN diduga tidak netral pada Pilkada 2024.",
        [("violation_count", 6, "persons", "reported", "regional", "16", "pilkada", 2024)],
    ),
    # Press abbreviations of regencies ("Tanbu", "Barsel", "Malteng").
    (
        "Bawaslu Tanbu mencatat 4 ASN diduga tidak netral pada Pilkada 2024. Bawaslu Malteng menangani 3 ASN yang "
        "diduga melanggar netralitas.",
        [
            ("violation_count", 4, "persons", "reported", "regional", "63.10", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "81.01", "pilkada", 2024),
        ],
    ),
    (
        "Bawaslu Mura, Kalimantan Tengah, mencatat 4 ASN yang diduga tak netral dalam Pilkada 2024. Bawaslu Taliabu "
        "menangani 3 ASN yang diduga melanggar netralitas.",
        [
            ("violation_count", 4, "persons", "reported", "regional", "62.12", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "82.08", "pilkada", 2024),
        ],
    ),
    # "Mura" is also Musi Rawas: in a story of Sumatera Selatan, that one.
    (
        "Seorang lurah di Lubuklinggau, Sumatera Selatan, dilaporkan ke Bawaslu Mura. Bawaslu Mura juga menangani "
        "2 ASN yang diduga melanggar netralitas pada Pilkada 2024.",
        [("violation_count", 2, "persons", "reported", "regional", "16.05", "pilkada", 2024)],
    ),
    # A kecamatan named like a regency ("Kecamatan Pekalongan" is in Lampung Timur) places its figure in its own
    # kabupaten; one the gazetteer knows in several ("Kecamatan Wonosobo") places it by the rest of the text.
    (
        "Dua PNS, guru di Kecamatan Pekalongan, dilaporkan ke Panwaslu terkait netralitas pada Pilkada 2015.",
        [("violation_count", 2, "persons", "reported", "regional", "18.07", "pilkada", 2015)],
    ),
    (
        "Bawaslu Lampung menerima sejumlah laporan pada Pilkada 2015. Tiga PNS dari Kecamatan Wonosobo dilaporkan "
        "terkait netralitas.",
        [("violation_count", 3, "persons", "reported", "regional", "18", "pilkada", 2015)],
    ),
    # The city where a BKN regional office sits ("Kanreg VI BKN Medan") is no place of what the office counts.
    (
        "BKN mencatat 210 ASN dijatuhi sanksi pada Pilkada 2020. Rinciannya, Kanreg VI BKN Medan sebanyak 4 ASN "
        "dan Kanreg XI BKN Manado sebanyak 2 ASN.",
        [("violation_count", 210, "persons", "sanctioned", "national", None, "pilkada", 2020)],
    ),
    # The place of the counted ASN ("... temuan Aparatur Sipil Negara (ASN) di Kota A") is the count's, not the
    # province whose body speaks.
    (
        "Bawaslu Sulawesi Selatan mendapatkan 23 laporan dan temuan Aparatur Sipil Negara (ASN) di Kota Parepare "
        "yang diduga melanggar netralitas pada Pilkada 2024.",
        [("violation_count", 23, "cases", "reported", "regional", "73.72", "pilkada", 2024)],
    ),
    # ... nor where they serve ("yang bertugas di salah satu instansi di Kabupaten A"), nor the place they share
    # with others counted beside them ("satu ASN dan dua kepala desa di Kabupaten B").
    (
        "Bawaslu Bali memeriksa tiga ASN yang bertugas di salah satu instansi pemerintah di Kabupaten Bangli pada "
        "Pemilu 2024. Bawaslu Kalimantan Barat menemukan satu ASN dan dua kepala desa di Kabupaten Sambas yang "
        "terindikasi tidak netral.",
        [
            ("violation_count", 3, "persons", "reported", "regional", "51.06", "pemilu", 2024),
            ("violation_count", 1, "persons", "reported", "regional", "61.01", "pemilu", 2024),
        ],
    ),
    # ... nor is the city of "BKN Regional IV Makassar", whose office serves several provinces.
    (
        "Bawaslu Kabupaten Sinjai menerima 3 laporan netralitas ASN pada Pilkada 2024. Laporan itu diteruskan ke "
        'BKN Regional IV Makassar.\n"Ada 3 laporan yang sudah diteruskan," katanya.',
        [("violation_count", 3, "cases", "reported", "regional", "73.07", "pilkada", 2024)],
    ),
    # A bare name the gazetteer guards is a place in a ranking of regions ("Peringkat kedua adalah Maros").
    (
        "Bawaslu Sulawesi Selatan mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2024. Peringkat kedua "
        "adalah Maros dengan 14 kasus. Posisi ketiga Wajo dengan 9 kasus.",
        [
            ("violation_count", 14, "cases", "reported", "regional", "73.09", "pilkada", 2024),
            ("violation_count", 9, "cases", "reported", "regional", "73.13", "pilkada", 2024),
        ],
    ),
    # A count with no region goes on about the one kabupaten the sentence before is about (whatever other figure
    # that sentence gives, when it gives no count).
    (
        "Bawaslu Sulawesi Selatan merilis data netralitas ASN pada Pilkada 2024. Kabupaten Bulukumba paling "
        "mendominasi di antara 11 daerah lainnya.\nJumlah dugaan pelanggaran netralitas ASN sebanyak 17 kasus.",
        [("violation_count", 17, "cases", "reported", "regional", "73.02", "pilkada", 2024)],
    ),
    # A bare name the gazetteer guards is the place when the sentence is about it ("Untuk Maros, ...").
    (
        "Panwaslu Sulawesi Selatan memeriksa PNS yang diduga tidak netral pada Pilkada 2015. Untuk Maros, hingga "
        "kini sudah ada 11 PNS yang dimintai keterangan.",
        [("violation_count", 11, "persons", "reported", "regional", "73.09", "pilkada", 2015)],
    ),
    # A national body's decisions ("KASN telah merekomendasikan 98 kasus") are the nation's in a regional story.
    (
        "Mendagri menegur enam bupati di Sulawesi Tenggara karena belum menindaklanjuti rekomendasi Pilkada 2020. "
        "Tercatat, sampai saat ini, KASN telah merekomendasikan sebanyak 98 kasus dugaan pelanggaran netralitas ASN "
        "yang belum ditindaklanjuti.",
        [("violation_count", 98, "cases", "proven", "national", None, "pilkada", 2020)],
    ),
    # The body that handles a count, named after it in its clause, gives the count its region.
    (
        "Bawaslu Lampung mencatat pelanggaran selama Pemilu 2024. Ada dua dugaan tindak pidana pemilu dan satu "
        "kasus netralitas ASN yang sudah diregistrasi Bawaslu Kota Metro.",
        [("violation_count", 1, "cases", "reported", "regional", "18.72", "pemilu", 2024)],
    ),
    # A national body's official who came to a city ("yang hadir di Salatiga") gives the nation's figure, not the
    # city's; but where the most cases are ("tertinggi berada di Kabupaten A") is the figure's place.
    (
        "Pejabat Komisi Aparatur Sipil Negara (KASN) Rudi Hartono yang hadir di Salatiga menuturkan sejauh ini "
        "terdapat 1.420 kasus netralitas ASN selama Pilkada 2020. Kasus pelanggaran netralitas ASN tertinggi berada "
        "di Kabupaten Boyolali dengan jumlah kasus sebanyak 48 kasus.",
        [
            ("violation_count", 1420, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 48, "cases", "reported", "regional", "33.09", "pilkada", 2020),
        ],
    ),
    # A region written as one word ("Bandarlampung" for Kota Bandar Lampung) is still the city, not the province.
    (
        "Panwaslu Kota Bandarlampung kini memeriksa sembilan ASN terkait dugaan ketidaknetralan dalam Pilwakot 2020.",
        [("violation_count", 9, "persons", "reported", "regional", "18.71", "pilkada", 2020)],
    ),
    # An island regency by its full name where the official one abbreviates it ("Kep. Siau Tagulandang Biaro"),
    # and by the press's short name ("Sitaro").
    (
        "Bawaslu Kabupaten Kepulauan Siau Tagulandang Biaro memeriksa 4 ASN pada Pilkada 2024. Bawaslu Kabupaten "
        "Minahasa memeriksa 3 ASN. Bawaslu Sitaro juga menerima laporan 2 ASN.",
        [
            ("violation_count", 4, "persons", "reported", "regional", "71.09", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "71.02", "pilkada", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "71.09", "pilkada", 2024),
        ],
    ),
    # Press abbreviations of regencies ("Polman").
    (
        "Dua ASN sedang diproses Bawaslu Polman karena diduga berpihak saat Pilkada 2024.",
        [("violation_count", 2, "persons", "reported", "regional", "76.04", "pilkada", 2024)],
    ),
    # A headline capitalises every word: "Bawaslu Bengkalis Tegaskan ..." names the regency's body.
    (
        "Bawaslu Bengkalis Ungkap Empat PNS Dilaporkan Tidak Netral Jelang Pilkada 2020\n\nBengkalis - Empat PNS "
        "itu dilaporkan warga.",
        [("violation_count", 4, "persons", "reported", "regional", "14.03", "pilkada", 2020)],
    ),
    # A national body's figure in a story filed from Jakarta ("Jakarta | ..."): national, never Jakarta's.
    (
        "Jakarta | Sepanjang tahapan Pilkada 2020, Badan Pengawas Pemilu (Bawaslu) mendapati 412 dugaan "
        "pelanggaran netralitas ASN. Sebagian, menurut Ketua Bawaslu, telah diteruskan.",
        [("violation_count", 412, "cases", "reported", "national", None, "pilkada", 2020)],
    ),
    # A national official says the figure (by name, or by title with a verb of saying) in a story filed from a
    # city, or at a meeting held there: the nation's figure. "Bima" in the head of BKN's name is no regency.
    (
        "MEDAN - Ketua Bawaslu RI Rahmat Bagja mengatakan ada 140 laporan netralitas ASN selama Pilkada 2024. "
        "Dalam rapat koordinasi di Medan, Komisioner KASN Arie Budhiman memaparkan 215 ASN telah dijatuhi sanksi. "
        "Kepala BKN Bima Haria Wibisana menyebut 96 ASN dijatuhi hukuman disiplin. Bagja menjelaskan jajarannya "
        "telah meneruskan 31 rekomendasi kepada KASN. Bawaslu Sumatera Utara sendiri menangani 12 kasus "
        "netralitas ASN.",
        [
            ("violation_count", 140, "cases", "reported", "national", None, "pilkada", 2024),
            ("violation_count", 215, "persons", "sanctioned", "national", None, "pilkada", 2024),
            ("violation_count", 96, "persons", "sanctioned", "national", None, "pilkada", 2024),
            ("violation_count", 31, "cases", "proven", "national", None, "pilkada", 2024),
            ("violation_count", 12, "cases", "reported", "regional", "12", "pilkada", 2024),
        ],
    ),
    # A count with no region of its own that is larger than any region's (more violations than a province
    # records in a cycle, more civil servants than it employs) is the nation's, in a city's story too.
    (
        "Makassar - Sebanyak 1.100 aparatur negara telah diberi sanksi karena tidak netral menjelang Pilkada 2018. "
        "Di Kota Makassar, Bawaslu menemukan 6 ASN tidak netral. Jumlah ASN di Indonesia sekitar 4,2 juta orang.",
        [
            ("violation_count", 1100, "persons", "sanctioned", "national", None, "pilkada", 2018),
            ("violation_count", 6, "persons", "reported", "regional", "73.71", "pilkada", 2018),
            ("asn_headcount", 4200000, "persons", None, "national", None, "pilkada", 2018),
        ],
    ),
    # "Badan Kepegawaian Nasional" names a body: the figure stays the province's.
    (
        "Hingga kini Bawaslu Jatim telah melaporkan enam ASN kepada Badan Kepegawaian Nasional (BKN) karena "
        "dugaan ketidaknetralan dalam Pilkada 2024.",
        [("violation_count", 6, "persons", "reported", "regional", "35", "pilkada", 2024)],
    ),
    # The body that counts names its region: a regency named further back is not the count's.
    (
        "Bukan hanya di Samarinda, Bawaslu Kaltim juga memproses 9 laporan dugaan ketidaknetralan ASN menjelang "
        "Pilkada 2024.",
        [("violation_count", 9, "cases", "reported", "regional", "64", "pilkada", 2024)],
    ),
    # The place a clause ends on ("... dalam Pilkada 2020 di Kalteng") is the count's, not the regency the
    # story goes on to; but not the first of several places a breakdown goes through.
    (
        "Sebanyak 23 ASN diduga berpihak dalam Pilkada 2020 di Kalteng. Kasus terbanyak berasal dari Kabupaten Kapuas.",
        [("violation_count", 23, "persons", "reported", "regional", "62", "pilkada", 2020)],
    ),
    (
        "Bawaslu Jateng mencatat 5 pelanggaran netralitas ASN yang terbukti pada Pemilu 2019. Lima pelanggaran ASN "
        "yang sudah terbukti tersebut masing-masing di Kabupaten Batang, Demak, Pati, Rembang dan Blora.",
        [("violation_count", 5, "cases", "proven", "regional", "33", "pemilu", 2019)],
    ),
    # A party's branch named with its province ("DPD Partai Gerindra Sumatera Utara melaporkan 11 camat ...") is the
    # complainant's place: the count is that of the city the story goes on with
    (
        "MEDAN - Dewan Pimpinan Daerah (DPD) Partai Gerindra Sumatera Utara melaporkan tindakan 11 camat yang "
        "mendukung pasangan calon presiden pada Pilpres 2019. Gerindra melaporkan tindakan camat se Kota Medan itu ke "
        "Bawaslu.",
        [("violation_count", 11, "persons", "reported", "regional", "12.71", "pilpres", 2019)],
    ),
]

LISTS_OF_REGIONS = [
    # Bare names listed after a region's figure said with its verb ("Kabupaten Gowa ada tujuh pelaporan, Sinjai dan
    # Wajo masing-masing ada empat pelaporan") are places of the list, each with the figure.
    (
        "MAKASSAR - Bawaslu Sulsel mencatat 58 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Kemudian "
        "Kabupaten Gowa ada tujuh pelaporan, Sinjai dan Wajo masing-masing ada empat pelaporan.",
        [
            ("violation_count", 58, "cases", "reported", "regional", "73", "pilkada", 2024),
            ("violation_count", 7, "cases", "reported", "regional", "73.06", "pilkada", 2024),
            ("violation_count", 4, "cases", "reported", "regional", "73.07", "pilkada", 2024),
            ("violation_count", 4, "cases", "reported", "regional", "73.13", "pilkada", 2024),
        ],
    ),
    # "N orang bekerja di lingkungan pemerintah Kabupaten A": the figure before the place where its ASN work.
    (
        "Bawaslu Maluku Utara merekomendasikan 18 ASN ke KASN pada Pemilu 2024. Mereka terdiri dari 2 orang ASN "
        "Provinsi, 9 orang ASN bekerja di lingkungan pemerintah Kabupaten Halmahera Barat, 5 orang bekerja di "
        "lingkungan pemerintah Kabupaten Halmahera Utara dan 2 orang ASN di Kota Ternate.",
        [
            ("violation_count", 18, "persons", "proven", "regional", "82", "pemilu", 2024),
            ("violation_count", 9, "persons", "proven", "regional", "82.01", "pemilu", 2024),
            ("violation_count", 5, "persons", "proven", "regional", "82.03", "pemilu", 2024),
            ("violation_count", 2, "persons", "proven", "regional", "82.71", "pemilu", 2024),
        ],
    ),
    # A ranking that refers back to a total of every kind of offence by naming it again after a speaker ("X
    # menyebutkan dari ke-60 perkara ...") is of every kind, and so is the ranking that goes on from it ("Disusul
    # ..."), although the lead said the total includes ASN; the ASN's own figure stays.
    (
        "Bawaslu Provinsi Jawa Tengah menemukan 60 kasus pelanggaran pemilu di 6 kabupaten. Temuan itu termasuk "
        "perkara yang melibatkan aparatur sipil negara (ASN). Ketua Bawaslu Jateng, Darmaji, menyebutkan dari ke "
        "60 perkara yang diusut, Kabupaten Brebes menyumbang kasus terbanyak yakni 15 kasus. Disusul Kabupaten "
        "Tegal 12 kasus dan Kabupaten Pemalang 10 kasus. Kabupaten Batang 8 kasus, Kabupaten Kendal 6 kasus. "
        "Dari semua itu, kasus netralitas ASN sebanyak 27 kasus.",
        [("violation_count", 27, "cases", "reported", "regional", "33", "pemilu", None)],
    ),
    # A bare name a kabupaten and a kota share ("Serang") is the kabupaten's, unless the article names only cities
    # otherwise: in a list of cities it is the city.
    (
        "Bawaslu Banten mencatat 9 ASN di empat kota diduga melanggar netralitas pada Pilkada 2024. Mereka tersebar "
        "di Cilegon 3 ASN, Serang 2 ASN, Tangerang Selatan 1 ASN, dan Kota Tangerang ada 3 ASN.",
        [
            ("violation_count", 9, "persons", "reported", "regional", "36", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "36.72", "pilkada", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "36.73", "pilkada", 2024),
            ("violation_count", 1, "persons", "reported", "regional", "36.74", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "36.71", "pilkada", 2024),
        ],
    ),
    # Past the counts of other people in a region's row ("3 perbekel, 4 perangkat desa, 1 PNS"), its ASN.
    (
        "Pelanggaran netralitas Pilkada 2018 per daerah: Kabupaten Tabanan mencatat 7 perbekel, 9 perangkat "
        "desa; Kabupaten Buleleng 3 perbekel, 4 perangkat desa, 1 PNS, 2 tenaga kontrak; Kabupaten Klungkung 4 "
        "PNS, 2 Kepala Desa; Kabupaten Bangli 6 kepala desa, 1 PNS.",
        [
            ("violation_count", 1, "persons", "reported", "regional", "51.08", "pilkada", 2018),
            ("violation_count", 4, "persons", "reported", "regional", "51.05", "pilkada", 2018),
            ("violation_count", 1, "persons", "reported", "regional", "51.06", "pilkada", 2018),
        ],
    ),
    # One figure over several places joined by commas and "dan" ("tiga kasus di Kabupaten A, B dan C") is a
    # figure of none of them: not of the first one named.
    (
        "Selama Pilkada 2024 di Kabupaten Demak ada 2 laporan ASN tidak netral. Selain itu Bawaslu masih memproses "
        "tiga perkara ASN yang berpihak di Kabupaten Kudus, Rembang dan Blora.",
        [("violation_count", 2, "cases", "reported", "regional", "33.21", "pilkada", 2024)],
    ),
    # A list whose first figure is "dugaan pelanggaran" ("ada 11 dugaan pelanggaran netralitas ASN di A, 5 di B, dan
    # 3 di C") is a list all the same.
    (
        "Bawaslu Jawa Tengah mencatat ada 11 dugaan pelanggaran netralitas ASN di Jepara, 5 di Kota Salatiga, dan 3 "
        "di Grobogan selama Pilkada 2024.",
        [
            ("violation_count", 11, "cases", "reported", "regional", "33.20", "pilkada", 2024),
            ("violation_count", 5, "cases", "reported", "regional", "33.73", "pilkada", 2024),
            ("violation_count", 3, "cases", "reported", "regional", "33.15", "pilkada", 2024),
        ],
    ),
    # "masing-masing" with a verb before its number ("masing-masing ditemukan 3 pelanggaran") is still each region's.
    (
        "Selama Pilkada 2024, di Kudus, Rembang, dan Blora masing-masing ditemukan 3 pelanggaran netralitas ASN.",
        [
            ("violation_count", 3, "cases", "reported", "regional", "33.19", "pilkada", 2024),
            ("violation_count", 3, "cases", "reported", "regional", "33.17", "pilkada", 2024),
            ("violation_count", 3, "cases", "reported", "regional", "33.16", "pilkada", 2024),
        ],
    ),
    # A number with no noun joined to the count before it, with a place of its own ("sebanyak 4 ASN dan 2 di
    # Kabupaten B"), counts what that count counts.
    (
        "Selama Pilkada 2024 tercatat pelanggaran netralitas di Kabupaten Kudus sebanyak 4 ASN dan 2 di Kabupaten "
        "Rembang.",
        [
            ("violation_count", 4, "persons", "reported", "regional", "33.19", "pilkada", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "33.17", "pilkada", 2024),
        ],
    ),
    # A province named again by its short name in brackets is one item of the list, not a region waiting for
    # the next figure ("Kalimantan Timur (Kaltim) 12 laporan").
    (
        "KASN mencatat laporan pelanggaran netralitas ASN pada Pilkada 2020 terbanyak di Sulawesi Barat dengan 31 "
        "laporan. Kemudian Kalimantan Timur (Kaltim) 12 laporan, dan NTT dengan 9 laporan.",
        [
            ("violation_count", 31, "cases", "reported", "regional", "76", "pilkada", 2020),
            ("violation_count", 12, "cases", "reported", "regional", "64", "pilkada", 2020),
            ("violation_count", 9, "cases", "reported", "regional", "53", "pilkada", 2020),
        ],
    ),
    # The total that ends a list in its sentence ("..., sehingga jumlahnya ada 6 kasus") is of the province its
    # regions share, not of its last region.
    (
        "Bawaslu Sulawesi Tengah mencatat kasus netralitas ASN pada Pilkada 2020, yakni 2 kasus di Kota Palu, 3 kasus "
        "di Kabupaten Sigi dan 1 kasus di Kabupaten Banggai, sehingga jumlahnya ada 6 kasus.",
        [
            ("violation_count", 2, "cases", "reported", "regional", "72.71", "pilkada", 2020),
            ("violation_count", 3, "cases", "reported", "regional", "72.10", "pilkada", 2020),
            ("violation_count", 1, "cases", "reported", "regional", "72.01", "pilkada", 2020),
            ("violation_count", 6, "cases", "reported", "regional", "72", "pilkada", 2020),
        ],
    ),
    # A list of the campaign's violations (all kinds), line after line, in a neutrality story is no list of
    # neutrality cases; nor are the reports and findings a region's figure came from ("dari 4 laporan lalu 1
    # temuan") counts of their own.
    (
        "Bawaslu Banten menangani dua pelanggaran netralitas ASN pada Pemilu 2024. Berdasarkan data Bawaslu, "
        "dugaan pelanggaran kampanye tersebar di enam kabupaten/kota. Rinciannya, Kabupaten Lebak 7 dugaan "
        "pelanggaran dan Kabupaten Serang 4 dugaan pelanggaran.\nKota Cilegon 3 dugaan pelanggaran dan Kota Serang "
        "2 dugaan pelanggaran.",
        [("violation_count", 2, "cases", "reported", "regional", "36", "pemilu", 2024)],
    ),
    (
        "Bawaslu Banten menangani dua pelanggaran netralitas ASN pada Pemilu 2024. Berdasarkan data Bawaslu, "
        "dugaan pelanggaran kampanye tersebar di enam kabupaten/kota. Adapun rinciannya, Kabupaten Lebak 7 dugaan "
        "pelanggaran.\nKabupaten Tangerang 5 dugaan pelanggaran, Kabupaten Serang 4 dugaan pelanggaran.",
        [("violation_count", 2, "cases", "reported", "regional", "36", "pemilu", 2024)],
    ),
    (
        "Bawaslu Banten mencatat pelanggaran netralitas ASN pada Pemilu 2024. Kabupaten Lebak 6 dugaan pelanggaran "
        "dari 4 laporan lalu 2 temuan, Kabupaten Serang 3 dugaan pelanggaran dari 2 laporan kemudian 1 temuan.",
        [
            ("violation_count", 6, "cases", "reported", "regional", "36.02", "pemilu", 2024),
            ("violation_count", 3, "cases", "reported", "regional", "36.04", "pemilu", 2024),
        ],
    ),
    # A ranking's line of one region is a count the next sentence may go on about.
    (
        "Bawaslu Sulawesi Selatan merilis pelanggaran netralitas ASN pada Pilkada 2024. Kabupaten Sinjai paling "
        "banyak dengan 12 kasus, disusul Kabupaten Maros dengan 9 kasus.\nKemudian posisi ketiga Kabupaten Wajo "
        "dengan jumlah pelanggaran sebanyak 6 kasus. Sebanyak 4 kasus direkomendasikan ke KASN.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "73.07", "pilkada", 2024),
            ("violation_count", 9, "cases", "reported", "regional", "73.09", "pilkada", 2024),
            ("violation_count", 6, "cases", "reported", "regional", "73.13", "pilkada", 2024),
            ("violation_count", 4, "cases", "proven", "regional", "73.13", "pilkada", 2024),
        ],
    ),
    # A ranking's first region may be said to top it at some length before its figure ("tercatat sebagai daerah
    # yang jumlah kasusnya tertinggi, yakni 27"); the list goes on from there.
    (
        "Bawaslu Sulawesi Selatan merilis pelanggaran netralitas ASN pada Pilkada 2024. Hingga Oktober, Kabupaten "
        "Bone tercatat sebagai daerah yang jumlah kasusnya tertinggi, yakni 27, disusul Kabupaten Gowa 19, dan "
        "Kabupaten Takalar 8 pelanggaran.",
        [
            ("violation_count", 27, "cases", "reported", "regional", "73.08", "pilkada", 2024),
            ("violation_count", 19, "cases", "reported", "regional", "73.06", "pilkada", 2024),
            ("violation_count", 8, "cases", "reported", "regional", "73.05", "pilkada", 2024),
        ],
    ),
    # "satu dua kasus" is a guess ("one or two"), no count at all.
    (
        'Bawaslu Kota Palopo mencatat 30 pelanggaran netralitas ASN pada Pilkada 2024. "Memang tinggal satu dua '
        "kasus yang belum rampung ditangani, selebihnya sudah direkomendasikan dan sebagian sudah keluar "
        'sanksinya dari KASN," ujarnya.',
        [("violation_count", 30, "cases", "reported", "regional", "73.73", "pilkada", 2024)],
    ),
    # "terlapor" (the persons reported) is what a figure counts, named after it or before it in a list.
    (
        "Bawaslu Sulawesi Tenggara mencatat 33 ASN terlapor pada Pemilu 2019. Dugaan tidak netralnya ASN "
        "didominasi oleh Kabupaten Kolaka Timur dengan 15 terlapor. Kemudian disusul Kota Kendari dengan jumlah "
        "terlapor 9 orang, Wakatobi berjumlah 7 orang terlapor.\nPosisi ketiga Kabupaten Muna dengan jumlah "
        "pelanggaran sebanyak 5 kasus. Sebanyak 4 kasus direkomendasikan ke KASN.",
        [
            ("violation_count", 33, "persons", "reported", "regional", "74", "pemilu", 2019),
            ("violation_count", 15, "persons", "reported", "regional", "74.11", "pemilu", 2019),
            ("violation_count", 9, "persons", "reported", "regional", "74.71", "pemilu", 2019),
            ("violation_count", 7, "persons", "reported", "regional", "74.07", "pemilu", 2019),
            ("violation_count", 5, "cases", "reported", "regional", "74.03", "pemilu", 2019),
            ("violation_count", 4, "cases", "proven", "regional", "74.03", "pemilu", 2019),
        ],
    ),
    # A ranked region's figure keeps its own status: the decisions said after it are its parts'.
    (
        "Bawaslu Sulawesi Selatan merilis pelanggaran netralitas ASN pada Pilkada 2024. Di Kabupaten Sinjai "
        "terbanyak dengan 12 kasus, satu dihentikan, dan 11 direkomendasikan ke KASN.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "73.07", "pilkada", 2024),
            ("violation_count", 11, "cases", "proven", "regional", "73.07", "pilkada", 2024),
        ],
    ),
    # A count in brackets is no emoticon ("(8)" is not "8)"); the last of a ranking may come with its rank
    # ("yang terendah, 2 orang").
    (
        "Bawaslu mencatat 70 ASN melanggar netralitas pada Pemilu 2019. Seperti Riau (5), Bali (8), Sulawesi "
        "Barat (7) dan Papua (2).",
        [
            ("violation_count", 70, "persons", "reported", "national", None, "pemilu", 2019),
            ("violation_count", 5, "persons", "reported", "regional", "14", "pemilu", 2019),
            ("violation_count", 8, "persons", "reported", "regional", "51", "pemilu", 2019),
            ("violation_count", 7, "persons", "reported", "regional", "76", "pemilu", 2019),
            ("violation_count", 2, "persons", "reported", "regional", "91", "pemilu", 2019),
        ],
    ),
    (
        "Bawaslu Sultra menangani 150 ASN pada Pilkada 2018. Pelanggaran tertinggi di Kolaka sebanyak 31 orang. "
        "Sedangkan Bombana yang terendah, 3 orang.",
        [
            ("violation_count", 150, "persons", "reported", "regional", "74", "pilkada", 2018),
            ("violation_count", 31, "persons", "reported", "regional", "74.01", "pilkada", 2018),
            ("violation_count", 3, "persons", "reported", "regional", "74.06", "pilkada", 2018),
        ],
    ),
    # Figures first with "untuk" before their regions: each figure is the region's after it.
    (
        "BKN mencatat pelanggaran netralitas ASN pada Pilkada 2020 di sejumlah daerah. Diantaranya 41 ASN untuk "
        "Kabupaten Purbalingga, 30 ASN untuk Kabupaten Wakatobi, dan 12 ASN untuk Kabupaten Kediri.",
        [
            ("violation_count", 41, "persons", "reported", "regional", "33.03", "pilkada", 2020),
            ("violation_count", 30, "persons", "reported", "regional", "74.07", "pilkada", 2020),
            ("violation_count", 12, "persons", "reported", "regional", "35.06", "pilkada", 2020),
        ],
    ),
    # Once a list puts its figures first ("1 kasus di Tanah Datar"), a figure right before a region is that
    # region's ("1 Pasaman Barat"); a three-word name written with its first two words joined ("Limapuluh Kota").
    (
        "Bawaslu Sumbar mencatat 17 kasus netralitas ASN pada Pilkada 2020. Masing-masing, 1 kasus di Tanah "
        "Datar, 3 Pasaman Barat, 2 Pesisir Selatan, 1 Kabupaten Limapuluh Kota, dan 2 dari Kabupaten Sijunjung.",
        [
            ("violation_count", 17, "cases", "reported", "regional", "13", "pilkada", 2020),
            ("violation_count", 1, "cases", "reported", "regional", "13.04", "pilkada", 2020),
            ("violation_count", 3, "cases", "reported", "regional", "13.12", "pilkada", 2020),
            ("violation_count", 2, "cases", "reported", "regional", "13.01", "pilkada", 2020),
            ("violation_count", 1, "cases", "reported", "regional", "13.07", "pilkada", 2020),
            ("violation_count", 2, "cases", "reported", "regional", "13.03", "pilkada", 2020),
        ],
    ),
    # A table of regions, one line each under a heading that ends with a colon; bare names that are also words
    # ("Sinjai", "Luwu") are places at the head of such a line.
    (
        "Berikut rincian kasus netralitas ASN di Sulsel pada Pilkada 2024:\nPinrang: 12 ASN dan telah diteruskan "
        "ke KASN\nPalopo: 5 ASN dan telah diteruskan ke KASN\nSinjai: 3 ASN dan telah diteruskan ke KASN\nSidrap: "
        "3 ASN dan telah diteruskan ke KASN\nLuwu: 1 ASN",
        [
            ("violation_count", 12, "persons", "reported", "regional", "73.15", "pilkada", 2024),
            ("violation_count", 5, "persons", "reported", "regional", "73.73", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "73.07", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "73.14", "pilkada", 2024),
            ("violation_count", 1, "persons", "reported", "regional", "73.17", "pilkada", 2024),
        ],
    ),
    # A ranking, the figure after each region with or without its noun, going on after a full stop.
    (
        "Sebanyak 61 ASN di Sulteng diproses Bawaslu karena dugaan tidak netral pada Pilkada 2020. Paling "
        "banyak di Donggala dengan jumlah 19. Masing-masing Poso 14 orang, Sigi 11, Tojo Una-Una 9 orang. Jumlah "
        "paling sedikit di Banggai dengan jumlah 8 ASN.",
        [
            ("violation_count", 61, "persons", "reported", "regional", "72", "pilkada", 2020),
            ("violation_count", 19, "persons", "reported", "regional", "72.03", "pilkada", 2020),
            ("violation_count", 14, "persons", "reported", "regional", "72.02", "pilkada", 2020),
            ("violation_count", 11, "persons", "reported", "regional", "72.10", "pilkada", 2020),
            ("violation_count", 9, "persons", "reported", "regional", "72.09", "pilkada", 2020),
            ("violation_count", 8, "persons", "reported", "regional", "72.01", "pilkada", 2020),
        ],
    ),
    # Several regions sharing one figure ("A dan B (5 kasus)", "masing-masing 2 kasus"); bare names that are also
    # words or personal names ("Gowa", "Maros") are regions when they stand in such a list.
    (
        "Untuk Pemilu 2024, Bawaslu Sulsel menghimpun 31 kasus dugaan pelanggaran netralitas ASN. Berikutnya Pinrang "
        "(7 kasus), Jeneponto dan Luwu Utara (4 kasus). Sementara Gowa, Maros dan Soppeng, masing-masing 2 kasus.",
        [
            ("violation_count", 31, "cases", "reported", "regional", "73", "pemilu", 2024),
            ("violation_count", 7, "cases", "reported", "regional", "73.15", "pemilu", 2024),
            ("violation_count", 4, "cases", "reported", "regional", "73.04", "pemilu", 2024),
            ("violation_count", 4, "cases", "reported", "regional", "73.22", "pemilu", 2024),
            ("violation_count", 2, "cases", "reported", "regional", "73.06", "pemilu", 2024),
            ("violation_count", 2, "cases", "reported", "regional", "73.09", "pemilu", 2024),
            ("violation_count", 2, "cases", "reported", "regional", "73.12", "pemilu", 2024),
        ],
    ),
    # The figure before the regions it belongs to: each one's when "masing-masing" says so.
    (
        "Bawaslu Jawa Timur menangani 17 kasus ASN tidak netral pada Pilkada 2020. Di antaranya masing-masing satu "
        "ASN di Kabupaten Lamongan, Blitar dan Kota Batu. Kemudian empat orang di Kediri dan tiga orang di "
        "Kabupaten Magetan.",
        [
            ("violation_count", 17, "cases", "reported", "regional", "35", "pilkada", 2020),
            ("violation_count", 1, "persons", "reported", "regional", "35.24", "pilkada", 2020),
            ("violation_count", 1, "persons", "reported", "regional", "35.05", "pilkada", 2020),
            ("violation_count", 1, "persons", "reported", "regional", "35.79", "pilkada", 2020),
            ("violation_count", 4, "persons", "reported", "regional", "35.06", "pilkada", 2020),
            ("violation_count", 3, "persons", "reported", "regional", "35.20", "pilkada", 2020),
        ],
    ),
    # A per-province list whose later items leave the noun out ("7 di Gorontalo"), and two regions that share
    # the next figure.
    (
        "Secara nasional Bawaslu menghimpun 120 pelanggaran netralitas ASN dalam Pemilu 2019. Antara lain 9 "
        "pelanggaran ASN di Jambi, 7 di Gorontalo, 6 di Bengkulu, serta Aceh dan Papua Barat masing-masing empat "
        "pelanggaran.",
        [
            ("violation_count", 120, "cases", "reported", "national", None, "pemilu", 2019),
            ("violation_count", 9, "cases", "reported", "regional", "15", "pemilu", 2019),
            ("violation_count", 7, "cases", "reported", "regional", "75", "pemilu", 2019),
            ("violation_count", 6, "cases", "reported", "regional", "17", "pemilu", 2019),
            ("violation_count", 4, "cases", "reported", "regional", "11", "pemilu", 2019),
            ("violation_count", 4, "cases", "reported", "regional", "92", "pemilu", 2019),
        ],
    ),
    # A list whose figures are written in words, bare names placed by their neighbours across them.
    (
        "Pada Pilkada 2020 Bawaslu NTT menghimpun 27 pelanggaran netralitas ASN. Menurut catatan itu, Lembata dan "
        "Ende masing-masing 7 pelanggaran, Malaka dan Sikka masing-masing lima pelanggaran, Belu dua "
        "pelanggaran serta Nagekeo satu pelanggaran.",
        [
            ("violation_count", 27, "cases", "reported", "regional", "53", "pilkada", 2020),
            ("violation_count", 7, "cases", "reported", "regional", "53.13", "pilkada", 2020),
            ("violation_count", 7, "cases", "reported", "regional", "53.08", "pilkada", 2020),
            ("violation_count", 5, "cases", "reported", "regional", "53.21", "pilkada", 2020),
            ("violation_count", 5, "cases", "reported", "regional", "53.07", "pilkada", 2020),
            ("violation_count", 2, "cases", "reported", "regional", "53.04", "pilkada", 2020),
            ("violation_count", 1, "cases", "reported", "regional", "53.16", "pilkada", 2020),
        ],
    ),
    # An item of a list may say its own status ("... 6 yang masih ditangani, ... 5 ASN direkomendasi").
    (
        "Bawaslu Sulsel menangani dugaan pelanggaran netralitas ASN pada Pilkada 2024. Contohnya, di Pinrang ada "
        "12 pelanggaran, di Palopo 6 yang masih kami tangani, di Lutim 5 ASN direkomendasi.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "73.15", "pilkada", 2024),
            ("violation_count", 6, "cases", "reported", "regional", "73.73", "pilkada", 2024),
            ("violation_count", 5, "persons", "proven", "regional", "73.24", "pilkada", 2024),
        ],
    ),
    # A list with no status of its own breaks down the recommended total stated right before it ...
    (
        "Bawaslu Sumbar meneruskan rekomendasi kepada KASN agar menindaklanjuti 9 kasus dugaan pelanggaran "
        "netralitas ASN di Pilkada 2020. Kota Solok 3 orang, Kabupaten Agam 4 orang serta Kabupaten Solok 2 orang.",
        [
            ("violation_count", 9, "cases", "proven", "regional", "13", "pilkada", 2020),
            ("violation_count", 3, "persons", "proven", "regional", "13.72", "pilkada", 2020),
            ("violation_count", 4, "persons", "proven", "regional", "13.06", "pilkada", 2020),
            ("violation_count", 2, "persons", "proven", "regional", "13.02", "pilkada", 2020),
        ],
    ),
    # ... and so does one that only says its cases are there ("terdapat di ...") ...
    (
        "Pada Pilkada 2020 Bawaslu Provinsi Maluku merekomendasikan 12 ASN ke KASN. Menurut dia, kasus-kasus itu "
        "terdapat di Kabupaten Buru 5 kasus, Kepulauan Aru 4 kasus dan Seram Bagian Barat 3 kasus.",
        [
            ("violation_count", 12, "persons", "proven", "regional", "81", "pilkada", 2020),
            ("violation_count", 5, "cases", "proven", "regional", "81.04", "pilkada", 2020),
            ("violation_count", 4, "cases", "proven", "regional", "81.07", "pilkada", 2020),
            ("violation_count", 3, "cases", "proven", "regional", "81.06", "pilkada", 2020),
        ],
    ),
    # ... but a ranking of reported persons ("terlapor") is reported whatever the headline's sanctions.
    (
        "Sebanyak 90 ASN di Jawa Tengah dijatuhi sanksi usai Pilkada 2020. Kasusnya muncul pada berbagai tahapan. "
        "Daerah dengan ASN terlapor terbanyak ialah Brebes 40 ASN, Rembang 12, Blora 6.",
        [
            ("violation_count", 90, "persons", "sanctioned", "regional", "33", "pilkada", 2020),
            ("violation_count", 40, "persons", "reported", "regional", "33.29", "pilkada", 2020),
            ("violation_count", 12, "persons", "reported", "regional", "33.17", "pilkada", 2020),
            ("violation_count", 6, "persons", "reported", "regional", "33.16", "pilkada", 2020),
        ],
    ),
    # "Pelanggaran-pelanggaran tersebut sudah direkomendasikan": the cases counted before, all of them, proven.
    (
        "Di Jawa Timur KASN menghitung 30 pelanggaran netralitas ASN selama Pilkada 2020. Terbanyak di Pemkab Kediri "
        "dengan total 12 pelanggaran. Berikutnya Pemkab Jember dan Pemkab Ngawi dengan masing-masing 3 pelanggaran. "
        "Pelanggaran-pelanggaran tersebut telah direkomendasikan KASN agar diberi sanksi oleh PPK.",
        [
            ("violation_count", 30, "cases", "proven", "regional", "35", "pilkada", 2020),
            ("violation_count", 12, "cases", "proven", "regional", "35.06", "pilkada", 2020),
            ("violation_count", 3, "cases", "proven", "regional", "35.09", "pilkada", 2020),
            ("violation_count", 3, "cases", "proven", "regional", "35.21", "pilkada", 2020),
        ],
    ),
    # A list of headcounts is no list of violations.
    (
        "Pemprov Jawa Barat mencatat jumlah ASN terbanyak jelang Pilkada 2024 ada di Kabupaten Bogor 21.000 ASN, "
        "Kabupaten Bandung 18.500 ASN dan Kabupaten Garut 15.200 ASN.",
        [
            ("asn_headcount", 21000, "persons", None, "regional", "32.01", "pilkada", 2024),
            ("asn_headcount", 18500, "persons", None, "regional", "32.04", "pilkada", 2024),
            ("asn_headcount", 15200, "persons", None, "regional", "32.05", "pilkada", 2024),
        ],
    ),
    # A ranking of regions breaks down the whole reported, not the part of it decided on a few sentences before.
    (
        "KASN mencatat 400 ASN dilaporkan melanggar netralitas pada Pilkada 2020. Dari jumlah itu, KASN telah "
        "merekomendasikan sanksi bagi 250 ASN. Baru 120 rekomendasi yang ditindaklanjuti. Jenis pelanggarannya "
        "beragam. Ada yang hadir dalam deklarasi bakal calon. Pelanggaran netralitas paling banyak dilakukan di "
        "Kabupaten Garut (30 orang), Kabupaten Bima (22 orang) dan Kabupaten Sinjai (15 orang).",
        [
            ("violation_count", 400, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 250, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 120, "cases", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 30, "persons", "reported", "regional", "32.05", "pilkada", 2020),
            ("violation_count", 22, "persons", "reported", "regional", "52.06", "pilkada", 2020),
            ("violation_count", 15, "persons", "reported", "regional", "73.07", "pilkada", 2020),
        ],
    ),
    # A region's acronym in brackets before its figure ("Penajam Paser Utara (PPU) dua ASN") keeps the item; a
    # list that names again the total it breaks down ("delapan ASN ... tersebut diantaranya") keeps its status.
    (
        "Hingga saat ini, terdapat delapan ASN di Kalimantan Timur yang telah diberikan sanksi terkait Pemilu "
        "2019. Ketua Bawaslu Kaltim merincikan, delapan ASN yang tercatat melakukan pelanggaran pemilu tersebut "
        "diantaranya Kutai Timur tiga ASN, Bontang dua ASN, Samarinda satu ASN dan Penajam Paser Utara (PPU) dua ASN.",
        [
            ("violation_count", 8, "persons", "sanctioned", "regional", "64", "pemilu", 2019),
            ("violation_count", 3, "persons", "sanctioned", "regional", "64.08", "pemilu", 2019),
            ("violation_count", 2, "persons", "sanctioned", "regional", "64.74", "pemilu", 2019),
            ("violation_count", 1, "persons", "sanctioned", "regional", "64.72", "pemilu", 2019),
            ("violation_count", 2, "persons", "sanctioned", "regional", "64.09", "pemilu", 2019),
        ],
    ),
    # A list that goes on after a list of other people's figures goes on with theirs, not with the ASN's before.
    (
        "Bawaslu NTT mencatat pelanggaran netralitas ASN pada Pilkada 2020 terbanyak di Kabupaten Sumba Timur dengan "
        "12 pelanggaran dan Kabupaten Belu 4 pelanggaran. Adapun pelanggaran kepala desa terbanyak di Kabupaten Malaka "
        "dengan 9 kepala desa dan Kabupaten Ngada 5 kepala desa. Mereka diperiksa pekan lalu. Kemudian Kabupaten Ende "
        "3 dan Kabupaten Sikka 2.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "53.11", "pilkada", 2020),
            ("violation_count", 4, "cases", "reported", "regional", "53.04", "pilkada", 2020),
        ],
    ),
    # A list of other offences in a story that speaks of ASN elsewhere is not a list of ASN violations.
    (
        "Bawaslu NTT menemukan 48 pelanggaran Pilkada 2020 di sembilan kabupaten. Pelanggaran itu paling banyak di "
        "Kabupaten Sikka dengan 17 pelanggaran dan Ende dengan 11 pelanggaran. Bawaslu turut mengimbau ASN supaya "
        "menjaga netralitas.",
        [],
    ),
    # Figures of other people in a list of regions are no ASN counts: "perbekel" are village heads.
    (
        "Bawaslu Bali mencatat pelanggaran netralitas selama Pilgub 2018. Di Kabupaten Tabanan ada 4 perbekel dan "
        "9 perangkat desa; Kabupaten Gianyar 6 perbekel, 3 perangkat desa.",
        [],
    ),
    # The press's short name behind the level's word ("Kabupaten Pangkep") is that region in a list too.
    (
        "Bawaslu Sulsel mengusut kasus netralitas ASN pada Pilkada 2020: 12 kasus di Kabupaten Maros, 9 kasus di "
        "Kabupaten Pangkep, dan 5 kasus di Kabupaten Selayar.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "73.09", "pilkada", 2020),
            ("violation_count", 9, "cases", "reported", "regional", "73.10", "pilkada", 2020),
            ("violation_count", 5, "cases", "reported", "regional", "73.01", "pilkada", 2020),
        ],
    ),
    # A list whose lead says its cases were stopped ("Kasus yang dihentikan yakni ...") counts no violations.
    (
        'Bawaslu Sulsel mengusut 40 kasus netralitas ASN pada Pilkada 2020. "Kasus yang dihentikan yakni dua kasus '
        'di Kabupaten Maros, satu kasus di Kabupaten Gowa, dan tiga kasus di Kota Makassar," katanya.',
        [("violation_count", 40, "cases", "reported", "regional", "73", "pilkada", 2020)],
    ),
    # "Kabupaten A dan Kabupaten B, masing-masing 19 orang dan 17 orang": as many figures as regions after
    # "masing-masing" are theirs in turn (one figure after it is each one's)
    (
        "KASN mencatat 530 PNS diduga melanggar netralitas dalam Pilkada 2020. Instansi tertinggi yakni ASN di "
        "Kabupaten Kendal dengan 44 orang, lalu Kabupaten Kediri 20 orang. Dua posisi berikutnya ditempati Kabupaten "
        "Lahat dan Kabupaten Sumbawa, masing-masing 15 orang dan 12 orang.",
        [
            ("violation_count", 530, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 44, "persons", "reported", "regional", "33.24", "pilkada", 2020),
            ("violation_count", 20, "persons", "reported", "regional", "35.06", "pilkada", 2020),
            ("violation_count", 15, "persons", "reported", "regional", "16.04", "pilkada", 2020),
            ("violation_count", 12, "persons", "reported", "regional", "52.04", "pilkada", 2020),
        ],
    ),
    # A ranking sentence right after a list ranks its places further ("Sulawesi Utara berada di urutan berikutnya
    # dengan 48 orang, disusul Jawa Timur 41 orang"), however far back the violations were named
    (
        "KASN mencatat 560 PNS diduga melanggar netralitas dalam Pilkada 2020. Angka itu merupakan rekapitulasi data "
        "yang terkumpul sampai Oktober. Bila dirinci, instansi tertinggi yakni ASN di Kabupaten Kendal dengan 44 "
        "orang, lalu Kabupaten Kediri 20 orang. Fulan menambahkan, berdasarkan wilayah, ada Provinsi Bali 80 orang "
        "dan Jawa Tengah 73 orang. Sulawesi Utara berada di urutan berikutnya dengan 48 orang, disusul Jawa Timur 41 "
        "orang.",
        [
            ("violation_count", 560, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 44, "persons", "reported", "regional", "33.24", "pilkada", 2020),
            ("violation_count", 20, "persons", "reported", "regional", "35.06", "pilkada", 2020),
            ("violation_count", 80, "persons", "reported", "regional", "51", "pilkada", 2020),
            ("violation_count", 73, "persons", "reported", "regional", "33", "pilkada", 2020),
            ("violation_count", 48, "persons", "reported", "regional", "71", "pilkada", 2020),
            ("violation_count", 41, "persons", "reported", "regional", "35", "pilkada", 2020),
        ],
    ),
    # A story that counts the neutrality cases cycle by cycle counts the cycle a later sentence names with its year
    # ("... pada Pemilu 2024 yang lalu, hanya tercatat empat pelanggaran"), though the sentence names no ASN
    (
        'Bawaslu Jambi mengungkapkan lonjakan kasus pelanggaran netralitas ASN. "Pada Pemilu 2019 tercatat ada 21 '
        'kasus pelanggaran, sementara Pilkada 2020 mencatat hingga 58 kasus pelanggaran netralitas ASN di Jambi," '
        "ungkap Fulan. Ia juga menyebut sejumlah kabupaten di Jambi berpotensi tinggi mengalami pelanggaran serupa. "
        "Fulan menambahkan bahwa pada Pemilu 2024 yang lalu, hanya tercatat empat pelanggaran.",
        [
            ("violation_count", 21, "cases", "reported", "regional", "15", "pemilu", 2019),
            ("violation_count", 58, "cases", "reported", "regional", "15", "pilkada", 2020),
            ("violation_count", 4, "cases", "reported", "regional", "15", "pemilu", 2024),
        ],
    ),
    # Reports said to be about damage to campaign props, the neutrality of ASN and others' conduct are of every kind;
    # the one about neutrality is the count
    (
        "Panwaslih Aceh Selatan sudah menerima tiga laporan dari tim pemenangan, terkait perusakan alat peraga "
        "kampanye, netralitas ASN, dan keterlibatan keuchik pada Pilkada 2024. Satu laporan terkait netralitas ASN "
        "sudah dalam proses.",
        [("violation_count", 1, "cases", "reported", "regional", "11.01", "pilkada", 2024)],
    ),
    # "mencatat 21 kasus terbanyak di Kabupaten A" (no comma): the most of the places, and the count is theirs; "Dua
    # diproses, dan 18 direkomendasikan ke KASN": parts of it with their nouns left out, the second after the first
    (
        "Bawaslu Sulsel mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2020 di sejumlah daerah. Bawaslu "
        "Sulsel mencatat 23 kasus terbanyak di Kabupaten Gowa. Satu dihentikan. Dua diproses, dan 20 direkomendasikan "
        "ke KASN.",
        [
            ("violation_count", 23, "cases", "reported", "regional", "73.06", "pilkada", 2020),
            ("violation_count", 20, "cases", "proven", "regional", "73.06", "pilkada", 2020),
        ],
    ),
    # A list of a story that ranks the neutrality cases first with their own count ("kasus pelanggaran netralitas ASN
    # paling mendominasi dengan jumlah 120 kasus dari 301 kasus") is of those cases, and the total after the part is
    # of every kind; a list that tells a part of a total ("Dari jumlah itu, yang belum ditindaklanjuti ... Bitung 0
    # kasus") counts no zero violations.
    (
        "Anggota Bawaslu Provinsi Sulawesi Utara Fulan menjelaskan, tercatat 120 ASN yang diproses Bawaslu pada "
        "Pilkada 2020. Sebanyak 45 orang telah mendapat rekomendasi penjatuhan sanksi pelanggaran netralitas dari "
        "KASN. Fulan merinci, sebaran kasus yang telah direkomendasikan antara lain, Kota Tomohon sebanyak 20 kasus, "
        "Minahasa Utara 15 kasus dan Bitung 10 kasus. Dari jumlah itu, yang belum ditindaklanjuti oleh PPK antara "
        "lain, Minahasa Utara 0 kasus dan Bitung 0 kasus. Menurut Fulan, kasus pelanggaran netralitas ASN paling "
        "mendominasi dengan jumlah 120 kasus dari 301 kasus yang ditangani.",
        [
            ("violation_count", 120, "persons", "reported", "regional", "71", "pilkada", 2020),
            ("violation_count", 45, "persons", "proven", "regional", "71", "pilkada", 2020),
            ("violation_count", 20, "cases", "proven", "regional", "71.73", "pilkada", 2020),
            ("violation_count", 15, "cases", "proven", "regional", "71.06", "pilkada", 2020),
            ("violation_count", 10, "cases", "proven", "regional", "71.72", "pilkada", 2020),
        ],
    ),
]

STATUSES = [
    # A total after "dari total" with its own status ("650 ASN di antaranya sudah dikenakan sanksi dari total 880 ASN
    # yang terbukti bersalah") keeps its own: proven, the sanction is the part's.
    (
        "KASN mencatat 1.300 ASN dilaporkan melanggar netralitas pada Pilkada 2020. Sebanyak 650 ASN di antaranya "
        "sudah dikenakan sanksi dari total 880 ASN yang terbukti bersalah.",
        [
            ("violation_count", 1300, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 650, "persons", "sanctioned", "national", None, "pilkada", 2020),
            ("violation_count", 880, "persons", "proven", "national", None, "pilkada", 2020),
        ],
    ),
    # A decision still to come on whether they violated ("akan memutuskan ketiga ASN tersebut melanggar atau tidak")
    # decides nothing: the count stated before keeps its status.
    (
        "Bawaslu Kabupaten Blora mengidentifikasi sebanyak tiga ASN diduga melakukan pelanggaran netralitas pada "
        "Pilkada 2024. Bawaslu akan menggelar rapat pleno. Rapat pleno ini akan memutuskan ketiga ASN tersebut "
        "melanggar atau tidak.",
        [("violation_count", 3, "persons", "reported", "regional", "33.16", "pilkada", 2024)],
    ),
    # A court's verdict ("divonis bersalah") proves the case; a follow-up by the PPK that has not come ("belum
    # ditindaklanjuti oleh PPK dengan penjatuhan sanksi": the negation reaches over its agent and manner) is no
    # sanction.
    (
        "Bawaslu Provinsi Jambi menerima laporan netralitas ASN pada Pilkada 2024. Sejumlah laporan telah diproses "
        "hingga pengadilan. Seperti di Kabupaten Bungo, tujuh ASN divonis bersalah.",
        [("violation_count", 7, "persons", "proven", "regional", "15.08", "pilkada", 2024)],
    ),
    # ... but no further than the complement: a list's lead "yang belum ditindaklanjuti oleh PPK dan mendapat
    # rekomendasi KASN" still says the recommendation.
    (
        "BKN mencatat pelanggaran netralitas ASN pada Pilkada 2020. Adapun lima instansi dengan pelanggaran netralitas "
        "ASN yang belum ditindaklanjuti oleh PPK dan mendapat rekomendasi KASN yakni 44 ASN dari Kabupaten Pemalang, "
        "31 ASN dari Kabupaten Muna.",
        [
            ("violation_count", 44, "persons", "proven", "regional", "33.27", "pilkada", 2020),
            ("violation_count", 31, "persons", "proven", "regional", "74.03", "pilkada", 2020),
        ],
    ),
    (
        "KASN mencatat 310 ASN terbukti melanggar netralitas pada Pilkada 2020. Sebanyak 230 ASN sudah dijatuhi "
        "sanksi. Sementara 58 ASN lainnya belum ditindaklanjuti oleh PPK dengan penjatuhan sanksi, sehingga datanya "
        "diblokir.",
        [
            ("violation_count", 310, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 230, "persons", "sanctioned", "national", None, "pilkada", 2020),
            ("violation_count", 58, "persons", "reported", "national", None, "pilkada", 2020),
        ],
    ),
    # Who said it, set between a count and a denial ("..., kata Fulan, juga bukan berbentuk rekomendasi"), leaves the
    # denial out of the count's clause: no recommendation.
    (
        "Bawaslu Kabupaten Magetan memeriksa dua ASN Pemkab Magetan pada Pilkada 2024. Yang dikirim Bawaslu setelah "
        "memeriksa dua ASN Pemkab Magetan itu, kata Fulan, juga bukan berbentuk rekomendasi. \u2019\u2019Rekomendasi "
        "itu KASN. Bukan kita. Bawaslu hanya wajib melakukan klarifikasi,\u2019\u2019 tegas Fulan.",
        [("violation_count", 2, "persons", "reported", "regional", "35.20", "pilkada", 2024)],
    ),
    # What the PPK does with a case is sanction it ("sudah ditindaklanjuti oleh pejabat pembina kepegawaian"); KASN's
    # follow-up is a decision, and a case sent to the PPK "untuk ditindaklanjuti" is recommended.
    (
        "Wakil Ketua KASN menyebut dari data tersebut baru 187 ASN yang pelanggarannya sudah ditindaklanjuti oleh "
        "pejabat pembina kepegawaian (PPK) pada Pilkada 2020. Jumlah yang sudah ditindaklanjuti oleh KASN sebanyak "
        "240 ASN. Sebanyak 9 ASN direkomendasikan kembali ke PPK untuk ditindaklanjuti. Ada 1.210 ASN yang melanggar "
        "dan mendapatkan rekomendasi KASN untuk ditindaklanjuti PPK.",
        [
            ("violation_count", 187, "persons", "sanctioned", "national", None, "pilkada", 2020),
            ("violation_count", 240, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 9, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 1210, "persons", "proven", "national", None, "pilkada", 2020),
        ],
    ),
    # The range of ranks of those counted ("mulai dari kepala dinas, camat hingga kepala seksi") stands between the
    # count and what is said of them all.
    (
        "KOLAKA - Kini giliran 26 pejabat mulai dari kepala dinas, camat hingga kepala seksi di lingkup Pemkab "
        "Konawe menjadi terperiksa atas dugaan pelanggaran netralitas pada Pilkada 2020. Di Kabupaten Muna, 12 ASN "
        "mulai dari guru, staf hingga kepala bidang sudah direkomendasikan ke KASN.",
        [
            ("violation_count", 26, "persons", "reported", "regional", "74.02", "pilkada", 2020),
            ("violation_count", 12, "persons", "proven", "regional", "74.03", "pilkada", 2020),
        ],
    ),
    # "7 temuan dan 3 laporan, 10 rekomendasi": three figures; the recommendations' word is the third's alone.
    (
        "Ketua Bawaslu menyebutkan Sumatera Barat tercatat 7 temuan dan 3 laporan, 10 rekomendasi pelanggaran "
        "netralitas ASN pada Pemilu 2024.",
        [
            ("violation_count", 7, "cases", "reported", "regional", "13", "pemilu", 2024),
            ("violation_count", 3, "cases", "reported", "regional", "13", "pemilu", 2024),
            ("violation_count", 10, "cases", "proven", "regional", "13", "pemilu", 2024),
        ],
    ),
    # A part with its noun and its own decision ("dengan rincian 3 orang ASN terbukti ...") ends the total's clause:
    # the total keeps its own status.
    (
        "SERANG - Bawaslu Kota Serang sudah melakukan pemeriksaan terhadap 6 orang ASN di lingkungan Pemkot Serang "
        "dengan rincian 3 orang ASN terbukti melanggar netralitas dan 3 orang ASN masih dalam kajian pada Pemilu 2024.",
        [
            ("violation_count", 6, "persons", "reported", "regional", "36.73", "pemilu", 2024),
            ("violation_count", 3, "persons", "proven", "regional", "36.73", "pemilu", 2024),
        ],
    ),
    # A body that declares there are ASN "yang melanggar" proves them ("menyatakan ada empat orang abdi negara yang
    # melanggar"); one that names ASN "yang diduga melanggar" only suspects them.
    (
        "Bawaslu Kota Tebing Tinggi menyatakan ada empat orang abdi negara yang melanggar netralitas ASN pada Pemilu "
        "2024. Bawaslu Kabupaten Batu Bara sudah menetapkan dua guru ASN yang diduga melanggar netralitas ASN.",
        [
            ("violation_count", 4, "persons", "proven", "regional", "12.76", "pemilu", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "12.19", "pemilu", 2024),
        ],
    ),
    # Who said it, set between a count and its verb (", kata Fulanah,"), leaves the verb the count's; not a denial
    # ("..., kata Fulan, juga bukan berbentuk rekomendasi").
    (
        "Pada Pemilu 2019 lalu, Bawaslu menangani empat pelanggaran netralitas yang dilakukan oleh ASN di Kota "
        "Banjar. Empat ASN saat itu, kata Fulanah, sudah ditindaklanjuti, dan diputus.",
        [
            ("violation_count", 4, "cases", "reported", "regional", "32.79", "pemilu", 2019),
            ("violation_count", 4, "persons", "proven", "regional", "32.79", "pemilu", 2019),
        ],
    ),
    # "berharap Bawaslu menindak tegas kedua oknum ASN tersebut": a hope for what is done with them, no target.
    (
        '"Kami berharap Bawaslu menindak tegas ketiga oknum ASN tersebut," kata pelapor di Kabupaten Lombok Tengah '
        "pada Pilkada 2024.",
        [("violation_count", 3, "persons", "reported", "regional", "52.02", "pilkada", 2024)],
    ),
    # ASN counted right after the breach of neutrality they are suspected of ("Berkas pelanggaran dugaan netralitas
    # 11 ASN") are violators; restated with "itu" as proven, they are one proven count.
    (
        "Berkas pelanggaran dugaan netralitas 11 Aparatur Sipil Negara (ASN) pada Pemilihan Bupati di Kabupaten "
        "Halmahera Timur resmi diterima KASN. Fulan menyebut, 11 orang ASN itu dinyatakan terbukti bersalah karena "
        "memberi like pada unggahan bakal calon bupati.",
        [("violation_count", 11, "persons", "proven", "regional", "82.06", "pilkada", None)],
    ),
    # A complainant's hope for what is done with the cases ("berharap dugaan pelanggaran ... satu ASN
    # ditindaklanjuti") sets no target of their number, as "berharap zero pelanggaran" does.
    (
        "Kuasa hukum Paslon 1 berharap dugaan pelanggaran netralitas yang dilakukan empat kades dan satu ASN di "
        "Kabupaten Kapuas ditindaklanjuti Bawaslu pada Pilkada 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "62.03", "pilkada", 2024)],
    ),
    # "Pemilihan Umum Kepala Daerah (Pilkada)" is the Pilkada, not the Pemilu: the count decided in it and restated
    # as first handled ("Sebelumnya, Bawaslu ... memanggil dua ASN") is one fact.
    (
        "KASN sudah mengirimkan surat rekomendasi kepada BKD Kabupaten Lamongan terkait dua ASN yang terbukti "
        "melanggar kode etik netralitas dalam Pemilihan Umum Kepala Daerah (Pilkada) 2024. Sebelumnya, Bawaslu "
        "Kabupaten Lamongan memanggil dua ASN yang terlibat dalam kampanye pasangan calon.",
        [("violation_count", 2, "persons", "proven", "regional", "35.24", "pilkada", 2024)],
    ),
    # Who has the power to sanction ("BKN yang berwenang menjatuhkan sanksi kepada dua ASN", "KASN, yang berwenang
    # memberikan sanksi disiplin") says nothing of a sanction given.
    (
        "Bawaslu Kota Madiun memeriksa dua guru berstatus ASN pada Pilkada 2024. Selanjutnya, BKN yang berwenang "
        "menjatuhkan sanksi kepada dua ASN yang diduga melanggar netralitas itu.",
        [("violation_count", 2, "persons", "reported", "regional", "35.77", "pilkada", 2024)],
    ),
    (
        "Karena yang terlibat adalah seorang ASN di Kabupaten Maros, kasus ini diteruskan ke KASN, yang berwenang "
        "memberikan sanksi disiplin pada Pilkada 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "73.09", "pilkada", 2024)],
    ),
    # The sentence right after a count, with no figure, that tells a recommendation sent on to the deciding body as
    # done ("Bawaslu A sudah mengirimkan rekomendasi ke KASN", "Kami telah merekomendasikan hal ini kepada Badan
    # Kepegawaian Negara") decides that count; one to come ("akan") or sent to another body (KPU) does not.
    (
        "Bawaslu Kabupaten Pinrang menemukan indikasi pelanggaran. Ada empat kasus dugaan pelanggaran netralitas ASN "
        "pada Pilkada 2024. Bawaslu Pinrang sudah mengirimkan rekomendasi ke KASN untuk ditindaklanjuti.",
        [("violation_count", 4, "cases", "proven", "regional", "73.15", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kabupaten Sigi menemukan seorang ASN di lingkungan Pemkab Sigi berada di posko pemenangan pasangan "
        'calon pada Pilkada 2024. "Kami telah merekomendasikan hal ini kepada Badan Kepegawaian Negara (BKN) sesuai '
        'aturan," tulis Bawaslu.',
        [("violation_count", 1, "persons", "proven", "regional", "72.10", "pilkada", 2024)],
    ),
    (
        "Ada empat kasus dugaan pelanggaran netralitas ASN di Kabupaten Pinrang pada Pilkada 2024. Bawaslu Pinrang "
        "akan mengirimkan rekomendasi ke KASN.",
        [("violation_count", 4, "cases", "reported", "regional", "73.15", "pilkada", 2024)],
    ),
    # A later sentence with no figure that says the recommendation on "pelanggaran tersebut" was handed to KASN
    # ("sudah menyerahkan rekomendasi berikut bukti-bukti pelanggaran tersebut kepada ... KASN") decides the case.
    (
        "SANGGAU - Seorang ASN di Sanggau diduga melanggar netralitas karena ikut mengantar pasangan calon pada "
        "Pilkada 2024. Ketua Bawaslu Sanggau, Fulan, mengatakan pihaknya sudah menyerahkan rekomendasi berikut "
        "bukti-bukti pelanggaran tersebut kepada Pemkab Sanggau dan KASN untuk ditindaklanjuti.",
        [("violation_count", 1, "persons", "proven", "regional", "61.03", "pilkada", 2024)],
    ),
    # "memenuhi panggilan" answers a summons: no elements of a violation met ("memenuhi unsur").
    (
        "Ada empat Kepala Dinas yang memenuhi panggilan Bawaslu Kabupaten Ciamis terkait dugaan pelanggaran "
        "netralitas pada Pilkada 2024.",
        [("violation_count", 4, "persons", "reported", "regional", "32.07", "pilkada", 2024)],
    ),
    # Proven "dan diberikan sanksi" after it: the joined clause goes on to the sanction given.
    (
        "Pada Pilkada 2020, Bawaslu Kabupaten Magetan menemukan enam ASN yang terbukti melanggar netralitas dan "
        "diberikan sanksi.",
        [("violation_count", 6, "persons", "sanctioned", "regional", "35.20", "pilkada", 2020)],
    ),
    # "rekom", the recommendation as spoken, is one.
    (
        "Bawaslu Kabupaten Pacitan sudah memberikan rekom sanksi pada KASN kepada 7 ASN yang ikut mendukung calon "
        "pada Pilkada 2024.",
        [("violation_count", 7, "persons", "proven", "regional", "35.01", "pilkada", 2024)],
    ),
    # A finding that will be the basis of a sanction ("menjadi dasar BKN dalam menjatuhkan sanksi") gives none yet.
    (
        "Bawaslu Kabupaten Kudus menyatakan lima ASN melanggar netralitas pada Pilkada 2024. Kajian Bawaslu ini "
        "nantinya menjadi dasar BKN dalam menjatuhkan sanksi kepada kelima ASN itu.",
        [("violation_count", 5, "persons", "proven", "regional", "33.19", "pilkada", 2024)],
    ),
    # A sanction requested of the one who gives it ("KASN meminta Bupati A segera memberikan sanksi") is not given.
    (
        "KASN meminta Bupati Demak segera memberikan sanksi kepada tujuh ASN yang tidak netral pada Pilkada 2024.",
        [("violation_count", 7, "persons", "proven", "regional", "33.21", "pilkada", 2024)],
    ),
    # "diputus bersalah" makes ASN violators, proven.
    (
        "Sebanyak sembilan ASN Kabupaten Purwakarta telah diputus bersalah oleh KASN pada Pilkada 2020.",
        [("violation_count", 9, "persons", "proven", "regional", "32.14", "pilkada", 2020)],
    ),
    # The election's full name ("Pilkada Gubernur dan Wakil Gubernur A") neither breaks the clause at its "dan" nor
    # uses up its words: what became of the count is said after it.
    (
        "Bawaslu Kota Bontang memproses pelanggaran oleh tiga orang ASN di Pemkot Bontang. Kini temuan Bawaslu atas "
        "tiga ASN yang tidak netral dalam Pilkada Gubernur dan Wakil Gubernur Kaltim itu sudah ditindaklanjuti dengan "
        "mengirimkan rekomendasi kepada KASN.",
        [("violation_count", 3, "persons", "proven", "regional", "64.74", "pilkada", None)],
    ),
    # A recommendation as the purpose of work still going on ("yang sedang kami kaji untuk direkomendasikan ke BKN")
    # is one to come: reported.
    (
        '"Ada 5 dugaan pelanggaran netralitas ASN yang sedang kami kaji untuk direkomendasikan ke BKN," kata Ketua '
        "Bawaslu Kabupaten Barru pada Pilkada 2024.",
        [("violation_count", 5, "cases", "reported", "regional", "73.11", "pilkada", 2024)],
    ),
    # "Hasilnya terbukti melanggar" (the result): the case just counted is proven; "Hasilnya tidak terbukti" leaves
    # it as reported.
    (
        "Bawaslu Kabupaten Blora telah memproses dugaan pelanggaran netralitas ASN oleh Camat Cepu, Fulan Wibisono, "
        'pada Pilkada 2024. "Hasilnya terbukti melanggar. Kami rekomendasikan ke BKN," kata Ketua Bawaslu Blora.',
        [("violation_count", 1, "persons", "proven", "regional", "33.16", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kabupaten Blora telah memproses dugaan pelanggaran netralitas ASN oleh Camat Jepon, Fulan Wibisono, "
        'pada Pilkada 2024. "Hasilnya tidak terbukti melanggar," kata Ketua Bawaslu Blora.',
        [("violation_count", 1, "persons", "reported", "regional", "33.16", "pilkada", 2024)],
    ),
    # "Terlapor adalah seorang PNS ...": the offender the sentence names is the case before, with its status.
    (
        "Bawaslu Kabupaten Kerinci memutuskan terlapor melanggar netralitas pada Pilkada 2024 dan meneruskan "
        "rekomendasi ke BKN. Terlapor adalah seorang PNS berinisial AB di Dinas Pendidikan.",
        [("violation_count", 1, "persons", "proven", "regional", "15.01", "pilkada", 2024)],
    ),
    # Suspected first, then all of them decided in the same sentence ("... yang diduga melanggar dan ketujuhnya sudah
    # ada putusan KASN dinyatakan bersalah"): one count, proven.
    (
        "Bawaslu Kabupaten Soppeng mencatat ada 7 orang ASN yang diduga melanggar pada verifikasi bakal calon DPD "
        "Pemilu 2024 dan ketujuhnya sudah ada putusan KASN dinyatakan bersalah.",
        [("violation_count", 7, "persons", "proven", "regional", "73.12", "pemilu", 2024)],
    ),
    # The part of a count stated before, after a phrase saying what the sentence is about ("Adapun soal dugaan
    # pelanggaran itu, lima di antaranya ..."), takes its status from its own clause.
    (
        "Bawaslu Kabupaten Subang mencatat delapan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Adapun soal "
        "dugaan pelanggaran itu, lima di antaranya sudah dibuatkan surat rekomendasi ke BKN.",
        [
            ("violation_count", 8, "cases", "reported", "regional", "32.13", "pilkada", 2024),
            ("violation_count", 5, "cases", "proven", "regional", "32.13", "pilkada", 2024),
        ],
    ),
    # A zero to be kept ("mempertahankan zero pelanggaran") is the target.
    (
        "Ketua Bawaslu Kabupaten Belitung mengajak ASN mempertahankan zero pelanggaran netralitas selama Pilkada 2024.",
        [("violation_count", 0, "cases", "target", "regional", "19.02", "pilkada", 2024)],
    ),
    # A body declaring those counted not neutral ("menyatakan empat PNS ... tidak netral"), and reports declared
    # violations ("dinyatakan sebagai pelanggaran"), are proven; a body only saying they were reported is not.
    (
        "Pada Pilkada 2024 Bawaslu Kabupaten Jayapura menyatakan empat PNS serta dua kepala kampung tidak netral. "
        "Bawaslu Kabupaten Keerom mencatat sembilan laporan. Tujuh laporan dinyatakan sebagai pelanggaran netralitas "
        "ASN. Bawaslu Kabupaten Sarmi menyatakan dua PNS dilaporkan warga.",
        [
            ("violation_count", 4, "persons", "proven", "regional", "91.03", "pilkada", 2024),
            ("violation_count", 9, "cases", "reported", "regional", "91.11", "pilkada", 2024),
            ("violation_count", 7, "cases", "proven", "regional", "91.11", "pilkada", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "91.10", "pilkada", 2024),
        ],
    ),
    # A part named with "diantaranya" right after its number ("dari 23 temuan ... itu 9 diantaranya sudah ada
    # rekomendasi") has its own status; the whole keeps its own, even with no comma between.
    (
        "Bawaslu Kabupaten Brebes mencatat pada Pilkada 2024: dari 23 temuan terkait netralitas ASN itu 9 diantaranya "
        "sudah ada rekomendasi dari KASN.",
        [
            ("violation_count", 23, "cases", "reported", "regional", "33.29", "pilkada", 2024),
            ("violation_count", 9, "cases", "proven", "regional", "33.29", "pilkada", 2024),
        ],
    ),
    # Judged not neutral ("dinilai tidak netral") is proven, as "dinyatakan tidak netral"; a head of region who
    # "memberhentikan" (suspends or dismisses) the persons has sanctioned them.
    (
        "Bawaslu Kota Bima menyebut 4 ASN dinilai tidak netral pada Pilkada 2024. Bupati Alor memberhentikan "
        "sementara 3 ASN karena tidak netral.",
        [
            ("violation_count", 4, "persons", "proven", "regional", "52.72", "pilkada", 2024),
            ("violation_count", 3, "persons", "sanctioned", "regional", "53.05", "pilkada", 2024),
        ],
    ),
    # Which sanction was given, asked or not known ("tidak tahu pasti sanksi seperti apa yang dijatuhkan"), says
    # no sanction was: the count stays what it was found to be.
    (
        "Komisi ASN merekomendasikan enam pegawai Kabupaten Pangkep diberi sanksi karena tidak netral pada "
        "Pilkada 2020. Sekretaris daerah mengaku tidak tahu pasti sanksi seperti apa yang dijatuhkan kepada enam "
        "pegawai itu.",
        [("violation_count", 6, "persons", "proven", "regional", "73.10", "pilkada", 2020)],
    ),
    # A sanction whose giving is to come ("hukuman ... akan diberikan kepada lima orang ASN yang terbukti") is
    # decided, not given.
    (
        "Pada Pilkada 2024 hukuman disiplin itu akan diberikan kepada lima orang ASN Pemkab Bantaeng yang terbukti "
        "tidak netral.",
        [("violation_count", 5, "persons", "proven", "regional", "73.03", "pilkada", 2024)],
    ),
    # A part with a status of its own, with no comma before it ("dari 11 ASN yang tidak netral ... tiga sudah
    # direkomendasikan"): the status is the part's, not the total's.
    (
        "Di Kota Palu, dari 11 ASN yang tidak netral pada Pemilu 2024 tiga sudah direkomendasikan untuk diberhentikan.",
        [
            ("violation_count", 11, "persons", "reported", "regional", "72.71", "pemilu", 2024),
            ("violation_count", 3, "persons", "proven", "regional", "72.71", "pemilu", 2024),
        ],
    ),
    # "N terbukti ... sehingga dijatuhi sanksi, lalu M (fewer) telah diberi sanksi oleh PPK": each as its words say,
    # sanctioned (five of the six annotations of such a pair; reading N as only proven lost four facts on new pages).
    (
        "KASN menerima laporan pelanggaran netralitas 1.200 ASN pada Pemilu 2024. Dari jumlah itu, 800 ASN terbukti "
        "tidak netral sehingga dijatuhi sanksi, lalu 650 ASN telah diberi sanksi disiplin oleh PPK.",
        [
            ("violation_count", 1200, "persons", "reported", "national", None, "pemilu", 2024),
            ("violation_count", 800, "persons", "sanctioned", "national", None, "pemilu", 2024),
            ("violation_count", 650, "persons", "sanctioned", "national", None, "pemilu", 2024),
        ],
    ),
    # Cases to be handled so as to be recommended ("akan segera diproses untuk direkomendasikan") are not recommended.
    (
        "Ketua Bawaslu Jawa Timur menjelaskan 9 kasus pelanggaran ASN pada Pilkada 2020 akan segera diproses untuk "
        "direkomendasikan kepada KASN.",
        [("violation_count", 9, "cases", "reported", "regional", "35", "pilkada", 2020)],
    ),
    # A sanction spoken of as the topic ("Soal sanksi terhadap tiga ASN itu, ...") is not said to be given.
    (
        "Bawaslu Kota Banjarbaru melaporkan tiga ASN pada Pilkada 2024. Soal sanksi terhadap tiga ASN itu, "
        "keputusannya ada di tangan BKN.",
        [("violation_count", 3, "persons", "reported", "regional", "63.72", "pilkada", 2024)],
    ),
    # A later sentence whose subject refers back to the one counted ("..., menuturkan, oknum tersebut terbukti
    # melanggar") says what became of them; a share of them ("60 persen dari ASN terlapor tersebut terbukti") does
    # not say which.
    (
        "Seorang ASN di Kota Bitung diperiksa Bawaslu karena diduga ikut mengampanyekan seorang calon wali kota "
        "pada Pilkada 2024. Menurut ketua Bawaslu setempat, oknum tersebut terbukti tidak netral.",
        [("violation_count", 1, "persons", "proven", "regional", "71.72", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kota Bitung menerima laporan terhadap 40 ASN selama Pilkada 2024. Ketua Bawaslu setempat "
        "menjelaskan sebanyak 60 persen dari ASN terlapor tersebut terbukti melanggar.",
        [("violation_count", 40, "persons", "reported", "regional", "71.72", "pilkada", 2024)],
    ),
    # A sanction still to be weighed ("yang nanti mempertimbangkan sanksi bagi enam ASN") is no sanction given; the
    # recommendation sent ("rekomendasinya sudah dikirim") is a finding.
    (
        "Karena rekomendasinya sudah dikirim, Badan Kepegawaian Negara yang nanti mempertimbangkan sanksi bagi enam "
        "ASN di Kota Banjarbaru pada Pilkada 2024.",
        [("violation_count", 6, "persons", "proven", "regional", "63.72", "pilkada", 2024)],
    ),
    # A relative clause that closes a list of regions ("..., dan 3 di Kabupaten C yang sudah direkomendasikan") says
    # what became of every item, not of the last alone.
    (
        "Ketua Bawaslu Jawa Tengah menyebut terdapat 11 pelanggaran netralitas ASN di Jepara, 5 di Kota Salatiga, "
        "dan 3 di Grobogan yang sudah direkomendasikan ke BKN selama Pilkada 2024.",
        [
            ("violation_count", 11, "cases", "proven", "regional", "33.20", "pilkada", 2024),
            ("violation_count", 5, "cases", "proven", "regional", "33.73", "pilkada", 2024),
            ("violation_count", 3, "cases", "proven", "regional", "33.15", "pilkada", 2024),
        ],
    ),
    # What happened next to a figure's cases, told with "lalu" or "kemudian" ("sudah ditelaah Komisi ASN, kemudian
    # komisi itu menyatakan terbukti"), is what became of them.
    (
        '"Sembilan perkara sudah ditelaah Komisi ASN, kemudian komisi itu menyatakan terbukti melanggar '
        'netralitas," ujar Ketua Bawaslu Bulukumba tentang Pilkada 2020.',
        [("violation_count", 9, "cases", "proven", "regional", "73.02", "pilkada", 2020)],
    ),
    # A sanction deserved ("layak mendapat sanksi", "patut dijatuhi hukuman") is not one given.
    (
        "Panwaslu Kota Binjai sudah mengirim rekomendasi ke KASN agar 6 ASN diberi sanksi pada Pilkada 2018. Keenam "
        "ASN itu layak mendapat sanksi disiplin.",
        [("violation_count", 6, "persons", "proven", "regional", "12.75", "pilkada", 2018)],
    ),
    # The "sudah" of a figure's clause governs the verb joined to it by "dan": "sudah diperiksa dan diberi sanksi"
    # is a sanction given.
    (
        "Menurut catatan Kemendagri, 540 ASN telah dilaporkan ke KASN dan 215 ASN sudah diperiksa dan diberi sanksi "
        "pada Pilkada 2020.",
        [
            ("violation_count", 540, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 215, "persons", "sanctioned", "national", None, "pilkada", 2020),
        ],
    ),
    # The total a decided part came from ("berasal dari 65 laporan") is what was reported, not what was decided.
    (
        "KASN menyebut rekomendasi sanksi 40 ASN berasal dari 65 laporan terkait pelanggaran netralitas pada "
        "Pilkada 2020.",
        [
            ("violation_count", 40, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 65, "cases", "reported", "national", None, "pilkada", 2020),
        ],
    ),
    # Judged to have violated ("dinilai melakukan pelanggaran", "dianggap melanggar") is proven, as "dinyatakan".
    (
        "Pada Pilkada 2020 Bawaslu Kabupaten Sigi mencatat dua ASN Pemkab yang dinilai melakukan pelanggaran.",
        [("violation_count", 2, "persons", "proven", "regional", "72.10", "pilkada", 2020)],
    ),
    # A share in brackets after the counted noun ("150 ASN (37,5 persen) yang ...") is an aside of its clause.
    (
        "KASN mencatat 400 ASN direkomendasikan mendapat sanksi pada Pilkada 2020. Namun baru 150 ASN (37,5 persen) "
        "yang benar-benar telah dijatuhi sanksi.",
        [
            ("violation_count", 400, "persons", "proven", "national", None, "pilkada", 2020),
            ("violation_count", 150, "persons", "sanctioned", "national", None, "pilkada", 2020),
        ],
    ),
    # A recommendation that only asks for an examination ("untuk dilakukan kajian") forwards the cases: reported.
    (
        "Bawaslu Provinsi Jawa Tengah mencatat 95 dugaan pelanggaran netralitas ASN dalam Pilkada 2020. Oleh pihak "
        "Bawaslu, dugaan pelanggaran netralitas ASN tersebut kini telah direkomendasikan kepada Komisi ASN untuk "
        "dilakukan kajian. Sebanyak 12 ASN direkomendasikan kepada Komisi ASN untuk diperiksa.",
        [
            ("violation_count", 95, "cases", "reported", "regional", "33", "pilkada", 2020),
            ("violation_count", 12, "persons", "reported", "regional", "33", "pilkada", 2020),
        ],
    ),
    # A number opening a sentence with what became of it ("Satu sudah direkomendasikan"), or after a reference to
    # the count ("Dari jumlah itu, 10 diantaranya terbukti"), is a part of the count just before.
    (
        "Bawaslu Kota Bengkulu menangani 4 dugaan pelanggaran netralitas ASN pada Pemilu 2024. Satu sudah "
        "direkomendasikan ke Komisi Aparatur Sipil Negara (KASN).",
        [
            ("violation_count", 4, "cases", "reported", "regional", "17.71", "pemilu", 2024),
            ("violation_count", 1, "cases", "proven", "regional", "17.71", "pemilu", 2024),
        ],
    ),
    (
        "Bawaslu Sulsel menerima 12 laporan netralitas ASN pada Pilkada 2018. Dari jumlah itu, 10 diantaranya "
        "terbukti.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "73", "pilkada", 2018),
            ("violation_count", 10, "cases", "proven", "regional", "73", "pilkada", 2018),
        ],
    ),
    # A misspelt verb of recommending ("direkemoendasikan") still recommends.
    (
        "Bawaslu Kabupaten Boalemo menangani 3 kasus netralitas ASN pada Pilkada 2020, dan 2 kasus diantaranya telah "
        "direkemoendasikan ke KASN.",
        [
            ("violation_count", 3, "cases", "reported", "regional", "75.02", "pilkada", 2020),
            ("violation_count", 2, "cases", "proven", "regional", "75.02", "pilkada", 2020),
        ],
    ),
    # A later sentence whose decision names the ASN counted as its object ("merekomendasikan ... sanksi oknum ASN
    # tersebut") makes the count proven, as one that opens with them does.
    (
        "Bawaslu Kalbar menemukan ASN terlibat politik praktis pada Pemilu 2024. Temuan itu terhadap seorang ASN "
        "yang bertugas di Kota Singkawang. Saat ini, Bawaslu telah merekomendasikan ke Komisi Aparatur Sipil "
        "Negara (KASN) untuk diberikan sanksi oknum ASN tersebut.",
        [("violation_count", 1, "persons", "proven", "regional", "61.72", "pemilu", 2024)],
    ),
    # A list opening "Mereka tersebar di ..." ranks those counted last (sanctioned), not the largest count before
    # it (the reports), whatever sentences about their offices came between.
    (
        "Menurut data BKN, tercatat 640 laporan ASN tidak netral pada Pilkada 2020, sebanyak 310 terbukti dan telah "
        "dijatuhi sanksi oleh PPK. Sebagian besar dari mereka pejabat eselon. Sebanyak 20,5 persen duduk di jabatan "
        "fungsional. Mereka tersebar di seluruh negeri, terbesar di Kabupaten Brebes sebanyak 41 ASN dan Kabupaten "
        "Muna 27 ASN.",
        [
            ("violation_count", 640, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 310, "cases", "sanctioned", "national", None, "pilkada", 2020),
            ("violation_count", 41, "persons", "sanctioned", "regional", "33.29", "pilkada", 2020),
            ("violation_count", 27, "persons", "sanctioned", "regional", "74.03", "pilkada", 2020),
        ],
    ),
    # Letters of recommendation ("tiga surat rekomendasi kepada BKN") are recommended cases, proven.
    (
        "Bawaslu Kabupaten Klungkung telah mengirimkan dua surat rekomendasi kepada BKN terkait netralitas ASN pada "
        "Pilkada 2024.",
        [("violation_count", 2, "cases", "proven", "regional", "51.05", "pilkada", 2024)],
    ),
    # "Untuk" right before the number is the sentence's topic, not the purpose of a sanction asked for.
    (
        'Bawaslu Kabupaten Natuna menangani pelanggaran netralitas ASN pada Pilkada 2020. "Untuk 3 ASN yang '
        'diproses Bawaslu kemarin sudah dikenakan sanksi oleh KASN," kata dia.',
        [("violation_count", 3, "persons", "sanctioned", "regional", "21.03", "pilkada", 2020)],
    ),
    # A commission's decision that names the sanction ("diputuskan KASN dengan hukuman sedang") is proven: the
    # sanction is the employer's to give.
    (
        "Bawaslu Kabupaten Sikka mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2020. Menurut ketuanya, "
        "6 pelanggaran netralitas sudah diputuskan KASN dengan hukuman kategori ringan.",
        [("violation_count", 6, "cases", "proven", "regional", "53.07", "pilkada", 2020)],
    ),
    # Cases alleged, then spoken of again as decided ("maka 12 ASN tersebut oleh Bawaslu ... direkomendasikan"),
    # are one fact with what became of them; the agent named before the verb is part of the clause.
    (
        "MANADO - 12 Aparatur Sipil Negara (ASN) di Kota Bitung diduga melanggar netralitas dalam Pilkada 2024. "
        "Karena itu, maka 12 ASN tersebut oleh Badan Pengawas Pemilu (Bawaslu) Kota Bitung direkomendasikan ke "
        "Badan Kepegawaian Negara (BKN).",
        [("violation_count", 12, "persons", "proven", "regional", "71.72", "pilkada", 2024)],
    ),
    # Cases decided on, spoken of again as alleged ("2 ASN ini diduga ..."), are the decided ones, not new cases.
    (
        "Panwaslu Kabupaten Bangka merekomendasikan 2 ASN ke KASN pada Pilkada 2018. 2 ASN ini diduga tidak "
        "netral dengan mendukung salah satu pasangan calon.",
        [("violation_count", 2, "persons", "proven", "regional", "19.01", "pilkada", 2018)],
    ),
    # A count with its share beside it ("325 atau 56,9 persen ASN") still counts its noun.
    (
        "KASN mencatat pada Pilkada 2020 sudah ada 214 atau 48,2 persen ASN yang ditindaklanjuti oleh PPK dengan "
        "penjatuhan sanksi.",
        [("violation_count", 214, "persons", "sanctioned", "national", None, "pilkada", 2020)],
    ),
    # What a body decided of a total it just gave ("Bawaslu memutuskan 302 di antaranya merupakan pelanggaran")
    # is a part of it; ASN questioned ("yang kami mintai keterangan") are reported.
    (
        "Terdapat 415 temuan dan laporan dugaan pelanggaran netralitas ASN di Pilkada 2024, ungkap Ketua Bawaslu RI. "
        "Bawaslu memutuskan 302 di antaranya merupakan pelanggaran, dan 99 bukan pelanggaran.",
        [
            ("violation_count", 415, "cases", "reported", "national", None, "pilkada", 2024),
            ("violation_count", 302, "cases", "proven", "national", None, "pilkada", 2024),
        ],
    ),
    (
        "Bawaslu Kabupaten Jember menyebut ada 11 ASN yang kami mintai keterangan karena mendukung paslon pada "
        "Pilkada 2018.",
        [("violation_count", 11, "persons", "reported", "regional", "35.09", "pilkada", 2018)],
    ),
    # A number with its noun left out after a count in the same sentence is a part of it, with what became of
    # it ("dan telah dijatuhi sanksi": the same clause); "Sebanyak N orang" right after a count of violations,
    # smaller and decided, breaks it down.
    (
        "Menurut data BKN, tercatat 512 laporan ASN tidak netral pada Pilkada 2020, sebanyak 204 terbukti dan "
        "telah dijatuhi sanksi oleh PPK.",
        [
            ("violation_count", 512, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 204, "cases", "sanctioned", "national", None, "pilkada", 2020),
        ],
    ),
    (
        "Bawaslu Jambi mencatat 15 perkara netralitas ASN pada Pilkada 2020. Sebanyak 9 orang sudah "
        "direkomendasikan KASN ke Pejabat Pembina Kepegawaian.",
        [
            ("violation_count", 15, "cases", "reported", "regional", "15", "pilkada", 2020),
            ("violation_count", 9, "persons", "proven", "regional", "15", "pilkada", 2020),
        ],
    ),
    # "beberapa di antaranya" decided later decides only some, not which.
    (
        "Bawaslu menemukan 214 dugaan pelanggaran netralitas ASN dalam Pilkada 2024. Ketua Bawaslu mengatakan "
        "dugaan itu tengah ditangani dan beberapa di antaranya telah dikeluarkan rekomendasi.",
        [("violation_count", 214, "cases", "reported", "national", None, "pilkada", 2024)],
    ),
    # A list of regions that says nothing of its own breaks down the total stated paragraphs before it and keeps
    # its decision (the headlines of other stories set between its paragraphs are dropped by the cleaner).
    (
        "Bawaslu Jambi telah merekomendasikan 12 kasus dugaan pelanggaran netralitas ASN kepada KASN dalam "
        "Pilkada 2020.\n\nKetua Bawaslu Jambi, Rudi Hartono, mengatakan rekomendasi dikirim pekan lalu. Ia "
        "menyebut pemeriksaan berjalan lancar. Menurutnya semua pihak kooperatif. Pemeriksaan dimulai bulan "
        "lalu.\n\nIa menjelaskan, dugaan pelanggaran netralitas ASN itu tersebar di sejumlah kabupaten. "
        "Kabupaten Kerinci 4 orang, Kabupaten Merangin 3 orang, dan Kabupaten Sarolangun 2 orang.\n"
        "Selanjutnya, Kabupaten Batang Hari 2 orang dan Kabupaten Tebo 1 orang.",
        [
            ("violation_count", 12, "cases", "proven", "regional", "15", "pilkada", 2020),
            ("violation_count", 4, "persons", "proven", "regional", "15.01", "pilkada", 2020),
            ("violation_count", 3, "persons", "proven", "regional", "15.02", "pilkada", 2020),
            ("violation_count", 2, "persons", "proven", "regional", "15.03", "pilkada", 2020),
            ("violation_count", 2, "persons", "proven", "regional", "15.04", "pilkada", 2020),
            ("violation_count", 1, "persons", "proven", "regional", "15.09", "pilkada", 2020),
        ],
    ),
    # A recommendation of a sanction is a finding (proven), not the sanction itself ...
    (
        "Usai Pemilu 2019, Bawaslu Banten merekomendasikan pemberian sanksi untuk 12 aparatur sipil negara (ASN) "
        "yang tidak netral.",
        [("violation_count", 12, "persons", "proven", "regional", "36", "pemilu", 2019)],
    ),
    # ... but a sanction handed down on a recommendation is a sanction.
    (
        "Bupati Konawe sudah menjatuhkan sanksi kepada tujuh ASN berdasarkan rekomendasi KASN pada Pilkada 2020.",
        [("violation_count", 7, "persons", "sanctioned", "regional", "74.02", "pilkada", 2020)],
    ),
    # The status of a count can stand at the head of its sentence, far from the number.
    (
        "Bawaslu Provinsi Riau menyerahkan rekomendasi kepada Komisi ASN (KASN) guna menindaklanjuti 16 kasus dugaan "
        "pelanggaran netralitas selama Pilkada 2020.",
        [("violation_count", 16, "cases", "proven", "regional", "14", "pilkada", 2020)],
    ),
    # "rekomendasi sanksi": recommendations (proven) of a sanction not yet given; a year is no count.
    (
        "KASN sepanjang Pilkada 2020 mengeluarkan 640 rekomendasi sanksi untuk ASN. Pada awal 2015 jumlahnya baru 31.",
        [("violation_count", 640, "cases", "proven", "national", None, "pilkada", 2020)],
    ),
    # A body that decides ("memutuskan") or sends cases on to the Commission ("ditindaklanjuti ke Komisi ASN").
    (
        "Setelah kajian, Bawaslu RI memutuskan bahwa 287 kasus mengandung unsur pelanggaran netralitas ASN dalam "
        "Pilkada 2024.",
        [("violation_count", 287, "cases", "proven", "national", None, "pilkada", 2024)],
    ),
    (
        "Menurut Bawaslu RI, sedikitnya 905 pelanggaran netralitas ASN lalu ditindaklanjuti ke Komisi ASN selama "
        "Pilkada 2020.",
        [("violation_count", 905, "cases", "proven", "national", None, "pilkada", 2020)],
    ),
    # Two verbs of what became of one count: the later decides ("ditemukan dan direkomendasikan").
    (
        "Pada Pilkada 2017 Bawaslu RI hanya memiliki 31 kasus netralitas ASN yang ditemukan dan direkomendasikan.",
        [("violation_count", 31, "cases", "proven", "national", None, "pilkada", 2017)],
    ),
    # A count said again with nothing of its own to say ('"Ada 210 kasus," ujar ...') is the one stated before.
    (
        'Bawaslu RI merekomendasikan 210 kasus pelanggaran netralitas ASN pada Pilkada 2018. "Ada 210 kasus," ujar '
        "seorang pejabat Bawaslu RI.",
        [("violation_count", 210, "cases", "proven", "national", None, "pilkada", 2018)],
    ),
    # "Kasus itu" decided later is the last count only, and makes it proven.
    (
        "Bawaslu Kabupaten Sukabumi menemukan tiga guru berstatus PNS yang mengunggah ajakan memilih pada Pemilu "
        "2019. Kasus itu kini sudah direkomendasikan ke KASN.",
        [("violation_count", 3, "persons", "proven", "regional", "32.02", "pemilu", 2019)],
    ),
    # A question about a status does not state it.
    (
        "Di Kabupaten Muna, 8 ASN diduga tidak netral menjelang Pilkada 2024. Saat ditanya apakah kedelapan ASN "
        "terbukti melanggar, Ketua Bawaslu belum mau memastikan.",
        [("violation_count", 8, "persons", "reported", "regional", "74.03", "pilkada", 2024)],
    ),
    # A sanction recommended or proposed ("direkomendasikan mendapat sanksi", "diusulkan dijatuhi hukuman") is
    # asked for, not given: proven; one threatened or possible ("terancam sanksi", "bisa dikenai sanksi") is no
    # decision at all; "dapat sanksi" (got a sanction) is one given.
    (
        "Bawaslu Kabupaten Ciamis mencatat 12 ASN terancam sanksi pada Pilkada 2024. Sebanyak 8 ASN lainnya bisa "
        "dikenai sanksi disiplin. Sebanyak 9 ASN direkomendasikan mendapat sanksi. Lima ASN diusulkan dijatuhi "
        "hukuman disiplin. Sementara 4 ASN sudah dapat sanksi teguran.",
        [
            ("violation_count", 12, "persons", "reported", "regional", "32.07", "pilkada", 2024),
            ("violation_count", 8, "persons", "reported", "regional", "32.07", "pilkada", 2024),
            ("violation_count", 9, "persons", "proven", "regional", "32.07", "pilkada", 2024),
            ("violation_count", 5, "persons", "proven", "regional", "32.07", "pilkada", 2024),
            ("violation_count", 4, "persons", "sanctioned", "regional", "32.07", "pilkada", 2024),
        ],
    ),
    # A sanction awaited is decided on a finding, not given (proven); one given since the recommendation is given.
    (
        "Bawaslu Kabupaten Kuningan mencatat 13 ASN masih menunggu sanksi dari PPK pada Pilkada 2024. Sebanyak 6 "
        "ASN sedang dalam proses penjatuhan sanksi. Tujuh ASN yang direkomendasikan Bawaslu telah dijatuhi sanksi.",
        [
            ("violation_count", 13, "persons", "proven", "regional", "32.08", "pilkada", 2024),
            ("violation_count", 6, "persons", "proven", "regional", "32.08", "pilkada", 2024),
            ("violation_count", 7, "persons", "sanctioned", "regional", "32.08", "pilkada", 2024),
        ],
    ),
    # Parts of the count just stated with its status and no region of their own (by source, by kind of
    # violation, one by one) are that count broken down, not counts of their own; a part with a status of its own
    # is one.
    (
        "Bawaslu Kabupaten Cianjur mencatat 23 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. Dari 23 "
        "kasus tersebut 14 kasus diantaranya merupakan temuan Bawaslu dan 9 kasus lainnya laporan masyarakat. "
        "Sebanyak 7 kasus netralitas ASN sudah direkomendasikan ke KASN.\n\nBawaslu Kota Depok mencatat 3 ASN "
        "dijatuhi sanksi. Satu ASN dijatuhi sanksi disiplin ringan, dan 2 ASN lagi dijatuhi sanksi moral.\n\n"
        "Bawaslu Kabupaten Bekasi menangani 6 ASN yang diduga tidak netral. Empat ASN di antaranya diduga "
        "mengunggah dukungan di media sosial, sedangkan dua lainnya menghadiri kampanye.",
        [
            ("violation_count", 23, "cases", "reported", "regional", "32.03", "pilkada", 2024),
            ("violation_count", 7, "cases", "proven", "regional", "32.03", "pilkada", 2024),
            ("violation_count", 3, "persons", "sanctioned", "regional", "32.76", "pilkada", 2024),
            ("violation_count", 6, "persons", "reported", "regional", "32.16", "pilkada", 2024),
        ],
    ),
    # ASN not yet sanctioned are violators still waiting (reported), no workforce.
    (
        "KASN mencatat 405 ASN dilaporkan pada Pilkada 2020. Sisanya, sebanyak 150 ASN belum disanksi.",
        [
            ("violation_count", 405, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 150, "persons", "reported", "national", None, "pilkada", 2020),
        ],
    ),
    # A later sentence that says the ASN counted were recommended ("merekomendasikan nama-nama ASN tersebut")
    # makes the count proven, as one that says so of the cases does.
    (
        "Sebanyak 19 orang ASN di Jambi dilaporkan tidak netral pada masa kampanye Pemilu 2019. Bawaslu "
        "selanjutnya merekomendasikan nama-nama ASN tersebut kepada Komisi ASN untuk diberikan sanksi.",
        [("violation_count", 19, "persons", "proven", "regional", "15", "pemilu", 2019)],
    ),
    # A clause joined by "dan" that says as done what became of the sentence's only figure decides its status
    # ("dan itu sudah diproses, dan sudah dilakukan rekomendasi"); one to come or only if proven does not.
    (
        "Bawaslu Kabupaten Sidoarjo menerima 12 laporan selama Pemilu 2024. Untuk ASN ada tiga kasus dan itu sudah "
        "diproses, dan sudah dilakukan rekomendasi kepada KASN. Di Kabupaten Gresik ada dua kasus netralitas ASN dan "
        "sudah kami tindaklanjuti hingga dijatuhkan hukuman disiplin. Di Kabupaten Lamongan ada empat kasus "
        "netralitas ASN dan sudah diklarifikasi, lalu akan direkomendasikan jika terbukti.",
        [
            ("violation_count", 3, "cases", "proven", "regional", "35.15", "pemilu", 2024),
            ("violation_count", 2, "cases", "sanctioned", "regional", "35.25", "pemilu", 2024),
            ("violation_count", 4, "cases", "reported", "regional", "35.24", "pemilu", 2024),
        ],
    ),
    # A count of violations of no kind named ("Total pelanggaran ...", "menangani 12 kasus pelanggaran"), or a
    # headline's count of cases, whose next sentence counts fewer neutrality cases, is the total of every kind.
    (
        "Total pelanggaran yang ditangani Bawaslu Kabupaten Berau pada Pilkada 2020 sebanyak 27 kasus. Ada 3 laporan "
        "dugaan pelanggaran netralitas ASN yang direkomendasikan ke Komisi ASN.",
        [("violation_count", 3, "cases", "proven", "regional", "64.03", "pilkada", 2020)],
    ),
    (
        "Sejak tahapan Pemilu 2024 dimulai, Bawaslu Kabupaten Bima tercatat sudah menangani 14 kasus pelanggaran. "
        "Dari jumlah itu, terdapat 4 kasus pelanggaran netralitas ASN yang diteruskan ke KASN.",
        [("violation_count", 4, "cases", "reported", "regional", "52.06", "pemilu", 2024)],
    ),
    # A relative clause after a comma says what became of the count: "..., yang direkomendasikan ke KASN".
    (
        "Bawaslu Kabupaten Berau mencatat 5 ASN pada Pilkada 2020, yang kemudian direkomendasikan ke KASN.",
        [("violation_count", 5, "persons", "proven", "regional", "64.03", "pilkada", 2020)],
    ),
    # "pemilu" with a year that held no general election (2020, 2018) is that year's Pilkada, as the press says it
    (
        "Bawaslu Provinsi Sulawesi Utara mencatat pada pemilu 2020 terdapat 7 kasus netralitas ASN di Sulut, kata "
        "ketuanya.",
        [("violation_count", 7, "cases", "reported", "regional", "71", "pilkada", 2020)],
    ),
    # anyone in a condition ("Kalau hal itu dilakukan seorang ASN, ...") is no one counted; a status said in a
    # sentence that opens with a condition ("Namun, bila ... terhadap 14 ASN itu terbukti ...") is not yet one
    (
        "Ketua Bawaslu Kabupaten Yahukimo mengatakan ASN dilarang berorasi di kampanye Pilkada 2024. Kalau hal itu "
        "dilakukan seorang ASN, maka tergolong pelanggaran.",
        [],
    ),
    (
        "Bawaslu Kabupaten Sanggau memeriksa 11 aparatur sipil negara pada Pilkada 2020. Namun, bila hasil "
        "pemeriksaan terhadap 11 ASN itu terbukti ada pelanggaran, Bawaslu akan merekomendasikannya ke KASN.",
        [("violation_count", 11, "persons", "reported", "regional", "61.03", "pilkada", 2020)],
    ),
    # a recommendation said afterwards of other matters ("Untuk temuan APK itu, ... rekomendasi kepada KPU") does
    # not decide the neutrality cases counted before it
    (
        "Bawaslu Kabupaten Tuban menangani empat laporan dugaan pelanggaran netralitas ASN dan tiga temuan APK pada "
        'Pilkada 2024. "Untuk temuan APK itu, Bawaslu memberikan rekomendasi kepada KPU Tuban," ujarnya.',
        [("violation_count", 4, "cases", "reported", "regional", "35.23", "pilkada", 2024)],
    ),
    # a count that goes on from a sentence about health-protocol breaches is one of those
    (
        "Anggota Bawaslu RI mengatakan ada 510 ASN terlibat pelanggaran netralitas dalam Pilkada 2020. Terkait "
        "protokol kesehatan, dalam 10 hari kampanye terdapat 170 pelanggaran. Ia menyebutkan dari 48 kasus yang "
        "sudah diberi peringatan, kegiatan dibubarkan.",
        [("violation_count", 510, "persons", "reported", "national", None, "pilkada", 2020)],
    ),
    # a sanction denied before the count ("tidak ada sanksi ... yang dijatuhkan ... kepada kedua ASN") is none
    (
        "Bawaslu Kabupaten Blitar memeriksa dua aparatur sipil negara (ASN) yang diduga tidak netral pada Pemilu "
        "2019. Namun, tidak ada sanksi langsung yang dijatuhkan Bawaslu kepada kedua ASN tersebut.",
        [("violation_count", 2, "persons", "reported", "regional", "35.05", "pemilu", 2019)],
    ),
    # "pemilu legislatif" is the Pileg, "pemilu presiden" the Pilpres
    (
        "Panwaslu Kota Bontang menemukan tiga pegawai negeri sipil ikut aktif dalam kampanye akbar sebuah partai pada "
        "pemilu legislatif 2014.",
        [("violation_count", 3, "persons", "reported", "regional", "64.74", "pileg", 2014)],
    ),
    # a total whose next sentence says which kind most of it was ("paling banyak berupa kasus ASN"), or whose breakdown
    # goes "pertama ... pidana dan kedua ... netralitas ASN", is every kind's
    (
        "Bawaslu Provinsi Jawa Timur menyebut dugaan pelanggaran pada pemilihan gubernur 2018 sudah menembus 156 "
        "kasus. Pelanggaran tersebut paling banyak berupa kasus ASN dan kepala desa yang tidak netral.",
        [],
    ),
    (
        'Bawaslu Kabupaten Bungo menangani laporan dalam Pilkada 2024. "Ada dua dugaan pelanggaran yang masuk dalam '
        'laporan itu, pertama dugaan pelanggaran pidana dan kedua dugaan netralitas ASN," kata anggota Bawaslu.',
        [],
    ),
    # caught at it: "Panwaslu memergoki seorang PNS ..." is a finding, as "menemukan"
    (
        "Panitia Pengawas Pemilu Kota Tarakan memergoki seorang pegawai negeri sipil ikut aktif dalam kampanye akbar "
        "sebuah partai pada Pileg 2014.",
        [("violation_count", 1, "persons", "reported", "regional", "65.71", "pileg", 2014)],
    ),
    # both races of the general election named together ("Pilpres dan Pileg 2019") are the Pemilu
    (
        "Bawaslu Kabupaten Balangan menemukan tiga ASN yang tidak netral selama Pilpres dan Pileg 2019, kata ketuanya.",
        [("violation_count", 3, "persons", "reported", "regional", "63.11", "pemilu", 2019)],
    ),
    # the cases of contract workers of a state programme ("pendamping PKH") are not ASN's
    (
        "Bawaslu Kabupaten Pringsewu mencatat ada dua kasus pelanggaran netralitas pendamping program keluarga "
        "harapan (PKH) dan empat kasus pelanggaran netralitas ASN selama kampanye Pilkada 2020.",
        [("violation_count", 4, "cases", "reported", "regional", "18.10", "pilkada", 2020)],
    ),
    # a total "mulai dari pelanggaran protokol kesehatan hingga pelanggaran netralitas ASN" is of every kind
    (
        "Bawaslu mencatat ada 87 perkara yang ditemukan se-Jawa Timur mulai dari pelanggaran protokol kesehatan "
        "hingga pelanggaran netralitas ASN pada tahapan Pilkada 2020.",
        [],
    ),
    # A verdict of no violation in a joined clause ("dan diputuskan tidak melanggar") decides nothing against
    # the count: it was forwarded, no more.
    (
        "Pada Pemilu 2024, satu orang ASN dari Pemerintah Kabupaten Sumbawa sudah diteruskan ke KASN, dan "
        "diputuskan tidak melanggar asas netralitas.",
        [("violation_count", 1, "persons", "reported", "regional", "52.04", "pemilu", 2024)],
    ),
    # Reported to KASN because the reporter judged them not neutral ("karena dinilai tidak netral") is reported:
    # the judgement is the reason for the report, no decision.
    (
        "Hingga Senin, sudah delapan ASN dilaporkan Bawaslu Kabupaten Pinrang ke Komisi ASN karena dinilai tidak "
        "netral pada Pilkada 2024.",
        [("violation_count", 8, "persons", "reported", "regional", "73.15", "pilkada", 2024)],
    ),
    # Suspected of a violation because something was proven of them ("diduga melakukan pelanggaran netralitas karena
    # terbukti mendaftar sebagai bakal calon") is suspected: no decision on the violation.
    (
        "Pada Pilkada 2020 Bawaslu Kabupaten Tabalong memeriksa lima ASN. Kelima ASN itu diduga melakukan "
        "pelanggaran netralitas karena terbukti telah mendaftar sebagai bakal calon ke partai politik.",
        [("violation_count", 5, "persons", "reported", "regional", "63.09", "pilkada", 2020)],
    ),
    # What became of persons counted is said past the members named between commas ("Sebanyak empat ASN, di
    # antaranya Camat A, ..., dipanggil", "lima ASN, yakni ..., sudah direkomendasikan").
    (
        "Sebanyak empat ASN, di antaranya Pelaksana Tugas (Plt) Camat Mantangai, Camat Timpah, Lurah Hampatung, dan "
        "Lurah Dahirang, dipanggil Bawaslu Kabupaten Kapuas untuk klarifikasi pada Pilkada 2024. Di Kota Palangka "
        "Raya, lima ASN, yakni dua camat, dua lurah dan seorang guru, sudah direkomendasikan ke KASN.",
        [
            ("violation_count", 4, "persons", "reported", "regional", "62.03", "pilkada", 2024),
            ("violation_count", 5, "persons", "proven", "regional", "62.71", "pilkada", 2024),
        ],
    ),
    # A figure first said followed up ("menindaklanjuti 212 pelanggaran") and then decided as a part of the reports
    # ("Bawaslu memutuskan, 212 di antaranya merupakan pelanggaran") is one fact, proven.
    (
        "JAKARTA - Bawaslu telah menindaklanjuti 212 pelanggaran netralitas ASN pada Pilkada 2024. Menurut Ketua "
        'Bawaslu RI, angka itu berasal dari 300 dugaan pelanggaran yang diusut pihaknya. "Bawaslu memutuskan, 212 '
        'di antaranya merupakan pelanggaran dan 88 bukan pelanggaran," kata dia.',
        [
            ("violation_count", 300, "cases", "reported", "national", None, "pilkada", 2024),
            ("violation_count", 212, "cases", "proven", "national", None, "pilkada", 2024),
        ],
    ),
    # Handling that sorted violations from what is none ("Temuan dan laporan yang bukan pelanggaran sebanyak 10",
    # "33 yang termasuk pelanggaran dan 3 yang bukan termasuk pelanggaran") decides the violations it then counts
    # with no status word of their own ("Pelanggaran netralitas ASN sebanyak 6"); a "dugaan" before stays reported
    (
        "Bawaslu Provinsi Jambi menangani 30 temuan dan laporan dugaan pelanggaran Pilkada 2024. Temuan dan laporan "
        "yang merupakan dugaan pelanggaran netralitas ASN sebanyak 8. Temuan dan laporan yang bukan pelanggaran "
        'sebanyak 10. "Pelanggaran netralitas ASN sebanyak 6. Dan pelanggaran hukum lainnya sebanyak 4," katanya.',
        [
            ("violation_count", 8, "cases", "reported", "regional", "15", "pilkada", 2024),
            ("violation_count", 6, "cases", "proven", "regional", "15", "pilkada", 2024),
        ],
    ),
    (
        "Bawaslu Provinsi Jambi menerima 36 laporan dan temuan selama Pemilu 2024. Dari 36 laporan dan temuan itu, "
        "sebanyak 33 yang termasuk pelanggaran dan 3 yang bukan termasuk pelanggaran. Adapun 33 pelanggaran tersebut "
        "terdiri dari 27 pelanggaran administrasi, 5 pelanggaran netralitas ASN dan 1 pelanggaran hukum lainnya.",
        [("violation_count", 5, "cases", "proven", "regional", "15", "pemilu", 2024)],
    ),
    # "Fulan menjelaskan, dari jumlah tersebut, 455 di antaranya sudah diberikan rekomendasi ...": the reference to
    # the total opens what was said, and the part takes the total's noun from a few sentences back
    (
        "KASN mencatat 640 PNS diduga melakukan pelanggaran netralitas dalam Pilkada 2020. Angka itu merupakan "
        "rekapitulasi data yang terkumpul sampai Oktober. Ketua KASN Fulan menjelaskan, dari jumlah tersebut, 455 di "
        "antaranya sudah diberikan rekomendasi penjatuhan sanksi.",
        [
            ("violation_count", 640, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 455, "persons", "proven", "national", None, "pilkada", 2020),
        ],
    ),
    # "pelanggaran netralitas ASN mendominasi dengan 96 dari 214 kasus yang ditangani": the neutrality said of the
    # part, the total after "dari" is of every kind
    (
        "Di Provinsi Gorontalo pada Pilkada 2020, pelanggaran netralitas ASN mendominasi dengan 96 dari 214 kasus yang "
        "ditangani.",
        [("violation_count", 96, "cases", "reported", "regional", "75", "pilkada", 2020)],
    ),
    # A total of every kind not counted in the lead ("mendapati 76 kasus pelanggaran") is not counted when a quote
    # says it again a few sentences on ("kami menemukan 76 pelanggaran"); "9 kasus yang non ASN" are the others';
    # "Khusus untuk ASN semuanya sudah direkomendasikan" decides all the ASN's cases just counted
    (
        "Kupang, situs.com - Bawaslu NTT mendapati 76 kasus pelanggaran selama tahapan Pilkada 2020 di sembilan "
        "kabupaten. Kesembilan kabupaten itu ialah Kabupaten Alor, Ende dan Nagekeo. Komisioner Bawaslu NTT, Fulan, "
        'menyampaikan hal itu dalam rapat kerja bersama media. "Sepanjang tahapan Pilkada sampai hari ini, kami '
        'menemukan 76 pelanggaran," kata Fulan. Pelanggaran terbanyak adalah netralitas ASN yakni 48 kasus. Di luar '
        'itu ada 9 kasus yang non ASN dan pelanggaran kode etik 5 kasus. "Khusus untuk ASN semuanya sudah '
        'direkomendasikan ke Komisi ASN di Jakarta," jelas Fulan.',
        [("violation_count", 48, "cases", "proven", "regional", "53", "pilkada", 2020)],
    ),
    # "meminta Komisi Aparatur Sipil Negara (KASN) menjatuhkan sanksi kepada tiga orang pejabat": a sanction asked
    # for (the short name in brackets does not take the request out of reach), proven
    (
        "Bawaslu Provinsi Jambi meminta Komisi Aparatur Sipil Negara (KASN) menjatuhkan sanksi kepada tiga orang "
        "pejabat di lingkungan Pemprov Jambi karena tidak netral pada Pemilu 2019.",
        [("violation_count", 3, "persons", "proven", "regional", "15", "pemilu", 2019)],
    ),
    # "menerima tembusan surat Komisi ASN mengenai pemberian sanksi kepada 4 ASN": the commission's letter on the
    # sanction is its decision
    (
        "Ketua Bawaslu Kabupaten Bangli menyampaikan pihaknya telah menerima tembusan surat Komisi ASN mengenai "
        "pemberian sanksi kepada 4 ASN pada Pilkada 2020.",
        [("violation_count", 4, "persons", "proven", "regional", "51.06", "pilkada", 2020)],
    ),
    # "lima kasus dan semua direkomendasikan ke KASN": all of them recommended, proven; "9 kasus yang telah terpenuhi
    # unsur pelanggarannya" as "memenuhi unsur" (and "tidak terpenuhi unsur" dismisses)
    (
        "Bawaslu Sulsel mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2020. Kemudian, Kabupaten Jeneponto "
        "dengan lima kasus dan semua direkomendasikan ke KASN.",
        [("violation_count", 5, "cases", "proven", "regional", "73.04", "pilkada", 2020)],
    ),
    (
        "Bawaslu Gorontalo mencatat pelanggaran netralitas ASN pada Pilkada 2020. Sebanyak 9 kasus yang telah "
        "terpenuhi unsur pelanggarannya, hingga diteruskan ke Komisi ASN. Sebanyak 4 kasus lain tidak terpenuhi unsur "
        "pelanggarannya.",
        [("violation_count", 9, "cases", "proven", "regional", "75", "pilkada", 2020)],
    ),
    # (a reason given for reports not taken up, "karena bukan merupakan pelanggaran", sorts out no figures)
    (
        "Atas 2 (dua) laporan itu Bawaslu Kabupaten Blora tidak menindaklanjuti karena bukan merupakan pelanggaran "
        "pemilihan. Dari 14 kasus pada Pilkada 2020, sebanyak 6 (enam) kasus adalah pelanggaran netralitas yang "
        "dilakukan oleh ASN.",
        [("violation_count", 6, "cases", "reported", "regional", "33.16", "pilkada", 2020)],
    ),
    # "198 ASN terbukti melanggar dan dijatuhi sanksi, sedangkan 140 ASN ditindaklanjuti oleh PPK": the sanctions
    # given are the fewer the PPK followed up; the larger count is what was proven
    (
        "KASN mencatat 412 ASN dilaporkan melanggar netralitas secara nasional pada Pemilu 2024. Sebanyak 198 ASN "
        "terbukti melanggar dan dijatuhi sanksi, sedangkan 140 atau 70,7 persen ASN sudah ditindaklanjuti oleh PPK "
        "dengan penjatuhan sanksi.",
        [
            ("violation_count", 412, "persons", "reported", "national", None, "pemilu", 2024),
            ("violation_count", 198, "persons", "proven", "national", None, "pemilu", 2024),
            ("violation_count", 140, "persons", "sanctioned", "national", None, "pemilu", 2024),
        ],
    ),
]

WHAT_IS_COUNTED = [
    # ASN found not guilty past a "dari N laporan ..." aside ("240 ASN dari 1800 laporan pelanggaran yang masuk ke
    # KASN tidak terbukti melanggar") are dismissed; a case of a hamlet head ("seorang dukuh") is no ASN's.
    (
        "KASN mencatat 1.800 laporan pelanggaran netralitas ASN pada Pilkada 2020. Berikutnya, Fulan juga menyebut "
        "240 ASN dari 1800 laporan pelanggaran yang masuk ke KASN tidak terbukti melanggar netralitas.",
        [("violation_count", 1800, "cases", "reported", "national", None, "pilkada", 2020)],
    ),
    (
        "Bawaslu Kulon Progo menangani dugaan pelanggaran netralitas ASN pada Pilkada 2024. Ketua Bawaslu Kulon Progo, "
        "Fulan, menyebutkan satu laporan masuk ke Bawaslu Kulon Progo terkait dugaan pelanggaran oleh seorang dukuh di "
        "wilayah Girimulyo.",
        [],
    ),
    # A total whose parts follow a comma and name other people ("15 pelanggaran, 12 ASN dan 3 TNI") is no ASN count.
    (
        'Bawaslu Kabupaten Majene mencatat pelanggaran pada Pilkada 2020. "Jadi ada 15 pelanggaran, 12 ASN dan 3 TNI, '
        'beberapa di antaranya tercatat sejak tahapan sebelum korona," katanya.',
        [],
    ),
    # One of a group counted before, told of on its own ("... kedua ASN itu tidak sama. Seorang ASN ...", "Selain
    # AB, Bawaslu juga menelusuri seorang ASN ..."), is no count of its own ("Selain itu, ..." is "besides that").
    (
        "TEGAL - Bawaslu Kota Tegal sedang menangani dua kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. "
        "Menurut Fulan, bentuk pelanggaran kedua ASN itu tidak sama. Seorang ASN yang merupakan pegawai Pemkot Tegal "
        "terlibat ketidaknetralan di media sosial dengan memberi tanda suka pada unggahan salah satu pasangan calon.",
        [("violation_count", 2, "cases", "reported", "regional", "33.76", "pilkada", 2024)],
    ),
    # ... but one more ("Seorang ASN lain juga dilaporkan") is a count of its own
    (
        "Bawaslu Kota Tegal melaporkan dua ASN ke BKN pada Pilkada 2024. Keduanya guru. Seorang ASN lain di Dinas "
        "Kesehatan juga dilaporkan ke BKN.",
        [
            ("violation_count", 2, "persons", "reported", "regional", "33.76", "pilkada", 2024),
            ("violation_count", 1, "persons", "reported", "regional", "33.76", "pilkada", 2024),
        ],
    ),
    (
        "MATARAM - Bawaslu Lombok Tengah menelusuri dugaan keterlibatan dua ASN dalam deklarasi pasangan calon pada "
        "Pilkada 2024. Salah satunya berinisial AB, guru di Praya. Selain AB, Bawaslu Lombok Tengah juga menelusuri "
        "dugaan keterlibatan seorang ASN di Kecamatan Jonggat.",
        [("violation_count", 2, "persons", "reported", "regional", "52.02", "pilkada", 2024)],
    ),
    # A total broken down in the next sentence into other kinds of violation ("Yaitu pelanggaran kode etik,
    # pelanggaran administrasi ... yang salah satunya berkaitan dengan netralitas ASN") is of every kind; so is one
    # named again after a sentence that tells all ASN what to do ("semua ASN wajib menjaga netralitas" says no case
    # is an ASN's); complaints made twice ("tiga aduan dobel") are no cases.
    (
        "SEMARANG - Badan Pengawas Pemilu (Bawaslu) Jawa Tengah menyatakan sudah ada 14 pelanggaran yang ditangani. "
        "Yaitu pelanggaran kode etik, pelanggaran administrasi dan pelanggaran undang-undang lainnya yang salah "
        "satunya berkaitan dengan netralitas Aparatur Sipil Negara (ASN).",
        [],
    ),
    (
        "Bawaslu Kabupaten Belu sudah menangani lima kasus dugaan pelanggaran Pilkada 2020, baik temuan maupun "
        "pengaduan masyarakat. Berkaca dari lima kasus dugaan pelanggaran pilkada itu, kata Fulan, semua ASN wajib "
        "menjaga netralitas.",
        [],
    ),
    (
        'BKN mencatat 700 ASN dilaporkan tidak netral pada Pilkada 2020. "Datanya sudah diblokir BKN, dan tiga aduan '
        'dobel," terangnya.',
        [("violation_count", 700, "persons", "reported", "national", None, "pilkada", 2020)],
    ),
    # A part named with a total of every kind said paragraphs before ("9 dari 34 pelanggaran itu merupakan temuan")
    # is of every kind, and so are its own parts; "dibawah lima kasus" (as often written) is a bound, no count.
    (
        "Bawaslu Kabupaten Lebak Tindak 28 Pelanggaran Pilkada, Mayoritas Kasus Netralitas ASN\n\nBawaslu Kabupaten "
        "Lebak telah menindak 28 kasus pelanggaran selama tahapan Pilkada Kabupaten Lebak 2020.\n\nKetua Bawaslu "
        'mengatakan, kasus pelanggaran terbanyak adalah terkait netralitas ASN.\n\n"Yang paling rawan adalah '
        'netralitas ASN. Kasus netralitas ASN masih mendominasi," ujarnya.\n\nFulan mengatakan, 7 dari 28 '
        "pelanggaran itu merupakan temuan. Sedangkan 21 kasus lainnya adalah laporan masyarakat. Selebihnya dibawah "
        "lima kasus.",
        [],
    ),
    # A total of every kind ("perkara yang ditangani ... berjumlah 210 kasus"), its breakdown by source ("terdiri
    # atas temuan 150 kasus dan laporan 60 kasus") with it, before its neutrality part in the next sentence; a total
    # named again ("Angka itu terdiri atas ...") before its breakdown into other kinds; and the neutrality of the
    # staff of a welfare programme (PKH), who are no ASN.
    (
        "Bawaslu Provinsi Jambi mengevaluasi Pilkada 2020. Menurutnya, perkara yang ditangani Bawaslu Jambi selama "
        "Pilkada 2020 berjumlah 210 kasus, terdiri atas temuan sebanyak 150 kasus dan laporan sebanyak 60 kasus. "
        "Dari jumlah itu, 88 kasus terkait pelanggaran netralitas ASN.",
        [("violation_count", 88, "cases", "reported", "regional", "15", "pilkada", 2020)],
    ),
    (
        "Selama masa kampanye Pilkada 2020, Bawaslu Kabupaten Tulang Bawang sudah menangani 41 pelanggaran. Angka "
        "itu terdiri atas temuan langsung, laporan masyarakat, dan pelanggaran protokol kesehatan. Ketua Bawaslu "
        "menyebut ada dua kasus pelanggaran netralitas program keluarga harapan (PKH), enam kasus pelanggaran "
        "netralitas aparatur sipil negara (ASN), dan empat kasus bukan pelanggaran.",
        [("violation_count", 6, "cases", "reported", "regional", "18.05", "pilkada", 2020)],
    ),
    # A total named again after "dari" a sentence or two on and broken down into other kinds ("Dari 152 laporan
    # ini, 50 laporan pelanggaran administrasi ...") is of every kind.
    (
        "Bawaslu Sulawesi Tengah banyak menerima laporan dugaan pelanggaran Pilkada 2020. Yang paling banyak "
        "dilaporkan adalah isu netralitas aparatur sipil negara (ASN). Ketua Bawaslu Sulteng mengatakan, di "
        "sembilan kabupaten/kota yang menggelar Pilkada terdapat 152 perkara yang sedang ditangani. \u201c120 kasus "
        "merupakan temuan Bawaslu dan 32 laporan masyarakat. Dari 152 laporan ini, 50 laporan pelanggaran "
        "administrasi dan 12 pelanggaran kode etik,\u201d ujarnya. Dari jumlah laporan yang ditangani secara "
        "keseluruhan, setidaknya terdapat 41 pelanggaran terkait netralitas ASN.",
        [("violation_count", 41, "cases", "reported", "regional", "72", "pilkada", 2020)],
    ),
    # A rate ("setiap hari ada 30 laporan") counts nothing; a total of every kind whose largest part is said after it
    # ("sebanyak 350 dan yang tertinggi berkaitan dengan ASN dengan jumlah 180 orang") is no ASN count, its part is.
    (
        "KASN menyebutkan, setidaknya setiap hari ada 30 laporan terkait netralitas ASN dari seluruh Indonesia pada "
        "Pilkada 2020. Di Sulawesi Tengah, dugaan pelanggaran Pemilu sebanyak 350 dan yang tertinggi berkaitan "
        "dengan Aparatur Sipil Negara (ASN) dengan jumlah 180 orang.",
        [("violation_count", 180, "persons", "reported", "regional", "72", "pilkada", 2020)],
    ),
    # A count whose own words join another offence to the neutrality of ASN ("laporan terkait netralitas ASN dan
    # pengrusakan alat peraga kampanye") is a total of both; so is one "didominasi" by neutrality cases, with the
    # election named between ("dari 27 pelanggaran Pilkada itu didominasi ...").
    (
        "Bawaslu Kabupaten Bantaeng sudah menerima tujuh laporan terkait netralitas Aparatur Sipil Negara (ASN) dan "
        "pengrusakan Alat Peraga Kampanye selama masa kampanye Pilkada 2024. Menurut Fulanah, dari 27 pelanggaran "
        "Pilkada itu didominasi kasus netralitas ASN.",
        [],
    ),
    # A collective numeral counts heads of district as it counts ASN: "Kelima camat tersebut menerima sanksi".
    (
        "ATAMBUA - Kelima camat di Kabupaten Belu yang melanggar netralitas Aparatur Sipil Negara (ASN) pada Pilkada "
        "Belu tahun 2020 sudah dijatuhi sanksi sesuai rekomendasi Komisi ASN. Kelima camat tersebut menerima sanksi "
        "sedang berupa penurunan pangkat selama satu tahun.",
        [("violation_count", 5, "persons", "sanctioned", "regional", "53.04", "pilkada", 2020)],
    ),
    # "belum ada laporan ... ASN lain" says no other case came in besides the one told: no zero; "tidak hanya satu
    # temuan" says more than one: no count.
    (
        "Bawaslu Kabupaten Sanggau menangani satu ASN yang menjadi tim sukses paslon pada Pilkada 2024. Hingga kini, "
        "kata Yohanes, belum ada temuan maupun laporan dugaan pelanggaran netralitas ASN lain yang ditangani Bawaslu "
        'Kabupaten Sanggau. "Kami punya bukti, dan itu tidak hanya satu temuan kegiatan yang ada indikasi '
        'pelanggaran netralitas ASN," tegas dia.',
        [("violation_count", 1, "persons", "reported", "regional", "61.03", "pilkada", 2024)],
    ),
    # A round figure that rounds an exact count of the same place ("lebih dari 3.000 laporan" before "ada 3.127
    # pelanggaran", "hampir lewat dari seribu perkara" after "1.032 perkara") is the same figure said twice; a round
    # figure far from any exact one ("lebih dari 500") is a count of its own.
    (
        "Menurut Ketua KASN, pada Pilkada 2020 lalu KASN menerima lebih dari 3.000 laporan pelanggaran netralitas "
        'ASN secara nasional. "Pilkada 2020 ada 3.127 pelanggaran netralitas ASN," kata dia. Pelanggaran netralitas '
        "ASN pada Pemilu 2019 terjadi 1.032 perkara, hampir lewat dari seribu perkara. Pada Pilkada 2024 sudah "
        "lebih dari 500 laporan.",
        [
            ("violation_count", 3127, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 1032, "cases", "reported", "national", None, "pemilu", 2019),
            ("violation_count", 500, "cases", "reported", "national", None, "pilkada", 2024),
        ],
    ),
    # A total with no word of neutrality, then "Dan N diantaranya soal pelanggaran netralitas ASN": the total is of
    # every kind. (The part, whose kind only its own words name, is not read yet.)
    (
        "Bawaslu Kabupaten Lebak mencatat temuan dan laporan yang masuk selama Pilkada 2024 mencapai 48. Dan 29 "
        "diantaranya soal pelanggaran netralitas ASN.",
        [],
    ),
    # What reports of violations reached ("laporan pelanggaran netralitas ASN ... menyentuh 1.870 ASN") are violators,
    # no workforce; the top kinds of a ranking ("Lima pelanggaran ... tertinggi adalah ...") are named, not counted;
    # a total ", khusus netralitas ASN sekitar 610 kasus" is of every kind, the part is the ASN's.
    (
        "KASN menyebut laporan pelanggaran netralitas ASN pada Pilkada 2020 menyentuh 1.870 ASN.",
        [("violation_count", 1870, "persons", "reported", "national", None, "pilkada", 2020)],
    ),
    (
        "KASN merilis data pelanggaran netralitas ASN pada Pilkada 2020. Empat pelanggaran netralitas ASN tertinggi "
        "adalah kampanye di media sosial, mendekati partai, menghadiri deklarasi, dan foto bersama calon.",
        [],
    ),
    (
        "Bawaslu mencatat pada Pemilu 2019 dari 1.350 kejadian pelanggaran, khusus netralitas ASN sekitar 610 kasus.",
        [("violation_count", 610, "cases", "reported", "national", None, "pemilu", 2019)],
    ),
    # Cases of "pejabat desa" (village officials, no civil servants) are others'.
    (
        "Bawaslu Kabupaten Kaur mengungkap lima dugaan pelanggaran yang melibatkan beragam pihak, dari pejabat desa "
        "sampai pegawai honorer pada Pilkada 2024.",
        [],
    ),
    # What a law says of "seorang ASN" ("Dalam PP Nomor 53 Tahun 2010 disebutkan bahwa seorang ASN yang diduga ...
    # dipanggil") is said of anyone: no count.
    (
        "Bawaslu Kalimantan Tengah menangani lima ASN pada Pilkada 2020. Dalam PP Nomor 94 Tahun 2021 tentang Disiplin "
        "PNS disebutkan bahwa seorang ASN yang diduga melakukan pelanggaran lebih dahulu dipanggil secara tertulis.",
        [("violation_count", 5, "persons", "reported", "regional", "62", "pilkada", 2020)],
    ),
    # The election's acronym in brackets after its long name with the deputy's office ("Pemilihan Bupati dan Wakil
    # Bupati (Pilbup) A 2024") is part of the name, and so is its year: no count of 2024.
    (
        "Fulan menjelaskan, dari hasil pemeriksaan Bawaslu Kabupaten Ngawi, ketiga ASN tersebut dinyatakan terbukti "
        "melakukan pelanggaran, yaitu mendukung salah satu pasangan calon pada Pemilihan Bupati dan Wakil Bupati "
        "(Pilbup) Ngawi 2024.",
        [("violation_count", 3, "persons", "proven", "regional", "35.21", "pilkada", 2024)],
    ),
    # "Di luar N dugaan pelanggaran yang sudah ditangani, ... juga menangani dugaan pelanggaran netralitas ASN": set
    # beside the ASN's cases, as "Selain N ...", the N are others'.
    (
        "Bawaslu Kota Madiun menangani dugaan pelanggaran pada Pilkada 2024. Di luar lima dugaan pelanggaran yang "
        "sudah ditangani, Bawaslu Kota Madiun juga menangani dugaan pelanggaran netralitas ASN.",
        [],
    ),
    # Counts that go on from a sentence naming the cases of ASN neutrality, past a sentence with no figure between
    # ("... netralitas ASN pada Pilkada 2024. Perkara itu sebagian berasal dari laporan warga. Yang masih berproses
    # ada 3 kasus, ..."), are of those cases.
    (
        "Bawaslu Kota Tomohon menangani dugaan pelanggaran netralitas ASN pada Pilkada 2024. Perkara itu sebagian "
        "berasal dari laporan warga. Yang masih berproses ada 3 kasus dugaan pelanggaran, sedangkan yang sudah "
        "direkomendasikan ke BKN 7 kasus.",
        [
            ("violation_count", 3, "cases", "reported", "regional", "71.73", "pilkada", 2024),
            ("violation_count", 7, "cases", "proven", "regional", "71.73", "pilkada", 2024),
        ],
    ),
    # Persons summoned whom a sentence after splits into suspects and witnesses are no count of violators; the
    # suspects are.
    (
        "Bawaslu Kabupaten Agam memanggil sembilan orang ASN aktif. Pemanggilan itu terkait dugaan pelanggaran "
        "netralitas pada Pilkada 2024. Ketua Bawaslu Agam mengatakan sebanyak 6 orang diduga melakukan pelanggaran "
        "dan 3 orang lainnya dipanggil sebagai saksi.",
        [("violation_count", 6, "persons", "reported", "regional", "13.06", "pilkada", 2024)],
    ),
    # Complaints set "di luar" (outside) the ASN's neutrality are the others'.
    (
        "Bawaslu Kabupaten Sampang menerima tiga laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Di luar "
        "netralitas ASN itu, Bawaslu juga menerima dua pengaduan di Kabupaten Pamekasan.",
        [("violation_count", 3, "cases", "reported", "regional", "35.27", "pilkada", 2024)],
    ),
    # Persons "diduga tidak netral" right after a count of ASN who took part are ASN too, even unnamed; the village
    # officials counted next are not.
    (
        "Beberapa kabupaten menonjol, di antaranya Kabupaten Alor, sebanyak 12 ASN terlibat. Dari 22 kabupaten/kota di "
        "NTT, ditemukan 40 orang terlibat dan diduga tidak netral pada Pilkada 2024. Perangkat desa yang terlibat "
        "didata sebanyak 9 orang.",
        [
            ("violation_count", 12, "persons", "reported", "regional", "53.05", "pilkada", 2024),
            ("violation_count", 40, "persons", "reported", "regional", "53", "pilkada", 2024),
        ],
    ),
    # Cases of another kind the next sentence says are the ASN's ("Kedua laporan itu berkaitan dengan indikasi ASN
    # ikut kegiatan kampanye") count; said not to involve them ("tidak melibatkan ASN"), they do not.
    (
        "Selama masa kampanye Pemilu 2019, baru ada tiga laporan pelanggaran kampanye yang masuk ke Bawaslu Kabupaten "
        "Jombang. Ketua Bawaslu Jombang menjelaskan ketiga laporan itu berkaitan dengan indikasi ASN ikut kegiatan "
        "kampanye. Di Kabupaten Nganjuk ada dua laporan pelanggaran kampanye. Kedua laporan itu tidak melibatkan ASN.",
        [("violation_count", 3, "cases", "reported", "regional", "35.17", "pemilu", 2019)],
    ),
    # "belum ada menemukan ASN yang terlibat": none found so far, the verb said after "ada".
    (
        "Bawaslu Kabupaten Bangli mengaku sampai saat ini belum ada menemukan ASN yang terlibat politik praktis pada "
        "Pilkada 2024.",
        [("violation_count", 0, "persons", "reported", "regional", "51.06", "pilkada", 2024)],
    ),
    # A zero hoped for "kalau bisa" (if it can be) is the target, no mere possibility, even with no word of a target.
    (
        "Bawaslu Kabupaten Barru terus menggelar sosialisasi netralitas ASN. Sehingga pada Pilkada 2024 pelanggaran "
        "oleh ASN kalau bisa zero pelanggaran.",
        [("violation_count", 0, "cases", "target", "regional", "73.11", "pilkada", 2024)],
    ),
    # "dugaan pelanggaran dua ASN": the violations are theirs.
    (
        "Sentra Gakkumdu Kabupaten Sidenreng Rappang mulai membahas dugaan pelanggaran tiga ASN pada Pemilu 2024.",
        [("violation_count", 3, "persons", "reported", "regional", "73.14", "pemilu", 2024)],
    ),
    # A count right after a sentence that names the cases of ASN neutrality, with no figure of its own ("Bawaslu A
    # menjelaskan pelanggaran netralitas ASN pada Pilkada 2020. Ada 4 rekomendasi yang telah disampaikan ke KASN."),
    # counts them.
    (
        "Bawaslu Kabupaten Mukomuko menjelaskan pelanggaran netralitas ASN pada Pilkada 2020. Ada 4 rekomendasi yang "
        "telah disampaikan ke KASN.",
        [("violation_count", 4, "cases", "proven", "regional", "17.06", "pilkada", 2020)],
    ),
    # ASN described by a long relative clause before their number ("yang sudah dijatuhi sanksi oleh Pejabat Pembina
    # Kepegawaian (PPK) di masing-masing daerah ada 47 ASN") are violators with its status.
    (
        "SEMARANG - Bawaslu Jawa Tengah mencatat kasus netralitas ASN pada Pilkada 2020 tersebar di berbagai "
        'kabupaten kota. "Sementara yang sudah dijatuhi sanksi oleh Pejabat Pembina Kepegawaian (PPK) di '
        'masing-masing daerah ada 47 ASN," ucap Fulan.',
        [("violation_count", 47, "persons", "sanctioned", "regional", "33", "pilkada", 2020)],
    ),
    # No letters of resignation received yet ("belum menerima laporan pengunduran diri PNS yang hendak maju") is no
    # zero of violations.
    (
        'Kampar - KPU Kabupaten Kampar mengingatkan calon yang berstatus PNS pada Pilkada 2024. "Sejauh ini kami '
        'belum menerima laporan pengunduran diri PNS yang hendak maju sebagai calon kepala daerah," kata dia.',
        [],
    ),
    # A count set beside the ASN's cases ("Selain keterlibatan oknum ASN, ada empat temuan ...") is the others'.
    (
        "Bawaslu Kabupaten Ponorogo melaporkan lima ASN ke Komisi ASN pada Pilkada 2020. Selain keterlibatan oknum "
        "ASN, ada enam temuan pelanggaran yang dicatat Bawaslu Ponorogo selama masa kampanye.",
        [("violation_count", 5, "persons", "reported", "regional", "35.02", "pilkada", 2020)],
    ),
    # An ASN who "menjalani pemeriksaan" (is examined) over a case is a violator reported, the date of it between.
    (
        "Seorang ASN berinisial AB menjalani pemeriksaan di Bawaslu Empat Lawang, Selasa (10/9/2024), terkait dugaan "
        "ketidaknetralan pada Pilkada 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "16.11", "pilkada", 2024)],
    ),
    # The year of a law written with a slash ("UU No 20/2023 pegawai ASN") is no headcount; Bawaslu "melakukan
    # klarifikasi" of persons questions them about a case.
    (
        "Pada Pilkada 2024, Bawaslu Kabupaten Kolaka Timur melakukan klarifikasi dua aparatur sipil negara. Pasal 24 "
        "UU No 20/2023 pegawai ASN wajib menjaga netralitas.",
        [("violation_count", 2, "persons", "reported", "regional", "74.11", "pilkada", 2024)],
    ),
    # Persons made up of ASN and others ("yang terdiri dari ASN dan anggota DPRD", "terdiri atas ASN dan kepala
    # desa") are no count of ASN.
    (
        "Bawaslu Kabupaten Sanggau memanggil dua ASN pada Pilkada 2024. Pemanggilan berikutnya untuk enam terlapor "
        "lainnya, yang terdiri dari ASN dan anggota DPRD. Di Kabupaten Sintang, Bawaslu memeriksa sembilan terlapor, "
        "terdiri atas ASN dan kepala desa.",
        [("violation_count", 2, "persons", "reported", "regional", "61.03", "pilkada", 2024)],
    ),
    # A count set beside the neutrality cases ("Selain empat dugaan pelanggaran yang sudah ditangani, ... juga
    # menangani dugaan pelanggaran netralitas ASN") counts the others.
    (
        "Selain tujuh dugaan pelanggaran yang sudah ditangani, Bawaslu Kota Batu juga menangani dugaan pelanggaran "
        "netralitas ASN pada Pilkada 2024.",
        [],
    ),
    # "Enam pejabat Pemkab A, termasuk Sekda, dilaporkan": the aside does not part the officials from what was done
    # of them; "Sekda dan 5 Pejabat" (a title) counts the rest of a group whose first is named, not the group.
    (
        "Sekda dan 4 Pejabat di Kabupaten Tuban Dilaporkan ke Bawaslu\n\nTUBAN - Lima pejabat Pemkab Tuban, "
        "termasuk Sekda, dilaporkan warga ke Bawaslu Kabupaten Tuban karena diduga tidak netral dalam Pilkada 2024.",
        [("violation_count", 5, "persons", "reported", "regional", "35.23", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kabupaten Tuban menemukan tiga oknum camat dan empat ASN yang diduga melanggar netralitas ASN dalam "
        "Pilkada 2024.",
        [
            ("violation_count", 3, "persons", "reported", "regional", "35.23", "pilkada", 2024),
            ("violation_count", 4, "persons", "reported", "regional", "35.23", "pilkada", 2024),
        ],
    ),
    # A total whose part, with no figure of its own, is the ASN's ("Ada 30 laporan, baik laporan, temuan hingga
    # penelusuran informasi, di antaranya soal keterlibatan ASN") counts every kind, and so does its part handled.
    (
        'Bawaslu Ciamis menerima laporan pelanggaran Pilkada 2024. "Ada 30 laporan, baik laporan, temuan hingga '
        'penelusuran informasi, di antaranya soal keterlibatan ASN," kata Ketua Bawaslu Ciamis. Dari 30 laporan '
        "itu, 19 di antaranya sudah ditindaklanjuti.",
        [],
    ),
    # The government's staff who are no civil servants ("pegawai tidak tetap (PTT)", "tenaga honorer"), and the
    # neutrality of the election's own officers ("netralitas penyelenggara"), are no ASN counts.
    (
        "Bawaslu Belitung menyebut 6 ASN diduga melanggar netralitas pada Pilkada 2020 dan sudah diteruskan ke KASN. "
        "Dugaan pelanggaran oleh pegawai tidak tetap (PTT) juga sudah diteruskan ke BKPSDM sejumlah tiga orang. "
        "Sedangkan untuk netralitas penyelenggara ada empat dugaan pelanggaran di tingkat adhoc kecamatan.",
        [("violation_count", 6, "persons", "reported", "regional", "19.02", "pilkada", 2020)],
    ),
    # "Neutrality" in a story that never names ASN is someone else's (the police's and the army's here): no report
    # yet is no zero of ASN cases.
    (
        "Malang – Kapolres Malang meninjau Posko Netralitas TNI-Polri di alun-alun kota, Rabu (6/11/2024). Ia "
        "menegaskan pentingnya netralitas anggota TNI dan Polri pada Pilkada 2024. Meski belum ada laporan terkait "
        "netralitas, ia meminta netralitas aparat dijaga.",
        [],
    ),
    # Candidates who have not yet handed in their letters of resignation from the civil service are no zero of
    # candidates related to ASN.
    (
        "Sampai hari ini belum ada satu pun calon yang menyerahkan surat pengunduran diri dari PNS untuk Pilkada "
        "2017, kata anggota KPU Kabupaten Lampung Timur.",
        [],
    ),
    # A count of cases whose part ("... diantaranya dua ASN dan tiga kepala desa") names others than ASN counts them
    # all: the ASN of the part are the count; "empat di antaranya melibatkan ASN" is the part itself.
    (
        "LABUHA – Bawaslu Kabupaten Halmahera Timur mengatakan dari sembilan kasus itu enam kasus memenuhi unsur dan "
        "sudah dikeluarkan rekomendasi diantaranya empat ASN dan dua kepala desa pada Pilkada 2024.",
        [("violation_count", 4, "persons", "proven", "regional", "82.06", "pilkada", 2024)],
    ),
    # "oknum" (a wrongdoer) before the numeral, as after it, says the person counted is a violator.
    (
        "ASN Jadi Pembawa Acara Kampanye\n\nSAMPIT – Ketua Bawaslu Kabupaten Kotawaringin Timur mengatakan oknum "
        "seorang ASN di lingkup Pemkab Kotawaringin Timur menjadi pembawa acara kampanye Pemilu 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "62.02", "pemilu", 2024)],
    ),
    # The civil servants a violation was done by ("pelanggaran netralitas yang dilakukan tiga ASN") are its
    # violators, as after "oleh".
    (
        "BANTAENG – Bawaslu Kabupaten Bantaeng sedang memproses dugaan pelanggaran netralitas yang dilakukan empat "
        "Aparatur Sipil Negara (ASN) di lingkungan pemkab setempat pada Pilkada 2024.",
        [("violation_count", 4, "persons", "reported", "regional", "73.03", "pilkada", 2024)],
    ),
    # Civil servants questioned as witnesses ("sebagai saksi") are no violators; those suspected are.
    (
        "Bawaslu Kabupaten Bekasi memeriksa 3 ASN sebagai saksi dalam kasus netralitas camat pada Pilkada 2024. "
        "Bawaslu juga memeriksa 2 ASN yang diduga tidak netral.",
        [("violation_count", 2, "persons", "reported", "regional", "32.16", "pilkada", 2024)],
    ),
    # A figure in a spoken quote, hedged ("jika tidak salah") and followed by a particle ("ya"), after "lebih dari"
    # and the noun it counts: the reports, nationally; "tidak salah" is no "salah satu".
    (
        "Bawaslu RI: Laporan Netralitas ASN Meningkat\n\nJAKARTA - Ketua Bawaslu RI mengatakan pelanggaran netralitas "
        'ASN lebih banyak di Pilkada 2024. "Jumlah aduan kini lebih dari jika tidak salah 270 ya, semuanya kami '
        'tangani," katanya.',
        [("violation_count", 270, "cases", "reported", "national", None, "pilkada", 2024)],
    ),
    (
        'Ketua Bawaslu RI mengatakan pada Pemilu 2024: "Laporan dugaan pelanggaran netralitas ASN sudah lebih dari '
        '180," katanya.',
        [("violation_count", 180, "cases", "reported", "national", None, "pemilu", 2024)],
    ),
    # A total of civil servants ("total terdapat 44 ASN di Kabupaten A,") followed by what became of them is a
    # count of violators, not a workforce.
    (
        "Pada Pilkada 2020 total terdapat 44 ASN di Kabupaten Banjarnegara, yang direkomendasikan KASN untuk dijatuhi "
        "sanksi.",
        [("violation_count", 44, "persons", "proven", "regional", "33.04", "pilkada", 2020)],
    ),
    # Civil servants passed on to the body that decides ("11 ASN, semuanya sudah diteruskan kepada KASN") are
    # violators, as the conventions' "dilaporkan ke KASN": reported.
    (
        "Bawaslu Sulawesi Selatan merinci pelanggaran netralitas ASN pada Pilkada 2020. Luwu Utara: 11 ASN, semuanya "
        "sudah diteruskan kepada KASN. Maros: 5 ASN, semuanya sudah diteruskan kepada KASN.",
        [
            ("violation_count", 11, "persons", "reported", "regional", "73.22", "pilkada", 2020),
            ("violation_count", 5, "persons", "reported", "regional", "73.09", "pilkada", 2020),
        ],
    ),
    # Civil servants named in full as "pegawai negeri sipil (PNS)" are one noun, and what is said after it is said
    # of them ("yang diketahui tidak netral"); "anggota ASN" are ASN.
    (
        "Bawaslu Jawa Timur mencatat pada Pemilu 2019 ada 38 pegawai negeri sipil (PNS) yang diketahui tidak netral. "
        "Bawaslu Kota Tomohon menindak 6 anggota ASN yang diduga melanggar netralitas.",
        [
            ("violation_count", 38, "persons", "reported", "regional", "35", "pemilu", 2019),
            ("violation_count", 6, "persons", "reported", "regional", "71.73", "pemilu", 2019),
        ],
    ),
    # A head of region who suspends ("memberhentikan sementara") civil servants has sanctioned them: "sementara"
    # after the verb is "for a time", no clause break.
    (
        "Gubernur Sulawesi Utara memberhentikan sementara 12 ASN Pemprov pada Pilkada 2024.",
        [("violation_count", 12, "persons", "sanctioned", "regional", "71", "pilkada", 2024)],
    ),
    # The violations named before the number are theirs: "dugaan pelanggaran netralitas 14 ASN".
    (
        "Laporan itu memuat dugaan pelanggaran netralitas 14 ASN di Kabupaten Minahasa pada Pilkada 2024.",
        [("violation_count", 14, "persons", "reported", "regional", "71.02", "pilkada", 2024)],
    ),
    # Places spread over ("dari beberapa kota dan kabupaten di Sulawesi Utara,") are an aside before what is said
    # of the persons.
    (
        "Sebanyak 19 orang ASN dari beberapa kota dan kabupaten di Sulawesi Utara, dinilai tidak netral pada Pilkada "
        "2020.",
        [("violation_count", 19, "persons", "proven", "regional", "71", "pilkada", 2020)],
    ),
    # Counts of officials joined by "dan" share the verb after the last ("dua camat dan satu kepala bidang
    # terbukti"), with or without "yang" before it.
    (
        "Bawaslu Kabupaten Tegal mencatat pada Pilkada 2024 ada dua camat dan satu kepala bidang dinyatakan terbukti "
        "tidak netral.",
        [
            ("violation_count", 2, "persons", "proven", "regional", "33.28", "pilkada", 2024),
            ("violation_count", 1, "persons", "proven", "regional", "33.28", "pilkada", 2024),
        ],
    ),
    # ... from the first word of it ("dinyatakan melanggar": proven); a village head is no ASN.
    (
        "Tiga oknum ASN serta seorang kepala desa dari Kabupaten Bangli dinyatakan melanggar netralitas pada Pilkada "
        "2024.",
        [("violation_count", 3, "persons", "proven", "regional", "51.06", "pilkada", 2024)],
    ),
    # Candidates on a list of whom some are civil servants named in full ("dari sembilan bakal calon, lima orang
    # masih berstatus pegawai negeri sipil") are related candidates.
    (
        "Pada Pilkada 2020 di Kabupaten Manggarai, dari sembilan bakal calon, lima orang masih berstatus pegawai "
        "negeri sipil.",
        [("related_candidates", 5, "persons", None, "regional", "53.10", "pilkada", 2020)],
    ),
    # The same persons given a second name ("lima PNS atau ASN") are one count, and what follows the second name
    # (past a place as an aside) is said of them.
    (
        "Lima PNS atau ASN di Kabupaten Lombok Tengah, Nusa Tenggara Barat, dinyatakan terbukti tidak netral pada "
        "Pemilu 2019.",
        [("violation_count", 5, "persons", "proven", "regional", "52.02", "pemilu", 2019)],
    ),
    # Persons whose name is misspelt in full or left to its acronym in brackets ("14 orang Aparatr Sipil Negara
    # (ASN)", "300 orang (ASN)") are civil servants.
    (
        "Sebanyak 14 orang Aparatr Sipil Negara (ASN) di Kabupaten Dompu dinyatakan tidak netral pada Pilkada 2020.",
        [("violation_count", 14, "persons", "proven", "regional", "52.05", "pilkada", 2020)],
    ),
    (
        "Bawaslu RI mencatat kurang lebih 300 orang (ASN) yang melakukan pelanggaran pada Pemilu 2024.",
        [("violation_count", 300, "persons", "reported", "national", None, "pemilu", 2024)],
    ),
    # What a body does to the persons, said before them: "memroses" (the spelling without its p), "meminta
    # keterangan", a suspected violation "bagi" them.
    (
        "Bawaslu Kabupaten Sikka memroses 6 ASN dalam Pilkada 2024. Di Kabupaten Ende, "
        "pengawas meminta keterangan dua ASN. Bawaslu Kabupaten Ngada menangani dugaan pelanggaran netralitas bagi "
        "11 orang ASN.",
        [
            ("violation_count", 6, "persons", "reported", "regional", "53.07", "pilkada", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "53.08", "pilkada", 2024),
            ("violation_count", 11, "persons", "reported", "regional", "53.09", "pilkada", 2024),
        ],
    ),
    # A place's words do not use up the clause that says what became of the persons: "26 ASN di empat kabupaten dan
    # kota di Provinsi Kepulauan Bangka Belitung sudah direkomendasikan".
    (
        "Sebanyak 26 ASN di empat kabupaten dan kota di Provinsi Kepulauan Bangka Belitung sudah direkomendasikan ke "
        "KASN pada Pemilu 2024.",
        [("violation_count", 26, "persons", "proven", "regional", "19", "pemilu", 2024)],
    ),
    # Counts of officials joined by commas and "dan" share what the clause closing them says ("dua camat, empat
    # PNS, dan satu kepala desa yang menurut hasil kajian terbukti"); a village head is no ASN.
    (
        "Bawaslu Kabupaten Tanggamus menyatakan ada dua camat, empat PNS, dan satu kepala desa yang menurut hasil "
        "kajian pengawas terbukti tidak netral pada Pilkada 2024.",
        [
            ("violation_count", 2, "persons", "proven", "regional", "18.06", "pilkada", 2024),
            ("violation_count", 4, "persons", "proven", "regional", "18.06", "pilkada", 2024),
        ],
    ),
    # Officials named with the government they serve, then "yang" and their violation ("empat pejabat pemerintah
    # Provinsi Jambi yang terbukti tidak netral"), are counted; a "yang" after a place ("di dinas yang ...")
    # speaks of the place.
    (
        "JAMBI - Empat pejabat pemerintah Provinsi Jambi yang terbukti tidak netral pada Pemilu 2019 belum juga "
        "dijatuhi hukuman oleh gubernur.",
        [("violation_count", 4, "persons", "proven", "regional", "15", "pemilu", 2019)],
    ),
    # Civil servants found giving their support to a candidate ("memberikan dukungannya kepada salah satu
    # kandidat") did what ASN may not; support for a programme is no offence (and the count a headcount).
    (
        "Bawaslu Kabupaten Nunukan memeriksa dukungan bakal calon anggota DPD pada Pemilu 2024. Hasilnya, ada "
        "temuan 9 PNS yang memberikan dukungannya kepada salah satu kandidat. Ada pula 5.000 PNS yang memberikan "
        "dukungan untuk program vaksinasi.",
        [
            ("violation_count", 9, "persons", "reported", "regional", "65.03", "pemilu", 2024),
            ("asn_headcount", 5000, "persons", None, "regional", "65.03", "pemilu", 2024),
        ],
    ),
    # The noun a reporter adds in brackets after a spoken number ("tercatat 7 (kasus)") is what it counts.
    (
        "Menurut Bawaslu, di Kabupaten Minahasa Utara tercatat 7 (kasus) soal netralitas ASN selama Pemilu 2024.",
        [("violation_count", 7, "cases", "reported", "regional", "71.06", "pemilu", 2024)],
    ),
    # Officials a case involves ("satu kasus di antaranya melibatkan 14 camat") are ASN in violation.
    (
        "Dari laporan yang masuk ke Bawaslu Kabupaten Bekasi pada Pilkada 2024, satu kasus di antaranya melibatkan "
        "14 camat dan seorang kepala desa.",
        [("violation_count", 14, "persons", "reported", "regional", "32.16", "pilkada", 2024)],
    ),
    # "angka" before a number and its cases ("dari angka 150 pelanggaran ASN") is the figure of them, not a label
    # ("simbol angka 2").
    (
        "Ketua Bawaslu Sultra mengatakan dari angka 150 pelanggaran ASN se-Sulawesi Tenggara pada Pilkada 2018, "
        "sudah 90 persen yang direkomendasikan ke KASN. Seorang camat juga berpose dengan simbol angka 2.",
        [("violation_count", 150, "cases", "reported", "regional", "74", "pilkada", 2018)],
    ),
    # The part of a figure too loosely tied to the story to be recorded (every kind of offence, no place of its
    # own: "ada 14 kasus, enam di antaranya dari Kota A") is not recorded either.
    (
        "Pelanggaran Pilkada 2024 yang ditangani panwas beragam, meliputi politik uang, netralitas ASN dan kampanye "
        "di luar jadwal. Secara keseluruhan yang sudah dilaporkan ada 14 kasus, enam di antaranya dari Kota "
        "Cimahi.",
        [],
    ),
    # Neutrality cases of everyone, of which a part is said to be ASN's ("9 kasus netralitas pemilu ..., 4 di
    # antaranya dilakukan oleh ASN"): the part is the ASN count, the total is not.
    (
        "Bawaslu Kampar mencatat sebanyak 9 kasus netralitas sepanjang tahun 2023, 4 di antaranya pelakunya "
        "aparatur sipil negara, menjelang Pemilu 2024.",
        [("violation_count", 4, "cases", "reported", "regional", "14.01", "pemilu", 2024)],
    ),
    # Officials counted as persons by their title ("dua orang camat") are ASN, as "dua camat" are.
    (
        "Dugaan keterlibatan dua orang camat dalam Pilkada 2018 tengah diselidiki Panwaslu Kabupaten Sigi.",
        [("violation_count", 2, "persons", "reported", "regional", "72.10", "pilkada", 2018)],
    ),
    # The noun written in full in brackets after it ("20 ASN (Aparatur Sipil Negara) dari ...") does not end the
    # clause that says what the count is.
    (
        "Menurut Bawaslu, 20 ASN (Aparatur Sipil Negara) dari belasan daerah se-Jawa Timur yang diduga "
        "tidak netral dalam Pilkada 2020 sedang ditangani.",
        [("violation_count", 20, "persons", "reported", "regional", "35", "pilkada", 2020)],
    ),
    # ASN questioned over a suspected violation ("terkait dugaan pelanggaran netralitas") are reported, though
    # counted after "dari".
    (
        "Pada Pilkada 2020 Bawaslu Kabupaten Sigi meminta penjelasan dari dua orang ASN terkait dugaan "
        "pelanggaran netralitas.",
        [("violation_count", 2, "persons", "reported", "regional", "72.10", "pilkada", 2020)],
    ),
    # Officials counted by title who did what ASN may not ("yang ikut dukung pasangan calon") are ASN in
    # violation; not one detailed by where they serve ("seorang kepala bidang di dinas yang ikut memasang ...").
    (
        "Pada Pilkada 2020 di Kota Palu, tujuh kepala dinas Pemkot yang ikut dukung kandidat dicatat Bawaslu.",
        [("violation_count", 7, "persons", "reported", "regional", "72.71", "pilkada", 2020)],
    ),
    # ASN found registering as candidates ("Mendaftar Jadi Bakal Caleg") stand for office: no violation count.
    (
        "Di Kota Palu, 5 ASN Masih Aktif Ikut Mendaftar Jadi Bakal Caleg Pemilu 2019",
        [("related_candidates", 5, "persons", None, "regional", "72.71", "pileg", 2019)],
    ),
    # Cases told as outside neutrality ("Di luar netralitas ada 83 pelanggaran") are the others.
    (
        "Bawaslu Jawa Timur menangani 28 kasus netralitas ASN pada Pilkada 2020. Di luar netralitas ada 83 "
        "pelanggaran.",
        [("violation_count", 28, "cases", "reported", "regional", "35", "pilkada", 2020)],
    ),
    # ASN whose involvement is told ("keterlibatan tiga orang ASN") are those found involved.
    (
        "Bawaslu Kabupaten Sigi mengungkap keterlibatan salah satu ASN yang bertugas sebagai camat pada Pilkada 2017.",
        [("violation_count", 1, "persons", "reported", "regional", "72.10", "pilkada", 2017)],
    ),
    # ASN asked for a clarification ("diminta klarifikasi") are questioned over a violation: reported.
    (
        "Dalam masa kampanye Pilkada 2020, baru dua oknum ASN di Kabupaten Sigi yang oleh Bawaslu diminta klarifikasi.",
        [("violation_count", 2, "persons", "reported", "regional", "72.10", "pilkada", 2020)],
    ),
    # The election's violations said to be all ASN's ("dan semuanya adalah ASN") are neutrality cases.
    (
        "Selama Pemilu 2019 Bawaslu Kabupaten Sigi menangani enam pelanggaran pemilu dan semuanya adalah ASN.",
        [("violation_count", 6, "cases", "reported", "regional", "72.10", "pemilu", 2019)],
    ),
    # Cases of another offence ("pelanggaran pidana", "tindak pidana") told after the neutrality cases are not
    # theirs.
    (
        "Bawaslu Kabupaten Sigi mencatat 8 kasus netralitas ASN pada Pilkada 2020. Adapun pelanggaran pidana "
        "pemilihan, dua kasus telah diputus oleh hakim.",
        [("violation_count", 8, "cases", "reported", "regional", "72.10", "pilkada", 2020)],
    ),
    # A bound ("kurang dari 6 orang") counts nobody.
    (
        "Peta kerawanan KASN punya tiga warna. Warna hijau untuk 11 provinsi yang ASN terlapornya karena "
        "melanggar netralitas kurang dari 6 orang.",
        [],
    ),
    # What a sentence says after a part of all candidates and their long description is said of the part.
    (
        "KPU Kabupaten Sigi menemukan sebanyak 10 dari 260 bakal caleg yang diajukan belasan partai untuk Pemilu "
        "2019 di Kabupaten Sigi ternyata masih berstatus ASN.",
        [("related_candidates", 10, "persons", None, "regional", "72.10", "pileg", 2019)],
    ),
    # Reports counted at a stage of their registration are parts of the total, and those not (yet) registered no
    # case; a count whose own clause names neutrality is one, registered or not said.
    (
        "Bawaslu RI menerima 60 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Sebanyak 41 laporan "
        "telah diregistrasi oleh Bawaslu, 12 tidak diregister dan 7 laporan belum diregistrasi.",
        [("violation_count", 60, "cases", "reported", "national", None, "pilkada", 2024)],
    ),
    (
        "Dua temuan soal netralitas ASN pada Pilkada 2024 sudah diregistrasi Bawaslu Kabupaten Sigi.",
        [("violation_count", 2, "cases", "reported", "regional", "72.10", "pilkada", 2024)],
    ),
    # ASN counted with others ("dan satu kepala desa") share what is said of both after them; "terjerat" is
    # caught up in a case.
    (
        "Di Kabupaten Sigi, Bawaslu menyebut empat ASN dan dua kepala desa yang terjerat perkara netralitas "
        "pada Pilkada 2024.",
        [("violation_count", 4, "persons", "reported", "regional", "72.10", "pilkada", 2024)],
    ),
    # Officials counted by title and joined by another count ("dan satu kepala desa") share what is said after
    # both: the camat, who are ASN, were proven; the village head is not counted.
    (
        "Tiga camat dan satu kepala desa yang terbukti tidak netral pada Pilkada 2024 di Kabupaten Sigi telah "
        "diproses.",
        [("violation_count", 3, "persons", "proven", "regional", "72.10", "pilkada", 2024)],
    ),
    # A body that complains of ASN ("mengadukan") reports them, as one that "melaporkan" them.
    (
        "Panwaslu Kabupaten Sigi mengadukan tujuh ASN atas dugaan pelanggaran netralitas pada Pilkada 2020.",
        [("violation_count", 7, "persons", "reported", "regional", "72.10", "pilkada", 2020)],
    ),
    # Acronyms in brackets take no room in the clause that says what a count is: the violation named before
    # "lewat Media Sosial (Medsos) TikTok (TT) yang dilakukan oleh seorang ..." is still the count's.
    (
        "SIGI – Dugaan pelanggaran kampanye lewat Media Sosial (Medsos) TikTok (TT) yang dilakukan oleh seorang "
        "pegawai Aparatur Sipil Negara (ASN). Perkaranya ditangani Bawaslu Kabupaten Sigi pada Pemilu 2019.",
        [("violation_count", 1, "persons", "reported", "regional", "72.10", "pemilu", 2019)],
    ),
    # Persons sent to the bodies that judge only civil servants (KASN, BKN) are ASN.
    (
        "Bawaslu Riau mencatat pelanggaran netralitas ASN pada Pilkada 2018. Di Kabupaten Pelalawan ada 21 orang "
        "yang direkomendasikan oleh Bawaslu ke KASN.",
        [("violation_count", 21, "persons", "proven", "regional", "14.05", "pilkada", 2018)],
    ),
    # A count of ASN and others together ("baik itu ASN maupun penyelenggara") is no count of ASN.
    (
        "Bawaslu Sulawesi Selatan mencatat 17 pelanggaran netralitas ASN pada Pilkada 2020. Untuk temuan pelanggaran "
        "secara total baik itu ASN maupun penyelenggara pilkada tercatat sebanyak 88.",
        [("violation_count", 17, "cases", "reported", "regional", "73", "pilkada", 2020)],
    ),
    # A total of which the neutrality cases are a part counts every kind; the part is the neutrality count.
    (
        "Bawaslu RI mencatat pelanggaran selama Pilkada 2018. Ketua Bawaslu mengatakan, dari 2.345 pelanggaran, 456 "
        "di antaranya adalah kasus pelanggaran netralitas aparatur sipil negara (ASN).",
        [("violation_count", 456, "cases", "reported", "national", None, "pilkada", 2018)],
    ),
    (
        "Bawaslu Provinsi Gorontalo mencatat pelanggaran selama Pilkada 2020. Jumlah kasus yang ditangani Bawaslu "
        "sebanyak 240 kasus, dan dari jumlah tersebut, 95 kasus netralitas ASN.",
        [("violation_count", 95, "cases", "reported", "regional", "75", "pilkada", 2020)],
    ),
    # Counts that go on with other offences named a few sentences before (vote buying) are of those offences.
    (
        "Bawaslu mencatat 140 laporan netralitas ASN selama Pilkada 2024. Laporan itu datang dari seluruh provinsi. "
        "Bawaslu menindaklanjuti semuanya.\n\nSelain itu, terdapat juga 45 peristiwa "
        "dugaan politik uang.\n\nAdapun terdapat 45 peristiwa dugaan pembagian uang, 7 temuan dan 38 laporan. Serta "
        "30 peristiwa dugaan potensi pembagian uang, 11 hasil temuan dan 19 laporan dari masyarakat.",
        [("violation_count", 140, "cases", "reported", "national", None, "pilkada", 2024)],
    ),
    # A count stated as decided, then described again as alleged, is one fact, the decided one; so is one alleged
    # first and decided later ("memeriksa tiga ASN ... Ketiganya sudah direkomendasikan").
    (
        "KASN mengeluarkan rekomendasi sanksi kepada 12 ASN di Kabupaten Sumba Timur pada Pilkada 2024. Data yang "
        "diterima, 12 ASN lingkup Pemkab Sumba Timur itu diduga terlibat deklarasi pasangan calon.",
        [("violation_count", 12, "persons", "proven", "regional", "53.11", "pilkada", 2024)],
    ),
    # A part of a total of every kind of offence ("dari 270 pelanggaran ..., 215 di antaranya") is of every kind.
    (
        "Bawaslu Jawa Barat melaporkan dari 180 pelanggaran selama tahapan Pilkada serentak 2024, 150 di antaranya "
        "berasal dari laporan masyarakat. Jumlahnya 31 pelanggaran netralitas ASN, kata Ketua Bawaslu.",
        [("violation_count", 31, "cases", "reported", "regional", "32", "pilkada", 2024)],
    ),
    # Heads of agencies by their other title ("pimpinan OPD") are officials, who are ASN.
    (
        "Bawaslu Maluku mencatat 3 pimpinan OPD dilaporkan tidak netral pada Pilkada 2020.",
        [("violation_count", 3, "persons", "reported", "regional", "81", "pilkada", 2020)],
    ),
    # Civil servants counted on a list of candidates named before them are candidates related to ASN; on the
    # list of what they violated, they are violators. (A Pemilu story that leads with them is about the Pileg.)
    (
        "Dari sejumlah nama yang terdaftar dalam Daftar Caleg Sementara (DCS) KPU Kabupaten Temanggung, setidaknya "
        "terdapat 3 ASN pada Pemilu 2019. Dari 300 bacaleg yang mendaftar ke KPU Kabupaten Kendal, 4 orang berstatus "
        "ASN.",
        [
            ("related_candidates", 3, "persons", None, "regional", "33.23", "pileg", 2019),
            ("related_candidates", 4, "persons", None, "regional", "33.24", "pileg", 2019),
        ],
    ),
    # Asking how to resign in order to run is no candidacy yet.
    (
        "Kepala BKPPD Sleman mengatakan ada satu pegawai yang bertanya-tanya soal pengunduran diri sebagai ASN "
        "karena akan berkontestasi pada Pemilu Anggota DPRD Kabupaten Sleman 2024.",
        [],
    ),
    # A collective numeral before the noun it counts ("Keempat ASN ... tersebut") is a count; after a noun ("tahap
    # kedua") it is an ordinal, and before another noun ("kedua pasangan calon") it counts no ASN.
    (
        "Bawaslu Kabupaten Rejang Lebong menangani dugaan pelanggaran netralitas ASN pada Pilkada 2024. Keempat ASN "
        "Pemkab Rejang Lebong tersebut diduga mendukung salah satu pasangan calon. Pada tahap kedua kampanye, kedua "
        "pasangan calon berjanji menjaga netralitas ASN.",
        [("violation_count", 4, "persons", "reported", "regional", "17.02", "pilkada", 2024)],
    ),
    # An acronym in brackets glued to the words it abbreviates ("Negara(ASN)") still names the counted noun.
    (
        "Pemkab Sampang belum memberikan kepastian terkait dugaan 12 Aparatur Sipil Negara(ASN) tidak netral dalam "
        "Pilkada Sampang 2018.",
        [("violation_count", 12, "persons", "reported", "regional", "35.27", "pilkada", 2018)],
    ),
    # ... and a region's short name glued to its full name ("Kepulauan Sula(Kepsul)") leaves the name readable;
    # reacting to a would-be candidate's posts is support, not candidacy.
    (
        "Bawaslu Kabupaten Kepulauan Sula(Kepsul) memproses 11 orang ASN, lantaran memberikan komentar dan like "
        "postingan Bakal Calon (Balon) Bupati di media sosial pada Pilkada 2020.",
        [("violation_count", 11, "persons", "reported", "regional", "82.05", "pilkada", 2020)],
    ),
    # A province ranked nationally by a national body's data ("menempatkan ... pada urutan kedua secara nasional")
    # has the figure of its rank: the nationwide words are the scope of the rank.
    (
        "Palu - Kepala BKD Sulteng mengatakan data BKN menempatkan Sulawesi Tengah pada peringkat ketiga secara "
        "nasional dengan 17 pelanggaran netralitas ASN pada Pemilu 2024.",
        [("violation_count", 17, "cases", "reported", "regional", "72", "pemilu", 2024)],
    ),
    # The suspected non-neutrality of the ASN counted ("dugaan ketidaknetralan seorang ASN") makes them reported.
    (
        "Bawaslu Kabupaten Bangka Tengah menerima laporan terkait dugaan ketidaknetralan seorang Aparatur Sipil "
        "Negara (ASN) pada Pilkada 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "19.04", "pilkada", 2024)],
    ),
    # "Dari 17 temuan terkait netralitas ASN itu 10 di antaranya ...": the figure stated before, named again with
    # its noun phrase, is broken down; its part keeps its own status.
    (
        'Bawaslu Sumbar menyerahkan 14 temuan terkait netralitas ASN kepada KASN pada Pilkada 2020. "Dari 14 temuan '
        'terkait netralitas ASN itu 9 diantaranya sudah ada rekomendasi dari KASN," ungkapnya.',
        [
            ("violation_count", 14, "cases", "reported", "regional", "13", "pilkada", 2020),
            ("violation_count", 9, "cases", "proven", "regional", "13", "pilkada", 2020),
        ],
    ),
    # "di lima kabupaten dan kota" is one place: the clause goes on to what the ASN did.
    (
        "Bawaslu Provinsi Maluku Utara mencatat, sebanyak 12 ASN di lima kabupaten dan kota terbukti melanggar "
        "netralitas pada Pilkada 2020.",
        [("violation_count", 12, "persons", "proven", "regional", "82", "pilkada", 2020)],
    ),
    # The cases of a village's other officers and bodies (kepala dusun, BPD) are not ASN's.
    (
        "Bawaslu Kabupaten Lombok Barat menangani pelanggaran pada Pilkada 2024. Lima dugaan pelanggaran netralitas "
        "Kepala Dusun dan dua dugaan netralitas BPD.",
        [],
    ),
    # A total whose breakdown names other people's neutrality ("netralitas aparat desa dua kasus") counts theirs
    # too; the ASN's part is the count.
    (
        "Bawaslu Kabupaten Sikka menerima laporan pada Pilkada 2024. Ia menerangkan, enam laporan pada masa "
        "kampanye yakni netralitas aparatur sipil negara (ASN) tiga kasus, netralitas aparat desa dua kasus, dan "
        "penyelenggara pemilu satu kasus.",
        [("violation_count", 3, "cases", "reported", "regional", "53.07", "pilkada", 2024)],
    ),
    # A part's own place, after "di antaranya", and the government they serve named in full ("di Pemerintah
    # Kabupaten (Pemkab) A") is the part's region.
    (
        "Sebanyak lima ASN di Provinsi Riau diduga melanggar netralitas pada Pilgub 2018. Tiga ASN di antaranya di "
        "Pemerintah Kabupaten (Pemkab) Indragiri Hulu.",
        [
            ("violation_count", 5, "persons", "reported", "regional", "14", "pilkada", 2018),
            ("violation_count", 3, "persons", "reported", "regional", "14.02", "pilkada", 2018),
        ],
    ),
    # Civil servants counted by their work ("seorang guru ASN") are ASN; so are persons named before and counted by
    # a collective numeral said to be ASN ("Keduanya sebagai ASN ...").
    (
        "Bawaslu Kota Sukabumi mengungkapkan ada seorang guru ASN di Kota Sukabumi yang diduga mendukung salah satu "
        "calon legislatif pada Pemilu 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "32.72", "pemilu", 2024)],
    ),
    (
        "Panwaslu Kabupaten Magelang menyebut kepala dinas dan camat itu hadir dalam kampanye pada Pilkada 2018. "
        "Keduanya sebagai Aparatur Sipil Negara (ASN) terbukti tidak netral.",
        [("violation_count", 2, "persons", "proven", "regional", "33.08", "pilkada", 2018)],
    ),
    # "berbagai media nasional" is the press's reach, not the scope of the figure.
    (
        "Laporan kumpulan berita dari berbagai media nasional - Sebanyak tiga ASN di lingkungan Pemkab Simeulue "
        "diduga tidak netral pada Pilkada 2024.",
        [("violation_count", 3, "persons", "reported", "regional", "11.09", "pilkada", 2024)],
    ),
    # A word the rules read, mistyped by one letter ("merakomendasikan", "pelangaran"), is read as written correctly.
    (
        "Bawaslu Kota Cilegon telah merakomendasikan 6 ASN yang tidak netral ke KASN pada Pilkada 2020.",
        [("violation_count", 6, "persons", "proven", "regional", "36.72", "pilkada", 2020)],
    ),
    # A body's name after the count reads as one word when the scope comes after it.
    (
        "Medan - Sekda Provinsi Sumatera Utara mengatakan sudah ada 120 rekomendasi hukuman Komisi Aparatur Sipil "
        "Negara (KASN) terkait netralitas ASN di seluruh Indonesia pada Pilkada 2020.",
        [("violation_count", 120, "cases", "proven", "national", None, "pilkada", 2020)],
    ),
    # What a body says it did to the ASN, in the spoken passive ("yang kita laporkan"), makes them violators.
    (
        "Bawaslu Kabupaten Lombok Utara menelusuri kegiatan politik di rumah seorang paslon pada Pilkada 2024. "
        '"Ada tiga ASN yang kita laporkan ke BKN," ujarnya.',
        [("violation_count", 3, "persons", "reported", "regional", "52.08", "pilkada", 2024)],
    ),
    # "dari 45 temuan dan laporan tersebut": two nouns of one count stated before (all offences, not ASN's);
    # the ASN cases are those the quotation counts.
    (
        "Bawaslu Provinsi Maluku menerima 45 temuan dan laporan pelanggaran Pemilu 2024 di Maluku. Ketua Bawaslu "
        "Maluku mengatakan dari 45 temuan dan laporan tersebut, sebanyak 15 di antaranya adalah kasus netralitas "
        'Aparatur Sipil Negara (ASN). Juga netralitas kepala desa. "Ada 6 kasus ASN, 5 kasus kepala desa, 4 kasus '
        'perangkat desa," kata dia.',
        [("violation_count", 6, "cases", "reported", "regional", "81", "pemilu", 2024)],
    ),
    # ASN counted as violators in four more ways: past their place, the clause opens by saying it ("tiga ASN di
    # Kota A tidak netral"); "suspected" between number and noun ("dua terduga oknum ASN"); a noun misspelt in full
    # with its acronym after it ("pengawai negeri sipil (PNS)"); the violations said before to be done by them
    # ("pelanggaran yang dilakukan oleh 14 ASN").
    (
        "Bawaslu Kota Tidore mencatat sedikitnya tiga oknum ASN di Kota Tidore Kepulauan tidak netral pada Pemilu "
        "2024. Bawaslu Kabupaten Paser melaporkan dua terduga oknum ASN ke BKN. Bawaslu Kabupaten Berau mencatat "
        "ada lima pengawai negeri sipil (PNS) yang diduga ikut berkampanye. Bawaslu Kaltim memproses pelanggaran "
        "yang dilakukan oleh 14 ASN di beberapa daerah.",
        [
            ("violation_count", 3, "persons", "reported", "regional", "82.72", "pemilu", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "64.01", "pemilu", 2024),
            ("violation_count", 5, "persons", "reported", "regional", "64.03", "pemilu", 2024),
            ("violation_count", 14, "persons", "reported", "regional", "64", "pemilu", 2024),
        ],
    ),
    # A passive the press splits ("yang di periksa") is the passive; a part with its number in words in brackets
    # ("3 (tiga) diantaranya"); "kita" between a collective numeral and its status ("Keempatnya sudah kita
    # rekomendasikan").
    (
        "Bawaslu Kabupaten Sinjai menyebut sudah ada 12 orang ASN yang di periksa terkait netralitas pada Pilkada "
        "2024. Dari 12 (dua belas) ASN tersebut, 3 (tiga) diantaranya telah diteruskan ke BKN. Bawaslu Kabupaten "
        "Bulukumba menemukan empat ASN menghadiri deklarasi bakal calon. Keempatnya sudah kita rekomendasikan ke "
        "BKN.",
        [
            ("violation_count", 12, "persons", "reported", "regional", "73.07", "pilkada", 2024),
            ("violation_count", 3, "persons", "reported", "regional", "73.07", "pilkada", 2024),
            ("violation_count", 4, "persons", "proven", "regional", "73.02", "pilkada", 2024),
        ],
    ),
    # A part with its share before the total ("150 ASN atau sekitar 40,5 persen dari 370 ASN yang dilaporkan
    # terbukti"): the total is what was reported, the part what was proven.
    (
        "Ketua KASN menyebutkan 150 ASN atau sekitar 40,5 persen dari 370 ASN yang dilaporkan terbukti melakukan "
        "pelanggaran netralitas dalam Pemilu 2024.",
        [
            ("violation_count", 150, "persons", "proven", "national", None, "pemilu", 2024),
            ("violation_count", 370, "persons", "reported", "national", None, "pemilu", 2024),
        ],
    ),
    # Persons whose clause says what became of them over the neutrality of ASN are ASN; over another matter not.
    (
        "Saat ini ada tiga orang yang diproses di Bawaslu Kabupaten Sampang terkait netralitas ASN pada Pemilu 2019. "
        "Selain itu ada dua orang yang diproses terkait politik uang.",
        [("violation_count", 3, "persons", "reported", "regional", "35.27", "pemilu", 2019)],
    ),
    # A breakdown said to be one ("Perinciannya, ..."), however far from its total, whose counts add up to it with
    # the same status and no region of their own, only says how the figure splits: one fact.
    (
        "Pada Pilkada 2020 sebanyak 95 ASN se-Jawa Tengah mendapat sanksi karena tidak netral. Keputusannya ada "
        "di tangan pejabat pembina kepegawaian. Jenisnya beragam. Perinciannya, 60 ASN menerima teguran moral "
        "menurut PP No.42/2004, 33 ASN kena hukuman disiplin tingkat sedang. Lalu 1 ASN mendapat hukuman "
        "disiplin ringan, serta 1 ASN lagi menerima teguran moral yang tidak diumumkan.",
        [("violation_count", 95, "persons", "sanctioned", "regional", "33", "pilkada", 2020)],
    ),
    # One said of anyone under a condition followed by what then must be ("apabila seorang ASN ... maka ia wajib
    # ..."): the rule, no count of one.
    (
        "Menurut KPU Kota Tangerang Selatan, apabila seorang ASN ingin maju sebagai bacaleg maka ia wajib melampirkan "
        "surat berhenti. Sejauh ini dua pejabat ASN mendaftar sebagai bacaleg pada Pemilu 2024.",
        [("related_candidates", 2, "persons", None, "regional", "36.74", "pileg", 2024)],
    ),
    # Reports and findings that add up to the count just before them ("11 kasus ..., tiga laporan dan delapan
    # temuan") are where it came from, no counts of their own.
    (
        "Bawaslu Kabupaten Lampung Timur kini memproses 11 kasus netralitas ASN dalam Pilkada 2020, tiga laporan "
        "dan delapan temuan.",
        [("violation_count", 11, "cases", "reported", "regional", "18.07", "pilkada", 2020)],
    ),
    # A sentence that opens "Diantaranya" breaks down the count of the sentence before: when that count was of
    # every kind of offence (not recorded), its parts by source are no counts of neutrality either.
    (
        "Bawaslu Kota Serang membukukan 13 pelanggaran sepanjang Pemilu 2019. Diantaranya 5 laporan dari warga "
        "Kota Serang dan 8 kasus temuan pengawas Kota Serang. Bawaslu juga memeriksa dua ASN yang diduga tidak "
        "netral.",
        [("violation_count", 2, "persons", "reported", "regional", "36.73", "pemilu", 2019)],
    ),
    # A national lead's figure said again in a quote that goes on to name where some of it came from stays
    # national; the part is the province's.
    (
        "KASN telah menerima 58 laporan soal netralitas PNS selama Pilkada 2018.\n"
        '"Hingga hari ini kami mendapat 58 laporan, tiga laporan di antaranya dari Provinsi Jawa Tengah, yakni '
        'Kabupaten Magelang dan Kabupaten Jepara," ujar Ketua KASN di Semarang.\nIa berbicara usai bertemu '
        "jajaran Bawaslu Provinsi Jawa Tengah.\nMenurutnya, kasus di Kabupaten Magelang dan Jepara menyangkut PNS "
        "yang berswafoto dengan kandidat.",
        [
            ("violation_count", 58, "cases", "reported", "national", None, "pilkada", 2018),
            ("violation_count", 3, "cases", "reported", "regional", "33", "pilkada", 2018),
        ],
    ),
    # The one figure named with "yakni" takes the place named after it; a figure stated again with a demonstrative
    # and no region of its own keeps the region it was first stated with.
    (
        "Bawaslu Jawa Tengah menangani sembilan kasus dugaan pelanggaran netralitas ASN pada Pemilu 2019. Dari "
        "sembilan pelanggaran itu, enam di antaranya sudah dinyatakan terbukti. Dari enam rekomendasi itu, ujarnya, "
        "baru satu yang telah disanksi, yakni kasus di Kabupaten Brebes. Enam pelanggaran ASN yang terbukti "
        "tersebut masing-masing terjadi di Kabupaten Brebes, Klaten dan Boyolali.",
        [
            ("violation_count", 9, "cases", "reported", "regional", "33", "pemilu", 2019),
            ("violation_count", 6, "cases", "proven", "regional", "33", "pemilu", 2019),
            ("violation_count", 1, "cases", "sanctioned", "regional", "33.29", "pemilu", 2019),
        ],
    ),
    # A sentence that names both parts of the Pemilu ("pada Pileg dan Pilpres 2024") is about the Pemilu.
    (
        "Menurut Sekda, selama Pileg dan Pilpres 2024 Kota Pekalongan mencatat nol pelanggaran netralitas ASN.",
        [("violation_count", 0, "cases", "reported", "regional", "33.75", "pemilu", 2024)],
    ),
    # The part of a total named back to a few sentences later ("Dari jumlah kasus itu, ujar Ali, 7 diantaranya
    # ..."), with who said it aside.
    (
        "Bawaslu Sulawesi Selatan mencatat 58 dugaan kasus netralitas ASN pada Pemilu 2024. Sumbernya, hasil "
        "pengawasan 41 kasus dan temuan 9 kasus. Selain itu 3 kasus diserahkan ke Gakkumdu. Dari jumlah kasus "
        "itu, ujar Ali, 7 diantaranya terbukti.",
        [
            ("violation_count", 58, "cases", "reported", "regional", "73", "pemilu", 2024),
            ("violation_count", 7, "cases", "proven", "regional", "73", "pemilu", 2024),
        ],
    ),
    # A clause with no noun of its own before the number ("Dan yang telah direkomendasikan ... berjumlah 4") says
    # what was decided about part of the count before it; the count itself stays reported.
    (
        "Bawaslu Kota Makassar menangani 17 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2020. Dan yang "
        "telah direkomendasikan kepada KASN berjumlah 4.",
        [
            ("violation_count", 17, "cases", "reported", "regional", "73.71", "pilkada", 2020),
            ("violation_count", 4, "cases", "proven", "regional", "73.71", "pilkada", 2020),
        ],
    ),
    # Persons passed on to the body that judges only civil servants ("diteruskan ke BKN") are ASN whose case
    # was reported, as "dilaporkan ke KASN" is.
    (
        "Bawaslu Kabupaten Kerinci menangani 31 kasus pada Pilkada 2024, 7 orang di antaranya diteruskan ke BKN "
        "setelah masa kampanye.",
        [("violation_count", 7, "persons", "reported", "regional", "15.01", "pilkada", 2024)],
    ),
    # No count of neutrality violations reaches ten thousand: "satu juta pegawai memperoleh surat teguran" counts
    # letters to a workforce.
    (
        "Penjabat Gubernur Jambi menambahkan, sekitar dua juta pegawai memperoleh surat teguran terkait netralitas "
        "ASN pada Pilkada 2018.",
        [],
    ),
    # Leave without pay or early retirement taken "untuk mengikuti kontestasi Pilkada" is running for office.
    (
        "Sekda Provinsi Banten mengungkapkan, hingga kini baru tiga ASN yang mengajukan cuti di luar tanggungan "
        "negara dan pensiun dini untuk mengikuti kontestasi Pilkada 2024.",
        [("related_candidates", 3, "persons", None, "regional", "36", "pilkada", 2024)],
    ),
    # A sentence that opens "Selain ASN," counts the others' cases.
    (
        "Bawaslu Kota Palu merekomendasikan 6 ASN ke BKN pada Pilkada 2024. Selain ASN, Bawaslu menerima tujuh "
        "laporan terkait pelanggaran Pilwalkot Palu.",
        [("violation_count", 6, "persons", "proven", "regional", "72.71", "pilkada", 2024)],
    ),
    # A count in brackets ends the line that describes it: the cases of the election's officers, the election
    # commission or the state's officials are theirs ("KPU Kabupaten/Kota mengabaikan ... (9 kasus)").
    (
        "Bawaslu RI mencatat 1.310 dugaan pelanggaran netralitas ASN pada Pilkada 2020. Pelanggaran lain:\n"
        "1. KPU Kabupaten/Kota mengabaikan rekomendasi Bawaslu soal daftar pemilih (9 kasus).\n"
        "2. Sekretariat PPK terang-terangan berpihak pada salah satu kandidat (6 kasus).\n"
        "3. Pejabat negara ikut berkampanye tanpa mengambil cuti (2 kasus).\n"
        "4. ASN mengunggah dukungan untuk kandidat di media sosial (41 kasus).",
        [
            ("violation_count", 1310, "cases", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 41, "cases", "reported", "national", None, "pilkada", 2020),
        ],
    ),
    # A label before a colon says what its count counts ("Dugaan pelanggaran administrasi: 2 kasus").
    (
        "Bawaslu Bengkulu mencatat pelanggaran Pilkada 2024. Dugaan pelanggaran pidana: 11 kasus; Dugaan "
        "pelanggaran administrasi: 2 kasus; Dugaan pelanggaran kode etik: 3 kasus; Dugaan pelanggaran netralitas "
        "ASN: 6 kasus.",
        [("violation_count", 6, "cases", "reported", "regional", "17", "pilkada", 2024)],
    ),
    # Reports about the neutrality of village heads ("mengenai dugaan ketidaknetralan Kades") are theirs.
    (
        "Bawaslu Kabupaten Klaten menangani netralitas ASN pada Pilkada 2024. Sebelumnya, Bawaslu Klaten menerima "
        "4 laporan dari warga mengenai dugaan ketidaknetralan Kades itu.",
        [],
    ),
    # None found yet ("belum menemukan ASN yang ...", "belum ada ASN yang dilaporkan") is a zero with no numeral;
    # a hope ("berharap tidak ada ASN yang melanggar") is none.
    (
        "Bawaslu Kabupaten Serang menyebut selama tahapan Pilkada 2024 belum menemukan ASN yang melakukan "
        "pelanggaran netralitas. Kami berharap tidak ada ASN yang melanggar netralitas.",
        [("violation_count", 0, "persons", "reported", "regional", "36.04", "pilkada", 2024)],
    ),
    # ... also when what they have not been found doing is what ASN may not do ("berkampanye").
    (
        "Hingga hari ketiga masa kampanye, Panwas Kabupaten Kuningan belum menemukan PNS yang berkampanye dalam "
        "Pilbup Kuningan 2018.",
        [("violation_count", 0, "persons", "reported", "regional", "32.08", "pilkada", 2018)],
    ),
    # ... also when the neutrality is named before it in the sentence, and past a second verb ("belum menemukan
    # ataupun menerima laporan ...").
    (
        "Untuk netralitas ASN di Kota Palu, hingga kini belum ada laporan yang masuk, ujar Ketua Bawaslu Kota Palu.",
        [("violation_count", 0, "cases", "reported", "regional", "72.71", "unknown", None)],
    ),
    (
        "Sejauh ini, Bawaslu Kota Palu belum menemukan ataupun menerima laporan terkait keterlibatan ASN dalam "
        "Pilkada 2024.",
        [("violation_count", 0, "cases", "reported", "regional", "72.71", "pilkada", 2024)],
    ),
    # A part of a count of places ("19 dari 38 provinsi dengan pelanggaran lebih dari 30 ASN") counts places.
    (
        "JAKARTA - Data netralitas nasional 2020-2023 mencatat sebanyak 19 dari 38 provinsi dengan jumlah "
        "pelanggaran lebih dari 30 aparatur sipil negara.",
        [],
    ),
    # The press's "aparat sipil negara" is "aparatur sipil negara".
    (
        "Bawaslu Sulawesi Barat mencatat ada sekitar 41 aparat sipil negara di daerah itu yang diduga tidak netral "
        "dalam Pilkada 2020.",
        [("violation_count", 41, "persons", "reported", "regional", "76", "pilkada", 2020)],
    ),
    # A count that grew ("sebanyak 80 orang, kini bertambah 25 orang menjadi 105 orang") stands at its last
    # figure, of the same persons; the increase is no count of its own.
    (
        "Bawaslu Sulawesi Barat menyebut jumlah ASN yang diduga tidak netral pada Pilkada 2020 sebanyak 80 orang, "
        "kini bertambah 25 orang menjadi 105 orang.",
        [
            ("violation_count", 80, "persons", "reported", "regional", "76", "pilkada", 2020),
            ("violation_count", 105, "persons", "reported", "regional", "76", "pilkada", 2020),
        ],
    ),
    # A number stated before that was no count then ("13 perkara" of all offences) is none when referred back to
    # ("dari 13 perkara yang ditindaklanjuti tersebut").
    (
        "Bawaslu Provinsi Gorontalo menindaklanjuti 13 perkara selama Pilkada 2020. Ketuanya menambahkan, dari 13 "
        "perkara yang ditindaklanjuti tersebut, sebagian besar pidana, dan 4 perkara merupakan dugaan pelanggaran "
        "netralitas ASN.",
        [("violation_count", 4, "cases", "reported", "regional", "75", "pilkada", 2020)],
    ),
    # Findings and reports of the election's violations ("dan" breaks the clause before the election is named)
    # are no neutrality count; the violators restated with "hanya berjumlah" are no workforce.
    (
        "Bawaslu Banten mencatat 120 temuan dan laporan dugaan pelanggaran pada Pemilihan Kepala Daerah 2024. "
        "Netralitas ASN juga disorot: terdapat 12 ASN yang dilaporkan atas dugaan pelanggaran netralitas. "
        "Namun yang tercatat berdasarkan laporan hanya berjumlah 12 ASN.",
        [("violation_count", 12, "persons", "reported", "regional", "36", "pilkada", 2024)],
    ),
    # A candidate "berstatus petahana" is an incumbent, not a civil servant standing for office.
    (
        "Bawaslu Kabupaten Bantaeng mencatat 14 kasus netralitas ASN pada Pilkada 2020. Ketua Bawaslu mengakui "
        "seorang pasangan calon yang berstatus petahana berpeluang mengarahkan ASN.",
        [("violation_count", 14, "cases", "reported", "regional", "73.03", "pilkada", 2020)],
    ),
    # A total whose breakdown, a few words on, names other kinds of offence, or the total a neutrality count is
    # said to be part of ("bagian dari", "termasuk dalam"), counts every kind: no neutrality figure.
    (
        "Bawaslu Kabupaten Karawang mencatat 9 kasus netralitas ASN pada Pilkada 2024. Adapun 31 pelanggaran yang "
        "diproses oleh Bawaslu Kabupaten Karawang meliputi dugaan pelanggaran netralitas ASN, dugaan pelanggaran "
        "administrasi dan dugaan tindak pidana pemilihan. Kasus netralitas ASN itu merupakan bagian dari total 150 "
        "laporan dugaan pelanggaran yang diterima Bawaslu, di mana 40 kasus terbukti melanggar.",
        [("violation_count", 9, "cases", "reported", "regional", "32.15", "pilkada", 2024)],
    ),
    # A count whose sentence names neither its place nor civil servants (nor their neutrality) is too loosely tied
    # to a neutrality story to be one of its figures: the election's other violations, a tally of all reports.
    (
        "Bawaslu Kabupaten Lebak menangani 4 ASN yang diduga tidak netral pada Pilkada 2024. Sejauh ini Bawaslu "
        "sudah memproses 21 pelanggaran. Pihaknya juga menerima total 15 laporan dari masyarakat.",
        [("violation_count", 4, "persons", "reported", "regional", "36.02", "pilkada", 2024)],
    ),
    # "salah satu ASN" is one ASN where nothing was counted before; one of a group counted before, or a named
    # person said to be one of a group, is no count of its own.
    (
        "Bawaslu Kabupaten Kudus menyebut ada salah satu ASN yang diduga melakukan pelanggaran netralitas pada "
        "Pilkada 2024.",
        [("violation_count", 1, "persons", "reported", "regional", "33.19", "pilkada", 2024)],
    ),
    (
        "Dua ASN di Kabupaten Tabanan diduga mendukung bapaslon pada Pilkada 2024. Salah satu ASN, yang juga "
        "kepala sekolah, terlibat dalam pendaftaran bapaslon.",
        [("violation_count", 2, "persons", "reported", "regional", "51.02", "pilkada", 2024)],
    ),
    # ASN counted beside other people share what is said after both: "12 ASN dan 1 anggota Polri ... diproses".
    (
        "Bawaslu Riau menyebut pada Pilgub 2018 ada 9 ASN dan 2 anggota Polri aktif yang telah diproses "
        "jajarannya karena tidak netral.",
        [("violation_count", 9, "persons", "reported", "regional", "14", "pilkada", 2018)],
    ),
    # The sources of a total stated just before (findings, reports) are not counts of their own, unless they
    # are another place's; counts "selain ASN" are the others'.
    (
        "Bawaslu Provinsi Bengkulu mencatat 27 kasus dugaan pelanggaran netralitas ASN pada Pilkada 2020. "
        "Rinciannya, 15 temuan Bawaslu dan 12 laporan masyarakat. Selain ASN, Bawaslu menerima sembilan laporan "
        "terkait pelanggaran Pilkada. Bawaslu Kota Bengkulu juga mencatat 6 temuan dan 4 laporan dugaan "
        "pelanggaran netralitas ASN.",
        [
            ("violation_count", 27, "cases", "reported", "regional", "17", "pilkada", 2020),
            ("violation_count", 6, "cases", "reported", "regional", "17.71", "pilkada", 2020),
            ("violation_count", 4, "cases", "reported", "regional", "17.71", "pilkada", 2020),
        ],
    ),
    # ASN handed a decree or a promotion are no workforce, nor is a workforce's part by sex; the workforce is.
    (
        "Bupati Sleman menyerahkan SK kenaikan pangkat 695 ASN di lingkup Pemkab Sleman. Dinas pendidikan memiliki "
        "pegawai terbanyak yaitu 4.923 pegawai laki-laki dan 5.988 pegawai perempuan. Pemkab Sleman memiliki "
        "12.000 ASN yang diminta netral dalam Pilkada 2024.",
        [("asn_headcount", 12000, "persons", None, "regional", "34.04", "pilkada", 2024)],
    ),
    # A count whose breakdown names another kind of offence counts all kinds; its neutrality part is a fact.
    # Candidate pairs' and organisers' violations are theirs, not ASN's.
    (
        "Bawaslu Riau mencatat pelanggaran netralitas ASN selama Pilkada 2020. Kabupaten Kampar ada tiga "
        "pelanggaran, yakni satu dugaan pelanggaran politik uang dan dua pelanggaran netralitas ASN. Kabupaten "
        "Siak mencatat tujuh pelanggaran, meliputi empat pelanggaran kampanye dan tiga pelanggaran administrasi. "
        "Paslon nomor urut dua sebanyak 12 pelanggaran. Bawaslu juga menemukan pelanggaran yang dilakukan oleh "
        "penyelenggara sebanyak 5 pelanggaran.",
        [("violation_count", 2, "cases", "reported", "regional", "14.01", "pilkada", 2020)],
    ),
    # Officials who stand for office are related candidates, by any title ...
    (
        "Pada Pilkada 2024 enam pejabat Pemprov Jambi akan ikut bertarung.",
        [("related_candidates", 6, "persons", None, "regional", "15", "pilkada", 2024)],
    ),
    (
        "Tiga kepala dinas di lingkungan Pemerintah Kabupaten (Pemkab) Ciamis, Jawa Barat, mendaftar sebagai bakal "
        "calon bupati menjelang Pilkada 2024.",
        [("related_candidates", 3, "persons", None, "regional", "32.07", "pilkada", 2024)],
    ),
    # ... not those who attend a candidate's event.
    (
        "Tercatat dua orang ASN Kabupaten Ciamis mengikuti kegiatan keagamaan yang digelar seorang bacaleg pada "
        "Pemilu 2024.",
        [],
    ),
    # Officials counted by their title are ASN when the clause says they violated something; a lurah is counted
    # apart, as the reports do.
    (
        "Bawaslu DKI Jakarta menyebut lima kepala dinas dilaporkan karena tidak netral pada Pilkada 2017.",
        [("violation_count", 5, "persons", "reported", "regional", "31", "pilkada", 2017)],
    ),
    # ... or suspected ("terindikasi").
    (
        "Bawaslu Kabupaten Kediri menyampaikan hasil pengawasan netralitas ASN pada Pilkada 2024. Terdapat tiga camat "
        "terindikasi melakukan pelanggaran.",
        [("violation_count", 3, "persons", "reported", "regional", "35.06", "pilkada", 2024)],
    ),
    # ... or when the body acts on them ("melaporkan tiga pejabat", "memanggil dua camat").
    (
        "Sebuah lembaga pemantau melaporkan tiga pejabat di Kabupaten Buru Selatan ke Bawaslu Maluku pada Pilkada "
        "2024. Bawaslu Kabupaten Kediri memanggil dua camat pada Pilkada 2024.",
        [
            ("violation_count", 3, "persons", "reported", "regional", "81.09", "pilkada", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "35.06", "pilkada", 2024),
        ],
    ),
    # ... also past the name of their office ("tiga kepala dinas Pemkab A dilaporkan"), but not past a clause on
    # where one of them serves: that details one of the cases counted before.
    (
        "Bawaslu Kabupaten Sikka menerima tiga laporan dugaan pelanggaran netralitas ASN pada Pemilu 2024. Salah "
        "satu laporan menyangkut seorang kepala bidang di dinas yang diduga memasang baliho caleg.",
        [("violation_count", 3, "cases", "reported", "regional", "53.07", "pemilu", 2024)],
    ),
    (
        "Bawaslu Sulawesi Selatan menyebut empat kepala dinas Pemkab Luwu Utara dilaporkan ke Kemenpan RB pada "
        "Pilkada 2020.",
        [("violation_count", 4, "persons", "reported", "regional", "73.22", "pilkada", 2020)],
    ),
    ("Hal yang sama juga ditemukan di Kota Denpasar saat Pilgub 2018, yaitu seorang lurah diduga berpihak.", []),
    # ASN described past an aside naming their region are violators, not a workforce.
    (
        "Ada 86 ASN Kabupaten Lombok Barat, Provinsi NTB, yang melanggar aturan netralitas di Pilkada 2024 dan kini "
        "sudah direkomendasikan ke BKN.",
        [("violation_count", 86, "persons", "proven", "regional", "52.01", "pilkada", 2024)],
    ),
    # ... while a workforce introduced by "dari" stays one.
    (
        "Dari sekitar 7.200 ASN di lingkup Pemkab Poso, jumlah yang melanggar pada Pilkada 2024 memang kecil.",
        [("asn_headcount", 7200, "persons", None, "regional", "72.02", "pilkada", 2024)],
    ),
    # ASN followed by complaints, "terlapor", or "yang ditindaklanjuti" are violators, no workforce.
    (
        "BKN menyebut 1.210 Aparatur Sipil Negara diadukan karena dugaan pelanggaran netralitas pada Pilkada 2020.",
        [("violation_count", 1210, "persons", "reported", "national", None, "pilkada", 2020)],
    ),
    (
        "Bawaslu Sultra mencatat jumlah terlapor ASN 150 orang pada Pilkada 2020.",
        [("violation_count", 150, "persons", "reported", "regional", "74", "pilkada", 2020)],
    ),
    (
        "Kata Bawaslu RI, hingga kini 350 ASN yang ditindaklanjuti terkait netralitas menjelang Pilkada 2024.",
        [("violation_count", 350, "persons", "reported", "national", None, "pilkada", 2024)],
    ),
    # ASN "yang melakukan pelanggaran netralitas" are violators; "300 lebih laporan" counts three hundred.
    (
        "Per pertengahan Agustus KASN menghitung 455 ASN yang melakukan pelanggaran netralitas dalam Pilkada 2020. "
        "Untuk Pilkada 2018, KASN sudah menerima 300 lebih laporan kasus ASN.",
        [
            ("violation_count", 455, "persons", "reported", "national", None, "pilkada", 2020),
            ("violation_count", 300, "cases", "reported", "national", None, "pilkada", 2018),
        ],
    ),
    # Violations of the election in general, "di luar netralitas", or of village heads are not ASN counts.
    (
        "Bawaslu RI menerima 1.250 pelanggaran Pilkada 2020, dan 512 kasus di antaranya menyoal netralitas ASN.",
        [("violation_count", 512, "cases", "reported", "national", None, "pilkada", 2020)],
    ),
    (
        "Bawaslu Jawa Timur mengungkap 31 kasus ASN tidak netral pada Pilkada 2020. Ada pula 64 pelanggaran di luar "
        "netralitas ASN.",
        [("violation_count", 31, "cases", "reported", "regional", "35", "pilkada", 2020)],
    ),
    (
        "Lima ASN Jawa Barat telah dilaporkan Bawaslu ke BKN selama Pilkada 2024. Adapun untuk pelanggaran oleh "
        "kepala desa, sembilan kasus masih ditangani.",
        [("violation_count", 5, "persons", "reported", "regional", "32", "pilkada", 2024)],
    ),
    # What may be is not a count ("satu laporan bisa ...", "lebih dari satu"), nor a question.
    (
        "Bawaslu Kepri menangani 12 laporan netralitas ASN pada Pilkada 2024. Terlapor sebuah aduan, ujarnya, "
        "bisa saja lebih dari satu.",
        [("violation_count", 12, "cases", "reported", "regional", "21", "pilkada", 2024)],
    ),
    (
        "Di Kabupaten Muna 7 ASN diduga tidak netral pada Pilkada 2024. Namun apakah seorang ASN melanggar atau "
        "tidak, katanya, ditentukan oleh kajian.",
        [("violation_count", 7, "persons", "reported", "regional", "74.03", "pilkada", 2024)],
    ),
    # Counts dismissed are not violations: not proven, no violation, stopped; a case not yet decided still is.
    (
        "Bawaslu Kalbar menangani 24 kasus netralitas ASN pada Pilkada 2024. Sebanyak 9 kasus tidak memenuhi unsur "
        "pelanggaran, 3 laporan dihentikan dan 5 kasus masuk kategori bukan pelanggaran.",
        [("violation_count", 24, "cases", "reported", "regional", "61", "pilkada", 2024)],
    ),
    (
        "KASN menerima laporan 140 ASN pada Pemilu 2024, dan 61 ASN tidak terbukti melanggar.",
        [("violation_count", 140, "persons", "reported", "national", None, "pemilu", 2024)],
    ),
    (
        "Di Kabupaten Sambas ada 4 ASN yang belum terbukti melanggar pada Pilkada 2024.",
        [("violation_count", 4, "persons", "reported", "regional", "61.01", "pilkada", 2024)],
    ),
    # The neutrality of village heads is not that of ASN.
    (
        "Bawaslu Jateng mencatat 31 dugaan pelanggaran netralitas ASN dan 7 dugaan pelanggaran netralitas kepala "
        "desa selama Pilkada 2024.",
        [("violation_count", 31, "cases", "reported", "regional", "33", "pilkada", 2024)],
    ),
    # A count over a province's regencies and cities is the province's, in a regency's story too (where none has
    # been reported yet, "belum menerima laporan ASN tidak netral", a zero).
    (
        "Bawaslu Kabupaten Bantaeng belum menerima laporan ASN tidak netral. Dari 24 kabupaten/kota, Bawaslu sudah "
        "menerima laporan ada 96 ASN yang diduga tidak netral pada Pilkada 2024.",
        [
            ("violation_count", 0, "cases", "reported", "regional", "73.03", "pilkada", 2024),
            ("violation_count", 96, "persons", "reported", "regional", "73", "pilkada", 2024),
        ],
    ),
    # A forecast is not a count.
    ("KASN memperkirakan pelanggaran netralitas ASN pada Pemilu 2024 akan mencapai 8 ribu kasus.", []),
    ("Menurut Bawaslu Riau, jumlah kasus netralitas ASN akan mencapai 40 kasus pada Pilkada 2024.", []),
    # The figures of soldiers, police or village heads region by region are no list of ASN violations, also where
    # the list follows the sentence that names them; nor are village officials ("aparatur desa") ASN.
    (
        "Bawaslu Jabar mencatat 12 ASN diduga tidak netral pada Pilkada 2020. Dukungan dari TNI ditemukan di "
        "Kabupaten Garut ada tiga, Ciamis 5 dan Kuningan satu. Pelanggaran lain ditemukan pada aparatur desa "
        "sebanyak 210 orang yang tersebar di tiga kabupaten. Seperti di Garut 70, Ciamis 60, dan Kuningan 80.",
        [("violation_count", 12, "persons", "reported", "regional", "32", "pilkada", 2020)],
    ),
    # Violations of other kinds (administrative, of the code of ethics, of health rules) are not ASN's.
    (
        "Bawaslu Kabupaten Sleman memeriksa 4 ASN yang diduga tidak netral pada Pilkada 2020. Untuk pelanggaran "
        "administrasi, Bawaslu menemukan paslon nomor satu sebanyak 30 pelanggaran. Bawaslu juga menemukan 25 "
        "pelanggaran protokol kesehatan.",
        [("violation_count", 4, "persons", "reported", "regional", "34.04", "pilkada", 2020)],
    ),
    # "Pengawas Pemilihan Umum" names a body, not the count's election: the figure restated is one fact.
    (
        "Sebanyak 6 PNS Kabupaten Pangkep dilaporkan Panitia Pengawas Pemilihan Umum (Panwaslu) karena mendukung "
        "calon bupati.\n\nKe-6 PNS tersebut resmi dilaporkan ke Inspektorat menjelang Pilkada 2015.",
        [("violation_count", 6, "persons", "reported", "regional", "73.10", "pilkada", 2015)],
    ),
    # What the ASN did is said past the place and its province named as an aside.
    (
        "Tiga ASN di Kabupaten Maros, Sulawesi Selatan diduga terlibat kampanye caleg pada Pemilu 2024.",
        [("violation_count", 3, "persons", "reported", "regional", "73.09", "pemilu", 2024)],
    ),
    # Village heads go by regional titles ("kepala kampung", "perbekel"); a law's number is no count. (Declared
    # not neutral by the Bawaslu: proven.)
    (
        "Bawaslu Lampung Tengah menyatakan 4 PNS tidak netral pada Pilkada 2024. Selain itu, satu orang kepala "
        "kampung juga melanggar. Sejak undang-undang 20 ASN berlaku, rekomendasi dikirim ke BKN.",
        [("violation_count", 4, "persons", "proven", "regional", "18.02", "pilkada", 2024)],
    ),
    # The kind of offence or the people named before "sebanyak N" say what is counted; a count of election
    # offences "yang melibatkan ASN" is one of ASN's.
    (
        "Pada Pilkada 2024 Bawaslu Kabupaten Kolaka mencatat dugaan pelanggaran tindak pidana pemilihan 3 laporan, "
        "dugaan pelanggaran netralitas kepala desa sebanyak dua temuan dan dugaan pelanggaran netralitas ASN "
        "sebanyak 4 temuan.",
        [("violation_count", 4, "cases", "reported", "regional", "74.01", "pilkada", 2024)],
    ),
    (
        "Bawaslu Provinsi Gorontalo sedang memproses lima kasus dugaan pelanggaran pemilu yang melibatkan aparatur "
        "sipil negara pada Pemilu 2024.",
        [("violation_count", 5, "cases", "reported", "regional", "75", "pemilu", 2024)],
    ),
    # (whole words: "etik" is not in "ketika")
    (
        "Jumlahnya lebih rendah dibandingkan Pilkada 2018, ketika Bawaslu Lombok Timur saat itu menangani 9 kasus "
        "netralitas ASN.",
        [("violation_count", 9, "cases", "reported", "regional", "52.03", "pilkada", 2018)],
    ),
    (
        "Bawaslu Kabupaten Barito Kuala menangani laporan netralitas pada Pilkada 2024. Dugaan pelanggaran ini "
        "menyasar empat ASN.",
        [("violation_count", 4, "persons", "reported", "regional", "63.04", "pilkada", 2024)],
    ),
    # A sanction to come is decided, not given: proven; unless it is only to come if proven.
    (
        "Badan Kepegawaian Negara akan menjatuhkan sanksi berat kepada 41 ASN Kalimantan Tengah yang melanggar "
        "netralitas pada Pilkada 2024.",
        [("violation_count", 41, "persons", "proven", "regional", "62", "pilkada", 2024)],
    ),
    (
        "Bawaslu Kabupaten Sleman memeriksa 7 ASN yang jika terbukti akan dijatuhi sanksi pada Pilkada 2024.",
        [("violation_count", 7, "persons", "reported", "regional", "34.04", "pilkada", 2024)],
    ),
    # A figure with no region in its sentence nor in its article is the country's, not a region's without code.
    (
        "Setidaknya enam penjabat kepala daerah mundur dari jabatannya karena ingin maju pada Pilkada 2024.",
        [("related_candidates", 6, "persons", None, "national", None, "pilkada", 2024)],
    ),
    # Registering for a seat ("daftar caleg") is standing for office, even in a headline's words (in the Pileg).
    (
        "Bawaslu Makassar Temukan 3 ASN Daftar Caleg Pemilu 2024",
        [("related_candidates", 3, "persons", None, "regional", "73.71", "pileg", 2024)],
    ),
    # The election's own ad hoc officers who were not neutral are no ASN, also in a line of a table.
    (
        "Bawaslu Kabupaten Sigi menangani 12 kasus netralitas ASN pada Pilkada 2024.\nPelanggaran kode etik:\n"
        "1. PPS yang tidak netral terhadap pasangan calon tertentu (7 kasus).\n"
        "2. Pengawas adhoc tidak netral (4 kasus).",
        [("violation_count", 12, "cases", "reported", "regional", "72.10", "pilkada", 2024)],
    ),
    # Posts to fill ("formasi PPPK ... sebanyak 120.450") are no headcount of the civil servants employed.
    (
        "Total formasi PPPK 2024 yang sudah diusulkan pemerintah daerah sebanyak 120.450, termasuk formasi PPPK "
        "tenaga kesehatan.",
        [],
    ),
    # A sequencing word ("Lalu,", "Kemudian,", "Selanjutnya,") may open the part of the count just stated.
    (
        "Bawaslu Kota Binjai mencatat 12 kasus netralitas ASN pada Pilkada 2020. Lalu, sebanyak 9 terbukti "
        "melanggar dan 3 bukan pelanggaran.",
        [
            ("violation_count", 12, "cases", "reported", "regional", "12.75", "pilkada", 2020),
            ("violation_count", 9, "cases", "proven", "regional", "12.75", "pilkada", 2020),
        ],
    ),
    # No workforce is "oknum": "dari 12 oknum ASN" counts ASN whose conduct is in question, not staff.
    (
        "Menurut Ani, Bawaslu Kabupaten Mamuju masih mengkaji dugaan keterlibatan dalam Pilkada 2020 dari 12 oknum "
        "ASN.",
        [("violation_count", 12, "persons", "reported", "regional", "76.02", "pilkada", 2020)],
    ),
    # A ranking of those reported goes on after its first place, someone else's ("Setelahnya ada ..."): the ASN's
    # place in it is a count of ASN reported.
    (
        "Yang terbanyak dilaporkan selama Pemilu 2019 di Gorontalo ialah caleg, 52 orang. Setelahnya ada "
        "penyelenggara ad hoc 30 orang, ASN 21 orang, serta pengurus partai 9 orang.",
        [("violation_count", 21, "persons", "reported", "regional", "75", "pemilu", 2019)],
    ),
    # A sentence opening with an election and its year, right after one on ASN neutrality, counts that cycle's
    # cases of it.
    (
        'Bawaslu Kota Tarakan mencatat pelanggaran netralitas ASN pada setiap pemilihan. "Pilkada 2018 ada 6 '
        'pelanggaran," kata Ketua Bawaslu.',
        [("violation_count", 6, "cases", "reported", "regional", "65.71", "pilkada", 2018)],
    ),
    # Elected regional heads ("kepala daerah") are no ASN: those reprimanded for not acting on KASN's
    # recommendations are no ASN violators.
    ("Sebanyak 45 kepala daerah ditegur Kemendagri sebab tidak menjalankan rekomendasi KASN.", []),
    # A body with regional branches, then a guarded place name and a person's ("Ketua Bawaslu Siak Budi Santoso"):
    # the place is the body's; a count of every kind whose next sentence opens with its neutrality part ("Di
    # antaranya, pelanggaran netralitas oleh 4 pegawai ASN") is not recorded, the part is; and the part said again
    # as sent to KASN ("Keempat pegawai itu ... sudah dilaporkan ke KASN") stays the region's.
    (
        "Ketua Bawaslu Siak Budi Santoso menyebut 12 pelanggaran ditangani sepanjang Pilkada 2020. Di antaranya, "
        "pelanggaran netralitas oleh 4 pegawai ASN di Siak. Keempat pegawai itu, kata Budi, sudah dilaporkan ke KASN "
        "karena tidak netral.",
        [("violation_count", 4, "persons", "reported", "regional", "14.08", "pilkada", 2020)],
    ),
    # An examination of officials ("penyelidikan terhadap 12 camat") counts them as ASN whose conduct is in
    # question, also when written "ke-12 camat" (the twelve of them).
    (
        "Dugaan ketidaknetralan para camat di Kota Makassar pada Pemilu 2019 kini ditangani KASN. Menurut pejabat "
        "KASN, penyelidikan terhadap ke-12 camat itu dimulai pekan ini.",
        [("violation_count", 12, "persons", "reported", "regional", "73.71", "pemilu", 2019)],
    ),
    (
        "Bawaslu Kota Makassar mengatakan pemeriksaan terhadap 12 camat terkait netralitas pada Pemilu 2019 selesai.",
        [("violation_count", 12, "persons", "reported", "regional", "73.71", "pemilu", 2019)],
    ),
    # A case said to be about another party ("terkait dengan KPU", "melibatkan timses") is not an ASN case.
    (
        "Panwaslu Kabupaten Sintang mencatat ketidaknetralan 3 PNS di lingkungan Pemkab Sintang selama Pilkada "
        "2018. Satu kasus lagi terkait dengan KPU Sintang.",
        [("violation_count", 3, "persons", "reported", "regional", "61.05", "pilkada", 2018)],
    ),
    # A civil servant the press calls "oknum" (a rogue one), even as "oknum Aparat Sipil Negara" (its slip for
    # "aparatur"), who registers as a candidate is a related candidate, not a violator; "oknum camat" reported are
    # officials in violation
    (
        "Bawaslu Kabupaten Mimika menemukan salah satu oknum Aparat Sipil Negara (ASN) yang mendaftarkan diri "
        "sebagai calon legislatif pada Pemilu 2024. Bawaslu juga melaporkan dua oknum camat ke KASN.",
        [
            ("related_candidates", 1, "persons", None, "regional", "94.04", "pileg", 2024),
            ("violation_count", 2, "persons", "reported", "regional", "94.04", "pileg", 2024),
        ],
    ),
    # Civil servants "diajukan ke KASN" (submitted to the commission, as "diteruskan"), with the reason of the
    # clause's status after the places they work in
    (
        "Sebanyak 41 ASN di 7 kabupaten dan kota di Provinsi Maluku Utara diajukan ke Komisi Aparatur Sipil Negara "
        "(KASN) karena terbukti melanggar netralitas pada Pilkada 2020. Selain itu 6 ASN Kota Ternate juga diajukan "
        "ke KASN.",
        [
            ("violation_count", 41, "persons", "proven", "regional", "82", "pilkada", 2020),
            ("violation_count", 6, "persons", "reported", "regional", "82.71", "pilkada", 2020),
        ],
    ),
    # A story names civil servants only by the word "ASN" (or "PNS", "KASN"), never by its letters inside another
    # word ("tugasnya"): a story of officers asked to stay neutral, with no ASN in it, counts no neutrality cases.
    (
        "Ketua Bawaslu Kabupaten Garut meminta pengawas tetap netral dalam menjalankan tugasnya. Pemungutan suara "
        "berlangsung lancar di semua kecamatan. Hingga kini Bawaslu Kabupaten Garut sudah menangani 12 laporan dan "
        "semuanya masih diproses.",
        [],
    ),
    # "Dari 12 kasus, sebanyak 5 kasus adalah pelanggaran netralitas ...", "Dari 12 kasus yang kami tangani, 5 kasus
    # melibatkan ASN": a total opened by "dari" that names no neutrality, split past a comma by the ASN's part, is of
    # every kind (as with "di antaranya"); the part is the count
    (
        "Bawaslu Kabupaten Pati selama kampanye Pilkada 2020 menangani 17 dugaan pelanggaran pemilihan. Ketua Bawaslu "
        "Kabupaten Pati, Fulan, menyampaikan pelanggaran didominasi ASN. Dari 17 kasus, sebanyak 6 (enam) kasus adalah "
        "pelanggaran netralitas yang dilakukan oleh ASN.",
        [("violation_count", 6, "cases", "reported", "regional", "33.18", "pilkada", 2020)],
    ),
    (
        'Bawaslu Kabupaten Pati menangani 17 dugaan pelanggaran pada Pilkada 2020. "Dari 17 kasus yang kami tangani, '
        '6 kasus melibatkan ASN," kata Fulan.',
        [("violation_count", 6, "cases", "reported", "regional", "33.18", "pilkada", 2020)],
    ),
]

REAL_PATTERNS = REGIONS_AND_SCOPE + LISTS_OF_REGIONS + STATUSES + WHAT_IS_COUNTED


@pytest.mark.parametrize("text, expected", REAL_PATTERNS, ids=[p[0][:50] for p in REAL_PATTERNS])
def test_patterns_of_real_news(analyse, text, expected):
    assert fact_tuples(analyse(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text, scope, region",
    [
        (
            "Ketua Bawaslu RI Fulan, Kamis (19/9) di kawasan Senayan, Jakarta, menyebutkan sudah ada 410 laporan "
            "dugaan pelanggaran netralitas ASN pada Pilkada 2024.",
            "national",
            None,
        ),
        (
            "Ketua Bawaslu RI Fulan di Jakarta, Kamis (19/9), menyebutkan ada 410 laporan dugaan pelanggaran "
            "netralitas ASN pada Pilkada 2024.",
            "national",
            None,
        ),
        (
            "Dalam rapat koordinasi Bawaslu RI bersama kepala daerah di Kota Palembang pada Rabu 12 Oktober 2022, "
            "Ketua KASN Fulan menyebutkan pada Pemilu 2019 ditemukan 640 pelanggaran netralitas ASN.",
            "national",
            None,
        ),
        (
            "Ketua Bawaslu Kota Bogor, Senin (2/9) di Bogor, mengatakan 410 laporan dugaan pelanggaran netralitas "
            "ASN sudah diterima pada Pilkada 2024.",
            "regional",
            "32.71",
        ),
    ],
)
def test_where_a_statement_was_made_is_no_place_of_its_figures(analyse, text, scope, region):
    # the venue of a national body's statement, named with its day, is not the figures' region; a regional
    # body's statement keeps its own region
    facts = fact_tuples(analyse(text, title="Bawaslu Terima 410 Laporan Netralitas ASN"))
    assert [(f[4], f[5]) for f in facts] == [(scope, region)]


def test_a_province_in_the_outlets_name_after_the_dateline_is_no_place_of_the_figures(analyse):
    # "Kota A (Warta Jatim) –": the outlet's name, bracketed after the dateline's place, names a province
    text = (
        "Tulungagung (Warta Jatim) – Sebanyak 8 Aparatur Sipil Negara (ASN) di lingkup Pemerintah Kabupaten (Pemkab) "
        "Tulungagung dilaporkan ke Bawaslu karena diduga tidak netral pada Pilkada 2024."
    )
    facts = fact_tuples(analyse(text, dateline="TULUNGAGUNG"))
    assert facts == [("violation_count", 8, "persons", "reported", "regional", "35.04", "pilkada", 2024)]
    # a place alone in the brackets after the outlet's name is the dateline's place, the story's region
    text = "KABAR SULTRA (KOLAKA) – Sebanyak 3 ASN dilaporkan ke Bawaslu karena diduga tidak netral pada Pilkada 2024."
    facts = fact_tuples(analyse(text, dateline="KABAR SULTRA"))
    assert facts == [("violation_count", 3, "persons", "reported", "regional", "74.01", "pilkada", 2024)]


def test_a_national_story_is_about_no_region(analyse):
    # filed from Jakarta, and ranking provinces: still about the whole country
    text = (
        "Jakarta | Badan Pengawas Pemilu (Bawaslu) mencatat 520 dugaan pelanggaran netralitas ASN pada Pilkada "
        "2020. Secara wilayah, terbanyak di Sulawesi Tenggara sebanyak 71 kasus, disusul Maluku Utara 60 kasus."
    )
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert ("violation_count", 71, "cases", "reported", "regional", "74", "pilkada", 2020) in fact_tuples(result)


def test_a_page_that_starts_mid_story_with_a_national_ranking_is_national(analyse):
    # a second page: no lead, a national body ranking provinces; a figure after the ranking is the nation's
    text = (
        "Terakhir, modus pelanggaran yang sering terjadi adalah dukungan dana untuk peserta pemilu.\nLebih lanjut, "
        "Budi menyebut KASN menemukan pelanggaran netralitas ASN pada Pemilu 2024 di beberapa wilayah. "
        "Provinsi tersebut antara lain Sulawesi Selatan (41 kasus), Jawa Tengah (20) dan Sulawesi Tengah (7).\n"
        "Selain itu, Budi mengumumkan bahwa sebanyak 11 ASN telah dijatuhi sanksi berat."
    )
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert ("violation_count", 11, "persons", "sanctioned", "national", None, "pemilu", 2024) in fact_tuples(result)


def test_a_story_of_a_regional_body_is_not_national(analyse):
    text = (
        "Badan Pengawas Pemilu (Bawaslu) Kota Bandarlampung mencatat 13 ASN diadukan ke KASN pada Pilwakot "
        "2020. Ketua Bawaslu mengatakan tujuh di antaranya sudah menerima putusan sanksi."
    )
    assert analyse(text).article["region_codes"] == "18.71"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bawaslu memanggil dua ASN di Kota Administrasi Jakarta Utara yang hadir di acara bakal calon.", "31.72"),
        ("Bawaslu memeriksa tiga ASN Pemkot Jakarta Selatan karena mengunggah dukungan kepada caleg.", "31.74"),
        ("Bawaslu menyebut satu ASN Kabupaten Administrasi Kepulauan Seribu diduga tidak netral.", "31.01"),
    ],
)
def test_a_city_of_jakarta_named_as_a_government_makes_the_story_its_own(analyse, text, code):
    # Jakarta's cities are where national bodies speak, so a bare "Jakarta Selatan" in the lead stays a venue; but
    # "Kota Administrasi ...", "Pemkot ..." name the city's government and its civil servants
    result = analyse(text)
    assert result.article["region_codes"] == code
    assert all(f[4] == "regional" and f[5] == code for f in fact_tuples(result))


def test_a_venue_in_a_city_of_jakarta_keeps_a_national_story_national(analyse):
    text = (
        "Bawaslu mencatat 150 dugaan pelanggaran netralitas ASN pada Pemilu 2024, kata anggota Bawaslu RI di "
        "Hotel Melati, Jakarta Barat."
    )
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert ("violation_count", 150, "cases", "reported", "national", None, "pemilu", 2024) in fact_tuples(result)


def test_the_place_of_a_statement_with_its_date_is_no_scope(analyse):
    text = (
        'Bawaslu RI merekomendasikan 210 kasus pelanggaran netralitas ASN pada Pilkada 2018. "Ada 210 kasus," '
        "kata seorang pejabat Bawaslu RI pada diskusi di Hotel Mawar, Menteng, Jakarta Pusat (5/7)."
    )
    assert all(f[4] == "national" for f in fact_tuples(analyse(text)))


def test_a_rank_held_nationally_by_the_region_the_sentence_before_names_is_no_national_figure(analyse):
    # "Bahkan berada di peringkat pertama secara nasional dengan 9 kasus": the regency named before holds the rank
    text = (
        "MANADO - Ketua Bawaslu Sulut, Fulan, Senin (11/9/2023), menyebut daerah di Sulut yang masuk 10 kabupaten "
        "tertinggi pelanggaran netralitas ASN adalah Kabupaten Bolaang Mongondow. Bahkan berada di peringkat "
        "pertama secara nasional dengan 9 kasus."
    )
    assert not [f for f in fact_tuples(analyse(text)) if f[4] == "national"]


def test_a_province_story_that_ranks_its_regencies_is_about_the_province(analyse):
    text = (
        "Bawaslu Sulsel Temukan Belasan Dugaan Pelanggaran Netralitas\n\nMAKASSAR - Badan Pengawas Pemilu "
        "(Bawaslu) Sulawesi Selatan mencatat 19 dugaan pelanggaran netralitas ASN pada Pilkada 2024. Adapun "
        "Kabupaten Pinrang 7 orang, Kota Palopo 5 orang, Kabupaten Pangkep 4 orang dan Kota Makassar 3 orang."
    )
    assert analyse(text).article["region_codes"] == "73"


def test_a_national_lead_may_spread_over_provinces(analyse):
    # a lead that spreads over several provinces is the whole country's figure, not the first province's
    text = (
        "JAKARTA - Seorang komisioner Bawaslu menyebut, ASN yang hadir dalam kampanye Pemilu 2019 dilaporkan "
        "di 12 provinsi, dari Aceh sampai Papua. Sejauh ini 64 ASN sudah dilaporkan."
    )
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert ("violation_count", 64, "persons", "reported", "national", None, "pemilu", 2019) in fact_tuples(result)


def test_a_national_headline_may_rank_a_province(analyse):
    text = (
        "BKN: 150 ASN Dinyatakan Melanggar Netralitas di Pilkada 2024, Tertinggi di Sultra\n\nJAKARTA - Badan "
        "Kepegawaian Negara (BKN) mencatat 270 aduan soal netralitas ASN sepanjang Pilkada 2024."
    )
    assert analyse(text).article["region_codes"] in ("", None)


@pytest.mark.parametrize(
    "lead",
    [
        "JAKARTA - Hingga akhir Maret, ditemukan sebanyak 143 kasus ketidaknetralan ASN dengan Jawa Tengah di posisi "
        "teratas.",
        "JAKARTA - Bawaslu mencatat 143 kasus ketidaknetralan ASN, dengan Jawa Tengah di posisi tertinggi.",
    ],
)
def test_a_national_total_with_its_top_province_is_national(analyse, lead):
    # "N kasus ... dengan PROVINSI di posisi teratas": the province tops the ranking of the total, whose own it is not
    title = "Bawaslu Rekap Pelanggaran ASN Pemilu 2019"
    result = analyse(title + "\n" + lead, title=title, dateline="JAKARTA")
    assert result.article["region_codes"] in ("", None)
    assert fact_tuples(result) == [("violation_count", 143, "cases", "reported", "national", None, "pemilu", 2019)]


def test_a_headline_count_of_cases_over_a_smaller_neutrality_count_is_every_kinds(analyse):
    title = "Bawaslu Sampang Tangani Delapan Kasus"
    text = (
        title
        + "\nBawaslu Kabupaten Sampang menangani lima laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024."
    )
    result = analyse(text, title=title)
    assert fact_tuples(result) == [("violation_count", 5, "cases", "reported", "regional", "35.27", "pilkada", 2024)]


def test_a_headline_that_a_body_judged_an_official_in_violation_proves_it(analyse):
    # "Bawaslu A nilai seorang pejabat langgar netralitas": judged, not suspected ("menilai ... melanggar" as well)
    title = "Bawaslu Sleman nilai seorang Pejabat DIY langgar netralitas ASN"
    text = (
        title + "\nYogyakarta - Bawaslu Kabupaten Sleman menilai seorang pejabat eselon II di lingkungan Pemprov DIY "
        "berinisial R melanggar ketentuan terkait netralitas ASN dalam Pilkada 2024."
    )
    assert fact_tuples(analyse(text, title=title)) == [
        ("violation_count", 1, "persons", "proven", "regional", "34.04", "pilkada", 2024)
    ]


def test_figures_after_a_lead_that_lists_neutrality_among_other_kinds_are_of_every_kind(analyse):
    # "... 40 laporan dugaan pelanggaran, meliputi ketidaknetralan ASN, politik uang, dan ...", then a table of the
    # regions' reports, or a region's count: every kind's, not the ASN's
    table = (
        "Bawaslu Provinsi Lampung menerima 35 laporan dugaan pelanggaran Pilkada 2024, meliputi ketidaknetralan "
        "ASN, politik uang, dan pelanggaran administrasi.\nRincian laporan per kabupaten/kota:\nPesawaran: 11 "
        "laporan\nTanggamus: 4 laporan\nWay Kanan: 6 laporan"
    )
    ranked = (
        "Mayoritas laporan yang diterima Bawaslu Sumsel menyangkut netralitas ASN, pelanggaran kampanye, serta "
        "dugaan politik uang. Adapun daerah dengan laporan paling banyak adalah Kabupaten Lahat dengan 63 laporan."
    )
    assert fact_tuples(analyse(table)) == []
    assert fact_tuples(analyse(ranked)) == []


def test_officials_bound_to_resign_if_they_run_are_no_candidates(analyse):
    title = "Empat Pj Bupati di Sultra Wajib Mundur Bila Ikut Pilkada 2024"
    text = title + "\nKENDARI - Kemendagri meminta Pj kepala daerah yang akan ikut Pilkada 2024 mengundurkan diri."
    assert fact_tuples(analyse(text, title=title)) == []


def test_a_rule_said_of_anyone_and_politicians_who_run_are_no_candidates(analyse):
    # "seorang Pj kepala daerah harus mengundurkan diri": what the rules ask of anyone; "empat tokoh politik yang
    # akan bertarung": politicians, no officials
    text = (
        "PEKANBARU - Menurut edaran Kemendagri 3 Juni 2024, seorang Pj kepala daerah harus mengundurkan diri baik "
        "dari jabatan Pj maupun status ASN-nya. Saat seorang Pj kepala daerah mundur, ia kembali menjadi warga biasa. "
        "Dari lima tokoh politik yang akan bertarung dalam kontestasi Pilkada "
        "Kabupaten Kampar, hanya bakal calon wakil Fulan yang jarang terdengar namanya."
    )
    assert fact_tuples(analyse(text)) == []


def test_a_slogan_that_says_go_forward_is_no_candidacy(analyse):
    text = (
        "Bawaslu Kabupaten Ngawi menerima laporan soal kegiatan guru di Pilkada 2024. Dalam acara itu, salah satu "
        "ASN meneriakkan yel-yel ‘Ngawi terus maju bareng’ yang identik dengan jargon paslon petahana."
    )
    assert [f for f in fact_tuples(analyse(text)) if f[0] == "related_candidates"] == []


def test_asn_who_steer_votes_to_a_candidate_who_runs_are_no_candidates(analyse):
    text = (
        "Bawaslu Kabupaten Batu Bara menerima laporan video pada Pilkada 2024. Dalam video itu, diduga salah satu ASN "
        "mengarahkan kelompok tani binaannya memilih pasangan calon yang ikut bertarung dalam Pilkada Batu Bara."
    )
    assert [f for f in fact_tuples(analyse(text)) if f[0] == "related_candidates"] == []


def test_a_rank_is_no_count(analyse):
    title = "KASN: Sultra Urutan Ketiga Pelanggaran Netralitas ASN"
    text = title + "\nData pengaduan pelanggaran netralitas ASN pada Pilkada 2020 terdapat 8 kasus di Sultra."
    assert fact_tuples(analyse(text, title=title)) == [
        ("violation_count", 8, "cases", "reported", "regional", "74", "pilkada", 2020)
    ]


def test_a_body_then_a_comma_and_a_ranked_province_is_no_regional_body(analyse):
    # "... diterima Bawaslu, Jatim Terbanyak": the comma ends the body's name; the province is the ranking's top
    text = (
        "120 Laporan Netralitas ASN diterima Bawaslu, Jatim Terbanyak\n\nJakarta - Bawaslu merekap laporan soal "
        "ASN tak netral pada Pemilu 2024. Tercatat sebanyak 120 laporan diterima Bawaslu RI."
    )
    result = analyse(text)
    assert result.article["region_codes"] in ("", None)
    assert [(f[1], f[4]) for f in fact_tuples(result)] == [(120, "national")]


def test_a_list_row_opening_with_a_province_in_capitals_is_no_dateline(analyse):
    # "NTB 6 pelanggaran," opening a line is a row of a list, not a dateline ("MATARAM - ...")
    text = (
        "Bawaslu RI merinci pelanggaran netralitas ASN Pemilu 2024 per provinsi:\nJawa Barat 12 pelanggaran,\n"
        "NTB 9 pelanggaran,\nRiau 4 pelanggaran."
    )
    assert {(f[1], f[5]) for f in fact_tuples(analyse(text))} == {(12, "32"), (9, "52"), (4, "14")}


def test_the_election_as_a_legal_category_does_not_name_the_article_election(analyse):
    # "pelanggaran pemilu lainnya" is the category a Pilkada violation falls under, not a Pemilu
    text = (
        "Bawaslu Kabupaten Wajo mendapati 6 ASN diduga tidak netral. Menurut ketuanya, perkara netralitas ASN "
        "tergolong pelanggaran pemilu lainnya. Perkara itu muncul di setiap tahapan Pilkada."
    )
    article = analyse(text, published="2024-07-25").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)


def test_one_figure_for_several_regions_gives_each_fact_a_span_of_its_own(analyse):
    # the facts table's key is (article, type, span): "masing-masing delapan kasus" of two regencies, or one
    # list item of two, must not give two facts the same span
    text = (
        "Bawaslu Jambi mencatat dugaan pelanggaran netralitas ASN pada Pilkada 2024. Kabupaten Merangin dan "
        "Kabupaten Kerinci menjadi daerah dengan kasus terbanyak, masing-masing delapan kasus. Sementara "
        "Kabupaten Bungo dan Tebo masing-masing 3 kasus, Kota Jambi 2 kasus."
    )
    facts = analyse(text).facts
    spans = [(f["fact_type"], f["start_char"], f["end_char"]) for f in facts]
    assert len(spans) == len(set(spans)), facts
    assert {f["region_code"] for f in facts if f["value"] == 8} == {"15.01", "15.02"}


def test_a_national_body_named_as_the_source_keeps_its_figure_national(analyse):
    # "Berdasarkan data BKN" in a story whose headline names a regional office: the figure is the country's
    text = (
        "BKN Medan Blokir 3 Pegawai\n\nBerdasarkan data Badan Kepegawaian Negara (BKN), hingga kini tercatat "
        "640 laporan ASN tidak netral pada Pilkada 2020."
    )
    assert ("violation_count", 640, "cases", "reported", "national", None, "pilkada", 2020) in fact_tuples(
        analyse(text)
    )


def test_an_election_cited_as_past_is_the_one_last_held(analyse):
    # "Pemilu baru-baru ini" in a story published after the Pemilu 2019 is that Pemilu, not the next one
    text = (
        "Bawaslu Kalsel berharap ASN netral pada Pilkada 2020. Berkaca pada Pemilu baru-baru ini ada 12 ASN "
        "yang dilaporkan Bawaslu Kalsel ke Komisi ASN lantaran diduga tak netral."
    )
    facts = fact_tuples(analyse(text, published="2019-10-01"))
    assert ("violation_count", 12, "persons", "reported", "regional", "63", "pemilu", 2019) in facts


def test_an_election_compared_with_is_past_wherever_it_is_named_again(analyse):
    # "Pemilu kali ini" set against "Pilkada serentak 2020", which a later sentence names again: a story of the
    # Pemilu, not of the Pilkada
    text = (
        "Meski pelanggaran netralitas ASN pada Pemilu kali ini diperkirakan lebih berat, laporan yang diterima "
        'KASN justru lebih sedikit dibanding Pilkada serentak 2020. "Ada 250 ASN yang dilaporkan, sementara pada '
        'Pilkada serentak 2020 jumlahnya sampai 1.700," kata Wiryo.'
    )
    article = analyse(text, published="2024-01-20").article
    assert (article["election_type"], article["election_year"]) == ("pemilu", 2024)


def test_an_election_whose_only_year_is_a_past_one_compared_with_is_the_calendars(analyse):
    # "Pilkada tahun ini" set against "Pilkada tahun 2017", in a story dated in the 2024 campaign: the 2024 Pilkada
    text = (
        "Ketua Bawaslu Kota Kendari menyampaikan bahwa suasana Pilkada serentak tahun ini jauh lebih kondusif "
        "dibanding Pilkada tahun 2017. Sampai sekarang hanya ada dua kasus terkait netralitas ASN."
    )
    article = analyse(text, published="2024-11-12").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)


def test_a_figure_restated_without_its_election_is_one_fact(analyse):
    # the article is about the Pemilu; the figure, first stated with its Pilkada, is restated with no election
    text = (
        "Bawaslu Kalsel menangani 57 kasus netralitas ASN selama Pilkada 2024. Bawaslu juga bersiap untuk "
        "Pemilu 2029.\n\nMenurut Ketua Bawaslu, 57 dugaan pelanggaran netralitas ASN itu ditangani bersama "
        "Bawaslu kabupaten dan kota."
    )
    result = analyse(text, title="Bawaslu Kalsel Bersiap Awasi Pemilu 2029")
    assert fact_tuples(result) == [("violation_count", 57, "cases", "reported", "regional", "63", "pilkada", 2024)]


def test_an_election_named_once_in_passing_is_the_one_under_way(analyse):
    # a story of October 2024 that says "pemilu" only as the notion ("netral dalam pemilu") is about the Pilkada
    # then under way; with a year of its own, or said more than once, the article's words decide
    text = (
        "Empat lurah dan satu camat di Kota Batam dilaporkan ke Bawaslu karena berfoto dengan salah satu pasangan "
        "calon. Pelapor berharap semua ASN sadar untuk tetap netral dalam pemilu."
    )
    article = analyse(text, published="2024-10-04").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)
    named = analyse(text.replace("dalam pemilu.", "dalam Pemilu 2024."), published="2024-10-04").article
    assert (named["election_type"], named["election_year"]) == ("pemilu", 2024)


def test_pilkada_pileg_or_pilpres_named_once_are_never_the_election_then_under_way(analyse):
    # only "pemilu" is said loosely of any election: a story of the legislative candidates in the Pemilu season,
    # or of a Pilkada won months before, keeps the election it names
    bacaleg = "Dua ASN di Kota Ambon mendaftar sebagai bakal calon pada Pileg tanpa mengundurkan diri."
    article = analyse(bacaleg, published="2023-10-05").article
    assert (article["election_type"], article["election_year"]) == ("pileg", 2024)
    sanction = "Dua camat di Kabupaten Kutai Timur dijatuhi sanksi karena memihak salah satu calon pada Pilkada."
    article = analyse(sanction, published="2018-12-10").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2018)


def test_an_article_that_names_no_election_is_about_the_one_under_way(analyse):
    text = "Bawaslu Kota Ternate menemukan tiga ASN yang diduga tidak netral. Ketiganya sudah dimintai klarifikasi."
    in_season = analyse(text, published="2020-11-02").article
    assert (in_season["election_type"], in_season["election_year"]) == ("pilkada", 2020)
    out_of_season = analyse(text, published="2022-06-01").article
    assert out_of_season["election_type"] == "unknown"


def test_a_part_with_a_region_of_its_own_is_that_regions_figure(analyse):
    # the nationwide words are the total's: the part after them is placed by its own region
    text = (
        "Ada 777 Pelanggaran Netralitas ASN Selama Pilkada di Indonesia, 31 di Antaranya Ada di Riau\n\n"
        "Bawaslu RI mencatat 777 pelanggaran netralitas ASN selama tahapan Pilkada 2020."
    )
    facts = {(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {(777, "national", None), (31, "regional", "14")}


def test_the_election_as_an_ideal_does_not_name_the_article_election(analyse):
    # "integritas pemilu", "pemilu yang jujur dan adil": the notion, said of a Pilkada too
    text = (
        "Bawaslu Kabupaten Sigi menemukan tiga dugaan pelanggaran netralitas ASN selama Pilkada serentak tahun "
        "2024. Langkah ini untuk menjaga integritas pemilu. Ia berharap semua pihak mewujudkan pemilu yang jujur "
        "dan adil."
    )
    article = analyse(text, published="2024-11-12").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)


def test_the_top_of_a_ranking_is_not_the_region_of_a_province_story(analyse):
    # "... Paling Banyak di Kabupaten A" in a province's story: the province ranks its regencies
    text = (
        "Kasus ASN Tidak Netral Paling Banyak di Kabupaten Sinjai\n"
        "Bawaslu Sulawesi Selatan menangani 12 kasus netralitas ASN selama Pilkada 2024. Jumlah terlapornya "
        "sebanyak 30 ASN."
    )
    result = analyse(text, title="Kasus ASN Tidak Netral Paling Banyak di Kabupaten Sinjai")
    assert result.article["region_codes"] == "73"
    assert {(f[1], f[5]) for f in fact_tuples(result)} == {(12, "73"), (30, "73")}


def test_the_month_and_year_after_the_election_name_its_year(analyse):
    # "Pilkada Gubernur ... Sulawesi Utara, Desember 2020 lalu", reported months after the next cycle's season began
    text = (
        "Sanksi disiplin diberikan kepada 14 orang ASN Pemerintah Kabupaten Kepulauan Talaud. Mereka melanggar "
        "netralitas ASN pada Pilkada Gubernur dan Wakil Gubernur Sulawesi Utara, Desember 2020 lalu."
    )
    result = analyse(text, published="2021-05-03")
    assert (result.article["election_type"], result.article["election_year"]) == ("pilkada", 2020)
    assert [(f[1], f[5]) for f in fact_tuples(result)] == [(14, "71.04")]


def test_pemilu_said_loosely_of_a_race_for_bupati_is_the_pilkada(analyse):
    # "pemilu" with no year, in a story about the candidates for bupati: the Pilkada under way
    text = (
        "Bawaslu Kabupaten Sigi memeriksa tiga ASN yang diduga tidak netral dalam pemilu. Mereka kedapatan "
        "mendukung salah satu pasangan calon bupati di media sosial. Selama pemilu, calon bupati itu juga melapor."
    )
    article = analyse(text, published="2024-10-10").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)


def test_the_election_in_a_quoted_law_does_not_name_the_article_election(analyse):
    # the rules are cited in Pemilu terms ("netral dalam Pemilu, sesuai Pasal 2 UU ...") in a Pilkada story
    text = (
        "Bawaslu Kabupaten Sigi menerima satu laporan dugaan pelanggaran netralitas ASN dalam Pilkada 2024.\n"
        "ASN wajib netral dalam Pemilu sesuai Pasal 2 UU Nomor 5 Tahun 2014 tentang ASN.\n"
        "Larangan bagi ASN dalam Pemilu 2024 diatur pula dalam Peraturan Pemerintah Nomor 94 Tahun 2021."
    )
    article = analyse(text, published="2024-10-02").article
    assert (article["election_type"], article["election_year"]) == ("pilkada", 2024)


def test_a_restated_count_with_a_status_read_past_its_clause_keeps_it(analyse):
    text = (
        "Bawaslu Kabupaten Sigi telah menemukan empat dugaan pelanggaran netralitas ASN selama Pilkada 2024.\n"
        "Ia mengatakan, setelah penetapan paslon ada dua dugaan pelanggaran lagi. Sehingga ada empat pelanggaran "
        "netralitas ASN dan itu sudah direkomendasikan ke BKN."
    )
    # the count found, then said to be recommended: one count, the decided one (`decided_restatements_kept`)
    facts = {(f[1], f[3]) for f in fact_tuples(analyse(text)) if f[1] == 4}
    assert facts == {(4, "proven")}


def test_asn_declared_not_neutral_are_a_proven_count(analyse):
    # "tidak netral" is the violation itself: the negation denies no status of it
    text = "Tujuh ASN di Kabupaten Sigi dinyatakan tidak netral dalam Pilkada 2024."
    assert fact_tuples(analyse(text)) == [
        ("violation_count", 7, "persons", "proven", "regional", "72.10", "pilkada", 2024)
    ]


def test_a_marked_part_of_violators_with_a_region_of_its_own_is_that_regions_figure(analyse):
    # the ASN of "9 ASN di antaranya" are some of the violators just counted, whatever the clause says of them
    text = (
        "Menurut data Bawaslu Sulawesi Tengah, ada 23 ASN yang dilaporkan. Sebanyak 9 ASN di antaranya berasal "
        "dari Kabupaten Sigi."
    )
    facts = {(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {(23, "reported", "72"), (9, "reported", "72.10")}


def test_a_list_that_turns_to_putting_figures_first_gives_each_its_region(analyse):
    # after region-first items, "16 kasus Kota Tidore Kepulauan, 15 kasus Halmahera Barat" puts figures first
    text = (
        "Bawaslu Maluku Utara mencatat 90 kasus netralitas ASN. Untuk Kota Ternate sebanyak 41 kasus, 26 kasus "
        "kota Tidore Kepulauan, 23 kasus Halmahera Barat."
    )
    facts = {(f[1], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {(90, "82"), (41, "82.71"), (26, "82.72"), (23, "82.01")}


def test_a_figure_first_list_may_say_where_its_asn_come_from(analyse):
    text = (
        "Bawaslu Sulawesi Tengah mencatat 31 ASN yang dilaporkan tidak netral. Dari jumlah itu, 14 ASN berasal "
        "dari Kabupaten Sigi, 10 ASN dari Kabupaten Poso, dan 7 ASN dari Kota Palu."
    )
    facts = {(f[1], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {(31, "72"), (14, "72.10"), (10, "72.02"), (7, "72.71")}


def test_a_nationwide_figure_and_a_provinces_figure_set_against_it_keep_their_scopes(analyse):
    text = (
        "Bawaslu mencatat sebanyak 1.700 pelanggaran netralitas ASN secara nasional, sementara di Provinsi Jambi "
        "terdapat 37 kasus."
    )
    facts = {(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {(1700, "national", None), (37, "regional", "15")}


def test_regions_that_contribute_to_a_national_total_are_its_list(analyse):
    text = (
        "Jakarta - Menteri PANRB menyebut ada 1.210 ASN yang dilaporkan tidak netral. Jawa Barat menyumbang "
        "130 ASN, Jawa Tengah 85 ASN."
    )
    facts = {(f[0], f[1], f[4], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {
        ("violation_count", 1210, "national", None),
        ("violation_count", 130, "regional", "32"),
        ("violation_count", 85, "regional", "33"),
    }


def test_a_ranking_of_asn_not_neutral_counts_violators(analyse):
    text = (
        "Jakarta - BKN memblokir data 230 ASN yang tidak netral selama Pilkada 2024, terbanyak dari Provinsi "
        "Sulawesi Selatan sebanyak 45 ASN."
    )
    facts = {(f[0], f[1], f[4], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {("violation_count", 230, "national", None), ("violation_count", 45, "regional", "73")}


@pytest.mark.parametrize(
    "clause",
    [
        "mengambil formulir pendaftaran bakal calon bupati di partai politik",
        "ikut penjaringan bakal calon bupati",
        "tercatat dalam daftar calon sementara anggota DPRD",
        "sudah menyerahkan surat pengunduran diri agar bisa ikut pemilihan bupati",
        "yang merupakan bakal calon bupati dipanggil Bawaslu",
    ],
)
def test_officials_who_take_steps_to_run_are_related_candidates(analyse, clause):
    facts = fact_tuples(analyse(f"Tiga kepala dinas di Kabupaten Sigi {clause}."))
    assert [(f[0], f[1], f[5]) for f in facts] == [("related_candidates", 3, "72.10")]


def test_a_civil_servant_named_in_full_and_placed_at_length_who_runs_is_a_related_candidate(analyse):
    title = "ASN Dinas Pendidikan Kudus Nyalon Bupati"
    text = (
        f"{title}\n\nKudus - Seorang aparatur sipil negara (ASN) di Dinas Pendidikan dan Kebudayaan (Disdikbud) "
        "Kabupaten Kudus, Jawa Tengah, Fulan Wibisono ikut mencalonkan diri sebagai bupati di Pilkada Kudus 2024."
    )
    facts = fact_tuples(analyse(text, title=title))
    assert [(f[0], f[1], f[5]) for f in facts] == [("related_candidates", 1, "33.19")]


def test_the_rest_of_the_asn_counted_who_register_as_candidates_are_related_candidates(analyse):
    text = (
        "Sebanyak 12 ASN di Kabupaten Sumba Tengah dijatuhi sanksi pada Pilkada 2020. Kepala BKD menyebutkan, ada "
        "10 ASN yang terlibat mendukung salah satu pasangan calon. Adapun dua orang lainnya mendaftarkan diri "
        "sebagai calon kepala daerah."
    )
    facts = fact_tuples(analyse(text))
    assert [(f[0], f[1], f[5]) for f in facts if f[0] == "related_candidates"] == [("related_candidates", 2, "53.17")]


def test_who_ought_to_sanction_a_named_official_is_no_sanction(analyse):
    text = (
        "Jakarta - Kemendagri menyebut netralitas ASN pada Pilkada 2024 harus dijaga. Wamendagri menerangkan bahwa "
        "semestinya yang memberi sanksi kepada Camat Susut adalah Bupati Bangli."
    )
    assert fact_tuples(analyse(text)) == []


def test_some_of_the_candidates_named_and_counted_together_are_no_candidates_of_their_own(analyse):
    # "Ketiganya bertarung di dapil II" after six ASN counted as candidates and three of them named
    text = (
        "Lima ASN di lingkup Pemkab Takalar mengundurkan diri demi maju sebagai calon anggota legislatif pada Pileg "
        "2019. Mereka antara lain Fulan dari PKB, Fulanah dari NasDem, dan Fulani dari PKS. Ketiganya bertarung di "
        "daerah pemilihan II."
    )
    assert [f for f in fact_tuples(analyse(text)) if f[0] == "related_candidates"] == [
        ("related_candidates", 5, "persons", None, "regional", "73.05", "pileg", 2019)
    ]


def test_the_others_of_candidates_counted_before_are_no_candidates_of_their_own(analyse):
    # "ketiga ASN lainnya" after five who run: three of those five, not three more
    text = (
        "Lima ASN Pemprov Sulawesi Tengah mundur untuk maju pada Pilkada 2024. Dua orang sudah diberhentikan, "
        "sementara ketiga ASN lainnya baru menyerahkan surat pengunduran diri pekan lalu."
    )
    assert [(f[0], f[1]) for f in fact_tuples(analyse(text))] == [("related_candidates", 5)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # letters of resignation to run, counted before the words for them
        (
            "BKD Kabupaten Mimika baru menerima dua berkas surat pengunduran diri dari ASN yang akan maju sebagai "
            "bakal calon bupati.",
            [("related_candidates", 2, "94.04")],
        ),
        (
            "BKPSDM Kabupaten Sigi menerima satu pengajuan berkas atau surat pengunduran diri untuk maju Pilkada.",
            [("related_candidates", 1, "72.10")],
        ),
        ("BKPSDM Kabupaten Sigi menerima dua surat pengunduran diri pegawai yang pensiun.", []),  # not to run
        # registering in the race itself
        (
            "BKD Kabupaten Sigi mencatat ada 4 ASN yang mendaftar dalam kontestasi pemilihan.",
            [("related_candidates", 4, "72.10")],
        ),
    ],
)
def test_letters_of_resignation_to_run_and_registering_in_the_race_are_candidacies(analyse, text, expected):
    assert [(f[0], f[1], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_declaring_oneself_a_candidate_listed_among_violations_is_no_candidacy(analyse):
    listed = analyse(
        "Bawaslu Kalimantan Timur merilis tren pelanggaran ASN pada Pilkada 2020 yakni 5 kasus mendaftarkan diri "
        "pada partai politik, 3 ASN yang mendeklarasikan diri sebagai bakal calon kepala daerah."
    )
    running = analyse(
        "Ada 9 ASN Pemprov NTB yang melanggar netralitas pada Pilkada 2020, termasuk tiga pejabat Pemprov yang maju "
        "sebagai calon kepala daerah."
    )
    assert "related_candidates" not in {f[0] for f in fact_tuples(listed)}
    assert ("related_candidates", 3) in {(f[0], f[1]) for f in fact_tuples(running)}


def test_candidates_named_again_are_the_candidates_unless_reported_for_a_violation(analyse):
    on_leave = analyse(
        "BKD Provinsi NTB mencatat tiga ASN Pemprov NTB mengundurkan diri untuk maju pada Pilkada 2020. Meski status "
        "kepegawaian ketiga ASN ini dinonaktifkan, mereka masih menerima gaji pokok."
    )
    reported = analyse(
        "Dua ASN Kabupaten Sigi mendaftar sebagai bakal calon anggota legislatif pada Pemilu 2024. Kedua ASN "
        "tersebut dilaporkan ke KASN karena belum mengundurkan diri."
    )
    assert [(f[0], f[1]) for f in fact_tuples(on_leave)] == [("related_candidates", 3)]
    assert [(f[0], f[1]) for f in fact_tuples(reported)] == [("related_candidates", 2), ("violation_count", 2)]


def test_persons_counted_before_and_said_to_run_by_a_collective_numeral_are_related_candidates(analyse):
    text = (
        "Dua ASN Kabupaten Sigi dilaporkan ke KASN karena melanggar netralitas. Keduanya mendaftarkan diri sebagai "
        "bakal calon bupati tanpa mengundurkan diri."
    )
    facts = {(f[0], f[1], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {("violation_count", 2, "72.10"), ("related_candidates", 2, "72.10")}


def test_the_total_of_the_asn_just_counted_counts_violators_and_their_reports_are_no_count(analyse):
    text = (
        'Bawaslu Kabupaten Fakfak merekomendasikan ASN ke KASN pada Pilkada 2020. "Untuk laporan pertama ada lima '
        "PNS, dan laporan kedua dua PNS. Jadi totalnya ada tujuh PNS dari dua laporan yang sudah kami "
        'rekomendasikan ke KASN," ujarnya.'
    )
    facts = {(f[0], f[1], f[2], f[3], f[5]) for f in fact_tuples(analyse(text))}
    assert ("violation_count", 7, "persons", "proven", "92.03") in facts
    assert not [f for f in facts if f[2] == "cases"]


def test_asn_involved_while_a_party_screens_candidates_are_not_candidates(analyse):
    text = "Bawaslu menyelidiki dugaan keterlibatan dua ASN Kota Palu saat proses penjaringan bakal calon wali kota."
    assert all(f[0] != "related_candidates" for f in fact_tuples(analyse(text)))


@pytest.mark.parametrize(
    "heading, rows, unit",
    [
        ("Berikut daftarnya:", ["- Sigi 14 ASN", "- Poso 11 ASN", "- Palu 6 ASN"], "persons"),
        ("Berikut tiga daerah dengan pelanggaran tertinggi:", ["Sigi 14", "Poso 11", "Palu 6"], "persons"),
        ("Kabupaten | Jumlah kasus", ["Sigi | 14", "Poso | 11", "Palu | 6"], "cases"),
    ],
)
def test_a_table_of_regions_gives_each_row_its_region(analyse, heading, rows, unit):
    # rows with no mark between region and figure, rows of bare figures, rows of a table with a header
    text = "\n".join(
        ["Bawaslu Sulawesi Tengah mencatat 31 ASN dilaporkan melanggar netralitas dalam Pilkada 2024.", heading, *rows]
    )
    facts = {(f[1], f[2], f[5]) for f in fact_tuples(analyse(text)) if f[1] != 31}
    assert facts == {(14, unit, "72.10"), (11, unit, "72.02"), (6, unit, "72.71")}


@pytest.mark.parametrize(
    "act",
    [
        "ikut berkampanye untuk salah satu pasangan calon",
        "menghadiri deklarasi salah satu bakal calon",
        "mengunggah foto bersama salah satu calon di media sosial",
        "memasang baliho salah satu calon",
    ],
)
def test_asn_counted_doing_what_asn_may_not_are_violators(analyse, act):
    facts = fact_tuples(analyse(f"Empat ASN di Kabupaten Sigi {act}."))
    assert [(f[0], f[1], f[3], f[5]) for f in facts] == [("violation_count", 4, "reported", "72.10")]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 4.100 ASN di Kabupaten Sigi diimbau tidak ikut kampanye salah satu pasangan calon.",
        "Sebanyak 4.100 ASN di Kabupaten Sigi bekerja selama masa kampanye.",
    ],
)
def test_an_act_asked_against_or_a_campaign_period_makes_no_violators(analyse, text):
    assert [f for f in fact_tuples(analyse(text)) if f[0] == "violation_count"] == []


def test_asn_declared_supporters_of_a_candidate_are_a_proven_count(analyse):
    text = "Sebanyak tujuh orang PNS di Kabupaten Sigi dinyatakan mendukung aktif salah satu pasangan calon bupati."
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(7, "proven")]


def test_none_found_so_far_is_a_zero_and_none_hoped_for_is_not(analyse):
    found = analyse("Hingga saat ini, ia memastikan tak ada ASN Pemkot Palu yang tak netral.")
    assert [(f[1], f[3], f[5]) for f in fact_tuples(found)] == [(0, "reported", "72.71")]
    hoped = analyse("Ia berharap tidak ada ASN Pemkot Palu yang tak netral.")
    assert fact_tuples(hoped) == []


def test_tak_netral_is_tidak_netral(analyse):
    text = "Lima ASN di Kabupaten Sigi dinyatakan tak netral."
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(5, "proven")]


@pytest.mark.parametrize(
    "region, code", [("Kabupaten Pangkajene dan Kepulauan", "73.10"), ("Kabupaten Kep. Sula", "82.05")]
)
def test_a_region_named_with_dan_or_an_abbreviation_does_not_end_the_clause(analyse, region, code):
    text = f"Bawaslu mencatat 6 ASN di {region} melanggar netralitas."
    assert [(f[1], f[5]) for f in fact_tuples(analyse(text))] == [(6, code)]


def test_a_region_ranked_first_with_its_figure_is_an_item_of_the_ranking(analyse):
    text = (
        "Jakarta - KASN mencatat 2.100 ASN dilaporkan melanggar netralitas. Provinsi Sulawesi Tenggara menempati "
        "posisi pertama dengan 151 ASN, disusul Sulawesi Selatan dengan 127 ASN."
    )
    facts = {(f[0], f[1], f[5]) for f in fact_tuples(analyse(text)) if f[1] != 2100}
    assert facts == {("violation_count", 151, "74"), ("violation_count", 127, "73")}


def test_a_kabupaten_placed_in_its_province_keeps_its_figure_in_a_ranking(analyse):
    text = (
        "KASN mencatat 300 ASN dilaporkan melanggar netralitas. Kabupaten Wakatobi di Sulawesi Tenggara menempati "
        "posisi pertama dengan 19 ASN, disusul Kabupaten Sumbawa 15 ASN."
    )
    facts = {(f[1], f[5]) for f in fact_tuples(analyse(text)) if f[1] != 300}
    assert facts == {(19, "74.07"), (15, "52.04")}


def test_a_list_of_the_asn_recommended_for_sanctions_keeps_their_status(analyse):
    text = (
        "Bawaslu Sulawesi Tengah telah merekomendasikan 33 ASN ke KASN. Rinciannya, Sigi 14 ASN, Poso 11 ASN dan "
        "Palu 8 ASN."
    )
    facts = {(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))}
    assert facts == {(33, "proven", "72"), (14, "proven", "72.10"), (11, "proven", "72.02"), (8, "proven", "72.71")}


def test_a_few_hundred_asn_are_no_regions_workforce(analyse):
    # no regency has fewer than a thousand ASN: "sebanyak 142 ASN" after a national count is no headcount
    text = (
        "Jakarta - KASN mencatat 2.034 ASN dilaporkan melanggar netralitas. Untuk wilayah Sulawesi Tenggara "
        "sebanyak 142 ASN."
    )
    assert all(f[0] != "asn_headcount" for f in fact_tuples(analyse(text)))
    assert [f[1] for f in fact_tuples(analyse("Kabupaten Sigi memiliki 4.512 ASN."))] == [4512]


@pytest.mark.parametrize(
    "clause, candidates",
    [
        ("menyatakan mundur dari pencalonan anggota DPRD", []),
        ("mengundurkan diri dari bursa pencalonan bupati", []),
        ("mundur dari jabatannya untuk maju sebagai calon bupati", [2]),
        # promoting another's candidacy is a violation, not a candidacy of their own
        ("mensosialisasikan bacalon bupati melalui alat peraga kampanye", []),
    ],
)
def test_withdrawing_from_the_race_or_promoting_another_is_no_candidacy(analyse, clause, candidates):
    facts = fact_tuples(analyse(f"Dua ASN di Kabupaten Sigi {clause}."))
    assert [f[1] for f in facts if f[0] == "related_candidates"] == candidates


def test_a_recommendation_made_conditional_stays_reported(analyse):
    # the conventions: "a recommendation made conditional ('jika terbukti') stays reported"; a decided one is proven
    def status(clause):
        return [f[3] for f in fact_tuples(analyse(f"Lima ASN di Kabupaten Sigi yang tidak netral {clause}."))]

    assert status("direkomendasikan ke BKN jika terbukti") == ["reported"]
    assert status("akan direkomendasikan ke KASN") == ["proven"]


def test_asn_not_neutral_who_were_proven_are_no_dismissed_count(analyse):
    # "tidak" negates "netral" here, not "terbukti"; "tidak terbukti melanggar" still dismisses
    proven = analyse("Enam ASN di Kabupaten Sigi yang tidak netral terbukti melanggar dan direkomendasikan ke KASN.")
    assert [(f[1], f[3]) for f in fact_tuples(proven)] == [(6, "proven")]
    assert fact_tuples(analyse("Enam ASN di Kabupaten Sigi tidak terbukti melanggar netralitas.")) == []


def test_a_part_that_leaves_out_its_noun_before_yang_and_a_status_is_counted(analyse):
    text = "Ada sembilan laporan ASN tidak netral di Kabupaten Sigi, namun hanya tiga yang terbukti."
    facts = {(f[1], f[2], f[3]) for f in fact_tuples(analyse(text))}
    assert facts == {(9, "cases", "reported"), (3, "cases", "proven")}


@pytest.mark.parametrize(
    "word, read_as",
    [
        ("pelangaran", "pelanggaran"),  # a letter dropped
        ("pelanggaraan", "pelanggaran"),  # a letter added
        ("merakomendasikan", "merekomendasikan"),  # a letter changed
        ("pealnggaran", "pelanggaran"),  # two letters swapped
        ("pelanggar", "pelanggar"),  # a word of its own
        ("menindaklanjuti", "menindaklanjuti"),  # another form of a word the rules read
        ("penanganan", "penanganan"),
    ],
)
def test_words_the_rules_read_are_mended_when_mistyped_by_one_letter(word, read_as):
    from analysis.nlp.doc_data import mended

    assert mended(word) == read_as


def test_an_outlet_named_after_the_datelines_place_is_no_region(analyse):
    # "Jakarta, BANGGAI POS –": the outlet's name holds a regency's; the story is the country's
    text = "Jakarta, BANGGAI POS – KPU menyatakan 68 ASN harus mundur karena terdaftar sebagai calon kepala daerah."
    assert [(f[4], f[5]) for f in fact_tuples(analyse(text, dateline="JAKARTA"))] == [("national", None)]


def test_pemilu_said_loosely_beside_a_regional_election_named_is_that_election(analyse):
    # "pemilu" with no year, said of the race a "Pemilihan Gubernur" names, where no national office is named
    text = (
        "Panwaslu Kabupaten Sigi menemukan 3 ASN diduga tidak netral pada Pemilihan Gubernur. Ketua Panwaslu "
        "mengatakan penanganan pemilu sesuai dengan ketentuan. Kasus pemilu ini bisa diregister."
    )
    assert analyse(text).article["election_type"] == "pilkada"
    with_a_legislative_candidate = text + " Seorang caleg juga dilaporkan."
    assert analyse(with_a_legislative_candidate).article["election_type"] == "pemilu"


def test_the_year_of_back_then_is_not_the_article_election(analyse):
    # a survey of civil servants' votes set against the last race ("Dulu (2014) ..."), with no election named: a
    # presidential Pemilu of a year the text does not give, not the one of back then
    text = (
        "Survei: pegawai negeri lebih condong ke calon presiden nomor urut 2\n"
        '"Dulu (2014) selisihnya jauh lebih lebar," kata peneliti lembaga survei itu. Pegawai negeri diminta tetap '
        "netral dan tidak menunjukkan dukungan kepada calon presiden di depan umum."
    )
    article = analyse(text).article
    assert (article["election_type"], article["election_year"]) == ("pemilu", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one official, by title and name, who resigns to run or says he is ready to: one related candidate, of the
        # office's region
        (
            "Kepala Dinas Pariwisata Kabupaten Lombok Timur, Rahmat, menyerahkan surat pengunduran diri dari ASN "
            "karena hendak maju sebagai bakal calon bupati pada Pilkada 2024.",
            [("related_candidates", 1, "52.03")],
        ),
        (
            "BEKASI, WARTAKITA.id - Sekda Kota Bekasi, Fulan Hidayat, siap mengundurkan diri bila ia diusung dalam "
            "Pilkada 2024.",
            [("related_candidates", 1, "32.75")],
        ),
        (
            "Pj Bupati Bekasi, Fulan Hidayat, mundur dari jabatannya untuk maju pada Pilkada 2024.",
            [("related_candidates", 1, "32.16")],
        ),
        # what the official says of others, leaving a post with no race named, a village head (no ASN), leaving
        # the race: none
        ("Sekda Kota Bekasi, Fulan Hidayat, mengimbau ASN yang akan maju sebagai calon pada Pilkada 2024.", []),
        ("Sekda Kota Bekasi, Fulan Hidayat, mundur karena sakit. Penggantinya dilantik menjelang Pilkada 2024.", []),
        ("Kepala Desa Sukamaju, Fulan, mundur untuk maju sebagai calon anggota DPRD pada Pemilu 2024.", []),
        ("Camat Tambun, Fulan, mundur dari pencalonan Pilkada 2024.", []),
        # officials counted, then one of them named: the count is the fact
        (
            "Dua kepala dinas Pemkot Bekasi mundur untuk maju pada Pilkada 2024. Kepala Dinas PU Kota Bekasi, Fulan, "
            "mundur untuk maju sebagai bakal calon wali kota.",
            [("related_candidates", 2, "32.75")],
        ),
    ],
)
def test_one_official_named_who_runs_is_one_related_candidate(analyse, text, expected):
    assert [(f[0], f[1], f[5]) for f in fact_tuples(analyse(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one official, by title and name, reported or sanctioned in a story of ASN neutrality: one civil servant,
        # with the status of the first sentence that says so
        (
            "Netralitas ASN kembali disorot pada Pilkada 2024. Camat Tambun Selatan, Fulan Hidayat, dilaporkan ke "
            "Bawaslu Kabupaten Bekasi karena berfoto dengan salah satu calon bupati. Camat itu akhirnya disanksi.",
            [("violation_count", 1, "reported", "32.16")],
        ),
        (
            "Sekda Pemerintah Kabupaten (Pemkab) Kendal, Fulan Hidayat dikenai hukuman disiplin karena sebagai ASN "
            "tidak netral pada Pilkada 2020.",
            [("violation_count", 1, "sanctioned", "33.24")],
        ),
        # cleared, another offence, a village head (no ASN), or counted already: nothing more
        ("Camat Tambun Selatan, Fulan Hidayat, tidak terbukti melanggar netralitas ASN pada Pilkada 2024.", []),
        (
            "Kepala Dinas PU Kabupaten Bekasi, Fulan Hidayat, diperiksa KPK terkait korupsi proyek jalan. Sebagai ASN "
            "ia juga diminta netral pada Pilkada 2024.",
            [],
        ),
        ("Kepala Desa Sukamaju, Fulan, dilaporkan ke Bawaslu karena tidak netral sebagai ASN pada Pilkada 2024.", []),
        (
            "Kepala Bidang Mutasi BKPSDM Kabupaten Bekasi, Fulan, diperiksa Bawaslu sebagai saksi dalam kasus "
            "netralitas ASN pada Pilkada 2024.",
            [],
        ),
        (
            "Bawaslu Kabupaten Bekasi melaporkan dua camat yang tidak netral pada Pilkada 2024. Camat Tambun Selatan, "
            "Fulan, dilaporkan karena berfoto dengan calon bupati.",
            [("violation_count", 2, "reported", "32.16")],
        ),
        # named as the object of a verb that finds, reports or sanctions them, or as the doer of the violation
        (
            "Bawaslu Kabupaten Ngawi merekomendasikan Kepala Dinas Pertanian Kabupaten Ngawi, Fulan Wibowo, ke KASN "
            "karena tidak netral sebagai ASN pada Pemilu 2024.",
            [("violation_count", 1, "proven", "35.21")],
        ),
        (
            "Bawaslu Kabupaten Ngawi menjatuhkan sanksi kepada Camat Paron Fulan Wibowo karena melanggar netralitas "
            "ASN pada Pilkada 2024.",
            [("violation_count", 1, "sanctioned", "35.21")],
        ),
        # one official told of in several sentences: the furthest status any of them says
        (
            "Bawaslu Kabupaten Ngawi mengkaji pelanggaran netralitas ASN yang dilakukan oknum Camat Paron lewat video "
            "pada Pilkada 2024. Bawaslu lalu membawa rekomendasi atas pelanggaran yang dilakukan oknum camat ke KASN.",
            [("violation_count", 1, "proven", "35.21")],
        ),
        # two officials, officials of several titles, or a case not taken further: no count of one
        ("Bawaslu Kabupaten Ngawi melaporkan Camat dan Lurah Paron ke BKN karena tidak netral sebagai ASN.", []),
        (
            "Pelanggaran netralitas ASN di antaranya dilakukan Camat Paron. Kasus lain diduga dilakukan oleh Kepala "
            "Dinas Perhubungan Kabupaten Ngawi.",
            [],
        ),
        (
            "Terkait dugaan netralitas ASN yang dilakukan oleh kepala sekolah, di Paron itu kami sudah memutuskan "
            "untuk tidak ditindaklanjuti karena tidak memenuhi unsur pelanggaran.",
            [],
        ),
    ],
)
def test_one_official_named_in_violation_is_one_violator(analyse, text, expected):
    assert [(f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


@pytest.mark.parametrize(
    "bound", ["tidak sampai seribu kasus", "tak sampai 900 kasus", "tidak lebih dari 900 kasus", "di bawah 900 kasus"]
)
def test_an_upper_bound_is_no_count(analyse, bound):
    text = (
        "Anggota Bawaslu RI Fulan Hidayat menyebut pihaknya menindaklanjuti 312 laporan dugaan pelanggaran "
        f"netralitas ASN pada Pilkada 2024. Pada pemilihan sebelumnya, jumlah perkara netralitas ASN {bound}."
    )
    assert [(f[0], f[1], f[4]) for f in fact_tuples(analyse(text))] == [("violation_count", 312, "national")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the province set beside the city ("di Binjai, Sumatera Utara, diperiksa"), and places joined ("asal Kota A
        # dan Kota B yang mengunggah"), break no clause: what follows is said of the counted
        (
            "Sebanyak 9 camat di Binjai, Sumatera Utara, diperiksa Bawaslu karena video dukungan kepada calon wali "
            "kota pada Pilkada 2024.",
            [("violation_count", 9, "reported", "12.75")],
        ),
        # persons from two cities of one province: the province's figure
        (
            "Bawaslu Jawa Tengah menemukan tiga orang PNS asal Kota Salatiga dan Kota Tegal yang mengunggah foto "
            "bersama bakal calon gubernur pada Pilkada 2024.",
            [("violation_count", 3, "reported", "33")],
        ),
    ],
)
def test_places_named_with_the_counted_break_no_clause(analyse, text, expected):
    assert [(f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_the_venue_of_an_event_is_not_where_the_counted_serve(analyse):
    text = (
        "Bawaslu Kabupaten Kolaka mencatat 15 ASN Pemkab Kolaka terlibat politik praktis pada Pilkada 2024. Dari "
        "jumlah itu, tiga ASN hadir saat deklarasi bakal calon gubernur di Kota Kendari."
    )
    assert {f[5] for f in fact_tuples(analyse(text))} == {"74.01"}


@pytest.mark.parametrize(
    "breakdown, expected",
    [
        # a figure spread over regencies of the province the story names is the province's
        (
            "Enam pelanggaran yang sudah terbukti itu, kata Fulan, masing-masing terjadi di Kabupaten Brebes, "
            "Pemalang, Batang, dan Kendal.",
            [(6, "proven", "33")],
        ),
        # so is a part broken down further; one finding in two places is one in each
        (
            "Tiga kasus lain masih diproses, yakni dua kasus di Kabupaten Blora, serta satu temuan di Kota Magelang "
            "dan Kabupaten Wonosobo.",
            [(1, "reported", "33.07"), (1, "reported", "33.71"), (2, "reported", "33.16"), (3, "reported", "33")],
        ),
    ],
)
def test_a_figure_spread_over_regencies_of_a_province_is_the_provinces(analyse, breakdown, expected):
    text = (
        "Bawaslu Jawa Tengah menangani sembilan kasus dugaan pelanggaran netralitas ASN pada Pilkada 2024. Satu kasus "
        f"di Kabupaten Brebes sudah dijatuhi sanksi. {breakdown}"
    )
    facts = [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))]
    assert facts == sorted([(1, "sanctioned", "33.29"), (9, "reported", "33"), *expected])


def test_the_region_of_a_speakers_former_post_is_no_place_of_the_story(analyse):
    result = analyse(
        "Ketua Bawaslu RI Fulan Hidayat mengatakan pihaknya sudah meneruskan 512 kasus pelanggaran netralitas ASN pada "
        "Pilkada 2024 kepada KASN. Mantan Ketua Bawaslu Jawa Barat itu menyebut kebanyakan pelanggar adalah camat."
    )
    assert result.article["region_codes"] is None


def test_a_regency_named_with_its_province_before_papuas_split_is_that_regency(analyse):
    result = analyse(
        "KPU selaku penyelenggara pilkada di Kabupaten Nabire, Papua menetapkan jadwal kampanye Pilkada 2018. Panwas "
        "meminta ASN tetap netral selama kampanye."
    )
    assert result.article["region_codes"] == "94.01"


@pytest.mark.parametrize(
    "text, title, expected",
    [
        # a count joined after another ("4 kepala desa dan 3 ASN") shares what is said before both
        (
            "Bawaslu Kabupaten Pati sudah memproses dugaan ketidaknetralan 4 kepala desa dan 3 ASN pada Pilkada 2024.",
            "",
            [("violation_count", 3, "reported", "33.18")],
        ),
        # a kecamatan named before its kabupaten ("di Kecamatan A, Kabupaten B diduga ...") breaks no clause
        (
            "Seorang oknum Camat di Kecamatan Tayu, Kabupaten Pati diduga melanggar netralitas ASN pada Pilkada 2024.",
            "",
            [("violation_count", 1, "reported", "33.18")],
        ),
        # a total said to be mostly of one kind is of every kind; so is a headline's figure the body says is one
        (
            "Bawaslu Kota Madiun menerima 11 laporan pelanggaran selama kampanye Pilkada 2024. Sebelas laporan itu "
            "sebagian besar terkait dugaan pelanggaran netralitas ASN.",
            "Bawaslu Kota Madiun Terima 11 Laporan, Sebagian Besar Soal Netralitas ASN",
            [],
        ),
        (
            "Bawaslu Jambi menyebut sudah ada 17 pelanggaran yang ditangani, yaitu pelanggaran kode etik, administrasi "
            "dan pidana yang salah satunya terkait netralitas ASN pada Pemilu 2024. Untuk netralitas ASN ada dua kasus "
            "yang sudah direkomendasikan kepada KASN.",
            "Bawaslu Jambi: Ada 17 Pelanggaran Sudah Ditangani",
            [("violation_count", 2, "proven", "15")],
        ),
        # a total of the ASN and of staff who are no ASN is no headcount
        (
            "Kepala BKPSDM Kabupaten Blitar mengatakan jumlah ASN sekitar 9 ribu orang, sedangkan tenaga honorer "
            "sekitar 4 ribu orang, sehingga total pegawai yang wajib netral pada Pilkada 2024 mencapai 13 ribu orang.",
            "",
            [("asn_headcount", 9000, None, "35.05")],
        ),
        # regional secretaries counted by their title in full, its acronym after it
        (
            "BKD Jawa Barat mencatat seorang Penjabat (Pj) Wali Kota dan lima Sekretaris Daerah (Sekda) sudah "
            "mengundurkan diri dari jabatannya untuk maju dalam Pilkada 2024.",
            "",
            [("related_candidates", 1, None, "32"), ("related_candidates", 5, None, "32")],
        ),
    ],
)
def test_counts_joined_placed_mostly_or_totalled(analyse, text, title, expected):
    page = f"{title}\n{text}" if title else text
    assert [(f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(page, title=title))] == expected


def test_the_rows_of_a_numbered_list_of_other_offences_are_not_asn_counts(analyse):
    text = (
        "Jawa Timur juga menjadi daerah dengan pelanggaran netralitas aparatur sipil negara (ASN) terbanyak.\n"
        "Berikut hasil pengawasan Bawaslu terkait pelanggaran kampanye pada Pilkada 2018 di tempat ibadah:\n"
        "1. Di Jawa Timur, terdapat 24 pelanggaran yang tersebar di 9 kabupaten/kota.\n"
        "2. Di Sulawesi Selatan terjadi 15 pelanggaran yang tersebar di 3 kabupaten/kota.\n"
        "3. Di Lampung terjadi 4 pelanggaran di Kabupaten Pesawaran."
    )
    assert fact_tuples(analyse(text)) == []


def test_a_count_restated_with_its_election_named_without_a_year_is_one_fact(analyse):
    text = (
        '"Bawaslu Kabupaten Minahasa masih menunggu tindakan bupati terhadap lima ASN yang melakukan pelanggaran pada '
        'pemilu 17 April 2019," kata Ketua Bawaslu, Fulan.\n'
        "Ia mengatakan, sesuai rekomendasi Bawaslu, terdapat lima ASN yang melanggar karena tidak netral dalam "
        "pemilihan umum tahun 2019.\n"
        '"Bawaslu sudah merekomendasikan lima ASN ke Komisi Aparatur Sipil Negara karena tidak netral pada pemilu yang '
        'lalu," ujarnya.'
    )
    assert [(f[1], f[3], f[5], f[7]) for f in fact_tuples(analyse(text))] == [(5, "proven", "71.02", 2019)]


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a count decided twice, or with a weaker decision in a quote, is one fact, the strongest
        (
            "38 ASN Direkomendasikan Langgar Netralitas di Pilkada 2024",
            "MATARAM – Bawaslu Dompu telah menindaklanjuti dugaan pelanggaran netralitas 38 ASN di lingkungan "
            "Pemerintah Kabupaten Dompu.\nPara oknum ASN itu terbukti melanggar netralitas ASN. Karena itu, Bawaslu "
            "Kabupaten Dompu sudah merekomendasikan 38 ASN itu kepada KASN.",
            [(38, "proven", "52.05")],
        ),
        (
            "",
            "Tujuh orang ASN yang bertugas di Kabupaten Cilacap mendapat sanksi dari Komisi ASN karena tidak netral "
            "dalam Pilkada 2020.\n"
            '"KASN sudah memberikan rekomendasi sanksi kepada tujuh ASN di Cilacap," kata Fulan.',
            [(7, "sanctioned", "33.01")],
        ),
        # a total broken down into other kinds in the next sentence is of every kind
        (
            "Bawaslu Tangani 815 Pelanggaran Pilkada 2024, Sebagian Besar Netralitas ASN",
            "Sampai awal Desember 2024 Bawaslu sudah menangani total 815 pelanggaran. Rinciannya, 140 pelanggaran "
            "administrasi, 121 pelanggaran pidana, dan 554 pelanggaran hukum lainnya.",
            [],
        ),
    ],
)
def test_counts_decided_twice_or_totals_of_every_kind(analyse, title, text, expected):
    page = f"{title}\n{text}" if title else text
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(page, title=title))] == expected


def test_a_capital_in_a_dateline_after_the_outlets_domain_is_no_place_of_the_story(analyse):
    text = (
        "jpnn.com - JAKARTA- Sebanyak 58 PNS yang diduga melakukan pelanggaran netralitas dalam Pilkada Serentak 2015 "
        "sedang dalam proses penetapan hukuman."
    )
    result = analyse(text, dateline="JAKARTA")
    assert [(f[1], f[4], f[5]) for f in fact_tuples(result)] == [(58, "national", None)]


def test_the_seats_of_bkn_regional_offices_listed_are_no_places_of_the_story(analyse):
    result = analyse(
        "TRIBUNNEWS.COM, JAKARTA - Sebanyak 1.204 aparatur sipil negara (ASN) dilaporkan melanggar netralitas di "
        "Pilkada Serentak 2020.\nSisanya tersebar di kantor regional BKN di Makassar, Banjarmasin, Pekanbaru dan "
        "Jayapura.",
        dateline="JAKARTA",
    )
    assert result.article["region_codes"] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decision handed on after "dan" goes on saying what became of the count
        (
            "Bawaslu Kota Banjar sudah menangani lima kasus pelanggaran netralitas ASN dan telah menyampaikan "
            "rekomendasi kepada Badan Kepegawaian Negara atas lima kasus itu pada Pilkada 2024.",
            [(5, "proven", "32.79")],
        ),
        # heads of state schools counted by their title are civil servants
        (
            "Bawaslu Kabupaten Klaten mencatat tujuh kepala sekolah dijatuhi sanksi karena tidak netral dalam Pilkada "
            "2020.",
            [(7, "sanctioned", "33.10")],
        ),
    ],
)
def test_decisions_handed_on_and_school_heads_counted(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_a_ranking_of_village_heads_neutrality_is_no_asn_count(analyse):
    text = (
        "Provinsi Nusa Tenggara Timur menjadi daerah dengan laporan pelanggaran netralitas kepala desa terbanyak pada "
        "Pilkada 2024, yakni 19 kasus. Berikutnya Jawa Barat (14 laporan) dan Lampung (8 laporan)."
    )
    assert fact_tuples(analyse(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "ada" between the total referred back to and its part
        (
            "Bawaslu Provinsi Gorontalo mencatat 23 kasus dugaan pelanggaran netralitas ASN selama Pemilu 2024. Dari "
            "jumlah itu ada 9 diantaranya terbukti.",
            [(9, "proven", "75"), (23, "reported", "75")],
        ),
        # places listed, then counted ("tiga daerah ini"), share the figure after them
        (
            "Bawaslu Kalimantan Barat mencatat pelanggaran netralitas ASN pada Pilkada 2024 di Kabupaten Ketapang (5 "
            "kasus). Sementara Kabupaten Bengkayang, Sanggau dan Sintang, tiga daerah ini hanya mencatat 2 kasus.",
            [(2, "reported", "61.03"), (2, "reported", "61.05"), (2, "reported", "61.07"), (5, "reported", "61.04")],
        ),
        # a list that breaks down a count of every kind of offence is of every kind
        (
            "Bawaslu Provinsi Bengkulu menyebut pelanggaran hukum lain, termasuk netralitas ASN, paling banyak pada "
            'Pilkada 2020. Bawaslu kini menangani 5 dugaan kasus pelanggaran. "Yang masih diproses ada di Kaur ada 3 '
            'dan Kota Bengkulu ada 2," kata Fulan.',
            [],
        ),
        # a count of every kind restated ("dari 31 pelanggaran") is still of every kind, and so are its parts
        (
            "PADANG – Bawaslu Sumbar mencatat 31 dugaan pelanggaran selama masa kampanye Pilkada 2024.\nKetua Bawaslu "
            "Sumbar menerangkan bahwa dari 31 pelanggaran, 22 di antaranya merupakan laporan masyarakat. Sisanya, "
            'sembilan pelanggaran ditemukan oleh pengawas.\n"Pelanggaran didominasi netralitas kepala desa dan ASN," '
            "katanya.",
            [],
        ),
        # a total broken down by source, then the neutrality cases ranked first among its kinds: every kind
        (
            '"Adapun total dugaan pelanggaran yang diproses Bawaslu se-Bengkulu sebanyak 64 pelanggaran yang '
            "berasal dari temuan sebanyak 40 kasus, dan laporan masyarakat sebanyak 24 kasus, dan kasus netralitas "
            'ASN teratas," katanya tentang Pilkada 2020.',
            [],
        ),
        # the rest of a count, or a local title, named as village officials: no ASN
        (
            "Bawaslu Kabupaten Minahasa sudah menangani 9 ASN dan tiga lainnya kuwu dan perangkat desa yang "
            "terlapor pada Pilkada 2024.",
            [(9, "reported", "71.02")],
        ),
        (
            "Selain empat ASN, dilampirkan juga laporan pelanggaran yang dilakukan satu oknum kuwu (kepala desa) di "
            "Kabupaten Minahasa pada Pilkada 2024.",
            [(4, "reported", "71.02")],
        ),
        # a ranking of regencies that refers back to a total of every kind ("Dari temuan itu, ...")
        (
            "Bawaslu Kalimantan Selatan memproses 58 pelanggaran pemilihan selama kampanye Pilkada 2020, dan kasus "
            "netralitas ASN paling banyak.\nDari temuan itu, kasus terbanyak ada di Kabupaten Tapin dengan jumlah "
            "kasus sebanyak 11, disusul Kabupaten Balangan sebanyak 7 kasus.",
            [],
        ),
        # officials by title given a sanction ("sanksi kepada tiga camat")
        (
            "KEDIRI - Bupati Kediri Fulan memberikan sanksi kepada empat camat karena tidak netral dalam Pilkada "
            "Kediri 2020, Senin (7/12/2020).",
            [(4, "sanctioned", "35.06")],
        ),
    ],
)
def test_parts_of_counts_and_shared_figures(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_the_place_named_in_an_elections_name_is_a_place_of_the_story(analyse):
    result = analyse(
        "Dua kepala dinas dilaporkan ke Bawaslu karena tidak netral dalam Pilkada Kabupaten Kediri 2020, kata Fulan."
    )
    assert result.article["region_codes"] == "35.06"
    assert [(f[1], f[4], f[5]) for f in fact_tuples(result)] == [(2, "regional", "35.06")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # incidents and indications counted are cases
        (
            "Bawaslu Kabupaten Seram Bagian Timur menemukan 6 indikasi keterlibatan ASN selama tahapan Pilkada 2017, "
            "kata ketuanya.",
            [(6, "reported", "81.05")],
        ),
        (
            "Bawaslu RI mencatat 43 kejadian dugaan pelanggaran netralitas ASN selama Pemilu 2019.",
            [(43, "reported", None)],
        ),
        (
            "Bawaslu Kota Serang mencatat sembilan pelaporan dugaan ASN tidak netral pada Pemilu 2024.",
            [(9, "reported", "36.73")],
        ),
        # none yet, with "satupun" or "satu pun" and no "ada"
        (
            "Ketua Bawaslu Kabupaten Karangasem mengatakan hingga kini belum satupun ASN di Kabupaten Karangasem "
            "direkomendasikan ke BKN selama Pilkada 2024.",
            [(0, "proven", "51.07")],
        ),
        # complaints cancelled, rejected or not processable, in running text or in a list's rows, are no cases
        (
            "Kemendagri mencatat 760 laporan dugaan pelanggaran netralitas ASN pada Pilkada 2024.\nTiga aduan tidak "
            "bisa diproses karena ASN yang bersangkutan sudah diberhentikan atau pensiun. Selain itu, 19 aduan "
            "dibatalkan dan 35 aduan ditolak.",
            [(760, "reported", None)],
        ),
        (
            "Kemendagri menyebut ada 870 aduan dugaan pelanggaran netralitas ASN pada Pilkada 2024. Rinciannya:\n- 12 "
            "aduan: Tidak terbukti melanggar netralitas.\n- 29 aduan: Dibatalkan.",
            [(870, "reported", None)],
        ),
        # a recommendation about persons counted after it
        (
            "Bawaslu Kabupaten Halmahera Selatan meneruskan rekomendasi 7 ASN ke KASN pada Pilkada 2020.",
            [(7, "proven", "82.04")],
        ),
        # incidents by actor: the state companies' officials are no ASN
        (
            "Dugaan keterlibatan kampanye itu dilakukan oleh ASN sebanyak 97 kejadian (80 persen), anggota polisi 3 "
            "kejadian (2 persen), pejabat non-parpol 11 kejadian (9 persen) dan pejabat BUMN/BUMD 10 kejadian (8 "
            "persen), kata anggota Bawaslu RI tentang Pemilu 2019.",
            [(97, "reported", None)],
        ),
        # a total with its neutrality part said apart ("yang khusus netralitas ASN") counts every kind
        (
            '"Dari rekap kami atas 2.100 kasus pelanggaran, yang khusus netralitas ASN kira-kira 480-an," ujar Fulan '
            "tentang Pilkada 2020.",
            [],
        ),
    ],
)
def test_nouns_that_count_cases_and_totals_said_apart(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_a_decision_said_of_the_last_count_leaves_the_counts_before_it(analyse):
    text = (
        "Ada 9 ASN yang dilaporkan ke Bawaslu Riau terkait tidak netral dalam Pilkada 2018. 9 orang itu tersebar di "
        "Kabupaten Siak 5 ASN dan Kabupaten Kampar ada 4 ASN.\nDisebutkannya, ada dua ASN di Riau diduga terbukti "
        "melakukan pelanggaran.\nDugaan itu terlihat dari rekomendasi Bawaslu Riau yang diteruskan ke KASN."
    )
    assert sorted((f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == [
        (2, "proven", "14"),
        (4, "reported", "14.01"),
        (5, "reported", "14.08"),
        (9, "reported", "14"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # violators of every kind, broken down by kind: no neutrality count, nor is the part of another kind
        (
            "Pada Pilkada 2024, Kabupaten Demak sebanyak 4 ASN, dengan jenis pelanggaran 3 pidana dan 1 netralitas "
            "ASN.",
            [],
        ),
        (
            "Pada Pilkada 2024, Kabupaten Kudus sebanyak 6 ASN dengan rincian 5 orang melanggar kode etik dan 1 orang "
            "pidana.",
            [],
        ),
        (
            "Di Kabupaten Brebes pada Pilkada 2024, sebanyak 5 orang ASN melanggar kode etik dan 4 orang melanggar "
            "netralitas ASN.",
            [(4, "reported", "33.29")],
        ),
        # alone, "melanggar kode etik" is how a story tells the neutrality cases of ASN
        (
            "Bawaslu Kabupaten Blora menemukan 3 orang ASN yang diduga melanggar kode etik pada Pilkada 2024.",
            [(3, "reported", "33.16")],
        ),
        # a figure written as the year the story names, in a question: the year
        (
            'Bawaslu Kota Ambon mencatat 1571 dugaan pelanggaran netralitas ASN pada Pilkada 2020.\n"Mengapa 2020 '
            'pelanggaran naik? Karena media sosial," ujar Fulan.',
            [(1571, "reported", "81.71")],
        ),
        (
            "Pelanggaran netralitas dilakukan oleh 1987 ASN di Provinsi Jawa Barat sepanjang Pilkada 2020.",
            [(1987, "reported", "32")],
        ),
        # none found yet of ASN "yang ikut dalam politik praktis": a finding
        (
            "Sampai sekarang, Panwaslu Kabupaten Buton belum menemukan adanya keterlibatan pegawai negeri sipil "
            "( PNS ) yang ikut dalam politik praktis selama masa kampanye Pilkada 2017.",
            [(0, "reported", "74.04")],
        ),
        ("Sebanyak 35 ASN di Kabupaten Buton diimbau tidak ikut dalam politik praktis pada Pilkada 2017.", []),
        # "N dari M ... terlibat": the verb is the part's, which counts the officials its total names; the total's own
        # clause ("yang dilaporkan") is the total's
        (
            "Survei KASN menemukan sekitar 41 dari 88 Penjabat Kepala Daerah terlibat dalam pelanggaran netralitas "
            "selama Pemilu 2024.",
            [(41, "reported", None)],
        ),
        (
            "Bawaslu Kabupaten Blora mencatat 14 dari 20 ASN yang dilaporkan terbukti melanggar netralitas pada "
            "Pilkada 2024.",
            [(14, "proven", "33.16"), (20, "reported", "33.16")],
        ),
        # a count set off by commas, then dismissed
        (
            "KASN menerima 612 aduan pelanggaran netralitas ASN pada Pilkada 2020. Sisanya, 182 aduan, tidak dikenai "
            "sanksi karena tidak terbukti.",
            [(612, "reported", None)],
        ),
        # complaints about ASN of every kind, their neutrality ones said apart in the next sentence
        (
            "Komisioner KASN mengungkapkan, tahun ini pihaknya sudah menerima 186 pengaduan terkait ASN hingga 18 "
            "November 2016. Yang berkaitan dengan netralitas ASN mencapai 22 laporan.",
            [(22, "reported", None)],
        ),
        # the capital the count was sent to is no place of it
        (
            "Bawaslu Jawa Barat sudah melaporkan 15 ASN ke Komisi ASN di Jakarta pada Pilkada 2018.",
            [(15, "reported", "32")],
        ),
        # a zero to come ("akan zero kasus") is a target
        (
            "Ketua Bawaslu Jawa Barat optimistis Kota Cimahi akan zero kasus ASN tidak netral pada Pilkada 2018.",
            [(0, "target", "32.77")],
        ),
        # ASN photographed with a candidate who runs: their violation, no candidacy of theirs
        (
            "Bawaslu Kabupaten Jepara memeriksa dua ASN pada Pilkada 2024. Kedua ASN itu diketahui berfoto bersama "
            "salah satu pasangan calon yang hendak maju dalam kontestasi pilkada.",
            [(2, "reported", "33.20")],
        ),
        (
            "Bawaslu Kabupaten Pati melaporkan seorang ASN ke BKN pada Pilkada 2024. Dalam proses pendaftaran pasangan "
            "bakal calon bupati, kami memperoleh informasi bahwa seorang ASN berfoto dengan salah satu paslon.",
            [(1, "reported", "33.18")],
        ),
        # persons questioned about an official's case, and an ASN as a role, are no violators
        (
            "Bawaslu Kabupaten Tanggamus memeriksa 7 orang terkait Camat Kotaagung yang diduga melanggar netralitas "
            "ASN pada Pilkada 2024.",
            [],
        ),
        (
            "Bawaslu Kabupaten Tambrauw menggelar deklarasi netralitas ASN pada Pilkada 2024.\n“Apabila ditemukan ASN "
            "yang melanggar tugasnya sebagai seorang Aparatur Sipil Negara maka akan ditindak,” ujarnya.",
            [],
        ),
        # the sanction said after a comma ("..., serta sudah mendapatkan sangsi"), as often misspelt
        (
            "Pada Pilkada 2020, Bawaslu Kabupaten Lamongan telah menangani sebanyak delapan (8) ASN yang kedapatan "
            "tidak netral, ” serta sudah mendapatkan sangsi sedang,” imbuhnya.",
            [(8, "sanctioned", "35.24")],
        ),
        (
            "KASN mencatat 713 ASN dilaporkan pada Pilkada 2020. 508 orang diantaranya telah diberikan rekomndasi "
            "penjatuhan sanksi pelanggaran netralitas.",
            [(508, "proven", None), (713, "reported", None)],
        ),
        # an item of a breakdown into kinds that names no ASN is another kind's; the neutrality item is counted
        (
            "Jumlah dugaan pelanggaran selama Pilkada 2015 di Jawa Timur tercatat 480. Rinciannya pelanggaran "
            "administrasi 200, suap politik 90, pelibatan PNS 40, kampanye hitam 5 serta lain-lain (APK dirusak) "
            "sebanyak 12 kejadian.",
            [],
        ),
        (
            "Bawaslu Riau menangani tiga pelanggaran pada Pilkada 2020. Yakni satu dugaan pelanggaran politik uang dan "
            "dua pelanggaran netralitas ASN.",
            [(2, "reported", "14")],
        ),
        # a part with its noun left out and its share beside it, then what became of it
        (
            "KASN mencatat 388 PNS telah melanggar netralitas pada Pilkada 2020, tetapi hanya 201 atau sekitar 52 "
            "persen yang dijatuhi sanksi.",
            [(201, "sanctioned", None), (388, "reported", None)],
        ),
        # "di sana": the region of the sentence before, in a national body's story too
        (
            "KASN menggelar survei netralitas ASN di 270 daerah yang menggelar Pilkada 2020. Pemkab Bantul, salah satu "
            "peserta, menunjukkan pemahaman yang baik. Selain itu, pelanggaran netralitas ASN di sana juga rendah, "
            "yakni dua pelanggaran.",
            [(2, "reported", "34.02")],
        ),
    ],
)
def test_violators_of_other_kinds_years_as_figures_and_places_referred_to(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_a_city_named_in_a_bracketed_dateline_after_a_comma_is_the_outlets(analyse):
    text = (
        "Mataram, (Antara Mataram)- Seorang oknum pegawai negeri sipil di lingkup Sekretariat Daerah Nusa Tenggara "
        "Barat dijatuhi sanksi karena ikut kampanye Pilkada Gubernur 2018."
    )
    result = analyse(text, dateline="MATARAM")
    assert [(f[1], f[3], f[5]) for f in fact_tuples(result)] == [(1, "sanctioned", "52")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a total of campaign offences named again, and an item of its breakdown: of every kind, no neutrality count
        (
            "Bawaslu Provinsi Banten mendapati 47 dugaan pelanggaran selama 20 hari kampanye Pilkada 2024.\nKetua "
            "Bawaslu Banten, Fulan, menjelaskan, tercatat 47 dugaan pelanggaran yang terdiri atas 35 dugaan "
            "pelanggaran dari Bawaslu kabupaten/kota. Dugaan ketidaknetralan ASN juga masih ditemukan.",
            [],
        ),
        # "semua pelanggaran itu" were recommended: the count taken "dari seluruh laporan", not the total before it
        (
            "Bawaslu RI mencatat ada 618 temuan dugaan pelanggaran netralitas ASN sepanjang Pilkada 2024. Ia menyebut "
            "dari seluruh laporan yang diterima, Bawaslu sudah memutuskan 411 kasus memuat unsur pelanggaran "
            "netralitas. Semua pelanggaran itu juga sudah direkomendasikan ke BKN.",
            [(618, "reported", None), (411, "proven", None)],
        ),
        (
            "Bawaslu Kota Ambon mencatat ada 12 temuan dugaan pelanggaran netralitas ASN. Bawaslu juga menerima 5 "
            "laporan dugaan pelanggaran netralitas ASN dari warga. Semua pelanggaran itu sudah direkomendasikan ke "
            "KASN.",
            [(12, "proven", "81.71"), (5, "proven", "81.71")],
        ),
        # the ASN among those complained of are the complaints' neutrality count, no kind of case among others
        (
            "Tim netralitas ASN Pemkot Ternate menerima 31 aduan dugaan pelanggaran netralitas selama Pilkada 2024. "
            "Fulan menyebut dari 31 aduan itu, 24 di antaranya ASN.",
            [(31, "reported", "82.71"), (24, "reported", "82.71")],
        ),
        # a bound the count passed is no count; "terkonfirmasi" melanggar is proven
        (
            "Pelanggaran netralitas ASN di Kabupaten Bogor terjadi 1.072 perkara, sudah melewati seribu perkara.",
            [(1072, "reported", "32.01")],
        ),
        (
            "Terkait netralitas ASN di Kabupaten Kendal, ada lima terlapor dan telah terkonfirmasi melakukan "
            "pelanggaran netralitas ASN.",
            [(5, "proven", "33.24")],
        ),
        # the total "dari total" a part is taken from is the whole, not those who stand: the part is, counting the
        # officials its total names (acting heads are ASN)
        (
            "KIPP menyoroti, sudah ada sekitar 41 dari total 268 orang pj kepala daerah yang menyatakan pengunduran "
            "diri karena mereka ikut Pilkada 2024.",
            [(41, None, None)],
        ),
        # the last figure of a list is each of its regions' when only so do the items add up to the total before
        (
            "Bawaslu Jawa Timur mencatat 48 ASN tidak netral. Fulan menyebut, Bawaslu masih menelusuri 11 laporan "
            "lainnya, seperti sembilan orang ASN di Lumajang, satu di Bangkalan dan Surabaya.",
            [(48, "reported", "35"), (9, "reported", "35.08"), (1, "reported", "35.26"), (1, "reported", "35.78")],
        ),
        # reports of two kinds, one of them buying votes with groceries: no neutrality count; ASN who hand them out are
        (
            "Bawaslu Sulawesi Tenggara menerima dua laporan yang berbeda, yakni terkait dugaan ketidaknetralan oknum "
            "ASN dan terkait bagi-bagi sembako oleh kader partai politik.",
            [],
        ),
        (
            "Bawaslu Kabupaten Konawe menemukan tiga ASN ikut bagi-bagi sembako untuk salah satu pasangan calon.",
            [(3, "reported", "74.02")],
        ),
        # "terbukti tidak bersalah": cleared, however far the words of the case before it reach
        (
            "Bawaslu Kalimantan Barat menangani sembilan dugaan pelanggaran netralitas ASN. Lima di antaranya sudah "
            "diklarifikasi Bawaslu dan terbukti tidak bersalah.",
            [(9, "reported", "61")],
        ),
        # a decision said of "those cases" covers no more than the story counts decided later on
        (
            "Bawaslu Kabupaten Kolaka telah menerima sembilan kasus dugaan pelanggaran netralitas ASN. Menurut Fulan, "
            'kasus yang ditemukan maupun dilaporkan itu sudah direkomendasikan ke BKN. "Dari semua laporan yang '
            'masuk, ada delapan laporan yang sudah kami rekomendasikan ke BKN," jelas Fulan.',
            [(9, "reported", "74.01"), (8, "proven", "74.01")],
        ),
        # a body declares "bahwa" those counted violated: proven; "bahwa" those suspected: reported
        (
            "Bawaslu Kabupaten Wonosobo menyatakan bahwa empat Aparatur Sipil Negara (ASN) di lingkungan Pemkab "
            "Wonosobo telah melanggar netralitas ASN setelah ikut dalam sebuah foto bersama calon bupati.",
            [(4, "proven", "33.07")],
        ),
        (
            "Bawaslu Kabupaten Wonosobo menyatakan bahwa empat ASN yang diduga melanggar netralitas masih diperiksa.",
            [(4, "reported", "33.07")],
        ),
        # contract staff who stand for office are no civil servants
        (
            "Bawaslu Kabupaten Buleleng memastikan 7 orang pegawai kontrak yang ikut maju menjadi bacaleg sudah "
            "mengundurkan diri.",
            [],
        ),
        ("Bawaslu Kabupaten Buleleng mencatat ada 7 pegawai tidak tetap yang ikut maju menjadi bacaleg.", []),
        ("Bawaslu Kabupaten Buleleng mencatat ada 4 pegawai tidak netral yang dilaporkan.", [(4, "reported", "51.08")]),
    ],
)
def test_totals_named_again_decisions_on_a_part_and_contract_staff(analyse, text, expected):
    assert sorted((f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


def test_a_province_named_to_place_a_regency_leaves_the_story_the_regencys(analyse):
    text = (
        "Sumbawa Barat (ANTARA) - Pemerintah Kabupaten Sumbawa Barat, Provinsi Nusa Tenggara Barat (NTB) menjalankan "
        "sanksi KASN terhadap lima ASN yang melanggar netralitas pada Pemilu 2024.\nDari lima ASN yang disanksi itu, "
        "empat orang dikenai sanksi moral dan satu orang dijatuhi penurunan jabatan."
    )
    result = analyse(text, dateline="SUMBAWA BARAT")
    assert result.article["region_codes"] == "52.07"
    assert {f[5] for f in fact_tuples(result)} == {"52.07"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a story of one case: its recommendation to BKN, told before the count, makes the one case proven
        (
            "Bawaslu Kabupaten Bangka Tengah menemukan pelanggaran netralitas ASN di lingkungan Pemkab Bangka Tengah. "
            "Perkara tersebut sudah direkomendasikan kepada Badan Kepegawaian Negara (BKN) agar ditindaklanjuti.\n"
            "Ketua Bawaslu Bangka Tengah, Fulan, menyebut pelanggaran itu melibatkan seorang ASN bernama Badu, "
            "Kepala Seksi di Dinas Pertanian.",
            [(1, "proven", "19.04")],
        ),
        # what Bawaslu may do is no recommendation made, and one not yet made is none
        (
            "Bawaslu Kabupaten Bangka Tengah menemukan seorang ASN yang diduga melanggar netralitas di media sosial. "
            "Bawaslu hanya dapat merekomendasikan temuan seperti ini kepada BKN, kata Ketua Bawaslu, Fulan.",
            [(1, "reported", "19.04")],
        ),
        (
            "Bawaslu Kabupaten Bangka Tengah memeriksa seorang ASN yang diduga mengunggah foto calon bupati. Bawaslu "
            "belum merekomendasikan perkara itu ke KASN karena kajian masih berjalan.",
            [(1, "reported", "19.04")],
        ),
        # "sudah dilakukan rekomendasi kepada KASN", two sentences after the story's one case
        (
            "Bawaslu Jawa Tengah mencatat sebelas dugaan pelanggaran selama masa kampanye Pemilu 2024.\n\nKomisioner "
            "Bawaslu Jateng, Fulan, menjelaskan, pelanggaran itu didapati dari temuan maupun laporan. Terkait dugaan "
            'pelanggaran netralitas ASN, terdapat satu kasus. Kasus itu didapati di wilayah Pantura.\n\n"Terkait '
            "netralitas ASN sudah diproses dan sudah dilakukan rekomendasi kepada Komisi Aparatur Sipil Negara atau "
            'KASN," kata Fulan.',
            [(1, "proven", "33")],
        ),
        # the kind of a sanction that is the BKN's to choose: no sanction given to the three recommended
        (
            "Bawaslu Kabupaten Kaimana sudah merekomendasikan tiga ASN ke BKN karena terbukti melanggar netralitas. "
            "Adapun jenis sanksi bagi ketiga oknum ASN tersebut, ringan atau berat, sepenuhnya menjadi kewenangan BKN.",
            [(3, "proven", "92.08")],
        ),
        (
            "Bawaslu Kabupaten Kaimana sudah merekomendasikan tiga ASN ke BKN. Adapun jenis sanksi bagi ketiga oknum "
            "ASN tersebut berupa teguran tertulis dari bupati.",
            [(3, "sanctioned", "92.08")],
        ),
        # what became of a part the count includes is not what became of all
        (
            "Bawaslu Kabupaten Majene mencatat ada 15 orang ASN sudah diperiksa dan termasuk yang sudah "
            "direkomendasikan ke Komisi Aparatur Sipil Negara (KASN), ungkap Fulan.",
            [(15, "reported", "76.05")],
        ),
        # the kinds of violation ASN may commit, none counted
        (
            "Anggota Bawaslu Provinsi Kalimantan Tengah, Fulan, menyampaikan, ada tiga pelanggaran yang dapat "
            "dilakukan Aparatur Sipil Negara (ASN) dalam Pilkada 2024.",
            [],
        ),
        # the cases of every kind, and the neutrality cases among them right after
        (
            "Bawaslu Kota Bontang mencatat pada Pilkada 2018 dari 12 pelanggaran 4 diantaranya netralitas ASN, lalu "
            "pada Pemilu 2019 ada 17 perkara terdapat 5 pelanggaran netralitas ASN.",
            [(4, "reported", "64.74"), (5, "reported", "64.74")],
        ),
        # reports of two kinds, one of them a candidate's handing cash out
        (
            "Ada 3 laporan yang kami terima, yakni dugaan pelanggaran yang dilakukan salah satu paslon dengan "
            "membagi-bagikan uang saat kampanye akbar, dan ada ASN yang ikut berkampanye, kata Ketua Panwas "
            "Kabupaten Polewali Mandar, Fulan.",
            [],
        ),
    ],
)
def test_one_case_recommended_a_sanction_in_bkns_power_parts_and_kinds(analyse, text, expected):
    assert sorted((f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # KASN's decision on a part of the count: "sudah ada keputusan"
        (
            "Bawaslu Kepulauan Talaud memproses 8 ASN. Dari 8 ASN itu tiga di antaranya sudah ada keputusan dari "
            "Komisi Aparatur Sipil Negara (KASN) dan telah diserahkan ke BKD.",
            [(8, "reported", "71.04"), (3, "proven", "71.04")],
        ),
        # asked which sanction the recommended ASN would receive if proven: none given
        (
            "Bawaslu Kota Tidore Kepulauan: Enam ASN Sudah Direkomendasikan ke KASN\n\nSoal sanksi bagi enam ASN itu, "
            "Fulan menjelaskan, keenam ASN tersebut direkomendasikan ke KASN, dan bila terbukti maka sanksi dijatuhkan "
            'langsung oleh lembaga tersebut.\n\n"Jadi yang memberi sanksi itu bukan Bawaslu. Lain cerita kalau '
            'laporannya menyangkut pidana pemilu oleh ASN, itu langsung ditangani Gakumdu," terang Fulan ketika '
            "ditanya sanksi yang bakal diterima enam ASN itu jika terbukti bersalah.",
            [(6, "proven", "82.72")],
        ),
        # a sanction still awaited ("menanti") is not given
        (
            "Dua ASN Kabupaten Kolaka yang terbukti melanggar netralitas masih menanti sanksi dari bupati.",
            [(2, "proven", "74.01")],
        ),
        # the breakdown by source of a total of every kind, referred back to two sentences on
        (
            "Bawaslu Kabupaten Lebak telah menginventarisir laporan pelanggaran pendukung maupun pasangan calon di "
            'Pilkada 2020.\n\n"Sejak awal sampai sekarang, ada sedikitnya 23 laporan," kata Fulan.\n\nDugaan '
            "pelanggaran netralitas ASN dan administrasi masih mendominasi.\n\nIa menuturkan, laporan itu terdiri "
            "dari 9 laporan warga, 10 temuan Bawaslu Kabupaten Lebak, dan 4 temuan dari Panwascam.",
            [],
        ),
        # a distinctive figure said again beside the province's Bawaslu keeps its regency
        (
            "Bawaslu Kabupaten Halmahera Utara menindak ASN Pemkab Halmahera Utara yang diduga terlibat politik "
            "praktis. Tercatat sudah sebanyak 13 oknum ASN yang dilaporkan ke KASN.\nMenurutnya, kasus dugaan "
            "keterlibatan politik praktis oleh 13 oknum ASN turut menjadi atensi khusus Bawaslu Maluku Utara.",
            [(13, "reported", "82.03")],
        ),
        # the next name of a ranking, a bare name kept out of free text ("Luwu"), with its figure after "dengan"
        (
            "Netralitas ASN di Sulsel\nBawaslu Sulawesi Selatan mencatat dugaan pelanggaran netralitas ASN. Kabupaten "
            "Bantaeng tercatat terbanyak dengan 17 kasus. Berikutnya ada, Luwu dengan 13 kasus.",
            [(17, "reported", "73.03"), (13, "reported", "73.17")],
        ),
        # cases that may be: a forecast in a headline
        (
            "KASN: Capai 8 Ribu Kasus Potensi Pelanggaran Netralitas Pemilu 2024\n\nJakarta - Komisi Aparatur Sipil "
            "Negara (KASN) membeberkan potensi pelanggaran netralitas ASN pada Pemilu 2024 yang diprediksi menyentuh "
            "6 ribu hingga 8 ribu kasus.",
            [],
        ),
        # reports of what may be a violation are reports made
        (
            "Bawaslu Kabupaten Bantul menerima laporan soal netralitas ASN. Setidaknya ada 3 laporan potensi "
            "pelanggaran netralitas yang dilakukan.",
            [(3, "reported", "34.02")],
        ),
        # one official named "bersama dua PNS lainnya": three
        (
            "KASN memutuskan Kepala Bagian Umum Pemkab Tapin, Fulan, bersama dua PNS lainnya terbukti melanggar asas "
            "netralitas ASN dalam Pemilu 2019.",
            [(3, "proven", "63.05")],
        ),
        # the official a recommendation letter was sent to is no offender
        (
            "Panwaslu Kabupaten Boyolali mengingatkan semua PNS agar tetap netral dalam Pilkada 2015. Panwaslu meminta "
            "Pj Bupati Boyolali, Fulan, menerbitkan surat instruksi kepada seluruh jajarannya agar tetap netral. "
            "Permintaan itu disampaikan lewat surat rekomendasi netralitas aparatur sipil negara (ASN) yang dikirim "
            "kepada Pj Bupati, kemarin.",
            [],
        ),
        # the first named, the others counted "lainnya": one more than the figure
        (
            "GROBOGAN - Sekda dan tiga ASN lainnya di Kabupaten Grobogan kena sanksi dari Komisi Aparatur Sipil Negara "
            "(KASN) karena tidak netral.",
            [(4, "sanctioned", "33.15")],
        ),
        # a photo with a contestant is no candidacy
        (
            'Bawaslu Kota Bogor menemukan dugaan pelanggaran netralitas ASN pada Pemilu 2024. "Kami masih menelusuri '
            'informasi awal soal aktivitas salah satu ASN di medsos, berupa foto bersama kontestan dan pose jari," '
            "lanjutnya.",
            [],
        ),
        # the province after the dateline's city, before a bracketed outlet, is the dateline's
        (
            "Empat ASN Dilaporkan ke Bawaslu\n\nSIDOARJO, JATIM [KASTV -Aliansi Masyarakat Pengawas Pemilu melaporkan "
            "Empat ASN ke Badan Pengawas Pemilu ( Bawaslu) Kabupaten Sidoarjo terkait dugaan pelanggaran netralitas.",
            [(4, "reported", "35.15")],
        ),
    ],
)
def test_decisions_on_a_part_sanctions_asked_about_breakdowns_and_figures_said_again(analyse, text, expected):
    assert sorted((f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of officials by level after "ASN yang dilaporkan antara lain": each level's figure, and no state
        # official (no ASN)
        (
            "Bawaslu Kabupaten Magetan memanggil pelapor. Dari laporan itu, ASN yang dilaporkan antara lain satu "
            "orang pejabat negara, 8 pejabat struktural di tingkat kabupaten, 15 pejabat struktural di kecamatan dan "
            "6 pejabat struktural di tingkat kelurahan. Mereka diduga melanggar netralitas ASN dalam Pemilu 2024.",
            [(8, "reported", "35.20"), (15, "reported", "35.20"), (6, "reported", "35.20")],
        ),
        # none dismissed yet is no zero of sanctions
        (
            "Bawaslu Kabupaten Kendal mencatat 12 ASN melanggar netralitas pada Pilkada 2020. Sebanyak 7 ASN sudah "
            "dijatuhi sanksi. Sampai sekarang belum ada ASN yang dijatuhi sanksi hingga pemberhentian. Hingga kini "
            "juga belum ada ASN yang dipecat.",
            [(12, "reported", "33.24"), (7, "sanctioned", "33.24")],
        ),
        # (none sanctioned at all still is)
        (
            "Bawaslu Kabupaten Kendal menyebut sampai sekarang belum ada ASN yang dijatuhi sanksi pada Pilkada 2024.",
            [(0, "sanctioned", "33.24")],
        ),
        # the other laws' offences, an item of their own after the ASN's
        (
            "Bawaslu Sumatera Selatan mencatat 41 dugaan pelanggaran Pilkada 2024. Lalu pelanggaran pidana ada 3 "
            "kasus, pelanggaran kode etik 4 kasus sudah ditangani dan pelanggaran netralitas ASN 9 kasus sudah "
            "ditangani serta pelanggaran hukum lainnya 8 kasus sudah ditangani.",
            [(9, "reported", "16")],
        ),
        # "Kelimanya" speaks of the five sanctioned again
        (
            "Bupati Sigi meminta seluruh ASN tetap netral menjelang Pilkada 2024. Menurut dia, sampai saat ini ASN "
            "yang sudah dijatuhi sanksi oleh pemerintah daerah sebanyak lima orang. Kelimanya terbukti melanggar "
            "netralitas ASN ketika pemilihan legislatif lalu.",
            [(5, "sanctioned", "72.10")],
        ),
        # drawn into a case
        (
            "BLITAR - Satu ASN Pemkab Blitar harus berurusan dengan Bawaslu Kabupaten Blitar. ASN itu diduga mendukung "
            "bakal pasangan calon lewat Facebook pada Pilkada 2020.",
            [(1, "reported", "35.05")],
        ),
        # one case, and the recommendation the deciding body made, acted on
        (
            "Bawaslu Kabupaten Purworejo menemukan indikasi seorang PNS melanggar netralitas. Fulan mengatakan "
            "berdasarkan surat rekomendasi yang diterbitkan Komisi Aparatur Sipil Negara (KASN), PNS itu terancam "
            "dipecat.",
            [(1, "proven", "33.06")],
        ),
        # one case, its recommendation letter said sent after the letter is named
        (
            'Bawaslu Kota Salatiga menemukan seorang ASN diduga mendukung bakal calon wali kota. "Surat rekomendasi '
            'pemberian sanksi sudah kami layangkan ke KASN," kata Fulan.',
            [(1, "proven", "33.73")],
        ),
        # one case, a recommendation sent for it to be acted on ("agar ... dapat ditindaklanjuti")
        (
            "Seorang ASN Pemkot Pasuruan diperiksa Bawaslu karena memasang foto calon wali kota di akun media "
            "sosialnya pada Pilkada 2018. Bawaslu Kota Pasuruan lalu mengirimkan rekomendasi kepada Komisi ASN agar "
            "hasil pemeriksaan dapat ditindaklanjuti.",
            [(1, "proven", "35.75")],
        ),
        # a list of officials a verb of processing opens, items set apart by commas
        (
            'Bawaslu Kabupaten Lumajang memanggil pelapor dugaan pelanggaran netralitas ASN. "Dari hasil investigasi, '
            "kami melaporkan satu pejabat negara, 12 pejabat struktural di tingkat kabupaten, 25 pejabat struktural di "
            'kecamatan dan 16 pejabat struktural di tingkat kelurahan," ujarnya.',
            [(12, "reported", "35.08"), (25, "reported", "35.08"), (16, "reported", "35.08")],
        ),
        # (one named after "dan" is one of the group, and a breakdown after "yakni" is of the total)
        (
            "Tim hukum pasangan calon melaporkan delapan camat dan seorang pejabat di lingkungan Pemkab Wonosobo ke "
            "Bawaslu Kabupaten Wonosobo terkait netralitas ASN.",
            [(8, "reported", "33.07")],
        ),
        # a teacher who is a PPPK is an ASN
        (
            "Bawaslu Kabupaten Merangin menemukan seorang guru PPPK hadir dalam kampanye pasangan calon pada Pilkada "
            "2024.",
            [(1, "reported", "15.02")],
        ),
        # the reports that came in, counted in ASN
        (
            'BKN mencatat pelanggaran netralitas pada Pilkada 2020. "Dari total pelaporan yang masuk berjumlah 846 '
            'ASN, 608 ASN di antaranya sudah mendapatkan rekomendasi dari KASN," terangnya.',
            [(846, "reported", None), (608, "proven", None)],
        ),
        # a verdict on one official named by title
        (
            "SERANG - Bawaslu Kabupaten Serang memutuskan Camat Cikande Fulan bersalah dan telah melanggar netralitas "
            "ASN pada Pilkada 2024.",
            [(1, "proven", "36.04")],
        ),
        (
            "LAMPUNG SELATAN - Bawaslu Kabupaten Lampung Selatan menyatakan Camat Natar terbukti melanggar netralitas "
            "ASN pada Pilkada 2024.",
            [(1, "proven", "18.01")],
        ),
        # (none where the verdict clears them)
        (
            "SERANG - Bawaslu Kabupaten Serang menyatakan Camat Cikande tidak terbukti melanggar netralitas ASN pada "
            "Pilkada 2024.",
            [],
        ),
        # one official, the office's place after "di", then the name
        (
            "SITUBONDO - Camat Besuki di Situbondo, Fulan, dijatuhi sanksi oleh Komisi Aparatur Sipil Negara (KASN) "
            "karena tidak netral pada Pilkada 2024.",
            [(1, "sanctioned", "35.12")],
        ),
        # ready to sanction, if proven: the six stay reported
        (
            "SUKOHARJO - Sebanyak enam PNS Pemkab Sukoharjo dilaporkan ke BKD pada Pilkada 2015. Pihaknya kini masih "
            "menghimpun bukti dan siap menjatuhkan sanksi apabila keenam PNS itu terbukti bersalah.",
            [(6, "reported", "33.11")],
        ),
        # findings of several kinds, listed after "antara lain"
        (
            "CIREBON - Panwaslu Kabupaten Cirebon mencatat tiga temuan pada Pilkada 2017. Tiga temuan Panwaslu, urai "
            "Fulan, antara lain keterlibatan kepala desa saat pendaftaran calon, dukungan ASN kepada pasangan calon "
            "dan pemasangan alat peraga.",
            [],
        ),
        # who said it, set between what is counted and its figure
        (
            "KOTABARU - Bawaslu Kabupaten Kotabaru menangani dugaan pelanggaran pada Pilkada 2020. Kasus pelanggaran "
            "netralitas ASN, kata dia, sudah tercatat 4 orang.",
            [(4, "reported", "63.02")],
        ),
        # those of the summoned who came are no count of their own
        (
            "GROBOGAN - Bawaslu Kabupaten Grobogan memanggil lima ASN yang diduga tidak netral pada Pilkada 2024. Dari "
            "kelima ASN yang dipanggil Bawaslu, hanya dua ASN yang memenuhi panggilan klarifikasi.",
            [(5, "reported", "33.15")],
        ),
        # a table's rows, figure first, under a heading that says what became of them
        (
            "JAKARTA - BKN mencatat pelanggaran netralitas ASN pada Pilkada 2020.\n\nBerikut 3 instansi dengan "
            "pelanggaran netralitas ASN terbanyak yang mendapatkan rekomendasi KASN:\n\n41 ASN untuk Kabupaten "
            "Wonosobo.\n30 ASN untuk Kabupaten Kolaka.\n12 ASN untuk Kabupaten Dompu.",
            [(41, "proven", "33.07"), (30, "proven", "74.01"), (12, "proven", "52.05")],
        ),
        (
            "JAKARTA - BKN mencatat pelanggaran netralitas ASN pada Pilkada 2020.\n\nBerikut 2 instansi dengan "
            "pelanggaran netralitas ASN terbanyak yang mendapatkan rekomendasi KASN:\n\nKabupaten Wonosobo: 41 ASN."
            "\nKabupaten Kolaka: 30 ASN.",
            [(41, "proven", "33.07"), (30, "proven", "74.01")],
        ),
        # what became of them, after a comma that closes who they are; "memperoleh" receives as "mendapatkan" does
        (
            "JAKARTA - BKN mencatat 815 ASN telah dilaporkan melakukan pelanggaran netralitas pada Pilkada 2020. Di "
            "samping itu, sebanyak 594 ASN yang melanggar, sudah memperoleh rekomendasi dari KASN.",
            [(815, "reported", None), (594, "proven", None)],
        ),
        # the one who filed the report is no violator
        (
            "KAPUAS HULU - Bawaslu Kabupaten Kapuas Hulu menerima laporan dugaan pelanggaran netralitas pada Pemilu "
            "2024. Laporan pelanggaran netralitas itu disampaikan oleh seorang ASN yang bertugas di BKPSDM Kapuas "
            "Hulu.",
            [],
        ),
        # (one to be sent is no decision yet)
        (
            'Bawaslu Kota Salatiga menemukan seorang ASN diduga mendukung bakal calon wali kota. "Surat rekomendasi '
            'pemberian sanksi akan kami layangkan ke KASN," kata Fulan.',
            [(1, "reported", "33.73")],
        ),
    ],
)
def test_officials_listed_or_judged_recommendations_acted_on_sanctions_to_come_and_asides(analyse, text, expected):
    assert sorted((f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share beside a count is no count of its own
        (
            "JAKARTA - KASN mencatat 1.530 ASN terbukti melanggar netralitas pada Pilkada 2020. Dari jumlah itu, PPK "
            "sudah menjatuhkan sanksi kepada 1.204 ASN atau sekitar 79% di antaranya.",
            [("violation_count", 1530, "proven", None), ("violation_count", 1204, "sanctioned", None)],
        ),
        # "tidak kurang dari": at least, a floor that counts as "lebih dari" does
        (
            "KUNINGAN - Selama Pilkada 2018, tidak kurang dari 11 ASN di Kabupaten Kuningan dipanggil Panwaslu lalu "
            "direkomendasikan ke BKPSDM.",
            [("violation_count", 11, "proven", "32.08")],
        ),
        # (at most is no count)
        ("KUNINGAN - Selama Pilkada 2018, tidak lebih dari 11 ASN di Kabupaten Kuningan dipanggil Panwaslu.", []),
        # no decision yet, the negation before a reach that ends at the second of two outcomes
        (
            "ENDE - Hingga kini Bawaslu Provinsi NTT belum menerima hasil atau putusan Komisi Aparatur Sipil Negara "
            "( KASN) atas 9 Aparatur Sipil Negara ( ASN) yang dilaporkan karena diduga terlibat politik praktis.",
            [("violation_count", 9, "reported", "53")],
        ),
        # a total ranked by its kinds, neutrality next after another: every kind's
        (
            "SUMEDANG - Bawaslu Kabupaten Sumedang menyampaikan evaluasi Pilkada 2024. Fulan mengatakan bahwa dari "
            "214 kasus pelanggaran, jumlah pelanggaran etika menempati urutan tertinggi, disusul pelanggaran "
            "netralitas dan pelanggaran lainnya oleh ASN.",
            [],
        ),
        # a candidate in someone's words (an ASN's support) is none who stands
        (
            "PATI - Bawaslu Kabupaten Pati menemukan seorang ASN di Kecamatan Juwana mengunggah dukungan pada Pilkada "
            "2024. Ia juga menyebut nama seorang pejabat sebagai calon bupati.",
            [("violation_count", 1, "reported", "33.18")],
        ),
        # other findings than the ASN's, told after them
        (
            "TASIKMALAYA - Bawaslu Kota Tasikmalaya menangani pelanggaran netralitas ASN oleh seorang guru SMA. "
            '"Jadi prosesnya sudah di BKN, surat rekomendasi sudah kami layangkan," kata Fulan. Selain itu, Fulan juga '
            "menguraikan 4 temuan lain yang ditangani Bawaslu Kota Tasikmalaya selama masa kampanye Pilkada.",
            [],
        ),
        # recommendations counted by the bodies they went to, the cases counted apart
        (
            "KOLAKA - Panwaslu Kabupaten Kolaka memeriksa 6 dari 8 ASN yang bertugas di Pemkab Kolaka menjelang "
            'Pilkada 2018.\n\n"Setelah pemeriksaan dan klarifikasi, Panwaslu Kabupaten Kolaka menerbitkan 3 '
            'rekomendasi yakni kepada KASN, Kementerian PANRB dan Bupati Kolaka," kata Fulan.',
            [("violation_count", 6, "reported", "74.01")],
        ),
        # acted on, as spoken
        (
            'PALU - Bawaslu Kota Palu membuka posko pengaduan pada Pemilu 2024. "Baru-baru ini kita tindaki lima ASN, '
            'kita kirim langsung ke KASN," katanya.',
            [("violation_count", 5, "reported", "72.71")],
        ),
        # a place the count is said to be outside of is not its place
        (
            "KLATEN - Sebanyak lima PNS Pemkab Klaten dilaporkan ke BKD Provinsi Jawa Tengah karena diduga tidak "
            "netral dalam Pilkada 2015. Di luar Klaten, satu kasus berasal dari Boyolali.",
            [("violation_count", 5, "reported", "33.10"), ("violation_count", 1, "reported", "33.09")],
        ),
        # what the reports are about, listed after a comma (or what most of them are), names other kinds: every kind's
        (
            "MUARA ENIM - Bawaslu Kabupaten Muara Enim mencatat pelanggaran Pilkada 2024. Dari 23 laporan yang "
            "diterima, sebagian besar menyangkut dugaan politik uang, pelanggaran netralitas ASN, dan netralitas "
            "perangkat desa.",
            [],
        ),
        (
            "BATURAJA - Bawaslu Kabupaten Ogan Komering Ulu menerima 16 laporan, menyangkut politik uang, netralitas "
            "ASN, dan netralitas kepala desa.",
            [],
        ),
        # (and when they are the ASN's alone, they count)
        (
            "BATURAJA - Bawaslu Kabupaten Ogan Komering Ulu menerima 6 laporan, terkait netralitas ASN di Dinas "
            "Pendidikan.",
            [("violation_count", 6, "reported", "16.01")],
        ),
        # one of the reports the ASN's: the reports are of every kind
        (
            'SAMPIT - "Kami mengadukan ada tujuh laporan ke Bawaslu Kotawaringin Timur, salah satu laporannya '
            'mengenai ketidaknetralan ASN yang menjabat kepala dinas," ujar Fulan.',
            [],
        ),
        # a sanction wished for is none given yet
        (
            "TAIS - BKN sudah memutuskan pelanggaran netralitas ASN di Kabupaten Seluma pada Pilkada 2024. Ketua "
            "Bawaslu berharap PPK segera menjatuhkan sanksi terhadap 6 orang ASN yang melanggar netralitas itu.",
            [("violation_count", 6, "proven", "17.05")],
        ),
        # a breakdown by region of a figure read as no count (a part of a total of every kind) is of every kind too
        (
            "BUKITTINGGI - Bawaslu Provinsi Sumatera Barat memproses 87 pelanggaran pemilihan selama kampanye Pilkada "
            "2020. Menurut Fulan, persoalan netralitas ASN berada di urutan paling atas. Penindakan itu berlangsung "
            "pada dua tahapan, yakni tahapan pencalonan dan tahapan kampanye. Dari keseluruhan pelanggaran "
            "yang diproses, sebanyak 58 berasal dari temuan pengawas, sedangkan 29 lainnya merupakan laporan "
            "masyarakat. Dari 58 temuan itu, paling banyak berada di Kabupaten Agam dengan 17 pelanggaran, Pasaman "
            "dengan 13 kasus, dan Tanah Datar empat kasus.",
            [],
        ),
    ],
)
def test_shares_floors_outcomes_denied_kinds_ranked_and_candidates_named_by_others(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "dimana" before a part's number: what the part awaits is the part's, not the total's
        (
            "TOMOHON - Bawaslu Kota Tomohon telah menangani sebanyak 14 kasus netralitas ASN dimana 9 kasus tinggal "
            "menunggu keputusan atau rekomendasi dari BKN dan 5 laporan lainnya masih diproses.",
            [("violation_count", 14, "reported", "71.73"), ("violation_count", 9, "proven", "71.73")],
        ),
        # a part whose recommendation is out ("keluar rekomendasinya") is proven: the same two the lead counts
        (
            'BARRU - KASN merekomendasikan tiga ASN lingkup Pemkab Barru untuk diberi sanksi. "Sejauh ini Bawaslu '
            "Barru sudah menangani 8 kasus yang direkomendasikan ke KASN, 3 di antaranya sudah keluar "
            'rekomendasinya," kata Fulan.',
            [("violation_count", 3, "proven", "73.11"), ("violation_count", 8, "proven", "73.11")],
        ),
        # a story that ranks neutrality first of the kinds: its counts that name no kind are of every kind
        (
            "Bawaslu Jambi: Netralitas ASN Mendominasi Pelanggaran Pilkada 2020\nJAMBI - Bawaslu Provinsi Jambi "
            'memproses 412 pelanggaran selama Pilkada 2020. "Untuk laporan paling banyak di Kota Jambi dengan 21 '
            'laporan dan 9 temuan," kata Fulan.',
            [],
        ),
        # (and a decision of KASN, the commission of civil servants, names them)
        (
            "Sanksi ASN Tak Netral Makin Berat\nKENDARI - Bawaslu Sultra membeberkan dugaan pelanggaran pada Pilkada "
            "2020. Fulan menyebutkan hingga Selasa (6/10/2020), tercatat sebanyak 65 temuan dan 23 laporan. "
            "Berdasarkan jenis pelanggaran, pelanggaran netralitas aparatur sipil negara (ASN) paling banyak. "
            "Sebanyak 31 kasus sudah diputuskan KASN.",
            [("violation_count", 31, "proven", "74")],
        ),
        # most of the cases said to be of neutrality, the sentence before a count that names no kind
        (
            "PALEMBANG - Bawaslu Sumatera Selatan sudah menangani 48 kasus dugaan pelanggaran selama masa kampanye "
            'Pilkada 2024. "Sebagian besar pelanggaran yang ditemukan berkaitan dengan netralitas aparatur sipil '
            'negara (ASN)," kata Fulan. Bawaslu Sumsel juga menyampaikan bahwa empat pelanggaran sudah naik ke tahap '
            "penyidikan.",
            [],
        ),
        # ASN first of the offenders: the count after is of every offender's
        (
            "PALU - Aparatur Sipil Negara (ASN) masih mendominasi pelanggaran Pilkada 2018 di Sulawesi Tengah. Hingga "
            "Mei, Bawaslu Sulteng mencatat 351 kasus.",
            [],
        ),
        # a total said after a comma to be mostly of neutrality
        (
            "Pilkada 2024, Bawaslu Tangani 712 Pelanggaran, Sebagian Besar Pelanggaran Netralitas ASN\nJAKARTA - "
            "Bawaslu RI mencatat ratusan pelanggaran selama Pilkada 2024.",
            [],
        ),
        # no sanction yet, as someone objects, is no finding of none
        (
            "JAKARTA - Kemendagri menyebut 14 ASN pelanggar netralitas sudah dijatuhi hukuman. Keterangan itu menjawab "
            "anggota DPR Fulan yang mempersoalkan belum adanya ASN pelanggar netralitas yang dihukum.",
            [("violation_count", 14, "sanctioned", None)],
        ),
        # (a neutrality story's count stays)
        (
            "PALU - Bawaslu Sulteng menangani pelanggaran netralitas ASN pada Pilkada 2018. Hingga Mei, Bawaslu "
            "Sulteng mencatat 35 kasus.",
            [("violation_count", 35, "reported", "72")],
        ),
        # (neutrality ranked first with its own count: the figures after it may break that count down)
        (
            "TERNATE - Bawaslu Maluku Utara mencatat pelanggaran hukum lainnya pada Pilkada 2020 didominasi kasus "
            "pelanggaran netralitas ASN dengan jumlah 40 kasus. Kabupaten Halmahera Timur dengan jumlah kasus "
            "sebanyak 14 kasus, kabupaten Halmahera Selatan sebanyak 11 kasus, dan Kota Ternate sebanyak 9 kasus.",
            [
                ("violation_count", 40, "reported", "82"),
                ("violation_count", 14, "reported", "82.06"),
                ("violation_count", 11, "reported", "82.04"),
                ("violation_count", 9, "reported", "82.71"),
            ],
        ),
        # (a place ranked first after the neutrality cases is no kind: the list of places stays)
        (
            "Bawaslu Kalsel Temukan 31 Dugaan Pelanggaran Netralitas ASN, Kabupaten Balangan Terbanyak\nBANJARMASIN - "
            "Bawaslu Provinsi Kalimantan Selatan mencatat 31 dugaan pelanggaran netralitas ASN sejak tahapan Pilkada "
            "2024 dimulai. Rincian per daerah, Kabupaten Balangan menjadi penyumbang terbanyak dengan 8 kasus, disusul "
            "Tanah Laut 6 kasus.",
            [
                ("violation_count", 31, "reported", "63"),
                ("violation_count", 8, "reported", "63.11"),
                ("violation_count", 6, "reported", "63.01"),
            ],
        ),
        # a place listed, then named again as ranked first with its figure: the figure is that place's
        (
            "SEMARANG - Bawaslu Jawa Tengah mencatat 30 dugaan pelanggaran netralitas ASN. Daerah yang paling disorot "
            "di antaranya Jepara, Grobogan, dan Cilacap, dengan Jepara menempati urutan teratas, yakni 8 kasus.",
            [("violation_count", 30, "reported", "33"), ("violation_count", 8, "reported", "33.20")],
        ),
        # (a place ranked first is no kind: its count stays)
        (
            "Kasus Netralitas ASN Tertinggi di Kabupaten Bone\nBONE - Bawaslu Kabupaten Bone mencatat 15 laporan "
            "dugaan pelanggaran netralitas selama Pilkada 2024.",
            [("violation_count", 15, "reported", "73.08")],
        ),
    ],
)
def test_parts_said_apart_recommendations_out_kinds_ranked_first_and_complaints_of_none(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "melakukan pelanggaran": ASN who committed violations, counted as such
        (
            "JAMBI - Bawaslu Provinsi Jambi mencatat sebanyak 19 ASN melakukan pelanggaran selama proses Pilkada 2020.",
            [("violation_count", 19, "reported", "15")],
        ),
        # (asked not to, they did nothing)
        ("JAMBI - Sebanyak 5.000 ASN di Provinsi Jambi diimbau tidak melakukan pelanggaran selama Pilkada 2020.", []),
        # a headline's words in capitals are no place: the second count's sanction is not the first one's
        (
            "19 ASN Jambi Lakukan Pelanggaran Pilkada, 12 Sudah Disanksi\n\nJAMBI - Bawaslu Jambi menyampaikan rekap "
            "pelanggaran Pilkada 2020.",
            [("violation_count", 19, "reported", "15"), ("violation_count", 12, "sanctioned", "15")],
        ),
        # words worn on a shirt ("bertuliskan 'ora mundur'") say no one resigns to run
        (
            "WONOSOBO - Bawaslu Kabupaten Wonosobo memeriksa Kepala Dinas Sosial Fulan dan Camat Kertek Fulanah. "
            'Keduanya kompak mengenakan kaos putih bertuliskan "ora mundur" saat deklarasi relawan petahana.',
            [],
        ),
        # "dinyatakan terlibat": found involved, a decision
        (
            "BAUBAU - Setelah penetapan 9 Aparatur Sipil Negara (ASN) yang dinyatakan terlibat dalam pelanggaran "
            "netralitas, Panwaslu Kota Baubau kembali memeriksa pejabat.",
            [("violation_count", 9, "proven", "74.72")],
        ),
        # a count of the cases "involving ASN" the sentence before names
        (
            "SUKABUMI - Bawaslu Kabupaten Sukabumi menerima 17 laporan selama Pilkada 2024. Di antaranya ada dugaan "
            "yang melibatkan aparatur sipil negara (ASN). Jumlahnya sebanyak 8 kasus.",
            [("violation_count", 8, "reported", "32.02")],
        ),
        # a regency's name with its direction joined ("Pasamanbarat")
        (
            "SIMPANG EMPAT - Bawaslu Pasamanbarat sudah merekomendasikan 4 kasus netralitas ASN ke KASN.",
            [("violation_count", 4, "proven", "13.12")],
        ),
        # one named by their work after "oknum", a relative clause set between commas before what became of them
        (
            "CIAMIS - Seorang oknum guru ASN di Kabupaten Ciamis, Jawa Barat, yang secara terbuka menyatakan dukungan "
            "kepada pasangan calon nomor urut 02, dinyatakan terbukti melanggar aturan.",
            [("violation_count", 1, "proven", "32.07")],
        ),
        # persons questioned about a case an official committed are no violators; the official is one
        (
            "MADIUN - Bawaslu Kabupaten Madiun memeriksa 6 pejabat Kementerian Agama terkait dugaan pelanggaran "
            "netralitas ASN yang dilakukan Kepala Kantor Kemenag Madiun.",
            [("violation_count", 1, "reported", "35.19")],
        ),
        (
            "MADIUN - Bawaslu Kabupaten Madiun memeriksa 6 pejabat Kementerian Agama (Kemenag) setempat, terkait "
            "dugaan pelanggaran netralitas ASN yang dilakukan Kepala Kantor Kemenag Madiun.",
            [("violation_count", 1, "reported", "35.19")],
        ),
        # (questioned about their own)
        (
            "MADIUN - Bawaslu Kabupaten Madiun memeriksa 6 pejabat Kementerian Agama terkait dugaan pelanggaran "
            "netralitas ASN.",
            [("violation_count", 6, "reported", "35.19")],
        ),
        # a list of candidates by which a time is told ("sebelum masa penetapan Daftar Calon Sementara") is none they
        # are on
        (
            "KLATEN - Bawaslu Kabupaten Klaten menerima laporan tiga ASN yang dinilai tidak netral. Namun ketiganya "
            "berbuat sebelum masa penetapan Daftar Calon Sementara (DCS).",
            [("violation_count", 3, "proven", "33.10")],
        ),
        # the civil servants among violators of every status counted first
        (
            "BIMA - Menurut catatan Bawaslu, dari 14 orang aparat Pemkot Bima yang terindikasi berpolitik praktis, 6 "
            "orang berstatus ASN.",
            [("violation_count", 6, "reported", "52.72")],
        ),
        (
            "BIMA - Bawaslu Kota Bima mencatat 14 orang aparat yang terindikasi berpolitik praktis. Dari 14 orang "
            "aparat itu, 6 orang berstatus ASN, 5 orang kepala lingkungan dan 3 orang PTT.",
            [("violation_count", 6, "reported", "52.72")],
        ),
        # a recommendation told as sent after it ("rekomendasi pelanggaran sudah dikirim ke Komisi ASN") decides the
        # count just before
        (
            "BIMA - Bawaslu Kota Bima mencatat 9 orang ASN yang terindikasi terlibat politik praktis. Khusus ASN, "
            "rekomendasi pelanggaran sudah dikirim ke Komisi ASN.",
            [("violation_count", 9, "proven", "52.72")],
        ),
        # (among those at a roll call, no violators)
        ("BIMA - Dari 14 orang aparat Pemkot Bima yang hadir dalam apel, 6 orang berstatus ASN.", []),
        # a list whose first item names the level of its place ("di tingkat provinsi Jambi"): each figure its own
        (
            "JAMBI - Bawaslu Jambi mencatat 10 kasus netralitas ASN pada Pilkada 2020. Rinciannya masing-masing 1 "
            "kasus di tingkat provinsi Jambi, 2 di Kabupaten Kerinci, 4 di Kota Sungai Penuh, dan 3 di Kabupaten "
            "Bungo.",
            [
                ("violation_count", 10, "reported", "15"),
                ("violation_count", 1, "reported", "15"),
                ("violation_count", 2, "reported", "15.01"),
                ("violation_count", 4, "reported", "15.72"),
                ("violation_count", 3, "reported", "15.08"),
            ],
        ),
    ],
)
def test_violations_committed_headline_capitals_and_levels_of_listed_places(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # one total of places named together ("meliputi A, B dan C sebanyak N"), in a story whose province figure
        # already counts them: no place's figure, nor the province's again
        (
            "SEMARANG - Bawaslu Jawa Tengah menerima sembilan laporan netralitas ASN pada Pemilu 2024. Adapun daerah "
            "asal laporan itu meliputi Demak, Kudus dan Jepara sebanyak tiga laporan.",
            [("violation_count", 9, "reported", "33")],
        ),
        # (each one's where the story says so)
        (
            "SEMARANG - Bawaslu Jawa Tengah menerima sembilan laporan netralitas ASN pada Pemilu 2024. Laporan dari "
            "Demak dan Kudus masing-masing sebanyak dua laporan.",
            [
                ("violation_count", 9, "reported", "33"),
                ("violation_count", 2, "reported", "33.21"),
                ("violation_count", 2, "reported", "33.19"),
            ],
        ),
        # the employees of a city and of its province counted together: the province's
        (
            "KENDARI - Berkas 5 Aparatur Sipil Negara Kota Kendari dan Provinsi Sulawesi Tenggara akhirnya "
            "direkomendasikan Bawaslu ke Komisi ASN.",
            [("violation_count", 5, "proven", "74")],
        ),
        # a sanction due by a time ahead ("paling lambat pekan depan") is not given yet
        (
            "RAHA - Bawaslu Kabupaten Muna merekomendasikan empat PNS ke BKN karena terbukti tidak netral pada Pilkada "
            '2024. "Paling lambat pekan depan keputusan sanksi disiplin berat sudah keluar, untuk empat orang yang '
            'kami nyatakan melanggar netralitas ASN itu," katanya.',
            [("violation_count", 4, "proven", "74.03")],
        ),
        # "memenuhi unsur": found to have violated
        (
            "BINTUHAN - Bawaslu Kabupaten Kaur menyatakan 3 ASN memenuhi unsur pelanggaran netralitas pada Pilkada "
            "2024.",
            [("violation_count", 3, "proven", "17.04")],
        ),
        # passed on for a sanction: recommended for one (the conventions' proven)
        (
            "BINTUHAN - Bawaslu Kabupaten Kaur sudah meneruskan 4 ASN ke BKN untuk dijatuhi sanksi pada Pilkada 2024.",
            [("violation_count", 4, "proven", "17.04")],
        ),
        # (passed on to be followed up: reported)
        (
            "BINTUHAN - Bawaslu Kabupaten Kaur sudah meneruskan 4 ASN ke KASN untuk ditindaklanjuti pada Pilkada 2024.",
            [("violation_count", 4, "reported", "17.04")],
        ),
        # cases of ASN and of others together ("berasal dari ASN dan aparatur desa") are no count of the ASN's
        (
            "PARINGIN - Bawaslu Kabupaten Balangan memproses dua pelanggaran yang berasal dari ASN dan aparatur desa "
            "pada Pemilu 2024.",
            [],
        ),
        # the seat of a BKN regional office named in full is no place of the count; a follow-up by the PPK still to
        # come is no sanction given
        (
            "PEKANBARU - Sebanyak empat ASN di Provinsi Riau diblokir datanya karena melanggar netralitas pada Pilkada "
            "2020. Kepala Kantor Regional XII Badan Kepegawaian Negara (BKN) Pekanbaru, Fulan, menyampaikan keempat "
            "ASN itu akan ditindaklanjuti oleh Pejabat Pembina Kepegawaian.",
            [("violation_count", 4, "reported", "14")],
        ),
        # the regional government that heads the PPK following the cases up after KASN's recommendation: sanctioned
        (
            "SUMEDANG - Bawaslu Kabupaten Sumedang mencatat 20 ASN yang diduga melanggar netralitas pada Pilkada 2020. "
            "Dari 20 ASN tersebut, lima orang sudah diputus bersalah oleh Komisi ASN. Namun, baru empat ASN yang "
            "ditindaklanjuti oleh Pemkab Sumedang.",
            [
                ("violation_count", 20, "reported", "32.11"),
                ("violation_count", 5, "proven", "32.11"),
                ("violation_count", 4, "sanctioned", "32.11"),
            ],
        ),
    ],
)
def test_totals_of_places_named_together_deadlines_ahead_and_cases_passed_on_for_a_sanction(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a total counted by both sources of Bawaslu's cases ("341 temuan dan laporan") names every kind
        (
            'KENDARI - Bawaslu Sultra mencatat 95 kasus pelanggaran netralitas ASN selama Pemilu 2024. "Selama tahun '
            'itu, Bawaslu Sultra menangani 310 temuan dan laporan," kata Fulan.',
            [("violation_count", 95, "reported", "74")],
        ),
        # and a count of the violations of a city's election ("Pelanggaran Pilwakot Binjai") is every kind's
        (
            "Bawaslu Catat 120 Kasus Pelanggaran Pilwakot Binjai\n\nBINJAI - Bawaslu Binjai menyebut jenis "
            'pelanggarannya beragam, mulai dari administrasi hingga kode etik. "Sementara untuk kasus netralitas ASN '
            'yang diproses, rata-rata sanksinya disiplin sedang," katanya. Kasus terbaru, 3 ASN Binjai sudah '
            "dilaporkan Bawaslu Kota Binjai ke Komisi ASN.",
            [("violation_count", 3, "reported", "12.75")],
        ),
        # the election's ad hoc bodies not neutral are no ASN, and their list is of other offences
        (
            "MAGELANG - Bawaslu Kota Magelang menangani 30 kasus pelanggaran sepanjang Pilwakot 2020. Perinciannya 17 "
            "kasus terkait rekrutmen badan adhoc, 3 kasus pelanggaran badan adhoc tidak netral, 1 kasus data pemilih. "
            "Selain itu ada 6 kasus netralitas ASN.",
            [("violation_count", 6, "reported", "33.71")],
        ),
        # "..., dan yang sudah keluar rekomendasinya baru empat": the part's clause, not what became of the total
        (
            'POLEWALI - Bawaslu Kabupaten Polewali Mandar menangani kasus ASN pada Pilkada 2024. "ASN yang kami '
            'teruskan ke BKN jumlahnya 15 orang, dan yang sudah keluar rekomendasi tindak lanjutnya baru tiga," '
            "katanya.",
            [("violation_count", 15, "reported", "76.04")],
        ),
    ],
)
def test_totals_by_both_sources_an_elections_violations_and_a_parts_clause_after_the_total(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "dateline, expected",
    [
        # a bare "Bawaslu" in a story filed from a regency is that regency's Bawaslu: no national story
        ("WONOSOBO", [("violation_count", 0, "reported", "regional", "33.07")]),
        # (filed from Jakarta, where national bodies speak, it is national)
        ("JAKARTA", [("violation_count", 0, "reported", "national", None)]),
    ],
)
def test_a_bare_bawaslu_in_a_story_filed_from_a_regency_is_its_own(analyse, dateline, expected):
    text = (
        "Bawaslu memantau akun media sosial ASN selama Pilkada 2024. Hingga kini belum ada pelanggaran netralitas "
        "yang terdeteksi. Pengawasan Pilkada Kabupaten Wonosobo terus berjalan."
    )
    result = analyse(text, title="Tim Siber Awasi Akun ASN", dateline=dateline)
    assert [(f[0], f[1], f[3], f[4], f[5]) for f in fact_tuples(result)] == expected


def test_a_bkn_regional_office_named_by_its_number_is_no_place_of_the_count(analyse):
    text = (
        "BKN memblokir data 20 ASN yang melanggar netralitas pada Pilkada 2020. Sebanyak 3 ASN dari wilayah kerja "
        "kantor regional XII Pekanbaru sudah dilaporkan."
    )
    assert {f[5] for f in fact_tuples(analyse(text, title="ASN Diblokir BKN", dateline="JAKARTA"))} == {None}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "keberpihakan terhadap salah satu calon": ASN who took sides, no candidates
        (
            'PALU - Bawaslu Kota Palu menangani laporan netralitas pada Pilkada 2020. "Ada 11 ASN yang kami laporkan '
            'terkait keberpihakan terhadap salah satu calon kontestan Pilkada Palu," kata Fulan.',
            [("violation_count", 11, "reported", "72.71")],
        ),
        # the inquiry into them stopped ("penyelidikan ... di hentikan"), or no evidence found against them
        (
            "BANJARMASIN - Bawaslu Provinsi Kalsel memproses 6 laporan dugaan pelanggaran netralitas ASN pada Pilkada "
            "2020. Sedangkan penyelidikan tiga ASN di Banjarbaru yang diduga ikut penjaringan bakal calon di partai "
            "politik di hentikan. Bawaslu Kalsel juga tidak menemukan bukti keterlibatan dua ASN lainnya.",
            [("violation_count", 6, "reported", "63")],
        ),
        # (a dismissal in another clause is another count's)
        (
            "BANJARMASIN - Bawaslu Kalsel memproses laporan netralitas ASN pada Pilkada 2020. Laporan terhadap 2 ASN "
            "sudah diproses, sedangkan satu laporan lain ditolak.",
            [("violation_count", 2, "reported", "63")],
        ),
        # what the counted cases are about, said after their relative clause, names another kind: every kind's
        (
            "SUKABUMI - Bawaslu Kota Sukabumi mengatakan, tiga kasus dugaan pelanggaran yang sampai kini masih "
            "ditangani jajarannya itu berkaitan dengan dugaan tindak pidana pemilihan dan dugaan netralitas ASN.",
            [],
        ),
    ],
)
def test_sides_taken_inquiries_stopped_and_cases_about_several_kinds(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # none prosecuted ("belum ada ASN yang ... sampai dipidanakan") is no zero of violations
        (
            "NATUNA - Bawaslu Kabupaten Natuna mencatat pelanggaran netralitas ASN pada Pilkada 2020. Sejauh ini belum "
            "ada ASN yang melanggar aturan sampai dipidanakan.",
            [],
        ),
        # (none found so far is one)
        (
            "NATUNA - Bawaslu Kabupaten Natuna mengawasi netralitas ASN pada Pilkada 2020. Sejauh ini belum ada ASN "
            "yang dilaporkan melanggar netralitas.",
            [("violation_count", 0, "reported", "21.03")],
        ),
        # reports and findings "baik itu politik uang hingga netralitas ASN": of every kind
        (
            "MALILI - Bawaslu Kabupaten Luwu Timur menerima 15 laporan dan temuan pelanggaran baik itu politik uang "
            "hingga netralitas ASN pada Pilkada 2020.",
            [],
        ),
    ],
)
def test_none_prosecuted_and_reports_ranging_over_kinds(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # officials or ASN named suspects of an election crime are reported violators
        (
            "SUMBAWA - Gakkumdu Kabupaten Sumbawa menetapkan dua camat dan satu kepala desa sebagai tersangka tindak "
            "pidana pemilihan pada Pilkada 2024.",
            [("violation_count", 2, "reported", "52.04")],
        ),
        (
            "KOLAKA - Gakkumdu Kabupaten Kolaka menetapkan empat ASN sebagai tersangka tindak pidana pemilihan pada "
            "Pilkada 2024.",
            [("violation_count", 4, "reported", "74.01")],
        ),
        # (suspects of vote buying are no ASN)
        ("KOLAKA - Polisi menetapkan tiga tersangka politik uang pada Pilkada 2024 di Kabupaten Kolaka.", []),
    ],
)
def test_officials_named_suspects_of_an_election_crime(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


def test_a_count_of_another_duty_than_neutrality_is_no_neutrality_count(analyse):
    # "pelanggaran profesionalitas": an apparatus's other duty, counted beside its neutrality
    text = (
        "JAKARTA - Koalisi mencatat, selama tujuh bulan pemantauan, pelanggaran netralitas ASN terjadi dalam 31 kasus, "
        "20 kasus berupa kecurangan pemilu, dan hanya lima kasus pelanggaran profesionalitas."
    )
    assert [(f[1], f[4]) for f in fact_tuples(analyse(text))] == [(31, "national")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N ASN (atau kira-kira P persen) dari keseluruhan M ASN yang dilaporkan telah terbukti": M reported, N proven
        (
            "JAKARTA - Wakil Ketua KASN menyampaikan bahwa sebanyak 150 ASN atau kira-kira 40 persen dari keseluruhan "
            "375 ASN yang dilaporkan telah terbukti melanggar netralitas pada Pemilu 2024.",
            [("violation_count", 150, "proven", None), ("violation_count", 375, "reported", None)],
        ),
        (
            "JAKARTA - Wakil Ketua KASN menyampaikan bahwa sebanyak 150 ASN dari total 375 ASN yang dilaporkan telah "
            "terbukti melanggar netralitas pada Pemilu 2024.",
            [("violation_count", 150, "proven", None), ("violation_count", 375, "reported", None)],
        ),
        # reports "baik itu money politik hingga netralitas ASN": of every kind (the ASN counted after them are theirs)
        (
            'MALILI - "Bawaslu Luwu Timur menerima 15 laporan dan temuan baik itu money politik hingga netralitas ASN, '
            'sebanyak 3 ASN sudah mendapat rekomendasi dari KASN," kata Fulan.',
            [("violation_count", 3, "proven", "73.24")],
        ),
    ],
)
def test_a_part_of_the_whole_reported_and_money_politics_among_the_kinds(analyse, text, expected):
    assert sorted((f[0], f[1], f[3], f[5]) for f in fact_tuples(analyse(text))) == sorted(expected)


def test_a_collective_numeral_before_its_noun_restates_the_count(analyse):
    # "keenam ASN di masing-masing wilayah tersebut" after a list of places: the six again, the province's, not the
    # last place's
    text = (
        "BANJARMASIN - Bawaslu Provinsi Kalsel memproses 6 ASN yang diduga melanggar netralitas pada Pilkada 2020. "
        '"Adapun keenam pelanggaran netralitas ASN tersebut masing-masing terjadi di wilayah Kota Banjarmasin dengan '
        "dua pelanggaran netralitas ASN, di Kabupaten Kotabaru sebanyak 3 pelanggaran netralitas ASN dan Kabupaten "
        'Balangan dengan temuan satu pelanggaran netralitas ASN," ungkap Fulan. Berdasarkan hasil pemeriksaan, keenam '
        "ASN di masing-masing wilayah tersebut diduga melakukan pelanggaran netralitas karena mendaftar sebagai bakal "
        "calon ke partai politik."
    )
    sixes = {f[5] for f in fact_tuples(analyse(text)) if f[1] == 6}
    assert sixes == {"63"}


def test_a_national_bodys_seat_and_what_some_of_a_storys_cases_had(analyse):
    # "KASN RI, Jakarta": where the national body sits, no place of the figure said there
    text = (
        "Wakil Ketua KASN Fulan Hartono menyampaikan bahwa sebanyak 150 ASN terbukti melanggar netralitas dalam "
        "Pemilu 2024. Melalui siaran di akun YouTube KASN RI, Jakarta, pada hari Kamis, Fulan juga mencatat "
        "sebanyak 72 ASN di antaranya sudah dikenai sanksi oleh pejabat pembina kepegawaian (PPK)."
    )
    assert [(f[1], f[3], f[4], f[5]) for f in fact_tuples(analyse(text)) if f[1] == 72] == [
        (72, "sanctioned", "national", None)
    ]
    # "Ada juga yang ... kami rekomendasikan ke BKN": what some of the cases had, not the decision on the story's one
    text = (
        "Bawaslu Kota Banjar menangani 6 kasus dugaan pelanggaran Pilkada 2024. Untuk laporan masyarakat, itu berupa "
        "lima kasus dugaan pelanggaran pidana dan satu kasus dugaan netralitas ASN. Sebagian kasus dihentikan. "
        '"Ada juga yang di luar kewenangan kami, dalam arti kami hentikan lalu kami rekomendasikan ke BKN," kata Fulan.'
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(1, "reported")]


def test_a_recommendation_passed_on_a_verdict_past_a_relative_clause_and_a_rank_of_the_place_before(analyse):
    # "diteruskan rekomendasinya ke BKN": the recommendation made, the count proven
    text = (
        "Bawaslu Kota Banjar sudah menangani tiga kasus terkait netralitas ASN. Fulan menuturkan, tiga kasus "
        "netralitas ASN tersebut sudah diteruskan rekomendasinya ke BKN dan berikutnya akan ditindaklanjuti BKPSDM."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(3, "proven")]
    # the verdict said of the counted past the relative clause that describes them
    text = (
        "Bawaslu Kabupaten Blora menyatakan, enam ASN yang diduga hadir dalam pertemuan bakal calon kepala daerah "
        "di Kabupaten Blora dinyatakan melanggar kode etik."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(6, "proven")]
    # a rank with no subject: the figure of the place the sentence before names
    text = (
        "Ia menyebut, kabupaten di Sulsel yang masuk 10 kabupaten tertinggi pelanggaran netralitas ASN di "
        "Indonesia, ialah Kabupaten Wajo. Bahkan menempati peringkat pertama secara nasional dengan 19 kasus."
    )
    assert [(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))] == [(19, "regional", "73.13")]


def test_a_bawaslu_of_a_subdistrict_tells_no_national_story(analyse):
    # "Bawaslu Kecamatan A" (a place the gazetteer does not know) leading a story filed from a regency's capital:
    # its recommendation to KASN and its later cases are no national figures
    text = (
        "BAJAWA – Dalam rentang Maret hingga Oktober 2020, Badan Pengawas Pemilu (Bawaslu) Kecamatan Golewa sudah "
        "memproses empat Aparatur Sipil Negara (ASN) yang diduga ikut dalam politik praktis. Ketua Bawaslu Kecamatan "
        "Golewa, Fulan menjelaskan pihaknya telah memproses empat ASN lingkup Pemkab Ngada yang terlibat politik "
        "praktis. “Saat ini sudah ada empat orang berstatus ASN yang kita rekomendasi ke Komisi Aparatur Sipil Negara "
        "(KASN),” ujar Fulan. Belum lama ini, pihaknya juga memproses seorang ASN di Kecamatan Golewa Barat yang "
        "diduga ikut politik praktis."
    )
    assert [(f[1], f[3], f[4], f[5]) for f in fact_tuples(analyse(text))] == [
        (1, "reported", "regional", "53.09"),
        (4, "proven", "regional", "53.09"),
    ]


def test_those_reported_a_part_of_a_total_named_by_its_figure_and_a_sanction_only_then_decided(analyse):
    # "yang dilaporkan sekitar 1.250 ASN": those reported, no workforce; "dari 1.250 yang dilaporkan, 640
    # diantaranya": the total named by its figure alone, and its part
    text = (
        "Fulan merinci data pelanggaran netralitas ASN sampai tanggal 20 November 2020 yang dilaporkan sekitar 1.250 "
        "ASN. Sesudah melalui proses sinergi data antara BKN dan KASN, dari 1.250 yang dilaporkan, 640 diantaranya "
        "yang direkomendasi telah melakukan pelanggaran."
    )
    assert [(f[0], f[1], f[3], f[4]) for f in fact_tuples(analyse(text))] == [
        ("violation_count", 640, "proven", "national"),
        ("violation_count", 1250, "reported", "national"),
    ]
    # a sanction that can only be set later is no sanction given
    text = (
        "Bawaslu Kabupaten Malinau menyebut sanksi bagi tiga ASN yang melanggar netralitas baru dapat ditetapkan "
        "setelah pemeriksaan selesai."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(3, "proven")]


def test_candidates_among_others_a_later_proof_and_a_breakdown_right_after_its_total(analyse):
    # bacaleg who are ASN, village heads and village officers together: no count of ASN candidates
    text = (
        "KPU Kabupaten Teluk Wondama menemukan 9 bacaleg yang masih berstatus ASN, kepala kampung, aparat kampung "
        "dan badan musyawarah kampung."
    )
    assert fact_tuples(analyse(text)) == []
    # one case, proven in a later sentence that goes on to what is still to be done
    text = (
        "Seorang oknum PNS di lingkungan Pemkab Bangli terancam dijatuhi sanksi karena ikut terlibat kampanye "
        "pasangan calon bupati. Ia menjelaskan, oknum PNS itu menghadiri kampanye pasangan calon. Sesudah dilakukan "
        "penyelidikan oleh Panwaslu atas temuan petugas di lapangan tersebut, oknum PNS itu terbukti melanggar "
        "aturan disiplin PNS, karena itu kami akan merekomendasikan agar yang bersangkutan dijatuhi sanksi."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(1, "proven")]
    # "sebanyak sembilan ASN, 3 di A, 2 di B, ...": the breakdown takes the total's noun, each figure its place after
    text = (
        "Bawaslu Kalteng mencatat yang sudah terbukti melakukan pelanggaran dan dilaporkan ke Komisi ASN sebanyak "
        "sembilan ASN, 3 di Kapuas, 2 di Katingan, 3 di Seruyan dan 1 di Lamandau."
    )
    assert sorted((f[1], f[5]) for f in fact_tuples(analyse(text)) if f[1] != 9) == [
        (1, "62.09"),
        (2, "62.06"),
        (3, "62.03"),
        (3, "62.07"),
    ]


def test_a_letter_from_kasn_an_acronym_in_a_relative_clause_and_a_part_in_the_counts_own_place(analyse):
    # "Kami menerima surat dari KASN, bahwa ada 4 ASN ...": the speaker's own cases, which KASN wrote of
    text = (
        'Bawaslu Kabupaten Lahat memeriksa 4 ASN, Rabu (2/9/2020). "Kami menerima surat dari KASN, bahwa ada 4 ASN '
        'yang diduga melanggar netralitas, semuanya kami panggil," kata Fulan.'
    )
    assert [(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))] == [(4, "regional", "16.04")]
    # an acronym in brackets within the relative clause before the verdict
    text = (
        "Bawaslu Kabupaten Kendal menyatakan, tujuh ASN yang diduga hadir dalam pertemuan salah satu bakal calon "
        "kepala daerah (cakada) di Kendal dinyatakan melanggar etik."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(7, "proven")]
    # "Seorang di antaranya merupakan ASN Dinas ... Kabupaten A": one of those counted, in the count's own place
    text = (
        "Bawaslu Kabupaten Paser mengungkapkan bahwa terdapat 3 ASN dan 1 kepala desa yang terlibat dalam pelanggaran "
        "netralitas di Kabupaten Paser. Seorang di antaranya merupakan ASN Dinas Pekerjaan Umum Kabupaten Paser yang "
        "ikut dalam tim pemenangan salah satu paslon."
    )
    assert [(f[1], f[5]) for f in fact_tuples(analyse(text))] == [(3, "64.01")]
    # ... but the persons of the cases counted, in a count's own place, are a count of their own; and so are the ASN a
    # count of reports in the same sentence involves
    text = (
        "Bawaslu Kabupaten Berau telah meneruskan tiga kasus dugaan pelanggaran netralitas ASN ke KASN. Tiga kasus "
        "itu melibatkan dua camat dan seorang kepala seksi di lingkungan Pemkab Berau."
    )
    assert sorted((f[1], f[2]) for f in fact_tuples(analyse(text))) == [(2, "persons"), (3, "cases")]
    text = (
        "Bawaslu Kabupaten Kolaka telah menerima 21 laporan dan temuan yang melibatkan 12 ASN dan tujuh kepala desa "
        "di Kabupaten Kolaka."
    )
    assert sorted(f[1] for f in fact_tuples(analyse(text))) == [12, 21]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one civil servant or official named by initials: one of them, whom no number counts
        (
            "Bawaslu Kabupaten Kaur merekomendasikan oknum ASN di Pemkab Kaur berinisial TW ke KASN karena melanggar "
            "netralitas ASN.",
            [(1, "proven", "17.04")],
        ),
        (
            "Seorang pejabat Pemkab Dharmasraya, berinisial JK dilaporkan ke Bawaslu Dharmasraya karena diduga "
            "melanggar netralitas ASN.",
            [(1, "reported", "13.10")],
        ),
        # what the rest of the sentence says of them, past a demonstrative and a comma
        (
            "Usai ditindaklanjuti, oknum ASN Pemkab Natuna berinisial Bq itu, terbukti melanggar netralitas ASN saat "
            "Pilkada serentak di Natuna.",
            [(1, "proven", "21.03")],
        ),
        # ... but not one of several named together, nor a village head
        (
            "Bawaslu Kabupaten Kaur menerima laporan dugaan pelanggaran netralitas ASN yang melibatkan Camat "
            "berinisial HM, Kabid salah satu dinas, dan seorang kepala desa.",
            [],
        ),
        ("Bawaslu Kabupaten Kaur memeriksa kepala desa berinisial HM karena diduga melanggar netralitas ASN.", []),
    ],
)
def test_one_named_by_initials(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text)) if f[0] == "violation_count"] == expected


def test_those_caught_as_the_press_says(analyse):
    # "terciduk": caught, reported
    text = (
        "Dari data yang dikumpulkan berdasarkan laporan Panwaslu, khusus untuk Pilkada Kota Palopo, jumlah ASN yang "
        "terciduk sebanyak 31 orang."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(31, "reported", "73.73")]


def test_a_recommendation_with_its_object_said_after_the_verb(analyse):
    # "Ketiganya sudah kami rekomendasikannya ke KASN": the verb with its object as "-nya", a recommendation made
    text = (
        "Bawaslu Kota Sigi menemukan empat ASN yang melanggar netralitas. Keempatnya sudah kami "
        "rekomendasikannya ke KASN."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(4, "proven")]


def test_a_part_of_the_officials_there_are(analyse):
    # "9 dari 14 camat yang ada": the part counts the officials its total names; the total is those there are, no
    # count of reports
    text = (
        "Bawaslu Kabupaten Cianjur memanggil para camat karena diduga melanggar netralitas ASN. Sebanyak 9 dari 14 "
        "camat yang ada telah terbukti menghadiri pelantikan pengurus partai politik pekan lalu."
    )
    assert [(f[1], f[2], f[3]) for f in fact_tuples(analyse(text))] == [(9, "persons", "proven")]


def test_a_regency_written_with_its_level_in_lower_case(analyse):
    # "Bawaslu kab. Ngada": the level's abbreviation ends no sentence and names the regency, as "Kab." does
    text = "Bawaslu kab. Nagekeo menanggapi dugaan pelanggaran seorang ASN yang ikut dalam kampanye akbar."
    assert [(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))] == [(1, "regional", "53.16")]


def test_the_head_of_a_ministrys_office_named_by_title(analyse):
    # "Kepala Kantor Kementerian Agama Kabupaten A": an official by title, one civil servant where the story counts none
    text = (
        "Bawaslu Kabupaten Madiun menangani dugaan pelanggaran netralitas Aparatur Sipil Negara (ASN) yang dilakukan "
        "Kepala Kantor Kementerian Agama (Kakankemenag) Kabupaten Madiun."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "35.19")]
    # ... but not where the sentence stops the case before naming them
    text = (
        "Badan Pengawas Pemilihan Umum (Bawaslu) Kota Bogor menghentikan penanganan kasus dugaan pelanggaran "
        "netralitas Aparatur Sipil Negara (ASN) yang dilaporkan terhadap Kepala Kantor Kementerian Agama (Kemenag) "
        "Kota Bogor, Fulan."
    )
    assert fact_tuples(analyse(text)) == []


def test_a_list_of_kinds_each_closed_by_its_figure(analyse):
    # "politik uang 83 kasus, netralitas ASN 47 kasus, ... 9 kasus": with no opener, a list whose items are kinds of
    # offence, each closed by its figure; the items that name no neutrality are the others'
    text = (
        "JAKARTA - Anggota Bawaslu RI, Fulan, menyebutkan politik uang 83 kasus, netralitas ASN 47 kasus, "
        "penggunaan fasilitas negara 21 kasus dan kampanye di tempat ibadah 9 kasus."
    )
    assert [(f[1], f[3], f[4]) for f in fact_tuples(analyse(text))] == [(47, "reported", "national")]
    # ... not a list of bodies whose figures are all the neutrality cases (the "administrasi" of a register no kind)
    text = (
        "Kemendagri memblokir data administrasi kepegawaian ASN, yang meliputi 12 Pemprov yang belum menindaklanjuti "
        "21 rekomendasi, 44 Pemkab yang belum menindaklanjuti 97 rekomendasi, dan sembilan Pemkot yang belum "
        "menindaklanjuti 15 rekomendasi."
    )
    assert [f[1] for f in fact_tuples(analyse(text))] == [15, 21, 97]


def test_officials_named_by_initials_one_after_another(analyse):
    # "camat berinisial RT dan kepala puskesmas berinisial MS": two officials, each by initials, two counted
    text = (
        "Pemerintah Kabupaten Wajo menjatuhkan sanksi kepada oknum camat berinisial RT dan kepala puskesmas "
        "berinisial MS karena melanggar netralitas ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(2, "sanctioned", "73.13")]


def test_a_sanction_not_to_be_rushed_and_one_left_to_the_acting_regent(analyse):
    # "tidak bisa terburu-buru menjatuhkan sanksi": the negation reaches past the modal and manner words to the verb
    text = (
        "Bawaslu Kota Tarakan meneruskan dugaan pelanggaran netralitas ASN ke KASN. Kepala BKPSDM Kota Tarakan "
        "mengaku tidak bisa terburu-buru menjatuhkan sanksi terhadap tiga oknum ASN itu."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(3, "reported")]
    # "Untuk penjatuhan sanksi diserahkan kepada Pj Bupati A": the official who decides, no offender
    text = (
        "Bawaslu Kabupaten Pandeglang sudah menangani dugaan pelanggaran netralitas ASN. Untuk penjatuhan sanksi "
        "diserahkan kepada Pj Bupati Pandeglang."
    )
    assert fact_tuples(analyse(text)) == []


def test_a_total_with_its_part_right_after_it(analyse):
    # "6 ASN Dua Direkomendasikan": the number right after the count opens its part's clause; the total keeps its own
    text = (
        "KEDIRI – 6 ASN Dua Direkomendasikan ke KASN\n"
        "Bawaslu Kabupaten Kediri menemukan dugaan pelanggaran netralitas ASN pada Pilkada 2020."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(2, "proven"), (6, "reported")]


def test_neutrality_at_the_top_of_the_kinds_and_two_in_a_photo(analyse):
    # "kasus netralitas ASN paling atas": ranked first of every kind, the total and its sources are of every kind
    text = (
        "Jumlah dugaan pelanggaran yang diproses Bawaslu se-Jambi sebanyak 84 pelanggaran, berasal dari temuan "
        "sebanyak 50 kasus dan laporan masyarakat sebanyak 34 kasus, kasus netralitas ASN paling atas."
    )
    assert fact_tuples(analyse(text)) == []
    # "status keduanya sebagai calon gubernur dan mantan wakil gubernur": the two in a photo, no ASN who run
    text = (
        "Bawaslu Kota Tidore memeriksa akun Facebook seorang kepala dinas yang mengunggah foto Amir bersama Yusuf "
        "disertai tulisan yang menerangkan status keduanya sebagai calon gubernur dan mantan wakil gubernur."
    )
    assert [(f[0], f[1]) for f in fact_tuples(analyse(text))] == [("violation_count", 1)]


def test_candidates_who_held_an_elected_office_before(analyse):
    # "mantan wakil bupati": a former elected office is no relation to the civil service; "mantan kepala dinas" is
    text = "Di Kabupaten Bantul, dua calon bupati merupakan mantan wakil bupati."
    assert fact_tuples(analyse(text)) == []
    text = "Di Kabupaten Bantul, dua calon bupati merupakan mantan kepala dinas."
    assert [(f[0], f[1], f[5]) for f in fact_tuples(analyse(text))] == [("related_candidates", 2, "34.02")]


def test_zero_of_some_places_a_rule_for_anyone_and_a_total_that_includes_the_asn(analyse):
    # "ada beberapa daerah yang nol kasus": a figure of each of some places not named, none the story's
    text = (
        'Bawaslu Provinsi Jambi mencatat pelanggaran netralitas ASN cukup tinggi. "Namun ada beberapa daerah yang '
        'nol kasus," katanya.'
    )
    assert fact_tuples(analyse(text)) == []
    # "seorang ASN dilarang terlibat politik praktis": the rule, said of anyone
    text = (
        "Bawaslu Provinsi Bengkulu mengingatkan netralitas ASN. Artinya, seorang ASN dilarang terlibat politik praktis."
    )
    assert fact_tuples(analyse(text)) == []
    # "27 temuan dan/atau laporan dugaan pelanggaran, termasuk keterlibatan ASN": every kind, the ASN's among them
    text = (
        "Bawaslu Provinsi Riau mencatat, dalam periode 1 hingga 30 Oktober 2024, tercatat 27 temuan dan/atau laporan "
        "dugaan pelanggaran, termasuk keterlibatan aparatur sipil negara (ASN) yang tidak netral."
    )
    assert fact_tuples(analyse(text)) == []


def test_the_place_the_offender_comes_from_past_a_long_clause(analyse):
    # "menerima satu laporan mengenai ... yang dilakukan oleh oknum ASN asal Kabupaten A": where the ASN is from,
    # not the province of the body that received it
    text = (
        "Bawaslu Provinsi Kalimantan Timur menerima satu laporan mengenai dugaan pelanggaran netralitas yang "
        "dilakukan oleh oknum ASN asal Kabupaten Paser."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "64.01")]


def test_a_national_total_past_the_asns_name_written_out_and_taken_up_again(analyse):
    # "187 kasus dugaan pelanggaran netralitas Aparatur Sipil Negara (ASN) di seluruh Indonesia": the name written
    # out reads as one word, the scope after it is the count's
    text = (
        "Anggota Bawaslu RI berbicara di Kabupaten Labuhanbatu, Sumut. Bawaslu telah melakukan pendalaman "
        "pemeriksaan 187 kasus dugaan pelanggaran netralitas Aparatur sipil negara (ASN) di seluruh Indonesia."
    )
    assert [(f[1], f[4]) for f in fact_tuples(analyse(text))] == [(187, "national")]
    # "dari pemeriksaan 187 kasus ... itu": the figure taken up again, not a count of the place the speaker is in
    text = (
        'TERNATE - Bawaslu RI mencatat Provinsi Maluku Utara tertinggi dalam kasus netralitas ASN. "Untuk Sumut ada '
        '5 kasus, salah satunya di Asahan ini," kata Anggota Bawaslu Fulan di Kisaran, Kabupaten Asahan, Sumut, '
        "Sabtu (7/3/2020). Fulan menyebut, Bawaslu telah melakukan pendalaman pemeriksaan 187 kasus dugaan "
        "pelanggaran netralitas Aparatur sipil negara (ASN) di seluruh Indonesia. Fulan menjelaskan, dari "
        "pemeriksaan 187 kasus dugaan pelanggaran ASN yang tak netral itu, sebanyak 150 telah selesai diperiksa."
    )
    assert [(f[1], f[4]) for f in fact_tuples(analyse(text)) if f[1] == 187] == [(187, "national")]


def test_counts_of_a_regencys_story_by_cycle_and_by_a_national_bodys_decision(analyse):
    # "sejak Pilgub Jateng 2018, ... Pada Pilgub 2018 satu orang PNS terjerat": the province names the election,
    # the counts are the story's regency's
    text = (
        "Bawaslu Kabupaten Klaten menggelar rapat koordinasi netralitas ASN. Dalam kegiatan itu dipaparkan data "
        "pelanggaran yang menjerat ASN sejak Pilgub Jateng 2018 sampai Pilkada 2020. Pada Pilgub 2018 dua orang PNS "
        "terjerat, dan Pilkada 2020 sebanyak lima orang PNS terjerat kasus netralitas ASN."
    )
    assert [(f[1], f[5]) for f in fact_tuples(analyse(text))] == [(2, "33.10"), (5, "33.10")]
    # "KASN merekomendasikan sanksi terhadap 31 PNS" in a regency's story: the body's decision on its civil servants
    text = (
        "Lagi, 31 ASN Kabupaten Banyumas Dijatuhi Sanksi\n"
        "Bawaslu Kabupaten Banyumas menangani dugaan pelanggaran netralitas ASN pada Pilkada 2020. Terbaru, KASN "
        "merekomendasikan sanksi terhadap 31 PNS."
    )
    assert [(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))] == [(31, "regional", "33.02")]


def test_reports_after_a_sentence_on_village_heads_neutrality(analyse):
    # "... menangani dugaan pelanggaran netralitas kepala desa. Ada lima laporan yang masuk": the heads' reports
    text = (
        "Bawaslu Kabupaten Majalengka menangani dugaan pelanggaran netralitas kepala desa pada Pilkada 2024. Ada "
        "enam laporan yang masuk ke Bawaslu Majalengka. Bawaslu juga mengawasi netralitas ASN."
    )
    assert fact_tuples(analyse(text)) == []


def test_a_verdict_on_one_official_in_a_headline_and_past_their_name(analyse):
    # "Nyatakan Camat A Terbukti Bersalah", "menetapkan oknum Camat A bersalah": the verdict (a headline drops the
    # verb's prefix) on the one official of the story, proven over the lead's "dugaan"
    text = (
        "Bawaslu Kota Cimahi Nyatakan Camat Cimahi Utara Terbukti Bersalah\n"
        "Bawaslu Kota Cimahi mengumumkan hasil penanganan laporan soal dugaan dukungan aktif kepada salah satu "
        "paslon yang dilakukan camat tersebut. Dalam pengumuman itu Bawaslu menetapkan oknum Camat Cimahi Utara "
        "bersalah telah melanggar aturan netralitas Aparatur Sipil Negara (ASN)."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "proven", "32.77")]
    # "menyatakan Fulan, Kepala Seksi Dinas A, terbukti melanggar": the verdict on one named before their title
    text = (
        "Bawaslu Kabupaten Magetan menyatakan Suparno, Kepala Seksi Dinas Perhubungan Magetan, terbukti melanggar "
        "netralitas sebagai seorang ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "proven", "35.20")]
    # ... not the last of officials listed by title, each one of a group counted before
    text = (
        "Tiga oknum ASN di Kabupaten Bolaang Mongondow dilaporkan ke Bawaslu. Walau tak menyebut nama ketiga oknum "
        "ASN itu, menurut warga, mereka adalah Oknum Camat, Sekretaris Camat dan seorang Kepala Seksi yang diduga "
        "terlibat."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(3, "reported")]


def test_the_last_of_a_laws_article_numbers_before_asn(analyse):
    # "pada Pasal 280, 282, 283 ASN yang kedapatan melanggar ...": the label before the first number labels them all
    text = (
        "Bawaslu Kota Cilegon menerima dua laporan dugaan pelanggaran netralitas ASN. Ia menyebutkan, sesuai "
        "ketentuan dalam PKPU Nomor 7 Tahun 2018, pada Pasal 280, 282, 283 ASN yang kedapatan melanggar dapat "
        "dikenai sanksi pidana."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(2, "reported")]


def test_some_of_the_cases_passed_on_and_a_letter_addressed_to_the_acting_head(analyse):
    # "Sejumlah kasus ... sudah kami teruskan ke Komisi ASN": some of them, the total stays reported
    text = (
        "Bawaslu Kabupaten Kebumen telah menemukan 23 kasus ketidaknetralan aparatur sipil negara (ASN) dalam "
        'tahapan pilkada. "Sejumlah kasus ketidaknetralan ASN sudah kami teruskan ke Komisi ASN, dan Komisi ASN '
        'sudah mengeluarkan rekomendasi kepada pejabat pembina kepegawaian," katanya.'
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(23, "reported")]
    # "surat Komisi ASN ... yang dialamatkan kepada Pj Gubernur": the official it went to, no offender
    text = (
        "Bawaslu Provinsi Papua Barat Daya mempertanyakan tindak lanjut rekomendasi pelanggaran netralitas ASN. "
        "Rekomendasi itu termuat dalam surat Komisi ASN nomor R-55/2024 yang dialamatkan kepada Pj Gubernur Papua "
        "Barat Daya."
    )
    assert fact_tuples(analyse(text)) == []


def test_what_may_make_anyone_partial_and_the_rest_after_a_head_named_by_an_abbreviation(analyse):
    # "hubungan kekerabatan dapat mendorong seorang ASN tidak netral": what may make anyone so, no one counted
    text = (
        "Bawaslu Kabupaten Wonosobo mengingatkan netralitas ASN. Faktor internal, contohnya, hubungan kekerabatan "
        "dapat mendorong seorang ASN tidak netral."
    )
    assert fact_tuples(analyse(text)) == []
    # "Kadisdikbud dan Dua ASN Lain Diperiksa": the head of a department (its name run into the title) and the rest,
    # three in all
    text = "Kadisdikbud dan Dua ASN Lain Diperiksa Bawaslu Kabupaten Polewali Mandar"
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(3, "reported", "76.04")]


def test_cases_followed_up_by_an_acting_regent(analyse):
    # "sudah ditindaklanjuti oleh Pj Bupati A terkait sanksi ...": the acting head, as the PPK, gave the sanction
    text = (
        '"Di Maros sudah ada 5 ASN yang kami teruskan laporannya ke KASN terkait dugaan netralitas, kemudian sudah '
        "ada tiga lainnya yang mempunyai putusan dari KASN dan sudah ditindaklanjuti oleh Pj Bupati Maros terkait "
        'sanksi yang diberikan oleh KASN," ucapnya.'
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(3, "sanctioned"), (5, "reported")]


def test_those_of_the_summoned_who_came(analyse):
    # "dua orang ASN yang datang untuk klarifikasi" after seven counted: those of the summoned who came, no count
    text = (
        "Bawaslu Kabupaten Halmahera Utara memeriksa tujuh oknum ASN yang diduga terlibat politik praktis. Bawaslu "
        "menunggu hingga akhirnya dua orang ASN yang datang untuk klarifikasi."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(7, "reported")]


def test_an_item_of_a_list_of_reports_with_its_noun_left_out(analyse):
    # "..., 13 laporan netralitas kepala desa dan perangkat desa, dua netralitas ASN, ...": the item's noun is the
    # list's ("laporan"), the other items other people's or other kinds
    text = (
        "Bawaslu Kabupaten Pandeglang sudah menerima sebanyak 30 laporan. Laporan paling banyak berkaitan dengan "
        "dugaan pelanggaran netralitas kepala desa.\n"
        "“Rinciannya tiga laporan perusakan APK, 13 laporan netralitas kepala desa dan perangkat desa, dua netralitas "
        "ASN, 8 laporan dugaan kampanye, serta empat laporan terkait pelanggaran administrasi,” ujarnya."
    )
    assert [(f[1], f[2], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(2, "cases", "reported", "36.01")]


def test_those_who_may_offend_a_forecast(analyse):
    # "7 Ribu ASN Berpotensi Langgar Netralitas": those who may offend, no count; "berpotensi dijatuhi sanksi" is what
    # may become of those who did
    text = "BKN: 7 Ribu ASN Berpotensi Langgar Netralitas di Pemilu 2029"
    assert fact_tuples(analyse(text)) == []
    text = "Bawaslu Kabupaten Lebak menyebut 4 ASN berpotensi dijatuhi sanksi karena terbukti tidak netral."
    assert [f[1] for f in fact_tuples(analyse(text))] == [4]


def test_elected_heads_called_officials_who_resign_to_run(analyse):
    # "kelima pejabat Bupati dan Wakil Bupati tersebut mundur ...": elected heads (an acting head, an ASN, has no
    # deputy), no ASN who run
    text = (
        "Bawaslu Sulawesi Tenggara mencatat lima calon petahana pada Pilkada 2029. Adapun kelima pejabat Bupati dan "
        "Wakil Bupati tersebut mundur dari jabatannya untuk maju kembali."
    )
    assert fact_tuples(analyse(text)) == []
    text = "Tiga pejabat eselon II Pemprov Sulawesi Tenggara mundur dari jabatannya untuk maju di Pilkada 2029."
    assert [(f[0], f[1]) for f in fact_tuples(analyse(text))] == [("related_candidates", 3)]


def test_no_violation_yet_of_the_candidate_pairs(analyse):
    # "belum ada satu pun pelanggaran yang ditetapkan terhadap masing-masing paslon": the candidates' cases, none of ASN
    text = (
        "Bawaslu Kabupaten Paser memproses 5 laporan, satu di antaranya soal netralitas ASN. Hingga hari ke-20 "
        "kampanye, belum ada satu pun pelanggaran yang ditetapkan terhadap masing-masing paslon."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(1, "reported")]


def test_a_total_of_every_kind_taken_up_again_and_broken_down(analyse):
    # "dari 19 aduan yang masuk, 3 diantaranya yakni pelanggaran protokol kesehatan ... dan netralitas ASN": the total
    # of every kind counted before (and not recorded), broken down, the neutrality said of a part
    text = (
        "Bawaslu Kabupaten Berau menerima aduan selama masa kampanye Pilkada 2029.\n"
        "“Semua laporan yang masuk jumlahnya ada 19 laporan, terbagi menjadi 11 laporan yang kita registrasi dan 8 "
        "temuan pengawas,” katanya.\n"
        "“Temuan itu sebagian besar dugaan politik uang, ada juga terkait netralitas ASN,” lanjutnya.\n"
        "Ia menuturkan, dari 19 aduan yang sudah masuk ke Bawaslu Berau, 3 diantaranya yakni pelanggaran protokol "
        "kesehatan covid-19 dan netralitas ASN bukan ranah Bawaslu untuk memprosesnya."
    )
    assert fact_tuples(analyse(text)) == []


def test_a_plenary_concludes_those_counted_violated(analyse):
    # "rapat pleno menyimpulkan 2 ASN ini melanggar UU ASN": proven, not "menyimpulkan, 2 ASN itu tidak melanggar"
    text = (
        "Bawaslu Kabupaten Tulungagung menelusuri dugaan pelanggaran netralitas 2 ASN Dinas Sosial. Hasil pleno "
        "menyimpulkan, 2 ASN itu tidak melanggar Undang-undang Pilkada. Namun rapat pleno menyimpulkan 2 ASN ini "
        "melanggar Undang-undang nomor 20 tahun 2023 tentang ASN."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(2, "proven")]


def test_one_group_examined_whose_case_went_on_to_the_commission(analyse):
    # "memanggil tiga oknum ASN ... . Rekomendasi temuan pelanggaran sudah kami kirimkan kepada Komisi ASN" (two
    # sentences on): the story's one case, of the three, proven
    text = (
        "Bawaslu Kabupaten Klaten memanggil tiga oknum ASN yang bekerja sebagai guru. Mereka dipanggil karena diduga "
        "tidak netral saat verifikasi faktual calon anggota DPD.\n"
        "“Sanksi bukan wewenang kami, rekomendasi temuan pelanggaran sudah kami kirimkan kepada Komisi ASN,” tegasnya."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(3, "proven")]


def test_those_named_in_the_lead_recommended_with_a_demonstrative(analyse):
    # "Bawaslu A merekomendasikan 9 ASN ini agar dijatuhi sanksi": the figure of the lead (no count there) recommended
    # now, proven (not the "9 ASN yang melanggar ini" said later, reported)
    text = (
        "MAJENE - 9 Aparatur Sipil Negara (ASN) di Kabupaten Majene kini mesti berhadapan dengan Komisi ASN.\n"
        "Musababnya, 9 ASN tersebut melanggar netralitas selama Pemilu 2029.\n"
        "Bawaslu Majene merekomendasikan 9 ASN ini agar dijatuhi sanksi oleh KASN.\n"
        "“9 ASN yang melanggar ini sebagian besar melakukannya di media sosial,” ungkapnya."
    )
    assert [(f[1], f[3]) for f in fact_tuples(analyse(text))] == [(9, "proven")]


def test_a_national_total_that_takes_in_the_story_s_province(analyse):
    # "684 laporan yang kami terima termasuk dari Provinsi A": the national total, the province one of its places
    text = (
        "MERANGIN - Sepanjang tahapan Pilkada 2029, KASN RI sudah menerima sebanyak 731 laporan pelanggaran netralitas "
        "ASN. Pelanggaran ini juga mencakup Provinsi Jambi.\n"
        "“Ya, selama tahapan kampanye sudah ada 731 laporan yang kami terima termasuk dari Provinsi Jambi,” kata Ketua "
        "KASN."
    )
    assert [(f[1], f[4], f[5]) for f in fact_tuples(analyse(text))] == [(731, "national", None)]


def test_what_one_civil_servant_is_as_such(analyse):
    # "Seorang ASN bukanlah orang partisan, tidak boleh bergabung ...": what any ASN is, no one counted
    text = (
        "Sekda Kalimantan Tengah mengingatkan pegawai Pemprov. Seorang ASN bukanlah orang partisan, tidak boleh "
        "bergabung dengan partai politik."
    )
    assert fact_tuples(analyse(text)) == []


def test_one_official_suspected_in_a_headline_or_a_lead(analyse):
    # "Diduga Langgar Netralitas, Camat A Diperiksa Bawaslu" (the verb in title case), "Diduga Kepala Puskesmas B ikut
    # mengkampanyekan ..." after a dateline naming the outlet's site: one official reported
    text = (
        "Diduga Langgar Netralitas, Camat Kutowinangun Diperiksa Bawaslu\n\n"
        "Ia dimintai keterangan di Kantor Bawaslu Kabupaten Kebumen soal netralitas ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "33.05")]
    text = (
        "Serang | kabarbanten.com – Diduga Kepala Puskesmas Cikande ikut mengkampanyekan paslon nomor urut 2 dalam "
        "Pilkada 2029 di Kabupaten Serang. Ia dinilai tidak menjaga netralitas ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "36.04")]
    # "Terancam Sanksi": threatened with one, no sanction given
    text = (
        "Diduga Tak Netral, Sekda Balangan Terancam Sanksi KASN\n\n"
        "Sekda dinilai hadir dalam deklarasi bakal calon bupati di Kabupaten Balangan, soal netralitas ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "63.11")]
    # an official named alone in a story that names no place: no figure of any place, nor of the nation
    text = (
        "Diduga Langgar Netralitas, Camat Sukamaju Diperiksa Bawaslu\n\n"
        "Ia dimintai keterangan soal netralitas ASN setelah videonya beredar."
    )
    assert fact_tuples(analyse(text)) == []


def test_the_part_of_a_total_done_by_civil_servants(analyse):
    # "tercatat laporan 15 dugaan pelanggaran. Dari jumlah itu, sembilan di antaranya dilakukan PNS": the total is of
    # every kind, the part done by PNS their count of cases
    text = (
        "PNS diduga banyak melanggar pada Pilkada 2029 di Bengkulu. Ketua Bawaslu Provinsi Bengkulu menyebut dari tiga "
        "Pilkada di Bengkulu, tercatat laporan 15 dugaan pelanggaran. Dari jumlah itu, sembilan di antaranya dilakukan "
        "PNS."
    )
    assert [(f[1], f[2], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(9, "cases", "reported", "17")]


def test_the_parts_of_a_headline_total_split_by_who_they_are(analyse):
    # "Dugaan Pelanggaran 7 ASN ... . ... enam Camat dan satu Kepala Dinas ... yang diduga terlibat": the seven split by
    # their posts, one figure (the parts, of the total's place and status, add up to it)
    text = (
        "Dugaan Pelanggaran 7 ASN, Bawaslu Sumba Barat Segera Kirim Rekomendasi ke BKN\n\n"
        "Waikabubak - Berkas kajian Bawaslu Sumba Barat terhadap enam Camat dan satu Kepala Dinas lingkup Pemkab Sumba "
        "Barat yang diduga terlibat pelanggaran netralitas ASN segera dikirim ke BKN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(7, "reported", "53.12")]


def test_the_province_of_an_election_before_a_regency_s_count(analyse):
    # "... di Pilkada Kalteng, seorang oknum ASN dan 2 kepala desa dilaporkan ke Bawaslu Kabupaten A": the regency's
    text = (
        "KATINGAN - Dinilai tidak menjaga netralitas dan merugikan salah satu paslon di Pilkada Kalteng, seorang oknum "
        "ASN dan 2 kepala desa dilaporkan ke Bawaslu Kabupaten Katingan."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "62.06")]


def test_the_director_of_a_regional_hospital_named_alone(analyse):
    # "... yang diduga dilakukan Direktur RSUD A, dr. Fulan, ke Komisi ASN": a civil servant's title
    text = (
        "Bawaslu Kabupaten Pohuwato meneruskan laporan dugaan pelanggaran netralitas ASN yang diduga dilakukan "
        "Direktur RSUD Bumi Panua, dr. Hamzah Latif, ke Komisi ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "reported", "75.04")]


def test_the_civil_servants_among_the_staff_a_violation_involved(analyse):
    # "... dugaan pelanggaran netralitas yang melibatkan 9 pegawai Pemkot A yang terdiri dari 4 ASN dan 5 THL": the
    # ASN part, contract staff (THL) being no ASN
    text = (
        "KEDIRI - Bawaslu Kota Kediri memutuskan dalam rapat pleno, terkait dugaan pelanggaran netralitas yang "
        "melibatkan 9 pegawai Pemerintah Kota (Pemkot) Kediri yang terdiri dari 4 Aparatur Sipil Negara (ASN) dan 5 "
        "Tenaga Harian Lepas (THL)."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(4, "reported", "35.71")]


def test_figures_counted_as_persons(analyse):
    # "terhadap dua sosok yang dianggap akan maju": "sosok" (figures) counts persons, as "orang" does
    text = (
        "KUNINGAN - Bawaslu Kabupaten Kuningan menelusuri informasi dugaan pelanggaran netralitas aparatur sipil "
        "negara (ASN) terhadap dua sosok yang dianggap akan maju pada Pilkada Kuningan."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(2, "reported", "32.08")]


def test_a_body_that_only_recommends_decides_nothing_by_saying_so(analyse):
    # "Kami hanya memberikan rekomendasi, keputusan akhir ada di tangan BKN": the body's part, no decision made
    text = (
        "Bawaslu Kabupaten Pesawaran memanggil dua kepala dinas untuk dimintai keterangan terkait dugaan "
        "ketidaknetralan dalam Pilkada 2024. Pemeriksaan dijadwalkan pekan depan. “Kami hanya memberikan rekomendasi, "
        "keputusan akhir ada di tangan BKN,” kata Ketua Bawaslu, Darmo Sutejo."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(2, "reported", "18.09")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Dua ASN lain yang juga sempat diperiksa, yakni A dan B, dipastikan bebas": cleared past who they are
        (
            "Panwas Kabupaten Blitar merekomendasikan empat ASN ke Inspektorat. Dua ASN lain yang juga sempat "
            "diperiksa, yakni KR dan SW dipastikan bebas.",
            [(4, "proven", "35.05")],
        ),
        # a contrast between them clears someone else
        (
            "Panwas Kabupaten Blitar menyatakan dua ASN terbukti melanggar, sementara Camat Wlingi dinyatakan bebas.",
            [(2, "proven", "35.05")],
        ),
    ],
)
def test_those_counted_declared_free(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_not_a_single_case_with_the_noun_before_pun(analyse):
    # "tidak ditemukan satu kasus pun pelanggaran netralitas ASN": none found, not one case
    text = (
        "Ketua Bawaslu Kota Bitung, Rino Pangemanan, menyebut selama tahapan Pemilu 2024 tidak ditemukan satu kasus "
        "pun pelanggaran netralitas ASN di daerahnya."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(0, "reported", "71.72")]


def test_a_head_of_region_asked_to_sanction_has_not_sanctioned(analyse):
    # "Bupati A Diminta Beri Sanksi Tiga ASN": asked for (passive), the sanction recommended, not given
    title = "KASN Terbitkan Rekomendasi: Bupati Diminta Beri Sanksi Empat ASN Kolaka Timur"
    lead = (
        "KOLAKA TIMUR - Komisi Aparatur Sipil Negara (KASN) menerbitkan rekomendasi berupa sanksi teguran terhadap "
        "empat ASN di Kolaka Timur."
    )
    facts = fact_tuples(analyse(title + "\n\n" + lead, title=title))
    assert [(f[1], f[3], f[5]) for f in facts] == [(4, "proven", "74.11")]


@pytest.mark.parametrize(
    "text",
    [
        # "dua ASN lain, HM dan SR, ... juga mendapat teguran": who they are, by initials, between the count and its
        # verb
        "Bukan hanya mereka, dua ASN lain, KT dan RW, dari Dinas Kesehatan Kabupaten Dompu, juga mendapat teguran "
        "dari KASN.",
        "Dua ASN lain, Kartini dan Ruslan, juga mendapat teguran dari KASN atas laporan Bawaslu Kabupaten Dompu.",
    ],
)
def test_those_counted_named_between_commas(analyse, text):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(2, "sanctioned", "52.05")]


@pytest.mark.parametrize(
    "text, status",
    [
        # "Bupati sudah menindaklanjuti rekomendasi KASN terkait pemberian sanksi terhadap enam ASN": carried out
        (
            "Bupati Sumbawa, Mahmud Rasyid, mengaku sudah menindaklanjuti rekomendasi KASN terkait pemberian sanksi "
            "terhadap lima ASN yang terbukti tidak netral.",
            "sanctioned",
        ),
        # asked to carry it out: what KASN recommended
        (
            "Bupati Sumbawa, Mahmud Rasyid, diminta segera menindaklanjuti rekomendasi KASN terkait pemberian sanksi "
            "terhadap lima ASN yang terbukti tidak netral.",
            "proven",
        ),
    ],
)
def test_a_recommended_sanction_carried_out(analyse, text, status):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(5, status, "52.04")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "dua temuan atau laporan yang merupakan dugaan pelanggaran administrasi, satu laporan yang merupakan ... kode
        # etik, enam laporan yang merupakan ... netralitas ASN": each item's kind named past its copula
        (
            "Bawaslu Provinsi Jambi mencatat tiga temuan atau laporan yang merupakan dugaan pelanggaran administrasi, "
            "dua laporan yang merupakan dugaan pelanggaran kode etik, dan lima laporan yang merupakan dugaan "
            "pelanggaran netralitas ASN.",
            [(5, "reported", "15")],
        ),
        # the items' figures in brackets: "dinyatakan bukan pelanggaran (17 perkara), ..., pelanggaran netralitas ASN
        # (10 perkara)"
        (
            "Dari seluruh temuan dan laporan di Provinsi Jambi, yang masih dalam proses penanganan sebanyak 6 perkara, "
            "dinyatakan bukan pelanggaran (14 perkara), pelanggaran pidana (3 perkara), pelanggaran netralitas ASN "
            "(8 perkara), dan pelanggaran hukum lainnya (5 perkara).",
            [(8, "proven", "15")],
        ),
        # a total "terdiri dari" its kinds, past who handled it and where; village heads by a regional title
        (
            "Sebanyak 31 kasus dugaan pelanggaran yang ditangani Bawaslu Kabupaten Kepulauan Talaud terdiri dari 16 "
            "kasus terkait netralitas ASN, satu kasus netralitas anggota TNI dan tiga kasus netralitas Kapitalaung.",
            [(16, "reported", "71.04")],
        ),
    ],
)
def test_items_of_a_list_of_kinds(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_terbukti_set_apart_at_the_head_of_a_sentence_decides_nothing(analyse):
    # "Terbukti, menurut dia, dari 19 dugaan pelanggaran ...": "as it turns out", no status of the 19
    text = (
        "Terbukti, kata Ketua Bawaslu Kabupaten Pandeglang, dari 23 dugaan pelanggaran netralitas ASN, enam ASN di "
        "antaranya sudah direkomendasikan ke Komisi ASN."
    )
    facts = [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))]
    assert facts == [(6, "proven", "36.01"), (23, "reported", "36.01")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "12 orang ASN dari lingkup Pemerintah Provinsi (Pemprov) A maupun pemerintah kabupaten/kota yang melakukan
        # pelanggaran netralitas": where they serve uses up none of the clause
        (
            "Bawaslu Kalimantan Selatan mencatat sebanyak 14 orang Aparatur Sipil Negara (ASN) dari lingkup "
            "Pemerintah Provinsi (Pemprov) Kalsel maupun pemerintah kabupaten/kota yang melakukan pelanggaran "
            "netralitas dalam Pemilu 2024.",
            [(14, "reported", "63")],
        ),
        # "sebelas (orang) terbukti": persons, the classifier in brackets
        (
            "Bawaslu Kota Cilegon mencatat 9 orang ASN yang melakukan pelanggaran netralitas. Dari 9 ASN itu, tujuh "
            "(orang) terbukti melakukan pelanggaran netralitas.",
            [(7, "proven", "36.72"), (9, "reported", "36.72")],
        ),
        # "satu orang lagi masih menanti putusan dari KASN": a decision awaited, none made
        (
            "Bawaslu Kota Cilegon mencatat 9 orang ASN yang melakukan pelanggaran netralitas. Sementara, satu orang "
            "lagi masih menanti putusan dari KASN.",
            [(1, "reported", "36.72"), (9, "reported", "36.72")],
        ),
    ],
)
def test_persons_counted_and_what_became_of_them(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "wajib menjaga netralitasnya": their neutrality to keep, a workforce
        (
            "Sebanyak 18.300 orang ASN di Kabupaten Purwakarta wajib menjaga netralitasnya dalam Pilkada 2024.",
            [(18300, None, "32.14")],
        ),
        # "ASN di Kabupaten A jumlahnya 11 ribu": the noun before, linked by "jumlahnya"
        ("Menurut dia, ASN di Kabupaten Purwakarta jumlahnya 11 ribu.", [(11000, None, "32.14")]),
        # "ada 9 ribu ASN yang bisa menguntungkan para caleg jika tidak netral": if, not said
        (
            "Di Kabupaten Purwakarta ada 9 ribu ASN yang bisa menguntungkan para caleg jika tidak netral.",
            [(9000, None, "32.14")],
        ),
    ],
)
def test_headcounts_with_neutrality_words_around_them(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_a_total_named_again_further_on_as_another_kind_is_of_every_kind(analyse):
    # "tercatat 712 pelanggaran ... . [paragraphs on] dari 712 pelanggaran kampanye, didominasi pelanggaran
    # administrasi": every kind, though the story speaks of an ASN's case too
    text = (
        "Cilacap - Warga di Kabupaten Cilacap belum aktif melaporkan dugaan pelanggaran yang dilakukan para pasangan "
        "calon pada Pilkada 2018, kata Komisioner Panwaskab Cilacap, Budi Santosa.\n\n"
        "Budi mengatakan selama tahapan kampanye ini tercatat 418 pelanggaran, sebanyak 415 berasal dari temuan "
        "panwas.\n\n"
        '"Kami sudah mengajak masyarakat lewat pengawasan partisipatif. Jajaran pemda juga ikut bekerja aktif. Tetapi '
        'laporan yang masuk masih sedikit," katanya.\n\n'
        "Ia mengaku tidak tahu apa yang terjadi. Namun data dan faktanya memang demikian.\n\n"
        "Ia menyebutkan dari 418 pelanggaran kampanye, didominasi pelanggaran administrasi, yakni menyangkut alat "
        "peraga kampanye.\n\n"
        "Kemudian yang terkait pidana ada dua, pertama terkait netralitas ASN yang bersumber dari sebuah pemberitaan, "
        "setelah dilakukan penelusuran ternyata yang bersangkutan bukan berstatus ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == []


def test_a_short_name_in_brackets_uses_up_none_of_the_reach_of_what_they_did(analyse):
    # "Tujuh ASN Pemerintah Kota (Pemkot) A terpantau mengikuti kegiatan kampanye": the act past the name in brackets
    text = "Lima ASN Pemerintah Kota (Pemkot) Madiun terpantau mengikuti kegiatan kampanye calon wali kota."
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(5, "reported", "35.77")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "ASN instansi pusat sebanyak 38.204 dan instansi daerah 159.731 sehingga total berjumlah 197.935": the sum
        (
            "Provinsi Jambi memiliki jumlah ASN instansi pusat sebanyak 21.450 dan instansi daerah 88.310 sehingga "
            "total berjumlah 109.760.",
            [(109760, None, "15")],
        ),
        # another thing's total is no sum of the workforce
        ("Pemkab Kerinci memiliki 7.400 ASN dan total anggaran Rp 5 miliar untuk pilkada.", [(7400, None, "15.01")]),
    ],
)
def test_a_headcount_summed_from_its_parts(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_an_official_who_did_a_violation_and_is_later_found_guilty_by_title(analyse):
    # "dugaan pelanggaran netralitas oleh seorang camat ... . ... camat tersebut terbukti melanggar": the doer, one,
    # proven where the story refers back to them by title
    text = (
        "Ia menerangkan salah satu kasus yang menjadi sorotan adalah dugaan pelanggaran netralitas oleh seorang camat "
        "di Kabupaten Majalengka. Kasus ini sudah diserahkan ke BKN. Hasil kajian menunjukkan bahwa camat tersebut "
        "terbukti melanggar asas netralitas."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(1, "proven", "32.10")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Langkat – Kepala Dinas A, Fulan, tengah menjadi sorotan karena diduga melanggar netralitas": a place alone
        # before the dash, and the reason said of them
        (
            "Sinjai – Kepala Dinas Perikanan Kabupaten Sinjai, Baharuddin Lolo, tengah menjadi sorotan karena diduga "
            "melanggar netralitas sebagai Aparatur Sipil Negara (ASN).",
            [(1, "reported", "73.07")],
        ),
        # "Seperti diberitakan sebelumnya, Kepala BPBD A, Fulan, akhirnya dilaporkan": an agency by its short name
        (
            "SINJAI - Seperti diberitakan sebelumnya, Kepala BPBD Kabupaten Sinjai, Andi Tenri, akhirnya dilaporkan ke "
            "Bawaslu karena diduga tidak netral sebagai ASN.",
            [(1, "reported", "73.07")],
        ),
        # "Dituding Tak Netral, Kepala BPBD A Fulan Dilapor ke Bawaslu": a headline's suspicion, "dilapor" as spoken
        (
            "Dituding Tak Netral, Kepala Bappeda Kabupaten Sinjai Andi Tenri Dilapor ke Bawaslu atas dugaan "
            "pelanggaran netralitas ASN.",
            [(1, "reported", "73.07")],
        ),
    ],
)
def test_one_official_named_by_title_and_name(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Dari angka itu, 331 kasus dinyatakan sebagai pelanggaran ... . Bawaslu sudah merekomendasikan pelanggaran-
        # pelanggaran itu ke BKN": those the part took out of the total, not the total
        (
            "Sutan juga menyinggung pelanggaran netralitas ASN. Sampai saat ini, terdapat 512 laporan dan temuan "
            "pelanggaran netralitas ASN yang diterima Bawaslu. Dari angka itu, 380 kasus dinyatakan sebagai "
            'pelanggaran, sedangkan 132 lainnya bukan pelanggaran. "Bawaslu sudah merekomendasikan '
            'pelanggaran-pelanggaran itu ke Badan Kepegawaian Negara (BKN)," terang Sutan.',
            [(380, "proven", None), (512, "reported", None)],
        ),
        # "64 kasus dugaan pembagian uang": money handed out, another kind
        (
            "Sutan juga menyinggung pelanggaran netralitas ASN. Di samping itu, tercatat 71 kasus dugaan pembagian "
            "uang, terdiri atas 9 temuan dan 62 laporan masyarakat.",
            [],
        ),
        # "empat kasus yang berpotensi mengarah ke sanksi": possible, none given
        (
            "Sementara empat kasus netralitas ASN di Kota Jambi yang berpotensi mengarah ke sanksi, kata Darman, masih "
            "dalam tahap penyidikan.",
            [(4, "reported", "15.71")],
        ),
    ],
)
def test_totals_kinds_and_possible_sanctions_of_a_national_recap(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "empat ASN yang ingin berkompetisi di Pilkada": standing for office
        ("Di Kota Singkawang, sedikitnya ada lima ASN yang ingin berkompetisi di Pilkada serentak 2020.", [(5, "")]),
        # staff of state-owned companies are no ASN: "pegawai dari Badan Usaha Milik Negara (BUMN)", "pegawai BUMD"
        (
            "Di Kota Singkawang, dua orang pegawai dari Badan Usaha Milik Negara (BUMN) dan satu orang pegawai BUMD "
            "mendaftar sebagai bacaleg.",
            [],
        ),
    ],
)
def test_who_stands_for_office_and_who_is_no_asn(analyse, text, expected):
    assert [(f[1], f[3] or "") for f in fact_tuples(analyse(text))] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "800 lebih ASN yang diindikasi ..., dan 250 lebih disanksi administratif": more than, the part's status
        (
            "Secara nasional sudah ada 640 lebih ASN yang diindikasi terlibat politik praktis, dan 210 lebih disanksi "
            "administratif.",
            [(640, "reported", None), (210, "sanctioned", None)],
        ),
        # "1.200 orang diberikan sanksi karena tak netral": persons dealt with for not being neutral, in a story of ASN
        (
            "Sudah banyak ASN yang diberikan sanksi. Secara nasional 1.150 orang diberikan sanksi karena tak netral, "
            "kata Harjono.",
            [(1150, "sanctioned", None)],
        ),
        # "1.642 atau 77,5 persennya terbukti melanggar dan dikenai sanksi. Selanjutnya, 1.451 ASN ... sudah
        # ditindaklanjuti oleh PPK": a share with "-nya" beside the count, fewer followed up by the PPK next
        (
            "KASN menerima sebanyak 1.980 pengaduan, dan dari angka itu, 1.530 atau 77,3 persennya terbukti melanggar "
            "dan dikenai sanksi. Selanjutnya, 1.320 ASN atau 86,3 persennya sudah ditindaklanjuti oleh Pejabat Pembina "
            "Kepegawaian (PPK) dengan pemberian sanksi.",
            [(1980, "reported", None), (1530, "proven", None), (1320, "sanctioned", None)],
        ),
    ],
)
def test_national_figures_with_more_than_shares_and_reasons(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == sorted(expected)


def test_the_civil_servants_a_survey_asked_are_no_workforce(analyse):
    # "metode kuantitatif dengan jumlah responden sebanyak 10.482 ASN": those a survey asked
    text = (
        "Peneliti KASN menerangkan, selain memakai metode kuantitatif dengan jumlah responden sebanyak 9.876 ASN di "
        "240 instansi pemerintah daerah, tim juga mewawancarai pejabat."
    )
    assert fact_tuples(analyse(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "foto tujuh orang berseragam ASN yang menunjukkan dukungan kepada Capres-Cawapres nomor urut 02": support
        # for a candidate named by the office sought
        (
            "Warganet di Provinsi Lampung dihebohkan dengan beredarnya foto enam orang berseragam ASN yang menunjukkan "
            "dukungan kepada Capres-Cawapres nomor urut 02.",
            [(6, "reported", "18")],
        ),
        # "meminta klarifikasi dari salah satu guru berstatus ASN": one, named by their work then their status
        (
            "Bawaslu Kota Banjar meminta klarifikasi dari salah satu guru berstatus ASN terkait video viral dukungan "
            "capres.",
            [(1, "reported", "32.79")],
        ),
    ],
)
def test_civil_servants_named_by_their_uniform_or_their_work(analyse, text, expected):
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == expected


def test_a_total_split_into_listed_parts_one_of_them_the_neutralitys(analyse):
    # "Dari 41 laporan yang masuk, 9 perkara diregister, 1 perkara diteruskan ke BKN terkait netralitas ASN": the total
    # and the parts before the neutrality's are of every kind
    text = (
        "Dari 37 laporan yang masuk ke Bawaslu Kabupaten Ciamis, 8 perkara diregister, 2 perkara diteruskan ke BKN "
        "terkait netralitas ASN."
    )
    assert [(f[1], f[3], f[5]) for f in fact_tuples(analyse(text))] == [(2, "reported", "32.07")]


def test_a_province_referred_to_as_the_subject_under_its_heading(analyse):
    # "5. Riau" / "Provinsi ini memiliki ... sehingga total berjumlah 197.935": the province of the heading, each
    text = (
        "Daftar provinsi dengan ASN terbanyak.\n\n5. Riau\n\nProvinsi ini memiliki jumlah ASN instansi pusat sebanyak "
        "31.204 dan instansi daerah 152.731 sehingga total berjumlah 183.935.\n\n6. Jambi\n\nProvinsi ini memiliki "
        "jumlah ASN instansi pusat sebanyak 21.903 dan instansi daerah 81.187 sehingga total berjumlah 103.090.\n\n"
        "7. Sulawesi Tengah\n\nProvinsi dengan ibu kota Palu ini memiliki jumlah PNS instansi pusat sebanyak 30.815 "
        "dan instansi daerah 120.902 sehingga total berjumlah 151.717."
    )
    facts = [(f[1], f[5]) for f in fact_tuples(analyse(text))]
    # (a province said which by its capital: "Provinsi dengan ibu kota Palu ini": the province's, not Palu's)
    assert facts == [(103090, "15"), (151717, "72"), (183935, "14")]
