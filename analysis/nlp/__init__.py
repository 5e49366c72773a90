"""The one text stack the extraction reads: paragraphs, sentences and tokens (:mod:`analysis.text`),
quote marks (:mod:`analysis.quotes`), part-of-speech tags (:mod:`.tagger`), the document model
(:mod:`.document`) and the closed word classes (:mod:`.words`, :mod:`.tags`)."""
from __future__ import annotations

import importlib

__all__ = ["Quote", "Span", "Token", "find_quotes", "paragraphs", "sentences", "tag_words", "tokens"]

# where each name comes from: read on first use, so that the modules of the text stack
# (:mod:`analysis.text`, :mod:`analysis.dates`) may import :mod:`.words` without a cycle
_SOURCES = {"Quote": "analysis.quotes", "find_quotes": "analysis.quotes", "Span": "analysis.text",
            "Token": "analysis.text", "paragraphs": "analysis.text", "sentences": "analysis.text",
            "tokens": "analysis.text", "tag_words": "analysis.nlp.tagger"}


def __getattr__(name: str):
    if name not in _SOURCES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_SOURCES[name]), name)
