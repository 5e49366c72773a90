"""Features of one target mention in a sentence, for the target-sentiment model.

Every feature is a name, a value and the characters it comes from, so a linear model's score
splits into the words behind it (see :mod:`analysis.enrich.target_sentiment`). The target itself
is masked: a model must learn what is said *about* a mention, not which names are liked.

Feature families (the prefix of each name):

* ``L1:`` ``L2:`` ``Ln:`` / ``R1:`` ``R2:`` ``Rn:`` -- a word left or right of the target, by
  distance (1, 2, up to :data:`NEAR` words);
* ``CL:`` ``CR:`` and ``CB:`` -- a word left or right of the target in the clause that holds it,
  and a word pair of that clause. Words are crudely stemmed (:func:`stem`); a word in the scope
  of a negation is written ``not_word``;
* ``S:`` -- any other word of the sentence outside the clauses about someone else, at
  :data:`SENTENCE_WORD_VALUE`;
* ``W:`` -- every word of the sentence once (its bag of words), wherever it stands, the target
  and the clauses about someone else left out: read as TF-IDF, at a lower weight than the words
  by position (5-fold CV 0.657 with it, 0.650 without);
* ``TB*`` -- TextBlob's lexicon polarity summed over the clause, the near window, the rest of
  the sentence (each split into its positive and negative part);
* ``VD*`` -- the same by scope for VADER's word valence (``data/valence.csv``, through
  :attr:`analysis.lexicon.Lexicon.valence`);
* ``EV*`` -- the news-event lexicon (``data/sentiment_verbs.csv``): an event verb in the
  target's clause with the target before it (doer, or sufferer of a passive) or after it
  (sufferer of an active verb), and event words elsewhere;
* ``T*`` -- where the target stands: it speaks ("X said"), it is inside a quotation, it opens
  its clause or sentence, it is a pronoun; ``Tno_evidence`` when no lexicon or event word is
  about it.

**Bystanders.** A clause of the sentence other than the target's that names someone else (a
capitalised name, a personal pronoun) is about them: its words give no word features, and its
lexicon and event words become features of their own (``TB-foreign``, ``EVforeign-``). When
the only polar words of the sentence are in such clauses and one of them is a news event (an
arrest, a defeat), the target is only present: :data:`BYSTANDER` marks it, and the model leaves
it neutral.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from ..bundled import sentiment_tables
from ..lexicon import Lexicon, SentimentEvent, SentimentEvents, load_lexicon
from ..text import paragraphs, sentences, tokens
from ..nlp.words import (BYSTANDER_SUBORDINATORS, CLAUSE_WORDS, NAMELESS_CAPITALS, NEGATIONS, PASSIVE_AUXILIARIES,
                         PERSON_RELATIVES, PERSONAL_PRONOUNS, THIRD_PERSON_PRONOUNS)

__all__ = ["Feature", "Tokens", "tokenize", "target_features", "raw_features", "stem", "NEAR", "BYSTANDER", "BAG_PREFIX"]

#: Words within this distance of the target are "near" (``Ln:``/``Rn:``): about a short phrase,
#: the span in which a modifier or a verb usually attaches to the mention.
NEAR = 5
#: Words after a negation that it scopes over ("did not win the race": win): a short verb phrase.
NEGATION_SCOPE = 3
#: The window of the ``TBnear`` lexicon features, in words either side of the target.
TB_WINDOW = 6
#: The prefix of the sentence's bag of words (``W:``): each word of the sentence once, the target
#: and the clauses about someone else left out. The trainer weighs each by its inverse document
#: frequency at a low scale (``bench/train_sentiment.py``) and folds that into the shipped weights.
BAG_PREFIX = "W:"
#: The value of a word of the sentence outside the near window and the target's clause (``S:``):
#: half a near word's, so the same word weighs less far away (5-fold CV 0.629 with the family,
#: 0.618 without; values 1.0 and 0.6 scored lower than 0.5).
SENTENCE_WORD_VALUE = 0.5

#: A negated lexicon word counts this many times its polarity (TextBlob's own rule: "not good"
#: is -0.5 x "good").
NEGATED_POLARITY = -0.5
#: Marks that end a clause, the comma included: a short clause keeps what is said of the target in it.
CLAUSE_MARKS = frozenset(";:()[]—–") | {"--", ","}
#: The feature of a target that is only present: every evaluative word of its sentence stands in
#: a clause about someone else. The model reads it as neutral whatever the other words say.
BYSTANDER = "Tbystander"
#: The scope name of lexicon and event features read in a clause about someone else.
FOREIGN = "foreign"
#: Quotation marks: an odd number before the target puts it inside a quotation.
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})

#: Endings a crude stemmer takes off, longest first.
STEM_SUFFIXES = ("ing", "ed", "es", "ly", "s", "e")
#: The shortest stem left: shorter words ("was", "red") are kept whole.
MIN_STEM = 3
#: Marks the word features read as words: quotation marks, "!" and "?".
KEPT_MARKS = QUOTE_MARKS | {"!", "?"}
#: The ending of a negated auxiliary ("didn't", "won't"), one token in the project's tokeniser.
NEGATED_ENDING = "n't"


@dataclass(frozen=True)
class Feature:
    """One feature of a mention: its name, its value and the characters it comes from."""

    name: str
    value: float
    start: int
    end: int


@dataclass(frozen=True)
class Tokens:
    """A text split into lower-cased words with their offsets (computed once per text)."""

    low: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    stems: tuple[str, ...]  # what the word features read: :func:`stem` of a word, or a kept mark
    wordy: tuple[bool, ...]  # a word or a mark the word features read (quote, "!", "?")
    caps: tuple[bool, ...]  # written with a capital first letter
    sentences: tuple[int, ...]  # the index of each sentence's first token, in order


@lru_cache(maxsize=4096)
def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens and sentences with the project's text stack
    (:func:`analysis.text.tokens`, :func:`analysis.text.sentences` in each paragraph): words in
    lower case (curly apostrophes straightened), offsets into ``text`` kept."""
    toks = []
    firsts = []
    for para in paragraphs(text):
        for sent in sentences(text, para.start, para.end):
            piece = tokens(text, sent.start, sent.end)
            if piece:
                firsts.append(len(toks))
                toks.extend(piece)
    if not toks:
        return Tokens((), (), (), (), (), (), ())
    starts, ends, words = zip(*toks)
    low = tuple(map(str.lower, words))
    if "’" in text:
        low = tuple(w.replace("’", "'") for w in low)
    stems = tuple(map(_STEMS.get, low))
    if None in stems:
        stems = tuple(s if s is not None else stem(w) for s, w in zip(stems, low))
    return Tokens(low, starts, ends, stems, tuple(w[:1].isalnum() or w in KEPT_MARKS for w in low),
                  tuple(w[:1].isupper() for w in words), tuple(firsts))


@dataclass(frozen=True)
class _Scope:
    """Where the target is: its tokens, its sentence and its clause (token indices)."""

    t0: int
    t1: int  # one past the last target token
    s0: int
    s1: int
    c0: int
    c1: int
    #: tokens of another clause of the sentence that names someone else: what is said there is
    #: about them, not about the target (the arrest of another person, the loss of another team)
    foreign: frozenset
    #: those of them the bystander rule reads: in a clause a subordinator, a clause word, a verb
    #: of saying or a semicolon opens ("when X was arrested"), not only a comma; naming someone
    #: (a pronoun may be the target again: "Voss said she was cleared") other than the target
    #: ("after Voss's plan failed"); not the target's own relative clause ("Voss, who was cleared")
    apart: frozenset


def _scope(tok: Tokens, start: int, end: int, lex: Lexicon) -> _Scope:
    n = len(tok.low)
    t0 = bisect_right(tok.ends, start)  # the first token ending after the span starts
    t1 = max(t0, bisect_left(tok.starts, end))  # one past the last token starting before it ends
    k = bisect_right(tok.sentences, t0) - 1
    s0 = tok.sentences[max(k, 0)]
    k = bisect_left(tok.sentences, max(t1, t0 + 1))  # the first sentence after the target's last token
    s1 = tok.sentences[k] if k < len(tok.sentences) else n
    c0 = t0
    while c0 > s0 and tok.low[c0 - 1] not in CLAUSE_MARKS and tok.low[c0 - 1] not in CLAUSE_WORDS:
        c0 -= 1
    c1 = t1
    while c1 < s1 and tok.low[c1] not in CLAUSE_MARKS and tok.low[c1] not in CLAUSE_WORDS:
        c1 += 1
    return _Scope(t0, t1, s0, s1, c0, c1, *_foreign(tok, t0, t1, s0, s1, reporting_words(lex)))


#: :func:`reporting_words` by lexicon (by identity: a lexicon holds mappings and has no hash; the
#: lexicon is kept with its words, so its identity is not reused while the entry lives)
_REPORTING: dict[int, tuple[Lexicon, frozenset]] = {}


def reporting_words(lexicon: Lexicon | None = None) -> frozenset:
    """Verbs of saying: the cue words of ``cues.csv`` that open a cue of speech, less those the
    event lexicon scores ("charged", "alleged").

    Parameters
    ----------
    lexicon
        The word lists in use (default :func:`analysis.lexicon.load_lexicon`).

    Returns
    -------
    frozenset
        Computed once per lexicon.
    """
    lex = lexicon or load_lexicon()
    hit = _REPORTING.get(id(lex))
    if hit is None or hit[0] is not lex:
        events = lex.sentiment_events
        hit = _REPORTING[id(lex)] = (lex, frozenset(w for w in lex.speech_first_words
                                                    if " " not in w and not events.get(w)))
    return hit[1]


def _judges_someone_else(tok: Tokens, sc: _Scope, events: SentimentEvents) -> bool:
    """Does a word of the event lexicon (an arrest, a defeat) stand in a clause about another
    entity? (Events only: TextBlob's adjectives there are more often the writer's own tone, and
    on cross-validation gating on them cost more than it gave.)"""
    return any(events.get(tok.low[i]) for i in sc.apart)


def _foreign(tok: Tokens, t0: int, t1: int, s0: int, s1: int, reporting: frozenset) -> tuple[frozenset, frozenset]:
    """The tokens of the sentence's other clauses that name another entity (a capitalised word
    inside the sentence, or a personal pronoun), the target's own clause excepted; and those of
    them that :attr:`_Scope.apart` holds."""
    low, caps = tok.low, tok.caps
    out: list[int] = []
    apart: list[int] = []
    seg: list[int] = []
    other = named = again = False  # again: the clause names the target once more ("Voss's plan")
    # the head of the target's name, its last capitalised word ("Mayor Ada Voss": voss)
    head = next((_name_word(low[k]) for k in range(t1 - 1, t0 - 1, -1) if caps[k]), None)
    opener = None  # the boundary that opened the current clause
    opener_at = -1
    for i in range(s0, s1 + 1):
        boundary = (i == s1 or low[i] in CLAUSE_MARKS or low[i] in CLAUSE_WORDS or low[i] in BYSTANDER_SUBORDINATORS
                    or low[i] in reporting)
        if boundary:
            if other and not any(t0 <= k < t1 for k in seg):
                out.extend(seg)
                if named and not again and opener is not None and not _relative_of_target(low, opener, opener_at, t1):
                    apart.extend(seg)
            if i == s1:
                break
            # after a comma the clause still belongs to the opener before it ("; meanwhile, X was
            # jailed"); a comma with no opener before it sets off an aside or a list item
            if low[i] != ",":
                opener, opener_at = low[i], i
            seg, other, named, again = [], False, False, False
            continue
        seg.append(i)
        if t0 <= i < t1:
            continue
        if low[i] in THIRD_PERSON_PRONOUNS:
            other = True
        elif caps[i] and i > s0 and low[i - 1] not in QUOTE_MARKS and low[i] not in NAMELESS_CAPITALS:
            other = named = True
            again = again or _name_word(low[i]) == head
    return frozenset(out), frozenset(apart)


def _name_word(w: str) -> str:
    """A word of a name without its possessive ending ("voss's" -> "voss")."""
    return w[:-2] if w.endswith("'s") else w


def _relative_of_target(low: tuple[str, ...], opener: str, at: int, t1: int) -> bool:
    """Is the clause a relative clause of the target ("Kolb, who led the count")? Then it is
    about the target, not someone else."""
    return opener in PERSON_RELATIVES and t1 <= at <= t1 + 1 and all(w == "," for w in low[t1:at])


def _negated(tok: Tokens, lo: int, hi: int) -> list[bool]:
    """For each token of ``[lo, hi)``: is it in the scope of a negation?"""
    out = [False] * (hi - lo)
    left = 0
    for i in range(lo, hi):
        w = tok.low[i]
        if w in NEGATIONS or w.endswith(NEGATED_ENDING):
            left = NEGATION_SCOPE
            continue
        if w in CLAUSE_MARKS or w in CLAUSE_WORDS:
            left = 0
        if left:
            out[i - lo] = True
            left -= 1
    return out


def _is_word(w: str) -> bool:
    return w[:1].isalnum()


def stem(word: str) -> str:
    """A crude English stem: regular -s, -es, -ed, -ing, -ly endings off ("accused" -> "accus",
    "accuses" -> "accus"), so a weight learned for one form reaches the others."""
    out = word
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            out = word[: -len(suffix)]
            break
    if len(_STEMS) < MAX_STEMS:
        _STEMS[word] = out
    return out


#: Stems already computed (a plain dict is read faster than a cached call)
_STEMS: dict[str, str] = {}
#: At most this many remembered stems: a vocabulary's worth, bounded for long-running processes.
MAX_STEMS = 200_000


def _bucket(d: int) -> str:
    return "1" if d == 1 else "2" if d == 2 else "n"


def target_features(text: str, start: int, end: int, *, lexicon: Lexicon | None = None) -> list[Feature]:
    """The features of the mention ``text[start:end]`` (see the module docstring).

    Parameters
    ----------
    text : str
        A sentence or a short passage; only the sentence holding the mention is read.
    start, end : int
        Character offsets of the mention.
    lexicon
        The word lists in use (default :func:`analysis.lexicon.load_lexicon`): its cue words,
        word valence and event lexicon.

    Returns
    -------
    list of Feature
        In no particular order; a name may repeat (its values add up).
    """
    return [Feature(*f) for f in raw_features(text, start, end, lexicon=lexicon)]


def raw_features(text: str, start: int, end: int, *, lexicon: Lexicon | None = None) -> list[tuple[str, float, int, int]]:
    """:func:`target_features` as plain ``(name, value, start, end)`` tuples: the fast path of
    scoring, where building an object per feature would cost more than the rest."""
    tok = tokenize(text)
    if not tok.low:
        return []
    lex = lexicon or load_lexicon()
    sc = _scope(tok, start, end, lex)
    neg = _negated(tok, sc.s0, sc.s1)
    feats: list[tuple[str, float, int, int]] = []
    _word_features(tok, sc, neg, feats)
    n_words = len(feats)
    _lexicon_features(tok, sc, neg, feats, lex.valence)
    _event_features(tok, sc, neg, feats, lex.sentiment_events)
    if sc.t1 > sc.t0 and all(FOREIGN in f[0] or f[0].startswith("VD") for f in feats[n_words:]):
        # no word of TextBlob's or the event lexicon about the target: what is left is the plain
        # report; when the sentence's evaluative words all concern someone else, the target is a
        # bystander. (VADER rates many plain words a little, "treasurer", "budget": its words are
        # features, not evidence here.)
        a, b = tok.starts[sc.t0], tok.ends[sc.t1 - 1]
        feats.append(("Tno_evidence", 1.0, a, b))
        if _judges_someone_else(tok, sc, lex.sentiment_events):
            feats.append((BYSTANDER, 1.0, a, b))
    _position_features(tok, sc, feats, reporting_words(lex))
    return feats


def _word_features(tok: Tokens, sc: _Scope, neg: list[bool], feats: list) -> None:
    """Words near the target by side and distance, and words and word pairs of its clause."""
    stems, starts, ends, wordy = tok.stems, tok.starts, tok.ends, tok.wordy
    lo, hi = min(sc.c0, max(sc.s0, sc.t0 - NEAR)), max(sc.c1, min(sc.s1, sc.t1 + NEAR))
    prev = None
    for i in range(lo, hi):
        if sc.t0 <= i < sc.t1:
            prev = "<T>"
            continue
        if not wordy[i] or i in sc.foreign:
            prev = None
            continue
        w = stems[i]
        form = "not_" + w if neg[i - sc.s0] else w
        a, b = starts[i], ends[i]
        left = i < sc.t0
        d = sc.t0 - i if left else i - sc.t1 + 1
        if d <= NEAR:
            feats.append((("L" if left else "R") + _bucket(d) + ":" + form, 1.0, a, b))
        if sc.c0 <= i < sc.c1:
            feats.append((("CL:" if left else "CR:") + form, 1.0, a, b))
            if prev is not None:
                feats.append(("CB:" + prev + "_" + w, 1.0, starts[i - 1] if prev != "<T>" else a, b))
        prev = w
    bag: set[str] = set()
    for i in range(sc.s0, sc.s1):
        # the rest of the sentence, its clauses about someone else left out: the writer's
        # framing of the whole sentence, at a lower value than the words near the target
        if sc.t0 <= i < sc.t1 or not wordy[i] or i in sc.foreign:
            continue
        w = stems[i]
        if w not in bag:  # the sentence's bag of words: each word once, wherever it stands
            bag.add(w)
            feats.append((BAG_PREFIX + w, 1.0, starts[i], ends[i]))
        if not lo <= i < hi:
            feats.append(("S:" + w, SENTENCE_WORD_VALUE, starts[i], ends[i]))


def _lexicon_features(tok: Tokens, sc: _Scope, neg: list[bool], feats: list, valence: Mapping[str, float]) -> None:
    """TextBlob polarity and VADER valence by scope: each scored word is its own feature row (for
    the explanation)."""
    lex = sentiment_tables().lexicon
    for i in range(sc.s0, sc.s1):
        if sc.t0 <= i < sc.t1 or tok.caps[i] and i > sc.s0:
            # (a capitalised word inside a sentence is a name: "Marsh Hollow", "Hope Street")
            continue
        entry = lex.get(tok.low[i])
        v = valence.get(tok.low[i])
        if (entry is None or not entry[0]) and not v:
            continue
        flip = NEGATED_POLARITY if neg[i - sc.s0] else 1.0
        d = sc.t0 - i if i < sc.t0 else i - sc.t1 + 1
        scope = FOREIGN if i in sc.foreign else "clause" if sc.c0 <= i < sc.c1 else "sent"
        near = d <= TB_WINDOW and scope != FOREIGN
        a, b = tok.starts[i], tok.ends[i]
        for prefix, p in (("TB", entry[0] if entry else 0.0), ("VD", v)):
            if not p:
                continue
            p *= flip
            sign = "+" if p > 0 else "-"
            feats.append((prefix + sign + scope, p, a, b))
            if near:
                feats.append((prefix + sign + "near", p, a, b))


def _event_features(tok: Tokens, sc: _Scope, neg: list[bool], feats: list, events: SentimentEvents) -> None:
    """Events of the news lexicon, with the target's likely role from word order and voice."""
    low = tok.low
    for i in range(sc.s0, sc.s1):
        if sc.t0 <= i < sc.t1:
            continue
        evs = events.get(low[i])
        if not evs:
            continue
        in_clause = sc.c0 <= i < sc.c1
        passive = i > 0 and (low[i - 1] in PASSIVE_AUXILIARIES or (i > 1 and low[i - 2] in PASSIVE_AUXILIARIES))
        if i in sc.foreign:
            role = FOREIGN
        elif in_clause and i >= sc.t1:
            role = "object" if passive else "subject"
        elif in_clause:
            role = "subject" if passive else "object"
        else:
            role = "other"
        p = _event_polarity(evs, role)
        if neg[i - sc.s0]:
            p = -0.5 * p
        if p:
            kind = "EVbyagent" if passive and i < sc.t0 and low[sc.t0 - 1] == "by" else "EV" + role
            feats.append((kind + ("+" if p > 0 else "-"), p, tok.starts[i], tok.ends[i]))


def _event_polarity(evs: tuple[SentimentEvent, ...], role: str) -> float:
    if role in ("other", FOREIGN):
        both = [e.polarity for e in evs if e.role == "both"]
        return both[0] if both else sum(e.polarity for e in evs) / len(evs)
    fit = [e.polarity for e in evs if e.role in (role, "both")]
    return fit[0] if fit else 0.0


def _position_features(tok: Tokens, sc: _Scope, feats: list, reporting: frozenset) -> None:
    low = tok.low
    a, b = (tok.starts[sc.t0], tok.ends[sc.t1 - 1]) if sc.t1 > sc.t0 else (0, 0)
    after = [w for w in low[sc.t1:sc.t1 + 3] if _is_word(w)]
    before = [w for w in low[max(sc.s0, sc.t0 - 3):sc.t0] if _is_word(w)]
    if after and after[0] in reporting or before and before[-1] in reporting:
        feats.append(("Tspeaks", 1.0, a, b))
    quotes = sum(1 for w in low[sc.s0:sc.t0] if w in QUOTE_MARKS)
    if quotes % 2:
        feats.append(("Tquoted", 1.0, a, b))
    if sc.t0 == sc.c0:
        feats.append(("Topens_clause", 1.0, a, b))
    if sc.t1 - sc.t0 == 1 and low[sc.t0] in PERSONAL_PRONOUNS:
        feats.append(("Tpronoun", 1.0, a, b))
    if sc.t0 == sc.s0:
        feats.append(("Topens_sentence", 1.0, a, b))
