"""Quotebook: who said what, when, to whom and in what tone, from news articles.

The public API: read articles, extract statements, and work with them in pandas.
"""
from .actors import ActorMention, find_actor_mentions, find_actor_mentions_in
from .articles import ArticleError, iter_articles, load_articles
from .corpus import statements, write_table
from .corpus_identity import identities
from .lexicon import Lexicon, load_lexicon
from .actor_table import mentions
from .sentiment import explain_sentiment, polarity_label, target_sentiment, target_sentiments, tone
from .schema import ARTICLE_COLUMNS, ERROR_COLUMNS, MENTION_COLUMNS, STATEMENT_COLUMNS
from .article_statements import extract_statements
from . import display, keywords, timeline  # analysis.plots (matplotlib) is imported on use
from .display import highlight, show
from .keywords import key_phrases, kwic
from .timeline import coverage_volume, event_strip, statements_over_time

__version__ = "0.1.0"

__all__ = [
    "ARTICLE_COLUMNS", "ERROR_COLUMNS", "MENTION_COLUMNS", "STATEMENT_COLUMNS",
    "ActorMention", "ArticleError", "Lexicon",
    "extract_statements", "find_actor_mentions", "find_actor_mentions_in",
    "identities", "iter_articles", "load_articles", "load_lexicon",
    "mentions", "statements", "write_table",
    "explain_sentiment", "polarity_label", "target_sentiment", "target_sentiments", "tone",
    "display", "keywords", "timeline",
    "coverage_volume", "event_strip", "highlight", "key_phrases", "kwic", "show", "statements_over_time",
]
