"""Noun phrases around a cue: the phrase after an inverted cue ("said the mayor, Ada Voss"),
a role in apposition, a hometown aside."""
from __future__ import annotations

from ..nlp.document import Document, Unit
from ..nlp.name_runs import and_the_in_name
from ..nlp.tags import NOUN_TAGS, NP_AFTER_TAGS
from ..nlp.words import HOMETOWN_PREPOSITIONS, NAME_PARTICLES, NAME_PREPOSITIONS, PRONOUNS
from ..speakers import Mention, is_capitalised, make_mention
from ..text import Token


def with_role(m: Mention, role: str) -> Mention:
    """``m`` with ``role`` as its title when it has none ("Rolf Engen" + "the federation's chairman")."""
    return m if m.title else m._replace(title=role)


def hometown_before(toks: list[Token], j: int) -> int | None:
    """Index before ", of Arnsby" / ", from Hild, Vg." ending at ``j``, or None."""
    p = j
    while p > 1 and j - p < 6 and (is_capitalised(toks[p][2]) or toks[p][2] in (",", ".")):
        p -= 1
    if p >= 2 and p < j and toks[p][2].lower() in HOMETOWN_PREPOSITIONS and toks[p - 1][2] == "," \
            and is_capitalised(toks[p + 1][2]):
        return p - 2


def inverted_speaker(a: Document, u: Unit, np: tuple[int, int]) -> Mention:
    """The speaker after an inverted cue ("said Rolf Engen", "said the chairman, Rolf Engen"),
    the role in apposition as its title."""
    toks = a.toks(u)
    name = apposed_name(a, u, np)
    m = make_mention(a.text, toks, name[0], name[1], a.lex)
    return m if name == np else with_role(m, a.text[toks[np[0]][0]:toks[np[1]][1]])


def apposed_name(a: Document, u: Unit, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """After an inverted cue, the name in apposition to a role names the speaker: "…,” said the
    federation's chairman, Rolf Engen." -> Rolf Engen. Otherwise ``np`` itself."""
    if np is None:
        return None
    toks, tags = a.toks(u), a.tags(u)
    first = np[1] + 2
    if first >= len(toks) or toks[np[1] + 1][2] != "," or is_capitalised(toks[np[0]][2]):
        return np
    last = first
    while last + 1 < len(toks) and is_capitalised(toks[last + 1][2]) and tags[last + 1] in NOUN_TAGS:
        last += 1
    ends = last + 1 >= len(toks) or toks[last + 1][2] in ".!?" or (
        last + 2 >= len(toks) and toks[last + 1][2] in "”\"'")
    if 1 <= last - first <= 3 and all(is_capitalised(toks[m][2]) and tags[m] in NOUN_TAGS
                                       for m in range(first, last + 1)) and ends:
        return first, last
    return np


def np_after(a: Document, u: Unit, i: int) -> tuple[int, int] | None:
    """A noun phrase starting at local token ``i``: (first, last) local indices."""
    toks = a.toks(u)
    tags = a.tags(u)
    if i >= len(toks):
        return None
    if toks[i][2].lower() in PRONOUNS:
        return i, i
    j = i
    while j < len(toks) and j - i < 12:
        w = toks[j][2]
        if tags[j] in ("DT", "PRP$") and j > i and tags[j - 1] in NOUN_TAGS:
            break  # a determiner after a noun opens the next phrase: "told reporters [his firm] …"
        if tags[j] in NP_AFTER_TAGS or is_capitalised(w) and w not in ",.;:\"“”" or w.lower() in a.lex.titles:
            j += 1
            continue
        if w.lower() in NAME_PREPOSITIONS and j > i and j + 1 < len(toks) \
                and (is_capitalised(toks[j + 1][2]) or tags[j + 1] in NP_AFTER_TAGS):
            j += 1
            continue
        if w in NAME_PARTICLES and j > i and is_capitalised(toks[j - 1][2]) and j + 1 < len(toks) \
                and is_capitalised(toks[j + 1][2]):
            j += 1  # "Anneke van Dam"
            continue
        if w in ("'", "’") and j > i and toks[j - 1][2].endswith("s") and is_capitalised(toks[j - 1][2]) \
                and j + 1 < len(toks) and is_capitalised(toks[j + 1][2]):
            j += 1  # "the Nurses’ Association"
            continue
        if w == "and" and and_the_in_name(toks, j + 1, i, a.lex.name_words.organisation):
            j += 2  # "the Centre for Law and the Sea": one name
            continue
        if w == "/" and j > i and j + 1 < len(toks) and is_capitalised(toks[j - 1][2]) and is_capitalised(toks[j + 1][2]) \
                and toks[j - 1][1] == toks[j][0] and toks[j][1] == toks[j + 1][0]:
            j += 1  # two names written as one: "a Norvia Times/Harbour News poll"
            continue
        break
    if j == i:
        return None
    last = j - 1
    while last > i and tags[last] not in NOUN_TAGS and not is_capitalised(toks[last][2]):
        last -= 1
    if tags[last] not in NOUN_TAGS and not is_capitalised(toks[last][2]):
        return None
    return i, last
