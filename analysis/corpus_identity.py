"""Who is who across a corpus: one canonical name per person and organisation.

Within an article the sieve (:mod:`analysis.enrich.identity`) already gives each speaker the
most complete name the article has. Across articles the same person is still "Voss" in one
piece, "Ada Voss" in another and "Ada M. Voss" in a third; a company is "Norvia" and "Norvia
Corp". Here every speaker name of the corpus is linked to the one name that fits it:

- a shorter form to the longer one holding its words, same surname and given name ("Ada Voss"
  -> "Ada M. Voss");
- a surname alone to the one full name that ends with it; with two ("Voss" when Ada and Per
  Voss both speak) it stays as written, not guessed;
- a body's name to the same name with a company word after it ("Norvia" -> "Norvia Corp");
- ``data/actors.csv`` first: an alias listed there is its row's canonical name, so an analyst
  fixes a wrong merge by adding a row.
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd

from . import schema
from .lexicon import Lexicon, load_lexicon
from .nlp.words import PRONOUNS
from .enrich.names import strip_possessive
from .enrich.owned import state_body

#: Speaker types whose names are linked across articles (groups and anonymous sources have none).
LINKED_TYPES = ("person", "organisation")


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def canonical_names(speakers: pd.DataFrame, *, lexicon: Lexicon | None = None) -> dict[str, str]:
    """Each speaker name of a corpus -> its canonical name (names that stay as they are included).

    Parameters
    ----------
    speakers
        A table with ``speaker`` and ``speaker_type`` columns (the statements table).
    lexicon
        Word lists (default :func:`analysis.load_lexicon`): ``actors.csv`` overrides.

    Returns
    -------
    dict
        Name as in the table -> canonical name.
    """
    lex = lexicon or load_lexicon()
    pairs = speakers[["speaker", "speaker_type"]].dropna().drop_duplicates()
    names: dict[str, str] = {}  # name -> type (the first seen: a name keeps one type)
    for name, typ in zip(pairs["speaker"], pairs["speaker_type"]):
        if typ in LINKED_TYPES:
            names.setdefault(str(name), str(typ))
    out = {n: n for n in names}
    people = [n for n, t in names.items() if t == "person"]
    out.update(_link_people(people))
    out.update(_link_bodies([n for n, t in names.items() if t == "organisation"], lex))
    for name in names:  # actors.csv wins: the analyst's word on a merge
        actor = lex.aliases.get(name) or lex.aliases.get(out[name])
        if actor is not None and not (names[name] == "organisation" and state_body(name, lex)):  # a state body (a country alias with a body head) keeps its own name
            out[name] = actor.canonical
    return out


def _link_people(people: list[str]) -> dict[str, str]:
    """Shorter forms of people's names -> the one longer name that holds them."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for n in people:
        by_last[_key(n.split()[-1])].append(n)
    out: dict[str, str] = {}
    for group in by_last.values():
        full = [n for n in group if len(n.split()) >= 2]
        # merge full forms: one holds the other's words and they share the given name
        longest: dict[str, str] = {}
        for n in sorted(full, key=lambda n: (-len(n.split()), n)):
            words = _key(n).split()
            home = next((m for m in longest.values() if m == longest.get(m) and _holds(m, words)), None)
            longest[n] = home or n
        out.update(longest)
        heads = sorted(set(longest.values()))
        for n in group:
            if len(n.split()) == 1:
                if len(heads) == 1:
                    out[n] = heads[0]
                elif _key(n) in {_key(h) for h in heads}:
                    out[n] = n
    return out


def _holds(longer: str, words: list[str]) -> bool:
    big = _key(longer).split()
    return big[0] == words[0] and big[-1] == words[-1] and set(words) <= set(big)


def _link_bodies(bodies: list[str], lex: Lexicon) -> dict[str, str]:
    """"Norvia" -> "Norvia Corp": a body's name and the same name with one company word after
    it; "Timber Federation" -> "Norvanian Timber Federation": the one longer name it ends."""
    keys = {_key(b): b for b in bodies}
    out: dict[str, str] = {}
    heads = {w.rstrip(".") for w in lex.name_words.organisation}
    for b in bodies:
        words = b.split()
        # (a head in lower case names a thing of the body's: "Norvia poll", "Voss campaign" are not Norvia, Voss)
        if len(words) >= 2 and words[-1].lower().rstrip(".") in heads and not words[-1].islower():
            short = keys.get(_key(" ".join(words[:-1])))
            if short is not None:
                out[short] = b
    for b in bodies:
        if len(b.split()) >= 2 and b not in out:
            longer = [o for o in bodies if o != b and _key(o).endswith(" " + _key(b))
                      and not any(strip_possessive(w) != w for w in o.split()[:-len(b.split())])]  # ("May’s Norvia Post")
            if len(longer) == 1:
                out[b] = out.get(longer[0], longer[0])
    return out


def link_speakers(st: pd.DataFrame, *, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """``st`` with each speaker under its canonical name across the corpus; a changed one's
    method becomes ``alias``. Changed in place and returned."""
    if not len(st):
        return st
    names = canonical_names(st, lexicon=lexicon)
    change = {k: v for k, v in names.items() if k != v}
    if change:
        spk = st["speaker"].to_numpy(dtype=object, na_value=None)
        hit = pd.Series([x in change for x in spk], index=st.index)
        st.loc[hit, "speaker"] = st.loc[hit, "speaker"].map(change)
        if "speaker_method" in st.columns:
            st.loc[hit, "speaker_method"] = "alias"
    return st


def identities(statements: pd.DataFrame, *, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """The people and organisations who speak in a corpus, one row each.

    Parameters
    ----------
    statements
        From :func:`analysis.statements` (``speaker``, ``speaker_type``, ``speaker_mention``,
        ``article_id``).
    lexicon
        Word lists (default :func:`analysis.load_lexicon`); ``data/actors.csv`` overrides merges.

    Returns
    -------
    pandas.DataFrame
        :data:`analysis.schema.IDENTITY_COLUMNS`, most statements first.
    """
    cols = {c.name: [] for c in schema.IDENTITY_COLUMNS}
    if not len(statements):
        return schema.conform(pd.DataFrame(cols), schema.IDENTITY_COLUMNS)
    names = canonical_names(statements, lexicon=lexicon)
    st = statements[statements["speaker"].isin(list(names))]
    canon = st["speaker"].map(names)
    arts = st["article_id"] if "article_id" in st.columns else pd.Series("", index=st.index)
    mention = st["speaker_mention"] if "speaker_mention" in st.columns else st["speaker"]
    for name, g in st.groupby(canon, sort=False):
        types = g["speaker_type"].dropna()
        cols["canonical"].append(name)
        cols["type"].append(types.mode().iloc[0] if len(types) else None)
        written = {str(m) for m in mention.loc[g.index].dropna()}
        bare = {m[4:] if m.lower().startswith("the ") else m for m in written}  # "The Norvia Corp"
        cols["aliases"].append(sorted(a for a in {str(a) for a in g["speaker"]} | {
            m for m in bare if m[:1].isupper() and m.lower() not in PRONOUNS} if _key(a) != _key(name)))
        cols["mentions"].append(sorted(written))
        cols["articles"].append(int(arts.loc[g.index].nunique()))
        cols["statements"].append(len(g))
    out = schema.conform(pd.DataFrame(cols), schema.IDENTITY_COLUMNS)
    return out.sort_values(["statements", "canonical"], ascending=[False, True], ignore_index=True)
