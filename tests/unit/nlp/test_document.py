from analysis.lexicon import load_lexicon
from analysis.nlp import words
from analysis.nlp.document import Document, free_quote_at, last_char_is, only_chars, token_before
from analysis.text import tokens

TEXT = "Harbour news\n\n“We will rebuild the old bridge,” Brandt said. The port, she said, is busy."


def test_paragraphs_units_and_quotes():
    doc = Document(TEXT, load_lexicon())
    assert [(p.start, p.end) for p in doc.paras] == [(0, 12), (14, 89)]
    assert [TEXT[u.start:u.end] for u in doc.units] == [
        "Harbour news", "“We will rebuild the old bridge,” Brandt said.", "The port, she said, is busy."]
    assert [(q.start, q.end) for q in doc.quotes] == [(14, 47)]
    assert doc.in_quote(20) is doc.quotes[0] and doc.in_quote(50) is None
    assert doc.unit_at(70) is doc.units[2]
    assert free_quote_at(doc, 14, set()) is doc.quotes[0] and free_quote_at(doc, 14, {0}) is None


def test_tokens_and_tags_are_made_on_first_use():
    doc = Document(TEXT, load_lexicon())
    u = doc.units[2]
    assert u.toks is None
    assert doc.words(u) == ["The", "port", ",", "she", "said", ",", "is", "busy", "."]
    assert doc.tags(u)[4] == "VBD"


def test_text_helpers():
    toks = tokens("Brandt said no.")
    assert token_before(toks, 7) == 0 and token_before(toks, 0) == -1
    assert only_chars("  ,x", 0, 3, " ,") is True and only_chars("  ,x", 0, 4, " ,") is False
    assert last_char_is("said:  ", 0, 7, ":") is True


def test_closed_classes_keep_their_distinct_meanings():
    assert "'s" in words.BE_FORMS and "'s" not in words.PERFECT_AUXILIARIES
    assert "has" in words.PERFECT_AUXILIARIES and "has" not in words.BE_FORMS
    assert words.WEEKDAYS | words.MONTHS <= words.TIME_WORDS
    assert "that" in words.SUBORDINATORS and "that" not in words.OPENING_SUBORDINATORS
