"""A web page's text, line by line: the lines where the site talks to its reader are dropped.

What the page's structure did not give away is often plain in the line itself: a short line
that tells the reader to do something ("Subscribe to ...", "Click here ..."), a contact line with
an e-mail address or a phone number, a footnote ("*Terms apply"), a row of navigation labels ("Category : Local"), a line an
analyst listed in ``data/boilerplate.txt``, the headline printed again. A line that holds a
quotation mark is never dropped: it may be someone's words; nor is a call to action that holds a
verb of saying ("Follow the coast road ..., said guide Tove Arn").
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon, PageWords, load_lexicon

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

_WORD = re.compile(r"[\w’']+")
#: A footnote: a line that opens with a note mark right before its first word ("*Prices as of
#: ...", "†Terms apply"). A list item has a space after its mark and is not one.
_FOOTNOTE = re.compile(r"^\s*[*†‡]+[^\W\d_]")
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


def _is_call(low: str, words: PageWords) -> bool:
    """A call to action: opens (or ends) with one, or opens with an ask and speaks to the reader."""
    if _opens_with(low, words.call_phrases) or _ends_with(low, words.call_phrases):
        return True
    return _opens_with(low, words.ask_phrases) and not words.reader_words.isdisjoint(_WORD.findall(low))


def _reported(low: str, lexicon: Lexicon) -> bool:
    """Whether the line holds an inflected verb of saying ("said", "says", "told"): it reports
    someone. Bare forms ("read", "write") are the imperatives calls are made of, and do not count
    (:attr:`~analysis.lexicon.Lexicon.saying_forms`)."""
    return not lexicon.saying_forms.isdisjoint(_WORD.findall(low))


def _label_pattern(words: PageWords) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.label_words)
    return re.compile(r"(?:^|\s)(?:" + alts + r")\s*:", re.IGNORECASE) if alts else re.compile(r"(?!)")


def line_kind(line: str, words: PageWords, *, label: re.Pattern | None = None,
              lexicon: Lexicon | None = None) -> str | None:
    """Why ``line`` is the site's furniture ("call", "note", "contact", "labels", "listed"), or None.

    Parameters
    ----------
    line
        One line of a page's main text.
    words
        The page word lists (:func:`analysis.lexicon.load_page_words`).
    label
        The compiled label pattern (built from ``words`` when not given).
    lexicon
        The word lists whose cue verbs tell a call from a report (default
        :func:`analysis.lexicon.load_lexicon`).
    """
    low = _norm(line)
    if not low:
        return None
    if low in words.lines:
        return "listed"
    if _QUOTE_MARKS.search(line):
        return None
    n = len(low.split())
    if n <= CALL_LINE_WORDS and _is_call(low, words) and not _reported(low, lexicon or load_lexicon()):
        return "call"
    if _FOOTNOTE.match(line):
        return "note"
    if n <= CONTACT_LINE_WORDS and _EMAIL.search(line):
        return "contact"
    if n <= PHONE_LINE_WORDS and _PHONE.search(line):
        return "contact"
    if n <= LABEL_LINE_WORDS and (low.rstrip(" :") in words.label_words
                                  or (label or _label_pattern(words)).search(line)):
        return "labels"
    return None


def clean_lines(body: str, words: PageWords, *, headline: str | None = None,
                lexicon: Lexicon | None = None) -> tuple[str, dict]:
    """``body`` without its furniture lines, and how many of each kind were dropped.

    Parameters
    ----------
    body
        A page's main text, one paragraph a line.
    words
        The page word lists.
    headline
        The article's title: a line that repeats it in the body is dropped.
    lexicon
        The word lists in use, as for :func:`line_kind`.

    Returns
    -------
    (text, dropped)
        The kept lines joined by ``\\n``, and the count of dropped lines by kind.
    """
    label = _label_pattern(words)
    lexicon = lexicon or load_lexicon()
    head = _norm(headline) if headline else None
    kept: list[str] = []
    dropped: dict = {}
    for line in body.split("\n"):
        kind = "headline" if head and _norm(line) == head else line_kind(line, words, label=label, lexicon=lexicon)
        if kind is None:
            kept.append(line)
        else:
            dropped[kind] = dropped.get(kind, 0) + 1
    return "\n".join(kept).strip("\n"), dropped
