"""Charts: titles, labelled axes, the expected bars and cells, growth with rows, empty frames.

Every person and place here (Wren Aldous, Pim Okoro, Brisa Tal, Lake Orrin) is fictional.
"""
from __future__ import annotations

import matplotlib
import matplotlib.dates
import pandas as pd
import pytest
from matplotlib.collections import QuadMesh
from matplotlib.figure import Figure
from matplotlib.text import Text

from analysis import keywords as kw
from analysis import plots
from analysis import timeline as tl
from analysis.display import speaker_actor_tone
from analysis.timeline import UNNAMED

matplotlib.use("Agg")


@pytest.fixture
def statements() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a1", "a1", "a1", "a2", "a2", "a2", "a2"],
        "statement_id": [f"s{i}" for i in range(7)],
        "speaker": pd.array(["Wren Aldous", "Wren Aldous", "Pim Okoro", "Wren Aldous", None, "Brisa Tal",
                             "Pim Okoro"], dtype="string"),
        "text": ["The harbour is lovely.", "Harbour costs are terrible.", "Fine harbour.", "We will see.",
                 "Lake Orrin froze.", "Ok then.", "The harbour costs too much."],
        "start": [0, 30, 60, 0, 30, 60, 90],
        "paragraph": [1, 2, 3, 1, 2, 3, 4],
        "date": pd.to_datetime(["2025-03-03", "2025-03-03", "2025-03-04", "2025-03-06", "2025-03-06",
                                "2025-03-06", "2025-03-06"]).astype("datetime64[ns]"),
        "published": pd.to_datetime(["2025-03-03"] * 3 + ["2025-03-06"] * 4).astype("datetime64[ns]"),
        "polarity": [0.5, -1.0, 0.4, 0.0, 0.2, 0.5, -0.2],
        "subjectivity": [1.0, 1.0, 0.5, 0.0, 0.0, 0.5, 0.2],
        "actors": [["Lake Orrin"], [], ["Wren Aldous"], [], ["Lake Orrin"], [], ["Lake Orrin"]],
    })


@pytest.fixture
def mentions(statements) -> pd.DataFrame:
    return pd.DataFrame({"statement_id": ["s0", "s1", "s2", "s4", "s6"],
                         "actor": ["Lake Orrin", "Lake Orrin", "Wren Aldous", "Lake Orrin", "Lake Orrin"],
                         "sentiment": [0.5, -0.1, 0.4, 0.2, -0.3]})


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def _check_labels(fig: Figure) -> None:
    ax = fig.axes[0]
    assert ax.get_title(loc="left") or fig.get_suptitle()
    assert ax.get_xlabel() and ax.get_ylabel()
    fig.canvas.draw()  # lays out without error or warning


def _bars(ax) -> int:
    return sum(len(c) for c in ax.containers if hasattr(c, "patches"))


def test_plot_speakers(statements):
    fig = plots.plot_speakers(statements)
    _check_labels(fig)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Statements per speaker"
    assert _bars(ax) == 4
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Wren Aldous", "Pim Okoro", "Brisa Tal", UNNAMED]
    assert [p.get_width() for p in ax.containers[0]] == [3, 2, 1, 1]


def test_plot_speakers_caps_rows_and_says_so(statements):
    many = pd.DataFrame({"speaker": pd.array([f"Speaker {i:02d}" for i in range(40)], dtype="string"),
                         "article_id": "a"})
    fig = plots.plot_speakers(many, top=10)
    assert _bars(fig.axes[0]) == 10
    assert any("+30 more speakers" in t for t in _texts(fig))


def test_figure_height_grows_with_rows():
    one = pd.DataFrame({"speaker": pd.array(["Wren Aldous"], dtype="string"), "article_id": ["a"]})
    fifty = pd.DataFrame({"speaker": pd.array([f"Speaker {i}" for i in range(50)], dtype="string"), "article_id": "a"})
    h1 = plots.plot_speakers(one).get_figheight()
    h50 = plots.plot_speakers(fifty, top=50).get_figheight()
    assert h50 > 3 * h1


@pytest.mark.parametrize("label, width, lines, expected", [
    ("Wren Aldous", 24, 2, "Wren Aldous"),
    ("Port Halden Harbour Authority", 20, 2, "Port Halden Harbour\nAuthority"),
    ("The Very Long Name of a Federation of Norvanian Timber Merchants", 20, 2,
     "The Very Long Name\nof a Federation of…"),
    ("Norvanian Timber Federation", 20, 1, "Norvanian Timber…"),
])
def test_long_labels_are_wrapped_and_cut(label, width, lines, expected):
    assert plots.wrap(label, width, lines) == expected


def test_plot_timeline_stacks_speakers_per_bucket(statements):
    table = tl.statements_over_time(statements)
    fig = plots.plot_timeline(table)
    _check_labels(fig)
    ax = fig.axes[0]
    assert len(ax.containers) == 4                      # one bar series per speaker (unnamed included)
    assert _bars(ax) == 4 * 4                           # 3 to 6 March: four days
    assert ax.get_xlabel() == "Day, 2025"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["3 Mar", "4 Mar", "5 Mar", "6 Mar"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Wren Aldous", "Pim Okoro", "Brisa Tal", UNNAMED]


def test_plot_timeline_groups_speakers_beyond_the_palette():
    n = 12
    st = pd.DataFrame({"speaker": pd.array([f"Speaker {i:02d}" for i in range(n)], dtype="string"),
                       "date": pd.to_datetime(["2025-03-03"] * n).astype("datetime64[ns]"), "paragraph": 0,
                       "text": "x", "article_id": "a"})
    fig = plots.plot_timeline(tl.statements_over_time(st), max_series=5)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert len(legend) == 6 and legend[-1] == "Other speakers (7)"  # 12 speakers, 5 drawn


def test_plot_timeline_undated_says_so(statements):
    st = statements.assign(date=pd.NaT, published=pd.NaT)
    fig = plots.plot_timeline(tl.statements_over_time(st))
    _check_labels(fig)
    assert "Paragraph" in fig.axes[0].get_xlabel()
    assert any("order within the article" in t for t in _texts(fig))


def test_plot_coverage(statements):
    arts = pd.DataFrame({"article_id": ["a1", "a2"], "published": pd.to_datetime(["2025-03-03", "2025-03-06"])})
    fig = plots.plot_coverage(tl.coverage_volume(arts, statements=statements))
    _check_labels(fig)
    ax = fig.axes[0]
    assert _bars(ax) == 4
    assert [p.get_height() for p in ax.containers[0]] == [1, 0, 0, 1]
    assert ax.get_ylabel() == "Articles"


def test_plot_coverage_without_dates_shows_one_labelled_bar():
    arts = pd.DataFrame({"article_id": ["a1"], "published": pd.to_datetime([None])})
    fig = plots.plot_coverage(tl.coverage_volume(arts))
    _check_labels(fig)
    assert _bars(fig.axes[0]) == 1
    assert any("no publication date" in t.lower() for t in _texts(fig))


def test_plot_event_strip(statements):
    fig = plots.plot_event_strip(tl.event_strip(statements))
    _check_labels(fig)
    ax = fig.axes[0]
    assert len(ax.collections[-1].get_offsets()) == 7   # one dot per statement
    assert [t.get_text() for t in ax.get_yticklabels()][:3] == ["Wren Aldous", "Wren Aldous", "Pim Okoro"]
    assert "“The harbour is lovely.”" in _texts(fig)


def test_plot_event_strip_caps_rows_and_says_how_many_more():
    n = 60
    st = pd.DataFrame({"speaker": pd.array(["Pim Okoro"] * n, dtype="string"),
                       "date": pd.date_range("2025-01-01", periods=n).astype("datetime64[ns]"),
                       "paragraph": 0, "text": [f"Statement number {i}" for i in range(n)],
                       "statement_id": [str(i) for i in range(n)], "article_id": "a", "start": 0})
    fig = plots.plot_event_strip(tl.event_strip(st), max_events=20)
    ax = fig.axes[0]
    assert len(ax.get_yticks()) == 20
    assert any("+40 more" in t for t in _texts(fig))
    # the first and the last statement are always shown
    assert "“Statement number 0”" in _texts(fig) and "“Statement number 59”" in _texts(fig)


@pytest.mark.parametrize("column, xlabel_word", [("polarity", "Polarity"), ("subjectivity", "Subjectivity")])
def test_plot_speaker_tone(statements, column, xlabel_word):
    fig = plots.plot_speaker_tone(statements, column=column, min_count=3)
    _check_labels(fig)
    ax = fig.axes[0]
    assert xlabel_word in ax.get_xlabel()
    assert _bars(ax) == 4
    hatched = [bool(p.get_hatch()) for p in ax.containers[0]]
    assert hatched == [False, True, True, True]             # only Wren Aldous has three statements
    assert {"n=3", "n=2 (few)", "n=1 (few)"} <= set(_texts(fig))


def test_plot_actor_tone(mentions):
    fig = plots.plot_actor_tone(mentions, min_count=3)
    _check_labels(fig)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Lake Orrin", "Wren Aldous"]
    assert _bars(ax) == 2
    assert "n=4" in _texts(fig)


def test_plot_speaker_actor_heatmap(mentions, statements):
    from analysis.render.heatmap import FADED_ALPHA

    table = speaker_actor_tone(mentions, statements)
    fig = plots.plot_speaker_actor_heatmap(table)
    _check_labels(fig)
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == sorted(["Wren Aldous", "Pim Okoro", UNNAMED])
    assert len(ax.get_xticklabels()) == 2                                                       # x 2 actors
    cells = [t for t in _texts(fig) if "\nn=" in t]
    assert sorted(cells) == sorted(["+0.20\nn=2", "+0.40\nn=1", "+0.20\nn=1", "-0.30\nn=1"])
    coloured = [p for p in ax.patches if p.get_zorder() == 2]
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert len(coloured) == 4 and len(hatched) == 4            # every pair rests on 2 mentions or fewer
    assert {p.get_alpha() for p in coloured} == {FADED_ALPHA}
    norm = fig.axes[1]._colorbar.norm
    assert (norm.vmin, norm.vmax) == (-1.0, 1.0)               # fixed, symmetric: 0.1 stays pale


def test_heatmap_colour_scale_is_fixed_and_many_speakers_are_cut_to_the_top():
    from analysis.render.heatmap import MAX_SPEAKERS

    rows = [{"speaker": f"Speaker {i:03d}", "actor": "Norvania", "sentiment": 0.1, "n": 3 + (i == 0)}
            for i in range(170)]
    fig = plots.plot_speaker_actor_heatmap(pd.DataFrame(rows))
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == MAX_SPEAKERS and ax.get_yticklabels()[0].get_text() == "Speaker 000"
    assert any("+150 speakers and +0 actors not shown" in t for t in _texts(fig))
    face = [p for p in ax.patches if p.get_zorder() == 2][0]
    assert face.get_alpha() == 1.0 and min(face.get_facecolor()[:3]) > 0.75  # 0.1 from 4 mentions: pale, not strong
    assert fig.get_figheight() <= 24.0


def test_sparse_months_become_quarters_and_stray_months_stand_alone():
    from analysis.render.buckets import fit_buckets

    months = pd.DataFrame({"Ada Voss": [2] + [0] * 8 + [3]}, index=pd.date_range("2025-01-01", periods=10, freq="MS"))
    months.attrs = {"bucket": "month", "axis_label": "Month", "note": ""}
    q = fit_buckets(months)
    assert q.attrs["bucket"] == "quarter" and q["Ada Voss"].tolist() == [2, 0, 0, 3]
    assert q.attrs["axis_label"] == "Quarter" and q.attrs["gaps_hidden"] is False
    assert q.attrs["note"] == "Counted per quarter so that most columns hold something."
    stray = pd.DataFrame({"n": [1] + [0] * 597 + [5, 4]}, index=pd.date_range("1973-01-01", periods=600, freq="MS"))
    stray.attrs = {"bucket": "month", "axis_label": "Publication month", "note": ""}
    m = fit_buckets(stray)  # no bucket size fills 50 years: the three months with something, alone
    assert m.attrs["bucket"] == "month" and m["n"].tolist() == [1, 5, 4] and m.attrs["gaps_hidden"] is True
    assert [d.strftime("%Y-%m") for d in m.index] == ["1973-01", "2022-11", "2022-12"]
    assert m.attrs["axis_label"] == "Publication month"
    assert m.attrs["note"] == "Only the months with something in them are shown; the axis jumps over the others."
    days = pd.DataFrame({"n": [1, 2, 0, 1]}, index=pd.date_range("2025-03-03", periods=4, freq="D"))
    days.attrs = {"bucket": "day"}
    assert fit_buckets(days) is days                           # readable as it is
    weeks = pd.DataFrame({"n": [1] * 60}, index=pd.date_range("2025-01-06", periods=60, freq="7D"))
    weeks.attrs = {"bucket": "week", "axis_label": "Week (starting Monday)", "note": ""}
    assert fit_buckets(weeks)["n"].tolist()[:3] == [4, 4, 5] and fit_buckets(weeks).attrs["bucket"] == "month"


def test_plot_keywords(statements):
    fig = plots.plot_keywords(kw.keywords(statements, top=3))
    _check_labels(fig)
    assert fig.axes[0].get_title(loc="left") == "Keywords"
    assert _bars(fig.axes[0]) == 3
    assert fig.axes[0].get_yticklabels()[0].get_text() == "harbour"
    phrases = plots.plot_keywords(pd.DataFrame({"phrase": ["harbour costs"], "count": [2], "statements": [2]}))
    assert phrases.axes[0].get_title(loc="left") == "Key phrases"
    assert phrases.axes[0].get_ylabel() == "Key phrase"


def test_plot_keywords_by(statements):
    table = kw.keywords_by(statements, top=2)
    fig = plots.plot_keywords_by(table)
    assert fig.get_suptitle() == "Top keywords per speaker"
    visible = [ax for ax in fig.axes if ax.get_visible()]
    # Brisa Tal said only "Ok then.": no keyword, no panel
    assert [ax.get_title(loc="left") for ax in visible] == ["Wren Aldous", "Pim Okoro", UNNAMED]
    assert sum(_bars(ax) for ax in visible) == len(table)
    assert all(ax.get_xlabel() for ax in visible) and visible[0].get_ylabel() == "Keyword"
    fig.canvas.draw()


def test_plot_keyword_trends(statements):
    table = kw.keyword_trends(statements, terms=["harbour", "costs"])
    fig = plots.plot_keyword_trends(table)
    _check_labels(fig)
    mesh = [c for c in fig.axes[0].collections if isinstance(c, QuadMesh)][0]
    assert mesh.get_array().shape == (2, 4)                 # 2 keywords x 4 days
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["harbour", "costs"]


EMPTY_CASES = [
    ("speakers", lambda e: plots.plot_speakers(e["statements"]), plots.EMPTY_MESSAGE),
    ("timeline", lambda e: plots.plot_timeline(tl.statements_over_time(e["statements"])), plots.EMPTY_MESSAGE),
    ("coverage", lambda e: plots.plot_coverage(tl.coverage_volume(e["articles"])), "No articles to show"),
    ("events", lambda e: plots.plot_event_strip(tl.event_strip(e["statements"])), plots.EMPTY_MESSAGE),
    ("tone", lambda e: plots.plot_speaker_tone(e["statements"]), plots.EMPTY_MESSAGE),
    ("actor tone", lambda e: plots.plot_actor_tone(e["mentions"]), "No actor mentions to show"),
    ("heatmap", lambda e: plots.plot_speaker_actor_heatmap(speaker_actor_tone(e["mentions"], e["statements"])),
     "No actor mentions to show"),
    ("keywords", lambda e: plots.plot_keywords(kw.keywords(e["statements"])), "No keywords to show"),
    ("phrases", lambda e: plots.plot_keywords(kw.key_phrases(e["statements"])), "No key phrases to show"),
    ("by speaker", lambda e: plots.plot_keywords_by(kw.keywords_by(e["statements"])), "No keywords to show"),
    ("by actor", lambda e: plots.plot_keywords_by(kw.actor_keywords(e["statements"])), "No keywords to show"),
    ("trends", lambda e: plots.plot_keyword_trends(kw.keyword_trends(e["statements"])), "No keywords to show"),
]


@pytest.mark.parametrize("name, make, message", EMPTY_CASES, ids=[c[0] for c in EMPTY_CASES])
def test_empty_frames_give_a_message_not_an_empty_chart(statements, mentions, name, make, message):
    empty = {"statements": statements.iloc[0:0], "mentions": mentions.iloc[0:0],
             "articles": pd.DataFrame({"article_id": pd.Series(dtype="string"),
                                       "published": pd.Series(dtype="datetime64[ns]")})}
    fig = make(empty)
    assert isinstance(fig, Figure)
    assert message in _texts(fig)
    assert fig.axes[0].get_title(loc="left")
    fig.canvas.draw()


def test_plots_do_not_touch_pyplot(statements):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    plots.plot_speakers(statements)
    assert plt.get_fignums() == before


# --- dollar signs are drawn as written, never read as mathtext ----------------------------------

FUEL = "Fuel costs $4 a gallon now, up 10% and diesel costs $5"
GRANT = "$5 million, not $10 million"


@pytest.fixture
def money() -> pd.DataFrame:
    """Statements full of dollar signs, by fictional people about a fictional fund."""
    return pd.DataFrame({
        "article_id": ["m1", "m1", "m1", "m2"],
        "statement_id": ["d0", "d1", "d2", "d3"],
        "speaker": pd.array(["Ola $ven $ark", "Ola $ven $ark", "Tamsin Reyl", "Ola $ven $ark"], dtype="string"),
        "text": [FUEL, GRANT, "The $1-$2 Fund pays $2 back.", "Costs rose to $7 and then $9."],
        "start": [0, 80, 160, 0],
        "paragraph": [1, 2, 3, 1],
        "date": pd.to_datetime(["2025-04-01", "2025-04-01", "2025-04-02", "2025-04-03"]).astype("datetime64[ns]"),
        "published": pd.to_datetime(["2025-04-01"] * 3 + ["2025-04-03"]).astype("datetime64[ns]"),
        "polarity": [-0.2, 0.1, 0.3, -0.4],
        "subjectivity": [0.5, 0.2, 0.4, 0.1],
        "actors": [["The $1-$2 Fund"], ["The $1-$2 Fund"], ["The $1-$2 Fund"], []],
    })


def _drawn(fig: Figure) -> list[str]:
    """Every string the figure draws, as the renderer receives it (SVG with text kept as text).

    Mathtext would arrive as one glyph per ``tspan``, so "$5 million, not $10 million" read as
    math is not found here as written.
    """
    import io
    import xml.etree.ElementTree as ET

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buf, format="svg")
    root = ET.fromstring(buf.getvalue())
    return ["".join(el.itertext()) for el in root.iter("{http://www.w3.org/2000/svg}text")]


def _png(fig: Figure) -> bytes:
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png")  # the Agg renderer raises on a mathtext parse error
    return buf.getvalue()


MONEY_CASES = [
    ("speakers", lambda d: plots.plot_speakers(d["st"], title="Quotes on $ and $$"),
     ["Ola $ven $ark", "Tamsin Reyl", "Quotes on $ and $$"]),
    ("timeline", lambda d: plots.plot_timeline(tl.statements_over_time(d["st"]), title="$ talk, $ per day"),
     ["Ola $ven $ark", "$ talk, $ per day"]),
    ("coverage", lambda d: plots.plot_coverage(tl.coverage_volume(d["art"], statements=d["st"]), title="$ and $ news"),
     ["$ and $ news: articles per day"]),
    ("events", lambda d: plots.plot_event_strip(tl.event_strip(d["st"])),
     [f"“{FUEL}”", f"“{GRANT}”", "“Costs rose to $7 and then $9.”", "Ola $ven $ark"]),
    ("tone", lambda d: plots.plot_speaker_tone(d["st"], min_count=1), ["Ola $ven $ark"]),
    ("actor tone", lambda d: plots.plot_actor_tone(d["men"], min_count=1), ["The $1-$2 Fund"]),
    ("heatmap", lambda d: plots.plot_speaker_actor_heatmap(speaker_actor_tone(d["men"], d["st"])),
     ["Ola $ven $ark", "The $1-$2 Fund"]),
    ("keywords", lambda d: plots.plot_keywords(pd.DataFrame({"keyword": ["$5-$10", "diesel"], "count": [2, 1]}),
                                               title="Words, $ and $ all"), ["$5-$10", "Words, $ and $ all"]),
    ("phrases", lambda d: plots.plot_keywords(pd.DataFrame({"phrase": [GRANT], "count": [1]})), [GRANT]),
    ("by speaker", lambda d: plots.plot_keywords_by(kw.keywords_by(d["st"], top=2), title="$ words, $ phrases"),
     ["Ola $ven $ark", "$ words, $ phrases"]),
    ("trends", lambda d: plots.plot_keyword_trends(kw.keyword_trends(d["st"], terms=["$5", "costs $7 and then $9"])),
     ["$5", "costs $7 and then $9"]),
    ("empty", lambda d: plots.plot_speakers(d["st"].iloc[0:0], title="Nothing at $0 or $1"), ["Nothing at $0 or $1"]),
]


# slow: every kind of chart drawn (about 4 s)
@pytest.mark.slow
@pytest.mark.parametrize("name, make, expected", MONEY_CASES, ids=[c[0] for c in MONEY_CASES])
def test_dollar_signs_are_drawn_as_written(money, name, make, expected):
    arts = pd.DataFrame({"article_id": ["m1", "m2"], "published": pd.to_datetime(["2025-04-01", "2025-04-03"])})
    men = pd.DataFrame({"statement_id": ["d0", "d1", "d2"], "actor": ["The $1-$2 Fund"] * 3,
                        "sentiment": [-0.2, 0.1, 0.3]})
    fig = make({"st": money, "art": arts, "men": men})
    assert _png(fig).startswith(b"\x89PNG")
    drawn = _drawn(fig)
    missing = [e for e in expected if e not in drawn]
    assert not missing, f"not drawn as written: {missing}"
    assert not [t for t in drawn if "\\$" in t]  # the escapes never reach the page


@pytest.mark.parametrize("text", ["$", "$$", "a$b$c", r"\$", r"a\$b", r"costs $x^2$ {}", "$5 _^ 10%", "$\\alpha$"])
def test_literal_is_drawn_character_for_character(text):
    fig = Figure()
    fig.text(0.1, 0.5, plots.literal(text))
    assert _drawn(fig) == [text]


def test_heatmap_rows_are_speakers_of_the_actors_shown():
    rows = [{"speaker": "Ada Voss", "actor": f"Actor {i:02d}", "sentiment": 0.0, "n": 5} for i in range(12)]
    rows.append({"speaker": "Tomas Brekke", "actor": "Actor 12", "sentiment": 0.5, "n": 1})  # the 13th, least named
    rows.append({"speaker": "Mira Kallan", "actor": "Actor 00", "sentiment": -0.5, "n": 1})
    fig = plots.plot_speaker_actor_heatmap(pd.DataFrame(rows), max_actors=12)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ada Voss", "Mira Kallan"]  # no empty row
    assert any("+1 speaker and +1 actor not shown" in t for t in _texts(fig))


def test_coverage_of_many_weeks_drops_the_figures_that_would_collide():
    from analysis.render.time import MAX_BAR_LABELS

    days = pd.date_range("2024-01-01", periods=365, freq="D")
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(365)], "published": days})
    st = pd.DataFrame({"article_id": [f"a{i}" for i in range(365)], "statement_id": [f"a{i}-1" for i in range(365)]})
    fig = plots.plot_coverage(tl.coverage_volume(arts, statements=st))
    ax = fig.axes[0]
    assert len(ax.containers[0]) > MAX_BAR_LABELS and not ax.texts
    assert not any("Grey figures" in t for t in _texts(fig))


def test_event_strip_draws_a_stray_date_at_the_edge_with_its_date():
    when = pd.to_datetime(["1973-11-17"] + [f"2024-03-{d:02d}" for d in range(1, 29)] * 2)
    events = pd.DataFrame({"when": when, "speaker": ["Ada Voss"] * len(when), "text": ["we will build"] * len(when),
                           "statement_id": [str(i) for i in range(len(when))], "article_id": ["a"] * len(when)})
    events.attrs = {"dated": True, "axis_label": "Date", "note": ""}
    fig = plots.plot_event_strip(events, max_events=len(when))
    ax = fig.axes[0]
    left = pd.Timestamp(matplotlib.dates.num2date(ax.get_xlim()[0])).tz_localize(None)
    assert left > pd.Timestamp("2024-01-01")                  # the axis is not stretched back to 1973
    assert "Nov 1973" in _texts(fig)
    assert any("1 statement dated far from the rest drawn at the edge" in " ".join(t.split()) for t in _texts(fig))


def test_timeline_legend_says_how_many_speakers_other_holds():
    """'Other speakers' names how many speakers it gathers: those the table left out (its
    ``others``) and those beyond the chart's own limit."""
    from analysis import plots

    days = pd.to_datetime(["2025-03-03"] * 6)
    counts = pd.DataFrame({"Ada Voss": [3], "Mira Kallan": [2], "Other speakers": [4]},
                          index=pd.DatetimeIndex(days[:1], name="day"))
    counts.attrs = {"bucket": "day", "others": 5}
    legend = plots.plot_timeline(counts).axes[0].get_legend().get_texts()
    assert [t.get_text() for t in legend] == ["Ada Voss", "Mira Kallan", "Other speakers (5)"]
    legend = plots.plot_timeline(counts, max_series=1).axes[0].get_legend().get_texts()
    assert [t.get_text() for t in legend] == ["Ada Voss", "Other speakers (6)"]
