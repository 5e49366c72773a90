"""Outputs: atomic writes that fail with one clear error and leave the previous file; formula-safe exports.

Every text here is invented.
"""
import errno
import string
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import strategies as hst

from analysis import cli
from analysis.corpus import write_table
from analysis.errors import OutputError
from analysis.outputs import atomic_write, defuse_formula, defuse_formulas
from conftest import fast_and_thorough

PREVIOUS = "the previous table\n"

ARTICLE = """Harbour fees to rise in Port Halden

“We have no choice but to raise the fees this spring,” harbour master Edda Lunde said on Monday.
Councillor Brit Aasen said the town would lose its ferry trade if the fees went up.
"""


def _failing(code: int):
    """A writer that writes half a file, then fails as the disk would."""
    def write(tmp):
        with open(tmp, "w") as f:
            f.write("half a tab")
        raise OSError(code, "simulated")
    return write


@pytest.mark.parametrize("code, says", [
    (errno.ENOSPC, "the disk is full: free some space or write to another disk"),
    (errno.EDQUOT, "the disk quota is used up"),
    (errno.EROFS, "the disk is read-only: write to another folder"),
    (errno.EACCES, "permission denied: write to a folder you can write to"),
    (errno.EIO, "could not write (simulated): check the disk"),
])
def test_a_failed_write_names_the_path_and_leaves_the_previous_file(tmp_path, code, says):
    target = tmp_path / "st.csv"
    target.write_text(PREVIOUS)
    with pytest.raises(OutputError) as e:
        atomic_write(target, _failing(code))
    assert e.value.path == str(target)
    assert says in e.value.reason and e.value.reason.startswith("could not write")
    assert isinstance(e.value.__cause__, OSError) and e.value.__cause__.errno == code
    assert target.read_text() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["st.csv"]  # no temporary file left


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path):
    def interrupted(tmp):
        Path(tmp).write_text("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "st.csv", interrupted)
    assert list(tmp_path.iterdir()) == []


def test_writing_onto_a_folder_is_refused_before_writing(tmp_path):
    (tmp_path / "st.csv").mkdir()
    calls = []
    with pytest.raises(OutputError, match="this is a folder: name a file inside it"):
        atomic_write(tmp_path / "st.csv", calls.append)
    assert calls == [] and (tmp_path / "st.csv").is_dir()


def test_a_file_in_the_path_is_named(tmp_path):
    (tmp_path / "afile").write_text("")
    with pytest.raises(OutputError, match="a part of this path is a file, not a folder"):
        atomic_write(tmp_path / "afile" / "st.csv", lambda tmp: Path(tmp).write_text("x"))


def test_the_library_still_creates_a_missing_folder(tmp_path):
    out = atomic_write(tmp_path / "new" / "deeper" / "st.csv", lambda tmp: Path(tmp).write_text("x"))
    assert out.read_text() == "x"


# --- the command line: one line, a non-zero exit, the previous file untouched -------------------

@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.setattr("analysis.articles.CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr("analysis.corpus.CACHE_DIR", tmp_path / "cache")
    d = tmp_path / "harbour"
    d.mkdir()
    (d / "fees.txt").write_text(ARTICLE, encoding="utf-8")
    return d


def _quotebook(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err.strip().splitlines()


WRITERS = {".csv": "to_csv", ".parquet": "to_parquet", ".jsonl": "to_json", ".xlsx": "to_excel"}


@pytest.mark.parametrize("suffix", list(WRITERS))
@pytest.mark.parametrize("code, says", [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the disk is read-only"),
                                        (errno.EACCES, "permission denied")])
def test_parse_on_a_full_or_read_only_disk_says_so_in_one_line(capsys, corpus, tmp_path, monkeypatch,
                                                              suffix, code, says):
    if suffix == ".xlsx":
        pytest.importorskip("openpyxl")
    target = tmp_path / f"st{suffix}"
    target.write_text(PREVIOUS)
    other = tmp_path / "other.parquet" if suffix != ".parquet" else tmp_path / "other.csv"

    def fail(self, path, *a, **k):
        with open(path, "w") as f:
            f.write("half a table")
        raise OSError(code, "simulated")

    real = getattr(pd.DataFrame, WRITERS[suffix])
    monkeypatch.setattr(pd.DataFrame, WRITERS[suffix],
                        lambda self, path, *a, **k: fail(self, path) if str(path).endswith(suffix) else
                        real(self, path, *a, **k))
    exit_code, out, err = _quotebook(capsys, "parse", corpus, "--no-cache", "-q", "-o", target, "-o", other)
    assert exit_code == 1
    assert len(err) == 1, err
    assert err[0].startswith(f"quotebook: {target}: could not write: {says}") and "unchanged" in err[0]
    assert target.read_text() == PREVIOUS
    assert other.exists()  # the other table is still written
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("make, says", [
    (lambda p: (p / "out.csv").mkdir() or p / "out.csv", "is a folder; name a file inside it"),
    (lambda p: p / "missing" / "out.csv", "does not exist; create it (mkdir -p"),
    (lambda p: (p / "afile").write_text("") or p / "afile" / "out.csv", "is a file, not a folder"),
])
def test_parse_refuses_an_output_it_cannot_write_before_parsing(capsys, corpus, tmp_path, monkeypatch, make, says):
    target = make(tmp_path)
    calls = []
    monkeypatch.setattr("analysis.corpus.statements", lambda *a, **k: calls.append(a))
    code, out, err = _quotebook(capsys, "parse", corpus, "-q", "-o", target)
    assert code == 2 and out == ""
    assert err == [err[0]] and err[0].startswith(f"quotebook: {target}: ") and says in err[0]
    assert calls == []


def test_parse_refuses_a_read_only_folder_before_parsing(capsys, corpus, tmp_path, monkeypatch):
    import os

    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if mode == os.W_OK else real(p, mode, **k))
    code, out, err = _quotebook(capsys, "parse", corpus, "-q", "-o", tmp_path / "st.csv")
    assert code == 2
    assert err == [f"quotebook: {tmp_path / 'st.csv'}: the folder {tmp_path} cannot be written "
                   "(read-only or no permission); choose another folder"]


def test_report_on_a_full_disk_ends_in_one_line(capsys, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("analysis.report.render_reports", lambda *a, **k: [])
    monkeypatch.setattr(cli, "PROCESSED", tmp_path / "processed")
    real = pd.DataFrame.to_csv

    def full(self, path, *a, **k):
        if str(path).rsplit("/", 1)[-1].startswith(".errors.csv"):
            raise OSError(errno.ENOSPC, "simulated")
        return real(self, path, *a, **k)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    code, out, err = _quotebook(capsys, "report", corpus, "--out", tmp_path / "reports", "-q")
    assert code == 1
    errors_csv = tmp_path / "reports" / "harbour" / "errors.csv"
    assert err == [f"quotebook: {errors_csv}: could not write: the disk is full: free some space or write to "
                   "another disk; the previous file, if any, is unchanged"]


# --- formulas ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+47 55 00 00", "'+47 55 00 00"), ("-5 percent", "'-5 percent"), ("@harbour", "'@harbour"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("\x01=1+1", "'\x01=1+1"), ("  =SUM(A1)", "'  =SUM(A1)"),
    ("Edda Lunde", "Edda Lunde"), ("", ""), ("a=b", "a=b"), ("'=quoted", "'=quoted"),
    (5, 5), (-5.5, -5.5), (None, None),
])
def test_defuse_formula(value, expected):
    assert defuse_formula(value) == expected


def _defused_cell_never_starts_a_formula(text):
    out = defuse_formula(text)
    assert out in (text, "'" + text)
    assert out[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert defuse_formula(out) == out  # defusing twice changes nothing


test_a_defused_cell_never_starts_a_formula, test_a_defused_cell_never_starts_a_formula_thoroughly = fast_and_thorough(
    _defused_cell_never_starts_a_formula, 60, 300,
    hst.text(alphabet=string.printable + "\x00\x01\x1b\x7f\x85\u00a0=+-@", max_size=30), deadline=200)


def test_numbers_and_dates_stay_as_they_are():
    df = pd.DataFrame({"n": [-1, 2], "x": [-0.5, 1.5], "d": pd.to_datetime(["2025-03-04", None]),
                       "t": ["-1", "ok"], "lists": [["=a"], []]})
    out = defuse_formulas(df)
    pd.testing.assert_frame_equal(out[["n", "x", "d", "lists"]], df[["n", "x", "d", "lists"]])
    assert out["t"].tolist() == ["'-1", "ok"]
    assert df["t"].tolist() == ["-1", "ok"]  # the input is not changed


def _table():
    return pd.DataFrame({"speaker": ["=HYPERLINK(\"http://x\")", "Edda Lunde", "\x01=1+1", "@Aasen"],
                         "start": [-3, 10, 20, 30], "polarity": [-0.25, 0.5, 0.0, 1.0],
                         "actors": [["+Port Halden"], ["Vellby"], [], ["-x"]]})


def test_csv_export_defuses_formulas_and_keeps_numbers(tmp_path):
    write_table(_table(), tmp_path / "t.csv")
    back = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)
    assert back["speaker"].tolist() == ["'=HYPERLINK(\"http://x\")", "Edda Lunde", "'\x01=1+1", "'@Aasen"]
    assert back["actors"].tolist() == ["'+Port Halden", "Vellby", "", "'-x"]
    assert back["start"].tolist() == [-3, 10, 20, 30] and back["polarity"].tolist() == [-0.25, 0.5, 0.0, 1.0]


def test_excel_export_defuses_after_dropping_control_characters(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    write_table(_table(), tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    speakers = [c.value for c in sheet["A"][1:]]
    assert speakers == ["'=HYPERLINK(\"http://x\")", "Edda Lunde", "'=1+1", "'@Aasen"]
    assert {c.data_type for c in sheet["A"][1:]} == {"s"}  # text, never a formula ("f")
    assert [c.value for c in sheet["B"][1:]] == [-3, 10, 20, 30]  # numbers stay numbers
    assert {c.data_type for c in sheet["B"][1:]} == {"n"}


def test_jsonl_and_parquet_keep_text_as_it_is(tmp_path):
    write_table(_table(), tmp_path / "t.jsonl")
    write_table(_table(), tmp_path / "t.parquet")
    assert pd.read_json(tmp_path / "t.jsonl", lines=True)["speaker"].tolist() == _table()["speaker"].tolist()
    assert pd.read_parquet(tmp_path / "t.parquet")["speaker"].tolist() == _table()["speaker"].tolist()


def test_actors_rows_for_the_word_list_are_defused():
    assert cli._csv_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert cli._csv_cell("Lunde, Edda") == '"Lunde, Edda"'
    assert cli._csv_cell("Edda Lunde") == "Edda Lunde"


def test_report_into_a_file_is_refused_in_one_line(capsys, corpus, tmp_path):
    (tmp_path / "reports").write_text("")
    code, out, err = _quotebook(capsys, "report", corpus, "--out", tmp_path / "reports", "-q")
    assert code == 2
    assert err == [f"quotebook: {tmp_path / 'reports'}: is a file, not a folder; name a folder for the reports "
                   "with --out"]


def test_a_report_that_fills_the_disk_ends_in_one_line(capsys, corpus, tmp_path, monkeypatch):
    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "reports" / "01_statements.ipynb"))

    monkeypatch.setattr("analysis.report.render_reports", full)
    code, out, err = _quotebook(capsys, "report", corpus, "--no-parse", "--out", tmp_path / "reports")
    assert code == 1
    assert err == [f"quotebook: {tmp_path / 'reports' / '01_statements.ipynb'}: could not complete the command: "
                   "the disk is full: free some space or write to another disk"]
