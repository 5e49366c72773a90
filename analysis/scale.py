"""Scale-out: the per-article parser on Dask, and articles read from object stores.

Needs the ``dask`` extra (``pip install -e '.[dask]'``): ``dask[bag]``, ``distributed`` and
``fsspec``. Nothing here is imported by ``import analysis``.

- :func:`run_dask` maps :func:`analysis.parsing.parse_chunk` (one chunk per partition) over
  article records with the ``dask`` engine of :mod:`analysis.executor`, on the current ``distributed.Client`` when there is one,
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

from . import executor
from .executor import current_client
from .parsing import parse_chunk

__all__ = ["current_client", "run_dask", "load_articles_fsspec"]

#: articles per partition when the number of partitions is not given
PARTITION_ARTICLES = 100
#: partitions per worker thread at least, so that a slow partition does not hold the others back
PARTITIONS_PER_SLOT = 4


def run_dask(records: Sequence[dict], *, client=None, partitions: int | None = None,
             callback: Callable[[int], object] | None = None, errors: list | None = None) -> list:
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
    errors
        A list to which ``(article_id, reason)`` is appended for each article that raised
        (a time guard, a bug): it is left out and the run goes on, as in the other engines.
        Without it, those articles are left out silently.

    Returns
    -------
    list
        One ``pyarrow.Table`` (or None when a partition has no statements) per partition.
    """
    records = list(records)
    if not records:
        return []
    client = client or current_client()
    if partitions is None:
        slots = sum(client.nthreads().values()) if client is not None else (os.cpu_count() or 1)
        partitions = max(PARTITIONS_PER_SLOT * max(slots, 1), -(-len(records) // PARTITION_ARTICLES))
    size = -(-len(records) // max(1, min(int(partitions), len(records))))
    chunks = [records[i:i + size] for i in range(0, len(records), size)]
    done = (lambda k: callback(len(chunks[k]))) if callback else None
    tables = []
    for table, failed in executor.run(parse_chunk, chunks, engine="dask", client=client, done=done):
        tables.append(table)
        if errors is not None:
            errors.extend(failed)
    return tables


def load_articles_fsspec(urlpath: str | Sequence[str], *, storage_options: dict | None = None,
                         strict: bool = False, max_bytes: int | None = None,
                         follow_links: bool = False) -> pd.DataFrame:
    """:func:`analysis.load_articles` for files anywhere fsspec reaches.

    ``urlpath`` is a folder (read recursively), a glob (``"s3://bucket/news/**/*.txt"``), a
    file, or a list of them, local or remote. The files are copied (concurrently, for
    object stores) into a temporary folder, read with the rules of ``load_articles``
    (formats, front matter, an ``articles.csv`` manifest, duplicates, errors) and the
    ``path`` column (and ``attrs["errors"]``) name the original URLs.

    ``storage_options`` go to fsspec (credentials, endpoint, anonymous access). Protocols
    other than the local one need their fsspec package (``s3fs``, ``gcsfs``, ``adlfs``...).
    Local files are checked before they are copied, as ``load_articles`` checks them: special
    files (FIFOs, devices) and files that symbolic links lead to outside their folder (unless
    ``follow_links``) are not read and are listed in the errors.
    """
    import fsspec

    from . import schema
    from .articles import (ArticleError, ErrorTable, HTML_SUFFIXES, JSON_SUFFIXES, MANIFEST, MAX_BYTES,
                           TEXT_SUFFIXES, load_articles)
    from .inputs import safe_text

    fs, _, paths = fsspec.get_fs_token_paths(urlpath, storage_options=storage_options)
    files, roots = _listed(fs, paths, TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | {MANIFEST})
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    refused = []  # (path, reason): local special files and links out of their folder, never copied
    if protocol in ("file", "local"):
        refused = _refuse_local(files, roots, strict=strict, follow_links=follow_links)
    if len(set(files.values())) < len(files):  # files of several roots: keep their full paths
        files = {f: f.lstrip("/").replace(":", "_") for f in files}

    def url(remote: str) -> str:
        return remote if protocol in ("file", "local") else f"{protocol}://{remote}"

    with tempfile.TemporaryDirectory(prefix="quotebook-fetch-") as tmp:
        local = {f: os.path.join(tmp, rel) for f, rel in files.items()}
        for d in {os.path.dirname(p) for p in local.values()}:
            os.makedirs(d, exist_ok=True)
        if local:
            fs.get(list(local), list(local.values()))
        back = {safe_text(os.path.join(tmp, rel)): safe_text(url(f)) for f, rel in files.items()}
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
        if refused:
            errors = pd.concat([errors, pd.DataFrame(refused, columns=list(errors.columns))], ignore_index=True)
        arts.attrs["errors"] = ErrorTable(schema.conform(errors, schema.ERROR_COLUMNS))
    return arts


def _listed(fs, paths: list, names: set) -> tuple[dict[str, str], dict[str, str]]:
    """Files to fetch: path -> path relative to the copy, and path -> the folder it was found in.

    In a folder, visible files whose suffix (or whole name) is in ``names``; other paths as given.
    """
    files: dict[str, str] = {}
    roots: dict[str, str] = {}
    for p in paths:
        if fs.isdir(p):
            root = p.rstrip("/")
            for f in sorted(fs.find(root)):
                rel = f[len(root):].lstrip("/")
                name = rel.rsplit("/", 1)[-1]
                if not any(part.startswith(".") for part in rel.split("/")) and (
                        name in names or Path(name).suffix.lower() in names):
                    files[f], roots[f] = rel, root
        else:
            files[p], roots[p] = p.rsplit("/", 1)[-1], p.rsplit("/", 1)[0] or "/"
    return files, roots


def _refuse_local(files: dict, roots: dict, *, strict: bool, follow_links: bool) -> list:
    """Drop from ``files`` the local files ``load_articles`` would refuse; their ``(path, reason)``.

    Checked before copying: fetching a FIFO would block, a device would never end, and a link
    out of the folder would be read as if it were in it.
    """
    from .articles import ArticleError
    from .inputs import refusal, safe_text

    refused = []
    for f in list(files):
        if (reason := refusal(f, os.path.realpath(roots[f]), follow_links=follow_links)) is not None:
            if strict:
                raise ArticleError(f, reason)
            warnings.warn(f"skipped {safe_text(f)}: {reason}", stacklevel=3)
            refused.append((safe_text(f), reason))
            del files[f]
    return refused
