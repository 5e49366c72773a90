"""Assembling statements from one article: quotes, cues, content spans, speakers, kinds.

``extract_statements(text)`` is a pure function of the text, its publication date and the word
lists in ``data/``. Every offset it returns indexes ``text`` exactly as given.
"""
from __future__ import annotations

import bisect
import hashlib
import re
import time
import warnings
from collections import Counter
from itertools import compress, count
from operator import itemgetter
from dataclasses import dataclass

import pandas as pd

from . import schema
from .errors import ArticleTimeout
from .actors import find_actor_mentions_in, one_spelling
from .bundled import pos_lexicon
from .dates import date_phrase, may_hold_date, resolve_date
from .enrich.identity import settle
from .lexicon import Cue, Lexicon, cue_word_spans, has_cue_word, load_lexicon
from .quotes import Quote, find_quotes
from .sentiment import tone
from .speakers import (MAX_NAME_CHARS, PRONOUNS, ArticleSpeakers, Mention, is_capitalised, make_mention,
                       np_start, relative_mention, NAME_PARTICLES, NOUN_TAGS)
from .text import Span, Token, paragraphs, sentences, token_start, tokens

#: Longest paragraph read, in characters. A longer one (a page run together, a data dump) is read
#: as holding no statement, with a warning: the longest in the development sets has 1,230, and a
#: long feature pasted as one line stays well under this.
MAX_PARAGRAPH_CHARS = 100_000
#: Longest sentence read, or sentences a quote running across them joins: beyond it the text is
#: no sentence a reader parses and holds no statement (with a warning). Development sets: 1,230.
MAX_SENTENCE_CHARS = 10_000
#: Longest quote, marks included and over several paragraphs, read as a statement; a longer one
#: holds none (with a warning). Development sets: 2,073.
MAX_QUOTE_CHARS = 20_000
#: Seconds one article's extraction may take before :class:`~analysis.errors.ArticleTimeout`,
#: plus SECONDS_PER_MILLION_CHARS for each million characters: a normal article takes
#: milliseconds; the guard is for an article stuck on text no rule foresaw.
ARTICLE_TIME_LIMIT = 60.0
#: The guard's allowance for length: extraction takes 1.5 s per million characters of news here,
#: up to 8 s for text dense with statements on a busy machine; a 20 MB article (the largest
#: read) gets 660 s, several times what it needs.
SECONDS_PER_MILLION_CHARS = 30.0


class LongTextWarning(UserWarning):
    """Part of an article is over a maximum length (paragraph, sentence, quote or name) and was
    read as holding no statement."""


class _Deadline:
    """A time guard checked between units of work: raises :class:`ArticleTimeout` once past."""

    __slots__ = ("seconds", "where", "at")

    def __init__(self, seconds: float | None, where: str):
        self.seconds, self.where = seconds, where
        self.at = float("inf") if seconds is None else _now() + seconds

    def check(self) -> None:
        if _now() > self.at:
            raise ArticleTimeout(self.seconds, self.where)


_now = time.monotonic  # the guard's clock: it never goes back


# Words that may stand between a speaker and the cue ("Rubio also said", "she has long argued").
ADVERBS = frozenset("also later previously has have had then repeatedly once recently publicly privately "
                    "again reportedly initially further subsequently separately similarly earlier often "
                    "simply just already still flatly bluntly long would will did does do has since "
                    "had even never not n't quickly immediately first last now".split())
BE_FORMS = frozenset("is are was were be been being 's".split())
CLAUSE_ADVERBS = frozenset("too so only even never nearly almost more less much many few most no none "
                           "nothing nobody everyone everything all both".split())
CLAUSE_OPENERS = frozenset("if whether why how what when where who which".split())
# Subordinating words that can open the content of a bare clause ("said there was ...").
SUBJECT_TAGS = frozenset("DT PRP PRP$ NNP NNPS NN NNS CD EX JJ".split())
MIN_QUOTE_WORDS = 4  # shorter quoted spans are fragments: titles, scare quotes, mixed quotes
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
TIME_WORDS = WEEKDAYS | MONTHS | frozenset("today yesterday tonight earlier later recently last this next week "
                                           "month year morning afternoon evening night".split())
PUNCT_STRIP = " \t\n,.;:!?\"“”‘’'«»"


@dataclass
class _Stmt:
    start: int
    end: int
    kind: str
    mention: Mention | None
    cue: str | None
    cue_lemma: str | None
    cue_type: str | None
    cue_start: int | None
    cue_end: int | None
    attr_pos: int  # where the attribution is: orders speaker resolution
    paragraph: int
    method: str | None = None  # forced method (carry-over)
    inherit: "_Stmt | None" = None  # carry-over: takes the speaker of this statement
    speaker: str | None = None
    speaker_type: str | None = None


@dataclass
class _Unit:
    """A sentence, or sentences joined because a quote runs across them, within a paragraph.

    Tokens and tags are made on first use: most units hold no cue and are never tokenised.
    """

    para: int
    start: int
    end: int
    toks: list | None = None
    words: list | None = None
    tags: list | None = None
    subjects: dict | None = None  # _subject_before's answers, by (cue index, restrictive)
    speech: list | None = None  # (start, end) of the words that may open a cue of saying
    low: str | None = None  # the unit in lower case ("" when that changes its length)


_word_of = itemgetter(2)  # a token's text


class _Article:
    """Working state while one article is parsed."""

    def __init__(self, text: str, lex: Lexicon, deadline: _Deadline | None = None):
        self.text = text
        self.lex = lex
        self.deadline = deadline or _Deadline(None, "")
        self.notes: Counter = Counter()  # what was over a maximum length, for one warning
        self.paras: list[Span] = []
        self.boiler: set[int] = set()
        # paragraphs read as holding no statement: over MAX_PARAGRAPH_CHARS, or in a quote over
        # MAX_QUOTE_CHARS
        self.unread: set[int] = set()
        for i, p in enumerate(paragraphs(text)):
            self.paras.append(p)
            if p.end - p.start > MAX_PARAGRAPH_CHARS:
                self.unread.add(i)
                self.notes["paragraph"] += 1
            elif text[p.start:p.end].strip().lower() in lex.boilerplate:
                self.boiler.add(i)
        live = [p for i, p in enumerate(self.paras) if i not in self.boiler and i not in self.unread]
        self.quotes = find_quotes(text, live)
        if any(q.end - q.start > MAX_QUOTE_CHARS for q in self.quotes):
            self._unread_long_quotes()
        self._quote_starts = [q.start for q in self.quotes]
        self.units: list[_Unit] = []
        self.sentence_starts: list[int] = []
        for k, p in enumerate(self.paras):
            if k in self.boiler or k in self.unread:
                continue
            sents = sentences(text, p.start, p.end)
            self.sentence_starts.extend(s.start for s in sents)
            merged: list[Span] = []
            for s in sents:
                if merged and (self._quote_crosses(s.start) or self._attribution_after_quote(merged[-1], s)):
                    merged[-1] = Span(merged[-1].start, s.end)
                else:
                    merged.append(s)
            for s in merged:
                if s.end - s.start <= MAX_SENTENCE_CHARS:
                    self.units.append(_Unit(k, s.start, s.end))
                else:
                    self.notes["sentence"] += 1
        self._unit_starts = [u.start for u in self.units]

    def _unread_long_quotes(self) -> None:
        """Quotes over MAX_QUOTE_CHARS: the paragraphs they cross are read as holding no
        statement, and the quotes are dropped."""
        starts = [p.start for p in self.paras]
        keep = []
        for q in self.quotes:
            if q.end - q.start <= MAX_QUOTE_CHARS:
                keep.append(q)
                continue
            self.notes["quote"] += 1
            first = bisect.bisect_right(starts, q.start) - 1
            self.unread.update(range(max(first, 0), bisect.bisect_left(starts, q.end)))
        self.quotes = keep

    def _attribution_after_quote(self, prev: Span, s: Span) -> bool:
        """“Does it matter?” Biden said. — the attribution after a quote ending in ? or ! reads
        as a sentence of its own; it belongs with the quote."""
        if self.text[prev.end - 1] not in "”\"'»" or s.end - s.start > 100:
            return False
        q = self.in_quote(prev.end - 1)
        if q is None or q.start > prev.start + 1:
            return False  # the quote must make the sentence, not end it: 'he called it “dear to me.” He said …'
        return (not self.quote_opens_in(s.start, s.end)  # "He added: “…”" introduces the next quote
                and has_cue_word(self.lex, self.text, s.start, s.end, speech=True))

    def _quote_crosses(self, pos: int) -> bool:
        q = self.in_quote(pos)
        return q is not None and q.start < pos

    def in_quote(self, pos: int) -> Quote | None:
        """The quote whose marks enclose ``pos`` (quotes never overlap: a bisect finds it)."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        if k >= 0 and pos < self.quotes[k].end:
            return self.quotes[k]
        return None

    def unit_at(self, pos: int) -> _Unit | None:
        k = bisect.bisect_right(self._unit_starts, pos) - 1
        if k >= 0 and pos <= self.units[k].end:
            return self.units[k]
        return None

    def quote_opens_in(self, start: int, end: int) -> bool:
        """Whether a quote opens in ``text[start:end]``."""
        k = bisect.bisect_left(self._quote_starts, start)
        return k < len(self._quote_starts) and self._quote_starts[k] < end

    def toks(self, u: _Unit) -> list[Token]:
        if u.toks is None:
            u.toks = tokens(self.text, u.start, u.end)
            u.words = list(map(_word_of, u.toks))
        return u.toks

    def words(self, u: _Unit) -> list[str]:
        self.toks(u)
        return u.words

    def tags(self, u: _Unit) -> list[str]:
        if u.tags is None:
            u.tags = tag_words(self.words(u), self.lex)
        return u.tags


def tag_words(words: list[str], lex: Lexicon) -> list[str]:
    """Penn part-of-speech tags from TextBlob's bundled lexicon, with suffix rules for unknown
    words: a lookup per word, ten times faster than the full tagger and enough to find noun
    phrases around a cue."""
    first, rest = _word_tags(lex)
    if len(rest) > 500_000:  # bound the memory a huge vocabulary could take
        first.clear()
        rest.clear()
    out = list(map(rest.get, words))  # one C-level pass: nearly every word is known
    if None in out:
        for n, w in enumerate(words):
            if out[n] is None:
                f, t = _tag_word(w, lex)
                first[w], rest[w], out[n] = f, t, t
    if out:
        out[0] = first[words[0]]  # a capital opening a sentence says nothing
    n = 0
    while True:  # "has said", "was asked": a participle after an auxiliary
        try:
            n = out.index("VBD", n + 1)  # a C-level search: only the past forms are visited
        except ValueError:
            return out
        if words[n - 1].lower() in _PERFECT:
            out[n] = "VBN"


_TAG_CACHES: dict = {}


def _word_tags(lex: Lexicon) -> tuple[dict, dict]:
    """word -> tag at a sentence's start, and word -> tag elsewhere: filled as words are met,
    per word list."""
    return _TAG_CACHES.setdefault(lex.version, ({}, {}))


def _tag_word(w: str, lex: Lexicon) -> tuple[str, str]:
    if w in _QUOTE_TOKENS:  # the lexicon reads a lone apostrophe as a possessive
        return "''", "''"
    get = pos_lexicon().get
    low = w.lower()
    t = get(w)
    if t is None:
        t = get(low)
    first = t
    if w[:1].isupper():
        if w in lex.aliases and t in ("PRP", None):  # "US" is not "us"
            first = t = "NNP"
        elif t in ("JJ", "VB", "VBD", "VBZ", "VBP", "RB", "NN", "NNS", None) \
                and low not in lex.cue_forms and low not in ADVERBS:
            t = "JJ" if (w in lex.aliases and t == "JJ") else "NNP"
    if low.endswith(("n't", "n’t")):  # "wouldn’t", "can’t": the lexicon has only the straight form
        return "MD", "MD"
    if first is None or t is None:
        if not w[:1].isalnum():
            guess = w
        elif w[:1].isdigit():
            # "43-year-old", "10-point": a number joined to words is a noun ("the 43-year-old said")
            guess = "NN" if "-" in w and not w.replace("-", "").isdigit() else "CD"
        elif low.endswith("ing"):
            guess = "VBG"
        elif low.endswith("ed"):
            guess = "VBN"
        elif low.endswith("ly"):
            guess = "RB"
        elif low.endswith("s"):
            guess = "NNS"
        else:
            guess = "NN"
        first = first or guess
        t = t or guess
    return first, t


_QUOTE_TOKENS = frozenset("' ’ ‘ \" “ ” « » „".split())
_PERFECT = frozenset("has have had having been was were is are be".split())


def _cue_at(words: list[str], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The cue form starting at word ``i`` and how many words it spans."""
    w = words[i].lower()
    if w not in lex.cue_first_words:
        return None
    if i + 1 < len(words):
        two = w + " " + words[i + 1].lower()
        if two in lex.cue_forms:
            return two, 2
    if w in lex.cue_forms:
        return w, 1
    return None


def _subject_before(a: _Article, u: _Unit, ci: int, *, restrictive: bool = False) -> Mention | None:
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


def _find_subject_before(a: _Article, u: _Unit, ci: int, restrictive: bool) -> Mention | None:
    toks = a.toks(u)
    tags = a.tags(u)
    j = ci - 1
    while j >= 0 and (toks[j][2].lower() in ADVERBS and tags[j] not in NOUN_TAGS or _manner_adverb(toks[j][2])):
        j -= 1  # "Rubio only briefly explained"
    if j >= 2 and toks[j][2].lower() == "to" and toks[j - 1][2].lower() in ("on", "continued", "continues", "went",
                                                                              "goes", "began", "decided"):
        j -= 2 if toks[j - 1][2].lower() == "on" else 1  # "he went on to say", "she continued to argue"
        if j >= 0 and toks[j][2].lower() in ("went", "goes", "continued", "continues", "began", "decided"):
            j -= 1
        while j >= 0 and toks[j][2].lower() in ADVERBS and tags[j] not in NOUN_TAGS:
            j -= 1
    if j >= 1 and (toks[j][2].lower() in TIME_WORDS or _YEAR_RE.fullmatch(toks[j][2])) \
            and toks[j - 1][2].lower() in ("on", "last", "this", "late", "early", "in"):
        j -= 2  # "Trump on Tuesday dismissed"
        while j >= 0 and toks[j][2].lower() in ADVERBS and tags[j] not in NOUN_TAGS:
            j -= 1
    if j < 0 or toks[j][2].lower() in BE_FORMS:
        return None
    # between subject and cue: "(D-Ill.)", and appositives: "Trump, speaking Wednesday at the
    # White House, said"; "Scott Lind, the mayor of Eastbrook, one of the towns suing, said"
    aside = None  # the last appositive passed over: "Its general secretary, [Mira Kallan], said"
    for _ in range(4):
        if j >= 0 and toks[j][2] == ")":
            k = j
            while k >= 0 and toks[k][2] != "(":
                k -= 1
            j = k - 1
            continue
        if j >= 2 and (toks[j][2] in ("—", "–") or toks[j][2] == "-" and (
                toks[j - 1][2] == "-" or toks[j - 1][1] < toks[j][0])):
            # "Dockworkers — and some owners — say", "Orm -- co-author of a guide -- said",
            # "the union - which backs the strike - said" (a hyphen with spaces is a dash)
            dash = toks[j][2]
            double = dash == "-" and toks[j - 1][2] == "-"
            k = j - (2 if double else 1)
            while k > 0 and j - k < 25 and toks[k][2] not in (dash, ".", ";", ":"):
                k -= 1
            if k > 0 and toks[k][2] == dash:
                j = k - (2 if double and toks[k - 1][2] == "-" else 1)
                continue
            return None
        if j >= 0 and toks[j][2] != "," and aside is not None:
            # a second apposition: "Jon Brekk, president of the Harbour Fund, a lobby group, said"
            k = j
            while k > 0 and j - k < 10 and toks[k][2] not in ",.;:" and not a.in_quote(toks[k][0]):
                k -= 1
            role = toks[k + 1][2].lower() in a.lex.titles or tags[k + 1] in ("DT", "PRP$")
            if k > 1 and toks[k][2] == "," and role and not _has_main_verb(toks, tags, k + 1, j + 1) \
                    and is_capitalised(toks[k - 1][2]) and tags[k - 1] in NOUN_TAGS:
                first = np_start(toks, tags, 0, k - 1, a.lex)
                if not (first > 0 and tags[first - 1] in ("IN", "TO")):  # not "In Arnsby, the mayor, …"
                    aside = (k + 1, j)
                    j = k - 1
            break
        if j < 0 or toks[j][2] != ",":
            break
        k = j - 1
        while k >= 0 and toks[k][2] != ",":
            if toks[k][2] in ".;:" and not (k + 1 < len(toks) and toks[k + 1][2] in "),") \
                    or a.in_quote(toks[k][0]):
                return None
            k -= 1
        if k < 1 or j - k > 35:
            return None
        opener = toks[k + 1][2].lower()
        if not (tags[k + 1] in APPOSITIVE_OPENERS or opener in APPOSITIVE_WORDS):
            return None
        if opener not in APPOSITIVE_WORDS and _has_main_verb(toks, tags, k + 1, j):
            return None  # a clause, not an aside: "Earlier in the day, Voss attacked the plan, saying"
        aside = (k + 1, j - 1)
        j = k - 1
        home = _hometown_before(toks, j)
        if home is not None:
            j = home  # "Lina Aro, 59, of Arnsby, who …, said": the hometown is one more aside
        if j >= 2 and tags[j] == "CD" and toks[j - 1][2] == ",":
            j -= 2  # "Ramil Carr, 31, a photographer, said": the age is one more aside
    if j < 0:
        return None
    if tags[j] == "VBN" and j >= 1 and (toks[j - 1][2].lower() in ("those", "people") or tags[j - 1] == "NNS") \
            and toks[j][2].lower() in _REDUCED_RELATIVES:
        k = np_start(toks, tags, 0, j - 1, a.lex)  # "those surveyed said", "voters polled say"
        return make_mention(a.text, toks, k, j, a.lex)
    if toks[j][2].lower() in ("him", "her", "them", "us", "me") and j >= 2 and tags[j - 1] in ("IN", "TO") \
            and toks[j - 1][2].lower() != "of":
        h = j - 2  # "those around her admit", "crews close to him say"
        if tags[h] in ("JJ", "VBN", "VBG", "VB") and h >= 1 and tags[h - 1] in NOUN_TAGS:
            h -= 1
        if tags[h] in NOUN_TAGS or tags[h] == "DT":
            return make_mention(a.text, toks, np_start(toks, tags, 0, h, a.lex), j, a.lex)
    if toks[j][2] == "whom" and j >= 2 and toks[j - 1][2] == "of" and tags[j - 2] in ("DT", "JJ", "CD", "NN"):
        return make_mention(a.text, toks, j - 2, j, a.lex)  # "…, many of whom say"
    if toks[j][2] in RELATIVE_PRONOUNS:  # lower case: "Who" in a headline is not a relative
        return _relative_subject(a, u, j, restrictive=restrictive)
    head = toks[j][2]
    if head.lower() in ("having", "being"):
        return None  # "Having announced that …, Captain Brekk …": a participle, not a speaker
    if head.lower() in PRONOUNS and head.lower() not in ("it",) or head.lower() == "it":
        if j > 0 and tags[j - 1] in NOUN_TAGS:
            return None
        return make_mention(a.text, toks, j, j, a.lex)
    if tags[j] == "CD" and j >= 2 and toks[j - 1][2].lower() == "in" and tags[j - 2] == "CD":
        return make_mention(a.text, toks, j - 2, j, a.lex)  # "Six in 10 say"
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
    of = next((m for m in range(k, j + 1) if toks[m][2].lower() == "of"), j + 1)  # "The mayor [of Arnsby]"
    if aside is not None and not any(is_capitalised(toks[m][2]) and tags[m] in ("NNP", "NNPS")
                                     and toks[m][2].lower() not in a.lex.titles for m in range(k, of)):
        first, last = aside  # a role, then the name in apposition: the name is the speaker
        if 2 <= last - first + 1 <= 4 and all(is_capitalised(toks[m][2]) and tags[m] in NOUN_TAGS
                                              for m in range(first, last + 1)):
            return _with_role(make_mention(a.text, toks, first, last, a.lex), a.text[toks[k][0]:toks[j][1]])
    if k >= 3 and tags[k - 1] in ("IN", "TO") and tags[k - 2] in ("VBG", "VBN", "JJ") \
            and toks[k - 1][2].lower() != "of":
        # the phrase hangs off a modifier of the subject: "people familiar with the talks said",
        # "a source speaking to the paper said"
        head = _subject_before(a, u, k - 2)
        if head is not None and head.end <= toks[k - 2][0]:
            return head
    m = make_mention(a.text, toks, k, j, a.lex)
    if aside is not None and aside[0] == j + 2 and tags[aside[0]] in _ROLE_OPENERS:
        # "Mira Kallan, the union's general secretary, said": the apposition is her role
        m = _with_role(m, a.text[toks[aside[0]][0]:toks[aside[1]][1]])
    return m


# Tags that open an apposition naming a role ("the union's secretary", "director of …").
_ROLE_OPENERS = frozenset("DT PRP$ JJ JJS NN NNS NNP".split())


def _with_role(m: Mention, role: str) -> Mention:
    """``m`` with ``role`` as its title when it has none ("Rolf Engen" + "the federation's chairman")."""
    return m if m.title else m._replace(title=role)


_FINITE = frozenset("VBD VBZ VBP MD".split())
# Words that open a subordinate clause, many tagged as prepositions ("After Voss said …").
SUBORDINATORS = frozenset("after before since because although though while when whenever if unless as "
                          "until till once whereas whether than that".split())
# Those that open an adverbial clause before the main one ("After Voss said …, the union …").
_OPENING_SUBORDINATORS = SUBORDINATORS - frozenset("that than whether as".split())
# ... and with the relative pronouns: a verb after them is not the aside's own
_CLAUSE_OPENERS = SUBORDINATORS | frozenset("who whom whose which".split())


def _has_main_verb(toks: list[Token], tags: list[str], lo: int, hi: int) -> bool:
    """A finite verb in toks[lo:hi] before any relative pronoun or subordinator: "Voss attacked
    the plan" is a clause; "a pilot who crossed that night" and "after the vote ended" are
    asides."""
    for m in range(lo, hi):
        if toks[m][2].lower() in _CLAUSE_OPENERS:
            return False
        if _finite_at(tags, m):
            return True
    return False


def _finite_at(tags: list[str], m: int) -> bool:
    """Token ``m`` is a finite verb. The lexicon tags most past forms VBN; right after a name or
    a pronoun ("Voss attacked", "she called") a past form is the clause's verb."""
    return tags[m] in _FINITE or (tags[m] == "VBN" and m > 0 and tags[m - 1] in ("NNP", "NNPS", "PRP"))


# "which" clauses report documents and events as often as speakers ("the records, which showed")
RELATIVE_PRONOUNS = frozenset(("who",))
_RELATIVE_SEPARATORS = frozenset(", — – -".split())


def _relative_subject(a: _Article, u: _Unit, j: int, *, restrictive: bool = False) -> Mention | None:
    """The subject of a non-restrictive relative clause at local token ``j``: "McConnell, who in
    2010 said", "Ada Voss — who later said". The mention is the relative pronoun; the noun phrase
    before the comma or dash names the speaker. None for a restrictive clause ("told a voter who
    said"): it often hangs off an object, and the sentence's own speaker is the one quoted."""
    toks = a.toks(u)
    k = j
    while k > 0 and toks[k - 1][2] in _RELATIVE_SEPARATORS:
        k -= 1
    if k == 0 or k == j and not restrictive:
        return None
    if k == j:  # "economists who argue that …": the noun phrase right before the pronoun
        tags = a.tags(u)
        if tags[j - 1] not in NOUN_TAGS or a.in_quote(toks[j - 1][0]):
            return None
        antecedent = make_mention(a.text, toks, np_start(toks, tags, 0, j - 1, a.lex), j - 1, a.lex)
        return relative_mention(a.text, toks[j], antecedent)
    antecedent = _subject_before(a, u, k)
    if antecedent is None or antecedent.antecedent is not None:
        return None
    return relative_mention(a.text, toks[j], antecedent)


def _manner_adverb(w: str) -> bool:
    """"only", or an adverb made from an adjective ("briefly", "publicly", "angrily"): it may
    stand between a speaker and the cue. Nouns ending in -ly ("family", "ally") are not."""
    if w == "only":
        return True
    if not (w.endswith("ly") and w.islower() and len(w) > 4):
        return False
    stem = w[:-3] + "y" if w.endswith("ily") else w[:-2]
    return pos_lexicon().get(stem) == "JJ"


def _clause_subject(a: _Article, u: _Unit, ci: int) -> Mention | None:
    """The subject of the clause a coordinated or participial cue hangs from: "Graham called both
    candidates crazy and said …" -> Graham; "In a speech on Monday, Trump attacked the plan,
    saying …" -> Trump. It is the subject of the nearest finite verb before the cue."""
    toks, tags = a.toks(u), a.tags(u)
    top = ci - 1
    while top > 0 and toks[top][2].lower() in ADVERBS:
        top -= 1  # the cue's own auxiliaries: "… but has since said"
    for v in range(top, 0, -1):
        # "Other pilots grumbled about … and said", "The mayor closed the meeting and vowed": a past
        # form after a noun subject, here a verb
        if (_finite_at(tags, v) or tags[v] == "VBN" and (tags[v - 1] == "NNS" or tags[v - 1] == "NN" and v + 1 < ci
                                                          and tags[v + 1] in ("DT", "PRP$"))) \
                and not a.in_quote(toks[v][0]):
            m = _subject_before(a, u, v)
            if m is not None:
                return m
            if toks[v - 1][2].lower() not in ADVERBS and tags[v - 1] not in _FINITE:
                return None  # the nearest verb has no subject we can read: do not guess further back
    return None


def _new_clause_at(a: _Article, u: _Unit, i: int) -> int | None:
    """Where a clause with its own subject and the cue at ``i`` begins inside the content of an
    earlier statement ("… were not finished, and harbour unions warned that …"): the offset of
    its "and", "but" or ";", or None. "and" between two nouns joins a subject ("voters and
    officials believe"), so it counts only after a comma or a word that is not a noun."""
    toks, tags = a.toks(u), a.tags(u)
    m = _subject_before(a, u, i)
    if m is None:
        return None
    k = _token_before(toks, m.start + 1)  # the subject's first token
    while k > 0 and tags[k - 1] in ("DT", "PRP$", "JJ", "CD") and toks[k - 1][0] < m.start:
        k -= 1
    if k < 2:
        return None
    c = toks[k - 1][2].lower()
    if c == ";" or (c in ("and", "but") and (toks[k - 2][2] == "," or tags[k - 2] not in NOUN_TAGS)):
        return toks[k - 2][1] if toks[k - 2][2] == "," else toks[k - 1][0]
    return None


def _coordinated(toks: list[Token], i: int) -> bool:
    """The cue at ``i`` follows "and" or "but", perhaps past auxiliaries and adverbs ("… but has
    since said"): it shares the subject of the verb before."""
    j = i - 1
    while j > 0 and toks[j][2].lower() in ADVERBS:
        j -= 1
    return j >= 0 and toks[j][2].lower() in ("and", "but")


def _governed(a: _Article, u: _Unit, m: Mention) -> bool:
    """The phrase ``m`` is the object of a verb or preposition ("issued [a statement] calling
    for", "in [a letter] urging"): a participle after it reports what the clause's subject said,
    not what the document or listener said."""
    toks, tags = a.toks(u), a.tags(u)
    k = _token_before(toks, m.start)
    return k >= 0 and (tags[k] in ("IN", "TO") or tags[k].startswith("VB")) and toks[k][2].lower() not in BE_FORMS


def _block_after(a: _Article, u: _Unit, k: int) -> tuple[int, int, str] | None:
    """What a cue ending its paragraph with a colon ("he said:") introduces: the next paragraph,
    or the quote that fills it, as (start, end, kind)."""
    toks = a.toks(u)
    if k != len(toks) - 1 or toks[k][2] != ":" or a.paras[u.para].end > toks[k][1]:
        return None
    nxt = u.para + 1
    while nxt in a.boiler:
        nxt += 1
    if nxt >= len(a.paras) or nxt in a.unread:
        return None
    p = a.paras[nxt]
    if len(a.text[p.start:p.end].split()) < 4:
        return None
    q = a.in_quote(p.start)
    if q is not None and q.start == p.start:  # “…” set off in its own paragraph: its words
        return (q.content_start, q.content_end, "direct") if q.end >= p.end - 2 else None
    return p.start, p.end, "unmarked"


_FIRST_WORD_RE = re.compile(r"[A-Za-z]{2,}")
# The commonest cues in news, tried first by plain search; any word list may drop them.
_COMMON_CUES = ("said", "says", "told")
_is_letter = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").__contains__


def _may_hold_cue(a: _Article, u: _Unit) -> bool:
    """Whether unit ``u`` can hold a cue, decided before it is tokenised (most units cannot):
    a word that opens a cue, written in lower case or opening the sentence (mid-sentence
    "States", "State" are names), and for a word that only opens longer cues ("make clear",
    "point out") with the rest of the cue after it. Headlines, in title case, are let through."""
    text, lex = a.text, a.lex
    for w in _COMMON_CUES:  # "said" as a word of its own settles it: a C-level search or two
        at = text.find(w, u.start, u.end) if w in lex.cue_forms else -1
        while at >= 0:
            stop = at + len(w)
            if not (at > u.start and _is_letter(text[at - 1]) or stop < u.end and _is_letter(text[stop])):
                return True
            at = text.find(w, stop, u.end)
    low = text[u.start:u.end].lower()
    hits = lex.cue_first_words.intersection(_FIRST_WORD_RE.findall(low))
    if not hits or u.para == 0:
        return bool(hits)
    single, longer = lex.single_cues, lex.longer_cues
    body = text[u.start:u.end]
    for h in hits:
        # substring tests only: letting a unit through too often costs time, never a statement
        if h in single and (h in body or low.startswith(h) or h.upper() in body):
            return True
        for form in longer.get(h, ()):
            if form in low:
                return True
    return False


def _after_apposition(a: _Article, u: _Unit, i: int) -> bool:
    """The word at ``i`` follows a subject and its apposition ("Jonas Reik, a spokesman, called
    on …"): a past form there is the main verb, not a participle."""
    m = _subject_before(a, u, i)
    return m is not None and m.end < a.toks(u)[i - 1][0] and m.name.lower() not in PRONOUNS


def _in_opening_clause(words: list[str], i: int, mention_at: int, toks: list[Token]) -> bool:
    """The cue at ``i`` stands in a subordinate clause that opens the sentence ("After Voss said
    …,", "Six weeks after Voss unveiled …,"): a subordinator before its speaker, no comma between."""
    for n in range(i - 1, -1, -1):
        w = words[n].lower()
        if w == ",":
            return False
        if w in _OPENING_SUBORDINATORS and toks[n][0] - toks[0][0] <= mention_at:
            return True
    return False


def _after_preposition(a: _Article, u: _Unit, m: Mention) -> bool:
    """The phrase ``m`` is the object of a preposition ("in [a statement]", "with [polls]")."""
    toks, tags = a.toks(u), a.tags(u)
    k = _token_before(toks, m.start)
    return k >= 0 and tags[k] in ("IN", "TO") and toks[k][2].lower() not in SUBORDINATORS


def _words_after_quote(a: _Article, u: _Unit, q: Quote, m: Mention) -> int | None:
    """End of the words that carry on after a closing quote up to ", she said" (“…” for fraud,
    she said), or None when the attribution follows the quote directly."""
    toks, tags = a.toks(u), a.tags(u)
    j = bisect.bisect_left(toks, q.end, key=token_start)
    k = _token_before(toks, m.start)
    if j >= len(toks) or k <= j or toks[k][2] != "," or not (
            tags[j] in ("IN", "TO", "CC", "RB", "WDT") or tags[j].startswith("VB")):
        return None  # the words go on with a phrase or clause, not the speaker's name
    if any(t[2] in ";:.!?()—–“”\"" or a.in_quote(t[0]) for t in toks[j:k]):
        return None
    return toks[k - 1][1]


def _hometown_before(toks: list[Token], j: int) -> int | None:
    """Index before ", of Arnsby" / ", from Hild, Vg." ending at ``j``, or None."""
    p = j
    while p > 1 and j - p < 6 and (is_capitalised(toks[p][2]) or toks[p][2] in (",", ".")):
        p -= 1
    if p >= 2 and p < j and toks[p][2].lower() in ("of", "from") and toks[p - 1][2] == "," \
            and is_capitalised(toks[p + 1][2]):
        return p - 2
    return None


# Participles that describe who answered: "those surveyed said", "voters polled say".
_REDUCED_RELATIVES = frozenset("surveyed polled questioned interviewed asked sampled contacted".split())


_IDIOMS = (("let's", "say"), ("let’s", "say"), ("let", "us", "say"), ("needless", "to", "say"),
           ("suffice", "it", "to", "say"), ("is", "to", "say"), ("so", "to", "speak"), ("having", "said", "that"))


def _idiom(words: list[str], i: int) -> bool:
    """The cue at ``i`` is part of a set phrase that reports nobody ("Let's say", "Needless to say")."""
    for k, phrase in _IDIOM_INDEX.get(words[i].lower(), ()):  # one dict lookup for nearly every cue
        s = i - k
        if s >= 0 and tuple(x.lower() for x in words[s:s + len(phrase)]) == phrase:
            return True
    return False


_IDIOM_INDEX: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
for _phrase in _IDIOMS:
    for _k, _w in enumerate(_phrase):
        _IDIOM_INDEX.setdefault(_w, []).append((_k, _phrase))


def _asked_question(toks: list[Token], i: int, form: str) -> int | None:
    """Local index where the question starts after a sentence-opening "Asked whether …," / "When
    asked if …,", or None."""
    # "Voss was asked what …", "…, she said when asked how …"
    passive = i >= 1 and toks[i - 1][2].lower() in ("was", "were", "being", "been", "when")
    if form != "asked" or not (i == 0 or i == 1 and toks[0][2].lower() in ("when", "if", "once") or passive):
        return None
    k = i + 1
    if k + 2 < len(toks) and toks[k][2].lower() == "by":  # "Asked by a reporter whether …"
        k = next((m for m in range(k + 1, min(len(toks), k + 8)) if toks[m][2].lower() in _QUESTION_WORDS), k)
    return k if k < len(toks) and toks[k][2].lower() in _QUESTION_WORDS else None


def _question_end(a: _Article, u: _Unit, k: int) -> int | None:
    """Offset where an "Asked whether …," question ends: its comma, after a quote closing on a
    comma (“…,”), past an aside (", which …,")."""
    toks = a.toks(u)
    aside = False
    for m in range(k + 1, len(toks)):
        w = toks[m][2]
        if w not in ",;:":
            continue
        q = a.in_quote(toks[m][0])
        if q is not None:
            if w == "," and q.end <= toks[m][1] + 1:
                return q.end  # “… as president,” 75 percent said
            continue
        if aside:
            aside = False
            continue
        if w == "," and m + 1 < len(toks) and toks[m + 1][2].lower() in ("which", "who"):
            aside = True
            continue
        return toks[m][0] if m > k + 1 else None
    return _trim(a.text, u.start, u.end)[1] if len(toks) > k + 2 else None  # "Voss was asked whether she would run."


_QUESTION_WORDS = frozenset("whether if how why what who when where about".split())


def _shouted(a: _Article, q: Quote) -> bool:
    """A quote, however short, ending its sentence right after a verb of saying: "shouted, “Open up!”",
    "a docker yelled “Come back!”" (a cue of another kind, "called it “a farce”", labels instead)."""
    u = a.unit_at(q.start)
    if u is None or not _only(a.text, q.end, u.end, PUNCT_STRIP):
        return False
    toks = a.toks(u)
    j = _token_before(toks, q.start)
    if j >= 1 and toks[j][2] in (",", ":"):
        j -= 1
    cue = _cue_at(a.words(u), j, a.lex) if j >= 0 else None
    return cue is not None and cue[1] == 1 and a.lex.cue_forms[cue[0]].type == "speech" \
        and a.lex.cue_forms[cue[0]].frames != {"object"} and a.tags(u)[j].startswith("VB")


def _lead_before(a: _Article, u: _Unit, m: Mention) -> int | None:
    """Where the sentence's own words start when it opens before its speaker: "The port is
    quiet, he added, “but …”". None when the speaker opens the
    sentence, or the opening is a quote or a time or place ("On Monday, she said, “…”")."""
    toks = a.toks(u)
    k = _token_before(toks, m.start)
    if k < 1 or toks[k][2] != "," or m.antecedent is not None or toks[k - 1][2].lower() in ADVERBS \
            or a.tags(u)[k - 1] in ("IN", "VBG", "TO") or a.text.find(";", u.start, toks[k][0]) >= 0:
        return None  # "…, who said, “…”", "indeed, he said", "including, he said, “…”"
    bracket = a.text[u.start] == "("
    if a.lex.connectives.fullmatch(a.text, u.start + bracket, toks[k][1] + 1):
        return None  # "However, she said, “…”": the link is the reporter's
    s = _after_lead(a, u.start, toks[k][0])
    first = bisect.bisect_left(toks, s, key=token_start)  # the first token at or after s
    if first >= k or a.quote_opens_in(s, toks[k][0]) or a.in_quote(s):
        return None
    w, tags = toks[first][2].lower(), a.tags(u)
    if w in _SETTING_WORDS or w in TIME_WORDS or w in SUBORDINATORS or tags[first] in ("CD", "VBG", "VBN", "IN", "CC") \
            or not _has_finite_verb(a, u, first, k):
        return None
    return s


# Words opening a phrase that sets the scene of a statement rather than stating anything.
_SETTING_WORDS = frozenset("at on during speaking in from asked later earlier separately elsewhere meanwhile "
                           "afterward afterwards then".split())


def _token_before(toks: list[Token], pos: int) -> int:
    """Local index of the last token starting before offset ``pos`` (-1 if none)."""
    return bisect.bisect_left(toks, pos, key=token_start) - 1


def _governing_subject(a: _Article, u: _Unit, m: Mention) -> Mention | None:
    """The subject of the verb that governs the object ``m``: "They sent a letter to [Senate
    leaders] opposing …" -> They. The verb is the nearest one before ``m`` (past a preposition or
    particle: "put out", "sent a letter to"); None when the clause has none before it ("In a
    statement announcing …, the union said"), so the sentence's own cue is used instead."""
    toks, tags = a.toks(u), a.tags(u)
    for v in range(_token_before(toks, m.start), -1, -1):
        if toks[v][2] in ",;:" or a.in_quote(toks[v][0]):
            return None
        if tags[v].startswith("VB") and tags[v] != "VBG" and toks[v][2].lower() not in BE_FORMS:
            return _subject_before(a, u, v)
    return None


def _inverted_speaker(a: _Article, u: _Unit, np: tuple[int, int]) -> Mention:
    """The speaker after an inverted cue ("said Rolf Engen", "said the chairman, Rolf Engen"),
    the role in apposition as its title."""
    toks = a.toks(u)
    name = _apposed_name(a, u, np)
    m = make_mention(a.text, toks, name[0], name[1], a.lex)
    return m if name == np else _with_role(m, a.text[toks[np[0]][0]:toks[np[1]][1]])


def _apposed_name(a: _Article, u: _Unit, np: tuple[int, int] | None) -> tuple[int, int] | None:
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


def _np_after(a: _Article, u: _Unit, i: int) -> tuple[int, int] | None:
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
        if w.lower() in ("of", "for") and j > i and j + 1 < len(toks) \
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
        break
    if j == i:
        return None
    last = j - 1
    while last > i and tags[last] not in NOUN_TAGS and not is_capitalised(toks[last][2]):
        last -= 1
    if tags[last] not in NOUN_TAGS and not is_capitalised(toks[last][2]):
        return None
    return i, last


APPOSITIVE_OPENERS = frozenset("VBG VBN DT CD WP WP$ WDT JJ JJS NNP NNPS NN NNS PRP$ RB IN".split())
APPOSITIVE_WORDS = frozenset("who whose which speaking".split())
NP_AFTER_TAGS = frozenset("NN NNS NNP NNPS JJ DT PRP$ POS CD".split())


def _content_after(a: _Article, u: _Unit, ci: int, width: int, cue: Cue) -> int | None:
    """Local token index where the reported clause after the cue starts, or None."""
    toks = a.toks(u)
    tags = a.tags(u)
    n = len(toks)
    k = ci + width
    if k >= n:
        return None
    # "that" within a few words, after a listener, a time or a place: "told reporters on Tuesday that"
    for m in range(k, min(n, k + 16)):
        w = toks[m][2].lower()
        if w == "that":
            between = range(k, m)
            if m == k and m + 1 < n and toks[m + 1][2] in ".;:":
                return None  # "… said that.": "that" is the object, no clause follows
            if m == k:
                # "said that is unlikely": a demonstrative subject, not the complementiser
                return m if m + 1 < n and tags[m + 1] in ("VBZ", "VBD", "MD") else m + 1
            first = toks[k][2].lower()
            if cue.object != "no" or tags[k] in ("IN", "TO") or first in TIME_WORDS or toks[k][2] == "," \
                    or first in ("to",):
                if not any(tags[b].startswith("VB") and tags[b] != "VBN" and toks[b][2].lower() not in TIME_WORDS
                           for b in between):
                    return m + 1
            break
        if w in ".;:!?" or a.in_quote(toks[m][0]):
            break
    if cue.object == "required":
        np = _np_after(a, u, k)
        if np is None:
            return None
        k = np[1] + 1
        if k < n and tags[k] == "IN" and toks[k][2].lower() != "that":  # "told a rally in Ohio she …"
            pp = _np_after(a, u, k + 1)
            if pp is not None:
                k = pp[1] + 1
        if k < n and toks[k][2].lower() == "that":
            k += 1
        if k < n and toks[k][2].lower() == "to":
            return None
    # skip time and manner adjuncts: "said Tuesday", "said on Tuesday,", "said in a statement,"
    while k < n:
        w = toks[k][2].lower()
        if w in ("this", "last", "next"):  # "said this week" is a time, "said this was" is not
            if k + 1 < n and toks[k + 1][2].lower() in TIME_WORDS:
                k += 2
                continue
            break
        if w in TIME_WORDS or w == ",":
            k += 1
            continue
        if w in ("after", "before", "during", "following", "at", "in", "on") and k + 1 < n:
            # "said after the meeting he would …": the clause starts at its pronoun subject
            p = next((m for m in range(k + 1, min(n, k + 7)) if toks[m][2] in ",.;:"
                      or toks[m][2].lower() in _NOMINATIVE), None)
            if p is not None and toks[p][2].lower() in _NOMINATIVE and toks[p][2].lower() != "it":
                k = p
                break
        if w in ("on", "in", "at", "during", "last", "this", "earlier") and k + 1 < n:
            e = k + 1
            while e < n and e - k < 6 and toks[e][2] not in ",.;:":
                e += 1
            if e < n and toks[e][2] == ",":
                k = e + 1
                continue
            if toks[k + 1][2].lower() in WEEKDAYS or toks[k + 1][2].lower() in TIME_WORDS:
                k += 2
                continue
        break
    if k >= n:
        return None
    if toks[k][2] == ":" and k + 1 < n:
        return k + 1
    w = toks[k][2].lower()
    if w in CLAUSE_OPENERS:
        return k
    if w.replace("’", "'").split("'")[0] in _NOMINATIVE:  # "said they welcome it", "said it’s time"
        return k
    comparative = tags[k] in ("RBR", "JJR") and k + 1 < n and tags[k + 1] in NOUN_TAGS  # "said faster loading …"
    # a gerund subject right after the cue: "said ending the levy would be reckless"
    gerund = tags[k] == "VBG" and k == ci + width and w not in a.lex.cue_forms \
        and any(tags[m] in _FINITE for m in range(k + 1, n))
    if tags[k] not in SUBJECT_TAGS and not is_capitalised(toks[k][2]) and toks[k][2] not in "“\"" \
            and w not in CLAUSE_ADVERBS and not comparative and not gerund:
        return None
    if w in ("a", "an") and cue.type != "speech":
        return None
    # a clause needs a verb after its subject; "plans to", "wants to" are verbs the lexicon reads as nouns
    if not any(tags[m][:2] in ("VB", "MD") or tags[m] == "NNS" and m + 2 < n and (
            toks[m + 1][2] == "to" and _infinitive(toks, tags, m + 3 if tags[m + 2] == "RB" else m + 2)
            or tags[m - 1] in ("NNP", "PRP") and tags[m + 1] in ("DT", "PRP$", "NNP")) for m in range(k + 1, n)):
        return None  # "Brekk hides his accounts": an -s form after a name, read as a plural noun
    return k


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n,;:":
        s += 1
    while e > s and text[e - 1] in " \t\n,;:—–-":
        e -= 1
    if e > s and text[e - 1] == ")" and text.find("(", s, e) < 0:
        e -= 1  # "… if he starts winning.)": the bracket closes the reporter's aside, not the words
    if e > s and text[s] == "(" and text.find(")", s, e) < 0:
        s += 1  # "(Voss said the levy would fall": the bracket opens the reporter's aside
    # the sentence's full stop is not part of what was said, unless it ends "U.S."
    if e > s and text[e - 1] in ".!" and "." not in text[max(s, e - 5):e - 1].split(" ")[-1]:
        e -= 1
    return s, e


def extract_statements(text: str, *, published=None, lexicon: Lexicon | None = None,
                       article_id: str | None = None,
                       time_limit: float | None = ARTICLE_TIME_LIMIT) -> pd.DataFrame:
    """Statements in one article: who said what, with the cue, date, tone and actors.

    Parameters
    ----------
    text
        The article text, headline first. Offsets in the result index this string.
    published
        Publication date (anything :func:`pandas.Timestamp` reads); resolves "Wednesday".
    lexicon
        Word lists (default: the project's ``data/``).
    article_id
        Id used in ``statement_id`` and in warnings and errors; default the hash of ``text``.
    time_limit
        Seconds the extraction may take, plus ``SECONDS_PER_MILLION_CHARS`` per million
        characters of ``text`` (None: no limit). It is checked between units of work
        (paragraphs, quotes, sentences, statements), so it holds in any thread or process.

    Returns
    -------
    pandas.DataFrame
        One row per statement, columns as in :data:`analysis.schema.STATEMENT_COLUMNS`, in
        order of appearance.

    Raises
    ------
    ArticleTimeout
        When the extraction runs past ``time_limit``; a corpus run turns it into an error row.

    Warns
    -----
    LongTextWarning
        When a paragraph, sentence, quote or speaker's name is over its maximum length
        (``MAX_PARAGRAPH_CHARS``, ``MAX_SENTENCE_CHARS``, ``MAX_QUOTE_CHARS``,
        ``MAX_NAME_CHARS``): that text is read as holding no statement. Time grows linearly
        with the text's length up to those limits, and beyond them.

    Examples
    --------
    >>> df = extract_statements('“We will rebuild the bridge,” Mayor Ilsa Brandt said.')
    >>> df[["speaker", "kind", "cue_lemma"]].values.tolist()
    [['Ilsa Brandt', 'direct', 'say']]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_statements needs a str, got {type(text).__name__}")
    lex = lexicon or load_lexicon()
    article_id = article_id or hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    if time_limit is not None:
        if isinstance(time_limit, bool) or not isinstance(time_limit, (int, float)):
            raise TypeError(f"time_limit must be a number of seconds or None, got {type(time_limit).__name__}")
        if not time_limit > 0:
            raise ValueError(f"time_limit must be a positive number of seconds, got {time_limit!r}")
        time_limit += SECONDS_PER_MILLION_CHARS * len(text) / 1_000_000
    a = _Article(text, lex, _Deadline(time_limit, f"article {article_id}"))
    stmts = _find(a)
    if a.notes:
        _warn_long(a.notes, article_id)
    return _table(a, stmts, published, article_id)


def _warn_long(notes: Counter, article_id: str) -> None:
    """One warning naming the article and what in it was over a maximum length."""
    limits = {"paragraph": ("paragraph", MAX_PARAGRAPH_CHARS), "sentence": ("sentence", MAX_SENTENCE_CHARS),
              "quote": ("quote", MAX_QUOTE_CHARS), "name": ("speaker name", MAX_NAME_CHARS)}
    parts = [f"{n} {limits[k][0]}{'s' if n > 1 else ''} over {limits[k][1]:,} characters"
             for k, n in notes.items()]
    warnings.warn(f"article {article_id}: {', '.join(parts)}, read as holding no statement",
                  LongTextWarning, stacklevel=3)


def _find(a: _Article) -> list[_Stmt]:
    a.deadline.check()  # (the article's paragraphs, quotes and sentences are found)
    text, lex = a.text, a.lex
    out: list[_Stmt] = []
    used_quotes: set[int] = set()
    used_cues: set[int] = set()

    unit_at = a.unit_at

    def cue_info(u: _Unit, i: int):
        return _cue_at(a.words(u), i, lex)

    # --- Pass A: quotes with their attribution right after or right before them
    qi = 0
    quotes = a.quotes
    while qi < len(quotes):
        a.deadline.check()
        q = quotes[qi]
        content = text[q.content_start:q.content_end]
        u = unit_at(q.end - 1) or unit_at(q.end)
        short = len(content.split(None, MIN_QUOTE_WORDS)) < MIN_QUOTE_WORDS  # (no need to split it all)
        if short and (u is None or not _only(text, u.start, q.start)) and not _shouted(a, q):
            qi += 1  # a short quote inside a sentence: a title, a scare quote, a fragment
            continue
        found = None
        if u is not None:
            toks = a.toks(u)
            # first token after the quote
            j = bisect.bisect_left(toks, q.end, key=token_start)
            if j < len(toks) and toks[j][2] == ",":
                j += 1
            # ", he said" / ", Rubio said" / ", said Rubio"; not "…,” but she also noted …", a clause of its own
            joined = j < len(toks) and toks[j][2].lower() in ("but", "and", "while", "yet")
            stop = j if joined else min(len(toks), j + 30)
            for c in range(j, stop):
                if toks[c][2] in ".;!?" and not (c + 1 < len(toks) and toks[c + 1][2] in "),") \
                        or (toks[c][2] in "“\"" and c > j):
                    break
                cue = cue_info(u, c)
                if cue is None:
                    continue
                form, width = cue
                tags = a.tags(u)
                if not (tags[c].startswith("VB") or form == "according to" or c > j):
                    continue
                if form.endswith("ing") and c == j:
                    break  # “…,” suggesting that …: the quote belongs to the sentence's own cue
                if form == "according to":
                    np = _np_after(a, u, c + 2)
                    if np:
                        found = (c, width, form, make_mention(text, toks, np[0], np[1], lex))
                    break
                if c == j:
                    np = _np_after(a, u, c + width)
                    if np:
                        found = (c, width, form, _inverted_speaker(a, u, np))
                    break
                m = _subject_before(a, u, c)
                if m is not None and m.start >= toks[j][0]:
                    found = (c, width, form, m)
                break
        if found is not None:
            c, width, form, mention = found
            toks = a.toks(u)
            cue_tok = toks[c]
            cue_end = toks[c + width - 1][1]
            s, e = q.content_start, q.content_end
            used_quotes.add(qi)
            kind = "direct"
            tail = _words_after_quote(a, u, q, mention) if mention.end <= cue_tok[0] else None
            if tail is not None:
                e, kind = tail, "mixed"  # “…until the owners pay” for cranes, she said: the clause goes on
            # the quote goes on: interrupted (“…,” he said, “…”) or resumed in the sentence
            # after the attribution (“…,” he said. “…”), until a quote with its own cue
            e, qi = _follow_quotes(a, qi, e, max(mention.end, cue_end), u, used_quotes)
            # (the words before the quote are read in place: a copy of them for each quote of a
            # long sentence cost the sentence each time)
            if not _only(text, u.start, q.start) and not _speech_word_in(a, u, u.start, q.start) \
                    and not a.in_quote(u.start) and not _last_char_is(text, u.start, q.start, ":"):
                # (a lead ending in a colon introduces the quote: "Voss scolded him: “…”")
                # “With thousands of systems, “there is no single point of failure,” she said”;
                # 'Voss “has read every page,” he said'
                s0 = u.start
                while s0 < q.start and text[s0].isspace():
                    s0 += 1
                s0 = _after_lead(a, s0, q.start)
                if not _only(text, s0, q.start, " \t,;:—–-"):
                    s, kind = s0, "mixed"
            c_lex = lex.cue_forms[form]
            used_cues.add(cue_tok[0])
            out.append(_Stmt(s, e, kind, mention, text[cue_tok[0]:cue_end], c_lex.lemma, c_lex.type,
                             cue_tok[0], cue_end, cue_tok[0], u.para))
            qi += 1
            continue
        # attribution before: "Rubio said: “…”", "He said, “…”"
        ub = unit_at(q.start)
        if ub is not None:
            toks = a.toks(ub)
            j = bisect.bisect_left(toks, q.start, key=token_start) - 1
            ends_unit = _only(text, q.end, ub.end, PUNCT_STRIP + ")")
            # "a docker yelled “Come back!”": no comma before the quote
            bare = j >= 1 and toks[j][2] not in (":", ",") and _shouted(a, q)
            if j >= 1 and (toks[j][2] in (":", ",") or bare) and ends_unit:
                for c in range(j if bare else j - 1, max(-1, j - 8), -1):
                    cue = cue_info(ub, c)
                    if cue is None:
                        continue
                    form, width = cue
                    m = _subject_before(a, ub, c)
                    if m is None and form.endswith("ing"):
                        m = _clause_subject(a, ub, c)  # "She continued, saying: “…”"
                    if m is None and c == 0 and width == 1 and toks[j][2] == ":" \
                            and lex.cue_forms[form].type == "speech":
                        np = _np_after(a, ub, 1)  # "Said Orm: “…”": the verb first, then the speaker
                        if np is not None and np[1] == j - 1:
                            m = make_mention(text, toks, np[0], np[1], lex)
                    if m is not None:
                        c_lex = lex.cue_forms[form]
                        cend = toks[c + width - 1][1]
                        used_cues.add(toks[c][0])
                        used_quotes.add(qi)
                        # "The port is quiet, he added, “…”": the words before the speaker are theirs
                        # too; not before a shouted quote ("…, a man yelled “Stay there!”")
                        lead = None if bare else _lead_before(a, ub, m)
                        s, kind = (lead, "mixed") if lead is not None else (q.content_start, "direct")
                        out.append(_Stmt(s, q.content_end, kind, m, text[toks[c][0]:cend],
                                         c_lex.lemma, c_lex.type, toks[c][0], cend, toks[c][0], ub.para))
                    break
        qi += 1

    # --- Pass B: reported speech around cues outside quotes
    claimed = _Claims((s.start, s.end) for s in out)
    is_claimed = claimed.__contains__
    # statements with a speaker by where their attribution is, and their order in ``out``: a
    # unit's own are found by bisection, not by a scan of all (a long article's cost grew with
    # the square of its statements)
    attributed = sorted((st.attr_pos, n, st) for n, st in enumerate(out) if st.mention is not None)

    for u in _one_by_one(a.units):
        if not _may_hold_cue(a, u):
            continue
        a.deadline.check()
        toks = a.toks(u)
        words = a.words(u)
        unit_stmts: list[_Stmt] = []
        final, final_known = None, False  # the comma before a sentence-final attribution
        here = attributed[bisect.bisect_left(attributed, (u.start,)):bisect.bisect_left(attributed, (u.end,))]
        direct_here = [st for _, _, st in (sorted(here, key=itemgetter(1)) if len(here) > 1 else here)]

        def quoted_before(pos: int, _d=direct_here) -> _Stmt | None:
            """A quote attributed earlier in this sentence: “…,” she said, adding that …"""
            prior = [st for st in _d if st.attr_pos < pos]
            return prior[-1] if prior else None

        cands = list(compress(count(), map(lex.cue_spellings.__contains__, words)))
        i = 0
        while i < len(toks):
            if i not in cands:  # jump to the next word that can open a cue
                nxt = bisect.bisect_left(cands, i)
                if nxt >= len(cands):
                    break
                i = cands[nxt]
            cue = _cue_at(words, i, lex)
            if cue is None or toks[i][0] in used_cues or a.in_quote(toks[i][0]):
                i += 1
                continue
            gap_end = None  # “…,” Voss said, pointing to …. “…”: a participle between two quotes
            claimed_here = is_claimed(toks[i][0])
            if claimed_here and cue[0].split()[0].endswith("ing") and i >= 2 and toks[i - 1][2] == ",":
                claimer = quoted_before(toks[i][0])
                if claimer is not None and claimer.kind == "direct" and claimer.start < toks[i][0] < claimer.end:
                    nq = bisect.bisect_right(a._quote_starts, toks[i][0])
                    gap_end = a.quotes[nq].start if nq < len(a.quotes) and a.quotes[nq].start < claimer.end else None
            if claimed_here and gap_end is None:
                # only a cue coordinated with the previous one may stand inside its content:
                # "said the war cannot be won and warned that …"
                j = i - 1
                while j > 0 and toks[j][2].lower() in ADVERBS:
                    j -= 1
                inside_last = unit_stmts and unit_stmts[-1].start < toks[i][0] < unit_stmts[-1].end
                if not (inside_last and j >= 0 and toks[j][2].lower() in ("and", "but")):
                    # or a new clause with a speaker of its own: "…, and harbour unions warned that …"
                    cut = _new_clause_at(a, u, i) if inside_last and unit_stmts[-1].kind != "direct" else None
                    if cut is None:
                        i += 1
                        continue
                    ps = unit_stmts[-1]
                    old_span = (ps.start, ps.end)
                    ps.start, ps.end = _trim(text, ps.start, cut)
                    claimed.remove(old_span)
                    claimed.add((ps.start, ps.end))
            form, width = cue
            c_lex = lex.cue_forms[form]
            if _idiom(words, i):
                i += width  # "Let's say you think …", "Needless to say, …"
                continue
            if c_lex.frames == {"quote"}:
                # "continued" attributes quotations only: in pass A, or "Voss continued:" before a
                # paragraph that is one quote
                block = _block_after(a, u, i + width)
                m = _subject_before(a, u, i) if block is not None and block[2] == "direct" else None
                if m is not None and not is_claimed(block[0]) and toks[i][0] not in used_cues:
                    cue_e = toks[i + width - 1][1]
                    st = _mk(a, block[:2], m, form, c_lex, toks[i][0], cue_e, u)
                    st.kind = "direct"
                    unit_stmts.append(st)
                    claimed.add(block[:2])
                    used_cues.add(toks[i][0])
                i += width
                continue
            tags = a.tags(u)
            cue_s, cue_e = toks[i][0], toks[i + width - 1][1]
            q_start = _asked_question(toks, i, form)
            if q_start is not None:
                # "Asked whether she would run again, Voss said …": the question, asked by nobody named
                end = _question_end(a, u, q_start)
                if end is not None and not is_claimed(toks[q_start][0]):
                    span = _trim(text, toks[q_start][0], end)
                    unit_stmts.append(_Stmt(span[0], span[1], "indirect", None, text[cue_s:cue_e], c_lex.lemma,
                                            c_lex.type, cue_s, cue_e, cue_s, u.para))
                    claimed.add(span)
                    used_cues.add(cue_s)
                i += width
                continue
            if form == "according to":
                st = _according_to(a, u, i, c_lex)
                if st:
                    unit_stmts.append(st)
                    claimed.add((st.start, st.end))
                i += width
                continue
            if tags[i] == "VBN" and i > 0 and toks[i - 1][2] == "," and not _after_apposition(a, u, i):
                i += 1  # "the game, planned for Saturday,": a participle, not a statement
                continue
            # the lexicon reads "wants", "reports" as nouns; after a name or pronoun they are verbs
            # "is promising": the lexicon reads some present participles as adjectives
            is_verb = tags[i].startswith("VB") or (tags[i] in ("JJ", "NN") and form.endswith("ing") and i > 0
                                                   and toks[i - 1][2].lower() in BE_FORMS) or (
                i > 0 and tags[i - 1] in ("NNP", "PRP", "NNPS") and (
                tags[i] in ("NN", "NNS") or i + 1 < len(toks) and toks[i + 1][2].lower() in ("that", ":")))
            if not is_verb and 0 < i < len(toks) - 1 and tags[i - 1] == "NNS" and tags[i] == "NN" \
                    and words[i].islower() and (
                        i < len(toks) - 2 and (tags[i + 1] not in ("IN", "TO", ",", ".", "POS", "CC")
                                               and toks[i + 1][2] not in ",.;:)" or words[i + 1].lower() == "that")
                        or toks[i + 1][2] == "." and i == len(toks) - 2 and "," in words[:i]):
                # a plural subject and a base form: "polls show", "critics fear", "the results show
                # that", "…, election records show."
                is_verb = True
            if not is_verb and 0 < i < len(toks) - 2 and tags[i] in ("NN", "NNS") and words[i].islower() and (
                    tags[i - 1] == "MD"  # "would support"
                    or tags[i - 1] == "NN" and tags[i] == "NNS" and tags[i - 2] in ("DT", "JJ", "PRP$", "NNP")
                    and (tags[i + 1] in ("NNP", "DT", "PRP") or words[i + 1].lower() == "that")):
                # "the government claims Brekk runs …": a singular subject and an -s form
                is_verb = True
            if not is_verb and 1 < i < len(toks) - 1 and tags[i] in ("NN", "NNS") and words[i].islower() \
                    and toks[i - 1][2] == "," and words[i + 1].lower() == "that" and _after_apposition(a, u, i):
                is_verb = True  # "Tomas Orm, a harbour consultant, notes that …"
            if is_verb and not tags[i].startswith("VB") and tags[i - 1] in ("NNP", "NNPS") and _noun_compound(a, u, i):
                is_verb = False  # "The Arnsby attack now counts", "Voss's Harbour Act claims, …"
            if not is_verb:
                i += 1
                continue
            mention = None
            p_i = i - 1
            while p_i > 0 and toks[p_i][2] in _QUOTE_TOKENS:  # '…, "raw time," said X'
                p_i -= 1
            prev = toks[p_i][2].lower() if p_i >= 0 else ""
            # coordinated or participial cue shares the subject: "said … and warned that", ", adding that"
            if form.endswith("ing") and prev in BE_FORMS:
                mention = _subject_before(a, u, i - 1)
            elif (prev == "," or _coordinated(toks, i) or form.endswith("ing")) and (unit_stmts or quoted_before(cue_s)):
                ps = unit_stmts[-1] if unit_stmts else quoted_before(cue_s)
                mention = ps.mention
                if mention is not None and mention.antecedent is not None and prev == "," \
                        and not form.split()[0].endswith("ing"):
                    mention = mention.antecedent  # "Voss, who said …, said …": the relative clause has ended
                # the previous statement's content ends before this cue
                if ps.kind != "direct" and ps.start < cue_s <= ps.end:
                    cut = i - 1
                    while cut > 0 and (toks[cut][2].lower() in ("and", "but", ",") or toks[cut][2].lower() in ADVERBS):
                        cut -= 1
                    ps.start, ps.end = _trim(text, ps.start, toks[cut][1])
                    claimed.remove_start(ps.start)
                    claimed.add((ps.start, ps.end))
            else:
                if prev == "," and form.endswith("ing"):
                    mention = _clause_subject(a, u, i)  # "Warren appeared on MSNBC, saying …"
                else:
                    mention = _subject_before(a, u, i, restrictive=True)
                    participle = form.split()[0].endswith("ing")
                    if mention is not None and participle and _governed(a, u, mention):
                        # "She sent a letter urging …" -> She; "In a letter announcing …, the
                        # union said" -> the sentence's own cue speaks, this one does not
                        governing = _governing_subject(a, u, mention)
                        mention = governing or (None if _after_preposition(a, u, mention) else mention)
                        if mention is None:
                            i += 1
                            continue
                    elif mention is not None and _token_before(toks, mention.start) == 0 \
                            and _after_preposition(a, u, mention) and "," in words[i:]:
                        i += 1  # "In a message posted Friday, Voss said …": the opening phrase is no statement
                        continue
                    elif mention is not None and form.endswith("ing") and mention.end == toks[i - 1][1] \
                            and not is_capitalised(mention.name.split()[-1]) \
                            and mention.name.lower() not in PRONOUNS:
                        # "sent a letter urging …": the letter carries the words of the clause's subject
                        mention = _clause_subject(a, u, i) or mention
                    if mention is None and _coordinated(toks, i):
                        mention = _clause_subject(a, u, i)  # "Graham called … and said", "… but has said"
            if mention is None and i + width < len(toks) and prev == "," and not form.split()[0].endswith("ing") \
                    and (_has_finite_verb(a, u, 0, i - 1) or a.in_quote(toks[0][0] + 1)):
                # a clause or an opening quote before ", said X"; "Voss and Brekk, and Gov. Lind,
                # posted their praise" has neither
                np0 = _np_after(a, u, i + width)  # ", said Rubio."
                np = _apposed_name(a, u, np0)
                if np and np[1] + 1 >= len(toks) - 1 or (np and toks[np[1] + 1][2] in ",."):
                    mention = _inverted_speaker(a, u, np0)
                    tail = _trim(text, u.start, toks[i - 1][0])
                    if tail[1] > tail[0]:
                        unit_stmts.append(_mk(a, tail, mention, form, c_lex, cue_s, cue_e, u))
                        claimed.add(tail)
                    i += width
                    continue
            if mention is None:
                i += 1
                continue
            aside = (mention.start > u.start and _last_char_is(text, u.start, mention.start, ",")
                     and i + width < len(toks) and toks[i + width][2] == ",")
            block = _block_after(a, u, i + width)
            if block is not None and "clause" in c_lex.frames and not is_claimed(block[0]):
                # "At the rally in May, she said:" and the next paragraph, quoted or not
                st = _mk(a, block[:2], mention, form, c_lex, cue_s, cue_e, u)
                st.kind = block[2]
                unit_stmts.append(st)
                claimed.add(block[:2])
                used_cues.add(cue_s)
                i += width
                continue
            nxt_i = i + width
            if c_lex.type == "speech" and nxt_i < len(toks) and toks[nxt_i][2].lower() in ("yes", "no") \
                    and (nxt_i + 1 >= len(toks) or toks[nxt_i + 1][2] in ",.;"):
                # "Asked if the levy was fair, 46 percent of voters said yes": the answer
                ans = (toks[nxt_i][0], toks[nxt_i][1])
                if not is_claimed(ans[0]):
                    unit_stmts.append(_mk(a, ans, mention, form, c_lex, cue_s, cue_e, u))
                    claimed.add(ans)
                    used_cues.add(cue_s)
                i += width
                continue
            # "On the night shift, they said, pilots now …": the whole sentence is the statement
            k = _content_after(a, u, i, width, c_lex) if "clause" in c_lex.frames and not aside else None
            end_at = _content_end
            if k is None and len(c_lex.frames - {"clause"}):
                k = _complement(a, u, i + width, c_lex.frames)
                end_at = _clause_end
            if k is not None and k < len(toks):
                s = toks[k][0]
                e = end_at(a, u, k) if gap_end is None else min(end_at(a, u, k), gap_end)
                if not final_known:  # once per sentence, and only for one that reports something
                    final, final_known = _final_attribution(a, u), True
                if final is not None and k <= final:
                    e = min(e, toks[final][0])  # "…, former port officials said.": the rest is theirs
                if _in_opening_clause(words, i, mention.start - u.start, toks):
                    # "After Voss said the strike would end, the dockers cheered": the clause ends at its comma
                    comma = next((t[0] for t in toks[k:] if t[2] == "," and t[0] < e), None)
                    e = comma if comma is not None else e
                s, e = _trim(text, s, e)
                lo = bisect.bisect_left(a._quote_starts, s)
                inside = [q for q in a.quotes[lo:bisect.bisect_left(a._quote_starts, e)] if q.end < e]
                if end_at is not _clause_end:
                    inside = [q for q in inside if q.start == s]  # a clause goes on after a quoted fragment
                if inside and not a.in_quote(e - 1) and _QUOTE_TAIL_RE.match(text, inside[-1].end) \
                        and not _subject_goes_on(a, u, inside[-1].end):
                    # shouting “Don't do it,” until …, called it a “disgrace” on Monday: the words end
                    # with the quote, the rest is the reporter's
                    e = inside[-1].end
                if e > s and (not is_claimed(s) or gap_end is not None):
                    unit_stmts.append(_mk(a, (s, e), mention, form, c_lex, cue_s, cue_e, u))
                    claimed.add((s, e))
                    used_cues.add(cue_s)
                i += width
                continue
            # sentence-final attribution: "…, officials said." / "…, he said in a statement."
            # or parenthetical: "The new quay, Ms. Voss said, will open …"
            if "clause" in c_lex.frames and mention.start > u.start \
                    and _last_char_is(text, u.start, mention.start, ","):
                span = None
                after = i + width
                if c_lex.object != "no" and after < len(toks) and toks[after][2] not in ",.":
                    listener = _np_after(a, u, after)  # "…, he told reporters."
                    if listener is not None:
                        after = listener[1] + 1
                if _parenthetical(a, u, after):
                    span = _trim(text, _after_lead(a, _clause_start(a, u, mention.start), u.end), u.end)
                elif _only_adjuncts_after(a, u, after):
                    span = _trim(text, u.start, mention.start)
                    if mention.title and text[span[0]:span[1]].endswith(mention.title):
                        # "…, her deputy, Jon Brekk, told the paper": the role is no part of the words
                        span = _trim(text, span[0], span[1] - len(mention.title))
                if span and span[1] > span[0] and not is_claimed(span[0]) and len(text[span[0]:span[1]].split()) >= 3:
                    st = _mk(a, span, mention, form, c_lex, cue_s, cue_e, u)
                    # a quote right after the attribution carries the statement on
                    last_q = bisect.bisect_right(a._quote_starts, u.end) - 1
                    st.end, _ = _follow_quotes(a, last_q, st.end, cue_e, u, used_quotes)
                    unit_stmts.append(st)
                    claimed.add((st.start, st.end))
                    used_cues.add(cue_s)
            i += width
        for st in unit_stmts:
            if st.mention is not None:
                bisect.insort(attributed, (st.attr_pos, len(out), st))
            out.append(st)

    out = _named_briefly(a, out)
    out.sort(key=lambda s: s.start)

    # --- Headline and transcript forms ("Mayor: …") and signature lines ("… ” — Name")
    by_para: dict[int, list[_Stmt]] = {}
    for s in out:
        by_para.setdefault(s.paragraph, []).append(s)
    for k, p in enumerate(a.paras):
        if k in a.boiler or k in by_para or k in a.unread:
            continue
        a.deadline.check()
        st = _labelled(a, k, p, used_quotes)
        if st is not None and _named_briefly(a, [st]):
            out.append(st)
            by_para[k] = [st]
    out.sort(key=lambda s: s.start)

    # --- Quotes set off without attribution, and first-person paragraphs after a statement
    extra: list[_Stmt] = []
    live = [k for k in range(len(a.paras)) if k not in a.boiler]
    dropped: list[_Stmt] = []
    for n, k in enumerate(live):
        if n == 0 or k in a.unread:
            continue
        prev_k = live[n - 1]
        prev = by_para.get(prev_k)
        if not prev:
            continue
        a.deadline.check()
        if k in by_para:
            # "I do not believe that …" right after a speaker's quote is still the speaker talking:
            # the first person's stance verbs do not make the paragraph a statement of its own
            own = by_para[k]
            if prev[-1].kind != "direct" or not all(
                    st.mention is not None and st.mention.name.lower() in ("i", "we") and st.cue_type == "stance"
                    for st in own):
                continue
            dropped.extend(own)
            del by_para[k]
        p = a.paras[k]
        body = text[p.start:p.end]
        q = _free_quote_at(a, p.start, used_quotes)
        if q is not None and q.end >= p.end - 2 and len(text[q.content_start:q.content_end].split()) >= MIN_QUOTE_WORDS:
            st = _Stmt(q.content_start, q.content_end, "direct", None, None, None, None, None, None, p.start, k,
                       method="carry-over", inherit=prev[-1])
            extra.append(st)
            by_para[k] = [st]
            continue
        if any(ch in body for ch in "“”\"«»"):
            continue
        first = body.split(None, 1)[0].lower().strip(",")
        if first in ("i", "we", "i’m", "i'm", "we’re", "we're", "my", "our", "i’ve", "we’ve") \
                and not has_cue_word(a.lex, text, p.start, p.end, speech=True):
            s, e = p.start, p.end
            st = _Stmt(s, e, "unmarked", None, None, None, None, None, None, s, k, method="carry-over",
                       inherit=prev[-1])
            extra.append(st)
            by_para[k] = [st]
    gone = set(map(id, dropped))
    out = [st for st in out if id(st) not in gone] + extra
    out.sort(key=lambda s: s.start)
    # mark mixed quotes: reported content with a quoted fragment inside
    for s in out:
        if s.kind == "indirect" and _quote_within(a, s.start, s.end + 1):
            q = a.in_quote(s.start)
            whole = q is not None and q.start == s.start and q.end >= s.end  # said “the port is closed”
            s.kind = "direct" if whole else "mixed"
            if whole:  # a direct statement's words, as everywhere, inside their marks
                s.start, s.end = q.content_start, min(s.end, q.content_end)
    # "he said them", "she denied it": a pronoun alone reports nothing an analyst can read
    out = [st for st in out
           if st.kind != "indirect" or text[st.start:st.end].strip(PUNCT_STRIP).lower() not in _EMPTY_WORDS]
    return _dedupe(out)


# "Mayor: …", "ADA VOSS: …", "Sen. Ada Voss (D-Port):“…”"
_LABEL_RE = re.compile(r"((?:[A-Z][\w.’'&-]*)(?:\s+(?:[A-Z][\w.’'&-]*|of|the|and|for|de|van|von|[a-z]+)){0,4})"
                       r"(?:\s*\([^()\n]{1,20}\))?\s*:(?:\s+|(?=[“\"]))(?=\S)")
# a name's words are taken whole (the look-ahead): a run of capitals is never tried split in
# every way, which took minutes on 400 letters
_SIGNATURE_RE = re.compile(r"[”\"»]\s*[―—–-]+\s*((?:[A-Z][\w.’'-]*(?![\w.’'-])\s*){1,4})\.?\s*$")


def _labelled(a: _Article, k: int, p: Span, used_quotes: set) -> _Stmt | None:
    """A paragraph in headline or transcript form ("Mayor: the bridge stays shut", "JOHN DOE:
    …") or a quote signed on its last line ("“…” — Ada Voss")."""
    text, lex = a.text, a.lex
    # a transcript line may open with the quote mark of the whole exchange: '"WALLACE: …'
    m = None
    if text.find(":", p.start, p.end) >= 0:  # no colon, no label: the pattern need not be tried
        m = _LABEL_RE.match(text, p.start + (text[p.start] in "“\""), p.end)
    if m and m.group(1).lower() not in lex.labels and len(m.group(1)) <= 60 \
            and len(text[m.end():p.end].split()) >= 3 and not any(ch.isdigit() for ch in m.group(1)):
        toks = tokens(text, m.start(1), m.end(1))
        words = m.group(1).split()
        if (words[-1][:1].isupper() or words[-1].lower() in ("editorial", "spokesman", "spokeswoman", "official",
                                                              "officials", "campaign", "statement")) \
                and _names_a_source(toks, lex):
            s, e = _trim(text, m.end(), p.end)
            q = a.in_quote(s)
            kind = "direct" if q and q.end >= e else "indirect"
            if kind == "direct" and q.start == s:  # the label's words are one quotation: its words
                s, e = q.content_start, q.content_end
            said = lex.cue_forms.get(toks[0][2].lower()) if len(toks) > 1 else None
            if said is not None and said.type == "speech":  # "Said Orm: “…”": the verb, then the speaker
                return _Stmt(s, e, kind, make_mention(text, toks, 1, len(toks) - 1, lex), toks[0][2], said.lemma,
                             said.type, toks[0][0], toks[0][1], p.start, k)
            mention = make_mention(text, toks, 0, len(toks) - 1, lex)
            return _Stmt(s, e, kind, mention, ":", "say", "headline", m.end() - 1, m.end(), p.start, k)
    m = _SIGNATURE_RE.search(text, p.start, p.end)
    if m:
        q = a.in_quote(m.start())
        if q is not None and q.start >= p.start:
            toks = tokens(text, m.start(1), m.end(1))
            while toks and toks[-1][2] in ".,":
                toks.pop()
            if toks:
                mention = make_mention(text, toks, 0, len(toks) - 1, lex)
                dash = text.index(m.group(0).lstrip("”\"» ")[0], m.start())
                return _Stmt(q.content_start, q.content_end, "direct", mention, text[dash:dash + 1], "say",
                             "signature", dash, dash + 1, dash, k)
    return None


# Common nouns that name a source on their own in a headline ("Poll: …", "Editorial: …").
SOURCE_NOUNS = frozenset("poll polls survey study report editorial statement".split())


def _names_a_source(toks: list[Token], lex: Lexicon) -> bool:
    """Whether a label before a colon can be who speaks ("Mayor Voss", "Ada Voss to the
    council", "ADA VOSS", "Poll"), not a section heading ("Harbour Plan Splits Council",
    "Little Relief for Refugees") or an aside ("So", "Look", "Follow us on …")."""
    words = [t[2] for t in toks]
    # headlines capitalise every word: read each as if in lower case
    tags = [pos_lexicon().get(w.lower()) for w in words]
    if any(t in ("VBZ", "VBP", "VBD") for t in tags[1:]):
        return False  # a heading with a verb of its own: "Harbour Plan Divides Port Halden"
    first = words[0].lower()
    if first not in lex.titles and (tags[0] in ("VB", "VBG", "RB", "UH") or tags[0] == "JJ" and len(words) > 1
                                    and tags[1] in ("NN", "NNS")):
        return False  # "Follow …", "So", "Little Relief for …" (but "Frank Ross")
    if len(words) == 1:
        w = words[0]
        return w.isupper() or w in lex.aliases or first in SOURCE_NOUNS or tags[0] is None \
            or pos_lexicon().get(w) == "NNP"
    if first.split("’")[0].split("'")[0] in TIME_WORDS:
        return False  # "Monday's Morning Email"
    # a title-cased preposition inside: "Big Win For Bernie", "Stealth Over Health" are headings
    return not any(w in _HEADING_PREPOSITIONS for w in words[1:])


_HEADING_PREPOSITIONS = frozenset("For Over In On With At Into From Against About After Before Under".split())


def _follow_quotes(a: _Article, qi: int, e: int, after: int, u: _Unit, used_quotes: set) -> tuple[int, int]:
    """Extend a statement ending at ``e`` over the quotes that continue it in the paragraph.

    Returns the new end and the index of the last quote taken.
    """
    text, quotes = a.text, a.quotes
    para_end = a.paras[u.para].end
    unit_end = u.end
    while qi + 1 < len(quotes):
        q2 = quotes[qi + 1]
        if q2.start >= para_end or (qi + 1) in used_quotes:
            break
        raw = text[after:q2.start]
        gap = raw.strip(" \t,:")
        # the rest of the attribution: “…,” he told the host, “…” / “…,” she said on Monday, “…”
        core = raw.strip().rstrip(".,:")
        # … and what the speaker spoke of: “…,” said Orm, speaking of the council, “…”
        aside = _ASIDE_RE.search(gap)
        if aside is not None and (aside.end() < len(gap) or len(gap.split()) > 25):
            aside = None
        words_end = after + len(raw) - len(raw.lstrip(" \t,:")) + (aside.start() if aside else len(gap))
        adjunct = raw.rstrip().endswith((",", ":", ".")) and len(text[after:words_end].split()) <= 8 and not any(
            ch in core for ch in "!?;“”\"\n") and not _NEW_SENTENCE_RE.search(core) \
            and not has_cue_word(a.lex, text, after, words_end, speech=True)
        if gap not in ("", "but", "and", "or") and not adjunct and not (
                q2.start >= unit_end and not text[unit_end:q2.start].strip()):
            break  # “…,” but “…”: one statement; anything longer between them is not
        u2 = a.unit_at(q2.end - 1)
        if u2 is not None and u2.end > q2.end and _speech_word_in(a, u2, q2.end, u2.end):
            break  # “…,” she added: attributed on its own
        e = q2.content_end
        used_quotes.add(qi + 1)
        qi += 1
        after, unit_end = q2.end, (u2.end if u2 is not None else q2.end)
    return e, qi


# what the speaker spoke of, after the attribution between two parts of a quote (a topic, not a
# second statement)
_ASIDE_RE = re.compile(r"(?:(?:speaking|talking|referring|pointing|gesturing|responding|replying)\s+(?:of|about|to)"
                       r"|explaining\s+(?:why|how|what))\b[^,]*", re.IGNORECASE)
_EMPTY_WORDS = frozenset("it them him her this that these those us me you so".split())


def _subject_goes_on(a: _Article, u: _Unit, pos: int) -> bool:
    """The quote ending at ``pos`` opens a coordinated subject: "he said “harbour fees” and the
    sale of old cranes would pay for it" (an "and", a noun phrase, then its verb), not "she said
    “…” and left"."""
    toks, tags = a.toks(u), a.tags(u)
    k = bisect.bisect_left(toks, pos, key=token_start)
    if k + 2 >= len(toks) or toks[k][2].lower() not in ("and", "or"):
        return False
    for m in range(k + 1, min(len(toks), k + 10)):
        if tags[m] in _FINITE:
            return m > k + 1 and tags[m - 1] in NOUN_TAGS
        if tags[m] not in _FINAL_SUBJECT_TAGS and toks[m][2].lower() != "of":
            return False
    return False


# (one run of spaces before the word: "\s*,?\s*" split a long run of spaces in every way)
_QUOTE_TAIL_RE = re.compile(r"\s*(?:[\[)]|(?:,\s*)?(?:and|but|until|after|as|on|in|at|which|while|when|before|because|"
                            r"presumably|during|with|meaning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                            r"Sunday|yesterday|today|tonight)\b)")
# a stop, then a capital: ". Brekk left", but not an abbreviation's dot ("Vg. Hild")
_NEW_SENTENCE_RE = re.compile(r"(?:^|(?<=\s)(?!(?:[A-Z][a-z]?\.)+\s)\S*)[.!?]\s+[A-Z]")


#: Width of the stretches of text by which claimed spans are indexed: a position is looked up
#: among the spans crossing its stretch only. Small enough that a stretch holds a few spans,
#: large enough that a paragraph-long span crosses few stretches.
CLAIM_BUCKET_CHARS = 1024


class _Claims:
    """The spans statements have taken: ``pos in claims`` when a span holds ``pos``.

    Spans are filed under each stretch of ``CLAIM_BUCKET_CHARS`` they cross, so a look-up reads
    the few spans near ``pos``; a scan of every span made a long article's cost grow with the
    square of its statements.
    """

    __slots__ = ("_at",)

    def __init__(self, spans=()):
        self._at: dict[int, list[tuple[int, int]]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        s, e = span
        if s < e:  # an empty span holds nothing
            for b in range(s // CLAIM_BUCKET_CHARS, (e - 1) // CLAIM_BUCKET_CHARS + 1):
                self._at.setdefault(b, []).append((s, e))

    def __contains__(self, pos: int) -> bool:
        for s, e in self._at.get(pos // CLAIM_BUCKET_CHARS, ()):  # a plain loop: called for every cue
            if s <= pos < e:
                return True
        return False

    def remove(self, span: tuple[int, int]) -> None:
        """Forget every copy of ``span``."""
        s, e = span
        if s < e:
            for b in range(s // CLAIM_BUCKET_CHARS, (e - 1) // CLAIM_BUCKET_CHARS + 1):
                self._at[b] = [x for x in self._at.get(b, ()) if x != span]

    def remove_start(self, start: int) -> None:
        """Forget every span starting at ``start``."""
        for span in {x for x in self._at.get(start // CLAIM_BUCKET_CHARS, ()) if x[0] == start}:
            self.remove(span)


def _free_quote_at(a: _Article, pos: int, used: set) -> Quote | None:
    """The first quote opening at ``pos`` that no statement has taken."""
    qn = bisect.bisect_left(a._quote_starts, pos)
    while qn < len(a.quotes) and a._quote_starts[qn] == pos:
        if qn not in used:
            return a.quotes[qn]
        qn += 1
    return None


def _quote_within(a: _Article, start: int, end: int) -> bool:
    """Whether a whole quote lies in ``[start, end)``: found by bisection from ``start``, not by a
    scan of every quote of the article."""
    k = bisect.bisect_left(a._quote_starts, start)
    while k < len(a.quotes) and a.quotes[k].start < end:  # (a quote is never empty: start < end)
        if a.quotes[k].end <= end:
            return True
        k += 1
    return False


def _one_by_one(units: list[_Unit]):
    """Each unit in turn, its tokens, tags and answers dropped once it is read (made again if
    ever asked for): kept for every unit of a long article, they made each garbage collection
    longer, and the whole run grow faster than the text."""
    for u in units:
        yield u
        u.toks = u.words = u.tags = u.subjects = u.speech = u.low = None


def _only(text: str, s: int, e: int, chars: str | None = None) -> bool:
    """``not text[s:e].strip(chars)``, read from ``s`` up to the first other character: a copy
    of the stretch for each quote or cue of a long sentence cost the sentence each time."""
    for i in range(s, e):
        if not (text[i].isspace() if chars is None else text[i] in chars):
            return False
    return True


def _last_char_is(text: str, s: int, e: int, ch: str) -> bool:
    """``text[s:e].rstrip().endswith(ch)`` for one character ``ch``, read back from ``e``."""
    i = e - 1
    while i >= s and text[i].isspace():
        i -= 1
    return i >= s and text[i] == ch


def _speech_word_in(a: _Article, u: _Unit, start: int, end: int) -> bool:
    """``has_cue_word(lex, text, start, end, speech=True)`` for a stretch of unit ``u``, read from
    the unit's list of such words, made once, instead of a search of the stretch each time."""
    if u.speech is None:
        low = a.text[u.start:u.end].lower()
        u.low = low if len(low) == u.end - u.start else ""  # offsets hold only if no letter grew
        u.speech = [(u.start + s, u.start + e) for s, e in cue_word_spans(a.lex, u.low, speech=True)]
    low = u.low
    if not low or not u.start <= start <= end <= u.end or _in_word(low, start - u.start) \
            or _in_word(low, end - u.start):
        return has_cue_word(a.lex, a.text, start, end, speech=True)
    k = bisect.bisect_left(u.speech, (start,))
    return k < len(u.speech) and u.speech[k][1] <= end


def _in_word(low: str, i: int) -> bool:
    """Offset ``i`` of ``low`` cuts a word of ASCII letters (a cut word reads as another one)."""
    return 0 < i < len(low) and low[i - 1].isascii() and low[i - 1].isalpha() and low[i].isascii() \
        and low[i].isalpha()


def _named_briefly(a: _Article, stmts: list[_Stmt]) -> list[_Stmt]:
    """``stmts`` less those whose speaker's name is over MAX_NAME_CHARS (a run of text, not a
    name), noted for the article's warning."""
    keep = [st for st in stmts if st.mention is None or st.mention.name_end - st.mention.name_start <= MAX_NAME_CHARS]
    if len(keep) < len(stmts):
        a.notes["name"] += len(stmts) - len(keep)
    return keep


def _dedupe(stmts: list[_Stmt]) -> list[_Stmt]:
    keep: list[_Stmt] = []
    for s in stmts:
        if keep and s.start < keep[-1].end:
            a, b = keep[-1], s
            if a.kind == "direct" and b.kind != "direct" and a.cue_end is not None and b.cue_start is not None \
                    and a.cue_end <= b.cue_start < b.start and b.end <= a.end:
                keep.append(b)  # “…,” Voss said, pointing to …. “…”: the participle between the quotes
                continue
            overlap = min(a.end, b.end) - max(a.start, b.start)
            if overlap > 0.5 * min(a.end - a.start, b.end - b.start):
                if (b.end - b.start) > (a.end - a.start) and b.kind == "direct":
                    keep[-1] = b
                continue
        keep.append(s)
    return keep


_DATELINE_RE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,[^—―–\n]{0,30})?\s*(?:\(\w+\)\s*)?[—―–-]+\s+")


def _after_lead(a: _Article, start: int, end: int) -> int:
    """Where what was said begins in a sentence opening at ``start``: after a dateline
    ("WASHINGTON — ") and a linking opener ("However, "), which are the reporter's words."""
    m = _DATELINE_RE.match(a.text, start, end)
    start = m.end() if m else start
    bracket = start < end and a.text[start] == "("  # "(Even so, she warned, “…”)"
    m = a.lex.connectives.match(a.text, start + bracket, end) or _TOPIC_RE.match(a.text, start + bracket, end)
    return m.end() if m else start


# "As for complexity, …": the reporter names the topic, the speaker's words follow
_TOPIC_RE = re.compile(r"As (?:for|to) [^,.;:“”\"]{1,60},\s+")


def _mk(a: _Article, span, mention, form, c_lex: Cue, cue_s, cue_e, u: _Unit) -> _Stmt:
    if span[0] == u.start:
        span = (_after_lead(a, span[0], span[1]), span[1])
    return _Stmt(span[0], span[1], "indirect", mention, a.text[cue_s:cue_e], c_lex.lemma, c_lex.type,
                 cue_s, cue_e, min(cue_s, mention.start if mention else cue_s), u.para)


def _content_end(a: _Article, u: _Unit, k: int) -> int:
    """End of a reported clause starting at local token ``k``: the unit's end, less a trailing
    ", according to X" or ", adding …" that belongs to another statement."""
    toks, tags = a.toks(u), a.tags(u)
    first = a.lex.cue_first_words
    for m in range(k + 1, len(toks)):
        w = toks[m][2].lower()
        if w == "," and m + 1 < len(toks):
            nxt = toks[m + 1][2].lower()
            if (nxt == "according" or (nxt.endswith("ing") and _cue_at(a.words(u), m + 1, a.lex) is not None)) \
                    and not a.in_quote(toks[m][0]):
                return toks[m][0]  # "…, adding that", "…, referring to" (not inside the speaker's quote)
            if tags[m + 1].startswith("VB") and _cue_at(a.words(u), m + 1, a.lex) is not None \
                    and not a.in_quote(toks[m][0]):
                # "Voss, who said the plan was vetted, said …": the main clause resumes, but only
                # after a clause ("her rival, Ada Voss, wants …" goes on after an apposition)
                seg = max([c for c in range(k, m) if toks[c][2] == ","], default=k - 1) + 1
                if _has_finite_verb(a, u, seg, m):
                    return toks[m][0]
        # another speaker's cue: "…, though she noted that …" ends this statement (not in a quote)
        if w in first and tags[m].startswith("VB") and m >= k + 3 and tags[m - 1] in ("PRP", "NNP") \
                and toks[m - 2][2].lower() in _JOINERS and not a.in_quote(toks[m][0]) \
                and _cue_at(a.words(u), m, a.lex) is not None:  # "make" opens a cue only as "make clear"
            cut = m - 3 if toks[m - 3][2] == "," else m - 2
            return toks[cut][0]
        # a new clause with its own subject: "…, but critics point to …", "… and Democrats accused …"
        if w in (",", ";") and m + 2 < len(toks) and m > k + 2 and toks[m + 1][2].lower() in ("but", "and", "while") \
                and tags[m + 2] in ("DT", "PRP", "NNP", "NNPS", "NNS") and toks[m + 2][2].lower() not in ("that", "this") \
                and not a.in_quote(toks[m][0]):
            for v in range(m + 3, min(len(toks), m + 8)):
                if tags[v] in _FINITE:
                    if _cue_at(a.words(u), v, a.lex) is not None or any(
                            _cue_at(a.words(u), x, a.lex) is not None for x in range(v + 1, min(len(toks), v + 3))):
                        return toks[m][0]  # only when the new clause reports someone else's words
                    break
                if toks[v][2] in ",;":
                    break
    return u.end


def _final_attribution(a: _Article, u: _Unit) -> int | None:
    """Local index of the comma before a sentence-final attribution (", current and former port
    officials said."): a short noun phrase and a verb of saying that end the unit."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks) - 1
    if n >= 0 and toks[n][2] in ".!?":
        n -= 1
    if n < 3 or not tags[n].startswith("VB"):
        return None
    cue = _cue_at(a.words(u), n, a.lex)
    if cue is None or cue[1] != 1 or a.lex.cue_forms[cue[0]].type != "speech" or a.in_quote(toks[n][0]):
        return None
    for m in range(n - 1, max(0, n - 9), -1):
        if toks[m][2] == ",":
            return m if m < n - 1 else None
        if tags[m] not in _FINAL_SUBJECT_TAGS:
            return None
    return None


_FINAL_SUBJECT_TAGS = frozenset("DT JJ JJR JJS NN NNS NNP NNPS CC CD PRP PRP$ POS".split())


_NOMINATIVE = frozenset("i he she we they it there".split())
_JOINERS = frozenset(", though although while but and as because whereas which who".split())


OBJECT_PRONOUNS = frozenset("him her them me us himself herself themselves itself myself ourselves".split())
OBJECT_STARTS = frozenset("DT PRP$ NNP NNPS NN NNS JJ JJR JJS CD VBG PRP".split())
CLAUSE_BREAKS = frozenset("which who whom whose where while but as because although though saying adding "
                          "according after before when since until".split())


def _complement(a: _Article, u: _Unit, k: int, frames: frozenset) -> int | None:
    """Where the object or infinitive of a stance cue starts: "criticized [the plan]",
    "wants [to leave]"; None when neither follows."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks)
    while k < n and tags[k] == "RB" and toks[k][2].lower() not in ("not", "n't"):
        k += 1
    if k >= n - 1 or a.in_quote(toks[k][0]) and toks[k][2] not in "“\"":
        return None
    w = toks[k][2].lower()
    if "to" in frames and w == "to" and _infinitive(toks, tags, k + 1):
        return k
    if "to" in frames and "clause" in frames or "object" in frames:
        np = _np_after(a, u, k)  # "urged the crews to wait": the object and its infinitive
        if np is None and w in OBJECT_PRONOUNS:
            np = (k, k)  # "urged them to vote"
        if np is not None and np[1] + 2 < n and toks[np[1] + 1][2].lower() == "to" \
                and _infinitive(toks, tags, np[1] + 2):
            return np[1] + 1 if np[0] == np[1] and (toks[np[0]][2].lower() in PRONOUNS or toks[np[0]][2].lower() in (
                "him", "her", "them", "me", "us")) else k
    if "quoted-object" in frames and (tags[k] in OBJECT_STARTS or w in OBJECT_PRONOUNS):
        # "her" before a noun is a determiner: "called her vote a mistake"
        pronoun = (w in OBJECT_PRONOUNS or w == "it") and not (
            w == "her" and k + 1 < n and tags[k + 1] in ("NN", "NNS", "JJ"))
        stop = _clause_end(a, u, k)
        if _quote_within(a, toks[k + (1 if pronoun else 0)][0], stop + 1):
            return k  # "called the plan “a disgrace”", "called it “shameful”"
        # a small clause: "called the delay unfair", "called it a mistake"
        np = (k, k) if pronoun else _np_after(a, u, k)
        e = np[1] + 1 if np is not None else n
        for _ in range(3):  # the object's own phrases: "called her support [for the ferry tax] an error"
            if e >= n - 1 or toks[e][2].lower() not in _OBJECT_PREPOSITIONS:
                break
            pp = _np_after(a, u, e + 1)
            if pp is None:
                break
            e = pp[1] + 1
        if e < n - 1 and (tags[e] in ("JJ", "JJR", "JJS") or toks[e][2].lower() in ("a", "an", "as")):
            return k
        return None
    if "object" in frames and (tags[k] in OBJECT_STARTS or toks[k][2] in "“\"") and w not in ("it", "this", "that"):
        if w in PRONOUNS or w in ("him", "her", "them", "me", "us"):
            return k if "object" in frames and k + 2 < n else None
        return k
    return None


_OBJECT_PREPOSITIONS = frozenset("in of for on over with about from at against".split())


def _infinitive(toks, tags, m: int) -> bool:
    """The word after "to" is a verb: the lexicon reads "vote", "fund" as nouns, but a lower-case
    noun right after "to" with no determiner is a bare infinitive ("urged them to vote")."""
    while m + 1 < len(toks) and (toks[m][2] in "“\"" or tags[m] == "RB" and toks[m][2].lower() != "not"):
        m += 1  # "vowed to “keep the gates open”", "vowed to sharply cut"
    if m >= len(toks):
        return False
    w = toks[m][2]
    return tags[m].startswith("VB") or (tags[m] == "NN" and w.islower() and w.isalpha()) or (
        # "asked the town to welcome the ferry": read as an adjective, but a determiner follows
        tags[m] == "JJ" and w.islower() and m + 1 < len(toks) and tags[m + 1] in ("DT", "PRP$"))


def _clause_end(a: _Article, u: _Unit, k: int) -> int:
    """End of the clause holding an object or infinitive: before ", which …", "; ", " — ", or a
    new clause with its own subject."""
    toks, tags = a.toks(u), a.tags(u)
    for m in range(k + 1, len(toks)):
        w = toks[m][2]
        if w in (";", "—", "–", "(", ":") or w == "-" and toks[m - 1][1] < toks[m][0]:  # " - ", " -- "
            return toks[m][0]
        if w.lower() in ("but", "and") and m + 1 < len(toks) and not a.in_quote(toks[m][0]) \
                and not any(t[2].lower() in ("who", "which", "that", "whose") for t in toks[k:m]):
            # (inside a relative clause the verb is the clause's own: "a town that borders X and has …")
            v = m + 2 if toks[m + 1][2].lower() in ("also", "then", "later", "still") else m + 1
            if v < len(toks) and tags[v] in ("VBD", "VBZ", "MD"):
                return toks[m - 1][1] if toks[m - 1][2] == "," else toks[m][0]  # "praised X but also had to …"
        nx = m + 2 if m + 2 < len(toks) and toks[m + 1][2].lower() == "not" else m + 1  # ", not wanting …"
        if w == "," and nx < len(toks) and (toks[m + 1][2].lower() in CLAUSE_BREAKS or (
                toks[nx][2].endswith("ing") and _cue_at(a.words(u), nx, a.lex) is not None)):
            return toks[m][0]  # "…, which …", "…, citing her record"
        if w == "," and m + 1 < len(toks) and tags[m + 1] in _FINITE and not a.in_quote(toks[m][0]):
            return toks[m][0]  # "who backed Voss in 2012, said …": an object never has a verb of its own
        if w == "," and m + 3 < len(toks) and toks[m + 1][2].lower() in ("but", "and") \
                and tags[m + 2] in ("PRP", "NNP") and not a.in_quote(toks[m][0]):
            v = m + 3 + (toks[m + 3][2].lower() in ("also", "then", "later", "still"))
            if v < len(toks) and tags[v] in _FINITE:
                return toks[m][0]  # "called it “a disgrace,” but he also noted …": a clause of its own
        if w == "," and m + 2 < len(toks) and tags[m + 1] in ("DT", "PRP", "NNP") and not a.in_quote(toks[m][0]):
            for v in range(m + 2, min(len(toks), m + 6)):
                if toks[v][2] in ",;:" or a.in_quote(toks[v][0]):
                    break
                if tags[v] in _FINITE:
                    return toks[m][0]  # "As Voss thanked the crowd, a man yelled …": a new clause
    return u.end


def _clause_start(a: _Article, u: _Unit, pos: int) -> int:
    """Where the clause interrupted by a parenthetical attribution at ``pos`` starts: after
    "; " or ", but" before it ("…, but the queues grew so long, Voss noted, that …"), at a
    relative pronoun right before it ("which, Voss said, is …"), else at the sentence start."""
    toks = a.toks(u)
    k = _token_before(toks, pos)  # the comma before the speaker
    if k >= 1 and toks[k - 1][2].lower() in ("which", "who") and (k < 2 or toks[k - 2][2] == ","):
        return toks[k - 1][0]
    for m in range(k - 1, 0, -1):
        w = toks[m][2].lower()
        # "… tariffs - a rule, Voss said, that …": a spaced hyphen is a dash
        dash = w in ("—", "–") or w == "-" and toks[m - 1][1] < toks[m][0]
        if w == ";" or dash or w in ("but", "yet") and toks[m - 1][2] == ",":
            if not a.in_quote(toks[m][0]):
                return toks[m + 1][0]
    return u.start


def _parenthetical(a: _Article, u: _Unit, k: int) -> bool:
    """After the cue at ``k``: a comma, then the rest of a clause with a verb."""
    toks, tags = a.toks(u), a.tags(u)
    if k >= len(toks) or toks[k][2] != ",":
        return False
    rest = range(k + 1, len(toks))
    return any(tags[m][:2] in ("VB", "MD") for m in rest) and len(rest) >= 3


def _only_adjuncts_after(a: _Article, u: _Unit, k: int) -> bool:
    toks = a.toks(u)
    rest = toks[k:]
    if not rest:
        return True
    if rest[0][2] in ".!?;":
        return True
    if rest[0][2].lower() in ("in", "on", "at", "during", "after", "before", "to", "from", "via", "through",
                                "with", "when", "while", "as", "last", "this", "earlier", "later", "late") \
            or rest[0][2].lower() in TIME_WORDS or rest[0][2] == ",":
        return not any(t[2].lower() == "that" for t in rest[:3])
    return False


def _according_to(a: _Article, u: _Unit, i: int, c_lex: Cue) -> _Stmt | None:
    toks = a.toks(u)
    np = _np_after(a, u, i + 2)
    if np is None:
        return None
    mention = make_mention(a.text, toks, np[0], np[1], a.lex)
    cue_s, cue_e = toks[i][0], toks[i + 1][1]
    # the source phrase may run on: "according to a report by the agency"
    end_src = np[1] + 1
    while end_src < len(toks) and toks[end_src][2] not in ",.;:":
        end_src += 1
    if i == 0 or (i > 0 and toks[i - 1][2] in "“\"" ) or (
            i <= 3 and toks[i - 1][2] == ","):  # "But, according to the survey, 40 percent …"
        if end_src < len(toks) and toks[end_src][2] == ",":
            nxt = end_src + 1
            stop = next((m for m in range(nxt, len(toks)) if toks[m][2] in ",;:"), None)
            tags = a.tags(u)
            apposed = stop is not None and nxt < stop <= nxt + 10 and toks[stop][2] == "," and (
                tags[nxt] in ("DT", "PRP$") or toks[nxt][2].lower() in a.lex.titles
                or is_capitalised(toks[nxt][2]) and toks[nxt][2].endswith(("’s", "'s")))
            if apposed and not _has_finite_verb(a, u, nxt, stop) and not a.in_quote(toks[nxt][0]):
                end_src = stop  # "According to Lina Aro, the campaign's director, the campaign …"
            s, e = _trim(a.text, toks[end_src][1], u.end)
        else:
            return None
    elif toks[i - 1][2] == "," and end_src < len(toks) - 2 and toks[end_src][2] == "," \
            and not (_has_finite_verb(a, u, 0, i) and _source_runs_on(a, u, end_src + 1)):
        s, e = _trim(a.text, u.start, u.end)  # "Other worries, according to the survey, include …"
    else:
        s, e = _trim(a.text, u.start, toks[i][0])
    if e - s < 10:
        return None
    return _Stmt(s, e, "indirect", mention, a.text[cue_s:cue_e], c_lex.lemma, c_lex.type, cue_s, cue_e,
                 cue_s, u.para)


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def _noun_compound(a: _Article, u: _Unit, i: int) -> bool:
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
    return nxt not in ("that", ":", "to") and nxt not in CLAUSE_OPENERS \
        and tags[i + 1] not in ("DT", "NNP", "NNPS", "PRP", "PRP$", "CD")


def _has_finite_verb(a: _Article, u: _Unit, i: int, j: int) -> bool:
    """Whether local tokens ``i:j`` hold a finite verb: a clause, not a phrase ("About 10 p.m.")."""
    return any(t in _FINITE for t in a.tags(u)[i:j])


def _source_runs_on(a: _Article, u: _Unit, k: int) -> bool:
    """After "…, according to <source>," at local token ``k``: does the rest of the sentence only
    describe the source ("…, a former aide, whose study …"), with no verb of the words it reports?"""
    toks, tags = a.toks(u), a.tags(u)
    while k < len(toks):
        w = toks[k][2].lower()
        if w in ("who", "whose", "which"):
            return True  # a relative clause on the source
        if tags[k][:2] in ("VB", "MD") or tags[k] in ("CC", "IN", "TO", "RB", "PRP"):
            return False  # a verb, "and …": the reported words go on
        # an apposition: "a former aide now teaching at the university," then look again; a
        # finite verb before any relative word makes it a clause: ", the rise in debt is …"
        relative = False
        while k < len(toks) and toks[k][2] not in ",;:":
            relative = relative or toks[k][2].lower() in ("who", "whose", "which", "that")
            if not relative and tags[k] in _FINITE:
                return False
            k += 1
        k += 1
        if k >= len(toks) or toks[k - 1][2] != ",":
            return True
    return True


def _table(a: _Article, stmts: list[_Stmt], published, article_id: str) -> pd.DataFrame:
    text, lex = a.text, a.lex
    resolver = ArticleSpeakers(lex)
    resolver.register_names(text)
    pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
    # resolve in order of attribution
    for s in sorted(stmts, key=lambda s: s.attr_pos):
        if s.inherit is not None:
            src = s.inherit
            s.speaker, s.speaker_type = src.speaker, src.speaker_type
            s.mention = src.mention
            s.method = "carry-over"
            continue
        if s.mention is None:
            continue
        r = resolver.resolve(s.mention)
        # one spelling per name, whichever apostrophe the article typed ("Nurses’" / "Nurses'")
        s.speaker, s.speaker_type = (one_spelling(r.speaker) if r.speaker else r.speaker), r.type
        s.method = s.method or r.method
        if s.paragraph == 0 and len(a.paras) > 1:
            s.method = "headline"
    # identity (analysis.enrich.identity): one entity per person, its most complete name
    persons = settle(text, stmts, lex, resolver, a.sentence_starts)
    sent_starts = a.sentence_starts
    rows: list[tuple] = []
    # actors are looked for once, in the statements' words only, then shared out to them by offset
    windows: list[list[int]] = []  # statement spans, merged: actors are looked for only there
    for st in sorted(stmts, key=lambda x: x.start):
        if windows and st.start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], st.end)
        else:
            windows.append([st.start, st.end])
    found = find_actor_mentions_in(text, windows, lex, persons=persons)
    found_starts = [f.start for f in found]
    stmt_starts = sorted(o.start for o in stmts)  # (a bisection finds the statements after a cue)
    last_date = None
    last_text_by_speaker: dict = {}
    dated: dict[int, bool] = {}  # unit start -> whether the unit may hold a date phrase
    for n, s in enumerate(stmts):
        a.deadline.check()
        ctx_start = min(s.start, s.cue_start if s.cue_start is not None else s.start)
        ctx_end = max(s.end, s.cue_end if s.cue_end is not None else s.end)
        unit = a.unit_at(ctx_start)
        if unit is not None and unit.start not in dated:  # asked once per sentence, not per statement
            dated[unit.start] = may_hold_date(text, unit.start, unit.end)
        dt_text = date_phrase(text, unit.start if unit else ctx_start, unit.end if unit else ctx_end,
                              exclude=(s.start, s.end)) if unit is None or dated[unit.start] else None
        if dt_text is None and s.method in ("pronoun", "carry-over"):
            # a pronoun or carried-over statement continues its speaker's last statement
            dt_text = last_text_by_speaker.get(s.speaker)
        last_text_by_speaker[s.speaker] = dt_text
        date, last_date = resolve_date(dt_text, pub, last_date)
        pol, subj = tone(text[s.start:s.end])
        lo = bisect.bisect_left(found_starts, s.start)
        hi = bisect.bisect_left(found_starts, s.end)
        if s.cue_end is not None and s.cue_type in ("speech", "stance"):
            # the cue as a reader quotes it: "said Tuesday", "said in a statement", "said:"
            ext = _CUE_TAIL_RE.match(text, s.cue_end)
            if ext and ext.end() > s.cue_end and not (s.start < ext.end() <= s.end or s.start < s.cue_end < s.end):
                s.cue_end = ext.end()
                s.cue = text[s.cue_start:s.cue_end]
            elif s.start < s.cue_start and s.mention is not None and s.mention.end <= s.cue_start:
                # after the words: "…,” he said at a briefing on Monday. / “…,” she said sarcastically, “…”
                tail = _ADJUNCT_TAIL_RE.match(text, s.cue_end)
                after = bisect.bisect_right(stmt_starts, s.cue_end)
                if tail and len(tail.group().split()) <= ADJUNCT_TAIL_WORDS and not (
                        after < len(stmt_starts) and stmt_starts[after] < tail.end()):  # not over another statement's words
                    s.cue_end = tail.end()
                    s.cue = text[s.cue_start:s.cue_end]
        m = s.mention
        rows.append((
            f"{article_id}-{n:03d}", s.kind, text[s.start:s.end], s.start, s.end, s.speaker,
            m.name if m else None, m.name_start if m else None, m.name_end if m else None,
            m.title if m else None, s.speaker_type if m else None, s.method if m else None,
            s.cue, s.cue_lemma, s.cue_type, s.cue_start, s.cue_end, s.paragraph,
            max(0, bisect.bisect_right(sent_starts, s.start) - 1),
            None if date is None else date.to_datetime64(), dt_text, pol, subj,
            sorted({f.actor for f in found[lo:hi] if f.end <= s.end}),
        ))
    columns = list(map(list, zip(*rows))) if rows else [[] for _ in _STATEMENT_NAMES]
    return schema.frame(dict(zip(_STATEMENT_NAMES, columns)), schema.STATEMENT_COLUMNS)


#: Most words a cue's tail may hold ("said at a briefing on Monday"): a longer one is a clause, and
#: the pattern stops looking there instead of running over a whole paragraph.
ADJUNCT_TAIL_WORDS = 8
# what follows a cue up to the next stop, when it is no part of the statement: "said at one point"
_ADJUNCT_TAIL_RE = re.compile(r"(?:[ \t\xa0]+(?![Tt]hat\b)[\w’'$%-]+){1," + str(ADJUNCT_TAIL_WORDS) + "}"
                              r"(?=\s*(?:[,.;:!?—–]|$))")
_STATEMENT_NAMES = schema.names(schema.STATEMENT_COLUMNS)
_CUE_TAIL_RE = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:statement|interview|email|e-mail|letter|note|"
    r"post|tweet|speech|video|op-ed|release|call|conference|briefing|appearance|remarks|message))?"
    r"(?:\s+on\s+(?:Twitter|Facebook|Instagram|television|TV|CNN|Fox News|MSNBC))?"
    r"(?:\s*:)?")
