"""Exploring a corpus: statements picked by speaker, actor, keyword and dates, read in their paragraphs.

:func:`select` filters, :func:`in_context` shows each statement highlighted in the paragraph it
came from, :func:`summary_html` puts counts and statements together, and :func:`explorer` wraps it
in ipywidgets for JupyterLab. :func:`show_explorer` displays the widgets with the static summary
as their HTML alternative, so a rendered report (no live kernel) shows the summary instead.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, replace

import pandas as pd

from ..summaries.periods import statement_time
from ..timeline import UNNAMED
from ..wording import plural
from .highlight import NO_MATH

#: Statements shown in context at once: more is a page of scrolling nobody reads.
MAX_SHOWN = 20
#: Speakers and actors listed in the counts of a selection.
TOP_COUNTS = 10
#: What a widget's "any" choice is called.
ANY = "(any)"


@dataclass(frozen=True)
class Query:
    """What to pick: each field narrows the selection; ``None`` (or "") leaves it open."""

    speaker: str | None = None
    actor: str | None = None
    keyword: str | None = None
    start: dt.date | str | None = None
    end: dt.date | str | None = None

    def describe(self) -> str:
        """The query in words, for a heading ("speaker Ada Voss, keyword 'strike'")."""
        parts = [f"speaker {self.speaker}" if self.speaker else "", f"actor {self.actor}" if self.actor else "",
                 f"keyword “{self.keyword}”" if self.keyword else "",
                 f"from {pd.Timestamp(self.start):%d %b %Y}" if self.start else "",
                 f"to {pd.Timestamp(self.end):%d %b %Y}" if self.end else ""]
        return ", ".join(p for p in parts if p) or "every statement"


def keyword_pattern(keyword: str) -> re.Pattern:
    """``keyword`` as a whole word or phrase, any case, with plural and possessive endings."""
    words = [re.escape(w) for w in keyword.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"(?:s|es|'s|’s)?\b", re.IGNORECASE)


def select(statements: pd.DataFrame, mentions: pd.DataFrame | None, query: Query) -> pd.DataFrame:
    """The statements ``query`` picks, in corpus order.

    Parameters
    ----------
    statements
        The statements table.
    mentions
        The mentions table (``statement_id``, ``actor``); without it, the ``actors`` lists.
    query
        What to pick.
    """
    keep = pd.Series(True, index=statements.index)
    if query.speaker:
        keep &= statements["speaker"].astype("string").fillna(UNNAMED) == query.speaker
    if query.actor:
        if mentions is not None and len(mentions):
            ids = set(mentions.loc[mentions["actor"] == query.actor, "statement_id"])
            keep &= statements["statement_id"].isin(ids)
        else:
            keep &= statements["actors"].map(lambda a: query.actor in list(a) if a is not None else False)
    if query.keyword and query.keyword.strip():
        keep &= statements["text"].astype("string").fillna("").str.contains(keyword_pattern(query.keyword.strip()))
    when = statement_time(statements)
    if query.start:
        keep &= when >= pd.Timestamp(query.start)
    if query.end:
        keep &= when < pd.Timestamp(query.end) + pd.Timedelta(days=1)  # the end day included
    return statements[keep.fillna(False).astype(bool)]


def _marked(text: str, pattern: re.Pattern | None) -> str:
    """``text`` escaped for HTML, each match of ``pattern`` in bold."""
    if pattern is None:
        return html.escape(text)
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [html.escape(text[last:m.start()]), f"<b>{html.escape(m.group())}</b>"]
        last = m.end()
    return "".join(out) + html.escape(text[last:])


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line (paragraph) of ``text`` holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _one(row, text: str, title: str, pattern: re.Pattern | None) -> str:
    s, e = int(row.start), int(row.end)
    a, b = paragraph_bounds(text, s)
    b = max(b, e)
    para = (_marked(text[a:s], pattern) + '<mark style="background:#fde9b5;padding:1px 0">'
            + _marked(text[s:e], pattern) + "</mark>" + _marked(text[e:b], pattern))
    when = statement_time(pd.DataFrame([row._asdict()])).iloc[0]
    speaker = row.speaker if isinstance(row.speaker, str) else UNNAMED
    head = " · ".join(x for x in (f"<b>{html.escape(speaker)}</b>", f"{when:%d %b %Y}" if pd.notna(when) else "",
                                  f"<i>{html.escape(title)}</i>" if title else "") if x)
    return (f'<div style="margin:8px 0;padding:6px 10px;border-left:3px solid #0072B2;background:#f8f9fa">'
            f'<div style="font-size:0.9em;color:#444">{head}</div><div style="text-align:left">{para}</div></div>')


def in_context(selection: pd.DataFrame, articles: pd.DataFrame, *, keyword: str | None = None,
               limit: int = MAX_SHOWN) -> str:
    """HTML: the first ``limit`` statements of ``selection``, each highlighted in its paragraph,
    ``keyword`` in bold, with the speaker, date and headline above; "… and K more" after.

    Parameters
    ----------
    selection
        Rows of the statements table (with ``article_id``, ``start``, ``end``).
    articles
        The articles table: the texts the offsets index.
    """
    texts = articles.set_index("article_id")["text"] if len(articles) else pd.Series(dtype="string")
    titles = articles.set_index("article_id")["title"] if "title" in articles else pd.Series(dtype="string")
    pattern = keyword_pattern(keyword.strip()) if keyword and keyword.strip() else None
    parts = []
    for row in selection.head(limit).itertuples(index=False):
        if row.article_id not in texts.index:
            continue
        title = titles.get(row.article_id, "")
        parts.append(_one(row, str(texts[row.article_id]), "" if pd.isna(title) else str(title), pattern))
    more = len(selection) - min(limit, len(selection))
    if more > 0:
        parts.append(f"<p style='color:#555'>… and {plural(more, 'more statement')}.</p>")
    return "".join(parts)


def counts(selection: pd.DataFrame, mentions: pd.DataFrame | None, *, top: int = TOP_COUNTS) -> pd.DataFrame:
    """Statements of a selection per speaker and per actor mentioned, the ``top`` of each.

    Returns
    -------
    pandas.DataFrame
        Columns ``speaker``, ``statements``, ``actor``, ``mentions`` side by side (blank where one
        list is shorter).
    """
    sp = selection["speaker"].astype("string").fillna(UNNAMED).value_counts().head(top)
    if mentions is not None and len(mentions):
        ac = mentions[mentions["statement_id"].isin(selection["statement_id"])]["actor"].value_counts().head(top)
    else:
        ac = pd.Series(dtype="int64")
    n = max(len(sp), len(ac))
    left = pd.DataFrame({"speaker": list(sp.index) + [""] * (n - len(sp)),
                         "statements": [str(v) for v in sp] + [""] * (n - len(sp))})
    right = pd.DataFrame({"actor": list(ac.index) + [""] * (n - len(ac)),
                          "mentions": [str(v) for v in ac] + [""] * (n - len(ac))})
    return pd.concat([left, right], axis=1)


def summary_html(statements: pd.DataFrame, mentions: pd.DataFrame | None, articles: pd.DataFrame, query: Query,
                 *, limit: int = MAX_SHOWN) -> str:
    """HTML: how many statements ``query`` picks, who says them and whom they mention, and the
    first ``limit`` in context."""
    sel = select(statements, mentions, query)
    head = (f"<h4 style='margin:4px 0'>{plural(len(sel), 'statement')} of {len(statements):,}: "
            f"{html.escape(query.describe())}</h4>")
    if sel.empty:
        return f'<div class="{NO_MATH}">{head}<p>Nothing matches: widen the choice.</p></div>'
    table = counts(sel, mentions).to_html(index=False, border=0, classes="dataframe")
    return (f'<div class="{NO_MATH}">{head}<div style="text-align:left">{table}</div>'
            f"{in_context(sel, articles, keyword=query.keyword, limit=limit)}</div>")


def _options(values: pd.Series) -> list[tuple[str, str | None]]:
    """Dropdown choices, most frequent first, each with its count; "(any)" first."""
    vc = values.astype("string").dropna().value_counts()
    return [(ANY, None)] + [(f"{k} ({v})", k) for k, v in vc.items()]


def explorer(statements: pd.DataFrame, mentions: pd.DataFrame | None, articles: pd.DataFrame,
             query: Query = Query(), *, limit: int = MAX_SHOWN):
    """ipywidgets: pick a speaker, an actor, a keyword and dates; the matches show below.

    Returns
    -------
    ipywidgets.VBox
        The controls and an output area, already showing ``query``'s matches.
    """
    import ipywidgets as w
    from IPython.display import HTML, display

    when = statement_time(statements).dropna()
    speaker = w.Dropdown(options=_options(statements["speaker"].astype("string").fillna(UNNAMED)),
                         value=query.speaker, description="Speaker")
    actor = w.Dropdown(options=_options(mentions["actor"] if mentions is not None and len(mentions)
                                        else pd.Series(dtype="string")), value=query.actor, description="Actor")
    keyword = w.Text(value=query.keyword or "", description="Keyword", placeholder="a word or phrase",
                     continuous_update=False)
    lo, hi = (when.min().date(), when.max().date()) if len(when) else (None, None)
    start = w.DatePicker(value=pd.Timestamp(query.start).date() if query.start else lo, description="From")
    end = w.DatePicker(value=pd.Timestamp(query.end).date() if query.end else hi, description="To")
    out = w.Output()

    def update(_change=None) -> None:
        q = replace(query, speaker=speaker.value, actor=actor.value, keyword=keyword.value, start=start.value,
                    end=end.value)
        out.clear_output(wait=True)
        with out:
            display(HTML(summary_html(statements, mentions, articles, q, limit=limit)))

    for control in (speaker, actor, keyword, start, end):
        control.observe(update, names="value")
    update()
    return w.VBox([w.HBox([speaker, actor, keyword]), w.HBox([start, end]), out])


def show_explorer(statements: pd.DataFrame, mentions: pd.DataFrame | None, articles: pd.DataFrame,
                  query: Query = Query(), *, limit: int = MAX_SHOWN) -> None:
    """Display :func:`explorer`, with :func:`summary_html` as its HTML alternative.

    JupyterLab draws the widgets; a rendered report, which has no kernel behind it, shows the
    static summary of ``query`` instead (:func:`analysis.report.render_reports` keeps the HTML
    of an output that has both). Without ipywidgets installed, only the summary is shown.
    """
    from IPython.display import HTML, display

    static = summary_html(statements, mentions, articles, query, limit=limit)
    try:
        box = explorer(statements, mentions, articles, query, limit=limit)
    except ImportError:
        display(HTML(static))
        return
    bundle = box._repr_mimebundle_()
    bundle = dict(bundle[0] if isinstance(bundle, tuple) else bundle)
    bundle["text/html"] = static
    display(bundle, raw=True)
