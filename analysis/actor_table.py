"""The actors each statement mentions, one row per mention, with the sentiment toward them.

Extraction found each statement's actors once (the ``actor_mentions`` column, which the
``actors`` column lists); this table is those mentions with the sentiment the statement
expresses toward each, scored here.
"""
from __future__ import annotations

import pandas as pd

from . import executor, schema
from .lexicon import Lexicon
from .sentiment import target_sentiment, target_sentiments
from .enrich.quote_text import quote_view


PARALLEL_MIN_STATEMENTS = 1000  #: below this, starting processes costs more than it saves
#: blocks of whole articles per worker: a few, so that a slow block does not hold the others back
BLOCKS_PER_WORKER = 4


def _part(bounds: tuple[int, int]) -> pd.DataFrame:
    """The mentions of the statements ``bounds`` (the tables are inherited by forked workers)."""
    st, arts = executor.shared("st"), executor.shared("arts")
    part = st.iloc[bounds[0]:bounds[1]]
    return _mentions(part, arts[arts["article_id"].isin(part["article_id"].unique())], executor.shared("lex"))


def mentions(statements: pd.DataFrame, articles: pd.DataFrame, *, workers: int | None = None,
             lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Every canonical actor mentioned in every statement, with the sentiment toward it.

    Parameters
    ----------
    statements
        From :func:`analysis.statements`: its ``actor_mentions`` are the mentions, as extraction
        found them.
    articles
        From :func:`analysis.load_articles` (the texts the offsets index).
    workers
        Processes for large corpora (default: all cores from 1,000 statements on; 1 for one).
    lexicon
        The word lists the sentiment reads (default :func:`analysis.load_lexicon`): pass the
        one the statements were extracted with.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` and the columns of :data:`analysis.schema.MENTION_COLUMNS`, one row per
        mention, in statement order; the same rows whatever ``workers`` is.

    Raises
    ------
    ValueError
        When ``statements`` has no ``actor_mentions`` column (a table from an older version).
    """
    if "actor_mentions" not in statements.columns:
        raise ValueError("statements needs the actor_mentions column: pass the result of analysis.statements")
    workers = executor.default_workers(workers)
    if workers <= 1 or len(statements) < PARALLEL_MIN_STATEMENTS or not executor.can_share():
        return _mentions(statements, articles, lexicon)
    # blocks of whole articles, a few per worker
    aid = statements["article_id"].to_numpy()
    cuts = [0]
    for k in range(1, workers * BLOCKS_PER_WORKER):
        i = max(cuts[-1], len(statements) * k // (workers * BLOCKS_PER_WORKER))
        while 0 < i < len(statements) and aid[i] == aid[i - 1]:
            i += 1
        cuts.append(i)
    cuts.append(len(statements))
    blocks = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    # load the word lists and TextBlob's tagger once, before the workers fork
    target_sentiment("Councillor Ada Voss praised the plan.", 11, 19, lexicon=lexicon)
    parts = executor.run(_part, blocks, engine="processes", workers=workers,
                         shared={"st": statements, "arts": articles, "lex": lexicon})
    return pd.concat(list(parts), ignore_index=True)


def _mentions(statements: pd.DataFrame, articles: pd.DataFrame, lexicon: Lexicon | None = None) -> pd.DataFrame:
    cols = {c.name: [] for c in schema.MENTION_COLUMNS}
    cols["article_id"] = []
    if len(statements) == 0:
        return schema.conform(pd.DataFrame(cols), schema.MENTION_COLUMNS)
    texts = dict(zip(articles["article_id"], articles["text"]))
    scored: list[tuple[str, int, int]] = []
    views = _attributions(statements)
    rows = zip(statements["article_id"], statements["statement_id"], statements["start"], statements["end"],
               statements["actor_mentions"], *views)
    for aid, sid, s, e, found, kind, cue, spk in rows:  # plain lists: itertuples over groups costs more
        text = texts.get(aid)
        if text is None or found is None or isinstance(found, float) or len(found) == 0:
            continue  # (a table read back from Parquet holds arrays, one written by hand may hold NaN)
        s, e = int(s), int(e)
        content = text[s:e]
        # the speaker's words: an attribution interrupting the quote is blanked (issue 18); a
        # mention inside that attribution is read in the statement's span as written
        spoken = quote_view(content, s, kind, (_offset(cue), _offset(spk)))
        for m in found:
            cols["article_id"].append(aid)
            cols["statement_id"].append(sid)
            cols["actor"].append(m["actor"])
            cols["actor_type"].append(m["actor_type"])
            cols["mention"].append(m["mention"])
            cols["start"].append(m["start"])
            cols["end"].append(m["end"])
            a, b = m["start"] - s, m["end"] - s
            scored.append((spoken if spoken[a:b] == content[a:b] else content, a, b))
    cols["sentiment"] = target_sentiments(scored, lexicon=lexicon)  # one batch: a statement's words are split once
    df = pd.DataFrame(cols)
    df["article_id"] = df["article_id"].astype("string")
    return schema.conform(df, schema.MENTION_COLUMNS)[["article_id"] + schema.names(schema.MENTION_COLUMNS)]


def _attributions(statements: pd.DataFrame) -> list:
    """Each statement's kind, cue offset and speaker-mention offset (None where the table has no
    such column): what :func:`~analysis.enrich.quote_text.quote_view` needs."""
    n = len(statements)
    return [statements[c] if c in statements.columns else [None] * n for c in ("kind", "cue_start", "speaker_start")]


def _offset(x) -> int | None:
    return None if x is None or pd.isna(x) else int(x)
