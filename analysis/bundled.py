"""TextBlob's bundled lexicons (part-of-speech tags, sentiment) as plain dicts, read fast.

TextBlob parses its lexicon files into lazy dicts on first use, and importing it imports NLTK:
together about a second per process, paid again by every worker of a parallel run, and every
lookup in a lazy dict pays a Python call. The plain tables here are memoised on disk with
:mod:`pickle` (a few hundredths of a second to read, TextBlob not imported), keyed by the
TextBlob file they come from, next to the project's other caches. No cache file is ever
needed: a missing or unwritable one only means TextBlob's own loading.
"""
from __future__ import annotations

import importlib.util
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import paths

CACHE_DIR = paths.cache_dir()
FORMAT = 1  # raise when the shape of a table below changes


@dataclass(frozen=True)
class SentimentTables:
    """TextBlob's PatternAnalyzer data.

    Attributes
    ----------
    lexicon
        word -> (polarity, subjectivity, intensity, is_modifier): the untagged scores; a
        modifier ("very", "really") scales the next word.
    emoticons
        emoticon (lower case) -> polarity.
    negations
        Words that negate the next scored word ("not", "never").
    punctuation
        Marks never read as emoticons.
    """

    lexicon: dict
    emoticons: dict
    negations: frozenset
    punctuation: str


@lru_cache(maxsize=None)
def pos_lexicon() -> dict[str, str]:
    """TextBlob's word -> Penn tag lexicon (about 94,000 words)."""
    return _memoised("en-lexicon.txt", _read_pos_lexicon)


@lru_cache(maxsize=None)
def sentiment_tables() -> SentimentTables:
    """TextBlob's sentiment lexicon and the marks its scoring rules use."""
    return SentimentTables(*_memoised("en-sentiment.xml", _read_sentiment_tables))


def sentiment_lexicon() -> dict[str, tuple[float, float, float, bool]]:
    """word -> (polarity, subjectivity, intensity, is_modifier); see :class:`SentimentTables`."""
    return sentiment_tables().lexicon


def _read_pos_lexicon() -> dict[str, str]:
    from textblob.en import parser

    parser.lexicon.get("the")  # loads the file
    return dict(dict.items(parser.lexicon))


def _read_sentiment_tables() -> tuple:
    from textblob import _text
    from textblob.en import sentiment

    "good" in sentiment  # loads the file
    lexicon = {}
    for word, by_pos in dict.items(sentiment):
        if None in by_pos:
            p, s, i = by_pos[None]
            lexicon[word] = (float(p), float(s), float(i), any(t in by_pos for t in sentiment.modifiers))
    emoticons: dict[str, float] = {}
    for (_, p), marks in _text.EMOTICONS.items():
        for e in marks:
            emoticons.setdefault(e.lower(), float(p))  # TextBlob takes the first match
    return lexicon, emoticons, frozenset(sentiment.negations), _text.PUNCTUATION


def _memoised(source: str, read: Callable[[], object]):
    """``read()``, or its copy on disk made from the same TextBlob file (name, size, mtime)."""
    spec = importlib.util.find_spec("textblob")  # finds the package without importing it
    try:
        st = (Path(spec.submodule_search_locations[0]) / "en" / source).stat()
    except (AttributeError, IndexError, TypeError, OSError):
        return read()
    path = CACHE_DIR / f"textblob-{FORMAT}-{source}-{st.st_size}-{st.st_mtime_ns}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # absent or damaged: read it again below
        pass
    table = read()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return table  # a read-only install: TextBlob's loading each time
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # whole or not at all, even with workers racing
    except OSError:
        Path(tmp).unlink(missing_ok=True)
    return table
