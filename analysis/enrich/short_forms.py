"""Short forms of names linked to the full names an article writes elsewhere: "Mr. Voss" to the
one man's full name with that surname, even where it stands only inside a longer name ("the
Jon Voss Prize"); an acronym defined in brackets after its body ("Friends of the Arnsby
Ferries (FAF)"). Read by the sieve in :mod:`analysis.enrich.identity`.
"""
from __future__ import annotations

import re
from typing import Mapping

from .names import initials
from .proper_names import full_forms

__all__ = ["acronym_body", "bracketed_acronyms", "gendered_full_form"]

#: Most words of a body's name read before an acronym in brackets.
MAX_BODY_WORDS = 8
#: Characters read back from an acronym's bracket for its body's name: eight long words; the
#: bound keeps the search linear on runs of capitalised words with no bracket after them.
BODY_REACH = 160
# an acronym in brackets: "(FAF)"; the body's name is read back from it
_ACRONYM_RE = re.compile(r"[ \t]\(([A-Z]{2,7})\)")
# the body's name at the end of the text before the bracket: capitalised words or short links
# ("to", "for", "of", "the", "and"): "Friends of the Arnsby Ferries"
_BODY_BEFORE_RE = re.compile(r"(?:(?<=[\s(\"“])|^)((?:[A-Z][\w’'&.-]*|of|for|to|the|and|on|in)"
                             r"(?:[ \t]+(?:[A-Z][\w’'&.-]*|of|for|to|the|and|on|in))*)[ \t]*$")


def gendered_full_form(text: str, surname: str, gender: str, first_names: Mapping[str, str]) -> str | None:
    """The one full name ``text`` gives ``surname`` with a given name of ``gender`` ("m" for
    "Mr. Voss"), wherever it stands ("Jon Voss", or "Jon K. Voss"; inside "the Jon Voss Prize"
    too); None with none or several.

    Parameters
    ----------
    text
        The article.
    surname
        The name after the honorific ("Voss").
    gender
        "m" or "f", as the honorific gives it.
    first_names
        Given names (lower case) -> the sex most of their bearers have.

    Returns
    -------
    str or None
    """
    found = {name for name in full_forms(text, surname, first_names)
             if first_names.get(name.split()[0].lower()) == gender}
    return next(iter(found)) if len(found) == 1 else None


def bracketed_acronyms(text: str) -> dict[str, str]:
    """Acronym -> the body's name it follows in brackets: "the union Friends of the Arnsby
    Ferries (FAF)" -> {"FAF": "Friends of the Arnsby Ferries"}, when the capitalised words' initials
    spell it (a link word such as "to" or "the" adds no letter)."""
    out: dict[str, str] = {}
    for found in _ACRONYM_RE.finditer(text):
        before = _BODY_BEFORE_RE.search(text, max(0, found.start() - BODY_REACH), found.start())
        if before is None:
            continue
        words, acronym = before.group(1).split()[-MAX_BODY_WORDS:], found.group(1)
        for k in range(len(words)):
            if words[k][:1].isupper() and words[k] != "The" and initials(words[k:]) == acronym:
                out.setdefault(acronym, " ".join(words[k:]))
                break
    return out


def acronym_body(speaker: str | None, name: str, acronyms: Mapping[str, str]) -> str | None:
    """The body an acronym stands for: the first reading's speaker ("the NBO" -> "Norvanian
    Budget Office"), or a phrase's last word when all words before it are in lower case ("the
    second winter FAF", a subject read too long)."""
    if speaker and speaker in acronyms:
        return acronyms[speaker]
    words = name.split()
    if len(words) >= 2 and words[-1] in acronyms and all(w.islower() for w in words[:-1]):
        return acronyms[words[-1]]
    return None
