"""Content words of texts, read once: the material keywords are counted and scored from.

Words are the word tokens of :func:`analysis.text.tokens` (letters, with ``'`` and ``-`` inside
a word; a trailing possessive ``'s`` dropped), lower-cased. Closed-class words
(:data:`FUNCTION_WORDS`) and the analyst's own list in ``data/stopwords.txt`` (read through
:func:`analysis.load_lexicon`) are never content words.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

from ..lexicon import Lexicon, load_lexicon
from ..nlp.words import FUNCTION_WORDS
from ..text import tokens
from .lemmas import singular_in

__all__ = ["FUNCTION_WORDS", "stopwords", "texts_of", "norm", "word_tokens", "written_words", "words",
           "WordTally", "tally"]

#: A word: letters, with an apostrophe or hyphen only between letters ("pay-rise", "don't").
WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")


def stopwords(*, extra: Iterable[str] = (), lexicon: Lexicon | None = None) -> frozenset:
    """Stop words: :data:`FUNCTION_WORDS`, the lexicon's ``stopwords.txt`` (default
    :func:`analysis.load_lexicon`) and ``extra`` (lower case)."""
    return FUNCTION_WORDS | (lexicon or load_lexicon()).stopwords | frozenset(w.lower() for w in extra)


def texts_of(texts_or_df) -> list[str]:
    """The texts of a string, strings (list or Series) or a statements DataFrame (its
    ``quote_text`` column, the speakers' words without an interrupting attribution, or else ``text``)."""
    if texts_or_df is None:
        return []
    if isinstance(texts_or_df, str):
        return [texts_or_df]
    if isinstance(texts_or_df, pd.DataFrame):
        if "text" not in texts_or_df:
            raise ValueError("a DataFrame needs a 'text' column: pass the statements table")
        texts_or_df = texts_or_df[words_column(texts_or_df)]
    return ["" if (t is None or t is pd.NA or (isinstance(t, float) and t != t)) else str(t) for t in texts_or_df]


def words_column(statements: pd.DataFrame) -> str:
    """The column holding a statements table's spoken words: ``quote_text`` when the table has
    it (a quote read without the reporter's attribution inside it), else ``text``."""
    return "quote_text" if "quote_text" in statements else "text"


def norm(word: str) -> str:
    """A word as counted: lower case, straight apostrophe, possessive ``'s`` dropped."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w


#: Tokens after which a word opens a sentence, so its capital letter says nothing about it.
_SENTENCE_OPENERS = frozenset('.!?…:;"“‘\'(—–-')


def word_tokens(text: str) -> list[tuple[str, bool]]:
    """The words of ``text`` as written (:func:`analysis.text.tokens`), possessive ``'s`` dropped,
    each with whether it opens a sentence (first of the text, or after a stop or opening mark).

    Tokens that are not words (numbers, marks, "U.S." and other dotted abbreviations) are left out.
    """
    out = []
    opens = True
    for _, _, tok in tokens(text or ""):
        w = tok.replace("’", "'")
        if w.endswith(("'s", "'S")):
            w = w[:-2]
        if WORD_RE.fullmatch(w):
            out.append((w, opens))
            opens = False
        else:
            opens = opens or tok in _SENTENCE_OPENERS
    return out


def written_words(text: str) -> list[str]:
    """The words of ``text`` as written (see :func:`word_tokens`)."""
    return [w for w, _ in word_tokens(text)]


def words(text: str, *, stop: frozenset | None = None, min_len: int = 3) -> list[str]:
    """Content words of ``text``: lower-cased, stop words and words shorter than ``min_len`` dropped.

    Examples
    --------
    >>> words("The union's strike will not end, Kallan said.")
    ['union', 'strike', 'end', 'kallan', 'said']
    """
    stop = stopwords() if stop is None else stop
    low = (w.lower() for w in written_words(text))
    return [w for w in low if len(w) >= min_len and w not in stop]


@dataclass(frozen=True)
class WordTally:
    """The words of a set of texts, read once: what keywords are counted and scored from.

    Attributes
    ----------
    texts
        Per text, its content words (lower case; stop words and short words left out).
    written
        Lower-case word -> how it was written ("Gaza", "gaza") and how often, where the case
        means something: not at the start of a sentence.
    tokens
        Word tokens in all texts, stop words included (the corpus size keyness needs).
    lexicon
        The word lists whose plurals :meth:`lemmas` reads (None: the default lexicon).
    """

    texts: tuple[tuple[str, ...], ...]
    written: dict[str, Counter]
    tokens: int
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)

    def lemmas(self) -> dict[str, str]:
        """Lower-case word -> the keyword it counts under: its singular, unless it is a name.

        A word only ever written with a capital inside a sentence (a name: "Williams", "Mars")
        keeps its form, unless its singular is written in lower case somewhere.
        """
        lower = {w for w, c in self.written.items() if w in c or not c}
        out = {}
        for w in self.written:
            one = singular_in(w, lower, lexicon=self.lexicon)
            out[w] = one if (w in lower or one in lower) else w
        return out


def tally(texts_or_df, *, stop: frozenset | None = None, min_len: int = 3, lexicon: Lexicon | None = None) -> WordTally:
    """Read the content words of texts once (see :class:`WordTally`).

    Parameters
    ----------
    texts_or_df
        A string, strings, or a statements DataFrame.
    stop
        Stop words (default :func:`stopwords`).
    min_len
        Shortest word kept.
    lexicon
        The word lists in use (default :func:`analysis.load_lexicon`): its stop words and plurals.
    """
    stop = stopwords(lexicon=lexicon) if stop is None else stop
    per_text = []
    written: dict[str, Counter] = {}
    n = 0
    for t in texts_of(texts_or_df):
        ws = word_tokens(t)
        n += len(ws)
        kept = []
        for w, opens in ws:
            low = w.lower()
            if len(low) >= min_len and low not in stop:
                kept.append(low)
                seen = written.setdefault(low, Counter())
                if not opens:  # a capital opening a sentence says nothing about the word
                    seen[w] += 1
        per_text.append(tuple(kept))
    return WordTally(tuple(per_text), written, n, lexicon)
