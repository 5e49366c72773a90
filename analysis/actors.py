"""Canonical actors: the table in ``data/actors.csv`` and the actors a stretch of text mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from .lexicon import Lexicon, load_lexicon


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
    lex = lexicon or load_lexicon()
    end = len(text) if end is None else end
    found: list[ActorMention] = []
    for m in lex.alias_pattern.finditer(text, start, end):
        actor = lex.aliases[m.group(0)]
        found.append(ActorMention(actor.canonical, actor.type, m.group(0), m.start(), m.end()))
    if persons:
        for m in _person_pattern(tuple(sorted(persons, key=len, reverse=True))).finditer(text, start, end):
            found.append(ActorMention(persons[m.group(0)], "person", m.group(0), m.start(), m.end()))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[ActorMention] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


_cache: dict = {}


def _person_pattern(names: tuple[str, ...]) -> re.Pattern:
    pat = _cache.get(names)
    if pat is None:
        if len(_cache) > 256:
            _cache.clear()
        pat = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else re.compile(r"(?!)")
        _cache[names] = pat
    return pat
