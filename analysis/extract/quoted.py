"""Pass one: quotes with their attribution right after ("“…,” she said") or right before
("He said: “…”"), carried on over the quotes that continue them."""
from __future__ import annotations

import bisect
import re

from ..lexicon import has_cue_word
from ..nlp.document import Document, Unit, last_char_is, only_chars, token_before
from ..nlp.words import PUNCT_STRIP, QUOTE_CONJUNCTIONS, QUOTE_LINKS
from ..quotes import Quote
from ..text import token_start
from .. import schema
from ..speakers import Mention, make_mention
from .cues import cue_at, inside_name, speech_word_in
from .phrases import inverted_speaker, np_after
from .spans import after_lead, lead_before, words_after_quote
from .state import State, Stmt
from .subjects import clause_subject, subject_before


MIN_QUOTE_WORDS = 4  # shorter quoted spans are fragments: titles, scare quotes, mixed quotes
#: Tokens after a quote searched for its cue (", said the mayor of Arnsby on Monday"): an
#: attribution is short, and a cue further on belongs to a sentence of its own.
ATTRIBUTION_REACH = 30
#: Tokens before a quote's opening mark searched for its cue ("Voss said on Monday: “…”").
CUE_BEFORE_QUOTE_REACH = 8
#: Most words of what the speaker spoke of between two parts of a quote (", speaking of the
#: council,"): more is a sentence of its own.
MAX_ASIDE_WORDS = 25
#: Most words of the rest of an attribution between two parts of a quote ("…,” he told the host
#: on Monday, “…”): more is a sentence of the reporter's.
MAX_GAP_WORDS = 8


def shouted(a: Document, q: Quote) -> bool:
    """A quote, however short, ending its sentence right after a verb of saying: "shouted, “Open up!”",
    "a docker yelled “Come back!”" (a cue of another kind, "called it “a farce”", labels instead)."""
    u = a.unit_at(q.start)
    if u is None or not only_chars(a.text, q.end, u.end, PUNCT_STRIP):
        return False
    toks = a.toks(u)
    j = token_before(toks, q.start)
    if j >= 1 and toks[j][2] in (",", ":"):
        j -= 1
    cue = cue_at(a.words(u), j, a.lex) if j >= 0 else None
    return cue is not None and cue[1] == 1 and a.lex.cue_forms[cue[0]].type == schema.CUE_SPEECH \
        and a.lex.cue_forms[cue[0]].frames != {"object"} and a.tags(u)[j].startswith("VB")


def follow_quotes(a: Document, qi: int, e: int, after: int, u: Unit, used_quotes: set) -> tuple[int, int]:
    """Extend a statement ending at ``e`` over the quotes that continue it in the paragraph.

    Returns the new end and the index of the last quote taken.
    """
    text, quotes = a.text, a.quotes
    para_end = a.paras[u.para].end
    unit_end = u.end
    while qi + 1 < len(quotes):
        q2 = quotes[qi + 1]
        if q2.start >= para_end or (qi + 1) in used_quotes:
            break
        raw = text[after:q2.start]
        gap = raw.strip(" \t,:")
        # the rest of the attribution: “…,” he told the host, “…” / “…,” she said on Monday, “…”
        core = raw.strip().rstrip(".,:")
        # … and what the speaker spoke of: “…,” said Orm, speaking of the council, “…”
        aside = _ASIDE_RE.search(gap)
        if aside is not None and (aside.end() < len(gap) or len(gap.split()) > MAX_ASIDE_WORDS):
            aside = None
        words_end = after + len(raw) - len(raw.lstrip(" \t,:")) + (aside.start() if aside else len(gap))
        adjunct = raw.rstrip().endswith((",", ":", ".")) and len(text[after:words_end].split()) <= MAX_GAP_WORDS and not any(
            ch in core for ch in "!?;“”\"\n") and not _NEW_SENTENCE_RE.search(core) \
            and not has_cue_word(a.lex, text, after, words_end, speech=True)
        if gap and gap not in QUOTE_LINKS and not adjunct and not (
                q2.start >= unit_end and not text[unit_end:q2.start].strip()):
            break  # “…,” but “…”: one statement; anything longer between them is not
        u2 = a.unit_at(q2.end - 1)
        if u2 is not None and u2.end > q2.end and speech_word_in(a, u2, q2.end, u2.end):
            break  # “…,” she added: attributed on its own
        e = q2.content_end
        used_quotes.add(qi + 1)
        qi += 1
        after, unit_end = q2.end, (u2.end if u2 is not None else q2.end)
    return e, qi


# what the speaker spoke of, after the attribution between two parts of a quote (a topic, not a
# second statement)
_ASIDE_RE = re.compile(r"(?:(?:speaking|talking|referring|pointing|gesturing|responding|replying)\s+(?:of|about|to)"
                       r"|explaining\s+(?:why|how|what))\b[^,]*", re.IGNORECASE)


# a stop, then a capital: ". Brekk left", but not an abbreviation's dot ("Vg. Hild")
_NEW_SENTENCE_RE = re.compile(r"(?:^|(?<=\s)(?!(?:[A-Z][a-z]?\.)+\s)\S*)[.!?]\s+[A-Z]")


def find_quoted(st: State) -> None:
    """Pass one: each quote with its attribution right after it or right before it."""
    qi = 0
    while qi < len(st.doc.quotes):
        st.doc.deadline.check()
        qi = _read_quote(st, qi) + 1


def _read_quote(st: State, qi: int) -> int:
    """Read quote ``qi``; the index of the last quote the statement took (``qi`` if none more)."""
    a = st.doc
    q = a.quotes[qi]
    u = a.unit_at(q.end - 1) or a.unit_at(q.end)
    if _fragment(a, q, u):
        return qi  # a short quote inside a sentence: a title, a scare quote, a fragment
    found = _attribution_after(a, q, u) if u is not None else None
    if found is not None:
        return _quote_said_after(st, qi, u, found)
    _quote_said_before(st, qi)
    return qi


def _fragment(a: Document, q: Quote, u: Unit | None) -> bool:
    """A quote of fewer than MIN_QUOTE_WORDS words that neither opens its sentence nor is shouted."""
    content = a.text[q.content_start:q.content_end]
    short = len(content.split(None, MIN_QUOTE_WORDS)) < MIN_QUOTE_WORDS  # (no need to split it all)
    return short and (u is None or not only_chars(a.text, u.start, q.start)) and not shouted(a, q)


def _attribution_after(a: Document, q: Quote, u: Unit) -> tuple[int, int, str, Mention] | None:
    """The cue and speaker right after a quote: ", he said", ", Rubio said", ", said Rubio",
    "according to …"; not "…,” but she also noted …", a clause of its own. (cue index, width,
    form, mention) or None."""
    text, lex = a.text, a.lex
    toks = a.toks(u)
    # first token after the quote
    j = bisect.bisect_left(toks, q.end, key=token_start)
    if j < len(toks) and toks[j][2] == ",":
        j += 1
    joined = j < len(toks) and toks[j][2].lower() in QUOTE_CONJUNCTIONS
    stop = j if joined else min(len(toks), j + ATTRIBUTION_REACH)
    for c in range(j, stop):
        if toks[c][2] in ".;!?" and not (c + 1 < len(toks) and toks[c + 1][2] in "),") \
                or (toks[c][2] in "“\"" and c > j):
            break
        cue = cue_at(a.words(u), c, lex)
        if cue is None:
            continue
        form, width = cue
        tags = a.tags(u)
        if not (tags[c].startswith("VB") or form == "according to" or c > j):
            continue
        if c > j and inside_name(a, u, c, width):
            continue  # “…,” Mayor Ilsa Brand added: "Brand" ends her name, "added" is the cue
        if form.endswith("ing") and c == j:
            break  # “…,” suggesting that …: the quote belongs to the sentence's own cue
        if form == "according to":
            np = np_after(a, u, c + 2)
            return (c, width, form, make_mention(text, toks, np[0], np[1], lex)) if np else None
        if c == j:
            np = np_after(a, u, c + width)
            return (c, width, form, inverted_speaker(a, u, np)) if np else None
        m = subject_before(a, u, c)
        return (c, width, form, m) if m is not None and m.start >= toks[j][0] else None
    return None


def _quote_said_after(st: State, qi: int, u: Unit, found: tuple[int, int, str, Mention]) -> int:
    """The statement of a quote attributed after it, carried on over the quotes that continue
    it; the index of the last quote taken."""
    a = st.doc
    text = a.text
    q = a.quotes[qi]
    c, width, form, mention = found
    toks = a.toks(u)
    cue_tok = toks[c]
    cue_end = toks[c + width - 1][1]
    s, e = q.content_start, q.content_end
    st.used_quotes.add(qi)
    kind = schema.DIRECT
    tail = words_after_quote(a, u, q, mention) if mention.end <= cue_tok[0] else None
    if tail is not None:
        e, kind = tail, schema.MIXED  # “…until the owners pay” for cranes, she said: the clause goes on
    # the quote goes on: interrupted (“…,” he said, “…”) or resumed in the sentence
    # after the attribution (“…,” he said. “…”), until a quote with its own cue
    e, qi = follow_quotes(a, qi, e, max(mention.end, cue_end), u, st.used_quotes)
    lead = _lead_in(a, u, q)
    if lead is not None:
        s, kind = lead, schema.MIXED
    c_lex = a.lex.cue_forms[form]
    st.used_cues.add(cue_tok[0])
    st.found.append(Stmt(s, e, kind, mention, text[cue_tok[0]:cue_end], c_lex.lemma, c_lex.type,
                         cue_tok[0], cue_end, cue_tok[0], u.para))
    return qi


def _lead_in(a: Document, u: Unit, q: Quote) -> int | None:
    """Where the sentence's own words start when they run into the quote: “With thousands of
    systems, “there is no single point of failure,” she said”; 'Voss “has read every page,” he
    said'. None when the quote opens the sentence, or the words before it hold a cue of their
    own or end in a colon ("Voss scolded him: “…”" introduces the quote)."""
    text = a.text
    # (the words before the quote are read in place: a copy of them for each quote of a long
    # sentence cost the sentence each time)
    if only_chars(text, u.start, q.start) or speech_word_in(a, u, u.start, q.start) \
            or a.in_quote(u.start) or last_char_is(text, u.start, q.start, ":"):
        return None
    s0 = u.start
    while s0 < q.start and text[s0].isspace():
        s0 += 1
    s0 = after_lead(a, s0, q.start)
    return None if only_chars(text, s0, q.start, " \t,;:—–-") else s0


def _quote_said_before(st: State, qi: int) -> None:
    """A quote attributed before it: "Rubio said: “…”", "He said, “…”", "a docker yelled “Come back!”"."""
    a = st.doc
    q = a.quotes[qi]
    ub = a.unit_at(q.start)
    if ub is None:
        return
    toks = a.toks(ub)
    j = bisect.bisect_left(toks, q.start, key=token_start) - 1
    ends_unit = only_chars(a.text, q.end, ub.end, PUNCT_STRIP + ")")
    # "a docker yelled “Come back!”": no comma before the quote
    bare = j >= 1 and toks[j][2] not in (":", ",") and shouted(a, q)
    if not (j >= 1 and (toks[j][2] in (":", ",") or bare) and ends_unit):
        return
    for c in range(j if bare else j - 1, max(-1, j - CUE_BEFORE_QUOTE_REACH), -1):
        cue = cue_at(a.words(ub), c, a.lex)
        if cue is None:
            continue
        m = _speaker_before_quote(a, ub, c, cue, j)
        if m is not None:
            _add_said_before(st, qi, ub, c, cue, m, bare)
        return


def _speaker_before_quote(a: Document, ub: Unit, c: int, cue: tuple[str, int], j: int) -> Mention | None:
    """The speaker of the cue at ``c`` before a quote (whose opening mark follows token ``j``)."""
    form, width = cue
    toks = a.toks(ub)
    m = subject_before(a, ub, c)
    if m is None and form.endswith("ing"):
        m = clause_subject(a, ub, c)  # "She continued, saying: “…”"
    if m is None and c == 0 and width == 1 and toks[j][2] == ":" \
            and a.lex.cue_forms[form].type == schema.CUE_SPEECH:
        np = np_after(a, ub, 1)  # "Said Orm: “…”": the verb first, then the speaker
        if np is not None and np[1] == j - 1:
            m = make_mention(a.text, toks, np[0], np[1], a.lex)
    return m


def _add_said_before(st: State, qi: int, ub: Unit, c: int, cue: tuple[str, int], m: Mention, bare: bool) -> None:
    """The statement of quote ``qi``, said by ``m`` with the cue at ``c`` before it."""
    a = st.doc
    q = a.quotes[qi]
    form, width = cue
    toks = a.toks(ub)
    c_lex = a.lex.cue_forms[form]
    cend = toks[c + width - 1][1]
    st.used_cues.add(toks[c][0])
    st.used_quotes.add(qi)
    # "The port is quiet, he added, “…”": the words before the speaker are theirs too; not
    # before a shouted quote ("…, a man yelled “Stay there!”")
    lead = None if bare else lead_before(a, ub, m)
    s, kind = (lead, schema.MIXED) if lead is not None else (q.content_start, schema.DIRECT)
    st.found.append(Stmt(s, q.content_end, kind, m, a.text[toks[c][0]:cend],
                         c_lex.lemma, c_lex.type, toks[c][0], cend, toks[c][0], ub.para))
