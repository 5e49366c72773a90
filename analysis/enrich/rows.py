"""Row building: each statement's speaker resolved, its actors, date and tone, then one row of
the statements table (:data:`analysis.schema.STATEMENT_COLUMNS`)."""
from __future__ import annotations

import bisect
import re

import pandas as pd

from .. import schema
from ..actors import find_actor_mentions_in, one_spelling
from ..dates import date_phrase, may_hold_date, resolve_date
from ..extract.state import Stmt
from ..nlp.document import Document
from ..sentiment import tone
from ..speakers import ArticleSpeakers


def statement_rows(a: Document, stmts: list[Stmt], published, article_id: str) -> pd.DataFrame:
    text, lex = a.text, a.lex
    resolver = ArticleSpeakers(lex)
    resolver.register_names(text)
    pub = pd.Timestamp(published) if published is not None and not pd.isna(published) else None
    # resolve in order of attribution
    for s in sorted(stmts, key=lambda s: s.attr_pos):
        if s.inherit is not None:
            src = s.inherit
            s.speaker, s.speaker_type = src.speaker, src.speaker_type
            s.mention = src.mention
            s.method = "carry-over"
            continue
        if s.mention is None:
            continue
        r = resolver.resolve(s.mention)
        # one spelling per name, whichever apostrophe the article typed ("Nurses’" / "Nurses'")
        s.speaker, s.speaker_type = (one_spelling(r.speaker) if r.speaker else r.speaker), r.type
        s.method = s.method or r.method
        if s.paragraph == 0 and len(a.paras) > 1:
            s.method = "headline"
    sent_starts = a.sentence_starts
    rows: list[tuple] = []
    # actors are looked for once, in the statements' words only, then shared out to them by offset
    windows: list[list[int]] = []  # statement spans, merged: actors are looked for only there
    for st in sorted(stmts, key=lambda x: x.start):
        if windows and st.start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], st.end)
        else:
            windows.append([st.start, st.end])
    found = find_actor_mentions_in(text, windows, lex, persons=resolver.names)
    found_starts = [f.start for f in found]
    stmt_starts = sorted(o.start for o in stmts)  # (a bisection finds the statements after a cue)
    last_date = None
    last_text_by_speaker: dict = {}
    dated: dict[int, bool] = {}  # unit start -> whether the unit may hold a date phrase
    for n, s in enumerate(stmts):
        a.deadline.check()
        ctx_start = min(s.start, s.cue_start if s.cue_start is not None else s.start)
        ctx_end = max(s.end, s.cue_end if s.cue_end is not None else s.end)
        unit = a.unit_at(ctx_start)
        if unit is not None and unit.start not in dated:  # asked once per sentence, not per statement
            dated[unit.start] = may_hold_date(text, unit.start, unit.end)
        dt_text = date_phrase(text, unit.start if unit else ctx_start, unit.end if unit else ctx_end,
                              exclude=(s.start, s.end)) if unit is None or dated[unit.start] else None
        if dt_text is None and s.method in ("pronoun", "carry-over"):
            # a pronoun or carried-over statement continues its speaker's last statement
            dt_text = last_text_by_speaker.get(s.speaker)
        last_text_by_speaker[s.speaker] = dt_text
        date, last_date = resolve_date(dt_text, pub, last_date)
        pol, subj = tone(text[s.start:s.end])
        lo = bisect.bisect_left(found_starts, s.start)
        hi = bisect.bisect_left(found_starts, s.end)
        if s.cue_end is not None and s.cue_type in ("speech", "stance"):
            # the cue as a reader quotes it: "said Tuesday", "said in a statement", "said:"
            ext = _CUE_TAIL_RE.match(text, s.cue_end)
            if ext and ext.end() > s.cue_end and not (s.start < ext.end() <= s.end or s.start < s.cue_end < s.end):
                s.cue_end = ext.end()
                s.cue = text[s.cue_start:s.cue_end]
            elif s.start < s.cue_start and s.mention is not None and s.mention.end <= s.cue_start:
                # after the words: "…,” he said at a briefing on Monday. / “…,” she said sarcastically, “…”
                tail = _ADJUNCT_TAIL_RE.match(text, s.cue_end)
                after = bisect.bisect_right(stmt_starts, s.cue_end)
                if tail and len(tail.group().split()) <= ADJUNCT_TAIL_WORDS and not (
                        after < len(stmt_starts) and stmt_starts[after] < tail.end()):  # not over another statement's words
                    s.cue_end = tail.end()
                    s.cue = text[s.cue_start:s.cue_end]
        m = s.mention
        rows.append((
            f"{article_id}-{n:03d}", s.kind, text[s.start:s.end], s.start, s.end, s.speaker,
            m.name if m else None, m.name_start if m else None, m.name_end if m else None,
            m.title if m else None, s.speaker_type if m else None, s.method if m else None,
            s.cue, s.cue_lemma, s.cue_type, s.cue_start, s.cue_end, s.paragraph,
            max(0, bisect.bisect_right(sent_starts, s.start) - 1),
            None if date is None else date.to_datetime64(), dt_text, pol, subj,
            sorted({f.actor for f in found[lo:hi] if f.end <= s.end}),
        ))
    columns = list(map(list, zip(*rows))) if rows else [[] for _ in _STATEMENT_NAMES]
    return schema.frame(dict(zip(_STATEMENT_NAMES, columns)), schema.STATEMENT_COLUMNS)


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
