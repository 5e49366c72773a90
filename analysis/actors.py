"""Canonical actors: the table in ``data/actors.csv`` and the actors a stretch of text mentions."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

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
    lex = lexicon or load_lexicon()
    end = len(text) if end is None else end
    found: list[ActorMention] = []
    for m in lex.alias_pattern.finditer(text, start, end):
        actor = lex.aliases[m.group(0)]
        found.append(ActorMention(one_spelling(actor.canonical), actor.type, m.group(0), m.start(), m.end()))
    for name, full in (persons or {}).items():
        at = text.find(name, start, end)
        while at >= 0:
            stop = at + len(name)
            if (at == 0 or not text[at - 1].isalnum()) and (stop >= len(text) or not text[stop].isalnum()):
                found.append(ActorMention(one_spelling(full), "person", name, at, stop))
            at = text.find(name, stop, end)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[ActorMention] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out
