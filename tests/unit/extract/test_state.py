from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extract.state import CLAIM_BUCKET_CHARS, Claims

SPANS = st.lists(st.tuples(st.integers(0, 5 * CLAIM_BUCKET_CHARS), st.integers(0, 3 * CLAIM_BUCKET_CHARS))
                 .map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=60, deadline=None)
@given(spans=SPANS, removed=st.lists(st.integers(0, 11), max_size=4),
       probes=st.lists(st.integers(0, 8 * CLAIM_BUCKET_CHARS), max_size=20))
def test_claims_answer_as_a_scan_of_every_span_would(spans, removed, probes):
    claims = Claims(spans)
    live = list(spans)
    for k in removed:
        if k < len(spans):
            claims.remove(spans[k])
            live = [s for s in live if s != spans[k]]
    for pos in probes + [s for s, _ in spans] + [e for _, e in spans]:
        assert (pos in claims) == any(s <= pos < e for s, e in live)


def test_remove_start_forgets_every_span_starting_there():
    claims = Claims([(5, 10), (5, 3000), (6, 9)])
    claims.remove_start(5)
    assert (7 in claims, 2000 in claims, 5 in claims) == (True, False, False)
