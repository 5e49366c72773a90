"""Statements for a whole corpus: one per-article function, run serially, in processes or on Dask, cached.

:func:`analysis.parsing.parse_article` is the single unit of work. The engines of
:mod:`analysis.executor` map it over chunks of articles (:func:`analysis.parsing.parse_chunk`),
each chunk coming back as one Arrow table rather than thousands of small DataFrames (pickling
those cost a fifth of the parse time). Chunks are built from the articles
table as they are sent and at most a few per worker are in flight, so memory beyond the input
and the result stays bounded however large the corpus.

One article that cannot be parsed never costs the run: whatever it raises (an
:class:`~analysis.errors.ArticleTimeout` from the time guard, or any other error) becomes one
row of the run's errors (``attrs["errors"]`` of the result), in every engine, and the other
articles are parsed. Worker processes end when the process that started them ends, even when
it is killed (Linux: a parent-death signal).

The cache (:mod:`analysis.cache`) keeps statements in Parquet shards under
``data/processed/cache`` (or a folder you name), keyed by article content, publication date and
:func:`library_version` (the code and the word lists in ``data/``), so editing either makes
every article parse again. A rerun reads the shards, checks them, parses only new, changed or
damaged articles and appends one small shard. Long runs write a shard every few thousand
articles, so an interrupted run resumes where it stopped.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections import deque
from functools import lru_cache, partial
from itertools import compress
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pandas as pd

from . import executor, parsing, paths, schema
from .cache import Cache, cache_keys, empty_table
from .corpus_identity import link_speakers
from .lexicon import load_lexicon
from .outputs import atomic_write, defuse_formulas
from .parsing import parse_article  # noqa: F401 - the unit of work, named here as before
from .article_statements import extract_statements
from .schema import LIST_COLUMNS

ARTICLE_KEYS = ["article_id", "path", "title", "published", "source", "url"]
PARALLEL_MIN_ARTICLES = 200  #: below this, starting processes costs more than it saves
CACHE_DIR = paths.cache_dir()
CHUNK_MAX = 200  #: articles per task sent to a worker
#: chunks per worker in the ``processes`` engine: small chunks balance the load at the end of a run
CHUNKS_PER_WORKER = 8
#: the reason of an article whose worker process died while parsing it (killed, out of memory)
WORKER_DIED = "could not be parsed: the worker process parsing it died (out of memory, or killed)"


@lru_cache(maxsize=1)
def library_version() -> str:
    """Hash of the library's code and word lists: part of every cache key."""
    h = hashlib.sha1(load_lexicon().version.encode())
    for f in sorted(paths.PACKAGE.rglob("*.py")):  # subpackages too (nlp/, extract/)
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


# ---- engines ---------------------------------------------------------------------------------

class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, progress: bool | None, desc: str):
    show = progress if progress is not None else total >= 20
    if not show:
        return _NoBar()
    from tqdm.auto import tqdm  # imported only when shown: it warns in kernels without widgets

    return tqdm(total=total, desc=desc, unit="article", leave=False)


def _chunks(todo: pd.DataFrame, size: int) -> Iterator[list[dict]]:
    """Records of ``todo``, ``size`` at a time, built only when asked for."""
    cols = [c for c in ("article_id", "text", "published") if c in todo.columns]
    for i in range(0, len(todo), size):
        yield todo.iloc[i:i + size][cols].to_dict("records")


def _run(todo: pd.DataFrame, *, engine: str, progress: bool | None, workers: int | None) -> Iterator[tuple]:
    """Parse the articles of ``todo``: yields ``(table or None, ids parsed, errors)`` per chunk, in order.

    ``ids parsed`` are the articles parsed without error (with or without statements);
    ``errors`` lists ``(article_id, reason)`` for the others.
    """
    n = len(todo)
    if not n:
        return
    if engine == "auto":
        engine = "processes" if n >= PARALLEL_MIN_ARTICLES and (os.cpu_count() or 1) > 1 else "serial"
    if engine not in executor.ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use 'auto', 'serial', 'processes' or 'dask'")
    bar = _progress(n, progress, "Parsing articles")
    try:
        if engine == "dask":
            yield from _run_dask(todo, bar)
            return
        sent: deque = deque()  # the ids of each chunk handed out, read back in the same order
        if engine == "serial":
            results = executor.run(partial(parsing.parse_chunk, tick=bar.update), _sent(todo, CHUNK_MAX, sent))
        else:
            workers = executor.default_workers(workers)
            extract_statements("“Warm,” she said.")  # load word lists once, before the workers fork
            size = max(1, min(CHUNK_MAX, n // (workers * CHUNKS_PER_WORKER) or 1))
            results = executor.run(parsing.parse_chunk, _sent(todo, size, sent), engine="processes",
                                   workers=workers, retry=_isolate)
        for table, errors in results:
            ids = sent.popleft()
            if engine == "processes":  # the serial engine ticks after each article
                bar.update(len(ids))
            yield table, _ok(ids, errors), errors
    finally:
        bar.close()


def _sent(todo: pd.DataFrame, size: int, sent: deque) -> Iterator[list[dict]]:
    """The chunks of ``todo``, each one's ids appended to ``sent`` as it is handed out."""
    for chunk in _chunks(todo, size):
        sent.append([r["article_id"] for r in chunk])
        yield chunk


def _run_dask(todo: pd.DataFrame, bar) -> Iterator[tuple]:
    """The ``dask`` engine of :func:`_run` (:func:`analysis.scale.run_dask`)."""
    from .scale import run_dask

    records = [r for chunk in _chunks(todo, CHUNK_MAX) for r in chunk]
    errors: list = []
    for t in run_dask(records, callback=bar.update, errors=errors):
        yield t, [], []
    yield None, _ok([r["article_id"] for r in records], errors), errors


def _ok(ids: list, errors: list) -> list:
    """The ids of ``ids`` that were parsed without error."""
    failed = {aid for aid, _ in errors}
    return [a for a in ids if a not in failed]


def _isolate(chunk: list[dict]) -> tuple:
    """:func:`parsing.parse_chunk` of a chunk whose worker died, one article at a time in one
    worker, so that the article that kills its worker is found and becomes an error row."""
    import pyarrow as pa

    tables, errors = [], []
    one_by_one = executor.run(parsing.parse_chunk, ([r] for r in chunk), engine="processes", workers=1,
                              in_flight=1, retry=_died)
    for table, failed in one_by_one:
        tables += [table] if table is not None else []
        errors += failed
    return (pa.concat_tables(tables, promote_options="default") if tables else None), errors


def _died(chunk: list[dict]) -> tuple:
    """The result of a one-article chunk whose worker died: that article's error row."""
    return None, [(chunk[0]["article_id"], WORKER_DIED)]


# ---- the corpus table ------------------------------------------------------------------------

def _assemble(table, articles: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """The statements table from the Arrow rows of ``articles``: article order, then offset."""
    import pyarrow as pa

    first = ~articles["article_id"].duplicated()
    ids = pd.Index(articles.loc[first, "article_id"].astype(object))
    meta = meta.loc[first].reset_index(drop=True)
    pos = ids.get_indexer(table["article_id"].to_numpy(zero_copy_only=False))
    keep = pos >= 0
    if not keep.all():
        table, pos = table.filter(pa.array(keep)), pos[keep]
    order = np.lexsort((table["start"].to_numpy(), pos))  # stable: ties keep the parsed order
    table = table.take(pa.array(order))
    pos = pos[order]
    mapper = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}.get
    # the list columns as Python lists (Arrow would give arrays), an empty list for none
    lists = {c: table[c].to_pylist() for c in LIST_COLUMNS if c in table.column_names}
    st = table.drop_columns(list(lists)).to_pandas(types_mapper=mapper)
    for c, values in lists.items():
        st[c] = pd.Series([v if v is not None else [] for v in values], index=st.index, dtype=object)
    joined = meta.drop(columns="article_id").iloc[pos].reset_index(drop=True)
    out = pd.concat([st, joined], axis=1)
    out["article_id"] = out["article_id"].astype("string")
    out = schema.conform(out, schema.STATEMENT_COLUMNS)  # one set of dtypes, cached or fresh
    return out[["article_id"] + [c for c in out.columns if c != "article_id"]]


def statements(articles: pd.DataFrame, *, engine: str = "auto", progress: bool | None = None,
               cache: bool | str | os.PathLike = False, workers: int | None = None) -> pd.DataFrame:
    """Statements of every article in a corpus, with the article's columns joined.

    Parameters
    ----------
    articles
        From :func:`analysis.load_articles`.
    engine
        ``"serial"`` (one process), ``"processes"`` (all cores), ``"dask"`` (the current
        ``distributed.Client``, else Dask's local scheduler: see the README), or ``"auto"``:
        processes for corpora of 200 articles or more.
    progress
        Show a progress bar (default: for 20 articles or more).
    cache
        ``True`` for the default cache folder (``data/processed/cache``), or a folder: only
        articles not parsed before with this library version (and publication date) are
        parsed, and what is parsed is added to the cache. A damaged cache is rebuilt and a
        folder that cannot be written is bypassed, each with a warning.
    workers
        Processes for the ``processes`` engine (default: all cores).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` and the statement columns of :data:`analysis.schema.STATEMENT_COLUMNS`,
        then ``path``, ``title``, ``published``, ``source``, ``url`` of the article. Articles
        that could not be parsed are warned about and listed in ``attrs["errors"]``: a tuple
        of ``(path, reason)`` pairs (``pd.DataFrame(list(st.attrs["errors"]),
        columns=["path", "reason"])`` makes it a table like ``articles.attrs["errors"]``; a
        tuple, unlike a DataFrame, survives ``pd.concat`` of filtered tables). They are not
        cached, so a rerun tries them again.
    """
    import pyarrow as pa

    required = {"article_id", "text"}
    if not required <= set(articles.columns):
        raise ValueError(f"articles needs columns {sorted(required)}: pass the result of load_articles")
    if engine not in ("auto", "serial", "processes", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'auto', 'serial', 'processes' or 'dask'")
    meta = articles[[c for c in ARTICLE_KEYS if c in articles.columns]]
    first = ~articles["article_id"].duplicated()  # an article listed twice is parsed once
    todo = articles if first.all() else articles[first]
    store, tables = None, []
    if cache:
        store = Cache(CACHE_DIR if cache is True else Path(cache), library_version())
        keys = cache_keys(todo).tolist()
        tables, found = store.load(set(keys))
        new = np.fromiter((k not in found for k in keys), dtype=bool, count=len(keys))
        todo = todo[new]
        key_of = dict(zip(todo["article_id"], compress(keys, new)))
    parsed, errors = False, []
    for table, ids, failed in _run(todo, engine=engine, progress=progress, workers=workers):
        parsed = True
        if table is not None:
            tables.append(table)
        errors += failed
        if store is not None:
            store.add(table, [key_of[a] for a in ids], key_of)
    if store is not None and parsed:
        store.flush()
        store.compact()
        store.drop_other_versions()
    table = pa.concat_tables([empty_table()] + tables, promote_options="default") if tables else empty_table()
    out = link_short_names(_assemble(table, articles, meta))
    out.attrs["errors"] = _error_rows(errors, articles)
    return out


def _error_rows(errors: list, articles: pd.DataFrame) -> tuple:
    """``(path, reason)`` of each article that could not be parsed, warned about once each."""
    if not errors:
        return ()
    where = dict(zip(articles["article_id"], articles["path"])) if "path" in articles.columns else {}
    rows = []
    for aid, reason in errors:
        path = where.get(aid)
        path = str(path) if isinstance(path, str) and path else f"article {aid}"
        warnings.warn(f"skipped {path}: {reason}", stacklevel=3)
        rows.append((path, reason))
    return tuple(rows)


def link_short_names(st: pd.DataFrame) -> pd.DataFrame:
    """Give each speaker its one name across the corpus (:func:`analysis.corpus_identity.link_speakers`):
    a surname-only speaker ("Voss") the one full name that ends with it ("Ada Voss"), as articles
    often name a person in full only in earlier coverage; ``data/actors.csv`` rows override."""
    return link_speakers(st)


def write_table(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a statements table to ``.parquet``, ``.csv``, ``.jsonl`` or ``.xlsx``, atomically.

    Lists become text in CSV and Excel: ``actors`` joined by ``; ``, ``actor_mentions`` as JSON.
    In CSV and Excel, text a spreadsheet would run as a formula (starting with "=", "+", "-", "@",
    a tab or a carriage return) gets a leading ``'`` (:func:`analysis.outputs.defuse_formula`); in Excel
    the characters a spreadsheet cannot hold (control characters) are dropped first. Parquet
    and JSON lines are data for programs and are written as they are.

    Raises
    ------
    OutputError
        When the file cannot be written (see :func:`analysis.outputs.atomic_write`); a previous
        file at ``path`` is left as it was.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    writers = {
        ".parquet": lambda t: df.to_parquet(t, index=False),
        ".csv": lambda t: defuse_formulas(_flat(df)).to_csv(t, index=False),
        ".jsonl": lambda t: df.to_json(t, orient="records", lines=True, date_format="iso", force_ascii=False,
                                       double_precision=15),
        ".xlsx": lambda t: _for_excel(_flat(df)).to_excel(t, index=False),
    }
    if suffix not in writers:
        raise ValueError(f"unknown table format {suffix!r}: use .parquet, .csv, .jsonl or .xlsx")
    return atomic_write(path, writers[suffix], suffix=suffix)


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """The list columns as text a spreadsheet holds: ``actors`` joined by ``; ``, the records of
    ``actor_mentions`` as JSON."""
    if not any(c in df.columns for c in LIST_COLUMNS):
        return df
    flat = df.copy()
    if "actors" in flat.columns:
        flat["actors"] = flat["actors"].map(
            lambda v: "; ".join(v) if isinstance(v, Iterable) and not isinstance(v, str) else v)
    if "actor_mentions" in flat.columns:
        flat["actor_mentions"] = flat["actor_mentions"].map(
            lambda v: json.dumps(list(v), ensure_ascii=False) if isinstance(v, Iterable) and not isinstance(v, str) else v)
    return flat


def _for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Text Excel can hold: control characters dropped, then formulas defused (in that order,
    so dropping a character cannot uncover a formula: "\x01=1+1")."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or str(out[c].dtype) in ("string", "str"):
            out[c] = out[c].map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
    return defuse_formulas(out)
