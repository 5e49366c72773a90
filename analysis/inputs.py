"""Finding and reading input files safely: regular files only, reads bounded, links kept inside.

A corpus folder is untrusted: it may hold FIFOs, devices, sockets, links to anywhere, names that
are not UTF-8 and files of any size. Nothing here blocks, reads without a bound, or leaves the
folder through a symbolic link unless asked to; every refusal is an :class:`ArticleError` or a
``(path, reason)`` row for the caller's error table.
"""
from __future__ import annotations

import errno
import os
import stat
from typing import Iterator

from .errors import QuotebookError

#: Larger files are refused: no news article is this long.
MAX_BYTES = 20_000_000
#: Bytes asked of the system per read once a file proves longer than its size said (a file
#: growing while read, or a /proc-like file reporting size 0): big enough to need few calls.
READ_CHUNK = 1 << 20
#: Extra flags for opening an input: never block (a FIFO swapped in after the check), never make
#: a terminal the controlling one, no inheriting by child processes, binary on Windows.
_OPEN_FLAGS = os.O_RDONLY | sum(getattr(os, f, 0) for f in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"))
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
_MAGIC = {b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip archive"}


class ArticleError(QuotebookError):
    """A file that cannot be read as an article: ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = safe_text(path)
        self.reason = safe_text(reason)
        super().__init__(f"{self.path}: {self.reason}")


def safe_text(value: str | os.PathLike) -> str:
    """``value`` as text that can be printed and stored in a table (Arrow strings are UTF-8).

    Bytes of a file name that are not UTF-8 (kept by Python as lone surrogates) are shown as
    ``\\xNN``; other lone surrogates as ``\\udNNN``. Other text is returned as it is.
    """
    s = os.fsdecode(value) if not isinstance(value, str) else value
    if s.isascii():
        return s
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        pass
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name holds (an escape in JSON)
        return s.encode("utf-8", "backslashreplace").decode("utf-8")


def decode(data: bytes, path: str | os.PathLike = "<bytes>", *, stray_nuls: int = 0) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    Up to ``stray_nuls`` NUL bytes in the first 4 KiB are taken as damage, not as a sign of
    binary data (JSON lines report them on their lines).

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
    if b"\x00" in data[:4096] and data.count(b"\x00", 0, 4096) > stray_nuls:
        raise ArticleError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _check_regular(p, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((what for test, what in _KINDS if test(mode)), "a special file")
        raise ArticleError(p, f"{kind}, not a regular file: not read")


def read_bytes(path: str | os.PathLike, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them.

    A FIFO, a device or a socket is refused before it is opened (opening a FIFO waits for a
    writer; a device can be endless), and the open never blocks in case one is swapped in
    after the check. Reading stops one byte past ``max_bytes``, whatever size the file claims.

    Raises
    ------
    ArticleError
        When the file is missing, unreadable, not a regular file, or larger than ``max_bytes``.
    """
    too_large = "file too large ({:.1f} MB, the limit is {:.0f} MB)"
    try:
        st = os.stat(path)
        _check_regular(path, st.st_mode)
        if st.st_size > max_bytes:
            raise ArticleError(path, too_large.format(st.st_size / 1e6, max_bytes / 1e6))
        fd = os.open(path, _OPEN_FLAGS)
        try:
            st = os.fstat(fd)  # the file opened, not one put in its place since the check
            _check_regular(path, st.st_mode)
            want = min(st.st_size, max_bytes) + 1
            data = os.read(fd, want)
            if len(data) == want:  # longer than its size said: read on, never past the limit
                parts = [data]
                total = len(data)
                while total <= max_bytes and (chunk := os.read(fd, min(READ_CHUNK, max_bytes + 1 - total))):
                    parts.append(chunk)
                    total += len(chunk)
                data = b"".join(parts)
        finally:
            os.close(fd)
    except OSError as e:
        raise ArticleError(path, f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise ArticleError(path, f"file too large (more than {max_bytes / 1e6:.0f} MB, the limit)")
    return data


def _outside(path: str, top: str) -> str | None:
    """Where the link ``path`` leads, when that is outside the folder ``top`` (a real path)."""
    real = os.path.realpath(path)
    return None if real == top or real.startswith(top.rstrip(os.sep) + os.sep) else real


def link_problem(path: str, top: str, *, follow_links: bool, wanted: bool = True) -> str | None:
    """Why the symbolic link ``path`` is not followed (broken, a loop, leaving ``top``), or None.

    Where a link leads matters only for a folder or a ``wanted`` file: other files are not read.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link"
    except OSError as e:
        return "symbolic link loop" if e.errno == errno.ELOOP else f"cannot read: {e.strerror or e}"
    if follow_links or not (wanted or stat.S_ISDIR(st.st_mode)):
        return None
    target = _outside(path, top)
    if target is not None:
        return (f"symbolic link to {safe_text(target)}, outside the corpus folder: not read "
                "(follow_links=True reads it)")
    return None


def refusal(path: str, top: str, *, follow_links: bool = False) -> str | None:
    """Why the file ``path``, found under the folder ``top`` (a real path), must not be read, or None.

    For callers that list files another way (fsspec): the checks of :func:`files_under` and
    :func:`read_bytes` without reading, so no special file is opened and no link leaves ``top``.
    """
    problem = link_problem(path, top, follow_links=follow_links)  # a link anywhere on the path
    if problem is None:
        try:
            _check_regular(path, os.stat(path).st_mode)
        except ArticleError as e:
            return e.reason
        except OSError as e:
            return f"cannot read: {e.strerror or e}"
    return problem


def files_under(root: str | os.PathLike, errors: list, *, suffixes: frozenset, skip: frozenset = frozenset(),
                follow_links: bool = False) -> Iterator[str]:
    """Paths of the files under ``root`` whose name ends in one of ``suffixes``, sorted by name.

    Hidden names (``.*``) and the lower-case names in ``skip`` are passed over. Symbolic links are
    followed inside ``root`` (a folder reached again is reported as a loop); links that lead
    outside it are reported and skipped unless ``follow_links``. Special files are yielded for
    :func:`read_bytes` to refuse by name. Problems go to ``errors`` as ``(path, reason)``.
    """
    seen: set = set()
    top = os.path.realpath(root)

    def walk(d: str):
        real = os.path.realpath(d)
        if real in seen:
            errors.append((d, "symbolic link loop: folder already read"))
            return
        seen.add(real)
        try:
            with os.scandir(d) as found:  # entries know their type: no stat per plain file
                entries = sorted(found, key=lambda e: e.name)
        except OSError as e:
            errors.append((d, f"cannot open folder: {e.strerror or e}"))
            return
        for e in entries:
            name = e.name
            if name.startswith(".") or name.lower() in skip:
                continue
            wanted = os.path.splitext(name)[1].lower() in suffixes
            try:
                problem = link_problem(e.path, top, follow_links=follow_links, wanted=wanted) if e.is_symlink() else None
                is_dir = problem is None and e.is_dir()
            except OSError as err:
                errors.append((e.path, f"cannot read: {err.strerror or err}"))
                continue
            if problem is not None:
                errors.append((e.path, problem))
            elif is_dir:
                yield from walk(e.path)
            elif wanted:
                yield e.path  # text: a Path would cost more to make than a memoised file to load

    yield from walk(os.fspath(root))
