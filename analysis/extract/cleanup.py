"""The last pass: statements whose speaker's name runs too long are dropped, overlapping ones
merged."""
from __future__ import annotations

from .. import schema
from ..nlp.document import Document, quote_within
from ..nlp.words import EMPTY_WORDS, PUNCT_STRIP
from ..speakers import MAX_NAME_CHARS
from .spans import trim
from .state import State, Stmt


def named_briefly(a: Document, stmts: list[Stmt]) -> list[Stmt]:
    """``stmts`` less those whose speaker's name is over MAX_NAME_CHARS (a run of text, not a
    name), noted for the article's warning."""
    keep = [st for st in stmts if st.mention is None or st.mention.name_end - st.mention.name_start <= MAX_NAME_CHARS]
    if len(keep) < len(stmts):
        a.notes["name"] += len(stmts) - len(keep)
    return keep


def dedupe(stmts: list[Stmt]) -> list[Stmt]:
    """Statements in order with overlaps merged: of two that share over half the shorter one's
    words, the first stays, unless the second is a longer direct quote; a participle between two
    parts of a quote stays beside it."""
    keep: list[Stmt] = []
    for s in stmts:
        if keep and s.start < keep[-1].end:
            a, b = keep[-1], s
            if a.kind == schema.DIRECT and b.kind != schema.DIRECT and a.cue_end is not None and b.cue_start is not None \
                    and a.cue_end <= b.cue_start < b.start and b.end <= a.end:
                keep.append(b)  # “…,” Voss said, pointing to …. “…”: the participle between the quotes
                continue
            overlap = min(a.end, b.end) - max(a.start, b.start)
            if overlap > 0.5 * min(a.end - a.start, b.end - b.start):
                if (b.end - b.start) > (a.end - a.start) and b.kind == schema.DIRECT:
                    keep[-1] = b
                continue
        keep.append(s)
    return keep


def shorten(st: State, earlier: Stmt, end: int) -> None:
    """A later cue ends the words of an ``earlier`` statement at ``end``: its span is trimmed
    there and its claim moves with it."""
    old = (earlier.start, earlier.end)
    earlier.start, earlier.end = trim(st.doc.text, earlier.start, end)
    st.claimed.remove(old)
    st.claimed.add((earlier.start, earlier.end))


def drop_long_names(st: State) -> None:
    """Statements whose speaker's name is over MAX_NAME_CHARS are dropped; the rest in order."""
    st.found = named_briefly(st.doc, st.found)
    st.found.sort(key=lambda s: s.start)


def finish(st: State) -> list[Stmt]:
    """The statements in order: quoted fragments inside reported speech marked, pronouns alone
    dropped, overlaps merged."""
    a = st.doc
    text = a.text
    # mark mixed quotes: reported content with a quoted fragment inside
    for s in st.found:
        if s.kind == schema.INDIRECT and quote_within(a, s.start, s.end + 1):
            q = a.in_quote(s.start)
            whole = q is not None and q.start == s.start and q.end >= s.end  # said “the port is closed”
            s.kind = schema.DIRECT if whole else schema.MIXED
            if whole:  # a direct statement's words, as everywhere, inside their marks
                s.start, s.end = q.content_start, min(s.end, q.content_end)
    # "he said them", "she denied it": a pronoun alone reports nothing an analyst can read
    # a statement a later cue shortened to nothing (its cue came before its words) holds no words
    kept = [s for s in st.found if s.end > s.start
            and (s.kind != schema.INDIRECT or text[s.start:s.end].strip(PUNCT_STRIP).lower() not in EMPTY_WORDS)]
    return dedupe(kept)
