"""Table schemas shared by every stage and by the published data package.

The column lists are the public contract (see CONTRACT.md in the project docs);
stages may add columns after these but never rename or drop them.
Each table has one `TableSpec`: its columns in order with type, description and unit.
The pandera schemas and the Frictionless field descriptors are both derived from it,
so the checks between stages and the published `datapackage.json` cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

ELECTION_TYPES = ("pilkada", "pemilu", "pileg", "pilpres", "unknown")
FACT_TYPES = ("asn_headcount", "violation_count", "related_candidates")
FACT_STATUSES = ("reported", "proven", "sanctioned", "target", "unspecified")
ARTICLE_STATUSES = ("ok", "duplicate", "unreadable")
SCOPES = ("regional", "national")
UNITS = ("cases", "persons")
VIOLATION_TYPES = (
    "media_sosial",
    "dukungan_calon",
    "kampanye",
    "deklarasi",
    "apk",
    "fasilitas_negara",
    "intimidasi",
    "politik_praktis",
)
ENTITY_LABELS = ("REGION", "ORG", "PERSON", "ROLE", "ELECTION", "DATE", "QUANTITY")


@dataclass(frozen=True)
class Field:
    """One column: its name, a Frictionless type, what it means, and its constraints."""

    name: str
    type: str  # frictionless type: string, integer, number, boolean, date
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    unit: str | None = None
    minimum: int | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class TableSpec:
    """A table: its contract columns (`fields`, always present, in order) and `optional_fields`:
    columns a stage adds after them, documented and checked wherever they are present."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[dict, ...] = field(default=())
    optional_fields: tuple[Field, ...] = ()

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def all_fields(self) -> tuple[Field, ...]:
        return self.fields + self.optional_fields

    def get_field(self, name: str) -> Field | None:
        return next((f for f in self.all_fields if f.name == name), None)

    def for_columns(self, columns: Iterable[str]) -> "TableSpec":
        """This spec with the optional fields present in `columns` made part of `fields` (in declared order),
        so that writing, reading and checking a table type every column the spec knows."""
        present = set(columns)
        extra = tuple(f for f in self.optional_fields if f.name in present)
        return replace(self, fields=self.fields + extra, optional_fields=())


def _f(name: str, type_: str, description: str, **kw) -> Field:
    return Field(name, type_, description, **kw)


REGION_CODE_PATTERN = r"^\d{2}(\.\d{2})?$"
REGION_CODES_PATTERN = r"^\d{2}(\.\d{2})?(;\d{2}(\.\d{2})?)*$"

ARTICLES = TableSpec(
    name="articles",
    title="Articles",
    description="One row per input document, with its processing status and article-level metadata.",
    primary_key=("source_file",),
    fields=(
        _f("article_id", "string", "Stable id: first 16 hex characters of the SHA-256 of the cleaned text; empty when the file could not be read.", pattern=r"^[0-9a-f]{16}$"),
        _f("source_file", "string", "Path of the input file relative to the corpus folder, plus '#N' for the N-th record of a JSONL or CSV file.", required=True),
        _f("status", "string", "'ok', 'duplicate' (same article_id as an earlier row) or 'unreadable'.", required=True, enum=ARTICLE_STATUSES),
        _f("skip_reason", "string", "Empty for 'ok'; otherwise why the document was skipped: duplicate, empty, binary, encoding, too_large, parse_error, no_text, unsupported_format, symlink_outside_corpus, broken_link, not_a_file, os_error, analysis_error."),
        _f("title", "string", "Title as found in the document; empty when not found."),
        _f("outlet", "string", "News outlet as found in the document (dateline or site name); empty when not found."),
        _f("published", "date", "Publication date (ISO YYYY-MM-DD); empty when the text does not give it."),
        _f("dateline", "string", "Dateline place, upper case (e.g. SERPONG); empty when none."),
        _f("region_codes", "string", "Kemendagri code(s) of the regions the article is about, ';'-separated.", pattern=REGION_CODES_PATTERN),
        _f("region_names", "string", "Official names of those regions, same order, ';'-separated."),
        _f("election_type", "string", "Election the article is about.", enum=ELECTION_TYPES),
        _f("election_year", "integer", "Year of that election; empty when unknown.", minimum=1955),
        _f("violation_types", "string", "';'-separated violation-type codes from the project taxonomy."),
    ),
    optional_fields=(
        _f("skip_detail", "string", "For a skipped document, the specifics of skip_reason in words (e.g. 'same text as a.txt', 'line 3: invalid JSON'); empty for 'ok'."),
    ),
)

FACTS = TableSpec(
    name="facts",
    title="Numeric facts",
    description="One row per numeric fact stated in an article, with the sentence and span that state it.",
    primary_key=("article_id", "fact_type", "start_char", "end_char"),
    foreign_keys=({"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}},),
    fields=(
        _f("article_id", "string", "Article the fact comes from.", required=True),
        _f("source_file", "string", "Input file of that article.", required=True),
        _f("fact_type", "string", "asn_headcount, violation_count or related_candidates.", required=True, enum=FACT_TYPES),
        _f("unit", "string", "'cases' or 'persons' (ASN counted) where the text says which; empty otherwise.", enum=UNITS),
        _f("value", "integer", "The number, Indonesian numerals normalised to a non-negative integer.", required=True, minimum=0),
        _f("scope", "string", "'regional' or 'national'.", required=True, enum=SCOPES),
        _f("region_code", "string", "Kemendagri code of the region the number is about; empty when national.", pattern=REGION_CODE_PATTERN),
        _f("region_name", "string", "Official name of that region; empty when national."),
        _f("status", "string", "For violation counts: reported, proven, sanctioned, target or unspecified; empty for other fact types.", enum=FACT_STATUSES),
        _f("election_type", "string", "Election the number belongs to.", enum=ELECTION_TYPES),
        _f("election_year", "integer", "Year of that election; empty when unknown.", minimum=1955),
        _f("sentence", "string", "The sentence that states the fact, verbatim from the cleaned text.", required=True),
        _f("start_char", "integer", "Start offset of the evidence span in the cleaned text.", required=True, minimum=0),
        _f("end_char", "integer", "End offset (exclusive) of the evidence span in the cleaned text.", required=True, minimum=0),
    ),
)

ENTITIES = TableSpec(
    name="entities",
    title="Entity mentions",
    description="One row per entity mention found in an article.",
    primary_key=("article_id", "label", "start_char", "end_char"),
    foreign_keys=({"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}},),
    fields=(
        _f("article_id", "string", "Article of the mention.", required=True),
        _f("label", "string", "REGION, ORG, PERSON, ROLE, ELECTION, DATE or QUANTITY.", required=True, enum=ENTITY_LABELS),
        _f("text", "string", "The mention as written.", required=True),
        _f("normalized", "string", "Canonical form: region code, institution acronym, ISO date, integer, election key."),
        _f("start_char", "integer", "Start offset in the cleaned text.", required=True, minimum=0),
        _f("end_char", "integer", "End offset (exclusive) in the cleaned text.", required=True, minimum=0),
    ),
)

TEXTS = TableSpec(
    name="texts",
    title="Cleaned texts",
    description="The cleaned text of every readable article, against which all offsets are given.",
    primary_key=("article_id",),
    foreign_keys=({"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}},),
    fields=(
        _f("article_id", "string", "Article id.", required=True),
        _f("text", "string", "Cleaned article text.", required=True),
    ),
)

_COUNT = dict(minimum=0)

REGION_LEVELS = ("province", "kabupaten_kota")
MEASURES = ("violations_reported", "violations_proven", "violations_sanctioned", "violations_unspecified",
            "asn_headcount", "related_candidates")
CONFLICT_RULES = ("single_value", "most_sources", "latest_published", "largest_value")
CONFLICT_RULE_TEXT = ("when several values compete, the one stated by the most sources; on a tie, the one in the "
                      "most recently published article; on a further tie, the largest ('most_sources', "
                      "'latest_published', 'largest_value': the criterion that decided).")

VIOLATION_TYPE_FIELDS = tuple(
    _f(f"vt_{code}", "integer", f"Articles about this region and cycle describing violations of type '{code}'.",
       unit="articles", **_COUNT)
    for code in VIOLATION_TYPES
)
CONFLICT_FIELDS = (
    _f("conflict", "boolean", "True when articles give different values for one of the figures of this row; "
       "the values and the one chosen are in evidence.csv.", required=True),
    _f("conflict_columns", "string", "';'-separated columns whose value was chosen among conflicting ones."),
    _f("conflict_rule", "string", "For each of those columns, 'column:criterion'; the rule: " + CONFLICT_RULE_TEXT),
)

PANEL = TableSpec(
    name="panel",
    title="Region x election-cycle panel",
    description="One row per region and election cycle, combining the facts of all articles about it.",
    primary_key=("region_code", "election_type", "election_year"),
    fields=(
        _f("region_code", "string", "Kemendagri code of the region.", required=True, pattern=REGION_CODE_PATTERN),
        _f("region_name", "string", "Official name of the region.", required=True),
        _f("election_type", "string", "Election type of the cycle.", required=True, enum=ELECTION_TYPES),
        _f("election_year", "integer", "Election year of the cycle.", minimum=1955),
        _f("violations_reported", "integer", "Reported (alleged or found) neutrality violations; empty when no article gives the figure.", unit="cases", **_COUNT),
        _f("violations_proven", "integer", "Violations established (decided, recommended); empty when no article gives it.", unit="cases", **_COUNT),
        _f("violations_sanctioned", "integer", "Violations that led to a sanction; empty when no article gives it.", unit="cases", **_COUNT),
        _f("asn_headcount", "integer", "Number of ASN employed in the region; empty when unknown.", unit="persons", **_COUNT),
        _f("related_candidates", "integer", "Candidates related to ASN; empty when no article gives it.", unit="persons", **_COUNT),
        _f("n_articles", "integer", "Articles about this region and cycle.", required=True, **_COUNT),
        _f("n_sources", "integer", "Distinct outlets among those articles (an article without a named outlet counts "
           "as a source of its own).", required=True, **_COUNT),
    ),
    optional_fields=(
        _f("region_level", "string", "'province' (2-digit code: a figure about the whole province, never summed from "
           "its kabupaten/kota) or 'kabupaten_kota' (regency or city).", enum=REGION_LEVELS),
        _f("violations_unspecified", "integer", "Violation counts whose status the text does not make clear; "
           "kept apart, never added to the reported/proven/sanctioned columns.", unit="cases", **_COUNT),
        *VIOLATION_TYPE_FIELDS,
        *CONFLICT_FIELDS,
        _f("article_ids", "string", "';'-separated ids of the articles about this region and cycle or giving one of "
           "its figures (sorted)."),
    ),
)

NATIONAL = TableSpec(
    name="national",
    title="National totals per election cycle",
    description="National totals as stated in articles; never summed from or into regional rows.",
    primary_key=("election_type", "election_year"),
    fields=(
        _f("election_type", "string", "Election type of the cycle.", required=True, enum=ELECTION_TYPES),
        _f("election_year", "integer", "Election year of the cycle.", minimum=1955),
        _f("violations_reported", "integer", "Reported violations nationwide.", unit="cases", **_COUNT),
        _f("violations_proven", "integer", "Established violations nationwide.", unit="cases", **_COUNT),
        _f("violations_sanctioned", "integer", "Sanctioned violations nationwide.", unit="cases", **_COUNT),
        _f("n_sources", "integer", "Distinct outlets giving national figures for the cycle.", required=True, **_COUNT),
    ),
    optional_fields=(
        _f("violations_unspecified", "integer", "National violation counts whose status the text does not make "
           "clear.", unit="cases", **_COUNT),
        _f("asn_headcount", "integer", "Number of ASN nationwide, as stated.", unit="persons", **_COUNT),
        _f("related_candidates", "integer", "Candidates related to ASN nationwide, as stated.", unit="persons",
           **_COUNT),
        _f("n_articles", "integer", "Articles giving national figures for the cycle.", **_COUNT),
        *CONFLICT_FIELDS,
        _f("article_ids", "string", "';'-separated ids of the articles giving national figures for the cycle (sorted)."),
    ),
)

EVIDENCE = TableSpec(
    name="evidence",
    title="Distinct facts and their sources",
    description=(
        "One row per distinct fact after de-duplication: the same value for the same scope, region, election "
        "cycle, fact type and status, however many articles state it. Says which articles and outlets give it, "
        "whether other values compete with it, which value the panel or national table uses and why."
    ),
    primary_key=("fact_key",),
    fields=(
        _f("fact_key", "string", "scope|region_code|election_type|election_year|fact_type|status|value.", required=True),
        _f("scope", "string", "'regional' or 'national'.", required=True, enum=SCOPES),
        _f("region_code", "string", "Region the fact is about; empty when national or when no region is known.",
           pattern=REGION_CODE_PATTERN),
        _f("region_name", "string", "Official name of that region."),
        _f("election_type", "string", "Election cycle the fact belongs to (the fact's own, completed from its "
           "article's); empty when unknown.", enum=ELECTION_TYPES),
        _f("election_year", "integer", "Year of that cycle; empty when unknown.", minimum=1955),
        _f("cycle_from", "string", "Where the cycle comes from: 'fact' (stated with the number), 'article' (the "
           "article's own election) or 'fact+article' (type from one, year from the other); empty when unknown.",
           enum=("fact", "article", "fact+article")),
        _f("fact_type", "string", "asn_headcount, violation_count or related_candidates.", required=True,
           enum=FACT_TYPES),
        _f("status", "string", "For violation counts: reported, proven, sanctioned, target or unspecified "
           "(a count without a status); empty for other fact types.", enum=FACT_STATUSES),
        _f("value", "integer", "The number.", required=True, minimum=0),
        _f("units", "string", "';'-separated units the articles give for it ('cases', 'persons'); empty when none."),
        _f("measure", "string", "Column of the panel or national table this kind of fact feeds; empty for targets.",
           enum=MEASURES),
        _f("used_in", "string", "'panel', 'national' or 'none' (see reason).", required=True,
           enum=("panel", "national", "none")),
        _f("reason", "string", "Why a fact is not used: target_not_outcome (a goal, not an outcome), no_cycle (no "
           "election type and year), no_region (regional fact without a region), cycle_not_selected (outside the "
           "'cycles' parameter); empty when used.",
           enum=("target_not_outcome", "no_cycle", "no_region", "cycle_not_selected")),
        _f("n_articles", "integer", "Distinct articles stating this fact.", required=True, **_COUNT),
        _f("n_sources", "integer", "Distinct sources stating it: outlets, an article without a named outlet "
           "counting as a source of its own.", required=True, **_COUNT),
        _f("article_ids", "string", "';'-separated ids of those articles (sorted).", required=True),
        _f("last_published", "date", "Latest publication date among those articles; empty when none gives one."),
        _f("conflict", "boolean", "True when another value is stated for the same scope, region, cycle and measure.",
           required=True),
        _f("chosen", "boolean", "True when the panel or national table uses this value.", required=True),
        _f("rule", "string", "How the value was chosen among competing ones: " + CONFLICT_RULE_TEXT
           + " 'single_value' when nothing competes; empty when not used.", enum=CONFLICT_RULES),
        _f("example_sentence", "string", "The sentence stating the fact in the earliest of those articles."),
    ),
)

COEFFICIENTS = TableSpec(
    name="coefficients",
    title="Count-model coefficients",
    description="One row per term of the count model of reported violations (see model_summary.json for the fit).",
    primary_key=("term",),
    fields=(
        _f("term", "string", "Term name as statsmodels writes it (e.g. np.log(asn_headcount)).", required=True),
        _f("estimate", "number", "Coefficient on the log scale."),
        _f("std_err", "number", "Robust (HC1) standard error of the estimate."),
        _f("irr", "number", "Incidence-rate ratio, exp(estimate): the multiplier on the expected count."),
        _f("ci_low", "number", "Lower bound of the 95% confidence interval, log scale."),
        _f("ci_high", "number", "Upper bound of the 95% confidence interval, log scale."),
        _f("p_value", "number", "Two-sided p-value of the estimate."),
    ),
)

DESCRIPTIVE = TableSpec(
    name="descriptive",
    title="Descriptive statistics of the panel",
    description="Per panel variable, over all region-cycles ('all') and per election cycle.",
    primary_key=("cycle", "variable"),
    fields=(
        _f("cycle", "string", "'all' or an election cycle such as pilkada-2024.", required=True),
        _f("variable", "string", "Panel column (or violations_per_1000_asn).", required=True),
        _f("n_region_cycles", "integer", "Region-cycles in the group.", **_COUNT),
        _f("n_known", "integer", "Region-cycles where the variable is known.", **_COUNT),
        _f("n_missing", "integer", "Region-cycles where it is missing.", **_COUNT),
        _f("total", "number", "Sum of the known values (empty for rates)."),
        _f("mean", "number", "Mean of the known values."),
        _f("std", "number", "Standard deviation of the known values (n-1)."),
        _f("min", "number", "Smallest known value."),
        _f("median", "number", "Median of the known values."),
        _f("max", "number", "Largest known value."),
    ),
)

POWER = TableSpec(
    name="power",
    title="Simulated statistical power",
    description="Share of simulated panels of each size in which the count model detects the given effect.",
    primary_key=("n",),
    fields=(
        _f("n", "integer", "Region-cycles in the simulated panel.", required=True, **_COUNT),
        _f("irr", "number", "True incidence-rate ratio of the tested term."),
        _f("power", "number", "Share of draws where the effect is detected at the 5% level."),
        _f("mc_se", "number", "Monte Carlo standard error of that share."),
        _f("reps", "integer", "Simulated panels per size.", **_COUNT),
        _f("share_not_estimable", "number", "Share of draws the model guard refused."),
        _f("meets_target", "boolean", "True when power reaches the target (0.8)."),
    ),
)

COVARIATE_SOURCES = TableSpec(
    name="covariate_sources",
    title="Where the model covariates come from",
    description="One row per reference file and column merged into the panel before modelling.",
    fields=(
        _f("file", "string", "Reference file (relative to the reference folder)."),
        _f("column", "string", "Panel column it gives."),
        _f("keys", "string", "Columns used to match panel rows."),
        _f("reference_rows", "integer", "Rows in the file.", **_COUNT),
        _f("matched_rows", "integer", "Panel rows matched.", **_COUNT),
        _f("filled_missing", "integer", "Panel values that were missing and now come from the file.", **_COUNT),
        _f("replaced_news", "integer", "Values from the news replaced by the file.", **_COUNT),
        _f("replaced_news_different", "integer", "Of those, values that differed.", **_COUNT),
        _f("unmatched_reference_rows", "integer", "File rows matching no panel row.", **_COUNT),
    ),
)

CODEBOOK = TableSpec(
    name="codebook",
    title="Data dictionary",
    description="One row per column of every published table: type, unit, constraints and meaning.",
    primary_key=("table", "column"),
    fields=(
        _f("table", "string", "Table (file name without extension).", required=True),
        _f("column", "string", "Column name.", required=True),
        _f("type", "string", "Frictionless type: string, integer, number, boolean or date.", required=True,
           enum=("string", "integer", "number", "boolean", "date")),
        _f("unit", "string", "Unit of a count ('cases', 'persons'); empty otherwise."),
        _f("required", "boolean", "True when the column is never empty.", required=True),
        _f("constraints", "string", "Allowed values, minimum or pattern; empty when none."),
        _f("description", "string", "What the column means.", required=True),
    ),
)

CONTRACT_TABLES = {t.name: t for t in (ARTICLES, FACTS, ENTITIES)}
ALL_SPECS = (ARTICLES, FACTS, ENTITIES, TEXTS, PANEL, NATIONAL, EVIDENCE, COEFFICIENTS, DESCRIPTIVE, POWER,
             COVARIATE_SOURCES, CODEBOOK)


def empty_frame(spec: TableSpec) -> pd.DataFrame:
    """An empty DataFrame with the spec's columns (object dtype)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in spec.columns})


def conform(df: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """Put the contract columns first, in order; the spec's optional columns that are present follow in declared
    order, then any other column; a missing contract column is an error."""
    missing = [c for c in spec.columns if c not in df.columns]
    if missing:
        raise ValueError(f"table {spec.name!r} lacks contract column(s): {', '.join(missing)}")
    optional = [f.name for f in spec.optional_fields if f.name in df.columns]
    known = set(spec.columns) | set(optional)
    extra = [c for c in df.columns if c not in known]
    return df[spec.columns + optional + extra]


# --------------------------------------------------------------------------------------------
# Checks between stages (pandera), derived from the TableSpecs
# --------------------------------------------------------------------------------------------

SHOWN_ROWS = 5
_TRUE_TEXT = frozenset({"True", "False", "true", "false"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER_TEXT = re.compile(r"^[+-]?\d+$")


class SchemaCheckError(ValueError):
    """A table that breaks its schema. The one-line message names the table, the column, what is wrong and the
    first offending rows (1-based data rows; with a CSV `source`, its line numbers, the header being line 1)."""

    def __init__(self, message: str, *, table: str, column: str | None, problem: str, rows: list[int],
                 failures: pd.DataFrame):
        super().__init__(message)
        self.table = table
        self.column = column
        self.problem = problem
        self.rows = rows
        self.failures = failures


def _is_null(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) or value is pd.NaT


def _elementwise(predicate):
    """A vectorised pandera check from a per-value predicate; nulls pass (required columns check them apart)."""
    return lambda series: series.map(lambda v: True if _is_null(v) else bool(predicate(v))).astype(bool)


def _is_integer_value(value) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, np.integer)):
        return True
    if isinstance(value, (float, np.floating)):
        return float(value).is_integer()
    return isinstance(value, str) and bool(_INTEGER_TEXT.match(value))


def _is_number_value(value) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, float, np.integer, np.floating)):
        return True
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return False
        return True
    return False


def _is_boolean_value(value) -> bool:
    if isinstance(value, str):
        return value in _TRUE_TEXT
    return isinstance(value, (bool, np.bool_))


def _is_date_value(value) -> bool:
    if isinstance(value, str):
        if not _ISO_DATE.match(value):
            return False
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    return isinstance(value, (dt.date, pd.Timestamp))


_TYPE_CHECKS = {
    "integer": (_is_integer_value, "not an integer"),
    "number": (_is_number_value, "not a number"),
    "boolean": (_is_boolean_value, "not a boolean (True/False)"),
    "date": (_is_date_value, "not an ISO date YYYY-MM-DD"),
    "string": (lambda v: isinstance(v, str), "not text"),
}


def _numeric(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series.astype("object"), errors="coerce")


def _field_checks(f: Field) -> list:
    import pandera.pandas as pa

    predicate, problem = _TYPE_CHECKS[f.type]
    checks = [pa.Check(_elementwise(predicate), name=f"type_{f.type}", error=problem)]
    if f.required and f.type == "string":
        checks.append(pa.Check(_elementwise(lambda v: not isinstance(v, str) or v != ""), name="not_empty",
                               error="empty text in a required column"))
    if f.enum is not None:
        allowed = frozenset(f.enum)
        checks.append(pa.Check(_elementwise(lambda v: v in allowed), name="enum",
                               error=f"not one of {', '.join(f.enum)}"))
    if f.minimum is not None:
        minimum = f.minimum
        checks.append(pa.Check(lambda s: _numeric(s).fillna(minimum) >= minimum, name="minimum",
                               error=f"below the minimum {minimum}"))
    if f.pattern is not None:
        pattern = re.compile(f.pattern)
        checks.append(pa.Check(_elementwise(lambda v: isinstance(v, str) and pattern.search(v) is not None),
                               name="pattern", error=f"does not match the pattern {f.pattern}"))
    return checks


def pandera_schema(spec: TableSpec):
    """The pandera DataFrameSchema of a table: every column of the spec (optional ones only when present is
    decided by `validate_table`), types and constraints as element checks, the primary key as unique."""
    import pandera.pandas as pa

    columns = {f.name: pa.Column(None, checks=_field_checks(f), nullable=not f.required, required=True)
               for f in spec.fields}
    return pa.DataFrameSchema(columns, unique=list(spec.primary_key) or None, name=spec.name, strict=False)


_PANDERA_PROBLEMS = {"not_nullable": "missing value in a required column"}


def _describe_failures(failures: pd.DataFrame, spec: TableSpec, source: str | None) -> tuple[str, str | None, str, list[int]]:
    order = {name: i for i, name in enumerate(spec.columns)}
    failures = failures.copy()
    failures["_missing"] = failures["check"].astype(str).eq("column_in_dataframe")
    failures["_column"] = failures["column"].where(~failures["_missing"], failures["failure_case"]).astype(str)
    failures["_key"] = failures["check"].astype(str).str.contains("uniqueness")
    failures["_rank"] = [(0 if m else 2 if k else 1, order.get(c, len(order)))
                         for m, k, c in zip(failures["_missing"], failures["_key"], failures["_column"])]
    failures = failures.sort_values("_rank", kind="stable")
    first = failures.iloc[0]
    where = f"{source}: " if source else ""
    if first["_missing"]:
        missing = [c for c in failures.loc[failures["_missing"], "_column"]]
        return (f"{where}table {spec.name!r}, column {missing[0]!r}: missing"
                + (f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else ""),
                missing[0], "missing", [])
    if first["_key"]:
        column = ", ".join(spec.primary_key)
        problem = "value repeated"
        group = failures[failures["_key"]]
        subject = f"primary key ({column})"
    else:
        column = first["_column"]
        problem = _PANDERA_PROBLEMS.get(str(first["check"]), str(first["check"]))
        group = failures[(failures["_column"] == column) & (failures["check"] == first["check"])]
        subject = f"column {column!r}"
    positions = sorted({int(i) for i in group["index"].dropna()})
    rows = [p + 1 for p in positions]
    shown = [p + 2 for p in positions] if source else rows
    label = "line" if source else "row"
    values = []
    if not first["_key"] and str(first["check"]) != "not_nullable":
        by_index = dict(zip(group["index"], group["failure_case"]))
        values = [repr(None if pd.isna(by_index.get(p)) else by_index.get(p)) for p in positions[:SHOWN_ROWS]]
    listed = ", ".join(str(n) for n in shown[:SHOWN_ROWS]) + (f" and {len(shown) - SHOWN_ROWS} more"
                                                               if len(shown) > SHOWN_ROWS else "")
    message = (f"{where}table {spec.name!r}, {subject}: {problem} at {label}{'s' if len(shown) > 1 else ''} "
               f"{listed}" + (f" (values {', '.join(values)})" if values else ""))
    others = failures.drop(group.index)
    if len(others):
        columns = sorted(set(others["_column"]), key=lambda c: order.get(c, len(order)))
        message += f"; also problems in column(s) {', '.join(columns)}"
    return message, column, problem, rows


def validate_table(df: pd.DataFrame, spec: TableSpec, *, source: str | Path | None = None) -> pd.DataFrame:
    """Check `df` against `spec` (contract columns, plus the optional columns it has); return it unchanged.

    Raises SchemaCheckError with a one-line message naming the table, the column and the first offending
    rows. Nulls are allowed except in required columns; an empty text counts as null there too.
    """
    import pandera.pandas as pa

    resolved = spec.for_columns(df.columns)
    frame = df.reset_index(drop=True)
    try:
        pandera_schema(resolved).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        failures = exc.failure_cases
        message, column, problem, rows = _describe_failures(failures, resolved, str(source) if source else None)
        raise SchemaCheckError(message, table=spec.name, column=column, problem=problem, rows=rows,
                               failures=failures) from None
    return df


_BOOLEAN_TEXT = {"True": True, "False": False}
_PLAIN_INTEGER = re.compile(r"^-?(0|[1-9]\d*)$")


def _lossless_kind(present: pd.Series) -> str:
    """The type of a column no spec declares, chosen so that writing it back gives the same text: booleans
    only as True/False, integers only without leading zeros or '+', numbers only where '%.10g' formatting
    gives the text back (codes such as '36.10' or '007' stay text)."""
    if not len(present):
        return "string"
    if present.isin(list(_BOOLEAN_TEXT)).all():
        return "boolean"
    if present.str.match(_PLAIN_INTEGER).all():
        return "integer"
    numbers = pd.to_numeric(present, errors="coerce")
    if numbers.notna().all() and all(format(n, ".10g") == t for n, t in zip(numbers, present)):
        return "number"
    return "string"


def _typed_column(values: pd.Series, kind: str | None) -> pd.Series:
    """Text read from a CSV, typed: integer -> Int64, number -> float64, boolean -> boolean, else string.
    `kind` None: a column no spec declares, typed by `_lossless_kind`."""
    if kind is None:
        kind = _lossless_kind(values.dropna())
    if kind == "integer":
        return pd.to_numeric(values).astype("Int64")
    if kind == "number":
        return pd.to_numeric(values).astype("float64")
    if kind == "boolean":
        return values.map({"true": True, "false": False, **_BOOLEAN_TEXT}, na_action="ignore").astype("boolean")
    return values.astype("string")


def read_validated(folder: Path, name: str, spec: TableSpec | None) -> pd.DataFrame:
    """Read `folder/name.csv` as text, check it against `spec` (SchemaCheckError names the file, column and
    lines), then type it: declared columns by the spec, a column named like a column of another table by that
    column's type, any other column by what its values look like (see `_lossless_kind`)."""
    path = Path(folder) / f"{name}.csv"
    label = spec.name if spec is not None else name
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        message = f"{path}: table {label!r}: cannot read ({type(exc).__name__}: {exc})".splitlines()[0]
        raise SchemaCheckError(message, table=label, column=None, problem="unreadable", rows=[],
                               failures=pd.DataFrame()) from None
    types = known_field_types()
    if spec is not None:
        validate_table(raw, spec, source=path)
        types.update({f.name: f.type for f in spec.for_columns(raw.columns).fields})
    return pd.DataFrame({column: _typed_column(raw[column], types.get(column)) for column in raw.columns})


def known_field_types() -> dict[str, str]:
    """Column name -> type over every spec of this module, for names that have one type everywhere."""
    seen: dict[str, set[str]] = {}
    for spec in ALL_SPECS:
        for f in spec.all_fields:
            seen.setdefault(f.name, set()).add(f.type)
    return {name: next(iter(kinds)) for name, kinds in seen.items() if len(kinds) == 1}


# --------------------------------------------------------------------------------------------
# Frictionless descriptors and the data dictionary, derived from the same TableSpecs
# --------------------------------------------------------------------------------------------


def _xsd_pattern(pattern: str) -> str:
    """Table Schema patterns are implicitly anchored: drop the ^...$ anchors."""
    return pattern.removeprefix("^").removesuffix("$")


def frictionless_field(f: Field) -> dict:
    """A Table Schema field descriptor: name, type, description, unit (custom property) and constraints."""
    descriptor: dict = {"name": f.name, "type": f.type, "description": f.description}
    if f.type == "date":
        descriptor["format"] = "%Y-%m-%d"
    if f.unit:
        descriptor["unit"] = f.unit
    constraints: dict = {}
    if f.required:
        constraints["required"] = True
    if f.enum is not None:
        constraints["enum"] = list(f.enum)
    if f.minimum is not None:
        constraints["minimum"] = f.minimum
    if f.pattern is not None:
        constraints["pattern"] = _xsd_pattern(f.pattern)
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def frictionless_schema(spec: TableSpec) -> dict:
    """A Table Schema: fields in file order, missing values (empty cells), primary and foreign keys."""
    schema: dict = {"fields": [frictionless_field(f) for f in spec.fields], "missingValues": [""]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [dict(fk) for fk in spec.foreign_keys]
    return schema


def _inferred_type(series: pd.Series) -> str:
    values = series.dropna()
    if len(values) == 0:
        return "string"
    if pd.api.types.is_bool_dtype(series) or values.map(lambda v: isinstance(v, bool)).all():
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    return "string"


def infer_spec(df: pd.DataFrame, name: str, *, title: str | None = None, description: str | None = None,
               base: TableSpec | None = None) -> TableSpec:
    """A spec for the columns `df` has: the base spec's fields (contract and optional) where it knows them,
    a type inferred from the data for any other column (described as such)."""
    if base is not None:
        base = base.for_columns(df.columns)
    known = {f.name: f for f in base.fields} if base is not None else {}
    fields = list(base.fields) if base is not None else []
    for column in df.columns:
        if column not in known:
            fields.append(Field(str(column), _inferred_type(df[column]),
                                f"Column {column!r} of {name} (type inferred from the data; not in the codebook's "
                                "declared schema)."))
    return TableSpec(
        name=name,
        title=title or (base.title if base is not None else name.replace("_", " ").capitalize()),
        description=description or (base.description if base is not None else f"Table {name} of the run."),
        fields=tuple(fields),
        primary_key=base.primary_key if base is not None else (),
        foreign_keys=base.foreign_keys if base is not None else (),
    )


def arrow_schema(spec: TableSpec):
    """The Parquet (Arrow) schema of a table from its spec alone, so that a column's type never depends on the
    data (an all-empty column is still int64 or string). Dates stay ISO text, as in the CSV."""
    import pyarrow as pa

    types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([pa.field(f.name, types.get(f.type, pa.string())) for f in spec.fields])


def _constraint_text(f: Field) -> str:
    parts = []
    if f.enum is not None:
        parts.append("one of: " + ", ".join(f.enum))
    if f.minimum is not None:
        parts.append(f">= {f.minimum}")
    if f.pattern is not None:
        parts.append(f"pattern {f.pattern}")
    return "; ".join(parts)


def codebook_rows(specs: Iterable[TableSpec]) -> pd.DataFrame:
    """The data dictionary as a table (the CODEBOOK spec): one row per column of every table, contract and
    optional columns alike."""
    rows = [{"table": spec.name, "column": f.name, "type": f.type, "unit": f.unit, "required": f.required,
             "constraints": _constraint_text(f) or None, "description": f.description}
            for spec in specs for f in spec.all_fields]
    return pd.DataFrame(rows, columns=CODEBOOK.columns)
