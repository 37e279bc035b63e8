"""Indonesian word lists used by the rules: counted nouns, status cues, scope cues, elections, roles.

All lower-case unless noted. They describe the language of election news in general, not any one article.
"""

from __future__ import annotations

from analysis.reference.elections import REGIONAL_ELECTION_NAMES

# fmt: off
# Word lists are data: kept dense as written (the formatter would put one word a line and triple the module).
# Nouns that say what a number counts.
CASE_NOUNS = {"kasus", "pelanggaran", "laporan", "aduan", "pengaduan", "temuan", "perkara", "dugaan", "rekomendasi",
              "kejadian", "indikasi", "pelaporan"}  # "57 kejadian dugaan pelanggaran", "5 indikasi keterlibatan ASN"
# Case nouns that themselves say the case was established: "6 rekomendasi pelanggaran netralitas"
PROVEN_CASE_NOUNS = {"rekomendasi"}
# "Total ASN ... 8.432 orang, terdiri dari 6.000 PNS dan 2.432 PPPK": the parts of a headcount
COMPONENT_CUES = {"terdiri", "meliputi", "rinciannya", "perinciannya"}
SUMMING_WORDS = {"total", "totalnya", "seluruhnya", "keseluruhannya"}  # "... sehingga total berjumlah 197.935"
ASN_NOUNS = {"asn", "pns", "pegawai", "aparatur", "aparatur sipil negara", "p3k", "pppk", "abdi"}
ASN_IN_FULL = {"aparatur sipil negara", "aparat sipil negara", "pegawai negeri sipil"}
# Words that name civil servants (or their commission) by themselves: as words, never inside one ("tugasnya")
ASN_ABBREVIATIONS = {"asn", "pns", "kasn"}
ASN_BODIES = {"kasn", "bkn"}  # the bodies that judge only civil servants
# Words that rank one kind of case first among all: "kasus netralitas ASN teratas", "... yang paling mendominasi"
TOP_RANK_WORDS = {"teratas", "terbanyak", "tertinggi", "mendominasi", "dominan"}
TOP_RANK_PAIRS = {("paling", "banyak"), ("paling", "atas")}  # "kasus netralitas ASN paling atas"
# Nouns of places counted: "24 dari 34 provinsi" counts provinces, whatever their violations
PLACE_NOUNS = {"provinsi", "kabupaten", "kota", "kabupaten/kota", "daerah", "kecamatan", "desa", "wilayah"}
# All of those just counted, as a clause's subject: "Semuanya sudah direkomendasikan", "dan semua direkomendasikan"
ALL_OF_THEM = {"semua", "semuanya", "seluruhnya", "kesemuanya"}
PERSON_CLASSIFIERS = {"orang", "oknum", "personel", "nama", "sosok"}  # "tiga sosok yang akan maju": persons
CANDIDATE_NOUNS = {"caleg", "bacaleg", "calon", "paslon", "kandidat", "cakada", "balon", "bakal", "pasangan"}

# Words between a number and its noun that do not change what is counted ("3 buah kasus", "5 orang ASN").
NOUN_FILLERS = {"buah", "orang", "oknum", "dugaan", "kasus", "laporan", "temuan", "pelanggaran"}

# What ASN are forbidden to do, named right after them: "Dua ASN ikut berkampanye", "tiga ASN menghadiri
# deklarasi bakal calon", "ASN yang mengunggah dukungan": those counted are the ones who did it
VIOLATING_ACTS = {"berkampanye", "kampanye", "mengkampanyekan", "deklarasi", "mengunggah", "memposting",
                  "berfoto", "berpose", "baliho", "timses", "memihak", "mendukung", "menyukai", "berpihak",
                  "keberpihakan",  # "keberpihakan terhadap salah satu calon": support, no candidacy
                  "dukung",  # the headline's "ikut dukung"
                  "praktis"}  # "yang ikut dalam politik praktis"
# Words that make the act something asked, hoped or forbidden, not done: "diimbau tidak ikut kampanye"
NOT_DONE_BEFORE_ACT = {"tidak", "tak", "bukan", "belum", "jangan", "dilarang", "diimbau", "dihimbau", "diminta",
                       "diingatkan", "agar", "supaya", "harus", "wajib", "larangan", "boleh", "potensi",
                       "berpotensi", "rawan", "diharapkan", "dapat", "bisa", "akan"}
ACT_REACH = 9  # words after the counted noun where the act is named, a place between: "di Kabupaten A ikut ..."
CAMPAIGN_PERIOD_WORDS = {"masa", "selama", "tahapan", "jadwal", "periode"}  # "selama masa kampanye"

# Violation status cues (prefix-free: exact lower-case tokens or two-word phrases).
# Hoped for, right before a figure: "kalau bisa zero pelanggaran" (a target)
HOPED_FOR = (["kalau", "bisa"], ["jika", "bisa"], ["kalau", "boleh"])
# Kept as it is, right before a figure: "mengajak ASN mempertahankan zero pelanggaran" (a target)
KEPT_AS_IT_IS = {"mempertahankan", "pertahankan", "dipertahankan",
                 "akan"}  # and to come: "optimistis Kota A akan zero kasus"
# Verbs of objecting to or asking about what is said next: "mempersoalkan belum adanya ASN ... yang dihukum"
COMPLAINT_VERBS = {"mempersoalkan", "menyoal", "mempertanyakan", "menyayangkan", "mengkritik", "mengkritisi",
                   "memprotes"}
HOPE_WORDS = {"berharap", "harapan", "diharapkan", "mengharapkan", "harapkan"}  # "berharap ... zero pelanggaran"
TARGET_CUES = {"target", "targetnya", "ditargetkan", "menargetkan", "mentargetkan", "targetkan", "sasaran"} | HOPE_WORDS
SANCTION_CUES = {
    "sanksi", "disanksi", "sanksinya", "dihukum", "hukuman", "diberhentikan", "dipecat", "penjatuhan",
    "dijatuhi", "dijatuhkan", "menjatuhkan", "jatuhkan", "teguran", "ditegur", "dinonaktifkan", "dicopot",
    # the active voice, the one who sanctions named first: "Bupati memberhentikan sementara 14 ASN"
    "memberhentikan", "menonaktifkan", "mencopot",
}
# A recommendation (for a sanction) is a finding, not yet the sanction: "merekomendasikan pemberian sanksi", "sudah
# diteruskan rekomendasinya ke BKN"
RECOMMENDATION_NOUNS = {"rekomendasi", "rekomendasinya"}
RECOMMENDATION_CUES = RECOMMENDATION_NOUNS | {"direkomendasikan", "merekomendasikan", "rekomendasikan", "direkom",
                                              "direkomendasi", "merekomendasi",
                                              "rekom",  # the noun as spoken: "memberikan rekom sanksi kepada 3 ASN"
                                              # with its object said after: "sudah merekomendasikannya ke KASN"
                                              "merekomendasikannya", "direkomendasikannya", "rekomendasikannya"}
PROVEN_CUES = RECOMMENDATION_CUES | {
    "terbukti", "diputuskan", "diputus", "putusan", "memenuhi", "putuskan", "memutuskan",
    "terkonfirmasi",  # "empat terlapor dan telah terkonfirmasi melakukan pelanggaran"
}
# A sanction proposed is asked for, like one recommended: "diusulkan mendapat sanksi"
PROPOSAL_CUES = {"diusulkan", "mengusulkan", "usulan", "usulkan", "diusul"}
# Said of a sanction still to be decided: "masih menunggu sanksi", "dalam proses penjatuhan sanksi"
AWAITING_WORDS = {"menunggu", "menanti", "proses"}
# A sanction deserved, found due but not yet given: "layak mendapat sanksi", "patut dijatuhi hukuman disiplin"
DESERVING_WORDS = {"layak", "patut", "pantas"}
# Done since: "yang direkomendasikan Bawaslu telah dijatuhi sanksi"
PERFECTIVE_WORDS = {"telah", "sudah", "resmi"}
# A sanction threatened or possible is none given: "terancam sanksi", "bisa dikenai sanksi"
POSSIBILITY_WORDS = {"terancam", "diancam", "ancaman", "bisa", "berpotensi", "dapat", "potensi", "mungkin"}
# What a sentence is about, said before it: "Berkaitan dengan sanksi ...", "soal sanksi ..."
TOPIC_WORDS = {"berkaitan", "terkait", "soal", "mengenai", "tentang", "perihal"}
# Weighing a sanction is no decision yet: "BKN nanti menentukan sanksi untuk enam ASN itu"
WEIGHING_WORDS = {"menentukan", "mempertimbangkan", "menimbang"}
# Sanctions that were given, whatever else the clause says: "7 ASN sudah dijatuhi sanksi"
# A decision on the cases (the conventions' "diputuskan": proven), which may name the sanction it asks for
DECIDED_WORDS = {"diputuskan", "diputus"}
SANCTION_GIVEN_CUES = {"dijatuhi", "disanksi", "dihukum", "diberhentikan", "dipecat", "dinonaktifkan", "dicopot",
                       "ditegur", "dikenai", "dikenakan", "menerima", "mendapat", "mendapatkan", "memperoleh",
                       "menjalani",
                       "menjatuhkan", "menjatuhi", "dijatuhkan", "jatuhkan", "memberhentikan", "menonaktifkan",
                       "mencopot"}
# "dinyatakan" alone is no cue: "dinyatakan tidak memenuhi unsur" dismisses the case
PROVEN_PHRASES = {("sudah", "ditindaklanjuti"), ("telah", "ditindaklanjuti"), ("memenuhi", "unsur"),
                  ("terpenuhi", "unsur"),  # "9 kasus yang telah terpenuhi unsur pelanggarannya"
                  # its recommendation is out: "2 di antaranya sudah keluar rekomendasinya"
                  ("keluar", "rekomendasinya"), ("keluar", "rekomendasi"), ("rekomendasinya", "sudah", "keluar"),
                  ("rekomendasinya", "telah", "keluar"), ("rekomendasinya", "keluar"),
                  ("dinyatakan", "melanggar"), ("dinyatakan", "bersalah"), ("dinyatakan", "terlibat"),
                  ("divonis", "bersalah"),  # by a court: "lima ASN divonis bersalah"
                  # KASN's decision: "dua di antaranya sudah ada keputusan dari KASN"
                  ("sudah", "ada", "keputusan"), ("telah", "ada", "keputusan"),
                  ("dinyatakan", "tidak", "netral"), ("dinyatakan", "tak", "netral"),
                  ("dinyatakan", "mendukung"), ("dinyatakan", "berpihak"), ("dinyatakan", "memihak"),
                  # judged so: "tiga ASN yang dinilai melakukan pelanggaran", "dianggap melanggar"
                  ("dinilai", "melanggar"), ("dianggap", "melanggar"), ("dinilai", "melakukan", "pelanggaran"),
                  ("dianggap", "melakukan", "pelanggaran"), ("dinilai", "tidak", "netral"),
                  ("dinilai", "tak", "netral"), ("dianggap", "tidak", "netral"), ("dianggap", "tak", "netral"),
                  # confirmed: "410 di antaranya dipastikan telah melakukan pelanggaran"
                  ("dipastikan", "melanggar"), ("dipastikan", "melakukan", "pelanggaran"),
                  ("dipastikan", "telah", "melakukan", "pelanggaran"), ("dipastikan", "telah", "melanggar"),
                  # the reports found to be violations: "tujuh aduan itu dinyatakan sebagai pelanggaran"
                  ("dinyatakan", "sebagai", "pelanggaran"), ("ditetapkan", "sebagai", "pelanggaran"),
                  ("dinyatakan", "ada", "pelanggaran"),
                  ("ditindaklanjuti", "ke")}  # "ditindaklanjuti ke Komisi ASN": sent on for a sanction
# Passed on to the body that decides: "5 orang diteruskan ke BKN" (by the conventions, as "dilaporkan ke KASN")
FORWARDED = {"diteruskan", "meneruskan", "teruskan", "dilimpahkan", "melimpahkan", "diajukan"}
REPORTED_CUES = FORWARDED | {
    "dilaporkan", "melaporkan", "laporan", "dilapor", "ditemukan", "menemukan", "temuan", "diduga", "dugaan",
    "terjadi", "tercatat", "mencatat", "dicatat", "disampaikan", "menerima", "diterima", "aduan", "diadukan",
    "ditangani", "menangani", "terdapat", "ada", "terlibat", "melanggar", "kedapatan", "ketahuan", "terjaring",
    "mencatatkan", "catat", "temukan", "laporkan", "dilaporkannya", "diperiksa", "diklarifikasi", "dipanggil",
    "mengadukan", "melaporkannya", "terlapor", "memergoki", "dipergoki", "mendapati", "didapati",
    "terciduk", "diciduk",  # caught, as the press says: "jumlah ASN yang terciduk sebanyak 27 orang"
}
# Verbs that pass a case on; with a sanction as its purpose, a recommendation for one (the conventions' proven):
# "berkas 8 ASN sudah dikirim ke BKN untuk dijatuhi sanksi"
PASSED_ON_CUES = FORWARDED | {"dikirim", "dikirimkan", "mengirim", "mengirimkan"}
PASSED_ON_REACH = 6  # words from the verb to the sanction: "diteruskan ke Komisi ASN untuk mendapatkan sanksi"
# Cases still being handled: neither reported-only nor decided.
PENDING_CUES = {"menunggu"}
PENDING_PHRASES = {("masih", "ditindaklanjuti"), ("masih", "diproses"), ("masih", "dalam"), ("sedang", "diproses"),
                   ("sedang", "ditangani"), ("masih", "ditangani"), ("dalam", "proses")}

# Cues that a number of ASN is of violators (persons), not a headcount.
ASN_VIOLATION_CUES = {
    "melanggar", "dilaporkan", "diduga", "terbukti", "terlibat", "disanksi", "dijatuhi", "sanksi", "kedapatan",
    "ketahuan", "terjaring", "direkomendasikan", "diperiksa", "dipanggil", "diberhentikan", "dipecat",
    "pelanggar", "ketidaknetralan", "rekomendasi", "ditindak", "diproses", "teguran", "ditegur", "hukuman",
    "dinonaktifkan", "dicopot", "diklarifikasi", "langgar", "diadukan", "dilapor",
    "diragukan", "dipertanyakan",  # "24 ASN diragukan netralitasnya": suspected (not "wajib menjaga netralitasnya")
    "terlapor",  # "jumlah terlapor ASN 90 orang": ASN reported, not the workforce
    "ditangani",  # "204 ASN yang ditangani Bawaslu"
    "partisan",  # "362 ASN bersikap partisan"
    "tersangka", "terdakwa",  # "tiga ASN ditetapkan sebagai tersangka": suspects of an election crime, reported
    "dimintai", "mintai",  # "19 PNS yang sudah dimintai keterangan": questioned about a violation
    "ditindaklanjuti",  # "250 ASN yang ditindaklanjuti karena tidak netral"
    "terindikasi", "diindikasikan",  # "dua camat terindikasi melakukan pelanggaran": suspected
    "terjerat", "tersandung",  # "lima ASN yang terjerat perkara netralitas"
    "terciduk", "diciduk",  # "jumlah ASN yang terciduk sebanyak 27 orang"
    "klarifikasi",  # "tiga ASN yang dipanggil untuk diminta klarifikasi": questioned over a violation
    "pemeriksaan",  # "Seorang ASN ... menjalani pemeriksaan di Bawaslu": examined over a violation
    "berurusan",  # "Satu ASN Pemkab A harus berurusan dengan Bawaslu": drawn into a case
    "dugaan",  # "keterangan dari dua orang ASN terkait dugaan pelanggaran netralitas"
    "diteruskan", "dilimpahkan",  # "11 ASN telah diteruskan ke KASN": passed on to the body that decides
    "diajukan",  # "98 ASN ... diajukan ke KASN": submitted to it, as "diteruskan"
    "bersalah", "diputus", "diputuskan",  # "empat ASN telah diputus bersalah oleh KASN"
    "dikenakan", "dikenai",  # "dua ASN itu dikenakan hukuman disiplin sedang"
}
# Verbs before the number, also in headline form without prefix ("Bawaslu Temukan 12 ASN ...").
# The ASN cues and the noun of what they did: "pelanggaran yang dilakukan 17 ASN"
ASN_VIOLATION_WORDS = ASN_VIOLATION_CUES | {"pelanggaran"}
ASN_VIOLATION_BEFORE = {"melaporkan", "menemukan", "merekomendasikan", "memeriksa", "memanggil", "kepada", "terhadap",
                        "mengadukan", "adukan",  # "Bawaslu mengadukan sembilan ASN ke KASN"
                        "keterlibatan",  # "dugaan keterlibatan tiga orang ASN"
                        "temukan", "laporkan", "rekomendasikan", "periksa", "panggil", "sanksi", "jatuhkan",
                        "rekomendasi",  # "meneruskan rekomendasi 5 ASN ke KASN"
                        "laporan", "aduan", "pengaduan",  # "menerima laporan 140 ASN": reports on them
                        "menyasar", "menelusuri", "mengusut", "menindak",  # "dugaan ... menyasar tiga ASN"
                        "tindak", "tindaki",  # as spoken: "Baru-baru ini kita tindaki empat ASN"
                        "memergoki", "mendapati",  # caught at it: "Panwaslu memergoki seorang PNS ..."
                        "menangani", "tangani", "memproses", "proses", "mengklarifikasi",  # "menangani 204 ASN"
                        "memroses",  # the spelling without its p: "Bawaslu memroses 17 ASN"
                        # a sanction given, the one who gave it named first: "memberhentikan sementara 219 ASN"
                        "memberhentikan", "menonaktifkan", "mencopot",
                        "keterangan",  # "meminta keterangan tiga ASN": questioned, as "dimintai keterangan"
                        "klarifikasi", "pemanggilan",  # "melakukan klarifikasi tiga ASN": questioned too
                        "bagi",  # "dugaan pelanggaran bagi 45 orang ASN", checked as "kepada"
                        "terlapor", "terlapornya",  # "jumlah terlapornya sebanyak 36 ASN": the ASN reported
                        "ketidaknetralan"}  # "laporan terkait dugaan ketidaknetralan seorang ASN"
# Numbers of ASN that are participants of an event or recruitment, not a headcount.
# Posts to fill and people applying for them: "formasi PPPK sebanyak 12.000" counts no one employed.
RECRUITMENT_NOUNS = {"formasi", "kuota", "lowongan", "pelamar", "pendaftar", "kebutuhan"}
PARTICIPATION_CUES = {
    "mengikuti", "hadir", "menghadiri", "diikuti", "peserta", "dilantik", "formasi", "cpns", "pensiun",
    "diangkat", "menerima", "mendapatkan", "mendaftar", "lulus", "seleksi", "tes", "dimutasi", "dirotasi",
    "menandatangani", "ikrar", "berikrar", "diundang", "sosialisasi", "apel", "melantik", "upacara", "bimtek",
    "pelatihan", "dikumpulkan", "berkumpul", "dilatih", "membacakan", "ikut",
    "terima", "ikuti", "hadiri",  # headlines drop the prefix: "612 PPPK Terima SK"
    "dibayarkan", "thr", "gaji", "tunjangan", "insentif",  # payments: "THR dibayarkan kepada 18.950 pegawai"
    "responden", "survei", "sampel",  # those a survey asked: "responden sebanyak 10.482 ASN"
    "sk", "menyerahkan", "diserahkan", "penyerahan", "kenaikan", "pangkat",  # "menyerahkan SK kenaikan pangkat"
    # a workforce by sex is a part of it: "4.100 pegawai laki-laki dan 3.900 pegawai perempuan"
    "laki-laki", "perempuan", "pria", "wanita",
}
HEADCOUNT_MIN = 1_000  # a region's ASN workforce below this is not plausible (the smallest regencies have more)
# Never a count of violations (the largest annotated is 2,304 nationwide): "satu juta pegawai ... surat teguran"
MAX_VIOLATIONS = 10_000

# Words that link a number back to a noun named before it: "pelanggaran ... sebanyak 12", "ASN ... berjumlah 8.000".
BACK_REFERENCE_LINKS = {"sebanyak", "mencapai", "berjumlah", "sejumlah", "yakni", "yaitu", "total", "tercatat",
                        "adalah", "menjadi", "hanya", "sekitar", "kurang", "lebih",
                        "jumlahnya", "totalnya"}  # "ASN di Kabupaten A jumlahnya 13 ribu"

# National bodies whose figures, given without a region, are national totals.
NATIONAL_BODIES = {"KASN", "BKN", "KemenPAN-RB", "Kemendagri"}

# Candidates related to ASN.
RELATION_CUES = {
    "hubungan", "hubungannya", "berhubungan", "kerabat", "keluarga", "suami", "istri", "anak", "saudara",
    "berlatar", "mantan", "kalangan", "pensiunan", "purnawirawan", "ipar", "menantu",
}

# "tiga calon pernah menjabat sebagai ASN", "dua calon merupakan PNS": a word of being or having been, then ASN.
# "berstatus PNS"; "berstatus petahana" is an incumbent, no ASN
RELATION_BEFORE_ASN = {"sebagai", "merupakan", "adalah", "eks", "bekas", "dari", "berprofesi", "seorang", "berstatus"}

# National scope.
NATIONAL_CUES = {"nasional", "se-indonesia", "seindonesia", "se-tanah"}
NATIONAL_PHRASES = {("seluruh", "indonesia"), ("se", "indonesia"), ("di", "indonesia"), ("tanah", "air"),
                    ("secara", "nasional"), ("tingkat", "nasional"), ("skala", "nasional"),
                    # a figure over many provinces: "ditangani di berbagai provinsi", "di seluruh provinsi"
                    ("berbagai", "provinsi"), ("seluruh", "provinsi")}

# Other offences a story may count ("sembilan kasus politik uang"): a count in the next sentence without a
# word of neutrality continues that story.
OTHER_OFFENCE_CUES = {"politik uang", "money politic", "money politik", "money politics", "pidana pemilu",
                      "kampanye hitam", "hoaks", "narkoba", "korupsi",
                      "pelanggaran pilkada", "pelanggaran pemilu", "pelanggaran pemilihan", "pelanggaran kampanye",
                      "pelanggaran pidana", "tindak pidana", "protokol kesehatan", "prokes"}
# Sentences about other offences (those, the election in general, other kinds of violation) or other topics: a
# count there is not a neutrality violation.
OTHER_TOPIC_CUES = OTHER_OFFENCE_CUES | {
    "kecelakaan", "covid", "positif", "logistik", "surat suara", "tps", "kotak suara", "dpt",
    "administrasi", "administratif", "kode etik",
}
# Kinds of violation named right after a count that make it not (only) a neutrality count.
OTHER_VIOLATION_KINDS = {"administrasi", "administratif", "pidana", "etik", "politik uang", "money politic",
                         "money politik", "money politics",
                         "kode etik penyelenggara", "hoaks", "sengketa", "lainnya", "protokol kesehatan", "prokes",
                         # buying votes with groceries or cash: "yakni ... ASN dan bagi-bagi sembako"
                         "bagi-bagi sembako", "bagi-bagi uang", "membagi-bagikan uang", "membagikan uang",
                         "pembagian uang", "pembagian sembako",
                         # Bawaslu's class of the other laws' offences, set beside the ASN's when named apart
                         "hukum lainnya",
                         # an apparatus's other duty besides neutrality: "empat kasus pelanggaran profesionalitas"
                         "profesionalitas", "profesionalisme"}
# A count of cases followed by the election or its stage, with no word of neutrality, counts violations of the
# election in general: "2.100 pelanggaran Pilkada", "17 dugaan pelanggaran selama kampanye".
ELECTION_OFFENCE_WORDS = {"pemilu", "pemilihan", "kampanye", "tahapan", "pileg", "pilpres", "apk",
                         *REGIONAL_ELECTION_NAMES}
# The election's own ad hoc officers, whose neutrality is also watched: "PPS yang tidak netral (17 kasus)". Not
# "PPK" (also the Pejabat Pembina Kepegawaian who sanctions ASN) nor the Bawaslu's bodies that report cases.
ELECTION_OFFICERS = {"pps", "kpps", "pengawas adhoc", "pengawas ad hoc", "pengawas ad-hoc", "ppk/pps",
                     "sekretariat ppk", "pantarlih", "badan adhoc", "badan ad hoc", "badan ad-hoc"}
# People whose neutrality is also watched but who are not ASN: a count of their cases is not an ASN count.
OTHER_ACTORS = {"kepala desa", "kades", "perangkat desa", "aparatur desa", "aparat desa", "tni", "polri",
                "anggota polisi",
                # village heads by their regional titles
                "kepala kampung", "perangkat kampung", "perbekel", "kepala pekon", "wali nagari", "geuchik",
                "keuchik", "kepala gampong", "kepala lembang", "hukum tua", "kapitalaung", "kapitalau",
                # the village's other officers and bodies
                "kepala dusun", "kadus", "dukuh", "kepala dukuh", "bpd", "ketua rt", "ketua rw", "rt/rw",
                "pejabat desa",
                # state companies' staff: "pejabat BUMN/BUMD 8 kejadian"
                "bumn", "bumd", "bumn/bumd",
                # contract workers of state programmes: "pendamping program keluarga harapan (PKH)", "pendamping desa"
                "pendamping pkh", "pendamping program keluarga harapan", "pendamping desa",
                "program keluarga harapan", "pkh",  # "satu kasus pelanggaran netralitas program keluarga harapan"
                "tenaga pendamping",
                # the government's staff who are no civil servants: "pegawai tidak tetap (PTT)" (honorer staff are
                # counted apart already, and what they did is typed as the annotators do)
                "pegawai tidak tetap", "ptt", "tenaga harian lepas", "thl"
                } | ELECTION_OFFICERS
# Parties to an election whose violations are counted in neutrality stories: "paslon nomor tiga sebanyak 19
# pelanggaran", "pelanggaran yang dilakukan oleh penyelenggara sebanyak 28".
OTHER_OFFENDERS = {"paslon", "pasangan calon", "parpol", "partai politik", "penyelenggara", "peserta pemilu",
                   "tim kampanye", "tim sukses", "timses",
                   # the election commission, and the state's elected officials: "KPU mengabaikan rekomendasi
                   # Bawaslu (4 kasus)", "Pejabat negara ikut berkampanye tanpa cuti (2 kasus)"
                   "kpu", "pejabat negara"}
# Elected members and the public, who may be counted in one group with ASN: "terdiri dari ASN dan anggota DPRD"
ELECTED_OR_PUBLIC = {"anggota dprd", "anggota dewan", "legislator", "warga", "masyarakat"}
# The sources a count of cases may come from: Bawaslu's own findings, and reports or complaints from the public.
SOURCE_NOUNS = {"temuan", "laporan", "aduan", "pengaduan"}
# What a neutrality count is said to be part of is a total of every kind: "termasuk dalam total 138 laporan"
WIDER_TOTAL_PHRASES = {("bagian", "dari"), ("termasuk", "dalam"), ("termasuk", "di", "dalam")}  # not "di dalamnya"
# Words that open the breakdown of a count: "tiga pelanggaran, yakni satu politik uang dan dua netralitas ASN".
BREAKDOWN_OPENERS = {"yakni", "yaitu", "meliputi", "terdiri", "mencakup", "rinciannya", "rincian",
                     # "3 ASN, dengan jenis pelanggaran 2 pidana dan 1 netralitas ASN"
                     "jenis",
                     # "96 perkara ... mulai dari pelanggaran protokol kesehatan hingga ...", "dua dugaan pelanggaran
                     # ..., pertama dugaan pelanggaran pidana dan kedua ..."
                     "mulai", "pertama"}
# The same people as a paragraph names them, for what the paragraph says they did (violation types).
NON_ASN_ACTORS = OTHER_ACTORS | {"polisi", "prajurit", "propam", "babinsa"}
# Civil servants by any title, as a paragraph names them.
ASN_ACTORS = {"asn", "pns", "aparatur", "pegawai", "pejabat", "camat", "lurah", "kepala dinas", "kepala sekolah",
              "kepala distrik", "kepala bidang", "kepala badan", "kepala opd", "guru", "sekda", "sekretaris daerah",
              "eselon", "pppk", "p3k", "opd", "skpd", "kadis", "birokrat", "abdi negara"}
# The words of neutrality itself, without the civil servants ("aparatur" is also in "Komisi Aparatur Sipil Negara")
NEUTRALITY_WORDS = {"netral", "netralitas", "ketidaknetralan"}
NEUTRALITY_CUES = NEUTRALITY_WORDS | {"asn", "pns", "pegawai", "aparatur"}

# Words that end a clause for the status window.
# Words that turn to another matter: "... secara nasional, sementara di Provinsi Jambi terdapat 25 kasus"
CONTRAST_WORDS = {"sedangkan", "sementara", "namun", "tetapi", "tapi", "adapun"}
CLAUSE_BREAKS = {",", ";", ":", "sedangkan", "sementara", "namun", "tetapi", "tapi", "dan", "serta", "(", ")"}
# Tokens right before a number that make it not a count ("tanggal 14", "pukul 10", "Pasal 2").
NOT_A_COUNT_BEFORE = {
    "tanggal", "tgl", "pukul", "jam", "nomor", "no", "no.", "pasal", "ayat", "tahun", "rp", "rp.", "uu", "pp",
    "undang-undang",
    "perppu", "perpres", "halaman", "kilometer", "km", "lantai", "rt", "rw", "nomer", "periode", "angka",
    # a rank: "urutan ketiga", "peringkat 2", "posisi kedua"
    "urutan", "peringkat", "posisi", "ranking", "rangking",
}
SHARE_UNITS = {"%", "persen", "persennya"}  # after a number, a share of those counted: "sekitar 86% di antaranya"

# Election mentions. Keys are lower-case token sequences; values the contract's election_type.
REGIONAL_OFFICES = (("gubernur",), ("bupati",), ("walikota",), ("wali", "kota"))  # the offices a pilkada fills
ELECTION_TERMS = {
    **{(name,): "pilkada" for name in REGIONAL_ELECTION_NAMES},
    ("pemilukada",): "pilkada",
    ("pemilihan", "kepala", "daerah"): "pilkada",
    ("pemilihan", "umum", "kepala", "daerah"): "pilkada",  # "Pemilihan Umum Kepala Daerah (Pilkada) 2024"
    ("pemilu", "kepala", "daerah"): "pilkada",
    ("pemilihan", "gubernur"): "pilkada",
    ("pemilihan", "bupati"): "pilkada",
    ("pemilihan", "wali", "kota"): "pilkada",
    ("pemilihan", "walikota"): "pilkada",
    # "Pilkada Gubernur dan Wakil Gubernur Kaltara": the office is part of the election's name
    **{(name, *office): "pilkada" for name in ("pilkada", "pemilukada") for office in REGIONAL_OFFICES},
    ("pemilihan", "serentak"): "pilkada",  # KPU's name for the 2024 regional elections; the Pemilu is "Pemilu"
    ("pemilu",): "pemilu",
    ("pemilihan", "umum"): "pemilu",
    ("pileg",): "pileg",
    ("pilcaleg",): "pileg",
    ("pemilihan", "legislatif"): "pileg",
    ("pemilihan", "anggota", "legislatif"): "pileg",
    ("pemilu", "legislatif"): "pileg",
    ("pemilihan", "umum", "legislatif"): "pileg",
    ("pilpres",): "pilpres",
    ("pemilihan", "presiden"): "pilpres",
    ("pemilu", "presiden"): "pilpres",
    ("pemilihan", "umum", "presiden"): "pilpres",
    # both races of the general election named together: the Pemilu
    ("pilpres", "dan", "pileg"): "pemilu",
    ("pileg", "dan", "pilpres"): "pemilu",
}

# Roles of people in these stories (title case as written; matched case-insensitively on the first token).
ROLE_TERMS = [
    "Sekretaris Daerah", "Sekda", "Sekdakab", "Sekdakot", "Sekdaprov", "Penjabat Sekda", "Pj Sekda",
    "Bupati", "Wakil Bupati", "Wali Kota", "Walikota", "Wakil Wali Kota", "Gubernur", "Wakil Gubernur",
    "Penjabat Bupati", "Pj Bupati", "Penjabat Wali Kota", "Pj Wali Kota", "Penjabat Gubernur", "Pj Gubernur",
    "Ketua", "Wakil Ketua", "Anggota", "Kepala", "Sekretaris", "Koordinator Divisi", "Kordiv", "Komisioner",
    "Asisten", "Asisten I", "Asisten II", "Asisten III", "Camat", "Inspektur", "Plt Kepala", "Plt. Kepala",
    "Kabid", "Kepala Bidang", "Kasubbag", "Ketua Divisi", "Direktur", "Deputi", "Menteri", "Kapolres",
]

# Officials counted by title, who may be ASN running for office: "dua kepala dinas mencalonkan diri".
OFFICIAL_NOUNS = {"pejabat", "camat", "lurah", "kadis", "sekda", "penjabat", "pj", "tokoh", "kepala", "asisten",
                  "kabid", "birokrat", "pimpinan", "sekretaris"}
# One official named by title (and name), with no number: the titles that need no second word ("kepala" needs
# "dinas", "sekretaris" "daerah", "pj" the head it acts as)
SINGLE_OFFICIAL_TITLES = {"sekda", "kadis", "kabid", "camat", "asisten"}
HEADS_ACTING_FOR = {"bupati", "wali", "walikota", "gubernur"}  # "Pj Bupati A": an ASN acting as the head
# Words between the official and the verb that says they run: "pun menyatakan siap maju", "resmi mendaftar"
RUNNING_LEADS = {"pun", "juga", "menyatakan", "siap", "akan", "resmi", "telah", "sudah", "memastikan", "memutuskan",
                 "berencana", "bakal", "dikabarkan", "kini"}
RESIGNING = {"mengajukan", "menyerahkan", "menyampaikan"}  # "menyerahkan surat pengunduran diri"
# The race said in the sentence, so that "mundur" is to run, not only to leave the post
RACE_NAMED = {"pilkada", "pileg", "pemilu", "calon", "bakal", "caleg", "bacaleg", "pencalonan", "bupati", "gubernur",
              "wali", "walikota", "dprd", "legislatif", "kontestasi"}
# Words between the official and the verb that says what was found or done of them: "juga telah dilaporkan"
# What joins the persons of a list: "berstatus ASN, kepala kampung dan aparat kampung", "Camat berinisial A, Kabid ..."
PERSON_LIST_JOINS = {",", "dan", "serta", "maupun"}
VIOLATION_LEADS = {"pun", "juga", "telah", "sudah", "resmi", "kini", "akhirnya", "sempat"}
# Officials whom the reports count apart from the ASN (a lurah, a public figure), whatever their status
NOT_COUNTED_AS_ASN = {"lurah", "tokoh"}
# Standing for office: "mencalonkan diri", "maju sebagai calon", "ikut bertarung", "mundur untuk maju".
# (also the resignation as a noun: "menyerahkan surat pengunduran diri agar bisa maju")
CANDIDACY_CUES = {"mencalonkan", "dicalonkan", "maju", "bertarung", "mundur", "mengundurkan", "pengunduran", "bacaleg",
                  "bacalon", "balon", "cakada", "berkontestasi", "kontestan", "nyalon", "mencalon", "nyaleg",
                  "berkompetisi"}  # "empat ASN yang ingin berkompetisi di Pilkada"
# "terdaftar sebagai bacaleg", "menjadi calon anggota legislatif", "mendeklarasikan diri sebagai bakal calon"
CANDIDACY_PHRASES = {("sebagai", "calon"), ("sebagai", "bakal"), ("menjadi", "calon"), ("menjadi", "bakal"),
                     ("merupakan", "calon"), ("merupakan", "bakal"),  # "dua kepala dinas yang merupakan bakal calon"
                     ("sebagai", "caleg"), ("ikut", "pilkada"), ("ikut", "pemilu"), ("ikut", "pileg"),
                     ("daftar", "sebagai"), ("mendaftar", "sebagai"), ("terdaftar", "sebagai"),
                     ("daftar", "caleg"), ("mendaftar", "caleg"), ("menjadi", "caleg"), ("jadi", "caleg"),
                     ("jadi", "bakal"), ("jadi", "calon"), ("mendaftar", "jadi"),  # "Mendaftar Jadi Bakal Caleg"
                     # "mengikuti kontestasi Pilkada": running in the election, not attending a candidate's event;
                     # "cuti di luar tanggungan negara", "pensiun dini": the leave or early retirement taken to run
                     ("mengikuti", "kontestasi"), ("mengikuti", "pencalonan"), ("ikut", "kontestasi"),
                     ("luar", "tanggungan"), ("pensiun", "dini"),
                     # "mengambil formulir pendaftaran bakal calon", "tercatat dalam daftar calon sementara",
                     # "ikut penjaringan bakal calon bupati" (a party's screening of its candidates; not "saat
                     # proses penjaringan", when others were screened)
                     ("mengambil", "formulir"), ("daftar", "calon"), ("ikut", "penjaringan"),
                     ("mengikuti", "penjaringan"),
                     ("dalam", "kontestasi")}  # "154 ASN yang mendaftar dalam kontestasi pemilihan"

# Words the fact rules read (nlp/facts/).
# Words that may follow a number that has no noun of its own ("sebanyak 12 pada Pilkada 2024").
NOUNLESS_FOLLOWERS = {"orang", "dan", "yang", "pada", "di", "dalam", "selama", "sepanjang", "hingga", "sejak",
                      "sampai", "tahun", "itu", "saja", "lebih", "se", "untuk", "dari",
                      "ya", "lho", "kok"}  # the spoken particles of a quote: "sudah 300 ya yang ditindaklanjuti"
PARTITIVE_WORDS = {"di", "antaranya", "diantaranya", "lainnya"}
# A spoken hedge before a number ("lebih dari kalau tidak salah 300"): no "salah satu" (one of), and no noun of its own
HEDGES = {("kalau", "tidak", "salah"), ("kalau", "tak", "salah"), ("jika", "tidak", "salah")}
NOT_NEUTRAL = {("tidak", "netral"), ("tak", "netral")}
ELEMENTS_MET = {("memenuhi", "unsur")}  # "8 ASN memenuhi unsur pelanggaran": found to have violated
NOT_NEUTRAL_REACH = 6  # words after the ASN counted: "3 ASN di Kabupaten A dinyatakan tidak netral"
# What a body says it did to the ASN counted, in the spoken passive: "Ada dua ASN yang kita laporkan"
ACTED_ON_BY_US = {
    (we, verb)
    for we in ("kami", "kita")
    for verb in ("laporkan", "proses", "periksa", "tangani", "rekomendasikan", "temukan", "panggil", "teruskan")
}
NEGATIONS = {"tidak", "tak", "belum", "bukan"}
QUESTION_WORDS = {"apakah", "benarkah"}
NEGATION_ENDS = {"dan", "serta", "atau", "tetapi", "namun", "sedangkan", "karena"}
# Modal and manner words between a negation and its verb, which the negation reaches past: "tidak bisa terburu-buru
# menjatuhkan sanksi", "belum akan dijatuhi sanksi"
NEGATED_VERB_MODIFIERS = {"bisa", "dapat", "akan", "mau", "boleh", "perlu", "ingin", "pernah", "langsung", "segera",
                          "serta-merta", "terburu-buru", "buru-buru", "gegabah", "sembarangan", "asal", "mungkin"}
# Outcomes a negated verb may take two of, joined by "atau": "belum menerima hasil atau putusan KASN" denies both
DENIED_OUTCOME_NOUNS = {"putusan", "keputusan", "rekomendasi", "rekom", "sanksi", "hukuman", "teguran", "hasil"}
COMPLEMENT_MARKERS = {"oleh", "dengan"}  # a verb's agent and manner: a negation of the verb reaches over them
TOPIC_MARKERS = {"untuk", "bagi"}  # right before a number: what the sentence is about ("Untuk 5 ASN ...")
PURPOSE_WORDS = ("untuk", "agar", "supaya", "sebelum")  # "... sebelum menjatuhkan hukuman disiplin"
# What a recommendation may ask for that decides nothing yet: "direkomendasikan ... untuk dilakukan kajian"
EXAMINATION_WORDS = {"kajian", "dikaji", "pengkajian", "pemeriksaan", "diperiksa", "klarifikasi", "diklarifikasi",
                     "penelusuran", "ditelusuri", "investigasi", "pendalaman", "didalami", "penyelidikan"}
# Words that name a body as the source of a figure: "data BKN", "menurut KASN", "catatan Bawaslu RI".
SOURCE_MARKERS = {"data", "menurut", "versi", "catatan", "rilis"}
# Recorded at, come in to or handled by a body: "pelanggaran yang tercatat di Bawaslu RI ... mencapai 158 laporan",
# "satu laporan masuk ke Bawaslu Yahukimo", "2 kasus yang ditangani oleh Bawaslu Kota A"
RECEIVED_BY = {"tercatat", "terdata", "masuk", "diterima", "ditangani", "diregistrasi", "teregistrasi"}
RECEIVED_BY_LINKS = {"di", "ke", "oleh"}
RECORDED_BY = {"dicatat", "dihimpun", "didata"}  # passives the body follows: "pelanggaran yang dicatat Bawaslu RI"
RECORDING_VERBS = {"mencatat", "menerima", "merilis", "mendata", "menyebut", "mencatatkan", "melansir", "menangani",
                   "catat", "terima", "rilis", "temukan", "menemukan", "tangani", "mengungkapkan", "mengungkap",
                   "menyampaikan", "memaparkan", "membeberkan", "melaporkan", "ungkap"}  # headlines drop the prefix
# Verbs of deciding after which the clause of what was decided begins: "Bawaslu memutuskan 314 di antaranya ...".
DECIDING_VERBS = {"memutuskan", "menetapkan", "menyatakan"}
# A body's verb for the cases it decided on, its own tally: "KASN telah merekomendasikan 131 kasus" (not
# "KASN sudah menjatuhkan sanksi kepada tiga ASN", said of the ASN a regional body reported).
BODY_DECISION_VERBS = {"merekomendasikan"}
# Verbs of saying after which a clause of its own begins: "Asep mengatakan enam di antaranya ..."
# The short verbs of a speech tag set between commas: "Dari jumlah itu, kata Ali, 10 diantaranya terbukti"
SPEECH_TAG_VERBS = {"kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "sebut", "imbuh", "terang", "lanjut", "tegas"}
SPEECH_VERBS = {"mengatakan", "menyebut", "menjelaskan", "mengungkapkan", "menyampaikan", "menuturkan",
                "menambahkan", "menegaskan", "kata", "ujar", "bahwa"}
# Words that link a subject described before them to its number: "yang dijatuhi sanksi ada 183 ASN".
# Words that name what comes next: "Lima pelanggaran tertinggi adalah ...", "jenis sanksinya yaitu ..."
NAMING_WORDS = {"adalah", "yaitu", "yakni", "ialah", ":"}
COUNT_LINKS = {"ada", "sebanyak", "mencapai", "berjumlah", "sejumlah", "yakni", "yaitu", "tercatat", "baru",
               "jumlahnya"}
# Nouns of a complaint or case: "aduan pelanggaran ... yang melibatkan 431 ASN".
CASE_NOUNS_BEFORE = {"pelanggaran", "aduan", "laporan", "kasus", "dugaan", "temuan"}
# Staff who are no ASN: a total counted with them ("ASN 10 ribu, tenaga honorer 7 ribu, total pegawai 17 ribu") is
# no ASN headcount
NON_ASN_STAFF = {"honorer", "non-asn", "non", "kontrak", "ptt", "outsourcing", "thl"}
HEADCOUNT_BLOCKERS = {"aduan", "pengaduan", "pelanggaran", "dugaan", "laporan", "dilaporkan", "melanggar", "kasus",
                      "terlapor", "sanksi"}
# Verbs right before a number that make it the size of a workforce.
WORKFORCE_VERBS = {"memiliki", "mempekerjakan", "mempunyai", "punya", "berjumlah", "membawahi", "menaungi"}
# Superlatives that rank regions: "Sultra terbanyak", "tertinggi di Jawa Tengah" (also near a region in a lead).
RANK_SUPERLATIVES = {"terbanyak", "tertinggi", "teratas", "terendah"}
RANKING_CUES = RANK_SUPERLATIVES | {"disusul", "urutan", "peringkat", "terbesar", "tersedikit"}
RANKING_PHRASES = {("paling", "banyak"), ("paling", "tinggi"), ("paling", "besar"), ("paling", "sedikit"),
                   ("paling", "rendah")}
# Words opening a sentence that goes on with the list before it: "Kemudian Konawe Selatan tujuh ASN, ..."
LIST_CONTINUATIONS = {"kemudian", "disusul", "lalu", "selanjutnya", "berikutnya", "sedangkan", "sementara",
                      "setelahnya"}
RANGE_WORDS = ("hingga", "sampai", "-", "–")
LIST_LINKS = {",", "dan", "serta"}
MODALS = {"bisa", "mungkin", "boleh"}
PLACE_WORDS = {"di", "dari", "lingkungan", "lingkup", "asal"}
# Words between an elided noun's number and the status that follows it: "enam sudah kami rekomendasikan", "hanya
# dua yang terbukti", "keenamnya sudah ada putusan KASN".
STATUS_FILLERS = {"sudah", "telah", "kami", "kita", "resmi", "akhirnya", "kemudian", "yang", "ada"}
COUNT_PREDICATES = {"yaitu", "yakni", "sebanyak", "mencapai", "sejumlah", "dengan", "total", "berjumlah"}
CONDITIONS = {"jika", "apabila", "bila", "kalau", "jikalau"}
STRICT_CONDITIONS = CONDITIONS - {"kalau"}  # "kalau" is also "that": "memutuskan kalau 314 kasus ..."
EXISTENCE_WORDS = {"ada", "terdapat"}  # "Ada 356 kasus": that there are, not what became of them
# Words that say cases are there or happened, and nothing of what became of them
PRESENCE_WORDS = EXISTENCE_WORDS | {"terjadi", "dugaan", "tercatat"}
# The words before a number that make it a bound, not a count: "kurang dari 6 orang", "tidak sampai seribu kasus"
# ("not even a thousand"), "tak lebih dari 20", "di bawah 10 laporan"
UPPER_BOUNDS = {("kurang", "dari"), ("tidak", "sampai"), ("tak", "sampai"), ("belum", "sampai"), ("lebih", "dari"),
                ("di", "bawah")}
# as often written: "Selebihnya dibawah lima kasus"; a bound passed: "sudah melewati seribu perkara"
UPPER_BOUND_WORDS = {"dibawah", "melewati", "melampaui"}
# A rate, not a count: "setiap hari ada 25 laporan", "rata-rata 10 kasus per minggu"
RATES = {(each, period) for each in ("setiap", "tiap", "per") for period in ("hari", "minggu", "pekan", "bulan")}
RATE_REACH = 4  # words before or after the number where its period is said
# "tidak hanya satu temuan", "bukan cuma dua kasus": more than the number, which counts nothing
NOT_ONLY = {(no, only) for no in ("tidak", "tak", "bukan") for only in ("hanya", "cuma", "sekadar", "sekedar")}
NEGATIONS_OF_MORE = {"tidak", "tak"}  # "tidak lebih dari 20": at most; "lebih dari 20" alone is a count's floor
# Words before a year: "di awal 2015", "sejak 2019", "pada 2020"
TIME_WORDS = {"awal", "akhir", "pertengahan", "sejak", "pada", "tahun", "hingga", "sampai", "selama", "periode"}
# Verbs after "dan" that go on saying what became of the same count.
# Verbs by which a body hands its decision on: "dan telah menyampaikan rekomendasi kepada BKN"
HANDING_ON = {"menyampaikan", "memberikan", "mengeluarkan", "menerbitkan", "mengirimkan", "mengirim", "menyerahkan",
              "meneruskan"}
DECIDED_NEXT = PROVEN_CUES | SANCTION_GIVEN_CUES | {"diteruskan", "ditindaklanjuti"}
# Nouns of a decision right before "untuk": "rekomendasi untuk enam ASN".
DECISION_NOUNS = SANCTION_CUES | PROVEN_CUES | {"teguran", "laporan"}
# Words that make a passage one about violations.
VIOLATION_WORDS = ASN_VIOLATION_CUES | {"pelanggaran", "temuan", "kasus", "aduan", "laporan", "terlapor"}
VIOLATION_OR_SANCTION = frozenset(VIOLATION_WORDS | SANCTION_CUES)
# Words that open the status of a number whose noun is left out: "enam terbukti ...".
STATUS_OPENERS = PROVEN_CUES | SANCTION_CUES | {"dinyatakan", "diberi", "mendapat", "mendapatkan", "memperoleh"}
# Phrases that refer back to a figure given before: "dari jumlah itu", "di antaranya".
ANAPHORA = {(noun, this) for noun in ("jumlah", "angka", "total", "laporan", "kasus", "data", "temuan", "aduan",
                                      "pelanggaran", "catatan")
            for this in ("itu", "tersebut", "ini")} | {("di", "antaranya")}
# Words that make a list of regions and figures one of violations.
# "... merekomendasikan 29 ASN ke KASN. Rinciannya, A 12 ASN, ...": recommended or sanctioned ASN are violators
LIST_VIOLATION_WORDS = (
    VIOLATION_WORDS | RECOMMENDATION_CUES | SANCTION_GIVEN_CUES | {"dugaan", "dilaporkan", "terbukti", "sanksi"}
)
# A count dismissed, not of violations: "17 kasus tidak memenuhi unsur", "108 ASN tidak terbukti melanggar",
# "14 kasus yang masuk kategori bukan pelanggaran", "6 laporan dihentikan" ("belum terbukti" is still pending).
DISMISSING_NEGATIONS = NEGATIONS - {"belum"}
DISMISSED_WHEN_NEGATED = {"terbukti", "memenuhi", "terpenuhi", "pelanggaran", "melanggar", "cukup", "diproses"}
DISMISSAL_WORDS = {"dihentikan", "gugur", "digugurkan", "dibatalkan", "ditolak"}  # "26 aduan dibatalkan"
# A verdict that may dismiss: "diputuskan tidak melanggar", "dinyatakan tidak terbukti"
VERDICT_WORDS = DECIDED_WORDS | {"dinyatakan"}
DISMISSAL_REACH = 8  # words after the counted noun where its dismissal is said
WITNESS_WORDS = {"saksi", "saksi-saksi"}  # "3 ASN diperiksa sebagai saksi": questioned about others' cases
# A report's registration, a stage of its handling: "90 diregister, 30 tidak diregister, belum diregister 8"
REGISTRATION_WORDS = {"diregister", "diregistrasi", "teregistrasi", "terregistrasi", "teregister", "registrasi",
                      "diregistrasikan", "register"}
REGISTRATION_REACH = 3  # words after the counted noun, or before the number, where its registration is said
# Words of what is to come: "akan dijatuhi sanksi" is a sanction decided, not yet given.
FUTURE_WORDS = {"akan", "bakal"}
# A forecast, not a count: "KASN memprediksi pelanggaran ... akan mencapai 10.000 kasus".
PREDICTION_WORDS = {"memprediksi", "memperkirakan", "diprediksi", "diperkirakan", "memproyeksikan", "diproyeksikan",
                    "prediksi", "perkiraan", "proyeksi"}
PREDICTED_GROWTH = {("akan", "mencapai"), ("akan", "bertambah"), ("akan", "meningkat"), ("bakal", "mencapai")}
# fmt: on

# Passive verbs the press splits ("di periksa", "di rekomendasikan"): read as one word, as the cues above have them
SPLIT_PASSIVES = frozenset(
    word
    for word in REPORTED_CUES
    | PROVEN_CUES
    | SANCTION_GIVEN_CUES
    | ASN_VIOLATION_CUES
    | SANCTION_CUES
    | DECIDED_NEXT
    | DISMISSAL_WORDS
    if word.startswith("di") and len(word) > 5
)

# Words the rules read that the press mistypes ("pelangaran", "merakomendasikan"): a word one letter away is read
# as the word (`doc_data.mended`)
MISTYPED_WORDS = (
    "pelanggaran",
    "netralitas",
    "ketidaknetralan",
    "direkomendasikan",
    "merekomendasikan",
    "rekomendasikan",
    "ditindaklanjuti",
    "menindaklanjuti",
    "dilaporkan",
    "diteruskan",
    "dijatuhi",
    "diberhentikan",
)

# Words that present a figure as the sum of those counted before it: "Jadi totalnya ada sembilan PNS", "..., yang
# jumlahnya ada 15 kasus"
TOTAL_WORDS = {"total", "totalnya", "jumlah", "jumlahnya", "seluruhnya", "keseluruhannya"}
