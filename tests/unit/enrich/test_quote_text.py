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
        "We will finish,” Mayor Ilsa Brand said, “and we will finish on time.",  # ("Brand" is no cue)
        "It is a terrible delay,” Brand said on Monday. “But the new ferry is ready.",
        'The dock is old," harbour master Orm Tallis said, "but it holds.',
        "the ferry was “a fine ship” and “ready to sail.”",
    ]
    assert df["quote_text"].tolist() == [
        "We will finish, and we will finish on time.",
        "It is a terrible delay. But the new ferry is ready.",
        "The dock is old, but it holds.",
        "the ferry was “a fine ship” and “ready to sail.”",  # mixed: the reporter's words are the statement
    ]
    # offsets keep their meaning: text is still the article's span
    assert all(ARTICLE[s:e] == t for s, e, t in zip(df["start"], df["end"], text))
    # tone reads the speaker's words only
    spoken = tone("It is a terrible delay. But the new ferry is ready.")
    assert (df.loc[1, "polarity"], df.loc[1, "subjectivity"]) == spoken


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


def test_quote_view_blanks_the_attribution_at_the_same_offsets():
    from analysis.enrich.quote_text import quote_view

    text = "It is a terrible delay,” Brand said on Monday. “But the new ferry is ready."
    view = quote_view(text, 100, "direct", (131, 125))
    assert view == "It is a terrible delay." + " " * 25 + "But the new ferry is ready."
    assert len(view) == len(text)
    assert quote_view(text, 100, "reported", (131, 125)) == text  # only a direct quote has such a gap
    assert quote_view(text, 100, "direct", (None, None)) == text


def test_mentions_read_the_speakers_words_not_the_interrupting_attribution():
    from analysis import mentions
    from analysis.sentiment import target_sentiment

    article = ("Dock work in Arnsby\n"
               "“Orm Tallis built the dock,” Mayor Ilsa Brand said after a disgraceful, shameful, terrible row. "
               "“He did it alone.”\n")
    st = extract_statements(article, published="2031-05-02").assign(article_id="a1", statement_id="a1-000")
    assert st["quote_text"].tolist() == ["Orm Tallis built the dock. He did it alone."]
    m = mentions(st, pd.DataFrame({"article_id": ["a1"], "text": [article]}))
    assert m[["actor", "start", "end"]].values.tolist() == [["Orm Tallis", 21, 31], ["Ilsa Brand", 55, 65]]
    span = article[st["start"].iloc[0]:st["end"].iloc[0]]
    assert target_sentiment(span, 0, 10) < 0  # the reporter's "disgraceful row" read as about Tallis
    assert m["sentiment"].tolist() == [0.0, target_sentiment(span, 34, 44)]  # the speaker: as written
