"""Background frequencies, singulars, keyness and trend periods (analysis.summaries), on invented words."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import strategies as st

from analysis.summaries.background import FLOOR_FREQUENCY, frequency
from analysis.summaries.keyness import keyness
from analysis.summaries.lemmas import singular, singular_in
from analysis.summaries.periods import (axis_label, bucket_choice, choose_period, fits, floor_dates, period_labels,
                                         period_range)
from conftest import fast_and_thorough


@pytest.mark.parametrize("word, expected", [
    ("agreements", "agreement"), ("policies", "policy"), ("taxes", "tax"), ("churches", "church"),
    ("wolves", "wolf"), ("heroes", "hero"), ("houses", "house"), ("movies", "movie"), ("says", "say"),
    ("children", "child"), ("crises", "crisis"),                      # data/plurals.csv
    ("news", "news"), ("series", "series"), ("status", "status"), ("chaos", "chaos"), ("class", "class"),
    ("politics", "politics"), ("famous", "famous"), ("gas", "gas"), ("harbour", "harbour"),
    ("gloomstacks", "gloomstacks"),                                   # no common singular to check
])
def test_singular(word, expected):
    assert singular(word) == expected


def test_singular_in_takes_a_singular_the_corpus_writes():
    assert singular_in("gloomstacks", {"gloomstack"}) == "gloomstack"
    assert singular_in("gloomstacks", {"gloom"}) == "gloomstacks"
    assert singular_in("agreements", set()) == "agreement"


def _singular_changes_at_most_three_letters(word):
    one = singular(word)
    assert one == word or (len(word) - len(one) <= 3) or word in ("children", "people")


test_singular_is_a_prefix_change_of_at_most_three_letters, test_singular_changes_at_most_three_letters_thoroughly = (
    fast_and_thorough(_singular_changes_at_most_three_letters, 25, 100,
                      st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
                      deadline=None))  # the first call loads the word lists: no per-example deadline


def test_frequency_of_hyphenated_and_unseen_words():
    assert frequency("zqxvbn") == FLOOR_FREQUENCY
    pay, rise = frequency("pay"), frequency("rise")
    assert frequency("pay-rise") == pytest.approx(1 / (1 / pay + 1 / rise))
    assert frequency("the") > frequency("harbour") > FLOOR_FREQUENCY


def test_keyness_exact():
    k = keyness({"harbour": 3, "thing": 1, "the": 1}, 100,
                background={"harbour": 2e-5, "thing": 2e-3, "the": 5e-2})
    assert k.round(2).to_dict("index") == {
        "harbour": {"keyness": 37.88, "ratio": 1500.0},
        "thing": {"keyness": 1.62, "ratio": 5.0},
        "the": {"keyness": -4.78, "ratio": 0.2},      # used less than English does: negative
    }
    assert keyness({}, 0).empty


def _days(*days: str) -> pd.Series:
    return pd.Series(pd.to_datetime(list(days)))


@pytest.mark.parametrize("dates, kind, columns, hidden", [
    (["2025-03-03", "2025-03-05"], "day", 3, False),
    (["2025-03-03", "2025-03-10", "2025-03-20", "2025-04-20"], "week", 7, False),       # 49 days: too many days
    (["2024-01-10", "2024-03-02", "2024-05-20", "2024-06-30"], "month", 6, False),
    (["2022-01-10", "2022-05-02", "2022-08-20", "2023-02-01", "2023-06-01", "2023-10-01", "2024-03-01"],
     "quarter", 9, False),                                                              # 27 months
    (["2022-01-10", "2022-08-02", "2023-05-20", "2024-11-30"], "year", 3, False),       # 4 of 12 quarters filled
    (["2014-02-01", "2016-02-01", "2017-06-01", "2019-01-01", "2021-06-01"], "year", 8, False),
    # a stray date years before the rest: no range is filled enough; the days with statements
    (["2012-08-09", "2023-10-01", "2023-10-20", "2023-11-05", "2023-11-09"], "day", 5, True),
    (["2012-08-09"] + [f"2023-{m:02d}-{d:02d}" for m in (9, 10, 11) for d in range(1, 29, 3)], "week", 15, True),
])
def test_choose_period(dates, kind, columns, hidden):
    choice = choose_period(_days(*dates))
    assert (choice.kind, len(choice.columns), choice.gaps_hidden) == (kind, columns, hidden)
    filled = floor_dates(_days(*dates), kind).nunique()
    assert len(choice.columns) <= 24 and filled >= 0.5 * len(choice.columns)


def test_choose_period_without_dates():
    choice = choose_period(pd.Series([pd.NaT]))
    assert choice.kind == "day" and choice.columns.empty and choice.note == ""


def test_hidden_gaps_are_said():
    choice = choose_period(_days("2012-08-09", "2023-10-01", "2023-11-09"))
    assert choice.note == "Only the days with something in them are shown; the axis jumps over the others."


def test_floor_dates_and_ranges():
    d = _days("2025-05-17", "2025-05-19")
    assert floor_dates(d, "week").dt.strftime("%Y-%m-%d").tolist() == ["2025-05-12", "2025-05-19"]
    assert floor_dates(d, "year").dt.strftime("%Y-%m-%d").tolist() == ["2025-01-01", "2025-01-01"]
    assert list(period_range(d.iloc[0], pd.Timestamp("2025-11-02"), "quarter").strftime("%m")) == ["04", "07", "10"]
    with pytest.raises(ValueError):
        floor_dates(d, "fortnight")


@pytest.mark.parametrize("kind, expected", [
    ("day", ["3 Mar", "4 Mar"]), ("month", ["Mar 2025", "Apr 2025"]), ("quarter", ["Q1 2025", "Q2 2025"]),
    ("year", ["2025", "2025"]),
])
def test_period_labels(kind, expected):
    assert period_labels(pd.DatetimeIndex(["2025-03-03", "2025-04-04"]), kind)[:1] == expected[:1]
    if kind in ("month", "quarter"):
        assert period_labels(pd.DatetimeIndex(["2025-03-01", "2025-04-01"]), kind) == expected


@pytest.mark.parametrize("columns, filled, expected", [
    (24, 12, True), (24, 11, False), (25, 25, False), (1, 1, True), (0, 0, True),
])
def test_fits(columns, filled, expected):
    assert fits(columns, filled, max_columns=24) is expected


def test_choose_period_from_a_finest_bucket():
    d = _days("2025-03-03", "2025-03-04", "2025-03-05")
    assert choose_period(d).kind == "day"
    choice = choose_period(d, finest="month")
    assert (choice.kind, list(choice.columns.strftime("%Y-%m-%d")), choice.gaps_hidden) == ("month", ["2025-03-01"], False)
    with pytest.raises(ValueError):
        choose_period(d, finest="fortnight")


def test_bucket_choice_keeps_a_chosen_bucket_size():
    d = _days("2025-03-03", "2025-03-20")
    assert (bucket_choice(d).kind, len(bucket_choice(d).columns)) == ("week", 3)
    assert (bucket_choice(d, bucket="day").kind, len(bucket_choice(d, bucket="day").columns)) == ("day", 18)
    assert bucket_choice(pd.Series([pd.NaT]), bucket="month").columns.empty
    with pytest.raises(ValueError):
        bucket_choice(d, bucket="fortnight")


@pytest.mark.parametrize("kind, published, expected", [
    ("day", False, "Day"), ("week", True, "Publication week (starting Monday)"), ("quarter", True, "Publication quarter"),
    ("paragraph", False, "Paragraph in the article (no dates found)"),
])
def test_axis_label(kind, published, expected):
    assert axis_label(kind, published=published) == expected
