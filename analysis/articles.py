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
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pandas as pd

from . import schema
from .outputs import atomic_write

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
MANIFEST = "articles.csv"
MAX_BYTES = 20_000_000  # larger files are refused: no news article is this long
_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive"}


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


class ArticleError(Exception):
    """A file that cannot be read as an article: ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


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


def decode(data: bytes, path: str | os.PathLike = "<bytes>") -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    Raises
    ------
    ArticleError
        When the bytes are binary (a PDF, an image, an archive) rather than text.
    """
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(path, f"binary file ({what}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ArticleError(path, f"broken UTF-16 text: {e.reason}") from None
    if b"\x00" in data[:4096]:
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


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


def read_file(path: str | os.PathLike, *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """Articles in one file (several for JSON lines).

    Raises
    ------
    ArticleError
        When the file cannot be read; JSON lines files report their bad lines as warnings
        through :func:`load_articles` instead.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise ArticleError(p, f"cannot read: {e.strerror or e}") from None
    if size > max_bytes:
        raise ArticleError(p, f"file too large ({size / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB)")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ArticleError(p, f"cannot read: {e.strerror or e}") from None
    suffix = p.suffix.lower()
    text = decode(data, p)
    if not text.strip():
        raise ArticleError(p, "empty file" if not text else "only white space")
    if suffix in HTML_SUFFIXES:
        return [_from_html(p, text)]
    if suffix in JSON_SUFFIXES:
        return list(_from_json(p, text))
    meta, body = parse_front_matter(text)
    if not body.strip():
        raise ArticleError(p, "front matter but no article text")
    return [Article(str(p), body, meta.get("title") or _headline(body), meta.get("published") or meta.get("date"),
                    meta.get("source"), meta.get("url"))]


def _from_html(p: Path, html: str) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as e:  # trafilatura raises many kinds on hostile markup
        raise ArticleError(p, f"HTML could not be parsed: {type(e).__name__}") from None
    if doc is None:
        raise ArticleError(p, "no article text found in the HTML")
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    body = (get("text") or "").strip()
    if not body:
        raise ArticleError(p, "no article text found in the HTML")
    title = get("title")
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return Article(str(p), text, title or _headline(body), get("date"), get("sitename") or get("hostname"),
                   get("url"))


def _from_json(p: Path, raw: str) -> Iterator[Article | ArticleError]:
    if p.suffix.lower() == ".json" and raw.lstrip().startswith("["):
        try:
            records = json.loads(raw)
        except json.JSONDecodeError as e:
            raise ArticleError(p, f"invalid JSON at line {e.lineno}: {e.msg}") from None
        lines = [(n + 1, r) for n, r in enumerate(records)]
    else:
        lines = []
        for n, ln in enumerate(raw.splitlines(), 1):
            if not ln.strip():
                continue
            try:
                lines.append((n, json.loads(ln)))
            except json.JSONDecodeError as e:
                yield ArticleError(f"{p}#{n}", f"invalid JSON on line {n}: {e.msg}")
    for n, r in lines:
        where = f"{p}#{n}"
        if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not r["text"].strip():
            yield ArticleError(where, f"record on line {n} has no text")
            continue
        yield Article(where, r["text"], r.get("title") or _headline(r["text"]),
                      r.get("published") or r.get("date"), r.get("source") or r.get("publisher"), r.get("url"))


def _files(root: Path, errors: list) -> Iterator[Path]:
    """Files under ``root``, sorted, following symlinks once (loops are reported, not followed)."""
    seen: set = set()

    def walk(d: Path):
        try:
            real = d.resolve(strict=True)
        except (OSError, RuntimeError) as e:
            errors.append((str(d), f"cannot open folder: {e}"))
            return
        if real in seen:
            errors.append((str(d), "symbolic link loop: folder already read"))
            return
        seen.add(real)
        try:
            entries = sorted(d.iterdir(), key=lambda e: e.name)  # by name: Path comparisons are slow
        except OSError as e:
            errors.append((str(d), f"cannot open folder: {e.strerror or e}"))
            return
        for e in entries:
            if e.name.startswith(".") or e.name == MANIFEST or e.name.lower() == "readme.md":
                continue
            try:
                is_dir = e.is_dir()
            except OSError as err:
                errors.append((str(e), f"cannot read: {err.strerror or err}"))
                continue
            if is_dir:
                yield from walk(e)
            elif e.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES:
                yield e
            elif e.is_symlink() and not e.exists():
                errors.append((str(e), "broken symbolic link"))

    yield from walk(root)


def _manifest(root: Path) -> dict:
    """Per-file metadata from ``articles.csv`` in a folder (column ``file`` or ``path``)."""
    f = root / MANIFEST
    if not f.is_file():
        return {}
    rows = csv.DictReader(io.StringIO(decode(f.read_bytes(), f)))
    out = {}
    for r in rows:
        key = (r.get("file") or r.get("path") or "").strip()
        if key:
            out[key] = {k: (v.strip() if isinstance(v, str) else v) for k, v in r.items() if v}
    return out


def iter_articles(path: str | os.PathLike, *, strict: bool = False, max_bytes: int = MAX_BYTES,
                  errors: list | None = None, memo: dict | None = None,
                  seen_files: dict | None = None) -> Iterator[Article]:
    """Stream the articles under ``path`` (a file or a folder, read recursively).

    Problems are appended to ``errors`` as ``(path, reason)`` and warned about, or raised
    as :class:`ArticleError` when ``strict``. ``memo`` maps ``(file, size, mtime)`` to the
    articles read from that file before: an unchanged file is not read again. Files read
    cleanly are added to ``seen_files`` under the same key.
    """
    errors = [] if errors is None else errors
    root = Path(path)
    if not root.exists():
        raise ArticleError(root, "no such file or folder")

    def fail(where, reason):
        if strict:
            raise ArticleError(where, reason)
        warnings.warn(f"skipped {where}: {reason}", stacklevel=3)
        errors.append((str(where), reason))

    if root.is_file():
        files, manifest, base = iter([root]), {}, root.parent
    else:
        walk_errors: list = []
        files, base = _files(root, walk_errors), root
        manifest = _manifest(root)
    for f in files:
        key = None
        if memo is not None or seen_files is not None:
            try:
                st = f.stat()
                key = (str(f), st.st_size, st.st_mtime_ns)
            except OSError:
                key = None
        if memo is not None and key in memo:
            items = memo[key]
        else:
            try:
                items = read_file(f, max_bytes=max_bytes)
            except ArticleError as e:
                fail(e.path, e.reason)
                continue
        if seen_files is not None and key is not None and not any(isinstance(it, ArticleError) for it in items):
            seen_files[key] = items
        extra = (manifest.get(str(f.relative_to(base))) or manifest.get(f.name) or {}) if manifest else {}
        for it in items:
            if isinstance(it, ArticleError):
                fail(it.path, it.reason)
                continue
            if extra:
                it = Article(it.path, it.text, extra.get("title") or it.title,
                             extra.get("published") or extra.get("date") or it.published,
                             extra.get("source") or it.source, extra.get("url") or it.url)
            yield it
    if not root.is_file():
        for where, reason in walk_errors:
            fail(where, reason)


def _date(value, where: str, errors: list, strict: bool):
    if value in (None, ""):
        return pd.NaT
    if isinstance(value, str):
        try:  # ISO 8601, the usual case: a hundred times faster than pandas guessing the format
            d = datetime.fromisoformat(value.strip())
            if d.tzinfo is not None:
                d = d.astimezone(timezone.utc).replace(tzinfo=None)
            return pd.Timestamp(d)
        except (ValueError, OverflowError):  # other formats and out-of-range years: pandas decides
            pass
    ts = pd.to_datetime(value, errors="coerce", utc=True)
    if pd.isna(ts):
        reason = f"invalid published date {value!r}: kept as unknown"
        if strict:
            raise ArticleError(where, reason)
        warnings.warn(f"{where}: {reason}", stacklevel=3)
        errors.append((where, reason))
        return pd.NaT
    return ts.tz_convert(None)


CACHE_DIR = Path(__file__).resolve().parent.parent / "data" / "processed" / "cache"


def _memo_file(root: Path, cache) -> Path:
    folder = CACHE_DIR if cache is True else Path(cache)
    key = hashlib.sha1(str(root.resolve()).encode()).hexdigest()[:12]
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
                  cache: bool | str | os.PathLike = False) -> pd.DataFrame:
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
    for art in iter_articles(path, strict=strict, max_bytes=max_bytes, errors=errors, memo=memo, seen_files=files):
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
        _write_memo(memo_path, files, known)
    df = schema.conform(pd.DataFrame(rows), schema.ARTICLE_COLUMNS) if rows else schema.empty(schema.ARTICLE_COLUMNS)
    err = pd.DataFrame(errors, columns=schema.names(schema.ERROR_COLUMNS))
    df.attrs["errors"] = ErrorTable(schema.conform(err, schema.ERROR_COLUMNS))
    return df
