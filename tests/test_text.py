"""Paragraphs, sentences and tokens (analysis/text.py)."""
import pytest

from analysis.text import paragraphs, sentences, tokens


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


def test_paragraphs_are_trimmed_lines():
    text = "  Title \n\n Body line.\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["Title", "Body line."]
