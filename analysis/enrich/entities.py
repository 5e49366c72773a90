"""The people and bodies one article names: each under its most complete name, where it is
named, in what roles and of what gender; the table :mod:`analysis.enrich.identity` and the actor
mentions read (one copy of name linking).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Mapping

from ..lexicon import CLEAR_SEX_CODES, Lexicon
from ..nlp.tags import FUNCTION_TAGS
from ..nlp.words import CALENDAR_NAMES, HONORIFIC_SEXES, MONTHS_ALSO_GIVEN_NAMES, NAME_PARTICLES, NAME_SUFFIXES, PRONOUNS
from ..text import _is_abbreviation
from ..speakers import ArticleSpeakers, names_place, names_thing
from ..bundled import pos_lexicon
from .names import (common_tag, generic_kind, initials, is_acronym, is_common, is_fused, is_initial, name_start,
                    strip_possessive, title_case)

#: Sentences a pronoun looks back over for its referent, its own included: a reader carries
#: "he" no further than a paragraph or two.
PRONOUN_SENTENCES = 6
#: Most words of a name: a longer run of capitals is a headline or a body, not a person.
MAX_NAME_WORDS = 5
#: Words before a name read as its role ("the Republican presidential nominee Ada Voss").
ROLE_WORDS_BEFORE = 4
#: How many places back a name or a role noun looks for the entity it names: a reader carries a
#: referent no further; an unbounded look made a long article's cost grow with its square.
PLACES_REACH = 500
#: How many times more often one of several people sharing a surname must be named before a
#: lone surname for it to stand for that person rather than the one named last: the article's
#: main person keeps the surname, a relative is named in full or by a given name.
SALIENT_TIMES = 3
#: Shortest abbreviation of a role read as the role ("Sen." for senator, "Gov." for governor).
MIN_ABBREVIATION = 3
#: Words of an apposition after a name read as its role ("Ada Voss, the port's director,").
ROLE_WORDS_AFTER = 8

# a run of name tokens: capitalised words, initials and particles between them
# (a run opens at a word's start: the "y" of "by Voss" is no particle)
_RUN_RE = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\b)"
                     r"(?:[ \t]+(?:[A-Z][\w’'.-]*|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")(?=[ \t]+[A-Z])))*")
_GLUED_RE = re.compile(r"[a-z]\.[A-Z0-9]|[0-9]\.[A-Za-z]")  # "Line.2", "here.The": two texts run together at a full stop
_CONTRACTION_RE = re.compile(r"[’'](?:t|re|ll|ve|m|d)$")  # "Won’t", "We’re": a clause, no name
_SENTENCE_END_RE = re.compile(r"[.!?]$")
_CALENDAR = CALENDAR_NAMES - MONTHS_ALSO_GIVEN_NAMES  # no name holds them
# tags of closed-class words, which no name holds ("Voss Is Back", "Ada And Voss")
_ROLE_TAGS = frozenset({"NN", "JJ", "VBN", "NNP"})  # a role's words: "former", "presidential", "nominee"


def first_at(places: list, at: int) -> int:
    """The index of the first (offset, …) of ``places`` (sorted by offset) at or after ``at``."""
    return bisect.bisect_left(places, at, key=lambda p: p[0])


def _core(words: list[str]) -> list[str]:
    """A name without its generational suffix ("Per Lund III" -> "Per Lund")."""
    return words[:-1] if len(words) > 2 and words[-1].lower() in NAME_SUFFIXES else words


def _key(word: str) -> str:
    """A name's word as compared: lower case, one apostrophe ("O’Neill" = "O'NEILL")."""
    return word.lower().replace("’", "'")


@dataclass(eq=False)  # one object per entity: compared (and found in lists) by identity
class Entity:
    """One person or body an article names, under its most complete name."""

    name: str
    kind: str = "person"
    gender: str | None = None
    forms: set = field(default_factory=set)  # lower-case full forms seen
    roles: set = field(default_factory=set)  # lower-case words of roles seen next to it

    @property
    def first(self) -> str:
        return _key(self.name.split()[0])

    @property
    def last(self) -> str:
        return _key(_core(self.name.split())[-1])


#: Longest first word of a name in capitals that may be a body's initials ("NGP VAN"), not a given name.
MAX_INITIALS = 3


@dataclass
class ArticleIdentity:
    """The entities of one article and where each is named (built once, then read by the sieve)."""

    text: str
    lex: Lexicon
    first_names: Mapping[str, str]
    entities: list = field(default_factory=list)
    by_word: dict = field(default_factory=dict)  # lower-case surname or given name -> entities
    places: list = field(default_factory=list)  # (offset, entity), in text order
    acronyms: dict = field(default_factory=dict)  # "PBO" -> "Parliamentary Budget Officer"
    honorific: dict = field(default_factory=dict)  # one-word name -> the one gender its honorifics give ("Mr. Voss")

    def person(self, words: list[str], at: int, role_words: list[str]) -> Entity:
        """The entity named ``words`` (a full name), made or grown; its role and gender noted."""
        if words[0].lower() in self.first_names or len(words[0]) > MAX_INITIALS:
            words = title_case(" ".join(words)).split()  # "ADA VOSS" is Ada Voss ("NGP VAN" stays initials)
        low = [_key(w) for w in _core(words)]
        ent = self._same(low)
        if ent is None:
            ent = Entity(" ".join(words))
            self.entities.append(ent)
        elif len(words) > len(ent.name.split()) and (low[0] == ent.first or low[0] in self.first_names):
            ent.name = " ".join(words)  # "Ada M. Voss" after "Ada Voss": the most complete name
        ent.forms.add(" ".join(low))
        for key in {low[-1], low[0]}:
            if ent not in self.by_word.setdefault(key, []):
                self.by_word[key].append(ent)
        ent.roles.update(w.lower().strip(",") for w in role_words)
        if ent.gender is None:
            ent.gender = _gender_of(low[0], role_words, self.lex)
        self.places.append((at, ent))
        return ent

    def _same(self, low: list[str]) -> Entity | None:
        """An entity whose name is ``low`` or holds it: same surname and same given name, or
        one's words all in the other's ("Ada Voss" and "Ada M. Voss")."""
        low = _core(low)
        for ent in self.by_word.get(low[-1], ()):
            words = [_key(w) for w in _core(ent.name.split())]
            if words[-1] != low[-1]:
                continue
            if words[0] == low[0] or set(low) <= set(words) or set(words) <= set(low):
                return ent
        return None

    def link(self, word: str, at: int, gender: str | None = None) -> Entity | None:
        """The entity a one-word name ("Voss", "Ada", "VOSS") stands for at offset ``at``: the
        one whose surname or given name it is; of several, the one of ``gender`` (an honorific),
        then the one named last before ``at``; None when none fits."""
        cands = [e for e in self.by_word.get(_key(word), ()) if " " in e.name or e.last == _key(word)]
        if len(cands) > 1:  # a full name before one word alone ("Voss" is "Ada Voss", not "Voss")
            cands = [e for e in cands if " " in e.name] or cands
        if gender:  # "Mr. Voss" is not Ada Voss, even when she is the only Voss
            cands = [e for e in cands if e.gender in (gender, None)]
        if len(cands) > 1 and gender:
            known = [e for e in cands if e.gender == gender]
            cands = known if len(known) == 1 else cands
        if len(cands) <= 1:
            return cands[0] if cands else None
        k = first_at(self.places, at)
        last = next(((pos, e) for pos, e in (self.places[j] for j in range(k - 1, max(-1, k - 1 - PLACES_REACH), -1))
                     if e in cands), None)
        salient = self._salient(cands, k)
        if salient is not None and gender:
            return salient  # "Mrs. Voss" is the article's Voss, though her daughter was named last
        if last is not None and "\n" not in self.text[last[0]:at]:
            return last[1]  # named last in the same paragraph: "Per Lund spoke … Lund said"
        if salient is not None:
            return salient  # "Sand" is Tor Sand, named often, not Lia Sand, named once
        if last is not None:
            return last[1]
        return None  # two people with that name and neither named before: not guessed

    def _salient(self, cands: list, k: int) -> Entity | None:
        """Of ``cands``, the one named SALIENT_TIMES as often as any other in the places before
        index ``k``, or None."""
        counts = {id(e): 0 for e in cands}
        for j in range(max(0, k - PLACES_REACH), k):
            if id(self.places[j][1]) in counts:
                counts[id(self.places[j][1])] += 1
        ranked = sorted(cands, key=lambda e: -counts[id(e)])
        return ranked[0] if counts[id(ranked[0])] >= SALIENT_TIMES * max(1, counts[id(ranked[1])]) else None

    def full(self, words: list[str]) -> Entity | None:
        """The entity a name of several words names, if the article has it."""
        return self._same([_key(w) for w in words])


def build(text: str, lex: Lexicon, resolver: ArticleSpeakers | None = None,
          speakers: tuple[tuple[int, str], ...] = ()) -> ArticleIdentity:
    """Every person and acronym an article names, with where and in what role and gender.

    Parameters
    ----------
    text
        The article.
    lex
        The word lists.
    resolver
        The first reading's speaker registry: its full names and genders are added.
    speakers
        (offset, name as written) of the people extraction found speaking.

    Returns
    -------
    ArticleIdentity
    """
    art = ArticleIdentity(text, lex, lex.first_names)
    shorts: list[tuple[int, str, str | None]] = []
    for m in _RUN_RE.finditer(text):
        run = _after_glued(m.group(0).split())
        at = m.start() if not run else text.find(run[0], m.start())
        for words in _sentence_parts(run):
            _scan_run(art, text, at, words, shorts)
            at = text.find(" ", text.find(words[-1], at)) + 1
    lone: list[tuple[int, str]] = []
    named = [(text.find(full), full) for full in (resolver.names.values() if resolver else ())]
    for at, full in list(speakers) + named:
        words = _after_glued([strip_possessive(w) for w in full.split()])
        words = words[name_start(words, lex.titles, art.first_names):]
        if 2 <= len(words) <= MAX_NAME_WORDS and art.full(words) is None and _person_like(words, art):
            art.person(words, at if at >= 0 else len(text), [])
        elif len(words) == 1 and not is_common(words[0], art.first_names) and words[0][:1].isupper() \
                and words[0].lower() not in PRONOUNS and not is_acronym(words[0]) and not is_fused(words[0]) \
                and generic_kind(words[0], art.lex) is None:  # ("Republicans")
            lone.append((at, words[0]))
    for at, word in lone:  # a person named by one word only ("Bob", "Madonna")
        if art.link(word, at) is None:
            art.person([word], at, [])
    for ent in art.entities:
        if ent.gender is None and resolver is not None:
            ent.gender = resolver.gender.get(ent.name)
    _drop_partner_names(art)
    art.places.sort(key=lambda p: p[0])
    _place_short_forms(art, shorts)
    return art


def _drop_partner_names(art: ArticleIdentity) -> None:
    """Two surnames of two other people of the article ("Voss Lund" beside "Ada Voss" and "Per
    Lund") name their firm, not a third person: it no longer stands for a lone surname."""
    lasts: dict = {}
    for ent in art.entities:
        if " " in ent.name:
            lasts.setdefault(ent.last, set()).add(id(ent))
    firms = {id(e) for e in art.entities if len(e.name.split()) == 2 and _surnames_of_others(e, lasts)}
    if not firms:
        return
    art.entities = [e for e in art.entities if id(e) not in firms]
    art.places = [p for p in art.places if id(p[1]) not in firms]
    for key, ents in art.by_word.items():
        art.by_word[key] = [e for e in ents if id(e) not in firms]


def _surnames_of_others(ent: Entity, lasts: dict) -> bool:
    """Both words of the two-word name of ``ent`` are surnames of two other entities."""
    first, last = (_key(w) for w in ent.name.split())
    a, b = lasts.get(first, set()) - {id(ent)}, lasts.get(last, set()) - {id(ent)}
    return bool(a) and bool(b) and (len(a | b) >= 2)


def _after_glued(words: list[str]) -> list[str]:
    """The words after the last one that glues two texts at a full stop ("Line.2")."""
    glued = [j for j, w in enumerate(words) if _GLUED_RE.search(w)]
    return words[glued[-1] + 1:] if glued else words


def _sentence_parts(words: list[str]) -> list[list[str]]:
    """A run of capitals split where a sentence ends inside it ("… in Port Halden. Voss said"):
    after a word with a full stop that is no initial or abbreviation."""
    parts, part = [], []
    for w in words:
        if w.endswith(".") and len(w) > 2 and not is_initial(w) and not _is_abbreviation(w[:-1]):
            part.append(w[:-1])
            parts.append(part)
            part = []
        else:
            part.append(w)
    return [p for p in parts + [part] if p]


def _scan_run(art: ArticleIdentity, text: str, at: int, words: list[str], shorts: list) -> None:
    """Note the person (or the acronym's body) a run of capitalised words names."""
    lex = art.lex
    if len(words) >= 3 and sum(1 for w in words if w[:1].isupper()) >= 2:
        caps = [strip_possessive(w) for w in words]
        while caps and not caps[0][:1].isupper():
            caps = caps[1:]  # a run may open with a particle ("y Norvia Kaiun")
        key = initials(caps)
        if 2 <= len(key) <= 7:
            art.acronyms.setdefault(key, " ".join(caps[1:] if caps[0] == "The" else caps))
    k = name_start(words, lex.titles, art.first_names)
    name = [strip_possessive(w) for w in words[k:]]
    cut = any(is_common(w, art.first_names) and w.lower().rstrip(".") not in lex.titles for w in words[:k])
    titled = any(w.lower().rstrip(".") in lex.titles or w.lower() in lex.titles for w in words[:k])
    if 2 <= len(name) <= MAX_NAME_WORDS and _person_like(name, art, cut_common=cut, titled=titled):
        before = _words_before(text, at, ROLE_WORDS_BEFORE)
        art.person(name, at + len(" ".join(words[:k])) + (1 if k else 0),
                   before + words[:k] + _apposition_after(text, at + len(" ".join(words))))
    elif len(name) == 1:  # (kept only where it names an entity: "Trump" a common word too)
        before = _words_before(text, at, 1) + words[:k]
        gender = next((HONORIFIC_SEXES[w.lower()] for w in before if w.lower() in HONORIFIC_SEXES), None)
        shorts.append((at + len(" ".join(words[:k])) + (1 if k else 0), name[0], gender,
                       _words_before(text, at, ROLE_WORDS_BEFORE) + words[:k]))


def _person_like(name: list[str], art: ArticleIdentity, *, cut_common: bool = False, titled: bool = False) -> bool:
    """A person's name by shape: a given name or initial first, or two words that are not common
    English words; no body's head, no country."""
    name = _core(name)
    low = [w.lower() for w in name]
    if any(w in _CALENDAR or (common_tag(w) in FUNCTION_TAGS and (j or w not in art.first_names))
           or _CONTRACTION_RE.search(w)
           for j, w in enumerate(low) if w not in NAME_PARTICLES and not is_initial(w.upper()) and not (j == 0 and titled)):
        return False  # "Ada Voss Friday", "Voss Won’t Be": a date or a clause in a headline's capitals
    if common_tag(name[-1]) == "NNS" and not (len(low) > 2 and low[-2] in NAME_PARTICLES):
        return False  # "Marine Operations", "Tarn Games": a plural names a body ("Ilse des Pins" a person)
    if low[-1] in art.lex.name_words.not_person or any(
            w in art.lex.aliases and art.lex.aliases[w].type != "person" and not (j and j == len(name) - 1 and low[0] in art.first_names)
            for j, w in enumerate(name)):
        return False  # (a given name before it makes a country's word a surname: "Ada Norvanian")
    joined = " ".join(name)
    if names_thing(joined, art.lex) or names_place(joined, art.lex):
        return False  # "Harbour Rule", "Port Halden": a thing or a known place, no person
    if any(w.isupper() and len(w) > 1 and not is_initial(w) for w in name) and not all(
            w.isupper() for w in name):
        return False  # "NDP Leader": an acronym inside a run of capitals
    if (low[0] in art.first_names or is_initial(name[0])) and not (cut_common and is_common(name[-1], art.first_names)) \
            or titled and not is_common(name[-1], art.first_names):
        return True  # (after a common word cut off, "New | York City", the surname must be no common word)
    return not is_common(name[0], art.first_names) and not is_common(name[-1], art.first_names) \
        and common_tag(name[0]) is None


def _place_short_forms(art: ArticleIdentity, shorts: list) -> None:
    """Where an entity is named by one word ("Voss", "Mrs. Voss"), and the gender an honorific gives it."""
    added = []
    art.honorific = _honorific_genders(shorts)
    for at, word, gender, role_words in shorts:
        ent = art.link(word, at, gender or art.honorific.get(_key(word)))
        if ent is None:
            continue
        ent.roles.update(w.lower().strip(",") for w in role_words)  # "President Voss" -> the president
        if gender and ent.gender is None:
            ent.gender = gender
        added.append((at, ent))
    art.places = sorted(art.places + added, key=lambda p: p[0])


def _honorific_genders(shorts: list) -> dict:
    """Each one-word name the article gives an honorific of one gender only ("Mr. Voss" and
    never "Mrs. Voss") -> that gender: "Voss" and "President Voss" alone are that Voss, not a
    Voss of the other gender the article names in full."""
    seen: dict = {}
    for _, word, gender, _ in shorts:
        if gender:
            seen.setdefault(_key(word), set()).add(gender)
    return {word: next(iter(g)) for word, g in seen.items() if len(g) == 1}


def _gender_of(first: str, role_words: list[str], lex: Lexicon) -> str | None:
    for w in role_words:
        low = w.lower()
        if low in lex.name_words.female or HONORIFIC_SEXES.get(low) == "f":
            return "f"
        if low in lex.name_words.male or HONORIFIC_SEXES.get(low) == "m":
            return "m"
    g = lex.first_names.get(first)
    return g if g in CLEAR_SEX_CODES else None


def _words_before(text: str, at: int, n: int) -> list[str]:
    """Up to ``n`` words of a role right before ``at``: nouns, adjectives and capitalised words
    with nothing else between ("the Republican presidential nominee" -> its last three)."""
    chunk = text[max(0, at - 80):at]
    cut = max(chunk.rfind(c) for c in ",;:!?\n(“”\"—")
    out: list[str] = []
    for w in reversed(chunk[cut + 1:].split()[-n:]):
        tag = pos_lexicon().get(w.lower(), "?" if w.isalpha() and w.islower() else None)  # ("defenceman": rare, a noun)
        if not (w[:1].isupper() or tag in _ROLE_TAGS or tag == "?") or w.endswith("."):
            break
        out.insert(0, w)
    return out


def _apposition_after(text: str, end: int) -> list[str]:
    """The words of ", the port's director," right after a name, or none."""
    m = re.match(r",\s+((?:the|a|an)\s+)?([^,.;:()“”\"]{1,80})[,.;]", text[end:end + 100])
    if not m or not m.group(1):
        return []
    words = m.group(2).split()
    return words if len(words) <= ROLE_WORDS_AFTER else []


def pronoun_gender(word: str) -> str | None:
    """"m" for he, "f" for she, None for any other pronoun."""
    return PRONOUNS.get(word.lower(), (None, None))[1]


def persons_of(art: ArticleIdentity) -> dict:
    """Short form and full name -> full name, for each person of the article (a surname two
    people share is left out)."""
    out: dict = {}
    for ent in art.entities:
        if ent.kind != "person" or " " not in ent.name:
            continue
        out.setdefault(ent.name, ent.name)
        for form in ent.forms:
            out.setdefault(title_case(form) if form.islower() else form, ent.name)
        last = ent.name.split()[-1]
        if len([e for e in art.by_word.get(_key(last), ()) if e.last == _key(last)]) == 1:
            out.setdefault(last, ent.name)
    return {k: v for k, v in out.items() if k[:1].isupper()}
