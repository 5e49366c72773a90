"""The ``quotebook`` command: parse, report, actors, show; exit codes; exports that keep their types.

Every article here is invented, about invented people and places.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import cli, schema
from analysis.corpus import write_table

ROOT = Path(__file__).resolve().parent.parent

BRIDGE = """---
title: Mayor promises new bridge for Port Halden
published: 2025-03-04
source: The Halden Courier
---
Mayor promises new bridge for Port Halden

Mayor Ilsa Brandt said on Monday that the city would build a new bridge over the Vell river before 2028.
“This bridge will bring the two halves of our town together, and trade from Norway with it,” Brandt said at a crowded meeting.
Councillor Tomas Reuter warned that the budget was far too small for a project of that size.
“We cannot pay for a bridge with promises,” he told reporters after the meeting.
"""

FERRY = """---
title: Ferry workers welcome bridge plan, with doubts
published: 2025-03-06
source: Halden Evening Post
---
Ferry workers welcome bridge plan, with doubts

“A bridge is good news for the town and bad news for the ferry,” said Søren Halvik, the union's chair.
Halvik added that the union would ask Ilsa Brandt for a meeting in Ålesund.
A spokesperson for the harbour authority said the plans were still being drafted.
"""

FEED = [
    {"text": "Market hours change\n\nCouncillor Tomas Reuter said the fish market would open an hour earlier.",
     "title": "Market hours change", "published": "2025-04-01"},
    {"text": "Quiet week\n\nNothing of note happened at the harbour this week.", "title": "Quiet week"},
]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    # the commands cache what they read; a test's corpus lives in a temporary folder, so its cache
    # goes there too, not into the project's data/processed/cache
    monkeypatch.setattr("analysis.articles.CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr("analysis.corpus.CACHE_DIR", tmp_path / "cache")


def _write_corpus(folder: Path) -> Path:
    d = folder / "halden"
    d.mkdir()
    (d / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (d / "ferry.txt").write_text(FERRY, encoding="utf-8")
    return d


def _write_feed(folder: Path) -> Path:
    f = folder / "feed.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in FEED) + "\n", encoding="utf-8")
    return f


@pytest.fixture
def corpus(tmp_path):
    return _write_corpus(tmp_path)


@pytest.fixture
def feed(tmp_path):
    return _write_feed(tmp_path)


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- the command itself -------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["parse", "report", "actors", "show"])
def test_every_command_has_help_with_an_example(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "example" in out and f"quotebook {command} " in out


def test_top_level_help_lists_every_command_and_the_exit_codes(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in ("parse", "report", "actors", "show"):
        assert command in out
    assert "Exit codes" in out


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["parse"], ["parse", "x", "--bogus"], ["show"]])
def test_usage_errors_exit_2_on_stderr(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: quotebook" in err


# slow: three interpreters started (python -m analysis)
@pytest.mark.slow
def test_python_dash_m_analysis_exits_with_the_codes(tmp_path):
    r = subprocess.run([sys.executable, "-m", "analysis", "parse", str(tmp_path / "nowhere")],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert "no such file or folder" in r.stderr


# --- parse --------------------------------------------------------------------------------------

def test_parse_writes_the_tables_and_prints_one_summary_line(capsys, corpus, tmp_path):
    outs = [tmp_path / f"st.{ext}" for ext in ("parquet", "csv", "xlsx", "jsonl")]
    code, out, err = run(capsys, "parse", corpus, "--no-cache", *[x for o in outs for x in ("-o", o)])
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    st = analysis.statements(analysis.load_articles(corpus))
    n_speakers = st["speaker"].nunique()
    assert lines[0].startswith(f"2 articles, {len(st)} statements, {n_speakers} speakers, 0 errors -> ")
    for o in outs:
        assert o.exists() and str(o) in lines[0]


def test_parse_default_outputs_go_to_data_processed(capsys, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "PROCESSED", tmp_path / "processed")
    code, out, _ = run(capsys, "parse", corpus, "--no-cache", "-q")
    assert code == 0
    assert (tmp_path / "processed" / "statements.parquet").exists()
    assert (tmp_path / "processed" / "statements.csv").exists()


def test_parse_lists_unreadable_files_and_goes_on(capsys, corpus, tmp_path):
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    code, out, err = run(capsys, "parse", corpus, "--no-cache", "-q", "-o", tmp_path / "st.csv")
    assert code == 0
    assert "skipped" in err and "scan.txt" in err
    assert ", 1 error -> " in out


def test_parse_strict_stops_at_an_unreadable_file(capsys, corpus, tmp_path):
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    code, out, err = run(capsys, "parse", corpus, "--strict", "--no-cache", "-q", "-o", tmp_path / "st.csv")
    assert code == 2
    assert "scan.txt" in err
    assert not (tmp_path / "st.csv").exists()


def test_parse_exits_1_when_no_file_could_be_read(capsys, tmp_path):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    code, out, err = run(capsys, "parse", d, "--no-cache", "-q", "-o", tmp_path / "st.csv")
    assert code == 1
    assert "no article could be read" in err
    assert out == ""


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p])  # a missing path, an empty folder
def test_parse_exits_2_when_there_is_nothing_to_read(capsys, tmp_path, make):
    code, out, err = run(capsys, "parse", make(tmp_path), "-q", "-o", tmp_path / "st.csv")
    assert code == 2
    assert err.startswith("quotebook: ") and out == ""


def test_parse_refuses_an_unknown_format_before_parsing(capsys, corpus, tmp_path):
    code, out, err = run(capsys, "parse", corpus, "-o", tmp_path / "st.txt")
    assert code == 2
    assert "unknown table format" in err
    assert not (tmp_path / "st.txt").exists()


def test_parse_without_openpyxl_says_how_to_install_it(capsys, corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now raises ImportError
    code, _, err = run(capsys, "parse", corpus, "-o", tmp_path / "st.xlsx")
    assert code == 2
    assert "quotebook[excel]" in err


def test_parse_exits_1_when_a_table_cannot_be_written_and_writes_the_others(capsys, corpus, tmp_path, monkeypatch):
    import errno

    real = pd.DataFrame.to_csv

    def full(self, path, *a, **k):
        if str(path).endswith(".csv"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, path, *a, **k)

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    code, out, err = run(capsys, "parse", corpus, "--no-cache", "-q", "-o", tmp_path / "st.csv",
                         "-o", tmp_path / "st.parquet")
    assert code == 1
    assert err.splitlines() == [f"quotebook: {tmp_path / 'st.csv'}: could not write: the disk is full: free some "
                                "space or write to another disk; the previous file, if any, is unchanged"]
    assert (tmp_path / "st.parquet").exists() and not (tmp_path / "st.csv").exists()
    assert out.rstrip().endswith(f"-> {tmp_path / 'st.parquet'}")


def test_parse_refuses_an_output_under_a_file_before_parsing(capsys, corpus, tmp_path):
    (tmp_path / "afile").write_text("")
    code, out, err = run(capsys, "parse", corpus, "--no-cache", "-q", "-o", tmp_path / "afile" / "st.csv",
                         "-o", tmp_path / "st.parquet")
    assert code == 2 and out == ""
    assert err.splitlines() == [f"quotebook: {tmp_path / 'afile' / 'st.csv'}: {tmp_path / 'afile'} is a file, "
                                "not a folder; choose another path"]
    assert not (tmp_path / "st.parquet").exists()


def test_an_article_that_cannot_be_parsed_is_one_error_and_the_run_goes_on(capsys, corpus, tmp_path, monkeypatch):
    import analysis.parsing as parsing_module
    from analysis.errors import ArticleTimeout

    real = parsing_module.extract_statements

    def guarded(text, **k):
        if "ferry" in text:
            raise ArticleTimeout(10.0)
        return real(text, **k)

    monkeypatch.setattr(parsing_module, "extract_statements", guarded)
    code, out, err = run(capsys, "parse", corpus, "--no-cache", "-q", "-o", tmp_path / "st.csv")
    assert code == 0
    assert err.splitlines() == [f"skipped {corpus / 'ferry.txt'}: could not be parsed: extraction took longer "
                                "than 10 s; the article is skipped"]
    assert ", 1 error -> " in out and out.startswith("2 articles, ")
    st = pd.read_csv(tmp_path / "st.csv")
    assert set(st["path"]) == {str(corpus / "bridge.txt")} and len(st) > 0


EVIL = "Ilsa \x1b[31mBrandt\x1b]0;owned\x07\x9b2J"  # a name a hostile page could smuggle in


def _evil_names(st):
    st = st.copy()
    for c in ("speaker", "speaker_mention"):
        st[c] = st[c].astype(object).map(lambda v: EVIL if isinstance(v, str) and "Brandt" in v else v)
    return st


def test_names_with_control_characters_are_shown_escaped(capsys, corpus, tmp_path, monkeypatch):
    import importlib

    corpus_module = importlib.import_module("analysis.corpus")
    statements_module = importlib.import_module("analysis.article_statements")
    real_statements, real_extract = corpus_module.statements, statements_module.extract_statements
    monkeypatch.setattr(corpus_module, "statements", lambda *a, **k: _evil_names(real_statements(*a, **k)))
    monkeypatch.setattr(statements_module, "extract_statements", lambda *a, **k: _evil_names(real_extract(*a, **k)))
    (corpus / "Town news \x1b]0;owned\x07.txt").write_text("Title \x1b[2J here\n\nNothing happened this week.\n")
    escaped = "Ilsa \\x1b[31mBrandt\\x1b]0;owned\\x07\\x9b2J"
    for argv in (["actors", corpus, "--no-cache"], ["show", corpus / "bridge.txt", "--color", "never"],
                 ["show", corpus / "bridge.txt", "--color", "always"],
                 ["show", corpus / "Town news \x1b]0;owned\x07.txt", "--color", "never"],
                 ["parse", corpus, "--no-cache", "-q", "-o", tmp_path / "s.csv"]):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        ours = re.sub("\x1b\\[[0-9;]*m", "", out + err)  # the colours quotebook itself sets
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", ours), (argv, ours)
        if argv[0] == "actors" or argv[1].name == "bridge.txt":
            assert escaped in out  # shown, visibly escaped
    code, out, err = run(capsys, "show", corpus / "Town news \x1b]0;owned\x07.txt", "--color", "never")
    assert out.startswith("Title \\x1b[2J here\n") and "Town news \\x1b]0;owned\\x07.txt" in out
    odd = corpus.rename(corpus.parent / "halden\x1b[2J")
    code, out, err = run(capsys, "actors", odd, "--no-cache")
    assert code == 0 and "halden\\x1b[2J" in out.splitlines()[0] and "\x1b" not in out + err


def test_safe_escapes_controls_and_keeps_the_layout_of_an_article():
    assert cli._safe("a\x1b[31mb\tc\nd\x85") == "a\\x1b[31mb\tc\nd\\x85"
    assert cli._safe("Ilsa\nBrandt\t\u202eevil", layout=False) == "Ilsa\\x0aBrandt\\x09\\u202eevil"
    assert cli._safe("name\udcff.txt", layout=False) == "name\\udcff.txt"  # a file name that is not UTF-8


# --- exports keep types and order -------------------------------------------------------------

def _restore(back: pd.DataFrame, like: pd.DataFrame) -> pd.DataFrame:
    """Cast a table read back from a text format to the dtypes of the original."""
    out = back.copy()
    for c in like.columns:
        dtype = str(like[c].dtype)
        if c == "actors":
            out[c] = [list(v) if isinstance(v, (list, tuple)) else ([] if pd.isna(v) or v == "" else str(v).split("; "))
                      for v in out[c]]
        elif c == "actor_mentions":  # records: JSON text in CSV and Excel, lists in JSON lines
            out[c] = [list(v) if isinstance(v, (list, tuple)) else json.loads(v) for v in out[c]]
        elif dtype.startswith("datetime"):
            out[c] = pd.to_datetime(out[c]).astype(dtype)
        else:
            out[c] = out[c].astype(dtype)
    return out


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    """The statements of the corpus and the feed, parsed once for the tests that write them out."""
    folder = tmp_path_factory.mktemp("table")
    parts = [analysis.load_articles(_write_corpus(folder)), analysis.load_articles(_write_feed(folder))]
    for p in parts:
        p.attrs = {}  # pd.concat compares attrs, and a DataFrame in them has no truth value
    arts = pd.concat(parts, ignore_index=True)
    st = analysis.statements(arts)
    assert st["actors"].map(len).max() >= 1 and st["date"].notna().all() and st["speaker_start"].notna().all()
    assert st["speaker"].isna().any() and st["speaker_title"].isna().any()  # missing values of every kind
    return st


def test_parquet_keeps_every_dtype_and_value(table, tmp_path):
    write_table(table, tmp_path / "st.parquet")
    back = pd.read_parquet(tmp_path / "st.parquet")
    assert list(back.columns) == list(table.columns)
    assert back.dtypes.astype(str).to_dict() == table.dtypes.astype(str).to_dict()
    back["actors"] = back["actors"].map(list)
    back["actor_mentions"] = back["actor_mentions"].map(list)  # (Parquet reads lists back as arrays)
    pd.testing.assert_frame_equal(back, table)


def test_jsonl_keeps_order_numbers_and_lists(table, tmp_path):
    write_table(table, tmp_path / "st.jsonl")
    records = [json.loads(ln) for ln in (tmp_path / "st.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(table)
    assert all(list(r) == list(table.columns) for r in records)
    assert [r["actors"] for r in records] == table["actors"].tolist()  # lists stay lists
    assert [r["start"] for r in records] == table["start"].tolist()
    assert any(r["speaker"] is None for r in records)  # missing is null, not "nan"
    assert "Søren Halvik" in (tmp_path / "st.jsonl").read_text(encoding="utf-8")  # not \\u-escaped
    back = pd.read_json(tmp_path / "st.jsonl", lines=True, dtype=False)
    pd.testing.assert_frame_equal(_restore(back, table), table, check_exact=False, rtol=1e-9)


def test_csv_keeps_order_and_values(table, tmp_path):
    write_table(table, tmp_path / "st.csv")
    back = pd.read_csv(tmp_path / "st.csv", keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(table.columns)
    assert back["actors"].fillna("").tolist() == ["; ".join(a) for a in table["actors"]]
    assert json.loads(back["actor_mentions"][2]) == table["actor_mentions"][2] != []  # JSON records
    pd.testing.assert_frame_equal(_restore(back, table), table)


def test_excel_keeps_order_numbers_and_dates(table, tmp_path):
    pytest.importorskip("openpyxl")
    write_table(table, tmp_path / "st.xlsx")
    back = pd.read_excel(tmp_path / "st.xlsx")
    assert list(back.columns) == list(table.columns)
    for c in ("start", "end", "speaker_start", "cue_end", "paragraph"):  # no NaN in these: kept as integers
        assert pd.api.types.is_integer_dtype(back[c]), c
    assert pd.api.types.is_float_dtype(back["polarity"])
    assert pd.api.types.is_datetime64_any_dtype(back["date"])  # real Excel dates, not text
    assert back["actors"].fillna("").tolist() == ["; ".join(a) for a in table["actors"]]
    assert json.loads(back["actor_mentions"][2]) == table["actor_mentions"][2] != []  # JSON records
    pd.testing.assert_frame_equal(_restore(back, table), table)


@pytest.mark.parametrize("ext", ["parquet", "csv", "jsonl", "xlsx"])
def test_an_empty_table_keeps_its_columns(capsys, tmp_path, ext):
    if ext == "xlsx":
        pytest.importorskip("openpyxl")
    d = tmp_path / "quiet"
    d.mkdir()
    (d / "quiet.txt").write_text("Quiet week\n\nNothing of note happened at the harbour this week.\n")
    out = tmp_path / f"st.{ext}"
    code, stdout, _ = run(capsys, "parse", d, "--no-cache", "-q", "-o", out)
    assert code == 0 and "1 article, 0 statements" in stdout
    expected = ["article_id"] + schema.names(schema.STATEMENT_COLUMNS)
    if ext == "jsonl":
        assert out.read_text().strip() == ""  # JSON lines: no rows, so no columns to show
        return
    back = {"parquet": pd.read_parquet, "csv": pd.read_csv, "xlsx": pd.read_excel}[ext](out)
    assert list(back.columns)[:len(expected)] == expected and len(back) == 0


# --- report -------------------------------------------------------------------------------------

@pytest.fixture
def fake_render(monkeypatch, tmp_path):
    """render_reports without Jupyter: records its call, writes empty HTML files."""
    import analysis.report as report

    calls = []

    def render(path, *, show_code=False, out_root=None, notebooks=None):
        calls.append({"path": path, "show_code": show_code, "out_root": out_root})
        out = Path(out_root) / report.corpus_name(path)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("01_statements", "02_timeline"):
            (out / f"{name}.html").write_text("<html></html>")
        return []

    monkeypatch.setattr(report, "render_reports", render)
    monkeypatch.setattr(cli, "PROCESSED", tmp_path / "processed")
    return calls


def test_report_parses_first_like_make_report(capsys, corpus, tmp_path, fake_render):
    code, out, err = run(capsys, "report", corpus, "--out", tmp_path / "reports", "--show-code", "-q")
    assert code == 0, err
    assert (tmp_path / "processed" / "statements.parquet").exists()
    assert (tmp_path / "processed" / "statements.csv").exists()
    assert fake_render == [{"path": str(corpus), "show_code": True, "out_root": tmp_path / "reports"}]
    lines = out.strip().splitlines()
    assert lines[0].startswith("2 articles, ")
    assert lines[1].startswith("2 reports in ") and "01_statements.html" in lines[1]


def test_report_no_parse_only_renders(capsys, corpus, tmp_path, fake_render):
    code, out, _ = run(capsys, "report", corpus, "--out", tmp_path / "reports", "--no-parse")
    assert code == 0
    assert not (tmp_path / "processed").exists()
    assert len(fake_render) == 1


def test_report_exits_1_when_a_notebook_fails(capsys, corpus, tmp_path, monkeypatch):
    import analysis.report as report

    monkeypatch.setattr(report, "render_reports", lambda *a, **k: ["02_timeline.ipynb: cell 3 raised KeyError: 'x'"])
    code, out, err = run(capsys, "report", corpus, "--out", tmp_path / "r", "--no-parse")
    assert code == 1
    assert out.startswith("1 notebook failed; ")


def test_report_exits_2_for_a_missing_folder(capsys, tmp_path, fake_render):
    code, out, err = run(capsys, "report", tmp_path / "missing")
    assert code == 2 and "no such file or folder" in err
    assert fake_render == []


def test_report_kernels_run_encrypted_where_zeromq_can(monkeypatch):
    # an unencrypted kernel makes ipykernel print a security warning for every notebook run
    import zmq
    from analysis.report import _kernel_config
    monkeypatch.setattr(zmq, "has", lambda feature: feature == "curve")
    assert _kernel_config().KernelManager.transport_encryption == "auto"
    monkeypatch.setattr(zmq, "has", lambda feature: False)
    assert "transport_encryption" not in _kernel_config().KernelManager


# --- actors -------------------------------------------------------------------------------------

def test_actors_lists_speakers_actors_and_the_forms_that_named_them(capsys, corpus):
    code, out, err = run(capsys, "actors", corpus, "--no-cache")
    assert code == 0, err
    speakers = out.split("Speakers", 1)[1].split("Actors mentioned", 1)[0]
    row = next(ln for ln in speakers.splitlines() if ln.startswith("Tomas Reuter "))
    assert re.search(r"Tomas Reuter\s+person\s+2\s+1\s+no\s+Tomas Reuter \(1\), he \(1\)$", row), row
    # the headline's bare title "Mayor" is the one mayor the article names
    assert re.search(r"^Ilsa Brandt\s+person\s+3\s+1\s+no\s+Brandt \(1\), Ilsa Brandt \(1\), Mayor \(1\)$",
                     speakers, re.M), speakers
    assert "unnamed sources, as written: A spokesperson for the harbour authority (1)" in speakers
    actors = out.split("Actors mentioned", 1)[1].split("Not in data/actors.csv", 1)[0]
    assert re.search(r"^Norway\s+country\s+1\s+1\s+1\s+yes\s+Norway \(1\)$", actors, re.M), actors
    rows = out.split("canonical,aliases,type\n", 1)[1].splitlines()
    assert "Ilsa Brandt,Ilsa Brandt|Brandt,person" in rows
    assert "Søren Halvik,Søren Halvik|Halvik,person" in rows
    assert not any(r.startswith("Norway,") for r in rows)  # already in data/actors.csv
    assert not any("|he" in r for r in rows)  # pronouns are never aliases


def test_actors_default_corpus_is_seeds(capsys, corpus, monkeypatch):
    monkeypatch.setattr(cli, "SEEDS", corpus)
    code, out, _ = run(capsys, "actors", "--no-cache")
    assert code == 0
    assert out.startswith("2 articles, ") and str(corpus) in out.splitlines()[0]


def test_actors_of_a_missing_folder_exits_2(capsys, tmp_path):
    code, out, err = run(capsys, "actors", tmp_path / "missing")
    assert code == 2 and out == "" and "no such file or folder" in err


# --- show ---------------------------------------------------------------------------------------

MARKERS = re.compile(r"\[\[\d+ [^:\]]*: |\]\]|[{}<>]")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _body(out: str) -> str:
    """The marked article text: between the header and the legend."""
    return out.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]


def test_show_marks_statements_speakers_and_cues_with_brackets_off_a_terminal(capsys, corpus):
    code, out, err = run(capsys, "show", corpus / "bridge.txt")
    assert code == 0, err
    assert "\x1b[" not in out  # capsys is not a terminal
    head = out.splitlines()
    assert head[0] == "Mayor promises new bridge for Port Halden"
    assert head[1].startswith("04 Mar 2025 · The Halden Courier · ")
    assert head[2] == "5 statements by 2 named speakers"
    body = _body(out)
    assert "{Mayor} <promises> [[1 Ilsa Brandt: new bridge for Port Halden]]" in body  # the headline
    assert "“[[3 Ilsa Brandt: This bridge will bring" in body
    assert "{Brandt} <said at a crowded meeting>" in body
    assert "Councillor {Tomas Reuter} <warned> that [[4 Tomas Reuter: the budget was far too small" in body
    assert "{he} <told reporters after the meeting>" in body
    # markers only added: removing them gives the article text back, character for character
    art = analysis.load_articles(corpus / "bridge.txt").iloc[0]
    assert MARKERS.sub("", body) == art["text"].rstrip("\n")
    legend = out.rsplit("\n\n", 1)[1].splitlines()
    assert legend[4] == ('[5] Tomas Reuter: written "he" (pronoun) · cue "told reporters after the meeting" · direct · Tue 04 Mar 2025'
                         ' · polarity +0.00')
    st = analysis.extract_statements(art["text"], published=art["published"]).sort_values("start")
    assert len(legend) == len(st) == 5
    for line, row in zip(legend, st.itertuples()):
        n = line.split("]", 1)[0].lstrip("[")
        assert line.startswith(f"[{n}] {row.speaker}: ") and f'cue "{row.cue}"' in line and row.kind in line
        assert f"[[{n} {row.speaker}: " in body
    assert "Mon 03 Mar 2025 (\"on Monday\")" in legend[1]  # the statement's own date, and the words that gave it


def test_show_colours_on_a_terminal_and_keeps_the_text(capsys, corpus):
    code, out, _ = run(capsys, "show", corpus / "bridge.txt", "--color", "always")
    assert code == 0
    body = _body(out)
    assert "\x1b[" in body and "[[" not in body
    labels = re.compile(r"\x1b\[1;7;\d+m \d+ [^\x1b]* \x1b\[0m")
    assert len(labels.findall(body)) == 5
    art = analysis.load_articles(corpus / "bridge.txt").iloc[0]
    assert ANSI.sub("", labels.sub("", body)) == art["text"].rstrip("\n")
    assert "\x1b[1;4;" in body and "\x1b[3;4m" in body  # speaker bold+underlined, cue italic+underlined


def test_show_colour_choice(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert cli._use_color("auto", Tty()) is True
    assert cli._use_color("auto", open(__file__)) is False
    assert cli._use_color("never", Tty()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._use_color("auto", Tty()) is False
    assert cli._use_color("always", open(__file__)) is True


def test_show_never_sends_the_article_s_control_characters_to_the_terminal(capsys, tmp_path):
    f = tmp_path / "evil.txt"
    f.write_text("Harbour news\x1b]0;owned\x07\n\nMayor Ilsa Brandt said the \x1b[2Jbridge would open in May.\n")
    for color in ("never", "always"):
        code, out, _ = run(capsys, "show", f, "--color", color)
        assert code == 0
        assert "\x1b]" not in out and "\x1b[2J" not in out and "\x07" not in out
        assert "\\x1b[2Jbridge" in out  # shown escaped


def test_show_one_record_of_a_json_lines_file(capsys, feed):
    code, out, err = run(capsys, "show", f"{feed}#1")
    assert code == 0, err
    assert out.startswith("Market hours change\n01 Apr 2025 · ")
    assert "Councillor {Tomas Reuter} <said> [[1 Tomas Reuter: the fish market would open an hour earlier]]." in out
    assert "=" * 72 not in out


def test_show_every_record_of_a_json_lines_file(capsys, feed):
    code, out, _ = run(capsys, "show", feed)
    assert code == 0
    assert out.count("=" * 72) == 1
    assert "Quiet week" in out and "0 statements by 0 named speakers" in out


@pytest.mark.parametrize("arg, message", [
    ("missing.txt", "no such file or folder"),
    ("feed.jsonl#9", "no such record"),
    (".", "is a folder"),
])
def test_show_input_errors_exit_2(capsys, feed, monkeypatch, arg, message):
    monkeypatch.chdir(feed.parent)
    code, out, err = run(capsys, "show", arg)
    assert code == 2 and out == ""
    assert message in err


def test_show_an_unreadable_file_exits_1(capsys, tmp_path):
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7 binary")
    code, out, err = run(capsys, "show", tmp_path / "scan.txt")
    assert code == 1
    assert "skipped" in err and "could not be read" in err


def test_report_writes_the_errors_table(tmp_path, monkeypatch):
    import pandas as pd

    from analysis import cli

    corpus = tmp_path / "mycorpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bridge news\n“We will reopen it,” Mayor Ilsa Brandt said.\n", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    monkeypatch.setattr("analysis.report.render_reports", lambda *a, **k: [])
    monkeypatch.setattr(cli, "PROCESSED", tmp_path / "processed")
    assert cli.main(["report", str(corpus), "--out", str(tmp_path / "reports"), "-q"]) == 0
    errors = pd.read_csv(tmp_path / "reports" / "mycorpus" / "errors.csv")
    assert list(errors.columns) == ["path", "reason"]
    assert errors.path.str.endswith("empty.txt").tolist() == [True]


def test_excel_keeps_formulas_and_control_characters_as_text(tmp_path):
    import pandas as pd

    from analysis import write_table

    df = pd.DataFrame({"text": ["=1+1", "ok\x0bnow", ""], "n": [1, 2, 3]})
    out = write_table(df, tmp_path / "t.xlsx")
    back = pd.read_excel(out)
    assert list(back.text.fillna("")) == ["'=1+1", "oknow", ""]
