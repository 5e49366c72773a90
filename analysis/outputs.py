"""Writing outputs safely: atomically, with one clear error, and with spreadsheet-safe text.

:func:`atomic_write` writes to a temporary file beside the target, then renames it into place:
an interrupted run (Ctrl-C, kill) or a failed write (disk full, read-only disk) never leaves a
half-written table, cache or report, and the previous file stays as it was. A failure is raised
as :class:`~analysis.errors.OutputError`, naming the path and what to do.

:func:`defuse_formula` is the one rule for text a spreadsheet could run as a formula (the OWASP
rule for CSV injection), used by the CSV and Excel exports and by the command line's CSV rows.
"""
from __future__ import annotations

import errno
import os
import re
import tempfile
from pathlib import Path
from typing import Callable

from .errors import OutputError

#: What to do about a failed write, by ``errno``: each message names the fault and the remedy.
_REMEDY = {
    errno.ENOSPC: "the disk is full: free some space or write to another disk",
    errno.EDQUOT: "the disk quota is used up: free some space or write to another disk",
    errno.EROFS: "the disk is read-only: write to another folder",
    errno.EACCES: "permission denied: write to a folder you can write to",
    errno.EPERM: "permission denied: write to a folder you can write to",
    errno.EISDIR: "this is a folder: name a file inside it (for example FOLDER/statements.csv)",
    errno.ENOTDIR: "a part of this path is a file, not a folder: choose another path",
    errno.ENOENT: "its folder does not exist and could not be created: create it or choose another path",
    errno.ENAMETOOLONG: "the file name is too long: choose a shorter one",
    errno.EFBIG: "the file is too large for this disk: write to another disk",
}

#: A spreadsheet runs a cell as a formula when it starts with one of these (after white space
#: and control characters, which some spreadsheets trim on import); a leading tab or carriage
#: return is the OWASP rule's own addition.
_FORMULA = re.compile(r"[\x00-\x20\x7f-\x9f]*[=+\-@]|[\t\r]")


def reason_for(error: OSError, *, doing: str = "write") -> str:
    """One line saying what went wrong with a write (or another ``doing``) and what to do about it."""
    remedy = _REMEDY.get(error.errno)
    if remedy:
        return f"could not {doing}: {remedy}"
    return f"could not {doing} ({error.strerror or error}): check the disk and the folder, or choose another path"


def atomic_write(path: str | os.PathLike, write: Callable[[str], None], *, suffix: str = ".tmp") -> Path:
    """Call ``write(tmp_path)``, then move the finished file to ``path`` (mode 0644).

    Parameters
    ----------
    path
        The file to create or replace; its folder is created when missing.
    write
        Writes the content to the temporary path it is given.
    suffix
        Ending of the temporary name, for writers that choose a format by it (``.xlsx``).

    Raises
    ------
    OutputError
        When the file cannot be written (a folder in the way, a read-only or full disk): the
        temporary file is removed and a previous ``path`` is left as it was. The ``OSError``
        is its ``__cause__``.
    """
    path = Path(path)
    if path.is_dir():  # checked first: no time spent writing what cannot be moved into place
        raise OutputError(path, reason_for(IsADirectoryError(errno.EISDIR, "Is a directory")))
    tmp = None
    try:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file where a folder should be (mkdir says only "exists")
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(path.parent)) from None
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
        os.close(fd)
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        _discard(tmp)
        raise OutputError(path, reason_for(e)) from e
    except BaseException:
        _discard(tmp)
        raise
    return path


def _discard(tmp: str | None) -> None:
    """Remove a temporary file left by a failed write (never raising: the first error matters)."""
    if tmp is None:
        return
    try:
        os.unlink(tmp)
    except OSError:
        pass


def defuse_formula(value):
    """``value`` with a single quote in front when a spreadsheet would read it as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (also after
    leading white space or control characters) gets a leading ``'``, so Excel, LibreOffice and
    Google Sheets show it as text (the OWASP rule against CSV injection). Anything that is not
    a ``str`` (numbers, dates, missing values) is returned as it is. Apply it *after* any other
    cleaning of the text, so that cleaning cannot uncover a formula.
    """
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def defuse_formulas(df):
    """A copy of the DataFrame ``df`` with :func:`defuse_formula` applied to every text cell.

    Numeric, boolean and date columns are not touched: numbers stay numbers.
    """
    import pandas as pd

    out = df.copy()
    for c in out.columns:
        col = out[c]
        if not (pd.api.types.is_object_dtype(col.dtype) or pd.api.types.is_string_dtype(col.dtype)):
            continue
        try:
            risky = col.str.match(_FORMULA, na=False).astype(bool)  # non-text cells: False
        except AttributeError:  # an object column without any text (lists, numbers)
            continue
        if risky.any():
            out.loc[risky, c] = "'" + col[risky].astype(str)
    return out
