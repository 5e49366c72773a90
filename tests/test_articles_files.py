"""Reading a hostile corpus folder: special files, links out of the folder, odd names, bad manifests.

Every case is built at run time in a temporary folder. Each bad file must give exactly one row
in the errors table, with its reason, while the good article beside it is still read.
"""
import os
import socket
import stat
import threading
import warnings
from pathlib import Path

import pytest

from analysis import ArticleError, load_articles
from analysis.errors import QuotebookError
from analysis.inputs import read_bytes

STORY = "Ferry to sail in June\n“The ferry will sail again in June,” harbour master Odile Kestrel said.\n"
OTHER = "Library hours grow\n“We will open on Sundays,” librarian Tomas Wennerberg said.\n"
#: Seconds a load may take before the test calls it stuck (it takes milliseconds when it works).
STUCK_AFTER = 30


def load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(path, **kw)


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(STORY, encoding="utf-8")
    return root


def rows(df, name: str):
    """The error rows whose path ends with ``name``."""
    errors = df.attrs["errors"]
    return errors[errors.path.str.endswith(name)]


def load_unstuck(path, fifos=(), **kw):
    """``load`` in a thread, so that a regression that blocks fails the test instead of hanging it."""
    out = {}
    worker = threading.Thread(target=lambda: out.update(df=load(path, **kw)), daemon=True)
    worker.start()
    worker.join(STUCK_AFTER)
    if worker.is_alive():
        for fifo in fifos:  # a writer that opens and leaves frees a reader stuck in open()
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        pytest.fail(f"load_articles blocked for {STUCK_AFTER} s")
    return out["df"]


@pytest.mark.parametrize("name", ["x.txt", "x.html", "x.jsonl"])
def test_fifo_is_refused_without_blocking(tmp_path, name):
    root = corpus(tmp_path)
    os.mkfifo(root / name)
    df = load_unstuck(root, fifos=[root / name])
    assert list(df.path) == [str(root / "good.txt")]
    assert len(df.attrs["errors"]) == 1
    assert rows(df, name).reason.tolist() == ["a named pipe (FIFO), not a regular file: not read"]


def test_fifo_given_as_the_path_is_reported(tmp_path):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    df = load_unstuck(fifo, fifos=[fifo])
    assert len(df) == 0
    assert df.attrs["errors"].reason.tolist() == ["a named pipe (FIFO), not a regular file: not read"]


def test_fifo_in_strict_mode_raises_a_named_error(tmp_path):
    root = corpus(tmp_path)
    os.mkfifo(root / "x.txt")
    with pytest.raises(ArticleError, match="named pipe") as e:
        load_articles(root, strict=True)
    assert isinstance(e.value, QuotebookError)


def test_link_to_dev_zero_is_skipped_and_never_read(tmp_path):
    root = corpus(tmp_path)
    os.symlink("/dev/zero", root / "zero.txt")
    df = load_unstuck(root)
    assert len(df) == 1
    assert rows(df, "zero.txt").reason.tolist() == [
        "symbolic link to /dev/zero, outside the corpus folder: not read (follow_links=True reads it)"]
    followed = load_unstuck(root, follow_links=True)  # followed, it is still no regular file
    assert len(followed) == 1
    assert rows(followed, "zero.txt").reason.tolist() == ["a character device, not a regular file: not read"]


def test_device_file_inside_the_corpus_is_refused(tmp_path):
    root = corpus(tmp_path)
    try:  # the same device as /dev/zero, made inside the folder (needs root and CAP_MKNOD)
        os.mknod(root / "zero.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (OSError, AttributeError) as e:
        pytest.skip(f"cannot make a device file here: {e}")
    df = load_unstuck(root)
    assert len(df) == 1
    assert rows(df, "zero.txt").reason.tolist() == ["a character device, not a regular file: not read"]


def test_socket_file_is_refused(tmp_path):
    root = corpus(tmp_path)
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.bind(str(root / "s.txt"))
        except OSError as e:  # a path too long for a socket address
            pytest.skip(f"cannot bind a socket here: {e}")
        df = load_unstuck(root)
    assert len(df) == 1
    assert rows(df, "s.txt").reason.tolist() == ["a socket, not a regular file: not read"]


def test_link_out_of_the_corpus_is_skipped_unless_asked(tmp_path):
    root = corpus(tmp_path)
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "diary.txt").write_text(OTHER, encoding="utf-8")
    os.symlink(outside / "diary.txt", root / "passwd.txt")
    os.symlink("/etc/passwd", root / "system.txt")
    os.symlink(outside, root / "more")  # a folder out of the corpus
    df = load(root)
    assert list(df.path) == [str(root / "good.txt")]
    assert "Wennerberg" not in " ".join(df.text)
    errors = df.attrs["errors"]
    assert sorted(Path(p).name for p in errors.path) == ["more", "passwd.txt", "system.txt"]
    assert rows(df, "passwd.txt").reason.tolist() == [
        f"symbolic link to {outside / 'diary.txt'}, outside the corpus folder: not read (follow_links=True reads it)"]
    assert rows(df, "system.txt").reason.str.startswith("symbolic link to /etc/passwd, outside").all()

    followed = load(root, follow_links=True)
    assert list(followed.path) == [str(root / "good.txt"), str(root / "more" / "diary.txt"), str(root / "system.txt")]
    # the diary, reached through two links, is counted once
    assert followed.attrs["errors"].values.tolist() == [
        [str(root / "passwd.txt"), f"duplicate of {root / 'more' / 'diary.txt'}: counted once"]]


def test_links_inside_the_corpus_are_followed(tmp_path):
    root = corpus(tmp_path)
    (root / "archive").mkdir()
    (root / "archive" / "old.txt").write_text(OTHER, encoding="utf-8")
    os.symlink(root / "archive", root / "latest")
    os.symlink("archive/old.txt", root / "again.txt")
    df = load(root)
    assert list(df.path) == [str(root / "again.txt"), str(root / "good.txt")]  # names in order
    assert df.attrs["errors"].values.tolist() == [
        [str(root / "archive" / "old.txt"), f"duplicate of {root / 'again.txt'}: counted once"],
        [str(root / "latest"), "symbolic link loop: folder already read"]]


def test_link_loop_between_files_is_reported(tmp_path):
    root = corpus(tmp_path)
    os.symlink(root / "b.txt", root / "a.txt")
    os.symlink(root / "a.txt", root / "b.txt")
    df = load(root)
    assert len(df) == 1
    assert sorted(df.attrs["errors"].reason) == ["symbolic link loop", "symbolic link loop"]


def test_read_stops_past_the_limit_whatever_the_size_says(tmp_path):
    status = Path("/proc/self/status")  # a regular file whose size reads as 0
    if not status.exists() or status.stat().st_size != 0:
        pytest.skip("no /proc here")
    assert len(read_bytes(status)) > 0
    with pytest.raises(ArticleError, match="too large"):
        read_bytes(status, max_bytes=16)
    root = corpus(tmp_path)
    os.symlink(status, root / "status.txt")
    df = load(root, follow_links=True, max_bytes=16 + len(STORY.encode()))
    assert len(df) == 1
    assert rows(df, "status.txt").reason.str.contains("too large").all()


def test_file_name_that_is_not_utf8(tmp_path):
    root = corpus(tmp_path)
    folder = os.fsencode(root)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as f:
        f.write(OTHER.encode("utf-8"))
    with open(os.path.join(folder, b"r\xe9sum\xe9.txt"), "wb") as f:
        f.write(b"%PDF-1.4 not an article")
    os.mkdir(os.path.join(folder, b"d\xfcr"))
    with open(os.path.join(folder, b"d\xfcr", b"note.txt"), "wb") as f:
        f.write(OTHER.replace("Sundays", "Mondays").encode("utf-8"))
    df = load(root)
    assert sorted(df.path) == [f"{root}/caf\\xe9.txt", f"{root}/d\\xfcr/note.txt", str(root / "good.txt")]
    assert df.set_index("path").loc[f"{root}/caf\\xe9.txt", "text"] == OTHER
    assert df.attrs["errors"].values.tolist() == [[f"{root}/r\\xe9sum\\xe9.txt", "binary file (a PDF document), not text"]]
    for p in list(df.path) + list(df.attrs["errors"].path):
        p.encode("utf-8")  # printable and storable
    cached = load(root, cache=tmp_path / "cache")  # the file memo stores the names too
    again = load(root, cache=tmp_path / "cache")
    assert list(again.path) == list(cached.path) == list(df.path)


def test_unreadable_manifest_is_one_row_and_the_articles_are_read(tmp_path, monkeypatch):
    root = corpus(tmp_path)
    (root / "articles.csv").write_text("file,title\ngood.txt,From the manifest\n", encoding="utf-8")
    assert load(root).title.tolist() == ["From the manifest"]
    real = os.open

    def deny(path, *args, **kw):  # tests run as root, which chmod 000 does not stop
        if os.fspath(path).endswith("articles.csv"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kw)

    monkeypatch.setattr(os, "open", deny)
    df = load(root)
    assert df.title.tolist() == ["Ferry to sail in June"]  # the headline, not the manifest's title
    assert df.attrs["errors"].values.tolist() == [
        [str(root / "articles.csv"), "cannot read: Permission denied; the articles are read without its metadata"]]


@pytest.mark.parametrize("content, reason", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary file (a PDF document), not text"),
    (b"file,title\n\x00\x00\x00good.txt,x\n", "binary file (contains NUL bytes), not text"),
    ('file,title\ngood.txt,"' + "x" * 200_000 + '"\n', "not a readable CSV table: field larger than field limit"),
    (None, "a folder, not a regular file: not read"),
    ("/etc/passwd", "symbolic link to /etc/passwd, outside the corpus folder: not read"),
])
def test_bad_manifest_is_one_row_and_the_articles_are_read(tmp_path, content, reason):
    root = corpus(tmp_path)
    manifest = root / "articles.csv"
    if content is None:
        manifest.mkdir()
    elif isinstance(content, bytes):
        manifest.write_bytes(content)
    elif content.startswith("/"):
        os.symlink(content, manifest)
    else:
        manifest.write_text(content, encoding="utf-8")
    with pytest.warns(UserWarning, match="articles.csv"):
        df = load_articles(root)
    assert df.title.tolist() == ["Ferry to sail in June"]
    errors = df.attrs["errors"]
    assert len(errors) == 1 and errors.path[0] == str(manifest)
    assert errors.reason[0].startswith(reason)
    assert errors.reason[0].endswith("; the articles are read without its metadata")


def test_every_hostile_file_at_once(tmp_path):
    """The cases above side by side: one row each, the good article read, nothing raised."""
    root = corpus(tmp_path)
    os.mkfifo(root / "pipe.txt")
    os.symlink("/dev/zero", root / "zero.html")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.symlink(root / "nowhere.txt", root / "broken.txt")
    (root / "articles.csv").write_bytes(b"\x89PNG\r\n\x1a\n")
    with open(os.path.join(os.fsencode(root), b"\xff.txt"), "wb") as f:
        f.write(b"")
    df = load_unstuck(root, fifos=[root / "pipe.txt"])
    assert list(df.path) == [str(root / "good.txt")]
    reasons = dict(df.attrs["errors"].values.tolist())
    assert sorted(Path(p).name for p in reasons) == [
        "\\xff.txt", "articles.csv", "broken.txt", "passwd.txt", "pipe.txt", "zero.html"]
    assert reasons[f"{root}/\\xff.txt"] == "empty file"
    assert reasons[str(root / "broken.txt")] == "broken symbolic link"


def test_manifest_rows_match_by_path_in_the_folder_then_by_name(tmp_path, monkeypatch):
    root = corpus(tmp_path)
    (root / "sub").mkdir()
    (root / "sub" / "good.txt").write_text(OTHER, encoding="utf-8")
    (root / "articles.csv").write_text("file,title\nsub/good.txt,In the subfolder\ngood.txt,At the top\n",
                                       encoding="utf-8")
    monkeypatch.chdir(root)  # "." as the folder: paths come back as ./...
    for folder in (root, "."):
        df = load(folder)
        assert sorted(zip(df.path.map(lambda p: Path(p).relative_to(folder).as_posix()), df.title)) == [
            ("good.txt", "At the top"), ("sub/good.txt", "In the subfolder")]


def test_cache_folder_that_cannot_be_written_is_bypassed_with_a_warning(tmp_path):
    root = corpus(tmp_path)
    in_the_way = tmp_path / "cache"
    in_the_way.write_text("a file where the cache folder should be", encoding="utf-8")
    with pytest.warns(UserWarning, match="file memo not saved .*; the next run reads every file again"):
        df = load_articles(root, cache=in_the_way)
    assert df.text.tolist() == [STORY]
    assert len(df.attrs["errors"]) == 0
    assert in_the_way.read_text(encoding="utf-8") == "a file where the cache folder should be"
