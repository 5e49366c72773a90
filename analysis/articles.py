"""Reading articles from files and folders: plain text, HTML, JSON lines, with a manifest.

One bad file never costs the run: it is skipped with a warning and listed in the ``errors``
table attached to the result (``articles.attrs["errors"]``), unless ``strict=True``.
Input files are only ever read.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

import pandas as pd

from . import paths, schema
from .errors import QuotebookError
from .inputs import MAX_BYTES, ArticleError, decode, files_under, link_problem, read_bytes, safe_text
from .io.html import read_html
from .outputs import atomic_write

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
SUFFIXES = frozenset(TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES)
MANIFEST = "articles.csv"
_NOT_ARTICLES = frozenset({MANIFEST, "readme.md"})  # lower case: files in a corpus folder that are not articles
#: A JSON lines file may hold this many NUL bytes in its first 4 KiB, as damage on a few lines
#: (each then reported); more means binary data or UTF-16 without a byte-order mark.
STRAY_NULS = 16
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_FAILURES = (ValueError, RecursionError)  # bad syntax, over-long integers, deep nesting
_JSON_FIELDS = (("title", ("title",)), ("published", ("published", "date")), ("source", ("source", "publisher")),
                ("url", ("url",)))


class ErrorTable(pd.DataFrame):
    """The files that could not be read (``path``, ``reason``), attached to an articles table.

    A DataFrame that compares as a whole (``==`` is :meth:`~pandas.DataFrame.equals`), so
    ``pandas.concat`` of two articles tables, which compares their ``attrs``, keeps working.
    """

    @property
    def _constructor(self):
        return pd.DataFrame

    def __eq__(self, other):  # noqa: D105
        return isinstance(other, pd.DataFrame) and self.equals(other)

    def __ne__(self, other):  # noqa: D105
        return not self.__eq__(other)

    __hash__ = None

    def __deepcopy__(self, memo=None):  # pandas deep-copies ``attrs`` when a table is filtered
        return ErrorTable(pd.DataFrame(self).copy(deep=True))


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file whose article is still read (a bad field, a repaired text)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One article as read."""

    path: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    n_words: int | None = None  # known when read back from the file memo
    article_id: str | None = None


def article_id(text: str) -> str:
    """Stable id of an article: the first 12 hex digits of the SHA-1 of its text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def parse_front_matter(text: str) -> tuple[dict, str]:
    """Split a ``---`` front-matter block (``key: value`` lines) off the top of ``text``."""
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text
    lines = stripped.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, text
    meta: dict = {}
    offset = len(lines[0])
    for ln in lines[1:]:
        offset += len(ln)
        if ln.strip() == "---":
            return meta, stripped[offset:]
        if ":" in ln:
            k, v = ln.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip('"').strip("'")
    return {}, text  # no closing line: not front matter


def _headline(text: str) -> str | None:
    for ln in text.splitlines():
        if ln.strip():
            return ln.strip()
    return None


def read_file(path: str | os.PathLike, *, max_bytes: int = MAX_BYTES) -> list[Article | ArticleError | Problem]:
    """Articles in one file (several for JSON lines), with the problems of a JSON file's records.

    A JSON file's bad lines come back as :class:`ArticleError` items (the line is skipped) and
    its bad fields as :class:`Problem` items (the article is kept): :func:`iter_articles`
    reports both and goes on.

    Raises
    ------
    ArticleError
        When the file as a whole cannot be read.
    """
    p = os.fsdecode(path)  # text, not Path: parsing a Path costs more than reading a small file's memo
    data = read_bytes(p, max_bytes=max_bytes)
    suffix = os.path.splitext(p)[1].lower()
    text = decode(data, p, stray_nuls=STRAY_NULS if suffix in JSON_SUFFIXES else 0)
    if not text.strip():
        raise ArticleError(p, "empty file" if not text else "only white space")
    if suffix in HTML_SUFFIXES:
        return [_from_html(p, text)]
    if suffix in JSON_SUFFIXES:
        items = list(_from_json(p, text))
        if not items:
            raise ArticleError(p, "no records in the JSON")
        return items
    meta, body = parse_front_matter(text)
    if not body.strip():
        raise ArticleError(p, "front matter but no article text")
    return [Article(safe_text(p), body, meta.get("title") or _headline(body), meta.get("published") or meta.get("date"),
                    meta.get("source"), meta.get("url"))]


def _from_html(p: str, html: str) -> Article:
    page = read_html(p, html)
    return Article(safe_text(p), page.text, page.title, page.published, page.source, page.url)


def _json_problem(e: Exception, text: str) -> str:
    """Why a JSON text could not be read, in words."""
    if "\x00" in text:
        return "holds a NUL byte (damaged data)"
    if isinstance(e, RecursionError):
        return "nested too deeply to read"
    if isinstance(e, json.JSONDecodeError):
        return e.msg
    if "digits" in str(e):  # Python refuses to read integers of more digits than its limit
        return f"a number too long to read (over {sys.get_int_max_str_digits()} digits)"
    return str(e)[:200]


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except _JSON_FAILURES:
        return False
    return True


def _json_records(p: str, raw: str) -> Iterator[tuple[str, str, object] | ArticleError]:
    """``(where, label, record)`` for each record of a JSON or JSON lines file; bad lines as errors.

    A ``.json`` file holds one document (an object, or a list of them), or else JSON lines.
    Lines end at ``\\n`` only: U+2028 and other line separators may sit inside a string.
    """
    where = safe_text(p)
    if os.path.splitext(p)[1].lower() == ".json":
        try:
            doc = json.loads(raw)
        except _JSON_FAILURES as e:
            if not _parses(next(ln for ln in raw.split("\n") if ln.strip())):  # not JSON lines either
                at = f" at line {e.lineno}" if isinstance(e, json.JSONDecodeError) else ""
                raise ArticleError(p, f"invalid JSON{at}: {_json_problem(e, raw)}") from None
        else:
            if isinstance(doc, list):
                yield from ((f"{where}#{n}", f"record {n}", r) for n, r in enumerate(doc, 1))
            else:
                yield where, "the record", doc
            return
    for n, ln in enumerate(raw.split("\n"), 1):
        if ln.strip():
            try:
                yield f"{where}#{n}", f"record on line {n}", json.loads(ln)
            except _JSON_FAILURES as e:
                yield ArticleError(f"{where}#{n}", f"invalid JSON on line {n}: {_json_problem(e, ln)}")


def _json_text(value, field: str) -> tuple[str | None, str | None]:
    """A metadata value of a JSON record as text (None when missing or unusable), and the problem."""
    if value is None:
        return None, None
    if isinstance(value, str):
        if _SURROGATE.search(value):
            return _SURROGATE.sub("\ufffd", value), f"{field} holds lone surrogate escapes: each read as U+FFFD"
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and field != "published":
        return str(value), None
    kind = {list: "a list", dict: "an object", bool: "true or false"}.get(type(value), "a number")
    return None, f"{field} is {kind}, not {'a date' if field == 'published' else 'text'}: kept as unknown"


def _from_json(p: str, raw: str) -> Iterator[Article | ArticleError | Problem]:
    for item in _json_records(p, raw):
        if isinstance(item, ArticleError):
            yield item
            continue
        where, label, r = item
        text = r.get("text") if isinstance(r, dict) else None
        if not isinstance(text, str) or not text.strip():
            yield ArticleError(where, f"{label} has no text")
            continue
        if _SURROGATE.search(text):  # "\ud800" escapes: not characters, and no table can store them
            text = _SURROGATE.sub("\ufffd", text)  # one code point for one: offsets index this text
            yield Problem(where, "the text holds lone surrogate escapes (like \\ud800): each read as U+FFFD")
        meta = {}
        for field, keys in _JSON_FIELDS:
            meta[field], problem = _json_text(next((r[k] for k in keys if r.get(k)), None), field)
            if problem:
                yield Problem(where, problem)
        yield Article(where, text, meta["title"] or _headline(text), meta["published"], meta["source"], meta["url"])


def _manifest(root: Path, *, follow_links: bool, max_bytes: int) -> dict:
    """Per-file metadata from ``articles.csv`` in a folder (column ``file`` or ``path``).

    Raises
    ------
    ArticleError
        When the manifest exists but cannot be read as CSV text.
    """
    f = root / MANIFEST
    if not os.path.lexists(f):
        return {}
    if os.path.islink(f) and (problem := link_problem(os.fspath(f), os.path.realpath(root),
                                                        follow_links=follow_links)):
        raise ArticleError(f, problem)
    try:
        rows = list(csv.DictReader(io.StringIO(decode(read_bytes(f, max_bytes=max_bytes), f))))
    except csv.Error as e:
        raise ArticleError(f, f"not a readable CSV table: {e}") from None
    out = {}
    for r in rows:
        key = r.get("file") or r.get("path")
        if isinstance(key, str) and key.strip():
            out[key.strip()] = {k: (v.strip() if isinstance(v, str) else v) for k, v in r.items() if v}
    return out


def iter_articles(path: str | os.PathLike, *, strict: bool = False, max_bytes: int = MAX_BYTES,
                  follow_links: bool = False, errors: list | None = None, memo: dict | None = None,
                  seen_files: dict | None = None) -> Iterator[Article]:
    """Stream the articles under ``path`` (a file or a folder, read recursively).

    Problems are appended to ``errors`` as ``(path, reason)`` and warned about, or raised
    as :class:`ArticleError` when ``strict``. Only regular files are read; symbolic links
    leading out of the folder are skipped unless ``follow_links``. ``memo`` maps
    ``(file, size, mtime)`` to the articles read from that file before: an unchanged file is
    not read again. Files read cleanly are added to ``seen_files`` under the same key.
    """
    errors = [] if errors is None else errors
    root = Path(path)
    if not root.exists():
        raise ArticleError(root, "no such file or folder")

    def fail(where, reason, *, kept: bool = False):
        if strict:
            raise ArticleError(where, reason)
        where, reason = safe_text(where), safe_text(reason)
        warnings.warn(f"{where}: {reason}" if kept else f"skipped {where}: {reason}", stacklevel=3)
        errors.append((where, reason))

    walk_errors: list = []
    files, manifest, base = iter([os.fspath(root)]), {}, os.fspath(root.parent)
    if root.is_dir():
        files = files_under(root, walk_errors, suffixes=SUFFIXES, skip=_NOT_ARTICLES, follow_links=follow_links)
        base = os.fspath(root)
        try:
            manifest = _manifest(root, follow_links=follow_links, max_bytes=max_bytes)
        except ArticleError as e:
            fail(e.path, f"{e.reason}; the articles are read without its metadata", kept=True)
    for f in files:
        key = _memo_key(f) if memo is not None or seen_files is not None else None
        if memo is not None and key in memo:
            items = memo[key]
        else:
            try:
                items = read_file(f, max_bytes=max_bytes)
            except ArticleError as e:
                fail(e.path, e.reason)
                continue
        if seen_files is not None and key is not None and all(isinstance(it, Article) for it in items):
            seen_files[key] = items
        extra = _manifest_row(manifest, f, base) if manifest else {}
        for it in items:
            if not isinstance(it, Article):
                fail(it.path, it.reason, kept=isinstance(it, Problem))
                continue
            yield _with_metadata(it, extra) if extra else it
    for where, reason in walk_errors:
        fail(where, reason)


def _memo_key(f: str) -> tuple[str, int, int] | None:
    """``(file, size, mtime)``: a file read before is unchanged when its key is."""
    try:
        st = os.stat(f)
    except OSError:
        return None
    return safe_text(f), st.st_size, st.st_mtime_ns


def _manifest_row(manifest: dict, f: str, base: str) -> dict:
    """The manifest's fields for file ``f`` of folder ``base``: by path in the folder, else by name."""
    rel = f[len(base) + 1:] if f.startswith(base + os.sep) else f
    return manifest.get(rel) or manifest.get(os.path.basename(f)) or {}


def _with_metadata(it: Article, extra: dict) -> Article:
    """``it`` with the fields a manifest row gives (they win over the file's own)."""
    return Article(it.path, it.text, extra.get("title") or it.title,
                   extra.get("published") or extra.get("date") or it.published,
                   extra.get("source") or it.source, extra.get("url") or it.url)


#: The days a pandas column of nanosecond timestamps can hold (1677-09-21 00:12 to 2262-04-11
#: 23:47): a published date outside them is kept as unknown, with a warning.
_FIRST_DAY, _END_DAY = datetime(1677, 9, 22), datetime(2262, 4, 11)
#: Characters of a bad value quoted in a warning: enough to recognise it, not a whole record.
QUOTED_CHARS = 60


def _quoted(value) -> str:
    r = repr(value)
    return r if len(r) <= QUOTED_CHARS else r[:QUOTED_CHARS - 3] + "..."


def _parse_date(value) -> tuple[pd.Timestamp | None, str]:
    """``value`` as a timestamp in UTC without a time zone, or None and why not."""
    if isinstance(value, str):
        try:  # ISO 8601, the usual case: a hundred times faster than pandas guessing the format
            d = datetime.fromisoformat(value.strip())
            if d.tzinfo is not None:
                d = d.astimezone(timezone.utc).replace(tzinfo=None)
        except (ValueError, OverflowError):  # other formats: pandas decides
            d = None
        if d is not None:
            return (pd.Timestamp(d), "") if _FIRST_DAY <= d < _END_DAY else (None, "out of range")
    elif not isinstance(value, (date, datetime)):
        return None, f"not a date ({type(value).__name__})"
    try:
        ts = pd.to_datetime(value, errors="coerce", utc=True)
    except (ValueError, OverflowError, TypeError):
        ts = pd.NaT
    if pd.isna(ts):
        return None, "invalid"
    ts = ts.tz_convert(None)
    return (ts, "") if _FIRST_DAY <= ts < _END_DAY else (None, "out of range")


def _date(value, where: str, errors: list, strict: bool):
    if value is None or (isinstance(value, str) and not value.strip()):
        return pd.NaT
    ts, why = _parse_date(value)
    if ts is not None:
        return ts
    if why == "out of range":
        reason = (f"published date {_quoted(value)} is outside the dates pandas can hold "
                  f"({_FIRST_DAY:%Y-%m-%d} to {_END_DAY:%Y-%m-%d}): kept as unknown")
    else:
        reason = f"invalid published date {_quoted(value)}: kept as unknown"
    if strict:
        raise ArticleError(where, reason)
    warnings.warn(f"{where}: {reason}", stacklevel=3)
    errors.append((where, reason))
    return pd.NaT


CACHE_DIR = paths.cache_dir()


def _memo_file(root: Path, cache) -> Path:
    folder = CACHE_DIR if cache is True else Path(cache)
    key = hashlib.sha1(os.fsencode(root.resolve())).hexdigest()[:12]
    return folder / f"files-{key}.parquet"


def _read_memo(path: Path) -> dict:
    """The articles read from each file last time: (file, size, mtime) -> [Article]."""
    if not path.exists():
        return {}
    try:
        table = pd.read_parquet(path)
    except Exception:  # a damaged cache is only a slower run
        return {}
    if list(table.columns) != _MEMO_COLUMNS:
        return {}  # written by another version
    memo: dict = {}
    for r in zip(*(table[c].tolist() for c in _MEMO_COLUMNS)):
        fields = [None if isinstance(v, float) and v != v else v for v in r[3:9]]  # missing: None, not NaN
        memo.setdefault((r[0], int(r[1]), int(r[2])), []).append(Article(*fields, int(r[9]), r[10]))
    return memo


_MEMO_COLUMNS = ["file", "size", "mtime", "path", "text", "title", "published", "source", "url", "n_words",
                 "article_id"]


def _write_memo(path: Path, files: dict, known: dict) -> None:
    """Save what each file held; ``known`` gives (id, words) already computed, by article path."""
    def counts(a: Article) -> tuple[str, int]:
        if a.path in known:
            return known[a.path]
        return a.article_id or article_id(a.text), a.n_words if a.n_words is not None else len(a.text.split())

    rows = []
    for k, arts in files.items():
        for a in arts:
            aid, n = counts(a)
            rows.append({"file": k[0], "size": k[1], "mtime": k[2], **a.__dict__, "n_words": n, "article_id": aid})
    table = pd.DataFrame(rows, columns=_MEMO_COLUMNS)
    for c in ("title", "published", "source", "url"):
        table[c] = table[c].astype("object").map(lambda v: None if v is None or v != v else str(v))
    atomic_write(path, lambda tmp: table.to_parquet(tmp, index=False))


def load_articles(path: str | os.PathLike, *, strict: bool = False, max_bytes: int = MAX_BYTES,
                  cache: bool | str | os.PathLike = False, follow_links: bool = False) -> pd.DataFrame:
    """Read every article under ``path`` into a DataFrame, one row per article.

    Parameters
    ----------
    path
        A file or a folder (read recursively): ``.txt`` (first non-empty line is the headline;
        an optional ``---`` front-matter block gives title, published, source, url), ``.html``
        (main text and metadata through trafilatura), ``.jsonl``/``.json`` (records with
        ``text`` and optional metadata). An ``articles.csv`` in a folder (column ``file``) adds
        metadata per file.
    strict
        Raise :class:`ArticleError` on the first problem instead of skipping the file.
    max_bytes
        Files larger than this are refused with a message.
    cache
        ``True`` (``data/processed/cache``) or a folder: remember what each file held, so a
        rerun reads only files that are new or changed (by size and modification time).
    follow_links
        Read files and folders that symbolic links in the folder lead to outside it. By default
        such links are skipped and listed in the errors; links inside the folder are followed.
        Only regular files are ever read: FIFOs, devices and sockets are refused.

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`analysis.schema.ARTICLE_COLUMNS`. Files that could not be read, bad
        dates and duplicates are listed in ``df.attrs["errors"]`` (columns ``path``, ``reason``).

    Examples
    --------
    >>> arts = load_articles("seeds")            # doctest: +SKIP
    >>> arts.attrs["errors"]                     # doctest: +SKIP
    """
    errors: list = []
    rows = []
    seen: dict = {}
    root = Path(path)
    memo_path = _memo_file(root, cache) if cache and root.is_dir() else None
    memo = _read_memo(memo_path) if memo_path else None
    files: dict | None = {} if memo_path else None
    known: dict = {}
    for art in iter_articles(path, strict=strict, max_bytes=max_bytes, follow_links=follow_links, errors=errors,
                             memo=memo, seen_files=files):
        aid = art.article_id or article_id(art.text)
        n_words = art.n_words if art.n_words is not None else len(art.text.split())
        known[art.path] = (aid, n_words)
        if aid in seen:
            reason = f"duplicate of {seen[aid]}: counted once"
            if strict:
                raise ArticleError(art.path, reason)
            warnings.warn(f"{art.path}: {reason}", stacklevel=2)
            errors.append((art.path, reason))
            continue
        seen[aid] = art.path
        rows.append({
            "article_id": aid, "path": art.path, "title": art.title,
            "published": _date(art.published, art.path, errors, strict),
            "source": art.source, "url": art.url, "text": art.text,
            "n_words": n_words,
        })
    if memo_path is not None and set(files) != set(memo or {}):
        try:
            _write_memo(memo_path, files, known)
        except (OSError, QuotebookError) as e:  # the memo only saves time: without it a rerun is slower, not wrong
            warnings.warn(f"file memo not saved ({e}); the next run reads every file again", stacklevel=2)
    df = schema.conform(pd.DataFrame(rows), schema.ARTICLE_COLUMNS) if rows else schema.empty(schema.ARTICLE_COLUMNS)
    err = pd.DataFrame(errors, columns=schema.names(schema.ERROR_COLUMNS))
    df.attrs["errors"] = ErrorTable(schema.conform(err, schema.ERROR_COLUMNS))
    return df
