"""analysis.notebook.load: the notebooks' one way to read a corpus, through the caches."""
from pathlib import Path

import pandas as pd

import analysis
from analysis.notebook import Corpus, load

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"


def test_load_through_the_cache_equals_a_fresh_parse(tmp_path):
    fresh = analysis.statements(analysis.load_articles(FIXTURES), engine="serial", progress=False)
    first = load(FIXTURES, cache=tmp_path)
    again = load(FIXTURES, cache=tmp_path)  # read back from the cache this time
    assert isinstance(first, Corpus) and first.source == str(FIXTURES)
    assert len(first.articles) == 14 and len(first.statements) == len(fresh) > 0
    pd.testing.assert_frame_equal(first.statements, fresh)
    pd.testing.assert_frame_equal(again.statements, fresh)
    assert any(tmp_path.iterdir())  # the cache was written where it was asked to be


def test_mentions_are_computed_once_on_first_use(tmp_path):
    corpus = load(FIXTURES, cache=tmp_path)
    assert "mentions" not in corpus.__dict__
    m = corpus.mentions
    assert corpus.mentions is m and len(m) > 0
    assert set(m["statement_id"]) <= set(corpus.statements["statement_id"])
    pd.testing.assert_frame_equal(m, analysis.mentions(corpus.statements, corpus.articles))  # the corpus's table


def test_load_without_cache_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = load(FIXTURES, cache=False)
    assert len(corpus.statements) > 0 and not any(tmp_path.iterdir())


def test_what_reading_warned_about_is_kept_for_the_notebook(tmp_path):
    (tmp_path / "good.txt").write_text("Mayor opens bridge\n\nMayor Ilsa Brandt said the bridge was ready.\n",
                                       encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    corpus = load(tmp_path, cache=False)
    assert len(corpus.articles) == 1
    assert len(corpus.warnings) == 1 and "empty.txt" in corpus.warnings[0]
