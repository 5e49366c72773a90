"""Keyness: how much more a corpus uses a word than general English does, and how surely.

Two measures, as corpus linguistics pairs them (Rayson and Garside 2000; Hardie 2014):

* the **log-likelihood** G² of the word's count in the corpus against its frequency in the
  background (:mod:`analysis.summaries.background`; Dunning 1993), signed negative when the
  corpus uses the word *less* than English does. It grows with the evidence: a word used 30
  times far more often than usual outweighs a name used twice, and a word every text uses
  ("get", "going", "thing") scores near zero whatever its count;
* the **ratio** of the corpus's frequency of the word to English's: the size of the effect, so
  that in a large corpus a word used a little more than usual ("want" in quoted speech) is not
  a keyword merely because the evidence is plentiful.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np
import pandas as pd

from .background import frequency

__all__ = ["BACKGROUND_TOKENS", "MIN_KEYNESS", "MIN_RATIO", "keyness"]

#: Size in word tokens given to the background: wordfreq's English list is built from billions
#: of tokens, so its own sampling error is negligible next to the corpus's.
BACKGROUND_TOKENS = 1e9
#: Least log-likelihood of a keyword: 10.83 is the chi-squared critical value at p = 0.001 with
#: one degree of freedom, the usual cut-off for keywords (Rayson and Garside 2000).
MIN_KEYNESS = 10.83
#: Least ratio of the corpus's frequency to English's: twice as common (a log ratio of 1, Hardie
#: 2014). Quoted speech uses "want" or "need" a little more than English does, not twice as much.
MIN_RATIO = 2.0


def keyness(counts: Mapping[str, int], tokens: int, *,
            background: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Log-likelihood and frequency ratio of each word of a corpus against general English.

    Parameters
    ----------
    counts
        Word -> occurrences in the corpus.
    tokens
        Word tokens in the corpus, function words included (the denominator of the corpus's
        frequencies, as the background counts every token too).
    background
        Word -> background frequency (share of English tokens); default
        :func:`analysis.summaries.background.frequency` of each word.

    Returns
    -------
    pandas.DataFrame
        Index: the words; columns ``keyness`` (signed G²: positive when the corpus uses the word
        more than English does) and ``ratio`` (corpus frequency / English frequency).

    Examples
    --------
    >>> k = keyness({"harbour": 3, "thing": 1}, 100, background={"harbour": 2e-5, "thing": 2e-3})
    >>> k.round(2).to_dict("index")
    {'harbour': {'keyness': 37.88, 'ratio': 1500.0}, 'thing': {'keyness': 1.62, 'ratio': 5.0}}
    """
    words = list(counts)
    if not words:
        return pd.DataFrame({"keyness": pd.Series(dtype="float64"), "ratio": pd.Series(dtype="float64")})
    y = np.array([counts[w] for w in words], dtype=float)
    f = np.array([background[w] if background is not None else frequency(w) for w in words], dtype=float)
    n = float(max(tokens, int(y.sum())))
    b = BACKGROUND_TOKENS * f
    total = n + BACKGROUND_TOKENS
    e_corpus = n * (y + b) / total
    e_background = BACKGROUND_TOKENS * (y + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2.0 * (np.where(y > 0, y * np.log(y / e_corpus), 0.0) + np.where(b > 0, b * np.log(b / e_background), 0.0))
    ratio = (y / n) / f
    g2 = np.where(ratio < 1.0, -g2, g2)
    return pd.DataFrame({"keyness": g2, "ratio": ratio}, index=pd.Index(words, dtype="object"))
