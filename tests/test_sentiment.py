"""Sentiment toward an actor: labels on short sentences about fictional people, explanations, bounds.

Every name here is invented; no sentence quotes a real person.
"""
from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.sentiment import explain_sentiment, polarity_label, target_sentiment, tone

FIXTURES_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _span(text: str, target: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return start, start + len(target)


def _label(text: str, target: str, nth: int = 0) -> str:
    return polarity_label(target_sentiment(text, *_span(text, target, nth)))


CASES = [
    # events: the target as object of a bad deed, passive and active
    ("Mayor Ilsa Brandt was accused of fraud by the council.", "Ilsa Brandt", "negative"),
    ("The council accused Mayor Ilsa Brandt of fraud.", "Ilsa Brandt", "negative"),
    ("Mayor Ilsa Brandt, a former teacher, was arrested on Monday.", "Ilsa Brandt", "negative"),
    ("Voters blamed Mayor Ilsa Brandt for the crisis.", "Ilsa Brandt", "negative"),
    ("Critics voted against Ilsa Brandt.", "Ilsa Brandt", "negative"),
    ("Owen Pratt was charged with a crime.", "Owen Pratt", "negative"),
    # events: the target as subject
    ("Dana Whitlock won the election in a landslide.", "Dana Whitlock", "positive"),
    ("Dana Whitlock lost the election to Mara Quint.", "Dana Whitlock", "negative"),
    ("Firefighters rescued Owen Pratt from the flood.", "Firefighters", "positive"),
    ("Ilsa Brandt denied the allegations.", "Ilsa Brandt", "negative"),
    # passive with an agent: winner and loser
    ("Dana Whitlock was defeated by Mara Quint.", "Mara Quint", "positive"),
    ("Dana Whitlock was defeated by Mara Quint.", "Dana Whitlock", "negative"),
    # nominal events and predicates
    ("Ilsa Brandt's corruption scandal deepened.", "Ilsa Brandt", "negative"),
    ("Lena Fosse is a brave and honest leader.", "Lena Fosse", "positive"),
    # negation
    ("Lena Fosse is not a good leader.", "Lena Fosse", "negative"),
    ("Owen Pratt was not charged with any crime.", "Owen Pratt", "positive"),
    ("Ilsa Brandt, who was cleared of wrongdoing, returned to work.", "Ilsa Brandt", "positive"),
    # neutral reporting
    ("Councillor Lena Fosse met with residents on Tuesday.", "Lena Fosse", "neutral"),
    ("Lena Fosse will visit the port city next week.", "Lena Fosse", "neutral"),
    ("Owen Pratt, the harbour master, announced the new timetable on Friday.", "Owen Pratt", "neutral"),
    # reported speech: what the target says is not about the target, what is said of it is
    ('"This plan is a disaster and a disgrace," Lena Fosse said.', "Lena Fosse", "neutral"),
    ("Lena Fosse said the plan by Owen Pratt was a disgrace.", "Owen Pratt", "negative"),
]


@pytest.mark.parametrize("text,target,expected", CASES)
def test_labels(text, target, expected):
    assert _label(text, target) == expected


@pytest.mark.parametrize(
    "text,good,bad",
    [
        (
            "Senator Tomas Avelar praised Governor Rena Okafor and attacked Judge Piet Varga.",
            "Rena Okafor",
            "Piet Varga",
        ),
        (
            "Governor Rena Okafor was praised by the committee, while Judge Piet Varga was criticized by the press.",
            "Rena Okafor",
            "Piet Varga",
        ),
        ("Mara Quint defeated Dana Whitlock in the runoff.", "Mara Quint", "Dana Whitlock"),
    ],
)
def test_opposite_labels_in_one_sentence(text, good, bad):
    assert _label(text, good) == "positive"
    assert _label(text, bad) == "negative"


def test_clause_scope_beats_sentence_average():
    text = "The festival was a wonderful success, but the organiser Kai Moreno was accused of theft."
    assert _label(text, "Kai Moreno") == "negative"
    assert _label(text, "festival") == "positive"


def test_pronoun_after_the_target_carries_the_event():
    text = "Governor Rena Okafor returned on Monday, and the council accused her of fraud."
    df = explain_sentiment(text, *_span(text, "Rena Okafor"))
    assert df["reason"].str.contains("via 'her'").any()
    assert _label(text, "Rena Okafor") == "negative"


def test_distance_discounts_far_phrases():
    near = "Hanna Lind gave a terrible speech."
    far = "Hanna Lind gave a speech in the town hall on Monday evening after the long meeting, which was terrible."
    p_near = target_sentiment(near, *_span(near, "Hanna Lind"))
    p_far = target_sentiment(far, *_span(far, "Hanna Lind"))
    assert p_near < p_far <= 0


def test_speaker_of_a_statement_is_discounted():
    said = '"The new bridge is a terrible, dangerous mess," Hanna Lind said.'
    of = "The new bridge by Hanna Lind is a terrible, dangerous mess."
    assert abs(target_sentiment(said, *_span(said, "Hanna Lind"))) < abs(target_sentiment(of, *_span(of, "Hanna Lind")))


@pytest.mark.parametrize("text,target,_", CASES)
def test_explain_offsets_and_sum(text, target, _):
    start, end = _span(text, target)
    df = explain_sentiment(text, start, end)
    assert list(df.columns) == ["phrase", "start", "end", "weight", "reason"]
    for row in df.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.phrase
        assert isinstance(row.reason, str) and row.reason
    score = target_sentiment(text, start, end)
    assert math.isclose(score, max(-1.0, min(1.0, float(df["weight"].sum()))), abs_tol=1e-9)


def test_explain_names_the_event_and_role():
    text = "Mayor Ilsa Brandt was accused of fraud by the council."
    df = explain_sentiment(text, *_span(text, "Ilsa Brandt"))
    reasons = " | ".join(df["reason"])
    assert "event: accused (target is object)" in reasons
    assert (df.loc[df["phrase"].str.contains("accused"), "weight"] < 0).all()


def test_explain_negation_reason():
    text = "Lena Fosse is not a good leader."
    df = explain_sentiment(text, *_span(text, "Lena Fosse"))
    assert df["reason"].str.contains("negated").any()


def test_explain_empty_text():
    df = explain_sentiment("", 0, 0)
    assert list(df.columns) == ["phrase", "start", "end", "weight", "reason"]
    assert len(df) == 0
    assert target_sentiment("", 0, 0) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "It was the best, most wonderful, brilliant, excellent, amazing, perfect triumph for Ada Ruiz!",
        "Ada Ruiz was accused, arrested, charged, indicted, convicted and jailed for fraud and corruption.",
        "Ada Ruiz",
        "   ",
        "Ada Ruiz: \u201cno\u201d",
    ],
)
def test_score_bounds(text):
    start = max(0, text.find("Ada Ruiz"))
    p = target_sentiment(text, start, start + 8)
    assert -1.0 <= p <= 1.0
    assert polarity_label(p) in {"negative", "neutral", "positive"}


def test_offsets_out_of_range_are_clipped():
    text = "Ada Ruiz won."
    assert -1.0 <= target_sentiment(text, -5, 500) <= 1.0
    df = explain_sentiment(text, 0, 500)
    assert ((df["start"] >= 0) & (df["end"] <= len(text))).all()


def test_polarity_label_band():
    assert polarity_label(0.0) == "neutral"
    assert polarity_label(0.05) == "neutral"
    assert polarity_label(-0.05) == "neutral"
    assert polarity_label(0.5) == "positive"
    assert polarity_label(-0.5) == "negative"
    assert polarity_label(float("nan")) == "neutral"


def test_tone_is_textblob():
    from textblob import TextBlob

    text = "What a wonderful, generous decision."
    pol, subj = tone(text)
    expected = TextBlob(text).sentiment
    assert math.isclose(pol, expected.polarity) and math.isclose(subj, expected.subjectivity)
    assert tone("") == (0.0, 0.0)
    assert -1.0 <= tone("This is awful.")[0] < 0


def test_tone_follows_textblob_rules_on_the_fixture_corpus():
    """``tone`` reimplements TextBlob's scoring for speed; it must agree on real sentences and
    on the rule corners (modifier, negation, "!", emoticons, sarcasm mark)."""
    from textblob import _text
    from textblob.en import sentiment

    # TextBlob's word split, contractions apart, every mark a token
    tokens = re.compile(r"[A-Za-z]+(?=n[’']t\b)|n[’']t\b|[’'](?:s|re|ll|ve|d|m)\b|\w+(?:-\w+)*|[^\w\s]")
    from analysis.text import paragraphs, sentences

    def textblob_tone(text):
        words = [(w.lower().replace("’", "'"), None) for w in tokens.findall(text)]
        a = _text.Sentiment.assessments(sentiment, words)
        return (sum(x[1] for x in a) / len(a), sum(x[2] for x in a) / len(a)) if a else (0.0, 0.0)

    corners = ["not very good :) (!) !", "I'm not really bad!!", "never , really good", "hardly not good",
               "very not good :-D ;)", "It isn’t a terrible idea — not at all."]
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES_CORPUS.glob("*.txt"))]
    spans = [t[s.start:s.end] for t in texts for p in paragraphs(t) for s in sentences(t, p.start, p.end)]
    assert len(spans) > 100
    for text in spans + corners:
        assert tone(text) == textblob_tone(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("abnt’'- !.,") + ["n't", "n’t", "’s", "'re", "don't", "(!)", ":)", "good"]),
                max_size=30).map("".join))
def test_tone_shortcut_patterns_split_words_as_the_full_one(text):
    """``tone`` picks a shorter pattern for text without an apostrophe or "n't": same words."""
    from analysis.sentiment import _TONE_WORD_RE, _assess

    words = _TONE_WORD_RE.findall(text.lower().replace("’", "'"))
    a = _assess(words) if words else []
    expected = (sum(x[0] for x in a) / len(a), sum(x[1] for x in a) / len(a)) if a else (0.0, 0.0)
    assert tone(text) == pytest.approx(expected)


def test_verbs_lexicon_file():
    from analysis.sentiment import DATA_DIR, VERBS_FILE

    path = DATA_DIR / VERBS_FILE
    assert path.exists()
    df = pd.read_csv(path, comment="#")
    assert list(df.columns) == ["word", "polarity", "role"]
    assert df["polarity"].between(-1, 1).all()
    assert set(df["role"]) <= {"subject", "object", "both"}
    assert (df["word"] == df["word"].str.lower()).all()


@pytest.mark.parametrize("curly,straight", [
    ("This just isn’t right.", "This just isn't right."),
    ("The new plan isn’t good.", "The new plan isn't good."),
])
def test_tone_negates_curly_contractions_like_straight_ones(curly, straight):
    assert tone(curly) == tone(straight)
    assert tone(curly)[0] < 0
