"""The sections a reader sees first: the summary's key numbers, then violations by cycle, region and type."""

from __future__ import annotations

import pandas as pd
from markupsafe import Markup

from analysis.params import DEFAULTS
from analysis.report.charts import COLOURS, bar_chart, chart_data_text, series_chart
from analysis.report.figures import (
    COUNT_STATUSES,
    cycle_label,
    cycle_table,
    key_numbers,
    region_table,
    violation_type_counts,
)
from analysis.report.html import breakable, bullet_list, html_table, note, paragraph
from analysis.report.inputs import ReportInputs
from analysis.report.sections.quality import real_news_quality
from analysis.report.sections.reference import release_file
from analysis.report.text import Text, fmt_int, fmt_num, is_missing, text_of

TOP_REGIONS = 15
HORIZONTAL_FROM = 6  # cycles in the bar chart beyond which their labels go on the side


def _card(value: str, label: str, detail: str) -> Markup:
    return Markup(
        '<div class="asn-card"><p class="asn-card-value">{}</p><p class="asn-card-label">{}</p>'
        '<p class="asn-card-detail">{}</p></div>'
    ).format(value, label, detail)


def section_summary(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    k = key_numbers(inputs)
    dash = "—"
    cards = [
        _card(
            fmt_int(k["articles"], lang),
            t("kn_articles"),
            t(
                "kn_articles_note_cited" if k["cited"] else "kn_articles_note",
                ok=fmt_int(k["ok"], lang),
                cited=fmt_int(k["cited"], lang),
                duplicate=fmt_int(k["duplicate"], lang),
                unreadable=fmt_int(k["unreadable"], lang),
            ),
        ),
        _card(fmt_int(k["facts"], lang), t("kn_facts"), t("kn_facts_note")),
        _card(fmt_int(k["regions"], lang), t("kn_regions"), t("kn_regions_note", cycles=fmt_int(k["cycles"], lang))),
        _card(
            dash if k["reported"] is None else fmt_int(k["reported"], lang),
            t("kn_reported"),
            t(
                "kn_reported_note",
                proven=fmt_int(k["proven"], lang) or dash,
                sanctioned=fmt_int(k["sanctioned"], lang) or dash,
            ),
        ),
    ]
    if k["national"] is not None:
        value, etype, year = k["national"]
        cards.append(
            _card(fmt_int(value, lang), t("kn_national"), t("kn_national_note", cycle=cycle_label(etype, year, t)))
        )
    blind = real_news_quality().get("blind")
    if blind:  # the honest figure: real news that was never read while the rules were written
        cards.append(
            _card(
                fmt_num(blind["facts"]["f1"], lang),
                t("kn_quality_real"),
                t("kn_quality_real_note", n=fmt_int(blind["articles"], lang)),
            )
        )
    elif k["f1"] is not None:
        cards.append(_card(fmt_num(k["f1"], lang), t("kn_quality"), t("kn_quality_note", n=fmt_int(k["n_gold"], lang))))
    else:
        cards.append(_card(dash, t("kn_quality"), t("kn_quality_none")))
    parts = [
        Markup('<div class="asn-cards">{}</div>').format(Markup("").join(cards)),
        paragraph(t("caveat_cited" if k["cited"] else "caveat"), "asn-caveat"),
    ]
    if k["ok"] + k["cited"] == 0:
        parts.append(paragraph(t("no_articles")))
    else:
        parts.append(
            paragraph(
                t(
                    "summary_text_cited" if k["cited"] else "summary_text",
                    ok=fmt_int(k["ok"], lang),
                    cited=fmt_int(k["cited"], lang),
                    facts=fmt_int(k["facts"], lang),
                    regions=fmt_int(k["regions"], lang),
                    cycles=fmt_int(k["cycles"], lang),
                )
            )
        )
    model_key = {None: "summary_model_missing", True: "summary_model_yes", False: "summary_model_no"}[k["model"]]
    parts.append(paragraph(t(model_key)))
    if inputs.problems:
        parts.append(Markup('<div class="asn-problems">{}</div>').format(bullet_list(inputs.problems)))
    return Markup("").join(parts)


def section_cycles(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    table = cycle_table(inputs)
    if table.empty:
        return paragraph(t("no_cycles"))
    labels = [cycle_label(r.election_type, r.election_year, t) for r in table.itertuples()]
    header = [
        t("col_cycle"),
        t("col_region_cycles"),
        t("col_with_figure"),
        t("col_reported"),
        t("col_proven"),
        t("col_sanctioned"),
        t("col_national_reported"),
        t("col_articles"),
    ]
    rows = [
        [
            label,
            fmt_int(r.regions, lang),
            fmt_int(r.with_figure, lang),
            fmt_int(r.reported, lang),
            fmt_int(r.proven, lang),
            fmt_int(r.sanctioned, lang),
            fmt_int(r.national_reported, lang),
            fmt_int(r.articles, lang),
        ]
        for label, r in zip(labels, table.itertuples(), strict=True)
    ]
    parts = [
        paragraph(t("cycles_intro")),
        html_table(header, rows, caption=t("cycles_caption"), numeric=range(1, 8), table_id="cycles-table"),
    ]
    with_data = table[table[list(COUNT_STATUSES)].notna().any(axis=1)]
    if with_data.empty:
        parts.append(note(t("no_figures_chart")))
    else:
        chart_labels = [cycle_label(r.election_type, r.election_year, t) for r in with_data.itertuples()]
        series = {t(f"col_{s}"): with_data[s].tolist() for s in COUNT_STATUSES}
        colours = {t(f"col_{s}"): COLOURS[s] for s in COUNT_STATUSES}
        alt = t("cycles_chart_alt", data=chart_data_text(chart_labels, series, lang))
        horizontal = len(chart_labels) > HORIZONTAL_FROM  # many cycles: labels on the side stay readable
        parts.append(bar_chart(chart_labels, series, colours, t("cycles_chart_title"), alt, lang, horizontal))
    parts.append(national_series_part(inputs.national_series, t))
    return Markup("").join(parts)


SEASON_BEFORE, SEASON_AFTER = "-07-01", "-06-30"  # a season: from mid-year before the election year to mid-year after


def in_season(series: pd.DataFrame) -> pd.DataFrame:
    """The dated figures stated during their cycle's season, not those looked back on years later."""
    if series.empty:
        return series
    day = series["as_of"].astype("string").str[:10]
    start = (series["election_year"].astype(int) - 1).astype(str) + SEASON_BEFORE
    end = (series["election_year"].astype(int) + 1).astype(str) + SEASON_AFTER
    return series[series["as_of"].notna() & (day >= start) & (day <= end)]


def national_series_part(series: pd.DataFrame, t: Text) -> Markup:
    """How the national counts of the cycle with the most national figures in season grew, as stated."""
    dated = in_season(series[series["stage"] != "unspecified"]) if len(series) else series
    if dated.empty:
        return Markup("")
    per_cycle = dated.groupby(["election_type", "election_year"]).size()
    (etype, year), _ = max(per_cycle.items(), key=lambda kv: (kv[1], kv[0][1]))
    cycle = dated[(dated["election_type"] == etype) & (dated["election_year"] == year)]
    lines = {}
    for stage in COUNT_STATUSES:
        rows = cycle[cycle["stage"] == stage].sort_values(["as_of", "value"], kind="stable")
        if len(rows):
            lines[t(f"col_{stage}")] = [(str(r.as_of)[:10], float(r.value)) for r in rows.itertuples()]
    colours = {t(f"col_{s}"): COLOURS[s] for s in COUNT_STATUSES}
    label = cycle_label(etype, year, t)
    data = "; ".join(
        f"{name}: " + ", ".join(f"{day} {fmt_int(value, t.lang)}" for day, value in points)
        for name, points in lines.items()
    )
    title = t("national_series_chart_title", cycle=label)
    return Markup("").join(
        [
            paragraph(t("national_series_intro", n=fmt_int(len(series), t.lang), cycle=label)),
            series_chart(lines, colours, title, t("national_series_chart_alt", title=title, data=data), t.lang),
        ]
    )


def section_regions(inputs: ReportInputs, t: Text, top_n: int = DEFAULTS.report_top_n) -> Markup:
    """The region × cycle rows with the most reported violations (`top_n` of them; all are in panel.csv)."""
    lang = t.lang
    if inputs.panel.empty:
        return paragraph(t("no_regions"))
    table = region_table(inputs.panel)
    shown = table.head(top_n)
    header = [
        t("col_region"),
        t("col_cycle"),
        t("col_reported"),
        t("col_proven"),
        t("col_sanctioned"),
        t("col_asn"),
        t("col_candidates"),
        t("col_rate"),
        t("col_articles"),
    ]
    rows = [
        [
            Markup('{}<br><span class="asn-meta">{}</span>').format(breakable(r.region_name), text_of(r.region_code)),
            cycle_label(r.election_type, r.election_year, t),
            fmt_int(r.violations_reported, lang),
            fmt_int(r.violations_proven, lang),
            fmt_int(r.violations_sanctioned, lang),
            fmt_int(r.asn_headcount, lang),
            fmt_int(r.related_candidates, lang),
            fmt_num(r.rate_per_1000, lang, 2),
            fmt_int(r.n_articles, lang),
        ]
        for r in shown.itertuples()
    ]
    parts = [
        paragraph(t("regions_intro")),
        html_table(header, rows, caption=t("regions_caption"), numeric=range(2, 9), table_id="regions-table"),
    ]
    if len(shown) < len(table):
        more = t.markup(
            "regions_top",
            shown=fmt_int(len(shown), lang),
            total=fmt_int(len(table), lang),
            file=release_file(inputs, "panel.csv"),
        )
        parts.append(note(more))
    known = table[table["violations_reported"].notna()].head(TOP_REGIONS)
    if known.empty:
        parts.append(note(t("no_figures_chart")))
    else:
        labels = [
            f"{text_of(r.region_name)} — {cycle_label(r.election_type, r.election_year, t)}" for r in known.itertuples()
        ]
        series = {t("col_reported"): [float(v) for v in known["violations_reported"]]}
        alt = t("regions_chart_alt", data=chart_data_text(labels, series, lang))
        parts.append(
            bar_chart(
                labels,
                series,
                {t("col_reported"): COLOURS["reported"]},
                t("regions_chart_title", n=len(known)),
                alt,
                lang,
                horizontal=True,
            )
        )
    return Markup("").join(parts)


def section_types(inputs: ReportInputs, t: Text) -> Markup:
    lang = t.lang
    counts = violation_type_counts(inputs.articles)
    if counts["articles"].sum() == 0:
        return Markup("").join([paragraph(t("types_intro")), paragraph(t("no_types"))])
    counts = counts.sort_values(["articles", "code"], ascending=[False, True], kind="mergesort")
    names = [t.get(f"vt_{code}", code) for code in counts["code"]]
    rows = [
        [
            name,
            t.get(f"vt_{code}_desc", ""),
            fmt_int(n, lang),
            "" if is_missing(share) else f"{fmt_num(100 * share, lang, 0)}%",
        ]
        for name, code, n, share in zip(names, counts["code"], counts["articles"], counts["share"], strict=True)
    ]
    header = [t("col_type"), t("col_type_meaning"), t("col_articles_mentioning"), t("col_share")]
    series = {t("col_articles_mentioning"): counts["articles"].astype(float).tolist()}
    alt = t("types_chart_alt", data=chart_data_text(names, series, lang))
    return Markup("").join(
        [
            paragraph(t("types_intro")),
            html_table(header, rows, caption=t("types_caption"), numeric=(2, 3), table_id="types-table"),
            bar_chart(names, series, {}, t("types_chart_title"), alt, lang, horizontal=True),
        ]
    )
