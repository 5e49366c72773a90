"""Bar charts of counts and of tone: statements per speaker, tone per speaker, sentiment per actor."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..display import speaker_counts
from ..timeline import UNNAMED
from ..wording import plural
from .style import (
    BLUE,
    GREY,
    LIGHT_GREY,
    UNNAMED_COLOR,
    VERMILLION,
    empty_figure,
    fig_height,
    is_empty,
    new_figure,
    style_axes,
    title_with_note,
    wrap,
)


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
    if is_empty(statements):
        return empty_figure(title)
    counts = speaker_counts(statements)
    named = counts[counts["speaker"] != UNNAMED]
    unnamed = counts[counts["speaker"] == UNNAMED]
    hidden = max(0, len(named) - top)
    shown = pd.concat([named.head(top), unnamed], ignore_index=True)
    fig, ax = new_figure(8, fig_height(len(shown)))
    y = np.arange(len(shown))
    colors = [UNNAMED_COLOR if s == UNNAMED else BLUE for s in shown["speaker"]]
    bars = ax.barh(y, shown["statements"], color=colors, height=0.7)
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_yticks(y)
    ax.set_yticklabels([wrap(s, 28) for s in shown["speaker"]])
    ax.invert_yaxis()
    ax.set_xlabel("Statements")
    ax.set_ylabel("Speaker")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, shown["statements"].max() * 1.12 + 0.5)
    style_axes(ax)
    note = f"{plural(len(statements), 'statement')} by {plural(len(named), 'named speaker')}"
    if hidden:
        note += f"; +{hidden} more speakers not shown"
    title_with_note(ax, title, note)
    return fig



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
    fig, ax = new_figure(9, fig_height(len(summary), per_row=0.42))
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
    ax.set_yticklabels([wrap(s, 28) for s in summary[group]])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    style_axes(ax)
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
    title_with_note(ax, title, " ".join(notes))
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
    if is_empty(statements):
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
    if is_empty(mentions):
        return empty_figure(title, "No actor mentions to show")
    return _plot_mean_spread(mentions, "actor", "sentiment", title=title,
                             xlabel="Sentiment toward the actor (−1 negative, +1 positive)", ylabel="Actor",
                             min_count=min_count, top=top, xlim=(-1.0, 1.0), signed=True,
                             note=(mentions.attrs or {}).get("note", ""), unit="mentions")

