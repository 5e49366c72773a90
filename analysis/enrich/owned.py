"""Bodies and what they own, within one article: a country's body under its own name ("the
Norvia Ministry"), the office a person holds speaking for that person ("her office said" -> Ada
Voss), a campaign named by its candidate ("his campaign" -> "Voss campaign"), a place's own
government ("the city of Port Halden"), and "it" standing for the body just named. Read by the
sieve in :mod:`analysis.enrich.identity`.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..nlp.words import COORDINATORS, OPENING_SUBORDINATORS
from ..speakers import Mention
from .artifacts import speaker_of_artifact
from .names import common_tag, is_acronym, strip_possessive
from .referents import antecedent, inside

if TYPE_CHECKING:
    from .entities import Entity
    from .identity import _Sieve

__all__ = ["body_before_it", "holder", "local_body", "owned_name", "owner_by_gender", "owns", "state_body", "subject_before_it", "subject_body"]

#: Most capitalised words of a place after "the city of" ("the city of Port Halden").
MAX_PLACE_WORDS = 4
#: Most words before the subject at a sentence's head read for "It …" in the sentence after
#: ("But the city", "The Harbour Board").
SUBJECT_WORDS = 6
#: Tags of the word right after a body that opens its sentence: its verb, or an adverb before it.
_VERB_TAGS = ("VB", "MD", "RB")
# a sentence's head that is a body a person owns: "Voss’s campaign is", "The Voss campaign said"
_OWNED_RE = re.compile(r"(?:(?:But|And|Yet)\s+)?(?:(?:[Tt]he\s+)?((?!The\b)(?:[A-Z][\w’'-]*\s+)*[A-Z][\w-]*)(?:[’']s)?)\s+([a-z]+)\s+([a-z]+)\b")
# a sentence's head: a conjunction, "the", a run of capitals (with "of", "for", "and" inside) or a
# common noun, then the next word
_SUBJECT_RE = re.compile(r"(?:(?:But|And|Yet)\s+)?([Tt]he\s+)?((?!The\b)(?:[A-Z][\w.&’'/-]*\s+(?:(?:of|for|and|on)\s+)?)*"
                         r"[A-Z][\w.&’'/-]*|[a-z]+)\s+([a-z]+)\b")


def state_body(name: str, lex: Lexicon) -> str | None:
    """"The Norvia Ministry" (an alias of Norvia) -> the body itself: a country's alias (in
    ``actors.csv``) of two words or more whose last is a body's head ("house", "department")
    names that body of the country's state, which speaks under its own name, not the country's.

    Parameters
    ----------
    name
        The speaker's phrase as written, without its title.
    lex
        The word lists (aliases, body heads).

    Returns
    -------
    str or None
        The body's name without "the", or None for any other phrase ("Washington", "the
        Norvanians").
    """
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    words = words[:-1] + [strip_possessive(words[-1])]
    alias = " ".join(words)
    actor = lex.aliases.get(alias)
    if actor is None or actor.type != "country" or alias == actor.canonical:
        return None
    head = words[-1].lower()
    return alias if head in lex.name_words.state or head in lex.name_words.organisation else None


def owns(sieve: _Sieve, surname: str, head: str) -> bool:
    """The article writes the body of ``head`` as ``surname``'s: "Voss’s campaign", "the Voss
    campaign" (the text is read once per head and article, whatever the number of people)."""
    owners = sieve.owned.get(head)
    if owners is None:
        pattern = r"\b(\w[\w.’'-]*?)(?:[’']s)?\s+" + re.escape(head) + r"\b"
        owners = sieve.owned[head] = frozenset(found.group(1) for found in re.finditer(pattern, sieve.art.text))
    return surname in owners


def owner_by_gender(sieve: _Sieve, at: int, gender: str, head: str) -> Entity | None:
    """Whose is "his campaign" or "her office" at ``at``: the pronoun's antecedent, unless the
    article never writes that person as owning a body of ``head`` and writes exactly one other
    person of that gender so ("Voss’s campaign", "the Voss campaign"): then that person (an
    adviser quoted last does not own the candidate's campaign)."""
    ent = antecedent(sieve, at, gender)
    if ent is None or owns(sieve, ent.name.split()[-1], head):
        return ent
    others = [e for e in sieve.art.entities if e is not ent and e.kind == "person" and " " in e.name
              and e.gender == gender and owns(sieve, e.name.split()[-1], head)]
    return others[0] if len(others) == 1 else ent


def holder(sieve: _Sieve, head: str, surname: str, at: int) -> str | None:
    """"Sen. Ada Voss’s office", "her office" -> "Ada Voss": a body one person holds (``held``
    heads) speaks for that person, named in full when the article names the surname's bearer."""
    if head not in sieve.art.lex.name_words.held:
        return None
    ent = sieve.art.link(surname, at)
    return ent.name if ent is not None and ent.kind == "person" and " " in ent.name else None


def local_body(words: list[str], text: str, lex: Lexicon) -> str | None:
    """"The city of Port Halden" -> "city of Port Halden": a place's own government (``local``
    heads); "the city" -> that name when the article names one city so, and only one.

    Parameters
    ----------
    words
        The speaker's phrase as written, in words.
    text
        The article.
    lex
        The word lists.

    Returns
    -------
    str or None
    """
    if len(words) < 2 or words[0].lower() != "the" or words[1].lower() not in lex.name_words.local:
        return None
    head = words[1].lower()
    if len(words) >= 4 and words[2] == "of" and len(words) - 3 <= MAX_PLACE_WORDS \
            and all(w[:1].isupper() for w in words[3:]):
        return " ".join([head, "of"] + words[3:-1] + [strip_possessive(words[-1])])
    if len(words) != 2:
        return None
    places = _places_named(head, text)
    return f"{head} of {next(iter(places))}" if len(places) == 1 else None


@lru_cache(maxsize=16)
def _places_named(head: str, text: str) -> frozenset:
    """The places ``text`` writes as "the <head> of <Place>": read once per head and article,
    however many mentions of "the city" ask."""
    return frozenset(" ".join(found.group(1).split()) for found in re.finditer(
        r"\b[Tt]he\s+" + re.escape(head) + r"\s+of\s+((?:[A-Z][\w’'-]*[ \t]*){1,%d})" % MAX_PLACE_WORDS, text))


def owned_name(name: str, lex: Lexicon) -> str:
    """"Jon Voss’s presidential campaign" -> "Voss campaign": a body a person owns, named by the
    owner's surname and the body's head; any other name as it is."""
    words = name.split()
    owner = next((j for j in range(len(words) - 2, -1, -1) if strip_possessive(words[j]) != words[j]), None)
    if owner is None or not all(w.islower() for w in words[owner + 1:]) or words[-1] not in lex.name_words.organisation:
        return name
    return f"{strip_possessive(words[owner])} {words[-1]}"


def body_before_it(sieve: _Sieve, at: int) -> str | None:
    """"Crews picketed outside the Harbour Herald because it claimed …": "it" right after a subordinator that
    follows a body's name stands for that body (the name's head a body's noun or an acronym)."""
    text = sieve.art.text
    before = text[max(0, at - 120):at].split()
    if len(before) < 2 or before[-1].lower() not in OPENING_SUBORDINATORS:
        return None
    run = []
    for w in reversed(before[:-1]):
        if not w[:1].isupper() or w[-1:] in ",.;:" and run:
            break
        run.insert(0, w)
    if run and run[0] == "The":
        run = run[1:]
    if not run or any(q in w for w in run for q in "\"“”"):
        return None
    last = strip_possessive(run[-1])
    if not (is_acronym(last) or last.lower() in sieve.art.lex.name_words.organisation) or len(run) < 2 and not is_acronym(last):
        return None
    name = " ".join(run[:-1] + [last])
    if any(e.kind == "person" for w in run for e in sieve.art.by_word.get(w.lower(), ())):
        return None  # a person's name in it: "the Voss campaign"
    return name


def subject_body(sieve: _Sieve, at: int, low: str) -> str | None:
    """The body "it" or "they" at ``at`` stands for when no subject of its own sentence is one:
    the body named right before "after it" (:func:`body_before_it`, "it" only), else the body
    that is the subject of the sentence before, when the pronoun opens its own
    (:func:`subject_before_it`; "they" only for a body a person owns, "Voss’s campaign")."""
    return (body_before_it(sieve, at) if low == "it" else None) or subject_before_it(sieve, at, plural=low == "they")


def subject_before_it(sieve: _Sieve, at: int, *, plural: bool = False) -> str | None:
    """"The city wrote to Voss. It claims …": "It" opening a sentence stands for the body that is
    the subject of the sentence before: a body's name at its head ("The Harbour Board"), a body a
    person owns ("Voss’s campaign"), "the city" or "the campaign" as the body so called, "the
    ad" as its author's body. ``plural`` ("They …"): only a body a person owns. A person or
    anything else there: None."""
    starts = sieve.sentence_starts
    si = bisect.bisect_right(starts, at) - 1
    if si < 1:
        return None
    own = sieve.art.text[starts[si]:at].split()
    if len(own) > 1 or own and own[0].lower() not in COORDINATORS:
        return None  # ("… says it": the sentence's own subject)
    a, b = starts[si - 1], starts[si]
    found = _OWNED_RE.match(sieve.art.text, a, b)
    if found is not None and _verb(found.group(3)) and not inside(sieve, found.start(1)) \
            and found.group(2) in sieve.art.lex.name_words.organisation and found.group(2) not in sieve.art.lex.name_words.held:
        return f"{strip_possessive(found.group(1).split()[-1])} {found.group(2)}"  # "Voss’s campaign", "The Voss campaign"
    found = _SUBJECT_RE.match(sieve.art.text, a, b)
    if plural or found is None or inside(sieve, found.start(2)) or not _verb(found.group(3)):
        return None
    name, lex = found.group(2), sieve.art.lex
    if name.islower():
        return _common_body(sieve, name, found, a)
    words = name.split()
    if any(e.kind == "person" for w in words for e in sieve.art.by_word.get(w.lower(), ())):
        return None
    last = strip_possessive(words[-1])
    actor = lex.aliases.get(name)
    if actor is not None:
        return name if actor.type == "organisation" else None
    return name if is_acronym(last) or len(words) >= 2 and last.lower() in lex.name_words.organisation else None


def _verb(word: str) -> bool:
    """The word after a subject is its verb, or an adverb before it."""
    return (common_tag(word) or "").startswith(_VERB_TAGS)


def _common_body(sieve: _Sieve, head: str, found: re.Match, at: int) -> str | None:
    """"the city", "the campaign" at a sentence's head: the local government the article names,
    or the last body of that head that spoke before ``at``; "the ad": its author, a body."""
    lex = sieve.art.lex
    if found.group(1) is None:
        return None
    if head in lex.name_words.artifact:
        m = Mention(found.start(1), found.end(2), found.group(1) + head, found.group(1) + head, None, found.start(1), found.end(2))
        author = speaker_of_artifact(sieve.art, m)
        return owned_name(author[0], lex) if author is not None and author[1] == "organisation" else None
    if head not in lex.name_words.organisation:
        return None
    local = local_body(["the", head], sieve.art.text, lex)
    if local:
        return local
    return next((n for pos, n in reversed(sieve.bodies) if pos < at and n.lower().split()[-1] == head), None)
