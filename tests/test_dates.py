"""Date phrases: what dates a statement, and the shortcut that skips text with none."""
import pytest

from analysis.dates import DATE_WORDS, RELATIVE_DAYS, SAME_DAY, WEEKDAYS, date_phrase


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
