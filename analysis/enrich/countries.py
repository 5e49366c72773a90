"""A country's word in a speaker phrase that does not make the country the speaker.

``data/actors.csv`` maps a country's names, demonyms and capitals to the country, and the first
reading takes any phrase holding one for the country. A reader does not: "Norvanian officials"
are some of its people (a group), "a Norvanian ambassador" is someone unnamed, "the Norvanian Kelp
Institute" and "the Eastmarch Tide Party’s treasurer of the Board" are a body and a person of
their own, and "Norvanian plans …" on its own is a company the article names in full
("Norvanian Airways") or no one it names. A body that stands for the country ("the Norvanian
delegation", "the Norvanian government") stays the country.
"""
from __future__ import annotations

from ..nlp.words import DETERMINERS, NAME_LINKS, OBJECT_PREPOSITIONS, QUANTITY_WORDS
from ..speakers import names_place
from .entities import ArticleIdentity
from .names import common_tag, strip_possessive

#: What a phrase names instead of the country: (speaker or None, speaker type).
Outcome = tuple  # (str | None, str)

#: Tags of a plural common noun: "officials", "troops" are some of the country's people.
_PLURAL_TAGS = frozenset(("NNS",))


def place_or_country(art: ArticleIdentity, word: str) -> bool:
    """A known place or a country's name ("Norvania", "Velgrad")."""
    actor = art.lex.aliases.get(word)
    return names_place(word, art.lex) or actor is not None and actor.type == "country"


def not_the_country(art: ArticleIdentity, name: str, speaker: str, *, bodies: tuple = (),
                    people: tuple = ()) -> Outcome | None:
    """What a speaker phrase resolved to a country names when the country is not the speaker.

    Parameters
    ----------
    art
        The article's identity state (its lexicon).
    name
        The phrase as written, without title ("Norvanian officials", "the Norvanian Press
        Institute’s fund").
    speaker
        The country the first reading found.
    bodies
        The organisations the article names whose name opens with ``name`` ("Norvanian Airways"
        for "Norvanian"), in order of first use (:func:`analysis.enrich.proper_names.bodies_opening`).
    people
        The full names the article gives ``name`` as a surname ("Ada Norvanian";
        :func:`analysis.enrich.proper_names.full_forms`).

    Returns
    -------
    tuple or None
        ``(speaker, speaker_type)`` to use instead, or None when the country speaks.
    """
    words = name.split()
    definite = bool(words) and words[0].lower() == "the"
    words = words[1:] if words and words[0].lower() in DETERMINERS else words
    words = words[1:] if len(words) > 2 and words[0].isdigit() else words  # "the 2014 Norway Survey"
    if not words:
        return None
    if len(words) == 1:
        return _lone_word(art, words[0], bodies, people, definite=definite)
    if len(words) >= 3 and "of" in words[1:3] and (words[0].lower().split("-")[0] in QUANTITY_WORDS or words[0][:1].isdigit()):
        return None, "group"  # "a majority of Norwegians", "60 percent of Norwegians": some of its people
    words = _before_complement(words)
    owner = _owner(words)
    if owner and len(owner) < len(words):
        return _owned(art, owner, words[len(owner):])
    return _modified(art, words, name, speaker)


def _lone_word(art: ArticleIdentity, word: str, bodies: tuple, people: tuple, *, definite: bool) -> Outcome | None:
    """"Norvanian plans …": a demonym on its own names the person or body the article so names
    ("Ada Norvanian", "Norvanian Airways"), or no one; "Norvanians say" are its people, where
    "the Norvanians" are the country's side. A country's name or capital ("Velgrad said")
    speaks for it."""
    word = strip_possessive(word)
    actor = art.lex.aliases.get(word)
    if actor is None or word == actor.canonical or names_place(word, art.lex) or " " in word:
        return None
    if word.endswith("s") and art.lex.aliases.get(word[:-1]) == actor:
        return None if definite else (None, "group")  # "Norvanians": the plural of the demonym
    if len(people) == 1:
        return people[0], "person"  # "Ada Norvanian … Norvanian said"
    if art.lex.aliases.get(word + "s") != actor:
        return None  # not a demonym by the table's own forms ("the Palace" for the country)
    if bodies:
        return bodies[0], "organisation"
    return None, "anonymous"


def _before_complement(words: list[str]) -> list[str]:
    """The words up to a common-noun head's complement: "Tide’s treasurer of the Board" ->
    "Tide’s treasurer" (a proper name's own "of", "Bank of Norvania", stays)."""
    for j in range(1, len(words)):
        if words[j] in OBJECT_PREPOSITIONS and words[j - 1].isalpha() and words[j - 1].islower():
            return words[:j]
    return words


def _owner(words: list[str]) -> list[str]:
    """The capitalised name before a possessive at the phrase's start ("Eastmarch Labour
    Party’s"), as words; empty when there is none."""
    for j, w in enumerate(words):
        if not (w[:1].isupper() or w.lower() in NAME_LINKS and j):
            return []
        if strip_possessive(w) != w:
            return words[:j] + [strip_possessive(w)]
    return []


def _owned(art: ArticleIdentity, owner: list[str], rest: list[str]) -> Outcome | None:
    """"the Eastmarch Tide Party’s treasurer": someone unnamed of a body; "Norvania’s envoy"
    someone of the country. The body is the speaker of what it owns ("… Institute’s fund")."""
    head = rest[-1]
    if _role(art, head):
        return None, "anonymous"
    if head.isalpha() and head.islower() and common_tag(head) in _PLURAL_TAGS:
        return None, "group"
    if len(owner) == 1 or " ".join(owner) in art.lex.aliases:
        return None  # "Norvania’s ministry": the country's own
    return " ".join(owner), "organisation"


def _modified(art: ArticleIdentity, words: list[str], name: str, speaker: str) -> Outcome | None:
    """The country's word modifies the phrase's head: a body's name ("the Norvanian Kelp
    Institute", "a Norway Post database", "the Norvanian activist group Kelp Eye"), someone in a
    role ("a Norvanian ambassador", "a Norvanian prisoner of war"), some of its people
    ("Norvanian officials"), or a body unnamed ("a Norvanian kelp journal"); a body that stands
    for the country (``name_words`` ``[state]``: "the Norvanian delegation") stays the country."""
    lex = art.lex
    head = strip_possessive(words[-1])
    if " ".join(words[:-1] + [head]) in lex.aliases:
        return None  # the country's own name for it ("the Palace")
    if _role(art, head) and not (head[:1].isupper() and head.lower() in lex.name_words.organisation):
        return None, "anonymous"  # "a Norway Post official", "the Norvanian Ambassador"
    proper = all(w[:1].isupper() or (w in NAME_LINKS and 0 < j < len(words) - 1) for j, w in enumerate(words))
    if proper and " ".join(words) not in lex.aliases and name.lower() != speaker.lower() \
            and (not place_or_country(art, head) or any(w.lower() in lex.name_words.organisation for w in words)):
        return " ".join(words[:-1] + [head]), "organisation"  # "the Norvanian Kelp Institute"
    body = _named_body(art, words)
    if body:
        return body, "organisation"
    if head.isalpha() and head.islower():
        if common_tag(head) in _PLURAL_TAGS:
            return None, "group"  # "Norvanian officials", "Norvanian authorities": an unnamed source
        return None if head in lex.name_words.state else (None, "anonymous")  # ("the Norvanian government")
    return None


def _named_body(art: ArticleIdentity, words: list[str]) -> str | None:
    """A body's name inside the phrase: a run of capitalised words ending in a body's head
    before the phrase's own head ("a Norway Post-Kelp News poll"), or the run at the end after a
    body's noun ("the Norvanian activist group Kelp Eye")."""
    heads = art.lex.name_words.organisation
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    if 1 < k < len(words) and words[k - 1] in heads:
        return " ".join(words[k:])
    run: list[str] = []
    for w in words[:-1] + [""]:
        if w[:1].isupper():
            run.append(w)
            continue
        if len(run) >= 2 and run[-1].rsplit("-", 1)[-1].lower() in heads:
            return " ".join(run)
        run = []
    return None


def _role(art: ArticleIdentity, word: str) -> bool:
    """A role or a gendered noun ("treasurer", "Ambassador", "spokeswoman"): someone unnamed."""
    low = word.lower()
    return low in art.lex.titles or low in art.lex.name_words.female or low in art.lex.name_words.male
