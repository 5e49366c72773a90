"""Where what was said starts and ends around a cue: the reported clause, the words before or
after a quote, a question after "Asked whether", and the reporter's lead-ins left out."""
from __future__ import annotations

import bisect
import re

from .. import schema
from ..lexicon import Cue
from ..nlp.document import Document, Unit, token_before
from ..nlp.tags import FINAL_SUBJECT_TAGS, FINITE_TAGS, NOUN_TAGS, SUBJECT_TAGS
from ..nlp.words import (ASKED_OPENERS, ASKED_PASSIVE_LEADS, CLAUSE_ADVERBS, CLAUSE_CONJUNCTIONS, CLAUSE_OPENERS,
                         CUE_ADJUNCT_PREPOSITIONS, INDEFINITE_ARTICLES, JOINERS, LIST_CONJUNCTIONS,
                         NOMINATIVE_PRONOUNS, QUESTION_WORDS, QUOTE_TOKENS, RELATIVE_WHO_WHICH,
                         SINGULAR_DEMONSTRATIVES, SUBORDINATORS, TIME_ADJUNCT_OPENERS, TIME_DETERMINERS, TIME_WORDS,
                         WEEKDAYS)
from ..quotes import Quote
from ..speakers import Mention, is_capitalised
from ..text import Token, token_start
from .complements import infinitive
from .cues import cue_at
from .phrases import np_after
from .subjects import has_finite_verb

#: Tokens after a cue searched for "that" ("told reporters on Tuesday in the capital that …").
THAT_REACH = 16


def block_after(a: Document, u: Unit, k: int) -> tuple[int, int, str] | None:
    """What a cue ending its paragraph with a colon ("he said:") introduces: the next paragraph,
    or the quote that fills it, as (start, end, kind)."""
    toks = a.toks(u)
    if k != len(toks) - 1 or toks[k][2] != ":" or a.paras[u.para].end > toks[k][1]:
        return None
    nxt = u.para + 1
    while nxt in a.boiler:
        nxt += 1
    if nxt >= len(a.paras) or nxt in a.unread:
        return None
    p = a.paras[nxt]
    if len(a.text[p.start:p.end].split()) < 4:
        return None
    q = a.in_quote(p.start)
    if q is not None and q.start == p.start:  # “…” set off in its own paragraph: its words
        return (q.content_start, q.content_end, schema.DIRECT) if q.end >= p.end - 2 else None
    return p.start, p.end, schema.UNMARKED


def words_after_quote(a: Document, u: Unit, q: Quote, m: Mention) -> int | None:
    """End of the words that carry on after a closing quote up to ", she said" (“…” for fraud,
    she said), or None when the attribution follows the quote directly."""
    toks, tags = a.toks(u), a.tags(u)
    j = bisect.bisect_left(toks, q.end, key=token_start)
    k = token_before(toks, m.start)
    if j >= len(toks) or k <= j or toks[k][2] != "," or not (
            tags[j] in ("IN", "TO", "CC", "RB", "WDT") or tags[j].startswith("VB")):
        return None  # the words go on with a phrase or clause, not the speaker's name
    if any(t[2] in ";:.!?()—–“”\"" or a.in_quote(t[0]) for t in toks[j:k]):
        return None
    return toks[k - 1][1]


def asked_question(toks: list[Token], i: int, form: str) -> int | None:
    """Local index where the question starts after a sentence-opening "Asked whether …," / "When
    asked if …,", or None."""
    # "Voss was asked what …", "…, she said when asked how …"
    passive = i >= 1 and toks[i - 1][2].lower() in ASKED_PASSIVE_LEADS
    if form != "asked" or not (i == 0 or i == 1 and toks[0][2].lower() in ASKED_OPENERS or passive):
        return None
    k = i + 1
    if k + 2 < len(toks) and toks[k][2].lower() == "by":  # "Asked by a reporter whether …"
        k = next((m for m in range(k + 1, min(len(toks), k + 8)) if toks[m][2].lower() in QUESTION_WORDS), k)
    return k if k < len(toks) and toks[k][2].lower() in QUESTION_WORDS else None


def question_end(a: Document, u: Unit, k: int) -> int | None:
    """Offset where an "Asked whether …," question ends: its comma, after a quote closing on a
    comma (“…,”), past an aside (", which …,")."""
    toks = a.toks(u)
    aside = False
    for m in range(k + 1, len(toks)):
        w = toks[m][2]
        if w not in ",;:":
            continue
        q = a.in_quote(toks[m][0])
        if q is not None:
            if w == "," and q.end <= toks[m][1] + 1:
                return q.end  # “… as president,” 75 percent said
            continue
        if aside:
            aside = False
            continue
        if w == "," and m + 1 < len(toks) and toks[m + 1][2].lower() in RELATIVE_WHO_WHICH:
            aside = True
            continue
        return toks[m][0] if m > k + 1 else None
    return trim(a.text, u.start, u.end)[1] if len(toks) > k + 2 else None  # "Voss was asked whether she would run."


def lead_before(a: Document, u: Unit, m: Mention) -> int | None:
    """Where the sentence's own words start when it opens before its speaker: "The port is
    quiet, he added, “but …”". None when the speaker opens the
    sentence, or the opening is a quote or a time or place ("On Monday, she said, “…”")."""
    toks = a.toks(u)
    k = token_before(toks, m.start)
    if k < 1 or toks[k][2] != "," or m.antecedent is not None or toks[k - 1][2].lower() in a.lex.adverbs \
            or a.tags(u)[k - 1] in ("IN", "VBG", "TO") or a.text.find(";", u.start, toks[k][0]) >= 0:
        return None  # "…, who said, “…”", "indeed, he said", "including, he said, “…”"
    bracket = a.text[u.start] == "("
    if a.lex.connectives.fullmatch(a.text, u.start + bracket, toks[k][1] + 1):
        return None  # "However, she said, “…”": the link is the reporter's
    s = after_lead(a, u.start, toks[k][0])
    first = bisect.bisect_left(toks, s, key=token_start)  # the first token at or after s
    if first >= k or a.quote_opens_in(s, toks[k][0]) or a.in_quote(s):
        return None
    w, tags = toks[first][2].lower(), a.tags(u)
    if w in a.lex.setting_words or w in TIME_WORDS or w in SUBORDINATORS or tags[first] in ("CD", "VBG", "VBN", "IN", "CC") \
            or not has_finite_verb(a, u, first, k):
        return None
    return s




def content_after(a: Document, u: Unit, ci: int, width: int, cue: Cue) -> int | None:
    """Local token index where the reported clause after the cue starts, or None."""
    toks = a.toks(u)
    n = len(toks)
    k = ci + width
    if k >= n:
        return None
    done, at = _that_clause(a, u, k, cue)
    if done:
        return at
    if cue.object == "required":
        k = _after_listener(a, u, k)
        if k is None:
            return None
    k = _past_adjuncts(toks, k)
    if k >= n:
        return None
    return _clause_opens_at(a, u, k, ci + width, cue)


def _that_clause(a: Document, u: Unit, k: int, cue: Cue) -> tuple[bool, int | None]:
    """"that" within a few words, after a listener, a time or a place: "told reporters on
    Tuesday that". (True, where the clause starts or None) when that settles it, else (False, None)."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks)
    for m in range(k, min(n, k + THAT_REACH)):
        w = toks[m][2].lower()
        if w == "that":
            if m == k and m + 1 < n and toks[m + 1][2] in ".;:":
                return True, None  # "… said that.": "that" is the object, no clause follows
            if m == k:
                # "said that is unlikely": a demonstrative subject, not the complementiser
                return True, (m if m + 1 < n and tags[m + 1] in ("VBZ", "VBD", "MD") else m + 1)
            first = toks[k][2].lower()
            if cue.object != "no" or tags[k] in ("IN", "TO") or first in TIME_WORDS or toks[k][2] == "," \
                    or first in ("to",):
                if not any(tags[b].startswith("VB") and tags[b] != "VBN" and toks[b][2].lower() not in TIME_WORDS
                           for b in range(k, m)):
                    return True, m + 1
            return False, None
        if w in ".;:!?" or a.in_quote(toks[m][0]):
            return False, None
    return False, None


def _after_listener(a: Document, u: Unit, k: int) -> int | None:
    """Past the listener a cue requires ("told [a rally in Ohio] she …") and a "that"; None when
    there is none, or an infinitive follows ("told them to leave")."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks)
    np = np_after(a, u, k)
    if np is None:
        return None
    k = np[1] + 1
    if k < n and tags[k] == "IN" and toks[k][2].lower() != "that":  # "told a rally in Ohio she …"
        pp = np_after(a, u, k + 1)
        if pp is not None:
            k = pp[1] + 1
    if k < n and toks[k][2].lower() == "that":
        k += 1
    if k < n and toks[k][2].lower() == "to":
        return None
    return k


def _past_adjuncts(toks: list[Token], k: int) -> int:
    """Past time and manner adjuncts: "said Tuesday", "said on Tuesday,", "said in a statement,"."""
    n = len(toks)
    while k < n:
        w = toks[k][2].lower()
        if w in TIME_DETERMINERS:  # "said this week" is a time, "said this was" is not
            if k + 1 < n and toks[k + 1][2].lower() in TIME_WORDS:
                k += 2
                continue
            break
        if w in TIME_WORDS or w == ",":
            k += 1
            continue
        if w in CUE_ADJUNCT_PREPOSITIONS and k + 1 < n:
            # "said after the meeting he would …": the clause starts at its pronoun subject
            p = next((m for m in range(k + 1, min(n, k + 7)) if toks[m][2] in ",.;:"
                      or toks[m][2].lower() in NOMINATIVE_PRONOUNS), None)
            if p is not None and toks[p][2].lower() in NOMINATIVE_PRONOUNS and toks[p][2].lower() != "it":
                return p
        if w in TIME_ADJUNCT_OPENERS and k + 1 < n:
            e = k + 1
            while e < n and e - k < 6 and toks[e][2] not in ",.;:":
                e += 1
            if e < n and toks[e][2] == ",":
                k = e + 1
                continue
            if toks[k + 1][2].lower() in WEEKDAYS or toks[k + 1][2].lower() in TIME_WORDS:
                k += 2
                continue
        break
    return k


def _clause_opens_at(a: Document, u: Unit, k: int, right_after: int, cue: Cue) -> int | None:
    """``k`` when a clause with a subject and a verb opens there (``right_after``: the first
    token after the cue), else None."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks)
    if toks[k][2] == ":" and k + 1 < n:
        return k + 1
    if toks[k][2] == ";":
        # "Brand added; the ferry will run until May": a clause of its own after the semicolon
        return _clause_opens_at(a, u, k + 1, k + 1, cue) if k + 1 < n else None
    w = toks[k][2].lower()
    if w in CLAUSE_OPENERS:
        return k
    if w.replace("’", "'").split("'")[0] in NOMINATIVE_PRONOUNS:  # "said they welcome it", "said it’s time"
        return k
    comparative = tags[k] in ("RBR", "JJR") and k + 1 < n and tags[k + 1] in NOUN_TAGS  # "said faster loading …"
    # a gerund subject right after the cue: "said ending the levy would be reckless"
    gerund = tags[k] == "VBG" and k == right_after and w not in a.lex.cue_forms \
        and any(tags[m] in FINITE_TAGS for m in range(k + 1, n))
    if tags[k] not in SUBJECT_TAGS and not is_capitalised(toks[k][2]) and toks[k][2] not in "“\"" \
            and w not in CLAUSE_ADVERBS and not comparative and not gerund:
        return None
    if w in INDEFINITE_ARTICLES and cue.type != schema.CUE_SPEECH:
        return None
    # a clause needs a verb after its subject; "plans to", "wants to" are verbs the lexicon reads as nouns
    if not any(tags[m][:2] in ("VB", "MD") or tags[m] == "NNS" and m + 2 < n and (
            toks[m + 1][2] == "to" and infinitive(toks, tags, m + 3 if tags[m + 2] == "RB" else m + 2)
            or tags[m - 1] in ("NNP", "PRP") and tags[m + 1] in ("DT", "PRP$", "NNP")) for m in range(k + 1, n)):
        return None  # "Brekk hides his accounts": an -s form after a name, read as a plural noun
    return k


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` less spaces and separating punctuation at both ends, a bracket the span does
    not close or open, and the sentence's full stop."""
    while s < e and text[s] in " \t\n,;:":
        s += 1
    while e > s and text[e - 1] in " \t\n,;:—–-":
        e -= 1
    if e > s and text[e - 1] == ")" and text.find("(", s, e) < 0:
        e -= 1  # "… if he starts winning.)": the bracket closes the reporter's aside, not the words
    if e > s and text[s] == "(" and text.find(")", s, e) < 0:
        s += 1  # "(Voss said the levy would fall": the bracket opens the reporter's aside
    # the sentence's full stop is not part of what was said, unless it ends "U.S."
    if e > s and text[e - 1] in ".!" and "." not in text[max(s, e - 5):e - 1].split(" ")[-1]:
        e -= 1
    return s, e


def subject_goes_on(a: Document, u: Unit, pos: int) -> bool:
    """The quote ending at ``pos`` opens a coordinated subject: "he said “harbour fees” and the
    sale of old cranes would pay for it" (an "and", a noun phrase, then its verb), not "she said
    “…” and left"."""
    toks, tags = a.toks(u), a.tags(u)
    k = bisect.bisect_left(toks, pos, key=token_start)
    if k + 2 >= len(toks) or toks[k][2].lower() not in LIST_CONJUNCTIONS:
        return False
    for m in range(k + 1, min(len(toks), k + 10)):
        if tags[m] in FINITE_TAGS:
            return m > k + 1 and tags[m - 1] in NOUN_TAGS
        if tags[m] not in FINAL_SUBJECT_TAGS and toks[m][2].lower() != "of":
            return False
    return False


# (one run of spaces before the word: "\s*,?\s*" split a long run of spaces in every way)
QUOTE_TAIL_RE = re.compile(r"\s*(?:[\[)]|(?:,\s*)?(?:and|but|until|after|as|on|in|at|which|while|when|before|because|"
                            r"presumably|during|with|meaning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                            r"Sunday|yesterday|today|tonight)\b)")


_DATELINE_RE = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:,[^—―–\n]{0,30})?\s*(?:\([\w .&’'-]{1,30}\)\s*)?[—―–-]+\s+")


def after_lead(a: Document, start: int, end: int) -> int:
    """Where what was said begins in a sentence opening at ``start``: after a dateline
    ("ARNSBY — ") and a linking opener ("However, "), which are the reporter's words; and
    after a list's bullet ("- But the port …", "• The port …"), which is the page's."""
    m = _BULLET_RE.match(a.text, start, end)
    start = m.end() if m else start
    m = _DATELINE_RE.match(a.text, start, end)
    start = m.end() if m else start
    bracket = start < end and a.text[start] == "("  # "(Even so, she warned, “…”)"
    m = a.lex.connectives.match(a.text, start + bracket, end) or _TOPIC_RE.match(a.text, start + bracket, end)
    return m.end() if m else start


# a list item's bullet at the start of a line of a web page
_BULLET_RE = re.compile(r"[-•*·▪–—][ \t]+")
# "As for complexity, …": the reporter names the topic, the speaker's words follow
_TOPIC_RE = re.compile(r"As (?:for|to) [^,.;:“”\"]{1,60},\s+")


def content_end(a: Document, u: Unit, k: int) -> int:
    """End of a reported clause starting at local token ``k``: the unit's end, less a trailing
    ", according to X" or ", adding …" that belongs to another statement."""
    toks, tags = a.toks(u), a.tags(u)
    first = a.lex.cue_first_words
    for m in range(k + 1, len(toks)):
        w = toks[m][2].lower()
        if w == "," and m + 1 < len(toks):
            nxt = toks[m + 1][2].lower()
            if (nxt == "according" or (nxt.endswith("ing") and cue_at(a.words(u), m + 1, a.lex) is not None)) \
                    and not a.in_quote(toks[m][0]):
                return toks[m][0]  # "…, adding that", "…, referring to" (not inside the speaker's quote)
            if tags[m + 1].startswith("VB") and cue_at(a.words(u), m + 1, a.lex) is not None \
                    and not a.in_quote(toks[m][0]):
                # "Voss, who said the plan was vetted, said …": the main clause resumes, but only
                # after a clause ("her rival, Ada Voss, wants …" goes on after an apposition)
                seg = max([c for c in range(k, m) if toks[c][2] == ","], default=k - 1) + 1
                if has_finite_verb(a, u, seg, m):
                    return toks[m][0]
        # another speaker's cue: "…, though she noted that …" ends this statement (not in a quote)
        if w in first and tags[m].startswith("VB") and m >= k + 3 and tags[m - 1] in ("PRP", "NNP") \
                and toks[m - 2][2].lower() in JOINERS and not a.in_quote(toks[m][0]) \
                and cue_at(a.words(u), m, a.lex) is not None:  # "make" opens a cue only as "make clear"
            cut = m - 3 if toks[m - 3][2] == "," else m - 2
            return toks[cut][0]
        # a new clause with its own subject: "…, but critics point to …", "… and Democrats accused …"
        if w in (",", ";") and m + 2 < len(toks) and m > k + 2 and toks[m + 1][2].lower() in CLAUSE_CONJUNCTIONS \
                and tags[m + 2] in ("DT", "PRP", "NNP", "NNPS", "NNS") \
                and toks[m + 2][2].lower() not in SINGULAR_DEMONSTRATIVES and not a.in_quote(toks[m][0]):
            for v in range(m + 3, min(len(toks), m + 8)):
                if tags[v] in FINITE_TAGS:
                    if cue_at(a.words(u), v, a.lex) is not None or any(
                            cue_at(a.words(u), x, a.lex) is not None for x in range(v + 1, min(len(toks), v + 3))):
                        return toks[m][0]  # only when the new clause reports someone else's words
                    break
                if toks[v][2] in ",;":
                    break
    return u.end


def final_attribution(a: Document, u: Unit) -> int | None:
    """Local index of the comma before a sentence-final attribution (", current and former port
    officials said."), or of the quote mark that closes after it (',” she said.'): a short noun
    phrase and a verb of saying that end the unit."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks) - 1
    if n >= 0 and toks[n][2] in ".!?":
        n -= 1
    if n < 3 or not tags[n].startswith("VB"):
        return None
    cue = cue_at(a.words(u), n, a.lex)
    if cue is None or cue[1] != 1 or a.lex.cue_forms[cue[0]].type != schema.CUE_SPEECH or a.in_quote(toks[n][0]):
        return None
    for m in range(n - 1, max(0, n - 9), -1):
        if toks[m][2] == ",":
            return m if m < n - 1 else None
        if toks[m][2] in QUOTE_TOKENS and m < n - 1 and toks[m - 1][2] == "," and a.in_quote(toks[m - 1][0]):
            return m  # '… “love that pier,” she said.': the quote closing after its comma
        if tags[m] not in FINAL_SUBJECT_TAGS:
            return None
    return None
