"""Running a chosen run of extraction passes on a short text, for the pass tests."""
from __future__ import annotations

from analysis.extract.state import State
from analysis.lexicon import load_lexicon
from analysis.nlp.document import Document

HEADLINE = "Harbour news\n"


def run(text: str, *steps) -> tuple[State, list[tuple]]:
    """The state after ``steps`` on ``text``, and each statement as (kind, words, cue, speaker
    phrase)."""
    st = State(Document(text, load_lexicon()))
    for step in steps:
        step(st)
    return st, [(s.kind, text[s.start:s.end], s.cue, s.mention.name if s.mention else None) for s in st.found]
