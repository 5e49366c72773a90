"""Reading articles: formats, metadata, encodings, and every kind of bad file."""
import hashlib
import json
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis import ArticleError, extract_statements, load_articles
from analysis.articles import decode, parse_front_matter

STORY = "Bridge to reopen in May\n“We will reopen the bridge in May,” Mayor Ilsa Brandt said.\n"


def load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(path, **kw)


def test_txt_with_front_matter(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\ntitle: Bridge news\npublished: 2025-03-04\nsource: The Halden Courier\n"
                 "url: https://example.org/a\n---\n" + STORY, encoding="utf-8")
    df = load(f)
    row = df.iloc[0]
    assert (row.title, row.published, row.source, row.url) == (
        "Bridge news", pd.Timestamp("2025-03-04"), "The Halden Courier", "https://example.org/a")
    assert row.text == STORY
    assert row.n_words == len(STORY.split())


def test_headline_is_first_nonempty_line(tmp_path):
    (tmp_path / "a.txt").write_text("\n\n" + STORY, encoding="utf-8")
    assert load(tmp_path).iloc[0].title == "Bridge to reopen in May"


def test_article_id_is_stable_content_hash(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    aid = load(tmp_path).iloc[0].article_id
    assert aid == hashlib.sha1(STORY.encode()).hexdigest()[:12]


def test_jsonl_and_manifest(tmp_path):
    recs = [{"text": STORY, "title": "One", "published": "2025-03-01"},
            {"text": STORY.replace("May", "June"), "source": "Courier"}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY.replace("May", "July"), encoding="utf-8")
    (tmp_path / "articles.csv").write_text("file,title,published,source\nb.txt,From manifest,2025-04-01,Gazette\n")
    df = load(tmp_path).set_index("path")
    b = df.loc[str(tmp_path / "b.txt")]
    assert (b.title, b.published, b.source) == ("From manifest", pd.Timestamp("2025-04-01"), "Gazette")
    assert df.loc[f"{tmp_path / 'feed.jsonl'}#1"].title == "One"
    assert df.loc[f"{tmp_path / 'feed.jsonl'}#2"].source == "Courier"


def test_html_main_text_without_scripts(tmp_path):
    html = ("<html><head><title>Bridge news</title><script>alert(1)</script><style>p{}</style></head><body>"
            "<nav>Home | News</nav><article><h1>Bridge news</h1>"
            "<p>“We will reopen the bridge in May, and nobody will stop us now,” Mayor Ilsa Brandt said on Monday "
            "at a packed meeting in the town hall of Port Halden.</p>"
            "<p>The council said the repairs had cost far more than planned, and that the final bill would be "
            "published next week after an audit by the regional office.</p>"
            "<iframe src='x'></iframe><img src=x onerror='alert(2)'></article></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    df = load(tmp_path)
    text = df.iloc[0].text
    assert "reopen the bridge" in text
    assert "alert" not in text and "<" not in text
    st = extract_statements(text)
    assert "Ilsa Brandt" in set(st.speaker)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_encodings_decode_without_mojibake(tmp_path, encoding):
    text = "Café owners said the résumé was “fine”." if encoding == "cp1252" else "Café owners said the résumé was fine."
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    assert load(tmp_path).iloc[0].text == text


def test_mixed_line_endings_keep_offsets(tmp_path):
    raw = "Headline\r\n“We will win,” Ada Voss said.\rShe left.\nThe end.\n"
    (tmp_path / "a.txt").write_bytes(raw.encode())
    df = load(tmp_path)
    text = df.iloc[0].text
    st = extract_statements(text)
    for r in st.itertuples():
        assert text[r.start:r.end] == r.text


def test_decode_refuses_binary():
    with pytest.raises(ArticleError, match="PDF"):
        decode(b"%PDF-1.7 ...", "x.txt")


def test_front_matter_without_closing_line_is_text():
    meta, body = parse_front_matter("---\ntitle: x\nno end")
    assert meta == {} and body.startswith("---")


def _bad_corpus(root: Path) -> dict:
    """Every kind of bad file, each expected to give one error row (path -> reason fragment)."""
    root.mkdir()
    (root / "good.txt").write_text(STORY, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("   \n\t\n", encoding="utf-8")
    (root / "report.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "archive.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00")
    (root / "feed.jsonl").write_text(json.dumps({"text": STORY.replace("May", "June")}) + "\n{broken\n",
                                     encoding="utf-8")
    (root / "baddate.txt").write_text("---\ntitle: T\npublished: not a date\n---\n" + STORY.replace("May", "August"),
                                      encoding="utf-8")
    (root / "zz_copy_of_good.txt").write_text(STORY, encoding="utf-8")
    (root / "huge.txt").write_bytes(b"a" * 1024)  # refused below with max_bytes=512
    (root / "loop").mkdir()
    os.symlink(root / "loop", root / "loop" / "again")
    return {"empty.txt": "empty", "blank.txt": "white space", "report.txt": "PDF", "photo.txt": "PNG",
            "archive.txt": "zip", "feed.jsonl#2": "line 2", "baddate.txt": "date", "zz_copy_of_good.txt": "duplicate",
            "huge.txt": "too large", "again": "loop"}


def test_bad_inputs_corpus_never_fails_and_never_changes_inputs(tmp_path):
    root = tmp_path / "bad_inputs"
    expected = _bad_corpus(root)
    before = {p: hashlib.sha1(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file() and not p.is_symlink()}
    with pytest.warns(UserWarning):
        df = load_articles(root, max_bytes=512)
    after = {p: hashlib.sha1(p.read_bytes()).hexdigest() for p in before}
    assert before == after
    errors = df.attrs["errors"]
    assert len(errors) == len(expected)
    for name, fragment in expected.items():
        rows = errors[errors.path.str.endswith(name)]
        assert len(rows) == 1, name
        assert fragment.lower() in rows.iloc[0].reason.lower(), (name, rows.iloc[0].reason)
    # the good article, the good JSON line and the article with a bad date load; the copy counts once
    assert len(df) == 3
    assert df.loc[df.path.str.endswith("baddate.txt"), "published"].isna().all()


def test_strict_raises_named_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ArticleError) as e:
        load_articles(tmp_path, strict=True)
    assert e.value.path.endswith("empty.txt") and "empty" in e.value.reason


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    f = tmp_path / "secret.txt"
    f.write_text(STORY, encoding="utf-8")
    real = os.open

    def deny(path, *args, **kw):  # tests run as root, which chmod 000 does not stop
        if os.fspath(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kw)

    monkeypatch.setattr(os, "open", deny)
    df = load(tmp_path)
    assert len(df) == 0
    assert "Permission denied" in df.attrs["errors"].iloc[0].reason


def test_missing_path_raises(tmp_path):
    with pytest.raises(ArticleError, match="no such"):
        load_articles(tmp_path / "nope")


def test_long_sentence_and_unbalanced_quotes(tmp_path):
    text = "Headline\n“" + "word " * 4000 + "\nThe mayor said the plan was dead.\n"
    st = extract_statements(text)
    assert "the plan was dead" in set(st.text)


def test_two_corpora_concatenate(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / "y.txt").write_text(STORY.replace("May", "June"), encoding="utf-8")
    (tmp_path / "b" / "empty.txt").write_bytes(b"")
    both = pd.concat([load(tmp_path / "a"), load(tmp_path / "b")], ignore_index=True)
    assert len(both) == 2


def test_malformed_html_is_read_or_reported(tmp_path):
    (tmp_path / "broken.html").write_text(
        "<html><body><div><p>“We will reopen the bridge in May,” Mayor Ilsa Brandt said on Monday at the town hall "
        "of Port Halden, where the council met late into the night to settle the harbour budget<p><b>unclosed "
        "<i>tags <table><tr><td>cell</div></span></html></html>", encoding="utf-8")
    (tmp_path / "nothing.html").write_text("<html><<<>>></html>", encoding="utf-8")
    df = load(tmp_path)
    errors = df.attrs["errors"]
    assert len(df) + len(errors) == 2
    if len(df):
        assert "reopen the bridge" in " ".join(df.text)


def test_huge_file_is_refused_with_a_size_message(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:  # 50 MB, written sparsely: no memory is spent on it
        f.seek(50_000_000)
        f.write(b"x")
    df = load(tmp_path)
    assert len(df) == 0
    assert "too large" in df.attrs["errors"].iloc[0].reason and "MB" in df.attrs["errors"].iloc[0].reason


def test_cache_reads_only_new_or_changed_files(tmp_path, monkeypatch):
    import analysis.articles as articles

    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"{n}.txt").write_text(STORY.replace("May", f"month {n}"), encoding="utf-8")
    first = load(corpus, cache=cache)
    reads = []
    real = articles.read_file
    monkeypatch.setattr(articles, "read_file", lambda f, **kw: reads.append(Path(f).name) or real(f, **kw))
    (corpus / "3.txt").write_text(STORY.replace("May", "month 3"), encoding="utf-8")
    again = load(corpus, cache=cache)
    assert reads == ["3.txt"]
    pd.testing.assert_frame_equal(again.iloc[:3].reset_index(drop=True), first.reset_index(drop=True))
    assert len(again) == 4


def test_cached_load_equals_fresh_load(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("---\ntitle: T\npublished: 2025-03-04\n---\n" + STORY, encoding="utf-8")
    (corpus / "b.txt").write_text(STORY.replace("May", "June"), encoding="utf-8")  # no metadata at all
    fresh = load(corpus)
    load(corpus, cache=tmp_path / "c")
    cached = load(corpus, cache=tmp_path / "c")
    pd.testing.assert_frame_equal(fresh, cached)
    assert len(cached.attrs["errors"]) == 0
