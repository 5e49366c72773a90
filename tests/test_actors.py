"""Actors: aliases from data/actors.csv and people named in the article."""
import pytest

from analysis import find_actor_mentions


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
