"""quote_text: a statement read without the attribution that interrupts its quote."""
import pandas as pd
from hypothesis import given, strategies as st

from analysis import extract_statements
from analysis.enrich.quote_text import quote_text
from analysis.sentiment import tone
from analysis.summaries.words import texts_of

ARTICLE = ("Ferry plan for Arnsby\n"
           "“We will finish,” Mayor Ilsa Brand said, “and we will finish on time.”\n"
           "“It is a terrible delay,” Brand said on Monday. “But the new ferry is ready.”\n"
           "\"The dock is old,\" harbour master Orm Tallis said, \"but it holds.\"\n"
           "Tallis said the ferry was “a fine ship” and “ready to sail.”\n")


def test_interrupted_quotes_are_read_without_the_attribution():
    df = extract_statements(ARTICLE, published="2031-05-02")
    text = df["text"].tolist()
    assert text == [
        "We will finish,",
        "and we will finish on time.",
        "It is a terrible delay,” Brand said on Monday. “But the new ferry is ready.",
        'The dock is old," harbour master Orm Tallis said, "but it holds.',
        "the ferry was “a fine ship” and “ready to sail.”",
    ]
    assert df["quote_text"].tolist() == [
        "We will finish,",
        "and we will finish on time.",
        "It is a terrible delay. But the new ferry is ready.",
        "The dock is old, but it holds.",
        "the ferry was “a fine ship” and “ready to sail.”",  # mixed: the reporter's words are the statement
    ]
    # offsets keep their meaning: text is still the article's span
    assert all(ARTICLE[s:e] == t for s, e, t in zip(df["start"], df["end"], text))
    # tone reads the speaker's words only
    spoken = tone("It is a terrible delay. But the new ferry is ready.")
    assert (df.loc[2, "polarity"], df.loc[2, "subjectivity"]) == spoken


def test_quote_text_joins_the_parts_around_the_attribution():
    span = "We will finish,” Mayor Ilsa Brand said, “and we will finish on time."
    assert quote_text(span, 100, "direct", [100 + span.index("said"), None]) == \
        "We will finish, and we will finish on time."


def test_quote_text_ends_the_first_sentence_where_the_attribution_does():
    span = "The pier is shut,” Tallis said on Friday. “Nobody may fish there."
    assert quote_text(span, 0, "direct", [span.index("Tallis")]) == "The pier is shut. Nobody may fish there."
    span = "Stop!” Tallis shouted. “Stop now."
    assert quote_text(span, 0, "direct", [span.index("shouted")]) == "Stop! Stop now."


def test_quote_text_keeps_quoted_words_that_are_not_an_attribution():
    span = "They called it “slow” and “late” for years"
    assert quote_text(span, 0, "direct", [None, None]) == span
    assert quote_text(span, 0, "direct", [60]) == span  # the cue is outside the span
    assert quote_text(span, 0, "mixed", [span.index("and")]) == span


@given(st.text(alphabet="abc ,.", max_size=30))
def test_quote_text_is_the_text_when_no_quote_is_interrupted(words):
    assert quote_text(words, 5, "direct", [7, 9]) == words


def test_keywords_read_quote_text_not_the_attribution():
    df = pd.DataFrame({"text": ["ferry is late,” Tallis explained, “but ferry sails"],
                       "quote_text": ["ferry is late, but ferry sails"]})
    assert texts_of(df) == ["ferry is late, but ferry sails"]
    assert texts_of(df[["text"]]) == ["ferry is late,” Tallis explained, “but ferry sails"]
