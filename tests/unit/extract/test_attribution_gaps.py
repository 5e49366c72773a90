"""Quote patterns real pages use that extraction missed or misread: a quoted fragment before a
sentence-final attribution and the quote that goes on after it; a surname that is also a cue
word ("Brand") inside an attribution. Fictional people and places only."""
import pandas as pd

from analysis import extract_statements
from analysis.extract.quoted import find_quoted
from analysis.extract.reported import find_reported

from .helpers import HEADLINE, run

COLS = ["kind", "text", "quote_text", "speaker", "speaker_mention", "speaker_title", "speaker_method", "cue"]


def _rows(text):
    df = extract_statements(text)
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[COLS].itertuples(index=False)]


def test_a_fragment_before_a_final_attribution_and_the_quote_after_it():
    text = HEADLINE + 'The plan was "a disaster," Mayor Ilsa Brand said. "We will fight it."'
    assert _rows(text) == [
        ("mixed", 'The plan was "a disaster,"', 'The plan was "a disaster,"', "Ilsa Brand", "Ilsa Brand", "Mayor",
         "explicit", "said"),
        ("direct", "We will fight it.", "We will fight it.", "Ilsa Brand", "Ilsa Brand", "Mayor", "carry-over", "said"),
    ]


def test_the_quote_after_a_pronoun_attribution_has_the_pronouns_speaker():
    # the follow-on quote takes the speaker the first statement's "she" resolved to, not a
    # second reading of the pronoun
    text = (HEADLINE + "Ilsa Brand, the mayor of Arnsby, spoke to the council on Monday. "
            "The ferry plan was “a disaster,” she said. “We will fight it in court.”")
    rows = _rows(text)
    assert [(r[0], r[1], r[3], r[4], r[6]) for r in rows] == [
        ("mixed", "The ferry plan was “a disaster,”", "Ilsa Brand", "she", "pronoun"),
        ("direct", "We will fight it in court.", "Ilsa Brand", "she", "carry-over"),
    ]


def test_the_fragment_pass_by_pass():
    # the quoted pass leaves the fragment (a scare quote's length); the reported pass reads the
    # attribution after its closing comma and carries the next quote as a statement of its own
    # (the clean-up makes the first mixed: its words hold a quote)
    text = HEADLINE + "The ferry plan was “a disaster,” Mayor Ilsa Brand said. “We will fight it in court.”"
    st, found = run(text, find_quoted)
    assert found == []
    st, found = run(text, find_quoted, find_reported)
    assert found == [("indirect", "The ferry plan was “a disaster,”", "said", "Ilsa Brand"),
                     ("direct", "We will fight it in court.", "said", None)]
    assert st.found[1].inherit is st.found[0]


def test_a_participle_after_the_attribution_keeps_its_own_statement():
    text = HEADLINE + "Ada Voss should not be judged “on one vote,” Jon Brekk said, arguing that her record “speaks for itself.”"
    assert [(r[0], r[1], r[3], r[7]) for r in _rows(text)] == [
        ("mixed", "Ada Voss should not be judged “on one vote,”", "Jon Brekk", "said"),
        ("mixed", "her record “speaks for itself.”", "Jon Brekk", "arguing"),
    ]


def test_a_surname_that_is_a_cue_word_is_no_cue():
    # "brand" is a cue ("branded it a farce"): inside "Mayor Ilsa Brand added" it ends her name
    text = HEADLINE + "“We will rebuild,” Mayor Ilsa Brand added, “and soon.”"
    assert _rows(text) == [
        ("direct", "We will rebuild,” Mayor Ilsa Brand added, “and soon.", "We will rebuild, and soon.",
         "Ilsa Brand", "Ilsa Brand", "Mayor", "explicit", "added"),
    ]
    df = extract_statements(text)
    assert text[df.loc[0, "cue_start"]:df.loc[0, "cue_start"] + 5] == "added"


def test_a_surname_that_is_a_cue_word_in_reported_speech():
    text = HEADLINE + "Mayor Ilsa Brand told reporters that the pier will reopen in May."
    st, found = run(text, find_quoted, find_reported)
    assert found == [("indirect", "the pier will reopen in May", "told", "Ilsa Brand")]
    assert [s.mention.title for s in st.found] == ["Mayor"]


def test_a_second_attribution_after_a_closing_quote_is_not_the_speakers_words():
    text = HEADLINE + "Ilsa Brand said the lighthouse must stay open since “sailors still steer by it,” she said."
    assert [(r[0], r[1], r[3], r[7]) for r in _rows(text)] == [
        ("mixed", "the lighthouse must stay open since “sailors still steer by it,”", "Ilsa Brand", "said")]


def test_a_list_bullet_is_not_the_speakers_words():
    text = (HEADLINE + "- Still, the toll is “far too steep,” Ada Voss tells the Harbour Times.\n"
            "• Ada Voss said the port would stay open until May.")
    assert [r[1] for r in _rows(text)] == ["the toll is “far too steep,”", "the port would stay open until May"]


def test_according_to_leaves_the_pages_and_the_reporters_openers_out():
    text = (HEADLINE + "- At a packed meeting in March, fishers voiced anger over the toll, according to the Harbour Times.\n"
            "ARNSBY (Tarn Wire) - The ferry will run twice a day, according to a harbour board memo seen on Monday.")
    assert [r[1] for r in _rows(text)] == [
        "At a packed meeting in March, fishers voiced anger over the toll",
        "The ferry will run twice a day"]
