"""Paragraphs, sentences and tokens (analysis/text.py)."""
import pytest
from hypothesis import strategies as st

from analysis.text import paragraphs, sentences, tokens
from conftest import fast_and_thorough


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, 0, len(text))]


@pytest.mark.parametrize("text,expected", [
    ("Voss spoke. Brekk left.", ["Voss spoke.", "Brekk left."]),
    # titles never end a sentence, also after a hyphen
    ("Gen. Voss spoke to then-Sen. Lina Aro on Monday.", ["Gen. Voss spoke to then-Sen. Lina Aro on Monday."]),
    # "U.S." ends a sentence only before a typical opener
    ("The U.S. Navy sailed. He left.", ["The U.S. Navy sailed.", "He left."]),
    ("They met in the U.S. He left.", ["They met in the U.S.", "He left."]),
    # closing quote marks stay with their sentence
    ("“We will win.” Voss said so.", ["“We will win.”", "Voss said so."]),
])
def test_sentences(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Voss’s plan, U.S.-led.", ["Voss’s", "plan", ",", "U.S.", "-", "led", "."]),
    ("then-Sen. Aro", ["then-Sen.", "Aro"]),
    ("It cost 3.5 million.", ["It", "cost", "3.5", "million", "."]),
])
def test_tokens_keep_abbreviation_dots_only(text, expected):
    toks = tokens(text)
    assert [t[2] for t in toks] == expected
    assert all(text[s:e] == w for s, e, w in toks)


def _tokens_cover_the_stretch(text, start, end):
    start, end = min(start, len(text)), min(max(start, end), len(text))
    toks = tokens(text, start, end)
    assert all(text[s:e] == w and w and not w[0].isspace() for s, e, w in toks)
    assert all(a[1] <= b[0] for a, b in zip(toks, toks[1:]))  # in order, never overlapping
    assert "".join(w for _, _, w in toks) == "".join(text[start:end].split())  # unicode spaces too


test_tokens_cover_every_non_space_character_with_honest_offsets, test_tokens_cover_every_non_space_character_thoroughly = (
    fast_and_thorough(_tokens_cover_the_stretch, 60, 300,
                      st.text(alphabet=st.sampled_from(list("ab. ,’'-&U\u00a0\u2009\u3000\t\n“”") + ["\u00e9", "\u0661"]),
                              max_size=40),
                      st.integers(0, 45), st.integers(0, 45),
                      deadline=2000))  # ms: many times the work, a hang-catcher only


def test_paragraphs_are_trimmed_lines():
    text = "  Title \n\n Body line.\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["Title", "Body line."]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t", "\u3000"])
def test_tokens_of_a_stretch_ending_in_a_long_run_of_spaces(space):
    # the spaced-token pattern retried a trailing run from each of its spaces: n² steps
    text = "Voss said" + space * 50_000
    assert tokens(text, 0, len(text)) == [(0, 4, "Voss"), (5, 9, "said")]
    assert tokens(text, 9, len(text)) == []


def test_sentences_of_a_long_word():
    text = "A" * 200_000 + ". Voss left."
    assert _sentences(text) == ["A" * 200_000 + ".", "Voss left."]
