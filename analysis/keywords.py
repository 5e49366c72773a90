"""Key words and key phrases of statements: scored, per speaker, over time, in context, per actor.

Words come from :mod:`analysis.summaries.words` (the tokens of :func:`analysis.text.tokens`,
closed-class words and ``data/stopwords.txt`` left out). A keyword is counted under its singular
(:func:`analysis.summaries.lemmas.singular`: "agreements" counts as "agreement"; a word only
written with a capital inside sentences, a name, is left as it is) and ranked by its *keyness*
(:mod:`analysis.summaries.keyness`): how much more the statements use it than general English
does (wordfreq's frequencies, see :mod:`analysis.summaries.background`). Words English uses
everywhere ("get", "need", "going") score low and are left out by that score, not by a longer
stop list.

Key phrases are noun-phrase chunks from the tagger and chunker bundled with TextBlob
(``textblob.en.parser``: no downloads), trimmed of stop words at either end and kept when two or
more words remain.

Every function accepts a string, a list (or Series) of strings, or a statements DataFrame (its
``text`` column).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .lexicon import Lexicon, load_lexicon
from .summaries.background import frequency
from .summaries.keyness import MIN_KEYNESS, MIN_RATIO, keyness
from .summaries.lemmas import singular, singular_in
from .summaries.periods import MAX_COLUMNS, statement_periods
from .summaries.words import (FUNCTION_WORDS, WordTally, norm as _norm, stopwords, tally, texts_of as _texts, words,
                              words_column, written_words)
from .summaries.words import WORD_RE as _WORD
from .timeline import UNNAMED

__all__ = [
    "FUNCTION_WORDS", "stopwords", "words", "noun_phrases", "keywords", "key_phrases", "keywords_by",
    "keyword_trends", "kwic", "actor_keywords", "KEYWORD_ORDERS",
]

#: How :func:`keywords` orders its rows: by keyness (the default) or by count.
KEYWORD_ORDERS = ("keyness", "count")

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def _chunks(text: str) -> tuple[tuple[tuple[str, str, str], ...], ...]:
    from textblob.en import parser

    clean = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    out = []
    for sentence in parser.find_tokens(clean):
        tagged = parser.find_tags(sentence.split(" "))
        out.append(tuple((w, t, c) for w, t, c, *_ in parser.find_chunks(tagged)))
    return tuple(out)


#: A phrase's first word is dropped when English uses it this often or more (Zipf 5.8: "new",
#: "other", "last"): such modifiers make "new container terminal" a phrase apart from "container terminal".
COMMON_MODIFIER_FREQUENCY = 6e-4
_DETERMINERS = {"DT", "PDT", "PRP$", "WDT", "WP$"}  # a determiner inside a chunk starts a new phrase
_EDGE_TAGS = {"DT", "PRP", "PRP$", "CD", "POS", "WDT", "WP", "WP$", "EX", "PDT", "CC", "IN", "TO"}


def noun_phrases(text: str, *, stop: frozenset | None = None, min_words: int = 2) -> list[str]:
    """Noun-phrase chunks of ``text`` as written, trimmed of stop words and numbers at the ends.

    Parameters
    ----------
    text
        Any English text.
    stop
        Stop words (default :func:`stopwords`).
    min_words
        Fewest words a phrase keeps.

    Returns
    -------
    list of str
        In order of appearance (``"port automation"``, ``"Port Halden"``).
    """
    stop = stopwords() if stop is None else stop
    phrases: list[str] = []
    for sentence in _chunks(text or ""):
        current: list[tuple[str, str]] = []
        for word, tag, chunk in list(sentence) + [("", "", "O")]:
            if chunk == "I-NP" and current and tag not in _DETERMINERS:
                current.append((word, tag))
                continue
            if current:
                toks = current

                def edge(tok: tuple[str, str]) -> bool:
                    w, t = tok
                    return t in _EDGE_TAGS or not _WORD.fullmatch(w) or _norm(w) in stop or len(_norm(w)) < 2

                while toks and (edge(toks[0]) or frequency(_norm(toks[0][0])) >= COMMON_MODIFIER_FREQUENCY):
                    toks = toks[1:]
                while toks and edge(toks[-1]):
                    toks = toks[:-1]
                if len(toks) >= min_words and all(_WORD.fullmatch(w) for w, _ in toks):
                    phrases.append(" ".join(w for w, _ in toks))
            current = [(word, tag)] if chunk in ("B-NP", "I-NP") else []
    return phrases


def _rank(counter: Counter, docs: Counter, forms: dict | None, top: int | None, min_count: int,
          column: str) -> pd.DataFrame:
    rows = [(forms[k] if forms else k, n, docs[k]) for k, n in counter.items() if n >= min_count]
    rows.sort(key=lambda r: (-r[1], -r[2], r[0].lower(), r[0]))
    if top is not None:
        rows = rows[:top]
    return pd.DataFrame({
        column: pd.Series([r[0] for r in rows], dtype="string"),
        "count": pd.Series([r[1] for r in rows], dtype="int64"),
        "statements": pd.Series([r[2] for r in rows], dtype="int64"),
    })


def _shown_form(forms: Iterable[str], written: dict[str, Counter], lemma: str) -> str:
    """How a keyword is shown: lower case, or as a name is written when it never is in lower case."""
    seen = Counter()
    for f in forms:
        seen.update(written[f])
    if not seen or any(w.islower() for w in seen):
        return lemma
    return min(seen.items(), key=lambda kv: (-kv[1], sum(ch.isupper() for ch in kv[0]), kv[0]))[0]


def _scored(t: WordTally) -> pd.DataFrame:
    """Each keyword of a tally with its count, statements, keyness and shown form (unsorted)."""
    lemma_of = t.lemmas()
    counts: Counter = Counter()
    docs: Counter = Counter()
    for ws in t.texts:
        ls = [lemma_of[w] for w in ws]
        counts.update(ls)
        docs.update(set(ls))
    forms: dict[str, set] = {}
    for w, lem in lemma_of.items():
        forms.setdefault(lem, set()).add(w)
    # a keyword's background is that of every form counted under it ("agreement" + "agreements")
    bg = {lem: sum(frequency(f) for f in fs | {lem}) for lem, fs in forms.items()}
    score = keyness(counts, t.tokens, background=bg)
    keys = list(counts)
    return pd.DataFrame({
        "keyword": pd.Series([_shown_form(forms[k], t.written, k) for k in keys], dtype="string"),
        "count": pd.Series([counts[k] for k in keys], dtype="int64"),
        "statements": pd.Series([docs[k] for k in keys], dtype="int64"),
        "keyness": pd.Series(score["keyness"].round(1).to_numpy(), dtype="float64"),
        "ratio": pd.Series(score["ratio"].round(1).to_numpy(), dtype="float64"),
    })


def keywords(texts_or_df, *, top: int | None = 20, min_count: int = 1, extra_stopwords: Iterable[str] = (),
             min_len: int = 3, order: str = "keyness", min_keyness: float | None = MIN_KEYNESS,
             min_ratio: float | None = MIN_RATIO, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """The words the statements use far more than English in general does.

    Singular and plural count as one keyword (shown in the singular); a name is shown as written.

    Parameters
    ----------
    texts_or_df
        A string, strings, or a statements DataFrame.
    top
        Rows kept (``None`` for all).
    min_count
        Fewest occurrences kept.
    extra_stopwords
        Words to drop besides :func:`stopwords`.
    min_len
        Shortest word kept.
    order
        ``"keyness"``: most distinctive first; ``"count"``: most frequent first.
    min_keyness, min_ratio
        Least keyness and least ratio to English kept (see :mod:`analysis.summaries.keyness`:
        the filler of everyday English falls below them); ``None`` keeps every word.
    lexicon
        The word lists in use (default :func:`analysis.load_lexicon`): its stop words, plurals,
        aliases and titles.

    Returns
    -------
    pandas.DataFrame
        Columns ``keyword``, ``count`` (occurrences), ``statements`` (texts containing it),
        ``keyness`` (log-likelihood against general English, 1 decimal), ``ratio`` (how many
        times more often the statements use it than English does, 1 decimal). Ties by count,
        statements, then alphabetically.
    """
    if order not in KEYWORD_ORDERS:
        raise ValueError(f"order must be one of {KEYWORD_ORDERS}, not {order!r}")
    table = _scored(tally(texts_or_df, stop=stopwords(extra=extra_stopwords, lexicon=lexicon), min_len=min_len,
                          lexicon=lexicon))
    keep = table["count"] >= min_count
    if min_keyness is not None:
        keep &= table["keyness"] >= min_keyness
    if min_ratio is not None:
        keep &= table["ratio"] >= min_ratio
    table = table[keep].assign(_low=table["keyword"].str.lower())
    first = ["keyness", "count", "statements"] if order == "keyness" else ["count", "statements", "keyness"]
    table = table.sort_values(first + ["_low", "keyword"], ascending=[False, False, False, True, True],
                              kind="stable").drop(columns="_low")
    return (table if top is None else table.head(top)).reset_index(drop=True)


def key_phrases(texts_or_df, *, top: int | None = 20, min_count: int = 1, min_words: int = 2,
                extra_stopwords: Iterable[str] = (), lexicon: Lexicon | None = None) -> pd.DataFrame:
    """The most frequent noun phrases (see :func:`noun_phrases`).

    Phrases are counted case-insensitively and shown in their most frequent written form (on a
    tie, the form with fewer capitals). ``lexicon``: the word lists whose stop words are read
    (default :func:`analysis.load_lexicon`).

    Returns
    -------
    pandas.DataFrame
        Columns ``phrase``, ``count``, ``statements``; most frequent first.
    """
    stop = stopwords(extra=extra_stopwords, lexicon=lexicon)
    counter: Counter = Counter()
    docs: Counter = Counter()
    written: dict[str, Counter] = {}
    for t in _texts(texts_or_df):
        ps = noun_phrases(t, stop=stop, min_words=min_words)
        keys = [p.lower() for p in ps]
        counter.update(keys)
        docs.update(set(keys))
        for k, p in zip(keys, ps):
            written.setdefault(k, Counter())[p] += 1
    # most frequent written form; on a tie the one with fewer capitals (sentence-initial capitals are noise)
    forms = {k: min(c.items(), key=lambda kv: (-kv[1], sum(ch.isupper() for ch in kv[0]), kv[0]))[0]
             for k, c in written.items()}
    return _rank(counter, docs, forms, top, min_count, "phrase")


def keywords_by(statements: pd.DataFrame, *, by: str = "speaker", top: int = 5, min_count: int = 1,
                extra_stopwords: Iterable[str] = (), drop_own_name: bool = True,
                lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Top keywords of each group of statements (each speaker by default).

    Parameters
    ----------
    statements
        The statements table.
    by
        Grouping column; missing values (anonymous sources) are grouped as ``UNNAMED``.
    top
        Keywords per group.
    min_count, extra_stopwords, lexicon
        As :func:`keywords`.
    drop_own_name
        Leave out the words of the group's own name ("kallan" among Mira Kallan's keywords).

    Returns
    -------
    pandas.DataFrame
        Columns ``<by>``, ``rank`` (1 = most frequent), ``keyword``, ``count``, ``statements``;
        groups with the most statements first (ties by name), ``UNNAMED`` last.
    """
    cols = [by, "rank", "keyword", "count", "statements"]
    if statements is None or statements.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("rank", "count", "statements") else "string")
                             for c in cols})
    group = statements[by].astype("string").fillna(UNNAMED) if by in statements else pd.Series(
        UNNAMED, index=statements.index, dtype="string")
    sizes = group.value_counts()
    order = sorted(sizes.index, key=lambda g: (g == UNNAMED, -sizes[g], str(g)))
    parts = []
    for g in order:
        own = {_norm(m.group(0)) for m in _WORD.finditer(str(g))} if drop_own_name and g != UNNAMED else set()
        kw = keywords(statements.loc[group == g, words_column(statements)], top=top, min_count=min_count,
                      extra_stopwords=set(extra_stopwords) | own, lexicon=lexicon)
        if kw.empty:
            continue
        kw.insert(0, "rank", range(1, len(kw) + 1))
        kw.insert(0, by, g)
        parts.append(kw)
    if not parts:
        return keywords_by(statements.iloc[0:0], by=by)
    out = pd.concat(parts, ignore_index=True)
    return out.astype({by: "string", "rank": "int64"})[cols]


def keyword_trends(statements: pd.DataFrame, *, terms: Iterable[str] | None = None, top: int = 5,
                   bucket: str = "auto", max_columns: int = MAX_COLUMNS, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Statements containing each keyword, per time period.

    Parameters
    ----------
    statements
        The statements table.
    terms
        Words or phrases to follow, matched case-insensitively as whole words; a single word
        also in its other number ("fee" finds "fees"). Default: the ``top`` keywords.
    top
        Keywords followed when ``terms`` is not given.
    bucket
        ``"auto"``: the period chosen by :func:`analysis.summaries.periods.choose_period`, so
        that at most ``max_columns`` columns are shown and most hold a statement; or ``"day"``,
        ``"week"``, ``"month"``, ``"quarter"``, ``"year"``. Without any date, the paragraphs of
        the article stand in for time.
    max_columns
        Most periods shown with ``"auto"``.
    lexicon
        The word lists in use (default :func:`analysis.load_lexicon`): its stop words, plurals,
        aliases and titles.

    Returns
    -------
    pandas.DataFrame
        Index: the periods (their first day) or paragraphs; columns: the keywords; values: number
        of statements in the period that contain the keyword. With dates, the periods are
        chosen from the statements that use one of the keywords. ``attrs`` as
        :class:`analysis.summaries.periods.StatementPeriods` (``bucket``, ``dated``,
        ``axis_label``, ``note``, ``undated``, ``gaps_hidden``, ``labels``).
    """
    st = statements if statements is not None else pd.DataFrame({"text": []})
    if terms is None:
        follow = list(keywords(st, top=top, lexicon=lexicon)["keyword"]) if len(st) else []
    else:
        follow = [str(k) for k in terms]
    present = _containing(_texts(st), follow, lexicon)
    present.index = st.index
    periods = statement_periods(st, bucket=bucket, max_columns=max_columns)
    used = present.any(axis=1) if follow else pd.Series(False, index=st.index)
    if periods.attrs["dated"] and used.any():
        # the periods are chosen from the statements that use a keyword: the grid's columns are
        # where the keywords are, not where the other statements are
        periods = statement_periods(st[used], bucket=bucket, max_columns=max_columns)
    shown = periods.buckets.notna() & periods.buckets.isin(periods.columns)
    if not shown.any() or not follow:
        out = pd.DataFrame({k: pd.Series(dtype="int64") for k in follow},
                           index=pd.Index([], name=periods.attrs["bucket"]))
        out.attrs = dict(periods.attrs)
        return out
    rows = shown.index[shown]
    out = present.loc[rows].groupby(periods.buckets[rows]).sum().reindex(periods.columns, fill_value=0)
    out = out.astype("int64")
    out.index.name = periods.attrs["bucket"]
    out.columns.name = "keyword"
    out.attrs = dict(periods.attrs)
    return out


def _containing(texts: list[str], terms: list[str], lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Whether each text (rows) uses each term (columns): a word in either number, anything else as written."""
    single = {t: singular(_norm(t), lexicon=lexicon) for t in terms if _WORD.fullmatch(t.strip())}
    keys = set(single.values())
    phrases = {t: _term_pattern(t) for t in terms if t not in single}
    cols: dict[str, list[bool]] = {t: [] for t in terms}
    for raw in texts:
        forms = {_norm(w) for w in written_words(raw)}
        lemmas = forms | {singular_in(f, keys, lexicon=lexicon) for f in forms}
        spaced = _SPACE.sub(" ", raw)
        for t in terms:
            if t in single:
                cols[t].append(single[t] in lemmas or _norm(t) in forms)
            else:
                cols[t].append(bool(phrases[t].search(spaced)))
    return pd.DataFrame(cols, columns=terms)


def _term_pattern(term: str, *, whole_word: bool = True, forms: Iterable[str] = ()) -> re.Pattern:
    """A term as whole words (any run of white space for a space), or any of ``forms`` of it."""
    bodies = sorted({r"\s+".join(re.escape(w) for w in f.split()) for f in (term, *forms)}, key=len, reverse=True)
    body = "|".join(bodies)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?!\w)(?!-\w)" if whole_word else f"(?:{body})", re.IGNORECASE)


def _other_numbers(keyword: str, texts: list[str], lexicon: Lexicon | None = None) -> set[str]:
    """The words of ``texts`` that are ``keyword`` in its other number ("fees" for "fee", "fee" for "fees")."""
    own = _norm(keyword)
    key = singular(own, lexicon=lexicon)
    found = set()
    for raw in texts:
        for w in written_words(raw):
            f = _norm(w)
            if f != own and (f == key or singular_in(f, {key}, lexicon=lexicon) == key):
                found.add(f)
    return found


def kwic(texts_or_df, keyword: str | None, *, width: int = 40, whole_word: bool = True,
         inflected: bool = True, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``keyword`` with ``width`` characters either side.

    Parameters
    ----------
    texts_or_df
        A string, strings, or a statements DataFrame (then ``statement_id`` and ``speaker`` are
        kept for each line).
    keyword
        A word or phrase, matched case-insensitively (any run of white space matches a space).
    width
        Characters of context on each side.
    whole_word
        Match whole words only.
    inflected
        A single word also matches in its other number ("fee" finds "fees"), as
        :func:`keywords` counts them together.
    lexicon
        The word lists whose plurals tell the other number (default :func:`analysis.load_lexicon`).

    Returns
    -------
    pandas.DataFrame
        Columns ``left`` (right-aligned to ``width``), ``keyword`` (as written), ``right``
        (left-aligned to ``width``), ``line`` (``left + " " + keyword + " " + right``), and for a
        DataFrame ``statement_id`` and ``speaker``. Line breaks in the text become spaces. No
        rows for an empty keyword.

    Examples
    --------
    >>> kwic("Dockers said the strike would go on.", "strike", width=10)["line"].tolist()
    [' said the  strike  would go ']
    """
    texts = _texts(texts_or_df)
    meta = None
    if isinstance(texts_or_df, pd.DataFrame):
        meta = texts_or_df.reindex(columns=["statement_id", "speaker"]).reset_index(drop=True)
    pattern = None
    if keyword and str(keyword).split():
        keyword = str(keyword).strip()
        forms = _other_numbers(keyword, texts, lexicon) if inflected and _WORD.fullmatch(keyword) else set()
        pattern = _term_pattern(keyword, whole_word=whole_word, forms=forms)
    rows = []
    for i, raw in enumerate(texts if pattern is not None else []):
        t = _SPACE.sub(" ", raw)
        for m in pattern.finditer(t):
            left = t[max(0, m.start() - width):m.start()].rjust(width)
            right = t[m.end():m.end() + width].ljust(width)
            row = {"left": left, "keyword": m.group(0), "right": right, "line": f"{left} {m.group(0)} {right}"}
            if meta is not None:
                row["statement_id"] = meta.at[i, "statement_id"]
                row["speaker"] = meta.at[i, "speaker"]
            rows.append(row)
    cols = ["left", "keyword", "right", "line"] + (["statement_id", "speaker"] if meta is not None else [])
    return pd.DataFrame(rows, columns=cols).astype("string")


def _actor_words(actor: str, lex: Lexicon) -> set[str]:
    """Words of an actor's name and aliases, left out of its own co-occurring keywords."""
    names = {actor} | {alias for alias, a in lex.aliases.items() if a.canonical == actor}
    return {_norm(m.group(0)) for n in names for m in _WORD.finditer(n)}


def _drop_titles(texts: pd.Series, actor: str, lex: Lexicon) -> pd.Series:
    """Texts without the titles written before the actor's name ("Finance Minister Ada Voss")."""
    names = {actor} | {alias for alias, a in lex.aliases.items() if a.canonical == actor}
    titles = "|".join(re.escape(w.rstrip(".")) for w in sorted(lex.titles, key=len, reverse=True) if w.rstrip("."))
    if not titles:
        return texts
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?:(?<![\w'’-])(?:{titles})\.?\s+)+(?=(?:{named})(?!\w))", re.IGNORECASE)
    return texts.map(lambda t: pattern.sub("", str(t)))


def actor_keywords(statements: pd.DataFrame, *, mentions: pd.DataFrame | None = None, top: int = 5,
                   extra_stopwords: Iterable[str] = (), lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Keywords of the statements that mention each actor.

    Parameters
    ----------
    statements
        The statements table.
    mentions
        The mentions table (``statement_id``, ``actor``); default: the ``actors`` list column of
        ``statements``.
    top
        Keywords per actor.
    extra_stopwords
        As :func:`keywords`. The actor's own name and aliases, and the titles written right
        before its name ("Finance Minister Ada Voss", words of ``data/titles.txt``), are always
        left out.
    lexicon
        The word lists in use (default :func:`analysis.load_lexicon`): its stop words, plurals,
        aliases and titles.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor``, ``rank``, ``keyword``, ``count``, ``statements``; actors mentioned in
        the most statements first (ties by name).
    """
    cols = ["actor", "rank", "keyword", "count", "statements"]
    empty = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("rank", "count", "statements") else "string")
                          for c in cols})
    if statements is None or statements.empty:
        return empty
    if mentions is not None:
        pairs = mentions[["statement_id", "actor"]].dropna().drop_duplicates()
    elif "actors" in statements:
        pairs = statements[["statement_id", "actors"]].explode("actors").rename(columns={"actors": "actor"})
        pairs = pairs.dropna().drop_duplicates()
    else:
        return empty
    if pairs.empty:
        return empty
    text = statements.set_index("statement_id")[words_column(statements)]
    sizes = pairs.groupby("actor")["statement_id"].nunique()
    lex = lexicon or load_lexicon()
    parts = []
    for actor in sorted(sizes.index, key=lambda a: (-sizes[a], str(a))):
        ids = pairs.loc[pairs["actor"] == actor, "statement_id"]
        own = _actor_words(str(actor), lex)
        texts = _drop_titles(text.reindex(ids).dropna(), str(actor), lex)
        kw = keywords(texts, top=top, extra_stopwords=set(extra_stopwords) | own, lexicon=lex)
        if kw.empty:
            continue
        kw.insert(0, "rank", range(1, len(kw) + 1))
        kw.insert(0, "actor", str(actor))
        parts.append(kw)
    if not parts:
        return empty
    return pd.concat(parts, ignore_index=True).astype({"actor": "string", "rank": "int64"})[cols]
