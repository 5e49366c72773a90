"""The one text stack the extraction reads: paragraphs, sentences and tokens (:mod:`analysis.text`),
quote marks (:mod:`analysis.quotes`), part-of-speech tags (:mod:`.tagger`), the document model
(:mod:`.document`) and the closed word classes (:mod:`.words`, :mod:`.tags`)."""
from __future__ import annotations

from ..quotes import Quote, find_quotes
from ..text import Span, Token, paragraphs, sentences, tokens
from .tagger import tag_words

__all__ = ["Quote", "Span", "Token", "find_quotes", "paragraphs", "sentences", "tag_words", "tokens"]
