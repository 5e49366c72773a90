"""Role and relation nouns that stand for a person the article names: "the judge", "The Tarn
County judge", "the state's attorney general", "his ex-wife", "Voss's lawyer", "the two
senators" -> the people the article introduces with that role ("Justice Ada Voss", "his wife,
Ada,", "Per Lund, the governor of Tarn,").

Read by the sieve in :mod:`analysis.enrich.identity` for a role noun its passes left without a
speaker (method ``nominal``). One holder of the role in the article, named before or after the
mention, resolves it; two holders, or none, leave it missing. A plural role stands for the
people named with it before, when they are few.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import schema
from ..lexicon import Lexicon
from ..nlp.words import ARTICLES, FORMER_PREFIX, INDEFINITE_ARTICLES, NUMBER_VALUES, OWNER_POSSESSIVES, PERSON_POSSESSIVES
from .entities import MIN_ABBREVIATION, ArticleIdentity, Entity, first_at
from .names import common_tag, is_possessive, strip_possessive
from .referents import antecedent, sentence_subject

if TYPE_CHECKING:
    from .identity import _Sieve

__all__ = ["Holder", "RoleMention", "chained_subject", "holders", "plural_role", "read_mention", "role_holder", "settle_role"]

#: Characters before a named person read for the role it is introduced with.
ROLE_REACH = 80
#: Most words of a role before a name ("Tarn County Superior Court Judge"): a reader takes no
#: longer run as one title.
ROLE_WORDS = 6
#: Most words of a role noun phrase read as a mention of a role ("The Tarn County state
#: attorney general"); a longer phrase is a description, not a role.
MENTION_WORDS = 7
#: Sentences at the head of an article (headline and lede) in which "a judge" introduces the
#: person the article names later with that role ("A Tarn judge has ruled …").
LEDE_SENTENCES = 2
#: Characters after a role read for the name in apposition to it ("His wife, longtime Tarn
#: Foods aide Ada Voss,"): a role of ROLE_WORDS words and a name.
APPOSED_REACH = 80
#: Tags of the words a role is written in ("longtime", "Tarn", "aide").
ROLE_TAGS = ("NN", "JJ", "VBN", "NNP", None)
#: Sentences after "the" and a role noun its holder may first be named in ("The judge said … .
#: Judge Ada Voss wrote …"): one named much later is as likely someone else of that role.
LATER_SENTENCES = 8
#: Most people a plural role ("the senators") stands for: larger groups are seldom all named.
MAX_HOLDERS = 4
#: Most sentences in a row opening with a role noun phrase ("The nominee was …") that a
#: role noun after them looks past for the person they all stand for.
CHAIN_SENTENCES = 2
#: Words that end a role's run before a name: the role's head is before them ("Secretary [of]
#: State Ada Voss" is a secretary, no state).
_ROLE_BREAKS = frozenset(("of", "for"))
# characters that end the stretch a role before a name is read in
_CUT = ".;:!?\n()“”\"—"
# a name as written at its place: its capitalised words
_NAME_RE = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*")
# an apposition after a name that gives its role: ", his wife,", ", Voss’s lawyer,", ", the judge."
_APPOSITION_RE = re.compile(r",\s+(?:(the|a|an|his|her|their)|([A-Z][\w’'-]*[’']s))\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
                            r"(?:\s+(?:of|for|at|to|in)\s+[^,.;]{1,40})?\s*[,.;]")


@dataclass(frozen=True)
class Holder:
    """One place the article introduces a person with a role.

    Attributes
    ----------
    ent
        The person.
    at
        Offset of the name there.
    head
        The role's head, lower case, without a full stop ("judge", "gov").
    abbreviated
        The head was written with a full stop ("Gov."): it stands for any role it starts.
    prev
        The word before the head, lower case ("attorney" in "Attorney General"), or "".
    words
        Every word of the role, lower case.
    owner
        Whose role it is: a possessive's owner, lower case ("his", "voss"), or "".
    countries
        The countries the role's words name ("Norvanian President"), canonical.
    """

    ent: Entity
    at: int
    head: str
    abbreviated: bool
    prev: str
    words: frozenset
    owner: str
    countries: frozenset = frozenset()


@dataclass(frozen=True)
class RoleMention:
    """A speaker's phrase read as a role: "The two Tarn judges" -> det "the", head ("judge",),
    plural, count 2.

    Attributes
    ----------
    det
        "the", "a", "an", an owner ("his", "voss"), or "" for a bare capitalised role ("Judge").
    head
        The head's words, singular, lower case: ("judge",), ("attorney", "general").
    mods
        The words before the head, lower case.
    plural
        The role is written in the plural.
    count
        The number before a plural ("the two judges"), else 0.
    countries
        The countries its words name ("The Norvanian president"), canonical: a holder of the role
        of another country is someone else.
    """

    det: str
    head: tuple
    mods: frozenset
    plural: bool
    count: int
    countries: frozenset = frozenset()


def settle_role(sieve: _Sieve, s) -> None:
    """A statement whose speaker's phrase is a role noun the sieve left unresolved ("the judge",
    "his ex-wife", "the two senators"): the people the article introduced with that role (method
    ``nominal``); a plural role is never one person."""
    if sieve.holders is None:
        sieve.holders = holders(sieve.art)
    found = role_holder(sieve, sieve.holders, s.mention.name, s.mention.start)
    if found is None and s.speaker_type == "person":
        s.speaker, s.speaker_type = None, "group"  # "The councillors" are not the last one named
    elif found is not None:
        s.speaker, s.speaker_type, s.method = found[0], "person" if found[1] else "group", schema.METHOD_NOMINAL
        if found[1] is not None:
            bisect.insort(sieve.said, (s.mention.start, found[1]), key=lambda p: p[0])


def holders(art: ArticleIdentity) -> tuple[Holder, ...]:
    """Every place the article names a person with a role before the name ("Judge Ada Voss",
    "his wife, Ada,") or in an apposition after it ("Ada Voss, Lund’s lawyer,"), in text order."""
    out: list[Holder] = []
    for at, ent in art.places:
        if ent.kind != "person":
            continue
        found = _role_before(art, at, ent)
        if found is not None:
            out.append(found)
        name = _NAME_RE.match(art.text, at)
        after = _APPOSITION_RE.match(art.text, name.end()) if name else None
        if after is not None:
            words = after.group(3).lower().split()
            words = words[:min(words.index(w) for w in _ROLE_BREAKS & set(words))] if _ROLE_BREAKS & set(words) else words
            if not words:
                continue
            owner = after.group(1) if after.group(1) in OWNER_POSSESSIVES else strip_possessive(after.group(2) or "").lower()
            out.append(Holder(ent, at, words[-1], False, words[-2] if len(words) > 1 else "", frozenset(words), owner,
                              _countries(after.group(3).split(), art.lex)))
    return tuple(out)


def _role_before(art: ArticleIdentity, at: int, ent: Entity) -> Holder | None:
    """The role written right before the name at ``at`` ("Tarn County Judge", "his wife,",
    "Voss’s lawyer"), or None."""
    chunk = art.text[max(0, at - ROLE_REACH):at].rstrip()
    if chunk.endswith(","):  # "his wife, Ada, said": the relation in apposition before the name
        name = _NAME_RE.match(art.text, at)
        if name is None or not art.text.startswith(",", name.end()):
            return None  # "Like her father, Ada Voss said": no apposition, an opening phrase
        chunk = chunk[:-1]
    cut = max(chunk.rfind(c) for c in _CUT + ",")
    words = chunk[cut + 1:].split()[-ROLE_WORDS:]
    role: list[str] = []
    written: list[str] = []
    owner = ""
    for w in reversed(words):
        low = w.lower()
        if low in OWNER_POSSESSIVES or (is_possessive(w) and w[:1].isupper()):
            owner = strip_possessive(low)
            break
        if low in _ROLE_BREAKS:
            return None  # "Secretary of State Ada Voss": the role's head is not next to the name
        if not (w[:1].isupper() or common_tag(w) in ("NN", "JJ", "VBN")) or low in ARTICLES:
            break
        role.insert(0, low)
        written.insert(0, w)
    if not role or common_tag(role[-1].rstrip(".")) in ("JJ", "IN", "DT", "CC") and len(role) == 1:
        return None
    head = role[-1]
    return Holder(ent, at, head.rstrip("."), head.endswith("."), role[-2].rstrip(".") if len(role) > 1 else "",
                  frozenset(w.rstrip(".") for w in role), owner, _countries(written, art.lex))


def read_mention(name: str, lex: Lexicon) -> RoleMention | None:
    """A speaker's phrase read as a role noun phrase, or None when it is none: "the judge",
    "The Tarn County judge", "his ex-wife", "Voss’s lawyer", "the two senators", "Judge"."""
    words = name.split()
    if not words or len(words) > MENTION_WORDS:
        return None
    first = words[0].lower()
    if first in ARTICLES or first in OWNER_POSSESSIVES:
        det, rest = first, words[1:]
    elif len(words) > 1 and is_possessive(words[0]) and words[0][:1].isupper():
        det, rest = strip_possessive(first), words[1:]  # "Voss’s lawyer"
    elif len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower():
        det, rest = "", [first]  # "Judge rejects …": a headline's bare role
    else:
        return None
    if "of" in rest[1:]:
        rest = rest[:rest.index("of")]  # "the former secretary of state": a secretary
    count = NUMBER_VALUES.get(rest[0].lower(), 0) if len(rest) > 1 else 0
    rest = rest[1:] if count else rest
    if not rest or not rest[-1].replace("-", "").isalpha() or not rest[-1].islower() and det:
        return None
    head = rest[-1].lower().removeprefix(FORMER_PREFIX)
    single, plural = _singular(head, lex)
    if single is None:
        return None
    if plural != bool(count) and count:
        return None
    heads: tuple = (single,)
    if common_tag(single) == "JJ" and len(rest) > 1 and rest[-2].lower() in lex.titles:
        heads = (rest[-2].lower(), single)  # "attorney general": the noun before the adjective
    elif common_tag(single) not in ("NN", None) and single not in lex.name_words.kinship:
        return None
    mods = frozenset(w.lower() for w in rest[:-len(heads)])
    return RoleMention(det, heads, mods, plural, count, _countries(rest[:-len(heads)], lex))


def _countries(words: list[str], lex: Lexicon) -> frozenset:
    """The countries ``words`` name by a name or demonym ("French", "U.S."), canonical."""
    actors = (lex.aliases.get(strip_possessive(w)) for w in words)
    return frozenset(a.canonical for a in actors if a is not None and a.type == "country")


def plural_role(name: str, lex: Lexicon) -> bool:
    """``name`` is a role noun phrase in the plural ("the councillors", "The two judges")."""
    mention = read_mention(name, lex)
    return mention is not None and mention.plural


def _singular(word: str, lex: Lexicon) -> tuple[str | None, bool]:
    """The role noun ``word`` stands for and whether it is plural ("judges" -> ("judge", True));
    (None, False) when it is no person's role."""
    roles = lex.titles | lex.name_words.kinship
    if word in roles and word not in lex.name_words.not_person:
        return word, False
    for single in (lex.plurals.get(word), word[:-3] + "man" if word.endswith("men") else None,
                   word[:-1] if word.endswith("s") else None):
        if single and single in roles and single not in lex.name_words.not_person:
            return single, True
    return None, False


def _fits(holder: Holder, mention: RoleMention, lex: Lexicon) -> bool:
    """The holder's role is the mention's: the same head (or one written as its abbreviation, or
    one of the same office), the same noun before an adjective head, and no lesser office on
    one side only ("the president" is not Vice-President Voss)."""
    head = mention.head[-1]
    same = next((s for s in lex.name_words.same_role if head in s), frozenset((head,)))
    if not (holder.head in same or holder.abbreviated and len(holder.head) >= MIN_ABBREVIATION
            and head.startswith(holder.head)):
        return False
    if len(mention.head) > 1 and holder.prev != mention.head[0]:
        return False
    if mention.countries and not mention.countries & holder.countries:
        return False  # "the Norvanian president" is not President Voss of another country
    lesser = lex.name_words.lesser
    return bool(holder.words & lesser) == bool(mention.mods & lesser)


def role_holder(sieve: _Sieve, found: tuple[Holder, ...], name: str, at: int) -> tuple[str, Entity | None] | None:
    """The person or people a role noun phrase ``name`` at offset ``at`` stands for.

    Parameters
    ----------
    sieve
        The sieve of the article (its entities, sentences and settled pronouns).
    found
        The article's :func:`holders`.
    name
        The speaker's phrase as written ("The Tarn County judge").
    at
        Its offset.

    Returns
    -------
    tuple or None
        (speaker, the entity) for one person; ("A and B", None) for a plural role; None when
        the phrase is no role, or no one or more than one person holds it.
    """
    art = sieve.art
    mention = read_mention(name, art.lex)
    if mention is None:
        return None
    apposed = None if mention.plural else _apposed(art, at + len(name)) if art.text.startswith(name, at) else None
    if apposed is not None:
        return apposed.name, apposed
    fits = [h for h in found if _fits(h, mention, art.lex)]
    if mention.plural:
        return _plural(fits, mention, at)
    starts = sieve.sentence_starts
    last = bisect.bisect_right(starts, at) + LATER_SENTENCES
    if mention.det in ("the", ""):  # (an owner's role, "Voss's lawyer", is one post however late named)
        fits = [h for h in fits if h.at < at or last >= len(starts) or h.at < starts[last]]
    if mention.det in INDEFINITE_ARTICLES:
        if bisect.bisect_right(starts, at) > LEDE_SENTENCES or any(h.at < at for h in fits):
            return None  # "a judge" after the lede, or beside a judge named before: someone new
    elif mention.det and mention.det != "the":
        fits = _owned(sieve, fits, mention, at)
    people = {id(h.ent): h.ent for h in fits}
    if len(people) != 1:
        return None
    ent = next(iter(people.values()))
    return (ent.name, ent) if " " in ent.name else None


def _apposed(art: ArticleIdentity, end: int) -> Entity | None:
    """The person named in an apposition right after a role that ends at ``end`` ("His wife,
    longtime Tarn Foods aide Ada Voss, said"): the first name within APPOSED_REACH closed by a
    comma, a dash or a bracket, with only a role's words between (no verb, no punctuation)."""
    text = art.text
    if not text.startswith(", ", end):
        return None
    k = first_at(art.places, end)
    while k < len(art.places) and art.places[k][0] - end <= APPOSED_REACH:
        at, ent = art.places[k]
        k += 1
        between = text[end + 2:at].split()
        if len(between) > ROLE_WORDS or any(not w[:1].isupper() and common_tag(w) not in ROLE_TAGS or w[-1:] in _CUT + ","
                                            for w in between):
            return None
        name = _NAME_RE.match(text, at)
        if name is not None and text[name.end():name.end() + 2] in (", ", " (", " —", ") ") and ent.kind == "person":
            return ent if " " in ent.name else None
    return None


def _plural(fits: list[Holder], mention: RoleMention, at: int) -> tuple[str, None] | None:
    """"the two judges", "the senators" -> "A and B": the people named with that role before
    ``at``, when there are two to MAX_HOLDERS of them (and as many as a count says)."""
    if mention.det != "the":
        return None
    people: dict = {}
    for h in fits:
        if h.at < at:
            people.setdefault(id(h.ent), h.ent)
    names = [e.name for e in people.values()]
    if not 2 <= len(names) <= MAX_HOLDERS or mention.count and len(names) != mention.count \
            or any(" " not in n for n in names):
        return None
    return ", ".join(names[:-1]) + " and " + names[-1], None


def _owned(sieve: _Sieve, fits: list[Holder], mention: RoleMention, at: int) -> list[Holder]:
    """Of ``fits``, those whose role is the mention owner's ("his lawyer": the lawyer introduced
    as his or as the owner's by name); a relation introduced with no owner ("wife Ada Voss") is
    anyone's; the owner is never the holder."""
    owner = _owner(sieve, mention.det, at)
    out = []
    for h in fits:
        if h.ent is owner:
            continue
        if not h.owner:
            if mention.head[-1] in sieve.art.lex.name_words.kinship:
                out.append(h)
            continue
        theirs = _owner(sieve, h.owner, h.at)
        if h.owner == mention.det or owner is not None and theirs is owner:
            out.append(h)
    return out


def _owner(sieve: _Sieve, word: str, at: int) -> Entity | None:
    """The person a possessive's owner ``word`` ("his", "voss") stands for at ``at``."""
    if word in PERSON_POSSESSIVES:
        return antecedent(sieve, at, PERSON_POSSESSIVES[word])
    if word in OWNER_POSSESSIVES:
        return None
    return sieve.art.link(word, at)


def chained_subject(sieve: _Sieve, at: int) -> Entity | None:
    """"Ada Voss spoke in Arnsby. The Norvian nominee was there hours after Per Lund left. The
    governor said …": the person at the head of the sentence before the one to CHAIN_SENTENCES
    sentences right before ``at`` that open with a role noun phrase as their subject (they go
    on about her, whoever else they name); None when no such sentence is there, or the one
    before names no one at its head."""
    starts = sieve.sentence_starts
    si = bisect.bisect_right(starts, at) - 1
    j = si - 1
    while j >= 0 and si - 1 - j < CHAIN_SENTENCES and _opens_with_role(sieve.art, starts[j], starts[j + 1]):
        j -= 1
    if j == si - 1 or j < 0:
        return None
    return sentence_subject(sieve, starts[j + 1])


def _opens_with_role(art: ArticleIdentity, a: int, b: int) -> bool:
    """The sentence [a, b) opens with "The", a singular role noun phrase and a word in lower
    case after it ("The Norvian vice presidential nominee was …"), no one's name inside it."""
    words = art.text[a:b].split()[:MENTION_WORDS + 1]
    if not words or words[0] != "The":
        return False
    for k in range(2, len(words)):
        low = words[k - 1].lower()
        if "," in low or art.by_word.get(low) and low not in art.lex.titles:
            return False  # an apposition, or a name: "The Voss campaign"
        mention = read_mention(" ".join(words[:k]), art.lex) if words[k].isalpha() and words[k].islower() else None
        if mention is not None:
            return not mention.plural and not mention.count
    return False
