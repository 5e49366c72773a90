"""Property-based checks: on any text, extraction never raises and every offset is honest, in
time; the look-up tables that keep it linear answer as the plain searches they replace."""
import warnings
from datetime import timedelta
from unittest import mock

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import extract_statements, find_actor_mentions_in, load_lexicon
from analysis import actors, speakers
from analysis.article_statements import LongTextWarning
from analysis.speakers import ArticleSpeakers
from conftest import fast_and_thorough


# Text built from pieces that stress the rules: quote marks of every kind, brackets, cue verbs,
# names, newlines, right-to-left script, emoji, and arbitrary Unicode.
PIECES = st.sampled_from([
    "“", "”", '"', "''", "«", "»", "„", "‘", "’", "[", "]", "(", ")", "—", "―", ":", ",", ".", "?", "!", "…",
    "\n", "\n\n", "\r\n", " ", "said", "says", "told reporters that", "according to", "he said", "she added",
    "Mayor Ilsa Brandt", "Voss", "the council", "We", "I", "U.S.", "Gen.", "Mr.", "שלום", "مرحبا", "🙂", "’s",
    "and warned that", "saying", "— Ada Voss", "Update:", "WASHINGTON —",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)
#: Longest generated text: long enough for runs of capitals, quote marks and spaces that a
#: backtracking pattern or a restarting scan would take minutes over.
LONG = 20_000
# Long text: each piece repeated up to 400 times ("AAAA…", "““““…", "said said …", long spaces).
LONG_TEXT = st.lists(st.tuples(st.one_of(PIECES, st.sampled_from(["A", "Aa ", " ", "x", "-"]), st.text(max_size=6)),
                               st.integers(1, 400)), max_size=80).map(lambda parts: "".join(p * k for p, k in parts)[:LONG])
#: Per-example deadlines: a short text takes milliseconds, a long one well under a second here;
#: these are many times that, so only a hang (or a time growing with the square of the length)
#: trips them, never a busy machine.
SHORT_DEADLINE = timedelta(seconds=2)
LONG_DEADLINE = timedelta(seconds=10)


@pytest.fixture(autouse=True, scope="module")
def _word_lists_loaded():
    extract_statements("“Warm,” she said.")  # the first call loads the word lists: not an example's time


def _check(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LongTextWarning)  # over a maximum length: said, and skipped
        df = extract_statements(text)
    for r in df.itertuples():
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text
        if not pd.isna(r.speaker_start):
            assert 0 <= r.speaker_start <= r.speaker_end <= len(text)
            assert text[r.speaker_start:r.speaker_end] == r.speaker_mention
        if not pd.isna(r.cue_start):
            assert 0 <= r.cue_start <= r.cue_end <= len(text)


# slow: 400 generated texts (3 s)
@pytest.mark.slow
@settings(max_examples=400, deadline=SHORT_DEADLINE, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gives_honest_offsets(text):
    _check(text)


test_arbitrary_unicode, test_arbitrary_unicode_thoroughly = fast_and_thorough(
    _check, 40, 200, st.text(max_size=300), deadline=SHORT_DEADLINE)

test_long_text_gives_honest_offsets_in_time, test_long_text_gives_honest_offsets_in_time_thoroughly = (
    fast_and_thorough(_check, 12, 60, LONG_TEXT, deadline=LONG_DEADLINE,
                       suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]))


# --- the look-up tables answer as the searches they replace ----------------------------------

WORDS = ["Ada", "Voss", "Ada Voss", "Lee", "Lee Lee", "O'Brien", "Kremlin", "x", "Vossa", "’s", ",", " ", "_",
         "Ada-Voss", "1", "é", "Éva", "Lee-Lee", "director", "the", "W.", "When", "\n"]
NAMES = ["Ada", "Voss", "Ada Voss", "Lee", "Lee Lee", "O'Brien", "Vossa", "Éva", "Lee-Lee", "", "’s", "_x"]
PIECE_TEXT = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", ",", "\n", "-", "  "])),
                      max_size=30).map(lambda ps: "".join(w + s for w, s in ps))


def _searched_mentions(text, spans, persons, lex):
    """What ``find_actor_mentions_in`` found before it looked names up by their first word:
    aliases (none inside a longer name), then each name searched for over all the stretches one occurrence after the
    other, the longest of overlapping mentions kept."""
    found = [[(m.start(), m.end(), m.group()) for m in lex.alias_pattern.finditer(text, s, e)
              if not actors.inside_longer_name(text, m.start(), m.end(), lex)] for s, e in spans]
    for name in persons:
        at = text.find(name, spans[0][0], spans[-1][1]) if name else -1
        while at >= 0:
            stop = at + len(name)
            k = next((k for k, (s, e) in enumerate(spans) if s <= at and stop <= e), None)
            if k is not None and (at == 0 or not text[at - 1].isalnum()) \
                    and (stop >= len(text) or not text[stop].isalnum()):
                found[k].append((at, stop, name))
            at = text.find(name, stop if k is not None else at + 1, spans[-1][1])
    out = []
    for group in found:
        last_end = -1
        for at, stop, mention in sorted(group, key=lambda f: (f[0], f[0] - f[1])):
            if at >= last_end:
                out.append((at, stop, mention))
                last_end = stop
    return out


def _person_mentions_agree(text, cuts, names):
    cuts = sorted(c for c in cuts if c <= len(text))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    if not spans:
        return
    lex = load_lexicon()
    persons = {n: "Full " + n for n in sorted(names)}
    with mock.patch.object(actors, "SEARCHED_NAMES", 0):  # the look-up a long article's many names take
        got = find_actor_mentions_in(text, spans, lex, persons=persons)
    assert [(m.start, m.end, m.mention) for m in got] == _searched_mentions(text, spans, persons, lex)


test_person_mentions_by_first_word_as_by_search, test_person_mentions_by_first_word_as_by_search_thoroughly = (
    fast_and_thorough(_person_mentions_agree, 60, 300, PIECE_TEXT,
                       st.lists(st.integers(0, 400), min_size=2, max_size=6, unique=True), st.sets(st.sampled_from(NAMES)),
                       deadline=SHORT_DEADLINE))


def _full_name_later_agrees(text, surname):
    reg = ArticleSpeakers(load_lexicon())
    reg.register_names(text)
    expected = None if text.startswith(" " + surname) else reg._full_name_search(surname)
    with mock.patch.object(speakers, "NAME_SEARCHES", 0):  # the table an article naming many people takes
        assert reg._full_name_later(surname) == expected


test_full_name_later_from_table_as_by_search, test_full_name_later_from_table_as_by_search_thoroughly = (
    fast_and_thorough(_full_name_later_agrees, 60, 300, PIECE_TEXT,
                       st.sampled_from(["Voss", "Lee", "Éva", "O'Brien", "Vossa", "Lee-Lee", "Ada"]),
                       deadline=SHORT_DEADLINE))
