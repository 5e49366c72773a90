"""Bodies and what they own (analysis.enrich.owned), short forms linked to full names
(analysis.enrich.short_forms). Fictional people, places, bodies and wording only."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_statements, load_lexicon
from analysis.corpus_identity import canonical_names
from analysis.enrich.owned import local_body, owned_name, state_body
from analysis.enrich.short_forms import acronym_body, bracketed_acronyms, gendered_full_form
from analysis.nlp.name_runs import and_the_in_name

LEX = load_lexicon()
DATA = Path(__file__).resolve().parents[3] / "data"


def _rows(text, *cols, lexicon=None):
    df = extract_statements(text, lexicon=lexicon)
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[list(cols)].itertuples(index=False)]


@pytest.fixture(scope="module")
def norvania(tmp_path_factory):
    """The project's word lists and a fictional country whose seat and ministry stand for it."""
    folder = tmp_path_factory.mktemp("data")
    shutil.copytree(DATA, folder, dirs_exist_ok=True)
    with open(folder / "actors.csv", "a", encoding="utf-8") as f:
        f.write("Norvania,Norvania|Norvanian|Norvanians|Velgrad|Harbour Ministry|Amber Hall,country\n")
    return load_lexicon(str(folder))


@pytest.mark.parametrize("name,body", [
    ("The Harbour Ministry", "Harbour Ministry"), ("the Harbour Ministry’s", "Harbour Ministry"),
    ("Velgrad", None), ("the Norvanians", None), ("Norvania", None), ("the Amber Hall", None), ("the Tarn Board", None),
])
def test_state_body(norvania, name, body):
    assert state_body(name, norvania) == body


def test_a_state_body_speaks_under_its_own_name_and_keeps_it_across_the_corpus(norvania):
    text = "The Harbour Ministry warned on Tuesday that the ferry fares would rise.\n\nVelgrad warned that the fares would rise."
    assert _rows(text, "speaker", "speaker_type", lexicon=norvania) == [
        ("Harbour Ministry", "organisation"), ("Norvania", "country")]
    table = pd.DataFrame({"speaker": ["Harbour Ministry"], "speaker_type": ["organisation"]})
    assert canonical_names(table, lexicon=norvania) == {"Harbour Ministry": "Harbour Ministry"}  # (not the country's)


@pytest.mark.parametrize("words,text,body", [
    ("The city of Port Halden".split(), "", "city of Port Halden"),
    ("the town of Arnsby’s".split(), "", "town of Arnsby"),
    ("The city".split(), "The city of Arnsby sued. The city said", "city of Arnsby"),
    ("The city".split(), "The city of Arnsby and the city of Velgrad sued.", None),
    ("the city council".split(), "The city of Arnsby sued.", None),
    ("the harbour of Arnsby".split(), "", None),
])
def test_local_body(words, text, body):
    assert local_body(words, text, LEX) == body


@pytest.mark.parametrize("name,owned", [
    ("Jon Voss’s presidential campaign", "Voss campaign"), ("Voss’s campaign", "Voss campaign"),
    ("Tarn Harbour Board", "Tarn Harbour Board"), ("Voss’s remarks", "Voss’s remarks"),
])
def test_owned_name(name, owned):
    assert owned_name(name, LEX) == owned


def test_an_office_speaks_for_the_one_who_holds_it():
    text = ("Sen. Ada Voss has opposed the levy for years.\n\n"
            "Her office said in a statement that she would vote against the bill.\n\n"
            "Voss’s office said the vote would come on Friday.")
    assert _rows(text, "speaker", "speaker_mention")[-2:] == [("Ada Voss", "Her office"), ("Ada Voss", "Voss’s office")]


def test_his_campaign_is_the_candidate_s_not_the_adviser_s_quoted_last():
    text = ("Jon Voss is running for governor.\n\n"
            "\"The ferries are the whole question,\" said Karl Lund, a pollster who has advised the Voss campaign.\n\n"
            "Still, his campaign said it would keep its tour of the islands.")
    assert _rows(text, "speaker", "speaker_type")[-1] == ("Voss campaign", "organisation")


def test_the_city_of_a_place_is_its_government_and_it_after_the_city_too():
    text = ("The city of Arnsby wants the Voss campaign to take down its harbour posters.\n\n"
            "The city wrote to Voss on Friday. It claims the posters hide the tide tables.")
    assert _rows(text, "speaker", "speaker_mention", "speaker_type") == [
        ("city of Arnsby", "The city of Arnsby", "organisation"), ("city of Arnsby", "It", "organisation")]


def test_it_after_a_body_and_a_subordinator_is_that_body():
    text = "Ferry crews picketed outside the Harbour Herald because it claimed the fares were fair."
    assert _rows(text, "speaker", "speaker_mention") == [("Harbour Herald", "it")]


def test_it_opening_a_sentence_after_an_ad_is_the_ad_s_author_and_they_after_a_campaign_is_the_campaign():
    text = ("A radio spot from Jon Voss’s mayoral campaign went out on Monday.\n\n"
            "The spot then recalls the ferry strike of last spring. It also says the fares doubled.\n\n"
            "Lund’s campaign is pinning the fare rise on Voss. They are arguing that his budget cut the ferries.")
    assert _rows(text, "speaker", "speaker_mention") == [("Voss campaign", "It"), ("Lund campaign", "They")]


def test_it_after_a_person_at_the_head_of_the_sentence_before_stays_unnamed():
    text = "Ada Voss wrote to the board. It claims the levy is unfair."
    assert _rows(text, "speaker", "speaker_mention") == [(None, "It")]


def test_a_slash_name_is_kept_whole_after_according_to_and_a_date_s_possessive_goes():
    text = ("Ada Voss is ahead on the islands, according to a Norvia Times/Harbour News poll out on Tuesday.\n\n"
            "According to May's Norvia Times/Harbour News polling, ferry crews back her two to one.")
    assert _rows(text, "speaker", "speaker_mention") == [
        ("Norvia Times/Harbour News poll", "a Norvia Times/Harbour News poll"),
        ("Norvia Times/Harbour News polling", "May's Norvia Times/Harbour News polling")]


def test_a_name_after_a_determiner_and_a_noun_from():
    text = ("Advice from Ada Brook: 'Read the tide tables twice.'\n\n"
            "As a deckhand on the Arnsby ferry, Ada K. Brook said she learned the tides by heart.")
    assert [r[0] for r in _rows(text, "speaker")] == ["Ada K. Brook", "Ada K. Brook"]


@pytest.mark.parametrize("text,surname,gender,full", [
    ("Mr. Lund and his sister, Mara Lund, opened the \"Jon Lund Ferry Week\" fair.", "Lund", "m", "Jon Lund"),
    ("Mr. Lund and his sister, Mara Lund, opened the fair.", "Lund", "m", None),
    ("Mara Lund and Ada Lund spoke.", "Lund", "f", None),
    ("Jon K. Lund spoke.", "Lund", "m", "Jon K. Lund"),
])
def test_gendered_full_form(text, surname, gender, full):
    assert gendered_full_form(text, surname, gender, LEX.first_names) == full


def test_mr_surname_is_the_one_man_named_so_even_inside_a_longer_name():
    text = ("\"The ferries will run all winter,\" Mr. Lund said on Saturday.\n\n"
            "Mr. Lund and his sister, Mara Lund, opened the \"Jon Lund Ferry Week\" fair.")
    assert _rows(text, "speaker")[0] == ("Jon Lund",)


def test_bracketed_acronyms_read_a_bounded_stretch_before_the_bracket():
    # the body's name is read back at most BODY_REACH characters: a run of capitalised words
    # with no bracket after it costs one pass (it once made a 5 MB text of letters hang)
    run = " ".join(["Tarn"] * 50_000)
    assert bracketed_acronyms(run + " and the Norvia Harbour Board (NHB) met") == {"NHB": "Norvia Harbour Board"}
    assert bracketed_acronyms(("Abcdefghij" * 500 + "\n") * 200) == {}
    assert bracketed_acronyms("(NHB) opened") == {}


def test_bracketed_acronyms_and_the_body_they_stand_for():
    text = "said the union Friends of the Arnsby Ferries (FAF). The Tarn Board (TB) and the (XY) group"
    assert bracketed_acronyms(text) == {"FAF": "Friends of the Arnsby Ferries", "TB": "Tarn Board"}
    acronyms = {"FAF": "Friends of the Arnsby Ferries"}
    assert acronym_body("FAF", "FAF", acronyms) == "Friends of the Arnsby Ferries"
    assert acronym_body(None, "the second winter FAF", acronyms) == "Friends of the Arnsby Ferries"
    assert acronym_body(None, "the Tarn FAF", acronyms) is None


def test_an_acronym_in_brackets_names_its_body_when_it_speaks():
    text = ("Crews sailed the old route on Sunday, according to the union Friends of the Arnsby Ferries (FAF).\n\n"
            "The strike cost the island shops dearly in the second winter FAF said it would keep up the boycott.")
    assert _rows(text, "speaker", "speaker_type")[-1] == ("Friends of the Arnsby Ferries", "organisation")


def test_and_the_inside_a_body_s_name_keeps_the_name_whole():
    text = ("The Institute for Jobs and the Environment said the plan would cost 400 jobs.\n\n"
            "The plan would fail, according to the Centre for Law and the Sea.\n\n"
            "The Norvia Times and the Harbour Herald said the ferry logs should be public.")
    assert _rows(text, "speaker", "speaker_mention") == [
        ("Institute for Jobs and the Environment", "The Institute for Jobs and the Environment"),
        ("Centre for Law and the Sea", "the Centre for Law and the Sea"),
        ("Harbour Herald", "the Harbour Herald")]


@pytest.mark.parametrize("words,at,found", [
    ("the Institute for Jobs and the Environment said".split(), 5, True),
    ("the Norvia Times and the Harbour Herald".split(), 4, False),
    ("Ada Voss of Arnsby and the Harbour Board".split(), 5, False),
    ("the Fund for Arts and the".split(), 5, False),
])
def test_and_the_in_name(words, at, found):
    toks = [(0, 0, w) for w in words]
    assert and_the_in_name(toks, at, 0, LEX.name_words.organisation) is found
