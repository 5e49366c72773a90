from analysis import schema
from analysis.extract.carry_over import find_carry_over
from analysis.extract.cleanup import drop_long_names
from analysis.extract.labelled import find_labelled
from analysis.extract.quoted import find_quoted
from analysis.extract.reported import find_reported

from .helpers import HEADLINE, run

PASSES = (find_quoted, find_reported, drop_long_names, find_labelled, find_carry_over)
TEXT = (HEADLINE + "“We will rebuild the old bridge,” Brandt said.\n"
        "“It will take two years and cost a great deal.”\n"
        "I have never seen the harbour so busy, the mayor added.\n"
        "We owe the dockers our thanks for their patience.")


def test_quote_and_first_person_paragraph_carry_the_speaker_on():
    st, found = run(TEXT, *PASSES)
    assert found == [("direct", "We will rebuild the old bridge,", "said", "Brandt"),
                     ("direct", "It will take two years and cost a great deal.", None, None),
                     ("indirect", "I have never seen the harbour so busy", "added", "the mayor"),
                     ("unmarked", "We owe the dockers our thanks for their patience.", None, None)]
    first, quote, added, unmarked = st.found
    assert quote.inherit is first and quote.method == schema.METHOD_CARRY_OVER
    assert unmarked.inherit is added and unmarked.method == schema.METHOD_CARRY_OVER


def test_no_carry_over_after_a_paragraph_without_statement():
    _, found = run(HEADLINE + "The bridge closed in March.\nWe owe the dockers our thanks for their patience.", *PASSES)
    assert found == []
