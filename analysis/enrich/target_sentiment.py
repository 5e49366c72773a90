"""Sentiment toward an actor mentioned in a sentence: a small linear model shipped with the package.

The model (``analysis/models/target_sentiment.json``) is trained by ``bench/train_sentiment.py``
on NewsMTSC (fhamborg/NewsMTSC, MIT licence) with every choice made on 5-fold cross-validation.
It reads the features of :mod:`analysis.enrich.sentiment_features` -- the words around the
mention (the mention itself masked) by distance and clause, and the rest of its sentence;
TextBlob's lexicon and VADER's word valence by scope; the news-event lexicon with the mention's
likely role; negation scope -- and adds up one weight per feature and class (negative,
neutral, positive); the largest sum is the label. Scoring is plain Python over a dict: no
scikit-learn at run time.

The score is the positive sum minus the negative sum, moved outside the neutral band for an
opinion and set to 0 for a neutral mention, so ``polarity_label(score)`` is the model's label and
the score splits exactly into the words behind it: ``explain_sentiment`` returns each word's
share, the baseline and that decision step, and they add up to ``target_sentiment``.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable, Mapping

import pandas as pd

from .. import paths
from ..lexicon import Lexicon
from .sentiment_features import BYSTANDER, raw_features

__all__ = ["target_sentiment", "target_sentiments", "explain_sentiment", "polarity_label", "NEUTRAL_BAND",
           "MODEL_FILE", "load_model"]

#: The shipped model (JSON: weights by feature name, intercept, band, provenance).
MODEL_FILE = paths.MODELS / "target_sentiment.json"
#: Scores with ``abs(score) <= NEUTRAL_BAND`` are "neutral". The exported weights are scaled so
#: that this band is the neutral/opinion decision chosen on cross-validation: the band only fixes
#: the scale of the scores (a score of 1 is ten times the evidence needed for a label).
NEUTRAL_BAND = 0.1
#: The reason given to the model's baseline row of an explanation.
BASELINE = "baseline (model intercept)"

#: How an explanation names the decision row, by label.
DECISION = {
    "positive": "decision: positive is the likeliest class (moved past the neutral band)",
    "negative": "decision: negative is the likeliest class (moved past the neutral band)",
    "neutral": "decision: neutral is the likeliest class (the words' lean is not counted)",
    "bystander": "decision: neutral, every evaluative word of the sentence is about someone else",
}

#: The columns of an explanation and their dtypes (an empty one has them too).
_EXPLAIN_DTYPES = MappingProxyType({"phrase": "string", "start": "int64", "end": "int64", "weight": "float64",
                                     "reason": "string"})
_EXPLAIN_COLUMNS = list(_EXPLAIN_DTYPES)


@dataclass(frozen=True)
class SentimentModel:
    """A linear model over three classes (negative, neutral, positive).

    Attributes
    ----------
    weights
        Feature name -> (negative, neutral, positive) weight.
    intercept
        (negative, neutral, positive) baseline.
    band
        The neutral band the scores are placed around (see :func:`polarity_label`).
    source
        The data it was trained on and its licence.
    """

    weights: Mapping[str, tuple[float, float, float]]
    intercept: tuple[float, float, float]
    band: float
    source: str


@dataclass(frozen=True)
class _Decision:
    """One mention scored: the polarity axis of every feature and the class that won."""

    axis: float  # z[positive] - z[negative]
    label: str
    offset: float  # added to the axis to give the score

    @property
    def score(self) -> float:
        return self.axis + self.offset


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> SentimentModel:
    """Read the model file once per process.

    Parameters
    ----------
    path : str, optional
        A model JSON written by ``bench/train_sentiment.py`` (default :data:`MODEL_FILE`).

    Returns
    -------
    SentimentModel
    """
    with open(path or MODEL_FILE, encoding="utf-8") as fh:
        raw = json.load(fh)
    return SentimentModel(
        weights=MappingProxyType({k: tuple(v) for k, v in raw["weights"].items()}),
        intercept=tuple(raw["intercept"]),
        band=float(raw["band"]),
        source=raw["source"],
    )


def _clip(x: float) -> float:
    return max(-1.0, min(1.0, x))


def _decide(z: list[float], band: float, *, bystander: bool = False) -> _Decision:
    """The largest class wins; a bystander (:data:`~analysis.enrich.sentiment_features.BYSTANDER`)
    is neutral. An opinion's score is the polarity axis moved ``band`` outward,
    so its label reads back from the score; a neutral mention scores 0 (its words' lean toward
    one side is not counted)."""
    axis = z[2] - z[0]
    if bystander:
        return _Decision(axis, "bystander", -axis)
    if z[2] > z[1] and z[2] > z[0]:
        return _Decision(axis, "positive", band)
    if z[0] > z[1] and z[0] >= z[2]:
        return _Decision(axis, "negative", -band)
    return _Decision(axis, "neutral", -axis)


def _score(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> _Decision:
    model = load_model()
    w = model.weights
    z = list(model.intercept)
    bystander = False
    for name, v, _, _ in raw_features(text, start, end, lexicon=lexicon):
        if name == BYSTANDER:
            bystander = True
        weight = w.get(name)
        if weight is not None:
            z[0] += weight[0] * v
            z[1] += weight[1] * v
            z[2] += weight[2] * v
    return _decide(z, model.band, bystander=bystander)


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    start = max(0, min(len(text), int(start)))
    return start, max(start, min(len(text), int(end)))


def target_sentiment(text: str, start: int, end: int, *, lexicon: Lexicon | None = None) -> float:
    """Sentiment that ``text`` expresses toward the actor mentioned at ``text[start:end]``.

    Parameters
    ----------
    text : str
        A sentence or short passage (offsets index it as given); only the sentence holding the
        mention is read.
    start, end : int
        Character offsets of one mention of the actor ("Ilsa Brandt", "she").
    lexicon : Lexicon, optional
        The word lists in use (default :func:`analysis.lexicon.load_lexicon`): its word valence,
        event lexicon and cue words.

    Returns
    -------
    float
        In [-1, 1]: the sum of the ``weight`` column of ``explain_sentiment``, clipped. 0.0 for
        an empty text. ``polarity_label`` turns it into a label.

    Examples
    --------
    >>> s = "Mayor Ilsa Brandt was arrested and charged with fraud."
    >>> polarity_label(target_sentiment(s, 6, 17))
    'negative'
    """
    if not text or not text.strip():
        return 0.0
    return _clip(_score(text, *_bounds(text, start, end), lexicon).score)


def target_sentiments(mentions: Iterable[tuple[str, int, int]], *, lexicon: Lexicon | None = None) -> list[float]:
    """``target_sentiment`` of many mentions at once (a text's words are split once for all
    the mentions in it).

    Parameters
    ----------
    mentions : iterable of (str, int, int)
        ``(text, start, end)`` triples.
    lexicon : Lexicon, optional
        The word lists in use, as for :func:`target_sentiment`.

    Returns
    -------
    list of float
        One score per mention, in order.
    """
    return [target_sentiment(text, start, end, lexicon=lexicon) for text, start, end in mentions]


def polarity_label(p: float, *, band: float = NEUTRAL_BAND) -> str:
    """Label a polarity: "negative", "neutral" or "positive".

    Parameters
    ----------
    p : float
        A score such as ``target_sentiment`` returns.
    band : float, optional
        Half-width of the neutral band (default :data:`NEUTRAL_BAND`): ``abs(p) <= band`` is
        neutral. The model's scores are scaled so that the default is the decision chosen on
        cross-validation.

    Returns
    -------
    str
    """
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return "neutral"
    if p > band:
        return "positive"
    if p < -band:
        return "negative"
    return "neutral"


def explain_sentiment(text: str, start: int, end: int, *, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """The words behind ``target_sentiment(text, start, end)``, one row per word or word pair.

    Parameters
    ----------
    text : str
        The text, as given to ``target_sentiment``.
    start, end : int
        Character offsets of the target mention.
    lexicon : Lexicon, optional
        The word lists in use, as for ``target_sentiment``.

    Returns
    -------
    pandas.DataFrame
        Columns ``phrase`` (``text[start:end]``), ``start``, ``end`` (offsets into ``text``),
        ``weight`` (the phrase's signed share of the score) and ``reason`` (the model features
        it fired, "; "-separated, each with its share: ``C:accused +0.21`` a word of the
        target's clause, ``R2:`` two words right of it, ``EVobject-`` a bad event done to the
        target, ``TB-clause`` a TextBlob-negative word of its clause, ``VD+near`` a word VADER rates
        good within a few words of it, ``S:`` a word elsewhere in the sentence, ``W:`` a word of the
        sentence's bag of words (TF-IDF), ``not_`` a negated word;
        see :mod:`analysis.enrich.sentiment_features`). The first row is the model's baseline
        (the mention itself, reason ``baseline (model intercept)``). Empty for an empty text.

    Notes
    -----
    The score is ``clip(df["weight"].sum(), -1, 1)``, exactly what ``target_sentiment`` returns.
    A feature's share is its value times (positive weight - negative weight). The mention's row
    holds the baseline (the intercepts' difference), the features of the mention's position
    (it speaks, it is quoted) and the decision: ``+band`` when positive is the likeliest class,
    ``-band`` when negative is, and minus the sum of the rest when neutral is (a neutral mention
    scores 0 however its words lean, and the row says so).
    """
    if not text or not text.strip():
        return pd.DataFrame({c: pd.Series(dtype=dtype) for c, dtype in _EXPLAIN_DTYPES.items()})
    start, end = _bounds(text, start, end)
    model = load_model()
    decision = _score(text, start, end, lexicon)
    base = model.intercept[2] - model.intercept[0]
    rows: dict[tuple[int, int], list] = {(start, end): [base + decision.offset, [
        f"{BASELINE} {base:+.3f}", f"{DECISION[decision.label]} {decision.offset:+.3f}"]]}
    for name, value, a, b in raw_features(text, start, end, lexicon=lexicon):
        w = model.weights.get(name)
        if w is None or w[2] == w[0]:
            continue
        share = (w[2] - w[0]) * value
        row = rows.setdefault((a, b), [0.0, []])
        row[0] += share
        row[1].append(f"{name} {share:+.3f}")
    out = [(text[a:b], a, b, float(w), "; ".join(reasons)) for (a, b), (w, reasons) in rows.items()]
    out.sort(key=lambda r: (r[1] != start or r[2] != end, r[1], r[2]))
    df = pd.DataFrame(out, columns=_EXPLAIN_COLUMNS)
    return df.astype(dict(_EXPLAIN_DTYPES))
