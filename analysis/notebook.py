"""What every notebook's first cell calls: the corpus read once, through the caches.

``quotebook report`` parses a corpus with the caches on, then executes the notebooks; each
notebook's :func:`load` then reads the cached articles and statements instead of parsing again.
A notebook opened alone in JupyterLab parses what is not cached yet, and caches it.
"""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd


@dataclass(frozen=True)
class Corpus:
    """One corpus as the notebooks read it.

    Attributes
    ----------
    source
        The file or folder the articles came from.
    articles
        From :func:`analysis.load_articles` (``attrs["errors"]`` lists the files not read).
    statements
        From :func:`analysis.statements`.
    warnings
        What reading and parsing warned about (files skipped, for one), for the notebook to show
        as a note rather than as a traceback-like stderr block.
    """

    source: str
    articles: pd.DataFrame = field(repr=False)
    statements: pd.DataFrame = field(repr=False)
    warnings: tuple[str, ...] = ()

    @cached_property
    def mentions(self) -> pd.DataFrame:
        """The actors each statement mentions (:func:`analysis.mentions`), computed on first use."""
        from .actor_table import mentions

        return mentions(self.statements, self.articles)


def load(articles: str | os.PathLike, *, cache: bool | str | os.PathLike = True) -> Corpus:
    """Read a corpus and its statements, from the caches where they hold them.

    Parameters
    ----------
    articles
        A file or folder of articles (the notebook's ``ARTICLES`` parameter).
    cache
        ``True`` for the project's cache folder, a folder of your own, or ``False`` to parse
        everything again.

    Returns
    -------
    Corpus
        The articles, the statements and (on first use) the actor mentions.

    Examples
    --------
    >>> corpus = load("seeds")                                  # doctest: +SKIP
    >>> corpus.statements[["speaker", "text"]].head()           # doctest: +SKIP
    """
    from .articles import load_articles
    from .corpus import statements

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = load_articles(articles, cache=cache)
        st = statements(arts, progress=False, cache=cache)
    said = tuple(dict.fromkeys(str(w.message) for w in caught if issubclass(w.category, UserWarning)))
    for w in caught:  # anything else (deprecations, runtime warnings) is passed on as it came
        if not issubclass(w.category, UserWarning):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return Corpus(str(articles), arts, st, said)
