"""One saved web page as an article: its main text, headline, date and site.

The steps, each in its own module:

1. parse the page once (trafilatura's ``load_html``);
2. read the metadata from the whole page (:mod:`analysis.io.page_meta`): headline, site name,
   publication date, address;
3. drop the boxes around the article from a copy of the tree (:mod:`analysis.io.page_structure`);
4. take the main text from what is left with trafilatura (:data:`TRAFILATURA_OPTIONS`);
5. drop the lines where the site talks to its reader (:mod:`analysis.io.page_lines`).

The text returned is the headline line, then the body: every offset the library gives later
indexes this text.
"""
from __future__ import annotations

import hashlib
from copy import deepcopy
from dataclasses import dataclass
from types import MappingProxyType

from ..inputs import ArticleError
from ..lexicon import PAGE_FILES, folder_of, load_lexicon, load_page_words
from .page_lines import clean_lines
from .page_meta import PageMeta, page_meta
from .page_structure import prune_page

#: The main text of the pruned page must be at least this share of the text in the paragraphs of
#: the article's holder; less means trafilatura found no article in what was left, and the whole
#: page is read instead.
MIN_KEPT_SHARE = 0.5
#: trafilatura's options for the main text. No comments (readers' words are not the article's);
#: no tables (a table's cells come out as loose words that read as sentences). Not its precision
#: mode: once the boxes are pruned it leaks no less on the shared pages and keeps fewer of the
#: article's sentences (with kept 0.936 against 0.944, without leaked 0.016 both; run_pages.py).
TRAFILATURA_OPTIONS = MappingProxyType({"include_comments": False, "include_tables": False,
                                        "favor_precision": False})


#: Raised whenever the rules in these modules change what a page gives, so that a file memo of
#: pages read under the old rules is not used (:func:`rules_version`).
RULES_VERSION = 2


#: The word lists that change what a page gives: the page word lists, and the cue verbs that tell
#: a call to action from a line that reports someone (:func:`~analysis.io.page_lines.line_kind`).
RULE_FILES = PAGE_FILES + ("cues.csv",)


def rules_version(data_dir: str | None = None) -> str:
    """A short hash of the page rules and their word lists: part of the file memo's name.

    Parameters
    ----------
    data_dir
        The folder of word lists (default: the project's ``data/``).
    """
    digest = hashlib.sha1(str(RULES_VERSION).encode())
    folder = folder_of(data_dir)
    for name in RULE_FILES:
        if (folder / name).is_file():
            digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class PageArticle:
    """What a web page gives: the text (headline line first) and its metadata."""

    text: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None


def _main_text(tree) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(tree, with_metadata=False, **TRAFILATURA_OPTIONS)
    if doc is None:
        return ""
    text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    return (text or "").strip()


def read_html(path: str, html: str, *, data_dir: str | None = None) -> PageArticle:
    """Read one web page.

    Parameters
    ----------
    path
        Where the page was read from (for error messages).
    html
        The page's markup as text.
    data_dir
        The folder of word lists (default: the project's ``data/``).

    Returns
    -------
    PageArticle

    Raises
    ------
    ArticleError
        When the page cannot be parsed or holds no article text.
    """
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            raise ValueError("empty tree")
        meta = page_meta(tree)
        pruned = deepcopy(tree)
        held = prune_page(pruned, load_page_words(data_dir)).holder_chars
        body = _main_text(pruned)
        if not body or len(body) < MIN_KEPT_SHARE * held:
            body = _main_text(tree)
    except Exception as e:  # trafilatura and lxml raise many kinds on hostile markup
        raise ArticleError(path, f"HTML could not be parsed: {type(e).__name__}") from None
    if not body:
        raise ArticleError(path, "no article text found in the HTML")
    return _article(path, body, meta, data_dir)


def _article(path: str, body: str, meta: PageMeta, data_dir: str | None) -> PageArticle:
    title = meta.title
    body, _ = clean_lines(body, load_page_words(data_dir), headline=title, lexicon=load_lexicon(data_dir))
    if not body.strip():
        raise ArticleError(path, "no article text found in the HTML: only the site's own lines")
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return PageArticle(text, title or _first_line(body), meta.published, meta.source, meta.url)


def _first_line(text: str) -> str | None:
    for ln in text.splitlines():
        if ln.strip():
            return ln.strip()
    return None
