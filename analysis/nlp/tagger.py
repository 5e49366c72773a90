"""Penn part-of-speech tags for the extraction: a word lookup in TextBlob's bundled lexicon,
with suffix rules for unknown words."""
from __future__ import annotations

from ..bundled import pos_lexicon
from ..lexicon import Lexicon
from .words import ARTICLES, PERFECT_AUXILIARIES, QUOTE_TOKENS


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
                f, t = tag_word(w, lex)
                first[w], rest[w], out[n] = f, t, t
    if out:
        out[0] = first[words[0]]  # a capital opening a sentence says nothing
    n = 0
    while True:  # "has said", "was asked": a participle after an auxiliary
        try:
            n = out.index("VBD", n + 1)  # a C-level search: only the past forms are visited
        except ValueError:
            return out
        if words[n - 1].lower() in PERFECT_AUXILIARIES:
            out[n] = "VBN"
        elif n > 1 and out[n - 1] == "JJ" and words[n - 2].lower() in ARTICLES:
            out[n - 1] = "NN"  # "A relative said", "the accused denied": an adjective as the noun


_TAG_CACHES: dict = {}


def _word_tags(lex: Lexicon) -> tuple[dict, dict]:
    """word -> tag at a sentence's start, and word -> tag elsewhere: filled as words are met,
    per word list."""
    return _TAG_CACHES.setdefault(lex.version, ({}, {}))


def tag_word(w: str, lex: Lexicon) -> tuple[str, str]:
    """The tag of ``w`` at a sentence's start and elsewhere: the bundled lexicon's, a name for a
    capitalised word that is no cue or adverb, else a guess from its suffix."""
    if w in QUOTE_TOKENS:  # the lexicon reads a lone apostrophe as a possessive
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
                and low not in lex.cue_forms and low not in lex.adverbs:
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
