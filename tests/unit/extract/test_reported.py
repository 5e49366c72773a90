from analysis import extract_statements
from analysis.extract.quoted import find_quoted
from analysis.extract.reported import find_reported

from .helpers import HEADLINE, run


def _reported(sentence):
    return run(HEADLINE + sentence, find_quoted, find_reported)


def test_clause_after_the_cue():
    _, found = _reported("Ilsa Brandt said the bridge would reopen in May.")
    assert found == [("indirect", "the bridge would reopen in May", "said", "Ilsa Brandt")]


def test_sentence_final_attribution():
    _, found = _reported("The bridge will reopen in May, port officials said.")
    assert found == [("indirect", "The bridge will reopen in May", "said", "port officials")]


def test_according_to():
    _, found = _reported("According to the survey, most dockers back the plan.")
    assert found == [("indirect", "most dockers back the plan", "According to", "the survey")]


def test_asked_question_and_its_answer():
    _, found = _reported("Asked whether she would run again, Brandt said no.")
    assert found == [("indirect", "whether she would run again", "Asked", None),
                     ("indirect", "no", "said", "Brandt")]


def test_coordinated_cue_shortens_the_statement_before():
    st, found = _reported("Brandt said the levy was unfair and warned that the port would suffer.")
    assert found == [("indirect", "the levy was unfair", "said", "Brandt"),
                     ("indirect", "the port would suffer", "warned", "Brandt")]
    first = st.found[0]
    assert first.start in st.claimed and first.end not in st.claimed  # the claim moved with the span


def test_new_clause_with_its_own_speaker_shortens_the_statement_before():
    _, found = _reported("Brandt said the port would close in May, and harbour unions warned that the levy "
                         "would stay.")
    assert found == [("indirect", "the port would close in May", "said", "Brandt"),
                     ("indirect", "the levy would stay", "warned", "harbour unions")]


def test_set_phrase_reports_nobody():
    _, found = _reported("Let's say the bridge falls.")
    assert found == []


def test_clause_after_a_semicolon_after_the_cue():
    _, found = _reported("Mayor Ilsa Brand added; the ferry will run until May.")
    assert found == [("indirect", "the ferry will run until May", "added", "Ilsa Brand")]


def test_words_before_the_attribution_and_the_clause_after_its_semicolon():
    _, found = _reported("The new timetable is final, Mayor Ilsa Brand added; the ferry will run until May.")
    assert found == [("indirect", "The new timetable is final", "added", "Ilsa Brand"),
                     ("indirect", "the ferry will run until May", "added", "Ilsa Brand")]


def test_semicolon_without_a_clause_after_it_makes_no_statement():
    _, found = _reported("Mayor Ilsa Brand spoke; then the band played on the quay.")
    assert found == []


def test_indefinite_noun_speaker_from_an_adjective():
    _, found = _reported("A relative said that the fisherman had left the harbour before dawn.")
    assert found == [("indirect", "the fisherman had left the harbour before dawn", "said", "A relative")]


def test_indefinite_noun_speaker_has_no_name_but_keeps_its_mention():
    rows = extract_statements(HEADLINE + "A relative said that the fisherman had left the harbour before dawn.")
    assert rows[["text", "speaker", "speaker_mention", "cue"]].to_dict("records") == [
        {"text": "the fisherman had left the harbour before dawn", "speaker": None, "speaker_mention": "A relative",
         "cue": "said"}]


def test_a_writer_s_own_progressive_reports_no_one():
    _, found = _reported("I am hoping that the ferry runs again. Mara Quill is hoping the tide will turn.")
    assert found == [("indirect", "the tide will turn", "hoping", "Mara Quill")]
