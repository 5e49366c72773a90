"""Tables formatted for reading: numbers rounded, missing values blank, text left-aligned.

:func:`readable` turns any table into what an interactive table (itables) or a pandas HTML table
should show; :func:`text_columns` says which columns hold text, to align them on the left.
"""
from __future__ import annotations

import pandas as pd

#: Decimals shown for a float: polarity and sentiment are read to two places (0.07, -0.50);
#: more suggests a precision TextBlob's lexicon does not have.
DECIMALS = 2


def _is_text(s: pd.Series) -> bool:
    return s.dtype == object or isinstance(s.dtype, pd.StringDtype)


def text_columns(df: pd.DataFrame) -> list[int]:
    """Positions of the text columns of ``df`` (object or string dtype), for left alignment."""
    return [i for i, c in enumerate(df.columns) if _is_text(df[c])]


def _dates(s: pd.Series) -> pd.Series:
    """Dates as ``2025-03-04`` (with the time only where one is not midnight), missing ones blank."""
    d = pd.to_datetime(s, errors="coerce")
    if getattr(d.dt, "tz", None) is not None:
        d = d.dt.tz_localize(None)
    timed = d.notna() & (d != d.dt.normalize())
    out = d.dt.strftime("%Y-%m-%d %H:%M").where(timed, d.dt.strftime("%Y-%m-%d"))
    return out.astype("string").fillna("")


def _floats(s: pd.Series, decimals: int) -> pd.Series:
    """Rounded; a column with gaps becomes text, so a gap shows blank rather than ``NaN``."""
    r = s.round(decimals)
    if not r.isna().any():
        return r
    return r.map(lambda v: "" if pd.isna(v) else f"{v:.{decimals}f}").astype("string")


def readable(df: pd.DataFrame, *, decimals: int = DECIMALS) -> pd.DataFrame:
    """A copy of ``df`` as a reader should see it.

    Floats rounded to ``decimals``; dates as ``YYYY-MM-DD`` (ISO, so sorting still sorts them);
    missing values blank instead of ``NaN``, ``NaT`` or ``<NA>``; lists (``actors``) joined with
    ``"; "``; booleans kept.

    Parameters
    ----------
    df
        Any table.
    decimals
        Places shown for floats.

    Examples
    --------
    >>> readable(pd.DataFrame({"p": [0.123456, None], "d": pd.to_datetime(["2025-03-04", None])})).to_dict("list")
    {'p': ['0.12', ''], 'd': ['2025-03-04', '']}
    """
    out = df.copy()
    for c in out.columns:
        s = out[c]
        if pd.api.types.is_datetime64_any_dtype(s):
            out[c] = _dates(s)
        elif pd.api.types.is_float_dtype(s):
            out[c] = _floats(s, decimals)
        elif _is_text(s):
            out[c] = s.map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) or hasattr(v, "tolist")
                           else v).astype("string").fillna("")
    return out


#: Share of the table's width the statement's words get: the column an analyst reads.
TEXT_WIDTH = "38%"
#: Columns of running text, given :data:`TEXT_WIDTH`.
LONG_TEXT = ("text", "title")


def column_styles(original: pd.DataFrame, shown: pd.DataFrame, *, shift: int = 0) -> list[dict]:
    """DataTables ``columnDefs`` for ``shown`` (:func:`readable` of ``original``): text on the
    left, dates on one line, running text (``text``, ``title``) wide.

    ``shift`` is the number of index columns drawn before the data columns.
    """
    dates = [i + shift for i, c in enumerate(original.columns)
             if pd.api.types.is_datetime64_any_dtype(original[c])]
    long = [i + shift for i, c in enumerate(shown.columns) if c in LONG_TEXT]
    defs = [{"className": "dt-left", "targets": [i + shift for i in text_columns(shown) if i + shift not in dates]}]
    if dates:
        defs.append({"className": "dt-left dt-nowrap", "targets": dates})
    if long:
        defs.append({"width": TEXT_WIDTH, "targets": long})
    return defs
