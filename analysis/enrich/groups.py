"""A counted group of people the article has just named together: "Ada Voss and Per Lund
wrote … The two lawmakers argue" -> "Ada Voss and Per Lund". Read by the sieve in
:mod:`analysis.enrich.identity`."""
from __future__ import annotations

import bisect
import re

from ..nlp.words import NUMBER_VALUES
from .entities import ArticleIdentity, Entity, first_at
from .names import name_start, strip_possessive
from .referents import at_head

__all__ = ["coordinated_people", "counted_group", "people_before"]

#: The largest count a group's role noun may open with ("the two lawmakers", "the four
#: scholars"): larger groups are seldom named one by one.
MAX_COUNTED_GROUP = 4
#: Sentences the group's members are looked for in (its own, and two before): a
#: reader takes "the two lawmakers" for the two just named together.
GROUP_SENTENCES = 3
#: Characters after the role noun read for its members in apposition ("The three scholars --
#: A, B and C -- agreed").
APPOSITION_REACH = 120
# what may stand between two members of one group: commas, "and", and their titles or honorifics
_BETWEEN_RE = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:[A-Z][\w.'’-]*\s+)*")
# what opens an apposition of the members: a dash or a comma, then their titles or honorifics
_APPOSITION_RE = re.compile(r"\s*(?:--|—|–|,)\s*(?:[A-Z][\w.'’-]*\s+)*")
_RUN_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def counted_group(art: ArticleIdentity, name: str, start: int, end: int, sentence_starts: list[int]) -> str | None:
    """The names of the people a counted role noun ``name`` ("The two lawmakers", at
    ``start``..``end``) stands for: the last run of exactly that many people named together,
    with only commas, "and" and titles between them, in an apposition right after it or in its
    sentence or the GROUP_SENTENCES - 1 before; "A and B", "A, B and C". None when no run fits."""
    words = name.split()
    n = NUMBER_VALUES.get(words[1].lower(), 0) if len(words) >= 3 else 0
    if not 2 <= n <= MAX_COUNTED_GROUP or words[0].lower() != "the" or not words[-1].islower() \
            or not words[-1].endswith("s"):
        return None
    ahead = _runs(art, end, min(len(art.text), end + APPOSITION_REACH))
    if ahead and len(ahead[0]) == n and _APPOSITION_RE.fullmatch(art.text, end, ahead[0][0][0]):
        return _joined(ahead[0])  # "The three scholars -- A, B and C --"
    si = bisect.bisect_right(sentence_starts, start) - 1
    lo = sentence_starts[max(0, si - GROUP_SENTENCES + 1)] if si >= 0 else 0
    fits = [run for run in _runs(art, lo, start) if len(run) == n]
    return _joined(fits[-1]) if fits else None


def _runs(art: ArticleIdentity, lo: int, hi: int) -> list[list]:
    """The people named in [lo, hi), grouped into runs named together: [(offset, entity), …]."""
    k = first_at(art.places, lo)
    runs: list[list] = []
    while k < len(art.places) and art.places[k][0] < hi:
        pos, ent = art.places[k]
        k += 1
        if ent.kind != "person" or any(e is ent for _, e in (runs[-1] if runs else ())) and _joins(art, runs[-1], pos):
            continue
        if runs and _joins(art, runs[-1], pos):
            runs[-1].append((pos, ent))
        else:
            runs.append([(pos, ent)])
    return runs


def _joins(art: ArticleIdentity, run: list, pos: int) -> bool:
    """The name at ``pos`` follows the run's last name with only a comma or "and" and titles between."""
    last = run[-1][0]
    m = _RUN_RE.match(art.text, last)
    end = m.end() if m else last
    between = art.text[end:pos]
    return pos > end and ("," in between or "and" in between.split()) and _BETWEEN_RE.fullmatch(between) is not None


def _joined(run: list) -> str:
    """"A and B", "A, B and C"."""
    names = [ent.name for _, ent in run]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


#: Characters before a coordinated subject read for the name that heads its list.
LIST_HEAD_REACH = 60
# a name and a comma right before a coordinated subject, after a comma or the sentence's start
_LIST_HEAD_RE = re.compile(r"(?:^|(?<=[,.;:]\s)|(?<=\n))([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}),\s+$")
# the conjuncts of a coordinated subject: "A and B", "A, B and C"
_CONJUNCT_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def coordinated_people(art: ArticleIdentity, phrase: str, at: int) -> str | None:
    """The people of a coordinated subject ``phrase`` (at offset ``at``) when every conjunct
    names a person of the article ("Ada Voss and Karl Lund", "Norvia Post’s Ada Voss and Ole
    Brekke", and a name before it that heads the list: "Lund, Ada Voss and Ole Brekke"), under their full names as "A and B" / "A, B and C"; None otherwise."""
    parts = _CONJUNCT_SPLIT_RE.split(phrase.strip())
    if len(parts) < 2:
        return None
    people: list[Entity] = []
    for part in parts:
        ent = _person(art, part, at)
        if ent is None or any(e is ent for e in people):
            return None
        people.append(ent)
    before = _LIST_HEAD_RE.search(art.text, max(0, at - LIST_HEAD_REACH), at)
    head = _person(art, before.group(1), at) if before else None
    if head is not None and not any(e is head for e in people):
        people.insert(0, head)  # "Instead, Lund, Ada Voss and Ole Brekke argued": the list's head
    return _joined([(at, e) for e in people])


def _person(art: ArticleIdentity, part: str, at: int) -> Entity | None:
    """The person of the article one conjunct names, past its owner and title ("Norvia Post’s
    Ada Voss", "Mayor Lund"), or None."""
    owner = max((j + 1 for j, w in enumerate(part.split()) if strip_possessive(w) != w), default=0)
    words = [strip_possessive(w) for w in part.split()][owner:]  # "Norvia Post’s Ada Voss": the outlet is hers
    words = words[name_start(words, art.lex.titles, art.first_names):] if words else words
    ent = art.full(words) if len(words) > 1 else art.link(words[0], at) if words else None
    return ent if ent is not None and ent.kind == "person" else None


def people_before(art: ArticleIdentity, sentence_starts: list[int], at: int) -> str | None:
    """The people a "they" at the head of its sentence (at ``at``) stands for when the sentence
    before opens with them named together ("Ada Voss and Karl Lund did respond … They also
    backed …"): "A and B"; None otherwise."""
    si = bisect.bisect_right(sentence_starts, at) - 1
    if si < 1 or not at_head(art.text[sentence_starts[si]:at]):
        return None
    lo, hi = sentence_starts[si - 1], sentence_starts[si]
    runs = _runs(art, lo, hi)
    if not runs or len(runs[0]) < 2 or not at_head(art.text[lo:runs[0][0][0]]):
        return None
    return _joined(runs[0])
