"""Spans in quote marks: straight, curly and guillemets, over several paragraphs, unbalanced."""
from __future__ import annotations

import re
from typing import NamedTuple

from .text import Span

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
# Quote marks; some archives write a double quote as two apostrophes ('').
_MARK_RE = re.compile("''|[" + OPENERS + CLOSERS + STRAIGHT + "]")


class Quote(NamedTuple):
    """Text in quote marks (a named tuple: cheap to make by the thousand).

    ``start``/``end`` include the marks; ``fragments`` are the content spans inside them, one
    per paragraph when a quote runs over several. ``closed`` is False when the closing mark was
    missing and the quote was cut at the paragraph's end.
    """

    start: int
    end: int
    fragments: tuple[Span, ...]
    closed: bool = True

    @property
    def content_start(self) -> int:
        return self.fragments[0].start

    @property
    def content_end(self) -> int:
        return self.fragments[-1].end


def _opens(text: str, p: int) -> bool:
    """A straight quote mark opens when nothing but space or an opening bracket precedes it."""
    return p == 0 or text[p - 1].isspace() or text[p - 1] in "([{—–-/:"


def find_quotes(text: str, paras: list[Span]) -> list[Quote]:
    """Every quoted span of ``text``, in order.

    Parameters
    ----------
    text
        The article text.
    paras
        Its paragraphs (see :func:`analysis.text.paragraphs`); a quote left open at a
        paragraph's end continues when the next paragraph opens with a quote mark (news style
        for quotes over several paragraphs), and is otherwise closed there, so an unbalanced
        mark never swallows the rest of the article.
    """
    out: list[Quote] = []
    open_at: int | None = None  # position of the opening mark of the current fragment
    width = 1  # length of that mark: two for a doubled apostrophe ('')
    quote_start: int | None = None  # position of the first opening mark of the quote
    frags: list[Span] = []
    for k, para in enumerate(paras):
        for mm in _MARK_RE.finditer(text, para.start, para.end):
            p, w = mm.start(), mm.end() - mm.start()
            c = STRAIGHT if w == 2 else text[p]
            if open_at is None:
                if c in OPENERS or (c == STRAIGHT and _opens(text, p)):
                    open_at, width = p, w
                    if quote_start is None:
                        quote_start = p
                continue
            if c in CLOSERS or c == STRAIGHT:
                if c == STRAIGHT and _opens(text, p) and p + w < para.end and not text[p + w].isspace():
                    # looks like a new opening: the previous one was never closed
                    frags.append(Span(open_at + width, p))
                    out.append(Quote(quote_start, p, tuple(frags), closed=False))
                    frags, open_at, width, quote_start = [], p, w, p
                    continue
                frags.append(Span(open_at + width, p))
                out.append(Quote(quote_start, p + w, tuple(frags)))
                frags, open_at, quote_start = [], None, None
        if open_at is not None:
            frags.append(Span(open_at + width, para.end))
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is not None and _MARK_RE.match(text, nxt.start) and text[nxt.start] not in CLOSERS:
                open_at = None  # continues: the next paragraph's mark opens the next fragment
                continue
            out.append(Quote(quote_start, para.end, tuple(frags), closed=False))
            frags, open_at, quote_start = [], None, None
        elif frags:  # a continued quote whose next paragraph did not reopen it
            out.append(Quote(quote_start, paras[k - 1].end if k else para.end, tuple(frags), closed=False))
            frags, quote_start = [], None
    return [q for q in out if q.content_end > q.content_start]
