"""What an analyst sees in a notebook: summary tables, interactive tables, highlighted articles.

Nothing here prints. Tables are DataFrames; :func:`highlight` returns ``IPython.display.HTML``;
:func:`show` displays an interactive table in Jupyter (itables, offline: the reports need no
network) and returns the DataFrame unchanged elsewhere.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import pandas as pd

from .render.highlight import NO_MATH, SPEAKER_COLORS, UNNAMED_COLOR, highlight  # noqa: F401
from .timeline import UNNAMED
from .wording import plural

if TYPE_CHECKING:
    from IPython.display import HTML

__all__ = [
    "show", "message", "corpus_note", "highlight", "highlight_article", "statement_table", "overview", "article_counts",
    "speaker_counts", "speaker_tone", "actor_tone", "speaker_actor_tone", "explain_scores",
    "article_numbers", "top_text", "event_table", "SPEAKER_COLORS", "NO_MATH",
]


#: Columns of the statements table worth reading first, in reading order.
#: The article is a number (``article``, as in :func:`article_counts`), so its headline is read
#: once, in the articles table, not repeated on every statement's row.
TABLE_COLUMNS = ("article", "speaker", "speaker_title", "kind", "cue", "text", "date", "date_text",
                 "polarity", "subjectivity", "actors", "statement_id")


_itables_ready = {"done": False}  # the offline DataTables bundle is sent once per kernel


# --- notebook display ---------------------------------------------------------------------------

def _in_jupyter() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with Jupyter
        return False
    ip = get_ipython()
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def show(df: pd.DataFrame, *, caption: str | None = None, **options: Any) -> pd.DataFrame | None:
    """An interactive table (sort, search, pages) in Jupyter; the DataFrame itself elsewhere.

    In Jupyter the table is drawn by itables in offline mode (``connected=False``): the
    DataTables library is embedded in the notebook once, so exported HTML reports work without
    a network.

    Parameters
    ----------
    df
        Any DataFrame.
    caption
        Shown above the table.
    **options
        Passed to :func:`itables.to_html_datatable` (``pageLength``, ``maxBytes``, ``table_id``, ...).

    Numbers are rounded, missing values blank and text left-aligned
    (:func:`analysis.render.tables.readable`).

    Returns
    -------
    pandas.DataFrame or None
        ``None`` in Jupyter (the table is displayed), else ``df``.
    """
    if not _in_jupyter():
        return df
    import itables
    from IPython.display import HTML, display

    if not _itables_ready["done"]:
        itables.init_notebook_mode(all_interactive=False, connected=False)
        _itables_ready["done"] = True
    from .render.tables import column_styles, readable

    data = readable(df)
    shift = 0 if isinstance(data.index, pd.RangeIndex) else data.index.nlevels  # a shown index comes first
    options.setdefault("maxBytes", "4MB")
    options.setdefault("classes", "display compact")
    options.setdefault("columnDefs", column_styles(df, data, shift=shift))
    options["connected"] = False
    if options.get("table_id"):  # the page's id is itables_<id>: tests and scripts find every table by the prefix
        options["table_id"] = f"itables_{options['table_id']}"
    display(HTML(f'<div class="{NO_MATH}">{itables.to_html_datatable(data, caption=caption, **options)}</div>'))
    return None


def message(text: str, *, kind: str = "info") -> HTML:
    """A short boxed note for the reader (``kind``: ``"info"`` or ``"warning"``); ``text`` is escaped (HTML,
    and :data:`NO_MATH`: dollar signs show as written)."""
    from IPython.display import HTML

    color = {"info": "#0072B2", "warning": "#D55E00"}.get(kind, "#0072B2")
    return HTML(f'<div class="{NO_MATH}" style="border-left:4px solid {color};padding:6px 12px;margin:6px 0;'
                f'background:#f6f8fa;font-size:1.05em">{html.escape(text)}</div>')


def corpus_note(articles: pd.DataFrame, statements: pd.DataFrame, *, source: str = "") -> HTML:
    """One line on what was read: articles, statements, skipped files; a warning when there is nothing."""
    n_art = 0 if articles is None else len(articles)
    n_st = 0 if statements is None else len(statements)
    errors = (articles.attrs.get("errors") if articles is not None else None)
    skipped = 0 if errors is None else len(errors)
    where = f" in {source}" if source else ""
    extra = f" {plural(skipped, 'file')} could not be read (see articles.attrs['errors'])." if skipped else ""
    if n_art == 0:
        return message(f"No articles found{where}: there is nothing to show below.{extra}", kind="warning")
    if n_st == 0:
        return message(f"{plural(n_art, 'article')}{where}, but no statements were found in them: "
                       f"the tables and charts below are empty.{extra}", kind="warning")
    speakers = statements["speaker"].dropna().nunique() if "speaker" in statements else 0
    return message(f"{plural(n_art, 'article')}{where}: {plural(n_st, 'statement')} by "
                   f"{plural(speakers, 'named speaker')}.{extra}")


def article_numbers(articles: pd.DataFrame | None, statements: pd.DataFrame) -> pd.Series:
    """Article number (1, 2, ...) of each ``article_id``: the articles table's order, or else the
    order in which the statements first name them."""
    ids = articles["article_id"] if articles is not None and "article_id" in articles else statements.get(
        "article_id", pd.Series(dtype="string"))
    ids = pd.unique(ids.astype("string").dropna())
    return pd.Series(range(1, len(ids) + 1), index=ids, dtype="int64")


def statement_table(statements: pd.DataFrame, *, articles: pd.DataFrame | None = None,
                    columns: tuple[str, ...] = TABLE_COLUMNS) -> pd.DataFrame:
    """The statements table with the columns an analyst reads first; actors as ``; ``-joined text.

    ``article`` numbers each statement's article as :func:`article_counts` does (pass the same
    ``articles``), so a headline is read once there rather than on every row here.
    """
    statements = statements.copy()
    if "article_id" in statements:
        statements["article"] = statements["article_id"].astype("string").map(
            article_numbers(articles, statements)).astype("Int64")
    cols = [c for c in columns if c in statements.columns]
    out = statements[cols].copy()
    if "actors" in out:
        out["actors"] = out["actors"].map(
            lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) or hasattr(v, "tolist") else v)
    if "speaker" in out:
        out["speaker"] = out["speaker"].astype("string").fillna(UNNAMED)
    for c in out.columns:  # a blank cell reads better than <NA> in a shared report
        if out[c].dtype == "string" or out[c].dtype == object:
            out[c] = out[c].astype("string").fillna("")
    return out.reset_index(drop=True)


def highlight_article(articles: pd.DataFrame, statements: pd.DataFrame, *,
                      article_id: str | None = None) -> HTML:
    """:func:`highlight` for one article of a corpus: ``article_id``, or the one with most statements.

    Returns a :func:`message` when there is no article.
    """
    if articles is None or articles.empty:
        return message("No articles to show.", kind="warning")
    st = statements if statements is not None else pd.DataFrame(columns=["article_id"])
    if article_id is None:
        counts = st["article_id"].value_counts() if len(st) else pd.Series(dtype="int64")
        order = {a: i for i, a in enumerate(articles["article_id"])}
        article_id = (min(counts.index, key=lambda a: (-counts[a], order.get(a, 0))) if len(counts)
                      else articles["article_id"].iloc[0])
    match = articles[articles["article_id"] == article_id]
    if match.empty:
        return message(f"No article {article_id} in this corpus.", kind="warning")
    art = match.iloc[0]
    title = art.get("title")
    when = art.get("published")
    if pd.notna(when):
        title = f"{title} ({pd.Timestamp(when):%d %b %Y})"
    return highlight(art["text"], st[st["article_id"] == article_id] if len(st) else st,
                     title=str(title) if pd.notna(title) else None)


# --- summary tables -----------------------------------------------------------------------------

def overview(articles: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """The corpus at a glance: one row per measure (index ``measure``, column ``value`` as text)."""
    arts = articles if articles is not None else pd.DataFrame()
    st = statements if statements is not None else pd.DataFrame()
    pub = pd.to_datetime(arts["published"], errors="coerce").dropna() if "published" in arts else pd.Series(
        dtype="datetime64[ns]")
    speakers = st["speaker"].dropna().nunique() if "speaker" in st else 0
    unnamed = int(st["speaker"].isna().sum()) if "speaker" in st else 0
    rows = [
        ("articles", f"{len(arts)}"),
        ("published", f"{pub.min():%d %b %Y} – {pub.max():%d %b %Y}" if len(pub) else "no dates"),
        ("statements", f"{len(st)}"),
        ("statements per article", f"{len(st) / len(arts):.1f}" if len(arts) else "–"),
        ("named speakers", f"{speakers}"),
        ("statements by unnamed sources", f"{unnamed}"),
    ]
    if "kind" in st and len(st):
        kinds = st["kind"].value_counts()
        order = sorted(kinds.index, key=lambda k: (-kinds[k], k))
        rows.append(("kinds", ", ".join(f"{k} {int(kinds[k])}" for k in order)))
    return pd.DataFrame(rows, columns=["measure", "value"]).set_index("measure")


def article_counts(articles: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """Statements and named speakers per article, in corpus order.

    Columns ``article`` (its number, 1 first, as in :func:`statement_table`), ``published``, ``title``, ``statements``, ``speakers`` (distinct named speakers),
    ``article_id``.
    """
    cols = ["article", "published", "title", "statements", "speakers", "article_id"]
    if articles is None or articles.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("article", "statements", "speakers") else "string")
                             for c in cols})
    st = statements if statements is not None and len(statements) else pd.DataFrame(
        {"article_id": pd.Series(dtype="string"), "speaker": pd.Series(dtype="string")})
    n = st.groupby("article_id").size()
    sp = st.groupby("article_id")["speaker"].nunique()
    out = articles.reindex(columns=["published", "title", "article_id"]).copy()
    out["statements"] = out["article_id"].map(n).fillna(0).astype("int64")
    out["speakers"] = out["article_id"].map(sp).fillna(0).astype("int64")
    out["article"] = out["article_id"].astype("string").map(article_numbers(articles, st)).astype("int64")
    return out[cols].reset_index(drop=True)


def speaker_counts(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements and articles per speaker, most statements first (ties by name), unnamed last.

    Columns ``speaker`` (``UNNAMED`` for anonymous sources), ``statements``, ``articles``.
    """
    cols = ["speaker", "statements", "articles"]
    if statements is None or statements.empty:
        return pd.DataFrame({"speaker": pd.Series(dtype="string"), "statements": pd.Series(dtype="int64"),
                             "articles": pd.Series(dtype="int64")})
    who = statements["speaker"].astype("string").fillna(UNNAMED)
    g = statements.assign(_who=who).groupby("_who")
    out = pd.DataFrame({"statements": g.size(),
                        "articles": g["article_id"].nunique() if "article_id" in statements else g.size()})
    out = out.rename_axis("speaker").reset_index()
    out["_u"] = out["speaker"] == UNNAMED
    out = out.sort_values(["_u", "statements", "speaker"], ascending=[True, False, True], kind="stable")
    return out[cols].astype({"speaker": "string", "statements": "int64", "articles": "int64"}).reset_index(drop=True)


def top_text(table: pd.DataFrame, n: int, noun: str) -> str:
    """The first ``n`` rows of ``table`` as plain text, and "… and K more NOUNs" when there are more.

    Examples
    --------
    >>> print(top_text(pd.DataFrame({"speaker": ["Ada Voss", "Tomas Brekke"], "statements": [3, 1]}), 1, "speaker"))
    speaker  statements
    Ada Voss           3
    … and 1 more speaker
    """
    text = table.head(n).to_string(index=False)
    more = len(table) - n
    return text + (f"\n… and {more} more {noun}{'' if more == 1 else 's'}" if more > 0 else "")


def event_table(events: pd.DataFrame) -> pd.DataFrame:
    """:func:`analysis.timeline.event_strip` as a reader's table: ``date`` when the corpus is
    dated, else ``paragraph`` counted from 1, as the event strip chart counts them."""
    out = events.copy()
    if (events.attrs or {}).get("dated", True):
        return out.rename(columns={"when": "date"})
    out["when"] = out["when"].astype("int64") + 1
    return out.rename(columns={"when": "paragraph"})


def _spread(df: pd.DataFrame, key: str, value: str, prefix: str) -> pd.DataFrame:
    g = df.groupby(key)[value]
    return pd.DataFrame({f"{prefix}_mean": g.mean(), f"{prefix}_std": g.std(ddof=1),
                         f"{prefix}_min": g.min(), f"{prefix}_max": g.max()})


def speaker_tone(statements: pd.DataFrame, *, min_count: int = 3) -> pd.DataFrame:
    """Tone of each speaker: polarity and subjectivity of their statements.

    Parameters
    ----------
    statements
        The statements table.
    min_count
        Speakers with fewer statements are flagged ``small`` (their mean says little).

    Returns
    -------
    pandas.DataFrame
        Columns ``speaker``, ``n``, ``polarity_mean``, ``polarity_std`` (sample standard
        deviation; missing for one statement), ``polarity_min``, ``polarity_max``,
        ``subjectivity_mean``, ``subjectivity_std``, ``small``; most statements first (ties by
        name), unnamed sources last.
    """
    cols = ["speaker", "n", "polarity_mean", "polarity_std", "polarity_min", "polarity_max",
            "subjectivity_mean", "subjectivity_std", "small"]
    if statements is None or statements.empty:
        return pd.DataFrame({c: pd.Series(dtype="string" if c == "speaker" else "int64" if c == "n"
                                          else "bool" if c == "small" else "float64") for c in cols})
    df = statements.assign(_who=statements["speaker"].astype("string").fillna(UNNAMED))
    pol = _spread(df, "_who", "polarity", "polarity")
    sub = _spread(df, "_who", "subjectivity", "subjectivity")[["subjectivity_mean", "subjectivity_std"]]
    out = pol.join(sub)
    out.insert(0, "n", df.groupby("_who").size())
    out = out.rename_axis("speaker").reset_index()
    out["small"] = out["n"] < min_count
    out["_u"] = out["speaker"] == UNNAMED
    out = out.sort_values(["_u", "n", "speaker"], ascending=[True, False, True], kind="stable")
    return out[cols].astype({"speaker": "string", "n": "int64"}).reset_index(drop=True)


def actor_tone(mentions: pd.DataFrame, *, min_count: int = 3) -> pd.DataFrame:
    """Sentiment toward each actor across its mentions.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor``, ``n`` (mentions), ``statements`` (distinct), ``sentiment_mean``,
        ``sentiment_std``, ``sentiment_min``, ``sentiment_max``, ``small`` (``n < min_count``);
        most mentioned first (ties by name).
    """
    cols = ["actor", "n", "statements", "sentiment_mean", "sentiment_std", "sentiment_min", "sentiment_max", "small"]
    if mentions is None or mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype="string" if c == "actor" else "int64" if c in ("n", "statements")
                                          else "bool" if c == "small" else "float64") for c in cols})
    m = mentions.dropna(subset=["actor"])
    out = _spread(m, "actor", "sentiment", "sentiment")
    out.insert(0, "statements", m.groupby("actor")["statement_id"].nunique())
    out.insert(0, "n", m.groupby("actor").size())
    out = out.rename_axis("actor").reset_index()
    out["small"] = out["n"] < min_count
    out = out.sort_values(["n", "actor"], ascending=[False, True], kind="stable")
    out = out[cols].astype({"actor": "string", "n": "int64", "statements": "int64"}).reset_index(drop=True)
    out.attrs = {"note": (mentions.attrs or {}).get("note", "")}
    return out


def speaker_actor_tone(mentions: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """Mean sentiment of each speaker toward each actor they mention.

    Returns
    -------
    pandas.DataFrame
        Long table: ``speaker`` (``UNNAMED`` for anonymous sources), ``actor``, ``sentiment``
        (mean), ``n`` (mentions); speakers and actors with the most mentions first.
    """
    cols = ["speaker", "actor", "sentiment", "n"]
    if mentions is None or mentions.empty or statements is None or statements.empty:
        return pd.DataFrame({"speaker": pd.Series(dtype="string"), "actor": pd.Series(dtype="string"),
                             "sentiment": pd.Series(dtype="float64"), "n": pd.Series(dtype="int64")})
    who = statements.set_index("statement_id")["speaker"].astype("string").fillna(UNNAMED)
    m = mentions.dropna(subset=["actor"]).assign(speaker=lambda d: d["statement_id"].map(who).fillna(UNNAMED))
    g = m.groupby(["speaker", "actor"])["sentiment"]
    out = pd.DataFrame({"sentiment": g.mean(), "n": g.size()}).reset_index()
    sp = out.groupby("speaker")["n"].sum()
    ac = out.groupby("actor")["n"].sum()
    out["_s"] = out["speaker"].map(lambda s: (s == UNNAMED, -sp[s], s))
    out["_a"] = out["actor"].map(lambda a: (-ac[a], a))
    out = out.sort_values(["_s", "_a"], kind="stable")
    out = out[cols].astype({"speaker": "string", "actor": "string", "n": "int64"}).reset_index(drop=True)
    out.attrs = {"note": (mentions.attrs or {}).get("note", "")}
    return out


def explain_scores(mentions: pd.DataFrame, statements: pd.DataFrame, *, n: int = 3) -> pd.DataFrame:
    """The words behind the strongest sentiment scores toward actors.

    Uses ``analysis.explain_sentiment(text, start, end)`` on the statement's text for the ``n``
    mentions with the largest absolute sentiment (ties by statement id). Mentions without
    offsets cannot be explained.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor``, ``statement_id``, ``sentiment`` (the mention's score), ``phrase``,
        ``weight``, ``reason``. Empty, with ``attrs["note"]`` saying why, when nothing can be
        explained.
    """
    cols = ["actor", "statement_id", "sentiment", "phrase", "weight", "reason"]
    empty = pd.DataFrame({c: pd.Series(dtype="float64" if c in ("sentiment", "weight") else "string") for c in cols})
    from .sentiment import explain_sentiment as explain

    if mentions is None or mentions.empty or statements is None or statements.empty:
        empty.attrs["note"] = "No sentiment scores toward actors to explain."
        return empty
    m = mentions.dropna(subset=["start", "end", "sentiment"])
    if m.empty:
        empty.attrs["note"] = "The mentions have no offsets, so their scores cannot be explained."
        return empty
    st = statements.set_index("statement_id")
    m = m.assign(_abs=m["sentiment"].abs()).sort_values(["_abs", "statement_id"], ascending=[False, True],
                                                         kind="stable")
    parts = []
    for row in m.itertuples():
        if len(parts) >= n:
            break
        if row.statement_id not in st.index:
            continue
        s = st.loc[row.statement_id]
        text, off = str(s["text"]), int(s["start"])
        a, b = int(row.start) - off, int(row.end) - off
        if not (0 <= a < b <= len(text)):
            continue
        ex = explain(text, a, b)
        if ex.empty:
            continue
        parts.append(pd.DataFrame({"actor": row.actor, "statement_id": row.statement_id,
                                   "sentiment": float(row.sentiment), "phrase": ex["phrase"],
                                   "weight": ex["weight"], "reason": ex["reason"]}))
    if not parts:
        empty.attrs["note"] = "No phrase carries sentiment in the strongest-scored mentions."
        return empty
    return pd.concat(parts, ignore_index=True).astype({"actor": "string", "statement_id": "string"})[cols]
