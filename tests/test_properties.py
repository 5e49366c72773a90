"""Property-based checks: on any text, extraction never raises and every offset is honest."""
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import extract_statements

# Text built from pieces that stress the rules: quote marks of every kind, brackets, cue verbs,
# names, newlines, right-to-left script, emoji, and arbitrary Unicode.
PIECES = st.sampled_from([
    "“", "”", '"', "''", "«", "»", "„", "‘", "’", "[", "]", "(", ")", "—", "―", ":", ",", ".", "?", "!", "…",
    "\n", "\n\n", "\r\n", " ", "said", "says", "told reporters that", "according to", "he said", "she added",
    "Mayor Ilsa Brandt", "Voss", "the council", "We", "I", "U.S.", "Gen.", "Mr.", "שלום", "مرحبا", "🙂", "’s",
    "and warned that", "saying", "— Ada Voss", "Update:", "WASHINGTON —",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)


def _check(text: str) -> None:
    df = extract_statements(text)
    for r in df.itertuples():
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text
        if not pd.isna(r.speaker_start):
            assert 0 <= r.speaker_start <= r.speaker_end <= len(text)
            assert text[r.speaker_start:r.speaker_end] == r.speaker_mention
        if not pd.isna(r.cue_start):
            assert 0 <= r.cue_start <= r.cue_end <= len(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_gives_honest_offsets(text):
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode(text):
    _check(text)
