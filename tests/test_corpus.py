"""A corpus: statements with article columns, engines, the cache, short names linked."""
import pandas as pd
import pytest

import analysis
from analysis.corpus import link_short_names


@pytest.fixture(scope="module")
def fixture_articles():
    from conftest import FIXTURES
    return analysis.load_articles(FIXTURES / "corpus")


def test_statements_join_article_columns(fixture_articles):
    st = analysis.statements(fixture_articles, engine="serial", progress=False)
    assert list(st.columns[:2]) == ["article_id", "statement_id"]
    assert {"path", "title", "published"} <= set(st.columns)
    assert st["statement_id"].is_unique
    texts = dict(zip(fixture_articles.article_id, fixture_articles.text))
    for r in st.itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text


def test_process_engine_equals_serial(fixture_articles):
    a = analysis.statements(fixture_articles, engine="serial", progress=False)
    b = analysis.statements(fixture_articles, engine="processes", workers=2, progress=False)
    pd.testing.assert_frame_equal(a, b)


def test_cache_parses_only_new_articles(fixture_articles, tmp_path, monkeypatch):
    first = analysis.statements(fixture_articles.iloc[:5], cache=tmp_path, progress=False)
    calls = []
    import analysis.corpus as corpus
    real = corpus.parse_article
    monkeypatch.setattr(corpus, "parse_article", lambda a: calls.append(a["article_id"]) or real(a))
    again = analysis.statements(fixture_articles.iloc[:6], cache=tmp_path, progress=False, engine="serial")
    assert calls == [fixture_articles.iloc[5].article_id]
    pd.testing.assert_frame_equal(again[again.article_id.isin(first.article_id)].reset_index(drop=True), first)


def test_unknown_engine_is_a_clear_error(fixture_articles):
    with pytest.raises(ValueError, match="unknown engine"):
        analysis.statements(fixture_articles, engine="gpu", progress=False)


def test_short_names_link_to_the_one_full_name():
    st = pd.DataFrame({"speaker": ["Ada Voss", "Voss", "Brekke", "Tomas Brekke", "Kari Brekke"],
                       "speaker_type": ["person"] * 5, "speaker_method": ["explicit"] * 5})
    out = link_short_names(st.copy())
    assert list(out.speaker) == ["Ada Voss", "Ada Voss", "Brekke", "Tomas Brekke", "Kari Brekke"]
    assert out.speaker_method[1] == "alias"


def test_mentions_in_processes_equal_one_process(fixture_articles, monkeypatch):
    import importlib

    mentions_module = importlib.import_module("analysis.mentions")  # the module, not the function

    st = analysis.statements(fixture_articles, engine="serial", progress=False)
    one = analysis.mentions(st, fixture_articles, workers=1)
    monkeypatch.setattr(mentions_module, "PARALLEL_MIN_STATEMENTS", 0)
    two = analysis.mentions(st, fixture_articles, workers=2)
    pd.testing.assert_frame_equal(one, two)
    assert len(one) > 0


def test_values_stay_within_the_schema(fixture_articles):
    from analysis import schema

    st = analysis.statements(fixture_articles, engine="serial", progress=False)
    assert set(st["kind"]) <= set(schema.KINDS)
    assert set(st["speaker_method"].dropna()) <= set(schema.SPEAKER_METHODS)
    assert set(st["cue_type"].dropna()) <= set(schema.CUE_TYPES)
