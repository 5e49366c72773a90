"""Time buckets, per-speaker series, coverage and event strips on small invented statements.

Every person here (Wren Aldous, Pim Okoro, Brisa Tal) is fictional.
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.timeline import (UNNAMED, assign_buckets, choose_bucket, coverage_volume, event_strip, shorten,
                               statements_over_time)

NaT = pd.NaT


def _statements(rows: list[tuple]) -> pd.DataFrame:
    """rows: (article_id, speaker, date, published, paragraph, text)."""
    df = pd.DataFrame(rows, columns=["article_id", "speaker", "date", "published", "paragraph", "text"])
    df["statement_id"] = [f"{a}-{i:03d}" for i, a in enumerate(df["article_id"])]
    df["start"] = [10 * i for i in range(len(df))]
    df["speaker"] = df["speaker"].astype("string")
    df["date"] = pd.to_datetime(df["date"]).astype("datetime64[ns]")
    df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
    return df


@pytest.fixture
def dated() -> pd.DataFrame:
    return _statements([
        ("a1", "Wren Aldous", "2025-03-03", "2025-03-03", 1, "The ferry will run again."),
        ("a1", "Pim Okoro", "2025-03-03", "2025-03-03", 2, "Not before the repairs are done."),
        ("a1", "Wren Aldous", "2025-03-05", "2025-03-05", 3, "Wednesday is the earliest."),
        ("a2", None, NaT, "2025-03-06", 1, "A spokesman declined to comment."),
        ("a2", "Brisa Tal", "2025-03-06", "2025-03-06", 2, "We are ready."),
        ("a2", "Wren Aldous", "2025-03-06", "2025-03-06", 4, "Thank you all."),
    ])


@pytest.fixture
def undated() -> pd.DataFrame:
    return _statements([
        ("u1", "Pim Okoro", NaT, NaT, 0, "The bridge is closed."),
        ("u1", "Pim Okoro", NaT, NaT, 3, "It will open in spring."),
        ("u1", "Brisa Tal", NaT, NaT, 2, "Traffic is terrible."),
    ])


def _daily(start: str, n: int, step: int = 1) -> list[str]:
    return [d.strftime("%Y-%m-%d") for d in pd.date_range(start, periods=n, freq=f"{step}D")]


@pytest.mark.parametrize("dates, expected", [
    (["2025-03-03"], "day"),
    (_daily("2025-03-03", 54), "day"),              # 54 days, every one with a statement: 54 columns
    (_daily("2025-03-03", 55), "week"),             # 55 days are too many columns: 8 weeks
    (_daily("2025-03-03", 20, step=2), "day"),      # 39 days, 20 with statements: just over half filled
    (_daily("2025-03-03", 20, step=3), "week"),     # 58 days: 9 weeks, each with statements
    (["2025-03-03", "2025-04-03"], "month"),        # 31 days apart: 2 of 32 days, 2 of 6 weeks, 2 of 2 months
    (["2025-01-01", "2026-01-02"], "year"),         # 2 of 13 months, 2 of 5 quarters, 2 of 2 years
    (_daily("2025-01-06", 52, step=7), "week"),     # every Monday of a year: 52 weeks
    (_daily("2022-01-01", 36, step=31), "month"),   # once a month for three years: 36 months
    ([None, "2025-03-03", None], "day"),
    ([], "day"),
])
def test_choose_bucket(dates, expected):
    assert choose_bucket(pd.Series(pd.to_datetime(dates), dtype="datetime64[ns]")) == expected


def test_choose_bucket_follows_the_chart_width():
    days = pd.Series(pd.to_datetime(_daily("2025-03-03", 30)))
    assert choose_bucket(days) == "day" and choose_bucket(days, max_columns=24) == "week"


def test_stray_dates_show_only_the_buckets_with_statements():
    dates = ["2012-08-09"] + _daily("2025-03-03", 10)
    df = _statements([("a", "Pim Okoro", d, d, i, "x") for i, d in enumerate(dates)])
    table = statements_over_time(df)
    assert table.attrs["bucket"] == "day" and table.attrs["gaps_hidden"] is True
    assert [d.strftime("%Y-%m-%d") for d in table.index] == dates
    assert table.attrs["note"] == "Only the days with something in them are shown; the axis jumps over the others."


def test_unknown_bucket_is_refused(dated):
    with pytest.raises(ValueError, match="fortnight"):
        statements_over_time(dated, bucket="fortnight")


@pytest.mark.parametrize("bucket, date, expected", [
    ("day", "2025-03-05 14:30", "2025-03-05"),
    ("week", "2025-03-05", "2025-03-03"),   # a Wednesday: its week starts Monday 3 March
    ("week", "2025-03-09", "2025-03-03"),   # Sunday
    ("week", "2025-03-10", "2025-03-10"),   # Monday
    ("month", "2025-03-31", "2025-03-01"),
])
def test_assign_buckets_floors_to_the_bucket_start(bucket, date, expected):
    df = _statements([("a", "Pim Okoro", date, date, 0, "x")])
    out = assign_buckets(df, bucket=bucket)
    assert out["bucket"].iloc[0] == pd.Timestamp(expected)
    assert out.attrs["bucket"] == bucket and out.attrs["dated"] is True


def test_statements_over_time_counts_per_speaker_and_day(dated):
    table = statements_over_time(dated)
    assert table.attrs["bucket"] == "day"
    assert list(table.index) == list(pd.date_range("2025-03-03", "2025-03-06"))  # 4 Mar kept as a zero row
    assert list(table.columns) == ["Wren Aldous", "Brisa Tal", "Pim Okoro", UNNAMED]
    assert table.loc["2025-03-03"].tolist() == [1, 0, 1, 0]
    assert table.loc["2025-03-04"].tolist() == [0, 0, 0, 0]
    assert table.loc["2025-03-05"].tolist() == [1, 0, 0, 0]
    # the anonymous statement has no date of its own: it takes its article's publication date
    assert table.loc["2025-03-06"].tolist() == [1, 1, 0, 1]
    assert table.to_numpy().sum() == len(dated)


def test_statements_over_time_top_groups_the_rest(dated):
    table = statements_over_time(dated, top=1)
    assert list(table.columns) == ["Wren Aldous", UNNAMED, "Other speakers"]
    assert table["Other speakers"].sum() == 2
    assert table.to_numpy().sum() == len(dated)


def test_statements_over_time_week_buckets(dated):
    table = statements_over_time(dated, bucket="week")
    assert list(table.index) == [pd.Timestamp("2025-03-03")]
    assert table.iloc[0].tolist() == [3, 1, 1, 1]


def test_undated_corpus_falls_back_to_paragraph_order(undated):
    table = statements_over_time(undated)
    assert table.attrs["dated"] is False
    assert table.attrs["bucket"] == "paragraph"
    assert "paragraph" in table.attrs["axis_label"].lower()
    assert "order within the article" in table.attrs["note"]
    assert list(table.index) == [0, 1, 2, 3]
    assert table["Pim Okoro"].tolist() == [1, 0, 0, 1]
    assert table["Brisa Tal"].tolist() == [0, 0, 1, 0]


def test_statements_without_any_date_in_a_dated_corpus_are_counted_in_the_note(dated):
    dated.loc[3, "published"] = NaT
    table = statements_over_time(dated)
    assert table.attrs["undated"] == 1
    assert table.attrs["note"] == "1 statement without a date not shown."
    assert table.to_numpy().sum() == len(dated) - 1


def test_statements_over_time_empty():
    table = statements_over_time(_statements([]))
    assert table.empty and table.attrs["bucket"] == "day"


def test_coverage_volume_counts_articles_and_statements(dated):
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"],
                             "published": pd.to_datetime(["2025-03-03", "2025-03-06", "2025-03-06"])})
    cov = coverage_volume(articles, statements=dated)
    assert list(cov.index) == list(pd.date_range("2025-03-03", "2025-03-06"))
    assert cov["articles"].tolist() == [1, 0, 0, 2]
    assert cov["statements"].tolist() == [3, 0, 0, 3]
    assert cov.attrs["dated"] is True and cov.attrs["note"] == ""


def test_coverage_volume_without_dates_has_one_row():
    articles = pd.DataFrame({"article_id": ["u1", "u2"], "published": pd.to_datetime([None, None])})
    cov = coverage_volume(articles)
    assert cov.attrs["dated"] is False
    assert cov.index.tolist() == ["no date"] and cov["articles"].tolist() == [2]
    assert cov.attrs["note"] == "None of the 2 articles has a publication date."


def test_coverage_volume_counts_undated_articles_in_the_note():
    articles = pd.DataFrame({"article_id": ["a", "b"], "published": pd.to_datetime(["2025-03-03", None])})
    cov = coverage_volume(articles)
    assert cov["articles"].tolist() == [1]
    assert cov.attrs["undated"] == 1
    assert cov.attrs["note"] == "1 article without a publication date not shown."


def test_coverage_volume_empty():
    assert coverage_volume(pd.DataFrame({"article_id": [], "published": []})).empty


def test_event_strip_orders_by_date_and_shortens(dated):
    ev = event_strip(dated, width=18)
    assert list(ev.columns) == ["when", "speaker", "text", "statement_id", "article_id"]
    assert ev["speaker"].tolist() == ["Wren Aldous", "Pim Okoro", "Wren Aldous", UNNAMED, "Brisa Tal", "Wren Aldous"]
    assert ev["text"].tolist()[:2] == ["The ferry will…", "Not before the…"]
    assert ev["when"].iloc[0] == pd.Timestamp("2025-03-03")
    assert ev.attrs["dated"] is True


def test_event_strip_undated_uses_paragraphs(undated):
    ev = event_strip(undated)
    assert ev["when"].tolist() == [0, 2, 3]
    assert ev["speaker"].tolist() == ["Pim Okoro", "Brisa Tal", "Pim Okoro"]
    assert ev.attrs["dated"] is False


def test_event_strip_empty():
    ev = event_strip(_statements([]))
    assert ev.empty and "speaker" in ev.columns


@pytest.mark.parametrize("text, width, expected", [
    ("short", 10, "short"),
    ("the union calls off the strike", 16, "the union calls…"),
    ("a  line\nbreak", 20, "a line break"),
    ("abcdefghijklmnop", 8, "abcdefg…"),
    ("one two, three four", 10, "one two…"),
])
def test_shorten(text, width, expected):
    assert shorten(text, width) == expected
    assert len(shorten(text, width)) <= width
