"""load_articles_fsspec on a hostile local folder: it checks local files before copying them."""
import os
import warnings

import pytest

from analysis import ArticleError

pytest.importorskip("fsspec")
from analysis.scale import load_articles_fsspec  # noqa: E402

STORY = "Ferry to sail in June\n“The ferry will sail again in June,” harbour master Odile Kestrel said.\n"
OTHER = "Library hours grow\n“We will open on Sundays,” librarian Tomas Wennerberg said.\n"


def load(url, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles_fsspec(url, **kw)


@pytest.fixture
def hostile(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "private.txt").write_text(OTHER, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    os.symlink("/dev/zero", root / "zero.txt")
    os.symlink(tmp_path / "private.txt", root / "passwd.txt")
    return root


def test_special_files_and_links_out_are_refused_before_copying(hostile, tmp_path):
    df = load(str(hostile))
    assert df.path.tolist() == [str(hostile / "good.txt")]
    reasons = dict(df.attrs["errors"].values.tolist())
    assert reasons == {
        str(hostile / "passwd.txt"): f"symbolic link to {tmp_path / 'private.txt'}, outside the corpus folder: "
                                     "not read (follow_links=True reads it)",
        str(hostile / "pipe.txt"): "a named pipe (FIFO), not a regular file: not read",
        str(hostile / "zero.txt"): "symbolic link to /dev/zero, outside the corpus folder: "
                                   "not read (follow_links=True reads it)",
    }


def test_follow_links_reads_files_out_of_the_folder_but_never_devices(hostile):
    df = load(str(hostile), follow_links=True)
    assert sorted(df.text) == sorted([STORY, OTHER])
    reasons = dict(df.attrs["errors"].values.tolist())
    assert reasons == {str(hostile / "pipe.txt"): "a named pipe (FIFO), not a regular file: not read",
                       str(hostile / "zero.txt"): "a character device, not a regular file: not read"}


def test_a_glob_is_checked_too(hostile):
    df = load(f"{hostile}/*.txt")
    assert df.path.tolist() == [str(hostile / "good.txt")]
    assert len(df.attrs["errors"]) == 3


def test_strict_raises_on_a_special_file(hostile):
    with pytest.raises(ArticleError, match="not a regular file|outside the corpus"):
        load_articles_fsspec(str(hostile), strict=True)
