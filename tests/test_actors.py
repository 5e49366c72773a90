"""Actors: aliases from data/actors.csv and people named in the article."""
import pytest

from analysis import find_actor_mentions, find_actor_mentions_in
from analysis import load_lexicon
from analysis.actors import demonym


@pytest.mark.parametrize("text,expected", [
    ("The Kremlin’s stance hardened.", [("Russia", "Kremlin")]),
    ("Talks in The Hague and in Kyiv.", [("Netherlands", "The Hague"), ("Ukraine", "Kyiv")]),
    ("The U.S. and the UN Security Council met.", [("United States", "U.S."), ("United Nations", "UN Security Council")]),
    ("Let us go; the usual suspects.", []),
    ("He lives in Ukrainetown.", []),
])
def test_aliases(text, expected):
    assert [(m.actor, m.mention) for m in find_actor_mentions(text)] == expected


def test_people_named_in_the_article_and_offsets():
    text = "Voss met Ada Voss's rival in Kyiv."
    found = find_actor_mentions(text, persons={"Voss": "Ada Voss", "Ada Voss": "Ada Voss"})
    assert [(m.actor, m.mention) for m in found] == [("Ada Voss", "Voss"), ("Ada Voss", "Ada Voss"), ("Ukraine", "Kyiv")]
    for m in found:
        assert text[m.start:m.end] == m.mention


_HARBOUR = "Ada Voss told Kyiv that Voss and Brekk would sail; Brekk said Ada Voss was late for Moscow."
_PEOPLE = {"Voss": "Ada Voss", "Ada Voss": "Ada Voss", "Brekk": "Tor Brekk"}


@pytest.mark.parametrize("spans, expected", [
    ([(0, 91)], [("Ada Voss", 0), ("Ukraine", 14), ("Ada Voss", 24), ("Tor Brekk", 33), ("Tor Brekk", 51),
                 ("Ada Voss", 62), ("Russia", 84)]),
    ([(4, 20), (30, 60)], [("Ada Voss", 4), ("Ukraine", 14), ("Tor Brekk", 33), ("Tor Brekk", 51)]),
    # a span's edge cuts "Ada Voss" (only "Voss" is inside) and the "Voss" at 24 (not found)
    ([(2, 26), (66, 91)], [("Ada Voss", 4), ("Ukraine", 14), ("Ada Voss", 66), ("Russia", 84)]),
    ([], []),
])
def test_mentions_in_several_spans(spans, expected):
    found = find_actor_mentions_in(_HARBOUR, spans, persons=_PEOPLE)
    assert [(m.actor, m.start) for m in found] == expected
    # the same as looking in each span in turn
    assert found == [m for s, e in spans for m in find_actor_mentions(_HARBOUR, s, e, persons=_PEOPLE)]


@pytest.mark.parametrize("text,found", [
    ("The Velgrad Post said Norway would help.", [("Norway", "Norway")]),   # (no alias in the paper's name)
    ("Norwegian Airlines flies to Port Halden.", []),                        # a company's name
    ("The Norwegian Kelp Institute. Police came.", []),                      # (the sentence ends the name)
    ("Norwegian Foreign Minister Ada Voss spoke.", [("Norway", "Norwegian")]),  # a role of the country
    ("The Norwegian Embassy said so.", [("Norway", "Norwegian")]),            # a body of its state
    ("Norway’s envoy met the Norway government.", [("Norway", "Norway"), ("Norway", "Norway")]),
    ("She is Native Norwegian by birth.", []),                               # a compound demonym
    ("Senior Norwegian officials said so.", [("Norway", "Norwegian")]),      # (a sentence's capital)
    ("The White House Kelp Report came out.", [("United States", "White House")]),  # an alias that is a state body
    ("Ada Voss met the Norwegian. The talks went on.", [("Norway", "Norwegian")]),
])
def test_an_alias_inside_a_longer_proper_name_is_no_mention(text, found):
    assert [(m.actor, m.mention) for m in find_actor_mentions(text)] == found


@pytest.mark.parametrize("word,expected", [("Norwegian", True), ("Norwegians", True), ("Norway", False),
                                           ("Oslo", False), ("Kelpwave", False)])
def test_demonym(word, expected):
    assert demonym(word, load_lexicon()) is expected
