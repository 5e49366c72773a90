"""A country's word in a speaker phrase that is not the country (analysis.enrich.countries), and
the bodies an article names with a word (analysis.enrich.proper_names.bodies_opening).
Fictional people, bodies and sentences only."""
import pandas as pd
import pytest

from analysis import extract_statements, load_lexicon
from analysis.enrich.countries import not_the_country
from analysis.enrich.entities import ArticleIdentity
from analysis.enrich.proper_names import apposed_names, bodies_opening

LEX = load_lexicon()
ART = ArticleIdentity("", LEX, LEX.first_names)
HEADS = LEX.name_words.organisation


def _rows(text, *cols):
    df = extract_statements(text)
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[list(cols)].itertuples(index=False)]


@pytest.mark.parametrize("name,outcome", [
    ("Norwegian officials", (None, "group")),                         # some of its people
    ("Norwegians", (None, "group")),                                  # the demonym's plural
    ("the Norwegians", None),                                         # the country's side
    ("The Norwegian Ambassador", (None, "anonymous")),                # someone in a role
    ("Norway’s envoy", (None, "anonymous")),
    ("The Norway Tide Party’s chairwoman of the Harbour Board", (None, "anonymous")),
    ("the Norwegian Kelp Institute’s Fjord Fund", ("Norwegian Kelp Institute", "organisation")),
    ("the Norwegian Kelp Institute", ("Norwegian Kelp Institute", "organisation")),
    ("the Norwegian Kelp Survey", ("Norwegian Kelp Survey", "organisation")),
    ("Norwegian", (None, "anonymous")),                               # a demonym alone, no body named
    ("The Norwegian delegation", None),                               # a body for the country
    ("Norway", None),
    ("Oslo", None),                                                   # the capital speaks for it
    ("the Norwegian government", None),
    ("Norway’s ministry", None),
    ("Norwegian authorities", (None, "group")),
    ("an Norwegian prisoner of war", (None, "anonymous")),           # someone unnamed
    ("the top Norwegian kelp journal", (None, "anonymous")),        # a body unnamed
    ("Another Kelp Norway host", (None, "anonymous")),
    ("a new Norway Post-Kelp News national poll", ("Norway Post-Kelp News", "organisation")),
    ("the Norwegian activist group Kelp Eye", ("Kelp Eye", "organisation")),
    ("Sixty-seven percent of Norwegians", (None, "group")),
    ("A Norway Post database", ("Norway Post", "organisation")),
])
def test_not_the_country(name, outcome):
    assert not_the_country(ART, name, "Norway") == outcome


def test_a_lone_demonym_is_the_body_the_article_names_with_it():
    assert not_the_country(ART, "Norwegian", "Norway", bodies=("Norwegian Ferries",)) == ("Norwegian Ferries", "organisation")


@pytest.mark.parametrize("text,word,names", [
    ("Tarn Airlines and Tarn Kelp Board met. Tarn Airlines agreed.", "Tarn", ("Tarn Airlines", "Tarn Kelp Board")),
    ("Tarn Airlines. Police said so.", "Tarn", ("Tarn Airlines",)),  # (the sentence's end stops the name)
    ("The Tarn harbour is shut; Tarn Velgrad is a town.", "Tarn", ()),
    ("Stork Tarn Airlines flies.", "Tarn", ("Tarn Airlines",)),
    ("Tarnish Airlines flies.", "Tarn", ()),
])
def test_bodies_opening(text, word, names):
    assert bodies_opening(text, word, HEADS) == names


def test_a_lone_demonym_is_the_person_the_article_names_with_it_as_a_surname():
    text = ("Ada Norwegian, a ferry owner from Port Halden, spoke on Monday.\n\n"
            "Norwegian said the harbour levy was too high.")
    assert _rows(text, "speaker", "speaker_type")[-1] == ("Ada Norwegian", "person")


def test_a_demonym_alone_as_a_subject_is_the_company_named_with_it():
    text = ("Norwegian Airlines will fly to Port Halden from May.\n\n"
            "Norwegian plans to add a second daily flight, Ada Voss said.")
    assert _rows(text, "speaker", "speaker_type") == [("Ada Voss", "person")]
    text = ("The ferry deal with Norwegian Airlines was signed on Monday.\n\n"
            "Norwegian said it would add a second daily flight in June.")
    assert _rows(text, "speaker", "speaker_mention", "speaker_type") == [
        ("Norwegian Airlines", "Norwegian", "organisation")]


def test_a_body_s_role_holder_named_by_a_country_s_word_is_someone_unnamed():
    text = "The Norway Tide Party’s chairwoman of the Harbour Board said the levy would rise."
    assert _rows(text, "speaker", "speaker_mention", "speaker_type") == [
        (None, "The Norway Tide Party’s chairwoman of the Harbour Board", "anonymous")]


@pytest.mark.parametrize("text,names", [
    ("One company, Kelpwave, sells nets to ports.", {"Kelpwave"}),
    ("Kelpwave, a Tarn-based shipping company, sells nets.", {"Kelpwave"}),
    ("Kelpwave, the company that sells nets, grew.", {"Kelpwave"}),
    ("Voss, the company’s founder, spoke.", set()),          # the noun does not end the phrase
    ("Voss, an official with the ministry.", set()),         # a role at a body, not the body
    ("Voss, the union leader, spoke.", set()),
])
def test_apposed_names(text, names):
    assert apposed_names(text, HEADS) == names


def test_a_one_word_name_set_beside_a_company_noun_is_an_organisation():
    text = ("One company, Kelpwave, sells nets to the harbour.\n\n"
            "Kelpwave declined to comment on the harbour levy.")
    assert _rows(text, "speaker", "speaker_type") == [("Kelpwave", "organisation")]


def test_they_after_a_country_is_people_unnamed_not_the_country():
    text = "Norway said on Monday that the ferry levy would rise. They said the passes would sell out by June."
    assert _rows(text, "speaker", "speaker_mention", "speaker_type") == [
        ("Norway", "Norway", "country"), (None, "They", "group")]
