"""Quotebook: who said what, when, to whom and in what tone, from news articles."""
from .schema import ARTICLE_COLUMNS, MENTION_COLUMNS, STATEMENT_COLUMNS
from .statements import extract_statements
from .lexicon import load_lexicon
from .actors import find_actor_mentions

__version__ = "0.1.0"

__all__ = [
    "ARTICLE_COLUMNS", "MENTION_COLUMNS", "STATEMENT_COLUMNS",
    "extract_statements", "find_actor_mentions", "load_lexicon",
]
