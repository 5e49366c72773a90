"""The actors each statement mentions, one row per mention, with the sentiment toward them."""
from __future__ import annotations

import pandas as pd

from . import schema
from .actors import find_actor_mentions
from .lexicon import load_lexicon
from .sentiment import target_sentiment
from .speakers import ArticleSpeakers


def _persons(text: str, speakers) -> dict:
    """Short and full forms of the people an article names -> full name."""
    reg = ArticleSpeakers(load_lexicon())
    reg.register_names(text)
    names = dict(reg.names)
    for name in speakers:
        parts = str(name).split()
        if len(parts) >= 2 and parts[0][:1].isupper():
            names.setdefault(str(name), str(name))
            names.setdefault(parts[-1], str(name))
    return names


def mentions(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every canonical actor mentioned in every statement, with the sentiment toward it.

    Parameters
    ----------
    statements
        From :func:`analysis.statements`.
    articles
        From :func:`analysis.load_articles` (the texts the offsets index).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` and the columns of :data:`analysis.schema.MENTION_COLUMNS`: one row per
        mention; ``start``/``end`` index the article text, ``sentiment`` is
        :func:`analysis.target_sentiment` of the statement toward the actor. A statement's
        speaker mentioning itself ("we", its own name) is kept: it is the actor's own framing.
    """
    cols = {c.name: [] for c in schema.MENTION_COLUMNS}
    cols["article_id"] = []
    if len(statements) == 0:
        return schema.conform(pd.DataFrame(cols), schema.MENTION_COLUMNS)
    texts = dict(zip(articles["article_id"], articles["text"]))
    lex = load_lexicon()
    speakers: dict = {}
    for aid, spk in zip(statements["article_id"], statements["speaker"]):
        speakers.setdefault(aid, set()).add(spk)
    persons_of: dict = {}
    rows = zip(statements["article_id"], statements["statement_id"], statements["start"], statements["end"])
    for aid, sid, s, e in rows:  # plain lists: itertuples over groups costs more than the work
        text = texts.get(aid)
        if text is None:
            continue
        persons = persons_of.get(aid)
        if persons is None:
            persons = persons_of[aid] = _persons(text, sorted(x for x in speakers[aid] if isinstance(x, str)))
        s, e = int(s), int(e)
        content = text[s:e]
        for m in find_actor_mentions(text, s, e, lex, persons=persons):
            cols["article_id"].append(aid)
            cols["statement_id"].append(sid)
            cols["actor"].append(m.actor)
            cols["actor_type"].append(m.type)
            cols["mention"].append(m.mention)
            cols["start"].append(m.start)
            cols["end"].append(m.end)
            cols["sentiment"].append(target_sentiment(content, m.start - s, m.end - s))
    df = pd.DataFrame(cols)
    return schema.conform(df, schema.MENTION_COLUMNS)[["article_id"] + schema.names(schema.MENTION_COLUMNS)]
