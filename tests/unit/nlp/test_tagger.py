from analysis.lexicon import load_lexicon
from analysis.nlp.tagger import tag_words


def test_participle_after_an_auxiliary():
    words = "Mayor Ilsa Brandt has said the bridge would reopen quickly .".split()
    assert tag_words(words, load_lexicon()) == ["NNP", "NNP", "NNP", "VBZ", "VBN", "DT", "NN", "MD", "VB", "RB", "."]


def test_unknown_words_by_their_suffix():
    words = "the Zorvaldian dockers were flurbing glindly".split()
    assert tag_words(words, load_lexicon()) == ["DT", "NNP", "NNS", "VBD", "VBG", "RB"]


def test_adjective_after_an_article_before_a_past_verb_is_a_noun():
    lex = load_lexicon()
    assert tag_words("A relative said that".split(), lex) == ["DT", "NN", "VBD", "IN"]
    assert tag_words("the relative cost rose".split(), lex)[:2] == ["DT", "JJ"]
