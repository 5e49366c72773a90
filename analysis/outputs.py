"""Writing outputs safely: to a temporary file beside the target, then renamed into place.

An interrupted run (Ctrl-C, kill) therefore never leaves a half-written table, cache or report:
the previous file stays until the new one is complete.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


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
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
