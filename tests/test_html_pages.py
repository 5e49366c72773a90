"""Saved web pages through the loader and the extractor: the article, not the site around it.

The pages under tests/fixtures/pages are small made-up news pages of made-up sites.
"""
from pathlib import Path

import pandas as pd

from analysis import extract_statements, load_articles

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _load(name):
    df = load_articles(PAGES / name)
    assert len(df) == 1 and len(df.attrs["errors"]) == 0
    return df.iloc[0]


def test_the_boxes_and_lines_around_the_article_are_dropped():
    a = _load("furniture.html")
    assert a.text == (
        "Lunmoor ferry to run again in spring\n"
        "The ferry between Lunmoor and the island of Skerrow will run again from April, the harbour board of "
        "Lunmoor said on Monday, after a winter of repairs to the old pier.\n"
        "“We have rebuilt the landing stage from the water up, and the crossing will be safer than it has been "
        "for thirty years,” harbour master Ada Quill said at a meeting in the town hall.\n"
        "The repairs cost 2.4 million crowns, nearly twice the first estimate, and were paid for by the regional "
        "fund and a loan from the town's savings bank.\n"
        "Councillor Bram Oduya said the town had waited too long for the work, which was first promised six "
        "years ago, and that traders on the quay had lost a season of visitors.")
    assert (a.title, a.source, a.published) == ("Lunmoor ferry to run again in spring", "The Lunmoor Courier",
                                                pd.Timestamp("2025-03-04"))
    assert a.url == "https://www.lunmoor-courier.example/2025/03/04/ferry-returns/"


def test_statements_of_a_page_hold_only_the_article_s_words():
    a = _load("furniture.html")
    st = extract_statements(a.text, published=a.published)
    assert list(st.text) == [
        "The ferry between Lunmoor and the island of Skerrow will run again from April",
        "We have rebuilt the landing stage from the water up, and the crossing will be safer than it has been "
        "for thirty years,",
        "the town had waited too long for the work, which was first promised six years ago, and that traders on "
        "the quay had lost a season of visitors"]
    assert st.speaker.iloc[2] == "Bram Oduya" and "Ada Quill" in st.speaker.iloc[1]
    assert [a.text[s:e] == t for s, e, t in zip(st.start, st.end, st.text)] == [True] * 3
    assert list(st.date) == [pd.Timestamp("2025-03-03"), pd.Timestamp("2025-03-04"), pd.Timestamp("2025-03-04")]


def test_headline_and_site_come_from_the_page_s_metadata_not_its_template():
    a = _load("metadata.html")
    # og:title and the JSON-LD headline are the software's name ("quillpress"): passed over; the
    # <title> loses the site's name and tagline; the article's own date wins over the sidebar's
    assert (a.title, a.source, a.published) == ("Skerrow school wins choir prize", "Skerrow Weekly",
                                                pd.Timestamp("2024-11-02"))
    assert a.text.startswith("Skerrow school wins choir prize\nThe choir of Skerrow primary school won")
    assert "Ferry timetable" not in a.text


def test_a_date_in_the_article_s_header_wins_and_dates_ahead_go_into_the_next_year():
    a = _load("ahead.html")
    assert (a.title, a.source, a.published) == ("Regatta crews test the new pier", "Coastline Daily",
                                                pd.Timestamp("2025-12-20"))
    st = extract_statements(a.text, published=a.published)
    by_text = dict(zip(st.text, st.date))
    assert by_text["the new pier would hold in any sea the winter could bring"] == pd.Timestamp("2026-01-09")
    assert by_text["the landing stage had come through without damage"] == pd.Timestamp("2025-12-19")
    assert list(st.date_text) == ["on Friday", "Jan. 9", None]


FERRY = (
    "Ferry timetable grows for summer\n"
    "The island ferry will sail six times a day from June, up from four, the operator Skerrow Sound Lines said on "
    "Thursday after a spring of full boats.\n"
    "“We turned people away on the quay every weekend in April, and that cannot happen again,” operations chief "
    "Pell Arvid said.\n"
    "Skerrow, an island of some 900 people eleven miles off the Lunmoor coast, has been linked to the mainland by "
    "a single ferry route since the causeway plan was dropped in 1987.")


def test_what_a_site_prints_on_every_page_of_a_corpus_is_the_site_s():
    df = load_articles(PAGES / "island_paper").set_index("title")
    assert list(df.index) == ["Ferry timetable grows for summer", "Market moves back to the square",
                              "School roof repaired before term"]
    assert set(df.source) == {"The Island Paper"}  # the titles' shared part, where only the host was known
    # the short line on all three pages goes; the long background paragraph they share stays
    assert df.loc["Ferry timetable grows for summer"].text == FERRY
    assert all("recycled paper" not in t and "causeway plan" in t for t in df.text)


def test_one_page_alone_keeps_what_only_a_corpus_shows():
    a = _load("island_paper/ferry.html")
    assert (a.title, a.source) == ("Ferry timetable grows for summer | The Island Paper", "swk.example")
    assert a.text == FERRY.replace("Ferry timetable grows for summer\n",
                                   "Ferry timetable grows for summer | The Island Paper\n", 1) + \
        "\nThe Island Paper is printed on recycled paper at the Skerrow press."


def test_a_site_s_repeats_need_enough_pages():
    from analysis.io.site_repeats import REPEAT_MIN_PAGES, repeated_lines, shared_title_part

    page = "Headline {n}\nA story line {n}.\nThe Paper is printed on recycled paper."
    assert repeated_lines([page.format(n=n) for n in range(REPEAT_MIN_PAGES - 1)]) == frozenset()
    assert repeated_lines([page.format(n=n) for n in range(REPEAT_MIN_PAGES)]) == frozenset(
        {"The Paper is printed on recycled paper."})
    assert shared_title_part(["Fees rise | The Paper", "Pier opens | The Paper", "Quiet week"]) == "The Paper"
    assert shared_title_part(["Fees rise | The Paper", "Pier opens | Other Paper"]) is None
