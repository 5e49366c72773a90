"""Keywords, key phrases, per speaker, over time, in context and per actor, on invented statements.

Every person and place here (Wren Aldous, Pim Okoro, Brisa Tal, Lake Orrin, the Velmar) is fictional.
Keyness values come from wordfreq's English list (pinned to its major version in pyproject.toml).
"""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.keywords import (FUNCTION_WORDS, actor_keywords, key_phrases, keyword_trends, keywords, keywords_by,
                               kwic, noun_phrases, stopwords, words)
from analysis.timeline import UNNAMED


@pytest.fixture
def statements() -> pd.DataFrame:
    return pd.DataFrame({
        "statement_id": ["s0", "s1", "s2", "s3"],
        "speaker": pd.array(["Wren Aldous", "Wren Aldous", "Pim Okoro", None], dtype="string"),
        "text": [
            "The harbour board approved the new container terminal on Monday.",
            "Harbour fees will rise, and the container terminal will open late.",
            "Fishermen fear the harbour fees.",
            "The ferry to Lake Orrin is cancelled.",
        ],
        "date": pd.to_datetime(["2025-03-03", "2025-03-05", "2025-03-05", None]).astype("datetime64[ns]"),
        "published": pd.to_datetime(["2025-03-03", "2025-03-05", "2025-03-05", "2025-03-05"]).astype("datetime64[ns]"),
        "paragraph": [1, 2, 1, 3],
        "actors": [["Lake Orrin"], [], ["Lake Orrin", "Pim Okoro"], ["Lake Orrin"]],
    })


@pytest.mark.parametrize("text, expected", [
    ("The union's strike will not end, Kallan said.", ["union", "strike", "end", "kallan", "said"]),
    ("Dockers’ pay-rise talks", ["dockers", "pay-rise", "talks"]),
    ("We, they and it: all function words.", ["function", "words"]),
    ("In 2025 the 3,100 members voted", ["members", "voted"]),
    ("Harbour HARBOUR harbour", ["harbour", "harbour", "harbour"]),
    ("", []),
])
def test_words(text, expected):
    assert words(text) == expected


def test_stopwords_are_closed_class_words_and_the_analysts_own():
    sw = stopwords(extra=["Harbour"])
    assert {"the", "which", "themselves", "however", "might", "three"} <= sw      # built in
    assert not {"said", "get", "going", "people"} & sw   # everyday filler is left to the keyness score
    assert "harbour" in sw and "harbour" not in FUNCTION_WORDS


def test_keywords_counts(statements):
    kw = keywords(statements, top=4)
    assert list(kw.columns) == ["keyword", "count", "statements", "keyness", "ratio"]
    assert kw[["keyword", "count", "statements", "keyness"]].to_dict("list") == {
        "keyword": ["harbour", "container", "terminal", "fee"],   # "fees" counted under its singular
        "count": [3, 2, 2, 2],
        "statements": [3, 2, 2, 2],
        "keyness": [49.0, 30.6, 28.0, 23.3],
    }


def test_keywords_by_count():
    kw = keywords(["Dams, a dam and the Velmar dam.", "The Velmar runs dry."], order="count")
    assert kw[["keyword", "count", "statements"]].to_dict("list") == {
        "keyword": ["dam", "Velmar", "dry"], "count": [3, 2, 1], "statements": [1, 2, 1]}
    with pytest.raises(ValueError):
        keywords(["a dam"], order="size")


FILLER_TEXTS = (["We need to get the Velmar dam going, and the dams must hold.", "Dams on the Velmar are old."]
                + ["It is as it was, and so it will be for all of us."] * 30)


def test_keywords_leave_out_filler_by_score_not_by_list():
    assert keywords(FILLER_TEXTS)["keyword"].tolist() == ["Velmar", "dam"]
    every = keywords(FILLER_TEXTS, top=None, min_keyness=None, min_ratio=None)
    assert every["keyword"].tolist() == ["Velmar", "dam", "hold", "old", "going", "need", "get"]
    assert every["keyness"].tolist() == [47.7, 29.6, 3.5, 1.3, 0.7, 0.6, 0.0]


def test_keywords_merge_singular_and_plural_and_show_names_as_written():
    kw = keywords(["Agreements were signed at Port Velmar.", "The agreement and two more agreements hold.",
                   "Port Velmar taxes ferries."], top=None, min_keyness=None, min_ratio=None)
    counts = dict(zip(kw["keyword"], kw["count"]))
    assert counts["agreement"] == 3      # "Agreements" opening a sentence counts too
    assert counts["Velmar"] == 2 and counts["tax"] == 1 and counts["ferry"] == 1
    assert "Port" in counts              # written with a capital inside a sentence: a name


@pytest.mark.parametrize("source", ["frame", "list", "series"])
def test_keywords_accepts_texts_in_any_form(statements, source):
    data = {"frame": statements, "list": list(statements["text"]), "series": statements["text"]}[source]
    assert keywords(data, top=1)["keyword"].tolist() == ["harbour"]


def test_keywords_min_count_and_extra_stopwords(statements):
    kw = keywords(statements, top=None, min_count=2, extra_stopwords=["harbour"])
    assert kw["keyword"].tolist() == ["container", "terminal", "fee"]


def test_keywords_empty():
    assert keywords([], top=5).empty
    assert keywords(pd.DataFrame({"text": []})).columns.tolist() == ["keyword", "count", "statements", "keyness",
                                                                     "ratio"]


@pytest.mark.parametrize("text, expected", [
    ("The harbour board approved the new container terminal on Monday.", ["harbour board", "container terminal"]),
    ("Harbour fees will rise, and the container terminal will open late.", ["Harbour fees", "container terminal"]),
    ("Eastmarch warned that the port strike would breach the two countries’ 2019 trade agreement.",
     ["port strike", "trade agreement"]),
    ("He said it.", []),
])
def test_noun_phrases(text, expected):
    assert noun_phrases(text) == expected


def test_key_phrases_count_case_insensitively_and_show_the_common_form(statements):
    kp = key_phrases(statements, top=2)
    assert kp.to_dict("list") == {"phrase": ["container terminal", "harbour fees"], "count": [2, 2],
                                  "statements": [2, 2]}


def test_keywords_by_speaker(statements):
    kb = keywords_by(statements, top=2)
    assert list(kb.columns) == ["speaker", "rank", "keyword", "count", "statements"]
    assert kb["speaker"].tolist() == ["Wren Aldous", "Wren Aldous", "Pim Okoro", "Pim Okoro", UNNAMED, UNNAMED]
    assert kb["rank"].tolist() == [1, 2, 1, 2, 1, 2]
    assert kb["keyword"].tolist() == ["harbour", "container", "fishermen", "harbour", "Orrin", "ferry"]
    assert kb["count"].tolist()[:2] == [2, 2]


def test_keywords_by_empty():
    assert keywords_by(pd.DataFrame({"speaker": [], "text": []})).empty


def test_keyword_trends_counts_statements_per_bucket(statements):
    tr = keyword_trends(statements, terms=["harbour", "container terminal", "ferry"])
    assert tr.attrs["bucket"] == "day"
    assert list(tr.index) == list(pd.date_range("2025-03-03", "2025-03-05"))
    assert tr["harbour"].tolist() == [1, 0, 2]
    assert tr["container terminal"].tolist() == [1, 0, 1]
    assert tr["ferry"].tolist() == [0, 0, 1]   # the undated statement falls back on its publication date


def test_keyword_trends_default_top_and_undated(statements):
    st = statements.assign(date=pd.NaT, published=pd.NaT)
    tr = keyword_trends(st, top=1)
    assert tr.attrs["dated"] is False
    assert list(tr.columns) == ["harbour"]
    assert list(tr.index) == [1, 2, 3] and tr["harbour"].tolist() == [2, 1, 0]


def test_keyword_trends_find_a_word_in_both_numbers(statements):
    tr = keyword_trends(statements, terms=["fee", "Harbours"])
    assert tr["fee"].tolist() == [0, 0, 2]
    assert tr["Harbours"].tolist() == [1, 0, 2]


def _dated(days: list[str]) -> pd.DataFrame:
    texts = ["The Velmar dam holds." if i % 2 else "Ferries cross the Velmar." for i in range(len(days))]
    return pd.DataFrame({"text": texts, "date": pd.to_datetime(days), "paragraph": range(len(days))})


def test_keyword_trends_choose_months_for_half_a_year():
    st = _dated(["2024-01-10", "2024-03-02", "2024-03-20", "2024-05-20", "2024-06-30"])
    tr = keyword_trends(st, terms=["ferry", "dam"])
    assert tr.attrs["bucket"] == "month" and tr.attrs["axis_label"] == "Month"
    assert list(tr.index.strftime("%Y-%m")) == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    assert tr["ferry"].tolist() == [1, 0, 1, 0, 0, 1]
    assert tr["dam"].tolist() == [0, 0, 1, 0, 1, 0]
    assert tr.attrs["labels"][:2] == ["Jan 2024", "Feb 2024"] and tr.attrs["gaps_hidden"] is False


def test_keyword_trends_never_show_mostly_empty_columns():
    # one stray statement a decade before the rest: 135 months, 4 with statements
    days = ["2012-08-09"] + [f"2023-{m:02d}-{d:02d}" for m in (9, 10, 11) for d in range(1, 29, 3)]
    tr = keyword_trends(_dated(days), terms=["Velmar"])
    assert tr.attrs["bucket"] == "week" and tr.attrs["gaps_hidden"] is True
    assert len(tr) == 15 and (tr["Velmar"] > 0).all()
    assert tr.attrs["note"] == "Only the weeks with something in them are shown; the axis jumps over the others."
    assert tr["Velmar"].sum() == len(days)


def test_keyword_trends_choose_periods_where_the_keywords_are():
    st = pd.DataFrame({"text": ["An old ferry.", "The Velmar dam holds.", "The Velmar dam leaks."],
                       "date": pd.to_datetime(["2012-08-09", "2023-11-06", "2023-11-08"])})
    tr = keyword_trends(st, terms=["dam"])
    assert tr.attrs["bucket"] == "day" and tr["dam"].tolist() == [1, 0, 1]


def test_keyword_trends_fixed_bucket_shows_every_period():
    days = ["2012-08-09", "2023-11-09"]
    tr = keyword_trends(_dated(days), terms=["Velmar"], bucket="year")
    assert len(tr) == 12 and tr["Velmar"].tolist() == [1] + [0] * 10 + [1]
    assert tr.attrs["labels"][0] == "2012"


def test_keyword_trends_empty():
    assert keyword_trends(pd.DataFrame({"text": [], "date": [], "paragraph": []})).empty


@pytest.mark.parametrize("keyword, width, expected", [
    ("strike", 10, [" said the  strike  would go "]),
    ("STRIKE", 4, ["the  strike  wou"]),
    ("go on", 6, ["would  go on .     "]),
])
def test_kwic_lines(keyword, width, expected):
    assert kwic("Dockers said the strike would go on.", keyword, width=width)["line"].tolist() == expected


def test_kwic_whole_words_and_line_breaks():
    texts = ["A strike, strikes, striker.", "The\nstrike ended; the union's strike fund"]
    out = kwic(texts, "strike", width=6, inflected=False)
    assert out["keyword"].tolist() == ["strike", "strike", "strike"]
    assert out["left"].tolist() == ["    A ", "  The ", "ion's "]
    assert out["right"].tolist() == [", stri", " ended", " fund "]
    assert len(kwic(texts, "strike", width=6, whole_word=False, inflected=False)) == 5
    # by default a word is found in both numbers, as keywords() counts it
    assert kwic(texts, "strike", width=6)["keyword"].tolist() == ["strike", "strikes", "strike", "strike"]
    assert kwic(texts, "Strikes", width=6)["keyword"].tolist() == ["strike", "strikes", "strike", "strike"]
    assert kwic(["the union's members"], "union", width=3)["line"].tolist() == ["he  union 's "]


def test_kwic_keeps_statement_and_speaker(statements):
    out = kwic(statements, "harbour fees", width=5)
    assert out["statement_id"].tolist() == ["s1", "s2"]
    assert out["speaker"].tolist() == ["Wren Aldous", "Pim Okoro"]
    assert out["keyword"].tolist() == ["Harbour fees", "harbour fees"]


@pytest.mark.parametrize("keyword", ["", None, "   "])
def test_kwic_without_keyword_is_empty(keyword):
    out = kwic(["some text"], keyword)
    assert out.empty and list(out.columns) == ["left", "keyword", "right", "line"]


def test_actor_keywords_from_the_actors_column(statements):
    ak = actor_keywords(statements, top=2)
    assert list(ak.columns) == ["actor", "rank", "keyword", "count", "statements"]
    assert ak["actor"].tolist() == ["Lake Orrin", "Lake Orrin", "Pim Okoro", "Pim Okoro"]
    assert ak["keyword"].tolist() == ["harbour", "fishermen", "fishermen", "harbour"]
    assert ak["count"].tolist() == [2, 1, 1, 1]
    # the actor's own name is never its keyword
    assert not ({"lake", "orrin"} & set(ak.loc[ak["actor"] == "Lake Orrin", "keyword"]))


def test_actor_keywords_from_a_mentions_table(statements):
    mentions = pd.DataFrame({"statement_id": ["s3", "s3"], "actor": ["Brisa Tal", "Brisa Tal"]})
    ak = actor_keywords(statements, mentions=mentions, top=3)
    assert ak["actor"].unique().tolist() == ["Brisa Tal"]
    assert ak["keyword"].tolist() == ["Orrin", "ferry", "cancelled"]
    assert ak["count"].tolist() == [1, 1, 1]


def test_actor_keywords_empty(statements):
    assert actor_keywords(statements.assign(actors=[[], [], [], []])).empty
    assert actor_keywords(statements.iloc[0:0]).empty


def test_actor_keywords_leave_out_titles_before_the_name():
    st = pd.DataFrame({"statement_id": ["s0", "s1"],
                       "text": ["Finance Minister Brisa Tal cut the health budget.",
                                "The minister of health met Brisa Tal."],
                       "actors": [["Brisa Tal"], ["Brisa Tal"]]})
    ak = actor_keywords(st, top=None)
    counts = dict(zip(ak["keyword"], ak["count"]))
    assert "finance" not in counts                       # the title before her name
    assert counts["health"] == 2 and counts["minister"] == 1   # a word in its own right


@pytest.mark.parametrize("drop, expected", [(True, ["ferry", "run"]), (False, ["okoro", "ferry", "run"])])
def test_keywords_by_leaves_out_the_speakers_own_name(drop, expected):
    st = pd.DataFrame({"speaker": ["Pim Okoro"], "text": ["Okoro runs the ferry."]})
    assert keywords_by(st, drop_own_name=drop)["keyword"].tolist() == expected
