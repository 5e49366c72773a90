"""Reading a word-list folder: where it is, its three file formats, its optional two-column tables.

Every list in ``data/`` is plain text (one entry a line, ``#`` comments), plain text in
``[sections]``, or CSV. :mod:`analysis.lexicon` builds :class:`~analysis.lexicon.Lexicon` from
them; the two-column tables a folder may lack (plurals, given names, word valence) are read here,
each cached per folder.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from . import paths

#: The folder of word lists read when none is named: the project's ``data/``, else the packaged copy.
DATA_DIR = paths.data_dir()


def folder_of(data_dir: str | Path | None) -> Path:
    """The word-list folder ``data_dir`` names, or :data:`DATA_DIR` when it names none."""
    return Path(data_dir) if data_dir else DATA_DIR


def read_lines(path: Path) -> list[str]:
    """The lines of a word-list file, stripped, without blank lines and ``#`` comments."""
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def read_csv(path: Path) -> list[dict]:
    """The rows of a CSV word list (comment lines left out), as dictionaries by column."""
    return list(csv.DictReader(read_lines(path)))


def csv_mapping(data_dir: str | None, name: str, key: str, value: str, convert=str.strip) -> Mapping:
    """Column ``key`` (lower case) -> ``convert(value)`` (None: row left out) over the rows of the optional
    table ``name`` in ``data_dir`` (default ``data/``) that have both; no file: an empty mapping."""
    path = folder_of(data_dir) / name
    if not path.is_file():
        return MappingProxyType({})
    pairs = ((row[key].strip().lower(), convert(row[value])) for row in read_csv(path)
             if row.get(key) and row.get(value))
    return MappingProxyType({k: v for k, v in pairs if v is not None})


def read_sections(path: Path) -> dict[str, list[str]]:
    """The ``[name]`` sections of a word-list file, each a list of lower-cased lines."""
    out: dict[str, list[str]] = {}
    current = ""
    for ln in read_lines(path):
        if ln.startswith("[") and ln.endswith("]"):
            current = ln[1:-1].strip().lower()
            continue
        out.setdefault(current, []).append(" ".join(ln.lower().split()))
    return out


def words_of(lines: list[str]) -> frozenset:
    """The words of ``lines``, as one set."""
    return frozenset(w for ln in lines for w in ln.split())



#: The plurals the singular rules of keywords cannot derive ("children", "news").
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
    return csv_mapping(data_dir, PLURALS_FILE, "plural", "singular", lambda v: v.strip().lower())


#: The codes of ``first_names.csv``'s gender column: female, male, neither clearly.
SEX_CODES = frozenset("fmu")
#: ... those that give a sex: a "u" name tells none.
CLEAR_SEX_CODES = frozenset("fm")


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
    return csv_mapping(data_dir, "first_names.csv", "name", "gender", lambda v: v.strip() if v.strip() in SEX_CODES else None)


#: Word valence for target sentiment, from VADER's lexicon.
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
    return csv_mapping(data_dir, VALENCE_FILE, "word", "valence", lambda v: max(-1.0, min(1.0, float(v))))
