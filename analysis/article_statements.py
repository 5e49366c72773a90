"""Statements from one article: extract, enrich, frame.

``extract_statements(text)`` is a pure function of the text, its publication date and the word
lists in ``data/``. Every offset it returns indexes ``text`` exactly as given. The passes live in
:mod:`analysis.extract`, the document model in :mod:`analysis.nlp`, row building in
:mod:`analysis.enrich.rows`.
"""
from __future__ import annotations

import hashlib
import warnings
from collections import Counter

import pandas as pd

from .enrich.rows import statement_rows
from .extract import find_statements
from .lexicon import Lexicon, load_lexicon
from .nlp import document
from .nlp.document import Deadline, Document, LongTextWarning
from .speakers import MAX_NAME_CHARS

__all__ = ["ARTICLE_TIME_LIMIT", "SECONDS_PER_MILLION_CHARS", "LongTextWarning", "extract_statements"]

#: Seconds one article's extraction may take before :class:`~analysis.errors.ArticleTimeout`,
#: plus SECONDS_PER_MILLION_CHARS for each million characters: a normal article takes
#: milliseconds; the guard is for an article stuck on text no rule foresaw.
ARTICLE_TIME_LIMIT = 60.0
#: The guard's allowance for length: extraction takes 1.5 s per million characters of news here,
#: up to 8 s for text dense with statements on a busy machine; a 20 MB article (the largest
#: read) gets 660 s, several times what it needs.
SECONDS_PER_MILLION_CHARS = 30.0


def extract_statements(text: str, *, published=None, lexicon: Lexicon | None = None,
                       article_id: str | None = None,
                       time_limit: float | None = ARTICLE_TIME_LIMIT) -> pd.DataFrame:
    """Statements in one article: who said what, with the cue, date, tone and actors.

    Parameters
    ----------
    text
        The article text, headline first. Offsets in the result index this string.
    published
        Publication date (anything :func:`pandas.Timestamp` reads); resolves "Wednesday".
    lexicon
        Word lists (default: the project's ``data/``).
    article_id
        Id used in ``statement_id`` and in warnings and errors; default the hash of ``text``.
    time_limit
        Seconds the extraction may take, plus ``SECONDS_PER_MILLION_CHARS`` per million
        characters of ``text`` (None: no limit). It is checked between units of work
        (paragraphs, quotes, sentences, statements), so it holds in any thread or process.

    Returns
    -------
    pandas.DataFrame
        One row per statement, columns as in :data:`analysis.schema.STATEMENT_COLUMNS`, in
        order of appearance.

    Raises
    ------
    ArticleTimeout
        When the extraction runs past ``time_limit``; a corpus run turns it into an error row.

    Warns
    -----
    LongTextWarning
        When a paragraph, sentence, quote or speaker's name is over its maximum length
        (``MAX_PARAGRAPH_CHARS``, ``MAX_SENTENCE_CHARS``, ``MAX_QUOTE_CHARS``,
        ``MAX_NAME_CHARS``): that text is read as holding no statement. Time grows linearly
        with the text's length up to those limits, and beyond them.

    Examples
    --------
    >>> df = extract_statements('“We will rebuild the bridge,” Mayor Ilsa Brandt said.')
    >>> df[["speaker", "kind", "cue_lemma"]].values.tolist()
    [['Ilsa Brandt', 'direct', 'say']]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_statements needs a str, got {type(text).__name__}")
    lex = lexicon or load_lexicon()
    article_id = article_id or hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    if time_limit is not None:
        if isinstance(time_limit, bool) or not isinstance(time_limit, (int, float)):
            raise TypeError(f"time_limit must be a number of seconds or None, got {type(time_limit).__name__}")
        if not time_limit > 0:
            raise ValueError(f"time_limit must be a positive number of seconds, got {time_limit!r}")
        time_limit += SECONDS_PER_MILLION_CHARS * len(text) / 1_000_000
    a = Document(text, lex, Deadline(time_limit, f"article {article_id}"))
    stmts = find_statements(a)
    if a.notes:
        _warn_long(a.notes, article_id)
    return statement_rows(a, stmts, published, article_id)


def _warn_long(notes: Counter, article_id: str) -> None:
    """One warning naming the article and what in it was over a maximum length."""
    # (the limits are read where they are kept, at the time of the warning)
    limits = {"paragraph": ("paragraph", document.MAX_PARAGRAPH_CHARS),
              "sentence": ("sentence", document.MAX_SENTENCE_CHARS),
              "quote": ("quote", document.MAX_QUOTE_CHARS), "name": ("speaker name", MAX_NAME_CHARS)}
    parts = [f"{n} {limits[k][0]}{'s' if n > 1 else ''} over {limits[k][1]:,} characters"
             for k, n in notes.items()]
    warnings.warn(f"article {article_id}: {', '.join(parts)}, read as holding no statement",
                  LongTextWarning, stacklevel=3)
