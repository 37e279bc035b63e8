"""Table schemas shared by every stage and by the published data package.

The column lists are the public contract (see CONTRACT.md in the project docs);
stages may add columns after these but never rename or drop them.
Each table has one `TableSpec`: its columns in order with type, description and unit.
The pandera schemas and the Frictionless field descriptors are both derived from it,
so the checks between stages and the published `datapackage.json` cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[dict, ...] = field(default=())

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


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
        _f("skip_reason", "string", "Empty for 'ok'; otherwise why the document was skipped (empty, binary, encoding, too_large, parse_error, outside_corpus, duplicate_of:<source_file>...)."),
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
)

FACTS = TableSpec(
    name="facts",
    title="Numeric facts",
    description="One row per numeric fact stated in an article, with the sentence and span that state it.",
    primary_key=("article_id", "fact_type", "start_char", "end_char"),
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
    fields=(
        _f("article_id", "string", "Article id.", required=True),
        _f("text", "string", "Cleaned article text.", required=True),
    ),
)

_COUNT = dict(minimum=0)

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
        _f("n_sources", "integer", "Distinct outlets among those articles.", required=True, **_COUNT),
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
)

CONTRACT_TABLES = {t.name: t for t in (ARTICLES, FACTS, ENTITIES)}


def empty_frame(spec: TableSpec) -> pd.DataFrame:
    """An empty DataFrame with the spec's columns (object dtype)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in spec.columns})


def conform(df: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """Put the contract columns first, in order; extra columns follow; missing ones are an error."""
    missing = [c for c in spec.columns if c not in df.columns]
    if missing:
        raise ValueError(f"table {spec.name!r} lacks contract column(s): {', '.join(missing)}")
    extra = [c for c in df.columns if c not in spec.columns]
    return df[spec.columns + extra]
