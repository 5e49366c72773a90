"""The words a statement's speaker spoke: its text without the reporter's attribution between two
parts of an interrupted quote ("“A,” she said, “B.”" reads "A, B.")."""
from __future__ import annotations

import re
from collections.abc import Iterable

from .. import schema

# a closing quote mark, the reporter's words up to the next opening mark, and that mark: the gap
# between two parts of one quote inside a direct statement's span
_GAP_RE = re.compile(r"[”\"»][^“”\"«»]*[“\"«]")
# the attribution closes its own sentence before the quote goes on: “…,” she said. “…”
_SENTENCE_END_RE = re.compile(r"[.!?]\s*.$")


def quote_text(text: str, start: int, kind: str, attribution: Iterable[int | None]) -> str:
    """A statement's words with the attribution that interrupts its quote taken out.

    Parameters
    ----------
    text
        The statement's text, ``article_text[start:end]``.
    start
        Offset of ``text`` in the article.
    kind
        The statement's kind: only a direct statement's span holds words outside its quote marks.
    attribution
        Article offsets of the statement's own cue and speaker mention (None where missing): a
        gap between quote marks is the reporter's only when it holds one of them, so a quote
        quoting two titles ("“bad” and “worse”") keeps its words.

    Returns
    -------
    str
        ``text`` with each such gap (closing mark, attribution, opening mark) replaced by one
        space, and the comma before it by a full stop when the attribution ends its sentence
        ("“A,” she said. “B.”" reads "A. B."); ``text`` itself when no quote is interrupted.

    Examples
    --------
    >>> quote_text('We will finish,” Mayor Ilsa Brand said, “and we will finish on time.',
    ...            0, "direct", [23])
    'We will finish, and we will finish on time.'
    """
    gaps = _gaps(text, start, kind, attribution)
    if not gaps:
        return text
    parts, pos = [], 0
    for a, b, stop in gaps:
        before = text[pos:a].rstrip()
        if stop:
            before = before[:-1] + "."  # “A,” she said. “B.”: the speaker spoke two sentences
        parts.append(before)
        pos = b
    parts.append(text[pos:].lstrip())
    return " ".join(p for p in parts if p)


def quote_view(text: str, start: int, kind: str, attribution: Iterable[int | None]) -> str:
    """:func:`quote_text` at the offsets of ``text``: the interrupting attribution and its quote
    marks blanked with spaces rather than cut out, so a mention's offsets in ``text`` still hold.

    Parameters
    ----------
    text, start, kind, attribution
        As for :func:`quote_text`.

    Returns
    -------
    str
        As long as ``text``; ``text`` itself when no quote is interrupted.

    Examples
    --------
    >>> quote_view('We will finish,” Ilsa Brand said, “and on time.', 0, "direct", [17])
    'We will finish,                    and on time.'
    """
    gaps = _gaps(text, start, kind, attribution)
    if not gaps:
        return text
    chars = list(text)
    for a, b, stop in gaps:
        chars[a:b] = " " * (b - a)
        if stop:
            chars[len(text[:a].rstrip()) - 1] = "."
    return "".join(chars)


def _gaps(text: str, start: int, kind: str, attribution: Iterable[int | None]) -> list[tuple[int, int, bool]]:
    """The gaps of ``text`` that hold the statement's own attribution: (start, end, whether the
    comma before it becomes a full stop), offsets into ``text``."""
    if kind != schema.DIRECT:
        return []
    marks = [o - start for o in attribution if o is not None and start <= o < start + len(text)]
    if not marks:
        return []
    out, pos = [], 0
    for m in _GAP_RE.finditer(text):
        if any(m.start() < o < m.end() for o in marks):
            stop = bool(_SENTENCE_END_RE.search(m.group())) and text[pos:m.start()].rstrip().endswith(",")
            out.append((m.start(), m.end(), stop))
            pos = m.end()
    return out
