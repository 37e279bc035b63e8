"""Checks of single rules against the real-news annotations' other fields: no article text needed.

Where the article texts cannot be collected, the annotations still hold more than evidence phrases (see
`analysis.phrase_check`): the publication date and the weekday-dates their notes quote, the election with its
date, the link lines and headlines their distractors quote, the violation types their notes explain with a
quoted phrase. Each probe sets one such field in a one-line context of invented words and asks one rule:

- dates: a weekday-date a note quotes about the publication date, said at the end of a statement, gives the
  annotated date (quotes of other dates, events told in the note, make some misses unavoidable);
- elections: the annotated election type named without a year, once and then three times, in a story published
  on the annotated date, gives the annotated cycle;
- links: a link or headline line quoted among the distractors, set on its own line among a story's paragraphs,
  gives no fact;
- types: a phrase a note quotes for a violation type the annotation holds gives that type.

They test rules, not articles: the share passed compares two versions of the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from analysis.extract_documents import analyse_documents
from analysis.ingest.document import Document, article_id_for
from analysis.ingest.metadata import WEEKDAYS
from analysis.ingest.published import find_published
from analysis.ingest.readers import read_text_page
from analysis.nlp.violation_types import VIOLATION_RULES, violation_types


@dataclass
class ProbeResult:
    """How many cases of a probe the rules pass, and a line for each one they do not."""

    name: str
    passed: int = 0
    cases: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.cases += 1
        self.passed += ok
        if not ok:
            self.misses.append(miss)


QUOTED = re.compile(r"'([^']{4,200})'")
_WEEKDAY_FIRST = re.compile(rf"({'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b", re.IGNORECASE)
# A weekday-date quoted without its quotes: "published = statement date Selasa (30/6/2020)"
_WEEKDAY_DATE = re.compile(_WEEKDAY_FIRST.pattern + r"[^;,'()]{0,20}\([^)]{3,12}\)", re.IGNORECASE)


def _quoted_dates(note: str) -> list[str]:
    quoted = [q for q in QUOTED.findall(note) if _WEEKDAY_FIRST.match(q) and any(c.isdigit() for c in q)]
    return quoted + [m.group(0) for m in _WEEKDAY_DATE.finditer(note) if m.group(0) not in " ".join(quoted)]


def probe_dates(records: Iterable[dict]) -> ProbeResult:
    """Each weekday-date quoted in a note about the publication date, as a statement's date."""
    result = ProbeResult("dates")
    for record in records:
        if not record.get("published"):
            continue
        year = (record.get("election") or {}).get("year") or ""
        for note in record.get("notes") or []:
            if "publish" not in note.lower() and "statement date" not in note.lower():
                continue
            for quoted in dict.fromkeys(_quoted_dates(note)):
                lines = [
                    f"Bawaslu memanggil dua ASN pada Pilkada {year}, kata Ketua Bawaslu, {quoted}.",
                    "Ia berharap.",
                ]
                got = find_published([], lines)
                result.add(
                    got == record["published"],
                    f"{record['file']}: {quoted!r} gives {got or None}, annotated {record['published']}",
                )
    return result


ELECTION_WORDS = {"pilkada": "Pilkada", "pemilu": "Pemilu", "pileg": "Pileg", "pilpres": "Pilpres"}


def _election_stories(record: dict) -> list[Document]:
    """The annotated election type named without a year, once and three times, in a story of the annotated date."""
    word = ELECTION_WORDS[record["election"]["type"]]
    once = ("ASN Diminta Netral", f"Bawaslu mengingatkan ASN agar netral dalam {word}. Pengawasan terus dilakukan.")
    thrice = (
        f"ASN Diminta Netral dalam {word}",
        f"Bawaslu mengingatkan ASN agar netral dalam {word}. Pengawasan {word} terus dilakukan.",
    )
    return [
        Document(
            source_file=record["file"],
            article_id=article_id_for(f"{title}{body}{record['published']}"),
            text=f"{title}\n\n{body}",
            title=title,
            published=record["published"],
        )
        for title, body in (once, thrice)
    ]


def probe_elections(records: Iterable[dict], nlp: Language) -> ProbeResult:
    """The annotated election named without a year, in a story published on the annotated date."""
    dated = [
        r
        for r in records
        if r.get("published") and (r.get("election") or {}).get("type") in ELECTION_WORDS and r["election"].get("year")
    ]
    documents = [doc for record in dated for doc in _election_stories(record)]
    results = list(analyse_documents(documents, nlp))
    result = ProbeResult("elections")
    for k, record in enumerate(dated):
        want = (record["election"]["type"], record["election"]["year"])
        for times, story in zip(("once", "three times"), results[2 * k : 2 * k + 2], strict=True):
            got = (story.article["election_type"], story.article["election_year"])
            result.add(
                got == want,
                f"{record['file']}: named {times}, published {record['published']}: {got}, annotated {want}",
            )
    return result


LINK_WORDS = ("baca", "link", "headline", "sidebar", "terkini", "populer", "terkait")
FIGURE = re.compile(r"\d|\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seorang)\b", re.IGNORECASE)
# A story the quoted line is set in, on its own line between two paragraphs with no figure
LINK_STORY = (
    "Bawaslu Kota Lorem Ingatkan ASN Jaga Netralitas\nKOTA LOREM - Bawaslu Kota Lorem mengingatkan seluruh aparatur "
    "sipil negara (ASN) agar menjaga netralitas selama tahapan pemilihan berlangsung di daerah itu.\n{line}\nKetua "
    "Bawaslu mengatakan pengawasan akan terus dilakukan hingga hari pemungutan suara dan meminta warga melapor."
)


def probe_links(records: Iterable[dict], nlp: Language) -> ProbeResult:
    """Each link or headline line with a figure the distractors quote, as a line of a story: no fact."""
    quoted = [
        (record["file"], line.removesuffix("...").rstrip())  # "12 ASN Diduga Terlibat ...": the annotator's cut
        for record in records
        for distractor in (record.get("distractors") or []) + (record.get("noise") or [])
        if any(word in distractor.lower() for word in LINK_WORDS)
        for line in QUOTED.findall(distractor)
        if FIGURE.search(line) and len(line.split()) >= 3
    ]
    documents = [read_text_page(file, LINK_STORY.format(line=line))[0] for file, line in quoted]
    result = ProbeResult("links")
    for (file, line), story in zip(quoted, analyse_documents(documents, nlp), strict=True):
        values = [fact["value"] for fact in story.facts]
        result.add(not values, f"{file}: {line!r} gives {values}")
    return result


def probe_types(records: Iterable[dict]) -> ProbeResult:
    """Each type a note names with a quoted phrase, where the annotation holds it: the phrases give it."""
    result = ProbeResult("types")
    for record in records:
        held = set(record.get("violation_types") or [])
        for note in record.get("notes") or []:
            quoted = QUOTED.findall(note)
            if not quoted:
                continue
            found = {code for phrase in quoted for code in violation_types(phrase)}
            for code in (c for c in VIOLATION_RULES if c in note and c in held):
                result.add(code in found, f"{record['file']}: {code} not in {sorted(found)} from {quoted}")
    return result


def run_probes(records: list[dict], nlp: Language) -> list[ProbeResult]:
    return [probe_dates(records), probe_elections(records, nlp), probe_links(records, nlp), probe_types(records)]


def format_probes(results: list[ProbeResult]) -> str:
    lines = ["single rules against the annotations' other fields (one-line contexts, not articles):"]
    lines += [
        f"  {r.name:<20} {r.passed:>5} of {r.cases:<5} {r.passed / r.cases if r.cases else 0:.3f}" for r in results
    ]
    return "\n".join(lines)


def format_probe_misses(results: list[ProbeResult]) -> str:
    return "\n".join(f"{r.name}: {miss}" for r in results for miss in r.misses)
