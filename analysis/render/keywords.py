"""Keyword charts: top keywords and phrases, keywords per speaker or actor, keyword trends."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..timeline import UNNAMED
from .buckets import fit_buckets
from .style import (
    BLUE,
    ORANGE,
    UNNAMED_COLOR,
    bucket_labels,
    empty_figure,
    fig_height,
    is_empty,
    literal,
    new_figure,
    style_axes,
    thin_ticks,
    title_with_note,
    wrap,
)


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
    if is_empty(table):
        return empty_figure(title, "No keywords to show" if col == "keyword" else "No key phrases to show")
    shown = table.head(top)
    fig, ax = new_figure(8, fig_height(len(shown), per_row=0.3))
    y = np.arange(len(shown))
    bars = ax.barh(y, shown["count"], color=ORANGE if col == "phrase" else BLUE, height=0.7)
    ax.bar_label(bars, padding=3, fontsize=9)
    ax.set_yticks(y)
    ax.set_yticklabels([wrap(t, 32) for t in shown[col]])
    ax.invert_yaxis()
    ax.set_xlabel("Occurrences in statements")
    ax.set_ylabel("Key phrase" if col == "phrase" else "Keyword")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, shown["count"].max() * 1.12 + 0.5)
    style_axes(ax)
    by_keyness = col != "phrase" and "keyness" in table.columns and table["keyness"].is_monotonic_decreasing
    note = ("in order of how unusual each word is against general English; bar length: occurrences"
            if by_keyness else "by occurrences")
    if len(table) > len(shown):
        note += f"; +{len(table) - len(shown)} more not shown"
    title_with_note(ax, title, note)
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
    if is_empty(table):
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
        ax.set_yticklabels([wrap(k, 18, 1) for k in part["keyword"]], fontsize=9)
        ax.set_ylim(per - 0.5, -0.5)
        ax.set_xlim(0, xmax * 1.2 + 0.3)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_title(wrap(g, 34, 1), fontsize=10, loc="left")
        ax.set_xlabel("Occurrences", fontsize=9)
        style_axes(ax)
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
    if is_empty(table) or table.to_numpy().sum() == 0:
        return empty_figure(title, "No keywords to show")
    table = fit_buckets(table)
    attrs = table.attrs or {}
    data = table.T  # keywords x buckets
    n_kw, n_b = data.shape
    vals = data.to_numpy(dtype=float)
    fig, ax = new_figure(min(16.0, max(7.5, 3.0 + 0.55 * n_b)), fig_height(n_kw, per_row=0.42, base=2.2))
    from matplotlib import colormaps

    vmax = max(1.0, float(vals.max()))
    mesh = ax.pcolormesh(vals, cmap=colormaps["Blues"], vmin=0, vmax=vmax, edgecolors="white", linewidth=1.5)
    if n_b <= 40:
        for i in range(n_kw):
            for j in range(n_b):
                if vals[i, j]:
                    ax.text(j + 0.5, i + 0.5, f"{int(vals[i, j])}", ha="center", va="center", fontsize=8.5,
                            color="white" if vals[i, j] > vmax * 0.6 else "#222222")
    labels, year = bucket_labels(table.index, attrs.get("bucket", ""))
    thin_ticks(ax, labels, max_labels=20, offset=0.5)
    ax.set_yticks(np.arange(n_kw) + 0.5)
    ax.set_yticklabels([wrap(k, 24, 1) for k in data.index])
    ax.invert_yaxis()
    ax.set_xlabel(literal(attrs.get("axis_label", str(table.index.name or "Time")) + year))
    ax.set_ylabel("Keyword")
    for side in ax.spines.values():
        side.set_visible(False)
    cb = fig.colorbar(mesh, ax=ax, shrink=0.85, pad=0.02)
    cb.set_label("Statements containing the keyword", fontsize=9)
    cb.locator = MaxNLocator(integer=True)
    cb.update_ticks()
    title_with_note(ax, title, attrs.get("note", ""))
    return fig

