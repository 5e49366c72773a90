"""A web page's own metadata: its headline, the site's name, the publication date, the address.

Each field comes from the places a page states it for machines, most specific first (Open Graph
and article meta tags, JSON-LD, ``<time>`` in the article's header), and only then from what
trafilatura guesses from the whole page, where a sidebar's dates and a site's tagline also sit.

A headline is cleaned of the site's name ("Harbour fees rise | The Example Courier"): the site
is known from ``og:site_name``, the publisher in JSON-LD, or the address's host. A candidate
that is only a name of the page's software (``<meta name="generator">``) or a single word in
lower case (a template's name) is never a headline.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from lxml.html import HtmlElement

#: Meta tags that give the headline, most trusted first (``property`` or ``name``).
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title")
#: Meta tags that give the site's name.
SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher")
#: Meta tags that give the article's own publication time.
DATE_KEYS = ("article:published_time", "og:published_time", "article.published", "datepublished",
             "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
             "dcterms.created", "dc.date", "date")
#: JSON-LD types that describe the article itself (a ``WebPage`` or ``Organization`` does not).
ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "blogposting", "report",
                           "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage"})
#: A site name has at most this many words; a longer "name" is a tagline or a headline.
SITE_NAME_WORDS = 6
#: The separators sites put between a headline and their name.
TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|•|::|»)\s+")
#: Host labels that are never the site's own name.
HOST_NOISE = frozenset({"www", "m", "amp", "edition", "news", "com", "org", "net", "co", "uk", "gov"})

_ISO_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d|$)")
_URL_DAY = re.compile(r"/(\d{4})[/-](\d{2})[/-](\d{2})(?:/|-|$)")
_UTC = re.compile(r"(?:Z|[+-]00:?00)$")
_SQUASH = re.compile(r"[^a-z0-9]+")
#: Characters that print as nothing: taken out of headlines and names.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@dataclass(frozen=True)
class PageMeta:
    """The metadata of one page (None where the page does not say)."""

    title: str | None
    published: str | None
    source: str | None
    url: str | None


def _squash(s: str) -> str:
    return _SQUASH.sub("", s.lower())


def _meta(tree: HtmlElement) -> dict[str, str]:
    """The page's ``<meta>`` tags: lower-cased ``property``/``name``/``itemprop`` -> first content."""
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        content = " ".join((m.get("content") or "").split())
        for attr in ("property", "name", "itemprop"):
            key = (m.get(attr) or "").strip().lower()
            if key and content and key not in out:
                out[key] = content
    return out


def _json_ld(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object of the page, ``@graph`` members included; unreadable blocks skipped."""
    found: list[dict] = []
    for s in tree.iter("script"):
        if (s.get("type") or "").strip().lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                found.append(d)
                stack.extend(v for k, v in d.items() if k == "@graph")
    return found


def _types(d: dict) -> set[str]:
    t = d.get("@type")
    return {str(x).lower() for x in (t if isinstance(t, list) else [t]) if x}


def _article_ld(objs: list[dict]) -> list[dict]:
    """The JSON-LD objects that describe an article, articles before web pages."""
    arts = [d for d in objs if _types(d) & ARTICLE_TYPES]
    return sorted(arts, key=lambda d: "webpage" in _types(d))


def _name(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def host_name(url: str | None) -> str | None:
    """The distinctive label of an address's host ("www.harbour-courier.example" -> harbour-courier)."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    labels = [p for p in host.split(".") if p and p not in HOST_NOISE]
    return max(labels[:-1] or labels, key=len) if labels else None


def _is_slug(name: str) -> bool:
    """One lower-case token ("pcgazette"): a site's slug, not the name it prints."""
    return len(name.split()) == 1 and name == name.lower()


def site_name(meta: dict, objs: list[dict], url: str | None) -> str | None:
    """The site's own name: ``og:site_name`` and the like, the JSON-LD publisher, else the host.

    A name of more than :data:`SITE_NAME_WORDS` words (a tagline) is skipped, and a slug gives
    way to a later name that spells the same words ("pcgazette" -> "PC Gazette").
    """
    cands = [meta.get("og:site_name")] + [_name(d.get("publisher")) for d in _article_ld(objs)]
    cands += [meta.get(k) for k in SITE_KEYS[1:]]
    cands = [c for c in cands if c and len(c.split()) <= SITE_NAME_WORDS]
    for c in cands:
        if not _is_slug(c):
            return c
    if cands:
        return cands[0]
    host = urlsplit(url or "").hostname
    return host[4:] if host and host.startswith("www.") else host


def _is_site_part(part: str, names: list[str]) -> bool:
    sq = _squash(part)
    if not sq:
        return True
    return any(n and (sq == n or (len(sq) >= 4 and (sq.startswith(n) or n.startswith(sq)))) for n in names)


def clean_title(title: str, *, site: str | None = None, host: str | None = None) -> str:
    """``title`` without the site's name and what follows it ("Fees rise | Courier | City news").

    The parts between separators that name the site (by ``site`` or the host's distinctive label
    ``host``) are cut, with everything on the far side of them from the headline; when the
    headline is cut out of several parts, the longest part is the headline.
    """
    names = [n for n in (_squash(site or ""), _squash(host or "")) if len(n) >= 3]
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2 or not names:
        return title
    hits = [i for i, p in enumerate(parts) if _is_site_part(p, names)]
    if not hits:
        return title
    if hits[0] > 0:
        keep = parts[:hits[0]]
    else:
        rest = [i for i in range(len(parts)) if i not in hits]
        keep = parts[rest[0]:] if rest else []
    if not keep:
        return title
    return " | ".join(keep) if len(keep) == 1 else max(keep, key=len)


def _usable_title(cand: str | None, meta: dict, site: str | None) -> bool:
    """Not empty, not the page software's name, not one lower-case word, not the site's name."""
    if not cand or not cand.strip():
        return False
    c = cand.strip()
    gen = meta.get("generator", "")
    if gen and (_squash(c) == _squash(gen) or _squash(gen).startswith(_squash(c))):
        return False
    if len(c.split()) == 1 and c == c.lower():
        return False
    return not (site and _squash(c) == _squash(site))


def _text(el: HtmlElement) -> str:
    return " ".join((el.text_content() or "").translate(_INVISIBLE).split())


def page_title(tree: HtmlElement, meta: dict, objs: list[dict], site: str | None, host: str | None) -> str | None:
    """The headline: meta tags, JSON-LD, then ``<title>`` (its ``<h1>`` when the title holds it).

    Every candidate is cleaned of the site's name; one that is only a template's or the page
    software's name is passed over.
    """
    h1 = next((t for h in tree.iter("h1") if (t := _text(h))), None)
    page = next((t for el in tree.iter("title") if (t := _text(el))), None)
    cands = [meta.get(k) for k in TITLE_KEYS] + [_name(d.get("headline")) for d in _article_ld(objs)]
    if h1 and page and len(_squash(h1)) >= 3 and _squash(h1) in _squash(page):
        cands.append(h1)  # the page's title is the headline with the site's name around it
    cands += [page, h1]
    for cand in cands:
        if _usable_title(cand, meta, site):
            cleaned = clean_title(" ".join(cand.translate(_INVISIBLE).split()), site=site, host=host)
            if _usable_title(cleaned, meta, site):
                return cleaned
    return None


def site_in_title(title: str | None, host: str | None) -> str | None:
    """The part of a page's ``<title>`` that names the site by its host ("... | Harbour Courier")."""
    names = [_squash(host)] if host and len(_squash(host)) >= 3 else []
    parts = TITLE_SEPARATORS.split(title) if title else []
    if len(parts) < 2 or not names:
        return None
    parts = [p for p in parts if _is_site_part(p, names)]
    return parts[0].strip() if parts and len(parts[0].split()) <= SITE_NAME_WORDS else None


def _header_time(tree: HtmlElement) -> str | None:
    """``<time datetime>`` in the article's header, or else the first one inside ``<article>``."""
    for path in (".//article//header//time[@datetime]", ".//header//time[@datetime][@pubdate]",
                 ".//article//time[@datetime]", ".//*[@itemprop='datePublished'][@datetime]"):
        for el in tree.xpath(path):
            value = (el.get("datetime") or "").strip()
            if value:
                return value
    return None


def published_date(tree: HtmlElement, meta: dict, objs: list[dict]) -> str | None:
    """The article's own publication date, before any date found elsewhere on the page."""
    for k in DATE_KEYS:
        if meta.get(k):
            return meta[k]
    for d in _article_ld(objs):
        value = d.get("datePublished") or d.get("dateCreated")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return _header_time(tree)


def page_url(tree: HtmlElement, meta: dict) -> str | None:
    """The page's own address: ``og:url``, else the canonical link."""
    if meta.get("og:url"):
        return meta["og:url"]
    return _link(tree, "canonical")


def _link(tree: HtmlElement, rel: str) -> str | None:
    for link in tree.iter("link"):
        if rel in (link.get("rel") or "").lower().split() and (link.get("href") or "").strip():
            return link.get("href").strip()
    return None


def local_day(value: str | None, url: str | None = None) -> str | None:
    """The day of a time stamp as the page prints it: "2025-03-04T23:30:00-05:00" -> "2025-03-04".

    The time and zone are dropped, so the day stays the one the article's readers saw. A stamp
    in UTC is often a day ahead of that day: when the page's address carries a date
    (``/2025/03/04/``) that is the stamp's day or the day before, the address's date wins.
    """
    if not value:
        return None
    m = _ISO_DAY.match(value.strip())
    if not m:
        return value.strip()
    day = m.group(1)
    u = _URL_DAY.search(url or "")
    if u and _UTC.search(value):
        try:
            gap = (date.fromisoformat(day) - date(int(u.group(1)), int(u.group(2)), int(u.group(3)))).days
        except ValueError:
            return day
        if gap == 1:
            return f"{u.group(1)}-{u.group(2)}-{u.group(3)}"
    return day


def page_meta(tree: HtmlElement) -> PageMeta:
    """The metadata of a parsed page; trafilatura's guesses fill the fields the page leaves open."""
    meta = _meta(tree)
    objs = _json_ld(tree)
    url = page_url(tree, meta)
    site = site_name(meta, objs, url or _link(tree, "home"))
    host = host_name(url or _link(tree, "home"))
    title = page_title(tree, meta, objs, site, host)
    published = published_date(tree, meta, objs)
    if title is None or published is None or url is None or site is None:
        from trafilatura.metadata import extract_metadata

        guess = extract_metadata(tree)
        url = url or guess.url
        published = published or guess.date
        if site is None and guess.sitename:
            site = site_name({"og:site_name": guess.sitename}, [], url)
        if title is None and _usable_title(guess.title, meta, site):
            title = clean_title(guess.title, site=site, host=host_name(url))
    if site is None or "." in site:  # only a host: the title may print the site's name
        page = next((_text(el) for el in tree.iter("title")), None)
        site = site_in_title(page, host) or site
    return PageMeta(title, local_day(published, url), site, url)
