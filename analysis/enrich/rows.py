"""Row building: each statement's speaker resolved, its actors, date and tone, then one row of
the statements table (:data:`analysis.schema.STATEMENT_COLUMNS`). The actors are found once: the
``actors`` column and the ``actor_mentions`` the mentions table reads come from that finding."""
from __future__ import annotations

import bisect
import re

import pandas as pd

from .. import schema
from ..actors import ActorMention, find_actor_mentions_in, one_spelling
from ..dates import date_phrase, may_hold_date, resolve_date
from ..extract.state import Stmt
from ..nlp.document import Document
from ..sentiment import tone
from ..speakers import ArticleSpeakers
from .identity import settle
from .quote_text import quote_text


def statement_rows(a: Document, stmts: list[Stmt], published, article_id: str) -> pd.DataFrame:
    """The statements table of one article: each statement's speaker resolved, then its date,
    tone, actors and cue as a reader quotes it, one row per statement in order.

    Parameters
    ----------
    a
        The document the statements were found in.
    stmts
        The statements, in order (:func:`analysis.extract.find_statements`); their speakers,
        methods and cue ends are set here.
    published
        Publication date (anything :func:`pandas.Timestamp` reads) or None.
    article_id
        Prefix of each ``statement_id``.

    Returns
    -------
    pandas.DataFrame
        Columns as in :data:`analysis.schema.STATEMENT_COLUMNS`.
    """
    resolver = ArticleSpeakers(a.lex)
    resolver.register_names(a.text)
    _resolve_speakers(a, stmts, resolver)
    # identity: one entity per person, its most complete name; the actors read the same names
    persons = settle(a.text, stmts, a.lex, resolver, a.sentence_starts)
    # actors are looked for once, in the statements' words only, then shared out to them by offset
    found = find_actor_mentions_in(a.text, _actor_windows(stmts), a.lex, persons=persons)
    found_starts = [f.start for f in found]
    stmt_starts = sorted(o.start for o in stmts)  # (a bisection finds the statements after a cue)
    dating = _Dating(a, published)
    rows: list[tuple] = []
    for n, s in enumerate(stmts):
        a.deadline.check()
        date, dt_text = dating.date_of(s)
        words = quote_text(a.text[s.start:s.end], s.start, s.kind,
                           (s.cue_start, s.mention.start if s.mention else None))
        pol, subj = tone(words)
        lo = bisect.bisect_left(found_starts, s.start)
        hi = bisect.bisect_left(found_starts, s.end)
        mentioned = [f for f in found[lo:hi] if f.end <= s.end]
        _extend_cue(a.text, s, stmt_starts)
        rows.append(_row(a, s, f"{article_id}-{n:03d}", words, date, dt_text, pol, subj, mentioned))
    columns = list(map(list, zip(*rows))) if rows else [[] for _ in _STATEMENT_NAMES]
    return schema.frame(dict(zip(_STATEMENT_NAMES, columns)), schema.STATEMENT_COLUMNS)


def _resolve_speakers(a: Document, stmts: list[Stmt], resolver: ArticleSpeakers) -> None:
    """Each statement's speaker, type and method, resolved in order of attribution; a carried-over
    statement takes those of the statement it continues."""
    for s in sorted(stmts, key=lambda s: s.attr_pos):
        if s.inherit is not None:
            src = s.inherit
            s.speaker, s.speaker_type = src.speaker, src.speaker_type
            s.mention = src.mention
            s.method = schema.METHOD_CARRY_OVER
            continue
        if s.mention is None:
            continue
        r = resolver.resolve(s.mention)
        # one spelling per name, whichever apostrophe the article typed ("Nurses’" / "Nurses'")
        s.speaker, s.speaker_type = (one_spelling(r.speaker) if r.speaker else r.speaker), r.type
        s.method = s.method or r.method
        if s.paragraph == 0 and len(a.paras) > 1:
            s.method = schema.METHOD_HEADLINE


def _actor_windows(stmts: list[Stmt]) -> list[list[int]]:
    """The statements' spans, merged where they touch: actors are looked for only there."""
    windows: list[list[int]] = []
    for st in sorted(stmts, key=lambda x: x.start):
        if windows and st.start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], st.end)
        else:
            windows.append([st.start, st.end])
    return windows


class _Dating:
    """The date of each statement in turn: a date phrase in its sentence, or its speaker's last
    one for a pronoun or carried-over statement, resolved against the last date read."""

    def __init__(self, a: Document, published):
        self.a = a
        self.pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
        self.last_date = None
        self.last_text_by_speaker: dict = {}
        self.dated: dict[int, bool] = {}  # unit start -> whether the unit may hold a date phrase

    def date_of(self, s: Stmt):
        """(date or None, the date phrase or None) of statement ``s``."""
        a, text = self.a, self.a.text
        ctx_start = min(s.start, s.cue_start if s.cue_start is not None else s.start)
        ctx_end = max(s.end, s.cue_end if s.cue_end is not None else s.end)
        unit = a.unit_at(ctx_start)
        if unit is not None and unit.start not in self.dated:  # asked once per sentence, not per statement
            self.dated[unit.start] = may_hold_date(text, unit.start, unit.end)
        dt_text = date_phrase(text, unit.start if unit else ctx_start, unit.end if unit else ctx_end,
                              exclude=(s.start, s.end), words=a.lex.date_words) if unit is None or self.dated[unit.start] else None
        if dt_text is None and s.method in (schema.METHOD_PRONOUN, schema.METHOD_CARRY_OVER):
            # a pronoun or carried-over statement continues its speaker's last statement
            dt_text = self.last_text_by_speaker.get(s.speaker)
        self.last_text_by_speaker[s.speaker] = dt_text
        date, self.last_date = resolve_date(dt_text, self.pub, self.last_date)
        return date, dt_text


def _extend_cue(text: str, s: Stmt, stmt_starts: list[int]) -> None:
    """The cue as a reader quotes it: "said Tuesday", "said in a statement", "said:"; after the
    words, "…,” he said at a briefing on Monday." (not over another statement's words)."""
    if s.cue_end is None or s.cue_type not in (schema.CUE_SPEECH, schema.CUE_STANCE):
        return
    ext = _CUE_TAIL_RE.match(text, s.cue_end)
    if ext and ext.end() > s.cue_end and not (s.start < ext.end() <= s.end or s.start < s.cue_end < s.end):
        s.cue_end = ext.end()
        s.cue = text[s.cue_start:s.cue_end]
    elif s.start < s.cue_start and s.mention is not None and s.mention.end <= s.cue_start:
        # “…,” she said sarcastically, “…”
        tail = _ADJUNCT_TAIL_RE.match(text, s.cue_end)
        after = bisect.bisect_right(stmt_starts, s.cue_end)
        if tail and len(tail.group().split()) <= ADJUNCT_TAIL_WORDS and not (
                after < len(stmt_starts) and stmt_starts[after] < tail.end()):
            s.cue_end = tail.end()
            s.cue = text[s.cue_start:s.cue_end]


def _row(a: Document, s: Stmt, statement_id: str, words: str, date, dt_text, pol, subj,
         mentioned: list[ActorMention]) -> tuple:
    """One row of the statements table, in the order of STATEMENT_COLUMNS: the actors and the
    actor mentions both from ``mentioned``, the one finding of the statement's actors."""
    m = s.mention
    actors = sorted({f.actor for f in mentioned})
    records = [dict(zip(schema.ACTOR_MENTION_FIELDS, (f.actor, f.type, f.mention, f.start, f.end))) for f in mentioned]
    return (
        statement_id, s.kind, a.text[s.start:s.end], words, s.start, s.end, s.speaker,
        m.name if m else None, m.name_start if m else None, m.name_end if m else None,
        m.title if m else None, s.speaker_type if m else None, s.method if m else None,
        s.cue, s.cue_lemma, s.cue_type, s.cue_start, s.cue_end, s.paragraph,
        max(0, bisect.bisect_right(a.sentence_starts, s.start) - 1),
        None if date is None else date.to_datetime64(), dt_text, pol, subj, actors, records,
    )


#: Most words a cue's tail may hold ("said at a briefing on Monday"): a longer one is a clause, and
#: the pattern stops looking there instead of running over a whole paragraph.
ADJUNCT_TAIL_WORDS = 8
# what follows a cue up to the next stop, when it is no part of the statement: "said at one point"
_ADJUNCT_TAIL_RE = re.compile(r"(?:[ \t\xa0]+(?![Tt]hat\b)[\w’'$%-]+){1," + str(ADJUNCT_TAIL_WORDS) + "}"
                              r"(?=\s*(?:[,.;:!?—–]|$))")
_STATEMENT_NAMES = schema.names(schema.STATEMENT_COLUMNS)
_CUE_TAIL_RE = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:\s+in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}(?:statement|interview|email|e-mail|letter|note|"
    r"post|tweet|speech|video|op-ed|release|call|conference|briefing|appearance|remarks|message))?"
    r"(?:\s+on\s+(?:Twitter|Facebook|Instagram|television|TV|CNN|Fox News|MSNBC))?"
    r"(?:\s*:)?")
