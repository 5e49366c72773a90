"""Charts of statements, in one namespace: each function takes a DataFrame and returns a matplotlib Figure.

The code lives in :mod:`analysis.render`, one module per kind of chart; this module re-exports it.

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
* :func:`plot_actor_tone` -- the mentions table (:func:`analysis.mentions`).
* :func:`plot_speaker_actor_heatmap` -- :func:`analysis.display.speaker_actor_tone`.
* :func:`plot_keywords` -- :func:`analysis.keywords.keywords` or :func:`~analysis.keywords.key_phrases`.
* :func:`plot_keywords_by` -- :func:`analysis.keywords.keywords_by` or
  :func:`~analysis.keywords.actor_keywords`.
* :func:`plot_keyword_trends` -- :func:`analysis.keywords.keyword_trends`.
"""
from __future__ import annotations

from .render.counts import plot_actor_tone, plot_speaker_tone, plot_speakers
from .render.heatmap import plot_speaker_actor_heatmap
from .render.keywords import plot_keyword_trends, plot_keywords, plot_keywords_by
from .render.style import EMPTY_MESSAGE, OKABE_ITO, empty_figure, literal, wrap
from .render.time import plot_coverage, plot_event_strip, plot_timeline

__all__ = [
    "OKABE_ITO", "EMPTY_MESSAGE", "empty_figure", "plot_speakers", "plot_timeline", "plot_coverage",
    "plot_event_strip", "plot_speaker_tone", "plot_actor_tone", "plot_speaker_actor_heatmap", "plot_keywords",
    "plot_keywords_by", "plot_keyword_trends", "literal", "wrap",
]
