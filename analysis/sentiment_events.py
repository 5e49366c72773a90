"""The news-event lexicon of target sentiment (``data/sentiment_verbs.csv``): event words
("accuse", "step down"), how good or bad they are and for whom, by written form."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .errors import LexiconError
from .lexicon_files import folder_of, read_csv

#: The file of event words in a word-list folder.
SENTIMENT_EVENTS_FILE = "sentiment_verbs.csv"
#: Whom an event is good or bad for: its doer, the one it is done to, or either.
SENTIMENT_ROLES = ("subject", "object", "both")


@dataclass(frozen=True)
class SentimentEvent:
    """A news event word and whom it is good or bad for.

    Attributes
    ----------
    word
        The entry as written in the file ("accuse", "step down").
    polarity
        In [-1, 1].
    role
        ``subject`` (the doer: "X won"), ``object`` (the one it is done to: "accused X", "X was
        accused") or ``both`` (either; for nouns and adjectives any mention near it).
    """

    word: str
    polarity: float
    role: str


@dataclass(frozen=True)
class SentimentEvents:
    """The event lexicon by written form.

    Attributes
    ----------
    single
        Word form (lower case; regular -s/-ed/-ing forms derived, a listed form wins) -> events.
    multi
        First word form -> ((words...), events) of the entries of several words.
    """

    single: Mapping[str, tuple[SentimentEvent, ...]]
    multi: Mapping[str, tuple[tuple[tuple[str, ...], tuple[SentimentEvent, ...]], ...]]

    def get(self, form: str) -> tuple[SentimentEvent, ...]:
        """The events of one word form (empty when it is none)."""
        return self.single.get(form, ())


def inflections(base: str) -> set[str]:
    """Regular -s, -ed and -ing forms of ``base`` (over-generation is harmless)."""
    forms = {base}
    if not base.isalpha():
        forms |= {base + "s", base + "d" if base.endswith("e") else base + "ed"}
        return forms
    vowels = "aeiou"
    if base.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(base + "es")
    elif base.endswith("y") and len(base) > 2 and base[-2] not in vowels:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms.add(base + "d")
        forms.add(base + "ing" if base.endswith("ee") else base[:-2] + "ying" if base.endswith("ie") else base[:-1] + "ing")
    elif base.endswith("y") and len(base) > 2 and base[-2] not in vowels:
        forms |= {base[:-1] + "ied", base + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
        if len(base) >= 3 and base[-1] not in vowels + "wxy" and base[-2] in vowels and base[-3] not in vowels:
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


@lru_cache(maxsize=4)
def load_sentiment_events(data_dir: str | None = None) -> SentimentEvents:
    """Read ``sentiment_verbs.csv`` from ``data_dir`` (default: the project's ``data/``).

    Parameters
    ----------
    data_dir
        Folder holding ``sentiment_verbs.csv`` (columns ``word``, ``polarity``, ``role``); default
        the project's ``data/``. A folder without the file gives no events.

    Returns
    -------
    SentimentEvents
        Cached: each folder is read once per process.

    Raises
    ------
    LexiconError
        A row's role is not subject, object or both.
    """
    path = folder_of(data_dir) / SENTIMENT_EVENTS_FILE
    explicit: dict[str, list[SentimentEvent]] = {}
    derived: dict[str, list[SentimentEvent]] = {}
    multi: dict[str, dict[tuple[str, ...], list[SentimentEvent]]] = {}
    for row in read_csv(path) if path.is_file() else ():
        word = row["word"].strip().lower()
        ev = SentimentEvent(word, max(-1.0, min(1.0, float(row["polarity"]))), row["role"].strip().lower())
        if ev.role not in SENTIMENT_ROLES:
            raise LexiconError(f"{SENTIMENT_EVENTS_FILE}: role must be subject, object or both, not {ev.role!r}")
        parts = word.split()
        if len(parts) > 1:
            for form in inflections(parts[0]):
                multi.setdefault(form, {}).setdefault((form, *parts[1:]), []).append(ev)
            continue
        explicit.setdefault(word, []).append(ev)
        for form in inflections(word) - {word}:
            derived.setdefault(form, []).append(ev)
    single = {w: tuple(evs) for w, evs in derived.items()}
    single.update({w: tuple(evs) for w, evs in explicit.items()})  # a listed form wins over a derived one
    return SentimentEvents(
        single=MappingProxyType(single),
        multi=MappingProxyType({f: tuple((ws, tuple(evs)) for ws, evs in d.items()) for f, d in multi.items()}),
    )
