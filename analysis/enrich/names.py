"""The shape of a name: where a person's name starts inside a written mention, what is its role,
what is no name at all, and the short forms (surname, given name, initials) a name is written as.

Decided by shape and part of speech, not by a list of roles or of junk seen before: a name is
the run of capitalised name tokens (given names, initials, particles such as "de", "van",
"bin") next to the cue; the words before it are the role ("Harbour pilot Ada Voss").
"""
from __future__ import annotations

import re
from typing import Mapping

from ..bundled import pos_lexicon
from ..nlp.words import CALENDAR_NAMES, NAME_LINKS, NAME_PARTICLES, SURNAME_PREFIXES
from ..lexicon import Lexicon

#: Tags of TextBlob's lexicon that a proper name may carry: any other tag on a word's lower case
#: ("officials" NNS, "falsely" RB, "video" NN) makes a capitalised lone word a common word.
PROPER_TAGS = frozenset({"NNP", "NNPS", None})
#: Tags of plural common nouns: a bare plural ("Officials", "Researchers") is a group.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Tags of a hyphenated word's last part that make it a modifier, no name ("Tarn-based"); an
#: adjective may end a double surname ("Smith-Brown").
_MODIFIER_TAGS = frozenset({"VBN", "VBD"})
#: Longest all-capital word read as an acronym ("PBO", "NATO", "UNICEF").
MAX_ACRONYM = 7
_APOSTROPHES = "’'"
_INITIAL_RE = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
# one word of two run together: a capitalised word or an acronym, then a capital ("ShoreTech",
# "TarnAI", "NVCentral")
_FUSED_RE = re.compile(r"([A-Z][a-z]+|[A-Z]{2,})([A-Z][A-Za-z]*)")


def is_initial(word: str) -> bool:
    """"J." or "J.R.": an initial inside a name."""
    return bool(_INITIAL_RE.match(word))


def is_fused(word: str) -> bool:
    """One word made of two run together, one of them a common English word or an acronym
    ("ShoreTech", "OpenHarbour", "NVCentral"): a company's or a site's name, not a person's. A
    surname's prefix or particle ("McBride", "DeVries", "LaRue") makes no such word."""
    m = None if word.isupper() else _FUSED_RE.fullmatch(word)  # ("NATO" is an acronym)
    if m is None:
        return False
    head, rest = m.groups()
    if head.lower() in NAME_PARTICLES or head.lower() in SURNAME_PREFIXES:
        return False
    return head.isupper() or rest.isupper() or common_tag(head) is not None or common_tag(rest) is not None


def is_acronym(word: str) -> bool:
    """An all-capital word of two to MAX_ACRONYM letters ("PBO", "NDP")."""
    core = word.replace(".", "")
    return 2 <= len(core) <= MAX_ACRONYM and core.isalpha() and core.isupper()


def strip_possessive(word: str) -> str:
    """"Voss’s" -> "Voss", "Reuters’" -> "Reuters"."""
    for a in _APOSTROPHES:
        if word.endswith(a + "s"):
            return word[:-2]
        if word.endswith(a) and len(word) > 1:
            return word[:-1]
    return word


def is_possessive(word: str) -> bool:
    return strip_possessive(word) != word


def is_dated(word: str) -> bool:
    """"May’s", "Monday's": a date's possessive, which opens a phrase as a determiner does
    ("May’s Norvia Times poll")."""
    base = strip_possessive(word)
    return base != word and base.lower() in CALENDAR_NAMES


def common_tag(word: str) -> str | None:
    """The tag of ``word``'s lower case when it is a common word (not a proper name), else None."""
    tag = pos_lexicon().get(word.lower())
    return None if tag in PROPER_TAGS else tag


def is_common(word: str, first_names: Mapping[str, str]) -> bool:
    """A capitalised ``word`` that is an ordinary English word and no given name ("Rival", "Video")."""
    return common_tag(word) is not None and word.lower() not in first_names


def _name_token(word: str) -> bool:
    return word[:1].isupper() and not is_possessive(word) or is_initial(word)


def name_start(words: list[str], titles: frozenset, first_names: Mapping[str, str]) -> int:
    """Index of the first word of the person's name at the end of ``words``.

    The name is the last run of name tokens (capitalised words, initials, particles between
    them); leading words of that run that are titles, acronyms of a body ("NDP", "MSNBC") or
    common words that are no given name ("Rival", "Retired") belong to the role. Returns
    ``len(words)`` when the mention does not end in a name.
    """
    k = len(words)
    while k > 0 and (_name_token(words[k - 1]) or (
            words[k - 1].lower() in NAME_PARTICLES and k - 1 > 0 and k < len(words) and _name_token(words[k - 2]))):
        k -= 1
    while k < len(words) and words[k].lower() in NAME_PARTICLES:
        k += 1
    titled = [j for j in range(k, len(words) - 1) if words[j].lower().rstrip(".") in titles
              or words[j].lower() in titles or all(p in titles for p in words[j].lower().split("-"))]
    if titled:  # "Florida Sen. Ada Voss", "Charlotte Mayor Ada Voss": the name follows the last title
        k = titled[-1] + 1
    all_caps = all(w.isupper() for w in words[k:] if w.isalpha())
    j = k
    while len(words) - j > 1:  # keep at least one word
        w = words[j]
        low = w.lower().rstrip(".")
        if low in first_names or is_initial(w):
            break
        if low in titles or (is_acronym(w) and not all_caps) or is_common(w, first_names):
            j += 1
            continue
        break
    # a role cut off only before a given name: "Rival Ada Voss", not "Port | Halden"
    if j > k and (words[j].lower() in first_names or is_initial(words[j])
                  or all(w.lower().rstrip(".") in titles or is_acronym(w) for w in words[k:j])):
        k = j
    # a run of three or more whose given name comes after its first word: "Premier Blaine Higgs"
    given = [j for j in range(k + 1, len(words) - 1) if words[j].lower() in first_names]
    if len(words) - k >= 3 and given and words[k].lower() not in first_names and not is_initial(words[k]):
        k = given[0]
    return k


def without_place(words: list[str]) -> list[str]:
    """"Mayor Ada Voss of Port Halden" -> "Mayor Ada Voss": a place after "of" at the end of a
    mention that names a person before it (the words before "of" end in two capitalised words)."""
    if "of" not in words[1:-1]:
        return words
    at = len(words) - 1 - words[::-1].index("of")
    before, after = words[:at], words[at + 1:]
    if len(before) >= 2 and all(w[:1].isupper() for w in before[-2:] + after):
        return before
    return words


def title_case(name: str) -> str:
    """"ADA VOSS" -> "Ada Voss"; a name with lower-case letters, or one word ("NATO"), is kept."""
    if " " in name and not any(c.islower() for c in name) and any(c.isalpha() for c in name):
        return " ".join(w if w.lower() in NAME_PARTICLES else w[:1] + w[1:].lower() for w in name.split())
    return name


def initials(words: list[str]) -> str:
    """The acronym of a body's name: "Parliamentary Budget Officer" -> "PBO"."""
    return "".join(w[0] for w in words if w.lower() not in NAME_LINKS and w[:1].isupper())


def generic_kind(name: str, lex: Lexicon) -> str | None:
    """``"group"`` or ``"anonymous"`` when a written speaker names nobody in particular, else None.

    A contraction ("I'm", "We're"), a lone common word ("Falsely", "Video", "Officials"), or a
    phrase of common words with no given name and no body's head ("Header Image", "Or by Email")
    is no name. Bare plurals ("Researchers", "Police") are groups.
    """
    first_names, org_words = lex.first_names, lex.name_words.organisation
    words = name.split()
    if not words or name in lex.aliases:
        return None
    if any(a in w and not w.endswith(a) and not w.endswith(a + "s") and w.lower()[:1] in "iwyt"
           for w in words for a in _APOSTROPHES):
        return "anonymous"  # "I'm", "We're", "You've", "They'll"
    if len(words) == 1 and name.endswith("s") and pos_lexicon().get(name[:-1].lower()) == "JJ":
        return "group"  # "Centrists": the plural of an adjective is a group of people
    if len(words) == 1 and "-" in name.strip("-") and common_tag(name.rsplit("-", 1)[1]) in _MODIFIER_TAGS:
        return "anonymous"  # "Tarn-based", "Board-appointed": a modifier whose noun was cut off
    tags = [common_tag(strip_possessive(w)) for w in words]
    if len(words) == 1 and tags[0] is None and name.endswith("s") and common_tag(name[:-1]) == "JJ" \
            and name[:-1].lower() not in first_names:
        return "group"  # "Republicans", "Canadians": the plural of an adjective is its people
    if any(t is None for t in tags):
        return None
    if words[0].lower() in first_names and (len(words) == 1 or tags[-1] not in PLURAL_TAGS):
        return None  # "Grace Field" may be a person; "Marine Operations" is not

    if len(words) > 1 and strip_possessive(words[-1]).lower() in org_words:
        return None  # "Human Rights Campaign": a body's name made of common words
    head = strip_possessive(words[-1]).lower()
    return "group" if tags[-1] in PLURAL_TAGS or head in org_words else "anonymous"
