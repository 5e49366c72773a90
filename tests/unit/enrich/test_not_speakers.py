"""Speakers that name no one: things (rules, fields of study), places, a place inside the
subject's phrase, a place's possessive before a body, names in capitals. Fictional people and
places only; the fictional places are added to the shipped gazetteer for the test."""
import dataclasses

import pandas as pd
import pytest

from analysis import extract_statements, load_lexicon
from analysis.enrich.names import generic_kind, is_fused
from analysis.speakers import names_place, names_thing

LEX = load_lexicon()
#: the shipped gazetteer with this file's fictional places added
PLACES_LEX = dataclasses.replace(LEX, places=LEX.places | {"Norvania", "Port Halden", "Velgrad"})


def _rows(text, lexicon=PLACES_LEX):
    df = extract_statements(text, lexicon=lexicon)
    cols = ["speaker", "speaker_mention", "speaker_title", "speaker_type"]
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[cols].itertuples(index=False)]


@pytest.mark.parametrize("name,thing", [
    ("The Kessel Rule", True), ("Geology", True), ("Harbour Regulations", True),
    ("Ann Rule", False),  # a given name first: may be a person
    ("Ada Voss", False), ("the rule", False),  # (a lower-case head is no name)
])
def test_names_thing(name, thing):
    assert names_thing(name, LEX) is thing


def test_names_place_reads_the_gazetteer():
    assert {"Lisbon", "Nairobi"} <= LEX.places  # the shipped list (GeoNames)
    assert names_place("Norvania's", PLACES_LEX) is True
    assert names_place("the Port Halden", PLACES_LEX) is True
    assert names_place("Norvania", LEX) is False
    assert names_place("Ada Voss", PLACES_LEX) is False


def test_a_rule_speaks_for_no_one_and_its_it_neither():
    # ("It" is the rule, not the board that spoke before it)
    text = ("The Harbour Board said the fares will rise. The Kessel Rule, for instance, demands that every "
            "ferry carry two pilots. It also insists that fares stay low.")
    assert _rows(text) == [("Harbour Board", "The Harbour Board", None, "organisation"),
                           (None, "The Kessel Rule", None, "anonymous"), (None, "It", None, "anonymous")]


def test_a_field_of_study_is_no_speaker():
    assert _rows("Geology shows that the cliffs under Arnsby are older than the harbour.") == [
        (None, "Geology", None, "anonymous")]


def test_a_place_in_the_subjects_phrase_is_not_the_subject():
    text = ("Speaking after the storm, officials in Velgrad County, Norvania — home to the old lighthouse — "
            "promised that the ferry would be rebuilt by June.")
    assert _rows(text) == [(None, "officials", None, "group")]


def test_a_capital_standing_for_its_country_stays_the_speaker():
    # actors.csv reads "Minsk" as Belarus: the officials there speak for it
    assert _rows("Officials in Minsk said the talks will resume on Monday.") == [
        ("Belarus", "Minsk", None, "country")]


def test_people_at_a_body_in_a_place_speak_for_the_body():
    text = "Engineers at Kelpwave in Port Halden said the pump runs on tides. Kelpwave refused to name the buyer."
    assert _rows(text) == [("Kelpwave", "Kelpwave", "Engineers at", "organisation"),
                           ("Kelpwave", "Kelpwave", None, "organisation")]


def test_a_known_place_is_no_person():
    text = "Norvania announced that the border will close on Friday."
    assert _rows(text) == [("Norvania", "Norvania", None, "organisation")]
    # without the place in the gazetteer the lone name stays a person, as before
    assert _rows(text, lexicon=LEX) == [("Norvania", "Norvania", None, "person")]


def test_a_place_that_is_a_surname_here_stays_the_person():
    text = "Velgrad said the park will close. Ada Velgrad is the mayor of the town."
    assert _rows(text) == [("Ada Velgrad", "Velgrad", None, "person")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_places_possessive_before_a_body_is_its_role(apostrophe):
    text = f"Norvania{apostrophe}s Harbour Court ruled that the ferry company must pay the fishermen."
    assert _rows(text) == [("Harbour Court", "Harbour Court", f"Norvania{apostrophe}s", "organisation")]


def test_a_particle_before_a_plural_surname_keeps_the_person():
    text = "Ilse des Pins, who runs the town museum, said the lighthouse lamp would go on show in May."
    assert _rows(text) == [("Ilse des Pins", "Ilse des Pins", None, "person")]


def test_a_name_in_capitals_is_one_person_with_its_title_case():
    text = ("FERRY TALKS STALL\n\n“The ferry will run on time,” said MIREN HALVORSEN, the harbour master.\n\n"
            "Later Miren Halvorsen said the port would stay open.\n\n“We have no choice,” HALVORSEN said.")
    assert [r[0] for r in _rows(text)] == ["Miren Halvorsen"] * 3


def test_a_role_of_a_body_is_the_subject_not_the_body():
    # "governor of the Harbour Fund": the governor speaks, unnamed; the body is part of the role
    text = "The governor of the Harbour Fund warned on Tuesday that fees would rise."
    assert _rows(text) == [(None, "The governor of the Harbour Fund", None, "anonymous")]


def test_the_y_of_by_is_no_name_particle():
    # "written by Falkenrath": the "y" of "by" opened a run "y Falkenrath", and "study written"
    # became his role, so "the study" resolved to him
    text = ("“The reefs are shrinking,” said Oren Falkenrath, a marine biologist at the Tarn Institute. Reef cover "
            "fell by a third, according to the study written by Falkenrath and two colleagues.")
    assert _rows(text) == [("Oren Falkenrath", "Oren Falkenrath", None, "person"),
                           (None, "the study", None, "anonymous")]


@pytest.mark.parametrize("word,fused", [
    ("ShoreTech", True), ("OpenHarbour", True), ("NVCentral", True), ("TarnAI", True),
    ("McBride", False), ("MacKay", False), ("FitzGerald", False), ("DeVries", False), ("LaRue", False),
    ("Voss", False), ("NATO", False),
])
def test_is_fused(word, fused):
    assert is_fused(word) is fused


def test_two_words_run_together_are_a_body():
    text = "ShoreTech says the harbour’s new sensors will be fitted next spring."
    assert _rows(text) == [("ShoreTech", "ShoreTech", None, "organisation")]


def test_the_plural_of_an_adjective_is_a_group():
    assert generic_kind("Centrists", LEX) == "group"
    text = "Centrists said the ferry levy was too high for the island’s families."
    assert _rows(text) == [(None, "Centrists", None, "group")]


def test_a_name_the_article_writes_as_a_web_address_is_a_body():
    text = ("Kelpwave said its pumps are safe. Buyers who ordered on Kelpwave.com will get a refund, "
            "the harbour board added.")
    assert _rows(text)[0] == ("Kelpwave", "Kelpwave", None, "organisation")
    # without the address the lone name stays a person, as before
    assert _rows("Kelpwave said its pumps are safe.")[0] == ("Kelpwave", "Kelpwave", None, "person")


@pytest.mark.parametrize("name,kind", [
    ("Tarn-based", "anonymous"), ("Board-appointed", "anonymous"),  # a modifier whose noun was cut off
    ("Smith-Brown", None), ("Orla Ness-Vik", None),  # double surnames
])
def test_a_hyphenated_modifier_is_no_name(name, kind):
    assert generic_kind(name, LEX) == kind
