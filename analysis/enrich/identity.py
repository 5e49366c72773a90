"""Who speaks, within one article: speaker mentions clustered into entities by a multi-pass sieve.

In the spirit of Stanford's deterministic coreference, passes from the most precise to the least:

1. names by shape: the name is split from its role ("Harbour pilot Ada Voss" -> "Ada Voss",
   role "Harbour pilot"), ALL CAPS read as Title Case, lone common words and bare plurals made
   anonymous (:mod:`analysis.enrich.names`);
2. exact and relaxed name match: the full name, the surname alone, the given name alone, a
   family name written first, an acronym and the body it abbreviates;
3. role nouns: "the governor" is the person the article introduced with that role (method
   ``nominal``); one the pass leaves unresolved ("the judge" named later, "his ex-wife", "the
   two senators") is read in :mod:`analysis.enrich.roles`;
4. pronouns, agreeing in number, gender and animacy: the nearest earlier sentence's leftmost
   person of the pronoun's gender, words inside statements skipped.

Each statement's ``speaker`` becomes its entity's most complete name in the article. A mention
the sieve cannot settle with confidence keeps what the first reading found, or no speaker.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .. import schema
from ..bundled import pos_lexicon
from ..lexicon import Lexicon
from ..nlp.words import (AFFILIATION_PREPOSITIONS, ARTICLES, BODY_PRONOUNS, DETERMINERS, HONORIFIC_SEXES, NAME_LINKS, PERSON_POSSESSIVES,
                         PRONOUNS, QUANTITY_WORDS)
from ..speakers import (ArticleSpeakers, Mention, names_thing)
from .countries import not_the_country, place_or_country
from .artifacts import artifact_head, speaker_of_artifact, speaker_who_introduced
from .entities import (MIN_ABBREVIATION, first_at, PLACES_REACH, _GLUED_RE,
                       ArticleIdentity, Entity, _key, _person_like, build, persons_of)
from .names import (common_tag, generic_kind, is_acronym, is_dated, is_fused, is_common, is_initial, name_start, strip_possessive,
                    title_case, without_place)
from .proper_names import apposed_names, bodies_opening, domain_names, full_forms, names_before, written_as_name
from .groups import coordinated_people, counted_group, people_before
from .short_forms import acronym_body, bracketed_acronyms, gendered_full_form
from .owned import holder, local_body, owner_by_gender, owns, state_body, subject_body
from .referents import NOMINAL_SENTENCES, SUBJECT_WORDS, antecedent, body_subject, first_person, sentence_subject
from .roles import chained_subject, plural_role, settle_role

__all__ = ["ArticleIdentity", "Entity", "build", "persons_of", "settle"]


# a common noun and "for" or "to" right before a name: "lawyers for", "advisers to both", "lawyers
# for both Karl and Ada Voss" (a given name and "and" before hers)
_ROLE_BEFORE_RE = re.compile(r"\b([A-Za-z][a-z]+)\s+(?:for|to)\s+(?:both\s+)?(?:[A-Z][\w’'-]*\s+and\s+)?(?:(?:"
                             + "|".join(re.escape(h.rstrip(".")) for h in HONORIFIC_SEXES) + r")\.?\s+)?$", re.IGNORECASE)
#: Characters before a mention read for "lawyers for": the noun, the preposition, "both", an honorific.
ROLE_BEFORE_REACH = 40
#: Letters cut from a role to find its stem in a modifier ("democrat" -> "democra", in "Democratic").
ROLE_STEM_CUT = 1
#: Shortest stem compared that way (shorter stems start too many words).
MIN_ROLE_STEM = 5
#: The speaker types of a body of people rather than one person ("the Harbour Board", "the
#: residents"): their mentions are resolved as bodies.
BODY_TYPES = frozenset(("organisation", "group"))
# a pronoun's contracted auxiliary: "he’s", "she'd", "they’ll"
_CONTRACTED_RE = re.compile(r"[’'](?:s|d|ll|ve|re)$")


@dataclass
class _Sieve:
    """What the passes share while they settle one article's statements in reading order."""

    art: ArticleIdentity
    sentence_starts: list
    inside: list  # statements' content spans, sorted: names inside are not antecedents
    said: list = field(default_factory=list)  # (offset, entity) of pronouns already settled
    renamed: dict = field(default_factory=dict)  # the first reading's speaker -> the sieve's
    bodies: list = field(default_factory=list)  # (offset, name) of the bodies that spoke, in reading order
    by_name: dict = field(default_factory=dict)  # entity name -> entity (names are settled by then)
    by_role: dict = field(default_factory=dict)  # role word as written -> entities so introduced
    named_bodies: dict = field(default_factory=dict)  # body head -> the names the article puts before it (_bare_body)
    name_uses: dict = field(default_factory=dict)  # common words written as a name -> their uses (proper_names)
    domain_names: frozenset = frozenset()  # words the article writes as a web address (proper_names.domain_names)
    apposed: frozenset | None = None  # one-word names set beside a body's noun (proper_names.apposed_names), on first use
    owned: dict = field(default_factory=dict)  # head -> the words written as its owner ("Voss’s campaign"; owned.owns)
    opening: dict = field(default_factory=dict)  # a lone demonym -> the bodies and people named with it (_not_a_country)
    holders: tuple | None = None  # where the article names people with a role (roles.holders), on first use


def settle(text: str, stmts: list, lex: Lexicon, resolver: ArticleSpeakers, sentence_starts: list[int]) -> dict:
    """Give each statement its speaker's entity: most complete name, type, method and title.

    Parameters
    ----------
    text
        The article.
    stmts
        Statements as extraction made them and the first reading resolved them, each with
        ``mention``, ``speaker``, ``speaker_type``, ``method``, ``inherit``, ``attr_pos``,
        ``start`` and ``end``; changed in place.
    lex
        The word lists.
    resolver
        The first reading's registry (its names and genders are evidence).
    sentence_starts
        Offsets of the article's sentences, in order.

    Returns
    -------
    dict
        Every short and full form of the people the article names -> the full name: what the
        actor mentions read (one copy of name linking).
    """
    speakers = tuple((s.mention.name_start, s.mention.name) for s in stmts
                     if s.mention is not None and s.inherit is None and s.speaker_type == "person")
    art = build(text, lex, resolver, speakers)
    art.acronyms.update({k: v for k, v in bracketed_acronyms(text).items() if k not in art.acronyms})
    sieve = _Sieve(art, list(sentence_starts), sorted((s.start, s.end) for s in stmts),
                   by_name={e.name: e for e in art.entities}, domain_names=domain_names(text))
    for ent in art.entities:
        for r in ent.roles:
            sieve.by_role.setdefault(r.rstrip("."), []).append(ent)
    for s in sorted(stmts, key=lambda s: s.attr_pos):
        if s.inherit is not None:
            src = s.inherit
            s.speaker, s.speaker_type, s.mention = src.speaker, src.speaker_type, src.mention
            continue
        if s.mention is not None:
            before, written = s.speaker, s.mention
            _settle_one(sieve, s)
            if written.antecedent is None and (s.speaker is None or s.speaker_type == "person"
                                               and plural_role(s.mention.name, lex)):
                settle_role(sieve, s)
            _clean(sieve, s)
            if written.antecedent is not None:  # "…, who said": the mention stays "who", the role is its antecedent's
                s.mention = written._replace(title=s.mention.title if s.mention is not written else written.title)
            if before and s.speaker != before and s.mention.name.lower() not in PRONOUNS:
                sieve.renamed.setdefault(before, s.speaker)
            if s.speaker and s.speaker_type == "organisation":
                sieve.bodies.append((s.mention.start, s.speaker))
    return persons_of(art)


def _clean(sieve: _Sieve, s) -> None:
    """Last look at a person the sieve did not link ("I" after a page label, "black Democrats"):
    no name by its shape is no speaker; a name in capitals is written in Title Case; an unnamed
    source written as a plural ("Harbour operators") is a group."""
    words = s.mention.name.split()
    if s.speaker and names_thing(s.speaker, sieve.art.lex):  # "Harbour Rule": a thing speaks for no one
        s.speaker, s.speaker_type = None, "anonymous"
        return
    if s.speaker is None and s.speaker_type == "anonymous" and s.mention.name.lower() not in PRONOUNS \
            and words[0].lower().split("-")[0] not in QUANTITY_WORDS and not words[0][:1].isdigit() \
            and common_tag(strip_possessive(words[-1])) in ("NNS", "NNPS"):  # (a share stays anonymous)
        s.speaker_type = "group"
    if s.speaker is None or s.speaker_type != "person":
        return
    if is_acronym(s.speaker) or is_fused(s.speaker):
        s.speaker_type = "organisation"  # "BPD", "NATO": a body's initials; "ShoreTech": two words in one
        return
    if " " not in s.speaker and (any(name == s.speaker for _, name in sieve.bodies[-PLACES_REACH:])
                                 or s.speaker in sieve.domain_names):
        s.speaker_type = "organisation"  # "Norvia declined": the body that spoke before, or "Norvia.com"'s
        return
    if " " not in s.speaker and not s.mention.title and s.speaker in _apposed(sieve):
        s.speaker_type = "organisation"  # "one company, Norvia, …": the body the article so calls
        return
    if s.speaker in sieve.by_name:
        return
    art = sieve.art
    honorific = ((s.mention.title or "").split() or [""])[-1].lower() in HONORIFIC_SEXES
    kind = None if honorific else generic_kind(strip_possessive(s.speaker), art.lex)
    if kind:
        s.speaker, s.speaker_type = None, kind
        return
    s.speaker = title_case(s.speaker)
    words = s.speaker.split()
    if len(words) >= 2 and not s.mention.title and not _person_like(words, art):
        s.speaker_type = "organisation"  # "Velgrad City": no person's name by its shape



def _apposed(sieve: _Sieve) -> frozenset:
    """The one-word names the article sets beside a body's noun, read on first use."""
    if sieve.apposed is None:
        sieve.apposed = apposed_names(sieve.art.text, sieve.art.lex.name_words.organisation)
    return sieve.apposed


def _settle_one(sieve: _Sieve, s) -> None:
    m: Mention = s.mention.antecedent or s.mention
    low = m.name.lower()
    if low not in PRONOUNS and _CONTRACTED_RE.sub("", low) in PRONOUNS and low[:1] != "i":  # "He’s claiming"
        low, s.method = _CONTRACTED_RE.sub("", low), schema.METHOD_PRONOUN
    group = coordinated_people(sieve.art, s.mention.text, m.start) if " and " in s.mention.text else None
    if group:  # "Ada Voss and Karl Lund said"
        s.speaker, s.speaker_type = group, "group"
    elif body := acronym_body(s.speaker, m.name, sieve.art.acronyms):  # "the NBO" -> "Norvanian Budget Office"
        s.speaker, s.speaker_type, s.method = body, "organisation", "alias"
    elif low in PRONOUNS:
        _pronoun(sieve, s, low)
    elif (s.speaker is None or s.speaker_type == "country") and _authored(sieve, s, m):
        pass
    elif s.mention.antecedent is None and (s.speaker_type == "person" or _ends_in_person(sieve.art, m.name)) \
            and _speaks_for(sieve.art.text, m.name_start):
        # "lawyers for Ada Voss say", "a spokeswoman for Ada Voss": the name is whom they speak for
        s.speaker, s.speaker_type = None, _speaks_for(sieve.art.text, m.name_start)
    elif s.speaker is None and _owned_body(sieve, s, m):
        pass
    elif (s.speaker is None or s.speaker.lower() == low) and _bare_body(sieve, s, m):
        pass
    elif _ends_in_person(sieve.art, m.name):
        _name(sieve, s, m)
    elif is_dated(m.name.split()[0]):  # "Monday’s Norvia Times poll": a date's possessive as a determiner
        _nominal(sieve, s, m)
    elif s.speaker_type == "country":
        _not_a_country(sieve, s, m)
    elif m.name.split()[0].lower() in DETERMINERS:
        _nominal(sieve, s, m)
    elif m.name[:1].isupper() and s.speaker_type == "person":
        _name(sieve, s, m)
    elif s.speaker and s.speaker_type in BODY_TYPES:
        _body(sieve, s, m)



def _authored(sieve: _Sieve, s, m: Mention) -> bool:
    """"a press release from Norvia Watch", "the statement": the thing's author speaks
    (:mod:`analysis.enrich.artifacts`)."""
    found = speaker_of_artifact(sieve.art, m)
    if found is None and artifact_head(m.name, sieve.art.lex):  # "… said in a statement. The statement added …"
        spoken = [(p, e.name, "person") for p, e in sieve.said] + [(p, n, "organisation") for p, n in sieve.bodies]
        found = speaker_who_introduced(sieve.art.text, m, sieve.sentence_starts, sorted(spoken), sieve.art.lex)
    if found is not None:
        s.speaker, s.speaker_type = found
    return found is not None


def _speaks_for(text: str, at: int) -> str | None:
    """"group" or "anonymous" when the name at ``at`` follows a common noun and "for" or "to"
    ("lawyers for", "a spokeswoman for", "advisers to Mr."): those who speak for the person."""
    found = _ROLE_BEFORE_RE.search(text, max(0, at - ROLE_BEFORE_REACH), at)
    tag = common_tag(found.group(1)) if found else None
    return {"NN": "anonymous", "NNS": "group"}.get(tag) if tag else None


def _body(sieve: _Sieve, s, m: Mention) -> None:
    """A body's name: its role split off ("top harbour operator Norvia" -> "Norvia"); common words
    that name no one ("Record of The Week", "Officials") made anonymous."""
    art = sieve.art
    words = m.name.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    staff = k >= 2 and words[k - 1] in AFFILIATION_PREPOSITIONS and common_tag(words[k - 2]) == "NNS"
    owner = next((j + 1 for j, w in enumerate(words[:-1]) if strip_possessive(w) != w
                  and place_or_country(art, strip_possessive(w)) and words[j + 1][:1].isalnum()), 0)
    if owner and s.speaker.replace("’", "'") == m.name.replace("’", "'"):  # "Norvania's Court of Appeal": the court, the place its role
        cut = m.name_start + len(" ".join(words[:owner])) + 1
        s.mention = m = m._replace(name=m.text[cut - m.start:m.name_end - m.start],
                                   title=m.text[:cut - m.start].strip(), name_start=cut)
        s.speaker = " ".join(words[owner:])
        return
    if 0 < k < len(words) and words[k - 1].islower() and words[k - 1] not in NAME_LINKS \
            and s.speaker == m.name and (common_tag(words[k - 1]) in ("NN", "JJ") or staff):
        # "top harbour operator Norvia", "researchers at Norvia Labs": the body, its people the role
        cut = m.name_start + len(" ".join(words[:k])) + 1
        s.mention = m._replace(name=m.text[cut - m.start:m.name_end - m.start], title=m.text[:cut - m.start].strip(), name_start=cut)
        s.speaker = " ".join(words[k:])
    kind = generic_kind(s.speaker, art.lex)
    if kind == "group" or (kind and (" " in s.speaker or common_tag(s.speaker) != "NN")):  # ("Politico" stays)
        s.speaker, s.speaker_type = None, kind


def _not_a_country(sieve: _Sieve, s, m: Mention) -> None:
    """A country's word that does not make the country the speaker (:mod:`analysis.enrich.countries`)."""
    word = m.name if " " not in m.name else None
    named = ((), ())
    if word is not None:  # a lone demonym: whom the article names with it ("Norvanian Airways")
        named = sieve.opening.get(word)
        if named is None:
            art = sieve.art
            named = sieve.opening[word] = (bodies_opening(art.text, word, art.lex.name_words.organisation),
                                           tuple(full_forms(art.text, word, art.first_names)))
    body = state_body(m.name, sieve.art.lex)  # a state body ("the Norvia Ministry" as an alias): the body, not the country
    found = (body, "organisation") if body else not_the_country(sieve.art, m.name, s.speaker, bodies=named[0], people=named[1])
    if found is not None:
        s.speaker, s.speaker_type = found


def _ends_in_person(art: ArticleIdentity, name: str) -> bool:
    """"Republican presidential nominee Ada Voss", "Vice-Premier Ada Voss of Eastmarch": a role,
    then a given name and a surname (the first reading took the phrase for a body's name)."""
    words = without_place(name.split())
    k = name_start(words, art.lex.titles, art.first_names)
    cut = any(is_common(w, art.first_names) and not w.islower() and w.lower() not in DETERMINERS for w in words[:k])
    return len(words) - k >= 2 and (any(w.islower() or strip_possessive(w) != w for w in words[:k])
                                    or len(words) < len(name.split())) \
        and (words[k].lower() in art.first_names or is_initial(words[k])) \
        and _person_like(words[k:], art, cut_common=cut)  # ("a New | York Times" is no person)


def _name(sieve: _Sieve, s, m: Mention) -> None:
    """Passes 1-2: split the role off by shape, drop what names nobody, link to the entity."""
    art = sieve.art
    words = without_place(m.name.split())
    glued = [j for j, w in enumerate(words[:-1]) if _GLUED_RE.search(w)]
    if glued:  # "… Starting Line.2 Ada Voss": a page's run-together text before the name
        cut = m.name_start + len(" ".join(words[:glued[-1] + 1])) + 1
        words = words[glued[-1] + 1:]
        m = m._replace(name=" ".join(words), name_start=cut)
        s.mention = m
    if len(words) < len(m.name.split()):  # the place goes: "Ada Voss of Eastmarch" is Ada Voss
        m = m._replace(name=" ".join(words), name_end=m.name_start + len(" ".join(words)))
        s.mention = m
    if words and strip_possessive(words[-1]) != words[-1] and len(words) == 1:
        words = [strip_possessive(words[-1])]  # "Editor’s note": a page label
    k = name_start(words, art.lex.titles, art.first_names)
    if k == len(words):
        return  # no name at its end ("Hospital chief"): the first reading's answer stands
    if 0 < k < len(words):
        cut = m.name_start + len(" ".join(words[:k])) + 1
        role = m.text[:cut - m.start].strip()
        s.mention = m = m._replace(name=m.text[cut - m.start:m.name_end - m.start], title=role, name_start=cut)
        words = words[k:]
    words = [strip_possessive(w) for w in words]
    name = " ".join(words)
    gender = HONORIFIC_SEXES.get((m.title or "").split()[-1].lower()) if m.title else None
    # "Voss" where the article writes only "Mr. Voss": not Ada Voss
    implied = gender or (art.honorific.get(_key(words[0])) if len(words) == 1 else None)
    if len(words) == 1:
        ent = art.link(words[0], m.name_start, implied)
        full = gendered_full_form(art.text, words[0], gender, art.first_names) if ent is None and gender else None
        if full:  # "Mr. Lund", where the one man so named is written only inside "the Jon Lund Prize"
            s.speaker, s.speaker_type = full, "person"
            return
        if ent is None and is_acronym(words[0]) and words[0] in art.acronyms:
            s.speaker, s.speaker_type, s.method = art.acronyms[words[0]], "organisation", "alias"
            return
        if ent is None and len(art.by_word.get(_key(words[0]), ())) > 1:
            s.speaker = None  # "Clinton" with two Clintons and neither named before: not guessed
            return
    else:
        ent = art.full(words)
    if ent is not None:
        s.speaker, s.speaker_type = ent.name, "person"
        if gender and ent.gender is None:
            ent.gender = gender
        if s.method == "explicit" and len(words) < len(ent.name.split()):
            s.method = "alias"
        bisect.insort(sieve.said, (m.name_start, ent), key=lambda p: p[0])
        return
    known = sieve.by_name.get(s.speaker)
    clash = bool(implied) and known is not None and known.gender not in (implied, None)
    if s.speaker and s.speaker != m.name and not clash and (name.lower() in art.lex.titles or s.method == "alias" and (
            _person_like(s.speaker.split(), art) and not _GLUED_RE.search(s.speaker) or " " not in s.speaker)):
        return  # the first reading linked it ("Mayor" in a headline: the one mayor the article names)
    kind = None if gender else generic_kind(name, art.lex)  # ("Mr. Brand" is a name)
    if kind and not any(e.kind == "person" for w in words for e in art.by_word.get(_key(w), ())) \
            and written_as_name(art.text, name, m.name_start, uses=sieve.name_uses):
        # "…, Beacon reported": a name written in common words (a person's, when the article gives
        # it in full: "Per Law" for "Law"; a body's, when it gives none; two full forms: no guess)
        full = full_forms(art.text, name, art.first_names)
        s.speaker, s.speaker_type = (full[0], "person") if len(full) == 1 else (None, kind) if full \
            else (name, "organisation")
        return
    if kind:  # no one the article names, and no name by its shape: "Falsely", "Officials"
        s.speaker, s.speaker_type = None, kind
    else:
        s.speaker = title_case(name)


def _nominal(sieve: _Sieve, s, m: Mention) -> None:
    """Pass 3: "the governor", "the former mayor" -> the person the article gave that role;
    "the Voss campaign", "a Harbour Times poll" -> the body so named."""
    if s.speaker is not None and not is_dated(m.name.split()[0]):
        return  # the first reading named it (a body: "the union" -> the union named before)
    body = _named_body(sieve.art, m.name.split()) or local_body(m.name.split(), sieve.art.text, sieve.art.lex)
    if body:
        s.speaker, s.speaker_type = body, "organisation"
        return
    if m.name.split()[0].lower() != "the":
        return  # "a judge" brings in someone new
    group = counted_group(sieve.art, m.name, m.start, m.end, sieve.sentence_starts)
    if group:  # "The two lawmakers" just named together
        s.speaker, s.speaker_type, s.method = group, "group", schema.METHOD_NOMINAL
        return
    words = [w.lower() for w in m.name.split()[1:]]
    if not words or not words[-1].isalpha() or common_tag(words[-1]) not in ("NN",) and (
            words[-1] in pos_lexicon() or not m.name.split()[-1].islower()):  # (a rare noun: "defenceman")
        return
    head, mods = words[-1], set(words[:-1]) - {"former"}
    lesser = sieve.art.lex.name_words.lesser - mods  # "the president" is not the vice-president
    cands = [e for e in _with_role(sieve, head) if not e.roles & lesser]
    cands = [e for e in cands if " " in e.name] or (
        cands if head in sieve.art.lex.titles else [])  # ("President Voss", never named in full)
    if not cands:
        _role_of_last_subject(sieve, s, m, head)
        return
    best = max(len(mods & e.roles) for e in cands)
    cands = [e for e in cands if len(mods & e.roles) == best]
    ent = _nearest(sieve, cands, m.start) or (cands[0] if len(cands) == 1 else None)
    if ent is not None:
        s.speaker, s.speaker_type, s.method = ent.name, "person", schema.METHOD_NOMINAL
        bisect.insort(sieve.said, (m.start, ent), key=lambda p: p[0])


def _role_of_last_subject(sieve: _Sieve, s, m: Mention, head: str) -> None:
    """"Ada Voss says … . The Republican nominee noted …": a role noun no one was introduced
    with names the person at the head of the nearest sentence before that names someone, when
    that person is its subject (a new person would be named; one named mid-sentence is a guess)."""
    art = sieve.art
    lex = art.lex
    if head in lex.name_words.organisation or head not in lex.titles and head not in lex.name_words.female and head not in lex.name_words.male:
        if head in lex.name_words.not_person:
            _body_of_last_subject(sieve, s, m)  # "the company", "the study": a body or its work
        return
    gender = "f" if head in lex.name_words.female else "m" if head in lex.name_words.male else None
    mods = [w.lower() for w in m.name.split()[1:-1]]
    if any(is_acronym(w) for w in m.name.split()[1:-1]):
        return  # "The NHB director": the head of a body, someone the article has not named so
    starts = sieve.sentence_starts
    own = starts[bisect.bisect_right(starts, m.start) - 1] if starts and starts[0] <= m.start else 0
    if first_person(sieve, own, m.start)[0] is not None:
        return  # "Lund said that …, and the senator …": someone named nearer, in the same sentence
    ent = sentence_subject(sieve, m.start) or chained_subject(sieve, m.start)
    if ent is not None and " " in ent.name and (gender is None or ent.gender in (gender, None)) \
            and not any(r != head and r in lex.titles and common_tag(r) == "NN" and not _modifies(r, mods)
                        for r in ent.roles):
        # (one introduced as "the mayor" is not "the candidate"; "a Democrat" is "the Democratic nominee")
        s.speaker, s.speaker_type, s.method = ent.name, "person", schema.METHOD_NOMINAL
        bisect.insort(sieve.said, (m.start, ent), key=lambda p: p[0])


def _modifies(role: str, mods: list[str]) -> bool:
    """The role ``role`` is one of the modifiers ``mods`` of a role noun, or shares its stem
    ("democrat" in "the Democratic nominee")."""
    stem = role[:len(role) - ROLE_STEM_CUT]
    return any(w == role or len(stem) >= MIN_ROLE_STEM and w.startswith(stem) for w in mods)


def _body_of_last_subject(sieve: _Sieve, s, m: Mention) -> None:
    """"Norvia Corp. said … . The company said …": a body's common noun is the body that spoke
    at the head of the nearest sentence before that has a subject (a person there: no one)."""
    starts = sieve.sentence_starts
    si = bisect.bisect_right(starts, m.start) - 1
    for j in range(si - 1, max(-1, si - 1 - NOMINAL_SENTENCES), -1):
        a, b = starts[j], starts[j + 1]
        body = next(((pos, name) for pos, name in sieve.bodies if a <= pos < b), None)
        ent, at = first_person(sieve, a, b)
        if ent is not None and (body is None or at < body[0]):
            return  # a person comes first there: "the company" may be theirs
        if body is not None:
            words_before = sieve.art.text[a:body[0]].split()
            if len(words_before) <= SUBJECT_WORDS and not any("," in w for w in words_before):
                s.speaker, s.speaker_type, s.method = body[1], "organisation", schema.METHOD_NOMINAL
            return


def _owned_body(sieve: _Sieve, s, m: Mention) -> bool:
    """"Voss’s campaign", "her campaign" -> "Voss campaign": a body a person owns, named by the
    owner's surname and the body's head; "the campaign" -> the body with that head that spoke last."""
    words = m.name.split()
    if len(words) > 2 and words[-1].islower() and all(w[:1].isupper() for w in words[:-1]) \
            and strip_possessive(words[-2]) != words[-2]:  # "Ada Voss’s campaign": the person's surname
        owner = [strip_possessive(w) for w in words[:-1]]
        ent = sieve.art.full(owner)
        if ent is not None and ent.kind == "person":
            words = [ent.name.split()[-1] + "’s", words[-1]]
        elif ent is None and (2 <= len(owner) <= 3 and _person_like(owner, sieve.art)
                              or words[0].lower() in sieve.art.first_names and len(words) == 3):
            words = [owner[-1] + "’s", words[-1]]  # "Ada Voss’s campaign" where she is named only there
    if len(words) != 2 or words[1].lower() not in sieve.art.lex.name_words.organisation or not words[1].islower():
        return False
    owner, head = words[0], words[1]
    if owner.lower() in PERSON_POSSESSIVES:
        ent = owner_by_gender(sieve, m.start, PERSON_POSSESSIVES[owner.lower()], head)
        name = ent.name.split()[-1] if ent is not None else None
    elif owner.lower() == "the":
        name = _subject_owns(sieve, m.start, head) or next((n for pos, n in reversed(sieve.bodies[-PLACES_REACH:])
                     if pos < m.start and n.lower().endswith(" " + head)), None)
        if name:
            s.speaker, s.speaker_type, s.method = name, "organisation", "alias"
        return name is not None
    elif strip_possessive(owner) != owner and owner[:1].isupper():
        name = strip_possessive(owner)
    else:
        return False
    held = holder(sieve, head, name, m.start) if name else None
    if name:  # "her office": the one who holds it
        s.speaker, s.speaker_type = (held, "person") if held else (f"{name} {head}", "organisation")
    return name is not None


def _bare_body(sieve: _Sieve, s, m: Mention) -> bool:
    """"Police said …" -> "Eastmarch police", when that is the one body of that head the article
    names by place ("the Eastmarch police chief"): a bare body head is the one the article is about."""
    words = m.name.split()
    if len(words) != 1 or words[0].lower() not in sieve.art.lex.name_words.organisation or not words[0].isalpha():
        return False
    head = words[0].lower()
    names = sieve.named_bodies.get(head)
    if names is None:  # once per head and article: a scan of the text for each "Police said" is quadratic
        names = sieve.named_bodies[head] = names_before(sieve.art.text, head)
    if len(names) != 1:
        return False
    s.speaker, s.speaker_type, s.method = f"{next(iter(names))} {head}", "organisation", schema.METHOD_ALIAS
    return True


def _subject_owns(sieve: _Sieve, at: int, head: str) -> str | None:
    """"Ada Voss plans a tour. The campaign says …": "Voss campaign", when the person at the head
    of the sentence before is written elsewhere in the article as owning a body of that head
    ("Voss’s campaign", "the Voss campaign")."""
    ent = sentence_subject(sieve, at)
    if ent is None or " " not in ent.name:
        return None
    surname = ent.name.split()[-1]
    return f"{surname} {head}" if owns(sieve, surname, head) else None


def _named_body(art: ArticleIdentity, words: list[str]) -> str | None:
    """"The Voss administration" -> "Voss administration", "the progressive Institute for Harbour
    Studies" -> "Institute for Harbour Studies": a determiner, words in lower case, then a name
    in capitals and at most one noun after it that is no person's role and no plural."""
    if words[0].lower() not in ARTICLES and not is_dated(words[0]):
        return None  # "many Democrats", "some officials": a part of a group
    k = 1
    while k < len(words) and words[k].islower() and common_tag(words[k]) == "JJ":
        k += 1
    if k == len(words) or len(words) - k > 6:
        return None
    rest = words[k:]
    tail = rest[-1]
    if tail.islower():
        if len(rest) < 2 or strip_possessive(tail) not in art.lex.name_words.organisation:
            return None  # "the CIA base chief" is a person, "the Voss ad" no speaker
        caps = rest[:-1]
    elif len(rest) < 2:
        return None  # "the Republicans": a group
    else:
        caps = rest
    if not all(w[:1].isupper() or w.lower() in NAME_LINKS for w in caps):
        return None
    if len(caps) == 1 and caps[0].lower() in art.lex.titles:
        return None
    return " ".join(strip_possessive(w) if w is rest[-1] else w for w in rest)


def _with_role(sieve: _Sieve, head: str) -> list:
    """The entities introduced with role ``head`` as written or abbreviated ("Sen." for
    "senator", "Gov." for "governor"), each once, in the article's order."""
    found: dict = {}
    for n in [len(head)] + list(range(MIN_ABBREVIATION, len(head))):
        for ent in sieve.by_role.get(head[:n], ()):
            found.setdefault(id(ent), ent)
    return list(found.values())


def _nearest(sieve: _Sieve, cands: list, at: int) -> Entity | None:
    """Of ``cands``, the one named last before ``at``."""
    places = sieve.art.places
    k = first_at(places, at)
    for j in range(k - 1, max(-1, k - 1 - PLACES_REACH), -1):
        if places[j][1] in cands:
            return places[j][1]
    return None


def _pronoun(sieve: _Sieve, s, low: str) -> None:
    """Pass 4: a pronoun agrees with its referent in number, gender and animacy."""
    kind, gender = PRONOUNS[low]
    if s.speaker in sieve.renamed:  # the first reading's referent, under the name the sieve gave it
        s.speaker = sieve.renamed[s.speaker]
        person = s.speaker in sieve.by_name
        s.speaker_type = "person" if person else s.speaker_type if s.speaker else "anonymous"
    group = people_before(sieve.art, sieve.sentence_starts, s.mention.start) if low == "they" else None
    if group:  # "Ada Voss and Karl Lund did respond … They also backed …"
        s.speaker, s.speaker_type = group, "group"
        return
    body = body_subject(sieve, s.mention.start, low == "they") if low in BODY_PRONOUNS else None
    if body:  # "The Harbour Board shut the quay since it argued …": the sentence's subject
        s.speaker, s.speaker_type = body, "group" if low == "they" else "organisation"
        return
    body = subject_body(sieve, s.mention.start, low) if low in BODY_PRONOUNS else None
    if body:  # "… because it claimed", "The city wrote … . It claims", "Voss’s campaign … . They say"
        s.speaker, s.speaker_type = body, "organisation"
        return
    if kind != "person":
        if s.speaker_type == "person":  # "it" or "they" is never one person
            s.speaker, s.speaker_type = None, "group" if kind == "group" else "anonymous"  # "they", "we"
        elif s.speaker_type == "country" and low == "they":
            s.speaker, s.speaker_type = None, "group"  # a country is "it"; "they" are people unnamed
        return
    if gender is None:
        return  # "I": the first reading's speaker of the quote
    at = s.mention.start
    ent = antecedent(sieve, at, gender)
    if ent is None:
        s.speaker, s.speaker_type = None, "anonymous"
        return
    if ent.gender is None:
        ent.gender = gender
    s.speaker, s.speaker_type = ent.name, "person"
    bisect.insort(sieve.said, (at, ent), key=lambda p: p[0])
