"""How counts are written for a reader: "1 article", "2 articles", "1,204 statements"."""
from __future__ import annotations


def plural(n: int, word: str, plural_word: str | None = None) -> str:
    """``n`` and ``word``, the word in the plural unless ``n`` is 1.

    Parameters
    ----------
    n
        The count; written with thousands separators.
    word
        The singular ("article", "named speaker").
    plural_word
        The plural when it is not ``word + "s"`` ("entries").

    Examples
    --------
    >>> plural(1, "article"), plural(0, "article"), plural(2500, "entry", "entries")
    ('1 article', '0 articles', '2,500 entries')
    """
    n = int(n)
    return f"{n:,} {word if n == 1 else (plural_word or word + 's')}"
