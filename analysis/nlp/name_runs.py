"""Where a body's name runs on over "and the": "the Institute for Jobs and the Environment" is
one name, where "the Norvia Times and the Harbour Herald" are two. Read by the noun-phrase
readers of :mod:`analysis.speakers` and :mod:`analysis.extract.phrases`.
"""
from __future__ import annotations

from ..text import Token
from .words import BODY_NAME_TIES

__all__ = ["and_the_in_name"]

#: Most tokens read back from "and the" for the body's head and its preposition.
NAME_REACH = 8


def and_the_in_name(toks: list[Token], at: int, lo: int, heads: frozenset) -> bool:
    """True when the "the" at token ``at`` follows "and" inside a body's name: a capitalised
    word after it and before "and", and, in the run of capitals before, a preposition right
    after a body's head ("Institute for", "Centre of"; ``heads`` lower case).

    Parameters
    ----------
    toks
        The unit's tokens (start, end, text).
    at
        Index of "the".
    lo
        First index the name may reach back to.
    heads
        Body heads ("institute", "centre", "fund"), lower case.

    Returns
    -------
    bool
    """
    if at - 2 < lo or at + 1 >= len(toks) or toks[at][2].lower() != "the" or toks[at - 1][2] != "and" \
            or not toks[at - 2][2][:1].isupper() or not toks[at + 1][2][:1].isupper():
        return False
    j = at - 2
    while j > max(lo, at - NAME_REACH) and (toks[j][2][:1].isupper() or toks[j][2] in BODY_NAME_TIES):
        if toks[j][2] in BODY_NAME_TIES and toks[j - 1][2].lower() in heads and toks[j - 1][2][:1].isupper():
            return True
        j -= 1
    return False
