from analysis import schema
from analysis.extract.cleanup import drop_long_names
from analysis.extract.labelled import find_labelled
from analysis.extract.quoted import find_quoted
from analysis.extract.reported import find_reported

from .helpers import HEADLINE, run

PASSES = (find_quoted, find_reported, drop_long_names, find_labelled)


def test_transcript_label():
    st, found = run(HEADLINE + "MAYOR BRANDT: The bridge stays shut until the spring thaw.", *PASSES)
    assert found == [("indirect", "The bridge stays shut until the spring thaw", ":", "BRANDT")]
    assert (st.found[0].cue_type, st.found[0].cue_lemma) == (schema.CUE_HEADLINE, "say")


def test_signature_line():
    st, found = run(HEADLINE + "“The bridge will stand for a hundred years.” — Ilsa Brandt", *PASSES)
    assert found == [("direct", "The bridge will stand for a hundred years.", "—", "Ilsa Brandt")]
    assert st.found[0].cue_type == schema.CUE_SIGNATURE


def test_section_heading_is_no_speaker():
    _, found = run(HEADLINE + "Harbour Plan Divides Council: the vote is set for the first week of June.", *PASSES)
    assert found == []


def test_a_label_ending_in_a_source_noun_names_a_speaker():
    text = ": The bridge stays shut until the spring thaw."
    _, found = run(HEADLINE + "Port spokesman" + text, *PASSES)
    assert found == [("indirect", "The bridge stays shut until the spring thaw", ":", "Port spokesman")]
    assert run(HEADLINE + "Port visitors" + text, *PASSES)[1] == []
