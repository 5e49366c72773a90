"""Scale-out: the per-article parser on Dask, and articles read from object stores.

Needs the ``dask`` extra (``pip install -e '.[dask]'``): ``dask[bag]``, ``distributed`` and
``fsspec``. Nothing here is imported by ``import analysis``.

- :func:`run_dask` maps :func:`analysis.corpus.parse_article` (in chunks, one per partition)
  over a Dask bag of article records, on the current ``distributed.Client`` when there is one,
  else on Dask's local multiprocessing scheduler. ``analysis.statements(arts, engine="dask")``
  calls it and assembles the same table as the other engines.
- :func:`load_articles_fsspec` reads articles from any fsspec URL (``s3://``, ``gs://``,
  ``abfs://``, ``https://``, ``file://`` or a local path; globs allowed) with the rules of
  :func:`analysis.load_articles`.
"""
from __future__ import annotations

import os
import re
import tempfile
import warnings
from pathlib import Path
from typing import Callable, Sequence

import pandas as pd

from .corpus import _parse_chunk

__all__ = ["current_client", "run_dask", "load_articles_fsspec"]


def current_client():
    """The current ``distributed.Client`` (the last one created in this process), or None."""
    try:
        from distributed import Client
    except ImportError:
        return None
    try:
        return Client.current()
    except ValueError:
        return None


def _partition(records) -> list:
    return [_parse_chunk(list(records))]


def run_dask(records: Sequence[dict], *, client=None, partitions: int | None = None,
             callback: Callable[[int], object] | None = None) -> list:
    """Statements of ``records`` computed on Dask: one table per partition, in record order.

    Parameters
    ----------
    records
        Article records (dicts with ``article_id``, ``text`` and optionally ``published``),
        as :func:`analysis.statements` builds them from :func:`analysis.load_articles`.
    client
        A ``distributed.Client``; default: the current client if one exists
        (``Client("tcp://scheduler:8786")`` makes itself current), else Dask's local
        multiprocessing scheduler with one process per core.
    partitions
        Number of partitions (tasks); default about 100 articles each, at least four per
        worker thread.
    callback
        Called with the number of articles of each partition as it completes (progress bars).

    Returns
    -------
    list
        One ``pyarrow.Table`` (or None when a partition has no statements) per partition.
    """
    import dask
    import dask.bag as db

    records = list(records)
    if not records:
        return []
    client = client or current_client()
    if partitions is None:
        slots = sum(client.nthreads().values()) if client is not None else (os.cpu_count() or 1)
        partitions = max(4 * max(slots, 1), -(-len(records) // 100))
    size = -(-len(records) // max(1, min(int(partitions), len(records))))
    bag = db.from_sequence(records, partition_size=size)
    sizes = [min(size, len(records) - i) for i in range(0, len(records), size)]
    parts = bag.map_partitions(_partition).to_delayed()
    if client is None:
        out = dask.compute(*parts, scheduler="processes")
        if callback:
            callback(len(records))
        return [t for part in out for t in part]
    from distributed import as_completed

    futures = client.compute(parts)
    index = {f.key: k for k, f in enumerate(futures)}
    try:
        for f in as_completed(futures):
            f.result()  # raises a worker's error here
            if callback:
                callback(sizes[index[f.key]] if index[f.key] < len(sizes) else 0)
        return [t for part in client.gather(futures) for t in part]
    finally:
        client.cancel(futures)


def load_articles_fsspec(urlpath: str | Sequence[str], *, storage_options: dict | None = None,
                         strict: bool = False, max_bytes: int | None = None) -> pd.DataFrame:
    """:func:`analysis.load_articles` for files anywhere fsspec reaches.

    ``urlpath`` is a folder (read recursively), a glob (``"s3://bucket/news/**/*.txt"``), a
    file, or a list of them, local or remote. The files are copied (concurrently, for
    object stores) into a temporary folder, read with the rules of ``load_articles``
    (formats, front matter, an ``articles.csv`` manifest, duplicates, errors) and the
    ``path`` column (and ``attrs["errors"]``) name the original URLs.

    ``storage_options`` go to fsspec (credentials, endpoint, anonymous access). Protocols
    other than the local one need their fsspec package (``s3fs``, ``gcsfs``, ``adlfs``...).
    """
    import fsspec

    from .articles import ArticleError, HTML_SUFFIXES, JSON_SUFFIXES, MANIFEST, MAX_BYTES, TEXT_SUFFIXES, load_articles

    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
    fs, _, paths = fsspec.get_fs_token_paths(urlpath, storage_options=storage_options)
    files: dict[str, str] = {}  # remote path -> path relative to the copy
    for p in paths:
        if fs.isdir(p):
            root = p.rstrip("/")
            for f in sorted(fs.find(root)):
                rel = f[len(root):].lstrip("/")
                name = rel.rsplit("/", 1)[-1]
                if not any(part.startswith(".") for part in rel.split("/")) and (
                        name == MANIFEST or Path(name).suffix.lower() in suffixes):
                    files[f] = rel
        else:
            files[p] = p.rsplit("/", 1)[-1]
    if len(set(files.values())) < len(files):  # files of several roots: keep their full paths
        files = {f: f.lstrip("/").replace(":", "_") for f in files}
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]

    def url(remote: str) -> str:
        return remote if protocol in ("file", "local") else f"{protocol}://{remote}"

    with tempfile.TemporaryDirectory(prefix="quotebook-fetch-") as tmp:
        local = {f: os.path.join(tmp, rel) for f, rel in files.items()}
        for d in {os.path.dirname(p) for p in local.values()}:
            os.makedirs(d, exist_ok=True)
        if local:
            fs.get(list(local), list(local.values()))
        back = {os.path.join(tmp, rel): url(f) for f, rel in files.items()}
        local_path = re.compile(re.escape(tmp) + r"[^\s:#]*")

        def remap(p):
            if p is None or p is pd.NA or (isinstance(p, float) and p != p):
                return p
            base, sep, rest = str(p).partition("#")  # a JSON lines record: file#line
            if base in back:
                return back[base] + sep + rest
            return local_path.sub(lambda m: back.get(m.group(0), "<fetched>"), str(p))

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                arts = load_articles(tmp, strict=strict, max_bytes=max_bytes or MAX_BYTES)
            except ArticleError as e:
                raise ArticleError(remap(e.path), remap(e.reason)) from None
        for w in caught:  # the warnings of load_articles, naming the original files
            warnings.warn(remap(str(w.message)), w.category, stacklevel=2)
        errors = arts.attrs.get("errors")
        arts["path"] = arts["path"].map(remap).astype("string")
        if errors is not None and len(errors):
            errors = errors.assign(path=errors["path"].map(remap).astype("string"),
                                   reason=errors["reason"].map(remap).astype("string"))
        arts.attrs["errors"] = errors
    return arts
