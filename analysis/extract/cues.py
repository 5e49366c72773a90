"""Cues: where a verb of saying (or a stance verb, or "according to") opens, set phrases that
report nobody, and which sentences may hold a cue at all."""
from __future__ import annotations

import bisect
import re

from ..lexicon import Lexicon, cue_word_spans, has_cue_word
from ..nlp.document import Document, Unit


def cue_at(words: list[str], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """The cue form starting at word ``i`` and how many words it spans."""
    w = words[i].lower()
    if w not in lex.cue_first_words:
        return None
    if i + 1 < len(words):
        two = w + " " + words[i + 1].lower()
        if two in lex.cue_forms:
            return two, 2
    if w in lex.cue_forms:
        return w, 1
    return None


def inside_name(a: Document, u: Unit, c: int, width: int) -> bool:
    """The capitalised cue word at ``c`` is a word of a name ("Ilsa Brand", "Ada Claim"): a
    capitalised word before it, and it is no verb here or a cue follows it."""
    toks, tags = a.toks(u), a.tags(u)
    word = toks[c][2]
    if not (word[:1].isupper() and c > 0 and toks[c - 1][2][:1].isupper()):
        return False
    return not tags[c].startswith("VB") or c + width < len(toks) and cue_at(a.words(u), c + width, a.lex) is not None


_FIRST_WORD_RE = re.compile(r"[A-Za-z]{2,}")
# The commonest cues in news, tried first by plain search; any word list may drop them.
_COMMON_CUES = ("said", "says", "told")
_is_letter = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").__contains__


def may_hold_cue(a: Document, u: Unit) -> bool:
    """Whether unit ``u`` can hold a cue, decided before it is tokenised (most units cannot):
    a word that opens a cue, written in lower case or opening the sentence (mid-sentence
    "States", "State" are names), and for a word that only opens longer cues ("make clear",
    "point out") with the rest of the cue after it. Headlines, in title case, are let through."""
    text, lex = a.text, a.lex
    for w in _COMMON_CUES:  # "said" as a word of its own settles it: a C-level search or two
        at = text.find(w, u.start, u.end) if w in lex.cue_forms else -1
        while at >= 0:
            stop = at + len(w)
            if not (at > u.start and _is_letter(text[at - 1]) or stop < u.end and _is_letter(text[stop])):
                return True
            at = text.find(w, stop, u.end)
    low = text[u.start:u.end].lower()
    hits = lex.cue_first_words.intersection(_FIRST_WORD_RE.findall(low))
    if not hits or u.para == 0:
        return bool(hits)
    single, longer = lex.single_cues, lex.longer_cues
    body = text[u.start:u.end]
    for h in hits:
        # substring tests only: letting a unit through too often costs time, never a statement
        if h in single and (h in body or low.startswith(h) or h.upper() in body):
            return True
        for form in longer.get(h, ()):
            if form in low:
                return True
    return False


def idiom(words: list[str], i: int, lex: Lexicon) -> bool:
    """The cue at ``i`` is part of a set phrase that reports nobody ("Let's say", "Needless to say")."""
    for k, phrase in _set_phrase_index(lex).get(words[i].lower(), ()):  # one dict lookup for nearly every cue
        s = i - k
        if s >= 0 and tuple(x.lower() for x in words[s:s + len(phrase)]) == phrase:
            return True
    return False


_SET_PHRASE_INDEXES: dict[str, dict[str, list[tuple[int, tuple[str, ...]]]]] = {}


def _set_phrase_index(lex: Lexicon) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each word of a set phrase -> (its place in the phrase, the phrase), per word list."""
    index = _SET_PHRASE_INDEXES.get(lex.version)
    if index is None:
        index = {}
        for phrase in lex.set_phrases:
            for k, w in enumerate(phrase):
                index.setdefault(w, []).append((k, phrase))
        _SET_PHRASE_INDEXES[lex.version] = index
    return index


def speech_word_in(a: Document, u: Unit, start: int, end: int) -> bool:
    """``has_cue_word(lex, text, start, end, speech=True)`` for a stretch of unit ``u``, read from
    the unit's list of such words, made once, instead of a search of the stretch each time."""
    if u.speech is None:
        low = a.text[u.start:u.end].lower()
        u.low = low if len(low) == u.end - u.start else ""  # offsets hold only if no letter grew
        u.speech = [(u.start + s, u.start + e) for s, e in cue_word_spans(a.lex, u.low, speech=True)]
    low = u.low
    if not low or not u.start <= start <= end <= u.end or _in_word(low, start - u.start) \
            or _in_word(low, end - u.start):
        return has_cue_word(a.lex, a.text, start, end, speech=True)
    k = bisect.bisect_left(u.speech, (start,))
    return k < len(u.speech) and u.speech[k][1] <= end


def _in_word(low: str, i: int) -> bool:
    """Offset ``i`` of ``low`` cuts a word of ASCII letters (a cut word reads as another one)."""
    return 0 < i < len(low) and low[i - 1].isascii() and low[i - 1].isalpha() and low[i].isascii() \
        and low[i].isalpha()
