"""How an article writes names, read from its text once: the words it writes as a web address
(:func:`domain_names`), the names it puts before a body's head (:func:`names_before`), and
whether it writes a run of common words as a proper name: "Beacon reported",
"…, Pioneer agreed", "as Cold Iron Gulls announced" name a body, where "Officials said",
"Falsely, …" or a page label "Video" name no one.

The evidence is the article's own casing: the words are capitalised where no sentence starts
(here or at another mention of them), and the article never writes them in lower case.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from ..nlp.tags import ADVERB_TAGS, FUNCTION_TAGS
from ..nlp.words import NAME_LINKS, OBJECT_PREPOSITIONS, RELATIVE_WORDS
from .names import PLURAL_TAGS, common_tag, strip_possessive

__all__ = ["apposed_names", "bodies_opening", "domain_names", "full_forms", "names_before", "written_as_name"]

#: Characters that end a sentence or open a quotation or a line: a capital after them may be
#: the sentence's, not the name's.
_OPENERS = frozenset(".!?:;\n“‘(—–")
#: Quotes that may close a quotation: the capital after one is mid-sentence only when a comma
#: ended the words quoted ("“…,” Beacon reported").
_CLOSERS = frozenset("”\"’'")
#: Characters before and after a mention read for the words around it.
_BEFORE_REACH = 40
#: Tags of words that never open a name ("To", "Or", "We", "More", "Falsely").
_NOT_NAME_OPENERS = FUNCTION_TAGS | ADVERB_TAGS


def written_as_name(text: str, name: str, at: int, *, uses: dict | None = None) -> bool:
    """True when ``name`` (common words, written at ``at``) is a proper name in ``text``.

    Parameters
    ----------
    text
        The article.
    name
        The speaker's name as written ("Beacon", "Cold Iron Gulls").
    at
        Offset of this mention of it.
    uses
        A cache for one article: name -> what the whole text says of it (:func:`_uses`), so
        an article with many such mentions is read once per name, not once per mention.

    Returns
    -------
    bool
        Every word capitalised and none in capitals only; not one plural word ("Officials"
        stays a group); no function word first; the words capitalised mid-sentence here or
        elsewhere; never written in lower case.
    """
    words = name.split()
    if not words or any(not w[:1].isupper() or (w.isupper() and len(w) > 1) for w in words if w.lower() not in NAME_LINKS):
        return False
    if any(c in name for c in "’'") or common_tag(words[0]) in _NOT_NAME_OPENERS:
        return False
    if len(words) == 1 and common_tag(words[0]) in PLURAL_TAGS:
        return False
    uses = {} if uses is None else uses
    if name not in uses:
        uses[name] = _uses(text, name)
    in_lower_case, mid_sentence = uses[name]
    if in_lower_case:
        return False  # "the video", "officials": the article's common words
    before = text[max(0, at - _BEFORE_REACH):at].split()[-1:]
    if before and (before[0][:1].isupper() or before[0] in NAME_LINKS):
        return False  # "Commission on | Harbour Debates": the end of a longer name, cut
    after = text[at + len(name):at + len(name) + _BEFORE_REACH].split()[:1]
    if after and after[0][:1].isupper():
        return False  # "the United | Harbour Board": the start of a longer name, cut
    return not _sentence_start(text, at) or bool(mid_sentence - {at})


def _uses(text: str, name: str) -> tuple[bool, frozenset]:
    """Whether ``text`` writes ``name`` in lower case anywhere, and the offsets where it writes
    it capitalised mid-sentence."""
    lower = re.search(r"\b" + re.escape(name.lower()) + r"\b", text) is not None
    mid = frozenset(mt.start() for mt in re.finditer(r"\b" + re.escape(name) + r"\b", text)
                    if not _sentence_start(text, mt.start()))
    return lower, mid


def _sentence_start(text: str, at: int) -> bool:
    """Whether a capital at ``at`` may be the first of a sentence, line or quotation."""
    k = at - 1
    while k >= 0 and text[k] in " \t\xa0":
        k -= 1
    if k < 0 or text[k] in _OPENERS:
        return True
    if text[k] in _CLOSERS:
        return k == 0 or text[k - 1] != ","
    return False


def full_forms(text: str, name: str, first_names: Mapping[str, str]) -> list[str]:
    """The full names ``text`` gives a one-word ``name`` as a surname: a given name (and
    initials) before it ("Per Law", "Per J. Law" for "Law"), each once, in order; [] for a name of
    several words or none found."""
    if " " in name:
        return []
    return [form for given, form in _written_with_given(text, name) if given.lower() in first_names]


@lru_cache(maxsize=256)
def _written_with_given(text: str, name: str) -> tuple[tuple[str, str], ...]:
    """(capitalised word, full form) for each "Word [A.] <name>" of ``text``, each form once, in
    order: the text is read once per article and surname, however many statements ask."""
    found: dict[str, str] = {}
    for mt in re.finditer(r"\b([A-Z][a-z]+)((?:\s+[A-Z]\.)*)\s+" + re.escape(name) + r"\b", text):
        found.setdefault(" ".join(mt.group(0).split()), mt.group(1))
    return tuple((given, form) for form, given in found.items())


# the rest of a web address after a name: ".com", ".co.uk", ".org" (a letter or digit may not follow)
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|io|co(?:\.[a-z]{2})?)(?![\w])")


def domain_names(text: str) -> frozenset:
    """The words the article writes as a web address ("Kelpwave.com" -> "Kelpwave"): a company's
    names. Read once per article; every word ending where a web address's ending starts, from
    the start of its token or after any character that is no letter or digit."""
    names = set()
    for m in _DOMAIN_RE.finditer(text):
        lo = m.start()
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        names.update(text[p:m.start()] for p in range(lo, m.start()) if p == 0 or not text[p - 1].isalnum())
    return frozenset(names)


def names_before(text: str, head: str) -> frozenset:
    """The runs of capitalised words the text writes right before ``head`` ("the Eastmarch police
    chief": "Eastmarch"), without a sentence's opening function word ("But police")."""
    names = set()
    for found in re.finditer(r"((?:[A-Z][\w’'-]*\s+)+)" + head + r"\b", text):
        run = found.group(1).split()
        while run and common_tag(run[0]) in FUNCTION_TAGS:
            run = run[1:]  # "But police": a sentence's first word
        if run and all(common_tag(w) not in FUNCTION_TAGS for w in run):
            names.add(" ".join(run))
    return frozenset(names)


def bodies_opening(text: str, word: str, heads: frozenset) -> tuple:
    """The organisations the text names with a name that opens with ``word`` and ends in a body's
    head (``heads``, lower case; a plural head as its singular): "Norvanian Airways" for
    "Norvanian". In order of first use, each once; one pass over the text per word."""
    names: dict = {}
    for found in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"((?:[ \t]+[A-Z][\w’'&.-]*)+)", text):
        run = [word] + found.group(1).split()
        ends = [k for k, w in enumerate(run) if w.endswith(".")]
        run = run[:ends[0] + 1] if ends else run  # ("… Airways. Police said": a sentence ends)
        for k in range(len(run), 1, -1):
            head = strip_possessive(run[k - 1]).rstrip(".").lower()
            if head in heads or head.endswith("s") and head[:-1] in heads:
                names.setdefault(" ".join(run[:k - 1] + [strip_possessive(run[k - 1]).rstrip(".")]), None)
                break
    return tuple(names)


#: Words between "a" and a body's noun in an apposition read for it ("Kelpwave, a Tarn-based
#: shipping company"): a few modifiers, as a reader takes them in.
APPOSITION_WORDS = 3
# a preposition: it ties a role to a body ("an official with the ministry"), or follows the noun
_PREPOSITIONS = "|".join(sorted(OBJECT_PREPOSITIONS))


def apposed_names(text: str, heads: frozenset) -> frozenset:
    """The one-word names the text sets beside a body's noun (``heads``, lower case): "one
    company, Kelpwave, …", "Kelpwave, a shipping company, …": a body's names. Read once per
    article."""
    nouns = "|".join(sorted(re.escape(h) for h in heads if h.isalpha()))
    names = set()
    for found in re.finditer(r"\b(?:" + nouns + r"),\s+([A-Z][\w&-]+),", text):
        names.add(found.group(1))  # "one company, Kelpwave,"
    after = r"([A-Z][\w&-]+),\s+(?:a|an|the)\s+(?:(?!(?:%s)\s)[\w-]+\s+){0,%d}(?:%s)(?=\s*[,.;:)—]|\s+(?:%s)\b)" % (
        _PREPOSITIONS, APPOSITION_WORDS, nouns, _PREPOSITIONS + "|" + "|".join(sorted(RELATIVE_WORDS)))  # (the noun ends the phrase: "Ada Voss, the company’s founder" is no body)
    for found in re.finditer(r"(?<![\w’'.-])" + after, text):
        names.add(found.group(1))  # "Kelpwave, a shipping company"
    return frozenset(names)
