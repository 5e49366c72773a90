"""analysis.render.explore: picking statements and reading them in their paragraphs."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.render import explore
from analysis.report import WIDGET_VIEW, static_outputs
from analysis.timeline import UNNAMED

TEXT_A = ("Harbour talks stall\n"
          "Minister Ada Voss said the strikes would end soon. Others disagreed.\n"
          "“We will not back down,” said Mira Kallan of the dockworkers' union.")
TEXT_B = "Ferry fares rise\nA spokesman said the ferry strike had cost Norvania dearly."


@pytest.fixture
def corpus():
    articles = pd.DataFrame({"article_id": ["a", "b"], "title": ["Harbour talks stall", "Ferry fares rise"],
                             "text": [TEXT_A, TEXT_B],
                             "published": pd.to_datetime(["2025-03-03", "2025-03-20"])})
    s1 = TEXT_A.index("the strikes")
    s2 = TEXT_A.index("We will")
    s3 = TEXT_B.index("the ferry")
    statements = pd.DataFrame({
        "statement_id": ["a-1", "a-2", "b-1"], "article_id": ["a", "a", "b"],
        "speaker": pd.array(["Ada Voss", "Mira Kallan", None], dtype="string"),
        "text": [TEXT_A[s1:TEXT_A.index(". Others")], "We will not back down,", TEXT_B[s3:-1]],
        "start": [s1, s2, s3], "end": [TEXT_A.index(". Others"), s2 + 22, len(TEXT_B) - 1],
        "date": pd.to_datetime(["2025-03-02", None, None]),
        "published": pd.to_datetime(["2025-03-03", "2025-03-03", "2025-03-20"]),
        "actors": [[], [], ["Norvania"]]})
    mentions = pd.DataFrame({"statement_id": ["b-1"], "actor": ["Norvania"], "sentiment": [-0.4]})
    return statements, mentions, articles


def test_select_by_each_field(corpus):
    st, m, _ = corpus
    ids = lambda q: explore.select(st, m, q)["statement_id"].tolist()  # noqa: E731
    assert ids(explore.Query()) == ["a-1", "a-2", "b-1"]
    assert ids(explore.Query(speaker="Ada Voss")) == ["a-1"]
    assert ids(explore.Query(speaker=UNNAMED)) == ["b-1"]
    assert ids(explore.Query(actor="Norvania")) == ["b-1"]
    assert ids(explore.Query(keyword="strike")) == ["a-1", "b-1"]        # "strikes" matches its singular
    assert ids(explore.Query(keyword="STRIKE", speaker="Ada Voss")) == ["a-1"]
    assert ids(explore.Query(start="2025-03-03")) == ["a-2", "b-1"]      # a-1 was said on the 2nd
    assert ids(explore.Query(end="2025-03-03")) == ["a-1", "a-2"]        # the end day included
    assert ids(explore.Query(keyword="nobody said")) == []


def test_in_context_highlights_the_statement_in_its_paragraph(corpus):
    st, m, arts = corpus
    page = explore.in_context(explore.select(st, m, explore.Query(keyword="strike")), arts, keyword="strike",
                              limit=1)
    assert 'Minister Ada Voss said <mark style="background:#fde9b5;padding:1px 0">the <b>strikes</b> would end ' \
           "soon</mark>. Others disagreed." in page
    assert "Harbour talks stall</i>" in page and "02 Mar 2025" in page
    assert "Mira Kallan" not in page and "… and 1 more statement." in page


def test_summary_counts_and_escapes(corpus):
    st, m, arts = corpus
    page = explore.summary_html(st, m, arts, explore.Query(actor="Norvania"))
    assert "1 statement of 3: actor Norvania" in page
    assert "(unnamed source)" in page and "Norvania" in page
    nothing = explore.summary_html(st, m, arts, explore.Query(keyword="<script>"))
    assert "<script>" not in nothing and "&lt;script&gt;" in nothing and "0 statements of 3" in nothing


def test_explorer_widgets_update_the_selection(corpus):
    pytest.importorskip("ipywidgets")
    st, m, arts = corpus
    box = explore.explorer(st, m, arts, explore.Query(speaker="Ada Voss"))
    speaker, actor, keyword = box.children[0].children
    assert speaker.value == "Ada Voss" and actor.value is None
    assert [label for label, _ in speaker.options][:2] == ["(any)", "Ada Voss (1)"]
    start, end = box.children[1].children
    assert (str(start.value), str(end.value)) == ("2025-03-02", "2025-03-20")


def test_a_rendered_report_keeps_the_html_of_a_widget_output():
    # a notebook as its JSON reads (nbformat's NotebookNode is this dict with attribute access)
    both = {"output_type": "display_data", "metadata": {},
            "data": {WIDGET_VIEW: {"model_id": "x"}, "text/html": "<p>static</p>", "text/plain": "VBox()"}}
    only = {"output_type": "display_data", "metadata": {}, "data": {WIDGET_VIEW: {"model_id": "y"}, "text/plain": "VBox()"}}
    nb = {"nbformat": 4, "nbformat_minor": 5, "cells": [{"cell_type": "code", "source": "", "outputs": [both, only]}],
          "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}}}}
    out = static_outputs(nb)
    assert "widgets" not in out["metadata"]
    assert list(out["cells"][0]["outputs"][0]["data"]) == ["text/html", "text/plain"]
    assert WIDGET_VIEW in out["cells"][0]["outputs"][1]["data"]  # nothing else to show: left as it was
