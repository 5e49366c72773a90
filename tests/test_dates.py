"""Date phrases: what dates a statement, and the shortcut that skips text with none."""
import pickle

import pandas as pd
import pytest

from analysis.dates import (AFTER, BEFORE, DATE_WORDS, RELATIVE_DAYS, SAME_DAY, UNSAID, WEEKDAYS, date_phrase,
                            direction, resolve_date)


@pytest.mark.parametrize("phrase", WEEKDAYS + SAME_DAY + RELATIVE_DAYS)
def test_every_phrase_without_a_number_holds_a_date_word(phrase):
    # date_phrase skips any stretch with no date word and no digit: each phrase must hold one
    assert any(w in phrase for w in DATE_WORDS)


@pytest.mark.parametrize("text, expected", [
    ("Mayor Ilsa Brandt said on Wednesday that the quay would reopen.", "on Wednesday"),
    ("The council met the same day and voted.", "the same day"),
    ("Brandt told the Halden Courier last night that work starts soon.", "last night"),
    ("The ferry resumes on March 3, 2025, the harbour board said.", "March 3, 2025"),
    ("The ferry resumes on 3 March, the harbour board said.", "3 March"),
    ("The harbour board said the ferry would resume in spring.", None),
    ("The harbour board said 40 cranes would arrive.", None),  # a number, but no date
])
def test_date_phrase(text, expected):
    assert date_phrase(text, 0, len(text)) == expected


def test_a_date_in_the_statement_s_own_words_does_not_date_it():
    text = "On Monday, Brandt said the quay reopens on Friday."
    s = text.index("the quay")
    assert date_phrase(text, 0, len(text), exclude=(s, len(text))) == "On Monday"
    assert date_phrase(text, s, len(text), exclude=(s, len(text))) is None  # only "on Friday" is left


# --- dates without a year: the grammar says on which side of publication they fall ----------

LATE_DEC = pd.Timestamp("2025-12-20")   # a Saturday near the end of a year
EARLY_JAN = pd.Timestamp("2026-01-05")  # a Monday just after the turn of the year


@pytest.mark.parametrize("text, published, expected", [
    # pointing forward across the year's end: the next January, not the last one
    ("The toll stays in place until 30 January, the harbour master of Lunmoor said.", LATE_DEC, "2026-01-30"),
    ("Tickets for the upcoming Jan. 9 regatta sold out, Ada Quill said.", LATE_DEC, "2026-01-09"),
    ("The guild will hold its vote on Jan. 12, Ada Quill said.", LATE_DEC, "2026-01-12"),
    ("The Lunmoor guild said it will meet on Tuesday.", LATE_DEC, "2025-12-23"),
    # pointing back across the year's start: the last December, not the next one
    ("The guild vote was held on Dec. 29, Ada Quill said.", EARLY_JAN, "2025-12-29"),
    ("Fares have doubled since 14 December, the ferry union said.", EARLY_JAN, "2025-12-14"),
    ("Ada Quill, speaking on Dec. 30, said the pier was safe.", EARLY_JAN, "2025-12-30"),  # nothing said: the past
    ("The guild said on Tuesday the pier was safe.", EARLY_JAN, "2025-12-30"),
    # a year written out is never moved
    ("The guild will meet on Jan. 12, 2025, Ada Quill said.", LATE_DEC, "2025-01-12"),
])
def test_a_date_without_a_year_falls_where_its_grammar_points(text, published, expected):
    phrase = date_phrase(text, 0, len(text))
    assert resolve_date(phrase, published)[0] == pd.Timestamp(expected)


def test_the_statement_s_own_tense_does_not_move_the_date_of_saying():
    text = "The ferry will run again, Ada Quill said on Dec. 30."
    s, e = 0, text.index(", Ada")
    phrase = date_phrase(text, 0, len(text), exclude=(s, e))
    assert (phrase, phrase.direction) == ("Dec. 30", UNSAID)
    assert resolve_date(phrase, EARLY_JAN)[0] == pd.Timestamp("2025-12-30")


@pytest.mark.parametrize("text, expected", [
    ("until 30 April", AFTER), ("the next March 3 session", AFTER), ("since March 3", BEFORE),
    ("it was closed on March 3", BEFORE), ("it will close on March 3", AFTER), ("it closed on March 3", UNSAID),
    ("“We will fight.” The pier closed on March 3", UNSAID),  # the quote's tense stays in the quote
])
def test_direction(text, expected):
    m = text.rindex("3") + 1
    a = text.index("30 April") if "April" in text else text.index("March 3")
    assert direction(text, a, max(m, a + 8)) == expected


def test_an_explicit_way_wins_over_the_phrase_s_own():
    assert resolve_date("Jan. 9", LATE_DEC, way=AFTER)[0] == pd.Timestamp("2026-01-09")
    assert resolve_date("Jan. 9", LATE_DEC, way=BEFORE)[0] == pd.Timestamp("2025-01-09")


def test_a_phrase_keeps_its_way_through_pickling():
    phrase = date_phrase("It runs until 30 April.", 0, 23)
    back = pickle.loads(pickle.dumps(phrase))
    assert (back, back.direction) == ("30 April", AFTER)
