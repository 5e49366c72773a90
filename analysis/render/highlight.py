"""One article with its statements highlighted in place: shaded in the speaker's colour, the
speaker as written in bold, the cue in italics, a tooltip per statement."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pandas as pd

from ..timeline import UNNAMED
from ..wording import plural

if TYPE_CHECKING:
    from IPython.display import HTML

#: Okabe–Ito colours (colour-blind safe), one per speaker in order; black left out.
SPEAKER_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
UNNAMED_COLOR = "#999999"

#: Classes that tell MathJax to leave an element's text alone: ``tex2jax_ignore`` for MathJax 2
#: (classic Notebook, pandas' own tables), ``mathjax_ignore`` for MathJax 3 (JupyterLab 4). Jupyter
#: typesets ``$...$`` in HTML outputs, and "$4 a gallon ... $5" in a statement is money, not math.
NO_MATH = "tex2jax_ignore mathjax_ignore"


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
    st = statements if statements is not None else pd.DataFrame()
    if "article_id" in st and st["article_id"].nunique() > 1:
        raise ValueError("statements of several articles: pass only those of this article "
                         "(statements[statements.article_id == ...])")
    if len(st) and "start" in st:
        st = st.sort_values("start", kind="stable")
    speakers = (st["speaker"].astype("string").fillna(UNNAMED) if "speaker" in st
                else pd.Series(UNNAMED, index=st.index, dtype="string"))
    named = [s for s in pd.unique(speakers) if s != UNNAMED]
    colors = {s: SPEAKER_COLORS[i % len(SPEAKER_COLORS)] for i, s in enumerate(named)}
    colors[UNNAMED] = UNNAMED_COLOR
    body = _marked_text(text, _spans(st, speakers, len(text)), colors)
    head = f"<h3 style='margin:4px 0'>{html.escape(title)}</h3>" if title else ""
    return HTML(f'<div class="{NO_MATH}" style="max-width:52em">{head}{_summary(speakers, named, colors)}'
                f'<div style="white-space:pre-wrap;font-family:Georgia,serif;line-height:1.7;font-size:1.02em">'
                f'{body}</div></div>')


def _spans(st: pd.DataFrame, speakers: pd.Series, n: int) -> list[tuple[int, int, str, tuple]]:
    """``(start, end, layer, (speaker, tooltip))`` of every statement, speaker mention and cue."""
    spans = []
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
    return [sp for sp in spans if not (sp[:3] in seen or seen.add(sp[:3]))]  # a mention shared by statements


def _label(who: str, colors: dict[str, str]) -> str:
    c = colors[who]
    return (f'<sup style="font-family:sans-serif;font-size:0.72em;font-weight:bold;color:#fff;'
            f'background:{c if who != UNNAMED else "#666"};border-radius:3px;padding:0 4px;'
            f'margin-right:2px;{"color:#000;" if c == "#F0E442" else ""}">{html.escape(who)}</sup>')


def _marked_text(text: str, spans: list, colors: dict[str, str]) -> str:
    """The text, escaped, cut at every span boundary, each piece wrapped in the marks covering it."""
    cuts = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    labels: dict[int, list[str]] = {}
    for s, _e, layer, info in spans:
        if layer == "stmt":
            labels.setdefault(s, []).append(info[0])
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out += [_label(who, colors) for who in labels.get(a, [])]
        piece = html.escape(text[a:b])
        active = [(layer, info) for s, e, layer, info in spans if s <= a and b <= e]
        for layer, (who, _tip) in active:
            if layer == "speaker":
                piece = f'<b style="border-bottom:2px solid {colors[who]}">{piece}</b>'
            elif layer == "cue":
                piece = f'<i style="text-decoration:underline dotted">{piece}</i>'
        stmt = next((info for layer, info in active if layer == "stmt"), None)
        if stmt:
            who, tip = stmt
            piece = (f'<mark style="background:{_tint(colors[who])};color:inherit;padding:0 1px" '
                     f'title="{html.escape(tip)}">{piece}</mark>')
        out.append(piece)
    return "".join(out)


def _summary(speakers: pd.Series, named: list[str], colors: dict[str, str]) -> str:
    """The line above the text: how many statements, a colour key per speaker with their counts."""
    counts = speakers.value_counts()
    legend = " ".join(
        f'<span style="background:{_tint(colors[s])};border-left:4px solid {colors[s]};padding:1px 6px;'
        f'margin-right:4px;white-space:nowrap">{html.escape(s)} ({int(counts[s])})</span>'
        for s in named + ([UNNAMED] if UNNAMED in counts.index else []))
    key = ('<span style="margin-left:8px;color:#555"><b>speaker as written</b> · '
           '<i style="text-decoration:underline dotted">cue</i> · hover a statement for details</span>')
    n_st = len(speakers)
    return (f"<div style='font-family:sans-serif;font-size:0.9em;margin:4px 0 8px'>"
            f"{plural(n_st, 'statement')}: {legend or 'none found'}{key if n_st else ''}</div>")
