"""Time buckets a chart can read: coarser ones until most columns hold something.

The summaries (:mod:`analysis.timeline`, :mod:`analysis.keywords`) count per day, week or month
over the whole period, with every empty bucket in between. A corpus with a few stray dates (a
1973 quotation in a 2020 article) would then be drawn as a hundred empty months around a few
full ones. :func:`fit_buckets` merges the counts into weeks, months, quarters or years until at
most :data:`MAX_EMPTY_SHARE` of the columns are empty and there are at most :data:`MAX_COLUMNS`;
when even years stay mostly empty, the empty years are left out and the chart says so.
"""
from __future__ import annotations

import pandas as pd

from ..wording import plural

#: Bucket sizes from fine to coarse, with the pandas period each stands for.
LADDER = (("day", "D"), ("week", "W"), ("month", "M"), ("quarter", "Q"), ("year", "Y"))
#: Columns a trend chart can show legibly on a page (about 1,100 px: 20 px a bar at least).
MAX_COLUMNS = 54
#: Share of empty columns above which a trend chart reads as mostly blank: coarser buckets then.
MAX_EMPTY_SHARE = 0.5


def _merge(table: pd.DataFrame, period: str) -> pd.DataFrame:
    """Counts summed into ``period`` buckets, every bucket from the first to the last kept."""
    starts = table.index.to_period(period).start_time
    merged = table.groupby(starts).sum()
    full = pd.period_range(merged.index.min(), merged.index.max(), freq=period).start_time
    return merged.reindex(full, fill_value=0)


def _readable(table: pd.DataFrame, max_columns: int, max_empty: float) -> bool:
    empty = float((table.sum(axis=1) == 0).mean()) if len(table) else 0.0
    return len(table) <= max_columns and empty <= max_empty


def fit_buckets(table: pd.DataFrame, *, max_columns: int = MAX_COLUMNS,
                max_empty: float = MAX_EMPTY_SHARE) -> pd.DataFrame:
    """``table`` (counts, one row per time bucket) in buckets a chart can read.

    Parameters
    ----------
    table
        Counts with a ``DatetimeIndex`` of bucket starts and ``attrs["bucket"]`` (``"day"``,
        ``"week"`` or ``"month"``), as :func:`analysis.timeline.statements_over_time`,
        :func:`~analysis.timeline.coverage_volume` and :func:`analysis.keywords.keyword_trends`
        return. Any other table is returned as it is.
    max_columns, max_empty
        The most buckets, and the largest share of empty ones, a chart may have.

    Returns
    -------
    pandas.DataFrame
        The counts merged into the finest bucket that fits, ``attrs["bucket"]`` updated and
        ``attrs["note"]`` extended when buckets were merged or empty years left out;
        ``attrs["gaps"]`` is True when the rows are no longer evenly spaced.

    Examples
    --------
    >>> t = pd.DataFrame({"n": [1, 0, 0, 0, 0, 0, 0, 0, 0, 2]},
    ...                  index=pd.date_range("2025-01-01", periods=10, freq="MS"))
    >>> t.attrs = {"bucket": "month"}
    >>> fit_buckets(t)["n"].tolist(), fit_buckets(t).attrs["bucket"]
    ([1, 0, 0, 2], 'quarter')
    """
    attrs = dict(table.attrs or {})
    names = [n for n, _ in LADDER]
    if not isinstance(table.index, pd.DatetimeIndex) or attrs.get("bucket") not in names or table.empty:
        return table
    if _readable(table, max_columns, max_empty):
        return table
    out, kind = table, attrs["bucket"]
    for name, period in LADDER[names.index(kind) + 1:]:
        out, kind = _merge(table, period), name
        if _readable(out, max_columns, max_empty):
            break
    notes = [attrs.get("note", ""), f"Counted per {kind} so that most columns hold something."]
    gaps = False
    if not _readable(out, max_columns, max_empty):  # stray dates far apart: leave the empty years out
        empty = out.sum(axis=1) == 0
        notes.append(f"{plural(int(empty.sum()), kind)} with nothing in them left out (the axis jumps there).")
        out, gaps = out[~empty], True
    out = out.copy()
    label = attrs.get("axis_label", "")
    label = f"Publication {kind}" if label.startswith("Publication") else kind.capitalize()
    out.attrs = {**attrs, "bucket": kind, "axis_label": label, "note": " ".join(n for n in notes if n), "gaps": gaps}
    return out
