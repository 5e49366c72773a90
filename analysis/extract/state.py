"""What the passes share: the statements found so far (:class:`Stmt`), the spans they took
(:class:`Claims`), and the :class:`State` handed from one named step to the next."""
from __future__ import annotations

from dataclasses import dataclass

from ..speakers import Mention


@dataclass
class Stmt:
    start: int
    end: int
    kind: str
    mention: Mention | None
    cue: str | None
    cue_lemma: str | None
    cue_type: str | None
    cue_start: int | None
    cue_end: int | None
    attr_pos: int  # where the attribution is: orders speaker resolution
    paragraph: int
    method: str | None = None  # forced method (carry-over)
    inherit: "Stmt | None" = None  # carry-over: takes the speaker of this statement
    speaker: str | None = None
    speaker_type: str | None = None


#: Width of the stretches of text by which claimed spans are indexed: a position is looked up
#: among the spans crossing its stretch only. Small enough that a stretch holds a few spans,
#: large enough that a paragraph-long span crosses few stretches.
CLAIM_BUCKET_CHARS = 1024


class Claims:
    """The spans statements have taken: ``pos in claims`` when a span holds ``pos``.

    Spans are filed under each stretch of ``CLAIM_BUCKET_CHARS`` they cross, so a look-up reads
    the few spans near ``pos``; a scan of every span made a long article's cost grow with the
    square of its statements.
    """

    __slots__ = ("_at",)

    def __init__(self, spans=()):
        self._at: dict[int, list[tuple[int, int]]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: tuple[int, int]) -> None:
        s, e = span
        if s < e:  # an empty span holds nothing
            for b in range(s // CLAIM_BUCKET_CHARS, (e - 1) // CLAIM_BUCKET_CHARS + 1):
                self._at.setdefault(b, []).append((s, e))

    def __contains__(self, pos: int) -> bool:
        for s, e in self._at.get(pos // CLAIM_BUCKET_CHARS, ()):  # a plain loop: called for every cue
            if s <= pos < e:
                return True
        return False

    def remove(self, span: tuple[int, int]) -> None:
        """Forget every copy of ``span``."""
        s, e = span
        if s < e:
            for b in range(s // CLAIM_BUCKET_CHARS, (e - 1) // CLAIM_BUCKET_CHARS + 1):
                self._at[b] = [x for x in self._at.get(b, ()) if x != span]

    def remove_start(self, start: int) -> None:
        """Forget every span starting at ``start``."""
        for span in {x for x in self._at.get(start // CLAIM_BUCKET_CHARS, ()) if x[0] == start}:
            self.remove(span)


class State:
    """One article's working state, handed from pass to pass.

    Attributes
    ----------
    doc
        The document read (paragraphs, units, quotes, the time guard).
    found
        The statements found so far; a later pass may shorten an earlier one's span.
    used_quotes
        Indexes into ``doc.quotes`` of the quotes a statement has taken.
    used_cues
        Start offsets of the cues a statement has taken.
    claimed
        The spans statements have taken (filled when reported speech is read).
    attributed
        ``(attribution offset, order in found, statement)`` of the statements with a speaker,
        sorted: a sentence's own are found by bisection.
    """

    __slots__ = ("doc", "found", "used_quotes", "used_cues", "claimed", "attributed")

    def __init__(self, doc):
        self.doc = doc
        self.found: list[Stmt] = []
        self.used_quotes: set[int] = set()
        self.used_cues: set[int] = set()
        self.claimed = Claims()
        self.attributed: list[tuple[int, int, Stmt]] = []
