"""Statements and coverage over time: time buckets, per-speaker series, event strips.

Every function here takes the statements table (or the articles table) and returns a DataFrame
whose ``attrs`` say how time was measured, so a chart can label its axis honestly:

``attrs["bucket"]``
    ``"day"``, ``"week"``, ``"month"``, ``"quarter"``, ``"year"`` or ``"paragraph"`` (no dates at
    all: the order within the article stands in for time).
``attrs["dated"]``
    ``False`` when the fallback to paragraph order (or "no date") was used.
``attrs["axis_label"]``
    A label for the time axis ("Week (starting Monday)", "Paragraph in the article").
``attrs["note"]``
    A sentence for the reader when something is left out or stands in for dates; ``""`` otherwise.
``attrs["gaps_hidden"]``
    ``True`` when only the buckets holding something are rows (a few stray dates far apart).

A statement's time is its ``date`` (the day it was made), else its article's ``published`` date
(:func:`~analysis.summaries.periods.statement_time`). With ``bucket="auto"`` the bucket size is
:func:`~analysis.summaries.periods.choose_period`'s, for a chart of at most
:data:`~analysis.summaries.periods.CHART_MAX_COLUMNS` columns: the rule the keyword grid and the
charts follow too.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .summaries.periods import (CHART_MAX_COLUMNS, MIN_FILLED, NO_DATES_NOTE, PERIODS, axis_label, bucket_choice,
                                choose_period, floor_dates, statement_periods, statement_time)

__all__ = [
    "BUCKETS", "UNNAMED", "choose_bucket", "assign_buckets", "statements_over_time", "coverage_volume",
    "event_strip", "shorten", "statement_time", "NO_DATES_NOTE",
]

#: Bucket sizes, smallest first.
BUCKETS = PERIODS
#: Label for statements whose speaker is unknown (anonymous sources).
UNNAMED = "(unnamed source)"


def choose_bucket(dates: pd.Series | pd.DatetimeIndex, *, max_columns: int = CHART_MAX_COLUMNS,
                  min_filled: float = MIN_FILLED) -> str:
    """Bucket size for a set of dates: :func:`~analysis.summaries.periods.choose_period`'s, for a
    chart of at most ``max_columns`` columns, most of them filled.

    Parameters
    ----------
    dates
        Dates (missing values ignored).
    max_columns, min_filled
        The most columns, and the least share of them holding a date.

    Returns
    -------
    str
        One of :data:`BUCKETS`; ``"day"`` when there are no dates.

    Examples
    --------
    >>> choose_bucket(pd.Series(pd.to_datetime(["2025-03-03", "2025-03-20"])))
    'week'
    """
    return choose_period(dates, max_columns=max_columns, min_filled=min_filled).kind


def assign_buckets(statements: pd.DataFrame, *, bucket: str = "auto") -> pd.DataFrame:
    """A copy of ``statements`` with a ``bucket`` column: the time bucket of each statement.

    Parameters
    ----------
    statements
        The statements table (needs ``date`` or ``published``; ``paragraph`` for the fallback).
    bucket
        ``"auto"`` (see :func:`choose_bucket`) or one of :data:`BUCKETS`.

    Returns
    -------
    pandas.DataFrame
        ``bucket`` holds the bucket's first day (missing for a statement without a date), or the
        paragraph index when no statement has a date. ``attrs``: ``bucket``, ``dated``,
        ``axis_label``, ``note``, ``undated`` (statements left without a bucket),
        ``gaps_hidden`` and ``labels`` (as :func:`~analysis.summaries.periods.statement_periods`).

    Raises
    ------
    ValueError
        For a ``bucket`` that is neither ``"auto"`` nor one of :data:`BUCKETS`.
    """
    periods = statement_periods(statements, bucket=bucket, max_columns=CHART_MAX_COLUMNS)
    out = statements.copy()
    out["bucket"] = periods.buckets
    out.attrs = dict(periods.attrs)
    return out


def _speaker_labels(statements: pd.DataFrame, by: str) -> pd.Series:
    s = statements[by].astype("string") if by in statements else pd.Series(pd.NA, index=statements.index,
                                                                              dtype="string")
    return s.fillna(UNNAMED)


def statements_over_time(statements: pd.DataFrame, *, bucket: str = "auto", by: str = "speaker",
                         top: int | None = None, other: str = "Other speakers") -> pd.DataFrame:
    """Statements per speaker (or any column) per time bucket.

    Parameters
    ----------
    statements
        The statements table.
    bucket
        ``"auto"`` or one of :data:`BUCKETS` (see :func:`assign_buckets`).
    by
        Column to count by (``"speaker"``; anonymous statements count as ``UNNAMED``).
    top
        Keep the ``top`` busiest named speakers and add the rest up in one ``other`` column
        (anonymous statements keep their own column).
    other
        Name of the column that gathers the rest.

    Returns
    -------
    pandas.DataFrame
        Index: every bucket from the first to the last (gaps are zero rows; only the buckets
        with statements when ``attrs["gaps_hidden"]``), named after the bucket; columns: speakers, busiest first (ties by name), then ``UNNAMED``, then
        ``other``; values: statement counts.
        ``attrs`` as :func:`assign_buckets`, and ``others``: how many speakers the ``other``
        column gathers (when ``top`` left some out). Empty (no rows, no columns) for no statements.
    """
    periods = statement_periods(statements, bucket=bucket, max_columns=CHART_MAX_COLUMNS)
    kind = periods.attrs["bucket"]
    b = statements.assign(bucket=periods.buckets)
    b = b[b["bucket"].notna()]
    if b.empty:
        out = pd.DataFrame(index=pd.Index([], name=kind))
        out.attrs = dict(periods.attrs)
        return out
    who = _speaker_labels(b, by)
    counts = pd.crosstab(b["bucket"], who)
    totals = counts.sum()
    named = sorted((s for s in totals.index if s != UNNAMED), key=lambda s: (-totals[s], str(s)))
    unnamed = [UNNAMED] if UNNAMED in totals.index else []
    if top is not None and len(named) > top:
        rest = counts[named[top:]].sum(axis=1)
        counts = counts[named[:top] + unnamed].assign(**{other: rest})
    else:
        counts = counts[named + unnamed]
    counts = counts.reindex(periods.columns, fill_value=0).astype("int64")
    counts.index.name = kind
    counts.columns.name = by
    counts.attrs = dict(periods.attrs)
    if top is not None and len(named) > top:
        counts.attrs["others"] = len(named) - top  # speakers gathered in the ``other`` column
    return counts


def coverage_volume(articles: pd.DataFrame, *, bucket: str = "auto",
                    statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """Articles (and their statements) per bucket of publication date.

    Parameters
    ----------
    articles
        The articles table (``article_id``, ``published``). A statements table works too: its
        distinct ``article_id`` values are counted.
    bucket
        ``"auto"`` (:func:`choose_bucket`) or one of :data:`BUCKETS`.
    statements
        When given, a ``statements`` column counts the statements of the articles in each bucket.

    Returns
    -------
    pandas.DataFrame
        Index: every bucket from the first to the last (only those with articles when
        ``attrs["gaps_hidden"]``); columns ``articles`` (and
        ``statements``). Articles without a publication date are counted in ``attrs["undated"]``
        and left out; when no article has a date, a single row labelled ``"no date"`` holds them
        all and ``attrs["dated"]`` is ``False``.
    """
    cols = ["articles"] + (["statements"] if statements is not None else [])
    if articles is None or articles.empty or "article_id" not in articles:
        out = pd.DataFrame({c: pd.Series(dtype="int64") for c in cols})
        out.attrs = {"bucket": "day", "dated": True, "axis_label": "Publication date", "note": "", "undated": 0,
                     "gaps_hidden": False}
        return out
    arts = articles.drop_duplicates("article_id")
    published = pd.to_datetime(arts["published"], errors="coerce") if "published" in arts else pd.Series(
        pd.NaT, index=arts.index)
    per_article = (statements.groupby("article_id").size() if statements is not None and len(statements)
                   else pd.Series(dtype="int64"))
    n_stmt = arts["article_id"].map(per_article).fillna(0).astype("int64")
    undated = int(published.isna().sum())
    if published.isna().all():
        data = {"articles": [len(arts)]}
        if statements is not None:
            data["statements"] = [int(n_stmt.sum())]
        out = pd.DataFrame(data, index=pd.Index(["no date"], name="published"))
        out.attrs = {"bucket": "none", "dated": False, "axis_label": "Publication date",
                     "note": ("The article has no publication date." if len(arts) == 1
                              else f"None of the {len(arts)} articles has a publication date."),
                     "undated": undated, "gaps_hidden": False}
        return out
    choice = bucket_choice(published, bucket=bucket, max_columns=CHART_MAX_COLUMNS)
    frame = pd.DataFrame({"bucket": floor_dates(published, choice.kind), "articles": 1, "statements": n_stmt})
    out = frame.dropna(subset=["bucket"]).groupby("bucket")[cols].sum().reindex(choice.columns, fill_value=0)
    out = out.astype("int64")
    out.index.name = choice.kind
    notes = [f"{undated} article{'s' if undated != 1 else ''} without a publication date not shown." if undated else "",
             choice.note]
    out.attrs = {"bucket": choice.kind, "dated": True, "axis_label": axis_label(choice.kind, published=True),
                 "note": " ".join(n for n in notes if n), "undated": undated, "gaps_hidden": choice.gaps_hidden}
    return out


def shorten(text: str, width: int = 80) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters with "…".

    Examples
    --------
    >>> shorten("the union calls off the strike and sits down with us", 24)
    'the union calls off the…'
    """
    t = re.sub(r"\s+", " ", str(text)).strip()
    if len(t) <= width:
        return t
    cut = t[: max(1, width - 1)]
    if " " in cut and not t[width - 1].isspace():
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.-–—") + "…"


def event_strip(statements: pd.DataFrame, *, width: int = 80) -> pd.DataFrame:
    """One row per statement in time order: when, who, and what in a few words.

    Parameters
    ----------
    statements
        The statements table.
    width
        Longest ``text`` kept (cut at a word boundary with "…").

    Returns
    -------
    pandas.DataFrame
        Columns ``when`` (the statement's date, or its paragraph when the corpus has no dates),
        ``speaker`` (``UNNAMED`` for anonymous sources), ``text``, ``statement_id``,
        ``article_id``. Statements without a date in a dated corpus are left out (counted in
        ``attrs["undated"]``). ``attrs`` as :func:`assign_buckets`, with ``bucket`` ``"date"``
        when dated.
    """
    cols = ["when", "speaker", "text", "statement_id", "article_id"]
    if statements is None or statements.empty:
        out = pd.DataFrame({c: pd.Series(dtype="datetime64[ns]" if c == "when" else "string") for c in cols})
        out.attrs = {"bucket": "date", "dated": True, "axis_label": "Date", "note": "", "undated": 0}
        return out
    b = assign_buckets(statements, bucket="day")
    attrs = dict(b.attrs)
    if attrs["dated"]:
        when = statement_time(b)
        attrs.update(bucket="date", axis_label="Date")
    else:
        when = b["bucket"]
    order_art = {a: i for i, a in enumerate(pd.unique(b["article_id"]))} if "article_id" in b else {}
    out = pd.DataFrame({
        "when": when,
        "speaker": _speaker_labels(b, "speaker"),
        "text": b["text"].map(lambda t: shorten(t, width)).astype("string"),
        "statement_id": b["statement_id"].astype("string") if "statement_id" in b else pd.Series(
            [str(i) for i in range(len(b))], index=b.index, dtype="string"),
        "article_id": b["article_id"].astype("string") if "article_id" in b else pd.Series(
            "", index=b.index, dtype="string"),
        "_art": b["article_id"].map(order_art) if order_art else 0,
        "_start": b["start"] if "start" in b else np.arange(len(b)),
    })
    out = out[out["when"].notna()].sort_values(["when", "_art", "_start"], kind="stable")
    out = out.drop(columns=["_art", "_start"]).reset_index(drop=True)
    out.attrs = attrs
    return out
