"""Canonical actors: the table in ``data/actors.csv`` and the actors a stretch of text mentions."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from .enrich.names import common_tag, strip_possessive
from .lexicon import Lexicon, load_lexicon
from .nlp.tags import FUNCTION_TAGS

#: Names searched for one by one over the stretches (a search in C, cheapest for the few names of
#: most articles); with more, names are looked up from the stretches' words, so the cost follows
#: the stretches' length and not their length times the number of names.
SEARCHED_NAMES = 32
#: Characters before an alias read for a capitalised word that makes it part of a longer name
#: ("Native" before a demonym): one long word and its space.
WORD_BEFORE_REACH = 30

# the capitalised words right after an alias on its line ("Kelp Institute" after "Norvanian")
_NAME_AFTER_RE = re.compile(r"(?:[ \t]+[A-Z][\w’'&.-]*)+")
# a capitalised word and the spaces before an alias
_WORD_BEFORE_RE = re.compile(r"([A-Z][\w’'-]*)[ \t]+$")
# characters before a word that make its capital a sentence's, a line's or a quotation's
_SENTENCE_OPENERS = frozenset(".!?:;\n“‘\"(")


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
            if inside_longer_name(text, m.start(), m.end(), lex):
                continue
            actor = lex.aliases[m.group(0)]
            found[k].append(ActorMention(one_spelling(actor.canonical), actor.type, m.group(0), m.start(), m.end()))
    if persons and spans:
        if len(persons) <= SEARCHED_NAMES:
            _search_names(text, spans, persons, found)
        else:
            _person_mentions(text, spans, persons, found)
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


def demonym(word: str, lex: Lexicon) -> bool:
    """A country's demonym by the table's own forms: the same actor's alias with an "s" added or
    taken off ("Norvanian" and "Norvanians"); a name or a capital has no such pair."""
    actor = lex.aliases.get(word)
    if actor is None or actor.type != "country":
        return False
    return lex.aliases.get(word + "s") == actor or word.endswith("s") and lex.aliases.get(word[:-1]) == actor


def inside_longer_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the alias at ``text[start:end]`` is a word of a longer proper name that names
    something else: a paper or a company ("the Velgrad Post", "Norvanian Airlines"), a sea, a law;
    or, for a demonym, after a capitalised word mid-sentence ("Native Norvanian").

    A longer name with a role in it ("Norvanian Foreign Minister Ada Voss"), a given name, or a
    body of the country's state (``name_words`` ``[state]``: "the Norvanian Embassy", an alias
    that is one: "Norvania House Speaker") still names the country; so does a possessive ("Norvania’s") and a common noun after it ("the
    Norvania government").
    """
    alias = text[start:end]
    run = _NAME_AFTER_RE.match(text, end)
    if run and not alias.endswith(".") and alias.split()[-1].lower() not in lex.name_words.state:
        words = run.group(0).split()
        ends = [k for k, w in enumerate(words) if w.endswith(".")]
        words = [strip_possessive(w).rstrip(".").lower() for w in (words[:ends[0] + 1] if ends else words)]
        if common_tag(words[0]) not in FUNCTION_TAGS and not any(
                w in lex.titles or w in lex.first_names or w in lex.name_words.state for w in words):
            return True
    before = _WORD_BEFORE_RE.search(text, max(0, start - WORD_BEFORE_REACH), start)
    if before is None or not demonym(alias, lex) or strip_possessive(before.group(1)) != before.group(1):
        return False
    at = before.start() - 1
    while at >= 0 and text[at] in " \t":  # (read back from the word, never a copy of the text before it)
        at -= 1
    return at >= 0 and text[at] not in _SENTENCE_OPENERS and common_tag(before.group(1)) not in FUNCTION_TAGS


# a word: letters and digits, as str.isalnum reads them (\w without the underscore)
_WORD_RE = re.compile(r"[^\W_]+")


def _person_mentions(text: str, spans: Sequence[tuple[int, int]], persons: Mapping[str, str],
                     found: list[list[ActorMention]]) -> None:
    """Add to ``found[k]`` each whole-word occurrence of a person's name within ``spans[k]``.

    A name is looked up from the words of the stretches, by its first word, so the cost follows
    the stretches' length, not their length times the number of names (a long article names
    many people). A name whose occurrences can overlap one another ("Lee Lee") is searched for
    on its own, one occurrence after the other, as a reader would count them.
    """
    by_first: dict[str, list[str]] = {}
    alone: list[str] = []
    for name in persons:
        first = _WORD_RE.match(name)
        if first is None or first.start() > 0 or _self_overlapping(name):
            alone.append(name)
        else:
            by_first.setdefault(first.group(), []).append(name)
    n = len(text)
    for k, (start, end) in enumerate(spans):
        for m in _WORD_RE.finditer(text, start, end):
            names = by_first.get(m.group())
            if names is None:
                continue
            at = m.start()
            if at > 0 and text[at - 1].isalnum():
                continue  # (only the stretch's first word can start inside a word)
            for name in names:
                stop = at + len(name)
                if stop <= end and text.startswith(name, at) and (stop >= n or not text[stop].isalnum()):
                    found[k].append(ActorMention(one_spelling(persons[name]), "person", name, at, stop))
    if alone:
        _search_names(text, spans, {name: persons[name] for name in alone}, found)


def _self_overlapping(name: str) -> bool:
    """Whether two occurrences of ``name`` can overlap: it ends as it begins ("Lee Lee")."""
    return any(name.endswith(name[:k]) for k in range(1, len(name)))


def _search_names(text: str, spans: Sequence[tuple[int, int]], persons: Mapping[str, str],
                  found: list[list[ActorMention]]) -> None:
    """Each name searched for over all the stretches, one occurrence after the other."""
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
