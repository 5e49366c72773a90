"""Charts over time: statements per speaker per bucket, coverage volume, the event strip."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..timeline import UNNAMED
from ..wording import plural
from .buckets import fit_buckets
from .style import (
    BLUE,
    MAX_SERIES,
    OTHER_COLOR,
    bucket_labels,
    empty_figure,
    fig_height,
    is_empty,
    literal,
    new_figure,
    series_colors,
    style_axes,
    thin_ticks,
    title_with_note,
    wrap,
)


def plot_timeline(table: pd.DataFrame, *, title: str = "Statements over time, per speaker",
                  max_series: int = MAX_SERIES) -> Figure:
    """Stacked bars: statements per speaker in each time bucket.

    Parameters
    ----------
    table
        From :func:`analysis.timeline.statements_over_time` (buckets x speakers). Its ``attrs``
        label the time axis; an undated corpus says so on the chart.
    max_series
        Named speakers drawn in their own colour; the rest are stacked as "Other speakers".
    """
    if is_empty(table) or table.to_numpy().sum() == 0:
        return empty_figure(title)
    table = fit_buckets(table)
    attrs = table.attrs or {}
    data = table.copy()
    named = [c for c in data.columns if c != UNNAMED and not str(c).lower().startswith("other")]
    if len(named) > max_series:
        extra = named[max_series:]
        other = [c for c in data.columns if str(c).lower().startswith("other")]
        data["Other speakers"] = data[extra + other].sum(axis=1)
        data = data.drop(columns=extra + [c for c in other if c != "Other speakers"])
        cols = named[:max_series] + [c for c in (UNNAMED, "Other speakers") if c in data.columns]
        data = data[cols]
        others = len(extra) + int(attrs.get("others", 0))
        data = data.rename(columns={"Other speakers": f"Other speakers ({others:,})"})
    elif attrs.get("others") and "Other speakers" in data.columns:
        data = data.rename(columns={"Other speakers": f"Other speakers ({int(attrs['others']):,})"})
    colors = series_colors([str(c) for c in data.columns])
    n = len(data)
    fig, ax = new_figure(min(14.0, max(8.0, 4 + 0.28 * n)), 4.8)
    x = np.arange(n)
    bottom = np.zeros(n)
    for col in data.columns:
        vals = data[col].to_numpy(dtype=float)
        ax.bar(x, vals, bottom=bottom, color=colors[str(col)], width=0.8, label=wrap(col, 26),
               edgecolor="white", linewidth=0.5)
        bottom += vals
    labels, year = bucket_labels(data.index, attrs.get("bucket", ""))
    thin_ticks(ax, labels)
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_xlabel(literal(attrs.get("axis_label", str(data.index.name or "Time")) + year))
    ax.set_ylabel("Statements")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    style_axes(ax, grid_axis="y")
    ax.legend(title="Speaker", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    title_with_note(ax, title, attrs.get("note", ""))
    return fig


#: Bars whose statement counts fit above them: past about 30, the figures run into each other.
MAX_BAR_LABELS = 30


def plot_coverage(table: pd.DataFrame, *, title: str = "Coverage volume") -> Figure:
    """Bars: articles published per time bucket (statements per bucket written above each bar).

    Parameters
    ----------
    table
        From :func:`analysis.timeline.coverage_volume`.
    """
    if is_empty(table) or table["articles"].sum() == 0:
        return empty_figure(title, "No articles to show")
    table = fit_buckets(table)
    attrs = table.attrs or {}
    n = len(table)
    fig, ax = new_figure(min(14.0, max(7.0, 4 + 0.28 * n)), 4.2)
    x = np.arange(n)
    bars = ax.bar(x, table["articles"], color=BLUE, width=0.8 if n > 1 else 0.5, label="Articles")
    labelled = "statements" in table and n <= MAX_BAR_LABELS
    if labelled:
        ax.bar_label(bars, labels=[f"{s:,}" if s else "" for s in table["statements"]], padding=2, fontsize=9,
                     color="#555555")
    labels, year = bucket_labels(table.index, attrs.get("bucket", ""))
    if not attrs.get("dated", True):
        labels = ["none found"]  # under the axis label "Publication date"
    thin_ticks(ax, labels)
    ax.set_xlim(-0.6 if n > 1 else -1.2, n - 0.4 if n > 1 else 1.2)
    dated = attrs.get("dated", True)
    ax.set_xlabel(literal(attrs.get("axis_label", "Publication date") + year))
    ax.set_ylabel("Articles")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, table["articles"].max() * 1.18 + 0.2)
    style_axes(ax, grid_axis="y")
    note = attrs.get("note", "")
    if labelled:
        note = " ".join(x for x in (note, "Grey figures above the bars: statements in those articles.") if x)
    title_with_note(ax, f"{title}: articles per {attrs.get('bucket', 'day')}" if dated else title, note)
    return fig


#: Share of statements at each end of the period that may lie beyond the event strip's axis.
OUTLIER_SHARE = 0.02
#: The axis is cut to the central dates (with a margin of their span on each side) only when all
#: dates span this many times more than they do.
OUTLIER_SPAN = 3.0


def _central_range(when: pd.Series, shown: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The dates the event strip's axis covers: all of ``shown``, unless a few stray dates
    stretch the period more than :data:`OUTLIER_SPAN` times; then the central ones."""
    when = when.dropna()
    lo, hi = shown.min(), shown.max()
    qlo, qhi = when.quantile(OUTLIER_SHARE), when.quantile(1 - OUTLIER_SHARE)
    central = max(qhi - qlo, pd.Timedelta(days=1))
    if hi - lo > OUTLIER_SPAN * central:  # keep a margin of the central span on each side
        return max(lo, qlo - central), min(hi, qhi + central)
    return lo, hi


def plot_event_strip(events: pd.DataFrame, *, max_events: int = 25, width: int = 70,
                     title: str = "Who said what, when") -> Figure:
    """One row per statement: a dot at its date, the speaker on the left, its words on the right.

    Rows never overlap; beyond ``max_events`` statements evenly spread over the period are shown
    and the chart says how many more there are.

    Parameters
    ----------
    events
        From :func:`analysis.timeline.event_strip`.
    max_events
        Rows shown.
    width
        Characters of each statement shown.
    """
    if is_empty(events):
        return empty_figure(title)
    attrs = events.attrs or {}
    total = len(events)
    if total > max_events:
        keep = np.unique(np.linspace(0, total - 1, max_events).round().astype(int))
        shown = events.iloc[keep].reset_index(drop=True)
    else:
        shown = events.reset_index(drop=True)
    rank = events["speaker"].value_counts()
    order = sorted(rank.index, key=lambda s: (s == UNNAMED, -rank[s], s))
    colors = series_colors([s for s in order[:MAX_SERIES] if s != UNNAMED] + [UNNAMED])
    n = len(shown)
    fig, ax = new_figure(13, fig_height(n, per_row=0.36, base=2.0))
    y = np.arange(n)
    dated = attrs.get("dated", True)
    x = pd.to_datetime(shown["when"]) if dated else shown["when"].astype(float)
    far = pd.Series(False, index=x.index)
    if dated:  # a stray date decades away would squeeze every other dot into one column
        lo, hi = _central_range(pd.to_datetime(events["when"]), x)
        far = (x < lo) | (x > hi)
        for yi, when, edge in zip(y[far.to_numpy()], x[far], x[far].clip(lo, hi)):
            ax.annotate(f"{when:%b %Y}", xy=(edge, yi), xytext=(6 if edge == lo else -6, -7), textcoords="offset points",
                        fontsize=7.5, color="#777777", ha="left" if edge == lo else "right", annotation_clip=False)
        x = x.clip(lo, hi)
    ax.hlines(y, xmin=x.min(), xmax=x, color="#eeeeee", linewidth=1, zorder=1)
    ax.scatter(x, y, s=46, c=[colors.get(s, OTHER_COLOR) for s in shown["speaker"]], edgecolor="#333333",
               linewidth=0.5, zorder=3)
    ax.set_yticks(y)
    ax.set_yticklabels([wrap(s, 24, 1) for s in shown["speaker"]], fontsize=9)
    ax.invert_yaxis()
    for yi, t in zip(y, shown["text"]):
        ax.annotate(f"“{wrap(str(t).rstrip(' ,;:'), width, 1)}”", xy=(1, yi), xycoords=("axes fraction", "data"),
                    xytext=(8, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=8.5, color="#333333",
                    annotation_clip=False)
    _strip_x_axis(ax, x, dated=dated, label=attrs.get("axis_label", "Date"))
    ax.set_ylabel("Speaker")
    style_axes(ax)
    notes = []
    if total > n:
        notes.append(f"Showing {n} of {plural(total, 'statement')}, evenly spread over time: +{total - n:,} more.")
    if attrs.get("note"):
        notes.append(attrs["note"])
    if far.any():
        notes.append(f"{plural(int(far.sum()), 'statement')} dated far from the rest drawn at the edge, "
                     "each with its date.")
    notes.append("Colour marks the speaker (grey: unnamed sources, dark grey: others).")
    title_with_note(ax, title, " ".join(notes))
    return fig


def _strip_x_axis(ax, x: pd.Series, *, dated: bool, label: str) -> None:
    """The event strip's x axis: dates padded and labelled by day or month, or paragraphs from 1."""
    xlabel = label
    if dated:
        lo, hi = x.min(), x.max()
        pad = max(pd.Timedelta(days=1), (hi - lo) * 0.04)
        ax.set_xlim(lo - pad, hi + pad)
        from matplotlib.dates import AutoDateLocator, DateFormatter

        one_year = lo.year == hi.year
        ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=8))
        ax.xaxis.set_major_formatter(DateFormatter("%-d %b" if one_year else "%b %Y"))
        if one_year:
            xlabel += f" ({lo.year})"
    else:
        ax.set_xlim(x.min() - 0.8, x.max() + 0.8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{int(round(v)) + 1}"))
        xlabel += ", counted from 1"
    ax.set_xlabel(literal(xlabel))
