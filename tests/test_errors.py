"""The library's exceptions survive a trip between processes (pickle) with their fields."""
import pickle

from analysis.errors import ArticleTimeout, OutputError, QuotebookError


def test_article_timeout_pickles_with_its_fields():
    e = pickle.loads(pickle.dumps(ArticleTimeout(2.5, "paragraph 3")))
    assert (type(e), e.seconds, e.where) == (ArticleTimeout, 2.5, "paragraph 3")
    assert str(e) == "extraction took longer than 2.5 s (paragraph 3); the article is skipped"


def test_output_error_pickles_with_its_fields():
    e = pickle.loads(pickle.dumps(OutputError("/tmp/out.csv", "the disk is full; free space")))
    assert (e.path, e.reason) == ("/tmp/out.csv", "the disk is full; free space")
    assert isinstance(e, QuotebookError)
    assert str(e) == "/tmp/out.csv: the disk is full; free space"
