"""Statement paragraphs of the synthetic corpus of ``bench/make_corpus.py`` and the mentions in them.

Each function takes the state of the article being written (``make_corpus.Article``: its random
source, template slots, quote style, leaning and the templates used so far) and draws from it in
a fixed order, so the corpus stays the same for the same seed. Forms: direct quotes with the
attribution after or inside them, reported speech ("said that", bare clauses, "according to",
"told reporters that", two cues), quoted fragments, and quotes over several sentences or
paragraphs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_material import (
    AUDIENCES, CLAUSES_NEG, CLAUSES_NEU, CLAUSES_POS, CONJ, CONTEXTS, LOWER_OK, MIXED, NEG_CUES,
    NEU_CUES, POS_CUES, QUOTES_NEG, QUOTES_NEU, QUOTES_POS, QUOTE_CLOSE, QUOTE_OPEN, SPEECH_CUES,
)

if TYPE_CHECKING:  # only for the hints: make_corpus imports this module
    from make_corpus import Article, Speaker

#: probability that a paragraph keeps its speaker's leaning (else neutral material), so tones mix
KEEP_LEANING = 0.85
#: tries to find a template not yet used in the article before accepting a repeat
PICK_TRIES = 6


def cap(s: str) -> str:
    """``s`` with its first character upper-cased."""
    return s[:1].upper() + s[1:]


def tail(m: str) -> str:
    """Mention ``m`` without the comma that closes an apposition."""
    return m[:-1] if m.endswith(",") else m


# ---- mentions and material -----------------------------------------------------------------

def subject(art: Article, sp: Speaker) -> str:
    """Mention of ``sp`` (may end with an apposition comma); pronoun only right after it."""
    if not sp.introduced:
        sp.introduced = True
        m = sp.intro
    elif sp is art.last_speaker and sp.kind != "org" and art.rand() < 0.6:
        m = sp.pro
    elif sp.kind == "org" or (sp.kind == "country" and art.rand() < 0.5):
        m = sp.intro
    else:
        m = sp.short
    art.last_speaker = sp
    return m


def named(art: Article, sp: Speaker) -> str:
    """Mention of ``sp`` that is never a pronoun (after "according to")."""
    m = subject(art, sp)
    return sp.short if m == sp.pro else tail(m)


def pick(art: Article, pool: list[str]) -> str:
    """A template of ``pool`` not yet used in this article (when possible)."""
    for _ in range(PICK_TRIES):
        t = art.choice(pool)
        if t not in art.used:
            break
    art.used.add(t)
    return t


def set_leaning(art: Article, sp: Speaker) -> None:
    """Draw the leaning of the next paragraph from the tone of its speaker ``sp``."""
    r = art.rand()
    art.lean = 0 if r < sp.tone * 0.8 else 1 if r < 0.8 else 2


def quote(art: Article, sp: Speaker) -> str:
    """A direct quote in the current leaning, sometimes with an opening or an ending."""
    pool = (QUOTES_POS, QUOTES_NEG, QUOTES_NEU)[art.lean if art.rand() < KEEP_LEANING else 2]
    text = art.fill(pick(art, pool))
    r = art.rand()
    if r < 0.25:
        opening = art.fill(art.choice(QUOTE_OPEN))
        first, _, rest = text.partition(" ")
        if first in LOWER_OK and not opening.endswith(": "):
            first = first.lower()
        text = f"{opening}{first} {rest}"
    elif r < 0.45:
        text += art.fill(art.choice(QUOTE_CLOSE))
    return text


def clause(art: Article, sp: Speaker, pool: list[str] | None = None, *, initial: bool = False) -> tuple[str, list[str]]:
    """Reported clause for ``sp`` and its pool; ``initial``: no pronoun before the speaker."""
    pool = pool or (CLAUSES_POS, CLAUSES_NEG, CLAUSES_NEU)[art.lean if art.rand() < KEEP_LEANING else 2]
    t = pick(art, pool)
    while initial and "{p" in t:
        t = art.choice(pool)
    s = art.fill(t)
    if "{p" in s:
        s = s.replace("{pro}", sp.pro).replace("{poss}", sp.poss)
    return s, pool


def cue_for(art: Article, pool: list[str]) -> str:
    """A speech verb that suits the clause pool (``warned`` for negative clauses, ...)."""
    return art.choice(NEG_CUES if pool is CLAUSES_NEG else POS_CUES if pool is CLAUSES_POS
                      else NEU_CUES)


def mixed(art: Article, sp: Speaker) -> str:
    """A reported statement with a quoted fragment in the current leaning."""
    for _ in range(PICK_TRIES):
        k = int(art.rand() * len(MIXED))
        if ("mixed", k) not in art.used:
            break
    art.used.add(("mixed", k))
    template, pos, neg = MIXED[k]
    return art.fill(template.replace("{frag}", art.choice(neg if art.lean == 1 else pos)))


def ctx(art: Article) -> str:
    """Where or how it was said (often nothing)."""
    return art.fill(art.choice(CONTEXTS))


def cont(art: Article, text: str) -> str:
    """A quote continuing after an interruption: "but we ...", "and it ..."."""
    first, _, rest = text.partition(" ")
    if first in LOWER_OK:
        first = first.lower()
    return f"{art.choice(CONJ)} {first} {rest}"


# ---- statements ----------------------------------------------------------------------------
# The forms are chosen by one draw ``form`` in [0, 1): below QUOTED_FORMS a direct quote with
# its attribution around it, below REPORTED_FORMS reported speech, above a long quote.

#: ``form`` below this: “Q,” X said. and its variants
QUOTED_FORMS = 0.33
#: ``form`` below this (and above QUOTED_FORMS): reported speech and mixed fragments
REPORTED_FORMS = 0.88
#: the forms organisations and countries use (no first-person paragraphs of their own)
ORG_FORMS = (0.05, 0.3, 0.4, 0.5, 0.55, 0.62, 0.67, 0.84)


def statement(art: Article, sp: Speaker) -> tuple[str, int]:
    """One statement paragraph for ``sp``: (paragraph, number of statements)."""
    set_leaning(art, sp)
    form = art.rand()
    if sp.kind in ("org", "country"):
        form = art.choice(ORG_FORMS)
    if form < QUOTED_FORMS:
        return quoted_statement(art, sp, form)
    if form < REPORTED_FORMS:
        return reported_statement(art, sp, form)
    return long_quote(art, sp, form)


def quoted_statement(art: Article, sp: Speaker, form: float) -> tuple[str, int]:
    """A direct quote with its attribution after it or in the middle."""
    oq, cq = art.oq, art.cq
    if form < 0.18:     # “Q,” X said.
        m = subject(art, sp)
        if m == sp.intro and sp.kind in ("person", "minor") and art.rand() < 0.4:
            return f"{oq}{quote(art, sp)},{cq} said {tail(m)}.", 1
        return f"{oq}{quote(art, sp)},{cq} {m} {art.choice(SPEECH_CUES)}{ctx(art)}.", 1
    if form < 0.26:     # “Q1,” X said. “Q2.”
        return f"{oq}{quote(art, sp)},{cq} {subject(art, sp)} said{ctx(art)}. {oq}{quote(art, sp)}.{cq}", 2
    # “Q1,” she said, “but q2.”
    return f"{oq}{quote(art, sp)},{cq} {subject(art, sp)} said, {oq}{cont(art, quote(art, sp))}.{cq}", 2


def reported_statement(art: Article, sp: Speaker, form: float) -> tuple[str, int]:
    """Reported speech: "said that", bare clauses, "according to", two cues, a quoted fragment."""
    if form < 0.43:     # X said that C.
        return f"{cap(subject(art, sp))} said{ctx(art)} that {clause(art, sp)[0]}.", 1
    if form < 0.52:     # X warned C.
        c, pool = clause(art, sp)
        return f"{cap(subject(art, sp))} {cue_for(art, pool)} {c}.", 1
    if form < 0.59:     # C, X said.
        return f"{cap(clause(art, sp, initial=True)[0])}, {subject(art, sp)} said{ctx(art)}.", 1
    if form < 0.64:     # C, according to X. / According to X, C.
        if art.rand() < 0.5:
            return f"{cap(clause(art, sp, initial=True)[0])}, according to {named(art, sp)}.", 1
        return f"According to {named(art, sp)}, {clause(art, sp)[0]}.", 1
    if form < 0.70:     # X told reporters that C.
        return f"{cap(subject(art, sp))} told {art.fill(art.choice(AUDIENCES))} that {clause(art, sp)[0]}.", 1
    if form < 0.76:     # X said C, adding that C2.
        return f"{cap(subject(art, sp))} said {clause(art, sp)[0]}, adding that {clause(art, sp)[0]}.", 2
    if form < 0.81:     # X said C and warned that C2.
        c2, pool = clause(art, sp, (CLAUSES_POS, CLAUSES_NEG, CLAUSES_NEG)[art.lean])
        cue2 = "warned" if pool is CLAUSES_NEG else art.choice(("stressed", "promised", "insisted"))
        return f"{cap(subject(art, sp))} said {clause(art, sp)[0]} and {cue2} that {c2}.", 2
    # mixed: reported with a quoted fragment
    return art.q(f"{cap(subject(art, sp))} {art.choice(('said', 'said', 'argued', 'insisted'))} {mixed(art, sp)}."), 1


def long_quote(art: Article, sp: Speaker, form: float) -> tuple[str, int]:
    """A quote of several sentences or paragraphs, or one followed by an unmarked paragraph."""
    oq, cq = art.oq, art.cq
    if form < 0.94:     # long quote, pronoun attribution when the speaker was just named
        was_last = art.last_speaker is sp
        m = subject(art, sp)
        if was_last:
            m = sp.pro
        return f"{oq}{quote(art, sp)}. {quote(art, sp)}. {quote(art, sp)},{cq} {m} said.", 1
    # X said: “Q.” followed by an unmarked first-person paragraph, or a multi-paragraph quote
    head = f"{cap(subject(art, sp))} said{ctx(art)}:"
    if art.rand() < 0.5:
        return f"{head} {oq}{quote(art, sp)}.{cq}\n{quote(art, sp)}. {quote(art, sp)}.", 2
    return f"{head} {oq}{quote(art, sp)}. {quote(art, sp)}.\n{oq}{quote(art, sp)}.{cq}", 1
