"""When a statement was made: the phrase that dates it, resolved against the publication date.

A date written without a year ("Feb. 9", "30 April") or a bare weekday is placed by the grammar
around it: "until 30 April", "the upcoming Feb. 9 awards", "will vote on Nov. 29" point on or
after the day of publication; anything else (news reports what happened) on or before it. The
words that tell are in ``data/date_words.txt``.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .lexicon import DateWords, load_date_words
from .nlp.words import MONTH_NAMES, WEEKDAY_NAMES

#: Which way a date points from publication: on or after, on or before, not said.
AFTER, BEFORE, UNSAID = 1, -1, 0
#: A word right before the date tells its way when it is at most this many words before it
#: ("ahead of the Jan. 9 vote").
NEAR_WORDS = 3
#: The date's clause, for the tense: this many words before the date and after it, cut at the
#: end of a sentence or a quotation mark (a quote's tense is the speaker's, not the report's).
CLAUSE_WORDS_BEFORE = 8
CLAUSE_WORDS_AFTER = 6


class DatePhrase(str):
    """A date phrase as written, with the way it points from publication (``direction``)."""

    direction: int = UNSAID

    def __new__(cls, text: str, direction: int = UNSAID):  # noqa: D102
        obj = super().__new__(cls, text)
        obj.direction = direction
        return obj

    def __reduce__(self):  # pickles (process pools, caches) keep the direction
        return (DatePhrase, (str(self), self.direction))

WEEKDAYS = WEEKDAY_NAMES  # in calendar order: a weekday's index counts days from Monday
MONTHS = MONTH_NAMES
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}

# Phrases that date a statement relative to another day, and relative to the day of publication.
SAME_DAY = ("the same day", "that day", "the day before", "the previous day", "the next day", "the following day")
RELATIVE_DAYS = ("yesterday", "today", "tonight", "last night", "this morning")
#: The relative days that date a statement the day before publication; the others date it that day.
DAY_BEFORE_PUBLICATION = frozenset(("yesterday", "last night"))
#: Days a phrase of SAME_DAY moves from the date before it ("that day" and "the same day": none).
SAME_DAY_SHIFTS = {"the day before": -1, "the previous day": -1, "the next day": 1, "the following day": 1}
# Every phrase without a number holds one of these (the weekdays too): a stretch with none of them
# and no digit holds no date, and the pattern need not be tried there.
DATE_WORDS = ("day", "night", "morning")

DATE_RE = re.compile(
    # every phrase starts a word, with one of these letters: both tests first let the engine
    # give up fast at other positions
    r"\b(?=[oltheMTWFSyJAOND0-9])"
    r"(?:\b(?:(?:on|last|this|late|early)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"|\b(?P<same>" + "|".join(SAME_DAY) + r")\b"
    r"|\b(?P<rel>" + "|".join(RELATIVE_DAYS) + r")\b"
    r"|\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"
    r"|\b(?P<day2>\d{1,2})\s+(?P<month2>" + "|".join(MONTHS) + r")(?:\s+(?P<year2>\d{4}))?\b)",
    re.IGNORECASE,
)


_DIGIT_RE = re.compile(r"\d")


def date_phrase(text: str, start: int, end: int, *, exclude: tuple[int, int] | None = None,
                words: DateWords | None = None) -> str | None:
    """The first date phrase in ``text[start:end]`` outside the ``exclude`` span (the content).

    Phrases outside the statement's own words date the act of speaking ("speaking Wednesday");
    a date inside the content is what the statement is about, so the content is not searched.
    ``words`` tell which way it points (default: the project's ``date_words.txt``).
    """
    if not may_hold_date(text, start, end):
        return None
    spans = [(start, end)]
    if exclude is not None:
        s, e = exclude
        spans = [(start, max(start, min(s, end))), (min(max(e, start), end), end)]
    for a, b in spans:
        m = DATE_RE.search(text, a, b) if b > a else None
        if m:
            return DatePhrase(m.group(0), direction(text, m.start(), m.end(), start=start, end=end, skip=exclude,
                                                             words=words))
    return None


_CLAUSE_END = re.compile(r"[.!?;\"“”]\s")
_WORD = re.compile(r"[\w’']+")


@lru_cache(maxsize=4)
def _patterns(words: DateWords) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    def alt(ws):
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ws, key=len, reverse=True))
        return re.compile(r"(?<![\w’'])(?:" + body + r")(?![\w’'])", re.IGNORECASE) if ws else re.compile(r"(?!)")

    return alt(words.next_words), alt(words.last_words), alt(words.future_words), alt(words.past_words)


def direction(text: str, a: int, b: int, *, start: int = 0, end: int | None = None,
              skip: tuple[int, int] | None = None, words: DateWords | None = None) -> int:
    """Which way the date at ``text[a:b]`` points from publication, read in ``text[start:end]``.

    Words inside ``skip`` (a statement's own words: their tense is the speaker's) are not read.

    Returns
    -------
    int
        :data:`AFTER` for "until 30 April", "the upcoming Feb. 9 vote", "will meet on Nov. 29";
        :data:`BEFORE` for "since March 3", "was held on March 3"; else :data:`UNSAID`.
    """
    end = len(text) if end is None else end
    nxt, last, future, past = _patterns(words or load_date_words())
    left_from = start
    for m in _CLAUSE_END.finditer(text, start, a):
        left_from = m.end()
    cut = _CLAUSE_END.search(text, b, end)
    right_to = cut.start() if cut else end
    left_words = list(_WORD.finditer(text, left_from, a))
    near = left_words[-NEAR_WORDS:]
    if near:
        lo = near[0].start()
        if nxt.search(text, lo, a):
            return AFTER
        if last.search(text, lo, a):
            return BEFORE
    lo = left_words[-CLAUSE_WORDS_BEFORE].start() if len(left_words) >= CLAUSE_WORDS_BEFORE else left_from
    right = list(_WORD.finditer(text, b, right_to))[:CLAUSE_WORDS_AFTER]
    hi = right[-1].end() if right else b
    found = [(m.start(), AFTER) for m in future.finditer(text, lo, hi)]
    found += [(m.start(), BEFORE) for m in past.finditer(text, lo, hi)]
    if skip is not None:
        found = [(at, way) for at, way in found if not skip[0] <= at < skip[1]]
    return min(found, key=lambda f: abs(f[0] - a))[1] if found else UNSAID


def may_hold_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a date phrase: a digit or one of DATE_WORDS. False
    settles it for every stretch inside too, so a caller may ask once for a sentence."""
    low = text[start:end].lower()
    return any(w in low for w in DATE_WORDS) or _DIGIT_RE.search(low) is not None


def resolve_date(phrase: str | None, published: pd.Timestamp | None,
                 previous: pd.Timestamp | None = None, *,
                 way: int | None = None) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Resolve a date phrase to a day.

    Parameters
    ----------
    phrase
        "Wednesday", "the same day", "March 3", ... or None.
    published
        Publication date of the article; weekdays are taken as the latest such day on or
        before it (news reports the past week), unless the grammar points after it.
    previous
        The date resolved for the previous statement, for "the same day".
    way
        Which way a date without a year (or a weekday) points: :data:`AFTER` places it on or
        after publication, :data:`BEFORE` or :data:`UNSAID` on or before. By default the
        ``direction`` a :class:`DatePhrase` carries.

    Returns
    -------
    (date, previous)
        The statement's date (the publication day when no phrase dates it, NaT-like None
        when nothing is known) and the date to carry to the next statement.
    """
    pub = published.normalize() if published is not None else None
    if not phrase:
        return pub, previous
    m = DATE_RE.fullmatch(phrase) or DATE_RE.search(phrase)
    if m is None:
        return pub, previous
    g = m.groupdict()
    ahead = (getattr(phrase, "direction", UNSAID) if way is None else way) == AFTER
    date = None
    if g["weekday"] and pub is not None:
        target = WEEKDAYS.index(g["weekday"].lower())
        if ahead:
            date = pub + pd.Timedelta(days=(target - pub.weekday()) % 7)
        else:
            date = pub - pd.Timedelta(days=(pub.weekday() - target) % 7)
    elif g["same"]:
        low = g["same"].lower()
        base = previous if previous is not None else None
        if base is not None:
            date = base + pd.Timedelta(days=SAME_DAY_SHIFTS.get(low, 0))
    elif g["rel"] and pub is not None:
        date = pub - pd.Timedelta(days=1) if g["rel"].lower() in DAY_BEFORE_PUBLICATION else pub
    elif (g["month"] or g["month2"]) and (g["year"] or g["year2"] or pub is not None):
        month = _MONTH_ABBR[(g["month"] or g["month2"]).lower()[:3]]
        day = int(g["day"] or g["day2"])
        year = int(g["year"] or g["year2"] or pub.year)
        try:
            date = pd.Timestamp(year=year, month=month, day=day)
        except ValueError:
            date = None
        if date is not None and pub is not None and not (g["year"] or g["year2"]):
            date = _nearest_year(date, pub, ahead=ahead)
    if date is None:
        return pub, previous  # the phrase cannot be placed: fall back to the publication day
    return date, date


def _nearest_year(date: pd.Timestamp, pub: pd.Timestamp, *, ahead: bool) -> pd.Timestamp | None:
    """``date`` (in the year of ``pub``) moved a year to lie on the side of ``pub`` the grammar says.

    None when the day does not exist in that year (February 29).
    """
    try:
        if ahead and date < pub:
            return date + pd.DateOffset(years=1) if date.month != 2 or date.day != 29 else None
        if not ahead and date > pub:
            return date - pd.DateOffset(years=1) if date.month != 2 or date.day != 29 else None
    except (ValueError, OverflowError):
        return None
    return date
