"""Time buckets, chosen from the dates so that columns are few and mostly filled: the one rule
behind every series over time (:mod:`analysis.timeline`), trend grid (:mod:`analysis.keywords`)
and chart (:mod:`analysis.render.buckets`).

:func:`choose_period` tries day, week, month, quarter and year buckets in turn and takes the
first that covers the dates' span in at most ``max_columns`` columns of which at least
:data:`MIN_FILLED` hold a statement. When no bucket does (a few stray dates years before the
rest), it takes the smallest bucket whose *non-empty* periods fit and shows those alone, saying
so in its note. A trend grid (keywords x time) allows :data:`MAX_COLUMNS` columns, a bar chart
:data:`CHART_MAX_COLUMNS`.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

__all__ = ["PERIODS", "MAX_COLUMNS", "CHART_MAX_COLUMNS", "MIN_FILLED", "PeriodChoice", "StatementPeriods",
           "statement_time", "floor_dates", "period_range", "fits", "choose_period", "bucket_choice", "period_labels", "axis_label",
           "statement_periods", "AXIS_LABELS", "PARAGRAPH_AXIS_LABEL", "NO_DATES_NOTE"]

#: Bucket sizes, smallest first.
PERIODS = ("day", "week", "month", "quarter", "year")
#: Most columns of a trend grid: about what a notebook-wide chart shows with readable labels.
MAX_COLUMNS = 24
#: Most columns of a bar chart over time: what a page shows legibly (about 1,100 px, 20 px a bar).
CHART_MAX_COLUMNS = 54
#: Least share of columns that hold a statement: below it the grid is mostly empty cells.
MIN_FILLED = 0.5
#: What the reader is told when no statement has a date and their order stands in for time.
NO_DATES_NOTE = ("No statement dates in this corpus: statements are placed by their order within the article "
                 "(paragraph).")

_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS-JAN", "year": "YS-JAN"}
AXIS_LABELS = {"day": "Day", "week": "Week (starting Monday)", "month": "Month", "quarter": "Quarter",
               "year": "Year"}


@dataclass(frozen=True)
class PeriodChoice:
    """A bucket size and the columns of a trend grid.

    Attributes
    ----------
    kind
        One of :data:`PERIODS`.
    columns
        The first day of every period shown, in order.
    gaps_hidden
        True when periods without any statement are left out of ``columns``.
    """

    kind: str
    columns: pd.DatetimeIndex
    gaps_hidden: bool

    @property
    def note(self) -> str:
        """A sentence for the reader when empty periods are left out; ``""`` otherwise."""
        return (f"Only the {self.kind}s with something in them are shown; the axis jumps over the others."
                if self.gaps_hidden else "")


def statement_time(statements: pd.DataFrame) -> pd.Series:
    """When each statement was made: its own ``date``, else its article's ``published`` (NaT if neither)."""
    when = pd.to_datetime(statements["date"], errors="coerce") if "date" in statements else pd.Series(
        pd.NaT, index=statements.index, dtype="datetime64[ns]")
    if "published" in statements:
        when = when.fillna(pd.to_datetime(statements["published"], errors="coerce"))
    return when


def floor_dates(dates: pd.Series, kind: str) -> pd.Series:
    """The first day of the ``kind`` period holding each date (missing dates stay missing).

    Examples
    --------
    >>> floor_dates(pd.Series(pd.to_datetime(["2025-05-17"])), "quarter").dt.strftime("%Y-%m-%d").tolist()
    ['2025-04-01']
    """
    d = pd.to_datetime(pd.Series(dates), errors="coerce").dt.normalize()
    if kind == "day":
        return d
    if kind == "week":
        return d - pd.to_timedelta(d.dt.day_of_week, unit="D")
    if kind in ("month", "quarter", "year"):
        return d.dt.to_period({"month": "M", "quarter": "Q", "year": "Y"}[kind]).dt.start_time
    raise ValueError(f"unknown period {kind!r}: use one of {', '.join(PERIODS)}")


def period_range(first: pd.Timestamp, last: pd.Timestamp, kind: str) -> pd.DatetimeIndex:
    """Every ``kind`` period from the one holding ``first`` to the one holding ``last``."""
    ends = floor_dates(pd.Series([first, last]), kind)
    return pd.date_range(ends.iloc[0], ends.iloc[1], freq=_FREQ[kind], name=kind)


def fits(columns: int, filled: int, *, max_columns: int, min_filled: float = MIN_FILLED) -> bool:
    """Whether ``columns`` columns of which ``filled`` hold something read well: at most
    ``max_columns`` of them, at least the share ``min_filled`` filled.

    Examples
    --------
    >>> fits(10, 5, max_columns=24), fits(10, 4, max_columns=24), fits(30, 30, max_columns=24)
    (True, False, False)
    """
    return columns <= max_columns and filled >= min_filled * columns


def choose_period(dates: pd.Series, *, max_columns: int = MAX_COLUMNS, min_filled: float = MIN_FILLED,
                  finest: str = "day") -> PeriodChoice:
    """The smallest bucket whose columns are at most ``max_columns``, mostly filled.

    Parameters
    ----------
    dates
        The dates of the statements (missing values ignored).
    max_columns
        Most columns.
    min_filled
        Least share of columns holding at least one date.
    finest
        The smallest bucket tried (one of :data:`PERIODS`).

    Returns
    -------
    PeriodChoice
        The first of :data:`PERIODS` from ``finest`` on whose full range fits and is filled
        enough (:func:`fits`); else the first whose non-empty periods fit, with only those as
        columns (``gaps_hidden``); else years with statements. No dates: ``finest``, no columns.

    Examples
    --------
    >>> d = pd.Series(pd.to_datetime(["2024-01-10", "2024-03-02", "2024-05-20", "2024-06-30"]))
    >>> choice = choose_period(d)
    >>> choice.kind, len(choice.columns), choice.gaps_hidden
    ('month', 6, False)
    """
    if finest not in PERIODS:
        raise ValueError(f"unknown period {finest!r}: use one of {', '.join(PERIODS)}")
    d = pd.to_datetime(pd.Series(dates), errors="coerce").dropna()
    if d.empty:
        return PeriodChoice(finest, pd.DatetimeIndex([], name=finest), False)
    sparse: PeriodChoice | None = None
    for kind in PERIODS[PERIODS.index(finest):]:
        filled = pd.DatetimeIndex(sorted(floor_dates(d, kind).unique()), name=kind)
        full = period_range(d.min(), d.max(), kind)
        if fits(len(full), len(filled), max_columns=max_columns, min_filled=min_filled):
            return PeriodChoice(kind, full, False)
        if sparse is None and len(filled) <= max_columns:
            sparse = PeriodChoice(kind, filled, True)
    return sparse if sparse is not None else PeriodChoice("year", filled, True)


def period_labels(columns: pd.DatetimeIndex, kind: str) -> list[str]:
    """Short labels for period columns: "3 Mar", "Mar 2025", "Q2 2025", "2025".

    The year is left out of day and week labels when every column is in the same year.

    Examples
    --------
    >>> period_labels(pd.DatetimeIndex(["2025-04-01", "2025-07-01"]), "quarter")
    ['Q2 2025', 'Q3 2025']
    """
    one_year = len(set(columns.year)) <= 1
    if kind == "year":
        return [str(c.year) for c in columns]
    if kind == "quarter":
        return [f"Q{c.quarter} {c.year}" for c in columns]
    if kind == "month":
        return [c.strftime("%b %Y") for c in columns]
    return [f"{c.day} {c.strftime('%b')}" + ("" if one_year else f" {c.year}") for c in columns]


def _check_bucket(bucket: str) -> None:
    if bucket != "auto" and bucket not in PERIODS:
        raise ValueError(f"unknown bucket {bucket!r}: use 'auto' or one of {', '.join(PERIODS)}")


def bucket_choice(dates: pd.Series, *, bucket: str = "auto", max_columns: int = MAX_COLUMNS,
                  min_filled: float = MIN_FILLED) -> PeriodChoice:
    """The buckets of ``dates``: :func:`choose_period`'s with ``"auto"``; else every ``bucket``
    period from the first date to the last, empty ones included.

    Raises
    ------
    ValueError
        For a ``bucket`` that is neither ``"auto"`` nor one of :data:`PERIODS`.

    Examples
    --------
    >>> d = pd.Series(pd.to_datetime(["2025-03-03", "2025-03-20"]))
    >>> [(c.kind, len(c.columns)) for c in (bucket_choice(d), bucket_choice(d, bucket="day"))]
    [('week', 3), ('day', 18)]
    """
    _check_bucket(bucket)
    if bucket == "auto":
        return choose_period(dates, max_columns=max_columns, min_filled=min_filled)
    d = pd.to_datetime(pd.Series(dates), errors="coerce").dropna()
    if d.empty:
        return PeriodChoice(bucket, pd.DatetimeIndex([], name=bucket), False)
    return PeriodChoice(bucket, period_range(d.min(), d.max(), bucket), False)


#: Axis label when no statement has a date and the paragraph order stands in for time.
PARAGRAPH_AXIS_LABEL = "Paragraph in the article (no dates found)"


def axis_label(kind: str, *, published: bool = False) -> str:
    """The time axis's label for ``kind`` buckets (one of :data:`PERIODS`, or ``"paragraph"``);
    with ``published``, of publication dates.

    Examples
    --------
    >>> axis_label("week"), axis_label("week", published=True)
    ('Week (starting Monday)', 'Publication week (starting Monday)')
    """
    if kind == "paragraph":
        return PARAGRAPH_AXIS_LABEL
    label = AXIS_LABELS[kind]
    return f"Publication {label[0].lower()}{label[1:]}" if published else label


@dataclass(frozen=True)
class StatementPeriods:
    """The period of each statement and the columns of a trend grid over them.

    Attributes
    ----------
    buckets
        Per statement (the table's index): the first day of its period, or its paragraph when no
        statement has a date; missing for an undated statement in a dated corpus.
    columns
        The periods (or paragraphs) a trend grid shows, in order.
    attrs
        ``bucket`` (the period kind or ``"paragraph"``), ``dated``, ``axis_label``, ``note`` (a
        sentence for the reader, ``""`` when nothing needs saying), ``undated`` (statements left
        out), ``gaps_hidden`` and ``labels`` (one short label per column).
    """

    buckets: pd.Series
    columns: pd.Index
    attrs: dict


def statement_periods(statements: pd.DataFrame, *, bucket: str = "auto", max_columns: int = MAX_COLUMNS,
                      min_filled: float = MIN_FILLED) -> StatementPeriods:
    """Periods of the statements for a trend grid (see :func:`choose_period`).

    Parameters
    ----------
    statements
        The statements table (``date`` and/or ``published``; ``paragraph`` for the fallback).
    bucket
        ``"auto"`` (:func:`choose_period`) or one of :data:`PERIODS` (every period from the first
        to the last, empty ones included).
    max_columns, min_filled
        As :func:`choose_period`.

    Returns
    -------
    StatementPeriods
        When no statement has a date, the paragraphs stand in for time (``attrs["dated"]`` False).

    Raises
    ------
    ValueError
        For a ``bucket`` that is neither ``"auto"`` nor one of :data:`PERIODS`.
    """
    _check_bucket(bucket)
    when = statement_time(statements)
    if len(statements) and when.isna().all():
        para = (statements["paragraph"] if "paragraph" in statements
                else pd.Series(range(len(statements)), index=statements.index)).astype("int64")
        columns = pd.RangeIndex(int(para.min()), int(para.max()) + 1, name="paragraph")
        return StatementPeriods(para, columns, {
            "bucket": "paragraph", "dated": False, "axis_label": PARAGRAPH_AXIS_LABEL, "note": NO_DATES_NOTE,
            "undated": 0, "gaps_hidden": False, "labels": [str(p + 1) for p in columns]})
    choice = bucket_choice(when, bucket=bucket, max_columns=max_columns, min_filled=min_filled)
    undated = int(when.isna().sum())
    notes = [f"{undated} statement{'s' if undated != 1 else ''} without a date not shown." if undated else "",
             choice.note]
    return StatementPeriods(floor_dates(when, choice.kind), choice.columns, {
        "bucket": choice.kind, "dated": True, "axis_label": axis_label(choice.kind),
        "note": " ".join(n for n in notes if n), "undated": undated, "gaps_hidden": choice.gaps_hidden,
        "labels": period_labels(choice.columns, choice.kind)})
