"""Extraction on hostile and huge texts: it ends, reads what it can, and says what it skipped.

Texts are generated here, at run time, about invented people and places. No test times
anything: a pattern that backtracked or a scan that restarted from a paragraph's start would
hang these tests (or run into the library's own time guard, which then fails them); the figures
live in ``bench/pathological.py`` and docs/benchmarks.md.
"""
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest

import analysis.article_statements as S
import analysis.nlp.document as D
from analysis import extract_statements
from analysis.errors import ArticleTimeout, QuotebookError

LongTextWarning = S.LongTextWarning

FIRST = "Ada Mira Tomas Henrik Lena Oren".split()
LAST = "Voss Brekke Kallan Solberg Castell Marsh Dahl".split()
THINGS = "bridge quay ferry tunnel harbour wall".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday".split()
QUOTE = "“We will finish the work on time,”"


def _paragraph(i: int) -> str:
    """A short news paragraph with two statements: one quoted, one reported."""
    return (f"“We will finish the {THINGS[i % 6]} on time,” Mayor {FIRST[i % 6]} {LAST[i % 7]} said on "
            f"{DAYS[i % 5]}. Harbour workers said the {THINGS[i % 6]} would cost {i % 90 + 10} million crowns.")


def _prose(chars: int, sep: str = "\n") -> tuple[str, int]:
    """About ``chars`` characters of such paragraphs joined by ``sep``, and how many there are."""
    paras, size = [], 0
    while size < chars:
        paras.append(_paragraph(len(paras)))
        size += len(paras[-1]) + len(sep)
    return sep.join(paras), len(paras)


def _quiet(text: str, **kw):
    """The statements of ``text`` and the long-text warnings raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = extract_statements(text, **kw)
    return df, [str(w.message) for w in caught if issubclass(w.category, LongTextWarning)]


# --- the signature line and the capital run that hung it ------------------------------------

def test_signature_line_is_read():
    df = extract_statements(f"{QUOTE} — Ada Voss")
    assert df[["speaker", "kind", "cue_type", "text"]].values.tolist() == [
        ["Ada Voss", "direct", "signature", "We will finish the work on time,"]]


@pytest.mark.parametrize("n", [400, 800, 5000])
def test_capital_run_after_a_dash_is_no_signature(n):
    # the 855-byte article: the signature pattern tried every split of the run
    df, warned = _quiet(f"{QUOTE} — {'A' * n} x", article_id="caps")
    assert len(df) == 0 and warned == []


def test_capital_run_ending_the_line_is_a_name_too_long():
    df, warned = _quiet(f"{QUOTE} — {'A' * 800}", article_id="caps")
    assert len(df) == 0
    assert warned == ["article caps: 1 speaker name over 100 characters, read as holding no statement"]


def test_five_capitalised_words_are_no_signature():
    assert len(extract_statements(f"{QUOTE} — Ada Voss Brekke Orm Kallan")) == 0


# --- maximum lengths ---------------------------------------------------------------------

def test_normal_article_gives_no_warning(seed_text):
    df, warned = _quiet(seed_text)
    assert warned == [] and len(df) == 12


def test_paragraph_over_the_limit_holds_no_statement():
    text = "\n".join([_paragraph(0), _prose(D.MAX_PARAGRAPH_CHARS + 1, sep=" ")[0], _paragraph(1)])
    df, warned = _quiet(text, article_id="p1")
    assert df["speaker"].tolist() == ["Ada Voss", None, "Mira Brekke", None]
    assert warned == ["article p1: 1 paragraph over 100,000 characters, read as holding no statement"]


def test_sentence_over_the_limit_holds_no_statement(monkeypatch):
    monkeypatch.setattr(D, "MAX_SENTENCE_CHARS", 120)
    long = "Harbour workers said the quay " + "and the old wall " * 10 + "would cost more."
    df, warned = _quiet(_paragraph(0) + "\n" + long, article_id="s1")
    assert df["text"].tolist() == ["We will finish the bridge on time,", "the bridge would cost 10 million crowns"]
    assert warned == ["article s1: 1 sentence over 120 characters, read as holding no statement"]


def test_quote_over_the_limit_holds_no_statement(monkeypatch):
    monkeypatch.setattr(D, "MAX_QUOTE_CHARS", 200)
    speech = "\n".join(["Mayor Ada Voss said:", "“We will finish the bridge. " + "The quay comes next. " * 6,
                        "“And the ferry will run on time. " + "It is paid for. " * 6 + "”", _paragraph(1)])
    df, warned = _quiet(speech, article_id="q1")
    assert df["speaker"].tolist() == ["Mira Brekke", None]
    assert warned == ["article q1: 1 quote over 200 characters, read as holding no statement"]
    monkeypatch.setattr(D, "MAX_QUOTE_CHARS", 20_000)  # the same text under the limit: the speech is read
    assert _quiet(speech)[0]["speaker"].tolist() == ["Ada Voss", "Mira Brekke", None]


def test_warning_counts_each_kind_once_per_article(monkeypatch):
    monkeypatch.setattr(D, "MAX_PARAGRAPH_CHARS", 140)
    text = "\n".join(_paragraph(i) + " It rained all week." * (i % 2) for i in range(4))
    df, warned = _quiet(text, article_id="w")
    assert len(df) == 4
    assert warned == ["article w: 2 paragraphs over 140 characters, read as holding no statement"]


# --- the time guard -------------------------------------------------------------------------

def test_time_guard_raises_article_timeout_naming_the_article(monkeypatch):
    monkeypatch.setattr(S, "SECONDS_PER_MILLION_CHARS", 0.0)
    with pytest.raises(ArticleTimeout, match=r"longer than 1e-09 s \(article slow-1\)") as info:
        extract_statements(_prose(5000)[0], article_id="slow-1", time_limit=1e-9)
    assert isinstance(info.value, QuotebookError) and info.value.seconds == 1e-9


def test_time_guard_holds_in_a_thread(monkeypatch):
    # dask's threads run articles side by side: the guard needs no signal, only the clock
    monkeypatch.setattr(S, "SECONDS_PER_MILLION_CHARS", 0.0)
    text = _prose(5000)[0]
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(extract_statements, text, article_id="t1", time_limit=1e-9)
        fine = pool.submit(extract_statements, text, article_id="t2")
        with pytest.raises(ArticleTimeout, match="article t1"):
            slow.result()
        assert len(fine.result()) == 2 * _prose(5000)[1]


def test_time_guard_grows_with_the_text(monkeypatch):
    seen = []

    class Recording(S.Deadline):
        def __init__(self, seconds, where):
            seen.append((seconds, where))
            super().__init__(seconds, where)

    monkeypatch.setattr(S, "Deadline", Recording)
    with pytest.warns(LongTextWarning, match="article long"):
        extract_statements("x" * 500_000, article_id="long", time_limit=2.0)
    assert seen == [(2.0 + S.SECONDS_PER_MILLION_CHARS * 0.5, "article long")]


# slow: a large input
@pytest.mark.slow
def test_default_guard_never_fires_on_plain_news():
    text, n = _prose(200_000)
    assert len(extract_statements(text)) == 2 * n


def test_no_time_limit():
    assert len(extract_statements(_paragraph(0), time_limit=None)) == 2


@pytest.mark.parametrize("bad, error", [(0, ValueError), (-1.0, ValueError), (float("nan"), ValueError),
                                        ("60", TypeError), (True, TypeError)])
def test_time_limit_must_be_a_positive_number(bad, error):
    with pytest.raises(error, match="time_limit"):
        extract_statements(_paragraph(0), time_limit=bad)


# --- hostile texts of several megabytes -----------------------------------------------------

@pytest.mark.slow
def test_five_megabyte_line_of_letters():
    letters = "".join(ch for ch in _prose(6_500_000)[0] if ch.isalpha())[:5_000_000]
    df, warned = _quiet(letters, article_id="letters")
    assert len(df) == 0
    assert warned == ["article letters: 1 paragraph over 100,000 characters, read as holding no statement"]
    # the same letters in lines of 5,000: every line is read, and none holds a statement
    lines = "\n".join(letters[i:i + 5000] for i in range(0, len(letters), 5000))
    df, warned = _quiet(lines)
    assert len(df) == 0 and warned == []


@pytest.mark.slow
def test_thousands_of_quote_marks():
    marks = ("“", "”", '"', "''", "«", "»")
    words = _prose(2_000_000)[0].split(" ")
    text = " ".join(w + marks[k % 6] if k % 3 == 2 else w for k, w in enumerate(words))
    assert sum(text.count(m) for m in marks) > 100_000
    df, _ = _quiet(text)
    assert len(df) > 1000
    assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


@pytest.mark.slow
def test_one_paragraph_of_200k_words():
    one, n = _prose(1_400_000, sep=" ")
    assert len(one.split()) > 200_000
    df, warned = _quiet(one, article_id="one")
    assert len(df) == 0 and len(warned) == 1
    # the same words in paragraphs of 250 words or so, each under the limit
    df, warned = _quiet(one.replace(". “", ".\n“"))
    assert len(df) == 2 * n and warned == []


@pytest.mark.slow
def test_paragraphs_just_under_the_limit():
    text, n = _prose(4_000_000, sep=" ")
    chunks, at = [], 0
    while at < len(text):
        cut = text.find(" “", at + D.MAX_PARAGRAPH_CHARS - 2000)
        cut = len(text) if cut < 0 else cut
        chunks.append(text[at:cut].strip())
        at = cut
    df, warned = _quiet("\n".join(chunks))
    assert len(df) == 2 * n and warned == []


@pytest.mark.slow
def test_signature_lines_gone_wrong_by_the_megabyte():
    lines = [f"{QUOTE} — {'A' * (400 + k % 401)} x" if k % 2 else f"{QUOTE} — {' '.join(FIRST * 2)} x"
             for k in range(2000)]
    df, warned = _quiet("\n".join(lines))
    assert len(df) == 0 and warned == []


@pytest.mark.slow
def test_nineteen_megabyte_article():
    text, n = _prose(19_000_000)
    df, warned = _quiet(text, article_id="big")
    assert len(df) == 2 * n and warned == []
    assert df["kind"].value_counts().to_dict() == {"direct": n, "indirect": n}
