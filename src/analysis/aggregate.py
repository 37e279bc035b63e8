"""Aggregation: article-level facts -> region x election-cycle panel, national series, evidence table.

The rules, in the order they apply (the published codebook and the report repeat them):

- **Articles**: rows with status `ok`, and `cited` ones (outside the corpus, figures quoted by a person), count;
  a `duplicate` shares its article_id with an `ok` row and would count twice, an `unreadable` one has no text.
- **Sources**: a source is an outlet (case and spacing ignored); an article without a named outlet counts as
  a source of its own. `n_sources` always counts sources, `n_articles` articles.
- **Cycle of a fact**: its own election type and year. What the fact lacks comes from its article, only when
  the two agree on what they both state (a fact about Pemilu without a year takes the year of a Pemilu
  article, never of a Pilkada article). Type `unknown` is no cycle. A fact without a complete cycle (type and
  year) goes to no table; evidence.csv keeps it with reason `no_cycle`.
- **Region of a fact**: its own region code; a regional fact without one takes its article's region when the
  article names exactly one, otherwise it goes to no table (`no_region`). A province code (2 digits) makes a
  province row of its own (`region_level`): province figures are never summed from, nor spread over, its
  kabupaten/kota.
- **Which facts feed which column**: violation counts with status reported/proven/sanctioned feed
  `violations_reported/_proven/_sanctioned`; a count with no status, or `unspecified`, feeds
  `violations_unspecified` and never the three outcome columns; a `target` is a goal and never counts
  (`target_not_outcome`). `cases` and `persons` are pooled: the supervisors (Bawaslu, KASN/BKN) record one
  case per ASN reported, and articles use the two interchangeably; evidence.csv keeps the units stated.
  `asn_headcount` and `related_candidates` feed the columns of the same name.
- **National and regional never mix**: regional facts feed only the panel, national facts only the national
  table; neither is ever summed into the other.
- **The same fact, several outlets**: facts agreeing on scope, region, cycle, fact type, status and value are
  one fact (one evidence row) with its number of articles, of sources and the article ids; it counts once.
- **Conflicts**: different values for the same scope, region, cycle and column are all kept in evidence.csv
  (`conflict` true) and never averaged; the table takes the value stated by the most sources; on a tie, the
  one in the most recently published article (counts are cumulative, the later report is the fuller one);
  on a further tie, the largest. National counts are cumulative and restated as a season goes on: the national
  table takes the latest stated (then the most sources, then the largest), and `national_series` keeps every
  national figure with its date, stage and the national body its sentence names (`analysis.series`). The
  deciding criterion is in `rule` (evidence) and `conflict_rule` (tables).
- **Rows**: a region-cycle has a row when an `ok` or `cited` article is about it (its region codes and its own
  election) or a fact places a number in it. Counts are empty when no article gives them. `n_articles`/`n_sources`
  count both kinds of article; `vt_*` count the articles about the region-cycle tagged with each type.
- **Where a region comes from**: each fact's `region_source` (facts.csv); evidence.csv lists those of its
  statements, and `n_figures_region_in_sentence` counts the panel row's figures that one of them places by
  naming the region in the sentence itself (the others rest on the article, a list heading or the dateline).
- **Cycles parameter**: when given (e.g. `["pilkada-2024"]`), only those cycles make rows; facts of other
  cycles stay in evidence.csv with reason `cycle_not_selected`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.evidence import distinct_facts, most_common, typed_by_spec
from analysis.review.apply import panel_facts
from analysis.schemas import (
    ARTICLES,
    EVIDENCE,
    FACTS,
    MEASURES,
    NATIONAL,
    NATIONAL_SERIES,
    PANEL,
    SOURCE_STATUSES,
    VIOLATION_TYPES,
)
from analysis.series import national_series
from analysis.tables import read_table, validate_table, write_table

KNOWN_ELECTIONS = ("pilkada", "pemilu", "pileg", "pilpres")
OUTCOME_STATUSES = ("reported", "proven", "sanctioned")
NATIONAL_MEASURES = MEASURES
CycleKey = tuple[str, int]


class AggregateError(ValueError):
    """Inputs the aggregation cannot use (e.g. a malformed cycles parameter)."""


@dataclass(frozen=True)
class Aggregates:
    panel: pd.DataFrame
    national: pd.DataFrame
    evidence: pd.DataFrame
    national_series: pd.DataFrame


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _text(value) -> str | None:
    """A clean text value or None (missing, NaN, empty)."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _year(value) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    return int(float(value))


def _split(value) -> list[str]:
    text = _text(value)
    return [part.strip() for part in text.split(";") if part.strip()] if text else []


def _source_key(outlet: str | None, article_id: str) -> str:
    if outlet:
        return "outlet:" + " ".join(outlet.casefold().split())
    return "article:" + article_id


def region_level(code: str) -> str:
    return "province" if len(code) == 2 else "kabupaten_kota"


def parse_cycles(cycles: Iterable[str] | None) -> set[CycleKey] | None:
    """['pilkada-2024', 'pemilu-2019'] -> {('pilkada', 2024), ('pemilu', 2019)}; empty or None -> None (all)."""
    if not cycles:
        return None
    selected = set()
    for cycle in cycles:
        kind, _, year = str(cycle).partition("-")
        if kind not in KNOWN_ELECTIONS or not year.isdigit():
            raise AggregateError(f"cycles: {cycle!r} is not a cycle like 'pilkada-2024' or 'pemilu-2019'")
        selected.add((kind, int(year)))
    return selected


# --------------------------------------------------------------------------------------------
# Articles and fact occurrences
# --------------------------------------------------------------------------------------------


def article_profiles(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article id read from the corpus (`ok`) or cited by a person (`cited`): source key, publication
    date, own cycle, regions and violation types."""
    records = []
    seen: set[str] = set()
    ok = articles[articles["status"].map(_text).isin(SOURCE_STATUSES)]
    for row in ok.sort_values("source_file", kind="stable").itertuples(index=False):
        article_id = _text(row.article_id)
        if article_id is None or article_id in seen:
            continue
        seen.add(article_id)
        kind, year = _text(row.election_type), _year(row.election_year)
        cycle = (kind, year) if kind in KNOWN_ELECTIONS and year is not None else None
        codes, names = _split(row.region_codes), _split(row.region_names)
        outlet = _text(row.outlet)
        records.append(
            {
                "article_id": article_id,
                "source_key": _source_key(outlet, article_id),
                "published": _text(row.published),
                "election_type": kind if kind in KNOWN_ELECTIONS else None,
                "election_year": year,
                "cycle": cycle,
                "region_codes": codes,
                "region_names": dict(zip(codes, names, strict=True)) if len(names) == len(codes) else {},
                "violation_types": sorted(set(_split(row.violation_types))),
            }
        )
    columns = "article_id source_key published election_type election_year cycle region_codes region_names"
    return pd.DataFrame(records, columns=[*columns.split(), "violation_types"])


def _resolve_cycle(fact_type: str | None, fact_year: int | None, article) -> tuple[str | None, int | None, str | None]:
    """(type, year, where from) of a fact: its own, completed from the article where they agree."""
    if fact_type not in KNOWN_ELECTIONS:
        fact_type = None
    # through a DataFrame an unknown year is NaN, not None
    art_type, art_year = _text(article["election_type"]), _year(article["election_year"])
    if fact_type and fact_year is not None:
        return fact_type, fact_year, "fact"
    if fact_type and fact_year is None:
        if art_type == fact_type and art_year is not None:
            return fact_type, art_year, "fact+article"
        return fact_type, None, None
    if fact_year is not None:
        if art_type and art_year == fact_year:
            return art_type, fact_year, "fact+article"
        return None, fact_year, None
    if art_type and art_year is not None:
        return art_type, art_year, "article"
    return art_type, art_year, None


def _measure(fact_type: str, status: str | None) -> str | None:
    if fact_type == "violation_count":
        if status in OUTCOME_STATUSES:
            return f"violations_{status}"
        return None if status == "target" else "violations_unspecified"
    return fact_type if fact_type in ("asn_headcount", "related_candidates") else None


def _fact_region(row, article: dict) -> tuple[str | None, str | None]:
    """A regional fact's region: its own, else its article's when the article is about one region only."""
    region_code = _text(row.region_code)
    region_name = _text(row.region_name)
    if region_code is None and len(article["region_codes"]) == 1:
        region_code = article["region_codes"][0]
    if region_name is None and region_code is not None:
        region_name = article["region_names"].get(region_code)
    return region_code, region_name


def _fact_use(
    measure: str | None,
    complete: bool,
    scope: str | None,
    region_code: str | None,
    cycle: tuple[str | None, int | None],
    selected: set[CycleKey] | None,
) -> tuple[str, str | None]:
    """Which table a fact feeds ('panel', 'national' or 'none') and, for 'none', why."""
    if measure is None:
        return "none", "target_not_outcome"
    if not complete:
        return "none", "no_cycle"
    if scope == "regional" and region_code is None:
        return "none", "no_region"
    if selected is not None and cycle not in selected:
        return "none", "cycle_not_selected"
    return ("panel" if scope == "regional" else "national"), None


def fact_occurrences(
    profiles: pd.DataFrame, facts: pd.DataFrame, selected: set[CycleKey] | None = None
) -> pd.DataFrame:
    """One row per fact of an `ok` article, with its resolved scope, region, cycle, column and use."""
    by_id = {row["article_id"]: row for row in profiles.to_dict("records")}
    records = []
    for row in facts.itertuples(index=False):
        article_id = _text(row.article_id)
        article = by_id.get(article_id)
        if article is None:
            continue
        fact_type = _text(row.fact_type)
        scope = _text(row.scope)
        status = _text(row.status)
        if fact_type == "violation_count":
            status = status or "unspecified"
        else:
            status = None
        kind, year, cycle_from = _resolve_cycle(_text(row.election_type), _year(row.election_year), article)
        region_code, region_name = _fact_region(row, article) if scope == "regional" else (None, None)
        # a fact without a region of its own that took its article's rests on the article
        own = _text(getattr(row, "region_source", None)) or ("article" if _text(row.region_code) is None else None)
        measure = _measure(fact_type, status)
        complete = kind in KNOWN_ELECTIONS and year is not None
        used_in, reason = _fact_use(measure, complete, scope, region_code, (kind, year), selected)
        in_cycle = complete and (selected is None or (kind, year) in selected)
        records.append(
            {
                "article_id": article_id,
                "source_key": article["source_key"],
                "published": article["published"],
                "scope": scope,
                "region_code": region_code,
                "region_name": region_name,
                "region_source": own if region_code is not None else None,
                "election_type": kind,
                "election_year": year,
                "cycle_from": cycle_from,
                "fact_type": fact_type,
                "status": status,
                "value": int(row.value),
                "unit": _text(row.unit),
                "measure": measure,
                "used_in": used_in,
                "reason": reason,
                # Placed in a selected region-cycle (or national cycle), whatever its column: counts the article.
                "placed": in_cycle and (scope == "national" or region_code is not None),
                "sentence": _text(row.sentence),
                "start_char": -1 if _text(row.start_char) is None else int(row.start_char),
            }
        )
    columns = [
        "article_id",
        "source_key",
        "published",
        "scope",
        "region_code",
        "region_name",
        "region_source",
        "election_type",
        "election_year",
        "cycle_from",
        "fact_type",
        "status",
        "value",
        "unit",
        "measure",
        "used_in",
        "reason",
        "placed",
        "sentence",
        "start_char",
    ]
    return pd.DataFrame(records, columns=columns)


# --------------------------------------------------------------------------------------------
# Panel and national tables
# --------------------------------------------------------------------------------------------


def _chosen_values(evidence: pd.DataFrame, used_in: str, keys: list[str]) -> dict[tuple, dict]:
    """{key: {measure: value, ...}, '_conflicts': {measure: rule}} from the chosen evidence rows."""
    out: dict[tuple, dict] = {}
    chosen = evidence[(evidence["used_in"] == used_in) & evidence["chosen"]]
    for row in chosen.to_dict("records"):
        key = tuple(None if pd.isna(row[k]) else row[k] for k in keys)
        entry = out.setdefault(key, {"_conflicts": {}})
        entry[row["measure"]] = int(row["value"])
        entry["_in_sentence"] = entry.get("_in_sentence", 0) + ("sentence" in _split(row.get("region_sources")))
        if row["conflict"]:
            entry["_conflicts"][row["measure"]] = row["rule"]
    return out


def _conflict_columns(conflicts: dict[str, str]) -> dict:
    ordered = [m for m in MEASURES if m in conflicts]
    return {
        "conflict": bool(ordered),
        "conflict_columns": ";".join(ordered) or None,
        "conflict_rule": ";".join(f"{m}:{conflicts[m]}" for m in ordered) or None,
    }


def panel_from(
    profiles: pd.DataFrame, occurrences: pd.DataFrame, evidence: pd.DataFrame, selected: set[CycleKey] | None = None
) -> pd.DataFrame:
    """The region x cycle panel from article profiles, fact occurrences and the evidence table."""
    about: dict[tuple, set[str]] = {}
    names: dict[str, list[str]] = {}
    for article in profiles.to_dict("records"):
        for code in article["region_codes"]:
            names.setdefault(code, []).append(article["region_names"].get(code))
        cycle = article["cycle"]
        if cycle is None or (selected is not None and cycle not in selected):
            continue
        for code in article["region_codes"]:
            about.setdefault((code, cycle[0], cycle[1]), set()).add(article["article_id"])
    giving: dict[tuple, set[str]] = {}
    placed = occurrences[occurrences["placed"] & (occurrences["scope"] == "regional")]
    for occurrence in placed.to_dict("records"):
        key = (occurrence["region_code"], occurrence["election_type"], int(occurrence["election_year"]))
        giving.setdefault(key, set()).add(occurrence["article_id"])
        names.setdefault(occurrence["region_code"], []).append(occurrence["region_name"])
    source_of = dict(zip(profiles["article_id"], profiles["source_key"], strict=True))
    types_of = dict(zip(profiles["article_id"], profiles["violation_types"], strict=True))
    values = _chosen_values(evidence, "panel", ["region_code", "election_type", "election_year"])
    rows = []
    for key in sorted(set(about) | set(giving), key=lambda k: (k[0], k[2], k[1])):
        code, kind, year = key
        articles = about.get(key, set()) | giving.get(key, set())
        entry = values.get(key, {"_conflicts": {}})
        row = {
            "region_code": code,
            "region_name": most_common(names.get(code, [])) or _official_name(code),
            "election_type": kind,
            "election_year": year,
            **{m: entry.get(m) for m in MEASURES},
            "n_articles": len(articles),
            "n_sources": len({source_of[a] for a in articles}),
            "region_level": region_level(code),
            **{f"vt_{code_}": sum(code_ in types_of[a] for a in about.get(key, set())) for code_ in VIOLATION_TYPES},
            **_conflict_columns(entry["_conflicts"]),
            "article_ids": ";".join(sorted(articles)),
            "n_figures": sum(entry.get(m) is not None for m in MEASURES),
            "n_figures_region_in_sentence": entry.get("_in_sentence", 0),
        }
        rows.append(row)
    spec = PANEL.for_columns([f.name for f in PANEL.all_fields])
    return typed_by_spec(pd.DataFrame(rows, columns=spec.columns), spec)


def national_from(profiles: pd.DataFrame, occurrences: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """National figures per cycle, from national facts only (never from regional rows)."""
    giving: dict[tuple, set[str]] = {}
    placed = occurrences[occurrences["placed"] & (occurrences["scope"] == "national")]
    for occurrence in placed.to_dict("records"):
        giving.setdefault((occurrence["election_type"], int(occurrence["election_year"])), set()).add(
            occurrence["article_id"]
        )
    source_of = dict(zip(profiles["article_id"], profiles["source_key"], strict=True))
    values = _chosen_values(evidence, "national", ["election_type", "election_year"])
    rows = []
    for key in sorted(giving, key=lambda k: (k[1], k[0])):
        articles = giving[key]
        entry = values.get(key, {"_conflicts": {}})
        rows.append(
            {
                "election_type": key[0],
                "election_year": key[1],
                **{m: entry.get(m) for m in NATIONAL_MEASURES},
                "n_sources": len({source_of[a] for a in articles}),
                "n_articles": len(articles),
                **_conflict_columns(entry["_conflicts"]),
                "article_ids": ";".join(sorted(articles)),
            }
        )
    spec = NATIONAL.for_columns([f.name for f in NATIONAL.all_fields])
    return typed_by_spec(pd.DataFrame(rows, columns=spec.columns), spec)


def _official_name(code: str) -> str:
    """The gazetteer's name for a code no article names (rare: extraction gives names with codes); the code
    itself when the gazetteer does not know it either."""
    from analysis.reference.gazetteer import load_gazetteer  # imported here: building it is only needed in this case

    region = load_gazetteer().regions.get(code)
    return region.name if region is not None else code


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def aggregate(
    articles: pd.DataFrame, facts: pd.DataFrame, cycles: Iterable[str] | None = None, require_review: bool = False
) -> Aggregates:
    """Panel, national table and evidence from the articles and facts tables (contract columns); rejected facts
    left out (with `require_review`, all but those a person accepted, corrected or added)."""
    selected = parse_cycles(cycles)
    profiles = article_profiles(articles)
    occurrences = fact_occurrences(profiles, panel_facts(facts, require_review), selected)
    evidence = distinct_facts(occurrences)
    return Aggregates(
        panel=panel_from(profiles, occurrences, evidence, selected),
        national=national_from(profiles, occurrences, evidence),
        evidence=evidence,
        national_series=national_series(occurrences, evidence),
    )


def validate_aggregates(result: Aggregates) -> Aggregates:
    """Schema checks of the output tables (raises SchemaCheckError naming table, column and rows)."""
    validate_table(result.panel, PANEL)
    validate_table(result.national, NATIONAL)
    validate_table(result.national_series, NATIONAL_SERIES)
    validate_table(result.evidence, EVIDENCE)
    return result


def read_inputs(tables: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """articles.csv and facts.csv from `tables`, typed and schema-checked."""
    return read_table(tables, "articles", ARTICLES), read_table(tables, "facts", FACTS)


def write_aggregates(result: Aggregates, out: Path) -> dict[str, Path]:
    """panel, national and evidence as CSV and Parquet in `out`; returns the CSV paths."""
    written = {}
    outputs = (result.panel, PANEL), (result.national, NATIONAL), (result.evidence, EVIDENCE)
    for frame, base in (*outputs, (result.national_series, NATIONAL_SERIES)):
        spec = base.for_columns(frame.columns)
        written[spec.name] = write_table(frame, out, spec.name, spec)  # Parquet typed by the spec
    return written


@dataclass(frozen=True)
class AggregateRun:
    """What one run of the stage read and computed."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    result: Aggregates

    @property
    def counts(self) -> dict[str, int]:
        return {
            "panel": len(self.result.panel),
            "national": len(self.result.national),
            "evidence": len(self.result.evidence),
            "national_series": len(self.result.national_series),
        }


def run_aggregate(
    tables: Path, out: Path, cycles: Iterable[str] | None = None, require_review: bool = False
) -> AggregateRun:
    """The aggregate stage's one entry (the `aggregate` command and notebook 02 call it): read articles and
    facts from `tables`, check, aggregate (all cycles when `cycles` is empty), check, write panel, national and
    evidence into `out`."""
    articles, facts = read_inputs(tables)
    result = validate_aggregates(aggregate(articles, facts, cycles or None, require_review))
    write_aggregates(result, out)
    return AggregateRun(articles, facts, result)
