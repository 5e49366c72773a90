"""The object or infinitive a stance cue takes ("criticized [the plan]", "urged them [to
wait]"), where its clause ends, and the clause a parenthetical attribution interrupts."""
from __future__ import annotations

from ..nlp.document import Document, Unit, quote_within, token_before
from ..nlp.tags import FINITE_TAGS, OBJECT_STARTS
from ..nlp.words import (CLAUSE_BREAKS, CONTRAST_CONJUNCTIONS, COORDINATORS, DUMMY_OBJECTS, NOT_FORMS,
                         OBJECT_CASE_PRONOUNS, OBJECT_PREDICATE_WORDS, OBJECT_PREPOSITIONS, OBJECT_PRONOUNS, PRONOUNS,
                         RELATIVE_WHO_WHICH, RELATIVE_WORDS, TIME_WORDS, TRAILING_ADJUNCT_OPENERS, VERB_ADVERBS, WH_RELATIVES)
from .cues import cue_at
from .phrases import np_after


def complement(a: Document, u: Unit, k: int, frames: frozenset) -> int | None:
    """Where the object or infinitive of a stance cue starts: "criticized [the plan]",
    "wants [to leave]"; None when neither follows."""
    toks, tags = a.toks(u), a.tags(u)
    n = len(toks)
    while k < n and tags[k] == "RB" and toks[k][2].lower() not in NOT_FORMS:
        k += 1
    if k >= n - 1 or a.in_quote(toks[k][0]) and toks[k][2] not in "“\"":
        return None
    w = toks[k][2].lower()
    if "to" in frames and w == "to" and infinitive(toks, tags, k + 1):
        return k
    if "to" in frames and "clause" in frames or "object" in frames:
        np = np_after(a, u, k)  # "urged the crews to wait": the object and its infinitive
        if np is None and w in OBJECT_PRONOUNS:
            np = (k, k)  # "urged them to vote"
        if np is not None and np[1] + 2 < n and toks[np[1] + 1][2].lower() == "to" \
                and infinitive(toks, tags, np[1] + 2):
            return np[1] + 1 if np[0] == np[1] and (toks[np[0]][2].lower() in PRONOUNS
                                                    or toks[np[0]][2].lower() in OBJECT_CASE_PRONOUNS) else k
    if "quoted-object" in frames and (tags[k] in OBJECT_STARTS or w in OBJECT_PRONOUNS):
        # "her" before a noun is a determiner: "called her vote a mistake"
        pronoun = (w in OBJECT_PRONOUNS or w == "it") and not (
            w == "her" and k + 1 < n and tags[k + 1] in ("NN", "NNS", "JJ"))
        stop = clause_end(a, u, k)
        if quote_within(a, toks[k + (1 if pronoun else 0)][0], stop + 1):
            return k  # "called the plan “a disgrace”", "called it “shameful”"
        # a small clause: "called the delay unfair", "called it a mistake"
        np = (k, k) if pronoun else np_after(a, u, k)
        e = np[1] + 1 if np is not None else n
        for _ in range(3):  # the object's own phrases: "called her support [for the ferry tax] an error"
            if e >= n - 1 or toks[e][2].lower() not in OBJECT_PREPOSITIONS:
                break
            pp = np_after(a, u, e + 1)
            if pp is None:
                break
            e = pp[1] + 1
        if e < n - 1 and (tags[e] in ("JJ", "JJR", "JJS") or toks[e][2].lower() in OBJECT_PREDICATE_WORDS):
            return k
        return None
    if "object" in frames and (tags[k] in OBJECT_STARTS or toks[k][2] in "“\"") and w not in DUMMY_OBJECTS:
        if w in PRONOUNS or w in OBJECT_CASE_PRONOUNS:
            return k if "object" in frames and k + 2 < n else None
        return k
    return None


def infinitive(toks, tags, m: int) -> bool:
    """The word after "to" is a verb: the lexicon reads "vote", "fund" as nouns, but a lower-case
    noun right after "to" with no determiner is a bare infinitive ("urged them to vote")."""
    while m + 1 < len(toks) and (toks[m][2] in "“\"" or tags[m] == "RB" and toks[m][2].lower() != "not"):
        m += 1  # "vowed to “keep the gates open”", "vowed to sharply cut"
    if m >= len(toks):
        return False
    w = toks[m][2]
    return tags[m].startswith("VB") or (tags[m] == "NN" and w.islower() and w.isalpha()) or (
        # "asked the town to welcome the ferry": read as an adjective, but a determiner follows
        tags[m] == "JJ" and w.islower() and m + 1 < len(toks) and tags[m + 1] in ("DT", "PRP$"))


def clause_end(a: Document, u: Unit, k: int) -> int:
    """End of the clause holding an object or infinitive: before ", which …", "; ", " — ", or a
    new clause with its own subject."""
    toks, tags = a.toks(u), a.tags(u)
    for m in range(k + 1, len(toks)):
        w = toks[m][2]
        if w in (";", "—", "–", "(", ":") or w == "-" and toks[m - 1][1] < toks[m][0]:  # " - ", " -- "
            return toks[m][0]
        if w.lower() in COORDINATORS and m + 1 < len(toks) and not a.in_quote(toks[m][0]) \
                and not any(t[2].lower() in RELATIVE_WORDS for t in toks[k:m]):
            # (inside a relative clause the verb is the clause's own: "a town that borders X and has …")
            v = m + 2 if toks[m + 1][2].lower() in VERB_ADVERBS else m + 1
            if v < len(toks) and tags[v] in ("VBD", "VBZ", "MD"):
                return toks[m - 1][1] if toks[m - 1][2] == "," else toks[m][0]  # "praised X but also had to …"
        nx = m + 2 if m + 2 < len(toks) and toks[m + 1][2].lower() == "not" else m + 1  # ", not wanting …"
        if w == "," and nx < len(toks) and (toks[m + 1][2].lower() in CLAUSE_BREAKS or (
                toks[nx][2].endswith("ing") and cue_at(a.words(u), nx, a.lex) is not None)):
            return toks[m][0]  # "…, which …", "…, citing her record"
        if w == "," and m + 1 < len(toks) and tags[m + 1] in FINITE_TAGS and not a.in_quote(toks[m][0]):
            return toks[m][0]  # "who backed Voss in 2012, said …": an object never has a verb of its own
        if w == "," and m + 3 < len(toks) and toks[m + 1][2].lower() in COORDINATORS \
                and tags[m + 2] in ("PRP", "NNP") and not a.in_quote(toks[m][0]):
            v = m + 3 + (toks[m + 3][2].lower() in VERB_ADVERBS)
            if v < len(toks) and tags[v] in FINITE_TAGS:
                return toks[m][0]  # "called it “a disgrace,” but he also noted …": a clause of its own
        if w == "," and m + 2 < len(toks) and tags[m + 1] in ("DT", "PRP", "NNP") and not a.in_quote(toks[m][0]):
            for v in range(m + 2, min(len(toks), m + 6)):
                if toks[v][2] in ",;:" or a.in_quote(toks[v][0]):
                    break
                if tags[v] in FINITE_TAGS:
                    return toks[m][0]  # "As Voss thanked the crowd, a man yelled …": a new clause
    return u.end


def clause_start(a: Document, u: Unit, pos: int) -> int:
    """Where the clause interrupted by a parenthetical attribution at ``pos`` starts: after
    "; " or ", but" before it ("…, but the queues grew so long, Voss noted, that …"), at a
    relative pronoun right before it ("which, Voss said, is …"), else at the sentence start."""
    toks = a.toks(u)
    k = token_before(toks, pos)  # the comma before the speaker
    if k >= 1 and toks[k - 1][2].lower() in RELATIVE_WHO_WHICH and (k < 2 or toks[k - 2][2] == ","):
        return toks[k - 1][0]
    for m in range(k - 1, 0, -1):
        w = toks[m][2].lower()
        # "… tariffs - a rule, Voss said, that …": a spaced hyphen is a dash
        dash = w in ("—", "–") or w == "-" and toks[m - 1][1] < toks[m][0]
        if w == ";" or dash or w in CONTRAST_CONJUNCTIONS and toks[m - 1][2] == ",":
            if not a.in_quote(toks[m][0]):
                return toks[m + 1][0]
    return u.start


def parenthetical(a: Document, u: Unit, k: int) -> bool:
    """After the cue at ``k``: a comma, then the rest of a clause with a verb."""
    toks, tags = a.toks(u), a.tags(u)
    if k >= len(toks) or toks[k][2] != ",":
        return False
    rest = range(k + 1, len(toks))
    return any(tags[m][:2] in ("VB", "MD") for m in rest) and len(rest) >= 3


def only_adjuncts_after(a: Document, u: Unit, k: int) -> bool:
    """Only the sentence's end, or a time or place adjunct, follows local token ``k``: "…, he
    said in a statement."."""
    toks = a.toks(u)
    rest = toks[k:]
    if not rest:
        return True
    if rest[0][2] in ".!?;":
        return True
    if rest[0][2].lower() in TRAILING_ADJUNCT_OPENERS \
            or rest[0][2].lower() in TIME_WORDS or rest[0][2] == ",":
        return not any(t[2].lower() == "that" for t in rest[:3])
    return False


def source_runs_on(a: Document, u: Unit, k: int) -> bool:
    """After "…, according to <source>," at local token ``k``: does the rest of the sentence only
    describe the source ("…, a former aide, whose study …"), with no verb of the words it reports?"""
    toks, tags = a.toks(u), a.tags(u)
    while k < len(toks):
        w = toks[k][2].lower()
        if w in WH_RELATIVES:
            return True  # a relative clause on the source
        if tags[k][:2] in ("VB", "MD") or tags[k] in ("CC", "IN", "TO", "RB", "PRP"):
            return False  # a verb, "and …": the reported words go on
        # an apposition: "a former aide now teaching at the university," then look again; a
        # finite verb before any relative word makes it a clause: ", the rise in debt is …"
        relative = False
        while k < len(toks) and toks[k][2] not in ",;:":
            relative = relative or toks[k][2].lower() in RELATIVE_WORDS
            if not relative and tags[k] in FINITE_TAGS:
                return False
            k += 1
        k += 1
        if k >= len(toks) or toks[k - 1][2] != ",":
            return True
    return True
