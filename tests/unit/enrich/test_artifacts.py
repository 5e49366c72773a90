"""Who speaks through a thing issued (analysis.enrich.artifacts). Fictional people and bodies only."""
import pandas as pd
import pytest

from analysis import extract_statements
from analysis import load_lexicon
from analysis.enrich.artifacts import Author, artifact_head, author_of

LEX = load_lexicon()


def _rows(text, *cols):
    df = extract_statements(text)
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[list(cols)].itertuples(index=False)]


@pytest.mark.parametrize("name,head", [
    ("the statement", "statement"), ("a press release", "release"), ("The ad", "ad"),
    ("Ada Voss", None), ("the union", None), ("the Statement", None),
])
def test_artifact_head(name, head):
    assert artifact_head(name, LEX) == head


@pytest.mark.parametrize("text,author", [
    ("a press release from Norvia Watch", Author("Norvia Watch", 21)),
    ("a report by the Tarn Institute", Author("Tarn Institute", 16)),
    ("Ada Voss’s new letter", Author("Ada Voss", 0, possessive=True)),
    ("a 2019 Harbour Board report", Author("Harbour Board", 7)),
    ("a Norvia Daily poll", Author("Norvia Daily", 2, sponsor=True)),
    ("the exit poll conducted by Tarn Research for the Harbour Times", Author("Tarn Research", 27)),
    ("exit polls conducted for the Harbour Times and local radio", Author("Harbour Times", 29, sponsor=True)),
    ("a statement from Monday", None),
    ("the letter", None),
])
def test_author_of_a_phrase(text, author):
    assert author_of(text, 0, len(text), LEX) == author


def test_a_press_release_from_a_body_is_the_body_s():
    text = "Tarn Harbour was quiet on Monday. A 2019 Harbour Board report found that the quay was unsafe."
    assert _rows(text, "speaker", "speaker_mention", "speaker_type") == [
        ("Harbour Board", "A 2019 Harbour Board report", "organisation")]


def test_a_thing_a_person_owns_is_the_person_s_in_full():
    text = "Ada Voss toured the docks on Monday.\n\nVoss’s press release said the levy would go."
    assert _rows(text, "speaker", "speaker_mention", "speaker_type") == [
        ("Ada Voss", "Voss’s press release", "person")]


def test_words_a_person_spoke_are_the_person_s():
    # remarks, comments, language, testimony: their owner speaks through them
    text = ("Ada Voss toured the docks on Monday.\n\n"
            "But Voss’s language in the memo makes clear that she wants the levy gone.\n\n"
            "Her remarks at the quay showed that the bridge would wait.")
    assert _rows(text, "speaker", "speaker_mention") == [("Ada Voss", "Voss’s language"), (None, "Her remarks")]


def test_an_exit_poll_is_its_pollster_s_or_named_after_whom_it_was_made_for():
    text = ("Most voters want a new port, according to the exit poll conducted by "
            "Tarn Research for the Harbour Times.\n\n"
            "Most voters want a new bridge, according to the first findings of exit polls conducted for "
            "the Harbour Times and local radio stations.")
    assert _rows(text, "speaker") == [("Tarn Research",), ("Harbour Times exit poll",)]


@pytest.mark.parametrize("before,speaker", [
    ("The Voss campaign issued a short statement on Monday.", "Voss campaign"),
    ("A second statement issued by the Voss campaign on Monday was brief.", "Voss campaign"),
    ("Ada Voss released a letter on Monday.", "Ada Voss"),
    ("Per Lund spoke on Monday.", None),
])
def test_the_statement_is_its_author_s_when_the_article_just_introduced_it(before, speaker):
    head = "letter" if "letter" in before else "statement"
    text = f"{before}\n\nThe {head} said that the levy would go."
    assert _rows(text, "speaker")[-1] == (speaker,)


@pytest.mark.parametrize("text,author", [
    ("the mean of the latest surveys compiled by Tarn Politics", Author("Tarn Politics", 43)),
    ("a report by the independent Centre for Harbour and Fishery Studies",
     Author("Centre for Harbour and Fishery Studies", 28)),
    ("a study written by Ada Voss and two colleagues", None),               # more than the one named
])
def test_author_of_a_longer_phrase(text, author):
    assert author_of(text, 0, len(text), LEX) == author


@pytest.mark.parametrize("before,mention,speaker", [
    ("An online video by Norvia Watch names four harbour pilots.", "The ad", "Norvia Watch"),       # one kind of thing
    ("A 2019 report by the Harbour Institute found fares high.", "The 2019 paper", "Harbour Institute"),
    ("An online video by Norvia Watch names four harbour pilots.", "The letter", None),             # another kind
])
def test_the_thing_is_the_one_of_its_kind_introduced_with_its_author(before, mention, speaker):
    text = f"{before} Ada Voss is a former pilot.\n\n{mention} also says that the port is unsafe."
    assert _rows(text, "speaker", "speaker_mention")[-1] == (speaker, mention)


@pytest.mark.parametrize("before,speaker", [
    ("Ada Voss said in a statement on Monday that the levy would go.", "Ada Voss"),
    ("The Harbour Board said in a statement on Monday that the levy would go.", "Harbour Board"),
    ("In a statement, the Harbour Board said the levy would go. Tor Hale disagreed.", "Harbour Board"),
    ("A statement was posted on the harbour website on Monday.", None),   # no one spoke there
    ("Ada Voss said a statement from the port showed the levy would go.", None),  # she cites it
])
def test_the_statement_is_the_one_who_spoke_where_it_was_introduced(before, speaker):
    text = f"{before}\n\nThe statement also said that fares would fall."
    assert _rows(text, "speaker", "speaker_mention")[-1] == (speaker, "The statement")


def test_the_statement_is_the_nearest_one_introduced_not_an_older_one_with_an_author():
    text = ("A report by the Harbour Board found fares high. Ada Voss toured the quay.\n\n"
            "A report was posted on the port's website on Monday. Tor Hale read it.\n\n"
            "The report also says that the levy would go.")
    assert _rows(text, "speaker", "speaker_mention")[-1] == (None, "The report")
