"""Paragraphs, sentences and tokens with offsets into the text as read. No downloads needed."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from operator import itemgetter, sub
from typing import NamedTuple

from .nlp.words import OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS

_LONGEST_ABBREVIATION = max(map(len, TITLE_ABBREVIATIONS | OTHER_ABBREVIATIONS))

# Words keep inner apostrophes, hyphens and dots ("Trump’s", "U.S-led", "3.5") and may take a
# final dot, which stays only on abbreviations ("U.S.", "Gen.", "W."); any other character is a
# token of its own.
TOKEN_RE = re.compile(r"\w+(?:[’'\-.&]\w+)*\.?|[^\w\s]")
# The same tokens, each with the space before it: the pieces then cover the text without gaps,
# so offsets are running sums of lengths, all computed in C (a third faster than match objects).
_SPACED_TOKEN_RE = re.compile(r"\s*(?:" + TOKEN_RE.pattern + ")")
# Where a sentence may end: a stop (with closing marks) before space and a capital, digit or mark.
BOUNDARY_RE = re.compile(r"([.!?…])([\"”’')\]»]*)\s+(?=(?:''|[\"“‘'(«—–-])?[A-Z0-9])")
PARAGRAPH_RE = re.compile(r"[^\n\r]+")
CLOSERS = "\"”’'»)]"
token_start = itemgetter(0)  # a token's start offset, as a sort or bisect key


class Token(NamedTuple):
    """A word or punctuation mark and its offsets.

    :func:`tokens` returns plain ``(start, end, text)`` tuples of this shape: they are made by
    the million, and a plain tuple costs a third of a named one. Index them ``t[0]``,
    ``t[1]``, ``t[2]``.
    """

    start: int
    end: int
    text: str


class Span(NamedTuple):
    """A stretch of text: [start, end)."""

    start: int
    end: int


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations keep their dot ("U.S.", "Gen.").

    Parameters
    ----------
    text
        The full text; offsets are into it.
    start, end
        The stretch to tokenise.
    """
    end = len(text) if end is None else end
    while end > start and text[end - 1].isspace():
        end -= 1  # trailing spaces hold no token; the pattern would retry them from each one: n² steps
    pieces = _SPACED_TOKEN_RE.findall(text, start, end)
    ends = list(accumulate(map(len, pieces), initial=start))
    del ends[0]
    words = list(map(str.lstrip, pieces))  # str.lstrip and the pattern's \s strip the same spaces
    out = list(zip(map(sub, ends, map(len, words)), ends, words))
    # a word took its final dot: give it back unless the word is an abbreviation. Only the few
    # dots are visited, each found by a C-level search, not every token.
    splits = []
    d = text.find(".", start, end)
    while d >= 0:
        k = bisect.bisect_right(out, d, key=token_start) - 1
        if k >= 0:
            s, e, w = out[k]
            if e == d + 1 and len(w) > 1 and not _is_abbreviation(w[:-1]):
                splits.append(k)
        d = text.find(".", d + 1, end)
    for k in reversed(splits):
        s, e, w = out[k]
        out[k:k + 1] = [(s, e - 1, w[:-1]), (e - 1, e, ".")]
    return out


def _is_title(low: str) -> bool:
    """A lower-case word is a title abbreviation, also after a hyphen ("gen", "then-sen")."""
    return low.rsplit("-", 1)[-1] in TITLE_ABBREVIATIONS


def _is_abbreviation(word: str) -> bool:
    if len(word) > _LONGEST_ABBREVIATION and "." not in word and "-" not in word:
        return False  # most words that end a sentence: longer than any listed, and no "U.S." or "then-Sen"
    low = word.lower()
    if _is_title(low) or low in OTHER_ABBREVIATIONS:
        return True  # "Gen.", "then-Sen.", "Inc."
    if len(word) == 1 and word.isupper():  # initials: "George W. Bush"
        return True
    parts = [p for p in word.split(".") if p]
    return "." in word and len(word) <= 6 and all(len(p) <= 2 and p.isalpha() for p in parts)  # U.S, D.C


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding spaces: the paragraphs of an article."""
    out = []
    for m in PARAGRAPH_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e))
    return out


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` (one paragraph) into sentences.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote marks or brackets)
    followed by space and a capital letter, digit or opening mark. A title abbreviation
    ("Gen.") never ends one; another ("U.S.") does only before a typical sentence opener
    ("He", "The").
    """
    out: list[Span] = []
    s0 = start
    for m in BOUNDARY_RE.finditer(text, start, end):
        if m.group(1) == "." and not m.group(2):
            w0 = m.start()
            while w0 > start and not text[w0 - 1].isspace() and text[w0 - 1] not in "(\"“":
                w0 -= 1
            word = text[w0:m.start()].lower()
            # a title, also after a hyphen ("then-Sen. Aro", "ex-Gov. Voss"), or an initial
            if _is_title(word) or (len(word) == 1 and word.isalpha()):
                continue
            if word in OTHER_ABBREVIATIONS or ("." in word and _is_abbreviation(word)):
                nxt = text[m.end():m.end() + 12].split(None, 1)
                if not nxt or nxt[0].strip("\"“‘'(").lower() not in SENTENCE_STARTERS:
                    continue
        stop = m.end(2)
        out.append(Span(s0, stop))
        s0 = m.end()
    if s0 < end:
        out.append(Span(s0, end))
    return out
