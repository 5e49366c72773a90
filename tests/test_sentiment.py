"""Sentiment toward an actor (the shipped model): labels on short sentences about fictional people,
explanations that add up, bystanders, bounds; and the speaker's tone (TextBlob).

Every name here is invented; no sentence quotes a real person.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import strategies as st

from analysis.enrich.target_sentiment import BASELINE
from analysis.sentiment import NEUTRAL_BAND, explain_sentiment, polarity_label, target_sentiment, target_sentiments, tone
from conftest import fast_and_thorough

FIXTURES_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _span(text: str, target: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(target, start + 1)
    return start, start + len(target)


def _label(text: str, target: str, nth: int = 0) -> str:
    return polarity_label(target_sentiment(text, *_span(text, target, nth)))


CASES = [
    # the target suffers a bad event, active and passive
    ("Mayor Ilsa Brandt was accused of fraud by the council.", "Ilsa Brandt", "negative"),
    ("The council accused Mayor Ilsa Brandt of fraud.", "Ilsa Brandt", "negative"),
    ("Mayor Ilsa Brandt, a former teacher, was arrested on Monday.", "Ilsa Brandt", "negative"),
    ("Voters blamed Mayor Ilsa Brandt for the crisis.", "Ilsa Brandt", "negative"),
    ("Owen Pratt was charged with a crime.", "Owen Pratt", "negative"),
    ("Judge Piet Varga was criticized by the press.", "Piet Varga", "negative"),
    ("Kai Moreno was convicted of theft and jailed.", "Kai Moreno", "negative"),
    ("Critics slammed Tomas Avelar over the failed project.", "Tomas Avelar", "negative"),
    # the target does well or badly
    ("Dana Whitlock won the election in a landslide.", "Dana Whitlock", "positive"),
    ("Dana Whitlock lost the election to Mara Quint.", "Dana Whitlock", "negative"),
    ("Tomas Avelar celebrated a historic victory.", "Tomas Avelar", "positive"),
    ("Supporters praised Governor Rena Okafor for her courage.", "Rena Okafor", "positive"),
    ("Governor Rena Okafor was praised by the committee.", "Rena Okafor", "positive"),
    # what is said of the target, and its negation
    ("Ilsa Brandt's corruption scandal deepened.", "Ilsa Brandt", "negative"),
    ("Lena Fosse is a brave and honest leader.", "Lena Fosse", "positive"),
    ("Lena Fosse is not a good leader.", "Lena Fosse", "negative"),
    ("The brilliant Hanna Lind delivered a wonderful speech.", "Hanna Lind", "positive"),
    ("Lena Fosse said the plan by Owen Pratt was a disgrace.", "Owen Pratt", "negative"),
    # plain reports
    ("Councillor Lena Fosse met with residents on Tuesday.", "Lena Fosse", "neutral"),
    ("Owen Pratt, the harbour master, announced the new timetable on Friday.", "Owen Pratt", "neutral"),
]

BYSTANDERS = Path(__file__).parent / "fixtures" / "sentiment" / "bystanders.jsonl"


@pytest.mark.parametrize("text,target,expected", CASES)
def test_labels(text, target, expected):
    assert _label(text, target) == expected


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
    assert (df.iloc[0]["start"], df.iloc[0]["end"]) == (start, end)
    assert df.iloc[0]["reason"].startswith(BASELINE)


def test_explanation_names_the_words_behind_the_score():
    text = "Mayor Ilsa Brandt was accused of fraud by the council."
    df = explain_sentiment(text, *_span(text, "Ilsa Brandt"))
    accused = df[df["phrase"] == "accused"]
    assert len(accused) == 1
    assert accused["weight"].iloc[0] < 0
    assert "EVobject-" in accused["reason"].iloc[0]  # a bad event done to the target
    assert "Ilsa Brandt" not in set(df["phrase"].iloc[1:])  # the target itself is masked


def test_negated_words_are_their_own_features():
    from analysis.enrich.sentiment_features import target_features

    text = "Lena Fosse is not a good leader."
    feats = {f.name: f.value for f in target_features(text, *_span(text, "Lena Fosse"))}
    assert "CR:not_good" in feats and "CR:good" not in feats
    assert feats["TB-clause"] == pytest.approx(-0.5 * 0.7)  # TextBlob's rule: "not good" is -0.5 x good
    df = explain_sentiment(text, *_span(text, "Lena Fosse"))
    assert df.loc[df["phrase"] == "good", "weight"].iloc[0] < 0


def test_batch_scores_equal_single_scores():
    mentions = [(text, *_span(text, target)) for text, target, _ in CASES]
    assert target_sentiments(mentions) == [target_sentiment(*m) for m in mentions]
    assert target_sentiments([]) == []


def test_bystanders_stay_neutral():
    """An evaluative word about someone else in the sentence (an arrest of another person, a loss
    of another team) does not move the score of an actor that is only present: at least 90 % of
    the fixture sentences come out neutral toward the bystander, and the one judged is scored."""
    rows = [json.loads(line) for line in BYSTANDERS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 20
    neutral = 0
    for r in rows:
        assert r["sentence"][r["start"]:r["end"]] == r["target"]
        neutral += polarity_label(target_sentiment(r["sentence"], r["start"], r["end"])) == "neutral"
    assert neutral / len(rows) >= 0.9
    judged = [polarity_label(target_sentiment(r["sentence"], *_span(r["sentence"], r["other"]))) for r in rows]
    assert judged.count("negative") >= len(rows) // 2


def test_bystander_explanation_says_why():
    text = "Mayor Ada Voss attended the hearing where police arrested Tomas Krell."
    df = explain_sentiment(text, *_span(text, "Ada Voss"))
    assert "about someone else" in df.iloc[0]["reason"]
    assert target_sentiment(text, *_span(text, "Ada Voss")) == 0.0
    arrested = df.loc[df["phrase"] == "arrested", "reason"]
    assert len(arrested) == 1  # read as about someone else, by both lexicons that score it
    assert arrested.iloc[0].split("; ") == [
        r for r in arrested.iloc[0].split("; ") if r.startswith(("EVforeign-", "VD-foreign"))]
    assert "EVforeign-" in arrested.iloc[0]
    assert polarity_label(target_sentiment(text, *_span(text, "Tomas Krell"))) == "negative"


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


def _scores_and_explanations_agree(text, start, length):
    p = target_sentiment(text, start, start + length)
    assert -1.0 <= p <= 1.0
    df = explain_sentiment(text, start, start + length)
    if text.strip():
        assert math.isclose(p, max(-1.0, min(1.0, float(df["weight"].sum()))), abs_tol=1e-9)
    assert ((df["start"] >= 0) & (df["end"] <= len(text))).all()


test_any_text_scores_and_explains_consistently, test_any_text_scores_and_explains_consistently_thoroughly = (
    fast_and_thorough(_scores_and_explanations_agree, 25, 100,
                      st.lists(st.sampled_from(list("Ab cz.,;’'\"İ!-") + ["not ", "won ", "arrested ", "Ada "]),
                               max_size=30).map("".join),
                      st.integers(-3, 70), st.integers(0, 10), deadline=None))


def test_polarity_label_band():
    assert polarity_label(0.0) == "neutral"
    assert polarity_label(NEUTRAL_BAND) == "neutral"
    assert polarity_label(-NEUTRAL_BAND) == "neutral"
    assert polarity_label(0.5) == "positive"
    assert polarity_label(-0.5) == "negative"
    assert polarity_label(float("nan")) == "neutral"


def test_model_file_is_small_pure_python_and_names_its_data():
    """The package scores with the JSON file alone (no scikit-learn); load time is measured in
    bench/sentiment_speed.py, not asserted here."""
    from analysis.enrich.target_sentiment import MODEL_FILE, load_model

    assert MODEL_FILE.stat().st_size < 2_000_000
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert "NewsMTSC" in raw["source"] and "MIT" in raw["source"]
    assert raw["trained_by"] == "bench/train_sentiment.py"
    model = load_model()
    assert len(model.intercept) == 3
    assert all(len(w) == 3 for w in list(model.weights.values())[:100])
    assert raw["band"] == NEUTRAL_BAND


def test_features_mask_the_target():
    from analysis.enrich.sentiment_features import target_features

    text = "Mayor Ilsa Brandt won."
    names = [f.name for f in target_features(text, 6, 17)]
    assert not any("ilsa" in n or "brandt" in n for n in names)
    assert "R1:won" in names and "L1:mayor" in names


def test_sentence_bag_holds_each_word_once_without_the_target_or_someone_elses_clause():
    from analysis.enrich.sentiment_features import BAG_PREFIX, target_features

    text = "Mayor Ilsa Brandt won the vote and the seat; meanwhile, Tomas Krell was jailed."
    bag = [(f.name, f.value, text[f.start:f.end]) for f in target_features(text, *_span(text, "Ilsa Brandt"))
           if f.name.startswith(BAG_PREFIX)]
    # stemmed words; "the" once; "meanwhile" opens a clause that names no one; Krell's is left out
    assert bag == [("W:mayor", 1.0, "Mayor"), ("W:won", 1.0, "won"), ("W:the", 1.0, "the"),
                   ("W:vot", 1.0, "vote"), ("W:and", 1.0, "and"), ("W:seat", 1.0, "seat"),
                   ("W:meanwhil", 1.0, "meanwhile")]


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


def _tone_shortcut_splits_words_as_the_full_pattern(text):
    """``tone`` picks a shorter pattern for text without an apostrophe or "n't": same words."""
    from analysis.enrich.tone import _TONE_WORD_RE, _assess

    words = _TONE_WORD_RE.findall(text.lower().replace("’", "'"))
    a = _assess(words) if words else []
    expected = (sum(x[0] for x in a) / len(a), sum(x[1] for x in a) / len(a)) if a else (0.0, 0.0)
    assert tone(text) == pytest.approx(expected)


test_tone_shortcut_patterns_split_words_as_the_full_one, test_tone_shortcut_patterns_split_words_thoroughly = (
    fast_and_thorough(_tone_shortcut_splits_words_as_the_full_pattern, 60, 300,
                      st.lists(st.sampled_from(list("abnt’'- !.,") + ["n't", "n’t", "’s", "'re", "don't", "(!)", ":)",
                                                                       "good"]), max_size=30).map("".join),
                      deadline=None))


def test_sentiment_events_load_through_the_lexicon():
    from analysis.lexicon import SENTIMENT_EVENTS_FILE, load_sentiment_events

    ev = load_sentiment_events()
    assert {e.role for evs in ev.single.values() for e in evs} <= {"subject", "object", "both"}
    assert all(-1 <= e.polarity <= 1 for evs in ev.single.values() for e in evs)
    assert ev.get("accused") and ev.get("accuses")  # derived forms of "accuse"
    assert ev.get("no-such-word") == ()
    assert SENTIMENT_EVENTS_FILE == "sentiment_verbs.csv"


def test_sentiment_events_reject_an_unknown_role(tmp_path):
    from analysis.errors import LexiconError
    from analysis.lexicon import load_sentiment_events

    (tmp_path / "sentiment_verbs.csv").write_text("word,polarity,role\nboast,0.2,speaker\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_sentiment_events(str(tmp_path))


def test_valence_list_loads_words_in_range(tmp_path):
    from analysis.lexicon import load_valence

    v = load_valence()
    assert v["abandon"] == -0.475 and v["good"] == 0.475
    assert all(-1 <= x <= 1 for x in v.values())
    (tmp_path / "valence.csv").write_text("# a comment\nword,valence\nGrand,0.5\nawful,-7\n", encoding="utf-8")
    assert dict(load_valence(str(tmp_path))) == {"grand": 0.5, "awful": -1.0}
    assert dict(load_valence(str(tmp_path / "nowhere"))) == {}


def test_valence_words_are_features_by_scope():
    from analysis.enrich.sentiment_features import target_features

    text = "Lena Fosse is a brilliant leader."
    feats = {f.name: f.value for f in target_features(text, *_span(text, "Lena Fosse"))}
    assert feats["VD+clause"] == pytest.approx(0.7) and feats["VD+near"] == pytest.approx(0.7)


@pytest.mark.parametrize("curly,straight", [
    ("This just isn’t right.", "This just isn't right."),
    ("The new plan isn’t good.", "The new plan isn't good."),
])
def test_tone_negates_curly_contractions_like_straight_ones(curly, straight):
    assert tone(curly) == tone(straight)
    assert tone(curly)[0] < 0


def test_sentiment_reads_the_project_tokens_and_sentences():
    from analysis.enrich.sentiment_features import tokenize, target_features
    from analysis.text import tokens

    text = "Gen. Lena Fosse didn’t win the U.S. vote.\nShe lost it badly."
    tok = tokenize(text)
    assert list(zip(tok.starts, tok.ends)) == [(s, e) for s, e, _ in tokens(text)]
    assert tok.low[:4] == ("gen.", "lena", "fosse", "didn't")
    assert [tok.low[i] for i in tok.sentences] == ["gen.", "she"]
    feats = {f.name for f in target_features(text, *_span(text, "Lena Fosse"))}
    assert "CR:not_win" in feats  # "didn't" negates what follows
    assert not any(name.endswith(":lost") for name in feats)  # the next sentence is not read


@pytest.mark.parametrize("text,bystander", [
    ("Mayor Ada Voss said Tomas Krell was arrested for fraud.", True),
    ("Mayor Ada Voss said she was arrested for fraud.", False),  # "she" may be Voss herself
    ("Ada Voss, who was arrested by Tomas Krell, arrived.", False),  # her own relative clause
    ("Ada Voss arrived, and Tomas Krell was arrested.", False),  # only a comma: no clause of its own
    ("Ada Voss arrived; meanwhile, Tomas Krell was arrested.", True),
    ("Ada Voss arrived; meanwhile, Tomas Krell arrested Voss's driver.", False),  # names her again
])
def test_bystander_rule_reads_clauses_that_name_someone_else(text, bystander):
    from analysis.enrich.sentiment_features import BYSTANDER, target_features

    names = {f.name for f in target_features(text, *_span(text, "Ada Voss"))}
    assert (BYSTANDER in names) is bystander
