"""The editable word lists under ``data/``, read once per process into one frozen object.

Analysts extend Quotebook by editing these files (cue verbs, actors and aliases, titles,
boilerplate lines, stop words); nothing here is hard-coded in the extraction rules.
:func:`load_lexicon` is the one entry point: the folder it reads (``data_dir``) supplies every
list, those read by sentiment and keywords included. The file formats and the optional tables
are read in :mod:`analysis.lexicon_files`, the event lexicon in :mod:`analysis.sentiment_events`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from .lexicon_files import (CLEAR_SEX_CODES, DATA_DIR, PLURALS_FILE, SEX_CODES, VALENCE_FILE, csv_mapping, folder_of,
                            load_first_names, load_plurals, load_valence, read_csv, read_lines, read_sections, words_of)
from .sentiment_events import (SENTIMENT_EVENTS_FILE, SENTIMENT_ROLES, SentimentEvent, SentimentEvents, inflections,
                               load_sentiment_events)

__all__ = ["Actor", "CLEAR_SEX_CODES", "Cue", "DATA_DIR", "DateWords", "FILES", "Lexicon", "NameWords", "PAGE_FILES", "PLURALS_FILE",
           "PageWords", "SCORING_LISTS", "SENTIMENT_EVENTS_FILE", "SENTIMENT_ROLES", "SEX_CODES", "SentimentEvent", "SentimentEvents",
           "VALENCE_FILE", "VERSIONED_LISTS", "csv_mapping", "cue_word_spans", "folder_of", "has_cue_word", "inflections",
           "load_date_words", "load_first_names", "load_lexicon", "load_name_words", "load_page_words",
           "load_plurals", "load_sentiment_events", "load_valence", "read_csv"]

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
    saying_forms
        The inflected one-word forms of the cues of saying ("said", "says", "told"; not the bare
        lemma, which may be an imperative): a line that holds one reports someone.
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
    plurals
        Irregular and invariable plurals -> their singular (``plurals.csv``, :func:`load_plurals`):
        how keywords count "children" as "child".
    valence
        Words -> how good or bad they sound, in [-1, 1] (``valence.csv``, :func:`load_valence`).
    sentiment_events
        The news-event lexicon of target sentiment (``sentiment_verbs.csv``,
        :func:`load_sentiment_events`).
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
    saying_forms: frozenset = frozenset()
    plurals: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    valence: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    sentiment_events: SentimentEvents = field(
        default_factory=lambda: SentimentEvents(MappingProxyType({}), MappingProxyType({})))


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
    folder = folder_of(data_dir)
    sections = read_sections(folder / "page_lines.txt")
    user = [ln.lower() for ln in read_lines(folder / "boilerplate.txt") if not ln.endswith(":")]
    return PageWords(
        block_words=frozenset(w.lower() for ln in read_lines(folder / "page_blocks.txt") for w in ln.split()),
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

#: The tables sentiment and keywords read, which a folder may lack (read as empty): not part of
#: :attr:`Lexicon.version`, since what they change is scored after extraction and never cached.
SCORING_LISTS = (VALENCE_FILE, SENTIMENT_EVENTS_FILE, PLURALS_FILE)


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
    held
        Heads of a body one person holds, which speaks for its holder ("Ada Voss's office").
    local
        Heads of a place's own government ("the city of Port Halden").
    kinship
        Nouns of a relation to a person ("wife", "son"): "his wife" is the one person the
        article introduced so, whoever "his" stands for.
    same_role
        Role nouns that name one office, one set a line ("judge" and "justice" of a court).
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
    held: frozenset = frozenset()
    local: frozenset = frozenset()
    kinship: frozenset = frozenset()
    same_role: tuple = ()


@lru_cache(maxsize=4)
def load_name_words(data_dir: str | None = None) -> NameWords:
    """Read ``name_words.txt`` from ``data_dir`` (default: the project's ``data/``); cached.

    Parameters
    ----------
    data_dir
        Folder holding ``name_words.txt`` (sections ``[female]``, ``[male]``,
        ``[organisation]``, ``[thing]``, ``[no_speaker]``, ``[artifact]``, ``[authoring]``,
        ``[lesser]``, ``[state]``, ``[held]``, ``[local]``, ``[kinship]``, ``[same_role]``).

    Returns
    -------
    NameWords
        Each folder is read once per process.
    """
    sections = read_sections(folder_of(data_dir) / "name_words.txt")
    female, male, organisation, thing, mute, artifact, authoring, lesser, state, held, local = (
        words_of(sections.get(k, [])) for k in ("female", "male", "organisation", "thing", "no_speaker", "artifact",
                                                 "authoring", "lesser", "state", "held", "local"))
    kinds = tuple(words_of([ln]) for ln in sections.get("artifact", []))
    same_role = tuple(words_of([ln]) for ln in sections.get("same_role", []))
    return NameWords(female, male, organisation, organisation | thing, mute, artifact, authoring, kinds, lesser, state,
                     held, local, words_of(sections.get("kinship", [])), same_role)


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
    path = folder_of(data_dir) / "date_words.txt"
    sections = read_sections(path) if path.is_file() else {}
    return DateWords(*(tuple(sections.get(k, [])) for k in ("next", "last", "future", "past")))


def _version(folder: Path) -> str:
    """Hash of the folder's word lists (the optional ones when present): part of every cache key."""
    digest = hashlib.sha1()
    for name in FILES + tuple(n for n in VERSIONED_LISTS if (folder / n).is_file()):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


def _read_cues(folder: Path) -> dict[str, Cue]:
    """``cues.csv``: every written form of a cue ("said", "went on to say") to its :class:`Cue`."""
    cue_forms: dict[str, Cue] = {}
    for row in read_csv(folder / "cues.csv"):
        cue = Cue(row["lemma"].strip(), row["type"].strip(), row["object"].strip(),
                  frozenset((row.get("frame") or "clause").split()))
        for form in row["forms"].split():
            cue_forms[form.replace("_", " ").lower()] = cue
    return cue_forms


def _read_actors(folder: Path) -> tuple[dict[str, Actor], re.Pattern[str]]:
    """``actors.csv``: each alias (and canonical name) to its :class:`Actor`, and one pattern
    that finds any of them as whole words, longest first."""
    aliases: dict[str, Actor] = {}
    for row in read_csv(folder / "actors.csv"):
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
    return aliases, alias_pattern


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    """Read the word lists from ``data_dir`` (default: the project's ``data/``).

    Parameters
    ----------
    data_dir
        Folder holding the files of :data:`FILES` (``cues.csv``, ``actors.csv``,
        ``titles.txt``, ``name_words.txt``, …) and optionally those of :data:`VERSIONED_LISTS`
        (``first_names.csv``, ``places.txt``, ``date_words.txt``) and of the tables that
        sentiment and keywords read (``valence.csv``, ``sentiment_verbs.csv``, ``plurals.csv``;
        a folder without one reads it as empty): every word list the kit reads comes from this
        one folder.

    Returns
    -------
    Lexicon
        Cached: each folder is read once per process.
    """
    folder = folder_of(data_dir)
    cue_forms = _read_cues(folder)
    aliases, alias_pattern = _read_actors(folder)
    lines = read_lines(folder / "boilerplate.txt")
    boilerplate = frozenset(ln.lower() for ln in lines if not ln.endswith(":"))
    labels = frozenset(ln[:-1].strip().lower() for ln in lines if ln.endswith(":"))
    first_words = frozenset(f.split()[0] for f in cue_forms)
    extraction = read_sections(folder / "extraction_words.txt")
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
        titles=frozenset(w.lower() for ln in read_lines(folder / "titles.txt") for w in ln.split()),
        boilerplate=boilerplate,
        labels=labels,
        stopwords=frozenset(w.lower() for ln in read_lines(folder / "stopwords.txt") for w in ln.split()),
        connectives=re.compile(r"(?:" + "|".join(re.escape(c) for c in sorted(
            read_lines(folder / "connectives.txt"), key=len, reverse=True)) + r"),\s+"),
        adverbs=words_of(extraction["adverbs"]),
        reduced_relatives=words_of(extraction["reduced_relatives"]),
        source_nouns=words_of(extraction["source_nouns"]),
        label_nouns=words_of(extraction["label_nouns"]),
        going_on_verbs=words_of(extraction["going_on_verbs"]),
        setting_words=words_of(extraction["setting_words"]),
        set_phrases=tuple(tuple(ln.lower().split()) for ln in extraction["set_phrases"]),
        version=_version(folder),
        places=frozenset(read_lines(folder / "places.txt")) if (folder / "places.txt").is_file() else frozenset(),
        name_words=load_name_words(str(folder)),
        first_names=load_first_names(str(folder)),
        date_words=load_date_words(str(folder)),
        saying_forms=frozenset(f for f, c in cue_forms.items() if c.type != "stance" and f != c.lemma and " " not in f),
        plurals=load_plurals(str(folder)),
        valence=load_valence(str(folder)),
        sentiment_events=load_sentiment_events(str(folder)),
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


