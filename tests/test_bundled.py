"""TextBlob's lexicons as plain tables, memoised on disk: same content, any cache state."""
from __future__ import annotations

import pytest

from analysis import bundled


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(bundled, "CACHE_DIR", tmp_path / "cache")
    bundled.pos_lexicon.cache_clear()
    bundled.sentiment_tables.cache_clear()
    yield tmp_path / "cache"
    bundled.pos_lexicon.cache_clear()
    bundled.sentiment_tables.cache_clear()


def test_pos_lexicon_is_textblobs(cache_dir):
    from textblob.en import parser

    table = bundled.pos_lexicon()
    assert table == dict(dict.items(parser.lexicon))
    assert table["the"] == "DT"
    assert len(list(cache_dir.glob("textblob-*-en-lexicon.txt-*.pickle"))) == 1


def test_sentiment_tables_are_textblobs(cache_dir):
    from textblob.en import sentiment

    tb = bundled.sentiment_tables()
    assert list(tb.lexicon["good"][:3]) == list(sentiment["good"][None])
    assert tb.lexicon["very"][3] is True and tb.lexicon["good"][3] is False  # "very" modifies
    assert tb.negations == frozenset(sentiment.negations)
    assert tb.emoticons[":)"] > 0 and tb.emoticons[":("] < 0


def test_cache_is_read_back_without_textblob(cache_dir, monkeypatch):
    first = bundled.pos_lexicon()
    bundled.pos_lexicon.cache_clear()
    monkeypatch.setattr(bundled, "_read_pos_lexicon", lambda: pytest.fail("TextBlob read again"))
    assert bundled.pos_lexicon() == first


def test_damaged_cache_is_rebuilt(cache_dir):
    first = bundled.pos_lexicon()
    (path,) = cache_dir.glob("textblob-*-en-lexicon.txt-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle")
    bundled.pos_lexicon.cache_clear()
    assert bundled.pos_lexicon() == first
    bundled.pos_lexicon.cache_clear()
    assert bundled.pos_lexicon() == first  # and the file was written again whole


def test_unwritable_cache_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(bundled, "CACHE_DIR", blocker / "cache")
    bundled.sentiment_tables.cache_clear()
    try:
        assert bundled.sentiment_tables().lexicon["good"][0] > 0
    finally:
        bundled.sentiment_tables.cache_clear()
