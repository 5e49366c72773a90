"""Pass three: paragraphs in headline or transcript form ("Mayor: …") and quotes signed on
their last line ("“…” — Ada Voss")."""
from __future__ import annotations

import re

from .. import schema
from ..bundled import pos_lexicon
from ..lexicon import Lexicon
from ..nlp.document import Document
from ..nlp.words import HEADING_PREPOSITIONS, TIME_WORDS
from ..speakers import make_mention
from ..text import Span, Token, tokens
from .spans import trim
from .cleanup import named_briefly
from .state import State, Stmt


# "Mayor: …", "ADA VOSS: …", "Sen. Ada Voss (D-Port):“…”"
_LABEL_RE = re.compile(r"((?:[A-Z][\w.’'&-]*)(?:\s+(?:[A-Z][\w.’'&-]*|of|the|and|for|de|van|von|[a-z]+)){0,4})"
                       r"(?:\s*\([^()\n]{1,20}\))?\s*:(?:\s+|(?=[“\"]))(?=\S)")
# a name's words are taken whole (the look-ahead): a run of capitals is never tried split in
# every way, which took minutes on 400 letters
#: The lemma a label ("Mayor: …") or a signature ("“…” — Ada Voss") stands for.
SAY_LEMMA = "say"
_SIGNATURE_RE = re.compile(r"[”\"»]\s*[―—–-]+\s*((?:[A-Z][\w.’'-]*(?![\w.’'-])\s*){1,4})\.?\s*$")


def labelled(a: Document, k: int, p: Span, used_quotes: set) -> Stmt | None:
    """A paragraph in headline or transcript form ("Mayor: the bridge stays shut", "JOHN DOE:
    …") or a quote signed on its last line ("“…” — Ada Voss")."""
    text, lex = a.text, a.lex
    # a transcript line may open with the quote mark of the whole exchange: '"WALLACE: …'
    m = None
    if text.find(":", p.start, p.end) >= 0:  # no colon, no label: the pattern need not be tried
        m = _LABEL_RE.match(text, p.start + (text[p.start] in "“\""), p.end)
    if m and m.group(1).lower() not in lex.labels and len(m.group(1)) <= 60 \
            and len(text[m.end():p.end].split()) >= 3 and not any(ch.isdigit() for ch in m.group(1)):
        toks = tokens(text, m.start(1), m.end(1))
        words = m.group(1).split()
        if (words[-1][:1].isupper() or words[-1].lower() in lex.label_nouns) \
                and _names_a_source(toks, lex):
            s, e = trim(text, m.end(), p.end)
            q = a.in_quote(s)
            kind = schema.DIRECT if q and q.end >= e else schema.INDIRECT
            if kind == schema.DIRECT and q.start == s:  # the label's words are one quotation: its words
                s, e = q.content_start, q.content_end
            said = lex.cue_forms.get(toks[0][2].lower()) if len(toks) > 1 else None
            if said is not None and said.type == schema.CUE_SPEECH:  # "Said Orm: “…”": the verb, then the speaker
                return Stmt(s, e, kind, make_mention(text, toks, 1, len(toks) - 1, lex), toks[0][2], said.lemma,
                             said.type, toks[0][0], toks[0][1], p.start, k)
            mention = make_mention(text, toks, 0, len(toks) - 1, lex)
            return Stmt(s, e, kind, mention, ":", SAY_LEMMA, schema.CUE_HEADLINE, m.end() - 1, m.end(), p.start, k)
    m = _SIGNATURE_RE.search(text, p.start, p.end)
    if m:
        q = a.in_quote(m.start())
        if q is not None and q.start >= p.start:
            toks = tokens(text, m.start(1), m.end(1))
            while toks and toks[-1][2] in ".,":
                toks.pop()
            if toks:
                mention = make_mention(text, toks, 0, len(toks) - 1, lex)
                dash = text.index(m.group(0).lstrip("”\"» ")[0], m.start())
                return Stmt(q.content_start, q.content_end, schema.DIRECT, mention, text[dash:dash + 1], SAY_LEMMA,
                             schema.CUE_SIGNATURE, dash, dash + 1, dash, k)
    return None




def _names_a_source(toks: list[Token], lex: Lexicon) -> bool:
    """Whether a label before a colon can be who speaks ("Mayor Voss", "Ada Voss to the
    council", "ADA VOSS", "Poll"), not a section heading ("Harbour Plan Splits Council",
    "Little Relief for Refugees") or an aside ("So", "Look", "Follow us on …")."""
    words = [t[2] for t in toks]
    # headlines capitalise every word: read each as if in lower case
    tags = [pos_lexicon().get(w.lower()) for w in words]
    if any(t in ("VBZ", "VBP", "VBD") for t in tags[1:]):
        return False  # a heading with a verb of its own: "Harbour Plan Divides Port Halden"
    first = words[0].lower()
    if first not in lex.titles and (tags[0] in ("VB", "VBG", "RB", "UH") or tags[0] == "JJ" and len(words) > 1
                                    and tags[1] in ("NN", "NNS")):
        return False  # "Follow …", "So", "Little Relief for …" (but "Frank Ross")
    if len(words) == 1:
        w = words[0]
        return w.isupper() or w in lex.aliases or first in lex.source_nouns or tags[0] is None \
            or pos_lexicon().get(w) == "NNP"
    if first.split("’")[0].split("'")[0] in TIME_WORDS:
        return False  # "Monday's Morning Email"
    # a title-cased preposition inside: "Big Win For Bernie", "Stealth Over Health" are headings
    return not any(w in HEADING_PREPOSITIONS for w in words[1:])


def find_labelled(st: State) -> None:
    """Pass three: in each paragraph that holds no statement yet, a label ("Mayor: …") or a
    signature ("“…” — Ada Voss")."""
    a = st.doc
    taken = {s.paragraph for s in st.found}
    for k, p in enumerate(a.paras):
        if k in a.boiler or k in taken or k in a.unread:
            continue
        a.deadline.check()
        s = labelled(a, k, p, st.used_quotes)
        if s is not None and named_briefly(a, [s]):
            st.found.append(s)
            taken.add(k)
    st.found.sort(key=lambda s: s.start)
