"""Charts: matplotlib figures inlined as byte-stable PNGs with alt text (the page loads nothing from
elsewhere).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

import matplotlib
import matplotlib.ticker
import numpy as np
from markupsafe import Markup

from analysis.report.text import fmt_int, fmt_num, is_missing

# Okabe-Ito colours: distinguishable with colour-blindness, print well in grey.
COLOURS = {"reported": "#0072B2", "proven": "#E69F00", "sanctioned": "#D55E00", "bar": "#0072B2"}
# Large type: on a phone a 7-inch chart is shown at about half size.
CHART_STYLE = {
    "font.size": 12,
    "axes.titlesize": 13,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
}
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
    return Markup('<figure class="asn-figure"><img src="data:image/png;base64,{}" alt="{}"></figure>').format(data, alt)


def bar_chart(
    labels: Sequence[str],
    series: dict[str, Sequence[float]],
    colours: dict[str, str],
    title: str,
    alt: str,
    lang: str,
    horizontal: bool = False,
) -> Markup:
    """Grouped bars (one group per label, one bar per series) with the values written on the bars;
    missing values (NaN) are drawn as nothing."""
    n = len(labels)
    with matplotlib.rc_context(CHART_STYLE):
        figure = _figure(7.0, max(2.6, 0.42 * n * max(1, len(series)) + 1.0) if horizontal else 3.8)
        ax = figure.add_subplot()
        _draw_bars(ax, labels, series, colours, title, lang, horizontal)
        return figure_img(figure, alt)


def _draw_bars(
    ax,
    labels: Sequence[str],
    series: dict[str, Sequence[float]],
    colours: dict[str, str],
    title: str,
    lang: str,
    horizontal: bool,
) -> None:
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


def interval_chart(
    labels: Sequence[str],
    estimates: Sequence[float],
    lows: Sequence[float],
    highs: Sequence[float],
    title: str,
    alt: str,
    axis_label: str,
    lang: str,
) -> Markup:
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


def chart_data_text(labels: Sequence[str], series: dict[str, Sequence[float]], lang: str) -> str:
    """A chart's figures as one line of text, for its alt text."""
    parts = []
    for i, label in enumerate(labels):
        values = ", ".join(f"{name} {fmt_int(vals[i], lang) or '—'}" for name, vals in series.items())
        parts.append(f"{label}: {values}")
    return "; ".join(parts) + "."


def series_chart(
    series: dict[str, Sequence[tuple[str, float]]], colours: dict[str, str], title: str, alt: str, lang: str
) -> Markup:
    """One line per series of dated values (ISO date, value), as steps: a count holds until it is restated."""
    import matplotlib.dates

    with matplotlib.rc_context(CHART_STYLE):
        figure = _figure(7.0, 3.8)
        ax = figure.add_subplot()
        for name, points in series.items():
            dates = [np.datetime64(day) for day, _ in points]
            values = [float(value) for _, value in points]
            ax.step(dates, values, where="post", marker="o", label=chart_label(name), color=colours.get(name))
        ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%Y-%m"))
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: fmt_int(v, lang)))
        ax.set_title(chart_label(title))
        ax.legend(loc="upper left", frameon=False)
        ax.margins(y=0.12)
        figure.autofmt_xdate()
        return figure_img(figure, alt)
