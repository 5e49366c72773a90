"""A corpus: statements with article columns, engines, the cache, short names linked."""
import os
import sys
from pathlib import Path

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


# slow: worker processes started
@pytest.mark.slow
def test_process_engine_equals_serial(fixture_articles):
    a = analysis.statements(fixture_articles, engine="serial", progress=False)
    b = analysis.statements(fixture_articles, engine="processes", workers=2, progress=False)
    pd.testing.assert_frame_equal(a, b)


def test_cache_parses_only_new_articles(fixture_articles, tmp_path, monkeypatch):
    first = analysis.statements(fixture_articles.iloc[:5], cache=tmp_path, progress=False)
    calls = []
    import analysis.corpus as corpus
    import analysis.parsing as parsing
    real = corpus.parse_article
    monkeypatch.setattr(parsing, "parse_article", lambda a: calls.append(a["article_id"]) or real(a))
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


# slow: worker processes started
@pytest.mark.slow
def test_mentions_in_processes_equal_one_process(fixture_articles, monkeypatch):
    import importlib

    mentions_module = importlib.import_module("analysis.actor_table")

    st = analysis.statements(fixture_articles, engine="serial", progress=False)
    one = analysis.mentions(st, fixture_articles, workers=1)
    monkeypatch.setattr(mentions_module, "PARALLEL_MIN_STATEMENTS", 0)
    two = analysis.mentions(st, fixture_articles, workers=2)
    pd.testing.assert_frame_equal(one, two)
    assert len(one) > 0


def test_mentions_are_the_actor_mentions_extraction_found(fixture_articles):
    st = analysis.statements(fixture_articles, engine="serial", progress=False)
    m = analysis.mentions(st, fixture_articles, workers=1)
    found = st[["statement_id", "actor_mentions"]].explode("actor_mentions").dropna()
    assert len(m) == len(found) > 0
    assert m["statement_id"].tolist() == found["statement_id"].tolist()
    assert m[["actor", "actor_type", "mention", "start", "end"]].to_dict("records") == found["actor_mentions"].tolist()
    for sid, actors in zip(st["statement_id"], st["actors"]):  # one finding: the actors column agrees
        assert sorted(set(m.loc[m["statement_id"] == sid, "actor"])) == actors
    # no second search: without its records, a statement that names actors has no mentions
    first = st["actor_mentions"].map(len).gt(0).idxmax()
    fewer = st.assign(actor_mentions=[[] if i == first else v for i, v in st["actor_mentions"].items()])
    assert set(analysis.mentions(fewer, fixture_articles, workers=1)["statement_id"]) == \
        set(m["statement_id"]) - {st.loc[first, "statement_id"]}
    with pytest.raises(ValueError, match="actor_mentions"):
        analysis.mentions(st.drop(columns="actor_mentions"), fixture_articles)


def test_values_stay_within_the_schema(fixture_articles):
    from analysis import schema

    st = analysis.statements(fixture_articles, engine="serial", progress=False)
    assert set(st["kind"]) <= set(schema.KINDS)
    assert set(st["speaker_method"].dropna()) <= set(schema.SPEAKER_METHODS)
    assert set(st["cue_type"].dropna()) <= set(schema.CUE_TYPES)


# --- one article's failure is one error row, in every engine ----------------------------------

@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from test_cache import write_corpus

    return analysis.load_articles(write_corpus(tmp_path_factory.mktemp("meetings"), 12))


# slow for processes (worker processes started) and Dask
@pytest.mark.parametrize("engine", ["serial", pytest.param("processes", marks=pytest.mark.slow),
                                    pytest.param("dask", marks=pytest.mark.slow)])
def test_an_article_that_raises_is_one_error_row_and_the_run_goes_on(generated, engine, monkeypatch):
    import warnings

    import analysis.parsing as parsing
    from analysis.errors import ArticleTimeout

    if engine == "dask":
        pytest.importorskip("dask.bag")
    arts = generated.copy()
    arts.loc[3, "text"] = None  # extract_statements raises TypeError, in any process
    stuck = arts.loc[7, "article_id"]
    real = parsing.extract_statements

    def guarded(text, **k):  # the time guard's error, where the workers see this patch (forked)
        if k.get("article_id") == stuck:
            raise ArticleTimeout(2.5)
        return real(text, **k)

    monkeypatch.setattr(parsing, "extract_statements", guarded)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        st = analysis.statements(arts, engine=engine, workers=2, progress=False)
    expected = [(arts.loc[3, "path"], "could not be parsed: TypeError: extract_statements needs a str, got NoneType")]
    if engine != "dask":  # Dask's local workers start afresh (spawn): they do not see the patch
        expected.append((arts.loc[7, "path"],
                         "could not be parsed: extraction took longer than 2.5 s; the article is skipped"))
    assert list(st.attrs["errors"]) == expected
    assert [str(w.message) for w in caught] == [f"skipped {p}: {r}" for p, r in expected]
    failed = {arts.loc[3, "article_id"]} | ({stuck} if engine != "dask" else set())
    ok = arts[~arts["article_id"].isin(failed)]
    monkeypatch.setattr(parsing, "extract_statements", real)
    pd.testing.assert_frame_equal(st, analysis.statements(ok, engine="serial", progress=False))


# slow: worker processes started
@pytest.mark.slow
def test_an_article_that_kills_its_worker_is_one_error_row(generated, monkeypatch):
    import signal

    import analysis.corpus as corpus
    import analysis.parsing as parsing

    real, deadly, parent = corpus.parse_article, generated.loc[4, "article_id"], os.getpid()

    def parse(a):  # as the out-of-memory killer would: the worker process is gone at once
        if a["article_id"] == deadly and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(a)

    monkeypatch.setattr(parsing, "parse_article", parse)
    monkeypatch.setattr(corpus, "CHUNK_MAX", 2)
    with pytest.warns(UserWarning, match="the worker process parsing it died"):
        st = analysis.statements(generated, engine="processes", workers=2, progress=False)
    assert list(st.attrs["errors"]) == [(generated.loc[4, "path"], corpus.WORKER_DIED)]
    monkeypatch.setattr(parsing, "parse_article", real)
    ok = generated[generated["article_id"] != deadly]
    pd.testing.assert_frame_equal(st, analysis.statements(ok, engine="serial", progress=False))


def test_an_article_that_failed_is_not_cached_and_is_tried_again(generated, tmp_path, monkeypatch):
    import analysis.corpus as corpus
    import analysis.parsing as parsing

    real, bad = parsing.extract_statements, generated.loc[5, "article_id"]
    monkeypatch.setattr(parsing, "extract_statements", lambda text, **k: 1 / 0 if k.get("article_id") == bad
                        else real(text, **k))
    with pytest.warns(UserWarning, match="could not be parsed: ZeroDivisionError: division by zero"):
        first = analysis.statements(generated, cache=tmp_path, progress=False, engine="serial")
    assert bad not in set(first["article_id"]) and len(first.attrs["errors"]) == 1
    monkeypatch.setattr(parsing, "extract_statements", real)
    calls = []
    monkeypatch.setattr(parsing, "parse_article", lambda a, real=corpus.parse_article: calls.append(a["article_id"])
                        or real(a))
    again = analysis.statements(generated, cache=tmp_path, progress=False, engine="serial")
    assert calls == [bad] and again.attrs["errors"] == ()
    pd.testing.assert_frame_equal(again, analysis.statements(generated, engine="serial", progress=False))


def test_the_errors_survive_filtering_and_concatenation(generated):
    st = analysis.statements(generated, engine="serial", progress=False)
    both = pd.concat([st[st["kind"] == "direct"], st[st["kind"] != "direct"]])
    assert len(both) == len(st) and both.attrs["errors"] == ()


# --- workers end with their parent --------------------------------------------------------------

_PARSE_FOREVER = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
import analysis
from test_cache import write_corpus
arts = analysis.load_articles(write_corpus(Path({folder!r}), 400))
print("ready", flush=True)
while True:
    analysis.statements(arts, engine="processes", workers=2, progress=False)
"""


def _children(pid: int) -> set:
    """Ids of the live processes descending from ``pid`` (psutil when installed, else /proc)."""
    try:
        import psutil

        return {c.pid for c in psutil.Process(pid).children(recursive=True)
                if c.status() != psutil.STATUS_ZOMBIE}
    except ImportError:
        pass
    parents = {}
    for d in Path("/proc").iterdir():
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            if fields[0] != "Z":
                parents[int(d.name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        kids = {c for c, pp in parents.items() if pp == p}
        found |= kids
        todo += kids
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended (waiting to be reaped)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_workers_end_when_the_parent_is_killed(tmp_path):
    import signal
    import subprocess
    import time

    script = _PARSE_FOREVER.format(tests=str(Path(__file__).parent), folder=str(tmp_path / "corpus"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).parent.parent)
    try:
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 120
        kids: set = set()
        while len(kids) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            kids = _children(proc.pid)
        assert len(kids) >= 2, "the workers never started"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(k) for k in kids) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [k for k in kids if _alive(k)]
        for k in left:  # do not leave them behind even when the test fails
            os.kill(k, signal.SIGKILL)
        assert left == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
