"""Time buckets for trend charts, chosen from the dates so that columns are few and mostly filled.

A trend grid (keywords x time) reads well with up to about two dozen columns, most of them
holding something. :func:`choose_period` tries day, week, month, quarter and year buckets in
turn and takes the first that covers the corpus's span in at most :data:`MAX_COLUMNS` columns
of which at least :data:`MIN_FILLED` hold a statement. When no bucket does (a few stray dates
years before the rest), it takes the smallest bucket whose *non-empty* periods fit and shows
those alone, saying so in its note.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..timeline import NO_DATES_NOTE, statement_time

__all__ = ["PERIODS", "MAX_COLUMNS", "MIN_FILLED", "PeriodChoice", "StatementPeriods", "floor_dates", "period_range",
           "choose_period", "period_labels", "statement_periods", "AXIS_LABELS", "PARAGRAPH_AXIS_LABEL"]

#: Bucket sizes, smallest first.
PERIODS = ("day", "week", "month", "quarter", "year")
#: Most columns of a trend grid: about what a notebook-wide chart shows with readable labels.
MAX_COLUMNS = 24
#: Least share of columns that hold a statement: below it the grid is mostly empty cells.
MIN_FILLED = 0.5

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
        return f"Only the {self.kind}s with statements are shown; the others are left out." if self.gaps_hidden else ""


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


def choose_period(dates: pd.Series, *, max_columns: int = MAX_COLUMNS, min_filled: float = MIN_FILLED) -> PeriodChoice:
    """The smallest bucket whose trend grid has at most ``max_columns`` columns, mostly filled.

    Parameters
    ----------
    dates
        The dates of the statements (missing values ignored).
    max_columns
        Most columns.
    min_filled
        Least share of columns holding at least one date.

    Returns
    -------
    PeriodChoice
        The first of :data:`PERIODS` whose full range fits and is filled enough; else the first
        whose non-empty periods fit, with only those as columns (``gaps_hidden``); else years
        with statements. No dates: days, no columns.

    Examples
    --------
    >>> d = pd.Series(pd.to_datetime(["2024-01-10", "2024-03-02", "2024-05-20", "2024-06-30"]))
    >>> choice = choose_period(d)
    >>> choice.kind, len(choice.columns), choice.gaps_hidden
    ('month', 6, False)
    """
    d = pd.to_datetime(pd.Series(dates), errors="coerce").dropna()
    if d.empty:
        return PeriodChoice("day", pd.DatetimeIndex([], name="day"), False)
    sparse: PeriodChoice | None = None
    for kind in PERIODS:
        filled = pd.DatetimeIndex(sorted(floor_dates(d, kind).unique()), name=kind)
        full = period_range(d.min(), d.max(), kind)
        if len(full) <= max_columns and len(filled) >= min_filled * len(full):
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


#: Axis label when no statement has a date and the paragraph order stands in for time.
PARAGRAPH_AXIS_LABEL = "Paragraph in the article (no dates found)"


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
    """
    when = statement_time(statements)
    if len(statements) and when.isna().all():
        para = (statements["paragraph"] if "paragraph" in statements
                else pd.Series(range(len(statements)), index=statements.index)).astype("int64")
        columns = pd.RangeIndex(int(para.min()), int(para.max()) + 1, name="paragraph")
        return StatementPeriods(para, columns, {
            "bucket": "paragraph", "dated": False, "axis_label": PARAGRAPH_AXIS_LABEL, "note": NO_DATES_NOTE,
            "undated": 0, "gaps_hidden": False, "labels": [str(p + 1) for p in columns]})
    if bucket == "auto":
        choice = choose_period(when, max_columns=max_columns, min_filled=min_filled)
    elif when.notna().any():
        choice = PeriodChoice(bucket, period_range(when.min(), when.max(), bucket), False)
    else:
        choice = PeriodChoice(bucket, pd.DatetimeIndex([], name=bucket), False)
    undated = int(when.isna().sum())
    notes = [f"{undated} statement{'s' if undated != 1 else ''} without a date not shown." if undated else "",
             choice.note]
    return StatementPeriods(floor_dates(when, choice.kind), choice.columns, {
        "bucket": choice.kind, "dated": True, "axis_label": AXIS_LABELS[choice.kind],
        "note": " ".join(n for n in notes if n), "undated": undated, "gaps_hidden": choice.gaps_hidden,
        "labels": period_labels(choice.columns, choice.kind)})
