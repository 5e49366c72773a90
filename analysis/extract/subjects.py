"""The speaker phrase before a cue: "Rubio [also] said", "people familiar with the talks
said", "Voss, who said", and the subject of the clause a participle or coordinated cue hangs from."""
from __future__ import annotations

import re

from ..bundled import pos_lexicon
from ..nlp.document import Document, Unit, token_before
from ..nlp.tags import APPOSITIVE_OPENERS, FINITE_TAGS, NOUN_TAGS, ROLE_OPENER_TAGS
from ..lexicon import Lexicon
from ..nlp.words import (AFFILIATION_PREPOSITIONS, APPOSITIVE_WORDS, CLOSING_QUOTES, ASIDE_CLAUSE_OPENERS, CLAUSE_OPENERS, COMPLEMENT_WORDS, COORDINATORS,
                         MODIFIER_PREPOSITIONS, NAME_PREPOSITIONS, OBJECT_CASE_PRONOUNS, OPENING_SUBORDINATORS, PARTICIPLE_AUXILIARIES, PRONOUNS,
                         REDUCED_RELATIVE_HEADS, RELATIVE_PRONOUNS, REPORT_BE_FORMS, SUBORDINATORS, TIME_WORDS,
                         TIME_WORD_LEADS)
from ..speakers import Mention, is_capitalised, make_mention, names_place, np_start, relative_mention
from ..text import Token
from .phrases import hometown_before, with_role

#: Asides stepped over between a subject and its cue (a bracket, dashes, appositions, a
#: hometown): more is a run of clauses, not one subject's asides.
MAX_ASIDES = 4
#: Fewest capitals in a body's initials after ", or" ("HF").
MIN_INITIALS = 2
#: Longest aside between dashes, in tokens ("Orm -- co-author of a guide -- said").
DASH_ASIDE_TOKENS = 25
#: Longest apposition between commas, in tokens ("Trump, speaking Wednesday at the White House, said").
COMMA_ASIDE_TOKENS = 35


def subject_before(a: Document, u: Unit, ci: int, *, restrictive: bool = False) -> Mention | None:
    """The speaker phrase right before the cue at local token index ``ci`` ("Rubio [also] said").

    ``restrictive`` lets a relative pronoun with no comma before it speak ("economists who
    argue that …"): right for reported speech, not for a quote that follows ("told a voter who
    said “…”" quotes the sentence's speaker).

    Answers are kept per unit: the search may step back phrase by phrase ("people familiar with
    the talks said"), and a sentence of such phrases cost the square of its length without."""
    if u.subjects is None:
        u.subjects = {}
    key = (ci, restrictive)
    if key not in u.subjects:
        u.subjects[key] = _find_subject_before(a, u, ci, restrictive)
    return u.subjects[key]


def _find_subject_before(a: Document, u: Unit, ci: int, restrictive: bool) -> Mention | None:
    """The search :func:`subject_before` keeps the answers of, in named steps."""
    toks = a.toks(u)
    tags = a.tags(u)
    j = _skip_to_subject(toks, tags, ci, a.lex)
    if j is None:
        return None
    passed = _pass_asides(a, toks, tags, j)
    if passed is None:
        return None
    j, aside = passed
    special = _special_subject(a, u, j, restrictive)
    if special is not _NOT_SPECIAL:
        return special
    return _noun_subject(a, u, j, aside)


def _skip_to_subject(toks: list[Token], tags: list[str], ci: int, lex: Lexicon) -> int | None:
    """Local index of the last word of what may be the subject before the cue at ``ci``, past
    adverbs, "went on to", a time ("Trump on Tuesday dismissed"); None for a form of *be*."""
    j = ci - 1
    while j >= 0 and (toks[j][2].lower() in lex.adverbs and tags[j] not in NOUN_TAGS or manner_adverb(toks[j][2])):
        j -= 1  # "Rubio only briefly explained"
    if j >= 2 and toks[j][2].lower() == "to" and (toks[j - 1][2].lower() == "on"
                                                  or toks[j - 1][2].lower() in lex.going_on_verbs):
        j -= 2 if toks[j - 1][2].lower() == "on" else 1  # "he went on to say", "she continued to argue"
        if j >= 0 and toks[j][2].lower() in lex.going_on_verbs:
            j -= 1
        while j >= 0 and toks[j][2].lower() in lex.adverbs and tags[j] not in NOUN_TAGS:
            j -= 1
    if j >= 1 and (toks[j][2].lower() in TIME_WORDS or YEAR_RE.fullmatch(toks[j][2])) \
            and toks[j - 1][2].lower() in TIME_WORD_LEADS:
        j -= 2  # "Trump on Tuesday dismissed"
        while j >= 0 and toks[j][2].lower() in lex.adverbs and tags[j] not in NOUN_TAGS:
            j -= 1
    if j < 0 or toks[j][2].lower() in REPORT_BE_FORMS:
        return None
    return j


def _pass_asides(a: Document, toks: list[Token], tags: list[str], j: int) -> tuple[int, tuple | None] | None:
    """Step back over what stands between subject and cue: "(D-Ill.)", dashes, appositives
    ("Trump, speaking Wednesday at the White House, said"; "Scott Lind, the mayor of Eastbrook,
    one of the towns suing, said"). The new ``j`` and the last appositive passed over ("Its
    general secretary, [Mira Kallan], said"), or None when no subject can stand there."""
    aside = None
    for _ in range(MAX_ASIDES):
        if j >= 0 and toks[j][2] == ")":
            k = j
            while k >= 0 and toks[k][2] != "(":
                k -= 1
            j = k - 1
            continue
        if j >= 2 and (toks[j][2] in ("—", "–") or toks[j][2] == "-" and (
                toks[j - 1][2] == "-" or toks[j - 1][1] < toks[j][0])):
            j = _before_dash(toks, j)
            if j is None:
                return None
            continue
        c = _alias_comma(toks, j)
        if c is not None:  # "the Harbour Fund, or HF, said": the body's initials are one more aside
            step = _comma_aside(a, toks, tags, c)
            j, aside = step if step is not None else (c - 1, aside)
            continue
        if j >= 0 and toks[j][2] != "," and aside is not None:
            j, aside = _second_apposition(a, toks, tags, j, aside)
            break
        if j < 0 or toks[j][2] != ",":
            break
        step = _comma_aside(a, toks, tags, j)
        if step is None:
            return None
        j, aside = step
    if j < 0:
        return None
    return j, aside


def _alias_comma(toks: list[Token], j: int) -> int | None:
    """The comma before ", or HF" (an alias in capital initials, perhaps with its own comma)
    ending at ``j``, else None."""
    if j >= 1 and toks[j][2] == ",":
        j -= 1
    word = toks[j][2] if j >= 0 else ""
    if j >= 3 and toks[j - 1][2] == "or" and toks[j - 2][2] == "," \
            and len(word) >= MIN_INITIALS and word.isalpha() and word.isupper():
        return j - 2
    return None


def _before_dash(toks: list[Token], j: int) -> int | None:
    """Before an aside between dashes ending at ``j``: "Dockworkers — and some owners — say",
    "Orm -- co-author of a guide -- said", "the union - which backs the strike - said" (a hyphen
    with spaces is a dash). None when the first dash is not found."""
    dash = toks[j][2]
    double = dash == "-" and toks[j - 1][2] == "-"
    k = j - (2 if double else 1)
    while k > 0 and j - k < DASH_ASIDE_TOKENS and toks[k][2] not in (dash, ".", ";", ":"):
        k -= 1
    if k > 0 and toks[k][2] == dash:
        return k - (2 if double and toks[k - 1][2] == "-" else 1)
    return None


def _second_apposition(a: Document, toks: list[Token], tags: list[str], j: int, aside: tuple) -> tuple[int, tuple]:
    """A second apposition: "Jon Brekk, president of the Harbour Fund, a lobby group, said"."""
    k = j
    while k > 0 and j - k < 10 and toks[k][2] not in ",.;:" and not a.in_quote(toks[k][0]):
        k -= 1
    role = toks[k + 1][2].lower() in a.lex.titles or tags[k + 1] in ("DT", "PRP$")
    if k > 1 and toks[k][2] == "," and role and not has_main_verb(toks, tags, k + 1, j + 1) \
            and is_capitalised(toks[k - 1][2]) and tags[k - 1] in NOUN_TAGS:
        first = np_start(toks, tags, 0, k - 1, a.lex)
        if not (first > 0 and tags[first - 1] in ("IN", "TO")):  # not "In Arnsby, the mayor, …"
            return k - 1, (k + 1, j)
    return j, aside


def _comma_aside(a: Document, toks: list[Token], tags: list[str], j: int) -> tuple[int, tuple] | None:
    """Before an aside between commas ending at the comma ``j`` (and a hometown or an age
    before it): the new ``j`` and the aside, or None when the commas hold a clause."""
    k = j - 1
    while k >= 0 and toks[k][2] != ",":
        if toks[k][2] in ".;:" and not (k + 1 < len(toks) and toks[k + 1][2] in "),") \
                or a.in_quote(toks[k][0]):
            return None
        k -= 1
    if k < 1 or j - k > COMMA_ASIDE_TOKENS:
        return None
    opener = toks[k + 1][2].lower()
    if not (tags[k + 1] in APPOSITIVE_OPENERS or opener in APPOSITIVE_WORDS):
        return None
    if opener not in APPOSITIVE_WORDS and has_main_verb(toks, tags, k + 1, j):
        return None  # a clause, not an aside: "Earlier in the day, Voss attacked the plan, saying"
    aside = (k + 1, j - 1)
    j = k - 1
    home = hometown_before(toks, j)
    if home is not None:
        j = home  # "Lina Aro, 59, of Arnsby, who …, said": the hometown is one more aside
    if j >= 2 and tags[j] == "CD" and toks[j - 1][2] == ",":
        j -= 2  # "Ramil Carr, 31, a photographer, said": the age is one more aside
    return j, aside


#: What :func:`_special_subject` returns when no special form of subject ends at ``j``.
_NOT_SPECIAL = object()


def _special_subject(a: Document, u: Unit, j: int, restrictive: bool):
    """A subject of a form of its own ending at ``j``: "those surveyed", "those around her",
    "many of whom", a relative pronoun, a personal pronoun, "Six in 10"; None for a participle
    ("Having announced …"); ``_NOT_SPECIAL`` otherwise."""
    toks, tags = a.toks(u), a.tags(u)
    if tags[j] == "VBN" and j >= 1 and (toks[j - 1][2].lower() in REDUCED_RELATIVE_HEADS or tags[j - 1] == "NNS") \
            and toks[j][2].lower() in a.lex.reduced_relatives:
        k = np_start(toks, tags, 0, j - 1, a.lex)  # "those surveyed said", "voters polled say"
        return make_mention(a.text, toks, k, j, a.lex)
    if toks[j][2].lower() in OBJECT_CASE_PRONOUNS and j >= 2 and tags[j - 1] in ("IN", "TO") \
            and toks[j - 1][2].lower() != "of":
        h = j - 2  # "those around her admit", "crews close to him say"
        if tags[h] in ("JJ", "VBN", "VBG", "VB") and h >= 1 and tags[h - 1] in NOUN_TAGS:
            h -= 1
        if tags[h] in NOUN_TAGS or tags[h] == "DT":
            return make_mention(a.text, toks, np_start(toks, tags, 0, h, a.lex), j, a.lex)
    if toks[j][2] == "whom" and j >= 2 and toks[j - 1][2] == "of" and tags[j - 2] in ("DT", "JJ", "CD", "NN"):
        return make_mention(a.text, toks, j - 2, j, a.lex)  # "…, many of whom say"
    if toks[j][2] in RELATIVE_PRONOUNS:  # lower case: "Who" in a headline is not a relative
        return relative_subject(a, u, j, restrictive=restrictive)
    head = toks[j][2]
    if head.lower() in PARTICIPLE_AUXILIARIES:
        return None  # "Having announced that …, Captain Brekk …": a participle, not a speaker
    if head.lower() in PRONOUNS and head.lower() not in ("it",) or head.lower() == "it":
        if j > 0 and tags[j - 1] in NOUN_TAGS:
            return None
        return make_mention(a.text, toks, j, j, a.lex)
    if tags[j] == "CD" and j >= 2 and toks[j - 1][2].lower() == "in" and tags[j - 2] == "CD":
        return make_mention(a.text, toks, j - 2, j, a.lex)  # "Six in 10 say"
    return _NOT_SPECIAL


def _noun_subject(a: Document, u: Unit, j: int, aside: tuple | None) -> Mention | None:
    """The noun phrase ending at ``j`` as the subject, or the name in apposition to it."""
    toks, tags = a.toks(u), a.tags(u)
    head = toks[j][2]
    if tags[j] not in NOUN_TAGS and not (is_capitalised(head) and tags[j] not in ("PRP", "IN", "CC", "DT")) \
            and head.lower() not in a.lex.titles:  # "the hospital chief warns": a role is a noun
        return None
    if head.lower() in TIME_WORDS and not (j >= 2 and tags[j - 1] == "VBN"):
        return None  # "in June said", "at one point said": a time, not a speaker
    if head.lower() in TIME_WORDS and j >= 2 and tags[j - 1] == "VBN":
        j -= 2  # "a poll published Sunday found": the poll, not Sunday
        if tags[j] not in NOUN_TAGS:
            return None
        k = np_start(toks, tags, 0, j, a.lex)
        return make_mention(a.text, toks, k, j + 2, a.lex)
    if a.in_quote(toks[j][0]):
        return None
    k = np_start(toks, tags, 0, j, a.lex)
    k, j = _before_place(a, toks, tags, k, j)
    named = _name_in_apposition(a, u, k, j, aside)
    if named is not None:
        return named
    if k >= 3 and tags[k - 1] in ("IN", "TO") and tags[k - 2] in ("VBG", "VBN", "JJ") \
            and toks[k - 1][2].lower() != "of":
        # the phrase hangs off a modifier of the subject: "people familiar with the talks said",
        # "a source speaking to the paper said"
        head = subject_before(a, u, k - 2)
        if head is not None and head.end <= toks[k - 2][0]:
            return head
    if k >= 1 and tags[k - 1] == "IN" and aside is None:
        named = _before_open_apposition(a, u, k - 1)
        if named is not None:
            return named
    outer = _modified_noun(a, u, k, j)
    if outer is not None:
        return outer
    m = make_mention(a.text, toks, k, j, a.lex)
    if aside is not None and aside[0] == j + 2 and tags[aside[0]] in ROLE_OPENER_TAGS:
        # "Mira Kallan, the union's general secretary, said": the apposition is her role
        m = with_role(m, a.text[toks[aside[0]][0]:toks[aside[1]][1]])
    return m


def _before_open_apposition(a: Document, u: Unit, i: int) -> Mention | None:
    """The name before an apposition whose closing comma is missing, when the phrase before the
    cue is the object of a preposition (at ``i``) inside it: "Sen. Ada Voss (N-H), a supporter
    of the levy told" -> Ada Voss, not "the levy". None when no such apposition opens there."""
    toks, tags = a.toks(u), a.tags(u)
    c = i - 1
    while c > 0 and i - c < COMMA_ASIDE_TOKENS and toks[c][2] not in ",.;:" and not finite_at(tags, c):
        c -= 1
    if c < 1 or toks[c][2] != "," or tags[c + 1] != "DT" or has_main_verb(toks, tags, c + 1, i):
        return None
    name = subject_before(a, u, c)
    if name is None or not is_capitalised(name.name):
        return None
    b = token_before(toks, name.start)
    if b >= 1 and toks[b][2] in CLOSING_QUOTES and toks[b - 1][2] == ",":
        b -= 1  # "On the “Harbour Hour,” Ada Voss, a …"
    # the name opens its clause ("On Friday, Ada Voss, a …"), not "And in Norvania, a bill …"
    return name if (b < 0 or toks[b][2] in ",;:") and name.name.lower() not in PRONOUNS else None


#: Most prepositional phrases stepped back over to the noun they modify ("the complaint [of the
#: union] [to the court]"): more is a run of clauses, not one subject.
MAX_MODIFIERS = 3


def _modified_noun(a: Document, u: Unit, k: int, j: int) -> Mention | None:
    """The noun a prepositional phrase modifies, when the phrase before the cue (``k``..``j``) is
    that preposition's object and the noun opens the clause: "Voss's language in the statement
    makes clear" -> "Voss's language", "Supporters of the plan say" -> "Supporters". The object
    of "from" or "by" is the source and stays the speaker ("data from the Harbour Survey show",
    "a letter from the union to the mayor says" -> the union). A name after "of" or "for" ("the
    Office for the Harbour Trust", "lawyers for both Ada and Karl Voss": the name rules read
    those) and a place after "in" (:func:`_before_place`) are left as they were. None when no such phrase ends there or the noun is not the first
    words of its clause ("They sent a letter to the mayor saying": the object of a verb)."""
    toks, tags = a.toks(u), a.tags(u)
    first, end, source = k, j, None
    for _ in range(MAX_MODIFIERS):
        prep = toks[k - 1][2] if k >= 2 else ""
        if prep not in MODIFIER_PREPOSITIONS or tags[k - 2] not in NOUN_TAGS or toks[k - 2][2].lower() in TIME_WORDS \
                or a.in_quote(toks[k - 2][0]) or prep == "in" and is_capitalised(toks[k][2]):
            break
        if prep in NAME_PREPOSITIONS and any(is_capitalised(t[2]) for t in toks[k:end + 1]):
            break  # a name's own "of" or "for", whom one speaks for: read as before (the name rules)
        if prep in SOURCE_PREPOSITIONS:
            source = (k, end)
        if prep not in NAME_PREPOSITIONS:
            end = k - 2  # (the noun's own complement stays in its phrase: "Supporters of the plan")
        k = np_start(toks, tags, 0, k - 2, a.lex)
    if k == first:
        return None
    before = toks[k - 1][2] if k > 0 else ","
    if before not in CLAUSE_PUNCTUATION and before.lower() not in CLAUSE_OPENING_WORDS:
        return None
    return make_mention(a.text, toks, *(source or (k, end)), a.lex)


def _before_place(a: Document, toks: list[Token], tags: list[str], k: int, j: int) -> tuple[int, int]:
    """The noun phrase a place hangs from, when the phrase ``k``..``j`` is the place: "officials
    in Velgrad County said", "researchers at Norvia Labs in Port Halden revealed", "officials in
    Velgrad County, Norvania, announced" -> the officials, the researchers. A place in a
    prepositional phrase is never the subject of the cue; a capital that stands for its country
    in ``actors.csv`` is kept ("the government in Velgrad said" is Norvania speaking)."""
    for _ in range(MAX_ASIDES):
        place = a.text[toks[k][0]:toks[j][1]]
        if k >= 2 and toks[k - 1][2] == "in" and tags[k - 2] in NOUN_TAGS and tags[k - 2] != "CD" \
                and is_capitalised(toks[k][2]) and place not in a.lex.aliases and not a.in_quote(toks[k - 2][0]):
            j = k - 2  # "officials in Velgrad County"
        elif k >= 2 and toks[k - 1][2] == "," and is_capitalised(toks[k - 2][2]) \
                and names_place(place, a.lex):
            j = k - 2  # "Velgrad County, Norvania": the state after its county
        else:
            break
        k = np_start(toks, tags, 0, j, a.lex)
    return k, j


def _name_in_apposition(a: Document, u: Unit, k: int, j: int, aside: tuple | None) -> Mention | None:
    """A role with no name in it (``k``..``j``), then the name in apposition: the name is the
    speaker, the role its title ("Its general secretary, Mira Kallan, said")."""
    if aside is None:
        return None
    toks, tags = a.toks(u), a.tags(u)
    # the role's own words end at "of", "at" or "from": "The mayor [of Arnsby]", "Her partner [at Tarn Foods]"
    of = next((m for m in range(k, j + 1) if toks[m][2].lower() == "of" or toks[m][2].lower() in AFFILIATION_PREPOSITIONS),
              j + 1)
    if any(is_capitalised(toks[m][2]) and tags[m] in ("NNP", "NNPS") and toks[m][2].lower() not in a.lex.titles
           for m in range(k, of)):
        return None
    first, last = aside
    if toks[last][2] == ")":  # "…, Sen. Ada Voss (H-Vg.), said": the party and state are no part of the name
        last = next((m - 1 for m in range(last - 1, first, -1) if toks[m][2] == "("), last)
    if 2 <= last - first + 1 <= 4 and all(is_capitalised(toks[m][2]) and tags[m] in NOUN_TAGS
                                          for m in range(first, last + 1)):
        return with_role(make_mention(a.text, toks, first, last, a.lex), a.text[toks[k][0]:toks[j][1]])
    return None


def has_main_verb(toks: list[Token], tags: list[str], lo: int, hi: int) -> bool:
    """A finite verb in toks[lo:hi] before any relative pronoun or subordinator: "Voss attacked
    the plan" is a clause; "a pilot who crossed that night" and "after the vote ended" are
    asides."""
    for m in range(lo, hi):
        if toks[m][2].lower() in ASIDE_CLAUSE_OPENERS:
            return False
        if finite_at(tags, m):
            return True
    return False


def finite_at(tags: list[str], m: int) -> bool:
    """Token ``m`` is a finite verb. The lexicon tags most past forms VBN; right after a name or
    a pronoun ("Voss attacked", "she called") a past form is the clause's verb."""
    return tags[m] in FINITE_TAGS or (tags[m] == "VBN" and m > 0 and tags[m - 1] in ("NNP", "NNPS", "PRP"))


#: Prepositions whose object is where the noun before them comes from ("data [from] the survey",
#: "a letter [by] the union"): that object speaks through it.
SOURCE_PREPOSITIONS = frozenset(("from", "by"))
#: Words before a noun that opens a clause ("[But] supporters of the plan say", "[because] …").
CLAUSE_OPENING_WORDS = COORDINATORS | OPENING_SUBORDINATORS | frozenset(("that", "whether"))
#: Marks before a noun that opens a clause: a comma, a semicolon, a colon, a dash, a bracket, a
#: quote mark.
CLAUSE_PUNCTUATION = frozenset(", ; : — – - ( “ \" ‘".split())

RELATIVE_SEPARATORS = frozenset(", — – -".split())


def relative_subject(a: Document, u: Unit, j: int, *, restrictive: bool = False) -> Mention | None:
    """The subject of a non-restrictive relative clause at local token ``j``: "McConnell, who in
    2010 said", "Ada Voss — who later said". The mention is the relative pronoun; the noun phrase
    before the comma or dash names the speaker. None for a restrictive clause ("told a voter who
    said"): it often hangs off an object, and the sentence's own speaker is the one quoted."""
    toks = a.toks(u)
    k = j
    while k > 0 and toks[k - 1][2] in RELATIVE_SEPARATORS:
        k -= 1
    if k == 0 or k == j and not restrictive:
        return None
    if k == j:  # "economists who argue that …": the noun phrase right before the pronoun
        tags = a.tags(u)
        if tags[j - 1] not in NOUN_TAGS or a.in_quote(toks[j - 1][0]):
            return None
        antecedent = make_mention(a.text, toks, np_start(toks, tags, 0, j - 1, a.lex), j - 1, a.lex)
        return relative_mention(a.text, toks[j], antecedent)
    antecedent = subject_before(a, u, k)
    if antecedent is None or antecedent.antecedent is not None:
        return None
    return relative_mention(a.text, toks[j], antecedent)


def manner_adverb(w: str) -> bool:
    """"only", or an adverb made from an adjective ("briefly", "publicly", "angrily"): it may
    stand between a speaker and the cue. Nouns ending in -ly ("family", "ally") are not."""
    if w == "only":
        return True
    if not (w.endswith("ly") and w.islower() and len(w) > 4):
        return False
    stem = w[:-3] + "y" if w.endswith("ily") else w[:-2]
    return pos_lexicon().get(stem) == "JJ"


def clause_subject(a: Document, u: Unit, ci: int) -> Mention | None:
    """The subject of the clause a coordinated or participial cue hangs from: "Graham called both
    candidates crazy and said …" -> Graham; "In a speech on Monday, Trump attacked the plan,
    saying …" -> Trump. It is the subject of the nearest finite verb before the cue."""
    toks, tags = a.toks(u), a.tags(u)
    top = ci - 1
    while top > 0 and toks[top][2].lower() in a.lex.adverbs:
        top -= 1  # the cue's own auxiliaries: "… but has since said"
    for v in range(top, 0, -1):
        # "Other pilots grumbled about … and said", "The mayor closed the meeting and vowed": a past
        # form after a noun subject, here a verb
        if (finite_at(tags, v) or tags[v] == "VBN" and (tags[v - 1] == "NNS" or tags[v - 1] == "NN" and v + 1 < ci
                                                          and tags[v + 1] in ("DT", "PRP$"))) \
                and not a.in_quote(toks[v][0]):
            m = subject_before(a, u, v)
            if m is not None:
                return m
            if toks[v - 1][2].lower() not in a.lex.adverbs and tags[v - 1] not in FINITE_TAGS:
                return None  # the nearest verb has no subject we can read: do not guess further back
    return None


def new_clause_at(a: Document, u: Unit, i: int) -> int | None:
    """Where a clause with its own subject and the cue at ``i`` begins inside the content of an
    earlier statement ("… were not finished, and harbour unions warned that …"): the offset of
    its "and", "but" or ";", or None. "and" between two nouns joins a subject ("voters and
    officials believe"), so it counts only after a comma or a word that is not a noun."""
    toks, tags = a.toks(u), a.tags(u)
    m = subject_before(a, u, i)
    if m is None:
        return None
    k = token_before(toks, m.start + 1)  # the subject's first token
    while k > 0 and tags[k - 1] in ("DT", "PRP$", "JJ", "CD") and toks[k - 1][0] < m.start:
        k -= 1
    if k < 2:
        return None
    c = toks[k - 1][2].lower()
    if c == ";" or (c in COORDINATORS and (toks[k - 2][2] == "," or tags[k - 2] not in NOUN_TAGS)):
        return toks[k - 2][1] if toks[k - 2][2] == "," else toks[k - 1][0]
    return None


def coordinated(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """The cue at ``i`` follows "and" or "but", perhaps past auxiliaries and adverbs ("… but has
    since said"): it shares the subject of the verb before."""
    j = i - 1
    while j > 0 and toks[j][2].lower() in lex.adverbs:
        j -= 1
    return j >= 0 and toks[j][2].lower() in COORDINATORS


def governed(a: Document, u: Unit, m: Mention) -> bool:
    """The phrase ``m`` is the object of a verb or preposition ("issued [a statement] calling
    for", "in [a letter] urging"): a participle after it reports what the clause's subject said,
    not what the document or listener said."""
    toks, tags = a.toks(u), a.tags(u)
    k = token_before(toks, m.start)
    return k >= 0 and (tags[k] in ("IN", "TO") or tags[k].startswith("VB")) and toks[k][2].lower() not in REPORT_BE_FORMS


def after_apposition(a: Document, u: Unit, i: int) -> bool:
    """The word at ``i`` follows a subject and its apposition ("Jonas Reik, a spokesman, called
    on …"): a past form there is the main verb, not a participle."""
    m = subject_before(a, u, i)
    return m is not None and m.end < a.toks(u)[i - 1][0] and m.name.lower() not in PRONOUNS


def in_opening_clause(words: list[str], i: int, mention_at: int, toks: list[Token]) -> bool:
    """The cue at ``i`` stands in a subordinate clause that opens the sentence ("After Voss said
    …,", "Six weeks after Voss unveiled …,"): a subordinator before its speaker, no comma between."""
    for n in range(i - 1, -1, -1):
        w = words[n].lower()
        if w == ",":
            return False
        if w in OPENING_SUBORDINATORS and toks[n][0] - toks[0][0] <= mention_at:
            return True
    return False


def after_preposition(a: Document, u: Unit, m: Mention) -> bool:
    """The phrase ``m`` is the object of a preposition ("in [a statement]", "with [polls]")."""
    toks, tags = a.toks(u), a.tags(u)
    k = token_before(toks, m.start)
    return k >= 0 and tags[k] in ("IN", "TO") and toks[k][2].lower() not in SUBORDINATORS




def governing_subject(a: Document, u: Unit, m: Mention) -> Mention | None:
    """The subject of the verb that governs the object ``m``: "They sent a letter to [Senate
    leaders] opposing …" -> They. The verb is the nearest one before ``m`` (past a preposition or
    particle: "put out", "sent a letter to"); None when the clause has none before it ("In a
    statement announcing …, the union said"), so the sentence's own cue is used instead."""
    toks, tags = a.toks(u), a.tags(u)
    for v in range(token_before(toks, m.start), -1, -1):
        if toks[v][2] in ",;:" or a.in_quote(toks[v][0]):
            return None
        if tags[v].startswith("VB") and tags[v] != "VBG" and toks[v][2].lower() not in REPORT_BE_FORMS:
            return subject_before(a, u, v)
    return None


YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def noun_compound(a: Document, u: Unit, i: int) -> bool:
    """The cue word at ``i``, read as a noun after a name, heads a noun phrase that opens with a
    determiner or a possessive ("The Arnsby attack", "Voss's Harbour Act claims") and no
    clause or object follows it: a noun, not the name's verb ("The Kremlin claims the …")."""
    toks, tags = a.toks(u), a.tags(u)
    k = i - 1
    while k > 0 and tags[k - 1] in ("NNP", "NNPS", "JJ", "POS") and not toks[k][2].endswith(("'s", "’s")):
        k -= 1
    opened = toks[k][2].endswith(("'s", "’s", "s'", "s’")) or k > 0 and (
        tags[k - 1] in ("DT", "PRP$") or toks[k - 1][2].endswith(("'s", "’s", "'", "’")))
    if not opened or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][2].lower()
    return nxt != ":" and nxt not in COMPLEMENT_WORDS and nxt not in CLAUSE_OPENERS \
        and tags[i + 1] not in ("DT", "NNP", "NNPS", "PRP", "PRP$", "CD")


def has_finite_verb(a: Document, u: Unit, i: int, j: int) -> bool:
    """Whether local tokens ``i:j`` hold a finite verb: a clause, not a phrase ("About 10 p.m.")."""
    return any(t in FINITE_TAGS for t in a.tags(u)[i:j])
