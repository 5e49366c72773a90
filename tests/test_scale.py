"""Scale: the Dask engine, the sharded cache (incremental, resumable, compacted), fsspec reading."""
import logging

import pandas as pd
import pytest

import analysis
import analysis.cache as cache
import analysis.corpus as corpus
import analysis.parsing as parsing
from conftest import FIXTURES

REAL_PARSE = corpus.parse_article


@pytest.fixture(scope="module")
def arts():
    return analysis.load_articles(FIXTURES / "corpus")


@pytest.fixture(scope="module")
def serial(arts):
    return analysis.statements(arts, engine="serial", progress=False)


def _count_calls(monkeypatch, fail_on=None):
    calls = []
    real = REAL_PARSE

    def counted(a):
        if fail_on is not None and a["article_id"] == fail_on:
            raise KeyboardInterrupt  # an interrupt ends the run (an error would be one error row)
        calls.append(a["article_id"])
        return real(a)

    monkeypatch.setattr(parsing, "parse_article", counted)
    return calls


# slow: Dask
@pytest.mark.slow
def test_dask_engine_on_a_local_cluster_equals_serial(arts, serial, tmp_path):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        out = analysis.statements(arts, engine="dask", progress=False)  # the current client
        pd.testing.assert_frame_equal(out, serial)
        analysis.statements(arts.iloc[:5], engine="dask", progress=False, cache=tmp_path)
        pd.testing.assert_frame_equal(analysis.statements(arts, engine="dask", progress=False, cache=tmp_path), serial)
        from analysis.scale import run_dask

        records = arts[["article_id", "text", "published"]].to_dict("records")
        tables = run_dask(records, client=client, partitions=3)
        assert len(tables) == 3
        assert sum(t.num_rows for t in tables if t is not None) == len(serial)


# slow: Dask
@pytest.mark.slow
def test_dask_without_a_client_uses_the_local_scheduler(arts, serial):
    pytest.importorskip("dask.bag")
    from analysis.scale import current_client, run_dask

    assert current_client() is None
    few = arts.iloc[:4]
    records = few[["article_id", "text", "published"]].to_dict("records")
    done = []
    tables = run_dask(records, partitions=2, callback=done.append)
    assert sum(done) == 4
    assert sum(t.num_rows for t in tables if t is not None) == serial["article_id"].isin(few["article_id"]).sum()


def test_rerun_parses_only_new_articles_and_matches(arts, serial, tmp_path, monkeypatch):
    analysis.statements(arts.iloc[:8], cache=tmp_path, progress=False)
    calls = _count_calls(monkeypatch)
    out = analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    assert calls == list(arts["article_id"].iloc[8:])
    pd.testing.assert_frame_equal(out, serial)
    calls.clear()
    pd.testing.assert_frame_equal(analysis.statements(arts, cache=tmp_path, progress=False), serial)
    assert calls == []
    reordered = arts.iloc[::-1].reset_index(drop=True)
    pd.testing.assert_frame_equal(analysis.statements(reordered, cache=tmp_path, progress=False),
                                  analysis.statements(reordered, engine="serial", progress=False))


def test_a_new_publication_date_reparses_the_article(arts, tmp_path, monkeypatch):
    one = arts.iloc[:1].copy()
    analysis.statements(one, cache=tmp_path, progress=False)
    one["published"] = one["published"] + pd.Timedelta(days=30)
    calls = _count_calls(monkeypatch)
    moved = analysis.statements(one, cache=tmp_path, progress=False)
    assert calls == [one["article_id"].iloc[0]]
    fresh = analysis.statements(one, engine="serial", progress=False)
    pd.testing.assert_frame_equal(moved, fresh)


def test_an_interrupted_run_resumes(arts, serial, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "FLUSH_ARTICLES", 3)
    monkeypatch.setattr(corpus, "CHUNK_MAX", 3)
    _count_calls(monkeypatch, fail_on=arts["article_id"].iloc[7])
    with pytest.raises(KeyboardInterrupt):
        analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    calls = _count_calls(monkeypatch)
    out = analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    assert calls == list(arts["article_id"].iloc[6:])  # two flushed shards of three articles kept
    pd.testing.assert_frame_equal(out, serial)


def test_shards_are_compacted_and_other_versions_dropped(arts, serial, tmp_path, monkeypatch):
    foreign = tmp_path / "statements.parquet"
    serial.head(2).to_parquet(foreign)
    (tmp_path / "statements-0123456789ab-1.keys").write_text("stale")
    (tmp_path / "statements-0123456789ab-1.parquet").write_text("stale")
    (tmp_path / "articles-0123456789ab.txt").write_text("stale")
    monkeypatch.setattr(cache, "MAX_SHARDS", 2)
    for k in range(1, len(arts) + 1, 3):
        analysis.statements(arts.iloc[:k], cache=tmp_path, progress=False, engine="serial")
        assert len(list(tmp_path.glob(f"statements-{corpus.library_version()}-*.parquet"))) <= 3
    pd.testing.assert_frame_equal(analysis.statements(arts, cache=tmp_path, progress=False), serial)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "statements.parquet" in names  # not ours: never touched
    assert not [n for n in names if "0123456789ab" in n]


# slow: worker processes started
@pytest.mark.slow
def test_processes_engine_keeps_order_with_many_chunks(arts, serial, monkeypatch):
    monkeypatch.setattr(corpus, "CHUNK_MAX", 1)
    pd.testing.assert_frame_equal(analysis.statements(arts, engine="processes", workers=2, progress=False), serial)


def test_empty_corpus_has_the_columns(arts, serial, tmp_path):
    out = analysis.statements(arts.iloc[:0], cache=tmp_path, progress=False)
    assert list(out.columns) == list(serial.columns)
    assert (out.dtypes == serial.dtypes).all()


def test_load_articles_fsspec_reads_like_load_articles(tmp_path):
    pytest.importorskip("fsspec")
    from analysis.scale import load_articles_fsspec

    folder = (FIXTURES / "corpus").resolve()
    local = analysis.load_articles(folder)
    for url in (str(folder), folder.as_uri(), [str(p) for p in sorted(folder.glob("*.txt"))]):
        got = load_articles_fsspec(url)
        pd.testing.assert_frame_equal(got.drop(columns="path"), local.drop(columns="path"))
        assert set(got["path"].str.replace("file://", "")) == set(local["path"])
    glob = load_articles_fsspec(f"{folder}/2025-03-*.txt")
    assert len(glob) and glob["path"].str.contains("2025-03-").all()
    (tmp_path / "broken.txt").write_text("   ")
    (tmp_path / "ok.txt").write_text("Title\n“Fine,” she said.\n")
    with pytest.warns(UserWarning, match=f"skipped {tmp_path / 'broken.txt'}: only white space"):
        bad = load_articles_fsspec(str(tmp_path))
    assert list(bad.attrs["errors"]["path"]) == [str(tmp_path / "broken.txt")]
    assert bad["path"].tolist() == [str(tmp_path / "ok.txt")]
