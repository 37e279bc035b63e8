"""The HTML report for policy readers: key numbers, tables, charts, sources, in Bahasa Indonesia or English.

`build_report(build_dir, lang=...)` reads the run's tables (`<build_dir>/tables/`) and returns a `Report`
whose parts the 04_report notebook displays one per cell; Quarto or nbconvert then turns the executed
notebook into one self-contained HTML file (see analysis.render).

Safety: every value that comes from data (titles, outlets, sentences, names, codes) reaches the page
only through `markupsafe` escaping: fragments are built with `Markup(...).format(...)` and
`html_table`, which escape whatever is not already `Markup`. Links are made only from http(s) URLs.
Charts are matplotlib PNGs inlined as base64 with alt text; the page loads nothing from elsewhere.
Every visible label lives in resources/report_strings.yaml in both languages.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
import yaml
from markupsafe import Markup

from analysis.schemas import (
    ARTICLES,
    ENTITIES,
    FACT_TYPES,
    FACTS,
    NATIONAL,
    PANEL,
    VIOLATION_TYPES,
    TableSpec,
    empty_frame,
)
from analysis.simulate.panels import required_n
from analysis.tables import read_table

LANGUAGES = ("id", "en")
DICTIONARY_TABLES: tuple[TableSpec, ...] = (ARTICLES, FACTS, ENTITIES, PANEL, NATIONAL)
SECTION_KEYS = ("summary", "cycles", "regions", "types", "model", "quality", "facts", "methods",
                "dictionary", "cite", "downloads")
COUNT_STATUSES = ("reported", "proven", "sanctioned")
TOP_REGIONS = 15
# Okabe-Ito colours: distinguishable with colour-blindness, print well in grey.
COLOURS = {"reported": "#0072B2", "proven": "#E69F00", "sanctioned": "#D55E00", "bar": "#0072B2"}
DOWNLOAD_ORDER = ("articles", "facts", "panel", "national", "entities", "evidence", "texts", "coefficients",
                  "model_summary", "descriptive", "power", "covariate_sources", "evaluation", "datapackage",
                  "codebook", "checksums")


class ReportError(ValueError):
    """A report that cannot be built from its parameters (e.g. an unknown language)."""


# --------------------------------------------------------------------------------------------
# Strings
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _resource() -> dict[str, Any]:
    text = resources.files("analysis").joinpath("resources/report_strings.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def strings(lang: str) -> dict[str, str]:
    """Every visible label of the report in one language."""
    check_language(lang)
    return {key: pair[lang] for key, pair in _resource()["strings"].items()}


def string_pairs() -> dict[str, dict[str, str]]:
    """The labels with both languages side by side (for checks)."""
    return dict(_resource()["strings"])


def dictionary_translations() -> dict[str, Any]:
    """Indonesian titles and column descriptions of the data dictionary (English: analysis.schemas)."""
    return dict(_resource()["dictionary"])


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ReportError(f"lang {lang!r} is not one of {', '.join(LANGUAGES)}")
    return lang


class Text:
    """Labels of one language: `t("key", name=value)` fills the {placeholders}; the result is plain text."""

    def __init__(self, lang: str):
        self.lang = check_language(lang)
        self._strings = strings(lang)

    def __call__(self, key: str, **values: Any) -> str:
        template = self._strings[key]
        return template.format(**values) if values else template

    def get(self, key: str, default: str) -> str:
        return self._strings.get(key, default)


# --------------------------------------------------------------------------------------------
# Formatting and escaping
# --------------------------------------------------------------------------------------------


def is_missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def fmt_int(value: Any, lang: str) -> str:
    """A whole number with the language's thousands separator (15.000 / 15,000); '' when missing."""
    if is_missing(value):
        return ""
    text = f"{int(round(float(value))):,}"
    return text.replace(",", ".") if lang == "id" else text


def fmt_num(value: Any, lang: str, digits: int = 2) -> str:
    """A decimal number with the language's separators (0,85 / 0.85); '' when missing."""
    if is_missing(value):
        return ""
    text = f"{float(value):,.{digits}f}"
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_p(value: Any, lang: str) -> str:
    if is_missing(value):
        return ""
    return ("< " + fmt_num(0.001, lang, 3)) if float(value) < 0.001 else fmt_num(value, lang, 3)


def fmt_bytes(size: int, lang: str) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{fmt_num(size / 1024, lang, 1)} KB"
    return f"{fmt_num(size / 1024 / 1024, lang, 1)} MB"


def text_of(value: Any) -> str:
    """A data value as plain text ('' when missing)."""
    return "" if is_missing(value) else str(value)


def safe_href(url: Any) -> str | None:
    """The URL if it is an absolute http(s) address (the only links made from data), else None."""
    text = text_of(url).strip()
    if re.match(r"^https?://[^\s<>\"']+$", text, flags=re.IGNORECASE):
        return text
    return None


def html_table(header: Sequence[str], rows: Iterable[Sequence[Any]], *, caption: str,
               table_id: str | None = None, numeric: Sequence[int] = (),
               row_attrs: Sequence[dict[str, str]] | None = None, stack: bool | None = None) -> Markup:
    """An accessible table (caption, column headers) in a scrolling wrapper; every cell is escaped
    unless it is already `Markup`. `numeric`: indexes of right-aligned columns. `stack` (default: four
    columns or more): on a phone each row shows as a block of 'column: value' lines."""
    numeric_set = set(numeric)
    stack = len(header) >= 4 if stack is None else stack
    head = Markup("").join(
        Markup('<th scope="col"{}>{}</th>').format(Markup(' class="num"') if i in numeric_set else "", label)
        for i, label in enumerate(header))
    body_rows = []
    for r, row in enumerate(rows):
        attrs = Markup("").join(Markup(' {}="{}"').format(Markup(k), v)
                                for k, v in (row_attrs[r] if row_attrs else {}).items())
        cells = Markup("").join(
            Markup('<td data-label="{}"{}>{}</td>').format(
                header[i], Markup(' class="num"') if i in numeric_set else "", "" if is_missing(value) else value)
            for i, value in enumerate(row))
        body_rows.append(Markup("<tr{}>{}</tr>").format(attrs, cells))
    table_attr = Markup(' id="{}"').format(table_id) if table_id else Markup("")
    return Markup(
        '<div class="asn-table-scroll" role="region" aria-label="{caption}" tabindex="0">'
        '<table class="asn-table{stack}"{attr} data-quarto-disable-processing="true">'
        "<caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    ).format(caption=caption, stack=Markup(" asn-stack") if stack else "", attr=table_attr, head=head,
             body=Markup("\n").join(body_rows))


def paragraph(text: str, cls: str | None = None) -> Markup:
    if cls:
        return Markup('<p class="{}">{}</p>').format(cls, text)
    return Markup("<p>{}</p>").format(text)


def bullet_list(items: Iterable[Any]) -> Markup:
    return Markup("<ul>{}</ul>").format(Markup("").join(Markup("<li>{}</li>").format(i) for i in items))


def note(text: str) -> Markup:
    return Markup('<p class="asn-note">{}</p>').format(text)


# --------------------------------------------------------------------------------------------
# Charts
# --------------------------------------------------------------------------------------------


# Large type: on a phone a 7-inch chart is shown at about half size.
CHART_STYLE = {"font.size": 12, "axes.titlesize": 13, "xtick.labelsize": 11, "ytick.labelsize": 11,
               "legend.fontsize": 11}
RATIO_TICKS = (0.05, 0.1, 0.2, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0)


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(figure)
    return figure


def chart_label(text: str) -> str:
    """Chart text that matplotlib shows literally (a '$' would start mathtext)."""
    return text.replace("$", r"\$")


def figure_img(figure, alt: str) -> Markup:
    """The figure as an inline PNG (base64) with alt text; byte-stable (no software metadata)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return Markup('<figure class="asn-figure"><img src="data:image/png;base64,{}" alt="{}"></figure>').format(
        data, alt)


def bar_chart(labels: Sequence[str], series: dict[str, Sequence[float]], colours: dict[str, str],
              title: str, alt: str, lang: str, horizontal: bool = False) -> Markup:
    """Grouped bars (one group per label, one bar per series) with the values written on the bars;
    missing values (NaN) are drawn as nothing."""
    n = len(labels)
    with matplotlib.rc_context(CHART_STYLE):
        figure = _figure(7.0, max(2.6, 0.42 * n * max(1, len(series)) + 1.0) if horizontal else 3.8)
        ax = figure.add_subplot()
        _draw_bars(ax, labels, series, colours, title, lang, horizontal)
        return figure_img(figure, alt)


def _draw_bars(ax, labels: Sequence[str], series: dict[str, Sequence[float]], colours: dict[str, str],
               title: str, lang: str, horizontal: bool) -> None:
    n = len(labels)
    width = 0.8 / max(1, len(series))
    positions = np.arange(n)
    for k, (name, values) in enumerate(series.items()):
        offsets = positions + (k - (len(series) - 1) / 2) * width
        draw = ax.barh if horizontal else ax.bar
        # A missing figure gets no bar and no label (it is not a zero).
        heights = [0.0 if is_missing(v) else float(v) for v in values]
        bars = draw(offsets, heights, width, label=chart_label(name), color=colours.get(name, COLOURS["bar"]))
        ax.bar_label(bars, labels=["" if is_missing(v) else fmt_int(v, lang) for v in values], padding=2)
    tick_labels = [chart_label(label) for label in labels]
    if horizontal:
        ax.set_yticks(positions, tick_labels)
        ax.invert_yaxis()
        ax.margins(x=0.12)
    else:
        ax.set_xticks(positions, tick_labels)
        ax.margins(y=0.15)
    if len(series) > 1:
        ax.legend(frameon=False)
    ax.set_title(chart_label(title), loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def interval_chart(labels: Sequence[str], estimates: Sequence[float], lows: Sequence[float],
                   highs: Sequence[float], title: str, alt: str, axis_label: str, lang: str) -> Markup:
    """Point estimates with intervals on a log axis, a reference line at 1 (ratios)."""
    with matplotlib.rc_context(CHART_STYLE):
        figure = _figure(7.0, max(2.4, 0.6 * len(labels) + 1.2))
        ax = figure.add_subplot()
        y = np.arange(len(labels))
        est, lo, hi = (np.asarray(v, dtype=float) for v in (estimates, lows, highs))
        ax.errorbar(est, y, xerr=[est - lo, hi - est], fmt="o", color=COLOURS["bar"], capsize=4)
        ax.axvline(1.0, color="grey", linestyle="--", linewidth=1)
        ax.set_xscale("log")
        span = (min(1.0, float(np.nanmin(lo))) / 1.1, max(1.0, float(np.nanmax(hi))) * 1.1)
        ax.set_xlim(*span)
        ax.set_xticks([v for v in RATIO_TICKS if span[0] <= v <= span[1]])
        ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: fmt_num(v, lang)))
        ax.xaxis.set_minor_locator(matplotlib.ticker.NullLocator())
        ax.set_xlabel(chart_label(axis_label))
        ax.set_yticks(y, [chart_label(label) for label in labels])
        ax.invert_yaxis()
        ax.set_title(chart_label(title), loc="left")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return figure_img(figure, alt)


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


@dataclass
class ReportInputs:
    """Everything the report reads from a run; missing files give empty tables and a `problems` note."""

    articles: pd.DataFrame
    facts: pd.DataFrame
    panel: pd.DataFrame
    national: pd.DataFrame
    coefficients: pd.DataFrame
    descriptive: pd.DataFrame
    power: pd.DataFrame
    model_summary: dict[str, Any] | None
    evaluation: dict[str, Any] | None
    downloads: list[tuple[str, int]] = field(default_factory=list)
    citation: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)


def _read_spec_table(folder: Path, spec: TableSpec, problems: list[str]) -> pd.DataFrame:
    path = folder / f"{spec.name}.csv"
    if not path.exists():
        return empty_frame(spec)
    try:
        return read_table(folder, spec.name, spec)
    except (ValueError, KeyError, OSError) as exc:
        problems.append(f"{path.name}: {exc}")
        return empty_frame(spec)


def _read_plain_csv(path: Path, problems: list[str]) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame()
    try:
        return pd.read_csv(path, keep_default_na=False, na_values=[""], encoding="utf-8")
    except pd.errors.EmptyDataError:
        return pd.DataFrame()
    except (ValueError, OSError) as exc:
        problems.append(f"{path.name}: {exc}")
        return pd.DataFrame()


def _read_json(path: Path, problems: list[str]) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        problems.append(f"{path.name}: {exc}")
        return None
    if not isinstance(value, dict):
        problems.append(f"{path.name}: expected a JSON object")
        return None
    return value


def _download_sort_key(name: str) -> tuple[int, str]:
    stem = name.split(".", 1)[0]
    return (DOWNLOAD_ORDER.index(stem) if stem in DOWNLOAD_ORDER else len(DOWNLOAD_ORDER), name)


def list_downloads(build_dir: Path) -> list[tuple[str, int]]:
    """Files of the release (or, before publishing, of the tables folder): (name, size), top level only."""
    for folder in (build_dir / "release", build_dir / "tables"):
        if folder.is_dir():
            files = [(p.name, p.stat().st_size) for p in folder.iterdir()
                     if p.is_file() and not p.name.startswith(".")]
            return sorted(files, key=lambda item: _download_sort_key(item[0]))
    return []


def find_citation(build_dir: Path) -> dict[str, Any] | None:
    """CITATION.cff of the release or the project (first found), parsed; None when there is none."""
    candidates = [build_dir / "release" / "CITATION.cff", build_dir.parent / "CITATION.cff",
                  Path.cwd() / "CITATION.cff", Path(__file__).resolve().parents[2] / "CITATION.cff"]
    for path in candidates:
        if path.is_file():
            try:
                value = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (yaml.YAMLError, OSError):
                continue
            if isinstance(value, dict):
                return value
    return None


def load_inputs(build_dir: Path | str) -> ReportInputs:
    """Read the run's tables from `<build_dir>/tables/`; any of them may be missing or empty."""
    build_dir = Path(build_dir)
    tables = build_dir / "tables"
    problems: list[str] = []
    return ReportInputs(
        articles=_read_spec_table(tables, ARTICLES, problems),
        facts=_read_spec_table(tables, FACTS, problems),
        panel=_read_spec_table(tables, PANEL, problems),
        national=_read_spec_table(tables, NATIONAL, problems),
        coefficients=_read_plain_csv(tables / "coefficients.csv", problems),
        descriptive=_read_plain_csv(tables / "descriptive.csv", problems),
        power=_read_plain_csv(tables / "power.csv", problems),
        model_summary=_read_json(tables / "model_summary.json", problems),
        evaluation=_read_json(tables / "evaluation.json", problems),
        downloads=list_downloads(build_dir),
        citation=find_citation(build_dir),
        problems=problems,
    )


# --------------------------------------------------------------------------------------------
# Derived figures
# --------------------------------------------------------------------------------------------


def cycle_label(election_type: Any, election_year: Any, t: Text) -> str:
    kind = text_of(election_type) or "unknown"
    name = t.get(f"short_{kind}", kind)
    return name if is_missing(election_year) else f"{name} {int(election_year)}"


def _cycle_key(election_type: Any, election_year: Any) -> tuple[int, str]:
    year = -1 if is_missing(election_year) else int(election_year)
    return (year, text_of(election_type) or "unknown")


def _known_sum(values: pd.Series) -> float | None:
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    return float(numbers.sum()) if len(numbers) else None


def ok_articles(articles: pd.DataFrame) -> pd.DataFrame:
    return articles[articles["status"] == "ok"] if "status" in articles else articles.iloc[0:0]


def key_numbers(inputs: ReportInputs) -> dict[str, Any]:
    """The summary's figures: article counts, facts, regions, cycles, sums of regional counts,
    the largest national figure, extraction F1, whether the model was estimated."""
    articles, panel, national = inputs.articles, inputs.panel, inputs.national
    status = articles["status"].value_counts() if len(articles) else pd.Series(dtype=int)
    if len(panel):
        regions = panel["region_code"].dropna().nunique()
        cycles = panel[["election_type", "election_year"]].drop_duplicates().shape[0]
    else:
        regional = inputs.facts[inputs.facts["scope"] == "regional"] if len(inputs.facts) else inputs.facts
        regions = regional["region_code"].dropna().nunique() if len(regional) else 0
        cycles = (inputs.facts[["election_type", "election_year"]].drop_duplicates().shape[0]
                  if len(inputs.facts) else 0)
    sums = {s: (_known_sum(panel[f"violations_{s}"]) if len(panel) else None) for s in COUNT_STATUSES}
    national_top = None
    if len(national) and national["violations_reported"].notna().any():
        row = national.loc[pd.to_numeric(national["violations_reported"]).astype("float64").idxmax()]
        national_top = (int(row["violations_reported"]), row["election_type"], row["election_year"])
    evaluation = inputs.evaluation or {}
    f1 = None
    if evaluation.get("n_gold_articles"):
        f1 = (evaluation.get("facts", {}).get("all") or {}).get("f1")
    summary = inputs.model_summary
    return {
        "articles": int(len(articles)),
        "ok": int(status.get("ok", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "unreadable": int(status.get("unreadable", 0)),
        "facts": int(len(inputs.facts)),
        "regions": int(regions),
        "cycles": int(cycles),
        "reported": sums["reported"],
        "proven": sums["proven"],
        "sanctioned": sums["sanctioned"],
        "national": national_top,
        "f1": f1,
        "n_gold": int(evaluation.get("n_gold_articles") or 0),
        "model": None if summary is None else bool(summary.get("estimable")),
    }


def _in_cycle(frame: pd.DataFrame, election_type: str, election_year: int | None) -> pd.DataFrame:
    """The rows of one election cycle (a missing type counts as 'unknown', a missing year matches None)."""
    if frame.empty:
        return frame
    types = frame["election_type"].fillna("unknown")
    years = frame["election_year"]
    year_match = years.isna() if election_year is None else (years == election_year).fillna(False)
    return frame[(types == election_type) & year_match]


def cycle_table(inputs: ReportInputs) -> pd.DataFrame:
    """One row per election cycle: regions, regional sums of violations, national figure, articles."""
    panel, national, facts = inputs.panel, inputs.national, inputs.facts
    keys = set()
    for frame in (panel, national):
        keys |= {(text_of(a) or "unknown", None if is_missing(b) else int(b))
                 for a, b in zip(frame["election_type"], frame["election_year"], strict=True)}
    rows = []
    for etype, year in sorted(keys, key=lambda k: _cycle_key(*k)):
        part = _in_cycle(panel, etype, year)
        nat = _in_cycle(national, etype, year)
        fact_part = _in_cycle(facts, etype, year)
        figure_cols = [f"violations_{s}" for s in COUNT_STATUSES]
        rows.append({
            "election_type": etype,
            "election_year": year,
            "regions": int(part["region_code"].nunique()) if len(part) else 0,
            "with_figure": int(part[figure_cols].notna().any(axis=1).sum()) if len(part) else 0,
            **{s: (_known_sum(part[f"violations_{s}"]) if len(part) else None) for s in COUNT_STATUSES},
            "national_reported": _known_sum(nat["violations_reported"]) if len(nat) else None,
            "articles": int(fact_part["article_id"].nunique()) if len(fact_part) else 0,
        })
    return pd.DataFrame(rows, columns=["election_type", "election_year", "regions", "with_figure",
                                       *COUNT_STATUSES, "national_reported", "articles"])


def region_table(panel: pd.DataFrame) -> pd.DataFrame:
    """The panel sorted by reported violations (unknown last), with violations per 1,000 ASN."""
    frame = panel.copy()
    reported = pd.to_numeric(frame["violations_reported"], errors="coerce").astype("float64")
    asn = pd.to_numeric(frame["asn_headcount"], errors="coerce").astype("float64")
    frame["rate_per_1000"] = (1000 * reported / asn.where(asn > 0))
    frame["_sort"] = reported
    frame = frame.sort_values(["_sort", "region_name", "election_year"], ascending=[False, True, True],
                              na_position="last", kind="mergesort")
    return frame.drop(columns="_sort").reset_index(drop=True)


def violation_type_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Readable articles mentioning each violation type: every taxonomy code, then any unknown code."""
    readable = ok_articles(articles)
    counts: dict[str, int] = {code: 0 for code in VIOLATION_TYPES}
    for value in readable["violation_types"] if len(readable) else []:
        for code in {c.strip() for c in text_of(value).split(";") if c.strip()}:
            counts[code] = counts.get(code, 0) + 1
    frame = pd.DataFrame({"code": list(counts), "articles": list(counts.values())})
    frame["share"] = frame["articles"] / len(readable) if len(readable) else np.nan
    return frame


def wilson_interval(successes: int, total: int, z: float = 1.959964) -> tuple[float, float] | None:
    """95% Wilson score interval of a proportion; None when there is nothing to measure."""
    if total <= 0:
        return None
    p = successes / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


# --------------------------------------------------------------------------------------------
# The model, in plain words
# --------------------------------------------------------------------------------------------


def model_sentences(summary: dict[str, Any], coefficients: pd.DataFrame, lang: str) -> list[str]:
    """The model's findings or why there are none, via analysis.model.interpret; a short fallback of
    our own if that cannot read these files (the report must never fail on the model's account)."""
    try:
        from analysis import model as mdl

        result = mdl.ModelResult(
            estimable=bool(summary.get("estimable")), reasons=[], coefficients=coefficients,
            summary=summary, descriptive=pd.DataFrame(),
            reference_levels=dict(summary.get("reference_levels") or {}),
            offset_expr=summary.get("offset"))
        return list(mdl.interpret(result, lang=lang))
    except (ImportError, AttributeError, KeyError, TypeError, ValueError):
        t = Text(lang)
        if summary.get("estimable"):
            return [t("model_estimable")]
        reasons = summary.get("reasons_id" if lang == "id" else "reasons") or summary.get("reasons") or []
        return [t("model_not_estimable")] + [f"- {reason}" for reason in reasons]


def _sentence_list(lines: list[str]) -> Markup:
    """interpret() lines as a list; lines starting with '- ' nest under the line before them."""
    items: list[Markup] = []
    nested: list[str] = []

    def flush() -> None:
        if nested and items:
            items[-1] = items[-1] + bullet_list(nested)
            nested.clear()

    for line in lines:
        if line.startswith("- "):
            nested.append(line[2:])
        else:
            flush()
            items.append(Markup("{}").format(line))
    if nested and not items:
        items.append(Markup(""))
    flush()
    return Markup('<ul class="asn-findings">{}</ul>').format(
        Markup("").join(Markup("<li>{}</li>").format(i) for i in items))


def term_label(term: str, summary: dict[str, Any], t: Text) -> tuple[str, float]:
    """A factor's plain label and the power its IRR is raised to (2**b for logs: 'per doubling')."""
    log_match = re.fullmatch(r"np\.log\((\w+)\)", term)
    if log_match:
        return t("term_log", label=t.get(f"var_{log_match.group(1)}", log_match.group(1))), math.log(2)
    category = re.fullmatch(r"C\((\w+)\)\[T\.(.+)\]", term)
    if category:
        variable, level = category.groups()
        reference = (summary.get("reference_levels") or {}).get(f"C({variable})", "")
        if variable == "election_type":
            return t("term_election", level=t.get(f"short_{level}", level),
                     reference=t.get(f"short_{reference}", reference)), 1.0
        return f"{t.get(f'var_{variable}', variable)} = {level}", 1.0
    return t.get(f"var_{term}", term), 1.0


# --------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    body: Markup

    def html(self) -> Markup:
        return Markup('<section class="asn-section" id="sec-{key}" aria-labelledby="h-{key}">'
                      '<h2 id="h-{key}">{title}</h2>{body}</section>').format(
            key=self.key, title=self.title, body=self.body)


def _card(value: str, label: str, detail: str) -> Markup:
    return Markup('<div class="asn-card"><p class="asn-card-value">{}</p><p class="asn-card-label">{}</p>'
                  '<p class="asn-card-detail">{}</p></div>').format(value, label, detail)


def section_summary(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    k = key_numbers(inputs)
    dash = "—"
    cards = [
        _card(fmt_int(k["articles"], lang), t("kn_articles"),
              t("kn_articles_note", ok=fmt_int(k["ok"], lang), duplicate=fmt_int(k["duplicate"], lang),
                unreadable=fmt_int(k["unreadable"], lang))),
        _card(fmt_int(k["facts"], lang), t("kn_facts"), t("kn_facts_note")),
        _card(fmt_int(k["regions"], lang), t("kn_regions"), t("kn_regions_note", cycles=fmt_int(k["cycles"], lang))),
        _card(dash if k["reported"] is None else fmt_int(k["reported"], lang), t("kn_reported"),
              t("kn_reported_note", proven=fmt_int(k["proven"], lang) or dash,
                sanctioned=fmt_int(k["sanctioned"], lang) or dash)),
    ]
    if k["national"] is not None:
        value, etype, year = k["national"]
        cards.append(_card(fmt_int(value, lang), t("kn_national"),
                           t("kn_national_note", cycle=cycle_label(etype, year, t))))
    blind = real_news_quality().get("blind")
    if blind:  # the honest figure: real news that was never read while the rules were written
        cards.append(_card(fmt_num(blind["facts"]["f1"], lang), t("kn_quality_real"),
                           t("kn_quality_real_note", n=fmt_int(blind["articles"], lang))))
    elif k["f1"] is not None:
        cards.append(_card(fmt_num(k["f1"], lang), t("kn_quality"), t("kn_quality_note", n=fmt_int(k["n_gold"], lang))))
    else:
        cards.append(_card(dash, t("kn_quality"), t("kn_quality_none")))
    parts = [Markup('<div class="asn-cards">{}</div>').format(Markup("").join(cards)),
             paragraph(t("caveat"), "asn-caveat")]
    if k["ok"] == 0:
        parts.append(paragraph(t("no_articles")))
    else:
        parts.append(paragraph(t("summary_text", ok=fmt_int(k["ok"], lang), facts=fmt_int(k["facts"], lang),
                                 regions=fmt_int(k["regions"], lang), cycles=fmt_int(k["cycles"], lang))))
    model_key = {None: "summary_model_missing", True: "summary_model_yes", False: "summary_model_no"}[k["model"]]
    parts.append(paragraph(t(model_key)))
    if inputs.problems:
        parts.append(Markup('<div class="asn-problems">{}</div>').format(bullet_list(inputs.problems)))
    return Markup("").join(parts)


def _chart_data_text(labels: Sequence[str], series: dict[str, Sequence[float]], lang: str) -> str:
    parts = []
    for i, label in enumerate(labels):
        values = ", ".join(f"{name} {fmt_int(vals[i], lang) or '—'}" for name, vals in series.items())
        parts.append(f"{label}: {values}")
    return "; ".join(parts) + "."


def section_cycles(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    table = cycle_table(inputs)
    if table.empty:
        return paragraph(t("no_cycles"))
    labels = [cycle_label(r.election_type, r.election_year, t) for r in table.itertuples()]
    header = [t("col_cycle"), t("col_region_cycles"), t("col_with_figure"), t("col_reported"), t("col_proven"),
              t("col_sanctioned"), t("col_national_reported"), t("col_articles")]
    rows = [[label, fmt_int(r.regions, lang), fmt_int(r.with_figure, lang), fmt_int(r.reported, lang),
             fmt_int(r.proven, lang), fmt_int(r.sanctioned, lang), fmt_int(r.national_reported, lang),
             fmt_int(r.articles, lang)] for label, r in zip(labels, table.itertuples(), strict=True)]
    parts = [paragraph(t("cycles_intro")),
             html_table(header, rows, caption=t("cycles_caption"), numeric=range(1, 8), table_id="cycles-table")]
    with_data = table[table[list(COUNT_STATUSES)].notna().any(axis=1)]
    if with_data.empty:
        parts.append(note(t("no_figures_chart")))
    else:
        chart_labels = [cycle_label(r.election_type, r.election_year, t) for r in with_data.itertuples()]
        series = {t(f"col_{s}"): with_data[s].tolist() for s in COUNT_STATUSES}
        colours = {t(f"col_{s}"): COLOURS[s] for s in COUNT_STATUSES}
        alt = t("cycles_chart_alt", data=_chart_data_text(chart_labels, series, lang))
        parts.append(bar_chart(chart_labels, series, colours, t("cycles_chart_title"), alt, lang))
    return Markup("").join(parts)


def section_regions(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    if inputs.panel.empty:
        return paragraph(t("no_regions"))
    table = region_table(inputs.panel)
    header = [t("col_region"), t("col_cycle"), t("col_reported"), t("col_proven"), t("col_sanctioned"),
              t("col_asn"), t("col_candidates"), t("col_rate"), t("col_articles")]
    rows = [[Markup('{}<br><span class="asn-meta">{}</span>').format(text_of(r.region_name), text_of(r.region_code)),
             cycle_label(r.election_type, r.election_year, t),
             fmt_int(r.violations_reported, lang), fmt_int(r.violations_proven, lang),
             fmt_int(r.violations_sanctioned, lang), fmt_int(r.asn_headcount, lang),
             fmt_int(r.related_candidates, lang), fmt_num(r.rate_per_1000, lang, 2),
             fmt_int(r.n_articles, lang)] for r in table.itertuples()]
    parts = [paragraph(t("regions_intro")),
             html_table(header, rows, caption=t("regions_caption"), numeric=range(2, 9), table_id="regions-table")]
    known = table[table["violations_reported"].notna()].head(TOP_REGIONS)
    if known.empty:
        parts.append(note(t("no_figures_chart")))
    else:
        labels = [f"{text_of(r.region_name)} — {cycle_label(r.election_type, r.election_year, t)}"
                  for r in known.itertuples()]
        series = {t("col_reported"): [float(v) for v in known["violations_reported"]]}
        alt = t("regions_chart_alt", data=_chart_data_text(labels, series, lang))
        parts.append(bar_chart(labels, series, {t("col_reported"): COLOURS["reported"]},
                               t("regions_chart_title", n=len(known)), alt, lang, horizontal=True))
    return Markup("").join(parts)


def section_types(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    counts = violation_type_counts(inputs.articles)
    if counts["articles"].sum() == 0:
        return Markup("").join([paragraph(t("types_intro")), paragraph(t("no_types"))])
    counts = counts.sort_values(["articles", "code"], ascending=[False, True], kind="mergesort")
    names = [t.get(f"vt_{code}", code) for code in counts["code"]]
    rows = [[name, t.get(f"vt_{code}_desc", ""), fmt_int(n, lang),
             "" if is_missing(share) else f"{fmt_num(100 * share, lang, 0)}%"]
            for name, code, n, share in zip(names, counts["code"], counts["articles"],
                                                               counts["share"], strict=True)]
    header = [t("col_type"), t("col_type_meaning"), t("col_articles_mentioning"), t("col_share")]
    series = {t("col_articles_mentioning"): counts["articles"].astype(float).tolist()}
    alt = t("types_chart_alt", data=_chart_data_text(names, series, lang))
    return Markup("").join([
        paragraph(t("types_intro")),
        html_table(header, rows, caption=t("types_caption"), numeric=(2, 3), table_id="types-table"),
        bar_chart(names, series, {}, t("types_chart_title"), alt, lang, horizontal=True),
    ])


def _power_paragraph(power: pd.DataFrame, n_available: int, t: Text) -> Markup | None:
    needed_columns = {"n", "irr", "power"}
    if power.empty or not needed_columns <= set(power.columns):
        return None
    lang = t.lang
    table = power.sort_values("n")
    target = 0.8
    needed = required_n(table, target)
    irr = float(table["irr"].iloc[0])
    values = {"pct": fmt_num(100 * (irr - 1), lang, 0), "irr": fmt_num(irr, lang, 1),
              "power": fmt_num(100 * target, lang, 0), "n": fmt_int(n_available, lang)}
    if needed is None:
        text = t("power_never", largest=fmt_int(table["n"].max(), lang), **values)
    else:
        text = t("power_needed", needed=fmt_int(needed, lang), **values)
    if needed is None or n_available < needed:
        text = f"{text} {t('power_few')}"
    return Markup("<h3>{}</h3>{}").format(t("power_title"), paragraph(text))


def section_model(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    summary = inputs.model_summary
    parts = [paragraph(t("model_intro"))]
    if summary is None:
        parts.append(paragraph(t("model_missing")))
        return Markup("").join(parts)
    estimable = bool(summary.get("estimable"))
    family = text_of(summary.get("family"))
    facts = [(t("model_facts_n"), t("model_facts_n_value", n=fmt_int(summary.get("n", 0), lang),
                                     total=fmt_int(summary.get("n_panel_rows", 0), lang))),
             (t("model_facts_formula"), Markup("<code>{}</code>").format(text_of(summary.get("formula"))))]
    if estimable:
        facts.insert(0, (t("model_facts_family"), t.get(f"family_{family}", family)))
        if not is_missing(summary.get("aic")):
            facts.append((t("model_facts_fit"), fmt_num(summary.get("aic"), lang, 1)))
    parts.append(Markup('<p class="asn-status asn-status-{}">{}</p>').format(
        "yes" if estimable else "no", t("model_estimable" if estimable else "model_not_estimable")))
    parts.append(Markup('<dl class="asn-facts">{}</dl>').format(
        Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(a, b) for a, b in facts)))
    parts.append(Markup("<h3>{}</h3>").format(t("model_what_says")))
    parts.append(_sentence_list(model_sentences(summary, inputs.coefficients, lang)))
    coefficients = inputs.coefficients
    if estimable and not coefficients.empty and {"term", "estimate", "ci_low", "ci_high"} <= set(coefficients.columns):
        shown = coefficients[coefficients["term"] != "Intercept"]
        labels, irr, low, high, rows = [], [], [], [], []
        for r in shown.itertuples():
            label, scale = term_label(str(r.term), summary, t)
            values = [math.exp(scale * float(v)) for v in (r.estimate, r.ci_low, r.ci_high)]
            labels.append(label)
            irr.append(values[0])
            low.append(values[1])
            high.append(values[2])
            rows.append([Markup("{}<br><code>{}</code>").format(label, r.term), fmt_num(values[0], lang),
                         f"{fmt_num(values[1], lang)} – {fmt_num(values[2], lang)}",
                         fmt_p(getattr(r, "p_value", None), lang)])
        parts.append(paragraph(t("irr_intro")))
        parts.append(html_table([t("col_term"), t("col_irr"), t("col_ci"), t("col_p")], rows,
                                caption=t("irr_caption"), numeric=(1, 2, 3), table_id="model-table"))
        if labels:
            data = "; ".join(f"{a}: {fmt_num(b, lang)} ({fmt_num(c, lang)}–{fmt_num(d, lang)})"
                             for a, b, c, d in zip(labels, irr, low, high, strict=True))
            parts.append(interval_chart(labels, irr, low, high, t("irr_chart_title"),
                                        t("irr_chart_alt", data=data), t("irr_axis"), lang))
    power_text = _power_paragraph(inputs.power, int(summary.get("n") or 0), t)
    if power_text is not None:
        parts.append(power_text)
    parts.append(_descriptive_table(inputs.descriptive, t))
    return Markup("").join(parts)


def _descriptive_table(descriptive: pd.DataFrame, t: Text) -> Markup:
    if descriptive.empty or "cycle" not in descriptive.columns:
        return Markup("")
    lang = t.lang
    overall = descriptive[descriptive["cycle"].astype(str) == "all"]
    if overall.empty:
        return Markup("")
    rows = []
    for r in overall.itertuples():
        digits = 2 if r.variable == "violations_per_1000_asn" else 1
        rows.append([t.get(f"var_{r.variable}", str(r.variable)), fmt_int(r.n_known, lang), fmt_int(r.n_missing, lang),
                     fmt_int(r.total, lang), fmt_num(r.mean, lang, digits), fmt_num(r.median, lang, digits),
                     fmt_num(r.max, lang, digits) if digits == 2 else fmt_int(r.max, lang)])
    header = [t("col_variable"), t("col_known"), t("col_missing"), t("col_total"), t("col_mean"),
              t("col_median"), t("col_max")]
    return Markup("<h3>{}</h3>{}").format(
        t("descriptive_title"),
        html_table(header, rows, caption=t("descriptive_caption"), numeric=range(1, 7), table_id="descriptive-table"))


def _share_with_interval(successes: int, total: int, lang: str) -> str:
    interval = wilson_interval(successes, total)
    if interval is None:
        return "—"
    return f"{fmt_num(successes / total, lang)} ({fmt_num(interval[0], lang)}–{fmt_num(interval[1], lang)})"


def real_news_quality() -> dict[str, Any]:
    """The extraction's scores on annotated real news (written by `python -m analysis real-quality`)."""
    path = resources.files("analysis").joinpath("resources/real_news_quality.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def real_news_table(t: Text) -> Markup:
    """How the extraction does on real news, whatever corpus this report is about: the honest figure."""
    lang, measured = t.lang, real_news_quality()
    rows = []
    for name in ("dev", "blind"):
        s = measured.get(name)
        if not s:
            continue
        facts, attrs = s["facts"], s["attributes"]
        share = (lambda key: _share_with_interval(attrs[key]["correct"], attrs[key]["total"], lang))
        rows.append([t(f"real_set_{name}"), fmt_int(s["articles"], lang),
                     _share_with_interval(facts["tp"], facts["tp"] + facts["fp"], lang),
                     _share_with_interval(facts["tp"], facts["tp"] + facts["fn"], lang), fmt_num(facts["f1"], lang),
                     share("region"), share("election")])
    if not rows:
        return Markup("")
    return Markup("").join([
        paragraph(t("real_quality_intro")),
        html_table([t("col_real_set"), t("col_articles"), t("col_precision"), t("col_recall"), t("col_f1"),
                    t("field_region"), t("field_election")], rows, caption=t("real_quality_caption"),
                   numeric=range(1, 7), table_id="quality-real-table")])


def section_quality(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    evaluation = inputs.evaluation
    if not evaluation or not evaluation.get("n_gold_articles"):
        return Markup("").join([paragraph(t("quality_none")), real_news_table(t)])
    parts = [real_news_table(t), paragraph(t("quality_intro")),
             paragraph(t("quality_scope", n=fmt_int(evaluation.get("n_gold_articles"), lang),
                         matched=fmt_int(evaluation.get("n_matched_articles", 0), lang)))]
    fact_scores = evaluation.get("facts") or {}
    order = [k for k in (*FACT_TYPES, "all") if k in fact_scores] + sorted(
        k for k in fact_scores if k not in (*FACT_TYPES, "all"))
    rows = []
    for kind in order:
        s = fact_scores[kind]
        tp, fp, fn = (int(s.get(x, 0)) for x in ("tp", "fp", "fn"))
        rows.append([t.get(f"fact_{kind}", kind), fmt_int(tp, lang), fmt_int(fp, lang), fmt_int(fn, lang),
                     _share_with_interval(tp, tp + fp, lang), _share_with_interval(tp, tp + fn, lang),
                     fmt_num(s.get("f1"), lang)])
    if rows:
        parts.append(html_table([t("col_fact_type"), t("col_tp"), t("col_fp"), t("col_fn"), t("col_precision"),
                                 t("col_recall"), t("col_f1")], rows, caption=t("facts_quality_caption"),
                                numeric=range(1, 7), table_id="quality-facts-table"))
    article_scores = evaluation.get("articles") or {}
    rows = []
    for name, s in article_scores.items():
        correct, total = int(s.get("correct", 0)), int(s.get("total", 0))
        rows.append([t.get(f"field_{name}", name), f"{fmt_int(correct, lang)} / {fmt_int(total, lang)}",
                     _share_with_interval(correct, total, lang)])
    if rows:
        parts.append(html_table([t("col_field"), t("col_correct"), t("col_accuracy")], rows,
                                caption=t("articles_quality_caption"), numeric=(1, 2),
                                table_id="quality-articles-table"))
    return Markup("").join(parts)


SEARCH_SCRIPT = Markup("""<script>
(function () {
  var input = document.getElementById("fact-search");
  var table = document.getElementById("facts-table");
  var count = document.getElementById("fact-count");
  if (!input || !table || !count) { return; }
  function norm(s) { return s.toLowerCase().normalize("NFD").replace(/[\\u0300-\\u036f]/g, ""); }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (r) { return norm(r.textContent + " " + (r.getAttribute("data-search") || "")); });
  var template = count.getAttribute("data-template");
  function update() {
    var terms = norm(input.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = terms.every(function (term) { return texts[i].indexOf(term) >= 0; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = template.replace("{shown}", shown).replace("{total}", rows.length);
  }
  document.getElementById("fact-search-box").hidden = false;
  input.addEventListener("input", update);
  update();
})();
</script>""")


def _source_cell(article: dict[str, Any] | None, fact: Any, t: Text) -> Markup:
    source_file = text_of(fact.source_file)
    if article is None:
        return Markup('<span class="asn-file">{}: {}</span>').format(t("file_label"), source_file)
    title = text_of(article.get("title")) or t("no_title")
    href = safe_href(article.get("url"))
    title_html = (Markup('<a href="{}" rel="noopener noreferrer nofollow">{}</a>').format(href, title)
                  if href else Markup("<strong>{}</strong>").format(title))
    details = ", ".join(v for v in (text_of(article.get("outlet")), text_of(article.get("published"))) if v)
    return Markup('{}<br><span class="asn-meta">{}</span><br><span class="asn-file">{}: {}</span>').format(
        title_html, details, t("file_label"), source_file)


def section_facts(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    facts = inputs.facts
    if facts.empty:
        return Markup("").join([paragraph(t("facts_intro")), paragraph(t("no_facts"))])
    by_id = {text_of(a["article_id"]): a for a in inputs.articles.to_dict("records")
             if text_of(a.get("article_id")) and a.get("status") != "duplicate"}
    ordered = facts.sort_values(["source_file", "start_char", "fact_type"], kind="mergesort")
    rows, attrs = [], []
    for f in ordered.itertuples():
        unit = text_of(f.unit)
        value = fmt_int(f.value, lang) + (f" {t.get(f'unit_{unit}', unit)}" if unit else "")
        what = t.get(f"fact_{f.fact_type}", text_of(f.fact_type))
        if text_of(f.status):
            what = f"{what}: {t.get(f'status_{f.status}', text_of(f.status))}"
        code = text_of(f.region_code)
        where = t("national") if f.scope == "national" else f"{text_of(f.region_name)} ({code})" if code else text_of(
            f.region_name)
        rows.append([value, what, where, cycle_label(f.election_type, f.election_year, t),
                     _source_cell(by_id.get(text_of(f.article_id)), f, t),
                     Markup('<span class="asn-quote">“{}”</span>').format(text_of(f.sentence))])
        attrs.append({"data-search": text_of(f.value)})
    header = [t("col_value"), t("col_what"), t("col_where"), t("col_election"), t("col_source"), t("col_sentence")]
    search = Markup(
        '<div class="asn-search" id="fact-search-box" hidden><label for="fact-search">{label}</label>'
        '<input type="search" id="fact-search" placeholder="{placeholder}" autocomplete="off">'
        '<p id="fact-count" role="status" aria-live="polite" data-template="{template}"></p></div>'
    ).format(label=t("search_label"), placeholder=t("search_placeholder"),
             template=t("search_count", shown="{shown}", total="{total}"))
    return Markup("").join([
        paragraph(t("facts_intro")), search,
        html_table(header, rows, caption=t("facts_caption"), numeric=(0,), table_id="facts-table", row_attrs=attrs),
        SEARCH_SCRIPT,
    ])


def section_methods(inputs: ReportInputs, t: Text) -> Markup:
    methods = [t(f"methods_{i}") for i in range(1, 6)]
    limits = [t(f"limits_{i}") for i in range(1, 7)]
    return Markup("<h3>{}</h3>{}{}<h3>{}</h3>{}").format(
        t("methods_heading"), bullet_list(methods), paragraph(t("methods_glossary")), t("limits_heading"),
        bullet_list(limits))


def data_dictionary(lang: str) -> list[tuple[TableSpec, str, str, list[tuple[str, str, str, str]]]]:
    """(spec, title, description, [(column, type, unit, meaning)]) per published table, in `lang`."""
    translations = dictionary_translations()
    out = []
    for spec in DICTIONARY_TABLES:
        local = translations.get(spec.name, {}) if lang == "id" else {}
        fields = local.get("fields", {})
        columns = [(f.name, f.type, f.unit or "", fields.get(f.name, f.description)) for f in spec.all_fields]
        out.append((spec, local.get("title", spec.title), local.get("description", spec.description), columns))
    return out


def section_dictionary(inputs: ReportInputs, t: Text) -> Markup:
    parts = [paragraph(t("dictionary_intro"))]
    header = [t("col_column"), t("col_type_data"), t("col_unit"), t("col_meaning")]
    for spec, title, description, columns in data_dictionary(t.lang):
        rows = [[Markup("<code>{}</code>").format(name), kind, t.get(f"unit_{unit}", unit) if unit else "", meaning]
                for name, kind, unit, meaning in columns]
        parts.append(Markup("<h3>{} <code>{}.csv</code></h3>{}{}").format(
            title, spec.name, paragraph(description),
            html_table(header, rows, caption=t("dictionary_caption", table=title),
                       table_id=f"dictionary-{spec.name}")))
    return Markup("").join(parts)


def _year(release_date: str | None) -> str | None:
    return release_date[:4] if release_date and re.match(r"^\d{4}", release_date) else None


def citations(citation: dict[str, Any] | None, publisher: str, dataset_version: str,
              release_date: str | None, t: Text) -> tuple[str, str | None, str]:
    """(dataset citation, software citation or None, BibTeX) from the parameters and CITATION.cff."""
    year = _year(release_date) or t("no_date")
    cff = citation or {}
    title = text_of(cff.get("title")) or "ASN Neutrality Watch"
    url = text_of(cff.get("repository-code") or cff.get("url"))
    dataset = f"{publisher} ({year}). {t('title')}, {t('cite_version', version=dataset_version)} [{t('cite_kind')}]."
    software = None
    if citation:
        names = []
        for author in cff.get("authors") or []:
            if isinstance(author, dict):
                name = author.get("name") or " ".join(
                    v for v in (text_of(author.get("given-names")), text_of(author.get("family-names"))) if v)
                if name:
                    names.append(str(name))
        software_year = _year(text_of(cff.get("date-released"))) or t("no_date")
        version = text_of(cff.get("version"))
        software = (f"{', '.join(names) or title} ({software_year}). {title}"
                    + (f" (version {version})" if version else "") + "." + (f" {url}" if url else ""))
    key = re.sub(r"[^a-z0-9]+", "", publisher.lower())[:20] or "asnwatch"
    bibtex_lines = [f"@misc{{{key}{_year(release_date) or ''},",
                    f"  author = {{{{{publisher}}}}},",
                    f"  title = {{{t('title')}}},",
                    f"  year = {{{year}}},",
                    f"  version = {{{dataset_version}}},",
                    f"  note = {{{t('cite_kind')}}}"]
    if url:
        bibtex_lines[-1] += ","
        bibtex_lines.append(f"  url = {{{url}}}")
    bibtex = "\n".join(bibtex_lines) + "\n}"
    return dataset, software, bibtex


def section_cite(inputs: ReportInputs, t: Text, publisher: str, dataset_version: str,
                 release_date: str | None) -> Markup:
    dataset, software, bibtex = citations(inputs.citation, publisher, dataset_version, release_date, t)
    parts = [Markup("<h3>{}</h3>{}").format(t("cite_dataset"), paragraph(dataset, "asn-citation"))]
    parts.append(Markup("<h3>{}</h3><pre class=\"asn-bibtex\">{}</pre>").format(t("cite_bibtex"), bibtex))
    if software:
        parts.append(Markup("<h3>{}</h3>{}").format(t("cite_software"), paragraph(software, "asn-citation")))
    return Markup("").join(parts)


def section_downloads(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    if not inputs.downloads:
        return paragraph(t("no_downloads"))
    groups: dict[str, list[tuple[str, int]]] = {}
    for name, size in inputs.downloads:
        groups.setdefault(name.split(".", 1)[0], []).append((name, size))
    rows = []
    for stem, files in groups.items():
        links = Markup(" · ").join(
            Markup('<a href="../{}" download>{}</a> <span class="asn-meta">({})</span>').format(
                name, name, fmt_bytes(size, lang)) for name, size in files)
        rows.append([links, t.get(f"file_{stem}", t("file_other"))])
    return Markup("").join([paragraph(t("downloads_intro")),
                            html_table([t("col_file"), t("col_contents")], rows, caption=t("downloads_caption"),
                                       table_id="downloads-table")])


# --------------------------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------------------------


PART_KEYS = ("header", "summary", "contents", *SECTION_KEYS[1:], "footer")


@dataclass(frozen=True)
class Report:
    """The report's parts, shown in PART_KEYS order: header, summary, contents, the other sections, footer."""

    lang: str
    header: Markup
    contents: Markup
    sections: tuple[Section, ...]
    footer: Markup

    def part(self, key: str) -> Markup:
        if key in ("header", "contents", "footer"):
            return getattr(self, key)
        for section in self.sections:
            if section.key == key:
                return section.html()
        raise KeyError(f"no report part {key!r}; parts: {', '.join(PART_KEYS)}")

    def show(self, key: str) -> None:
        """Display one part in the notebook (an HTML output that both renderers pass through)."""
        from IPython.display import HTML, display

        display(HTML(str(self.part(key))))

    def html(self) -> Markup:
        """All parts in order (what the rendered page's body holds)."""
        return Markup("").join(self.part(key) for key in PART_KEYS)


def _release_date_text(release_date: Any) -> str | None:
    if release_date is None or release_date == "":
        return None
    if isinstance(release_date, (dt.date, dt.datetime)):
        return release_date.isoformat()[:10]
    return str(release_date)


def _header(t: Text, publisher: str, dataset_version: str,
            release_date: str | None) -> Markup:
    other = "en" if t.lang == "id" else "id"
    meta = [t("published_by", publisher=publisher), t("version_line", version=dataset_version),
            t("release_line", date=release_date) if release_date else t("release_unset")]
    return Markup(
        '<header class="asn-header"><p class="asn-lang">'
        '<a href="report.{other}.html" hreflang="{other}" lang="{other}">{switch}</a></p>'
        '<h1>{title}</h1><p class="asn-subtitle">{subtitle}</p>'
        '<p class="asn-meta">{meta}</p></header>'
    ).format(other=other, switch=t("other_language"), title=t("title"), subtitle=t("subtitle"),
             meta=" · ".join(meta))


def _contents(t: Text, titles: dict[str, str]) -> Markup:
    """The table of contents; it follows the summary so that the key numbers come first, even on a phone."""
    items = Markup("").join(Markup('<li><a href="#sec-{}">{}</a></li>').format(key, titles[key])
                            for key in SECTION_KEYS[1:])
    return Markup('<nav class="asn-toc" aria-label="{0}"><h2>{0}</h2><ol>{1}</ol></nav>').format(
        t("contents"), items)


def report_title(lang: str) -> str:
    """The report's title in `lang` (also the HTML <title>)."""
    return Text(lang)("title")


def build_report(build_dir: Path | str, *, lang: str = "id", publisher: str = "ASN Neutrality Watch",
                 dataset_version: str = "0.1.0", release_date: Any = None) -> Report:
    """Read the run's tables and build every part of the report in `lang`."""
    t = Text(lang)
    inputs = load_inputs(Path(build_dir))
    release = _release_date_text(release_date)
    titles = {key: t(f"sec_{key}") for key in SECTION_KEYS}
    bodies = {
        "summary": section_summary(inputs, t),
        "cycles": section_cycles(inputs, t),
        "regions": section_regions(inputs, t),
        "types": section_types(inputs, t),
        "model": section_model(inputs, t),
        "quality": section_quality(inputs, t),
        "facts": section_facts(inputs, t),
        "methods": section_methods(inputs, t),
        "dictionary": section_dictionary(inputs, t),
        "cite": section_cite(inputs, t, publisher, dataset_version, release),
        "downloads": section_downloads(inputs, t),
    }
    sections = tuple(Section(key, titles[key], bodies[key]) for key in SECTION_KEYS)
    footer = Markup('<footer class="asn-footer"><p>{}</p></footer>').format(t("footer"))
    return Report(lang, _header(t, publisher, dataset_version, release), _contents(t, titles), sections, footer)
