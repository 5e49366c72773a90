"""Pass two: reported speech around cues outside quotes ("Voss said the port would close",
"…, officials said.", "according to the survey")."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter

from .. import schema
from ..lexicon import Cue
from ..nlp.document import Document, Unit, last_char_is, token_before
from ..nlp.words import ANSWER_WORDS, CLOSING_QUOTES, COORDINATORS, PRONOUNS, QUOTE_TOKENS, REPORT_BE_FORMS
from ..speakers import Mention, is_capitalised, make_mention
from .cleanup import shorten
from .complements import clause_end, clause_start, complement, only_adjuncts_after, parenthetical, source_runs_on
from .cues import cue_at, idiom, may_hold_cue
from .phrases import apposed_name, inverted_speaker, np_after
from .quoted import follow_quotes
from .spans import (QUOTE_TAIL_RE, after_lead, asked_question, block_after, content_after, content_end,
                    final_attribution, question_end, subject_goes_on, trim)
from .state import State, Stmt
from .subjects import (after_apposition, after_preposition, clause_subject, coordinated, governed, governing_subject,
                       has_finite_verb, in_opening_clause, new_clause_at, noun_compound, subject_before)

#: Fewest words a sentence-final attribution's statement holds ("…, he said."): fewer are an
#: aside ("Yes, she said."), not something said.
MIN_WORDS_BEFORE_ATTRIBUTION = 3
#: Fewest characters of what "according to" reports: fewer are a fragment ("yes, according to X").
MIN_ACCORDING_CHARS = 10


def one_by_one(units: list[Unit]):
    """Each unit in turn, its tokens, tags and answers dropped once it is read (made again if
    ever asked for): kept for every unit of a long article, they made each garbage collection
    longer, and the whole run grow faster than the text."""
    for u in units:
        yield u
        u.toks = u.words = u.tags = u.subjects = u.speech = u.low = None


def reported_statement(a: Document, span, mention, form, c_lex: Cue, cue_s, cue_e, u: Unit) -> Stmt:
    """An indirect statement of ``span`` (less a dateline or linking opener at the unit's start)."""
    if span[0] == u.start:
        span = (after_lead(a, span[0], span[1]), span[1])
    return Stmt(span[0], span[1], schema.INDIRECT, mention, a.text[cue_s:cue_e], c_lex.lemma, c_lex.type,
                 cue_s, cue_e, min(cue_s, mention.start if mention else cue_s), u.para)


def according_to(a: Document, u: Unit, i: int, c_lex: Cue) -> Stmt | None:
    """The statement of "according to <source>" at local token ``i``: the words after the
    source when it opens the sentence, else the sentence or the words before it."""
    toks = a.toks(u)
    np = np_after(a, u, i + 2)
    if np is None:
        return None
    mention = make_mention(a.text, toks, np[0], np[1], a.lex)
    cue_s, cue_e = toks[i][0], toks[i + 1][1]
    # the source phrase may run on: "according to a report by the agency"
    end_src = np[1] + 1
    while end_src < len(toks) and toks[end_src][2] not in ",.;:":
        end_src += 1
    if i == 0 or (i > 0 and toks[i - 1][2] in "“\"" ) or (
            i <= 3 and toks[i - 1][2] == ","):  # "But, according to the survey, 40 percent …"
        if end_src < len(toks) and toks[end_src][2] == ",":
            nxt = end_src + 1
            stop = next((m for m in range(nxt, len(toks)) if toks[m][2] in ",;:"), None)
            tags = a.tags(u)
            apposed = stop is not None and nxt < stop <= nxt + 10 and toks[stop][2] == "," and (
                tags[nxt] in ("DT", "PRP$") or toks[nxt][2].lower() in a.lex.titles
                or is_capitalised(toks[nxt][2]) and toks[nxt][2].endswith(("’s", "'s")))
            if apposed and not has_finite_verb(a, u, nxt, stop) and not a.in_quote(toks[nxt][0]):
                end_src = stop  # "According to Lina Aro, the campaign's director, the campaign …"
            s, e = trim(a.text, toks[end_src][1], u.end)
        else:
            return None
    elif toks[i - 1][2] == "," and end_src < len(toks) - 2 and toks[end_src][2] == "," \
            and not (has_finite_verb(a, u, 0, i) and source_runs_on(a, u, end_src + 1)):
        s, e = trim(a.text, after_lead(a, u.start, u.end), u.end)  # "Other worries, according to the survey, include …"
    else:
        s, e = trim(a.text, after_lead(a, u.start, u.end), toks[i][0])
    if e - s < MIN_ACCORDING_CHARS:
        return None
    return Stmt(s, e, schema.INDIRECT, mention, a.text[cue_s:cue_e], c_lex.lemma, c_lex.type, cue_s, cue_e,
                 cue_s, u.para)


class _Sentence:
    """What the reading of one unit keeps while its cues are read, left to right."""

    __slots__ = ("unit", "toks", "words", "stmts", "final", "final_known", "direct_here")

    def __init__(self, st: State, u: Unit):
        a = st.doc
        self.unit = u
        self.toks = a.toks(u)
        self.words = a.words(u)
        self.stmts: list[Stmt] = []  # the statements this unit's cues make
        self.final, self.final_known = None, False  # the comma before a sentence-final attribution
        attributed = st.attributed
        here = attributed[bisect.bisect_left(attributed, (u.start,)):bisect.bisect_left(attributed, (u.end,))]
        self.direct_here = [s for _, _, s in (sorted(here, key=itemgetter(1)) if len(here) > 1 else here)]

    def quoted_before(self, pos: int) -> Stmt | None:
        """A quote attributed earlier in this sentence: “…,” she said, adding that …"""
        prior = [s for s in self.direct_here if s.attr_pos < pos]
        return prior[-1] if prior else None


@dataclass(frozen=True)
class _CueHere:
    """A cue being read: local token index, written form, width in tokens, lexicon entry, offsets."""

    i: int
    form: str
    width: int
    entry: Cue
    start: int
    end: int


def find_reported(st: State) -> None:
    """Pass two: reported speech around the cues outside quotes, one unit at a time."""
    a = st.doc
    for s in st.found:
        st.claimed.add((s.start, s.end))
    # statements with a speaker by where their attribution is, and their order in ``found``: a
    # unit's own are found by bisection, not by a scan of all (a long article's cost grew with
    # the square of its statements)
    st.attributed = sorted((s.attr_pos, n, s) for n, s in enumerate(st.found) if s.mention is not None)
    for u in one_by_one(a.units):
        if not may_hold_cue(a, u):
            continue
        a.deadline.check()
        sent = _Sentence(st, u)
        cands = list(compress(count(), map(a.lex.cue_spellings.__contains__, sent.words)))
        is_cand = frozenset(cands).__contains__
        i = 0
        while i < len(sent.toks):
            if not is_cand(i):  # jump to the next word that can open a cue
                nxt = bisect.bisect_left(cands, i)
                if nxt >= len(cands):
                    break
                i = cands[nxt]
            i = _read_cue(st, sent, i)
        for s in sent.stmts:
            if s.mention is not None:
                bisect.insort(st.attributed, (s.attr_pos, len(st.found), s))
            st.found.append(s)


def _read_cue(st: State, sent: _Sentence, i: int) -> int:
    """Read the word at ``i`` as a cue; the index of the next word to read."""
    a, toks, words = st.doc, sent.toks, sent.words
    u = sent.unit
    cue = cue_at(words, i, a.lex)
    if cue is None or toks[i][0] in st.used_cues or a.in_quote(toks[i][0]):
        return i + 1
    skip, gap_end = _inside_claim(st, sent, i, cue)
    if skip:
        return i + 1
    form, width = cue
    c = _CueHere(i, form, width, a.lex.cue_forms[form], toks[i][0], toks[i + width - 1][1])
    if idiom(words, i, a.lex):
        return i + width  # "Let's say you think …", "Needless to say, …"
    if c.entry.frames == {"quote"}:
        _quote_only_cue(st, sent, c)
        return i + width
    if _question_asked(st, sent, c) or form == "according to" and _according(st, sent, c):
        return i + width
    tags = a.tags(u)
    if tags[i] == "VBN" and i > 0 and toks[i - 1][2] == "," and not after_apposition(a, u, i):
        return i + 1  # "the game, planned for Saturday,": a participle, not a statement
    if not reads_as_verb(a, u, i, form):
        return i + 1
    p_i = i - 1
    while p_i > 0 and toks[p_i][2] in QUOTE_TOKENS:  # '…, "raw time," said X'
        p_i -= 1
    prev = toks[p_i][2].lower() if p_i >= 0 else ""
    mention = _cue_speaker(st, sent, c, prev)
    if mention is _SKIP:
        return i + 1
    if mention is None and _inverted_attribution(st, sent, c, prev):
        return i + width
    if mention is None:
        return i + 1
    _say(st, sent, c, mention, gap_end)
    return i + width


def _inside_claim(st: State, sent: _Sentence, i: int, cue: tuple[str, int]) -> tuple[bool, int | None]:
    """Whether a cue inside a span already taken is passed over, and where the words end when it
    stands between two quotes of one statement (“…,” Voss said, pointing to …. “…”)."""
    a, toks = st.doc, sent.toks
    gap_end = None
    claimed_here = toks[i][0] in st.claimed
    if claimed_here and cue[0].split()[0].endswith("ing") and i >= 2 and toks[i - 1][2] == ",":
        claimer = sent.quoted_before(toks[i][0])
        if claimer is not None and claimer.kind == schema.DIRECT and claimer.start < toks[i][0] < claimer.end:
            nq = bisect.bisect_right(a.quote_starts, toks[i][0])
            gap_end = a.quotes[nq].start if nq < len(a.quotes) and a.quotes[nq].start < claimer.end else None
    if not claimed_here or gap_end is not None:
        return False, gap_end
    # only a cue coordinated with the previous one may stand inside its content:
    # "said the war cannot be won and warned that …"
    j = i - 1
    while j > 0 and toks[j][2].lower() in a.lex.adverbs:
        j -= 1
    last = sent.stmts[-1] if sent.stmts else None
    inside_last = last is not None and last.start < toks[i][0] < last.end
    if inside_last and j >= 0 and toks[j][2].lower() in COORDINATORS:
        return False, gap_end
    # or a new clause with a speaker of its own: "…, and harbour unions warned that …"
    cut = new_clause_at(a, sent.unit, i) if inside_last and last.kind != schema.DIRECT else None
    if cut is None:
        return True, gap_end
    shorten(st, last, cut)
    return False, gap_end


def _quote_only_cue(st: State, sent: _Sentence, c: _CueHere) -> None:
    """"continued" attributes quotations only: in pass one, or "Voss continued:" before a
    paragraph that is one quote."""
    a, u = st.doc, sent.unit
    block = block_after(a, u, c.i + c.width)
    m = subject_before(a, u, c.i) if block is not None and block[2] == schema.DIRECT else None
    if m is not None and block[0] not in st.claimed and c.start not in st.used_cues:
        s = reported_statement(a, block[:2], m, c.form, c.entry, c.start, c.end, u)
        s.kind = schema.DIRECT
        _take(st, sent, s, block[:2])


def _question_asked(st: State, sent: _Sentence, c: _CueHere) -> bool:
    """"Asked whether she would run again, Voss said …": the question, asked by nobody named."""
    a, u, toks = st.doc, sent.unit, sent.toks
    q_start = asked_question(toks, c.i, c.form)
    if q_start is None:
        return False
    end = question_end(a, u, q_start)
    if end is not None and toks[q_start][0] not in st.claimed:
        span = trim(a.text, toks[q_start][0], end)
        _take(st, sent, Stmt(span[0], span[1], schema.INDIRECT, None, a.text[c.start:c.end], c.entry.lemma,
                             c.entry.type, c.start, c.end, c.start, u.para), span)
    return True


def _according(st: State, sent: _Sentence, c: _CueHere) -> bool:
    """"according to <source>": its statement, if any; the cue is read either way."""
    s = according_to(st.doc, sent.unit, c.i, c.entry)
    if s:
        sent.stmts.append(s)
        st.claimed.add((s.start, s.end))
    return True


def _take(st: State, sent: _Sentence, s: Stmt, span: tuple[int, int], *, cue: bool = True) -> None:
    """Add ``s`` to the sentence's statements, claim ``span`` and (unless told not to) its cue."""
    sent.stmts.append(s)
    st.claimed.add(span)
    if cue:
        st.used_cues.add(s.cue_start)


def reads_as_verb(a: Document, u: Unit, i: int, form: str) -> bool:
    """Whether the cue word at ``i`` is a verb here. The lexicon reads "wants", "reports" as
    nouns; after a name or pronoun they are verbs, and "is promising" is a participle."""
    toks, tags, words = a.toks(u), a.tags(u), a.words(u)
    is_verb = tags[i].startswith("VB") or (tags[i] in ("JJ", "NN") and form.endswith("ing") and i > 0
                                           and toks[i - 1][2].lower() in REPORT_BE_FORMS) or (
        i > 0 and tags[i - 1] in ("NNP", "PRP", "NNPS") and (
            tags[i] in ("NN", "NNS") or i + 1 < len(toks) and toks[i + 1][2].lower() in ("that", ":")))
    if not is_verb and 0 < i < len(toks) - 1 and tags[i - 1] == "NNS" and tags[i] == "NN" \
            and words[i].islower() and (
                i < len(toks) - 2 and (tags[i + 1] not in ("IN", "TO", ",", ".", "POS", "CC")
                                       and toks[i + 1][2] not in ",.;:)" or words[i + 1].lower() == "that")
                or toks[i + 1][2] == "." and i == len(toks) - 2 and "," in words[:i]):
        # a plural subject and a base form: "polls show", "critics fear", "the results show
        # that", "…, election records show."
        is_verb = True
    if not is_verb and 0 < i < len(toks) - 2 and tags[i] in ("NN", "NNS") and words[i].islower() and (
            tags[i - 1] == "MD"  # "would support"
            or tags[i - 1] == "NN" and tags[i] == "NNS" and tags[i - 2] in ("DT", "JJ", "PRP$", "NNP")
            and (tags[i + 1] in ("NNP", "DT", "PRP") or words[i + 1].lower() == "that")):
        # "the government claims Brekk runs …": a singular subject and an -s form
        is_verb = True
    if not is_verb and 1 < i < len(toks) - 1 and tags[i] in ("NN", "NNS") and words[i].islower() \
            and toks[i - 1][2] == "," and words[i + 1].lower() == "that" and after_apposition(a, u, i):
        is_verb = True  # "Tomas Orm, a harbour consultant, notes that …"
    if is_verb and not tags[i].startswith("VB") and tags[i - 1] in ("NNP", "NNPS") and noun_compound(a, u, i):
        is_verb = False  # "The Arnsby attack now counts", "Voss's Harbour Act claims, …"
    return is_verb


#: What :func:`_cue_speaker` returns for a cue that makes no statement at all.
_SKIP = object()


def _cue_speaker(st: State, sent: _Sentence, c: _CueHere, prev: str):
    """The speaker of the cue: shared with the statement before for a coordinated or
    participial cue ("said … and warned that", ", adding that"), else the subject before it.
    None when there is none; ``_SKIP`` when the cue makes no statement."""
    a, u, toks = st.doc, sent.unit, sent.toks
    i, form = c.i, c.form
    if form.endswith("ing") and prev in REPORT_BE_FORMS:
        return subject_before(a, u, i - 1)
    ps = (sent.stmts[-1] if sent.stmts else sent.quoted_before(c.start)) \
        if prev == "," or coordinated(toks, i, a.lex) or form.endswith("ing") else None
    if ps is not None:
        mention = ps.mention
        if mention is not None and mention.antecedent is not None and prev == "," \
                and not form.split()[0].endswith("ing"):
            mention = mention.antecedent  # "Voss, who said …, said …": the relative clause has ended
        # the previous statement's content ends before this cue
        if ps.kind != schema.DIRECT and ps.start < c.start <= ps.end:
            cut = i - 1
            while cut > 0 and (toks[cut][2].lower() in COORDINATORS or toks[cut][2] == ","
                               or toks[cut][2].lower() in a.lex.adverbs):
                cut -= 1
            shorten(st, ps, toks[cut][1])
        return mention
    if prev == "," and form.endswith("ing"):
        return clause_subject(a, u, i)  # "Warren appeared on MSNBC, saying …"
    return _subject_of_cue(a, u, i, form)


def _subject_of_cue(a: Document, u: Unit, i: int, form: str):
    """The subject before a cue that shares no earlier statement's speaker."""
    toks, words = a.toks(u), a.words(u)
    mention = subject_before(a, u, i, restrictive=True)
    participle = form.split()[0].endswith("ing")
    if mention is not None and participle and governed(a, u, mention):
        # "She sent a letter urging …" -> She; "In a letter announcing …, the union said" -> the
        # sentence's own cue speaks, this one does not
        governing = governing_subject(a, u, mention)
        mention = governing or (None if after_preposition(a, u, mention) else mention)
        if mention is None:
            return _SKIP
    elif mention is not None and token_before(toks, mention.start) == 0 \
            and after_preposition(a, u, mention) and "," in words[i:]:
        return _SKIP  # "In a message posted Friday, Voss said …": the opening phrase is no statement
    elif mention is not None and form.endswith("ing") and mention.end == toks[i - 1][1] \
            and not is_capitalised(mention.name.split()[-1]) \
            and mention.name.lower() not in PRONOUNS:
        # "sent a letter urging …": the letter carries the words of the clause's subject
        mention = clause_subject(a, u, i) or mention
    if mention is None and coordinated(toks, i, a.lex):
        mention = clause_subject(a, u, i)  # "Graham called … and said", "… but has said"
    return mention


def _inverted_attribution(st: State, sent: _Sentence, c: _CueHere, prev: str) -> bool:
    """", said Rubio." after a clause or an opening quote: the words before are the speaker's
    ("Voss and Brekk, and Gov. Lind, posted their praise" has neither). Whether it was one."""
    a, u, toks = st.doc, sent.unit, sent.toks
    i, width = c.i, c.width
    if not (i + width < len(toks) and prev == "," and not c.form.split()[0].endswith("ing")
            and (has_finite_verb(a, u, 0, i - 1) or a.in_quote(toks[0][0] + 1))):
        return False
    np0 = np_after(a, u, i + width)  # ", said Rubio."
    np = apposed_name(a, u, np0)
    if not (np and np[1] + 1 >= len(toks) - 1 or (np and toks[np[1] + 1][2] in ",.")):
        return False
    mention = inverted_speaker(a, u, np0)
    tail = trim(a.text, u.start, toks[i - 1][0])
    if tail[1] > tail[0]:
        _take(st, sent, reported_statement(a, tail, mention, c.form, c.entry, c.start, c.end, u), tail, cue=False)
    return True


def _say(st: State, sent: _Sentence, c: _CueHere, mention: Mention, gap_end: int | None) -> None:
    """The statement of a cue with a speaker: a block after a colon, a "yes" or "no", the clause
    after the cue, or the words before a final or parenthetical attribution."""
    a, u, toks = st.doc, sent.unit, sent.toks
    i, width = c.i, c.width
    aside = (mention.start > u.start and last_char_is(a.text, u.start, mention.start, ",")
             and i + width < len(toks) and toks[i + width][2] == ",")
    block = block_after(a, u, i + width)
    if block is not None and "clause" in c.entry.frames and block[0] not in st.claimed:
        # "At the rally in May, she said:" and the next paragraph, quoted or not
        s = reported_statement(a, block[:2], mention, c.form, c.entry, c.start, c.end, u)
        s.kind = block[2]
        _take(st, sent, s, block[:2])
        return
    nxt_i = i + width
    if c.entry.type == schema.CUE_SPEECH and nxt_i < len(toks) and toks[nxt_i][2].lower() in ANSWER_WORDS \
            and (nxt_i + 1 >= len(toks) or toks[nxt_i + 1][2] in ",.;"):
        # "Asked if the levy was fair, 46 percent of voters said yes": the answer
        ans = (toks[nxt_i][0], toks[nxt_i][1])
        if ans[0] not in st.claimed:
            _take(st, sent, reported_statement(a, ans, mention, c.form, c.entry, c.start, c.end, u), ans)
        return
    # "On the night shift, they said, pilots now …": the whole sentence is the statement
    k = content_after(a, u, i, width, c.entry) if "clause" in c.entry.frames and not aside else None
    end_at = content_end
    if k is None and len(c.entry.frames - {"clause"}):
        k = complement(a, u, i + width, c.entry.frames)
        end_at = clause_end
    if k is not None and k < len(toks):
        if toks[k - 1][2] == ";" and _after_comma(a, u, mention):
            _said_around(st, sent, c, mention)  # "The fare is fair, Brand added; the ferry …": both
        _clause_said(st, sent, c, mention, k, end_at, gap_end)
    elif "clause" in c.entry.frames and _after_comma(a, u, mention):
        _said_around(st, sent, c, mention)


def _after_comma(a: Document, u: Unit, mention: Mention) -> bool:
    """The speaker follows a comma in its sentence: "…, Brand said", or the comma that closes a
    quoted fragment ('The plan was “a disaster,” Brand said')."""
    if mention.start <= u.start:
        return False
    if last_char_is(a.text, u.start, mention.start, ","):
        return True
    end = mention.start
    while end > u.start and a.text[end - 1].isspace():
        end -= 1
    return end - 1 > u.start and a.text[end - 1] in CLOSING_QUOTES and a.in_quote(end - 2) \
        and last_char_is(a.text, u.start, end - 1, ",")


def _said_on(st: State, sent: _Sentence, first: Stmt, start: int, end: int) -> None:
    """The quote that goes on after a sentence-final attribution ('The plan was “a disaster,”
    Brand said. “We will fight it.”'): a direct statement of its own, with the first one's cue,
    whose speaker is the first one's as resolved (``inherit``), never a second reading of a "he"."""
    more = Stmt(start, end, schema.DIRECT, None, first.cue, first.cue_lemma, first.cue_type, first.cue_start,
                first.cue_end, first.attr_pos, first.paragraph, method=schema.METHOD_CARRY_OVER, inherit=first)
    _take(st, sent, more, (start, end), cue=False)


def _clause_said(st: State, sent: _Sentence, c: _CueHere, mention: Mention, k: int, end_at, gap_end: int | None) -> None:
    """The statement whose words start at local token ``k`` after the cue."""
    a, u, toks, words = st.doc, sent.unit, sent.toks, sent.words
    text = a.text
    s = toks[k][0]
    e = end_at(a, u, k) if gap_end is None else min(end_at(a, u, k), gap_end)
    if not sent.final_known:  # once per sentence, and only for one that reports something
        sent.final, sent.final_known = final_attribution(a, u), True
    if sent.final is not None and k <= sent.final:
        # "…, former port officials said.": the rest is theirs (a closing quote mark is the words')
        e = min(e, toks[sent.final][1] if toks[sent.final][2] in CLOSING_QUOTES else toks[sent.final][0])
    if in_opening_clause(words, c.i, mention.start - u.start, toks):
        # "After Voss said the strike would end, the dockers cheered": the clause ends at its comma
        comma = next((t[0] for t in toks[k:] if t[2] == "," and t[0] < e), None)
        e = comma if comma is not None else e
    s, e = trim(text, s, e)
    lo = bisect.bisect_left(a.quote_starts, s)
    inside = [q for q in a.quotes[lo:bisect.bisect_left(a.quote_starts, e)] if q.end < e]
    if end_at is not clause_end:
        inside = [q for q in inside if q.start == s]  # a clause goes on after a quoted fragment
    if inside and not a.in_quote(e - 1) and QUOTE_TAIL_RE.match(text, inside[-1].end) \
            and not subject_goes_on(a, u, inside[-1].end):
        # shouting “Don't do it,” until …, called it a “disgrace” on Monday: the words end
        # with the quote, the rest is the reporter's
        e = inside[-1].end
    if e > s and (s not in st.claimed or gap_end is not None):
        _take(st, sent, reported_statement(a, (s, e), mention, c.form, c.entry, c.start, c.end, u), (s, e))


def _said_around(st: State, sent: _Sentence, c: _CueHere, mention: Mention) -> None:
    """Sentence-final attribution: "…, officials said." / "…, he said in a statement."; or
    parenthetical: "The new quay, Ms. Voss said, will open …"."""
    a, u, toks = st.doc, sent.unit, sent.toks
    text = a.text
    span = None
    after = c.i + c.width
    if c.entry.object != "no" and after < len(toks) and toks[after][2] not in ",.":
        listener = np_after(a, u, after)  # "…, he told reporters."
        if listener is not None:
            after = listener[1] + 1
    # "…, Brand added, saying …": the participle's clause is a statement of its own
    participle = after + 1 < len(toks) and toks[after][2] == "," and sent.words[after + 1].endswith("ing") \
        and cue_at(sent.words, after + 1, a.lex) is not None
    if parenthetical(a, u, after) and not participle:
        span = trim(text, after_lead(a, clause_start(a, u, mention.start), u.end), u.end)
    elif participle or only_adjuncts_after(a, u, after) or after < len(toks) and toks[after][2] == ";":
        span = trim(text, u.start, mention.start)
        if mention.title and text[span[0]:span[1]].endswith(mention.title):
            # "…, her deputy, Jon Brekk, told the paper": the role is no part of the words
            span = trim(text, span[0], span[1] - len(mention.title))
    if span and span[1] > span[0] and span[0] not in st.claimed \
            and len(text[span[0]:span[1]].split()) >= MIN_WORDS_BEFORE_ATTRIBUTION:
        s = reported_statement(a, span, mention, c.form, c.entry, c.start, c.end, u)
        # a quote right after the attribution carries the statement on
        last_q = bisect.bisect_right(a.quote_starts, u.end) - 1
        end, qi = follow_quotes(a, last_q, s.end, c.end, u, st.used_quotes)
        _take(st, sent, s, (s.start, s.end))
        if qi > last_q:  # “We will fight it.”: the quotes after the attribution, the same speaker's
            _said_on(st, sent, s, a.quotes[last_q + 1].content_start, end)
