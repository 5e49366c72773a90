"""Paragraphs, sentences and tokens with offsets into the text as read. No downloads needed."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations whose final dot is part of the word. Titles never end a sentence.
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov lt gen col maj capt sgt adm cmdr gov rev fr st hon pres supt insp det".split()
)
OTHER_ABBREVIATIONS = frozenset(
    "jr sr inc corp co ltd llc bros vs etc no nos approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec "
    "mt ft ave blvd rd univ assn".split()
)
# Words that, capitalised after an abbreviation such as "U.S.", suggest a new sentence.
SENTENCE_STARTERS = frozenset(
    "he she it they we i you the but and this that these those in a an there his her their our its".split()
)

TOKEN_RE = re.compile(r"\w+(?:[’'\-.&]\w+)*|[^\w\s]")
PARAGRAPH_RE = re.compile(r"[^\n\r]+")
CLOSERS = "\"”’'»)]"


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark and its offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """A stretch of text: [start, end)."""

    start: int
    end: int


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``; abbreviations keep their dot ("U.S.", "Gen.").

    Parameters
    ----------
    text
        The full text; offsets are into it.
    start, end
        The stretch to tokenise.
    """
    end = len(text) if end is None else end
    out: list[Token] = []
    last = start
    for m in TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        if s < last:  # the dot already taken by an abbreviation
            continue
        word = m.group()
        if e < end and text[e] == "." and _is_abbreviation(word):
            e += 1
            word += "."
        out.append(Token(s, e, word))
        last = e
    return out


def _is_abbreviation(word: str) -> bool:
    low = word.lower()
    if low in TITLE_ABBREVIATIONS or low in OTHER_ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # initials: "George W. Bush"
        return True
    return "." in word and len(word) <= 6 and all(len(p) <= 2 for p in word.split("."))  # U.S, D.C


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding spaces: the paragraphs of an article."""
    out = []
    for m in PARAGRAPH_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e))
    return out


def sentences(text: str, start: int, end: int, toks: list[Token] | None = None) -> list[Span]:
    """Split ``text[start:end]`` (one paragraph) into sentences.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote marks or brackets)
    followed by a capital letter, digit or opening mark. A title abbreviation ("Gen.") never ends
    one; another ("U.S.") does only before a typical sentence opener ("He", "The").
    """
    toks = tokens(text, start, end) if toks is None else toks
    out: list[Span] = []
    s0 = start
    n = len(toks)
    for i, t in enumerate(toks):
        if i + 1 >= n:
            break
        last = t.text[-1]
        if last not in ".!?…":
            continue
        word = t.text[:-1].lower()
        if len(t.text) > 1 and last == ".":
            if word in TITLE_ABBREVIATIONS or (len(word) == 1):
                continue
            if word in OTHER_ABBREVIATIONS or "." in word:
                if toks[i + 1].text.lower() not in SENTENCE_STARTERS:
                    continue
        # skip closing quote marks and brackets that belong to this sentence
        j = i + 1
        e = t.end
        while j < n and toks[j].text in CLOSERS and toks[j].start == e:
            e = toks[j].end
            j += 1
        if j >= n:
            break
        nxt = toks[j].text
        if toks[j].start == e and nxt not in "“\"«‘'(":
            continue  # no space after the mark: "3.5", "a.m."
        first = nxt[0]
        if first.isupper() or first.isdigit() or nxt in "“\"«‘'(—–-":
            out.append(Span(s0, e))
            s0 = toks[j].start
    if s0 < end:
        out.append(Span(s0, end))
    return out
