"""How often a word is used in general English: the background keywords are scored against.

The frequencies come from the ``wordfreq`` package (Robyn Speer et al.; code Apache-2.0, data
CC-BY-SA 4.0), which ships its word lists inside the package: no download at run time. Its
English list blends Wikipedia, subtitles, news, books, web text, Twitter and Reddit, so a word
that is common in any register of English ("get", "going", "thing") is common here too.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping

__all__ = ["FLOOR_FREQUENCY", "LANGUAGE", "background_frequencies", "frequency"]

#: The background language.
LANGUAGE = "en"
#: Frequency given to a word the background has never seen (names, typos, new coinages): about
#: the rarest words wordfreq lists (Zipf 1, once per hundred million words), so an unseen word
#: counts as very unusual but not infinitely so.
FLOOR_FREQUENCY = 1e-8


@lru_cache(maxsize=1)
def background_frequencies() -> Mapping[str, float]:
    """Word (lower case) -> its share of all English word tokens, from ``wordfreq`` (read once)."""
    from wordfreq import get_frequency_dict  # a dependency; imported on first use: loading takes 0.4 s

    return get_frequency_dict(LANGUAGE, wordlist="best")


def frequency(word: str) -> float:
    """Share of English word tokens that are ``word`` (lower case), at least :data:`FLOOR_FREQUENCY`.

    A hyphenated word the list does not hold is as frequent as its parts written together would
    be (the half-harmonic mean wordfreq itself uses for phrases): "pay-rise" is as common as
    "pay" and "rise" are together, not unseen.

    Examples
    --------
    >>> frequency("the") > frequency("harbour") > frequency("zqxv") == FLOOR_FREQUENCY
    True
    """
    table = background_frequencies()
    f = table.get(word, 0.0)
    if not f and "-" in word:
        parts = [table.get(p, 0.0) for p in word.split("-") if p]
        if parts and all(parts):
            f = 1.0 / sum(1.0 / p for p in parts)
    return max(f, FLOOR_FREQUENCY)
