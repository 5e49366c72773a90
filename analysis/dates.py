"""When a statement was made: the phrase that dates it, resolved against the publication date."""
from __future__ import annotations

import re

import pandas as pd

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}

# Phrases that date a statement relative to another day, and relative to the day of publication.
SAME_DAY = ("the same day", "that day", "the day before", "the previous day", "the next day", "the following day")
RELATIVE_DAYS = ("yesterday", "today", "tonight", "last night", "this morning")
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


def date_phrase(text: str, start: int, end: int, *, exclude: tuple[int, int] | None = None) -> str | None:
    """The first date phrase in ``text[start:end]`` outside the ``exclude`` span (the content).

    Phrases outside the statement's own words date the act of speaking ("speaking Wednesday");
    a date inside the content is what the statement is about, so the content is not searched.
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
            return m.group(0)
    return None


def may_hold_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a date phrase: a digit or one of DATE_WORDS. False
    settles it for every stretch inside too, so a caller may ask once for a sentence."""
    low = text[start:end].lower()
    return any(w in low for w in DATE_WORDS) or _DIGIT_RE.search(low) is not None


def resolve_date(phrase: str | None, published: pd.Timestamp | None,
                 previous: pd.Timestamp | None = None) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Resolve a date phrase to a day.

    Parameters
    ----------
    phrase
        "Wednesday", "the same day", "March 3", ... or None.
    published
        Publication date of the article; weekdays are taken as the latest such day on or
        before it (news reports the past week).
    previous
        The date resolved for the previous statement, for "the same day".

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
    date = None
    if g["weekday"] and pub is not None:
        target = WEEKDAYS.index(g["weekday"].lower())
        date = pub - pd.Timedelta(days=(pub.weekday() - target) % 7)
    elif g["same"]:
        low = g["same"].lower()
        base = previous if previous is not None else None
        if base is not None:
            shift = {"the day before": -1, "the previous day": -1, "the next day": 1, "the following day": 1}
            date = base + pd.Timedelta(days=shift.get(low, 0))
    elif g["rel"] and pub is not None:
        date = pub - pd.Timedelta(days=1) if g["rel"].lower() in ("yesterday", "last night") else pub
    elif (g["month"] or g["month2"]) and (g["year"] or g["year2"] or pub is not None):
        month = _MONTH_ABBR[(g["month"] or g["month2"]).lower()[:3]]
        day = int(g["day"] or g["day2"])
        year = int(g["year"] or g["year2"] or pub.year)
        try:
            date = pd.Timestamp(year=year, month=month, day=day)
        except ValueError:
            date = None
        if date is not None and pub is not None and not (g["year"] or g["year2"]) and date > pub:
            date = date - pd.DateOffset(years=1)
    if date is None:
        return pub, previous  # the phrase cannot be placed: fall back to the publication day
    return date, date
