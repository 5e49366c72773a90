"""Highlighted articles, interactive tables and summary tables, on invented statements.

Every person and place here (Wren Aldous, Pim Okoro, Brisa Tal, Lake Orrin) is fictional.
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import display as qd
from analysis.timeline import UNNAMED

TEXT = 'Ferry news\nWren Aldous said "the ferry will run again." <script>alert(1)</script> A spokesman agreed.'


def _span(text: str, part: str) -> tuple[int, int]:
    i = text.index(part)
    return i, i + len(part)


def _one_article() -> pd.DataFrame:
    s, e = _span(TEXT, "the ferry will run again.")
    sp = _span(TEXT, "Wren Aldous")
    cue = _span(TEXT, "said")
    s2, e2 = _span(TEXT, "agreed")
    return pd.DataFrame({
        "article_id": ["a1", "a1"], "statement_id": ["a1-000", "a1-001"], "kind": ["direct", "indirect"],
        "start": [s, s2], "end": [e, e2],
        "speaker": pd.array(["Wren Aldous", None], dtype="string"),
        "speaker_start": pd.array([sp[0], None], dtype="Int64"), "speaker_end": pd.array([sp[1], None], dtype="Int64"),
        "cue": ["said", None],
        "cue_start": pd.array([cue[0], None], dtype="Int64"), "cue_end": pd.array([cue[1], None], dtype="Int64"),
        "polarity": [0.25, 0.0],
        "text": ["the ferry will run again.", "agreed"],
    })


@pytest.fixture
def statements() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a1", "a1", "a1", "a2", "a2", "a2"],
        "statement_id": ["a1-0", "a1-1", "a1-2", "a2-0", "a2-1", "a2-2"],
        "speaker": pd.array(["Wren Aldous", "Wren Aldous", "Pim Okoro", "Wren Aldous", None, "Brisa Tal"],
                            dtype="string"),
        "kind": ["direct", "indirect", "direct", "mixed", "indirect", "direct"],
        "text": ["Lake Orrin is lovely.", "Costs are terrible.", "Fine.", "We will see.", "Lake Orrin froze.", "Ok."],
        "start": [10, 40, 70, 10, 40, 70],
        "polarity": [0.5, -1.0, 0.4, 0.0, 0.2, 0.5],
        "subjectivity": [1.0, 1.0, 0.5, 0.0, 0.0, 0.5],
        "actors": [["Lake Orrin"], [], ["Wren Aldous"], [], ["Lake Orrin"], []],
    })


@pytest.fixture
def articles() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["a1", "a2", "a3"], "title": ["One", "Two", "Three"],
                         "published": pd.to_datetime(["2025-03-03", None, "2025-03-09"]),
                         "text": ["x" * 100, "y" * 100, "z" * 100]})


# --- highlight ----------------------------------------------------------------------------------

def test_highlight_escapes_the_article_text():
    html = qd.highlight(TEXT, _one_article()).data
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_highlight_marks_statements_speakers_and_cues():
    html = qd.highlight(TEXT, _one_article(), title="Ferry <news>").data
    assert html.count("<mark") == 2
    assert ">the ferry will run again.</mark>" in html
    assert ">agreed</mark>" in html
    assert 'border-bottom:2px solid #E69F00">Wren Aldous</b>' in html       # speaker as written
    assert 'underline dotted">said</i>' in html                             # cue
    assert html.count("<sup") == 2                                          # a speaker label per statement
    assert f">{UNNAMED}</sup>" in html
    assert "Ferry &lt;news&gt;" in html
    assert "Wren Aldous · said · direct · polarity +0.25" in html
    assert "2 statements" in html


def test_highlight_keeps_every_character_of_the_text():
    import html as h
    import re

    out = qd.highlight(TEXT, _one_article()).data
    body = out.split('line-height:1.7;font-size:1.02em">', 1)[1]
    body = re.sub(r"<sup[^>]*>.*?</sup>", "", body)
    assert h.unescape(re.sub(r"<[^>]+>", "", body)) == TEXT


def test_highlight_shared_speaker_mention_is_marked_once():
    st = _one_article()
    st = pd.concat([st.iloc[[0]], st.iloc[[0]].assign(statement_id="a1-002", start=st["start"][1],
                                                        end=st["end"][1])], ignore_index=True)
    html = qd.highlight(TEXT, st).data
    assert html.count("<b style") == 1 and html.count("<mark") == 2


@pytest.mark.parametrize("bad", [
    {"start": [-5], "end": [3]},
    {"start": [5], "end": [10_000]},
    {"start": [9], "end": [3]},
])
def test_highlight_ignores_spans_outside_the_text(bad):
    st = pd.DataFrame({"speaker": ["Pim Okoro"], **bad})
    assert "<mark" not in qd.highlight("short text", st).data


def test_highlight_without_statements_still_shows_the_text():
    html = qd.highlight("Nothing & nobody.", pd.DataFrame()).data
    assert "Nothing &amp; nobody." in html and "0 statements" in html


def test_highlight_refuses_statements_of_several_articles():
    with pytest.raises(ValueError, match="several articles"):
        qd.highlight(TEXT, pd.DataFrame({"article_id": ["a", "b"], "start": [0, 1], "end": [1, 2]}))


def test_highlight_article_picks_the_article_with_most_statements(articles, statements):
    arts = articles.assign(text=["a1 " * 40, "a2 " * 40, "a3 " * 40])
    html = qd.highlight_article(arts, statements).data
    assert "One (03 Mar 2025)" in html and "3 statements" in html
    assert "Two" in qd.highlight_article(arts, statements, article_id="a2").data
    assert "No article nope" in qd.highlight_article(arts, statements, article_id="nope").data
    assert "No articles to show" in qd.highlight_article(arts.iloc[0:0], statements).data


# --- show ---------------------------------------------------------------------------------------

def test_show_outside_jupyter_returns_the_frame(statements):
    assert qd.show(statements) is statements


def test_show_in_jupyter_is_an_offline_itables_table(monkeypatch, statements):
    import re

    import IPython.display

    shown = []
    monkeypatch.setattr(qd, "_in_jupyter", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj, *a, **k: shown.append(getattr(obj, "data", obj)))
    monkeypatch.setitem(qd._itables_ready, "done", False)
    assert qd.show(statements) is None
    n_first = len(shown)
    assert qd.show(statements) is None
    assert len(shown) == n_first + 1              # the DataTables bundle is embedded once, then one table each
    bundle = "".join(shown[:n_first - 1])
    assert "base64" in bundle.lower() or len(bundle) > 100_000
    for html in shown:                             # nothing is loaded from the network
        assert not re.search(r"""(src=|from\s*)["']https?://""", html)


# --- summary tables -----------------------------------------------------------------------------

def test_speaker_counts(statements):
    sc = qd.speaker_counts(statements)
    assert sc.to_dict("list") == {"speaker": ["Wren Aldous", "Brisa Tal", "Pim Okoro", UNNAMED],
                                  "statements": [3, 1, 1, 1], "articles": [2, 1, 1, 1]}
    assert qd.speaker_counts(statements.iloc[0:0]).empty


def test_overview_and_article_counts(articles, statements):
    ov = qd.overview(articles, statements)["value"].to_dict()
    assert ov["articles"] == "3" and ov["statements"] == "6" and ov["named speakers"] == "3"
    assert ov["published"] == "03 Mar 2025 – 09 Mar 2025"
    assert ov["statements by unnamed sources"] == "1"
    assert ov["kinds"] == "direct 3, indirect 2, mixed 1"
    ac = qd.article_counts(articles, statements)
    assert ac["statements"].tolist() == [3, 3, 0] and ac["speakers"].tolist() == [2, 2, 0]


def test_speaker_tone(statements):
    tone = qd.speaker_tone(statements, min_count=2)
    first = tone.iloc[0]
    assert first["speaker"] == "Wren Aldous" and first["n"] == 3
    assert math.isclose(first["polarity_mean"], -0.5 / 3)
    assert math.isclose(first["polarity_std"], pd.Series([0.5, -1.0, 0.0]).std())
    assert (first["polarity_min"], first["polarity_max"]) == (-1.0, 0.5)
    assert math.isclose(first["subjectivity_mean"], 2 / 3)
    assert tone["speaker"].tolist() == ["Wren Aldous", "Brisa Tal", "Pim Okoro", UNNAMED]
    assert tone["small"].tolist() == [False, True, True, True]
    assert math.isnan(tone.iloc[1]["polarity_std"])
    assert qd.speaker_tone(statements.iloc[0:0]).empty


def test_actor_tone_and_speaker_actor_tone(statements):
    m = pd.DataFrame({"statement_id": ["a1-0", "a1-1", "a2-1", "a1-2"],
                      "actor": ["Lake Orrin", "Lake Orrin", "Lake Orrin", "Wren Aldous"],
                      "sentiment": [0.5, -0.1, 0.2, 0.4]})
    at = qd.actor_tone(m, min_count=3)
    assert at["actor"].tolist() == ["Lake Orrin", "Wren Aldous"]
    assert at["n"].tolist() == [3, 1] and at["small"].tolist() == [False, True]
    assert math.isclose(at["sentiment_mean"][0], 0.2)
    pairs = qd.speaker_actor_tone(m, statements)
    assert pairs[["speaker", "actor", "n"]].values.tolist() == [
        ["Wren Aldous", "Lake Orrin", 2], ["Pim Okoro", "Wren Aldous", 1], [UNNAMED, "Lake Orrin", 1]]
    assert math.isclose(pairs["sentiment"][0], 0.2)
    assert qd.speaker_actor_tone(m.iloc[0:0], statements).empty


def test_explain_scores_needs_offsets(statements):
    m = pd.DataFrame({"statement_id": ["a1-0"], "actor": ["Lake Orrin"], "sentiment": [0.5],
                      "start": pd.array([None], dtype="Int64"), "end": pd.array([None], dtype="Int64")})
    out = qd.explain_scores(m, statements)
    assert out.empty and "offsets" in out.attrs["note"]


def test_explain_scores_lists_the_phrases(statements):
    m = pd.DataFrame({"statement_id": ["a1-0", "a1-1"], "actor": ["Lake Orrin", "Lake Orrin"],
                      "sentiment": [0.5, 0.1], "start": [10, 40], "end": [20, 41]})
    out = qd.explain_scores(m, statements, n=1)
    assert list(out.columns) == ["actor", "statement_id", "sentiment", "phrase", "weight", "reason"]
    assert set(out["statement_id"]) == {"a1-0"}
    assert "lovely" in set(out["phrase"])


@pytest.mark.parametrize("n_articles, n_statements, expected", [
    (0, 0, "No articles found in here"),
    (2, 0, "2 articles in here, but no statements"),
    (1, 6, "1 article in here: 6 statements by 3 named speakers."),
])
def test_corpus_note(statements, articles, n_articles, n_statements, expected):
    html = qd.corpus_note(articles.head(n_articles), statements.head(n_statements), source="here").data
    assert expected in html


# --- dollar signs show as written in Jupyter --------------------------------------------------------

MONEY = "Fuel costs $4 a gallon now, up 10% and diesel costs $5, said Ola $ven."


def _text_outside_no_math(markup: str) -> list[str]:
    """Text holding ``$`` that MathJax (2 or 3) would typeset: not inside an element with both
    :data:`analysis.display.NO_MATH` classes."""
    from html.parser import HTMLParser

    void = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source"}

    class Walk(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack: list[bool] = []
            self.exposed: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in void:
                return
            classes = set((dict(attrs).get("class") or "").split())
            inherited = bool(self.stack) and self.stack[-1]
            self.stack.append(inherited or set(qd.NO_MATH.split()) <= classes)

        def handle_endtag(self, tag):
            if tag not in void and self.stack:
                self.stack.pop()

        def handle_data(self, data):
            if "$" in data and not (self.stack and self.stack[-1]):
                self.exposed.append(data)

    w = Walk()
    w.feed(markup)
    return w.exposed


def test_highlight_and_message_keep_dollar_signs_from_mathjax():
    s, e = _span(MONEY, "Fuel costs $4 a gallon now, up 10% and diesel costs $5")
    sp = _span(MONEY, "Ola $ven")
    st = pd.DataFrame({"start": [s], "end": [e], "speaker": ["Ola $ven"], "speaker_start": [sp[0]],
                       "speaker_end": [sp[1]], "cue": ["said"], "kind": ["direct"], "polarity": [0.0]})
    out = qd.highlight(MONEY, st, title="Fuel at $4, diesel at $5").data
    assert "Fuel costs $4 a gallon now, up 10% and diesel costs $5" in out   # the text itself, unchanged
    assert _text_outside_no_math(out) == []
    note = qd.message("Prices from $4 to $5").data
    assert "Prices from $4 to $5" in note and _text_outside_no_math(note) == []
    # the check itself finds exposed dollars
    assert _text_outside_no_math("<div><b>$4 and $5</b></div>") == ["$4 and $5"]


def test_show_keeps_dollar_signs_from_mathjax(monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(qd, "_in_jupyter", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj, *a, **k: shown.append(getattr(obj, "data", obj)))
    monkeypatch.setitem(qd._itables_ready, "done", True)
    qd.show(pd.DataFrame({"speaker": ["Ola $ven"], "text": [MONEY]}), caption="Costs in $ and $")
    (table,) = shown
    assert "Costs in $ and $" in table
    assert _text_outside_no_math(table) == []


def test_counts_are_written_in_the_singular_for_one():
    from analysis.wording import plural

    assert [plural(1, "article"), plural(0, "article"), plural(2, "named speaker"), plural(1500, "entry", "entries")] \
        == ["1 article", "0 articles", "2 named speakers", "1,500 entries"]


def test_the_statement_table_numbers_articles_as_the_articles_table_does(articles, statements):
    ac = qd.article_counts(articles, statements)
    table = qd.statement_table(statements, articles=articles)
    assert ac["article"].tolist() == [1, 2, 3]
    assert "title" not in table and "published" not in table  # the headline is read once, in ac
    number = dict(zip(ac["article_id"], ac["article"]))
    assert table["article"].tolist() == [number[a] for a in statements["article_id"]]


def test_readable_rounds_blanks_and_joins():
    from analysis.render.tables import readable, text_columns

    df = pd.DataFrame({"polarity": [0.123456, -0.5], "std": [float("nan"), 0.25],
                       "date": pd.to_datetime([None, "2025-03-04 10:30"]), "actors": [["Norvania", "Eastmarch"], []],
                       "n": [1, 2]})
    out = readable(df)
    assert out.to_dict("list") == {"polarity": [0.12, -0.5], "std": ["", "0.25"], "date": ["", "2025-03-04 10:30"],
                                   "actors": ["Norvania; Eastmarch", ""], "n": [1, 2]}
    assert text_columns(out) == [1, 2, 3]


def test_column_styles_align_text_left_keep_dates_on_one_line_and_widen_the_text():
    from analysis.render.tables import column_styles, readable

    df = pd.DataFrame({"n": [1], "text": ["We will not back down"], "date": pd.to_datetime(["2025-03-04"])})
    assert column_styles(df, readable(df)) == [{"className": "dt-left", "targets": [1]},
                                               {"className": "dt-left dt-nowrap", "targets": [2]},
                                               {"width": "38%", "targets": [1]}]
