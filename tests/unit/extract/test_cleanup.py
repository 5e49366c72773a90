from analysis.extract.cleanup import dedupe, finish, shorten
from analysis.extract.state import Claims, State, Stmt
from analysis.lexicon import load_lexicon
from analysis.nlp.document import Document


def _stmt(start, end, kind="indirect"):
    return Stmt(start, end, kind, None, "said", "say", "speech", 0, 4, 0, 1)


def test_shorten_trims_the_span_and_moves_its_claim():
    st = State(Document("Headline\nthe levy was unfair and warned that the port", load_lexicon()))
    s = _stmt(9, 44)
    st.found.append(s)
    st.claimed.add((9, 44))
    shorten(st, s, 29)  # before " and warned"
    assert (s.start, s.end) == (9, 28)
    assert st.doc.text[s.start:s.end] == "the levy was unfair"
    assert 20 in st.claimed and 35 not in st.claimed


def test_overlapping_statements_keep_the_first_unless_a_longer_quote_follows():
    a, b = _stmt(0, 40), _stmt(5, 30)
    assert dedupe([a, b]) == [a]
    c = _stmt(2, 60, kind="direct")
    assert dedupe([a, c]) == [c]


def test_finish_marks_quoted_words_and_drops_a_lone_pronoun():
    text = "Headline\nVoss said “the port is closed” and Orm said it."
    st = State(Document(text, load_lexicon()))
    st.found = [_stmt(text.index("“"), text.index(" and")), _stmt(text.index("it."), text.index("it.") + 2)]
    out = finish(st)
    assert [(s.kind, text[s.start:s.end]) for s in out] == [("direct", "the port is closed")]


def test_claims_find_spans_across_buckets():
    c = Claims([(0, 10), (2000, 2100)])
    assert (5 in c, 10 in c, 2050 in c) == (True, False, True)
    c.remove((0, 10))
    assert 5 not in c


def test_a_statement_shortened_to_nothing_is_dropped():
    """A later cue before an earlier statement's words leaves it empty: no statement with its
    end before its start (found by hypothesis on a run of cue words)."""
    from analysis import extract_statements

    st = extract_statements("saidand warned that and warned that")
    assert len(st) == 0
    st = extract_statements("Mayor Ilsa Brand said the Tollen bridge will open in May.")
    assert list(st["text"]) == ["the Tollen bridge will open in May"]
    assert (st["end"] > st["start"]).all()
