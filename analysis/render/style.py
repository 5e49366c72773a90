"""The look shared by every chart: palette, titles with notes, label wrapping, sizes, empty charts.

Every speaker, statement, keyword, title and note passes through :func:`literal` before it
reaches a label, so a ``$`` in the news is drawn as a dollar sign, not as mathtext.
"""
from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..timeline import UNNAMED

#: Okabe & Ito (2008) colour-blind safe palette.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000")
BLUE, ORANGE, VERMILLION, GREY, LIGHT_GREY = "#0072B2", "#E69F00", "#D55E00", "#999999", "#DDDDDD"
UNNAMED_COLOR = "#BBBBBB"
OTHER_COLOR = "#777777"
SENTIMENT_CMAP = "RdBu"  # diverging, red (negative) to blue (positive); safe for red-green colour blindness
EMPTY_MESSAGE = "No statements to show"
MAX_SERIES = 7  # distinct colours before the rest are grouped



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


def wrap(label, width: int = 24, lines: int = 2) -> str:
    """A label on at most ``lines`` lines of ``width`` characters, cut with "…", ready to draw
    (:func:`literal`)."""
    text = " ".join(str(label).split())
    parts = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 1].rstrip() + "…"
    return literal("\n".join(parts))


def fig_height(rows: int, *, per_row: float = 0.34, base: float = 1.7, low: float = 2.8, high: float = 40.0) -> float:
    """Figure height in inches for ``rows`` rows: grows with them, between ``low`` and ``high``."""
    return float(min(high, max(low, base + per_row * rows)))


def new_figure(width: float, height: float) -> tuple[Figure, "Axes"]:  # noqa: F821
    """A figure with constrained layout and one axes, outside pyplot (nothing is kept open)."""
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def title_with_note(ax, title: str, note: str = "") -> None:
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


def style_axes(ax, *, grid_axis: str = "x") -> None:
    """The house look: no top or right spine, a light grid along ``grid_axis`` behind the data."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis=grid_axis, color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)


def empty_figure(title: str, message: str = EMPTY_MESSAGE, *, detail: str = "") -> Figure:
    """A figure that says there is nothing to show (and why), instead of an empty frame."""
    fig, ax = new_figure(7, 2.6)
    ax.set_title(literal(title), loc="left", fontsize=13, fontweight="bold")
    ax.text(0.5, 0.58, literal(message), ha="center", va="center", fontsize=14, color="#333333", transform=ax.transAxes)
    if detail:
        ax.text(0.5, 0.3, wrap(detail, 80, 3), ha="center", va="center", fontsize=10, color="#666666",
                transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_facecolor("#f7f7f7")
    return fig


def is_empty(df) -> bool:
    """True for None, no rows, or no columns."""
    return df is None or len(df) == 0 or (isinstance(df, pd.DataFrame) and df.shape[1] == 0)


def series_colors(names: list[str]) -> dict[str, str]:
    """A colour per series: the palette in order, grey for unnamed sources and "Other ..." groups."""
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


def bucket_labels(index: pd.Index, bucket: str) -> tuple[list[str], str]:
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


def thin_ticks(ax, labels: list[str], *, max_labels: int = 16, rotate: bool = True, offset: float = 0.0) -> None:
    """At most ``max_labels`` evenly spaced x tick labels, slanted when they would collide."""
    n = len(labels)
    step = max(1, int(np.ceil(n / max_labels)))
    pos = list(range(0, n, step))
    ax.set_xticks([p + offset for p in pos])
    slant = rotate and len(pos) * max(len(labels[i]) for i in pos) > 60
    ax.set_xticklabels([literal(labels[i]) for i in pos], rotation=45 if slant else 0,
                       ha="right" if slant else "center")

