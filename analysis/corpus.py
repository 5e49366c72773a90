"""Statements for a whole corpus: one per-article function, run serially or in processes, cached.

The cache keeps every article's statements in one Parquet file under ``data/processed/cache``,
keyed by the article's content hash and the library version (code and word lists), so a rerun
parses only new or changed articles.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import schema
from .lexicon import load_lexicon
from .statements import extract_statements

ARTICLE_KEYS = ["article_id", "path", "title", "published", "source", "url"]
PARALLEL_MIN_ARTICLES = 200  # below this, starting processes costs more than it saves
CACHE_DIR = Path(__file__).resolve().parent.parent / "data" / "processed" / "cache"


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


def _parse_chunk(chunk: list[dict]) -> list[pd.DataFrame]:
    return [parse_article(a) for a in chunk]


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


def _run(records: list[dict], *, engine: str, progress: bool | None, workers: int | None) -> list[pd.DataFrame]:
    if not records:
        return []
    if engine == "auto":
        engine = "processes" if len(records) >= PARALLEL_MIN_ARTICLES and (os.cpu_count() or 1) > 1 else "serial"
    bar = _progress(len(records), progress, "Parsing articles")
    out: list[pd.DataFrame] = []
    try:
        if engine == "serial":
            for r in records:
                out.append(parse_article(r))
                bar.update(1)
        elif engine == "processes":
            workers = workers or os.cpu_count() or 1
            extract_statements("“Warm,” she said.")  # load word lists once, before the workers fork
            size = max(1, min(200, len(records) // (workers * 8) or 1))
            chunks = [records[i:i + size] for i in range(0, len(records), size)]
            with ProcessPoolExecutor(max_workers=workers) as pool:
                for dfs in pool.map(_parse_chunk, chunks):
                    out.extend(dfs)
                    bar.update(len(dfs))
        elif engine == "dask":
            from .scale import run_dask

            out = run_dask(records)
            bar.update(len(records))
        else:
            raise ValueError(f"unknown engine {engine!r}: use 'auto', 'serial', 'processes' or 'dask'")
    finally:
        bar.close()
    return out


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    """Write atomically: to a temporary file, then rename into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        df.to_parquet(tmp, index=False)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def statements(articles: pd.DataFrame, *, engine: str = "auto", progress: bool | None = None,
               cache: bool | str | os.PathLike = False, workers: int | None = None) -> pd.DataFrame:
    """Statements of every article in a corpus, with the article's columns joined.

    Parameters
    ----------
    articles
        From :func:`analysis.load_articles`.
    engine
        ``"serial"`` (one process), ``"processes"`` (all cores), ``"dask"`` (a Dask cluster, see
        the README), or ``"auto"``: processes for corpora of 200 articles or more.
    progress
        Show a progress bar (default: for 20 articles or more).
    cache
        ``True`` for the default cache folder (``data/processed/cache``), or a folder: only
        articles not parsed before with this library version are parsed.
    workers
        Processes for the ``processes`` engine (default: all cores).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` and the statement columns of :data:`analysis.schema.STATEMENT_COLUMNS`,
        then ``path``, ``title``, ``published``, ``source``, ``url`` of the article.
    """
    required = {"article_id", "text"}
    if not required <= set(articles.columns):
        raise ValueError(f"articles needs columns {sorted(required)}: pass the result of load_articles")
    meta = articles[[c for c in ARTICLE_KEYS if c in articles.columns]]
    version = library_version()
    cached = pd.DataFrame()
    done: set = set()
    cache_dir = None
    if cache:
        cache_dir = CACHE_DIR if cache is True else Path(cache)
        cfile = cache_dir / f"statements-{version}.parquet"
        kfile = cache_dir / f"articles-{version}.txt"
        if cfile.exists() and kfile.exists():
            done = set(kfile.read_text().split())
            cached = pd.read_parquet(cfile)
    todo = articles[~articles["article_id"].isin(done)]
    records = todo[["article_id", "text", "published"]].to_dict("records") if len(todo) else []
    parts = _run(records, engine=engine, progress=progress, workers=workers)
    parts = [p for p in parts if len(p)]
    new = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if cache_dir is not None and records:
        allk = done | {r["article_id"] for r in records}
        keep = pd.concat([cached, new], ignore_index=True) if len(cached) or len(new) else schema.empty(
            schema.STATEMENT_COLUMNS).assign(article_id=pd.Series(dtype="string"))
        _write_parquet(keep, cfile)
        tmp = kfile.with_suffix(".tmp")
        tmp.write_text("\n".join(sorted(allk)))
        os.replace(tmp, kfile)
        for old in cache_dir.glob("*.parquet"):  # caches of older versions are stale
            if old != cfile:
                old.unlink(missing_ok=True)
                old.with_name(old.name.replace("statements-", "articles-").replace(".parquet", ".txt")).unlink(
                    missing_ok=True)
    frames = [f for f in (cached, new) if len(f)]
    if not frames:
        out = schema.empty(schema.STATEMENT_COLUMNS)
        out.insert(0, "article_id", pd.Series(dtype="string"))
    else:
        out = pd.concat(frames, ignore_index=True)
    out = out[out["article_id"].isin(articles["article_id"])]
    out = out.merge(meta, on="article_id", how="left")
    order = {a: i for i, a in enumerate(articles["article_id"])}
    out = out.sort_values(["article_id", "start"], key=lambda s: s.map(order) if s.name == "article_id" else s,
                          kind="stable").reset_index(drop=True)
    out["article_id"] = out["article_id"].astype("string")
    # one set of dtypes whether rows came from the cache (Parquet) or were just parsed
    out["actors"] = [list(v) if v is not None else [] for v in out["actors"]]
    out = schema.conform(out, schema.STATEMENT_COLUMNS)
    out = out[["article_id"] + [c for c in out.columns if c != "article_id"]]
    return link_short_names(out)


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
    short = st["speaker"].isin([p for p in people if len(str(p).split()) == 1])
    for i in st.index[short]:
        names = full.get(st.at[i, "speaker"])
        if names and len(names) == 1:
            st.at[i, "speaker"] = next(iter(names))
            st.at[i, "speaker_method"] = "alias"
    return st


def write_table(df: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a statements table to ``.parquet``, ``.csv``, ``.jsonl`` or ``.xlsx``, atomically.

    Lists (the ``actors`` column) become ``; ``-joined text in CSV and Excel.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        _write_parquet(df, path)
        return path
    flat = df.copy()
    if "actors" in flat.columns and suffix in (".csv", ".xlsx"):
        flat["actors"] = flat["actors"].map(lambda v: "; ".join(v) if isinstance(v, Iterable) and not isinstance(v, str) else v)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.close(fd)
    try:
        if suffix == ".csv":
            flat.to_csv(tmp, index=False)
        elif suffix == ".jsonl":
            flat.to_json(tmp, orient="records", lines=True, date_format="iso", force_ascii=False)
        elif suffix == ".xlsx":
            flat.to_excel(tmp, index=False)
        else:
            raise ValueError(f"unknown table format {suffix!r}: use .parquet, .csv, .jsonl or .xlsx")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
