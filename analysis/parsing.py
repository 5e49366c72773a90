"""The unit of work every engine runs: one article's statements, a chunk of articles as one Arrow table.

A chunk comes back as one Arrow table rather than thousands of small DataFrames (pickling those
cost a fifth of the parse time), with the articles that raised listed beside it: one article
that cannot be parsed is one error row, never the end of the run.
"""
from __future__ import annotations

import logging
from typing import Callable

import pandas as pd

from .errors import QuotebookError
from .article_statements import extract_statements

MAX_REASON = 300  #: characters of an error's message kept in its error row (one readable line)

log = logging.getLogger(__name__)


def parse_article(article: dict) -> pd.DataFrame:
    """Statements of one article (a row of :func:`analysis.load_articles` as a dict).

    This is the single unit of work every engine maps over the corpus.
    """
    df = extract_statements(article["text"], published=article.get("published"), article_id=article["article_id"])
    df.insert(0, "article_id", article["article_id"])
    return df


def reason(error: Exception) -> str:
    """An error raised while parsing an article, as the one-line reason of its error row."""
    text = str(error) if isinstance(error, QuotebookError) else f"{type(error).__name__}: {error}"
    text = " ".join(text.split())
    if len(text) > MAX_REASON:
        text = text[:MAX_REASON - 1] + "…"
    return f"could not be parsed: {text}"


def to_arrow(frames: list[pd.DataFrame]):
    """One Arrow table of the statements in ``frames`` (None when there are none)."""
    import pyarrow as pa

    from .cache import arrow_types

    frames = [f for f in frames if len(f)]
    if not frames:
        return None
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    table = pa.Table.from_pandas(df, preserve_index=False).replace_schema_metadata(None)
    types = arrow_types()
    fields = [pa.field(f.name, types.get(f.name) or f.type) for f in table.schema]
    return table.cast(pa.schema(fields)) if any(f.type != g.type for f, g in zip(fields, table.schema)) else table


def parse_chunk(chunk: list[dict], tick: Callable[[int], object] | None = None) -> tuple:
    """Statements of a chunk of articles: ``(Arrow table or None, [(article_id, reason), ...])``.

    An article that raises is left out of the table and named in the list with its reason.

    Parameters
    ----------
    chunk
        Article records: dicts with ``article_id``, ``text`` and optionally ``published``.
    tick
        Called with 1 after each article (a progress bar, in the process that shows it).
    """
    frames, errors = [], []
    for a in chunk:
        try:
            frames.append(parse_article(a))
        except Exception as e:  # noqa: BLE001 - any error of one article is that article's error row
            log.debug("article %s could not be parsed", a.get("article_id"), exc_info=True)
            errors.append((a["article_id"], reason(e)))
        if tick is not None:
            tick(1)
    return to_arrow(frames), errors
