"""Figures cited from articles outside the corpus: the source, a short quotation and the fact's fields.

News texts belong to their outlets and cannot be redistributed; a figure with its source (URL, outlet, date) and
the sentence that states it can. A cited-figures file (`data/raw/cited/*.csv`, read like a reviews file: UTF-8
or UTF-16 with BOM, comma, semicolon or tab separated) has one row per figure:

- `url` (the article), `outlet`, `title`, `published` (YYYY-MM-DD): the source;
- `evidence`: the article's phrase that states the figure, quoted verbatim;
- the fact's fields (`fact_type`, `value`, `unit`, `status`, `scope`, `region_code`, `election_type`,
  `election_year`) and the article's `violation_types` (';'-separated codes);
- `reviewer` (who read the figure off the article), `date`, `note`.

A run adds each cited article to `articles` with status `cited` (no text: `content_sha256` empty) and each figure
to `facts` as a person's (`review` added, `rule` person, no confidence). An article of the corpus itself (same
URL) is read from its text instead: its cited figures are then added facts of that article (`analysis.review
.apply`), found by their quotation.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.nlp.numbers import parse_number_at
from analysis.review.decisions import FACT_FIELDS, Decision, decision_of_row, problem_line, read_rows
from analysis.review.ids import fact_id
from analysis.schemas import ARTICLES, FACTS, VIOLATION_TYPES

CITED_STATUS = "cited"
CITED_REQUIRED = ("url", "evidence", "reviewer")
SOURCE_COLUMNS = ("url", "outlet", "title", "published")
CITED_COLUMNS = (*SOURCE_COLUMNS, "evidence", *FACT_FIELDS, "violation_types", "reviewer", "date", "note")
QUOTATIONS_SEPARATOR = "\n"  # a cited article's quotations, joined in the order given, make its offsets


@dataclass(frozen=True)
class CitedFigure:
    """One figure of an article outside the corpus, as a person quoted it."""

    decision: Decision  # an `add` with the fact's fields, evidence and url
    outlet: str = ""
    title: str = ""
    published: str = ""
    violation_types: tuple[str, ...] = field(default_factory=tuple)


def cited_key(url: str) -> str:
    """What stands for the content hash of an article known by its address only: the SHA-256 of 'cited ' + url
    (an article read from text has the hash of its text; the two never meet)."""
    return hashlib.sha256(f"cited {url}".encode()).hexdigest()


def cited_article_id(url: str) -> str:
    """The article's id: the first 16 characters of its key, as an article read from text has of its hash."""
    return cited_key(url)[:16]


def _source_cells(record: dict[str, str], name: str, row: int, problems: list[str]) -> dict:
    published = record.get("published", "").strip()
    if published:
        try:
            published = pd.Timestamp(published).date().isoformat()
        except ValueError:
            problems.append(problem_line(name, row, "published", f"{published!r} is not a date YYYY-MM-DD"))
            published = ""
    types = tuple(t.strip() for t in record.get("violation_types", "").split(";") if t.strip())
    unknown = [t for t in types if t not in VIOLATION_TYPES]
    if unknown:
        problems.append(problem_line(name, row, "violation_types", f"{', '.join(unknown)}: not in the taxonomy"))
    if not record.get("url", "").strip():
        problems.append(problem_line(name, row, "url", "empty: the address of the article the figure is from"))
    return {
        "outlet": record.get("outlet", "").strip(),
        "title": record.get("title", "").strip(),
        "published": published,
        "violation_types": tuple(t for t in types if t in VIOLATION_TYPES),
    }


def read_cited_file(path: Path, name: str | None = None) -> tuple[list[CitedFigure], list[str]]:
    """The figures of one cited-figures file, and its problems (one line each: file, row, field)."""
    name = name or str(path)
    records, problems = read_rows(path, name, required=CITED_REQUIRED)
    figures = []
    for row, record in records:
        decision = decision_of_row(record | {"decision": "add"}, name, row, problems, names_article=False)
        source = _source_cells(record, name, row, problems)  # the article is its url: said missing here
        if decision is not None:
            figures.append(CitedFigure(decision, **source))
    return figures, problems


def read_cited(folder: Path | None) -> tuple[list[CitedFigure], list[str]]:
    """Every figure of the cited folder's CSV files (sorted by name, named relative to the folder's parent so that
    a log tells them from reviews files), and every problem found."""
    if folder is None or not Path(folder).is_dir():
        return [], []
    figures, problems = [], []
    for path in sorted(Path(folder).rglob("*.csv")):
        found, wrong = read_cited_file(path, path.relative_to(Path(folder).parent).as_posix())
        figures += found
        problems += wrong
    return figures, problems


def _article_rows(figures: list[CitedFigure], names: dict[str, str]) -> dict[str, dict]:
    """One article row per address, in the order first cited; its regions, cycle and types from its figures."""
    articles: dict[str, dict] = {}
    per_file: dict[str, int] = {}
    for figure in figures:
        d = figure.decision
        if d.url not in articles:
            per_file[d.file] = per_file.get(d.file, 0) + 1
            articles[d.url] = {
                "article_id": cited_article_id(d.url),
                "source_file": f"{d.file}#{per_file[d.file]}",
                "status": CITED_STATUS,
                "title": figure.title or None,
                "outlet": figure.outlet or None,
                "published": figure.published or None,
                "url": d.url,
                "_codes": [],
                "_cycles": [],
                "_types": [],
            }
        article = articles[d.url]
        code = d.fields.get("region_code") if d.fields.get("scope") == "regional" else None
        if code and code not in article["_codes"]:
            article["_codes"].append(code)
        if d.fields.get("election_type"):
            article["_cycles"].append((d.fields["election_type"], d.fields.get("election_year")))
        article["_types"] += [t for t in figure.violation_types if t not in article["_types"]]
        for column in ("title", "outlet", "published"):
            article[column] = article[column] or getattr(figure, column) or None
    for article in articles.values():
        codes, cycles = article.pop("_codes"), article.pop("_cycles")
        kind, year = max(set(cycles), key=lambda c: (cycles.count(c), -cycles.index(c))) if cycles else (None, None)
        article |= {
            "region_codes": ";".join(codes) or None,
            "region_names": ";".join(names.get(c, "") for c in codes) or None,
            "election_type": kind or "unknown",
            "election_year": year,
            "violation_types": ";".join(article.pop("_types")) or None,
            "publish_texts": False,
        }
    return articles


def cited_tables(figures: list[CitedFigure], region_row) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """The articles and facts rows of the cited figures (facts in the order given) and each figure's fact_id.

    `region_row(row, code)` completes a fact row with the region's names (`apply._with_region`). A cited fact's
    `start_char`/`end_char` are offsets in its article's quotations joined one per line in the order given; its
    `fact_id` hashes the article's address, those offsets and the type."""
    names = {}
    facts, ids, quoted = [], [], {}
    for figure in figures:
        d = figure.decision
        start = quoted.get(d.url, 0)
        quoted[d.url] = start + len(d.evidence) + len(QUOTATIONS_SEPARATOR)
        fields = {k: (v if v != "" else None) for k, v in d.fields.items()}
        key = cited_key(d.url)
        article_id = key[:16]
        row = {
            "article_id": article_id,
            "source_file": None,  # set from the article row below
            **{k: fields.get(k) for k in FACT_FIELDS},
            "sentence": d.evidence,
            "start_char": start,
            "end_char": start + len(d.evidence),
            "fact_id": fact_id(key, start, start + len(d.evidence), fields["fact_type"]),
            "rule": "person",
            "confidence": None,
            "review": "added",
            "reviewer": d.reviewer,
            "corrected": None,
        }
        row = region_row(row, None if fields.get("scope") == "national" else fields.get("region_code"))
        if row.get("region_code"):
            names[row["region_code"]] = row["region_name"]
        facts.append(row)
        ids.append(row["fact_id"])
    articles = _article_rows(figures, names)
    source_files = {a["article_id"]: a["source_file"] for a in articles.values()}
    for row in facts:
        row["source_file"] = source_files[row["article_id"]]
    return _frame(articles.values(), ARTICLES), _frame(facts, FACTS), ids


def _frame(rows: Iterable[dict], spec) -> pd.DataFrame:
    rows = list(rows)
    columns = [f.name for f in spec.all_fields if any(f.name in r for r in rows)] or [f.name for f in spec.fields]
    return pd.DataFrame(rows, columns=columns)


GOLD_FACT_LISTS = {"asn_headcount": "asn_headcount", "violation_counts": "violation_count"}
GOLD_FACT_LISTS |= {"related_candidates": "related_candidates"}
GOLD_UNITS = {"asn": "persons", "orang": "persons", "kasus": "cases", "laporan": "cases", "temuan": "cases"}


QUOTE_WORDS = 5  # words kept on each side of a figure by default (a sheet people fill in by hand)
# The bundled sheets quote much less, since they are generated from whole annotations: the figure and one word on
# each side ("memanggil 25 ASN"), enough to find it at its source; past ARTICLE_QUOTE_CHARS quoted from one
# article, the figure alone
ANNOTATION_QUOTE_WORDS = 1
ARTICLE_QUOTE_CHARS = 60
WORD = re.compile(r"\S+")


def short_quotation(phrase: str, value: int, around: int = QUOTE_WORDS) -> str:
    """The words of an evidence phrase around its figure ('... Bawaslu memanggil 25 ASN Kabupaten Bandung ...'),
    verbatim: a figure is published with a short quotation of its source, never with the article's sentences.
    A phrase whose figure is not written as a number ('belum menemukan ASN ...') keeps its first words."""
    words = list(WORD.finditer(phrase))
    tokens = [w.group().lower().strip(".,;:()\"'") for w in words]
    at = next(
        (
            (i, match.end)
            for i in range(len(tokens))
            if (match := parse_number_at(tokens, i)) is not None and match.value == value
        ),
        None,
    )
    first, last = (max(0, at[0] - around), min(len(words), at[1] + around)) if at else (0, max(1, 2 * around))
    kept = words[first:last]
    return phrase[kept[0].start() : kept[-1].end()] if kept else phrase


def _gold_row(record: dict, key: str, item: dict) -> dict:
    national = item.get("scope") in ("nasional", "national") or not item.get("region_code")
    election = item.get("election") or record.get("election") or {}
    return {
        "url": record.get("url") or "",
        "outlet": record.get("outlet") or "",
        "title": record.get("title") or "",
        "published": record.get("published") or "",
        "evidence": "",  # the quotation: cited_from_annotations shortens it, per article
        "fact_type": GOLD_FACT_LISTS[key],
        "value": int(item["value"]),
        "unit": GOLD_UNITS.get(str(item.get("unit") or "").lower(), "") if key == "violation_counts" else "",
        "status": (item.get("status") or "unspecified") if key == "violation_counts" else "",
        "scope": "national" if national else "regional",
        "region_code": "" if national else item["region_code"],
        "election_type": election.get("type") or "",
        "election_year": election.get("year") or "",
        "violation_types": ";".join(record.get("violation_types") or []),
    }


def cited_from_annotations(records: list[dict], reviewer: str, note: str = "") -> pd.DataFrame:
    """The figures of gold annotations (shared/gold/CONVENTIONS.md: one record per article, each figure with its
    verbatim evidence phrase) as a cited-figures sheet: one row per figure, the articles in the records' order."""
    rows = []
    for record in records:
        quoted = 0  # characters quoted from this article so far: a list article must not be quoted whole
        for key in GOLD_FACT_LISTS:
            for item in record.get(key) or []:
                around = ANNOTATION_QUOTE_WORDS if quoted < ARTICLE_QUOTE_CHARS else 0
                quote = short_quotation(item["text"], int(item["value"]), around)
                quoted += len(quote)
                rows.append(_gold_row(record, key, item) | {"evidence": quote, "reviewer": reviewer, "note": note})
    return pd.DataFrame(rows, columns=list(CITED_COLUMNS), dtype=object).fillna("")
