"""Article-level reading: election cycle, violation types, entities, and the saved pipeline."""

import re

import pytest

from analysis.nlp.article_election import year_from_calendar
from analysis.nlp.violation_types import VIOLATION_KEYWORDS, VIOLATION_RULES, rule_literal, violation_types


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("ASN diminta netral pada Pemilihan Kepala Daerah (Pilkada) serentak 2024.", "", ("pilkada", 2024)),
        ("ASN diminta netral pada Pemilihan Umum Tahun 2024 dan pileg.", "", ("pemilu", 2024)),
        ("ASN diminta netral selama tahapan Pilkada.", "2020-09-23", ("pilkada", 2020)),
        ("ASN diminta netral selama tahapan Pilkada.", "2024-08-26", ("pilkada", 2024)),
        ("ASN diminta netral selama tahapan Pilkada.", "", ("pilkada", None)),
        (
            "Seperti saat Pemilu 2019 lalu, ASN diminta netral pada Pilkada ini. Pilkada 2024 digelar November.",
            "",
            ("pilkada", 2024),
        ),
        ("Bawaslu menggelar rapat koordinasi.", "", ("unknown", None)),
        ("ASN dilarang ikut kampanye Pilpres 2019.", "", ("pilpres", 2019)),
        # the press's other short names of a mayor's and a regent's election
        ("Dua ASN hadir dalam kampanye Pilwali Lorem 2020.", "", ("pilkada", 2020)),
        ("Panwas belum menerima laporan ASN pada Pilwako 2018.", "", ("pilkada", 2018)),
        ("Seorang lurah ikut kampanye Pilbub Ipsum 2015.", "", ("pilkada", 2015)),
        ("Seorang guru ikut kampanye Pilcaleg 2019.", "", ("pileg", 2019)),
        (
            "ASN dilarang terlibat dalam Pemilihan Wali Kota dan Wakil Wali Kota Solok Tahun 2024.",
            "",
            ("pilkada", 2024),
        ),
        ("Netralitas ASN pada Pemilihan Gubernur dan Wakil Gubernur Jawa Barat 2018.", "", ("pilkada", 2018)),
        ("ASN diminta netral menjelang Pilkada Sleman 27 November 2024.", "", ("pilkada", 2024)),
        # no Pilkada was held in 2019: a cited Pemilu's year is not the Pilkada's
        ("ASN diminta netral pada Pilkada. Pada Pemilu 2019 lalu tidak ada pelanggaran.", "", ("pilkada", None)),
        # an election named to compare with weighs less than the article's own
        ("Bawaslu mengawasi Pemilu 2024. Kasusnya lebih sedikit dibanding Pemilu 2019.", "", ("pemilu", 2024)),
        (
            "Bawaslu mengawasi Pemilu 2024. Kasusnya lebih sedikit dibandingkan dengan Pemilu 2019.",
            "",
            ("pemilu", 2024),
        ),
        (
            "Laporan masuk sejak tahapan Pilkada 2024. Ia membandingkan, pada Pilkada 2018 laporan lebih sedikit.",
            "",
            ("pilkada", 2024),
        ),
        # a tie: the election named first, in the lead, is the article's own
        ("Laporan masuk sejak tahapan Pilkada 2024. Pada Pilkada 2018 laporan lebih sedikit.", "", ("pilkada", 2024)),
        # no election named outside the election body's name: the offices the candidates seek say which one
        (
            "Badan Pengawas Pemilihan Umum (Bawaslu) Kota Lorem memeriksa ASN yang mendukung calon bupati Ipsum.",
            "",
            ("pilkada", None),
        ),
        (
            "Badan Pengawas Pemilihan Umum (Bawaslu) Kota Lorem memeriksa ASN yang mendukung paslon nomor 2.",
            "2020-10-05",
            ("pilkada", 2020),
        ),
        (
            # a year named the year before the Pemilu is its run-up (tests/real annotates it so)
            "Bawaslu Kota Lorem memeriksa dua ASN yang berfoto dengan caleg partai Ipsum pada 2023.",
            "",
            ("pemilu", 2024),
        ),
        ("Bawaslu Kota Lorem memeriksa ASN yang mengunggah foto calon presiden.", "2023-12-01", ("pemilu", 2024)),
        ("Bawaslu Kota Lorem memeriksa ASN yang mengunggah foto caleg dan calon bupati.", "", ("unknown", None)),
        # no year nor date: the day of the vote, the pandemic or the latest law cited fixes the cycle; alone, a
        # day two cycles share does not, nor does a law older than several
        ("Dua ASN Kota Lorem dilaporkan jelang Pilkada serentak pada 27 Juni mendatang.", "", ("pilkada", 2018)),
        ("ASN Kota Lorem dilaporkan menjelang coblosan Pilkada 9 Desember.", "", ("pilkada", None)),
        (
            "ASN Kota Lorem dilaporkan jelang Pilkada serentak 9 Desember, di tengah pandemi Covid-19.",
            "",
            ("pilkada", 2020),
        ),
        (
            "Guru ASN di Kota Lorem ikut kampanye Pilkada. Itu melanggar Undang-Undang Nomor 20 Tahun 2023.",
            "",
            ("pilkada", 2024),
        ),
        (
            "Guru ASN di Kota Lorem ikut kampanye Pilkada. Itu melanggar Undang-Undang Nomor 10 Tahun 2016.",
            "",
            ("pilkada", None),
        ),
        # a past Pemilu recalled in a story of the Pilkada then under way, which it names too, is not its election
        (
            "Bawaslu Kota Lorem mencatat dua ASN tidak netral. Pada Pemilu 2024 ada lima laporan. Pengawasan "
            "Pilkada diperketat.",
            "2024-10-10",
            ("pilkada", 2024),
        ),
        ("Bawaslu Kota Lorem mencatat dua ASN tidak netral pada Pemilu 2024.", "2024-10-10", ("pemilu", 2024)),
        # the Pemilu named only in bodies' names ("Dewan Kehormatan Penyelenggara Pemilu"), however often: the
        # election then under way
        (
            "Kode Etik Penyelenggara Pemilu\nDewan Kehormatan Penyelenggara Pemilu memberhentikan tiga penyelenggara "
            "Pemilu di Kota Lorem karena melanggar kode etik penyelenggara Pemilu. Dua penyelenggara Pemilu lain "
            "direhabilitasi. Putusan itu mengikat semua penyelenggara Pemilu.",
            "2020-11-20",
            ("pilkada", 2020),
        ),
        # a later election of another type named ahead (a circular's title) in a story of the one under way, whose
        # offices it names: the one under way
        (
            "Dua PNS Kota Lorem dipanggil Panwaslu karena menyukai unggahan calon Bupati Ipsum. Itu dilarang edaran "
            "menteri tentang\nSikap pegawai menjelang Pileg 2019 serta Pilpres 2019.",
            "2018-02-20",
            ("pilkada", 2018),
        ),
        # the Pilkada law's words: "pasangan calon" runs for a region, "pidana pemilihan" is the Pilkada's crime
        (
            "Dua ASN Kota Lorem dilaporkan karena membagikan foto pasangan calon di grup WhatsApp.",
            "",
            ("pilkada", None),
        ),
        ("Laporan atas dua ASN Kota Lorem dikaji, termasuk dugaan tindak pidana pemilihan.", "", ("pilkada", None)),
        ("ASN Kota Lorem membagikan foto pasangan calon presiden di grup WhatsApp.", "", ("pemilu", None)),
        # an index named after the Pemilu is no Pemilu: "Indeks Kerawanan Pemilu" is compiled for a Pilkada too
        (
            "Netralitas ASN pada Pilkada 2024 diawasi. Skor Indeks Kerawanan Pemilu Lorem tertinggi, kata ketua "
            "Bawaslu. Indeks Kepatuhan Pemilu juga dibahas.",
            "",
            ("pilkada", 2024),
        ),
    ],
)
def test_article_election(analyse, text, published, expected):
    article = analyse(text, published=published).article
    assert (article["election_type"], article["election_year"]) == expected


def test_calendar_never_uses_the_clock():
    assert year_from_calendar("pilkada", "") is None
    assert year_from_calendar("pemilu", "2023-11-01") == 2024
    assert year_from_calendar("pemilu", "2019-05-01") == 2019  # just after election day: that cycle


@pytest.mark.parametrize(
    "election_type, published, year",
    [
        ("pilkada", "2021-06-01", 2020),  # the next (2024) years away: the last one held
        ("pilkada", "2022-11-20", 2020),
        ("pemilu", "2019-10-01", 2019),
        ("pilkada", "2018-12-15", 2018),
        ("pemilu", "2024-06-20", 2024),  # none ahead in the calendar: the last one held
        ("pilkada", "2025-03-01", 2024),
        ("pemilu", "2022-08-01", 2024),  # its stages open 20 months before the vote
        ("pilkada", "2019-11-01", 2020),
        ("pilkada", "2013-03-01", 2013),  # before the simultaneous Pilkada, one was held somewhere every year
        ("pilkada", "2014-10-01", 2015),
    ],
)
def test_an_election_named_without_a_year_is_the_one_under_way_or_else_the_last_held(election_type, published, year):
    assert year_from_calendar(election_type, published) == year


@pytest.mark.parametrize(
    "text, codes",
    [
        ("ASN kedapatan menglike dan memposting dukungan di media sosial.", ["media_sosial"]),
        ("ASN memberikan dukungan kepada salah satu calon dan mengantar ketika mendaftar.", ["dukungan_calon"]),
        # support shown through social media is the social-media violation alone (set A's annotators)
        ("Terbanyak ASN memberikan dukungan melalui media sosial.", ["media_sosial"]),
        ("Kasus terbanyak soal dukungan ke paslon di medsos.", ["media_sosial"]),
        ("ASN dilarang menghadiri deklarasi peserta Pemilu dan memasang APK.", ["deklarasi", "apk"]),
        ("Pegawai menandatangani ikrar dan deklarasi netralitas ASN.", []),
        # a declaration referred back to is the one named before: here the pledge of neutrality
        ("Wali Kota memimpin Deklarasi Netralitas ASN. Dalam deklarasi itu, ia menegaskan netralitas ASN.", []),
        # state property used for a campaign is the facility's misuse, not attendance (the real annotations')
        ("Kepala dinas menggunakan mobil dinas untuk kampanye.", ["fasilitas_negara"]),
        ("Dua guru ikut kampanye pasangan calon di lapangan kecamatan.", ["kampanye"]),
        ("Bawaslu mengawasi jadwal dan tahap kampanye agar tidak terjadi pelanggaran kampanye.", []),
        ("Seorang lurah menyebarkan baliho bakal calon bupati di kelurahannya.", ["apk"]),
        ("Bawaslu mencatat 12 pelanggaran terkait alat peraga kampanye (APK).", []),
        ("Dua camat terbukti memihak kepada salah satu pasangan calon.", ["dukungan_calon"]),
        ("Ia diduga mencalonkan diri sebagai bupati setelah mengundurkan diri sebagai ASN.", []),
        ("Camat mengintimidasi bawahannya agar memilih petahana.", ["intimidasi"]),
        ("Seorang ASN tercatat sebagai anggota partai politik dan mencalonkan diri.", ["politik_praktis"]),
        # standing as a candidate while still ASN (the press's "declares himself a candidate")
        ("Seorang dokter ASN mendeklarasikan diri sebagai calon perseorangan.", ["deklarasi", "politik_praktis"]),
        # "politik praktis" is the umbrella word for every such act, forbidden or found: it names no kind (set A's
        # annotators label it neither in "dijatuhi sanksi karena ketidaknetralan dalam politik praktis" nor in
        # "menemukan ASN terlibat politik praktis"); only the party and the candidacy above are that code
        ("ASN diminta berdiam diri agar tidak ikut politik praktis.", []),
        ("Gubernur mengedarkan surat tentang larangan ASN terlibat politik praktis.", []),
        ("Lima guru diduga terlibat politik praktis di Kecamatan Lorem.", []),
        ("Panwaslu menerima laporan sejumlah guru terlibat kegiatan politik praktis.", []),
        ("Bawaslu memproses dugaan keterlibatan dua lurah dalam politik praktis.", []),
        ("Camat itu kedapatan berpolitik praktis di media sosial.", ["media_sosial"]),
        ("ASN diminta tidak memihak kepada pasangan calon mana pun.", []),
        # the campaign's violations by ASN, ASN at a campaign event; not the campaign's rules, method or audience
        ("Panwaslu memproses laporan pelanggaran kampanye yang melibatkan ASN.", ["kampanye"]),
        ("Dua guru terlibat dalam kegiatan-kegiatan kampanye di Kecamatan Lorem.", ["kampanye"]),
        ("PKPU ini menyesuaikan metode kampanye dan aturan bagi peserta kampanye.", []),
        ("Bawaslu mencatat kampanye di luar jadwal dan kampanye berbau SARA.", []),
        # the forms of the prohibitions as the rules on ASN neutrality list them, and as stories repeat them
        ("ASN dilarang melakukan sosialisasi bakal calon melalui media online.", ["media_sosial"]),
        ("ASN dilarang menjadi tim ahli atau tim pemenangan calon.", ["dukungan_calon"]),
        ("Seorang guru terlibat dalam tim relawan salah satu paslon.", ["dukungan_calon"]),
        ("ASN dilarang memberikan surat dukungan disertai fotokopi KTP.", ["dukungan_calon"]),
        ("ASN dilarang menjadi peserta kampanye dengan atribut PNS.", ["kampanye"]),
        ("ASN dilarang menjadi narasumber dalam kegiatan partai politik.", ["politik_praktis"]),
        ("Seorang ASN mengenakan kaos bergambar pasangan calon saat kampanye.", ["apk"]),
        # a candidate promoted, partisanship shown, identity cards given for a candidate, money for a candidate's
        # events; social media written the other way round
        ("Seorang camat diduga mempromosikan calon tertentu di acara desa.", ["dukungan_calon"]),
        ("ASN dilarang menunjukkan keberpihakan dalam pemilihan.", ["dukungan_calon"]),
        ("Lurah itu mengumpulkan fotokopi KTP warga untuk calon perseorangan.", ["dukungan_calon"]),
        ("Kepala dinas memberikan dukungan dana untuk kegiatan peserta pemilu.", ["dukungan_calon"]),
        ("Pemda memberikan dukungan anggaran untuk pengawasan pemilu.", []),
        ("ASN itu memberi tanda like di sosial media.", ["media_sosial"]),
        # not the team that files a report, nor the participants a body addresses
        ("Laporan itu diajukan oleh tim pemenangan pasangan calon nomor urut 2.", []),
        ("KPU menyosialisasikan aturan kampanye kepada tim pemenangan.", []),
        # the law's words: decisions or acts "yang menguntungkan atau merugikan salah satu pasangan calon"; a side
        # taken with a party; an office's power misused
        (
            "Kepala dinas membuat kebijakan yang menguntungkan atau merugikan salah satu pasangan calon.",
            ["dukungan_calon"],
        ),
        ("Camat menunjukkan keberpihakan kepada salah satu partai politik.", ["dukungan_calon"]),
        (
            "Sekda diduga menyalahgunakan wewenangnya untuk memenangkan petahana.",
            ["dukungan_calon", "fasilitas_negara"],
        ),
        ("Bawaslu menelusuri dugaan penyalahgunaan jabatan oleh seorang kepala dinas.", ["fasilitas_negara"]),
        # taking a side "pada" or "dengan" a candidate, as "kepada" one
        ("Camat itu diduga berpihak pada salah satu pasangan calon bupati.", ["dukungan_calon"]),
        ("Lurah dicurigai memihak pada salah satu paslon.", ["dukungan_calon"]),
        ("ASN menunjukkan perilaku keberpihakan dengan salah satu bakal calon.", ["dukungan_calon"]),
        ("ASN diminta tidak berpihak pada pasangan calon mana pun.", []),
        # the campaign as a time ("sebelum kampanye", "jelang kampanye"), not as what the ASN did
        ("Ada dua laporan, itu sebelum kampanye dan sudah ditindaklanjuti.", []),
        ("Bawaslu mengingatkan camat menjelang kampanye dan setelah kampanye.", []),
        # attending a declaration of support for a candidate is the declaration, not support given otherwise
        ("Bawaslu memanggil ASN yang hadir saat deklarasi dukungan kepada calon wali kota.", ["deklarasi"]),
        ("Dua PNS diduga mendukung salah satu bapaslon saat pendaftaran.", ["dukungan_calon"]),
        ("Pegawai rentan dipengaruhi serta berpihak pada salah satu pasangan calon.", []),
        ("Bawaslu menelusuri keberpihakan ASN kepada calon tertentu.", ["dukungan_calon"]),
        ("Para ASN ini menunjukkan keberpihakan pada pasangan calon tertentu.", ["dukungan_calon"]),
        ("Ia dilarang berpihak secara terbuka pada paslon tertentu.", ["dukungan_calon"]),
        ("Keduanya terbukti mendukung satu pasangan calon.", ["dukungan_calon"]),
        ("Lurah itu mengajak warga memenangkan salah satu pasangan calon.", ["dukungan_calon"]),
        # (as "mengkampanyekan", the other spelling, campaigning too)
        ("Kepala dinas itu mengampanyekan paslon nomor urut dua.", ["dukungan_calon", "kampanye"]),
        ("Tiga ASN terlibat dalam proses pendaftaran calon gubernur.", ["dukungan_calon"]),
        ("Dua PNS terlibat pemasangan baliho di desanya.", ["apk"]),
        ("Seorang camat memakai atribut pasangan calon saat bertugas.", ["apk"]),
        ("Lurah itu kedapatan berfoto dengan mengacungkan jari simbol nomor urut calon presiden.", ["dukungan_calon"]),
        ("Camat diduga mengajak warga memilih salah satu calon anggota DPR.", ["dukungan_calon"]),
        ("Kepala dinas mengarahkan kepala desa untuk memenangkan caleg tertentu.", ["dukungan_calon"]),
        ("Bupati mengajak seluruh ASN menjaga netralitas selama Pilkada.", []),
        # the campaign's material shared online is social media, not joining the campaign
        ("Seorang guru membagikan video kampanye pasangan calon di grup WhatsApp.", ["media_sosial"]),
        ("Ratusan ASN mengikuti Deklarasi Pilkada Serentak Damai di alun-alun.", []),
        ("Pelanggar diancam pidana penjara paling lama satu tahun.", []),
        ("Kepala dinas diduga menekan para honorer agar memilih petahana.", ["intimidasi"]),
        ("Camat itu mengerahkan bawahannya ke lokasi kampanye pasangan calon.", ["kampanye", "intimidasi"]),
        ("ASN itu memasang foto profil bersama caleg sambil mengangkat dua jari.", ["dukungan_calon"]),
        ("Lurah mengunggah status ajak pilih caleg tertentu.", ["media_sosial", "dukungan_calon"]),
        ("Ia menggunakan fasilitas kantor untuk rapat tim pemenangan.", ["fasilitas_negara"]),
        ("Seorang guru menempel stiker pasangan calon di mobilnya.", ["apk"]),
        ("Lurah itu membagikan poster bakal calon di grup WhatsApp.", ["media_sosial"]),
        ("ASN dilarang foto-foto dengan paslon dan berpose satu, dua atau tiga jari.", ["dukungan_calon"]),
        ("Camat mengganti foto profilnya dengan bingkai bergambar pasangan calon.", ["dukungan_calon"]),
        ("Dua bakal calon bupati masih berstatus PNS dan wajib mundur.", ["politik_praktis"]),
        ("Ada tujuh caleg yang pasangannya berstatus ASN.", []),
        # what village heads, soldiers or police did is no ASN violation; pressure put on them is
        ("Dua anggota TNI dilaporkan karena berfoto dengan calon.\nKeduanya juga memasang baliho.", []),
        ("Camat mengumpulkan kepala desa.\nPerangkat desa diancam akan dievaluasi.", ["intimidasi"]),
        ("ASN di Kabupaten Brebes diminta netral.\nKepala desa mengunggah dukungan di Facebook.", []),
        # a photograph with a candidate, words apart; taking a side as what was found, not what counts as one
        ("Foto mereka bersama calon gubernur nomor urut 1 tersebar luas.", ["dukungan_calon"]),
        ("Bawaslu menangani aduan dugaan keberpihakan ASN di Kota Lorem.", ["dukungan_calon"]),
        ("Camat itu diduga memihak salah satu caleg di daerahnya.", ["dukungan_calon"]),
        ("Membagikan konten calon di grup WhatsApp termasuk bentuk keberpihakan.", ["media_sosial"]),
        ("Seorang lurah menggalang dukungan warga untuk petahana.", ["dukungan_calon"]),
        # a headline's bare verb, a greeting of a number, an instruction to vote; a post that says so is media_sosial
        ("Oknum Camat Lorem Dukung Paslon Bupati", ["dukungan_calon"]),
        ("Guru itu berfoto dengan salam 2 jari di sekolah.", ["dukungan_calon"]),
        ("Lurah itu diduga memberi arahan supaya memilih caleg tertentu.", ["dukungan_calon"]),
        ("Kalau soal medsos, paling sering like dan bikin status dukung paslon.", ["media_sosial"]),
        # not neutral during the campaign is a campaign violation; the campaign as a period alone is not
        ("Dua ASN Kecamatan Lorem dilaporkan tidak netral saat kampanye berlangsung.", ["kampanye"]),
        ("Pengawasan dilakukan saat kampanye di Kecamatan Lorem.", []),
        # present at a candidate's registration is support; a pledge of neutrality is no declaration; support
        # denied is none; approaching a party is party politics
        ("Bawaslu menelusuri guru yang hadir saat pendaftaran bakal pasangan calon di KPU.", ["dukungan_calon"]),
        ("Bupati bersama para kepala dinas mendeklarasikan netralitas ASN menjelang Pilkada.", []),
        ("Dua lurah mengakui hadir, tetapi menyangkal memberikan dukungan.", []),
        ("Panwaslu menemukan seorang camat yang mendekati salah satu partai politik.", ["politik_praktis"]),
        # how a statement reached the press, the news as a source, a sanction threatened, the campaign as a period:
        # no violation; a candidate escorted, a prospective regent ("balonbup") supported: support
        ('"Masih ditelusuri," kata anggota Bawaslu melalui grup WhatsApp, Senin.', []),
        ("Bawaslu mendapat informasi dari pemberitaan media online tentang ASN yang diduga tidak netral.", []),
        ("KASN mengancam akan merekomendasikan sanksi pemecatan bagi pejabat itu.", []),
        ("Bawaslu menangani sembilan dugaan pelanggaran sepanjang kampanye Pilkada 2024.", []),
        ("Seorang ASN ikut mengawal salah satu pasangan calon saat pendaftaran ke KPU.", ["dukungan_calon"]),
        ("Mereka diduga mendukung balonbup petahana.", ["dukungan_calon"]),
        # where an act spread afterwards is how it became known, not what the ASN did
        ("Camat itu ikut kampanye, terekam dalam video yang viral di media sosial.", ["kampanye"]),
        ("Kabar yang beredar di beberapa grup WhatsApp menyebut sekda hadir di acara itu.", []),
        # also said further before in the sentence, and hoaxes on social media; not in the sentence before
        ("Camat itu dicopot. Video sambutannya menjadi viral di berbagai platform media sosial.", []),
        ("Rekaman rapat itu lalu disebar oleh seorang peserta lewat media sosial.", []),
        ("Kasus ini bermula dari video warga yang beredar di media sosial dan grup WhatsApp.", []),
        ("Bawaslu meminta warga tidak percaya kabar bohong di medsos soal aturan netralitas.", []),
        ("Videonya viral. Lurah itu juga aktif berkampanye di media sosial.", ["media_sosial", "kampanye"]),
        # a page's share buttons name the networks with the outlet's domain
        ("Facebook Lorem.com Jateng Twitter Lorem.com Jateng Line Lorem.com Jateng", []),
        # support named as a noun with its doers, given to a party to the election, by help or company
        ("Mayoritas pelanggaran berupa dukungan ASN kepada bakal pasangan calon.", ["dukungan_calon"]),
        ("ASN diminta tidak ikut mendukung salah satu peserta pemilu.", ["dukungan_calon"]),
        ("Seorang guru diduga memfasilitasi salah seorang caleg di sekolahnya.", ["dukungan_calon"]),
        ("Kepala dinas itu mendampingi paslon saat pemeriksaan kesehatan.", ["dukungan_calon"]),
        ("Dua lurah ikut dalam pembentukan tim relawan salah satu bakal calon.", ["dukungan_calon"]),
        ("Camat itu diduga mengerahkan massa dalam kegiatan sebuah partai politik.", ["politik_praktis"]),
        # the penalty ASN face, a tweet the press embeds, a campaign prevented or held by others, a breach of where
        # props stand: no ASN violation; a candidate pair backed, a candidate's own activities joined: support
        ("BKD menjelaskan ancaman sanksi, bisa sampai ancaman pemecatan dengan tidak hormat.", []),
        ("Baca selengkapnya di tautan ini pic.twitter.com/AbC123", []),
        ("Tim patroli dibentuk untuk mencegah kampanye dan politik uang.", []),
        ("Bawaslu mencatat keterlibatan ASN serta kampanye tanpa STTP.", []),
        ("Ada pula pelanggaran pemasangan APK di luar titik yang ditetapkan.", []),
        ("Dua guru diduga mendukung salah satu pasangan capres.", ["dukungan_calon"]),
        ("Lurah itu terbukti ikut dalam kegiatan salah satu pasangan calon bupati.", ["dukungan_calon"]),
        # a candidate's village coordinator, a visit to their campaign post, an approach to them; voters directed
        # words apart
        ("Seorang guru menjadi kordes salah satu paslon bupati.", ["dukungan_calon"]),
        # a photograph with a candidate pair words apart, a party joined (as a noun), a superior's pressure on staff;
        # the candidates' campaign funds are no campaigning
        ("ASN itu kedapatan berfoto bersama salah satu pasangan calon bupati.", ["dukungan_calon"]),
        ("Dugaan pelanggaran kedua ASN itu menyangkut pendaftaran ke partai politik.", ["politik_praktis"]),
        ("Bawaslu memproses dugaan intervensi oknum kadis terhadap bawahannya agar memilih caleg.", ["intimidasi"]),
        ("Ia mengingatkan paslon soal larangan penggunaan dana kampanye dari pihak asing.", []),
        ("Dua ASN tertangkap kamera mengenakan atribut relawan salah satu bapaslon.", ["dukungan_calon"]),
        # none where none was, nor the candidates' own campaigning
        ("Untuk Provinsi Lorem, pelanggaran di media sosial belum ada.", []),
        ("Jarak antara ASN dengan calon yang nanti berkampanye di daerah sangat dekat.", []),
        ("Dua kepala dinas diduga mendatangi posko pemenangan salah satu calon.", ["dukungan_calon"]),
        ("Ada ASN yang melakukan pendekatan kepada salah satu calon wali kota.", ["dukungan_calon"]),
        ("Sekda diduga mengarahkan para guru dan kepala sekolah untuk memilih pasangan nomor 2.", ["dukungan_calon"]),
        # the campaign as a stage, a risk, a time to come or a slogan is no campaigning; a body's channel that
        # streamed an event is no social media; support shown at a candidate's event is support
        ("Pengawasan berlaku pada tahapan pendaftaran, kampanye, hingga pemungutan suara.", []),
        ("Bawaslu memetakan kerawanan kampanye di enam kecamatan.", []),
        ('"Kalau kampanye nanti, ancamannya pidana," kata Fulan.', []),
        ("Kampanye tolak politik uang dan jaga netralitas ASN.", []),
        ("Paparan itu disiarkan langsung di kanal YouTube Bawaslu.", []),
        ("Seorang guru memperlihatkan dukungan dalam sosialisasi bakal calon bupati.", ["dukungan_calon"]),
        ("ASN cukup memilih di bilik suara tanpa menunjukkan dukungan di ruang publik.", []),
        # declaring oneself a candidate "untuk maju sebagai ..." is standing while still ASN
        (
            "Sejumlah ASN sudah mendeklarasikan diri untuk maju sebagai bakal calon bupati.",
            ["deklarasi", "politik_praktis"],
        ),
        # votes directed by mobilising staff, a video made to show support; no threat wished away, no broadcast
        ("Kadis diduga memobilisasi kepala sekolah untuk memilih salah satu pasangan calon.", ["dukungan_calon"]),
        ("Guru ASN itu membuat video yel-yel berisi dukungan.", ["dukungan_calon"]),
        ("Kalau tertib, aman, tanpa intimidasi, hasilnya akan jujur.", []),
        ("Ketua KASN berbicara dalam webinar melalui siaran YouTube KASN.", []),
        # the law's penalty for offenders is no threat
        ("Ancaman bagi pelanggarnya adalah pidana penjara paling lama satu tahun.", []),
        # social media a patrol watches, or a news site, is how a case was found, not what the ASN did
        ("Perkara itu berasal dari laporan warga dan dari patroli media sosial Bawaslu.", []),
        ("Polres Lorem juga berpatroli di tiga media sosial, yakni facebook, instagram dan twitter.", []),
        ("Dugaan itu pertama kali mencuat di pemberitaan sebuah media online.", []),
        # party membership, however written; siding "atau berpihak pada", support "secara terang-terangan", a
        # candidate welcomed; the campaign's violations that drag ASN in; campaign props worn or used
        ("Bawaslu menemukan ASN yang diduga berpartai politik.", ["politik_praktis"]),
        ("Dua guru terdaftar sebagai anggota ataupun pengurus parpol.", ["politik_praktis"]),
        ("Lurah itu diduga tidak netral atau berpihak pada salah satu pasangan calon.", ["dukungan_calon"]),
        ("Bupati mengingatkan ASN yang mendukung secara terang-terangan salah satu paslon.", ["dukungan_calon"]),
        ("Tiga ASN ikut menyambut salah satu pasangan calon gubernur di bandara.", ["dukungan_calon"]),
        ("Bawaslu menangani pelanggaran kampanye yang menyeret oknum ASN.", ["kampanye"]),
        ("Seorang ASN memakai APK berbentuk payung dengan gambar salah satu kandidat.", ["apk"]),
        # a status posted; a prospective candidate's own campaigning attended, supporters moved; the web a patrol
        # watched
        ("Seorang PNS terang-terangan memasang status bergambar calon bupati.", ["media_sosial"]),
        ("Dua guru menghadiri sosialisasi bakal calon tertentu.", ["kampanye"]),
        ("Lurah itu diduga menggerakkan massa pendukung bakal calon.", ["dukungan_calon"]),
        ("Polres Lorem berpatroli di dunia maya pada tiga media sosial, yakni facebook, youtube dan twitter.", []),
        # campaign props carried; attending a registration; drawing near a party or joining its screening of candidates
        ("Seorang camat kepergok membawa Alat Peraga Kampanye (APK) salah satu paslon.", ["apk"]),
        (
            "Bawaslu memeriksa 3 ASN terkait kehadiran mereka pada acara pendaftaran salah satu bakal calon.",
            ["dukungan_calon"],
        ),
        ("Tiga ASN diduga berupaya mendekatkan diri ke partai politik.", ["politik_praktis"]),
        ("Dua pejabat mengikuti penjaringan bakal calon wakil wali kota yang dibuka partai.", ["politik_praktis"]),
        # posing with a candidate, taking part in a candidate's registration
        ("Empat lurah berpose bersama pasangan bakal calon wali kota.", ["dukungan_calon"]),
        ("Seorang guru ASN ikut serta pada pendaftaran bakal pasangan calon ke KPU.", ["dukungan_calon"]),
        # a campaign for neutrality is no candidate's campaign
        ("KASN meluncurkan Kampanye Daring Gerakan Nasional Netralitas ASN.", []),
        # a blog's comment form under the article is no post of an ASN's
        ("Bawaslu memeriksa dua ASN yang diduga mendukung salah satu calon.\n\nPosting Komentar", ["dukungan_calon"]),
        # a threat to the election, and the sanction that threatens offenders, are no pressure on anyone
        ("Ancaman pemilu di Kabupaten Agam adalah netralitas ASN.", []),
        ("Ancaman bagi ASN yang terbukti tidak netral adalah sanksi disiplin berat.", []),
        ("Camat diduga memberi ancaman kepada kepala desa agar memilih calon tertentu.", ["intimidasi"]),
        # where a case became known, a body's appeal or a campaign for neutrality: nothing an ASN did
        ("Kasus foto bersama itu sempat ramai di media sosial pekan lalu.", []),
        ("Warga yang melihat pelanggaran bisa melapor lewat media sosial Bawaslu.", []),
        ("Bawaslu meminta pemda gencar mengkampanyekan netralitas ASN.", []),
        # the standard spelling of campaigning for someone
        ("Seorang guru diduga mengampanyekan calon bupati tertentu.", ["dukungan_calon", "kampanye"]),
        ("ASN harus bekerja tanpa tekanan dari siapa pun.", []),
        ("Ratusan ASN mengikuti acara Deklarasi Bersama Netralitas ASN di alun-alun.", []),
        # a page's comment box, closed or asked for, is no comment of an ASN's ...
        ("Bawaslu memeriksa dua ASN.\n\nKomentar telah ditutup.", []),
        ("Bawaslu memeriksa dua ASN.\nTulis komentar dengan tagar #Netral di kolom komentar artikel ini.", []),
        ("Bawaslu memeriksa dua ASN.\n\nFacebook Comments Box", []),
        ("Di kolom komentar lainnya seorang ASN juga memuji calon bupati.", ["media_sosial"]),
        # ... the campaign's course, days or rules, those who hinder it, or the candidates' own campaign is nothing
        # an ASN did
        ("Bawaslu terus mengawasi proses kampanye dan distribusi logistik.", []),
        ("Dalam masa 12 hari kampanye kami sudah menerima 40 laporan.", []),
        ("Laporan menghalangi kampanye tidak diregistrasi.", []),
        ("Kampanye yang dijalankan paslon sudah berlangsung 20 hari.", []),
        # ... nor is a sentence's length in a rule, or the threat that ASN who are not neutral pose
        ("PKPU mensyaratkan calon tidak pernah dipidana dengan ancaman di atas lima tahun.", []),
        ("Pasal 188 mengatur ancaman bagi siapa saja yang sengaja melanggar.", []),
        ("Sepuluh provinsi diindikasikan bakal direcoki ancaman ASN yang tak netral.", []),
        # ... nor a threat to the election's fairness; a page's share button is no post
        ("Ketidaknetralan ASN menjadi ancaman serius terhadap keadilan pemilu.", []),
        ("Bawaslu memeriksa dua ASN.\n\nShare Yuk !", []),
    ],
)
def test_violation_types(text, codes):
    assert violation_types(text) == codes


def test_violation_rules_never_span_a_line_and_always_hold_a_keyword():
    """violation_types scans only the lines holding a code's keyword: sound while no rule can match a line
    break (no \\s, \\W, bare dot or negated class but one of the line break itself) and every rule's text names
    one of its keywords."""
    for code, patterns in VIOLATION_RULES.items():
        for pattern in patterns:
            assert not re.search(r"\\s|\\W|\[\^(?!\\n\])|(?<!\\)\.", pattern), (code, pattern)
            literal = rule_literal(pattern)
            assert any(word.split()[0] in literal for word in VIOLATION_KEYWORDS[code]), (code, pattern)


def test_violation_types_read_every_line_of_a_long_text():
    filler = "Paragraf tentang hal lain tanpa kata kunci apa pun.\n\n" * 50
    assert violation_types(filler + "Seorang camat memberi like pada unggahan calon.\n" + filler) == ["media_sosial"]
    assert violation_types("ASN itu memakai mobil\ndinas.") == []


def test_entities_have_labels_and_normalized_forms(analyse):
    text = (
        "Ketua Bawaslu Kabupaten Serang, Furqon, mengatakan 10 ribu ASN diminta netral pada Pemilu 2024, "
        "Rabu (23/9/2020)."
    )
    rows = {(e["label"], e["text"]): e["normalized"] for e in analyse(text).entities}
    assert rows[("ORG", "Bawaslu")] == "Bawaslu"
    assert rows[("REGION", "Kabupaten Serang")] == "36.04"
    assert rows[("PERSON", "Furqon")] == "Furqon"
    assert rows[("ROLE", "Ketua")] == "Ketua"
    assert rows[("ELECTION", "Pemilu 2024")] == "pemilu-2024"
    assert rows[("DATE", "23/9/2020")] == "2020-09-23"
    assert rows[("QUANTITY", "10 ribu")] == "10000"
    for e in analyse(text).entities:
        assert text[e["start_char"] : e["end_char"]] == e["text"]


def test_pipeline_saved_to_disk_loads_back_with_the_same_results(nlp, tmp_path):
    from analysis.nlp.pipeline import load_pipeline, save_pipeline

    save_pipeline(nlp, tmp_path / "pipeline")
    loaded = load_pipeline(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    text = "Bawaslu Kabupaten Bogor mencatat 12 kasus pelanggaran netralitas ASN pada Pilkada 2024."
    a, b = nlp(text), loaded(text)
    assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]
    assert a.user_data["facts"] == b.user_data["facts"]


def test_yearless_dates_take_the_year_from_the_publication_date_only():
    from analysis.nlp.dates import complete_year

    assert complete_year("--10-27", "2024-10-27") == "2024-10-27"
    assert complete_year("--12-30", "2025-01-03") == "2024-12-30"
    assert complete_year("--10-27", "") == "--10-27"


def test_every_violation_rule_carries_one_of_its_keywords():
    """The keyword prefilter may only skip texts that no rule of the code could match."""
    from analysis.nlp.violation_types import VIOLATION_KEYWORDS, VIOLATION_RULES

    assert set(VIOLATION_KEYWORDS) == set(VIOLATION_RULES)
    for code, patterns in VIOLATION_RULES.items():
        for pattern in patterns:
            assert any(word in pattern.lower() for word in VIOLATION_KEYWORDS[code]), (code, pattern)


def test_a_pemilu_story_counting_asn_who_stand_for_the_legislature_is_about_the_pileg(analyse):
    standing = analyse(
        "Jelang Pemilu 2024, dua PNS di lingkungan Pemkab Lorem mengundurkan diri untuk maju sebagai bakal calon "
        "legislatif (bacaleg)."
    )
    supporting = analyse("Jelang Pemilu 2024, dua PNS di Kabupaten Lorem dilaporkan karena mendukung seorang caleg.")
    aside = analyse(
        "Bawaslu Kabupaten Lorem mencatat 12 ASN diduga melanggar netralitas menjelang Pemilu 2024. Selain itu, ada "
        "3 bakal calon anggota legislatif yang masih tercatat sebagai PNS."
    )
    assert standing.article["election_type"] == "pileg"
    assert {f["election_type"] for f in standing.facts} == {"pileg"}
    assert supporting.article["election_type"] == "pemilu"
    assert aside.article["election_type"] == "pemilu"  # the candidates are a side figure of a Pemilu story
