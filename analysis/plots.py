"""Charts of statements: each function takes a DataFrame and returns a matplotlib Figure.

The figures are built without pyplot (``matplotlib.figure.Figure``), so nothing is shown or kept
open behind the caller's back: a notebook displays the returned figure, a script saves it with
``fig.savefig(...)``. Every chart has a title and labelled axes, uses the Okabe–Ito colour-blind
safe palette (a diverging red–blue map centred on 0 for sentiment), wraps long names, grows with
the number of rows, and shows a clear message instead of an empty frame.

Inputs
------
* :func:`plot_speakers`, :func:`plot_speaker_tone` -- the statements table.
* :func:`plot_timeline` -- :func:`analysis.timeline.statements_over_time`.
* :func:`plot_coverage` -- :func:`analysis.timeline.coverage_volume`.
* :func:`plot_event_strip` -- :func:`analysis.timeline.event_strip`.
* :func:`plot_actor_tone` -- the mentions table (:func:`analysis.display.actor_mentions`).
* :func:`plot_speaker_actor_heatmap` -- :func:`analysis.display.speaker_actor_tone`.
* :func:`plot_keywords` -- :func:`analysis.keywords.keywords` or :func:`~analysis.keywords.key_phrases`.
* :func:`plot_keywords_by` -- :func:`analysis.keywords.keywords_by` or
  :func:`~analysis.keywords.actor_keywords`.
* :func:`plot_keyword_trends` -- :func:`analysis.keywords.keyword_trends`.
"""
from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .display import speaker_counts
from .timeline import UNNAMED
from .wording import plural

__all__ = [
    "OKABE_ITO", "EMPTY_MESSAGE", "empty_figure", "plot_speakers", "plot_timeline", "plot_coverage",
    "plot_event_strip", "plot_speaker_tone", "plot_actor_tone", "plot_speaker_actor_heatmap", "plot_keywords",
    "plot_keywords_by", "plot_keyword_trends", "literal",
]

#: Okabe & Ito (2008) colour-blind safe palette.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000")
BLUE, ORANGE, VERMILLION, GREY, LIGHT_GREY = "#0072B2", "#E69F00", "#D55E00", "#999999", "#DDDDDD"
UNNAMED_COLOR = "#BBBBBB"
OTHER_COLOR = "#777777"
SENTIMENT_CMAP = "RdBu"  # diverging, red (negative) to blue (positive); safe for red-green colour blindness
EMPTY_MESSAGE = "No statements to show"
MAX_SERIES = 7  # distinct colours before the rest are grouped


# --- helpers ------------------------------------------------------------------------------------

def literal(text) -> str:
    """``text`` as matplotlib should draw it, character for character: every ``$`` escaped.

    Matplotlib reads the text between two ``$`` as mathtext, so "$5 million, not $10 million"
    would be drawn as "5million,not10 million" and an odd formula fails to draw at all. With each
    ``$`` written ``\\$`` no text holds math, and matplotlib turns each ``\\$`` back into ``$``
    (a backslash already in the text is kept). Every speaker, statement, keyword, title and note
    passes through here before it reaches a label, title, annotation or tick.

    Parameters
    ----------
    text
        Anything; ``str(text)`` is escaped.
    """
    return str(text).replace("$", r"\$")


def _wrap(label, width: int = 24, lines: int = 2) -> str:
    """A label on at most ``lines`` lines of ``width`` characters, cut with "…", ready to draw
    (:func:`literal`)."""
    text = " ".join(str(label).split())
    parts = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return literal("\n".join(parts))


def _height(rows: int, *, per_row: float = 0.34, base: float = 1.7, low: float = 2.8, high: float = 40.0) -> float:
    return float(min(high, max(low, base + per_row * rows)))


def _figure(width: float, height: float) -> tuple[Figure, "Axes"]:  # noqa: F821
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _title(ax, title: str, note: str = "") -> None:
    """Bold title on the left; ``note`` in small grey lines under it, wrapped to the axes width."""
    lines = []
    if note:
        chars = max(40, int(ax.figure.get_figwidth() * 0.8 * 72 / (9 * 0.56)))
        lines = textwrap.wrap(note, chars)
    ax.set_title(literal(title), loc="left", fontsize=13, fontweight="bold", pad=8 + 11.5 * len(lines))
    if lines:
        ax.annotate(literal("\n".join(lines)), xy=(0, 1), xycoords="axes fraction", xytext=(0, 5),
                    textcoords="offset points", fontsize=9, color="#555555", va="bottom", ha="left",
                    annotation_clip=False, in_layout=False)


def _style(ax, *, grid_axis: str = "x") -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis=grid_axis, color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)


def empty_figure(title: str, message: str = EMPTY_MESSAGE, *, detail: str = "") -> Figure:
    """A figure that says there is nothing to show (and why), instead of an empty frame."""
    fig, ax = _figure(7, 2.6)
    ax.set_title(literal(title), loc="left", fontsize=13, fontweight="bold")
    ax.text(0.5, 0.58, literal(message), ha="center", va="center", fontsize=14, color="#333333", transform=ax.transAxes)
    if detail:
        ax.text(0.5, 0.3, _wrap(detail, 80, 3), ha="center", va="center", fontsize=10, color="#666666",
                transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_facecolor("#f7f7f7")
    return fig


def _is_empty(df) -> bool:
    return df is None or len(df) == 0 or (isinstance(df, pd.DataFrame) and df.shape[1] == 0)


def _series_colors(names: list[str]) -> dict[str, str]:
    out, i = {}, 0
    for n in names:
        if n == UNNAMED:
            out[n] = UNNAMED_COLOR
        elif n.lower().startswith("other"):
            out[n] = OTHER_COLOR
        else:
            out[n] = OKABE_ITO[i % len(OKABE_ITO)]
            i += 1
    return out


def _bucket_labels(index: pd.Index, bucket: str) -> tuple[list[str], str]:
    """Tick labels for buckets and a suffix for the axis label (the year, when one)."""
    if bucket == "paragraph":
        return [str(int(v) + 1) for v in index], ", counted from 1"
    if not isinstance(index, pd.DatetimeIndex):
        return [str(v) for v in index], ""
    years = sorted(set(index.year))
    one_year = len(years) == 1
    if bucket == "month":
        fmt = "%b" if one_year else "%b %Y"
    else:
        fmt = "%d %b" if one_year else "%d %b %Y"
    return [d.strftime(fmt).lstrip("0") for d in index], (f", {years[0]}" if one_year else "")


def _thin_ticks(ax, labels: list[str], *, max_labels: int = 16, rotate: bool = True, offset: float = 0.0) -> None:
    n = len(labels)
    step = max(1, int(np.ceil(n / max_labels)))
    pos = list(range(0, n, step))
    ax.set_xticks([p + offset for p in pos])
    slant = rotate and len(pos) * max(len(labels[i]) for i in pos) > 60
    ax.set_xticklabels([literal(labels[i]) for i in pos], rotation=45 if slant else 0,
                       ha="right" if slant else "center")


# --- statements per speaker ---------------------------------------------------------------------

def plot_speakers(statements: pd.DataFrame, *, top: int = 30, title: str = "Statements per speaker") -> Figure:
    """Horizontal bars: statements per speaker, most first; unnamed sources in grey, last.

    Parameters
    ----------
    statements
        The statements table.
    top
        Speakers shown; the rest are counted in a note ("+N more speakers").
    title
        Chart title.
    """
    if _is_empty(statements):
        return empty_figure(title)
    counts = speaker_counts(statements)
    named = counts[counts["speaker"] != UNNAMED]
    unnamed = counts[counts["speaker"] == UNNAMED]
    hidden = max(0, len(named) - top)
    shown = pd.concat([named.head(top), unnamed], ignore_index=True)
    fig, ax = _figure(8, _height(len(shown)))
    y = np.arange(len(shown))
    colors = [UNNAMED_COLOR if s == UNNAMED else BLUE for s in shown["speaker"]]
    bars = ax.barh(y, shown["statements"], color=colors, height=0.7)
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(s, 28) for s in shown["speaker"]])
    ax.invert_yaxis()
    ax.set_xlabel("Statements")
    ax.set_ylabel("Speaker")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, shown["statements"].max() * 1.12 + 0.5)
    _style(ax)
    note = f"{plural(len(statements), 'statement')} by {plural(len(named), 'named speaker')}"
    if hidden:
        note += f"; +{hidden} more speakers not shown"
    _title(ax, title, note)
    return fig


# --- time ---------------------------------------------------------------------------------------

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
    if _is_empty(table) or table.to_numpy().sum() == 0:
        return empty_figure(title)
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
    colors = _series_colors([str(c) for c in data.columns])
    n = len(data)
    fig, ax = _figure(min(14.0, max(8.0, 4 + 0.28 * n)), 4.8)
    x = np.arange(n)
    bottom = np.zeros(n)
    for col in data.columns:
        vals = data[col].to_numpy(dtype=float)
        ax.bar(x, vals, bottom=bottom, color=colors[str(col)], width=0.8, label=_wrap(col, 26),
               edgecolor="white", linewidth=0.5)
        bottom += vals
    labels, year = _bucket_labels(data.index, attrs.get("bucket", ""))
    _thin_ticks(ax, labels)
    ax.set_xlim(-0.6, n - 0.4)
    ax.set_xlabel(literal(attrs.get("axis_label", str(data.index.name or "Time")) + year))
    ax.set_ylabel("Statements")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _style(ax, grid_axis="y")
    ax.legend(title="Speaker", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    _title(ax, title, attrs.get("note", ""))
    return fig


def plot_coverage(table: pd.DataFrame, *, title: str = "Coverage volume") -> Figure:
    """Bars: articles published per time bucket (statements per bucket written above each bar).

    Parameters
    ----------
    table
        From :func:`analysis.timeline.coverage_volume`.
    """
    if _is_empty(table) or table["articles"].sum() == 0:
        return empty_figure(title, "No articles to show")
    attrs = table.attrs or {}
    n = len(table)
    fig, ax = _figure(min(14.0, max(7.0, 4 + 0.28 * n)), 4.2)
    x = np.arange(n)
    bars = ax.bar(x, table["articles"], color=BLUE, width=0.8 if n > 1 else 0.5, label="Articles")
    if "statements" in table:
        ax.bar_label(bars, labels=[str(s) if s else "" for s in table["statements"]], padding=2, fontsize=9,
                     color="#555555")
    labels, year = _bucket_labels(table.index, attrs.get("bucket", ""))
    if not attrs.get("dated", True):
        labels = ["No publication date"]
    _thin_ticks(ax, labels)
    ax.set_xlim(-0.6 if n > 1 else -1.2, n - 0.4 if n > 1 else 1.2)
    ax.set_xlabel(literal(attrs.get("axis_label", "Publication date") + year))
    ax.set_ylabel("Articles")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, table["articles"].max() * 1.18 + 0.2)
    _style(ax, grid_axis="y")
    note = attrs.get("note", "")
    if "statements" in table:
        note = " ".join(x for x in (note, "Grey figures above the bars: statements in those articles.") if x)
    _title(ax, f"{title}: articles per {attrs.get('bucket', 'day')}" if attrs.get("dated", True) else title, note)
    return fig


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
    if _is_empty(events):
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
    colors = _series_colors([s for s in order[:MAX_SERIES] if s != UNNAMED] + [UNNAMED])
    n = len(shown)
    fig, ax = _figure(13, _height(n, per_row=0.36, base=2.0))
    y = np.arange(n)
    dated = attrs.get("dated", True)
    x = pd.to_datetime(shown["when"]) if dated else shown["when"].astype(float)
    ax.hlines(y, xmin=x.min(), xmax=x, color="#eeeeee", linewidth=1, zorder=1)
    ax.scatter(x, y, s=46, c=[colors.get(s, OTHER_COLOR) for s in shown["speaker"]], edgecolor="#333333",
               linewidth=0.5, zorder=3)
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(s, 24, 1) for s in shown["speaker"]], fontsize=9)
    ax.invert_yaxis()
    for yi, t in zip(y, shown["text"]):
        ax.annotate(f"“{_wrap(str(t).rstrip(' ,;:'), width, 1)}”", xy=(1, yi), xycoords=("axes fraction", "data"),
                    xytext=(8, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=8.5, color="#333333",
                    annotation_clip=False)
    xlabel = attrs.get("axis_label", "Date")
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
    ax.set_ylabel("Speaker")
    _style(ax)
    notes = []
    if total > n:
        notes.append(f"Showing {n} of {plural(total, 'statement')}, evenly spread over time: +{total - n} more.")
    if attrs.get("note"):
        notes.append(attrs["note"])
    notes.append("Colour marks the speaker (grey: unnamed sources, dark grey: others).")
    _title(ax, title, " ".join(notes))
    return fig


# --- tone ---------------------------------------------------------------------------------------

def _plot_mean_spread(df: pd.DataFrame, group: str, value: str, *, title: str, xlabel: str, ylabel: str,
                      min_count: int, top: int, xlim: tuple[float, float], signed: bool, note: str = "",
                      unit: str = "statements") -> Figure:
    data = df[[group, value]].copy()
    data[group] = data[group].astype("string").fillna(UNNAMED)
    data = data.dropna(subset=[value])
    if data.empty:
        return empty_figure(title, detail=note)
    g = data.groupby(group)[value]
    summary = pd.DataFrame({"n": g.size(), "mean": g.mean(), "std": g.std(ddof=1).fillna(0.0)}).reset_index()
    summary["_u"] = summary[group] == UNNAMED
    summary = summary.sort_values(["_u", "n", group], ascending=[True, False, True], kind="stable")
    hidden = max(0, len(summary) - top)
    summary = summary.head(top).reset_index(drop=True)
    fig, ax = _figure(9, _height(len(summary), per_row=0.42))
    y = np.arange(len(summary))
    small = summary["n"] < min_count
    if signed:
        colors = [BLUE if m > 0 else VERMILLION if m < 0 else GREY for m in summary["mean"]]
    else:
        colors = [BLUE] * len(summary)
    colors = [LIGHT_GREY if s else c for c, s in zip(colors, small)]
    bars = ax.barh(y, summary["mean"], color=colors, height=0.6, edgecolor=["#888888" if s else "none" for s in small],
                   hatch=None, zorder=2)
    for b, s in zip(bars, small):
        if s:
            b.set_hatch("///")
    ax.errorbar(summary["mean"], y, xerr=summary["std"], fmt="none", ecolor="#333333", elinewidth=1, capsize=3,
                zorder=3)
    pos = {k: i for i, k in enumerate(summary[group])}
    pts = data[data[group].isin(pos)]
    rng = np.random.default_rng(0)
    jitter = rng.uniform(-0.18, 0.18, len(pts))
    ax.scatter(pts[value], pts[group].map(pos).to_numpy(dtype=float) + jitter, s=10, color="#222222", alpha=0.45,
               zorder=4, linewidths=0)
    lo, hi = xlim
    reach = float(np.nanmax(np.abs(np.r_[pts[value].to_numpy(dtype=float),
                                         (summary["mean"].abs() + summary["std"]).to_numpy(dtype=float)])))
    hi = min(hi, max(0.25, np.ceil(reach * 4 + 0.2) / 4))  # zoom in on the values, in steps of 0.25
    lo = -hi if signed else lo
    ax.set_xlim(lo, hi + (hi - lo) * 0.16)
    for yi, n_, s in zip(y, summary["n"], small):
        ax.text(hi + (hi - lo) * 0.02, yi, f"n={n_}" + (" (few)" if s else ""), va="center", ha="left",
                fontsize=9, color=VERMILLION if s else "#333333")
    if signed:
        ax.axvline(0, color="#555555", linewidth=0.8, zorder=1)
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(s, 28) for s in summary[group]])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    _style(ax)
    handles = [Patch(facecolor=BLUE, label="mean")]
    if signed:
        handles = [Patch(facecolor=BLUE, label="mean above 0"), Patch(facecolor=VERMILLION, label="mean below 0")]
    handles.append(Patch(facecolor=LIGHT_GREY, edgecolor="#888888", hatch="///",
                         label=f"fewer than {min_count} {unit}: read with care"))
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False, fontsize=8.5)
    notes = [f"Bars: mean; whiskers: ±1 standard deviation; dots: single {unit}."]
    if hidden:
        notes.append(f"+{hidden} more not shown.")
    if note:
        notes.append(note)
    _title(ax, title, " ".join(notes))
    return fig


def plot_speaker_tone(statements: pd.DataFrame, *, column: str = "polarity", min_count: int = 3, top: int = 30,
                      title: str | None = None) -> Figure:
    """Tone of each speaker: mean ``polarity`` (or ``subjectivity``) with its spread and count.

    Bars show the mean, whiskers one standard deviation, dots each statement; ``n=`` is written
    beside each bar, and speakers with fewer than ``min_count`` statements are greyed and hatched.

    Parameters
    ----------
    statements
        The statements table.
    column
        ``"polarity"`` (-1 to 1) or ``"subjectivity"`` (0 to 1).
    min_count
        Fewest statements for a mean worth reading.
    top
        Speakers shown (most statements first).
    """
    signed = column == "polarity"
    title = title or f"Tone of each speaker: {column}"
    if _is_empty(statements):
        return empty_figure(title)
    xlabel = ("Polarity of their statements (−1 negative, +1 positive)" if signed
              else "Subjectivity of their statements (0 factual, 1 opinion)")
    return _plot_mean_spread(statements, "speaker", column, title=title, xlabel=xlabel, ylabel="Speaker",
                             min_count=min_count, top=top, xlim=(-1.0, 1.0) if signed else (0.0, 1.0),
                             signed=signed)


def plot_actor_tone(mentions: pd.DataFrame, *, min_count: int = 3, top: int = 30,
                    title: str = "Sentiment toward each actor") -> Figure:
    """Sentiment toward each actor mentioned: mean with spread and count (as :func:`plot_speaker_tone`).

    Parameters
    ----------
    mentions
        The mentions table (``actor``, ``sentiment``); its ``attrs["note"]`` is shown.
    """
    if _is_empty(mentions):
        return empty_figure(title, "No actor mentions to show")
    return _plot_mean_spread(mentions, "actor", "sentiment", title=title,
                             xlabel="Sentiment toward the actor (−1 negative, +1 positive)", ylabel="Actor",
                             min_count=min_count, top=top, xlim=(-1.0, 1.0), signed=True,
                             note=(mentions.attrs or {}).get("note", ""), unit="mentions")


def plot_speaker_actor_heatmap(table: pd.DataFrame, *, max_speakers: int = 25, max_actors: int = 25,
                               title: str = "How each speaker talks about each actor") -> Figure:
    """Heatmap of mean sentiment, speakers (rows) by actors (columns), each cell annotated.

    Colours: a diverging red–blue map centred on 0 (red negative, blue positive); each cell shows
    the mean and the number of mentions; pairs never mentioned are blank.

    Parameters
    ----------
    table
        From :func:`analysis.display.speaker_actor_tone` (``speaker``, ``actor``, ``sentiment``,
        ``n``).
    max_speakers, max_actors
        Rows and columns kept (most mentions first).
    """
    if _is_empty(table):
        return empty_figure(title, "No actor mentions to show")
    sp = table.groupby("speaker")["n"].sum()
    ac = table.groupby("actor")["n"].sum()
    speakers = sorted(sp.index, key=lambda s: (s == UNNAMED, -sp[s], s))[:max_speakers]
    actors = sorted(ac.index, key=lambda a: (-ac[a], a))[:max_actors]
    mean = table.pivot(index="speaker", columns="actor", values="sentiment").reindex(index=speakers, columns=actors)
    count = table.pivot(index="speaker", columns="actor", values="n").reindex(index=speakers, columns=actors)
    vals = mean.to_numpy(dtype=float)
    lim = max(0.1, float(np.ceil(np.nanmax(np.abs(vals)) * 10) / 10)) if np.isfinite(vals).any() else 1.0
    fig, ax = _figure(min(22.0, max(7.0, 3.2 + 1.05 * len(actors))), min(30.0, max(3.4, 1.9 + 0.55 * len(speakers))))
    norm = TwoSlopeNorm(vmin=-lim, vcenter=0.0, vmax=lim)
    from matplotlib import colormaps

    cmap = colormaps[SENTIMENT_CMAP].with_extremes(bad=(1, 1, 1, 0))  # unmentioned pairs: see-through
    ax.add_patch(Rectangle((0, 0), len(actors), len(speakers), facecolor="white", edgecolor="#d0d0d0", hatch="///",
                           linewidth=0, zorder=0))
    mesh = ax.pcolormesh(np.ma.masked_invalid(vals), cmap=cmap, norm=norm, edgecolors="white", linewidth=1.5)
    for i in range(len(speakers)):
        for j in range(len(actors)):
            v, c = vals[i, j], count.iat[i, j]
            if np.isfinite(v):
                dark = abs(v) > lim * 0.6
                ax.text(j + 0.5, i + 0.5, f"{v:+.2f}\nn={int(c)}", ha="center", va="center", fontsize=8.5,
                        color="white" if dark else "#222222")
    ax.set_xticks(np.arange(len(actors)) + 0.5)
    ax.set_xticklabels([_wrap(a, 16) for a in actors], rotation=35 if len(actors) > 4 else 0,
                       ha="right" if len(actors) > 4 else "center", fontsize=9)
    ax.set_yticks(np.arange(len(speakers)) + 0.5)
    ax.set_yticklabels([_wrap(s, 26) for s in speakers], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel("Actor mentioned")
    ax.set_ylabel("Speaker")
    for side in ax.spines.values():
        side.set_visible(False)
    cb = fig.colorbar(mesh, ax=ax, shrink=0.8, pad=0.02)
    cb.set_label("Mean sentiment toward actor\n(red negative, blue positive)", fontsize=9)
    notes = ["Each cell: mean sentiment and number of mentions; hatched: never mentioned by that speaker."]
    hidden_s, hidden_a = len(sp) - len(speakers), len(ac) - len(actors)
    if hidden_s or hidden_a:
        notes.append(f"+{plural(hidden_s, 'speaker')} and +{plural(hidden_a, 'actor')} not shown.")
    if table.attrs.get("note"):
        notes.append(table.attrs["note"])
    _title(ax, title, " ".join(notes))
    return fig


# --- keywords -----------------------------------------------------------------------------------

def _term_column(table: pd.DataFrame) -> str:
    for c in ("keyword", "phrase"):
        if c in table:
            return c
    raise ValueError("expected a 'keyword' or 'phrase' column: pass analysis.keywords.keywords(...)")


def plot_keywords(table: pd.DataFrame, *, title: str | None = None, top: int = 30) -> Figure:
    """Horizontal bars: occurrences of each keyword (or key phrase), most frequent on top.

    Parameters
    ----------
    table
        From :func:`analysis.keywords.keywords` or :func:`analysis.keywords.key_phrases`.
    """
    col = _term_column(table) if table is not None and len(table.columns) else "keyword"
    title = title or ("Key phrases" if col == "phrase" else "Keywords")
    if _is_empty(table):
        return empty_figure(title, "No keywords to show" if col == "keyword" else "No key phrases to show")
    shown = table.head(top)
    fig, ax = _figure(8, _height(len(shown), per_row=0.3))
    y = np.arange(len(shown))
    bars = ax.barh(y, shown["count"], color=ORANGE if col == "phrase" else BLUE, height=0.7)
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_yticks(y)
    ax.set_yticklabels([_wrap(t, 32) for t in shown[col]])
    ax.invert_yaxis()
    ax.set_xlabel("Occurrences in statements")
    ax.set_ylabel("Key phrase" if col == "phrase" else "Keyword")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, shown["count"].max() * 1.12 + 0.5)
    _style(ax)
    note = "function words and data/stopwords.txt left out"
    if len(table) > len(shown):
        note += f"; +{len(table) - len(shown)} more not shown"
    _title(ax, title, note)
    return fig


def plot_keywords_by(table: pd.DataFrame, *, by: str | None = None, max_groups: int = 9, ncols: int = 3,
                     title: str | None = None) -> Figure:
    """Small multiples: the top keywords of each speaker (or actor), one panel each.

    Parameters
    ----------
    table
        From :func:`analysis.keywords.keywords_by` or :func:`analysis.keywords.actor_keywords`.
    by
        Grouping column (default: the first column).
    max_groups
        Panels drawn (groups in table order); the rest are counted in the title.
    """
    by = by or (table.columns[0] if table is not None and len(table.columns) else "speaker")
    title = title or f"Top keywords per {by}"
    if _is_empty(table):
        return empty_figure(title, "No keywords to show")
    groups = list(pd.unique(table[by]))
    shown = groups[:max_groups]
    ncols = min(ncols, len(shown))
    nrows = int(np.ceil(len(shown) / ncols))
    per = table.groupby(by, sort=False).size().reindex(shown).max()
    fig = Figure(figsize=(4.2 * ncols + 0.6, nrows * (0.9 + 0.28 * per) + 0.9), layout="constrained")
    axes = np.atleast_1d(fig.subplots(nrows, ncols, squeeze=False)).ravel()
    xmax = table["count"].max()
    for ax, g in zip(axes, shown):
        part = table[table[by] == g]
        y = np.arange(len(part))
        bars = ax.barh(y, part["count"], color=UNNAMED_COLOR if g == UNNAMED else BLUE, height=0.7)
        ax.bar_label(bars, padding=2, fontsize=8)
        ax.set_yticks(y)
        ax.set_yticklabels([_wrap(k, 18, 1) for k in part["keyword"]], fontsize=9)
        ax.set_ylim(per - 0.5, -0.5)
        ax.set_xlim(0, xmax * 1.2 + 0.3)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(_wrap(g, 34, 1), fontsize=10, loc="left")
        ax.set_xlabel("Occurrences", fontsize=9)
        _style(ax)
    for ax in axes[len(shown):]:
        ax.set_visible(False)
    suffix = f" (first {len(shown)} of {len(groups)})" if len(groups) > len(shown) else ""
    fig.suptitle(literal(title + suffix), x=0.01, ha="left", fontsize=13, fontweight="bold")
    axes[0].set_ylabel("Keyword")
    return fig


def plot_keyword_trends(table: pd.DataFrame, *, title: str = "Keyword trends") -> Figure:
    """Grid of counts: statements containing each keyword (rows) in each time bucket (columns).

    A grid reads better than crossing lines when counts are small and sparse; darker cells hold
    more statements, and every non-zero cell is labelled with its count.

    Parameters
    ----------
    table
        From :func:`analysis.keywords.keyword_trends` (buckets x keywords).
    """
    if _is_empty(table) or table.to_numpy().sum() == 0:
        return empty_figure(title, "No keywords to show")
    attrs = table.attrs or {}
    data = table.T  # keywords x buckets
    n_kw, n_b = data.shape
    vals = data.to_numpy(dtype=float)
    fig, ax = _figure(min(16.0, max(7.5, 3.0 + 0.55 * n_b)), _height(n_kw, per_row=0.42, base=2.2))
    from matplotlib import colormaps

    vmax = max(1.0, float(vals.max()))
    mesh = ax.pcolormesh(vals, cmap=colormaps["Blues"], vmin=0, vmax=vmax, edgecolors="white", linewidth=1.5)
    if n_b <= 40:
        for i in range(n_kw):
            for j in range(n_b):
                if vals[i, j]:
                    ax.text(j + 0.5, i + 0.5, f"{int(vals[i, j])}", ha="center", va="center", fontsize=8.5,
                            color="white" if vals[i, j] > vmax * 0.6 else "#222222")
    labels, year = _bucket_labels(table.index, attrs.get("bucket", ""))
    _thin_ticks(ax, labels, max_labels=20, offset=0.5)
    ax.set_yticks(np.arange(n_kw) + 0.5)
    ax.set_yticklabels([_wrap(k, 24, 1) for k in data.index])
    ax.invert_yaxis()
    ax.set_xlabel(literal(attrs.get("axis_label", str(table.index.name or "Time")) + year))
    ax.set_ylabel("Keyword")
    for side in ax.spines.values():
        side.set_visible(False)
    cb = fig.colorbar(mesh, ax=ax, shrink=0.85, pad=0.02)
    cb.set_label("Statements containing the keyword", fontsize=9)
    cb.locator = MaxNLocator(integer=True)
    cb.update_ticks()
    _title(ax, title, attrs.get("note", ""))
    return fig
