"""Statements and coverage over time: time buckets, per-speaker series, event strips.

Every function here takes the statements table (or the articles table) and returns a DataFrame
whose ``attrs`` say how time was measured, so a chart can label its axis honestly:

``attrs["bucket"]``
    ``"day"``, ``"week"``, ``"month"`` or ``"paragraph"`` (no dates at all: the order within the
    article stands in for time).
``attrs["dated"]``
    ``False`` when the fallback to paragraph order (or "no date") was used.
``attrs["axis_label"]``
    A label for the time axis ("Week (starting Monday)", "Paragraph in the article").
``attrs["note"]``
    A sentence for the reader when something is left out or stands in for dates; ``""`` otherwise.

A statement's time is its ``date`` (the day it was made), else its article's ``published`` date.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = [
    "BUCKETS", "UNNAMED", "choose_bucket", "assign_buckets", "statements_over_time", "coverage_volume",
    "event_strip", "shorten",
]

#: Bucket sizes, smallest first.
BUCKETS = ("day", "week", "month")
#: Label for statements whose speaker is unknown (anonymous sources).
UNNAMED = "(unnamed source)"
#: Longest span (days) shown in day buckets, and in week buckets.
DAY_MAX_SPAN = 31
WEEK_MAX_SPAN = 366

_AXIS_LABELS = {
    "day": "Day",
    "week": "Week (starting Monday)",
    "month": "Month",
    "paragraph": "Paragraph in the article (no dates found)",
}
_FREQ = {"day": "D", "week": "W-MON", "month": "MS"}
NO_DATES_NOTE = ("No statement dates in this corpus: statements are placed by their order within the article "
                 "(paragraph).")


def choose_bucket(dates: pd.Series | pd.DatetimeIndex, *, day_max_span: int = DAY_MAX_SPAN,
                  week_max_span: int = WEEK_MAX_SPAN) -> str:
    """Bucket size for a set of dates: days for a month or less, weeks up to a year, else months.

    Parameters
    ----------
    dates
        Dates (missing values ignored).
    day_max_span, week_max_span
        Longest span in days shown by day, and by week.

    Returns
    -------
    str
        ``"day"``, ``"week"`` or ``"month"``; ``"day"`` when there are no dates.

    Examples
    --------
    >>> choose_bucket(pd.Series(pd.to_datetime(["2025-03-03", "2025-03-20"])))
    'day'
    """
    d = pd.to_datetime(pd.Series(dates), errors="coerce").dropna()
    if d.empty:
        return "day"
    span = (d.max().normalize() - d.min().normalize()).days
    if span <= day_max_span:
        return "day"
    if span <= week_max_span:
        return "week"
    return "month"


def _floor(d: pd.Series, bucket: str) -> pd.Series:
    d = pd.to_datetime(d, errors="coerce")
    if bucket == "day":
        return d.dt.normalize()
    if bucket == "week":
        return d.dt.normalize() - pd.to_timedelta(d.dt.day_of_week, unit="D")
    if bucket == "month":
        return d.dt.to_period("M").dt.start_time
    raise ValueError(f"unknown bucket {bucket!r}: use 'auto', 'day', 'week' or 'month'")


def _full_range(values: pd.Series, bucket: str) -> pd.Index:
    """Every bucket from the first to the last, so gaps show as zeros."""
    v = values.dropna()
    if v.empty:
        return pd.Index([], name=bucket)
    if bucket == "paragraph":
        return pd.RangeIndex(int(v.min()), int(v.max()) + 1, name=bucket)
    return pd.date_range(v.min(), v.max(), freq=_FREQ[bucket], name=bucket)


def statement_time(statements: pd.DataFrame) -> pd.Series:
    """When each statement was made: its own ``date``, else its article's ``published`` (NaT if neither)."""
    when = pd.to_datetime(statements["date"], errors="coerce") if "date" in statements else pd.Series(
        pd.NaT, index=statements.index, dtype="datetime64[ns]")
    if "published" in statements:
        when = when.fillna(pd.to_datetime(statements["published"], errors="coerce"))
    return when


def assign_buckets(statements: pd.DataFrame, *, bucket: str = "auto") -> pd.DataFrame:
    """A copy of ``statements`` with a ``bucket`` column: the time bucket of each statement.

    Parameters
    ----------
    statements
        The statements table (needs ``date`` or ``published``; ``paragraph`` for the fallback).
    bucket
        ``"auto"`` (see :func:`choose_bucket`), ``"day"``, ``"week"`` or ``"month"``.

    Returns
    -------
    pandas.DataFrame
        ``bucket`` holds the bucket's first day (missing for a statement without a date), or the
        paragraph index when no statement has a date. ``attrs``: ``bucket``, ``dated``,
        ``axis_label``, ``note``, ``undated`` (statements left without a bucket).
    """
    out = statements.copy()
    when = statement_time(out) if len(out) else pd.Series(dtype="datetime64[ns]")
    if len(out) and when.isna().all():
        kind = "paragraph"
        para = out["paragraph"] if "paragraph" in out else pd.Series(range(len(out)), index=out.index)
        out["bucket"] = para.astype("int64")
        undated = 0
        note = NO_DATES_NOTE
    else:
        kind = choose_bucket(when) if bucket == "auto" else bucket
        out["bucket"] = _floor(when, kind)
        undated = int(when.isna().sum())
        note = f"{undated} statement{'s' if undated != 1 else ''} without a date not shown." if undated else ""
    out.attrs = {"bucket": kind, "dated": kind != "paragraph", "axis_label": _AXIS_LABELS[kind], "note": note,
                 "undated": undated}
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
        ``"auto"``, ``"day"``, ``"week"`` or ``"month"`` (see :func:`assign_buckets`).
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
        Index: every bucket from the first to the last (gaps are zero rows), named after the
        bucket; columns: speakers, busiest first (ties by name), then ``UNNAMED``, then
        ``other``; values: statement counts.
        ``attrs`` as :func:`assign_buckets`, and ``others``: how many speakers the ``other``
        column gathers (when ``top`` left some out). Empty (no rows, no columns) for no statements.
    """
    b = assign_buckets(statements, bucket=bucket)
    kind = b.attrs["bucket"]
    b = b[b["bucket"].notna()]
    if b.empty:
        out = pd.DataFrame(index=pd.Index([], name=kind))
        out.attrs = dict(b.attrs)
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
    counts = counts.reindex(_full_range(b["bucket"], kind), fill_value=0).astype("int64")
    counts.index.name = kind
    counts.columns.name = by
    counts.attrs = dict(b.attrs)
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
        ``"auto"``, ``"day"``, ``"week"`` or ``"month"``.
    statements
        When given, a ``statements`` column counts the statements of the articles in each bucket.

    Returns
    -------
    pandas.DataFrame
        Index: every bucket from the first to the last; columns ``articles`` (and
        ``statements``). Articles without a publication date are counted in ``attrs["undated"]``
        and left out; when no article has a date, a single row labelled ``"no date"`` holds them
        all and ``attrs["dated"]`` is ``False``.
    """
    cols = ["articles"] + (["statements"] if statements is not None else [])
    if articles is None or articles.empty or "article_id" not in articles:
        out = pd.DataFrame({c: pd.Series(dtype="int64") for c in cols})
        out.attrs = {"bucket": "day", "dated": True, "axis_label": "Publication date", "note": "", "undated": 0}
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
                     "undated": undated}
        return out
    kind = choose_bucket(published) if bucket == "auto" else bucket
    b = _floor(published, kind)
    frame = pd.DataFrame({"bucket": b, "articles": 1, "statements": n_stmt}).dropna(subset=["bucket"])
    out = frame.groupby("bucket")[cols].sum().reindex(_full_range(frame["bucket"], kind), fill_value=0)
    out = out.astype("int64")
    out.index.name = kind
    label = {"day": "Publication day", "week": "Publication week (starting Monday)", "month": "Publication month"}[kind]
    note = f"{undated} article{'s' if undated != 1 else ''} without a publication date not shown." if undated else ""
    out.attrs = {"bucket": kind, "dated": True, "axis_label": label, "note": note, "undated": undated}
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
