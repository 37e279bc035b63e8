"""Candidates related to ASN by standing for office themselves: "Lima orang pejabat Pemprov dipastikan maju
pada Pilkada", "Tiga kepala dinas ... mencalonkan diri", "dua camat yang terdaftar sebagai bacaleg".

A count of civil servants or officials (by title) whose clause says they run, register or resign to run is a
count of related candidates, unless the clause first says they violated something. (One official named by title
and name, with no number: `named_officials`.)
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from analysis.nlp import lexicon as lx
from analysis.nlp.numbers import COLLECTIVE_NUMERALS, opens_a_number
from analysis.nlp.phrases import without_brackets
from analysis.nlp.region_lists import words_past_places

# tokens after the counted noun: "seorang ASN di Dinas Pendidikan dan Kebudayaan (Disdikbud) Kabupaten A, Jawa
# Tengah, Fulan ikut mencalonkan diri"
CANDIDACY_REACH = 20
# "oknum": a rogue one, as the press calls an ASN in breach; "eks", "mantan": a former holder of the title ("11 eks
# camat"), who stays in the civil service
PERSON_WORDS = {"orang", "nama", "oknum", "eks", "mantan", "sosok"}
# (not "kepala daerah": an elected head is no civil servant; an acting one is counted as "penjabat")
# "kepala dinas", "pimpinan OPD", "kepala sekolah" (a state school's head is a civil servant), "Kepala Kantor
# Kementerian Agama" (a ministry's office in a regency)
TITLE_TAILS = {
    "dinas",
    "opd",
    "skpd",
    "badan",
    "bidang",
    "bagian",
    "sekolah",
    "puskesmas",
    "kantor",
    "seksi",
    "subbagian",
    "upt",
    "uptd",
    # the regional agencies by their short names: "Kepala BPBD A", "Kepala Bappeda B"
    "bpbd",
    "bappeda",
    "bpkad",
    "bapenda",
}
# Being at a candidate's event is support, not candidacy: "dua ASN mengikuti kegiatan seorang bacaleg"
ATTENDING = {
    "mengikuti",
    "menghadiri",
    "hadir",
    "kegiatan",
    "acara",
    "deklarasi",
    "kampanye",
    "mendampingi",
    "mengantar",
    "mengantarkan",
    "mendukung",
    "dukungan",
    "pelanggaran",
    # promoting someone else's candidacy: "dua orang ASN mensosialisasikan bacalon melalui APK"
    "mensosialisasikan",
    "menyosialisasikan",
    "mempromosikan",
    "mengkampanyekan",
    "mengampanyekan",
    # reacting to a candidate's posts: "memberikan komentar dan like postingan bakal calon"
    "postingan",
    "unggahan",
    "like",
    "menyukai",
    "komentar",
    "berkomentar",
    "membagikan",
    # steering others' votes: "mengarahkan kelompok nelayan binaannya memilih salah satu pasangan calon"
    "mengarahkan",
    "mengajak",
    "memilih",
}

# Asking how to resign is no candidacy yet: "satu pegawai yang bertanya soal pengunduran diri"
ASKING = {"bertanya", "menanyakan", "berkonsultasi", "konsultasi"}
# Withdrawing from the race is the end of a candidacy: "mundur dari pencalonan", "mengundurkan diri dari bursa"
RACE_WORDS = {"pencalonan", "pencalegan", "bursa", "kontestasi", "penjaringan"}
WITHDRAWAL_REACH = 4  # words after "mundur" where the race withdrawn from is named


DECLARING = {"mendeklarasikan", "deklarasi", "mendeklarasi"}
DECLARING_REACH = 4  # words after the persons: "4 ASN yang mendeklarasikan diri sebagai bakal calon"


def _declaring_among_violations(lower: list[str], sent_start: int, start: int, persons_end: int) -> bool:
    """'Tren pelanggaran ASN yakni ..., 4 ASN yang mendeklarasikan diri sebagai bakal calon': declaring oneself a
    candidate, told as one of the violations the sentence lists, is what the ASN did wrong, not a candidacy."""
    return not lx.ASN_VIOLATION_WORDS.isdisjoint(lower[sent_start:start]) and not DECLARING.isdisjoint(
        lower[persons_end : persons_end + DECLARING_REACH]
    )


HYPOTHESES = lx.STRICT_CONDITIONS | {"saat", "ketika", "begitu"}  # "Saat seorang Pj ... mundur": anyone who does
# What public figures who are no officials are figures of: "tokoh politik", "tokoh masyarakat"
PUBLIC_FIGURES_OF = {"politik", "partai", "parpol", "masyarakat", "agama", "adat", "pemuda", "nasional"}
# The work civil servants may be counted by: "seorang guru ASN", "dua dokter PNS"
WORK_NOUNS = {"guru", "dosen", "dokter", "perawat", "bidan", "penyuluh", "staf", "tenaga", "pegawai", "operator"}


_OFFICIAL_OR_ASN_NOUNS = lx.OFFICIAL_NOUNS | lx.ASN_NOUNS  # made once: every count of persons asks


def official_noun_end(lower: list[str], end: int, sent_end: int) -> int | None:
    """The end of the officials' title after a number ('8 orang pejabat', 'dua kepala dinas', '2 nama tokoh'),
    or None when no such title follows."""
    j = end
    while j < sent_end and lower[j] in PERSON_WORDS:
        j += 1
    if j + 1 < sent_end and lower[j] in WORK_NOUNS and lower[j + 1] in ("asn", "pns", "pppk", "p3k"):
        return j + 2  # "seorang guru ASN", "dua dokter PNS", "seorang guru PPPK": their work, then that they are ASN
    if lower[j : j + 3] in (["aparatur", "sipil", "negara"], ["aparat", "sipil", "negara"]):
        # the name in full (or the press's slip for it), and its acronym in brackets: "aparatur sipil negara (ASN)"
        return _past_acronym(lower, j + 3, sent_end)
    if j >= sent_end or lower[j] not in _OFFICIAL_OR_ASN_NOUNS:
        return None
    if lower[j] == "pegawai" and staff_of_no_asn(lower[j + 1 : j + 3]):
        return None  # "6 orang pegawai kontrak yang ikut maju menjadi bacaleg": no civil servants
    if lower[j] == "pejabat" and lower[j + 1 : j + 2] in (["negara"], ["desa"]):
        return None  # "satu pejabat negara" (a minister, a regional head), "pejabat desa": officials of no ASN
    if lower[j] == "pejabat" and "wakil" in lower[j + 1 : min(sent_end, j + 5)]:
        # "kedelapan pejabat Bupati dan Wakil Bupati": elected heads (an acting head, an ASN, has no deputy)
        return None
    if lower[j] == "tokoh" and lower[j + 1 : j + 2] and lower[j + 1] in PUBLIC_FIGURES_OF:
        return None  # "empat tokoh politik yang akan bertarung": politicians, no officials
    if lower[j] in ("kepala", "pimpinan"):  # "kepala dinas", "pimpinan OPD": not "kepala desa"
        return j + 2 if j + 1 < sent_end and lower[j + 1] in TITLE_TAILS else None
    if lower[j] == "sekretaris":  # "enam Sekretaris Daerah (Sekda)": not a village's secretary
        end = j + 2 if j + 1 < sent_end and lower[j + 1] in ("daerah", "dinas") else None
        return _past_acronym(lower, end, sent_end) if end else None
    return j + 1


def staff_of_no_asn(qualifier: list[str]) -> bool:
    """Whether the words after "pegawai" make it staff who are no civil servants: "kontrak", "honorer", "non-ASN",
    "tidak tetap", "harian lepas"; of a state-owned company ("pegawai BUMN", "pegawai dari Badan Usaha Milik ...")."""
    return (
        bool(qualifier)
        and (qualifier[0] in lx.NON_ASN_STAFF or qualifier[0] in _COMPANIES or qualifier[:2] in _OF_COMPANIES)
        or qualifier in (["tidak", "tetap"], ["harian", "lepas"])
    )


_COMPANIES = {"bumn", "bumd"}
_OF_COMPANIES = (["dari", "bumn"], ["dari", "bumd"], ["dari", "badan"])  # "pegawai dari Badan Usaha Milik Negara"


def _past_acronym(lower: list[str], end: int, sent_end: int) -> int:
    """Past the acronym in brackets that repeats a title: "Sekretaris Daerah (Sekda)"."""
    return end + 3 if end + 2 < sent_end and lower[end] == "(" and lower[end + 2] == ")" else end


# What "keduanya" may own rather than do: "tulisan yang menerangkan status keduanya sebagai calon gubernur" (the two
# named in a photo, no one counted)
_HELD_BY_THEM = {"status", "nama", "foto", "posisi", "kedudukan", "identitas", "peran"}


def noun_of_persons(
    lower: list[str], labels: list[str], number: Span, sent: Span, noun: tuple[str, int] | None
) -> tuple[str, int] | None:
    """What a count of persons (or of nothing named) counts when they stand for office ("Dua kepala dinas ...
    mencalonkan diri", "Keduanya mendaftar sebagai bakal calon", "Dari 300 bacaleg ..., 4 orang berstatus ASN"),
    or when they are officials, who are ASN, in violation ("tujuh kepala dinas dilaporkan"); else `noun`
    (`labels`: each token's entity label)."""
    official_end = official_noun_end(lower, number.end, sent.end)
    persons_end = official_end
    if (
        noun is None
        and official_end is None
        and lower[number.start] in COLLECTIVE_NUMERALS
        and (number.start == sent.start or lower[number.start - 1] not in _HELD_BY_THEM)
    ):
        persons_end = number.end  # "Keduanya": the persons counted before
        if lower[number.end : number.end + 1] in (["sebagai"], ["merupakan"], ["berstatus"]):
            # "Keduanya sebagai Aparatur Sipil Negara (ASN) terindikasi tidak netral": ASN, said of them
            named = official_noun_end(lower, number.end + 1, sent.end)
            official_end = named if named is not None and lower[number.end + 1] in lx.ASN_NOUNS else None
    rest = noun is not None and noun[0] == "persons" and lower[noun[1] : noun[1] + 1] == ["lainnya"]
    if persons_end is None and rest:
        # "Adapun dua orang lainnya mendaftarkan diri sebagai calon": the rest of those counted
        persons_end = noun[1] + 1
    anyone = lower[number.start] == "seorang"
    if anyone and number.start > sent.start and lower[number.start - 1] in HYPOTHESES:
        persons_end = None  # "Saat seorang Pj Kepala Daerah mundur, ...": whoever does, no one counted
    if (
        persons_end is not None
        and runs_for_office(lower, persons_end, sent.end, anyone=anyone)
        and not _declaring_among_violations(lower, sent.start, number.start, persons_end)
        and not _named_by_someone(lower, sent.start, number.start)
    ):
        return ("running", persons_end)
    if listed_end := on_a_candidate_list(lower, sent.start, number.start, number.end, sent.end):
        return ("running", listed_end)
    if noun is None and (letters_end := resignation_letters_end(lower, number.end, sent.end)):
        return ("running", letters_end)
    # "dua orang camat": the persons counted are officials by their title
    officials = (
        official_end is not None
        and (noun is None or noun[0] == "persons")
        and not _last_of_a_list_of_titles(lower, number.start, sent.start)
    )
    if officials and officials_in_violation(lower, labels, number, official_end, sent.end):
        return ("asn", official_end)
    if noun is None and official_end is not None and lower[official_end - 1] in ("asn", "pns", "pppk", "p3k"):
        return ("asn", official_end)  # "seorang guru ASN", "Keduanya sebagai ASN": ASN, read as any count of ASN
    return noun


def _last_of_a_list_of_titles(lower: list[str], start: int, sent_start: int) -> bool:
    """'mereka adalah Oknum Camat, Sekretaris Camat dan seorang Kepala Seksi': the last of officials listed by
    title, who each are one of a group counted elsewhere, no count of their own."""
    return (
        lower[start] == "seorang"
        and start - 2 >= sent_start
        and lower[start - 1] in ("dan", "serta")
        and lower[start - 2] in lx.SINGLE_OFFICIAL_TITLES
    )


NAMING_VERBS = {"menyebut", "menyebutkan", "menyebut-nyebut", "menjagokan", "mempromosikan"}


def _named_by_someone(lower: list[str], sent_start: int, start: int) -> bool:
    """'Ia juga menyebut (nama) seorang pejabat sebagai calon bupati': a candidate in someone's words (an ASN's
    support, or talk), not one who stands."""
    before = lower[max(sent_start, start - 2) : start]
    if before[-1:] == ["nama"]:
        before = before[:-1]
    return bool(before) and before[-1] in NAMING_VERBS


# "tiga berkas surat pengunduran diri", "dua surat permohonan pengunduran diri", "satu pengajuan berkas atau surat
# pengunduran diri": letters of resignation, counted before the words for them
LETTER_WORDS = {"berkas", "surat", "permohonan", "pengajuan", "atau", "usulan"}
RUNNING_WORDS = {"maju", "mencalonkan", "calon", "bakal", "caleg", "bacaleg", "pilkada", "pileg", "pencalonan"}


def resignation_letters_end(lower: list[str], end: int, sent_end: int) -> int | None:
    """The end of 'surat pengunduran diri' after a number of letters of resignation that the sentence says are to
    run ('untuk maju Pilkada', 'yang akan maju sebagai bakal calon bupati'): each is a civil servant standing."""
    j = end
    while j < sent_end and lower[j] in LETTER_WORDS:
        j += 1
    if j == end or lower[j : j + 2] != ["pengunduran", "diri"]:
        return None
    return j + 2 if not RUNNING_WORDS.isdisjoint(lower[j + 2 : sent_end]) else None


OFFICIALS_CUE_REACH = 6  # words after the title: "tiga kepala dinas Pemkab Luwu Utara dilaporkan"
OFFICIALS_CUE_NEAR = 3  # words after the title where a violation is theirs whatever stands between
JOINED_COUNT_WORDS = 4  # ", dua kepala desa" / "dan lima PNS": the joining word, the number and a title


OFFICIALS_PROCESSED_BY = lx.ASN_VIOLATION_BEFORE - {"kepada", "terhadap", "laporan", "aduan", "pengaduan", "sanksi"}


def officials_in_violation(lower: list[str], labels: list[str], number: Span, official_end: int, sent_end: int) -> bool:
    """Officials counted by title ("tujuh kepala dinas") who are ASN in violation: a violation said of them, or
    a body acting on them over one ("melaporkan tiga pejabat", "memanggil dua camat"); a lurah is counted apart."""
    before = lower[max(0, number.start - 2) : number.start]
    return (
        lx.NOT_COUNTED_AS_ASN.isdisjoint(lower[number.end : official_end])
        and (
            violation_said_of_officials(lower, labels, official_end, sent_end)
            or (bool(before) and before[-1] in OFFICIALS_PROCESSED_BY)
            # "penyelidikan terhadap 12 camat": examined (not "sosialisasi terhadap 12 camat"); "sanksi kepada
            # tiga camat": sanctioned
            or (before[-1:] == ["terhadap"] and before[0] in lx.EXAMINATION_WORDS)
            or (before[-1:] in (["kepada"], ["terhadap"]) and before[0] in lx.SANCTION_CUES)
            # "satu perkara di antaranya melibatkan 14 camat": those a case involves
            or (
                before[-1:] == ["melibatkan"]
                and not lx.CASE_NOUNS.isdisjoint(lower[max(0, number.start - CASE_REACH) : number.start])
            )
            or listed_as_violators(lower, number.start, officials=True)
            # "dugaan pelanggaran netralitas oleh seorang camat": the doers of a violation
            or (
                before[-1:] == ["oleh"]
                and not lx.VIOLATION_WORDS.isdisjoint(lower[max(0, number.start - CASE_REACH) : number.start])
            )
        )
    )


LISTED_REACH = 24  # words back from a count to what opens the list it stands in
_SENTENCE_ENDS = {".", "\n", "\n\n"}
_OTHER_CLAUSES = {"sementara", "sedangkan", "namun", "tetapi", "yang"}  # a list's items go on without these


def _list_opener(lower: list[str], start: int) -> int | None:
    """Where the list the count at `start` is an item of opens: "antara lain", or a verb of processing with a number
    right after it ("kami melaporkan satu pejabat negara, 11 pejabat struktural ..."); None when neither stands in
    its clause."""
    for k in range(start - 1, max(-1, start - LISTED_REACH), -1):
        word = lower[k]
        if word in _SENTENCE_ENDS or word in _OTHER_CLAUSES or word in lx.BREAKDOWN_OPENERS:
            return None  # (nor the breakdown of a total: "tiga ASN, yakni satu Kapus, satu Kadis ...")
        if word == "antara" and lower[k + 1 : k + 2] == ["lain"]:
            return k
        if word in OFFICIALS_PROCESSED_BY and opens_a_number(lower[k + 1]) and "," in lower[k + 1 : start]:
            return k  # (a list of items apart: not "melaporkan sembilan camat dan seorang pejabat")
    return None


def listed_as_violators(lower: list[str], start: int, officials: bool) -> bool:
    """'ASN yang dilaporkan antara lain 9 pejabat struktural di kabupaten, 14 ... di kecamatan dan 7 ...': a count in
    the list that "antara lain" opens after ASN a violation is said of; or, when it counts `officials` by title, in
    the list a verb of processing opens ("kami melaporkan satu pejabat negara, 11 pejabat struktural, ...")."""
    k = _list_opener(lower, start)
    if k is None:
        return False
    if lower[k] != "antara":
        return officials
    lead = lower[max(0, k - 4) : k]  # "ASN yang dilaporkan", "PNS yang diduga melanggar"
    return "yang" in lead and not lx.ASN_VIOLATION_CUES.isdisjoint(lead) and not lx.ASN_NOUNS.isdisjoint(lead)


CASE_REACH = 6  # words before "melibatkan" where the case is named: "perkara yang kemudian melibatkan"
ASIDE_REACH = 5  # words of an aside between commas: ", termasuk Sekda,"
RANKS_REACH = 20  # words of a range of ranks: "mulai dari kepala dinas, camat, sekretaris dinas, ... hingga"
RANGE_ENDS = {"hingga", "sampai"}


def past_a_range_of_ranks(words: list[str], i: int, end: int) -> int | None:
    """Where the last rank starts after a range of ranks that opens at i ("41 pejabat mulai dari kepala dinas, camat,
    ... hingga kepala seksi ... menjadi terperiksa"), before `end`; None when no such range opens there."""
    if words[i : i + 2] != ["mulai", "dari"]:
        return None
    return next((k + 1 for k in range(i + 2, min(end, i + RANKS_REACH)) if words[k] in RANGE_ENDS), None)


def _without_an_aside(words: list[str]) -> list[str]:
    """The words without an aside that opens them (", termasuk Sekda,", "mulai dari ... hingga kepala seksi"): "Enam
    pejabat Pemkab A, termasuk Sekda, dilaporkan" says what was done of the six."""
    last_rank = past_a_range_of_ranks(words, 0, len(words))
    if last_rank is not None:
        return words[last_rank + 2 :]  # past the last one's title ("kepala seksi")
    if words[:2] != [",", "termasuk"]:
        return words
    close = next((k for k in range(2, min(len(words), 2 + ASIDE_REACH)) if words[k] == ","), None)
    return words if close is None else words[close + 1 :]


def violation_said_of_officials(lower: list[str], labels: list[str], official_end: int, sent_end: int) -> bool:
    """A violation said of the officials just counted ('tujuh kepala dinas dilaporkan'), also past their office's
    name, within their clause: not in a clause about where they serve ('seorang kepala bidang di dinas yang
    diduga ...' details one of the cases)."""
    reach, joined = OFFICIALS_CUE_REACH, False
    # far enough for three counts joined ("empat camat, dua PNS, dan tiga kepala desa yang terbukti")
    # (the places where they serve left out: "13 camat di Medan, Sumatera Utara, diperiksa")
    words = _without_an_aside(
        words_past_places(
            lower, labels, official_end, min(sent_end, official_end + 3 * (JOINED_COUNT_WORDS + OFFICIALS_CUE_REACH))
        )
    )
    if not lx.ASN_VIOLATION_CUES.isdisjoint(words[:OFFICIALS_CUE_NEAR]) or did_a_forbidden_act(words, PLACE_CLAUSE):
        return True
    for k, word in enumerate(words):
        if k >= reach:
            break
        if word in lx.ASN_VIOLATION_CUES:
            return True
        if word in (",", "dan", "serta") and _another_count_follows(words, k):
            # "tiga camat dan dua kepala desa yang terbukti", "empat camat, dua PNS, dan tiga kepala desa yang
            # terbukti": what is said of the last of the counts joined is said of them all
            reach, joined = max(reach, k + JOINED_COUNT_WORDS + OFFICIALS_CUE_REACH), True
            continue
        if word in (",", ";", ":", "dan", "serta"):
            return False
        if word == "yang" and not joined and "di" in words[:k]:
            return False  # "di dinas yang ...": of the place, not of them ("pejabat pemprov yang terbukti" is)
    return False


def _another_count_follows(words: list[str], k: int) -> bool:
    """Whether the separator at k joins another count: ", dua kepala desa", "dan tiga PNS", ", dan dua ..."."""
    after = words[k + 2 : k + 3] if words[k + 1 : k + 2] in (["dan"], ["serta"]) else words[k + 1 : k + 2]
    return bool(after) and opens_a_number(after[0])


def did_a_forbidden_act(words: list[str], stop_at: frozenset[str] = frozenset()) -> bool:
    """'Dua ASN di Kabupaten A ikut berkampanye', 'tujuh kepala dinas yang ikut dukung pasangan A': the persons
    counted did what ASN may not, before anything makes it asked, hoped or forbidden ('diimbau tidak ikut
    kampanye') or says when ('selama masa kampanye'), and before any of `stop_at` ends their clause (a short name
    in brackets between uses up none of the reach: "Pemerintah Kota (Pemkot) A terpantau mengikuti kampanye")."""
    words = without_brackets(words)
    for k, word in enumerate(words[: lx.ACT_REACH]):
        if word in lx.NOT_DONE_BEFORE_ACT or word in lx.CAMPAIGN_PERIOD_WORDS or word in stop_at:
            return False
        if (
            word in lx.VIOLATING_ACTS
            or (word in SUPPORT_NOUNS and _to_a_candidate(words[k + 1 : k + 1 + SUPPORT_REACH]))
            or (word in _DOING and words[k + 1 : k + 2] == ["pelanggaran"])  # "23 ASN melakukan pelanggaran"
        ):
            return True
    return False


_DOING = {"melakukan", "lakukan"}  # (the headline's "Lakukan Pelanggaran")
SUPPORT_NOUNS = {"dukungan", "dukungannya"}
SUPPORT_REACH = 4  # words from "dukungan" to the candidate it goes to: "dukungannya untuk beberapa kandidat"
SUPPORT_GOES_TO = {"kepada", "untuk", "terhadap", "bagi"}


# whom support goes to: a candidate, also by the office sought ("dukungan kepada capres nomor urut 02")
SUPPORTED = lx.CANDIDATE_NOUNS | {"capres", "cawapres", "capres-cawapres", "cagub", "cabup", "cawalkot", "bapaslon"}


def _to_a_candidate(words: list[str]) -> bool:
    """'(memberikan dukungan) kepada salah satu calon': support that goes to a candidate, not to a programme."""
    return not SUPPORTED.isdisjoint(words) and not SUPPORT_GOES_TO.isdisjoint(words)


# Where officials' own clause ends and one about where they serve begins: "seorang kepala bidang di dinas yang ikut
# memasang baliho" details one of the cases
PLACE_CLAUSE = frozenset({"di", ",", ";", "dan"})


# The words at which `runs_for_office` can find that persons stand for office: a cue, or a phrase's first word
_RUNNING_OPENERS = lx.CANDIDACY_CUES | {first for first, _ in lx.CANDIDACY_PHRASES}


def runs_for_office(lower: list[str], noun_end: int, sent_end: int, anyone: bool = False) -> bool:
    """Whether the words after the counted noun say the persons stand for office, before saying that they
    violated anything ('dua ASN dilaporkan karena mendukung calon yang maju' is a violation). `anyone`: the count
    is "seorang", which a rule says of anyone ("seorang Pj kepala daerah harus mengundurkan diri")."""
    words = lower[noun_end : min(sent_end, noun_end + CANDIDACY_REACH)]
    if _RUNNING_OPENERS.isdisjoint(words):
        return False  # no word that could say so (most counts): the walk below would find none
    for i, word in enumerate(words):
        if tuple(words[i : i + 2]) in lx.CANDIDACY_PHRASES:
            if not _LIST_AS_A_TIME.isdisjoint(words[max(0, i - LIST_TIME_REACH) : i]):
                continue  # "sebelum masa penetapan Daftar Calon Sementara": when, not a candidacy
            return True  # before the attending words: "mengikuti kontestasi Pilkada" is running
        if word in (";", ":") or word in lx.ASN_VIOLATION_CUES or word in ATTENDING or word.partition("-")[0] in ASKING:
            return False
        if word in SLOGAN_WORDS:
            return False  # "meneriakkan yel-yel 'Kota A terus maju bareng'": a slogan's words, no one running
        if word in lx.VIOLATING_ACTS:
            return False  # "berfoto bersama salah satu pasangan calon yang hendak maju": the candidate runs
        if word in lx.CANDIDACY_CUES and words[i - 1 : i] in (["bersama"], ["dengan"]):
            return False  # "foto bersama kontestan", "bertemu dengan bacalon": in the company of one who runs
        if word in lx.CANDIDACY_CUES:
            bound = (anyone and i > 0 and words[i - 1] in DUTY_WORDS) or _bound_to_if_running(words, i)
            return not withdraws(words, i) and not bound
    return False


_LIST_AS_A_TIME = {"sebelum", "setelah", "sesudah", "menjelang", "jelang"}
LIST_TIME_REACH = 3  # words from such a word to the list it dates by: "sebelum masa penetapan Daftar Calon"
WRITTEN_ON = {"bertuliskan", "bertulisan", "tulisan"}  # words worn: "kaos bertuliskan 'ora mundur'"
# A slogan's words, sung, shouted or worn: no one running
SLOGAN_WORDS = {"yel-yel", "yel", "jargon", "slogan", "tagline", "semboyan", "meneriakkan", "menyanyikan"} | WRITTEN_ON
DUTY_WORDS = {"wajib", "harus", "diwajibkan", "diharuskan"}


def _bound_to_if_running(words: list[str], i: int) -> bool:
    """'Lima Pj Bupati Wajib Mundur ... Bila Ikut Pilkada': bound to resign if they run, not running."""
    return i > 0 and words[i - 1] in DUTY_WORDS and not lx.STRICT_CONDITIONS.isdisjoint(words[i:])


def withdraws(words: list[str], i: int) -> bool:
    """'mundur dari pencalonan', 'mengundurkan diri dari bursa calon': out of the race, not into it."""
    if words[i] not in ("mundur", "mengundurkan", "pengunduran"):
        return False
    after = words[i + 1 : i + 1 + WITHDRAWAL_REACH]
    if "dari" not in after:
        return False
    race = after.index("dari") + 1
    return not RACE_WORDS.isdisjoint(after[race : race + 2])


# A list of candidates named before the count: "Dari ... Daftar Caleg Sementara (DCS) ..., terdapat 2 ASN"
CANDIDATE_LISTS = {"dcs", "dct", "bacaleg", "bacalon", "balon"}
CANDIDATE_LIST_PHRASES = {("daftar", "calon"), ("daftar", "caleg"), ("bakal", "calon"), ("calon", "legislatif")}
STATUS_OF_ASN = {"berstatus", "masih"}
LISTED_ASN = {"asn", "pns", "pppk", "p3k"}
_LIST_PHRASE_OPENERS = {first for first, _ in CANDIDATE_LIST_PHRASES}


def on_a_candidate_list(lower: list[str], sent_start: int, start: int, end: int, sent_end: int) -> int | None:
    """The end of the civil servants counted at `start` when the sentence names, before them, the list of
    candidates they are on ("Dari 300 bacaleg ..., 4 orang berstatus ASN", "dalam DCS ..., terdapat 2 ASN"), and
    nothing in it says they violated anything; else None."""
    before = lower[sent_start:start]
    named = not CANDIDATE_LISTS.isdisjoint(before) or (
        not _LIST_PHRASE_OPENERS.isdisjoint(before) and any(pair in CANDIDATE_LIST_PHRASES for pair in pairwise(before))
    )
    if not named or not lx.ASN_VIOLATION_WORDS.isdisjoint(before):
        return None  # "Tren pelanggaran ASN yakni ..., 4 ASN ... sebagai bakal calon, 1 ...": violators
    j = end
    while j < sent_end and (lower[j] in PERSON_WORDS or lower[j] in STATUS_OF_ASN):
        j += 1
    # "lima orang masih berstatus pegawai negeri sipil": the name in full, its acronym in brackets after it or not
    # ("pegawai" alone may be an honorary one)
    in_full = " ".join(lower[j : j + 3]) in lx.ASN_IN_FULL
    if j >= sent_end or not (in_full or lower[j] in LISTED_ASN):
        return None
    j += 3 if in_full else 1
    if lower[j : j + 3] in (["(", "asn", ")"], ["(", "pns", ")"]):
        j += 3
    after = lower[j : min(sent_end, j + CANDIDACY_REACH)]
    # (what they did: "seorang ASN berfoto dengan salah satu paslon", in the candidates' registration)
    violated = not lx.ASN_VIOLATION_CUES.isdisjoint(after) or not lx.VIOLATING_ACTS.isdisjoint(after)
    return None if violated or not ATTENDING.isdisjoint(after) else j


# The legislature's candidates: "bacaleg", "calon anggota legislatif", "Daftar Calon Sementara (DCS)"
LEGISLATIVE_WORDS = {"caleg", "bacaleg", "legislatif", "dcs", "dct", "nyaleg", "pileg"}


# Candidates related to ASN by family, not ASN themselves: "tujuh caleg yang merupakan istri atau suami ASN"
FAMILY_WORDS = {"keluarga", "istri", "suami", "anak", "kerabat", "saudara", "menantu", "ipar", "hubungan"}


def run_for_the_legislature(candidacy_sentences: list[list[str]]) -> bool:
    """Whether civil servants the article counts as candidates stand for the legislature themselves (the words of
    the sentences that count them): a Pemilu story about them is about the Pileg. Candidates who are ASN's
    family stand in the Pemilu as any other."""
    return any(
        not LEGISLATIVE_WORDS.isdisjoint(words) and FAMILY_WORDS.isdisjoint(words) for words in candidacy_sentences
    )
