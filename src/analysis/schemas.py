"""Table schemas shared by every stage and by the published data package.

The column lists are the public contract (see CONTRACT.md in the project docs);
stages may add columns after these but never rename or drop them.
Each table has one `TableSpec`: its columns in order with type, description and unit.
Declarations only: the checks between stages (`analysis.tables.validate`), the typed reading and writing
(`analysis.tables`) and the published descriptors (`analysis.tables.formats`) are all derived from these specs,
so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

ELECTION_TYPES = ("pilkada", "pemilu", "pileg", "pilpres", "unknown")
FACT_TYPES = ("asn_headcount", "violation_count", "related_candidates")
FACT_STATUSES = ("reported", "proven", "sanctioned", "target", "unspecified")
ARTICLE_STATUSES = ("ok", "duplicate", "unreadable", "cited")
SOURCE_STATUSES = ("ok", "cited")  # articles whose figures count: read from the corpus, or cited by a person
SCOPES = ("regional", "national")
UNITS = ("cases", "persons")
REGION_SOURCES = ("sentence", "article", "list_heading", "dateline")
FACT_RULES = ("region_list", "count", "count_each_region", "person")
REVIEWS = ("unreviewed", "accepted", "corrected", "rejected", "added")
FACT_ID_PATTERN = r"^f[0-9a-f]{16}$"
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

    def for_columns(self, columns: Iterable[str]) -> TableSpec:
        """This spec with the optional fields present in `columns` made part of `fields` (in declared order),
        so that writing, reading and checking a table type every column the spec knows."""
        present = set(columns)
        extra = tuple(f for f in self.optional_fields if f.name in present)
        return replace(self, fields=self.fields + extra, optional_fields=())


def _f(name: str, type_: str, description: str, **kw) -> Field:
    return Field(name, type_, description, **kw)


# fmt: off
# Table declarations are data: one field a line as written (the formatter would spread each over several).
REGION_CODE_PATTERN = r"^\d{2}(\.\d{2})?$"
REGION_CODES_PATTERN = r"^\d{2}(\.\d{2})?(;\d{2}(\.\d{2})?)*$"

ARTICLES = TableSpec(
    name="articles",
    title="Articles",
    description="One row per input document, with its processing status and article-level metadata.",
    primary_key=("source_file",),
    fields=(
        _f("article_id", "string", "Stable id: first 16 hex characters of the SHA-256 of the cleaned text (of 'cited ' "
           "and the URL for a cited article); empty when the file could not be read.", pattern=r"^[0-9a-f]{16}$"),
        _f("source_file", "string", "Path of the input file relative to the corpus folder (a cited article: the "
           "cited-figures file, cited/...), plus '#N' for the N-th record of a JSONL or CSV file.", required=True),
        _f("status", "string", "'ok', 'duplicate' (same article_id as an earlier row), 'unreadable', or 'cited' (an "
           "article outside the corpus whose figures a person quoted: data/raw/cited).", required=True,
           enum=ARTICLE_STATUSES),
        _f("skip_reason", "string", "Empty for 'ok'; otherwise why the document was skipped: duplicate, empty, binary, "
           "encoding, too_large, parse_error, no_text, unsupported_format, symlink_outside_corpus, broken_link, "
           "not_a_file, os_error, analysis_error."),
        _f("title", "string", "Title as found in the document; empty when not found."),
        _f("outlet", "string", "News outlet as found in the document (dateline or site name); empty when not found."),
        _f("published", "date", "Publication date (ISO YYYY-MM-DD); empty when the text does not give it."),
        _f("dateline", "string", "Dateline place, upper case (e.g. SERPONG); empty when none."),
        _f("region_codes", "string", "Kemendagri code(s) of the regions the article is about, "
           "';'-separated.", pattern=REGION_CODES_PATTERN),
        _f("region_names", "string", "Official names of those regions, same order, ';'-separated."),
        _f("election_type", "string", "Election the article is about.", enum=ELECTION_TYPES),
        _f("election_year", "integer", "Year of that election; empty when unknown.", minimum=1955),
        _f("violation_types", "string", "';'-separated violation-type codes from the project taxonomy."),
    ),
    optional_fields=(
        _f("url", "string", "The page's address: from the export's field, the HTML page's canonical or og:url, or "
           "the sources manifest; empty only when none of them gives it."),
        _f("retrieved", "date", "When the page was collected (access date, ISO YYYY-MM-DD), from the sources "
           "manifest or the export; empty when not recorded."),
        _f("content_sha256", "string", "SHA-256 (hex) of the cleaned text; article_id is its first 16 characters. "
           "Whoever holds the text can check that it is the same one.", pattern=r"^[0-9a-f]{64}$"),
        _f("licence", "string", "Licence of the article's text as the sources manifest records it; empty when not "
           "recorded (then the text remains its outlet's property)."),
        _f("publish_texts", "boolean", "True when that licence allows republishing the full text: only then is the "
           "cleaned text in a release's texts table (False or empty: it is not)."),
        _f("skip_detail", "string", "For a skipped document, the specifics of skip_reason in words (e.g. 'same text as "
           "a.txt', 'line 3: invalid JSON'); empty for 'ok'."),
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
        _f("fact_type", "string", "asn_headcount, violation_count or "
           "related_candidates.", required=True, enum=FACT_TYPES),
        _f("unit", "string", "'cases' or 'persons' (ASN counted) where the text says which; empty "
           "otherwise.", enum=UNITS),
        _f("value", "integer", "The number, Indonesian numerals normalised to a non-negative "
           "integer.", required=True, minimum=0),
        _f("scope", "string", "'regional' or 'national'.", required=True, enum=SCOPES),
        _f("region_code", "string", "Kemendagri code of the region the number is about; empty when "
           "national.", pattern=REGION_CODE_PATTERN),
        _f("region_name", "string", "Official name of that region; empty when national."),
        _f("status", "string", "For violation counts: reported, proven, sanctioned, target or unspecified; empty for "
           "other fact types.", enum=FACT_STATUSES),
        _f("election_type", "string", "Election the number belongs to.", enum=ELECTION_TYPES),
        _f("election_year", "integer", "Year of that election; empty when unknown.", minimum=1955),
        _f("sentence", "string", "The sentence that states the fact, verbatim from the cleaned text.", required=True),
        _f("start_char", "integer", "Start offset of the evidence span in the cleaned text.", required=True, minimum=0),
        _f("end_char", "integer", "End offset (exclusive) of the evidence span in the cleaned "
           "text.", required=True, minimum=0),
    ),
    optional_fields=(
        _f("region_source", "string", "Where the region came from: 'sentence' (named in the sentence itself), "
           "'list_heading' (the heading of the list the figure is an item of), 'dateline' (the article's dateline "
           "only), 'article' (the article's region, named elsewhere in it); empty when national.",
           enum=REGION_SOURCES),
        _f("province_code", "string", "Kemendagri code of the province of region_code (its first two digits); empty "
           "when national.", pattern=r"^\d{2}$"),
        _f("province_name", "string", "Official name of that province; empty when national."),
        _f("fact_id", "string", "Stable id of the fact: the same fact of the same article text keeps it across runs, "
           "process counts and engines ('f' and 16 hex characters of the SHA-256 of the article's content_sha256, "
           "the evidence span and the fact type).", pattern=FACT_ID_PATTERN),
        _f("rule", "string", "The extraction rule that read the fact: 'region_list' (an item of a list of regions "
           "with their figures), 'count' (a number and what it counts), 'count_each_region' (one figure said of "
           "each of several regions), or 'person' (added by a reviewer).", enum=FACT_RULES),
        _f("confidence", "number", "0-1: how often facts read like this one (type, rule, scope, region source, "
           "status) are right on the annotated real development articles (resources/rule_confidence.csv); empty "
           "for facts a person added."),
        _f("review", "string", "What a person decided (data/raw/reviews): 'unreviewed', 'accepted', 'corrected' "
           "(the fields corrected), 'rejected' (kept here, left out of the panel) or 'added' (a fact the "
           "extraction missed).", enum=REVIEWS),
        _f("reviewer", "string", "Who decided (';'-separated when several agree); empty when unreviewed."),
        _f("corrected", "string", "For a corrected fact, the fields a person changed, 'field: machine -> person' "
           "separated by ';'; empty otherwise."),
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
        _f("label", "string", "REGION, ORG, PERSON, ROLE, ELECTION, DATE or "
           "QUANTITY.", required=True, enum=ENTITY_LABELS),
        _f("text", "string", "The mention as written.", required=True),
        _f("normalized", "string", "Canonical form: region code, institution acronym, ISO date, integer, election "
           "key."),
        _f("start_char", "integer", "Start offset in the cleaned text.", required=True, minimum=0),
        _f("end_char", "integer", "End offset (exclusive) in the cleaned text.", required=True, minimum=0),
    ),
)

TEXTS = TableSpec(
    name="texts",
    title="Cleaned texts",
    description="The cleaned text of readable articles, against which all offsets are given. A release carries only "
    "the texts whose licence allows republishing them (articles.publish_texts); articles.content_sha256 checks the "
    "others.",
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
NATIONAL_RULE_TEXT = ("national counts are cumulative and restated as they grow: the value of the most recently "
                      "published article; on a tie, the one stated by the most sources; on a further tie, the largest "
                      "('latest_published', 'most_sources', 'largest_value': the criterion that decided; every "
                      "figure stated is in national_series.csv).")


def _conflict_fields(rule_text: str) -> tuple[Field, ...]:
    return (
        _f("conflict", "boolean", "True when articles give different values for one of the figures of this row; "
           "the values and the one chosen are in evidence.csv.", required=True),
        _f("conflict_columns", "string", "';'-separated columns whose value was chosen among conflicting ones."),
        _f("conflict_rule", "string", "For each of those columns, 'column:criterion'; the rule: " + rule_text),
    )


CONFLICT_FIELDS = _conflict_fields(CONFLICT_RULE_TEXT)

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
        _f("violations_reported", "integer", "Reported (alleged or found) neutrality violations; empty when no article "
           "gives the figure.", unit="cases", **_COUNT),
        _f("violations_proven", "integer", "Violations established (decided, recommended); empty when no article gives "
           "it.", unit="cases", **_COUNT),
        _f("violations_sanctioned", "integer", "Violations that led to a sanction; empty when no article gives "
           "it.", unit="cases", **_COUNT),
        _f("asn_headcount", "integer", "Number of ASN employed in the region; empty when "
           "unknown.", unit="persons", **_COUNT),
        _f("related_candidates", "integer", "Candidates related to ASN; empty when no article gives "
           "it.", unit="persons", **_COUNT),
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
        _f("n_figures", "integer", "Figures of this row (non-empty columns among the violation counts, "
           "asn_headcount and related_candidates).", **_COUNT),
        _f("n_figures_region_in_sentence", "integer", "Of those, the figures stated in a sentence that names the "
           "region itself (region_source 'sentence' in facts.csv); the others rest on the article's region, a list "
           "heading or the dateline.", **_COUNT),
    ),
)

NATIONAL = TableSpec(
    name="national",
    title="National totals per election cycle",
    description="National totals as stated in articles, the latest stated of each (every one stated is in "
    "national_series); never summed from or into regional rows.",
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
        *_conflict_fields(NATIONAL_RULE_TEXT),
        _f("article_ids", "string", "';'-separated ids of the articles giving national figures for the cycle "
           "(sorted)."),
    ),
)

NATIONAL_SERIES = TableSpec(
    name="national_series",
    title="National figures as stated over time",
    description="Every national violation figure as an article stated it: its cycle, stage, value, the date it was "
    "published and the national body the sentence names. National counts grow over a season and are restated; the "
    "national table takes the latest of each stage (headline).",
    primary_key=("series_key",),
    fields=(
        _f("series_key", "string", "election_type|election_year|stage|value|as_of|institution.", required=True),
        _f("election_type", "string", "Election type of the cycle.", required=True, enum=ELECTION_TYPES),
        _f("election_year", "integer", "Election year of the cycle.", required=True, minimum=1955),
        _f("stage", "string", "How far the cases had gone: reported, proven, sanctioned, or unspecified.",
           required=True, enum=("reported", "proven", "sanctioned", "unspecified")),
        _f("value", "integer", "The national figure as stated.", required=True, unit="cases", **_COUNT),
        _f("as_of", "date", "Publication date of the article(s) stating it; empty when undated."),
        _f("institution", "string", "The national body the sentence names as its source (Bawaslu, KASN, BKN, "
           "Kemendagri, KemenPAN-RB); empty when it names none."),
        _f("headline", "boolean", "True for the value the national table gives for this cycle and stage.",
           required=True),
        _f("n_articles", "integer", "Articles stating it.", required=True, **_COUNT),
        _f("n_sources", "integer", "Distinct outlets stating it.", required=True, **_COUNT),
        _f("article_ids", "string", "';'-separated ids of those articles (sorted).", required=True),
        _f("example_sentence", "string", "A sentence stating it (the earliest article's)."),
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
        _f("fact_key", "string", "scope|region_code|election_type|election_year|fact_type|status|value.",
           required=True),
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
    optional_fields=(
        _f("region_sources", "string", "';'-separated region_source values of its statements (sentence, "
           "list_heading, dateline, article); empty when national or without a region."),
    ),
)

REVIEW_LOG = TableSpec(
    name="review_log",
    title="Review decisions and what became of them",
    description="One row per decision of the reviews files (data/raw/reviews/*.csv) and per figure of the "
    "cited-figures files (data/raw/cited/*.csv) that this run read: applied to the facts, or why not (stale, "
    "conflict). Nothing a person decided is dropped silently.",
    primary_key=("file", "row"),
    fields=(
        _f("file", "string", "Reviews file, relative to the reviews folder; a cited-figures file, with its folder "
           "(cited/...).", required=True),
        _f("row", "integer", "Row of the decision in that file, as a spreadsheet numbers it (header: 1).",
           required=True, minimum=2),
        _f("fact_id", "string", "The fact decided on (for an added fact, its new id); empty when it cannot be "
           "placed.", pattern=FACT_ID_PATTERN),
        _f("decision", "string", "accept, reject, correct or add.", required=True,
           enum=("accept", "reject", "correct", "add")),
        _f("reviewer", "string", "Who decided."),
        _f("date", "date", "When, as the file says; empty when it does not."),
        _f("outcome", "string", "'applied'; 'superseded' (a later decision of the same reviewer); 'conflict' "
           "(reviewers disagree: nothing applied, the fact stays unreviewed); 'stale' (the fact is not extracted "
           "any more, or its article's text changed); 'exists' (an added fact the extraction already reads).",
           required=True, enum=("applied", "superseded", "conflict", "stale", "exists")),
        _f("detail", "string", "What was applied, or why not, in words."),
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

# Columns extraction adds to the contract tables (optional in the spec: tables written before them still read).
EXTRACTED_OPTIONAL = {
    "articles": ("url", "retrieved", "content_sha256", "licence", "publish_texts"),
    "facts": ("region_source", "province_code", "province_name", "fact_id", "rule", "confidence", "review", "reviewer"),
}
CONTRACT_TABLES = {t.name: t for t in (ARTICLES, FACTS, ENTITIES)}
ALL_SPECS = (ARTICLES, FACTS, ENTITIES, TEXTS, REVIEW_LOG, PANEL, NATIONAL, NATIONAL_SERIES, EVIDENCE, COEFFICIENTS,
             DESCRIPTIVE, POWER, COVARIATE_SOURCES, CODEBOOK)
# fmt: on
