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
    if kind != schema.DIRECT:
        return text
    marks = [o - start for o in attribution if o is not None and start <= o < start + len(text)]
    if not marks:
        return text
    parts, pos = [], 0
    for m in _GAP_RE.finditer(text):
        if any(m.start() < o < m.end() for o in marks):
            before = text[pos:m.start()].rstrip()
            if _SENTENCE_END_RE.search(m.group()) and before.endswith(","):
                before = before[:-1] + "."  # “A,” she said. “B.”: the speaker spoke two sentences
            parts.append(before)
            pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:].lstrip())
    return " ".join(p for p in parts if p)
