"""The statements cache: Parquet shards keyed by article, checked when read, bypassed when unwritable.

The cache keeps statements in Parquet shards under a folder: ``statements-<version>-<stamp>.parquet``
holds the rows of the articles parsed in one run, and ``.keys`` next to it lists those articles
(also the ones without statements), one ``<key>\\t<rows>`` line each. The ``.keys`` file is
written last, so a shard counts only once it is complete. An article's key is its content hash
(``article_id``) and its publication date (statement dates are resolved against it); the
version is :func:`analysis.corpus.library_version`, and shards of other versions are deleted.

What is read is checked before it is used: every listed article must have exactly its listed
number of rows, the rows must belong to listed articles (and carry their article's id), and
statement ids must be unique. An article that fails is parsed again and the shard is rewritten
without it, with a warning; a shard that cannot be read at all is dropped the same way. A
folder that cannot be written (read-only, full, a file in the way) is bypassed: the run goes
on uncached, with one warning.
"""
from __future__ import annotations

import re
import time
import uuid
import warnings
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import schema
from .errors import CacheError, OutputError
from .outputs import atomic_write, reason_for

FLUSH_ARTICLES = 2500  #: a long run writes a shard every this many parsed articles (resumable)
MAX_SHARDS = 16  #: more shards than this (of one version) are compacted into one
KEY = "_key"  #: cache-only column: the key of the article a row belongs to

_SHARD = re.compile(r"statements-([0-9a-f]{12})-([0-9a-z]+)\.(parquet|keys)")
_LEGACY = re.compile(r"(statements|articles)-([0-9a-f]{12})\.(parquet|txt)")


# ---- Arrow: how chunks travel between processes and sit in the cache ------------------------

def arrow_types() -> dict:
    """Arrow type of each statement column (None: left to Arrow)."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(),
             "datetime64[ns]": pa.timestamp("ns")}
    mention_types = {c.name: kinds[c.dtype] for c in schema.MENTION_COLUMNS}
    lists = {"actors": pa.list_(pa.string()),
             "actor_mentions": pa.list_(pa.struct([(f, mention_types[f]) for f in schema.ACTOR_MENTION_FIELDS]))}
    types = {"article_id": pa.string()}
    for c in schema.STATEMENT_COLUMNS:
        types[c.name] = kinds.get(c.dtype, lists.get(c.name))
    return types


def empty_table():
    """A statements table with no rows, with the columns and types of the cache."""
    import pyarrow as pa

    return pa.schema([(k, t) for k, t in arrow_types().items() if t is not None]).empty_table()


def cache_keys(articles: pd.DataFrame) -> pd.Series:
    """Cache key of each article: ``<article_id>@<published>`` (dates resolve against it)."""
    aid = articles["article_id"].astype(str)
    if "published" not in articles.columns:
        return aid + "@"
    pub = pd.to_datetime(articles["published"], errors="coerce")
    return aid + "@" + pub.dt.strftime("%Y-%m-%dT%H:%M:%S%z").fillna("").astype(str)


def _read_keys(path: Path) -> tuple[dict[str, int], int]:
    """The ``key -> rows`` lines of a ``.keys`` file, and how many lines could not be read."""
    listed: dict[str, int] = {}
    bad = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        key, tab, rows = line.rpartition("\t")
        if not line:
            continue
        if not tab or not key or not (rows.isascii() and rows.isdigit()) or key in listed:
            bad += 1
            continue
        listed[key] = int(rows)
    return listed, bad


def _check(table, listed: dict[str, int]) -> tuple[set, str]:
    """The listed keys whose rows in ``table`` are complete and consistent, and what was wrong."""
    import pyarrow as pa
    import pyarrow.compute as pc

    for name in (KEY, "article_id", "statement_id"):
        if name not in table.column_names or table.schema.field(name).type != pa.string():
            raise CacheError(f"the shard has no text column {name!r}")
    pairs = table.group_by([KEY, "article_id"]).aggregate([([], "count_all")])
    rows: dict[str, int] = {}
    wrong_id = set()
    for key, aid, n in zip(*(pairs.column(i).to_pylist() for i in range(3))):
        rows[key] = rows.get(key, 0) + n
        if key is None or key.rpartition("@")[0] != aid:
            wrong_id.add(key)
    bad = {k for k, n in listed.items() if rows.get(k, 0) != n} | (wrong_id & set(listed))
    ids = table["statement_id"]
    if pc.count_distinct(ids, mode="all").as_py() != len(ids):  # rare: find whose ids repeat
        counts = pc.value_counts(ids)
        dup = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
        bad |= set(pc.unique(table.filter(pc.is_in(ids, value_set=dup))[KEY]).to_pylist())
    bad &= set(listed)
    unlisted = len(set(rows) - set(listed))
    problems = []
    if bad:
        problems.append(f"{len(bad)} articles whose rows do not match the index or repeat statement ids")
    if unlisted:
        problems.append(f"rows of {unlisted} articles the index does not list")
    return set(listed) - bad, "; ".join(problems)


class Cache:
    """Parquet shards of one library version in one folder (see the module's docstring)."""

    def __init__(self, folder: Path, version: str):
        self.dir, self.version = Path(folder), version
        self.buffer: list = []
        self.buffer_keys: list[str] = []
        self.written: list[Path] = []
        self.bypassed = False

    # -- reading --------------------------------------------------------------------------------

    def shards(self) -> list[Path]:
        """Complete shards of this version, oldest first."""
        try:
            if not self.dir.is_dir():
                return []
            names = [f.name for f in self.dir.iterdir()]
        except OSError as e:
            self._bypass(e, doing="read")
            return []
        out = []
        for name in names:
            m = _SHARD.fullmatch(name)
            if m and m.group(1) == self.version and m.group(3) == "keys" \
                    and name[:-len("keys")] + "parquet" in names:
                out.append(self.dir / (name[:-len("keys")] + "parquet"))
        return sorted(out)

    def load(self, wanted: set | None, *, keep_key: bool = False) -> tuple[list, set]:
        """Tables of the cached rows of the ``wanted`` keys (None: all), and the keys found.

        Every shard read is checked (see the module's docstring); what fails the check is left
        out (so it is parsed again) and the shard is rewritten without it, with a warning.
        """
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        tables, found = [], set()
        for shard in reversed(self.shards()):  # newest first: a key written twice is read once
            try:
                listed, bad_lines = _read_keys(shard.with_suffix(".keys"))
                take = (listed.keys() if wanted is None else listed.keys() & wanted) - found
                if not take and not bad_lines:
                    continue
                t = pq.read_table(shard)
                good, problem = _check(t, listed)
            except FileNotFoundError:  # compacted by another run meanwhile
                continue
            except (OSError, UnicodeDecodeError, pa.ArrowException, CacheError) as e:
                self._damaged(shard, str(e), None)
                continue
            if bad_lines:
                problem = "; ".join(filter(None, [f"{bad_lines} unreadable index lines", problem]))
            if problem:
                self._damaged(shard, problem, (t, good, listed))
            take &= good
            if not take:
                continue
            if len(take) < t.num_rows or problem:
                t = t.filter(pc.is_in(t[KEY], value_set=pa.array(sorted(take), pa.string())))
            tables.append(t if keep_key else t.drop_columns([KEY]))
            found |= take
        return tables[::-1], found

    def _damaged(self, shard: Path, problem: str, kept) -> None:
        """Warn about a shard that failed its check; rewrite it with what passed (``kept``)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        warnings.warn(str(CacheError(f"cache shard {shard} is damaged ({problem}): "
                                     "the articles concerned are parsed again and the shard is rebuilt without them")), stacklevel=3)
        if self.bypassed:
            return
        if kept is not None:
            t, good, listed = kept
            if good:
                t = t.filter(pc.is_in(t[KEY], value_set=pa.array(sorted(good), pa.string())))
                if not self._write(t, sorted(good)):
                    return
        self._remove(shard)

    # -- writing --------------------------------------------------------------------------------

    def add(self, table, keys: list[str], key_of: dict) -> None:
        """Remember a parsed chunk; write a shard once enough articles are waiting."""
        import pyarrow as pa

        if self.bypassed:
            return
        if table is not None and table.num_rows:
            col = pa.array([key_of[a] for a in table["article_id"].to_pylist()], pa.string())
            self.buffer.append(table.append_column(KEY, col))
        self.buffer_keys += keys
        if len(self.buffer_keys) >= FLUSH_ARTICLES:
            self.flush()

    def flush(self) -> None:
        """Write the waiting articles as one shard."""
        import pyarrow as pa

        if not self.buffer_keys or self.bypassed:
            return
        table = pa.concat_tables(self.buffer, promote_options="default") if self.buffer else \
            empty_table().append_column(KEY, pa.array([], pa.string()))
        path = self._write(table, self.buffer_keys)
        if path is not None:
            self.written.append(path)
        self.buffer, self.buffer_keys = [], []

    def _write(self, table, keys: Iterable[str]) -> Path | None:
        """Write a shard: the rows first, then its keys (which make it count), atomically.

        Returns None (and bypasses the cache from then on) when the folder cannot be written.
        """
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        counts = pc.value_counts(table[KEY]) if table.num_rows else None
        rows = dict(zip(counts.field("values").to_pylist(), counts.field("counts").to_pylist())) if counts else {}
        index = "\n".join(f"{k}\t{rows.get(k, 0)}" for k in keys)
        stamp = f"{time.time_ns():x}{uuid.uuid4().hex[:6]}"
        path = self.dir / f"statements-{self.version}-{stamp}.parquet"
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            atomic_write(path, lambda tmp: pq.write_table(table, tmp))
            atomic_write(path.with_suffix(".keys"), lambda tmp: Path(tmp).write_text(index, encoding="utf-8"))
        except (OSError, OutputError) as e:
            try:  # rows without their keys never count; do not leave them behind
                path.unlink(missing_ok=True)
            except OSError:
                pass
            self._bypass(e)
            return None
        return path

    def _bypass(self, error: Exception, *, doing: str = "write") -> None:
        """Stop using the cache for this run, with one warning saying why and what to do."""
        if self.bypassed:
            return
        self.bypassed = True
        self.buffer, self.buffer_keys = [], []
        reason = error.reason if isinstance(error, OutputError) else reason_for(error, doing=doing)
        warnings.warn(f"cache folder {self.dir} cannot be used, the run goes on without it: {reason}", stacklevel=4)

    def compact(self) -> None:
        """Merge the shards of this version into one when there are too many."""
        import pyarrow as pa

        shards = self.shards()
        if len(shards) <= MAX_SHARDS or self.bypassed:
            return
        tables, keys = self.load(None, keep_key=True)  # a key written twice is kept once
        empty = empty_table().append_column(KEY, pa.array([], pa.string()))
        if self._write(pa.concat_tables([empty] + tables, promote_options="default"), sorted(keys)) is None:
            return
        for s in shards:
            self._remove(s)

    def _remove(self, shard: Path) -> None:
        try:
            shard.with_suffix(".keys").unlink(missing_ok=True)
            shard.unlink(missing_ok=True)
        except OSError as e:
            self._bypass(e)

    def drop_other_versions(self) -> None:
        """Delete the shards (and the one-file caches of earlier releases) of other versions."""
        if self.bypassed:
            return
        try:
            if not self.dir.is_dir():
                return
            for f in self.dir.iterdir():
                m = _SHARD.fullmatch(f.name) or _LEGACY.fullmatch(f.name)
                if m and self.version not in m.groups():
                    f.unlink(missing_ok=True)
        except OSError as e:
            self._bypass(e)
