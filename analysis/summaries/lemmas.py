"""Singular and plural merged: the one form a keyword is counted under.

Rule-based and offline (no WordNet): a word ending in -s becomes the singular the English
spelling rules allow ("policies" -> "policy", "taxes" -> "tax", "wolves" -> "wolf",
"agreements" -> "agreement") when that singular is itself a common English word (checked
against the background frequencies). Plurals the rules cannot derive, and words that only look
plural ("news", "series"), are listed in ``data/plurals.csv``. Verb forms ending in -s merge
the same way ("says" -> "say"); other verb forms are left as written.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Container

from ..lexicon import Lexicon, load_lexicon
from .background import frequency

__all__ = ["MIN_SINGULAR_FREQUENCY", "MAX_SINGULAR_DROP", "singular", "singular_in"]

#: Least background frequency of a derived singular (Zipf 3, once per million words): "taxe",
#: "hous" and "statu" are not words, so "taxes", "houses" and "status" are not read as their plurals.
MIN_SINGULAR_FREQUENCY = 1e-6
#: A derived singular may be at most this many times rarer than the word itself: "chaos" is far
#: more common than "chao", so it is no plural of it, while "workers" and "worker" are alike.
MAX_SINGULAR_DROP = 10.0
#: Shortest word read as a plural ("gas", "bus" and "its" are not).
MIN_PLURAL_LENGTH = 4
#: Endings of words that end in -s without being plurals ("class", "campus", "crisis", "politics", "famous").
_NOT_PLURAL = ("ss", "us", "is", "ics", "ous", "'s")
#: Stems after which the plural ending is -es rather than -s ("taxes", "churches", "heroes").
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")


def _candidates(word: str) -> list[str]:
    """Singulars the spelling rules allow for ``word`` (ending in -s), most specific first."""
    out = []
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("ves"):
        out += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith("es") and word[:-2].endswith(_ES_STEMS):
        out.append(word[:-2])
    out.append(word[:-1])
    return out


def singular(word: str, *, lexicon: Lexicon | None = None) -> str:
    """The singular of a lower-case ``word``, or ``word`` itself when it is not a plural.

    Parameters
    ----------
    word
        One lower-case word.
    lexicon
        The word lists in use (default :func:`analysis.lexicon.load_lexicon`): its
        :attr:`~analysis.lexicon.Lexicon.plurals`.

    Returns
    -------
    str
        The listed singular (``data/plurals.csv``), else the most frequent rule-made singular that
        is a common English word (see :data:`MIN_SINGULAR_FREQUENCY`, :data:`MAX_SINGULAR_DROP`),
        else ``word``.

    Examples
    --------
    >>> [singular(w) for w in ["agreements", "policies", "taxes", "wolves", "news", "status", "harbour"]]
    ['agreement', 'policy', 'tax', 'wolf', 'news', 'status', 'harbour']
    """
    listed = (lexicon or load_lexicon()).plurals.get(word)
    return _rule_singular(word) if listed is None else listed


@lru_cache(maxsize=65536)
def _rule_singular(word: str) -> str:
    """The most frequent rule-made singular of ``word`` that is a common English word, else ``word``."""
    if len(word) < MIN_PLURAL_LENGTH or not word.endswith("s") or word.endswith(_NOT_PLURAL):
        return word
    least = max(MIN_SINGULAR_FREQUENCY, frequency(word) / MAX_SINGULAR_DROP)
    best, best_f = word, 0.0
    for cand in _candidates(word):
        f = frequency(cand)
        if f >= least and f > best_f:
            best, best_f = cand, f
    return best


def singular_in(word: str, seen: Container[str], *, lexicon: Lexicon | None = None) -> str:
    """:func:`singular`, also taking a rule-made singular that ``seen`` (the corpus's words) holds.

    A rare or new word has no common singular to check against, but when the corpus itself
    writes both "superbugs" and "superbug", they are one word.

    Examples
    --------
    >>> singular_in("gloomstacks", {"gloomstack", "gloomstacks"}), singular("gloomstacks")
    ('gloomstack', 'gloomstacks')
    """
    one = singular(word, lexicon=lexicon)
    if one != word or len(word) < MIN_PLURAL_LENGTH or not word.endswith("s") or word.endswith(_NOT_PLURAL):
        return one
    return next((c for c in _candidates(word) if c in seen), word)
