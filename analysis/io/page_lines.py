"""A web page's text, line by line: the lines where the site talks to its reader are dropped.

What the page's structure did not give away is often plain in the line itself: a short line
that tells the reader to do something ("Subscribe to ...", "Click here ..."), a contact line with
an e-mail address or a phone number, a row of navigation labels ("Category : Local"), a line an
analyst listed in ``data/boilerplate.txt``, the headline printed again. A line that holds a
quotation mark is never dropped: it may be someone's words.
"""
from __future__ import annotations

import re

from ..lexicon import PageWords

#: A call to action is short: a longer line opening with "Follow" or "Share" is a sentence of
#: the story ("Share prices fell ...").
CALL_LINE_WORDS = 30
#: A line with an e-mail address is contact information when it is this short or shorter.
CONTACT_LINE_WORDS = 25
#: A line with a phone number is a phone list when it is this short or shorter; longer lines
#: with a number are the story ("call the police on ...").
PHONE_LINE_WORDS = 8
#: A row of navigation labels is this short or shorter.
LABEL_LINE_WORDS = 12

_QUOTE_MARKS = re.compile("[\"“”„«»]")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?|\b\d{2,4}[\s.-])\d{3,4}[\s.-]?\d{3,4}\b")


def _norm(line: str) -> str:
    return " ".join(line.lower().split())


def _opens_with(low: str, phrases: tuple[str, ...]) -> bool:
    return any(low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum()) for p in phrases)


def _ends_with(low: str, phrases: tuple[str, ...]) -> bool:
    low = low.rstrip(" .!:»›>")
    return any(low.endswith(p) and (len(low) == len(p) or not low[-len(p) - 1].isalnum()) for p in phrases)


def _label_pattern(words: PageWords) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.label_words)
    return re.compile(r"(?:^|\s)(?:" + alts + r")\s*:", re.IGNORECASE) if alts else re.compile(r"(?!)")


def line_kind(line: str, words: PageWords, *, label: re.Pattern | None = None) -> str | None:
    """Why ``line`` is the site's furniture ("call", "contact", "labels", "listed"), or None.

    Parameters
    ----------
    line
        One line of a page's main text.
    words
        The page word lists (:func:`analysis.lexicon.load_page_words`).
    label
        The compiled label pattern (built from ``words`` when not given).
    """
    low = _norm(line)
    if not low:
        return None
    if low in words.lines:
        return "listed"
    if _QUOTE_MARKS.search(line):
        return None
    n = len(low.split())
    if n <= CALL_LINE_WORDS and (_opens_with(low, words.call_phrases) or _ends_with(low, words.call_phrases)):
        return "call"
    if n <= CONTACT_LINE_WORDS and _EMAIL.search(line):
        return "contact"
    if n <= PHONE_LINE_WORDS and _PHONE.search(line):
        return "contact"
    if n <= LABEL_LINE_WORDS and (label or _label_pattern(words)).search(line):
        return "labels"
    return None


def clean_lines(body: str, words: PageWords, *, headline: str | None = None) -> tuple[str, dict]:
    """``body`` without its furniture lines, and how many of each kind were dropped.

    Parameters
    ----------
    body
        A page's main text, one paragraph a line.
    words
        The page word lists.
    headline
        The article's title: a line that repeats it in the body is dropped.

    Returns
    -------
    (text, dropped)
        The kept lines joined by ``\\n``, and the count of dropped lines by kind.
    """
    label = _label_pattern(words)
    head = _norm(headline) if headline else None
    kept: list[str] = []
    dropped: dict = {}
    for line in body.split("\n"):
        kind = "headline" if head and _norm(line) == head else line_kind(line, words, label=label)
        if kind is None:
            kept.append(line)
        else:
            dropped[kind] = dropped.get(kind, 0) + 1
    return "\n".join(kept).strip(), dropped
