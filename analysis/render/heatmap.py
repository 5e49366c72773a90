"""The speaker × actor sentiment heatmap.

Read at a glance, a heatmap's colour is taken for the strength of a feeling, so the colour scale
is fixed (−1 to +1, :data:`SENTIMENT_LIMIT`) rather than fitted to the data: a mean of 0.1 stays
pale whatever else is in the corpus. A cell resting on one or two mentions
(:data:`FEW_MENTIONS`) is drawn faded and hatched, with its n, since one sentence is not a stance.
Only the speakers and actors with the most mentions are drawn, at a size that keeps every label
legible; the chart says how many more there are.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from ..timeline import UNNAMED
from ..wording import plural
from .style import SENTIMENT_CMAP, empty_figure, is_empty, new_figure, title_with_note, wrap

#: Ends of the colour scale: sentiment's full range, so colour strength means the same in every report.
SENTIMENT_LIMIT = 1.0
#: Cells from this many mentions or fewer are faded and hatched: one or two sentences are no stance.
FEW_MENTIONS = 2
#: Opacity of a faded cell's colour.
FADED_ALPHA = 0.35
#: Rows and columns drawn by default: at 0.9 in a column, 12 actors fill a page's width.
MAX_SPEAKERS, MAX_ACTORS = 20, 12
#: Inches per actor column and per speaker row: room for "+0.25" and "n=12" in 9 pt.
CELL_WIDTH, CELL_HEIGHT = 0.9, 0.48


@dataclass(frozen=True)
class _Grid:
    """The cells drawn: speakers (rows) × actors (columns), means and counts, and what was left out."""

    speakers: list[str]
    actors: list[str]
    mean: np.ndarray
    count: np.ndarray
    hidden_speakers: int
    hidden_actors: int


def _grid(table: pd.DataFrame, max_speakers: int, max_actors: int) -> _Grid:
    """The most mentioned actors first, then the speakers who mention them most: no empty row."""
    ac = table.groupby("actor")["n"].sum()
    actors = sorted(ac.index, key=lambda a: (-ac[a], a))[:max_actors]
    sp = table[table["actor"].isin(actors)].groupby("speaker")["n"].sum()
    speakers = sorted(sp.index, key=lambda s: (s == UNNAMED, -sp[s], s))[:max_speakers]
    all_speakers = table["speaker"].nunique()
    mean = table.pivot(index="speaker", columns="actor", values="sentiment").reindex(index=speakers, columns=actors)
    count = table.pivot(index="speaker", columns="actor", values="n").reindex(index=speakers, columns=actors)
    return _Grid(speakers, actors, mean.to_numpy(dtype=float), count.fillna(0).to_numpy(dtype=int),
                 all_speakers - len(speakers), len(ac) - len(actors))


def _cells(ax, grid: _Grid, cmap, norm) -> None:
    """One square per mentioned pair: coloured by the mean, faded and hatched when it rests on few."""
    for i in range(len(grid.speakers)):
        for j in range(len(grid.actors)):
            v, c = grid.mean[i, j], grid.count[i, j]
            if not np.isfinite(v):
                continue
            few = c <= FEW_MENTIONS
            ax.add_patch(Rectangle((j, i), 1, 1, facecolor=cmap(norm(v)), alpha=FADED_ALPHA if few else 1.0,
                                   edgecolor="white", linewidth=1.5, zorder=2))
            if few:
                ax.add_patch(Rectangle((j, i), 1, 1, facecolor="none", edgecolor="#9a9a9a", hatch="///",
                                       linewidth=0, zorder=3))
            dark = not few and abs(v) > SENTIMENT_LIMIT * 0.55
            ax.text(j + 0.5, i + 0.5, f"{v:+.2f}\nn={c}", ha="center", va="center", fontsize=8.5, zorder=4,
                    color="white" if dark else "#555555" if few else "#222222")


def plot_speaker_actor_heatmap(table: pd.DataFrame, *, max_speakers: int = MAX_SPEAKERS,
                               max_actors: int = MAX_ACTORS,
                               title: str = "How each speaker talks about each actor") -> Figure:
    """Heatmap of mean sentiment, speakers (rows) by actors (columns), each cell annotated.

    Colours: a diverging red–blue map on a fixed scale from −1 to +1 (red negative, blue
    positive); each cell shows the mean and the number of mentions; cells from one or two
    mentions are faded and hatched; pairs never mentioned are blank.

    Parameters
    ----------
    table
        From :func:`analysis.display.speaker_actor_tone` (``speaker``, ``actor``, ``sentiment``,
        ``n``).
    max_speakers, max_actors
        Rows and columns kept (most mentions first); the rest are counted in the note.
    """
    if is_empty(table):
        return empty_figure(title, "No actor mentions to show")
    grid = _grid(table, max_speakers, max_actors)
    n_s, n_a = len(grid.speakers), len(grid.actors)
    fig, ax = new_figure(min(14.0, max(7.0, 3.4 + CELL_WIDTH * n_a)), min(24.0, max(3.6, 2.4 + CELL_HEIGHT * n_s)))
    from matplotlib import colormaps

    cmap = colormaps[SENTIMENT_CMAP]
    norm = Normalize(vmin=-SENTIMENT_LIMIT, vmax=SENTIMENT_LIMIT)
    ax.add_patch(Rectangle((0, 0), n_a, n_s, facecolor="#fafafa", edgecolor="#e4e4e4", linewidth=0, zorder=0))
    _cells(ax, grid, cmap, norm)
    ax.set_xlim(0, n_a)
    ax.set_ylim(n_s, 0)
    ax.set_xticks(np.arange(n_a) + 0.5)
    slant = n_a > 4
    ax.set_xticklabels([wrap(a, 16) for a in grid.actors], rotation=35 if slant else 0,
                       ha="right" if slant else "center", fontsize=9)
    ax.set_yticks(np.arange(n_s) + 0.5)
    ax.set_yticklabels([wrap(s, 26) for s in grid.speakers], fontsize=9)
    ax.set_xlabel("Actor mentioned")
    ax.set_ylabel("Speaker")
    for side in ax.spines.values():
        side.set_visible(False)
    from matplotlib.cm import ScalarMappable

    cb = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.8, pad=0.02)
    cb.set_label("Mean sentiment toward actor\n(red negative, blue positive)", fontsize=9)
    fig.legend(handles=[Patch(facecolor="#dddddd", edgecolor="#9a9a9a", hatch="///",
                              label=f"{FEW_MENTIONS} mentions or fewer: read with care")],
               loc="outside lower center", frameon=False, fontsize=8.5)
    notes = ["Each cell: mean sentiment and number of mentions, on a fixed scale from −1 to +1; "
             "blank: never mentioned by that speaker."]
    if grid.hidden_speakers or grid.hidden_actors:
        notes.append(f"Showing the {plural(n_s, 'speaker')} and {plural(n_a, 'actor')} with the most mentions: "
                     f"+{plural(grid.hidden_speakers, 'speaker')} and +{plural(grid.hidden_actors, 'actor')} "
                     "not shown.")
    if table.attrs.get("note"):
        notes.append(table.attrs["note"])
    title_with_note(ax, title, " ".join(notes))
    return fig
