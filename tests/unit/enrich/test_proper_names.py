"""Common words an article writes as a proper name (analysis.enrich.proper_names). Fictional bodies only."""
import pandas as pd
import pytest

from analysis import extract_statements
from analysis.enrich.proper_names import domain_names, full_forms, names_before, written_as_name
from analysis.lexicon import load_lexicon


@pytest.mark.parametrize("text,name,expected", [
    ("Its debts are paid, Beacon reported.", "Beacon", True),            # mid-sentence
    ("“It is paid,” Beacon reported.", "Beacon", True),                  # after a quotation ending in a comma
    ("Beacon reported it. The town read Beacon daily.", "Beacon", True),  # mid-sentence elsewhere
    ("Beacon reported it.", "Beacon", False),                             # only at a sentence's head
    ("Beacon reported it. The beacon was lit, Beacon said.", "Beacon", False),  # also a common word here
    ("After a vote, Officials said it.", "Officials", False),               # a bare plural stays a group
    ("The show ended as Cold Iron Gulls announced a tour.", "Cold Iron Gulls", True),
    ("The Board on Harbour Debates said it.", "Harbour Debates", False),  # the end of a longer name
    ("Then, VIDEO shows it.", "VIDEO", False),                            # a page label in capitals
])
def test_written_as_name(text, name, expected):
    assert written_as_name(text, name, text.rindex(name)) is expected


def test_a_body_named_by_a_common_word_keeps_its_name():
    text = ("The port reopened on Monday.\n\nAfter long talks, Pioneer agreed to fund the new quay.\n\n"
            "Pioneer said the loan was safe.\n\nOfficials said the port was safe.")
    df = extract_statements(text)
    assert [(None if pd.isna(s) else s, t) for s, t in zip(df.speaker, df.speaker_type)] == [
        ("Pioneer", "organisation"), ("Pioneer", "organisation"), (None, "group")]


@pytest.mark.parametrize("text,forms", [
    ("Ivo Law leads the group. The group has raised $2 million, Law said.", ["Ivo Law"]),
    ("Ivo J. Law leads it, Law said.", ["Ivo J. Law"]),
    ("Ivo Law and Ada Law lead it, Law said.", ["Ivo Law", "Ada Law"]),
    ("The group has raised $2 million, Law said.", []),
])
def test_full_forms_of_a_surname(text, forms):
    assert full_forms(text, "Law", load_lexicon().first_names) == forms


@pytest.mark.parametrize("before,speaker", [
    ("Ivo Law leads the harbour group.", "Ivo Law"),                  # the article names him in full
    ("Ivo Law and Ada Law lead the harbour group.", None),            # two of them: no guess
    ("The harbour group met on Monday.", "Law"),                      # no full name: the name as written
])
def test_a_surname_that_is_a_common_word(before, speaker):
    df = extract_statements(f"{before}\n\nThe group has raised $2 million so far, Law said.")
    assert (None if pd.isna(df.speaker.iloc[-1]) else df.speaker.iloc[-1]) == speaker


def test_domain_names_are_the_words_written_as_a_web_address():
    text = "Orders go through Kelpwave.com (or shop.kelpwave.co.uk). Ada Voss left. Tarn.org said so."
    assert domain_names(text) == {"Kelpwave", "shop.kelpwave", "kelpwave", "Tarn"}


def test_names_before_a_body_head_leave_out_a_sentence_opener():
    text = "The Eastmarch police chief spoke. But police said little. Velgrad Harbour police agreed."
    assert names_before(text, "police") == {"Eastmarch", "Velgrad Harbour"}
