"""Boilerplate removal for Indonesian news pages saved as text.

A page copied or scraped from a news site carries, around the article, the site's navigation, bylines,
photo captions, share buttons, links to other stories, comment forms and copyright footers. The rules
below are written for Indonesian news sites in general (they name no site) and work line by line:

| zone | rule | examples |
| --- | --- | --- |
| anywhere | links to other stories are dropped, with the story title they carry | `Baca juga: ...`, `BACA JUGA: ...`, `Simak juga ...`, `Baca: ...`, `Baca artikel detiknews, "..." selengkapnya`, `Artikel ini telah tayang di ... dengan judul ...` |
| anywhere | headings of related-story lists are dropped, and the short link lines that follow them | `Berita Terkait`, `Bacaan Lainnya`, `Pos terkait`, `Artikel Terkait`, `Baca Juga` alone on its line |
| anywhere | photo captions and credits | `... Foto : Ist`, `Ilustrasi - ...`, `(Foto: Dok. Humas)`, `TRIBUNJOGJA.COM/ Nama`, `ANTARA/Foto` |
| anywhere | source and update lines (bylines naming a person are kept, after the body) | `Sumber: ...`, `Diperbarui: ...` |
| anywhere | share widgets (alone or in a row), adverts, pagination, tags (a line of them, or a cloud one to a line under `Tag`), calls to follow the outlet | `• Whatsapp`, `Bagikan: Facebook Twitter`, `ADVERTISEMENT`, `Halaman 2`, `Halaman: 1 2 3`, `Tags: ...`, `Simak informasi lain ... di kanal YouTube ...` |
| anywhere | bulleted headlines of other stories set between paragraphs | `• Pilkada di Tengah Pandemi, KPU Targetkan Partisipasi 77,5 Persen`, `- KASN Terima 1.200 Aduan Dugaan ASN Langgar Netralitas` |
| anywhere | a short line repeating the line just before it | a caption printed twice |
| header | lines before the article body that are not its title (menus, kickers, date lines, subtitles) | `Politik`, `Indeks`, `Minggu, 27 Oktober 2024 \\| 18:23 WIB` |
| footer | everything from a comment form, "newer / older" pager, "latest news" list or copyright line on | `Komentar:`, `Tinggalkan Balasan`, `Post a Comment`, `Lebih baru Lebih lama`, `© 2025 ...` |

The body starts at the first paragraph that opens with a dateline (`SERPONG -`, `Serang (ANTARA) -`,
`TRIBUNJOGJA.COM, BANTUL -`), or, when there is none, at the first line that reads as a paragraph
(a dozen words or more, ending as a sentence ends). The title is the first headline-like line of the
header (at least four words, not ending with a full stop).

The cleaned text is the title, a blank line, and the body paragraphs separated by blank lines, then the
header's bylines (`Laporan: Nama`, `Penulis: Nama`: the people who wrote the story); every
character offset downstream refers to it. Dropped lines are kept with the rule that dropped them, so a
notebook or a reviewer can see what went.
"""  # noqa: E501 (the rules above are a Markdown table: a row cannot wrap)

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from analysis.ingest.metadata import (
    ASCII_FOLD,
    EDITOR_STAMP,
    Dateline,
    find_dateline,
    find_place_and_colon,
    fold_case,
    is_date_line,
    known_places,
)

# Characters that are invisible or layout-only in scraped text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE_CHARS = "".join(map(chr, _INVISIBLE))

# _SPACES.sub(" ", x) in two cheaper steps (one match per space made it slow): the space characters other
# than " " made " " (the runs stay where they were), then runs of two or more " " made one (a literal
# "  " to search for, which " {2,}" is not). A line without tabs, control, invisible or other space
# characters (str.isprintable() is False for each of them) only needs the second step (see _page_lines).
_OTHER_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUNS = re.compile(r"  +")

_I = re.IGNORECASE
RELATED_LINK = re.compile(
    r"^\W{0,3}(baca|simak|lihat|cek|tonton|klik)\s+(juga|pula|selengkapnya|berita)\b|^\W{0,3}baca\s*:|"
    r"^\W{0,3}(read|see)\s+(also|more)\b|^\W{0,3}(artikel|berita)\s+(ini\s+)?(sebelumnya|selanjutnya)\s*:|"
    # syndication notices: "Artikel ini telah tayang di X.com dengan judul ...", 'Baca artikel detiksulsel,
    # "..." selengkapnya https://...'
    r"^\W{0,3}(artikel|berita|tulisan)\s+ini\s+(telah|sudah|pertama\s+kali)\s+(tayang|terbit|dimuat|diterbitkan)|"
    r"^\W{0,3}baca\s+artikel\s+[\w.\-]+\s*,",
    _I,
)
RELATED_HEADING = re.compile(
    r"^\W{0,3}((berita|artikel|bacaan|pos|tulisan|konten|video)\s+(terkait|lainnya|menarik|pilihan|lain)|"
    r"related\s+(posts?|articles?|news)|rekomendasi(\s+untuk\s+anda)?|pilihan\s+(editor|redaksi))\W{0,3}$",
    _I,
)
# A link line with nothing after its words is the heading of a list of links: "Baca Juga", "Baca Berita Lainnya:"
BARE_LINK_HEADING = re.compile(
    r"^\W{0,3}(baca|simak|lihat)(\s+(juga|pula|selengkapnya|berita(\s+lainnya)?))?\W{0,3}$", _I
)
CAPTION = re.compile(
    r"^\W{0,3}(foto|photo|ilustrasi|gambar|video|dok\.?|dokumentasi|sumber\s+foto|grafis|infografis)\b\s*[:.\-–—(]|"
    r"^\W{0,3}ilustrasi\b|"
    r"^[A-Z0-9][A-Za-z0-9\-]*\.(?:com|co\.id|id|net|news)\s*/\s*\S|"
    r"^(ANTARA\s*FOTO|ANTARA|ANTARANEWS)\s*/",
    _I,
)
# Credits at the end of a caption line; tried only on lines holding one of CREDIT_WORDS (this expression is
# tried at every position of the line, which made it the slowest rule of all).
CAPTION_CREDIT = re.compile(
    r"\b(foto|photo|dok|ilustrasi)\s*[:.]\s*[^.!?]{0,60}$|"
    r"\((foto|dok|ilustrasi|istimewa)\b[^)]{0,80}\)\s*$",
    _I,
)
CREDIT_WORDS = ("foto", "photo", "dok", "ilustrasi", "istimewa")
# Bylines naming a person (reporter, writer, editor) stay in the text: the people are part of the record.
PERSON_ROLES = (
    r"laporan(\s+(wartawan|reporter|kontributor)[^:\n]{0,60})?|penulis|reporter|editor|penyunting|"
    r"pewarta|kontributor|redaktur|oleh|jurnalis|wartawan|author|writer"
)
PERSON_BYLINE = re.compile(rf"^\W{{0,3}}({PERSON_ROLES})\s*:\s*\S", _I)
BYLINE = re.compile(
    rf"^\W{{0,3}}({PERSON_ROLES}|sumber|diunggah\s+oleh|diperbarui|dipublikasikan|diterbitkan|"
    r"published|updated)\s*:",
    _I,
)
_SHARE_TARGETS = (
    r"whatsapp|facebook|twitter|x|telegram|line|linkedin|instagram|youtube|tiktok|pinterest|e-?mail|copy\s+link"
)
WIDGET = re.compile(
    r"^[\W_]{0,4}(whatsapp|facebook|twitter|x|telegram|line|linkedin|instagram|youtube|tiktok|pinterest|"
    r"e-?mail|copy\s+link|salin\s+(tautan|link)|bagikan(\s+(ke|artikel|berita|ini))?|share(\s+(this|on|to))?|"
    r"tweet|print|cetak|komentari|simpan|ikuti\s+kami(\s+di)?(\s+\S+){0,3}|follow\s+us(\s+on)?(\s+\S+){0,3}|"
    r"advertisement|iklan|ads|sponsored|scroll\s+to\s+(continue|resume)(\s+with\s+content)?|"
    r"gulir\s+untuk\s+melanjutkan|loading\.*|memuat\.*|tutup|close|x\s*close|aa|a\s*a)[\W_]{0,4}$|"
    # a row of share buttons: "Facebook WhatsApp Twitter", "Bagikan: Facebook Twitter WhatsApp Line",
    # "Share this: Facebook | Twitter | WhatsApp", "WhatsApp  Facebook  Twitter  Telegram  Salin Link"
    rf"^[\W_]{{0,4}}((bagikan|share)(\s+(ke|artikel|berita|ini|this|on|to))*\s*:?\s*)?({_SHARE_TARGETS})"
    rf"([\s|,•·/-]+({_SHARE_TARGETS}|salin\s+(tautan|link)))+[\W_]{{0,4}}$",
    _I,
)
FOLLOW = re.compile(
    r"^\W{0,3}(jangan\s+lupa\s+)?(ikuti|follow|dapatkan|gabung)\b.{0,100}\b(google\s+news|whatsapp\s+channel|"
    r"saluran\s+whatsapp|telegram|update\s+berita|berita\s+terkini)\b|"
    # the outlet's own channel: "Simak informasi lain dari Kota A di kanal YouTube KompasTV A"
    r"^\W{0,3}(simak|saksikan|tonton|ikuti)\b.{0,120}\b(kanal|channel)\s+(youtube|kami)\b",
    _I,
)
PAGINATION = re.compile(
    r"^\W{0,3}((halaman|page)\s*:?\s*\d+((\s*(dari|of|/)\s*\d+)|(\s+\d+){1,9})?|\d+(\s+\d+){1,9}|"
    r"(selanjutnya|sebelumnya|berikutnya|next|prev(ious)?|lanjut)\s*»?|"
    r"(tampilkan|lihat)\s+semua)\W{0,3}$",
    _I,
)
TAGS = re.compile(r"^\W{0,3}(tags?|topik|kata\s+kunci|label|kategori|keywords?)\s*:", _I)
# The same word alone on its line heads a cloud of tags, one to a line ("Tag", "Batam", "LINGGA POS", ...)
TAG_HEADING = re.compile(r"^\W{0,3}(tags?|topik|kata\s+kunci|label|keywords?)\W{0,3}$", _I)
FOOTER = re.compile(
    r"^\W{0,3}(komentar(\s+anda)?|tinggalkan\s+(balasan|komentar)|post\s+a\s+comment|berikan\s+komentar|tulis\s+komentar|"
    r"kirim\s+komentar|leave\s+a\s+(reply|comment)|\d+\s+(komentar|comments?)|comments?|"
    r"(berita|artikel)\s+(terkini|terbaru|terpopuler|populer)|terpopuler|terkini|terbaru|paling\s+populer|"
    r"most\s+popular|lebih\s+baru\s+lebih\s+lama|newer\s+posts?\s+older\s+posts?)\W{0,3}$|"
    r"^\W{0,3}alamat\s+email\s+anda\s+tidak\s+akan|^\W{0,3}(copyright|hak\s+cipta)\b|^\W{0,3}©|"
    # the readers' comments disclaimer: "Isi komentar sepenuhnya adalah tanggung jawab pengguna ..."
    r"^\W{0,3}isi\s+komentar\s+sepenuhnya\b|"
    r"\ball\s+rights?\s+reserved\b",
    _I,
)

# Prefilters. Every rule above but CAPTION_CREDIT and FOOTER's "all rights reserved" is anchored: a match
# is up to four non-word characters, then a word of the rule at the line's first letter or digit (its
# "lead", see _lead). So a rule is tried only on lines whose lead is the first letter of one of its words
# ("0": a digit); a content line is tested by one or two rules instead of ten. The sets are checked
# against every word of every rule (tests/test_ingest_fast_paths.py).
_RELATED_LINK_LEADS = frozenset("abcklrst")
_RELATED_HEADING_LEADS = frozenset("abkprtv")
_CAPTION_LEADS = frozenset("dfgipsv")  # and the two credit forms that hold a "/" ("TRIBUNJOGJA.COM/", "ANTARA/")
_PERSON_BYLINE_LEADS = frozenset("aejkloprw")
_BYLINE_LEADS = frozenset("adejkloprsuw")
_WIDGET_LEADS = frozenset("abcefgiklmpstwxy")
_FOLLOW_LEADS = frozenset("dfgijst")
_PAGINATION_LEADS = frozenset("bhlnpst0")
_TAGS_LEADS = frozenset("klt")
_FOOTER_LEADS = frozenset("abchiklmnpt0")  # and "©" among the first four characters
_LEAD = re.compile(r"[\W_]{0,4}([^\W_])")

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$|[\"”’]\s*$")
MIN_PARAGRAPH_WORDS = 12
MIN_TITLE_WORDS = 4
MAX_TITLE_CHARS = 250
LINK_LIST_MAX_WORDS = 20  # lines after a related-story heading this short are link titles
LINK_TITLES = "link_titles"  # the list under way after a related link of its own: only title-cased lines go on with it
# A bulleted line of title-cased words is the headline of another story: the words of a headline that stay
# in lower case, and the share of the others that must be capitalised.
LINK_BULLETS = ("•", "▪", "►", "»", "- ", "– ")  # (a dash only with a space: not "-2" nor "--")
HEADLINE_LOWER_WORDS = frozenset(
    "di ke dari dan atau yang untuk dengan pada dalam soal jadi jika ini itu akan agar oleh bagi vs".split()
)
HEADLINE_CAPITALISED_SHARE = 0.7


@dataclass
class CleanedText:
    """An article page split into the article (title, body paragraphs) and what was dropped."""

    title: str
    paragraphs: list[str]
    header: list[str] = field(default_factory=list)  # lines before the body (metadata is read from them)
    footer: list[str] = field(default_factory=list)  # lines from the footer on
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line, rule) for every dropped line
    dateline: Dateline | None = None
    bylines: list[str] = field(default_factory=list)  # person bylines of the header, kept after the body
    decks: list[str] = field(default_factory=list)  # the header's bulleted summary lines, kept after the body

    @property
    def text(self) -> str:
        parts = [self.title] if self.title else []
        body = self.paragraphs[1:] if self.paragraphs and self.paragraphs[0] == self.title else self.paragraphs
        # header decks and bylines go last, so that the lead paragraph stays the first after the title
        return "\n\n".join(parts + body + self.decks + self.bylines)


def normalize_line(line: str) -> str:
    """NFC, no invisible or control characters, single spaces, no surrounding blanks."""
    line = unicodedata.normalize("NFC", line)
    for char in _INVISIBLE_CHARS:  # removed one by one: str.translate with a table took 0.1 us a character
        if char in line:
            line = line.replace(char, "")
    line = _CONTROL.sub(" ", line)
    return _SPACE_RUNS.sub(" ", _OTHER_SPACES.sub(" ", line)).strip()  # _SPACES.sub(" ", line), faster


def _page_lines(raw: str) -> list[str]:
    """The non-empty lines of `raw`, each as normalize_line gives it; NFC once for the whole text, and the
    other steps only on the lines that need them: per line, the regular expressions cost more in calls
    than in characters (a third of cleaning).

    The same lines, because NFC never changes, moves or makes a line-break character (they are in no
    decomposition and combine with nothing), so normalising the text normalises each line; and a printable
    line holds none of the characters that the other steps remove or replace, but " ".
    """
    lines = []
    for line in unicodedata.normalize("NFC", raw).splitlines():
        if not line.isprintable():
            line = normalize_line(line)  # NFC again changes nothing
        elif "  " in line:
            line = _SPACE_RUNS.sub(" ", line).strip()
        else:
            line = line.strip()
        if line:
            lines.append(line)
    return lines


WRAP_MIN_CHARS = 40  # a line broken inside a sentence, or the line it goes on into, is at least this long
_GOES_ON_AFTER = re.compile(r"[\w,]$")  # a line ending in a word or a comma has not ended its sentence
_WEB_ADDRESS_FIRST = re.compile(r"[a-z0-9-]+(\.[a-z]{2,})+\b")  # "jpnn.com, JAKARTA - ...": an outlet's dateline
_NUMBER_GOES_ON = re.compile(r"[\d.,]+ [a-z]")  # "2017 di Kota ...": a number, then the sentence goes on


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Lines broken inside a sentence, as a page's text wrapped at a fixed width ("... pada pilkada Kabupaten
    Ipsum" / "dan diteruskan ke KASN, ...") or a paragraph's first word set apart ("Hal" / "ini
    disampaikan Ketua ..."): a line ending in a word or a comma, followed by one that goes on in lower case
    (perhaps after a number: "... (Pilkada) Aceh" / "2017 di Kota ..."), either of them long, is one line with
    it. A sentence never starts in lower case, so the next line cannot be a new one; short pairs stay apart (a tag
    heading and its tags)."""
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and (line[0].islower() or _NUMBER_GOES_ON.match(line))
            and not _WEB_ADDRESS_FIRST.match(line)
            and _GOES_ON_AFTER.search(joined[-1])
            and max(len(joined[-1]), len(line)) >= WRAP_MIN_CHARS
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _lead(line: str) -> str:
    """The line's first letter or digit if it is among its first five characters (where the anchored rules'
    words start), as the rules' IGNORECASE matching sees it: lower case, "0" for any digit; else ""."""
    lead = line[:1]
    if not lead.isalnum():  # \w is a letter, a digit or "_"
        match = _LEAD.match(line)
        if match is None:
            return ""
        lead = match.group(1)
    if lead.isdecimal():  # what \d matches
        return "0"
    return ASCII_FOLD.get(lead) or lead.lower()


def is_person_byline(line: str) -> bool:
    return _is_person_byline(line, _lead(line))


def _is_person_byline(line: str, lead: str) -> bool:
    return (
        len(line) <= 120
        and lead in _PERSON_BYLINE_LEADS
        and len(line.split()) <= 12
        and bool(PERSON_BYLINE.search(line))
    )


def noise_rule(line: str) -> str | None:
    """The rule that marks this line as noise wherever it appears, or None for a content line."""
    return _noise_rule(line, _lead(line))


def _noise_rule(line: str, lead: str) -> str | None:
    if line.startswith("(") and EDITOR_STAMP.match(line):
        return "byline"  # the wire's editors and the time it went out: it dates the story
    if lead in _RELATED_LINK_LEADS and RELATED_LINK.search(line):
        return "related_link"
    if lead in _RELATED_HEADING_LEADS and RELATED_HEADING.search(line):
        return "related_heading"
    if (lead in _WIDGET_LEADS and WIDGET.search(line)) or (
        len(line) <= 160 and lead in _FOLLOW_LEADS and FOLLOW.search(line)
    ):
        return "widget"
    if lead in _PAGINATION_LEADS and PAGINATION.search(line):
        return "pagination"
    if line.startswith(LINK_BULLETS) and _is_bulleted_headline(line) and not _a_place_then_its_figure(line):
        return "related_link"
    if len(line) <= 200:
        # bylines and tags are a word and a colon ("Sumber:", "Tags:"): no colon, no need to try them
        if lead in _BYLINE_LEADS and ":" in line and BYLINE.search(line) and len(line.split()) <= 12:
            return "byline"
        if lead in _TAGS_LEADS and (":" in line and TAGS.search(line) or TAG_HEADING.match(line)):
            return "tags"
        if _is_caption(line, lead):
            return "caption"
    return None


def _is_bulleted_headline(line: str) -> bool:
    """'• Pilkada di Tengah Pandemi, KPU Targetkan Partisipasi 77,5 Persen': a link to another story, where
    a bulleted item of the story itself ('• Kabupaten A: 3 orang ASN.') is a sentence or keeps its words low."""
    if re.search(r"\.[\"'”’)]?$", line):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", line) if w.lower() not in HEADLINE_LOWER_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= MIN_TITLE_WORDS and capitalised >= HEADLINE_CAPITALISED_SHARE * len(words)


# A figure in a headline: digits that are no year, or a number word ("17 ASN ... Terancam Disanksi", "NTT Tambah
# Empat Kasus"; not "Data Tahun 2024")
_FIRST_FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")
_FIGURE = re.compile(
    _FIRST_FIGURE.pattern + r"|\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seorang)\b",
    re.IGNORECASE,
)
HEADLINE_MAX_WORDS = 16
HEADLINE_MAX_CHARS = 160  # sixteen words at most: a longer line is a paragraph, known before any expression runs
_ENUMERATOR = re.compile(r"^\s*(\d{1,2}|[a-z])[.)]\s+")  # "1. Kabupaten A 17 Orang": an item of a numbered list


def _is_headline_among_paragraphs(line: str) -> bool:
    """'17 ASN Kota A Terancam Disanksi', 'Bawaslu B Sudah Terima 25 Laporan': a title-cased line with a figure and
    no sentence end, set among the paragraphs, is the headline of another story (a sidebar's, a link list's without
    its label); not a row of a table, a place then its figure ('Kabupaten Wakatobi 17 Orang', 'Kota Baubau: 4 Kasus'),
    nor a subheading, which holds no figure; a numbered list's item is read without its number."""
    if len(line) > HEADLINE_MAX_CHARS or line.rstrip()[-1:] in (".", "!", "?", '"', "”", "’"):
        return False  # most lines among the paragraphs: long, or ending as a sentence ends
    line = _ENUMERATOR.sub("", line, count=1)
    if ":" in line[:40] and not _FIRST_FIGURE.search(line[: line.index(":")]):
        return False  # "Kota Baubau: 4 Kasus": a label and its figure
    if len(line.split()) > HEADLINE_MAX_WORDS or _SENTENCE_END.search(line) or not _FIGURE.search(line):
        return False
    return _is_bulleted_headline(line) and not _a_place_then_its_figure(line)


def _is_link_title(line: str) -> bool:
    """A line that reads as another story's title: short, title-cased, no sentence end; not a table's row nor who
    wrote the story ("Pewarta: A")."""
    return (
        len(line.split()) <= LINK_LIST_MAX_WORDS
        and not _SENTENCE_END.search(line)
        and _is_bulleted_headline(line)
        and not _a_place_then_its_figure(line)
        and not is_person_byline(line)
    )


def _a_place_then_its_figure(line: str) -> bool:
    """'Kabupaten Wakatobi 17 Orang', '- Kota Baubau 4 Kasus': a table's row, the words before its figure a place."""
    first = _FIRST_FIGURE.search(line)
    before = line[: first.start()].strip(" :-–(•▪►»").upper() if first else ""
    return bool(before) and before in known_places()


def is_caption(line: str) -> bool:
    return _is_caption(line, _lead(line))


def _is_caption(line: str, lead: str) -> bool:
    if (lead in _CAPTION_LEADS or "/" in line) and CAPTION.search(line):
        return True
    lower = fold_case(line)  # as IGNORECASE reads it: "(İstimewa)" is a credit too
    # the credit words tested one by one (a generator over CREDIT_WORDS cost more than the tests)
    return (
        "foto" in lower or "photo" in lower or "dok" in lower or "ilustrasi" in lower or "istimewa" in lower
    ) and bool(CAPTION_CREDIT.search(line))


def is_footer(line: str) -> bool:
    return _is_footer(line, _lead(line))


# The site's name and tagline at the page's foot: "Jabar News | Berita Jawa Barat" (the place is the outlet's)
SITE_TAGLINE = re.compile(r"^[^|]{2,40}\|\s*(?:portal\s+|situs\s+)?berita\s+[^|]{2,40}$", _I)


def _is_footer(line: str, lead: str) -> bool:
    if len(line) > 200:
        return False
    if "|" in line and SITE_TAGLINE.match(line):
        return True
    # the anchored forms match at the start or nowhere; "all rights reserved" anywhere, so "all" is in the line
    if (lead in _FOOTER_LEADS or "©" in line[:4]) and FOOTER.match(line):
        return True
    return "all" in line.lower() and bool(FOOTER.search(line))


# A bulleted line of the header that sums the story up ("- Selama masa kampanye terdapat tiga laporan ...", "*1 ASN
# Bartim Dilaporkan ke BKN"): kept with the body; a short one is a label or a date ("• Editor: Dul", "- 3 Mei 2021")
DECK_LINE = re.compile(r"[-*•●▪]\s*(\S.*)$")
MIN_DECK_WORDS = 5


def is_paragraph(line: str) -> bool:
    words = len(line.split())
    return words >= 2 * MIN_PARAGRAPH_WORDS or (words >= MIN_PARAGRAPH_WORDS and bool(_SENTENCE_END.search(line)))


def _is_title(line: str, rule: str | None) -> bool:
    """Whether `line`, whose noise_rule is `rule`, reads as a title."""
    words = len(line.split())
    return (
        MIN_TITLE_WORDS <= words
        and len(line) <= MAX_TITLE_CHARS
        and not line.endswith(".")
        and not is_date_line(line)
        and rule is None
        and not _is_menu(line)
    )


def _drop_links_printed_before(cleaned: CleanedText) -> None:
    """'- Judul berita lain' lines right before a bare 'Baca Juga' (the RMOL sites print the label after its
    list): its links, not paragraphs."""
    while cleaned.paragraphs and _is_bulleted_link(cleaned.paragraphs[-1]):
        cleaned.dropped.append((cleaned.paragraphs.pop(), "related_link"))


def _is_bulleted_link(line: str) -> bool:
    return bool(DECK_LINE.match(line)) and len(line.split()) <= LINK_LIST_MAX_WORDS and not _SENTENCE_END.search(line)


def _is_menu(line: str) -> bool:
    """'Kota Bogor | Kabupaten Bogor | Depok | Politik': a row of section links, not a headline."""
    return line.count(" | ") >= 2 or line.count(" · ") >= 2 or line.count(" • ") >= 2


def _caption_label(dateline: Dateline) -> bool:
    """'SOSIALISASI - KPU A saat menggelar ...': a word in capitals before a dash that is no known place and has no
    outlet, which after a paragraph is a photograph's caption, not the story's dateline."""
    return not dateline.outlet and dateline.place not in known_places()


def _body_start(lines: list[str], rule_at) -> tuple[int, Dateline | None]:
    """Index of the first body line: the dateline paragraph, else the first paragraph-like line
    (`rule_at(i)`: the noise_rule of lines[i])."""
    paragraph_before = False
    for i, line in enumerate(lines):
        if len(line.split()) >= 6 and rule_at(i) is None:
            dateline = find_dateline(line)
            if dateline is not None and not (paragraph_before and _caption_label(dateline)):
                return i, dateline
            paragraph_before = paragraph_before or is_paragraph(line)
    for i, line in enumerate(lines):
        if is_paragraph(line) and rule_at(i) is None:
            return i, find_place_and_colon(line)
    return len(lines), None


def clean_text(raw: str, *, title: str = "") -> CleanedText:
    """Split a page's text into title, body paragraphs and dropped lines (see the module's rules).

    A `title` known from elsewhere (a JSONL field, an HTML head) is used as the title, and a header
    line equal to it is not repeated.
    """
    # splitlines: every line break (\r, \x85, \u2028...), not only \n, ends a line
    lines = join_wrapped_lines(_page_lines(raw))
    title = normalize_line(" ".join(title.split()))  # a title given by a field is one line
    cleaned = CleanedText(title="", paragraphs=[])
    leads = [_lead(line) for line in lines]
    rules: dict[int, str | None] = {}

    def rule_at(i: int) -> str | None:  # each line's noise rule found once (header lines are asked twice)
        if i not in rules:
            rules[i] = _noise_rule(lines[i], leads[i])
        return rules[i]

    start, cleaned.dateline = _body_start(lines, rule_at)

    for i in range(start):
        line = lines[i]
        cleaned.header.append(line)
        if _is_person_byline(line, leads[i]):
            cleaned.bylines.append(line)
            continue
        deck = DECK_LINE.match(line)
        if deck and len(line.split()) >= MIN_DECK_WORDS and not is_date_line(line):
            cleaned.decks.append(deck.group(1))  # "- Selama masa kampanye ... terdapat tiga laporan ...": a summary
            continue
        rule = rule_at(i)
        if rule is None and not cleaned.title and not title and _is_title(line, rule):
            cleaned.title = line
        else:
            cleaned.dropped.append((line, rule or "header"))
    cleaned.title = title or cleaned.title

    in_list_of: str | None = None  # the rule of a list of links or tags under way: its short lines are dropped
    for i in range(start, len(lines)):
        line, lead = lines[i], leads[i]
        if _is_footer(line, lead):
            cleaned.footer = lines[i:]
            cleaned.dropped.extend((x, "footer") for x in lines[i:])
            break
        rule = None if _is_person_byline(line, lead) else rule_at(i)
        if rule == "related_heading" or (rule == "related_link" and BARE_LINK_HEADING.match(line)):
            in_list_of = "related_link"
            _drop_links_printed_before(cleaned)
        elif rule == "tags" and TAG_HEADING.match(line):
            in_list_of = "tags"
        elif rule == "related_link":
            in_list_of = LINK_TITLES  # "Baca juga: A" then the titles of other stories, with no label of their own
        elif (
            rule is None and in_list_of and len(line.split()) <= LINK_LIST_MAX_WORDS and not _SENTENCE_END.search(line)
        ):
            if in_list_of != LINK_TITLES:
                rule = in_list_of
            elif i + 1 < len(lines) and _is_link_title(line) and _is_link_title(lines[i + 1]):
                rule = in_list_of = "related_link"  # a run of titles (one alone may be the story's subheading)
            else:
                in_list_of = None
        else:
            in_list_of = None
        previous = cleaned.paragraphs[-1] if cleaned.paragraphs else cleaned.title
        if rule is None and line == previous and len(line.split()) < 2 * MIN_PARAGRAPH_WORDS:
            rule = "repeated"
        if rule is None and cleaned.paragraphs and is_date_line(line):
            rule = "byline"  # the page's stamp printed under a headline set among the paragraphs: it dates the story
        elif rule is None and cleaned.paragraphs and _is_headline_among_paragraphs(line):
            rule = "related_link"
        if rule is None:
            cleaned.paragraphs.append(line)
        else:
            cleaned.dropped.append((line, rule))
    return cleaned
