"""Statements for a whole corpus: one per-article function, run serially, in processes or on Dask, cached.

:func:`parse_article` is the single unit of work. The engines map it over chunks of articles
(:func:`_parse_chunk`), each chunk coming back as one Arrow table rather than thousands of small
DataFrames (pickling those cost a fifth of the parse time). Chunks are built from the articles
table as they are sent and at most a few per worker are in flight, so memory beyond the input
and the result stays bounded however large the corpus.

The cache keeps statements in Parquet shards under ``data/processed/cache`` (or a folder you
name): ``statements-<version>-<stamp>.parquet`` holds the rows of the articles parsed in one
run, ``.keys`` next to it lists those articles (also the ones without statements) and is
written last, so a shard counts only once it is complete. An article's key is its content hash
(``article_id``) and its publication date (statement dates are resolved against it); the
version is :func:`library_version` (the code and the word lists in ``data/``), so editing either
makes every article parse again, and shards of other versions are deleted. A rerun reads the
shards, parses only new or changed articles and appends one small shard; many shards are
compacted into one. Long runs write a shard every few thousand articles, so an interrupted run
resumes where it stopped.
"""
from __future__ import annotations

import hashlib
import os
import re
import time
import uuid
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import pandas as pd

from . import schema
from .lexicon import load_lexicon
from .outputs import atomic_write
from .statements import extract_statements

ARTICLE_KEYS = ["article_id", "path", "title", "published", "source", "url"]
PARALLEL_MIN_ARTICLES = 200  # below this, starting processes costs more than it saves
CACHE_DIR = Path(__file__).resolve().parent.parent / "data" / "processed" / "cache"
CHUNK_MAX = 200  # articles per task sent to a worker
FLUSH_ARTICLES = 2500  # a long run writes a cache shard every this many parsed articles
MAX_SHARDS = 16  # more shards than this (of one version) are compacted into one
_KEY = "_key"  # cache-only column: the key of the article a row belongs to


@lru_cache(maxsize=1)
def library_version() -> str:
    """Hash of the library's code and word lists: part of every cache key."""
    h = hashlib.sha1(load_lexicon().version.encode())
    for f in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def parse_article(article: dict) -> pd.DataFrame:
    """Statements of one article (a row of :func:`analysis.load_articles` as a dict).

    This is the single unit of work every engine maps over the corpus.
    """
    df = extract_statements(article["text"], published=article.get("published"), article_id=article["article_id"])
    df.insert(0, "article_id", article["article_id"])
    return df


# ---- Arrow: how chunks travel between processes and sit in the cache ------------------------

def _arrow_types() -> dict:
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(),
             "datetime64[ns]": pa.timestamp("ns")}
    types = {"article_id": pa.string()}
    for c in schema.STATEMENT_COLUMNS:
        types[c.name] = kinds.get(c.dtype, pa.list_(pa.string()) if c.name == "actors" else None)
    return types


def _to_arrow(frames: list[pd.DataFrame]):
    """One Arrow table of the statements in ``frames`` (None when there are none)."""
    import pyarrow as pa

    frames = [f for f in frames if len(f)]
    if not frames:
        return None
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    table = pa.Table.from_pandas(df, preserve_index=False).replace_schema_metadata(None)
    types = _arrow_types()
    fields = [pa.field(f.name, types.get(f.name) or f.type) for f in table.schema]
    return table.cast(pa.schema(fields)) if any(f.type != g.type for f, g in zip(fields, table.schema)) else table


def _empty_table():
    import pyarrow as pa

    return pa.schema([(k, t) for k, t in _arrow_types().items() if t is not None]).empty_table()


def _parse_chunk(chunk: list[dict]):
    """Statements of a chunk of articles as one Arrow table (None when there are none)."""
    return _to_arrow([parse_article(a) for a in chunk])


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
    """Parse the articles of ``todo``: yields ``(table or None, article ids)`` per chunk, in order."""
    n = len(todo)
    if not n:
        return
    if engine == "auto":
        engine = "processes" if n >= PARALLEL_MIN_ARTICLES and (os.cpu_count() or 1) > 1 else "serial"
    if engine not in ("serial", "processes", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'auto', 'serial', 'processes' or 'dask'")
    bar = _progress(n, progress, "Parsing articles")
    try:
        if engine == "serial":
            for chunk in _chunks(todo, CHUNK_MAX):
                frames = []
                for r in chunk:
                    frames.append(parse_article(r))
                    bar.update(1)
                yield _to_arrow(frames), [r["article_id"] for r in chunk]
        elif engine == "processes":
            workers = max(1, workers or os.cpu_count() or 1)
            extract_statements("“Warm,” she said.")  # load word lists once, before the workers fork
            size = max(1, min(CHUNK_MAX, n // (workers * 8) or 1))
            pool = ProcessPoolExecutor(max_workers=workers)
            pending: deque = deque()
            try:
                for chunk in _chunks(todo, size):
                    pending.append((pool.submit(_parse_chunk, chunk), [r["article_id"] for r in chunk]))
                    while len(pending) >= 3 * workers:  # a bounded number of chunks in flight
                        fut, ids = pending.popleft()
                        yield fut.result(), ids
                        bar.update(len(ids))
                while pending:
                    fut, ids = pending.popleft()
                    yield fut.result(), ids
                    bar.update(len(ids))
            finally:  # on an error or an interrupt, drop the chunks not started
                pool.shutdown(wait=True, cancel_futures=True)
        else:
            from .scale import run_dask

            records = [r for chunk in _chunks(todo, CHUNK_MAX) for r in chunk]
            ids = [r["article_id"] for r in records]
            for t in run_dask(records, callback=bar.update):
                yield t, []
            yield None, ids
    finally:
        bar.close()


# ---- cache -----------------------------------------------------------------------------------

_SHARD = re.compile(r"statements-([0-9a-f]{12})-([0-9a-z]+)\.(parquet|keys)")
_LEGACY = re.compile(r"(statements|articles)-([0-9a-f]{12})\.(parquet|txt)")


def _cache_keys(articles: pd.DataFrame) -> pd.Series:
    """Cache key of each article: ``<article_id>@<published>`` (dates resolve against it)."""
    aid = articles["article_id"].astype(str)
    if "published" not in articles.columns:
        return aid + "@"
    pub = pd.to_datetime(articles["published"], errors="coerce")
    return aid + "@" + pub.dt.strftime("%Y-%m-%dT%H:%M:%S%z").fillna("").astype(str)


class _Cache:
    """Parquet shards of one library version in one folder (see the module's docstring)."""

    def __init__(self, folder: Path, version: str):
        self.dir, self.version = Path(folder), version
        self.buffer: list = []
        self.buffer_keys: list[str] = []
        self.written: list[Path] = []

    def shards(self) -> list[Path]:
        """Complete shards of this version, oldest first."""
        if not self.dir.is_dir():
            return []
        out = []
        for f in self.dir.iterdir():
            m = _SHARD.fullmatch(f.name)
            if m and m.group(1) == self.version and m.group(3) == "keys" and f.with_suffix(".parquet").exists():
                out.append(f.with_suffix(".parquet"))
        return sorted(out)

    def load(self, wanted: set | None, *, keep_key: bool = False) -> tuple[list, set]:
        """Tables of the cached rows of the ``wanted`` keys (None: all), and the keys found."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        tables, found = [], set()
        for shard in reversed(self.shards()):  # newest first: a key written twice is read once
            try:
                keys = set(shard.with_suffix(".keys").read_text().split())
                take = (keys if wanted is None else keys & wanted) - found
                if not take:
                    continue
                t = pq.read_table(shard)
            except (OSError, pa.ArrowException):  # gone (compacted by another run) or damaged
                continue
            if len(take) < len(keys):
                t = t.filter(pc.is_in(t[_KEY], value_set=pa.array(sorted(take), pa.string())))
            tables.append(t if keep_key else t.drop_columns([_KEY]))
            found |= take
        return tables[::-1], found

    def add(self, table, keys: list[str], key_of: dict) -> None:
        """Remember a parsed chunk; write a shard once enough articles are waiting."""
        import pyarrow as pa

        if table is not None and table.num_rows:
            col = pa.array([key_of[a] for a in table["article_id"].to_pylist()], pa.string())
            self.buffer.append(table.append_column(_KEY, col))
        self.buffer_keys += keys
        if len(self.buffer_keys) >= FLUSH_ARTICLES:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if not self.buffer_keys:
            return
        table = pa.concat_tables(self.buffer, promote_options="default") if self.buffer else \
            _empty_table().append_column(_KEY, pa.array([], pa.string()))
        self.written.append(self._write(table, self.buffer_keys))
        self.buffer, self.buffer_keys = [], []

    def _write(self, table, keys: Iterable[str]) -> Path:
        """Write a shard: the rows first, then its keys (which make it count), atomically."""
        import pyarrow.parquet as pq

        self.dir.mkdir(parents=True, exist_ok=True)
        stamp = f"{time.time_ns():x}{uuid.uuid4().hex[:6]}"
        path = self.dir / f"statements-{self.version}-{stamp}.parquet"
        for target, write in ((path, lambda tmp: pq.write_table(table, tmp)),
                              (path.with_suffix(".keys"), lambda tmp: Path(tmp).write_text("\n".join(keys)))):
            atomic_write(target, write)
        return path

    def compact(self) -> None:
        """Merge the shards of this version into one when there are too many."""
        import pyarrow as pa
        shards = self.shards()
        if len(shards) <= MAX_SHARDS:
            return
        tables, keys = self.load(None, keep_key=True)  # a key written twice is kept once
        empty = _empty_table().append_column(_KEY, pa.array([], pa.string()))
        self._write(pa.concat_tables([empty] + tables, promote_options="default"), sorted(keys))
        for s in shards:
            self._remove(s)

    @staticmethod
    def _remove(shard: Path) -> None:
        shard.with_suffix(".keys").unlink(missing_ok=True)
        shard.unlink(missing_ok=True)

    def drop_other_versions(self) -> None:
        """Delete the shards (and the one-file caches of earlier releases) of other versions."""
        if not self.dir.is_dir():
            return
        for f in self.dir.iterdir():
            m = _SHARD.fullmatch(f.name) or _LEGACY.fullmatch(f.name)
            if m and self.version not in m.groups():
                f.unlink(missing_ok=True)


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
    actors = table["actors"].to_pylist() if "actors" in table.column_names else None
    st = table.drop_columns(["actors"] if actors is not None else []).to_pandas(types_mapper=mapper)
    if actors is not None:
        st["actors"] = pd.Series([a if a is not None else [] for a in actors], index=st.index, dtype=object)
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
        parsed, and what is parsed is added to the cache.
    workers
        Processes for the ``processes`` engine (default: all cores).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` and the statement columns of :data:`analysis.schema.STATEMENT_COLUMNS`,
        then ``path``, ``title``, ``published``, ``source``, ``url`` of the article.
    """
    import pyarrow as pa

    required = {"article_id", "text"}
    if not required <= set(articles.columns):
        raise ValueError(f"articles needs columns {sorted(required)}: pass the result of load_articles")
    if engine not in ("auto", "serial", "processes", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'auto', 'serial', 'processes' or 'dask'")
    meta = articles[[c for c in ARTICLE_KEYS if c in articles.columns]]
    store, tables, todo = None, [], articles
    if cache:
        store = _Cache(CACHE_DIR if cache is True else Path(cache), library_version())
        keys = _cache_keys(articles).tolist()
        tables, found = store.load(set(keys))
        new = np.fromiter((k not in found for k in keys), dtype=bool, count=len(keys))
        todo = articles[new]
        key_of = dict(zip(todo["article_id"], compress(keys, new)))
    parsed = False
    for table, ids in _run(todo, engine=engine, progress=progress, workers=workers):
        parsed = True
        if table is not None:
            tables.append(table)
        if store is not None:
            store.add(table, [key_of[a] for a in ids], key_of)
    if store is not None and parsed:
        store.flush()
        store.compact()
        store.drop_other_versions()
    table = pa.concat_tables([_empty_table()] + tables, promote_options="default") if tables else _empty_table()
    return link_short_names(_assemble(table, articles, meta))


def link_short_names(st: pd.DataFrame) -> pd.DataFrame:
    """Give a surname-only speaker ("Voss") the one full name in the corpus that ends with it
    ("Ada Voss"): articles often name a person in full only in earlier coverage."""
    if not len(st):
        return st
    people = st.loc[st["speaker_type"] == "person", "speaker"].dropna().unique()
    full: dict = {}
    for name in people:
        parts = str(name).split()
        if len(parts) >= 2:
            full.setdefault(parts[-1], set()).add(str(name))
    link = {}
    for p in people:
        if len(str(p).split()) == 1:
            names = full.get(p)
            if names and len(names) == 1:
                link[p] = next(iter(names))
    if link:
        speakers = st["speaker"].to_numpy(dtype=object, na_value=None)
        short = np.fromiter((x in link for x in speakers), dtype=bool, count=len(speakers))
        st.loc[short, "speaker"] = st.loc[short, "speaker"].map(link)
        st.loc[short, "speaker_method"] = "alias"
    return st


def write_table(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a statements table to ``.parquet``, ``.csv``, ``.jsonl`` or ``.xlsx``, atomically.

    Lists (the ``actors`` column) become ``; ``-joined text in CSV and Excel. In Excel, text
    that would start a formula ("=", "+", "-", "@") is kept as text, and characters a
    spreadsheet cannot hold (control characters) are dropped.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    writers = {
        ".parquet": lambda t: df.to_parquet(t, index=False),
        ".csv": lambda t: _flat(df).to_csv(t, index=False),
        ".jsonl": lambda t: df.to_json(t, orient="records", lines=True, date_format="iso", force_ascii=False,
                                       double_precision=15),
        ".xlsx": lambda t: _for_excel(_flat(df)).to_excel(t, index=False),
    }
    if suffix not in writers:
        raise ValueError(f"unknown table format {suffix!r}: use .parquet, .csv, .jsonl or .xlsx")
    return atomic_write(path, writers[suffix], suffix=suffix)


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    if "actors" not in df.columns:
        return df
    flat = df.copy()
    flat["actors"] = flat["actors"].map(lambda v: "; ".join(v) if isinstance(v, Iterable) and not isinstance(v, str) else v)
    return flat


def _for_excel(df: pd.DataFrame) -> pd.DataFrame:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or str(out[c].dtype) in ("string", "str"):
            out[c] = out[c].map(lambda v: ("'" + v if v and v[0] in "=+-@" else v) if isinstance(v, str) else v)
            out[c] = out[c].map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
    return out
