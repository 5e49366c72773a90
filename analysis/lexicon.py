"""The editable word lists under ``data/``, read once per process into one frozen object.

Analysts extend Quotebook by editing these files (cue verbs, actors and aliases, titles,
boilerplate lines, stop words); nothing here is hard-coded in the extraction rules.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from . import paths

DATA_DIR = paths.data_dir()

FILES = ("cues.csv", "actors.csv", "titles.txt", "boilerplate.txt", "stopwords.txt", "connectives.txt",
         "extraction_words.txt", "name_words.txt")


@dataclass(frozen=True)
class Cue:
    """A cue lemma: its type and whether it takes a listener before its clause."""

    lemma: str
    type: str
    object: str
    frames: frozenset = frozenset({"clause"})


@dataclass(frozen=True)
class Actor:
    """A canonical actor."""

    canonical: str
    type: str


@dataclass(frozen=True)
class Lexicon:
    """Every word list the extraction reads, immutable once loaded.

    Attributes
    ----------
    cue_forms
        Written form (lower case; multi-word forms with spaces) -> :class:`Cue`.
    cue_first_words, speech_first_words
        The words that open a cue form, of any type or of saying only ("said", "make").
    cue_spellings
        The opening words as news writes them: lower case, capitalised, upper case.
    single_cues
        The one-word cue forms.
    longer_cues
        Opening word -> the cue forms of several words it opens ("make" -> "make clear").
    aliases
        Alias as written (case-sensitive) -> :class:`Actor`.
    alias_pattern
        One compiled regular expression matching any alias as whole words, longest first.
    titles
        Lower-cased words that belong to titles and roles.
    boilerplate
        Lower-cased boilerplate lines.
    labels
        Lower-cased line labels ("update", "photo") that never name a speaker before a colon.
    stopwords
        Extra stop words for keywords.
    connectives
        Matches a linking sentence opener and its comma ("However, ") at a position.
    adverbs, reduced_relatives, source_nouns, label_nouns, going_on_verbs, setting_words
        Open-class words the extraction rules read (``extraction_words.txt``): what may stand
        between a speaker and the cue, participles that describe who answered, nouns that name
        a source alone or end a label naming one, verbs before "to" and a cue ("went on to
        say"), words that open a scene-setting phrase.
    set_phrases
        Set phrases around a verb of saying that report nobody, as tuples of words.
    places
        Place names as written (``places.txt``, from GeoNames): a place is never a person.
    name_words
        What a name or a speaker's phrase names (``name_words.txt``, :class:`NameWords`).
    first_names
        Given names (lower case) -> the sex most of their bearers have (``first_names.csv``,
        :func:`load_first_names`).
    date_words
        The words that tell which way a date without a year points (``date_words.txt``,
        :class:`DateWords`).
    version
        Hash of the files' contents: part of every cache key.
    """

    cue_forms: Mapping[str, Cue]
    cue_first_words: frozenset
    speech_first_words: frozenset
    cue_spellings: frozenset
    single_cues: frozenset
    longer_cues: Mapping[str, tuple[str, ...]]
    aliases: Mapping[str, Actor]
    alias_pattern: re.Pattern
    titles: frozenset
    boilerplate: frozenset
    labels: frozenset
    stopwords: frozenset
    connectives: re.Pattern
    adverbs: frozenset
    reduced_relatives: frozenset
    source_nouns: frozenset
    label_nouns: frozenset
    going_on_verbs: frozenset
    setting_words: frozenset
    set_phrases: tuple
    version: str
    places: frozenset = frozenset()
    name_words: NameWords = field(default_factory=lambda: NameWords(*(frozenset(),) * 4))
    first_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    date_words: DateWords = field(default_factory=lambda: DateWords((), (), (), ()))


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def _csv_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(_lines(path)))


def _csv_mapping(data_dir: str | None, name: str, key: str, value: str, convert=str.strip) -> Mapping:
    """Column ``key`` (lower case) -> ``convert(value)`` (None: row left out) over the rows of the optional
    table ``name`` in ``data_dir`` (default ``data/``) that have both; no file: an empty mapping."""
    path = (Path(data_dir) if data_dir else DATA_DIR) / name
    if not path.is_file():
        return MappingProxyType({})
    pairs = ((row[key].strip().lower(), convert(row[value])) for row in _csv_rows(path)
             if row.get(key) and row.get(value))
    return MappingProxyType({k: v for k, v in pairs if v is not None})


#: The word lists of web-page boilerplate (:func:`load_page_words`).
PAGE_FILES = ("page_blocks.txt", "page_lines.txt", "boilerplate.txt")


@dataclass(frozen=True)
class PageWords:
    """The words that tell a web page's furniture from its article.

    Attributes
    ----------
    block_words
        Lower-cased words of a class or id that mark a box around the article.
    call_phrases
        Call-to-action openings ("subscribe", "sign up"), lower case, longest first.
    ask_phrases
        Openings that call to action only in a line with a word of ``reader_words`` ("follow").
    reader_words
        The words by which a site speaks to its reader ("you", "our").
    label_words
        Navigation labels before a colon ("category", "filed under"), lower case.
    lines
        The lower-cased boilerplate lines an analyst listed in ``boilerplate.txt``.
    """

    block_words: frozenset
    call_phrases: tuple[str, ...]
    ask_phrases: tuple[str, ...]
    reader_words: frozenset
    label_words: tuple[str, ...]
    lines: frozenset


def _sections(path: Path) -> dict[str, list[str]]:
    """The ``[name]`` sections of a word-list file, each a list of lower-cased lines."""
    out: dict[str, list[str]] = {}
    current = ""
    for ln in _lines(path):
        if ln.startswith("[") and ln.endswith("]"):
            current = ln[1:-1].strip().lower()
            continue
        out.setdefault(current, []).append(" ".join(ln.lower().split()))
    return out


@lru_cache(maxsize=4)
def load_page_words(data_dir: str | None = None) -> PageWords:
    """Read the web-page word lists from ``data_dir`` (default: the project's ``data/``).

    Parameters
    ----------
    data_dir
        Folder holding ``page_blocks.txt``, ``page_lines.txt`` and ``boilerplate.txt``.

    Returns
    -------
    PageWords
        Cached: each folder is read once per process.
    """
    folder = Path(data_dir) if data_dir else DATA_DIR
    sections = _sections(folder / "page_lines.txt")
    user = [ln.lower() for ln in _lines(folder / "boilerplate.txt") if not ln.endswith(":")]
    return PageWords(
        block_words=frozenset(w.lower() for ln in _lines(folder / "page_blocks.txt") for w in ln.split()),
        call_phrases=tuple(sorted(sections.get("call", []), key=len, reverse=True)),
        ask_phrases=tuple(sorted(sections.get("ask", []), key=len, reverse=True)),
        reader_words=frozenset(sections.get("reader", [])),
        label_words=tuple(sorted(sections.get("label", []), key=len, reverse=True)),
        lines=frozenset(" ".join(ln.split()) for ln in user),
    )


#: Word lists with loaders of their own, or that a folder may lack, that still change what
#: ``extract_statements`` returns (the dates, the places, the given names): part of
#: :attr:`Lexicon.version`, so cached statements are made again after an edit.
VERSIONED_LISTS = ("date_words.txt", "places.txt", "first_names.csv")


@dataclass(frozen=True)
class NameWords:
    """The words that tell what a name or a speaker's phrase names (``name_words.txt``).

    Attributes
    ----------
    female, male
        Lower-cased honorifics and role nouns that give the person they go with a sex.
    organisation
        Heads that make a capitalised run an organisation rather than a person.
    not_person
        Heads of capitalised runs that name no person: the organisation heads and the things.
    no_speaker
        Heads of capitalised names that name something that never speaks: a rule, a field of
        study, an event ("the Harbour Rule", "Geology").
    artifact
        Heads of a speaker's phrase that name a thing someone issued ("the statement", "a poll").
    artifact_kinds
        The same heads, one set per kind of thing ("ad", "clip", "video" are one kind).
    authoring
        Participles between such a thing and its author ("conducted", "issued").
    state
        Heads of a body of a country's state ("embassy", "court"): a country's word before them
        in a longer name still names the country ("the Norvanian Embassy").
    lesser
        Words before a role that make it another, lesser office ("vice", "deputy"): the
        vice-president is not "the president".
    """

    female: frozenset
    male: frozenset
    organisation: frozenset
    not_person: frozenset
    no_speaker: frozenset = frozenset()
    artifact: frozenset = frozenset()
    authoring: frozenset = frozenset()
    artifact_kinds: tuple = ()
    lesser: frozenset = frozenset()
    state: frozenset = frozenset()


@lru_cache(maxsize=4)
def load_name_words(data_dir: str | None = None) -> NameWords:
    """Read ``name_words.txt`` from ``data_dir`` (default: the project's ``data/``); cached.

    Parameters
    ----------
    data_dir
        Folder holding ``name_words.txt`` (sections ``[female]``, ``[male]``,
        ``[organisation]``, ``[thing]``, ``[no_speaker]``, ``[artifact]``, ``[authoring]``,
        ``[lesser]``, ``[state]``).

    Returns
    -------
    NameWords
        Each folder is read once per process.
    """
    sections = _sections((Path(data_dir) if data_dir else DATA_DIR) / "name_words.txt")
    female, male, organisation, thing, mute, artifact, authoring, lesser, state = (_words(sections.get(k, [])) for k in (
        "female", "male", "organisation", "thing", "no_speaker", "artifact", "authoring", "lesser", "state"))
    kinds = tuple(_words([ln]) for ln in sections.get("artifact", []))
    return NameWords(female, male, organisation, organisation | thing, mute, artifact, authoring, kinds, lesser, state)


@dataclass(frozen=True)
class DateWords:
    """The words that tell which way a date without a year points (``date_words.txt``).

    Attributes
    ----------
    next_words, last_words
        Words right before a date that put it after or before the day of publication.
    future_words, past_words
        Words in the date's clause that speak of what is to come or of what was.
    """

    next_words: tuple[str, ...]
    last_words: tuple[str, ...]
    future_words: tuple[str, ...]
    past_words: tuple[str, ...]


@lru_cache(maxsize=4)
def load_date_words(data_dir: str | None = None) -> DateWords:
    """Read ``date_words.txt`` from ``data_dir`` (default: the project's ``data/``); cached.

    A folder without the file gives no words (no date is read as pointing either way).
    """
    path = (Path(data_dir) if data_dir else DATA_DIR) / "date_words.txt"
    sections = _sections(path) if path.is_file() else {}
    return DateWords(*(tuple(sections.get(k, [])) for k in ("next", "last", "future", "past")))


def _words(lines: list[str]) -> frozenset:
    """The words of ``lines``, as one set."""
    return frozenset(w for ln in lines for w in ln.split())


def _version(folder: Path) -> str:
    """Hash of the folder's word lists (the optional ones when present): part of every cache key."""
    digest = hashlib.sha1()
    for name in FILES + tuple(n for n in VERSIONED_LISTS if (folder / n).is_file()):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """Read the word lists from ``data_dir`` (default: the project's ``data/``).

    Parameters
    ----------
    data_dir
        Folder holding the files of :data:`FILES` (``cues.csv``, ``actors.csv``,
        ``titles.txt``, ``name_words.txt``, …) and optionally those of :data:`VERSIONED_LISTS`
        (``first_names.csv``, ``places.txt``, ``date_words.txt``): every word list the
        extraction reads comes from this one folder.

    Returns
    -------
    Lexicon
        Cached: each folder is read once per process.
    """
    folder = Path(data_dir) if data_dir else DATA_DIR
    cue_forms: dict[str, Cue] = {}
    for row in _csv_rows(folder / "cues.csv"):
        cue = Cue(row["lemma"].strip(), row["type"].strip(), row["object"].strip(),
                  frozenset((row.get("frame") or "clause").split()))
        for form in row["forms"].split():
            cue_forms[form.replace("_", " ").lower()] = cue

    aliases: dict[str, Actor] = {}
    for row in _csv_rows(folder / "actors.csv"):
        actor = Actor(row["canonical"].strip(), row["type"].strip())
        aliases.setdefault(actor.canonical, actor)
        for alias in row["aliases"].split("|"):
            if alias.strip():
                aliases.setdefault(alias.strip(), actor)
    ordered = sorted(aliases, key=len, reverse=True)
    # whole words; a possessive may follow ("the Kremlin’s stance")
    # the look-ahead at the first letters lets the engine skip every other position fast
    firsts = "".join(sorted({re.escape(a[0]) for a in ordered}))
    alias_pattern = re.compile(r"(?=[" + firsts + r"])(?<![\w.])(?:" + "|".join(re.escape(a) for a in ordered)
                               + r")(?=[’']s\b|[^\w’'.]|\.(?!\w)|$)") if ordered else re.compile(r"(?!)")

    lines = _lines(folder / "boilerplate.txt")
    boilerplate = frozenset(ln.lower() for ln in lines if not ln.endswith(":"))
    labels = frozenset(ln[:-1].strip().lower() for ln in lines if ln.endswith(":"))
    first_words = frozenset(f.split()[0] for f in cue_forms)
    extraction = _sections(folder / "extraction_words.txt")
    longer: dict[str, tuple[str, ...]] = {}
    for f in (f for f in cue_forms if " " in f):
        longer[f.split()[0]] = longer.get(f.split()[0], ()) + (f,)
    return Lexicon(
        cue_forms=MappingProxyType(cue_forms),
        cue_first_words=first_words,
        speech_first_words=frozenset(f.split()[0] for f, c in cue_forms.items() if c.type != "stance"),
        cue_spellings=frozenset(v for w in first_words for v in (w, w.capitalize(), w.upper())),
        single_cues=frozenset(f for f in cue_forms if " " not in f),
        longer_cues=MappingProxyType(longer),
        aliases=MappingProxyType(aliases),
        alias_pattern=alias_pattern,
        titles=frozenset(w.lower() for ln in _lines(folder / "titles.txt") for w in ln.split()),
        boilerplate=boilerplate,
        labels=labels,
        stopwords=frozenset(w.lower() for ln in _lines(folder / "stopwords.txt") for w in ln.split()),
        connectives=re.compile(r"(?:" + "|".join(re.escape(c) for c in sorted(
            _lines(folder / "connectives.txt"), key=len, reverse=True)) + r"),\s+"),
        adverbs=_words(extraction["adverbs"]),
        reduced_relatives=_words(extraction["reduced_relatives"]),
        source_nouns=_words(extraction["source_nouns"]),
        label_nouns=_words(extraction["label_nouns"]),
        going_on_verbs=_words(extraction["going_on_verbs"]),
        setting_words=_words(extraction["setting_words"]),
        set_phrases=tuple(tuple(ln.lower().split()) for ln in extraction["set_phrases"]),
        version=_version(folder),
        places=frozenset(_lines(folder / "places.txt")) if (folder / "places.txt").is_file() else frozenset(),
        name_words=load_name_words(str(folder)),
        first_names=load_first_names(str(folder)),
        date_words=load_date_words(str(folder)),
    )


_WORD_RE = re.compile(r"[A-Za-z]{2,}")


def has_cue_word(lexicon: Lexicon, text: str, start: int, end: int, *, speech: bool = False) -> bool:
    """True when ``text[start:end]`` holds a word that can begin a cue (a cheap pre-check);
    with ``speech``, only cues of saying count."""
    first = lexicon.speech_first_words if speech else lexicon.cue_first_words
    return not first.isdisjoint(_WORD_RE.findall(text[start:end].lower()))


def cue_word_spans(lexicon: Lexicon, low: str, *, speech: bool = False) -> list[tuple[int, int]]:
    """Where in ``low`` (text in lower case) the words that :func:`has_cue_word` looks for
    are: ``has_cue_word`` over a stretch holds when one of them lies inside it."""
    first = lexicon.speech_first_words if speech else lexicon.cue_first_words
    return [m.span() for m in _WORD_RE.finditer(low) if m.group() in first]


# --- keywords: plurals the singular rules cannot derive (data/plurals.csv) ----------------------
PLURALS_FILE = "plurals.csv"


@lru_cache(maxsize=4)
def load_plurals(data_dir: str | None = None) -> Mapping[str, str]:
    """Irregular and invariable plurals (lower case) -> their singular ("children" -> "child").

    Parameters
    ----------
    data_dir
        Folder holding ``plurals.csv`` (columns ``plural``, ``singular``); default the
        project's ``data/``. A folder without the file gives an empty mapping.

    Returns
    -------
    Mapping[str, str]
        Cached: each folder is read once per process.
    """
    return _csv_mapping(data_dir, PLURALS_FILE, "plural", "singular", lambda v: v.strip().lower())


#: The codes of ``first_names.csv``'s gender column: female, male, neither clearly.
SEX_CODES = frozenset("fmu")


@lru_cache(maxsize=4)
def load_first_names(data_dir: str | None = None) -> Mapping[str, str]:
    """Given names (lower case) -> the sex most of their bearers have: ``"f"``, ``"m"``, or ``"u"``
    when neither sex has a clear majority.

    Read from ``first_names.csv`` in ``data_dir`` (default: the project's ``data/``); built from
    the US Social Security Administration's baby names (public domain) by
    ``bench/build_first_names.py``. A folder without the file gives an empty mapping.

    Parameters
    ----------
    data_dir
        Folder holding ``first_names.csv``.

    Returns
    -------
    Mapping[str, str]
        Cached: each folder is read once per process.
    """
    return _csv_mapping(data_dir, "first_names.csv", "name", "gender", lambda v: v.strip() if v.strip() in SEX_CODES else None)


# --- word valence for target sentiment (data/valence.csv) ----------------------------------------
VALENCE_FILE = "valence.csv"


@lru_cache(maxsize=4)
def load_valence(data_dir: str | None = None) -> Mapping[str, float]:
    """Words (lower case) -> how good or bad they sound, in [-1, 1].

    Read from ``valence.csv`` in ``data_dir`` (default: the project's ``data/``); built from the
    VADER lexicon (Hutto & Gilbert 2014, MIT licence) by ``bench/build_valence.py``. A folder
    without the file gives an empty mapping.

    Parameters
    ----------
    data_dir
        Folder holding ``valence.csv`` (columns ``word``, ``valence``).

    Returns
    -------
    Mapping[str, float]
        Cached: each folder is read once per process.
    """
    return _csv_mapping(data_dir, VALENCE_FILE, "word", "valence", lambda v: max(-1.0, min(1.0, float(v))))


# --- the news-event lexicon of target sentiment (data/sentiment_verbs.csv) ---------------------
SENTIMENT_EVENTS_FILE = "sentiment_verbs.csv"
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
        Folder holding ``sentiment_verbs.csv`` (columns ``word``, ``polarity``, ``role``).

    Returns
    -------
    SentimentEvents
        Cached: each folder is read once per process.

    Raises
    ------
    LexiconError
        A row's role is not subject, object or both.
    """
    from .errors import LexiconError

    folder = Path(data_dir) if data_dir else DATA_DIR
    explicit: dict[str, list[SentimentEvent]] = {}
    derived: dict[str, list[SentimentEvent]] = {}
    multi: dict[str, dict[tuple[str, ...], list[SentimentEvent]]] = {}
    for row in _csv_rows(folder / SENTIMENT_EVENTS_FILE):
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
