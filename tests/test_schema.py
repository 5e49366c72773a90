"""Table definitions and the fast table builder (analysis/schema.py)."""
import numpy as np
import pandas as pd
import pytest

from analysis import schema
from analysis.schema import STATEMENT_COLUMNS, frame, names


def _rows(n: int) -> dict[str, list]:
    """n statement rows with every kind of value: missing offsets and dates, actor lists."""
    data = {c.name: [] for c in STATEMENT_COLUMNS}
    for k in range(n):
        for c in STATEMENT_COLUMNS:
            if c.dtype == "int64":
                v = 10 * k
            elif c.dtype == "Int64":
                v = None if k % 2 else 7 * k
            elif c.dtype == "float64":
                v = 0.25 * k
            elif c.dtype.startswith("datetime"):
                v = None if k % 2 else pd.Timestamp("2026-03-04").to_datetime64()
            elif c.name == "actors":
                v = ["Port Halden"] * (k % 2)  # lists, some empty, all the same length in pairs
            else:
                v = None if k == 1 else f"{c.name}-{k}"
            data[c.name].append(v)
    return data


@pytest.mark.parametrize("n", [0, 1, 3])
def test_frame_gives_the_schema_dtypes_by_either_road(n, monkeypatch):
    fast = frame(_rows(n), STATEMENT_COLUMNS)
    assert list(fast.columns) == names(STATEMENT_COLUMNS)
    for c in STATEMENT_COLUMNS:
        expected = "object" if c.dtype in ("string", "object") else c.dtype
        assert str(fast[c.name].dtype) == expected, c.name
    # a pandas without pandas.api.internals takes the column-by-column road: the same table
    monkeypatch.setattr(schema, "_from_blocks", None)
    pd.testing.assert_frame_equal(frame(_rows(n), STATEMENT_COLUMNS), fast)


def test_frame_keeps_missing_values_and_lists():
    df = frame(_rows(3), STATEMENT_COLUMNS)
    assert df["speaker_start"].tolist() == [0, pd.NA, 14]
    assert df["date"].isna().tolist() == [False, True, False]
    assert df["speaker"].tolist() == ["speaker-0", None, "speaker-2"]
    assert df["actors"].tolist() == [[], ["Port Halden"], []]
    assert df["start"].dtype == np.int64 and df["start"].tolist() == [0, 10, 20]


@pytest.mark.parametrize("actors", [[["Ada Voss"], ["Port Halden"]], [["A", "B"], ["C", "D"]], [[], []]])
def test_frame_keeps_actor_lists_of_equal_length(actors):
    """Lists of one length must stay lists, not become a second axis of the array."""
    data = _rows(2)
    data["actors"] = actors
    assert frame(data, STATEMENT_COLUMNS)["actors"].tolist() == actors
