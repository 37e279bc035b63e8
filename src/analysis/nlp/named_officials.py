"""One official named by title and name, where no number counts them: "Sekda Kota A, Fulan, siap maju ..." (a
related candidate), "Camat B, Fulan, dilaporkan ke Bawaslu" (one ASN in violation), "merekomendasikan Kepala Dinas C,
Fulan, ke KASN" (the object of a finding), and the others counted beside the one named."""

from __future__ import annotations

import re

from analysis.nlp import lexicon as lx
from analysis.nlp.candidacy import TITLE_TAILS, withdraws

# One official named by title and name, with no number: "Sekda Kota A, Fulan, siap maju ...", "Kepala Dinas B
# Kabupaten C, Fulan, menyerahkan surat pengunduran diri untuk maju", "Camat D, Fulan, dilaporkan ke Bawaslu".
SUBJECT_REACH = 8  # title-case words of the office and its place after the title: "Dinas Pariwisata Kabupaten A"
NAME_REACH = 5  # words of the name after its comma: ", Fulan bin Fulan,"
DATELINE_REACH = 6  # tokens of a dateline before its dash: "BEKASI, KOMPAS.com -"
DASHES = ("-", "–", "—")
# The words a title opens with (`official_title_end` says whether the next one makes it an official's)
TITLE_OPENERS = lx.SINGLE_OFFICIAL_TITLES | {"kepala", "sekretaris", "pj", "penjabat", "direktur"}
# What a director heads for the title to be a civil servant's: the regional hospital ("Direktur RSUD A")
PUBLIC_HOSPITALS = {"rsud", "rsu", "rsup"}


def official_title_end(lower: list[str], i: int, end: int) -> int | None:
    """The end of an official's title opening at token i ('Sekda', 'Kepala Dinas', 'Sekretaris Daerah', 'Pj
    Bupati'), or None: not 'kepala desa' nor 'kepala daerah', whom the reports do not count as ASN."""
    word, after = lower[i], lower[i + 1] if i + 1 < end else ""
    if word in lx.SINGLE_OFFICIAL_TITLES or _head_of_an_office_abbreviated(word):
        return i + 1
    if (word == "kepala" and after in TITLE_TAILS) or (word == "sekretaris" and after == "daerah"):
        return i + 2
    if word in ("pj", "penjabat") and after in lx.HEADS_ACTING_FOR:
        return i + 2
    if word == "direktur" and after in PUBLIC_HOSPITALS:
        return i + 2
    return None


def _head_of_an_office_abbreviated(word: str) -> bool:
    """'Kadisdikbud', 'Kadinkes', 'Kadishub': the head of a department, its name run into the title (not "Kadin",
    the chamber of commerce)."""
    return word.startswith(("kadis", "kadin")) and len(word) > len("kadis")


def _past_dateline(texts: list[str], start: int, end: int) -> int:
    """Past the dateline a sentence opens with ("BEKASI -", "BEKASI, KOMPAS.com -", "Langkat | situs.com –"), if any."""
    dash = next((k for k in range(start, min(end, start + DATELINE_REACH)) if texts[k] in DASHES), None)
    if dash is None or dash == start:
        return start
    if dash == start + 1 and texts[start].istitle():
        return dash + 1  # "Langkat – Kepala Dinas A, ...": the place alone, in title case
    if any("." in t[1:] or t == "|" for t in texts[start:dash]):
        return dash + 1 if texts[start][:1].isupper() else start  # a place and the outlet's site
    if not texts[start].isupper():
        return start
    return dash + 1 if all(t[:1].isupper() or not t[:1].isalnum() for t in texts[start:dash]) else start


# What is said of an official right after their title and name ('Camat A, Fulan, dilaporkan ...'), and the verbs that
# end their office's title-case words in a headline
_SAID_OF_THEM = lx.ASN_VIOLATION_CUES | lx.SANCTION_GIVEN_CUES
_VERBS_IN_TITLE_CASE = _SAID_OF_THEM | lx.POSSIBILITY_WORDS


def named_official(lower: list[str], texts: list[str], start: int, end: int) -> tuple[int, int, int] | None:
    """(title start, title end, first word after them) of the one official a sentence opens with: a title, the
    office and its place, and the name after a comma ('Sekda Kota A, Fulan, ...', 'Sekda Pemkab B, Fulan dikenai
    ...'); None when the sentence opens otherwise."""
    start = _past_dateline(texts, start, end)
    title_end = official_title_end(lower, start, end) if start < end else None
    if title_end is None:
        return None
    j = title_end
    while (
        j < end
        and j - title_end < SUBJECT_REACH
        and (texts[j][:1].isupper() or texts[j] in ("(", ")") or texts[j] == "di" and texts[j + 1 : j + 2] != [","])
        and lower[j] not in _VERBS_IN_TITLE_CASE  # (a headline's: "Camat A Diperiksa Bawaslu", "Sekda B Terancam ...")
    ):
        j += 1  # "Camat Kendit di Situbondo, Fulan, ...": the office, its place
    if j < end and texts[j] == ",":
        k = j + 1
        while k < end and k - j <= NAME_REACH and texts[k][:1].isupper():
            k += 1
        if k == j + 1 or k - j > NAME_REACH:
            return None  # no name after the comma, or more than a name
        j = k + 1 if k < end and texts[k] == "," else k
    return start, title_end, j


def official_named_running(lower: list[str], texts: list[str], start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the title of the one official a sentence opens with, when the sentence goes on to say that
    they run ('Sekda Kota A, Fulan, siap maju ...'); None for any other sentence ('Sekda Kota A, Fulan, mengimbau ASN
    yang akan maju ...' says nothing of the Sekda)."""
    found = named_official(lower, texts, start, end)
    if found is None or lx.RACE_NAMED.isdisjoint(lower[found[1] : end]):
        return None
    j = found[2]
    while j < end and lower[j] in lx.RUNNING_LEADS:
        j += 1
    if j < end and lower[j] in lx.RESIGNING and "pengunduran" in lower[j + 1 : j + 3]:
        return found[0], found[1]
    opens_the_run = j < end and (lower[j] in lx.CANDIDACY_CUES or tuple(lower[j : j + 2]) in lx.CANDIDACY_PHRASES)
    return (found[0], found[1]) if opens_the_run and not withdraws(lower[j:end], 0) else None


def official_named_in_violation(
    lower: list[str], texts: list[str], start: int, end: int
) -> tuple[int, int, int] | None:
    """(title start, title end, the verb) of the one official a sentence opens with, when the sentence goes on to
    say what was found or done of them ('Camat D, Fulan, dilaporkan ke Bawaslu', 'Sekda Pemkab B, Fulan dikenai
    sanksi', 'Diduga Kepala Puskesmas A ikut mengkampanyekan ...', a headline's 'Diduga Langgar Netralitas, Camat A
    Diperiksa Bawaslu'); None for any other sentence ('Camat D, Fulan, tidak terbukti ...')."""
    opening = _past_dateline(texts, start, end)
    title_start = _past_a_suspicion(lower, opening, end)
    found = named_official(lower, texts, title_start, end)
    if found is None:
        return None
    j = found[2]
    while j < end and lower[j] in lx.VIOLATION_LEADS:
        j += 1
    said = j < end and lower[j] in _SAID_OF_THEM
    said = said or (title_start > opening and j < end and lower[j].isalpha())  # suspected of what the verb says
    if not said and (because := _reason_said_of_them(lower, j, end)) is not None:
        said, j = True, because  # "Kepala Dinas A, Fulan, tengah menjadi sorotan karena diduga melanggar netralitas"
    # "Kadis B, Fulan, diperiksa sebagai saksi": questioned about someone else's case
    return (found[0], found[1], j) if said and lx.WITNESS_WORDS.isdisjoint(lower[j:end]) else None


REASON_REACH = 5  # words from the verb to the reason said of them: "tengah menjadi sorotan karena diduga"


def _reason_said_of_them(lower: list[str], j: int, end: int) -> int | None:
    """Where the reason given for what is said of the official, from j on, says what was found of them ("karena
    diduga melanggar"), or None."""
    because = next((k for k in range(j, min(end, j + REASON_REACH)) if lower[k] == "karena"), None)
    return (
        because + 1
        if because is not None and lower[because + 1 : because + 2] and lower[because + 1] in _SAID_OF_THEM
        else None
    )


SUSPECTED_OF_REACH = 5  # words of what a headline says one is suspected of: "Diduga Langgar Netralitas ASN,"


def _past_a_suspicion(lower: list[str], start: int, end: int) -> int:
    """Past a suspicion the sentence opens with, before the official it is of: "Diduga Kepala Puskesmas A ...",
    "Diduga Langgar Netralitas, Camat A ...", "Dituding Tak Netral, Kepala BPBD A ..." (what they are suspected of, up
    to a comma), or past the news told before ("Seperti diberitakan sebelumnya, ...")."""
    if lower[start : start + 1] == ["seperti"] and lower[start + 1 : start + 2] == ["diberitakan"]:
        # "Seperti diberitakan sebelumnya, Kepala BPBD A, Fulan, akhirnya dilaporkan ...": told before, up to a comma
        comma = next((k for k in range(start + 2, min(end, start + 2 + SUSPECTED_OF_REACH)) if lower[k] == ","), None)
        return start if comma is None else comma + 1
    if lower[start : start + 1] not in (["diduga"], ["dituding"], ["dituduh"], ["disinyalir"]):
        return start
    comma = next((k for k in range(start + 1, min(end, start + 2 + SUSPECTED_OF_REACH)) if lower[k] == ","), None)
    if comma is not None and not (lx.ASN_VIOLATION_CUES | lx.NEUTRALITY_WORDS).isdisjoint(lower[start + 1 : comma]):
        return comma + 1
    return start + 1


# The verbs whose object is an official found, reported or sanctioned: "merekomendasikan Kepala Dinas A, Fulan, ke
# KASN", "sanksi kepada Camat B Fulan", "pelanggaran ... yang dilakukan oknum camat" ("kepada", "terhadap" and the
# doer's words only where the sentence names a violation or a sanction before them)
OFFICIAL_AS_OBJECT_AFTER = {
    "merekomendasikan",
    "melaporkan",
    "memeriksa",
    "memanggil",
    "mengadukan",
    "memproses",
    "menyanksi",
    "memberhentikan",
    "menonaktifkan",
    "mencopot",
}
OFFICIAL_AFTER_A_VIOLATION = {"kepada", "terhadap", "dilakukan", "oleh"}
# A verdict on an official, said after the title: "Bawaslu memutuskan Camat A, Fulan, bersalah", "menyatakan Camat B
# terbukti melanggar netralitas", "menetapkan oknum Camat C bersalah" (headlines drop the prefix: "Nyatakan")
VERDICT_VERBS = {"menyatakan", "memutuskan", "menetapkan", "nyatakan", "putuskan", "tetapkan"}
FOUND_GUILTY = {"terbukti", "bersalah"}
# What is handed on to an official to decide: "Untuk penjatuhan sanksi diserahkan kepada Pj Bupati A"
DECISIONS_HANDED_ON = {"penjatuhan", "keputusan", "kewenangan", "wewenang", "penentuan"}
SENT_WORDS = {
    "dikirim",
    "dikirimkan",
    "disampaikan",
    "diserahkan",
    "diteruskan",
    "ditujukan",
    "dilayangkan",
    "dialamatkan",
}


def official_named_as_object(lower: list[str], texts: list[str], start: int, end: int) -> tuple[int, int, int] | None:
    """(title start, title end, the verb) of the first official named right after a verb that says they were
    found, reported or sanctioned ("... merekomendasikan Kepala Dinas A, Fulan, ke KASN", "... yang dilakukan
    oknum camat", "menyatakan Fulan, Kepala Seksi Dinas B, terbukti ..."); None when the sentence names none so."""
    for i in range(start, end - 1):
        word = lower[i]
        if (
            word not in OFFICIAL_AS_OBJECT_AFTER
            and not (word in OFFICIAL_AFTER_A_VIOLATION and not lx.VIOLATION_OR_SANCTION.isdisjoint(lower[start:i]))
            and not (word in VERDICT_VERBS and not FOUND_GUILTY.isdisjoint(lower[i + 2 : end]))
        ):
            continue
        if (
            word == "kepada"
            and lower[i - 1] in SENT_WORDS
            and not (lx.RECOMMENDATION_CUES | DECISIONS_HANDED_ON).isdisjoint(lower[start:i])
        ):
            # "surat rekomendasi ... yang dikirim kepada Pj Bupati", "penjatuhan sanksi diserahkan kepada Pj Bupati":
            # the official it went to, to decide on it, no offender
            continue
        title_start = i + 2 if lower[i + 1] == "oknum" else i + 1
        if word in VERDICT_VERBS:
            title_start = _past_a_name(texts, title_start, end)  # "menyatakan Fulan, Kepala Seksi ..., terbukti"
        title_end = official_title_end(lower, title_start, end) if title_start < end else None
        if title_end is not None:
            return title_start, title_end, i
    return None


NAME_WORDS = 3  # words of a person's name set before their title: "Budi Santoso Wibowo, Kepala Seksi ..."


def _past_a_name(texts: list[str], i: int, end: int) -> int:
    """Past a person's name and its comma at i ("Fulan, Kepala Seksi ..."), where the title follows; else i."""
    k = i
    while k < min(end, i + NAME_WORDS) and texts[k][:1].isupper() and texts[k].isalpha():
        k += 1
    return k + 1 if i < k < end and texts[k] == "," else i


OTHERS_REACH = 5  # words from the number to "lainnya": "empat aparatur sipil negara atau ASN lainnya"


def the_others_of_the_named(lower: list[str], end: int) -> bool:
    """Whether the civil servants counted from `end` on are "the others" ("tiga PNS lainnya") of one named before."""
    return (
        end < len(lower)
        and lower[end] in lx.ASN_NOUNS
        and any(w in ("lainnya", "lain") for w in lower[end + 1 : end + 1 + OTHERS_REACH])
        and "," not in lower[end : end + 1 + OTHERS_REACH]
    )


def rest_after_one_named(lower: list[str], start: int) -> bool:
    """Whether the number at `start` follows one official named by title and "dan" ("Sekda dan 7 Pejabat", after
    nothing or punctuation: not "tiga oknum camat dan empat ASN"): it counts the rest of a group whose first is
    named."""
    if start < 2 or lower[start - 1] not in ("dan", "serta"):
        return False
    single = lower[start - 2] in lx.SINGLE_OFFICIAL_TITLES or _head_of_an_office_abbreviated(lower[start - 2])
    title_start = start - 2 if single else start - 3
    return (
        title_start >= 0
        and official_title_end(lower, title_start, start - 1) == start - 1
        and (title_start == 0 or not lower[title_start - 1][-1:].isalnum())
    )


# One official or civil servant named by initials: "oknum ASN di Pemkab A berinisial RS", "Kepala Sekolah SMK di
# Kabupaten B berinisial Dn", "Seorang pejabat Pemkab C, berinisial RS" (initials name one person, whom no number
# counts)
INITIALS_WORDS = {"berinisial", "inisial", "insial", "berinisal"}
INITIALS_REACH = 8  # tokens from the official to their initials: "oknum Lurah Kampung Bugis berinisial SH"
_INITIALS = re.compile(r"[A-Z][A-Za-z]?(?:\.?[A-Z][a-z]?){0,3}\.?")  # "R", "RS", "Hr", "M.S."
_ASN_NAMED = {"asn", "pns", "pejabat"}


def official_named_by_initials(lower: list[str], texts: list[str], i: int, start: int) -> tuple[int, int] | None:
    """(start, end) of the civil servant or official the initials word at i names ("... berinisial RS"), looking
    back at most INITIALS_REACH tokens, past one comma and no other; None when the initials name nobody so (a
    village head, a resident)."""
    if i + 1 >= len(texts) or not _INITIALS.fullmatch(texts[i + 1]):
        return None
    first = i - 1 if i - 1 > start and texts[i - 1] == "," else i
    for k in range(first - 1, max(start, i - INITIALS_REACH) - 1, -1):
        if texts[k] in (",", ";", ":") or lower[k] in lx.NOT_COUNTED_AS_ASN:
            return None
        if lower[k] in _ASN_NAMED:
            return k, k + 1
        title_end = official_title_end(lower, k, i)
        if title_end is not None:
            return k, title_end
    return None
