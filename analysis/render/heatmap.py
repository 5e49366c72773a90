"""The speaker × actor sentiment heatmap."""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..timeline import UNNAMED
from ..wording import plural
from .style import SENTIMENT_CMAP, empty_figure, is_empty, new_figure, title_with_note, wrap


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
    if is_empty(table):
        return empty_figure(title, "No actor mentions to show")
    sp = table.groupby("speaker")["n"].sum()
    ac = table.groupby("actor")["n"].sum()
    speakers = sorted(sp.index, key=lambda s: (s == UNNAMED, -sp[s], s))[:max_speakers]
    actors = sorted(ac.index, key=lambda a: (-ac[a], a))[:max_actors]
    mean = table.pivot(index="speaker", columns="actor", values="sentiment").reindex(index=speakers, columns=actors)
    count = table.pivot(index="speaker", columns="actor", values="n").reindex(index=speakers, columns=actors)
    vals = mean.to_numpy(dtype=float)
    lim = max(0.1, float(np.ceil(np.nanmax(np.abs(vals)) * 10) / 10)) if np.isfinite(vals).any() else 1.0
    fig, ax = new_figure(min(22.0, max(7.0, 3.2 + 1.05 * len(actors))), min(30.0, max(3.4, 1.9 + 0.55 * len(speakers))))
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
    ax.set_xticklabels([wrap(a, 16) for a in actors], rotation=35 if len(actors) > 4 else 0,
                       ha="right" if len(actors) > 4 else "center", fontsize=9)
    ax.set_yticks(np.arange(len(speakers)) + 0.5)
    ax.set_yticklabels([wrap(s, 26) for s in speakers], fontsize=9)
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
    title_with_note(ax, title, " ".join(notes))
    return fig

