"""Where a pronoun or a role noun finds its referent within an article: the subject at the head
of a sentence, the antecedent a pronoun agrees with, and the places no referent stands (inside a
statement, a name that modifies a noun). Read by the sieve in :mod:`analysis.enrich.identity`.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..nlp.words import ARTICLES, COORDINATORS, OPENING_SUBORDINATORS, PRONOUNS, SUBORDINATORS
from .entities import PRONOUN_SENTENCES, ArticleIdentity, Entity, first_at
from .names import common_tag, is_acronym, is_initial, strip_possessive

if TYPE_CHECKING:
    from .identity import _Sieve

__all__ = ["antecedent", "at_head", "body_subject", "first_person", "inside", "sentence_subject", "NOMINAL_SENTENCES",
           "SUBJECT_WORDS"]

# "asked" before the one asked: "Lund asked Voss whether …"
_ASKED_RE = re.compile(r"\basked\s+(?=[A-Z])")
#: Sentences back a role noun no one was introduced with looks for the person it stands for:
#: the sentence before, or the one before it when that names no one.
NOMINAL_SENTENCES = 2
#: Most words before the "he" or "she" that opens a sentence's main clause ("But on the
#: defensive end, he was …"): the pronoun is that sentence's subject.
CHAIN_WORDS = 8
#: Characters before a name read to find the run of capitals it stands in.
MODIFIER_REACH = 80
#: Most words before a person at a sentence's head that still make the person its subject
#: ("On Friday, Ada Voss said", "Earlier Ada Voss said").
SUBJECT_WORDS = 3
#: The articles as written in running text or at a sentence's start ("the", "The").
_ARTICLE_FORMS = ARTICLES | frozenset(a.capitalize() for a in ARTICLES)
#: Quote marks: an opening phrase holding one is a quote, not a phrase before the subject.
_QUOTE_MARKS = "\"“”«»„"


# a sentence's head: a conjunction, "the", a run of capitals (with "of", "for", "and" inside), the next word
_BODY_HEAD_RE = re.compile(r"(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?((?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and)\s+)?)*[A-Z][\w.&’'-]*)\s+([a-z]+)\b")
#: Tags of the word right after a body that opens its sentence: its verb, or an adverb before it.
VERB_TAGS = ("VB", "MD", "RB")
#: Most words between a body at a sentence's head and the subordinator before "it" or "they"
#: ("[Dock Wardens] turned the plan away since they"): about one short clause.
BODY_CLAUSE_WORDS = 15
#: ... and most characters (about fifteen long words).
BODY_CLAUSE_REACH = 150


def body_subject(sieve: _Sieve, at: int, plural: bool) -> str | None:
    """The body or group at the head of the sentence whose later clause "it" or "they" at ``at``
    opens after a subordinator ("The Harbour Board kept the report back because it wanted …", "Dock Wardens
    turned the plan away since they argued …"): the subject of the sentence is the pronoun's
    referent (a body's name for "it"; a plural name of two words or more for "they"). None when
    the sentence has no such head or the pronoun follows no subordinator."""
    starts = sieve.sentence_starts
    si = bisect.bisect_right(starts, at) - 1
    a = starts[si] if si >= 0 else 0
    if at - a > BODY_CLAUSE_REACH:
        return None  # (a long sentence is never read whole for each pronoun: linear time)
    before = sieve.art.text[a:at].split()
    if not before or len(before) > BODY_CLAUSE_WORDS or before[-1].lower() not in OPENING_SUBORDINATORS | COORDINATORS \
            or any(q in w for w in before for q in _QUOTE_MARKS):
        return None
    found = _BODY_HEAD_RE.match(sieve.art.text, a, at)
    if found is None or inside(sieve, found.start(1)) or not (common_tag(found.group(2)) or "").startswith(VERB_TAGS):
        return None  # ("Harbour Board pilots closed …": the name modifies the subject)
    name = found.group(1)
    words = name.split()
    last = strip_possessive(words[-1])
    if any(e.kind == "person" for w in words for e in sieve.art.by_word.get(w.lower(), ())):
        return None  # a person's name: "he" or "she" would stand for them
    lex = sieve.art.lex
    if plural:
        return name if len(words) >= 2 and common_tag(last.lower()) == "NNS" and last.lower() not in lex.titles else None
    body = is_acronym(last) or last.lower() in lex.name_words.organisation
    actor = lex.aliases.get(name)
    return name if body and actor is None or actor is not None and actor.type == "organisation" else None


def sentence_subject(sieve: _Sieve, at: int) -> Entity | None:
    """The person at the head of the nearest sentence before ``at`` that names someone (over
    NOMINAL_SENTENCES), or None when the person it names first is not at its head."""
    starts = sieve.sentence_starts
    si = bisect.bisect_right(starts, at) - 1
    for j in range(si - 1, max(-1, si - 1 - NOMINAL_SENTENCES), -1):
        ent, pos = first_person(sieve, starts[j], starts[j + 1])
        if ent is None:
            continue
        return ent if at_head(sieve.art.text[starts[j]:pos]) else None
    return None


def at_head(before: str) -> bool:
    """The words ``before`` a person leave it the sentence's subject: few and no comma ("Earlier
    Ada Voss said"), or an opening phrase, a comma, and at most capitalised words (a title) before
    the name ("On Thursday, Ada Voss said", "Giving a speech in Arnsby, Sen. Voss said")."""
    words = before.split()
    if len(words) <= SUBJECT_WORDS and not any("," in w for w in words):
        return True
    head, comma, rest = before.rpartition(",")
    after = rest.split()
    return bool(comma) and bool(head.strip()) and not any(q in head for q in _QUOTE_MARKS) \
        and len(after) <= SUBJECT_WORDS and all(w[:1].isupper() for w in after)


def first_person(sieve: _Sieve, lo: int, hi: int) -> tuple:
    """The leftmost (entity, offset) named in [lo, hi) outside statements, or (None, None)."""
    found = []
    for places in (sieve.art.places, sieve.said):
        k = first_at(places, lo)
        while k < len(places) and places[k][0] < hi:
            if not inside(sieve, places[k][0]):
                found.append(places[k])
                break
            k += 1
    if not found:
        return None, None
    pos, ent = min(found, key=lambda p: p[0])
    return ent, pos


def antecedent(sieve: _Sieve, at: int, gender: str) -> Entity | None:
    """The leftmost person of ``gender`` in the pronoun's sentence before it, else in the nearest
    earlier sentence, over PRONOUN_SENTENCES sentences; names inside statements are skipped.
    A person of unknown gender is taken only when no one of the right gender is there."""
    starts = sieve.sentence_starts
    si = max(0, bisect.bisect_right(starts, at) - 1)
    lo = starts[max(0, si - PRONOUN_SENTENCES + 1)] if starts else 0
    lo_k = first_at(sieve.art.places, lo)
    hi_k = first_at(sieve.art.places, at)
    places = [p for p in sieve.art.places[lo_k:hi_k] if not inside(sieve, p[0]) and not _modifier(sieve.art, p[0])]
    said = sieve.said
    places += said[first_at(said, lo):first_at(said, at)]
    places.sort(key=lambda p: p[0])
    fallback = None
    for j in range(si, max(-1, si - PRONOUN_SENTENCES), -1):
        a = starts[j] if starts else 0
        b = starts[j + 1] if starts and j + 1 < len(starts) else at
        if j < si and _pronoun_subject(sieve, a, b, gender, places):
            continue  # "She has faced … Ada Brand …": the same "she" goes on; look before her
        asked = _asked(sieve, a, min(b, at)) if j < si else None
        if asked is not None and asked.gender in (gender, None):
            return asked  # "Lund asked Voss whether … . “…,” she said": the one asked answers
        for pos, ent in places:
            if a <= pos < min(b, at):
                if ent.gender == gender:
                    return ent
                if ent.gender is None and fallback is None:
                    fallback = ent
    return fallback


def _asked(sieve: _Sieve, a: int, b: int) -> Entity | None:
    """The person a sentence [a, b) says was asked ("Per Lund asked Ada Voss whether …"): the
    question's answer that follows is theirs."""
    places = sieve.art.places
    for found in _ASKED_RE.finditer(sieve.art.text, a, b):
        k = first_at(places, found.end())
        return places[k][1] if k < len(places) and places[k][0] == found.end() else None
    return None


def _pronoun_subject(sieve: _Sieve, a: int, b: int, gender: str, places: list) -> bool:
    """The sentence [a, b) opens with "he" or "she" of ``gender`` (within CHAIN_WORDS words,
    before anyone it names, outside statements): its subject is the one the pronoun before
    stands for, not a person it names later. A pronoun in a clause before a comma and a name
    points ahead to that name ("In a bid he made, Ada Voss …") and hands nothing on."""
    text = sieve.art.text
    first = next((pos for pos, _ in places if a <= pos < b), b)
    words = text[a:min(first, b)].split()[:CHAIN_WORDS]
    at = a
    for w in words:
        at = text.find(w, at)
        if PRONOUNS.get(w.lower().strip(",")) == ("person", gender):
            return not inside(sieve, at) and not _points_ahead(text, a, at, first if first < b else None)
    return False


def _points_ahead(text: str, a: int, at: int, name: int | None) -> bool:
    """The pronoun at ``at`` stands in a clause that opens its sentence (at ``a``) with a
    preposition or a subordinator, and the name at ``name`` opens the main clause after it:
    "In a speech he gave, Jon Lund …", "When she arrived, Ada Voss …"."""
    before = text[a:at]
    if name is None or "," in before or "," not in text[at:name]:
        return False
    ahead = text[at:name]
    return len(ahead[ahead.rfind(",") + 1:].split()) <= SUBJECT_WORDS and any(
        w.lower() in SUBORDINATORS or common_tag(w) == "IN" for w in before.split())


def inside(sieve: _Sieve, pos: int) -> bool:
    k = bisect.bisect_right(sieve.inside, (pos, float("inf"))) - 1
    return k >= 0 and sieve.inside[k][0] <= pos < sieve.inside[k][1]


def _modifier(art: ArticleIdentity, pos: int) -> bool:
    """A name inside a run of capitals after an article modifies a noun ("the Voss campaign", "in
    the Port Halden Ada Voss Hall"): it is no one a pronoun stands for (a title may open the run:
    "the Rev. Ada Voss")."""
    words = art.text[max(0, pos - MODIFIER_REACH):pos].split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1][-1:] not in ",.;:" or k > 0 and is_initial(words[k - 1]):
        k -= 1
    if k == 0 or words[k - 1] not in _ARTICLE_FORMS:
        return False
    return k == len(words) or words[k].lower().rstrip(".") not in art.lex.titles and words[k].lower() not in art.lex.titles
