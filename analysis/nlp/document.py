"""The document model the extraction reads: paragraphs, sentence units, tokens and tags made on
first use, quote marks, and the limits past which text holds no statement."""
from __future__ import annotations

import bisect
import time
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from ..errors import ArticleTimeout
from ..lexicon import Lexicon, has_cue_word
from ..quotes import Quote, find_quotes
from ..text import Span, Token, paragraphs, sentences, token_start, tokens
from .tagger import tag_words


#: Longest paragraph read, in characters. A longer one (a page run together, a data dump) is read
#: as holding no statement, with a warning: the longest in the development sets has 1,230, and a
#: long feature pasted as one line stays well under this.
MAX_PARAGRAPH_CHARS = 100_000
#: Longest sentence read, or sentences a quote running across them joins: beyond it the text is
#: no sentence a reader parses and holds no statement (with a warning). Development sets: 1,230.
MAX_SENTENCE_CHARS = 10_000
#: Longest quote, marks included and over several paragraphs, read as a statement; a longer one
#: holds none (with a warning). Development sets: 2,073.
MAX_QUOTE_CHARS = 20_000


class LongTextWarning(UserWarning):
    """Part of an article is over a maximum length (paragraph, sentence, quote or name) and was
    read as holding no statement."""


class Deadline:
    """A time guard checked between units of work: raises :class:`ArticleTimeout` once past."""

    __slots__ = ("seconds", "where", "at")

    def __init__(self, seconds: float | None, where: str):
        self.seconds, self.where = seconds, where
        self.at = float("inf") if seconds is None else _now() + seconds

    def check(self) -> None:
        if _now() > self.at:
            raise ArticleTimeout(self.seconds, self.where)


_now = time.monotonic  # the guard's clock: it never goes back


@dataclass
class Unit:
    """A sentence, or sentences joined because a quote runs across them, within a paragraph.

    Tokens and tags are made on first use: most units hold no cue and are never tokenised.
    """

    para: int
    start: int
    end: int
    toks: list | None = None
    words: list | None = None
    tags: list | None = None
    subjects: dict | None = None  # subject_before's answers, by (cue index, restrictive)
    speech: list | None = None  # (start, end) of the words that may open a cue of saying
    low: str | None = None  # the unit in lower case ("" when that changes its length)


word_of = itemgetter(2)  # a token's text


class Document:
    """Working state while one article is parsed."""

    def __init__(self, text: str, lex: Lexicon, deadline: Deadline | None = None):
        self.text = text
        self.lex = lex
        self.deadline = deadline or Deadline(None, "")
        self.notes: Counter = Counter()  # what was over a maximum length, for one warning
        self.paras: list[Span] = []
        self.boiler: set[int] = set()
        # paragraphs read as holding no statement: over MAX_PARAGRAPH_CHARS, or in a quote over
        # MAX_QUOTE_CHARS
        self.unread: set[int] = set()
        for i, p in enumerate(paragraphs(text)):
            self.paras.append(p)
            if p.end - p.start > MAX_PARAGRAPH_CHARS:
                self.unread.add(i)
                self.notes["paragraph"] += 1
            elif text[p.start:p.end].strip().lower() in lex.boilerplate:
                self.boiler.add(i)
        live = [p for i, p in enumerate(self.paras) if i not in self.boiler and i not in self.unread]
        self.quotes = find_quotes(text, live)
        if any(q.end - q.start > MAX_QUOTE_CHARS for q in self.quotes):
            self._unread_long_quotes()
        self.quote_starts = [q.start for q in self.quotes]
        self.units: list[Unit] = []
        self.sentence_starts: list[int] = []
        for k, p in enumerate(self.paras):
            if k in self.boiler or k in self.unread:
                continue
            sents = sentences(text, p.start, p.end)
            self.sentence_starts.extend(s.start for s in sents)
            merged: list[Span] = []
            for s in sents:
                if merged and (self._quote_crosses(s.start) or self._attribution_after_quote(merged[-1], s)):
                    merged[-1] = Span(merged[-1].start, s.end)
                else:
                    merged.append(s)
            for s in merged:
                if s.end - s.start <= MAX_SENTENCE_CHARS:
                    self.units.append(Unit(k, s.start, s.end))
                else:
                    self.notes["sentence"] += 1
        self.unit_starts = [u.start for u in self.units]

    def _unread_long_quotes(self) -> None:
        """Quotes over MAX_QUOTE_CHARS: the paragraphs they cross are read as holding no
        statement, and the quotes are dropped."""
        starts = [p.start for p in self.paras]
        keep = []
        for q in self.quotes:
            if q.end - q.start <= MAX_QUOTE_CHARS:
                keep.append(q)
                continue
            self.notes["quote"] += 1
            first = bisect.bisect_right(starts, q.start) - 1
            self.unread.update(range(max(first, 0), bisect.bisect_left(starts, q.end)))
        self.quotes = keep

    def _attribution_after_quote(self, prev: Span, s: Span) -> bool:
        """“Does it matter?” Biden said. — the attribution after a quote ending in ? or ! reads
        as a sentence of its own; it belongs with the quote."""
        if self.text[prev.end - 1] not in "”\"'»" or s.end - s.start > 100:
            return False
        q = self.in_quote(prev.end - 1)
        if q is None or q.start > prev.start + 1:
            return False  # the quote must make the sentence, not end it: 'he called it “dear to me.” He said …'
        return (not self.quote_opens_in(s.start, s.end)  # "He added: “…”" introduces the next quote
                and has_cue_word(self.lex, self.text, s.start, s.end, speech=True))

    def _quote_crosses(self, pos: int) -> bool:
        q = self.in_quote(pos)
        return q is not None and q.start < pos

    def in_quote(self, pos: int) -> Quote | None:
        """The quote whose marks enclose ``pos`` (quotes never overlap: a bisect finds it)."""
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        if k >= 0 and pos < self.quotes[k].end:
            return self.quotes[k]
        return None

    def unit_at(self, pos: int) -> Unit | None:
        k = bisect.bisect_right(self.unit_starts, pos) - 1
        if k >= 0 and pos <= self.units[k].end:
            return self.units[k]
        return None

    def quote_opens_in(self, start: int, end: int) -> bool:
        """Whether a quote opens in ``text[start:end]``."""
        k = bisect.bisect_left(self.quote_starts, start)
        return k < len(self.quote_starts) and self.quote_starts[k] < end

    def toks(self, u: Unit) -> list[Token]:
        if u.toks is None:
            u.toks = tokens(self.text, u.start, u.end)
            u.words = list(map(word_of, u.toks))
        return u.toks

    def words(self, u: Unit) -> list[str]:
        self.toks(u)
        return u.words

    def tags(self, u: Unit) -> list[str]:
        if u.tags is None:
            u.tags = tag_words(self.words(u), self.lex)
        return u.tags


def token_before(toks: list[Token], pos: int) -> int:
    """Local index of the last token starting before offset ``pos`` (-1 if none)."""
    return bisect.bisect_left(toks, pos, key=token_start) - 1


def free_quote_at(a: Document, pos: int, used: set) -> Quote | None:
    """The first quote opening at ``pos`` that no statement has taken."""
    qn = bisect.bisect_left(a.quote_starts, pos)
    while qn < len(a.quotes) and a.quote_starts[qn] == pos:
        if qn not in used:
            return a.quotes[qn]
        qn += 1
    return None


def quote_within(a: Document, start: int, end: int) -> bool:
    """Whether a whole quote lies in ``[start, end)``: found by bisection from ``start``, not by a
    scan of every quote of the article."""
    k = bisect.bisect_left(a.quote_starts, start)
    while k < len(a.quotes) and a.quotes[k].start < end:  # (a quote is never empty: start < end)
        if a.quotes[k].end <= end:
            return True
        k += 1
    return False


def only_chars(text: str, s: int, e: int, chars: str | None = None) -> bool:
    """``not text[s:e].strip(chars)``, read from ``s`` up to the first other character: a copy
    of the stretch for each quote or cue of a long sentence cost the sentence each time."""
    for i in range(s, e):
        if not (text[i].isspace() if chars is None else text[i] in chars):
            return False
    return True


def last_char_is(text: str, s: int, e: int, ch: str) -> bool:
    """``text[s:e].rstrip().endswith(ch)`` for one character ``ch``, read back from ``e``."""
    i = e - 1
    while i >= s and text[i].isspace():
        i -= 1
    return i >= s and text[i] == ch
