"""Column names, dtypes and meanings of every table the library returns.

This module is the single definition of the tables: the functions that build them, the README's
schema table and the tests all read from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Column:
    """One column of a table: its name, pandas dtype and meaning."""

    name: str
    dtype: str
    doc: str


ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "Stable id: the first 12 hex digits of the SHA-1 of the text."),
    Column("path", "string", "File the article was read from (with `#N` for a record of a JSON lines file)."),
    Column("title", "string", "Headline: front matter, metadata, or the first non-empty line."),
    Column("published", "datetime64[ns]", "Publication date and time; NaT when unknown."),
    Column("source", "string", "Publisher or site, when known."),
    Column("url", "string", "Original address, when known."),
    Column("text", "string", "The article text exactly as read; every offset indexes it."),
    Column("n_words", "int64", "Number of whitespace-separated words in `text`."),
)

STATEMENT_COLUMNS: tuple[Column, ...] = (
    Column("statement_id", "string", "`<article_id>-<n>`: unique within a corpus."),
    Column("kind", "string", "direct (in quote marks) | indirect (reported speech) | mixed (reported with a quoted fragment) | unmarked (set off without quote marks)."),
    Column("text", "string", "The statement's content, `article_text[start:end]`."),
    Column("quote_text", "string", "The statement's words as its speaker spoke them: `text` without the attribution (and its quote marks) that interrupts a quote (\"“A,” she said, “B.”\" reads \"A, B.\"); equal to `text` otherwise. Tone and keywords read it."),
    Column("start", "int64", "Offset of the content's first character in the article text."),
    Column("end", "int64", "Offset one past the content's last character."),
    Column("speaker", "string", "Resolved canonical speaker (\"Marco Rubio\", \"Ukraine\"); missing for anonymous sources."),
    Column("speaker_mention", "string", "The speaker as written at the attribution (\"he\", \"Rubio\", \"the Ukrainian delegation\")."),
    Column("speaker_start", "Int64", "Offset of the speaker mention; missing when there is none."),
    Column("speaker_end", "Int64", "Offset one past the speaker mention."),
    Column("speaker_title", "string", "Title or role written before the name (\"U.S. Secretary of State\"), "
                                      "or else the role in apposition (\"the union's general secretary\")."),
    Column("speaker_type", "string", "person | organisation | country | group | anonymous."),
    Column("speaker_method", "string", "explicit | pronoun | alias | nominal (a role noun, \"the governor\", resolved to the person the article gave that role) | carry-over | headline: how the speaker was found."),
    Column("cue", "string", "The cue as written, with a time or medium right after it (\"said\", \"warned\", \"according to\", \"said in a statement\")."),
    Column("cue_lemma", "string", "Base form of the cue (\"say\", \"warn\")."),
    Column("cue_type", "string", "speech | stance | according-to | headline | signature."),
    Column("cue_start", "Int64", "Offset of the cue; missing for statements without one."),
    Column("cue_end", "Int64", "Offset one past the cue."),
    Column("paragraph", "int64", "0-based index of the paragraph (line) holding the statement's start."),
    Column("sentence", "int64", "0-based index of the sentence in the article holding the statement's start."),
    Column("date", "datetime64[ns]", "Date the statement was made, resolved against the publication date; NaT when unknown."),
    Column("date_text", "string", "The phrase that dated it (\"Wednesday\", \"the same day\"), kept even when unresolved."),
    Column("polarity", "float64", "TextBlob polarity of the statement, -1 (negative) to 1 (positive)."),
    Column("subjectivity", "float64", "TextBlob subjectivity, 0 (factual) to 1 (opinion)."),
    Column("actors", "object", "Canonical actors the statement mentions (a list of names)."),
    Column("actor_mentions", "object", "Each mention of an actor in the statement, in order: a list of records "
                                       "`{actor, actor_type, mention, start, end}` (offsets in the article text). "
                                       "`actors` lists their actors; the mentions table is these records with the "
                                       "sentiment toward each."),
)

MENTION_COLUMNS: tuple[Column, ...] = (
    Column("statement_id", "string", "The statement the mention is in."),
    Column("actor", "string", "Canonical actor name."),
    Column("actor_type", "string", "person | organisation | country."),
    Column("mention", "string", "The actor as written."),
    Column("start", "int64", "Offset of the mention in the article text."),
    Column("end", "int64", "Offset one past the mention."),
    Column("sentiment", "float64", "Sentiment the statement expresses toward the actor, -1 to 1."),
)

#: The statement columns that hold a list in each row (Parquet keeps them as lists, CSV as text).
LIST_COLUMNS: tuple[str, ...] = ("actors", "actor_mentions")

#: The fields of each record of a statement's ``actor_mentions``: the mentions table's columns that
#: extraction finds (``statement_id`` and ``sentiment`` are added when the table is built).
ACTOR_MENTION_FIELDS: tuple[str, ...] = ("actor", "actor_type", "mention", "start", "end")

IDENTITY_COLUMNS: tuple[Column, ...] = (
    Column("canonical", "string", "The person's or organisation's one name across the corpus (an `actors.csv` row's canonical name wins)."),
    Column("type", "string", "person | organisation | country."),
    Column("aliases", "object", "Other speaker names linked to it (\"Voss\", \"Ada Voss\"), a sorted list."),
    Column("mentions", "object", "How the statements wrote it at the attribution (\"she\", \"the mayor\", \"Voss\"), a sorted list."),
    Column("articles", "int64", "Articles in which it speaks."),
    Column("statements", "int64", "Statements it speaks."),
)

ERROR_COLUMNS: tuple[Column, ...] = (
    Column("path", "string", "The file (or file and line) that could not be read."),
    Column("reason", "string", "Why, in words an analyst can act on."),
)

KINDS = ("direct", "indirect", "mixed", "unmarked")
SPEAKER_METHODS = ("explicit", "pronoun", "alias", "nominal", "carry-over", "headline")
CUE_TYPES = ("speech", "stance", "according-to", "headline", "signature")
#: Each kind, speaker method and cue type by name, for the code that sets or tests one.
DIRECT, INDIRECT, MIXED, UNMARKED = KINDS
METHOD_EXPLICIT, METHOD_PRONOUN, METHOD_ALIAS, METHOD_NOMINAL, METHOD_CARRY_OVER, METHOD_HEADLINE = SPEAKER_METHODS
CUE_SPEECH, CUE_STANCE, CUE_ACCORDING_TO, CUE_HEADLINE, CUE_SIGNATURE = CUE_TYPES


def names(columns: tuple[Column, ...]) -> list[str]:
    """Column names of a table, in order."""
    return [c.name for c in columns]


def empty(columns: tuple[Column, ...]) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and dtypes."""
    return conform(pd.DataFrame({c.name: [] for c in columns}), columns)


@lru_cache(maxsize=16)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    return pd.Index(names, dtype=object)  # plain labels: pandas 3 makes str (Arrow) ones, slower to index


def frame(data: dict[str, list], columns: tuple[Column, ...]) -> pd.DataFrame:
    """Build a table from column lists quickly (one article's statements, thousands of times).

    Numbers, nullable integers and dates get their dtypes; text columns stay Python strings
    (object dtype), which is several times faster to build than pandas' string dtype.
    :func:`conform` gives the string dtype once a corpus is assembled.
    """
    n = len(data[columns[0].name]) if columns else 0
    if _from_blocks is not None:
        layout, index = _layout(columns)
        try:  # columns of one dtype go straight into one 2-D block: no consolidation step
            return _from_blocks(_blocks(data, layout, n), index=pd.RangeIndex(n), columns=index)
        except (TypeError, ValueError, AttributeError):  # internals changed: take the public road
            pass
    out = {c.name: _array(data[c.name], c.dtype) for c in columns}
    try:  # ten times faster than the public constructor, and no type inference on text
        return pd.DataFrame._from_arrays(list(out.values()), columns=_column_index(tuple(out)),
                                         index=pd.RangeIndex(n), verify_integrity=False)
    except (AttributeError, TypeError):  # a pandas without it
        return pd.DataFrame({k: pd.Series(v, dtype=object) if isinstance(v, np.ndarray) and v.dtype == object else v
                             for k, v in out.items()})


try:  # pandas >= 3.0: a documented low-level constructor
    from pandas.api.internals import create_dataframe_from_blocks as _from_blocks
except ImportError:  # pragma: no cover - older pandas
    _from_blocks = None

try:  # wraps datetime64 values as pandas stores them, a seventh of the time its checks take
    from pandas.arrays import DatetimeArray as _DatetimeArray
    _datetimes = _DatetimeArray._simple_new
except (ImportError, AttributeError):  # pragma: no cover - pandas without it
    _datetimes = None

# dtypes whose columns pandas keeps together in one 2-D block
_BLOCK_DTYPES = ("object", "int64", "float64")


_LAYOUTS: dict[int, tuple] = {}


def _layout(columns: tuple[Column, ...]) -> tuple[tuple, pd.Index]:
    """(dtype, column names, positions) per block: one block per 2-D dtype, one per other column;
    and the column labels. Kept per table by identity: hashing 24 columns each call costs more."""
    hit = _LAYOUTS.get(id(columns))
    if hit is not None and hit[0] is columns:
        return hit[1], hit[2]
    groups: dict[str, list[int]] = {}
    single = []
    for i, c in enumerate(columns):
        kind = c.dtype if c.dtype in _BLOCK_DTYPES else ("object" if c.dtype == "string" else None)
        if kind is None:
            single.append((c.dtype, (c.name,), np.array([i], dtype=np.intp)))
        else:
            groups.setdefault(kind, []).append(i)
    layout = tuple((kind, tuple(columns[i].name for i in idx), np.array(idx, dtype=np.intp))
                   for kind, idx in groups.items()) + tuple(single)
    index = _column_index(tuple(c.name for c in columns))
    _LAYOUTS[id(columns)] = (columns, layout, index)  # holding `columns` keeps its id from reuse
    return layout, index


def _blocks(data: dict[str, list], layout: tuple, n: int) -> list:
    out = []
    for kind, names, place in layout:
        if kind in _BLOCK_DTYPES:
            block = np.empty((len(names), n), dtype=kind)
            for row, name in enumerate(names):
                block[row, :] = data[name]
        else:
            block = _array(data[names[0]], kind)
            if isinstance(block, np.ndarray) and block.dtype.kind == "M" and _datetimes is not None:
                block = _datetimes(block, dtype=block.dtype)  # as pandas keeps it: no conversion step
            elif isinstance(block, np.ndarray):
                block = block.reshape(1, n)
        out.append((block, place))
    return out


def _array(values: list, dtype: str):
    """One column's values as an array of ``dtype`` (None is missing)."""
    if dtype == "int64":
        return np.asarray(values, dtype=np.int64)
    if dtype == "Int64":
        mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
        ints = np.fromiter((0 if v is None else v for v in values), dtype=np.int64, count=len(values))
        return pd.arrays.IntegerArray(ints, mask)
    if dtype == "float64":
        return np.asarray(values, dtype=np.float64)
    if dtype.startswith("datetime"):
        return np.array([np.datetime64("NaT") if v is None else np.datetime64(v, "ns") for v in values],
                        dtype="datetime64[ns]")
    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    return arr


def conform(df: pd.DataFrame, columns: tuple[Column, ...]) -> pd.DataFrame:
    """Order ``df``'s schema columns first and cast them to their dtypes.

    Extra columns (for example article columns joined to statements) are kept after them.
    """
    for c in columns:
        if c.name not in df.columns:
            df[c.name] = pd.Series([None] * len(df), index=df.index, dtype="object")
        if c.dtype == "object":
            continue
        if c.dtype.startswith("datetime"):
            df[c.name] = pd.to_datetime(df[c.name], errors="coerce")
            if getattr(df[c.name].dt, "tz", None) is not None:
                df[c.name] = df[c.name].dt.tz_localize(None)
            df[c.name] = df[c.name].astype("datetime64[ns]")
        else:
            df[c.name] = df[c.name].astype(c.dtype)
    order = names(columns)
    return df[order + [c for c in df.columns if c not in order]]


def markdown_table(columns: tuple[Column, ...]) -> str:
    """The table as a Markdown table (column, dtype, meaning), as in the README."""
    lines = ["| column | dtype | meaning |", "| --- | --- | --- |"]
    lines += [f"| `{c.name}` | {c.dtype} | {c.doc} |" for c in columns]
    return "\n".join(lines)
