"""Violation types of an article: the taxonomy's rules (regular expressions) and the keywords that let a rule
skip the lines that cannot match it.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import ahocorasick_rs

from analysis.ingest.metadata import fold_case
from analysis.nlp import lexicon as lx
from analysis.nlp.rule_words import required_words

# Support shown through social media is labelled media_sosial alone, as set A's annotators label it: "memberikan
# dukungan melalui media sosial", "dukungan ke paslon di medsos"
NOT_THROUGH_SOCIAL_MEDIA = r"(?! (\w+ ){0,3}(di|melalui|lewat|via) (media sosial|medsos|media online|media daring))"
# Support given to the election itself or to its bodies ("dukungan penuh kepada Bawaslu", "dukungan anggaran untuk
# pengawasan"), not to a candidate
NOT_FOR_THE_ELECTION = (
    r"(?! (\w+ ){0,3}(bawaslu|kpu|panwas\w*|penyelenggara\w*|pengawas\w*|pelaksanaan|kelancaran|menyukseskan|"
    r"suksesnya|anggaran|moril|netralitas))"
)


def _nothing_said_before(words: str) -> str:
    """From the sentence's start (a line's, or after ". ") to the match, none of the words."""
    return rf"(?:(?<![^\n])|(?<=[\.!?] ))(?:(?![\.!?] |\b(?:{words})\b)[^\n])*?"


# Social media a patrol watched ("patroli media sosial Bawaslu", "berpatroli di tiga media sosial, yakni facebook,
# ..."): how a case was found, not what an ASN did there
PATROL_WORDS = "patroli|berpatroli"
NOTHING_PATROLLED_BEFORE = _nothing_said_before(PATROL_WORDS)
# Where something spread afterwards, said anywhere before in the sentence ("viral di media sosial", "videonya menjadi
# viral di berbagai platform media sosial", "rekaman itu disebar seorang peserta lewat media sosial", "warga diminta
# tidak percaya kabar bohong di media sosial", "kasus itu ramai di media sosial", "warga bisa melapor lewat media
# sosial"), or a patrol watched: how it became known, not what an ASN did there
NOTHING_SPREAD_BEFORE = _nothing_said_before(
    rf"viral|memviralkan|ramai|beredar|tersebar|menyebar|disebar\w*|sebaran|penyebaran|hoaks|kabar bohong|melapor|"
    rf"{PATROL_WORDS}"
)
NOT_A_SHARE_BUTTON = r"(?! [\w-]+\.(com|co|id|net)\b)"  # "Facebook JPNN.com": the outlet's domain after the network
# Candidates as the rules name them: a candidate, a pair, a regional candidate by office, the incumbent, a
# prospective one ("balon", also the start of "balonbup", "balonwali": the rules need no word end after it)
CANDIDATES = "calon|caleg|paslon|bapaslon|bacalon|cabup|cagub|cawalkot|petahana|balon"
# fmt: off
# The rules and keywords are data, one code per block: kept dense as written, not one item per line.
VIOLATION_RULES: dict[str, list[str]] = {
    "media_sosial": [
        # not where what was done spread afterwards ("terekam dalam video yang viral di media sosial", "kabar yang
        # beredar di beberapa grup WhatsApp", see NOTHING_SPREAD_BEFORE): how it became known, not what the ASN did
        # (nor where none was: "pelanggaran di media sosial belum ada")
        rf"{NOTHING_SPREAD_BEFORE}\bmedia sosial(?! (belum|tidak|tak) ada| nihil)",
        rf"{NOTHING_SPREAD_BEFORE}\bmedsos\b",
        r"\bmeng?-?like\b", r"\blike\b", r"\bmemposting\b", r"\bpostingan\b",
        # not a blog's comment form ("Posting Komentar" under the article, "Komentar telah ditutup", "Tulis komentar
        # ... di kolom komentar")
        r"\bposting\b(?! komentar)", r"\b(?<!tulis )komen(tar)?\b(?= |,)(?! (telah |sudah )?ditutup| artikel)",
        r"\bshare\b(?! yuk)", r"\bfollow\b", r"\bmengunggah\b",  # (not a page's button: "Share Yuk !")
        r"\bunggahan\b",
        # not a page's share buttons ("Facebook JPNN.com Twitter JPNN.com"): the network, then the outlet's domain
        # nor the networks a patrol watched ("berpatroli di tiga media sosial, yakni facebook, ..."), nor a photo's
        # credit ("[Facebook Humas Pemkab A]")
        rf"{NOTHING_PATROLLED_BEFORE}\bdunia maya\b",
        rf"{NOTHING_PATROLLED_BEFORE}\b(?<!\[)facebook\b{NOT_A_SHARE_BUTTON}(?! comments?\b)",  # a comment box
        rf"{NOTHING_PATROLLED_BEFORE}\binstagram\b", r"\btiktok\b",
        r"\bstatus whatsapp\b",
        rf"{NOTHING_PATROLLED_BEFORE}\b(?<!\.)(?<!/)twitter\b(?!\.com){NOT_A_SHARE_BUTTON}",  # nor "pic.twitter.com"
        # not the way a statement reached the press ("kata X melalui grup WhatsApp") nor the news as a source
        # ("informasi dari pemberitaan media online")
        # not a body's channel that streamed an event ("disiarkan di kanal YouTube Bawaslu")
        rf"{NOTHING_SPREAD_BEFORE}\b(?<!melalui )(?<!lewat )(?<!salah satu )grup whatsapp\b",
        rf"{NOTHING_PATROLLED_BEFORE}\b(?<!kanal )(?<!channel )(?<!siaran )youtube\b",
        # a status posted ("memasang status bergambar calon bupati", "Pasang Status Calon Bupati")
        r"\b(pasang|memasang|bikin|membuat|mengunggah) status\b",
        r"\b(?<!pemberitaan )(?<!berita )(?<!pemberitaan sebuah )media (online|daring)\b",
        r"\bsosial media\b", r"\bsosmed\b",
    ],
    "dukungan_calon": [
        # not a declaration of support ("deklarasi dukungan kepada calon": attending it is the declaration)
        r"\b(?<!deklarasi )dukungan (asn |pns )?(pada|kepada|terhadap|untuk) (salah satu |para )?(bakal )?"
        rf"({CANDIDATES}|pasangan|kandidat|bacaleg|capres|cawapres)",
        rf"\bmendukung (secara [\w-]+ )?(salah satu |satu |para )?(bakal )?(pasangan )?({CANDIDATES}|pasangan calon|"
        r"kandidat|capres|"
        r"peserta pemilu)",
        # a candidate helped, accompanied or welcomed: "memfasilitasi salah seorang caleg", "mendampingi paslon",
        # "ikut menyambut salah satu pasangan calon di bandara"
        rf"\b(memfasilitasi|mendampingi|menyambut|menjemput) (kedatangan )?(salah (satu|seorang) )?(bakal )?"
        rf"(pasangan )?({CANDIDATES}|kandidat)",
        # taking part in a candidate's own activities: "ikut dalam kegiatan salah satu pasangan calon" (attending
        # an event of theirs, "menghadiri acara salah satu pasangan calon", is not by itself)
        r"\b(ikut|terlibat)( dalam| di| pada)? (kegiatan|acara) (salah satu |para )?"
        r"(bakal )?(pasangan calon|paslon|calon|kandidat|caleg)",
        r"\bmengantar\w* (\w+ ){0,3}(mendaftar|pendaftaran)", r"\b(pose|simbol|gestur) (jari|tangan)",
        r"\bfoto bersama (bakal )?(calon|paslon|caleg)", r"\btim sukses\b",
        # in a candidate's team ("menjadi tim ahli atau tim pemenangan", "terlibat dalam tim relawan"); not the team
        # that files a report, nor a meeting of it where state property was used (that is fasilitas_negara alone)
        r"\b(menjadi|sebagai|anggota|bergabung (dalam|dengan|ke)|terlibat( dalam)?|masuk|ikut( dalam)?) (\w+ ){0,3}"
        r"tim (pemenangan|relawan)\b",
        r"\bsurat dukungan\b",  # "memberikan surat dukungan disertai fotokopi KTP" to a candidate
        # wearing the colours of a candidate's volunteers: "mengenakan atribut relawan salah satu bapaslon"
        rf"\batribut (relawan|tim pemenangan|tim sukses) (salah satu )?(bakal )?(pasangan )?({CANDIDATES}|kandidat)",
        # a candidate's village coordinator, a visit to their campaign post, an approach to them
        rf"\b(menjadi|sebagai) (kordes|korcam|korlap|koordinator (desa|kecamatan|lapangan)) (salah satu )?"
        rf"(bakal )?(pasangan )?({CANDIDATES}|kandidat|capres)",
        r"\b(mendatangi|mengunjungi|datang ke|hadir di|berada di) (\w+ )?posko (pemenangan|relawan|tim)",
        rf"\bpendekatan (kepada|dengan|ke) (salah satu )?(bakal )?(pasangan )?({CANDIDATES}|kandidat)",
        r"\bfoto(-foto)? (dengan|bersama) (pasangan |bakal )?(calon|paslon|caleg|kandidat|capres|cawapres)",
        r"\bberpose (\w+[ ,]+){0,4}jari", r"\b(bingkai|twibbon)\b (\w+ ){0,3}(calon|paslon|caleg|capres|cawapres)",
        r"\bber(foto|pose) (bersama|dengan) (\w+ ){0,3}(calon|paslon|caleg|kandidat|capres|cawapres)",
        # "(mengacung|acung)", not "(meng)?acung": a rule opening with plain words is scanned for them (see
        # scan_expression), one opening with an optional part is tried at every character of the line
        r"\b(mengacung|acung)\w* (\w+ )?jari", r"\b(mengangkat|angkat)\w* (\w+ )?jari", r"\bsimbol nomor urut",
        # directing votes: "mengajak warga memilih", "mengarahkan kepala desa untuk memenangkan caleg"
        r"\b(mengajak|ajak|mengarahkan|menggiring|mobilisasi|memobilisasi) (\w+ ){0,6}"
        r"(memilih|pilih|mencoblos|coblos|mendukung|memenangkan)",
        # a video made to show support: "membuat video yel-yel berisi dukungan"
        r"\bvideo ([\w-]+ ){0,2}(berisi )?dukungan\b",
        rf"\bmemenangkan (salah satu )?(pasangan )?(bakal )?({CANDIDATES}|kandidat|capres|cawapres)",
        # campaigning for a candidate, or joining one's registration
        rf"\bmeng?k?ampanyekan (salah satu )?(pasangan )?(bakal )?({CANDIDATES}|kandidat|capres|cawapres)",
        r"\b(mengikuti|menghadiri|ikut( serta (pada|dalam|di))?|terlibat dalam|(hadir|kehadiran( mereka)?) "
        r"(saat|pada|dalam|di))"
        r"( proses| acara)? pendaftaran (salah satu )?(bakal )?(pasangan )?(bakal )?"
        r"(calon|paslon|bapaslon|kandidat|caleg)",
        r"\b(?<!deklarasi )dukungan ke (salah satu |para )?(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres)\b"
        + NOT_THROUGH_SOCIAL_MEDIA,
        # taking sides with a candidate, also as what is forbidden ("dilarang memihak"), not as a call to stay
        # neutral ("tidak memihak kepada pasangan calon tertentu") nor as a risk ("rentan
        # ... berpihak pada")
        r"\b(?<!tidak )(?<!tak )(memihak|berpihak|keberpihakan)( (asn|pns|secara \w+))? (ke|kepada|terhadap|dengan) "
        r"(salah (satu|satunya) )?(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres|peserta|partai)",
        r"\b(?<!tidak )(?<!tak )(keberpihakan( (asn|pns))?|(memihak|berpihak) secara \w+) pada "
        r"(salah (satu|satunya) )?(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres|peserta)",
        # suspected, found or forbidden to side "pada" a candidate (not a risk: "rentan ... berpihak pada")
        r"\b(diduga|dicurigai|terbukti|dinilai|dianggap|yang|dilarang|netral atau) (memihak|berpihak) pada "
        r"(salah (satu|satunya) )?"
        r"(bakal )?(calon|paslon|pasangan|kandidat|caleg|capres)",
        # the law's words: "tindakan yang menguntungkan atau merugikan salah satu pasangan calon"
        r"\bmenguntungkan (atau merugikan )?\(?(salah satu|peserta|calon|paslon|pasangan|kandidat)",
        # not denied: "mengaku hadir namun menyangkal memberikan dukungan"
        r"\b(?<!tidak )(?<!tak )(?<!menyangkal )(?<!membantah )"
        r"(memberikan|memberi|pemberian|menyebar|menyebarkan|menyatakan) dukungan\b"
        + NOT_THROUGH_SOCIAL_MEDIA
        + NOT_FOR_THE_ELECTION,
        # a candidate promoted, partisanship shown, identity cards gathered for a candidate
        rf"\bmempromosikan (salah satu |para )?(bakal )?(pasangan )?({CANDIDATES}|kandidat)",
        r"\b(menunjukkan|menunjukan|memperlihatkan|mengarah (kepada|pada)) (sikap |perilaku )?keberpihakan",
        # support shown at a candidate's event: "memperlihatkan dukungan dalam sosialisasi kandidat"
        r"\b(menunjukkan|menunjukan|memperlihatkan|mempertontonkan) dukungan(nya)? (\w+ ){0,3}"
        rf"({CANDIDATES}|kandidat)",
        r"\b(mengumpulkan|memberi|memberikan|menyerahkan) (\w+ ){0,2}ktp (\w+ ){0,2}(untuk|bagi|kepada) (salah satu )?"
        r"(bakal )?(calon|paslon|pasangan|kandidat|caleg)",
        r"\b(mengantar|mengawal)\w* (salah satu )?(bakal )?(calon|paslon|pasangan|kandidat|caleg)",
        rf"\bmendukung dan \w+ (salah satu |para )?(bakal )?({CANDIDATES}|pasangan calon|kandidat|capres)",
        # a photograph of them with a candidate ("foto mereka bersama Calon Gubernur", "foto bersama sejumlah
        # pejabat dengan salah satu kandidat"), taking a candidate's side named as what was found ("dugaan
        # keberpihakan", "sikap keberpihakan", "memihak salah satu caleg"), rallying support
        r"\bfoto (\w+ ){0,4}(bersama|dengan) (\w+ ){0,3}(calon|paslon|caleg|kandidat|capres|cawapres|cagub|cabup)",
        r"\b(dugaan|sikap|soal) keberpihakan\b",  # not "termasuk bentuk keberpihakan": what counts as one
        r"\b(?<!tidak )(?<!tak )(memihak|berpihak) salah (satu|satunya) (bakal )?"
        r"(calon|paslon|pasangan|kandidat|caleg)",
        r"\bmenggalang dukungan\b", r"\bdukungan langsung\b", r"\bmenggerakkan (massa|warga) pendukung\b",
        # a headline's bare verb ("Camat Dukung Paslon Bupati"; not a post: "bikin status dukung paslon"), a
        # greeting of a number ("salam 3 jari", "simbol-simbol dukungan"), an instruction to vote ("arahan agar pilih
        # salah satu caleg")
        rf"(?<!status )\bdukung (salah satu )?(pasangan )?(bakal )?({CANDIDATES}|kandidat|capres|cawapres)",
        r"\bsalam (\d|satu|dua|tiga|empat|lima) jari\b", r"\bsimbol-simbol\b",
        r"\barahan (untuk|agar|supaya) (memilih|pilih|mencoblos|coblos|mendukung|memenangkan)",
    ],
    # the campaign as an activity, not as a period or stage of the calendar ("masa kampanye", "tahap kampanye"), a
    # slogan ("kampanye damai"), its material shared online ("membagikan konten kampanye": that is media_sosial),
    # its supervision or its violations ("pelanggaran kampanye")
    # "\b" first, not before "kampanye": the lookbehinds are then tried only where a word starts, not at every character
    "kampanye": [r"\b"
                 r"(?<!peraga )(?<!masa )(?<!tahapan )(?<!tahap )(?<!jadwal )(?<!periode )(?<!selama )(?<!konten )"
                 r"(?<!materi )(?<!video )(?<!iklan )(?<!bahan )(?<!media )(?<!pelanggaran )(?<!spanduk )(?<!saat )"
                 r"(?<!dana )"  # the candidates' money: "larangan penggunaan dana kampanye dari pihak asing"
                 r"(?<!pada )(?<!dan )(?<!untuk )(?<!pengawasan )(?<!pelaksanaan )(?<!aturan )(?<!tim )(?<!atribut )"
                 r"(?<!alat )(?<!deklarasi )(?<!peserta )(?<!metode )(?<!aktivitas )(?<!aturan )(?<!ketentuan )"
                 # the campaign as a time: "sebelum kampanye", "menjelang kampanye"
                 r"(?<!sebelum )(?<!setelah )(?<!sesudah )(?<!jelang )(?<!usai )(?<!sepanjang )(?<!mencegah )"
                 # its risks, or a time to come ("kerawanan kampanye", "kalau kampanye nanti")
                 r"(?<!kerawanan )(?<!kalau )(?<!jika )(?<!pendaftaran, )"
                 # its course, its days, a rule about it, those who hinder it ("mengawasi proses kampanye", "dalam
                 # masa 10 hari kampanye", "PKPU tentang Kampanye", "laporan menghalangi kampanye")
                 r"(?<!proses )(?<!hari )(?<!waktu )(?<!tentang )(?<!menghalangi )"
                 r"kampanye\b(?! (damai|hitam|negatif|belum|dimulai|di ?luar|berbau|sara\b|tanpa|tolak|edukasi|nanti))"
                 # the candidates' own: "Kampanye yang dijalankan paslon sudah 30 hari"
                 r"(?! yang (dijalankan|dilakukan|digelar) (oleh )?(paslon|calon|pasangan))"
                 # a campaign for neutrality ("Kampanye Virtual Gerakan Nasional Netralitas ASN")
                 r"(?! ([\w-]+ ){0,4}netralitas)"
                 # a stage of the calendar in a list ("pendaftaran, kampanye, sampai pemungutan suara")
                 r"(?!,? (sampai|hingga|dan|serta) (pemungutan|pencoblosan|masa tenang|penghitungan))",
                 # not the candidates' own campaigning: "jarak ASN dengan calon yang nanti berkampanye"
                 r"\b(?<!calon yang )(?<!paslon yang )(?<!calon yang nanti )(?<!calon yang akan )berkampanye\b",
                 # not a campaign for neutrality ("gencar mengkampanyekan netralitas ASN")
                 r"\bmeng?k?ampanyekan\b(?! ([\w-]+ ){0,2}netralitas)",  # "mengampanyekan" as the standard spells it
                 # not neutral in the campaign: "diduga tidak netral saat kampanye", "pada tahapan kampanye" (not
                 # the period alone: "tidak netral selama masa kampanye")
                 r"\b(tidak|tak) (bersikap )?netral (saat|pada|dalam) (tahapan |tahap )?kampanye\b",
                 # the campaign's violations as ASN's, and ASN at a campaign event
                 r"\bpelanggaran kampanye (yang )?(oleh|melibatkan|dilakukan|menyeret)",
                 r"\b(hadir|menghadiri|terlibat|ikut)( dalam| pada| saat| di)?( kegiatan(-kegiatan)?| acara)? "
                 r"kampanye\b",
                 r"\b(menjadi|sebagai) peserta kampanye\b",
                 # a candidate's own campaigning before the campaign ("menghadiri sosialisasi bakal calon tertentu")
                 rf"\b(menghadiri|mengikuti|hadir (di|dalam|pada))( acara| kegiatan)? sosialisasi (salah satu )?"
                 rf"(bakal )?(pasangan )?({CANDIDATES}|kandidat)"],
    # a candidate's declaration, not a pledge of neutrality or of a peaceful election ("Deklarasi Pemilu Damai"), nor
    # a declaration referred back to ("Dalam deklarasi itu, ..."), whose first mention says which it was
    "deklarasi": [r"\bdeklarasi\b(?! (bersama )?(netralitas|damai|anti|kampanye damai|itu|tersebut|ini|"
                  r"(pemilu|pilkada|pileg|pilpres)( serentak)? damai))",
                  # not a pledge of their own ("mendeklarasikan netralitas ASN", "... komitmen netral")
                  r"\bmendeklarasikan\b(?! (netralitas|(komitmen|sikap|ikrar) netral|diri netral|"
                  r"(pemilu|pilkada|pileg|pilpres)( serentak)? damai|damai|anti))"],
    # putting up or handing out campaign material, not the material as a kind of violation ("pelanggaran APK")
    "apk": [r"\b(memasang|dipasang|pasang|menyebarkan|menyebar|membagikan|membagi|menempelkan|menempel|"
            r"mengedarkan|membawa)\b( \w+){0,3} (apk|alat peraga|baliho|spanduk|stiker)\b",
            r"\b(apk|alat peraga kampanye|baliho|spanduk|stiker)\b( \w+){0,3} "
            r"(dipasang|terpasang|bergambar|bertuliskan)\b",
            r"\b(?<!pelanggaran )pemasangan (apk|alat peraga|baliho|spanduk|stiker)\b",
            r"\b(memakai|menggunakan|mengenakan|membagikan) (apk|alat peraga kampanye)\b",
            r"\b(memakai|menggunakan|memasang|mengenakan|membagikan)( \w+){0,2} atribut "
            r"(kampanye|pasangan calon|paslon|"
            r"calon|partai|peserta)",
            # clothes with a candidate on them: "mengenakan kaos bergambar pasangan calon"
            r"\b(kaos|kaus|baju|topi|rompi|jaket) (\w+ ){0,2}(bergambar|bertuliskan|berlogo) (\w+ ){0,2}"
            r"(calon|paslon|caleg|kandidat|capres|partai)"],
    "fasilitas_negara": [
        r"fasilitas (negara|pemerintah|dinas|jabatan|kantor)", r"\b(mobil|kendaraan|rumah) dinas\b",
        r"anggaran (negara|daerah|pemerintah) untuk", r"\bmenggunakan (apbd|apbn)\b",
        # an office's power misused: "menyalahgunakan wewenangnya", "penyalahgunaan jabatan"
        r"\b(menyalahgunakan|penyalahgunaan) (\w+ )?(wewenang|kewenangan|jabatan)",
    ],
    # a threat to staff or voters; "ancaman pidana" is the law's penalty, not a threat
    # (none wished away: "aman, tanpa intimidasi", "tidak ada intimidasi")
    "intimidasi": [r"\b(?<!tanpa )(?<!tidak ada )(?<!tak ada )intimidasi\b", r"\bmengintimidasi\b",
                   r"\bancaman\b(?! (pidana|hukuman|sanksi|penjara|kurungan|denda|pemecatan|pemberhentian))"
                   # the law's penalty for offenders: "Ancaman bagi pelanggarnya adalah pidana ...", "Ancaman bagi
                   # ASN yang tidak netral adalah sanksi disiplin"
                   r"(?! (bagi|untuk|kepada) (para )?(pelanggar|yang melanggar|siapa saja|setiap orang))"
                   # a sentence's length in a rule ("dengan ancaman di atas lima tahun"), a threat posed by ASN
                   # themselves ("ancaman ASN yang tak netral")
                   r"(?! (di atas|lebih dari|paling lama|maksimal) )(?! (asn|pns) yang (tidak|tak) netral)"
                   r"(?! (bagi|untuk|kepada) (\w+ ){0,5}(adalah|berupa|yaitu) (sanksi|pidana|hukuman|pemecatan))"
                   # a threat to the election itself: "Ancaman pilkada di Kabupaten A adalah netralitas ASN", "ancaman
                   # serius terhadap keadilan pemilu"
                   r"(?! (serius |nyata )?(terhadap|bagi) (keadilan|demokrasi|integritas|kualitas|pemilu|pilkada))"
                   r"(?! (terhadap |bagi )?(pilkada|pemilu|pileg|pilpres|demokrasi)\b)",
                   # not a sanction threatened ("KASN mengancam akan merekomendasikan sanksi pemecatan")
                   r"\bmengancam\b(?! (akan )?(\w+ )?(sanksi|pemecatan|memecat|memberhentikan|pidana|hukuman))",
                   r"\bdiancam\b(?! (pidana|hukuman|sanksi|penjara|kurungan|denda))",
                   r"\b(?<!tanpa )(?<!tanpa ada )(?<!bebas dari )tekanan\b",  # not "bekerja tanpa tekanan"
                   r"\bmemaksa\b", r"\bdipaksa\b", r"\bmenekan (bawahan|pegawai|pemilih|warga)",
                   r"\bmenekan (\w+ ){1,3}(supaya|agar|untuk) ",
                   r"\bmengerahkan (para )?(bawahan|pegawai|staf|aparat|asn)",
                   # a superior's pressure on staff: "intervensi oknum kadis terhadap bawahannya agar memilih ..."
                   r"\bintervensi (\w+ ){0,3}(terhadap|kepada|pada) (para )?(bawahan|pegawai|staf|guru)"],
    "politik_praktis": [
        # party membership; standing for office is lawful once the ASN resigns, so only a candidate who still is
        # one counts (below)
        r"\b(anggota|pengurus|kader) (\w+ (atau|ataupun|maupun|dan) (anggota|pengurus|kader) )?(partai|parpol)\b",
        r"\bberpartai\b",
        # at a party's events: "menjadi narasumber dalam kegiatan partai politik", "menghadiri rapat partai"
        r"\b(menghadiri|hadir (dalam|di|pada)|mengikuti|ikut|terlibat|narasumber (dalam|di|pada)|massa dalam) "
        r"(\w+ ){0,2}(kegiatan|acara|rapat) (sebuah |salah satu )?partai\b",
        r"\b(mendaftar|mendaftarkan diri|pendaftaran|pendekatan|mendekati|mendekatkan diri|bergabung)( \w+){0,4} "
        r"partai politik\b",
        # a party's screening of its prospective candidates: "mengikuti penjaringan bakal calon yang dibuka partai"
        r"\b(mengikuti|ikut) penjaringan\b",
        # a candidate who is a civil servant: "tiga bakal calon bupati berstatus ASN", "dua dari empat bakal calon
        # yang mendaftar masih berstatus PNS"; not "caleg yang pasangannya berstatus ASN" (a relative who is)
        r"\b(calon|caleg|bacaleg)\b( (?!yang\b)[\w-]+){0,5} berstatus (asn|pns|pegawai negeri)",
        r"\b(calon|caleg|bacaleg)\b( [\w-]+){0,6} masih berstatus (asn|pns|pegawai negeri)",
        # not "politik praktis" itself, found or forbidden ("diduga terlibat politik praktis"): the umbrella word for
        # every such act, which set A's annotators (the issue's) never label as this code, though some others do
        # standing as a candidate while still ASN: "mendeklarasikan diri sebagai calon perseorangan"
        r"\bmendeklarasikan diri (untuk maju |akan maju )?(sebagai|menjadi) (bakal )?"
        r"(calon|cabup|cagub|cawalkot|caleg)",
    ],
}
# Words one of which every match of a code's rules contains (lower case): a text without any of them is
# not scanned with that code's regular expressions, which are slow over a whole article.
VIOLATION_KEYWORDS = {
    "media_sosial": ("media sosial", "medsos", "like", "posting", "komen", "share", "follow", "unggah",
                     "dunia maya", "facebook", "instagram", "tiktok", "whatsapp", "twitter", "youtube", "online",
                     "daring", "sosial media", "sosmed", "status"),
    "dukungan_calon": ("dukungan", "mendukung", "mengantar", "mengawal", "pose", "simbol", "gestur", "foto",
                       "tim sukses", "acung", "angkat", "ajak", "bingkai", "twibbon",
                       "mengarahkan", "menggiring", "memenangkan", "mobilisasi",
                       "ihak",  # (me|ber)(m|p)ihak
                       "menguntungkan", "ampanyekan", "pendaftaran", "dukung", "salam", "arahan", "pemenangan",
                       "mempromosikan", "ktp", "memfasilitasi", "mendampingi", "menyambut", "menjemput",
                       "kordes", "korcam", "korlap", "koordinator", "posko", "pendekatan", "kegiatan", "acara",
                       "relawan"),
    "kampanye": ("kampanye", "sosialisasi", "ampanyekan"),
    "deklarasi": ("deklarasi", "mendeklarasikan"),
    "apk": ("apk", "alat peraga", "baliho", "spanduk", "stiker", "atribut", "bergambar", "bertuliskan", "berlogo"),
    "fasilitas_negara": ("fasilitas", "dinas", "anggaran", "apbd", "apbn", "penyalahgunaan", "menyalahgunakan"),
    "intimidasi": ("intimidasi", "ancam", "tekanan", "paksa", "memaksa", "menekan", "mengerahkan", "intervensi"),
    "politik_praktis": ("partai", "parpol", "berstatus", "mendeklarasikan", "penjaringan"),
}
# fmt: on
VIOLATION_KEYWORDS_ANY = frozenset(word for words in VIOLATION_KEYWORDS.values() for word in words)


def rule_literal(pattern: str) -> str:
    """A rule's words without its regular-expression syntax, lookarounds left out (lower case)."""
    return re.sub(r"\(\?<?[!=][^)]*\)|\(\?-i:|\\b|[()?|*+]", " ", pattern).lower()


# Each rule with the code's keywords written in it: a rule is tried only on lines that hold one of its own
# keywords (one expression per rule is much cheaper on a line than the alternation of all a code's rules).
RULE_KEYWORDS: dict[str, list[tuple[re.Pattern, tuple[str, ...]]]] = {
    code: [
        (re.compile(p, re.IGNORECASE), tuple(w for w in VIOLATION_KEYWORDS[code] if w in rule_literal(p))) for p in pats
    ]
    for code, pats in VIOLATION_RULES.items()
}
# The same rules without IGNORECASE, for the text case-folded as IGNORECASE reads it (fold_case): they find the
# same lines (the rules' letters are all lower-case ASCII), and a case-sensitive expression costs less per
# character than one that folds every character it compares.
_OPENING_ASSERTIONS = re.compile(r"(?:\\b|\(\?<[!=][^()\\]*\))+")  # "\b", "\b(?<!tidak )(?<!tak )"
_OPENS_WITH_WORDS = re.compile(r"[a-z]|\((?:[a-z][a-z ]*\|)*[a-z][a-z ]*\)(?![?*{])")  # "dukung", "(pose|simbol)"


def scan_expression(pattern: str) -> re.Pattern | None:
    """The rule without the assertions it opens with, when what follows opens with a word or a group of words;
    else None. The engine finds such an expression by scanning for its first letters, where it tries a rule
    opening with an assertion at every character; and the rule can only match where it does (`rule_matches`)."""
    opening = _OPENING_ASSERTIONS.match(pattern)
    if opening is None or not _OPENS_WITH_WORDS.match(pattern, opening.end()):
        return None
    return re.compile(pattern[opening.end() :])


_FOLDED_TEXT_RULES: dict[str, list[tuple[re.Pattern, re.Pattern | None, tuple[str, ...]]]] = {
    code: [(re.compile(pattern.pattern), scan_expression(pattern.pattern), words) for pattern, words in rules]
    for code, rules in RULE_KEYWORDS.items()
}


def rule_matches(text: str, pattern: re.Pattern, scan: re.Pattern | None, start: int, end: int) -> bool:
    """Whether `pattern` matches in text[start:end]: where `scan` (its `scan_expression`) matches, tried in turn.

    The same answer as pattern.search: a place where the rule matches is one where it matches without its
    opening assertions, and the assertions see the characters before `start` in both ways."""
    if scan is None:
        return pattern.search(text, start, end) is not None
    while (found := scan.search(text, start, end)) is not None:
        if pattern.match(text, found.start(), end):
            return True
        start = found.start() + 1
    return False


def _line_starts(text: str) -> list[int]:
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _any_of(words: set[str]) -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + r")\b")


# Who a paragraph is about: ASN (civil servants of any title), or people whose neutrality is watched but who
# are not ASN (village heads, soldiers, police). What the others did is no ASN violation.
ASN_ACTORS = _any_of(lx.ASN_ACTORS)
OTHER_ACTORS = _any_of(lx.NON_ASN_ACTORS)


def other_actor_lines(lower: str, line_starts: list[int]) -> set[int]:
    """Lines about people who are not ASN: those that name them and no ASN, and the lines after them that
    name nobody (the story goes on about the same people)."""
    lines, about_others = set(), False
    for k, start in enumerate(line_starts):
        end = line_starts[k + 1] if k + 1 < len(line_starts) else len(lower)
        if ASN_ACTORS.search(lower, start, end):
            about_others = False
        elif OTHER_ACTORS.search(lower, start, end):
            about_others = True
        if about_others:
            lines.add(k)
    return lines


# Codes whose victims, not doers, are often the others: "perangkat desa diancam akan dievaluasi".
ANY_ACTOR_CODES = {"intimidasi"}


class _Rule(NamedTuple):
    """A rule as violation_types tries it."""

    code: str
    pattern: re.Pattern  # the rule, for the case-folded text
    scan: re.Pattern | None  # where it may match (`scan_expression`), or where the text its sentence opening runs
    # up to may (`sentence_scan`), when it has one
    from_sentence_start: bool  # scan finds where the text after the rule's sentence opening may match
    needs: tuple[frozenset[str], ...]  # words every match holds one of each: its keywords, then required words


# Rules opening with `_nothing_said_before`: a match starts where a sentence does, and may run far before the words
# that make it; what follows the opening is the part to scan for.
_SENTENCE_OPENINGS = (NOTHING_SPREAD_BEFORE, NOTHING_PATROLLED_BEFORE)


def sentence_scan(pattern: str) -> re.Pattern | None:
    """For a rule opening with a sentence opening, where the text after it may match; else None."""
    opening = next((o for o in _SENTENCE_OPENINGS if pattern.startswith(o)), None)
    if opening is None:
        return None
    rest = pattern[len(opening) :]
    return scan_expression(rest) or re.compile(rest)


def _rule(code: str, pattern: re.Pattern, scan: re.Pattern | None, keywords: tuple[str, ...]) -> _Rule:
    """The rule with its keywords and, of its `required_words` not among them, the set of the fewest words (more
    words to look for cost more than the fewer lines they rule out)."""
    after_opening = sentence_scan(pattern.pattern)
    required = [need for need in required_words(pattern.pattern) if not need <= set(keywords)]
    fewest = [min(required, key=lambda need: (len(need), -min(map(len, need))))] if required else []
    return _Rule(code, pattern, after_opening or scan, after_opening is not None, (frozenset(keywords), *fewest))


# Every rule in taxonomy order (a code's rules together)
_RULES = [_rule(code, *rule) for code, rules in _FOLDED_TEXT_RULES.items() for rule in rules]


def _rarest(needs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The set of words a rule needs that the fewest lines are likely to hold: that whose shortest word is longest."""
    return max(needs, key=lambda words: (min(map(len, words)), -len(words)))


def _rules_needing() -> dict[str, list[int]]:
    """Each word -> the rules (indices in _RULES) whose rarest set of words holds it."""
    rules: dict[str, list[int]] = {}
    for k, rule in enumerate(_RULES):
        for word in _rarest(rule.needs):
            rules.setdefault(word, []).append(k)
    return rules


# A text that holds none of a rule's rarest words cannot match it: the rule is not tried
_RULES_NEEDING = _rules_needing()

# Every word violation_types looks for (some five hundred, most of them spelled out from the rules), found in one
# pass over the text by an Aho-Corasick automaton (testing each of some eighty keywords with str.find cost more than
# all the rules' expressions together).
_SOUGHT = sorted(
    VIOLATION_KEYWORDS_ANY | set(lx.NON_ASN_ACTORS) | {word for rule in _RULES for need in rule.needs for word in need}
)
# A DFA: a third faster than the default automaton over whole articles, at the cost of some memory
_SOUGHT_SEARCH = ahocorasick_rs.AhoCorasick(_SOUGHT, implementation=ahocorasick_rs.Implementation.DFA)


def _where_sought_words_are(lower: str) -> dict[str, list[int]]:
    """Each sought word the text holds -> the offsets where it starts (overlapping matches included)."""
    found: dict[str, list[int]] = {}
    for index, start, _ in _SOUGHT_SEARCH.find_matches_as_indexes(lower, overlapping=True):
        found.setdefault(_SOUGHT[index], []).append(start)
    return found


def violation_types(text: str) -> list[str]:
    """Taxonomy codes whose rules match the text, in taxonomy order; lines about people who are not ASN
    (village heads, soldiers, police) do not count, but for pressure put on them.

    The rules are words joined by plain spaces, so no match spans a line break, and every match holds one
    of its rule's keywords and one of a set of its `required_words`: a rule is tried only when the text holds
    both, and only on the lines that hold both, which costs a fraction of scanning the whole text with every rule.
    """
    lower = fold_case(text)  # as the rules' IGNORECASE reads it ("İ" is an "i")
    offsets = _where_sought_words_are(lower)
    words = offsets.keys()
    tried = sorted({k for word in words & _RULES_NEEDING.keys() for k in _RULES_NEEDING[word]})
    if not tried:
        return []
    line_starts = _line_starts(lower)
    others = set() if words.isdisjoint(lx.NON_ASN_ACTORS) else other_actor_lines(lower, line_starts)
    lines_of: dict[str, set[int]] = {}  # a word -> the lines holding it

    def lines_holding(need: frozenset[str]) -> set[int]:
        """The lines holding one of the words."""
        lines = set()
        for word in need & words:
            if word not in lines_of:
                lines_of[word] = {bisect.bisect_right(line_starts, at) - 1 for at in offsets[word]}
            lines |= lines_of[word]
        return lines

    found: list[str] = []
    for k in tried:
        rule = _RULES[k]
        if found and found[-1] == rule.code or any(words.isdisjoint(need) for need in rule.needs):
            continue  # its code found by an earlier rule (a code's rules come together), or words it needs missing
        lines = set.intersection(*map(lines_holding, rule.needs))
        if rule.code not in ANY_ACTOR_CODES:
            lines -= others
        if _rule_matches_a_line(lower, rule, sorted(lines), line_starts, len(lower)):
            found.append(rule.code)
    return found


def _rule_matches_a_line(text: str, rule: _Rule, lines: list[int], line_starts: list[int], end: int) -> bool:
    matches = sentence_rule_matches if rule.from_sentence_start else rule_matches
    for k in lines:
        if matches(
            text, rule.pattern, rule.scan, line_starts[k], line_starts[k + 1] - 1 if k + 1 < len(line_starts) else end
        ):
            return True
    return False


def sentence_rule_matches(text: str, pattern: re.Pattern, scan: re.Pattern, start: int, end: int) -> bool:
    """Whether `pattern`, a rule opening with a sentence opening, matches in text[start:end]: tried from the start of
    the sentence of each place where `scan` (its `sentence_scan`) matches.

    The same answer as pattern.search: the opening runs from where a sentence starts (a line's start, or after ". ")
    over no sentence end nor line break, so a match whose rest starts at a place starts where the last sentence
    before that place does."""
    tried, after = -1, start
    while (found := scan.search(text, after, end)) is not None:
        at = _sentence_start(text, start, found.start())
        if at is not None and at != tried:
            if pattern.match(text, at, end):
                return True
            tried = at
        after = found.start() + 1
    return False


_SENTENCE_ENDS_BEFORE = (". ", "! ", "? ")  # what a sentence opening's lookbehind takes to end a sentence


def _sentence_start(text: str, start: int, at: int) -> int | None:
    """The last place in text[start:at + 1] where a sentence opening may start (the text's or a line's start, or
    after ". ", "! " or "? ", which may begin before `start`), or None."""
    last = 0 if start == 0 else -1
    found = text.rfind("\n", max(0, start - 1), at)
    if found >= 0:
        last = found + 1
    for end in _SENTENCE_ENDS_BEFORE:
        found = text.rfind(end, max(0, start - 2), at)
        if found >= 0:
            last = max(last, found + 2)
    return last if last >= 0 else None
