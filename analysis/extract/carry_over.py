"""Pass four: what a speaker says on in the next paragraph with no attribution of its own — a
quote set off alone, or a paragraph in the first person right after the speaker's statement.
The statement takes its speaker from the one before (``Stmt.inherit``)."""
from __future__ import annotations

from .. import schema
from ..lexicon import has_cue_word
from ..nlp.document import Document, free_quote_at
from ..nlp.words import FIRST_PERSON_OPENERS, FIRST_PERSON_SUBJECTS
from .quoted import MIN_QUOTE_WORDS
from .state import State, Stmt



def find_carry_over(st: State) -> None:
    """Pass four: each paragraph after one with a statement, read as carrying its speaker on."""
    a = st.doc
    by_para: dict[int, list[Stmt]] = {}
    for s in st.found:
        by_para.setdefault(s.paragraph, []).append(s)
    extra: list[Stmt] = []
    dropped: list[Stmt] = []
    live = [k for k in range(len(a.paras)) if k not in a.boiler]
    for n, k in enumerate(live):
        if n == 0 or k in a.unread:
            continue
        prev = by_para.get(live[n - 1])
        if not prev:
            continue
        a.deadline.check()
        if k in by_para:
            if not _speaker_goes_on(by_para[k], prev[-1]):
                continue
            dropped.extend(by_para[k])
            del by_para[k]
        s = _carried(a, k, prev[-1], st.used_quotes)
        if s is not None:
            extra.append(s)
            by_para[k] = [s]
    gone = set(map(id, dropped))
    st.found = [s for s in st.found if id(s) not in gone] + extra
    st.found.sort(key=lambda s: s.start)


def _speaker_goes_on(own: list[Stmt], prev: Stmt) -> bool:
    """"I do not believe that …" right after a speaker's quote is still the speaker talking: the
    first person's stance verbs do not make the paragraph a statement of its own."""
    return prev.kind == schema.DIRECT and all(
        s.mention is not None and s.mention.name.lower() in FIRST_PERSON_SUBJECTS and s.cue_type == schema.CUE_STANCE
        for s in own)


def _carried(a: Document, k: int, prev: Stmt, used_quotes: set[int]) -> Stmt | None:
    """Paragraph ``k`` as ``prev``'s speaker going on: a quote filling it, or first-person
    words with no verb of saying; None otherwise."""
    text = a.text
    p = a.paras[k]
    body = text[p.start:p.end]
    q = free_quote_at(a, p.start, used_quotes)
    if q is not None and q.end >= p.end - 2 and len(text[q.content_start:q.content_end].split()) >= MIN_QUOTE_WORDS:
        return Stmt(q.content_start, q.content_end, schema.DIRECT, None, None, None, None, None, None, p.start, k,
                    method=schema.METHOD_CARRY_OVER, inherit=prev)
    if any(ch in body for ch in "“”\"«»"):
        return None
    first = body.split(None, 1)[0].lower().strip(",")
    if first in FIRST_PERSON_OPENERS and not has_cue_word(a.lex, text, p.start, p.end, speech=True):
        return Stmt(p.start, p.end, schema.UNMARKED, None, None, None, None, None, None, p.start, k,
                    method=schema.METHOD_CARRY_OVER, inherit=prev)
    return None
