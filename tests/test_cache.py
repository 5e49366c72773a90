"""The statements cache checks what it reads, rebuilds what is damaged and is bypassed when unwritable.

The corpus is generated at run time: invented councillors of an invented town.
"""
import errno
import random
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import analysis
import analysis.cache as cache
import analysis.corpus as corpus
import analysis.parsing as parsing
from analysis import cli

FIRST = ["Ilsa", "Tomas", "Maren", "Oskar", "Liv", "Anders", "Sigrid", "Edvin"]
LAST = ["Brandt", "Reuter", "Halvik", "Dahl", "Voss", "Lunde", "Krog", "Aasen"]
TOPICS = ["the new bridge", "the harbour fees", "the ferry timetable", "the school budget", "the fish market"]


def article(i: int) -> str:
    """An invented news article, different for every ``i``, with three speakers."""
    r = random.Random(i)
    lines = [f"Council debates {r.choice(TOPICS)} in Port Halden, meeting {i}", ""]
    for _ in range(3):
        name, topic = f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(TOPICS)
        lines += [f"“We will look at {topic} again next week,” {name} said on Monday.",
                  f"{name.split()[1]} added that {topic} had cost the town {r.randint(2, 90)} thousand crowns.", ""]
    return "\n".join(lines)


def write_corpus(folder: Path, n: int, start: int = 0) -> Path:
    """``n`` generated articles as .txt files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"meeting-{i:05d}.txt").write_text(article(i), encoding="utf-8")
    return folder


N = 30


@pytest.fixture(scope="module")
def arts(tmp_path_factory):
    return analysis.load_articles(write_corpus(tmp_path_factory.mktemp("halden"), N))


@pytest.fixture(scope="module")
def fresh(arts):
    return analysis.statements(arts, engine="serial", progress=False)


def _cached(arts, folder, monkeypatch=None):
    """Statements through the cache, with the warnings raised and the articles parsed."""
    calls = []
    real = corpus.parse_article
    if monkeypatch is not None:
        monkeypatch.setattr(parsing, "parse_article", lambda a: calls.append(a["article_id"]) or real(a))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        st = analysis.statements(arts, cache=folder, progress=False, engine="serial")
    return st, [str(w.message) for w in caught], calls


def _one_shard(folder: Path) -> Path:
    shards = list(folder.glob("statements-*.parquet"))
    assert len(shards) == 1
    return shards[0]


def test_the_index_lists_every_article_with_its_row_count(arts, fresh, tmp_path):
    analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    lines = _one_shard(tmp_path).with_suffix(".keys").read_text().split("\n")
    rows = {k.split("@")[0]: int(n) for k, n in (ln.split("\t") for ln in lines)}
    assert rows == fresh.groupby("article_id").size().reindex(arts["article_id"], fill_value=0).to_dict()


def test_an_index_cut_short_rebuilds_without_duplicates(arts, fresh, tmp_path, monkeypatch):
    analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    keys = _one_shard(tmp_path).with_suffix(".keys")
    text = keys.read_text()
    cut = text[:len(text) // 2 + 3]  # in the middle of a line
    keys.write_text(cut)
    intact = {ln.split("@")[0] for ln in cut.split("\n") if ln in text.split("\n")}
    for run in range(3):  # the fault once, then reruns: never a duplicate
        st, warned, calls = _cached(arts, tmp_path, monkeypatch)
        assert st["statement_id"].is_unique
        pd.testing.assert_frame_equal(st, fresh)
        if run == 0:
            assert len(warned) == 1 and "is damaged" in warned[0] and "the index does not list" in warned[0]
            assert sorted(calls) == sorted(set(arts["article_id"]) - intact)
        else:
            assert warned == [] and calls == []


def test_a_shard_with_half_its_rows_parses_the_missing_articles_again(arts, fresh, tmp_path, monkeypatch):
    analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    shard = _one_shard(tmp_path)
    table = pq.read_table(shard)
    half = table.slice(0, table.num_rows // 2)
    pq.write_table(half, shard)  # a valid Parquet file, silently shorter
    before, after = (pd.Series(t["article_id"].to_pylist()).value_counts() for t in (table, half))
    changed = sorted(a for a, n in before.items() if after.get(a, 0) != n)
    st, warned, calls = _cached(arts, tmp_path, monkeypatch)
    pd.testing.assert_frame_equal(st, fresh)
    assert len(warned) == 1 and "rows do not match the index" in warned[0]
    assert sorted(calls) == changed and len(changed) >= N // 3
    st, warned, calls = _cached(arts, tmp_path, monkeypatch)
    assert warned == [] and calls == []
    pd.testing.assert_frame_equal(st, fresh)


def test_repeated_statement_ids_are_rebuilt(arts, fresh, tmp_path, monkeypatch):
    analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    shard = _one_shard(tmp_path)
    table = pq.read_table(shard)
    first = table["article_id"][0].as_py()
    rows = table.filter(pa.compute.equal(table["article_id"], first))
    pq.write_table(pa.concat_tables([table, rows]), shard)  # one article's rows twice ...
    keys = shard.with_suffix(".keys")
    keys.write_text("\n".join(f"{k}\t{int(n) * 2}" if k.startswith(first) else f"{k}\t{n}"
                              for k, n in (ln.split("\t") for ln in keys.read_text().split("\n"))))  # ... and counted so
    st, warned, calls = _cached(arts, tmp_path, monkeypatch)
    pd.testing.assert_frame_equal(st, fresh)
    assert calls == [first] and len(warned) == 1 and "is damaged" in warned[0]


@pytest.mark.parametrize("damage", [lambda p: p.write_bytes(b"PAR1 not a table"),
                                    lambda p: pq.write_table(pa.table({"x": [1, 2]}), p)])
def test_an_unreadable_shard_is_dropped_and_parsed_again(arts, fresh, tmp_path, monkeypatch, damage):
    analysis.statements(arts, cache=tmp_path, progress=False, engine="serial")
    damage(_one_shard(tmp_path))
    st, warned, calls = _cached(arts, tmp_path, monkeypatch)
    pd.testing.assert_frame_equal(st, fresh)
    assert len(warned) == 1 and "is damaged" in warned[0]
    assert sorted(calls) == sorted(arts["article_id"])
    assert _cached(arts, tmp_path, monkeypatch)[1:] == ([], [])


def test_a_cache_folder_under_a_file_is_bypassed_with_a_warning(arts, fresh, tmp_path):
    (tmp_path / "afile").write_text("")
    st, warned, _ = _cached(arts, tmp_path / "afile" / "cache")
    pd.testing.assert_frame_equal(st, fresh)
    assert warned == [f"cache folder {tmp_path / 'afile' / 'cache'} cannot be used, the run goes on without it: "
                      "could not write: a part of this path is a file, not a folder: choose another path"]


@pytest.mark.parametrize("code, says", [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the disk is read-only"),
                                        (errno.EACCES, "permission denied")])
def test_a_cache_it_cannot_write_is_bypassed_once(arts, fresh, tmp_path, monkeypatch, code, says):
    monkeypatch.setattr(cache, "FLUSH_ARTICLES", 5)  # several flushes: still one warning

    def refuse(path, write, **k):
        raise analysis.errors.OutputError(path, f"could not write: {says}") from OSError(code, "simulated")

    monkeypatch.setattr(cache, "atomic_write", refuse)
    st, warned, _ = _cached(arts, tmp_path / "cache")
    pd.testing.assert_frame_equal(st, fresh)
    assert len(warned) == 1 and warned[0].startswith(f"cache folder {tmp_path / 'cache'} cannot be used")
    assert says in warned[0]
    assert list((tmp_path / "cache").glob("*")) == []


def test_a_full_disk_in_the_middle_of_a_run_keeps_what_was_written(arts, fresh, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "FLUSH_ARTICLES", 10)
    monkeypatch.setattr(corpus, "CHUNK_MAX", 10)
    real, writes = cache.atomic_write, []

    def fills_up(path, write, **k):
        writes.append(path)
        if len(writes) > 2:  # the first shard (rows and keys) fits, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, write, **k)

    monkeypatch.setattr(cache, "atomic_write", fills_up)
    st, warned, _ = _cached(arts, tmp_path)
    pd.testing.assert_frame_equal(st, fresh)
    assert len(warned) == 1 and "the disk is full" in warned[0]
    monkeypatch.setattr(cache, "atomic_write", real)
    st, warned, calls = _cached(arts, tmp_path, monkeypatch)
    assert warned == [] and len(calls) == N - 10  # the first ten came from the shard that was written
    pd.testing.assert_frame_equal(st, fresh)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_quotebook_parse_with_a_cut_index_writes_each_statement_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("analysis.articles.CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr("analysis.corpus.CACHE_DIR", tmp_path / "cache")
    folder = write_corpus(tmp_path / "halden", 12)
    out = tmp_path / "st.parquet"
    assert cli.main(["parse", str(folder), "-q", "-o", str(out)]) == 0
    first = pd.read_parquet(out)
    for keys in (tmp_path / "cache").glob("statements-*.keys"):
        keys.write_text(keys.read_text()[:40])
    for _ in range(2):
        assert cli.main(["parse", str(folder), "-q", "-o", str(out)]) == 0
        again = pd.read_parquet(out)
        assert again["statement_id"].is_unique and len(again) == len(first)
    err = capsys.readouterr().err
    assert err.count("quotebook: warning: cache shard") == 1 and "is damaged" in err
