from analysis import schema
from analysis.extract.quoted import find_quoted

from .helpers import HEADLINE, run


def test_attribution_after_the_quote():
    st, found = run(HEADLINE + "“We will rebuild the old bridge by spring,” Mayor Ilsa Brandt said.", find_quoted)
    assert found == [("direct", "We will rebuild the old bridge by spring,", "said", "Ilsa Brandt")]
    assert st.used_quotes == {0}
    assert st.used_cues == {st.found[0].cue_start}
    assert st.found[0].cue_type == schema.CUE_SPEECH


def test_attribution_before_the_quote():
    _, found = run(HEADLINE + "Mayor Ilsa Brandt said: “We will rebuild the old bridge by spring.”", find_quoted)
    assert found == [("direct", "We will rebuild the old bridge by spring.", "said", "Ilsa Brandt")]


def test_interrupted_quote_is_one_statement():
    _, found = run(HEADLINE + "“We will rebuild the bridge,” said Ilsa Brandt, “and the quay after it.”", find_quoted)
    assert found == [("direct", "We will rebuild the bridge,” said Ilsa Brandt, “and the quay after it.", "said",
                      "Ilsa Brandt")]


def test_short_shouted_quote_is_read_and_scare_quote_is_not():
    _, shouted = run(HEADLINE + "A docker yelled “Stop!”", find_quoted)
    assert shouted == [("direct", "Stop!", "yelled", "A docker")]
    st, scare = run(HEADLINE + "Tomas Orm called it “a farce” on Monday.", find_quoted)
    assert scare == [] and st.used_quotes == set()
