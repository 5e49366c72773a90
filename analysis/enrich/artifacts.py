"""Who speaks through a thing issued: the author of "a press release from Norvia Watch", "Ada
Voss’s letter", "a poll conducted by Tarn Research", "a Harbour Board report", and of "the
statement" when the article introduced that statement with its author shortly before.

Decided by the phrase's shape: its head is a word of ``name_words.txt`` [artifact]; the author
is a run of capitalised words owning it ("X’s"), naming it ("a X report"), or after it ("by X",
"from X", "conducted by X"). A thing with no author in sight leaves the speaker to the other
rules (a missing speaker is better than a guessed one).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import Lexicon, NameWords
from ..nlp.words import ARTICLES, CALENDAR_NAMES, NAME_LINKS
from ..speakers import Mention
from .entities import ArticleIdentity, _person_like
from .names import common_tag, is_acronym, strip_possessive

__all__ = ["Author", "artifact_head", "author_of", "speaker_of_artifact", "speaker_who_introduced"]

#: Characters after a thing's head read for its author ("…, which was conducted by X for Y"):
#: about a clause; the sentence's end stops the look sooner.
AFTER_REACH = 160
#: Characters before "the statement" searched for the same thing introduced with its author
#: ("a statement issued by the Voss campaign … The statement said"): about two short paragraphs.
BACK_REACH = 700
#: Most lower-case words between a possessive owner and the head ("Voss’s new campaign ad").
OWNER_GAP = 2

_NAME = r"[A-Z][\w.&’'/-]*(?:[^\S\n]+(?:(?:of|on|for|and|&|de)[^\S\n]+(?!The\b))?[A-Z][\w.&’'/-]*)*"
_BODY = r"(?:[^\S\n]+(?!(?:and|with|or|for|in|on|at|to|the|a|an)\b)[a-z]+){0,2}"  # "the Voss campaign", "Voss’s presidential campaign": a lower-case head kept when it names a body
_CO_AUTHORS_RE = re.compile(r",?\s+(?:and|with|&)\s")


@dataclass(frozen=True)
class _Words:
    """The name words these rules read (``lex.name_words``) and the patterns made of them."""

    artifact: frozenset
    authoring: frozenset
    artifact_kinds: tuple
    organisation: frozenset
    after_re: re.Pattern
    inner_re: re.Pattern


@lru_cache(maxsize=4)
def _words(nw: NameWords) -> _Words:
    """The patterns of one lexicon's name words, compiled once."""
    authoring = "|".join(sorted(nw.authoring))
    after_re = re.compile(
        r"[^\S\n]*,?[^\S\n]*(?:(?:which|that)\s+(?:was|were|is|are|has\s+been)\s+)?"
        r"(?:(?P<made>" + authoring + r")\s+)?"
        r"(?:for\s+(?:the\s+)?(?P<sponsor>" + _NAME + r")(?:\s+and\s+[\w\s-]*?)?(?=\s+by\b|\s*[,.;]|\s*$)\s*)?"
        r"(?:(?:by|from)\s+(?:the\s+(?:[a-z]+\s+){0,%d})?(?P<author>" % OWNER_GAP + _NAME + _BODY + r"))?")
    # a thing issued inside a longer phrase: "a survey of harbour pilots", "a letter from Ada Voss"
    inner_re = re.compile(r"\b(" + "|".join(sorted(nw.artifact)) + r")\s+(?:by|from|of|" + authoring + r")\b")
    return _Words(nw.artifact, nw.authoring, nw.artifact_kinds, nw.organisation, after_re, inner_re)


@dataclass(frozen=True)
class Author:
    """The one who issued a thing, as the article writes it.

    Attributes
    ----------
    name
        The author's name, without a leading "the" or a possessive ending.
    start
        Offset of the name in the text.
    sponsor
        True when the article gives only whom the thing was made for ("a poll conducted for the
        Harbour Times"): the thing is then named after it ("Harbour Times poll").
    possessive
        True when the author owns it as written ("Ada Voss’s letter").
    """

    name: str
    start: int
    sponsor: bool = False
    possessive: bool = False


def artifact_head(name: str, lex: Lexicon) -> str | None:
    """The head of a speaker's phrase when it names a thing issued ("the statement" ->
    "statement", a word of ``lex.name_words.artifact``), else None."""
    words = name.split()
    if not words:
        return None
    head = words[-1].strip(",.;:")
    return head if head.islower() and head in lex.name_words.artifact else None


def author_of(text: str, start: int, end: int, lex: Lexicon) -> Author | None:
    """The author of the thing named at [start, end) of ``text``, from the phrase itself and the
    words right after it (``lex``: its name words); None when the phrase names none."""
    return _author_of(text, start, end, _words(lex.name_words))


def _author_of(text: str, start: int, end: int, w: _Words) -> Author | None:
    phrase = text[start:end]
    for head in reversed([mt for mt in re.finditer(r"[\w-]+", phrase) if mt.group() in w.artifact]):
        found = _author_at(text, start, head, w)  # "the mean of the latest surveys compiled by …": the last head first
        if found is not None:
            return found
    return None


def _author_at(text: str, start: int, head: re.Match, w: _Words) -> Author | None:
    """The author of the thing whose head ``head`` matched in the phrase starting at ``start``."""
    phrase = text[start:start + head.end()]
    owner = _owner(phrase[:head.start()], start, w)
    if owner is not None:
        # "a Harbour Times poll" is the poll named after its owner (as "the Voss campaign")
        return owner if owner.possessive or head.group().rstrip("s") not in w.organisation else \
            Author(owner.name, owner.start, sponsor=True)
    stop = re.search(r"[.;!?\n]", text[start + head.end():start + head.end() + AFTER_REACH])
    limit = start + head.end() + (stop.start() if stop else AFTER_REACH)
    after = w.after_re.match(text, start + head.end(), limit)
    if after and after.group("author") and _a_name(_no_article(after.group("author"), w)):
        if _CO_AUTHORS_RE.match(text, after.end("author")):
            return None  # "by Ada Voss and two colleagues": more than the one named
        return _at(after, "author", w)
    if after and after.group("made") and after.group("sponsor") and head.group().rstrip("s") in w.organisation \
            and _a_name(_no_article(after.group("sponsor"), w)):
        return _at(after, "sponsor", w)
    return None


def _no_article(name: str, w: _Words) -> str:
    """"The Voss campaign" -> "Voss campaign"; a lower-case last word that names no body goes, and
    a leading adjective ("Tarn-based")."""
    words = name.split()
    while len(words) > 1 and "-" in words[0] and words[0].rsplit("-", 1)[1].islower():
        name = name[len(words[0]):].lstrip()
        words = words[1:]
    while len(words) > 1 and words[-1].islower() and words[-1] not in w.organisation:
        name = name[:name.rindex(" ")].rstrip()
        words = words[:-1]
    return name[4:] if name.startswith("The ") else name


def _at(mt: re.Match, group: str, w: _Words, offset: int = 0) -> Author:
    name = mt.group(group)
    clean = _no_article(name, w)
    cut = name.find(clean.split()[0]) if clean else 0
    return Author(clean, offset + mt.start(group) + cut, sponsor=group == "sponsor")


def _owner(before: str, offset: int, w: _Words) -> Author | None:
    """"Ada Voss’s new letter" -> Ada Voss; "a Harbour Board report" -> Harbour Board: the run
    of capitals before the head (up to OWNER_GAP lower-case words between)."""
    words = list(re.finditer(r"\S+", before))
    k = len(words)
    while k > 0 and words[k - 1].group().islower() and len(words) - k < OWNER_GAP:
        if strip_possessive(words[k - 1].group()) != words[k - 1].group():
            return None  # "the Harbour Board chair’s memo": a role owns it, for the role rules
        k -= 1
    j = k
    while j > 0 and words[j - 1].group()[:1].isupper():
        j -= 1
    if j == k:
        return None
    run = [w.group() for w in words[j:k]]
    possessive = strip_possessive(run[-1]) != run[-1]
    if j > 0 and not possessive and words[j - 1].group().lower() not in ARTICLES \
            and not words[j - 1].group().isdigit():
        return None  # "Officials at Harbour Board said …": the capitals are not the thing's owner
    run[-1] = strip_possessive(run[-1])
    lead = run[0].lower() in ARTICLES  # "The Harbour Board" -> "Harbour Board"
    name = " ".join(run[1:] if lead else run)
    if not name or not _a_name(name) or name.lower() in w.organisation:  # ("a TV spot")
        return None
    return Author(name, offset + words[j + 1 if lead else j].start(),
                  possessive=possessive)


def _a_name(name: str) -> bool:
    """No weekday or month ("a statement from Monday"), no lone common word, no possessive at its
    end ("by the Harbour Board’s chair": a role is the author)."""
    words = name.split()
    if strip_possessive(words[-1]) != words[-1]:
        return False
    if any(w.lower().strip(".,") in CALENDAR_NAMES for w in words):
        return False
    return len(words) > 1 or is_acronym(words[0]) or common_tag(strip_possessive(words[0])) is None


def speaker_of_artifact(art: ArticleIdentity, m: Mention) -> tuple[str, str] | None:
    """(speaker, speaker_type) of a mention naming a thing issued, or None.

    Parameters
    ----------
    art
        The article's entities: an author named as a person's short form is that person.
    m
        The speaker mention ("a press release from Norvia Watch", "the statement").

    Returns
    -------
    tuple or None
        The author's most complete name and ``"person"`` or ``"organisation"``; for a thing
        made for a body, the thing named after it ("Harbour Times poll"); None when no author is
        in sight.
    """
    head = artifact_head(m.name, art.lex)
    w = _words(art.lex.name_words)
    inner = w.inner_re.search(m.name) if head is None else None
    if head is None and inner is None:
        return None  # ("the Voss email matter" is no thing issued)
    found = _author_of(art.text, m.name_start, m.name_end, w)
    if found is None and head is not None and m.name.split()[0].lower() == "the":
        found = _introduced(art.text, m.name_start, head, w)
    if found is None:
        return None
    if found.sponsor:
        thing = m.name[:inner.end(1)] if inner is not None else m.name
        return f"{found.name} {_thing(thing, head or inner.group(1), w)}", "organisation"
    return _linked(art, found)


def _introduced(text: str, at: int, head: str, w: _Words) -> Author | None:
    """"The statement" -> the author of the nearest statement the article introduced before it
    within BACK_REACH ("a second statement issued by the Voss campaign"); None when that one has
    no author in sight (an older one is another statement)."""
    lo = max(0, at - BACK_REACH)
    heads = "(?:" + "|".join(sorted(_kind(head, w.artifact_kinds))) + ")"
    issued = list(re.finditer(r"(?:^|(?<=\s))(?P<author>" + _NAME + _BODY + r")[^\S\n]+(?:(?:" + "|".join(sorted(w.authoring))
                              + r")[^\S\n]+)(?:an?)\s+(?:[a-z][\w-]*\s+){0,%d}%s\b" % (OWNER_GAP, heads), text[lo:at]))
    if issued and _a_name(_no_article(issued[-1].group("author"), w)):
        last = issued[-1]
    else:
        last = None
    for mt in reversed(list(re.finditer(r"\b(?:[Aa]n?|[A-Z][\w.’'-]*[’']s?)\s+(?:[a-z0-9][\w-]*\s+){0,%d}%s\b"
                                        % (OWNER_GAP, heads), text[lo:at]))):
        if last is not None and mt.start() < last.end():
            break  # the thing someone was said to issue comes later: that is the one meant
        return _author_of(text, lo + mt.start(), lo + mt.end(), w)  # the nearest one only: None when it has no author
    if last is not None:
        return _at(last, "author", w, lo)
    return None


def _kind(head: str, kinds: tuple) -> frozenset:
    """The heads of one kind of thing ("ad", "clip", "video"), the one ``head`` is of."""
    return next((k for k in kinds if head in k), frozenset({head}))


def _thing(name: str, head: str, w: _Words) -> str:
    """"the first figures of the exit polls" -> "exit poll": the head in the singular with the
    noun before it."""
    words = name.split()
    single = head[:-1] if head.endswith("s") and head[:-1] in w.artifact else head
    before = words[-2] if len(words) > 1 else ""
    return f"{before} {single}" if before.islower() and common_tag(before) == "NN" else single


def _linked(art: ArticleIdentity, found: Author) -> tuple[str, str]:
    """The author's entity: a person the article names (by full name or one of its words), a
    body's initials spelled out, or the name as written."""
    words = found.name.split()
    ent = art.link(words[0], found.start) if len(words) == 1 else art.full(words)
    if ent is not None and ent.kind == "person":
        return ent.name, "person"
    if len(words) == 1 and words[0] in art.acronyms and all(w[:1].isupper() or w in NAME_LINKS
                                                          for w in art.acronyms[words[0]].split()):
        return art.acronyms[words[0]], "organisation"
    kind = "person" if len(words) >= 2 and words[0].lower() in art.first_names and _person_like(words, art) \
        else "organisation"
    return found.name, kind


def speaker_who_introduced(text: str, m: Mention, sentence_starts: list[int],
                           spoken: list[tuple[int, str, str]], lex: Lexicon) -> tuple[str, str] | None:
    """"Ada Voss said in a statement … The statement also said": (speaker, speaker_type) of the
    one who spoke in the sentence that introduced the thing, or None.

    Parameters
    ----------
    text
        The article.
    m
        The mention ("the statement").
    sentence_starts
        Offsets of the article's sentences, in order.
    spoken
        (offset, speaker, speaker_type) of the speakers settled so far, in reading order.
    lex
        The word lists (its name words: the things issued and their kinds).

    Returns
    -------
    tuple or None
        The one speaker named in that sentence; None when it names none or several.
    """
    head = artifact_head(m.name, lex)
    if head is None or m.name.split()[0].lower() != "the":
        return None
    kind = _kind(head, lex.name_words.artifact_kinds)
    lo = max(0, m.name_start - BACK_REACH)
    # "in a statement", "in her letter": the one who speaks through it ("said a report showed" cites one)
    intro = list(re.finditer(r"\b[Ii]n\s+(?:an?|his|her|its|their)\s+(?:[a-z0-9][\w-]*\s+){0,%d}(?:%s)\b"
                             % (OWNER_GAP, "|".join(sorted(kind))), text[lo:m.name_start]))
    if not intro:
        return None
    at = lo + intro[-1].start()
    k = bisect.bisect_right(sentence_starts, at) - 1
    start = sentence_starts[k] if k >= 0 else 0
    end = sentence_starts[k + 1] if 0 <= k + 1 < len(sentence_starts) else m.name_start
    found = {(name, kind) for pos, name, kind in spoken if start <= pos < end}
    return found.pop() if len(found) == 1 else None
