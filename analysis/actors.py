"""Canonical actors: the table in ``data/actors.csv`` and the actors a stretch of text mentions."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Mapping, Sequence

from .lexicon import Lexicon, load_lexicon


def one_spelling(name: str) -> str:
    """A speaker or actor name as the tables keep it: one apostrophe, whichever the article typed
    ("Nurses’ Association" and "Nurses' Association" are one body)."""
    return name.replace("’", "'")


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the text at [start, end)."""

    actor: str
    type: str
    mention: str
    start: int
    end: int


def find_actor_mentions(text: str, start: int = 0, end: int | None = None, lexicon: Lexicon | None = None, *,
                        persons: Mapping[str, str] | None = None) -> list[ActorMention]:
    """Actors mentioned in ``text[start:end]``, by alias (``data/actors.csv``) or person name.

    Parameters
    ----------
    text
        The article text; offsets in the result index it.
    start, end
        The stretch to search (a statement's content).
    lexicon
        Word lists (default: the project's ``data/``).
    persons
        Names of people met in the article: short form -> full name ("Rubio" -> "Marco Rubio").

    Returns
    -------
    list of ActorMention
        In order of appearance, overlapping mentions resolved to the longest.
    """
    end = len(text) if end is None else end
    return find_actor_mentions_in(text, [(start, end)], lexicon, persons=persons)


def find_actor_mentions_in(text: str, spans: Sequence[tuple[int, int]], lexicon: Lexicon | None = None, *,
                           persons: Mapping[str, str] | None = None) -> list[ActorMention]:
    """Actors mentioned in each of several stretches of ``text``, as :func:`find_actor_mentions`
    finds them in each, one stretch after another.

    Parameters
    ----------
    text
        The article text; offsets in the result index it.
    spans
        ``(start, end)`` stretches in text order, not overlapping (the statements' words).
    lexicon
        Word lists (default: the project's ``data/``).
    persons
        Names of people met in the article: short form -> full name.

    Returns
    -------
    list of ActorMention
        Those of the first stretch, then those of the next, and so on.
    """
    lex = lexicon or load_lexicon()
    found: list[list[ActorMention]] = [[] for _ in spans]
    for k, (start, end) in enumerate(spans):
        for m in lex.alias_pattern.finditer(text, start, end):
            actor = lex.aliases[m.group(0)]
            found[k].append(ActorMention(one_spelling(actor.canonical), actor.type, m.group(0), m.start(), m.end()))
    if persons and spans:
        # each name is looked for once over all the stretches, not once per stretch
        starts = [s for s, _ in spans]
        lo, hi = spans[0][0], spans[-1][1]
        for name, full in persons.items():
            at = text.find(name, lo, hi) if name else -1
            while at >= 0:
                stop = at + len(name)
                k = bisect.bisect_right(starts, at) - 1
                if k < 0 or stop > spans[k][1]:
                    at = text.find(name, at + 1, hi)  # not within one stretch
                    continue
                if (at == 0 or not text[at - 1].isalnum()) and (stop >= len(text) or not text[stop].isalnum()):
                    found[k].append(ActorMention(one_spelling(full), "person", name, at, stop))
                at = text.find(name, stop, hi)
    out: list[ActorMention] = []
    for group in found:
        group.sort(key=lambda x: (x.start, -(x.end - x.start)))
        last_end = -1
        for f in group:
            if f.start < last_end:
                continue  # overlapping mentions: the longest, first one wins
            out.append(f)
            last_end = f.end
    return out
