"""Where Quotebook reads its word lists and writes its caches, tables and reports: one place.

In a checkout of the project (a ``pyproject.toml`` and a ``data/`` folder beside the package),
the analyst's editable word lists are the top-level ``data/`` and outputs go under the project.
An installed wheel reads the copies of those lists that ship inside the package and writes its
outputs under the current folder. ``QUOTEBOOK_HOME`` names another folder for the outputs.
"""
from __future__ import annotations

import os
from pathlib import Path

#: the installed package itself
PACKAGE = Path(__file__).resolve().parent

#: the word lists that ship inside the wheel (the top-level ``data/`` copied at build time)
PACKAGED_DATA = PACKAGE / "_data"
#: the trained models that ship inside the package (analysis/models)
MODELS = PACKAGE / "models"

#: the top-level ``data/`` of the checkout the package sits in (absent from an installed wheel)
SOURCE_DATA = PACKAGE.parent / "data"

#: a file whose presence marks the editable word-list folder
_MARKER = "cues.csv"


def project_root() -> Path:
    """The folder outputs and caches live under.

    Returns
    -------
    pathlib.Path
        ``$QUOTEBOOK_HOME`` if set; else the checkout the package sits in; else the current folder.
    """
    home = os.environ.get("QUOTEBOOK_HOME")
    if home:
        return Path(home)
    root = PACKAGE.parent
    if (root / "pyproject.toml").is_file() and (root / "data" / _MARKER).is_file():
        return root
    return Path.cwd()


def data_dir() -> Path:
    """The folder of word lists :func:`analysis.load_lexicon` reads by default.

    Returns
    -------
    pathlib.Path
        The project's ``data/`` where it holds the word lists, else the packaged defaults
        (in a checkout, where nothing is packaged, the checkout's ``data/``).
    """
    for folder in (project_root() / "data", PACKAGED_DATA, SOURCE_DATA):
        if (folder / _MARKER).is_file():
            return folder
    return PACKAGED_DATA


def processed_dir() -> Path:
    """``data/processed`` under :func:`project_root`: the tables ``quotebook parse`` writes."""
    return project_root() / "data" / "processed"


def cache_dir() -> Path:
    """``data/processed/cache``: the article and statement caches."""
    return processed_dir() / "cache"


def reports_dir() -> Path:
    """``reports/`` under :func:`project_root`: rendered notebooks, one folder per corpus."""
    return project_root() / "reports"
