"""Reading bad values: dates pandas cannot hold, JSON records of every wrong shape, damaged lines.

One bad value costs its article (or only its field), never the corpus: each gives one row in
the errors table with its reason. Fixtures are built at run time in a temporary folder.
"""
import json
import os
import tempfile
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from analysis import extract_statements, load_articles

STORY = "Ferry to sail in June\n“The ferry will sail again in June,” harbour master Odile Kestrel said.\n"
OTHER = "Library hours grow\n“We will open on Sundays,” librarian Tomas Wennerberg said.\n"
THIRD = "Orchard festival moves\n“The festival moves to the old mill,” organiser Pia Lindqvist said.\n"


def load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(path, **kw)


def jsonl(path, *lines):
    """Write JSON lines: dicts are dumped, strings and bytes written as they are."""
    out = b"\n".join(ln if isinstance(ln, bytes) else (ln if isinstance(ln, str) else json.dumps(ln)).encode()
                     for ln in lines)
    path.write_bytes(out + b"\n")


@pytest.mark.parametrize("published", ["1600-06-01", "0001-01-01", "2300-01-01", "1/1/1600",
                                       "2262-04-11T23:59:00-05:00"])
def test_date_out_of_range_is_missing_with_a_warning(tmp_path, published):
    f = tmp_path / "old.txt"
    f.write_text(f"---\ntitle: Old news\npublished: {published}\n---\n{STORY}", encoding="utf-8")
    (tmp_path / "new.txt").write_text(f"---\npublished: 2025-06-01\n---\n{OTHER}", encoding="utf-8")
    with pytest.warns(UserWarning, match="old.txt: published date .* is outside the dates pandas can hold"):
        df = load_articles(tmp_path)
    df = df.set_index("path")
    assert pd.isna(df.loc[str(f), "published"])
    assert df.loc[str(f), "title"] == "Old news"  # the article is kept
    assert df.loc[str(tmp_path / "new.txt"), "published"] == pd.Timestamp("2025-06-01")
    assert df.published.dtype == "datetime64[ns]"
    errors = df.attrs["errors"]
    assert errors.values.tolist() == [[str(f), f"published date {published!r} is outside the dates pandas can hold "
                                               "(1677-09-22 to 2262-04-11): kept as unknown"]]


@pytest.mark.parametrize("published, expected", [("1677-09-22", "1677-09-22"), ("2262-04-10T12:00", "2262-04-10 12:00"),
                                                 ("2025-03-04T10:00:00+02:00", "2025-03-04 08:00")])
def test_dates_at_the_edges_of_the_range_are_read(tmp_path, published, expected):
    (tmp_path / "a.txt").write_text(f"---\npublished: {published}\n---\n{STORY}", encoding="utf-8")
    df = load(tmp_path)
    assert df.published[0] == pd.Timestamp(expected)
    assert len(df.attrs["errors"]) == 0


@pytest.mark.parametrize("value, reason", [
    ([2025, 3, 4], "published is a list, not a date: kept as unknown"),
    ({"year": 2025}, "published is an object, not a date: kept as unknown"),
    (20250304, "published is a number, not a date: kept as unknown"),
    (True, "published is true or false, not a date: kept as unknown"),
])
def test_jsonl_published_of_the_wrong_type(tmp_path, value, reason):
    jsonl(tmp_path / "feed.jsonl", {"text": STORY, "published": value}, {"text": OTHER, "published": "2025-06-01"})
    with pytest.warns(UserWarning, match="feed.jsonl#1: published is"):
        df = load_articles(tmp_path)
    assert len(df) == 2
    assert pd.isna(df.published[0]) and df.published[1] == pd.Timestamp("2025-06-01")
    assert df.attrs["errors"].values.tolist() == [[f"{tmp_path / 'feed.jsonl'}#1", reason]]


def test_jsonl_metadata_of_the_wrong_type(tmp_path):
    jsonl(tmp_path / "feed.jsonl", {"text": STORY, "title": ["a", "b"], "source": {"name": "Courier"}, "url": 7})
    df = load(tmp_path)
    row = df.iloc[0]
    assert (row.title, row.url) == ("Ferry to sail in June", "7")  # the headline stands in
    assert pd.isna(row.source)
    assert df.attrs["errors"].reason.tolist() == ["title is a list, not text: kept as unknown",
                                                  "source is an object, not text: kept as unknown"]


def test_deeply_nested_line_is_one_row(tmp_path):
    jsonl(tmp_path / "feed.jsonl", {"text": STORY}, "[" * 100_000 + "]" * 100_000, {"text": OTHER})
    df = load(tmp_path)
    assert df.text.tolist() == [STORY, OTHER]
    assert df.attrs["errors"].values.tolist() == [
        [f"{tmp_path / 'feed.jsonl'}#2", "invalid JSON on line 2: nested too deeply to read"]]


def test_integer_of_100000_digits_is_one_row(tmp_path):
    jsonl(tmp_path / "feed.jsonl", {"text": STORY}, '{"text": "x", "count": ' + "7" * 100_000 + "}", {"text": OTHER})
    df = load(tmp_path)
    assert df.text.tolist() == [STORY, OTHER]
    errors = df.attrs["errors"]
    assert errors.path.tolist() == [f"{tmp_path / 'feed.jsonl'}#2"]
    assert errors.reason[0].startswith("invalid JSON on line 2: a number too long to read (over ")


def test_lone_surrogate_is_replaced_one_for_one(tmp_path):
    line = '{"text": "Ferry news\\n\\u201cWe sail in June \\ud800,\\u201d harbour master Odile Kestrel said.", ' \
           '"title": "Ferry \\udfff"}'
    raw = json.loads(line)["text"]
    jsonl(tmp_path / "feed.jsonl", line, {"text": OTHER})
    with pytest.warns(UserWarning, match="feed.jsonl#1: .*lone surrogate escapes"):
        df = load_articles(tmp_path)
    text = df.text[0]
    assert len(text) == len(raw) and text == raw.replace("\ud800", "\ufffd")
    assert df.title[0] == "Ferry \ufffd"
    assert df.attrs["errors"].reason.tolist() == [
        "the text holds lone surrogate escapes (like \\ud800): each read as U+FFFD",
        "title holds lone surrogate escapes: each read as U+FFFD"]
    for r in extract_statements(text).itertuples():  # offsets index the text as loaded
        assert text[r.start:r.end] == r.text


def test_raw_nul_byte_loses_only_its_line(tmp_path):
    jsonl(tmp_path / "feed.jsonl", {"text": STORY}, b'{"text": "damaged\x00 line"}', {"text": OTHER}, b"\x00", {"text": THIRD})
    df = load(tmp_path)
    assert df.text.tolist() == [STORY, OTHER, THIRD]
    assert df.attrs["errors"].values.tolist() == [
        [f"{tmp_path / 'feed.jsonl'}#2", "invalid JSON on line 2: holds a NUL byte (damaged data)"],
        [f"{tmp_path / 'feed.jsonl'}#4", "invalid JSON on line 4: holds a NUL byte (damaged data)"]]


def test_jsonl_in_utf16_without_a_byte_order_mark_is_one_row(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes((json.dumps({"text": STORY}) + "\n").encode("utf-16-le") * 20)
    df = load(tmp_path)
    assert len(df) == 0
    assert df.attrs["errors"].reason.tolist() == ["binary file (contains NUL bytes), not text"]


def test_pretty_printed_json_object_is_one_article(tmp_path):
    f = tmp_path / "story.json"
    f.write_text(json.dumps({"text": STORY, "title": "Ferry", "published": "2025-06-02"}, indent=2), encoding="utf-8")
    df = load(tmp_path)
    assert df[["path", "title", "published", "text"]].values.tolist() == [
        [str(f), "Ferry", pd.Timestamp("2025-06-02"), STORY]]
    assert len(df.attrs["errors"]) == 0


def test_pretty_printed_json_list_is_one_article_each(tmp_path):
    f = tmp_path / "stories.json"
    f.write_text(json.dumps([{"text": STORY}, {"title": "no text"}, {"text": OTHER}], indent=4), encoding="utf-8")
    df = load(tmp_path)
    assert df[["path", "text"]].values.tolist() == [[f"{f}#1", STORY], [f"{f}#3", OTHER]]
    assert df.attrs["errors"].values.tolist() == [[f"{f}#2", "record 2 has no text"]]


def test_json_file_holding_json_lines_is_read_by_line(tmp_path):
    jsonl(tmp_path / "feed.json", {"text": STORY}, "{oops", {"text": OTHER})
    df = load(tmp_path)
    assert df.text.tolist() == [STORY, OTHER]
    assert df.attrs["errors"].path.tolist() == [f"{tmp_path / 'feed.json'}#2"]


@pytest.mark.parametrize("content, reason", [
    ('{\n  "text": "unfinished\n', "invalid JSON at line 2: Invalid control character at"),
    ("[\n" + "[" * 100_000, "invalid JSON: nested too deeply to read"),
    ("[]", "no records in the JSON"),
])
def test_broken_json_document_is_one_row(tmp_path, content, reason):
    (tmp_path / "doc.json").write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    df = load(tmp_path)
    assert df.text.tolist() == [STORY]
    errors = df.attrs["errors"]
    assert errors.path.tolist() == [str(tmp_path / "doc.json")]
    assert errors.reason[0].startswith(reason)


def test_line_separator_inside_a_json_string_is_not_a_line_break(tmp_path):
    text = STORY + "Second paragraph\u2028same line\x85 still one record.\n"
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    df = load(tmp_path)
    assert df.text.tolist() == [text]
    assert len(df.attrs["errors"]) == 0


def test_records_with_problems_are_reported_again_from_the_cache(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    jsonl(corpus / "feed.jsonl", {"text": STORY, "published": ["x"]}, "{bad")
    (corpus / "old.txt").write_text(f"---\npublished: 1500-01-01\n---\n{OTHER}", encoding="utf-8")
    first = load(corpus, cache=tmp_path / "cache")
    again = load(corpus, cache=tmp_path / "cache")
    pd.testing.assert_frame_equal(first, again)
    assert len(again.attrs["errors"]) == 3
    assert again.attrs["errors"].equals(first.attrs["errors"])


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3), max_leaves=8)


# slow: 60 generated corpora written and read (2 s)
@pytest.mark.slow
@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(record=st.dictionaries(st.sampled_from(["text", "title", "published", "date", "source", "url"]), JSON_VALUES),
       junk=st.text(st.characters(exclude_categories=["Cs"]), max_size=200).map(str.encode), nul=st.booleans())
def test_any_json_record_or_junk_line_never_stops_the_corpus(record, junk, nul):
    junk = junk.replace(b"\n", b" ") + (b"\x00" if nul else b"")  # one line, in UTF-8 like the rest
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "feed.jsonl"), "wb") as f:
            f.write(json.dumps({"text": STORY}).encode() + b"\n" + json.dumps(record).encode() + b"\n"
                    + junk + b"\n" + json.dumps({"text": OTHER}).encode() + b"\n")
        df = load(d)
    errors = df.attrs["errors"]
    if len(df) == 0:  # junk that makes the whole file binary: one row for the file
        assert errors.path.tolist() == [os.path.join(d, "feed.jsonl")]
        return
    assert df.text.iloc[0] == STORY and df.text.iloc[-1] == OTHER
    assert df.published.dtype == "datetime64[ns]"
    assert all(p.startswith(os.path.join(d, "feed.jsonl")) for p in errors.path)
    assert len(df) + len(set(errors.path)) >= 3


def test_filtered_articles_tables_concatenate_with_their_errors(tmp_path):
    """Filtering deep-copies ``attrs``: the errors table stays an ErrorTable, so two filtered
    halves of one articles table concatenate (pandas compares their ``attrs``)."""
    import pandas as pd

    from analysis.articles import ErrorTable, load_articles

    (tmp_path / "a.txt").write_text("Mayor Ilsa Brand opened the Tollen bridge.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Councillor Ode Varn closed the Tollen market.", encoding="utf-8")
    (tmp_path / "c.json").write_text("{not json", encoding="utf-8")
    with pytest.warns(UserWarning, match="invalid JSON"):
        arts = load_articles(tmp_path)
    halves = [arts.iloc[:1], arts.iloc[1:]]
    assert all(type(h.attrs["errors"]) is ErrorTable for h in halves)
    both = pd.concat(halves)
    assert list(both["path"].map(lambda p: p.rsplit("/", 1)[-1])) == ["a.txt", "b.txt"]
    assert list(both.attrs["errors"]["path"].map(lambda p: p.rsplit("/", 1)[-1])) == ["c.json"]
