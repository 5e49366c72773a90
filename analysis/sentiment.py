"""Sentiment in news text: the public import place (the work is done in :mod:`analysis.enrich`).

* :func:`target_sentiment`, :func:`target_sentiments`, :func:`explain_sentiment`,
  :func:`polarity_label` -- sentiment toward an actor mentioned in a sentence, from the model
  shipped with the package (:mod:`analysis.enrich.target_sentiment`);
* :func:`tone` -- the speaker's tone, TextBlob polarity and subjectivity of a statement
  (:mod:`analysis.enrich.tone`).
"""
from __future__ import annotations

from .enrich.target_sentiment import (
    NEUTRAL_BAND,
    explain_sentiment,
    polarity_label,
    target_sentiment,
    target_sentiments,
)
from .enrich.tone import tone

__all__ = ["target_sentiment", "target_sentiments", "polarity_label", "explain_sentiment", "tone", "NEUTRAL_BAND"]
