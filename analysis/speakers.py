"""Speaker mentions: finding them next to a cue, splitting titles off, and resolving them.

Resolution runs over one article in reading order: full names are registered as they appear,
later short forms ("Rubio", "Mr. Trump") link to them, pronouns go to the most recent compatible
speaker, and groups ("the Ukrainian delegation", "the Kremlin") map to a canonical actor through
``data/actors.csv``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple


from .bundled import pos_lexicon
from .lexicon import Lexicon
from .nlp.name_runs import and_the_in_name
from .nlp.tags import NOUN_TAGS, NP_TAGS
from .nlp.words import (BODY_NAME_PREPOSITIONS, DETERMINERS, HONORIFICS, LIST_CONJUNCTIONS, NAME_PARTICLES,
                         NAME_PREPOSITIONS, PHRASE_LINK_WORDS, PRONOUNS, QUANTITY_WORDS, ROLE_HOLDER_DETERMINERS,
                         SPEAKER_PHRASE_PREPOSITIONS)
from .text import Token, _is_abbreviation


#: The type a speaker history keeps for a thing that did something ("the Harbour Rule sought"):
#: an "it" after it stands for the thing, not for a body named earlier.
THING = "thing"
#: Longest speaker name read, in characters: a longer "name" is a run of text, not a person, and
#: the statement it would speak is dropped (with a warning). Real names stay under 60.
MAX_NAME_CHARS = 100
#: Surnames an article's full names are searched for one by one: a search is cheaper for the few
#: most articles need; beyond, one pass over the text makes a table of them all, so a long
#: article naming many people stays linear.
NAME_SEARCHES = 16
#: How far back a pronoun looks for its referent: this many people named at the head of a
#: sentence, and this many speakers. A reader carries a referent no further; an unbounded look
#: made a long article's cost grow with the square of its statements.
PRONOUN_REACH = 50
_FUNCTION_TAGS = frozenset("RB RBR RBS IN CC WRB WDT WP MD TO VB VBD VBZ VBP VBG UH EX".split())


def names_thing(name: str, lex: Lexicon) -> bool:
    """A capitalised name that names a thing, never a speaker: its head is a rule, a field or an
    event noun (``lex.name_words.no_speaker``: "the Harbour Rule", "Geology"), unless it opens
    with a given name ("Ann Rule" may be a person)."""
    words = [w for w in name.split() if w.lower() not in DETERMINERS]
    if not words or not words[-1][:1].isupper():
        return False
    head = _strip_possessive(words[-1]).lower()
    return head in lex.name_words.no_speaker and (len(words) == 1 or words[0].lower() not in lex.first_names)


def names_place(name: str, lex: Lexicon) -> bool:
    """A known place (``lex.places``): "Port Halden", "Norvania", "the Velgrad Oblast's"."""
    words = [w for w in name.split() if w.lower() not in DETERMINERS]
    return bool(words) and " ".join(words[:-1] + [_strip_possessive(words[-1])]) in lex.places


class Mention(NamedTuple):
    """A speaker mention at [start, end) with its name and title parts (a named tuple: made
    thousands of times per corpus, four times faster than a frozen dataclass)."""

    start: int
    end: int
    text: str
    name: str  # the mention without title ("Marco Rubio", "the Ukrainian delegation", "he")
    title: str | None
    name_start: int
    name_end: int
    # a relative pronoun ("…, who said") is the mention as written; its antecedent names the speaker
    antecedent: "Mention | None" = None


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def np_start(toks: list[Token], tags: list[str], lo: int, head: int, lex: Lexicon) -> int:
    """Index of the first token of the noun phrase ending at ``head`` (not before ``lo``)."""

    def part(m: int) -> bool:
        w = toks[m][2]
        if tags[m] in _FUNCTION_TAGS:  # "Later Brandt said": a capital opening the sentence
            return False
        if tags[m] == "VBN":  # "retired Lt. Gen. …" yes, "launched petitions" no
            return m + 1 <= head and (is_capitalised(toks[m + 1][2]) or toks[m + 1][2].lower() in lex.titles)
        return tags[m] in NP_TAGS or w.lower() in lex.titles or (is_capitalised(w) and tags[m] != "PRP")

    k = head
    while k - 1 >= lo and head - k < 12:
        m = k - 1
        low = toks[m][2].lower()
        if part(m) and tags[m] not in ("PRP",) and toks[m][2] not in ",.;:":
            if tags[m] == "DT" and and_the_in_name(toks, m, lo, lex.name_words.organisation):
                k = m - 1  # "the Institute for Jobs and the Environment": one name
                continue
            if tags[m] == "DT" and low not in DETERMINERS:
                break
            k = m
            if (tags[m] == "DT" or tags[m] == "PRP$") and not (
                    m - 2 >= lo and toks[m - 1][2] == "of" and (toks[m - 2][2].lower() in lex.titles or (
                        m - 3 >= lo and is_capitalised(toks[m - 2][2]) and toks[m - 3][2].lower() in HONORIFICS))):
                break  # a determiner opens the phrase ("governor of the Harbour Fund", "Mr. Lund of the …" go on)
            continue
        if low in SPEAKER_PHRASE_PREPOSITIONS and m - 1 >= lo and (is_capitalised(toks[m - 1][2]) or tags[m - 1] in NOUN_TAGS) \
                and toks[m - 1][2] not in ",.;:":
            k = m
            continue
        if low in BODY_NAME_PREPOSITIONS and m - 1 >= lo and is_capitalised(toks[m - 1][2]) \
                and toks[m - 1][2].lower() in lex.name_words.organisation and is_capitalised(toks[m + 1][2]):
            k = m  # inside a body's name: "the Commission on Harbour Affairs", "the Alliance to Save …"
            continue
        if low == "/" and m - 1 >= lo and is_capitalised(toks[m - 1][2]) and is_capitalised(toks[m + 1][2]) \
                and toks[m - 1][1] == toks[m][0] and toks[m][1] == toks[m + 1][0]:
            k = m  # two names written as one: "a Norvia Times/Harbour News poll"
            continue
        if low == "and" and m - 1 >= lo and is_capitalised(toks[m - 1][2]) and is_capitalised(toks[m + 1][2]):
            k = m
            continue
        if low in LIST_CONJUNCTIONS and m - 1 >= lo and tags[m - 1] == "JJ" and tags[m + 1] == "JJ":
            k = m  # "current and former officials"
            continue
        if low in ("'", "’") and m - 1 >= lo and is_capitalised(toks[m - 1][2]) and toks[m - 1][2].endswith("s") \
                and is_capitalised(toks[m + 1][2]):
            k = m  # a plural possessive inside a name: "the Nurses’ Association"
            continue
        if low == "in" and m - 1 >= lo and tags[m - 1] == "CD" and tags[m + 1] == "CD":
            k = m  # "seven in 10 voters"
            continue
        if low == "per" and m - 1 >= lo and tags[m - 1] == "CD" and toks[m + 1][2].lower() == "cent":
            k = m  # "58 per cent of voters"
            continue
        break
    while k < head and toks[k][2].lower() in PHRASE_LINK_WORDS:
        k += 1
    return k


def make_mention(text: str, toks: list[Token], first: int, last: int, lex: Lexicon) -> Mention:
    """A :class:`Mention` over ``toks[first..last]``, its title split off.

    The name is the run of capitalised tokens at the end that are not title words; what comes
    before it is the title ("U.S. Secretary of State" | "Marco Rubio"). Phrases without such a
    run ("the Ukrainian delegation") are kept whole.
    """
    start, end = toks[first][0], toks[last][1]

    def place(w: str) -> bool:  # a country or organisation word inside a title ("Ukrainian President")
        return w in lex.aliases and lex.aliases[w].type != "person"

    # "Mayor Ilsa Brandt of Port Halden": the name is before "of", the place after it
    of = next((m for m in range(last - 1, first, -1) if toks[m][2].lower() == "of"), None)
    if of is not None and of + 1 <= last and is_capitalised(toks[of - 1][2]) \
            and toks[of - 1][2].lower() not in lex.titles and not place(toks[of - 1][2]) \
            and any(toks[m][2].lower() in lex.titles for m in range(first, of - 1)) \
            and all(is_capitalised(toks[m][2]) or m == of + 1 and toks[m][2] == "the" for m in range(of + 1, last + 1)):
        last = of - 1  # ("Mr. Lund of the Harbour Fund")
    k = last
    while k >= first and is_capitalised(toks[k][2]) and toks[k][2].lower() not in lex.titles \
            and not place(toks[k][2]):
        k -= 1
    title = None
    name_first = first
    if k < last and k >= first and toks[last][2].lower() in lex.name_words.organisation:
        pass  # "the State Department", "the Justice Ministry": the title word names the body
    elif k < last and k >= first and (toks[k][2].lower() in lex.titles or place(toks[k][2])):
        # the run after the title words is the name; keep the title only when it is one
        name_first = k + 1
        title = text[toks[first][0]:toks[k][1]]
    elif k < last and k >= first and toks[k][2].lower() in DETERMINERS:
        name_first = first  # "the New York Post": keep the determiner in the mention
    elif k < last - 2 and k > first and toks[k][2].lower() in NAME_PREPOSITIONS \
            and any(toks[m][2].lower() in lex.titles for m in range(first, k)):
        # "Mayor of Port Halden Jonas Reik": the place belongs to the title, the name is the
        # last two words (three with a middle initial)
        name_first = last - 2 if len(toks[last - 1][2]) == 2 and toks[last - 1][2].endswith(".") else last - 1
        title = text[toks[first][0]:toks[name_first - 1][1]]
    ns, ne = toks[name_first][0], toks[last][1]
    return Mention(start, end, text[start:end], text[ns:ne], title, ns, ne)


def relative_mention(text: str, tok: Token, antecedent: Mention) -> Mention:
    """The relative pronoun ``tok`` ("who", "which") as the mention, standing for ``antecedent``.

    News attribution corpora mark the pronoun as the source, as they do "he"; the speaker's
    name and title come from the antecedent.
    """
    s, e = tok[0], tok[1]
    return Mention(s, e, text[s:e], text[s:e], antecedent.title, s, e, antecedent)


@dataclass
class Resolved:
    """The outcome of resolving one mention."""

    speaker: str | None
    type: str
    method: str


@dataclass
class ArticleSpeakers:
    """Resolution state for one article, fed mentions in reading order."""

    lex: Lexicon
    text: str = ""
    names: dict = field(default_factory=dict)  # short form -> full name
    gender: dict = field(default_factory=dict)  # full name -> "m" | "f"
    history: list = field(default_factory=list)  # (speaker, type) most recent last
    # people named with a title at the head of a sentence: (offset, full name), in text order
    subjects: list = field(default_factory=list)
    last_at: int = -1  # offset of the last speaker named (not a pronoun)
    bodies: list = field(default_factory=list)  # organisations named in the text: (offset, head, name)
    titled: dict = field(default_factory=dict)  # title word -> full names written after it ("mayor")
    # look-up tables made on first use: capitalised word -> the full name it ends, at its first
    # such place; a body's head -> (offsets, names); the subjects' offsets, least from each on
    _later: dict | None = field(default=None, repr=False)
    _searched: dict = field(default_factory=dict, repr=False)  # surname -> _full_name_search's answer
    _by_head: tuple | None = field(default=None, repr=False)
    _subject_min: tuple | None = field(default=None, repr=False)
    _roles: dict = field(default_factory=dict, repr=False)  # (role, of_body) -> _Appositions

    def register_names(self, text: str) -> None:
        """Pre-scan the article for full names written after a title ("President Ada Voss")."""
        titles, aliases = self.lex.titles, self.lex.aliases
        self.text = text
        for m in _CAPITALISED_RUN_RE.finditer(text):
            # "… Volodymyr Zelensky. However": a sentence ends inside the run
            run = m.group(0).split()
            if len(run) < 2:
                continue  # one long word (see LONG_WORD_CHARS): no name
            head = run[-1].lower()
            if head in self.lex.name_words.organisation:  # "the Port Halden Dockworkers’ Union": for a later "the union"
                name = " ".join(run[1:] if run[0] == "The" else run)
                if " " in name:
                    self.bodies.append((m.start(), head, name))
            if titles.isdisjoint(map(str.lower, run)):
                continue  # most runs hold no title: skip them in one C-level test
            segments, seg = [], []
            for w in run:
                if w.endswith(".") and len(w) > 2 and not _is_abbreviation(w[:-1]):
                    seg.append(w[:-1])
                    segments.append(seg)
                    seg = []
                else:
                    seg.append(w)
            segments.append(seg)
            for words in segments:
                t = max((n for n, w in enumerate(words) if w.lower() in titles), default=-1)
                name = words[t + 1:]
                if t < 0 or not 2 <= len(name) <= 4 or any(w in aliases or w.lower() in titles or not w[:1].isupper()
                                                            or w.lower() in self.lex.name_words.not_person for w in name):
                    continue
                full = self._add_person(" ".join(name), words[:t + 1])
                if full:
                    self.titled.setdefault(words[t].lower(), set()).add(full)
                at = text.find(words[0], m.start())
                before = text[max(0, at - 3):at].rstrip(" \t")
                if full and (not before or before[-1] in ".!?\n\"”’,"):
                    self.subjects.append((at, full))

    def _add_person(self, full: str, context_words: list[str] | None = None) -> str | None:
        full = _strip_possessive(full)
        parts = full.split()
        if len(parts) < 2:
            return None
        self.names.setdefault(parts[-1], full)
        self.names.setdefault(full, full)
        for w in context_words or ():
            low = w.lower()
            if low in self.lex.name_words.female:
                self.gender.setdefault(full, "f")
            elif low in self.lex.name_words.male:
                self.gender.setdefault(full, "m")
        return full

    def resolve(self, mention: Mention) -> Resolved:
        """Resolve ``mention`` to a canonical speaker and remember it for later pronouns."""
        if mention.antecedent is not None:
            return self.resolve(mention.antecedent)
        name = mention.name
        low = name.lower()
        if low in PRONOUNS:
            return self._pronoun(low, mention.start)
        self.last_at = mention.start
        title_words = (mention.title or "").split()
        words = name.split()
        if name not in self.lex.aliases and names_thing(name, self.lex):
            self.history.append((None, THING))  # "The Harbour Rule sought …": no one speaks
            return Resolved(None, "anonymous", "explicit")
        if len(words) == 1 and low in self.lex.titles:
            # a headline's bare title, "Mayor promises …": the one person the article so titles
            holders = self.titled.get(low, ())
            if len(holders) == 1:
                return self._remember(next(iter(holders)), "person", "alias", title_words)
            return self._group(mention)
        if words and (words[0].lower() in DETERMINERS or words[0][:1].isdigit()
                      or words[0].lower().split("-")[0] in QUANTITY_WORDS) \
                or not is_capitalised(words[-1] if words else ""):
            return self._group(mention)  # "the delegation", "58 per cent of voters", "officials"
        if name in self.lex.aliases:
            actor = self.lex.aliases[name]
            return self._remember(actor.canonical, actor.type, "explicit")
        if names_place(name, self.lex) and not (len(words) == 1 and self._person_named(name)):
            # "Norvania announced": the place's government ("Velgrad" a person when so named)
            return self._remember(_strip_possessive(name), "organisation", "explicit")
        if any(w.lower().strip("’'s") in self.lex.name_words.organisation for w in words):
            return self._remember(name, "organisation", "explicit")
        if any(w.islower() and w not in NAME_PARTICLES for w in words[1:]):
            # "Nurses at St. Aldric’s", "Friends of the Harbour": a body, not a person's name
            return self._remember(name, "organisation", "explicit")
        full = _strip_possessive(name)
        if len(full.split()) >= 2:
            self._add_person(full, title_words)
            return self._remember(full, "person", "explicit", title_words)
        if full in self.names:
            return self._remember(self.names[full], "person", "alias", title_words)
        later = self._full_name_later(full)
        if later:  # the short form came first; the full name is written further on
            self._add_person(later, title_words)
            return self._remember(later, "person", "alias", title_words)
        return self._remember(full, "person", "explicit", title_words)

    def _person_named(self, word: str) -> bool:
        """The article names a person whose surname is ``word`` ("Ada Velgrad")."""
        word = _strip_possessive(word)
        return word in self.names or self._full_name_later(word) is not None \
            or any(word in full.split() for full in self.names.values())  # "Wen" of "Wen Lio"

    def _full_name_later(self, surname: str) -> str | None:
        """The full name ("Ada Voss") written where ``surname`` follows a given name, at the
        first such place in the text; None if nowhere."""
        if not self.text or not surname[:1].isupper() or self.text.startswith(" " + surname):
            return None  # (an occurrence at offset 0 has no given name before it, and ends the search)
        short = len(surname) <= MAX_NAME_CHARS
        if short and self._later is None and len(self._searched) >= NAME_SEARCHES:
            self._later = self._given_names()  # many names: one pass over the text answers them all
        if short and self._later is not None:
            return self._later.get(surname)
        if surname not in self._searched:
            self._searched[surname] = self._full_name_search(surname)
        return self._searched[surname]

    def _given_names(self) -> dict[str, str]:
        """Every capitalised word after a space (and each of its leading parts that ends before a
        mark: "Voss" of "Voss’s") -> the full name at its first place after a given name. One
        pass over the text, made on first need: a search of the whole text per surname made a
        long article's cost grow with the square of its length."""
        text, out = self.text, {}
        for m in _AFTER_SPACE_RE.finditer(text):
            word = m.group(1)
            if not word[0].isupper():
                continue
            ends = [j.start() for j in _NOT_ALNUM_RE.finditer(word, 1, MAX_NAME_CHARS + 1)]
            if len(word) <= MAX_NAME_CHARS:
                ends.append(len(word))
            todo = [word[:j] for j in ends if word[:j] not in out]
            if todo:
                full = self._given_name_before(m.start())
                if full is not None:
                    for w in todo:
                        out[w] = full + w
        return out

    def _given_name_before(self, at: int) -> str | None:
        """"Ada " or "George W. " when a given name ends at the space at ``at``, else None."""
        words = self.text[max(0, at - 40):at].split()
        initial = ""
        if words and len(words[-1]) == 2 and words[-1][0].isupper() and words[-1][1] == ".":
            initial = " " + words.pop()  # "George W. Bush"
        first = words[-1] if words else ""
        low = first.lower()
        # a given name: capitalised, not a title, a place, or an English word ("When Voss …")
        if first[:1].isupper() and first.isalpha() and low not in self.lex.titles \
                and first not in self.lex.aliases and low not in self.lex.name_words.not_person \
                and pos_lexicon().get(low) in (None, "NNP"):
            return f"{first}{initial} "
        return None

    def _full_name_search(self, surname: str) -> str | None:
        """:meth:`_full_name_later` by plain search: for the first NAME_SEARCHES surnames of an
        article, and for a word too long to be in the table."""
        text = self.text
        at = text.find(" " + surname)
        while at > 0:
            stop = at + 1 + len(surname)
            if stop >= len(text) or not text[stop].isalnum():
                full = self._given_name_before(at)
                if full is not None:
                    return full + surname
            at = text.find(" " + surname, stop)
        return None

    def _group(self, mention: Mention) -> Resolved:
        for m in self.lex.alias_pattern.finditer(mention.text):
            actor = self.lex.aliases[m.group(0)]
            return self._remember(actor.canonical, actor.type, "alias")
        words = mention.name.split()
        if len(words) == 2 and words[0].lower() in ROLE_HOLDER_DETERMINERS and words[1] in self.lex.titles:
            holder = self._role_holder(words[1], mention.start)  # "its director" … "Ada Voss, director of …"
            if holder:
                return self._remember(holder, "person", "alias")
        if len(words) == 2 and is_capitalised(words[0]) and words[1].lower() in self.lex.titles \
                and words[0].lower() not in DETERMINERS:
            # a headline's "Hospital chief": the person the article names with a role at the hospital
            holder = self._role_holder(words[0], mention.start, of_body=True)
            if holder:
                return self._remember(holder, "person", "alias")
        if len(words) == 2 and words[0].lower() == "the" and words[1] in self.lex.name_words.organisation:
            # "the union" after "the Port Halden Dockworkers’ Union": the body last named with that head
            named = self._body_before(words[1], mention.start)
            if named:
                return self._remember(named, "organisation", "alias")
        caps = [w for w in words if is_capitalised(w) and w.lower() not in DETERMINERS]
        if caps and len(caps) == len(words) - 1 and words[0].lower() == "the" and is_capitalised(words[-1]):
            return self._remember(" ".join(caps), "organisation", "explicit")  # "The New York Post"
        plural = words and words[-1].lower().endswith("s")
        self.history.append((None, "group" if plural else "anonymous"))
        return Resolved(None, "anonymous", "explicit")

    def _body_before(self, head: str, at: int) -> str | None:
        """The body with head word ``head`` named last before offset ``at``."""
        if self._by_head is None or self._by_head[0] != len(self.bodies):
            index: dict = {}
            for pos, h, name in self.bodies:  # (in text order)
                offsets, names = index.setdefault(h, ([], []))
                offsets.append(pos)
                names.append(name)
            self._by_head = (len(self.bodies), index)
        offsets, names = self._by_head[1].get(head, ((), ()))
        k = bisect.bisect_left(offsets, at)
        return names[k - 1] if k else None

    def _role_holder(self, role: str, at: int, *, of_body: bool = False) -> str | None:
        """The person the article names in apposition to ``role`` ("Henrik Solberg, director of the
        hospital", "Ada Voss, the port's director"), nearest to offset ``at`` (the earlier of two
        as near). With ``of_body``, ``role`` is the body instead ("Hospital"), and the apposition
        must hold a title word."""
        table = self._roles.get((role, of_body))
        if table is None:
            table = self._roles[(role, of_body)] = _Appositions(self, role, of_body)
        names = set(self.names.values())
        for full in names - table.done:
            table.add(full)
        table.done |= names
        k = bisect.bisect_left(table.places, (at,))
        near = [table.places[j] for j in (k - 1, k) if 0 <= j < len(table.places)]
        return min(near, key=lambda p: (abs(p[0] - at), p[0]))[1] if near else None

    def _pronoun(self, low: str, at: int = -1) -> Resolved:
        kind, gender = PRONOUNS[low]
        if kind == "person" and gender:
            # a person introduced at the head of a sentence after the last speaker is the one a
            # reader takes "he" or "she" for: "Trade Minister Oren Castell was blunter. “…,” he said"
            last = self._last_subject_before(at)
            for j in range(last, max(-1, last - PRONOUN_REACH), -1):
                pos, name = self.subjects[j]
                if pos >= at:
                    continue
                if pos <= self.last_at:
                    break
                if self.gender.get(name, gender) == gender:
                    self.gender.setdefault(name, gender)
                    self.history.append((name, "person"))
                    return Resolved(name, "person", "pronoun")
        for speaker, typ in reversed(self.history[-PRONOUN_REACH:]):
            if speaker is None:
                if kind == "group" or kind == "organisation" and typ == THING:  # "it" is the rule
                    return Resolved(None, "anonymous", "pronoun")
                continue
            if kind == "person" and typ == "person":
                g = self.gender.get(speaker)
                if gender and g and g != gender:
                    continue
                if gender and not g:
                    self.gender[speaker] = gender
                self.history.append((speaker, typ))
                return Resolved(speaker, typ, "pronoun")
            if kind != "person" and typ != "person":
                self.history.append((speaker, typ))
                return Resolved(speaker, typ, "pronoun")
            if kind == "group" and low == "we" and typ == "person":
                continue
        return Resolved(None, "anonymous", "pronoun")

    def _last_subject_before(self, at: int) -> int:
        """Index of the last subject written before offset ``at`` (-1 if none), by bisection over
        the least offset from each subject on (they are in text order, or nearly)."""
        if self._subject_min is None or self._subject_min[0] != len(self.subjects):
            least, low = [], None
            for pos, _ in reversed(self.subjects):
                low = pos if low is None or pos < low else low
                least.append(low)
            self._subject_min = (len(self.subjects), least[::-1])
        return bisect.bisect_left(self._subject_min[1], at) - 1

    def _remember(self, speaker: str, typ: str, method: str, title_words=()) -> Resolved:
        if typ == "person":
            for w in title_words:
                if w.lower() in self.lex.name_words.female:
                    self.gender.setdefault(speaker, "f")
                elif w.lower() in self.lex.name_words.male:
                    self.gender.setdefault(speaker, "m")
        self.history.append((speaker, typ))
        return Resolved(speaker, typ, method)


class _Appositions:
    """Where people are named in apposition to one role in an article ("Ada Voss, director of
    …"), for :meth:`ArticleSpeakers._role_holder`. The appositions are found once, and each
    person's places once, when first asked for: a search of the text per person and per
    question made a long article's cost grow with the cube of its length."""

    def __init__(self, reg: ArticleSpeakers, role: str, of_body: bool):
        self.text, self.titles, self.of_body = reg.text, reg.lex.titles, of_body
        # one pattern per role word, not one per name and article; a body is matched case-blind
        self.after = _apposition_to(role, 6 if of_body else 3, re.IGNORECASE if of_body else 0)
        self.hay = self.text.lower() if of_body else self.text
        if len(self.hay) != len(self.text):  # a letter whose lower case is longer: offsets would drift
            self.hay = self.text  # so match the name as written
        self.done: set = set()  # names whose places are in ``places``
        self.places: list[tuple[int, str]] = []  # (offset, full name), in text order
        # each comma an apposition to the role follows, by the word before it: (offset, end of it)
        self.commas: dict[str, list[tuple[int, int]]] = {}
        text, hay = self.text, self.hay
        c = text.find(",")
        while c >= 0:
            m = self.after.match(text, c)
            if m is not None:
                w = c
                while w > 0 and not hay[w - 1].isspace():
                    w -= 1
                self.commas.setdefault(hay[w:c], []).append((c, m.end()))
            c = text.find(",", c + 1)

    def add(self, full: str) -> None:
        """Add the places where ``full`` stands right before an apposition to the role."""
        needle = full.lower() if self.hay is not self.text else full
        if len(needle) != len(full) or len(needle.split()) < 2 or needle != needle.strip():
            return self._search(full, needle)
        last_end = -1  # (a search goes on after the apposition it found)
        for c, end in self.commas.get(needle.split()[-1], ()):
            i = c - len(full)
            if i >= last_end and i >= 0 and self.hay.startswith(needle, i):
                last_end = end
                self._keep(full, i, end)

    def _search(self, full: str, needle: str) -> None:
        """:meth:`add` by plain search, for a name of one word or whose lower case changes its length."""
        i = self.hay.find(needle + ",")
        while i >= 0:
            m = self.after.match(self.text, i + len(full))
            if m is None:
                i = self.hay.find(needle + ",", i + 1)
                continue
            self._keep(full, i, m.end())
            i = self.hay.find(needle + ",", m.end())

    def _keep(self, full: str, i: int, end: int) -> None:
        text = self.text
        # with a body, the apposition must hold a title word: "Henrik Solberg, director of the hospital"
        if text.count(",", i, end) == 1 and (not self.of_body or any(
                w in self.titles for w in text[i + len(full):end].lower().replace(",", " ").split())):
            bisect.insort(self.places, (i, full))


@lru_cache(maxsize=256)
def _apposition_to(role: str, reach: int, flags: int) -> re.Pattern:
    """", the port's director": an apposition of at most ``reach`` words ending in ``role``."""
    return re.compile(r",\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,%d}?" % reach + re.escape(role) + r"\b", flags)


_POSSESSIVE_RE = re.compile(r"[’']s?$")
# a word after a space that may be capitalised (a capital, or any letter beyond ASCII: see
# str.isupper), and a character that ends a name's word
_AFTER_SPACE_RE = re.compile(r" ((?:[A-Z]|[^\x00-\x7f])\S*)")
_NOT_ALNUM_RE = re.compile(r"[\W_]")


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE_RE.sub("", name)


#: A capitalised word at least this long is matched alone by _CAPITALISED_RUN_RE, so the search
#: goes on after it: tried again from each capital inside it, a line of 5 MB of letters took n² steps.
#: No name has a word so long.
LONG_WORD_CHARS = 41
# Two to seven capitalised words ("Secretary of State Ada Voss"), or one long capitalised word
# alone (see LONG_WORD_CHARS; callers skip a one-word match). Written to open with a bare
# [A-Z], which lets the regex engine skip ahead to capitals in C: three times faster than the
# same pattern as a repeated group.
_CAPITALISED_RUN_RE = re.compile(r"[A-Z](?:(?:[\w.’'-]*[ \t]+(?:of[ \t]+)?[A-Z]){1,6}[\w’'-]+"
                                 r"|[\w.’'-]{" + str(LONG_WORD_CHARS - 1) + ",})")
