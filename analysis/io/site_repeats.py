"""What a site prints on every page: found across the pages of one site in a corpus, and dropped.

One page cannot tell its site's furniture from its story when the furniture is plain text. Many
pages of the same site can: a short line printed on most of them ("The Courier is funded by its
readers.") is the site's, and a part every title shares ("... | The Courier") is its name: cut
from the headlines, and the article's ``source`` where only the host was known.

Pages are grouped by their site (the host of their address, else their ``source``). Only web
pages are changed. From the first web page on, every article is held until the last one is read
(``load_articles`` holds them all in its table anyway), so that every page of a site is seen
before any is changed and the articles keep their order; a corpus without web pages streams.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

from .page_meta import TITLE_SEPARATORS, clean_title, host_name

#: A line is the site's when it is on at least this many of the site's pages...
REPEAT_MIN_PAGES = 3
#: ...and on at least this share of them.
REPEAT_MIN_SHARE = 0.5
#: Furniture lines are short; a longer line printed on many pages is a paragraph of background
#: a series of stories shares, and stays.
REPEAT_LINE_WORDS = 25
#: A title part is the site's name when this many of the site's titles end (or start) with it.
TITLE_MIN_PAGES = 2
#: Files read as web pages.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")

_QUOTE_MARKS = re.compile("[\"“”„«»]")


def _norm(line: str) -> str:
    return " ".join(line.split())


def site_key(art) -> str | None:
    """The site an article comes from: its address's host, else its ``source``; None if unknown."""
    return host_name(getattr(art, "url", None)) or (getattr(art, "source", None) or None)


def _is_page(art) -> bool:
    return os.path.splitext(str(art.path).split("#")[0])[1].lower() in PAGE_SUFFIXES


def repeated_lines(texts: list[str]) -> frozenset:
    """The short lines (the headline line aside) printed on enough of ``texts`` to be the site's."""
    if len(texts) < REPEAT_MIN_PAGES:
        return frozenset()
    counts: Counter = Counter()
    for t in texts:
        lines = {_norm(ln) for ln in t.split("\n")[1:]}
        counts.update(ln for ln in lines if ln and len(ln.split()) <= REPEAT_LINE_WORDS
                      and not _QUOTE_MARKS.search(ln))
    need = max(REPEAT_MIN_PAGES, REPEAT_MIN_SHARE * len(texts))
    return frozenset(ln for ln, n in counts.items() if n >= need)


def shared_title_part(titles: list[str]) -> str | None:
    """The part that titles of one site share at their end or their start (the site's name)."""
    ends: Counter = Counter()
    for t in titles:
        parts = [p.strip() for p in TITLE_SEPARATORS.split(t)]
        if len(parts) >= 2:
            ends.update({parts[-1], parts[0]})
    best = ends.most_common(1)
    return best[0][0] if best and best[0][1] >= TITLE_MIN_PAGES else None


def _cleaned(art, drop: frozenset, site_part: str | None):
    lines = art.text.split("\n")
    title, source = art.title, art.source
    if site_part and title:
        new = clean_title(title, site=site_part)
        if new != title:
            lines[0] = new if _norm(lines[0]) == _norm(title) else lines[0]
            title = new
            if not source or "." in source:  # only a host was known: the titles name the site
                source = site_part
    kept = lines[:1] + [ln for ln in lines[1:] if _norm(ln) not in drop]
    return replace(art, text="\n".join(kept), title=title, source=source, article_id=None, n_words=None)


def strip_site_repeats(articles: Iterable) -> Iterator:
    """``articles`` with each site's repeated lines and title part taken out of its web pages.

    Parameters
    ----------
    articles
        :class:`analysis.articles.Article` items (anything with ``path``, ``text``, ``title``,
        ``url``, ``source``, and the fields :func:`dataclasses.replace` can set).

    Yields
    ------
    Article
        The articles in the order read (from the first web page on, once the last is read); web
        pages changed where their site repeats itself, their ``article_id`` and ``n_words`` left
        to be counted.
    """
    held: dict = {}
    order: list = []
    for art in articles:
        page = _is_page(art)
        if not page and not order:  # no web page yet: nothing to hold back for
            yield art
            continue
        order.append(art)
        key = site_key(art) if page else None
        if key is not None:
            held.setdefault(key, []).append(art)
    plans = {key: (repeated_lines([a.text for a in arts]),
                   shared_title_part([a.title for a in arts if a.title]))
             for key, arts in held.items() if len(arts) >= TITLE_MIN_PAGES}
    for art in order:
        if not _is_page(art):
            yield art
            continue
        # the id and word count a file memo holds may be of a text changed in an earlier run
        # with other pages: counted again from the text as it now is
        yield _cleaned(art, *plans.get(site_key(art), (frozenset(), None)))
