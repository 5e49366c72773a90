"""The exceptions Quotebook raises: one base class, one named class per kind of failure.

Callers catch :class:`QuotebookError` for anything the library itself reports; the command
line turns each into one line naming the path and what to do.
"""
from __future__ import annotations

import os


class QuotebookError(Exception):
    """Base class of every error the library raises on purpose."""


class ArticleTimeout(QuotebookError):
    """An article's extraction ran past its time guard; the run goes on without it.

    Parameters
    ----------
    seconds : float
        The guard that was exceeded.
    """

    def __init__(self, seconds: float, where: str = ""):
        self.seconds = seconds
        self.where = where
        at = f" ({where})" if where else ""
        super().__init__(f"extraction took longer than {seconds:g} s{at}; the article is skipped")

    def __reduce__(self):  # raised in a worker process, unpickled in the parent
        return (type(self), (self.seconds, self.where))


class OutputError(QuotebookError):
    """An output could not be written (disk full, read-only, a folder in the way).

    Parameters
    ----------
    path : str or os.PathLike
        The output that failed.
    reason : str
        What went wrong and what to do, in one line.
    """

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # raised in a worker process, unpickled in the parent
        return (type(self), (self.path, self.reason))


class CacheError(QuotebookError):
    """A cache shard or index is inconsistent with itself; the cache rebuilds what it read."""


class LexiconError(QuotebookError, ValueError):
    """A word list under ``data/`` has a row the library cannot read (an unknown role, a bad number)."""
