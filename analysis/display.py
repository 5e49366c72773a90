"""What an analyst sees in a notebook: summary tables, interactive tables, highlighted articles.

Nothing here prints. Tables are DataFrames; :func:`highlight` returns ``IPython.display.HTML``;
:func:`show` displays an interactive table in Jupyter (itables, offline: the reports need no
network) and returns the DataFrame unchanged elsewhere.
"""
from __future__ import annotations

import html
import importlib
from typing import TYPE_CHECKING, Any

import pandas as pd

from .timeline import UNNAMED
from .wording import plural

if TYPE_CHECKING:
    from IPython.display import HTML

__all__ = [
    "show", "message", "corpus_note", "highlight", "highlight_article", "statement_table", "overview", "article_counts",
    "speaker_counts", "speaker_tone", "actor_mentions", "actor_tone", "speaker_actor_tone", "explain_scores",
    "SPEAKER_COLORS", "NO_MATH",
]

#: Okabe–Ito colours (colour-blind safe), one per speaker in order; black left out.
SPEAKER_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
UNNAMED_COLOR = "#999999"

#: Columns of the statements table worth reading first, in reading order.
TABLE_COLUMNS = ("published", "title", "speaker", "speaker_title", "kind", "cue", "text", "date", "date_text",
                 "polarity", "subjectivity", "actors", "statement_id")

#: Classes that tell MathJax to leave an element's text alone: ``tex2jax_ignore`` for MathJax 2
#: (classic Notebook, pandas' own tables), ``mathjax_ignore`` for MathJax 3 (JupyterLab 4). Jupyter
#: typesets ``$...$`` in HTML outputs, and "$4 a gallon ... $5" in a statement is money, not math.
NO_MATH = "tex2jax_ignore mathjax_ignore"

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
        Passed to :func:`itables.to_html_datatable` (``pageLength``, ``maxBytes``, ...).

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
    options.setdefault("maxBytes", "4MB")
    options.setdefault("classes", "display compact")
    options["connected"] = False
    display(HTML(f'<div class="{NO_MATH}">{itables.to_html_datatable(df, caption=caption, **options)}</div>'))
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


def statement_table(statements: pd.DataFrame, *, columns: tuple[str, ...] = TABLE_COLUMNS) -> pd.DataFrame:
    """The statements table with the columns an analyst reads first; actors as ``; ``-joined text."""
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


# --- highlighting -------------------------------------------------------------------------------

def _tint(hex_color: str, amount: float = 0.7) -> str:
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    r, g, b = (round(c + (255 - c) * amount) for c in (r, g, b))
    return f"#{r:02x}{g:02x}{b:02x}"


def _span(row: pd.Series, a: str, b: str, n: int) -> tuple[int, int] | None:
    s, e = row.get(a), row.get(b)
    if s is None or e is None or pd.isna(s) or pd.isna(e):
        return None
    s, e = int(s), int(e)
    return (s, e) if 0 <= s < e <= n else None


def highlight(article_text: str, statements: pd.DataFrame, *, title: str | None = None) -> HTML:
    """One article with each statement highlighted in place, its speaker and cue marked.

    Every statement's content is shaded in its speaker's colour and labelled with the speaker's
    name; the speaker as written is bold and underlined, the cue italic with a dotted underline.
    Hovering over a statement shows speaker, cue, kind and polarity. All article text is
    HTML-escaped: markup in an article shows as text, and MathJax is told to leave it alone
    (:data:`NO_MATH`): dollar signs show as written.

    Parameters
    ----------
    article_text
        The article's ``text`` (the offsets in ``statements`` index it).
    statements
        The statements of this article (``start``, ``end``, ``speaker``, ``speaker_start``,
        ``speaker_end``, ``cue_start``, ``cue_end``).
    title
        Heading shown above the text.

    Returns
    -------
    IPython.display.HTML

    Raises
    ------
    ValueError
        When ``statements`` holds statements of more than one article.
    """
    from IPython.display import HTML

    text = article_text or ""
    n = len(text)
    st = statements if statements is not None else pd.DataFrame()
    if "article_id" in st and st["article_id"].nunique() > 1:
        raise ValueError("statements of several articles: pass only those of this article "
                         "(statements[statements.article_id == ...])")
    if len(st):
        st = st.sort_values("start", kind="stable") if "start" in st else st
    speakers = (st["speaker"].astype("string").fillna(UNNAMED) if "speaker" in st
                else pd.Series(UNNAMED, index=st.index, dtype="string"))
    named = [s for s in pd.unique(speakers) if s != UNNAMED]
    colors = {s: SPEAKER_COLORS[i % len(SPEAKER_COLORS)] for i, s in enumerate(named)}
    colors[UNNAMED] = UNNAMED_COLOR

    spans = []  # (start, end, layer, info)
    for idx, row in st.iterrows():
        who = speakers[idx]
        body = _span(row, "start", "end", n)
        if body:
            pol = row.get("polarity")
            tip = " · ".join(str(x) for x in (
                who, row.get("cue") if pd.notna(row.get("cue", pd.NA)) else "no cue", row.get("kind"),
                f"polarity {pol:+.2f}" if pol is not None and pd.notna(pol) else None) if x is not None)
            spans.append((*body, "stmt", (who, tip)))
        sp = _span(row, "speaker_start", "speaker_end", n)
        if sp:
            spans.append((*sp, "speaker", (who, None)))
        cue = _span(row, "cue_start", "cue_end", n)
        if cue:
            spans.append((*cue, "cue", (who, None)))

    seen: set = set()
    spans = [sp for sp in spans if not (sp[:3] in seen or seen.add(sp[:3]))]  # a mention shared by statements
    cuts = sorted({0, n} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    labels = {}
    for s, e, layer, info in spans:
        if layer == "stmt":
            labels.setdefault(s, []).append(info[0])
    out = []
    for a, b in zip(cuts, cuts[1:]):
        for who in labels.get(a, []):
            c = colors[who]
            out.append(f'<sup style="font-family:sans-serif;font-size:0.72em;font-weight:bold;color:#fff;'
                       f'background:{c if who != UNNAMED else "#666"};border-radius:3px;padding:0 4px;'
                       f'margin-right:2px;{"color:#000;" if c == "#F0E442" else ""}">{html.escape(who)}</sup>')
        piece = html.escape(text[a:b])
        active = [(layer, info) for s, e, layer, info in spans if s <= a and b <= e]
        for layer, (who, tip) in active:
            c = colors[who]
            if layer == "speaker":
                piece = f'<b style="border-bottom:2px solid {c}">{piece}</b>'
            elif layer == "cue":
                piece = f'<i style="text-decoration:underline dotted">{piece}</i>'
        stmt = next((info for layer, info in active if layer == "stmt"), None)
        if stmt:
            who, tip = stmt
            piece = (f'<mark style="background:{_tint(colors[who])};color:inherit;padding:0 1px" '
                     f'title="{html.escape(tip)}">{piece}</mark>')
        out.append(piece)

    counts = speakers.value_counts()
    legend = " ".join(
        f'<span style="background:{_tint(colors[s])};border-left:4px solid {colors[s]};padding:1px 6px;'
        f'margin-right:4px;white-space:nowrap">{html.escape(s)} ({int(counts[s])})</span>'
        for s in named + ([UNNAMED] if UNNAMED in counts.index else []))
    key = ('<span style="margin-left:8px;color:#555"><b>speaker as written</b> · '
           '<i style="text-decoration:underline dotted">cue</i> · hover a statement for details</span>')
    head = f"<h3 style='margin:4px 0'>{html.escape(title)}</h3>" if title else ""
    n_st = len(st)
    summary = (f"<div style='font-family:sans-serif;font-size:0.9em;margin:4px 0 8px'>"
               f"{n_st} statement{'s' if n_st != 1 else ''}: {legend or 'none found'}{key if n_st else ''}</div>")
    body = "".join(out)
    return HTML(f'<div class="{NO_MATH}" style="max-width:52em">{head}{summary}'
                f'<div style="white-space:pre-wrap;font-family:Georgia,serif;line-height:1.7;font-size:1.02em">'
                f'{body}</div></div>')


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

    Columns ``published``, ``title``, ``statements``, ``speakers`` (distinct named speakers),
    ``article_id``.
    """
    cols = ["published", "title", "statements", "speakers", "article_id"]
    if articles is None or articles.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("statements", "speakers") else "string")
                             for c in cols})
    st = statements if statements is not None and len(statements) else pd.DataFrame(
        {"article_id": pd.Series(dtype="string"), "speaker": pd.Series(dtype="string")})
    n = st.groupby("article_id").size()
    sp = st.groupby("article_id")["speaker"].nunique()
    out = articles.reindex(columns=["published", "title", "article_id"]).copy()
    out["statements"] = out["article_id"].map(n).fillna(0).astype("int64")
    out["speakers"] = out["article_id"].map(sp).fillna(0).astype("int64")
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


def actor_mentions(statements: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The mentions table: ``analysis.mentions(statements, articles)`` when the library has it.

    Otherwise a stand-in built from the ``actors`` list column: one row per statement and actor,
    with the statement's ``polarity`` as ``sentiment`` and no offsets (``attrs["standin"]`` is
    ``True`` and ``attrs["note"]`` says so).

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`analysis.schema.MENTION_COLUMNS` (at least ``statement_id``,
        ``actor``, ``sentiment``).
    """
    pkg = importlib.import_module(__package__)
    real = getattr(pkg, "mentions", None)
    if callable(real) and statements is not None:
        out = real(statements, articles)
        out.attrs = {**out.attrs, "standin": False, "note": ""}
        return out
    cols = ["statement_id", "article_id", "actor", "actor_type", "mention", "start", "end", "sentiment"]
    st = statements if statements is not None else pd.DataFrame()
    if st.empty or "actors" not in st:
        out = pd.DataFrame({c: pd.Series(dtype="float64" if c == "sentiment" else "Int64" if c in ("start", "end")
                                         else "string") for c in cols})
    else:
        ex = st[["statement_id", "article_id", "actors", "polarity"]].explode("actors").dropna(subset=["actors"])
        from .lexicon import load_lexicon

        types = {a.canonical: a.type for a in load_lexicon().aliases.values()}
        out = pd.DataFrame({
            "statement_id": ex["statement_id"].astype("string"),
            "article_id": ex["article_id"].astype("string"),
            "actor": ex["actors"].astype("string"),
            "actor_type": ex["actors"].map(types).astype("string"),
            "mention": pd.Series(pd.NA, index=ex.index, dtype="string"),
            "start": pd.Series(pd.NA, index=ex.index, dtype="Int64"),
            "end": pd.Series(pd.NA, index=ex.index, dtype="Int64"),
            "sentiment": ex["polarity"].astype("float64"),
        }).reset_index(drop=True)
    out.attrs = {"standin": True, "note": "Sentiment toward actors is approximated by the polarity of the "
                                          "statements that mention them (no mentions table yet)."}
    return out


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
    offsets (the stand-in of :func:`actor_mentions`) cannot be explained.

    Returns
    -------
    pandas.DataFrame
        Columns ``actor``, ``statement_id``, ``sentiment`` (the mention's score), ``phrase``,
        ``weight``, ``reason``. Empty, with ``attrs["note"]`` saying why, when nothing can be
        explained.
    """
    cols = ["actor", "statement_id", "sentiment", "phrase", "weight", "reason"]
    empty = pd.DataFrame({c: pd.Series(dtype="float64" if c in ("sentiment", "weight") else "string") for c in cols})
    explain = getattr(importlib.import_module(__package__), "explain_sentiment", None)
    if explain is None:
        empty.attrs["note"] = "Explanations need analysis.explain_sentiment, which this version does not have."
        return empty
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
