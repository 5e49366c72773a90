"""A web page's structure, read before its text is: the boxes around the article are dropped.

Sites wrap an article in furniture their markup names: a newsletter box, related links, a photo
caption, a pop-up, a disclosure. Those boxes are dropped from the page's tree before the main
text is taken from it, by the words of their class and id (``data/page_blocks.txt``), their tag
(``nav``, ``aside``, ``footer``), and the share of their words that are links. The element that
holds the article's paragraphs, and every element around it, is never dropped, whatever its
class says ("has-sidebar" on ``<body>``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..lexicon import PageWords

#: Tags that are furniture by their nature, wherever they sit outside the article.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "dialog", "button"})
#: Elements never dropped by their class: the page itself.
NEVER_DROPPED = frozenset({"html", "body", "head"})
#: A paragraph counts towards the article's holder when it has at least this many characters:
#: captions and teasers are shorter.
PARAGRAPH_CHARS = 80
#: A paragraph container inside a box (its own or an enclosing element's class names one) counts
#: at this weight when the article's holder is chosen: a pop-up may hold more text than the story.
BOXED_WEIGHT = 0.5
#: A short block (at most this many words) is a list of links when this share of its words or
#: more sit in links ("MORE: <a>...</a>", a row of related headlines).
LINK_BLOCK_WORDS = 25
LINK_SHARE = 0.8
#: Blocks checked for their share of links: the ones a paragraph of text comes in.
TEXT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6")

_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
#: An author's note in italics: "Jo Tamsin is a reporter ..." (a name, then "is a/an/the").
_BIO = re.compile(r"^\s*(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was)\s+(?:a|an|the)\s+\w", re.UNICODE)
_EMPHASIS = frozenset({"em", "i"})


@dataclass(frozen=True)
class Pruned:
    """What :func:`prune_page` took out of a tree, by kind (for tests and reports)."""

    boxes: int
    furniture: int
    link_blocks: int
    notes: int
    #: characters in the paragraphs of the article's holder (0 when none was found)
    holder_chars: int = 0


def class_words(el: HtmlElement) -> set[str]:
    """The words of an element's class and id, lower case ("newsletterForm" -> newsletter, form)."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return set(_WORD_SPLIT.split(_CAMEL.sub(r"\1 \2", raw).lower())) - {""}


def _text_len(el: HtmlElement) -> int:
    return len(" ".join((el.text_content() or "").split()))


def article_holder(root: HtmlElement, words: PageWords) -> HtmlElement | None:
    """The element whose own paragraphs hold the most text: the article's container.

    Paragraphs inside a box named by ``words`` count at :data:`BOXED_WEIGHT`.

    Returns
    -------
    lxml.html.HtmlElement or None
        None when the page has no paragraph of :data:`PARAGRAPH_CHARS` characters.
    """
    totals: dict = {}
    for p in root.iter("p"):
        n = _text_len(p)
        parent = p.getparent()
        if n >= PARAGRAPH_CHARS and parent is not None:
            totals[parent] = totals.get(parent, 0) + n
    if not totals:
        return None
    return max(totals, key=lambda el: totals[el] * (BOXED_WEIGHT if _boxed(el, words) else 1.0))


def _boxed(el: HtmlElement | None, words: PageWords) -> bool:
    """Whether ``el`` or an element around it is a box by its class or id."""
    while el is not None:
        if class_words(el) & words.block_words:
            return True
        el = el.getparent()
    return False


def _protected(holder: HtmlElement | None) -> set:
    """The holder and every element around it."""
    out = set()
    el = holder
    while el is not None:
        out.add(el)
        el = el.getparent()
    return out


def _is_link_block(el: HtmlElement) -> bool:
    words = (el.text_content() or "").split()
    if not words or len(words) > LINK_BLOCK_WORDS:
        return False
    linked = sum(len((a.text_content() or "").split()) for a in el.iter("a"))
    return linked >= LINK_SHARE * len(words)


def _is_italic_note(el: HtmlElement) -> bool:
    """A paragraph written wholly in one italic run that reads as a note about its author."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) != 1 or kids[0].tag not in _EMPHASIS or (el.text or "").strip() or (kids[0].tail or "").strip():
        return False
    return _BIO.match(kids[0].text_content() or "") is not None


def _drop(el: HtmlElement) -> None:
    """Take ``el`` out of its tree, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail and tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def prune_page(root: HtmlElement, words: PageWords) -> Pruned:
    """Drop the boxes around the article from ``root`` (changed in place).

    Parameters
    ----------
    root
        The page's parsed tree (a copy the caller may change).
    words
        The class and id words of boxes (:func:`analysis.lexicon.load_page_words`).

    Returns
    -------
    Pruned
        How many elements of each kind were dropped.
    """
    holder = article_holder(root, words)
    keep = _protected(holder)
    boxes, furniture, links, notes = [], [], [], []
    for el in root.iter():
        if not isinstance(el.tag, str) or el in keep or el.tag in NEVER_DROPPED:
            continue
        if el.tag in FURNITURE_TAGS:
            furniture.append(el)
        elif class_words(el) & words.block_words:
            boxes.append(el)
        elif el.tag in TEXT_BLOCKS and _is_link_block(el):
            links.append(el)
        elif el.tag == "p" and _is_italic_note(el):
            notes.append(el)
    for el in boxes + furniture + links + notes:
        _drop(el)
    held = sum(n for p in holder.iter("p") if (n := _text_len(p)) >= PARAGRAPH_CHARS) if holder is not None else 0
    return Pruned(len(boxes), len(furniture), len(links), len(notes), held)
