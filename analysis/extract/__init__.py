"""Extraction: the statements in one document, found by passes over an explicit state.

quoted → reported speech → labelled lines and signatures → carry-over → clean-up. The result
is a list of :class:`~analysis.extract.state.Stmt` (spans, cue, speaker mention); no pandas and
no enrichment (see :mod:`analysis.enrich`). ``docs/extraction.md`` describes each pass.
"""
from __future__ import annotations

from ..nlp.document import Document
from .carry_over import find_carry_over
from .cleanup import drop_long_names, finish
from .labelled import find_labelled
from .quoted import find_quoted
from .reported import find_reported
from .state import State, Stmt

__all__ = ["Document", "State", "Stmt", "find_statements"]


def find_statements(doc: Document) -> list[Stmt]:
    """The statements in ``doc``, in order of their words.

    Parameters
    ----------
    doc
        The document read (:class:`~analysis.nlp.document.Document`), with its time guard.

    Returns
    -------
    list of Stmt
        One per statement: the words' span, kind, cue, speaker mention and paragraph. Speakers
        are not resolved yet (``Stmt.speaker`` is None).

    Raises
    ------
    ArticleTimeout
        When ``doc.deadline`` passes between units of work.
    """
    doc.deadline.check()  # (the article's paragraphs, quotes and sentences are found)
    st = State(doc)
    find_quoted(st)
    find_reported(st)
    drop_long_names(st)
    find_labelled(st)
    find_carry_over(st)
    return finish(st)
