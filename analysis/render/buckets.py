"""Time buckets a chart can read: coarser ones until most columns hold something.

The series over time (:mod:`analysis.timeline`, :mod:`analysis.keywords`) choose their buckets by
:func:`analysis.summaries.periods.choose_period`; a table made with a bucket size of the
analyst's choosing ("day" over ten years) may still be a hundred columns of mostly nothing.
:func:`fit_buckets` merges its counts into the buckets the same rule chooses for a chart, at
most :data:`~analysis.summaries.periods.CHART_MAX_COLUMNS` columns, mostly filled, and never
finer than the table's own; when no bucket size fills its span, only the buckets holding
something are kept and the chart says so.
"""
from __future__ import annotations

import pandas as pd

from ..summaries.periods import CHART_MAX_COLUMNS, MIN_FILLED, PERIODS, axis_label, choose_period, fits, floor_dates


def fit_buckets(table: pd.DataFrame, *, max_columns: int = CHART_MAX_COLUMNS,
                min_filled: float = MIN_FILLED) -> pd.DataFrame:
    """``table`` (counts, one row per time bucket) in buckets a chart can read.

    Parameters
    ----------
    table
        Counts with a ``DatetimeIndex`` of bucket starts and ``attrs["bucket"]`` (one of
        :data:`~analysis.summaries.periods.PERIODS`), as
        :func:`analysis.timeline.statements_over_time`, :func:`~analysis.timeline.coverage_volume`
        and :func:`analysis.keywords.keyword_trends` return. Any other table is returned as it is.
    max_columns, min_filled
        The most buckets, and the least share of them holding something, a chart may have.

    Returns
    -------
    pandas.DataFrame
        ``table`` itself when it fits (:func:`~analysis.summaries.periods.fits`); else the
        counts merged into the buckets :func:`~analysis.summaries.periods.choose_period` takes
        for its non-empty rows, ``attrs["bucket"]``, ``axis_label`` and ``note`` updated and
        ``attrs["gaps_hidden"]`` True when only the buckets holding something are rows.

    Examples
    --------
    >>> t = pd.DataFrame({"n": [1, 0, 0, 0, 0, 0, 0, 0, 0, 2]},
    ...                  index=pd.date_range("2025-01-01", periods=10, freq="MS"))
    >>> t.attrs = {"bucket": "month"}
    >>> fit_buckets(t)["n"].tolist(), fit_buckets(t).attrs["bucket"]
    ([1, 0, 0, 2], 'quarter')
    """
    attrs = dict(table.attrs or {})
    kind = attrs.get("bucket")
    if not isinstance(table.index, pd.DatetimeIndex) or kind not in PERIODS or table.empty:
        return table
    held = table.sum(axis=1) != 0
    if fits(len(table), int(held.sum()), max_columns=max_columns, min_filled=min_filled):
        return table
    choice = choose_period(pd.Series(table.index[held]), max_columns=max_columns, min_filled=min_filled, finest=kind)
    out = table.groupby(floor_dates(pd.Series(table.index), choice.kind).to_numpy()).sum()
    out = out.reindex(choice.columns, fill_value=0)
    out.index.name = choice.kind
    notes = [attrs.get("note", ""),
             f"Counted per {choice.kind} so that most columns hold something." if choice.kind != kind else "",
             choice.note]
    published = str(attrs.get("axis_label", "")).startswith("Publication")
    out.attrs = {**attrs, "bucket": choice.kind, "axis_label": axis_label(choice.kind, published=published),
                 "note": " ".join(n for n in notes if n), "gaps_hidden": choice.gaps_hidden}
    return out
