"""The ``quotebook`` command: parse a corpus, list its speakers and actors, show an article, render reports.

Examples
--------
  quotebook parse seeds -o statements.xlsx     parse seeds/ and write an Excel table
  quotebook actors seeds                       speakers and actors found, with the words that named them
  quotebook show seeds/000_0cbf520dcd3947b9.txt  one article with its statements marked
  quotebook report seeds                       parse, then render reports/seeds/*.html

Exit codes: 0 done; 1 something failed (no article could be read, a notebook failed, a file
could not be written); 2 usage or input error (bad arguments, no such path, nothing to read).
Messages and errors go to stderr; tables and articles to stdout.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap
import warnings
from pathlib import Path

from . import paths
from .errors import OutputError, QuotebookError
from .wording import plural

PROCESSED = paths.processed_dir()
SEEDS = paths.project_root() / "seeds"
TABLE_SUFFIXES = (".parquet", ".csv", ".jsonl", ".xlsx")

OK, FAILED, USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the person at the terminal: reported on stderr, exit code 2."""


class _Failed(Exception):
    """Something the command was asked to do failed: reported on stderr, exit code 1."""


def _shown(path) -> str:
    """A path as a person would type it: relative to the working folder when inside it; control
    characters in it shown escaped."""
    try:
        shown = str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    return _safe(shown, layout=False)


def _err(msg: str) -> None:
    """One line on stderr: control characters (a file name's, an article's) are shown escaped."""
    print(f"quotebook: {_safe(msg, layout=False)}", file=sys.stderr)


def _load(path: str | os.PathLike, *, strict: bool = False, cache: bool = False):
    """Articles under ``path``; a missing path or a refused file (``--strict``) is a usage error."""
    from .articles import ArticleError, load_articles

    if not Path(path).exists():
        raise UsageError(f"{path}: no such file or folder")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # listed from attrs["errors"] instead
            arts = load_articles(path, strict=strict, cache=cache)
    except ArticleError as e:
        raise UsageError(str(e)) from None
    for row in arts.attrs["errors"].itertuples():
        print(_safe(f"skipped {row.path}: {row.reason}", layout=False), file=sys.stderr)
    return arts


def _corpus(path, *, strict=False, cache=True, progress=False):
    """Articles and statements of ``path``. Exit 1 when files exist but none could be read.

    Articles that could not be parsed are listed on stderr like files that could not be read
    (``skipped PATH: reason``); the cache's warnings (damaged, cannot be written) are one line each.
    """
    from .corpus import statements

    arts = _load(path, strict=strict, cache=cache)
    if arts.empty:
        if len(arts.attrs["errors"]):
            raise _Failed(f"{path}: no article could be read")
        raise UsageError(f"{path}: no articles found (.txt, .html or .jsonl files)")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        st = statements(arts, cache=cache, progress=progress)
    for w in caught:
        if not str(w.message).startswith("skipped "):  # those are listed from attrs["errors"] below
            _err(f"warning: {w.message}")
    for where, reason in st.attrs.get("errors", ()):
        print(_safe(f"skipped {where}: {reason}", layout=False), file=sys.stderr)
    return arts, st


def _run_errors(arts, st):
    """The run's errors table: files that could not be read, then articles that could not be parsed."""
    import pandas as pd

    from . import schema

    parsed = pd.DataFrame(list(st.attrs.get("errors", ())), columns=schema.names(schema.ERROR_COLUMNS))
    read = pd.DataFrame(arts.attrs["errors"])
    return pd.concat([read, parsed], ignore_index=True) if len(parsed) else read


# --- parse --------------------------------------------------------------------------------------

def _check_outputs(outs: list[str], *, made_here: bool = False) -> None:
    """Refuse, before parsing, an output that cannot be written: an unknown format, a folder,
    a missing folder (unless ``made_here``: the default outputs' folder is created)."""
    for o in outs:
        p = Path(o)
        if p.is_dir():
            raise UsageError(f"{o}: is a folder; name a file inside it, for example "
                             f"{p / ('statements' + (p.suffix if p.suffix.lower() in TABLE_SUFFIXES else '.csv'))}")
        if p.suffix.lower() not in TABLE_SUFFIXES:
            raise UsageError(f"{o}: unknown table format; use {', '.join(TABLE_SUFFIXES)}")
        parent = p.parent
        if parent.exists() and not parent.is_dir():
            raise UsageError(f"{o}: {parent} is a file, not a folder; choose another path")
        if not parent.exists() and not made_here:
            raise UsageError(f"{o}: the folder {parent} does not exist; create it (mkdir -p {parent}) "
                             "or choose another path")
        if parent.is_dir() and not os.access(parent, os.W_OK):
            raise UsageError(f"{o}: the folder {parent} cannot be written (read-only or no permission); "
                             "choose another folder")
        if p.suffix.lower() == ".xlsx":
            try:
                import openpyxl  # noqa: F401
            except ImportError:
                raise UsageError(f"{o}: Excel needs openpyxl: pip install 'quotebook[excel]'") from None


def _parse_to(path, outs: list[str] | None, *, strict=False, cache=True, quiet=False, errors_out=None) -> int:
    from .corpus import write_table

    default = not outs
    outs = outs or [str(PROCESSED / "statements.parquet"), str(PROCESSED / "statements.csv")]
    _check_outputs(outs, made_here=default)
    arts, st = _corpus(path, strict=strict, cache=cache, progress=not quiet)
    written, failed = [], 0
    for o in outs:
        try:
            write_table(st, o)
            written.append(o)
        except OutputError as e:  # one line: the path, what went wrong, what to do
            _err(f"{o}: {e.reason}; the previous file, if any, is unchanged")
            failed += 1
        except (ValueError, TypeError) as e:  # a value the format cannot hold
            _err(f"{o}: could not write: {e}")
            failed += 1
    errors = _run_errors(arts, st)
    if errors_out is not None:  # the report's list of files that could not be read
        write_table(errors, errors_out)
    n_speakers = st["speaker"].nunique() if len(st) else 0
    print(_safe(f"{plural(len(arts), 'article')}, {plural(len(st), 'statement')}, {plural(n_speakers, 'speaker')}, "
                f"{plural(len(errors), 'error')}"
                f" -> {', '.join(map(_shown, written)) or 'nothing written'}", layout=False))
    return FAILED if failed else OK


def _parse(args) -> int:
    return _parse_to(args.path, args.output, strict=args.strict, cache=not args.no_cache, quiet=args.quiet)


# --- report -------------------------------------------------------------------------------------

def _report(args) -> int:
    from .report import REPORTS, corpus_name, render_reports

    if not Path(args.path).exists():
        raise UsageError(f"{args.path}: no such file or folder")
    out_root = Path(args.out) if args.out else REPORTS
    if out_root.exists() and not out_root.is_dir():
        raise UsageError(f"{out_root}: is a file, not a folder; name a folder for the reports with --out")
    if not args.no_parse:
        _parse_to(args.path, None, cache=True, quiet=args.quiet,
                  errors_out=out_root / corpus_name(args.path) / "errors.csv")
    failed = render_reports(args.path, show_code=args.show_code, out_root=out_root)
    out_dir = out_root / corpus_name(args.path)
    html = sorted(p.name for p in out_dir.glob("[0-9][0-9]_*.html"))
    if failed:  # render_reports has named each on stderr, with its failing cell
        print(f"{len(failed)} notebook{'s' if len(failed) != 1 else ''} failed; {len(html)} reports in {_shown(out_dir)}"
              " (a failed one keeps its output up to the failing cell)")
        return FAILED
    print(f"{len(html)} reports in {_shown(out_dir)}: {_safe(', '.join(html), layout=False)}")
    return OK


# --- actors -------------------------------------------------------------------------------------


def _written(values) -> str:
    """``Brandt (3), he (1)``: forms as written, most frequent first."""
    import pandas as pd

    counts = pd.Series(list(values), dtype="object").dropna().value_counts()
    order = sorted(counts.index, key=lambda k: (-counts[k], str(k)))
    return ", ".join(f"{k} ({int(counts[k])})" for k in order)


def _text_table(rows: list[dict], columns: list[str]) -> str:
    rows = [{c: _safe(str(r[c]), layout=False) for c in columns} for r in rows]  # names as data, escaped
    widths = {c: max([len(c)] + [len(str(r[c])) for r in rows]) for c in columns}
    last = columns[-1]
    line = lambda r: "  ".join(str(r[c]).ljust(widths[c]) if c != last else str(r[c]) for c in columns)  # noqa: E731
    return "\n".join([line({c: c for c in columns})] + [line(r) for r in rows])


def actor_tables(articles, statements):
    """Speakers and mentioned actors of a corpus, with counts and the forms that named them.

    Returns ``(speakers, actors, unnamed, suggestions)``: two lists of dict rows, a Series
    counting how unnamed sources were written, and ``{name: {"type", "forms"}}`` for every
    name ``data/actors.csv`` lacks.
    """
    import pandas as pd

    from .lexicon import load_lexicon
    from .actor_table import mentions
    from .nlp.words import PERSONAL_PRONOUNS

    lex = load_lexicon()
    known = {a.canonical for a in lex.aliases.values()}
    aliases = set(lex.aliases)
    st = statements
    speakers = []
    named = st[st["speaker"].notna()]
    for name, g in named.groupby("speaker", sort=False):
        types = g["speaker_type"].dropna()
        speakers.append({
            "speaker": str(name), "type": types.mode().iloc[0] if len(types) else "",
            "statements": len(g), "articles": g["article_id"].nunique(),
            "in actors.csv": "yes" if name in known else "no",
            "written as": _written(g["speaker_mention"])})
    speakers.sort(key=lambda r: (-r["statements"], r["speaker"]))
    unnamed = st.loc[st["speaker"].isna(), "speaker_mention"].fillna("(no mention)")
    m = mentions(st, articles) if len(st) else pd.DataFrame(columns=["actor", "actor_type", "mention",
                                                                     "statement_id", "article_id"])
    actors = []
    for name, g in m.groupby("actor", sort=False):
        actors.append({
            "actor": str(name), "type": str(g["actor_type"].iloc[0]), "mentions": len(g),
            "statements": g["statement_id"].nunique(), "articles": g["article_id"].nunique(),
            "in actors.csv": "yes" if name in known else "no",
            "written as": _written(g["mention"])})
    actors.sort(key=lambda r: (-r["mentions"], r["actor"]))
    # rows for data/actors.csv: every name it lacks, with the proper-noun forms that named it
    forms = pd.concat([named[["speaker", "speaker_mention"]].set_axis(["name", "form"], axis=1),
                       m[["actor", "mention"]].set_axis(["name", "form"], axis=1)], ignore_index=True)
    suggestions = {}
    for r in [*speakers, *actors]:
        name = r.get("speaker", r.get("actor"))
        if r["in actors.csv"] == "yes":
            continue
        kind = r["type"] if r["type"] in ("person", "organisation", "country") else "organisation"  # a group
        entry = suggestions.setdefault(name, {"type": kind, "forms": [name]})
        for f in sorted({re.sub(r"^[Tt]he ", "", str(f)) for f in forms.loc[forms["name"] == name, "form"].dropna()}):
            # a bare title ("Mayor") names the person only in one article: no alias
            if f[:1].isupper() and f.lower() not in PERSONAL_PRONOUNS and f.lower() not in lex.titles \
                    and f not in entry["forms"] and f not in aliases:
                entry["forms"].append(f)
    return speakers, actors, unnamed.value_counts(), suggestions


def _actors(args) -> int:
    path = args.path or SEEDS
    arts, st = _corpus(path, cache=not args.no_cache)
    speakers, actors, unnamed, suggestions = actor_tables(arts, st)
    out = [f"{plural(len(arts), 'article')}, {plural(len(st), 'statement')} in {_shown(path)}", ""]
    out.append(f"Speakers ({len(speakers)} named, {plural(int(unnamed.sum()), 'statement')} by unnamed sources)")
    out.append(_text_table(speakers, ["speaker", "type", "statements", "articles", "in actors.csv", "written as"])
               if speakers else "  none")
    if len(unnamed):
        out.append("unnamed sources, as written: " + ", ".join(f"{_safe(str(k), layout=False)} ({int(v)})"
                                                              for k, v in unnamed.items()))
    out += ["", *_identity_lines(st)]
    out += ["", f"Actors mentioned in statements ({len(actors)})"]
    out.append(_text_table(actors, ["actor", "type", "mentions", "statements", "articles", "in actors.csv",
                                    "written as"]) if actors else "  none")
    if suggestions:
        out += ["", "Not in data/actors.csv: rows you could add (check each name first; "
                    "add organisations named by unnamed sources by hand):",
                "canonical,aliases,type"]
        for name, s in suggestions.items():
            out.append(_safe(f"{_csv_cell(name)},{_csv_cell('|'.join(s['forms']))},{s['type']}", layout=False))
    print("\n".join(out))
    return OK


def _identity_lines(st) -> list[str]:
    """The identities table (:func:`analysis.identities`): who is who across the corpus."""
    from .corpus_identity import identities

    ids = identities(st)
    rows = [{"canonical": r.canonical, "type": r.type, "statements": r.statements, "articles": r.articles,
             "also named": ", ".join(r.aliases) or "-", "written as": ", ".join(r.mentions)}
            for r in ids.itertuples()]
    head = f"Who is who across the corpus ({len(rows)}; a wrong merge is fixed by a row in data/actors.csv)"
    return [head, _text_table(rows, ["canonical", "type", "statements", "articles", "also named", "written as"])
            if rows else "  none"]


def _csv_cell(value: str) -> str:
    """One CSV cell: a formula-looking name defused (the rule of the exports), then quoted if needed."""
    from .outputs import defuse_formula

    value = defuse_formula(value)
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n\r') else value


# --- show ---------------------------------------------------------------------------------------

# ANSI: one foreground colour per speaker, in order of appearance; unnamed sources grey.
_ANSI_COLORS = ("33", "36", "32", "35", "34", "31", "93", "96", "92", "95")
_ANSI_GREY = "90"
_RESET = "\x1b[0m"
# What never reaches the terminal as it is, but shown escaped ("\x1b"): control characters (an
# escape sequence in a scraped page or a file name) and lone surrogates (a file name that is not
# UTF-8); in one-line text (names, titles, messages) also line breaks and bidirectional overrides.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def _safe(text: str, *, layout: bool = True) -> str:
    """``text`` fit for a terminal: control characters shown escaped (``\\x1b[31m``).

    ``layout`` keeps tabs and line breaks (an article's text); without it (a name, a title, a
    message) they are escaped too, so the text stays on its line.
    """
    return (_CONTROL if layout else _CONTROL_IN_LINE).sub(_escape, text)


def _use_color(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return (hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


def _span(row, a: str, b: str, n: int):
    import pandas as pd

    s, e = row.get(a), row.get(b)
    if s is None or e is None or pd.isna(s) or pd.isna(e):
        return None
    s, e = int(s), int(e)
    return (s, e) if 0 <= s < e <= n else None


def mark_article(text: str, statements, *, color: bool = False) -> tuple[str, list[str]]:
    """An article's text with its statements marked, and one legend line per statement.

    Plain (``color=False``): ``[[1 Speaker: statement]]``, ``{speaker as written}``, ``<cue>``.
    With ANSI colours: each statement in its speaker's colour after a numbered label, the
    speaker as written bold and underlined, the cue italic and underlined.
    """
    import pandas as pd

    from .timeline import UNNAMED

    n = len(text)
    st = statements.sort_values("start", kind="stable").reset_index(drop=True) if len(statements) else statements
    speakers = [str(s) if pd.notna(s) else UNNAMED for s in (st["speaker"] if len(st) else [])]
    palette = {}
    for s in speakers:
        if s not in palette:
            palette[s] = _ANSI_GREY if s == UNNAMED else _ANSI_COLORS[len(
                [k for k in palette if k != UNNAMED]) % len(_ANSI_COLORS)]
    spans = []  # (start, end, layer, number, speaker)
    legend = []
    for i, row in st.iterrows():
        num, who = i + 1, speakers[i]
        body = _span(row, "start", "end", n)
        if body:
            spans.append((*body, "stmt", num, who))
        for layer in ("speaker", "cue"):
            sp = _span(row, f"{layer}_start", f"{layer}_end", n)
            if sp and not any(x[:3] == (*sp, layer) for x in spans):  # a mention shared by statements
                spans.append((*sp, layer, num, who))
        legend.append(_legend_line(num, who, row, palette[who] if color else None))
    cuts = sorted({0, n} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        closing = sorted((x for x in spans if x[1] == a), key=lambda x: -x[0])  # innermost first
        opening = sorted((x for x in spans if x[0] == a), key=lambda x: -x[1])  # outermost first
        active = [x for x in spans if x[0] <= a and b <= x[1]]
        piece = _safe(text[a:b])
        if color:
            for _, _, layer, num, who in opening:
                if layer == "stmt":
                    out.append(f"\x1b[1;7;{palette[who]}m {num} {_safe(who, layout=False)} {_RESET}")
            sgr = []
            stmt = next((x for x in reversed(active) if x[2] == "stmt"), None)
            if stmt:
                sgr.append(palette[stmt[4]])
            for _, _, layer, _, who in active:
                if layer == "speaker":
                    sgr += ["1", "4", palette[who]]
                elif layer == "cue":
                    sgr += ["3", "4"]
            if sgr:
                # colour each line separately: a pager or a narrow terminal never bleeds colour
                piece = "\n".join(f"\x1b[{';'.join(sgr)}m{ln}{_RESET}" if ln else ln for ln in piece.split("\n"))
            out.append(piece)
        else:
            for _, _, layer, num, who in closing:
                out.append({"stmt": "]]", "speaker": "}", "cue": ">"}[layer])
            for _, _, layer, num, who in opening:
                out.append({"stmt": f"[[{num} {_safe(who, layout=False)}: ", "speaker": "{", "cue": "<"}[layer])
            out.append(piece)
    if not color:
        for _, _, layer, num, who in sorted((x for x in spans if x[1] == n), key=lambda x: -x[0]):
            out.append({"stmt": "]]", "speaker": "}", "cue": ">"}[layer])
    return "".join(out), legend


def _legend_line(num: int, who: str, row, ansi: str | None) -> str:
    import pandas as pd

    def val(c):
        v = row.get(c)
        return None if v is None or (not isinstance(v, (list, tuple)) and pd.isna(v)) else v

    parts = []
    mention = val("speaker_mention")
    if mention and mention != who:
        parts.append(f'written "{mention}"' + (f" ({val('speaker_method')})" if val("speaker_method") else ""))
    if val("speaker_title"):
        parts.append(f"title {val('speaker_title')}")
    parts.append(f'cue "{val("cue")}"' if val("cue") else "no cue")
    if val("kind"):
        parts.append(str(val("kind")))
    if val("date") is not None:
        parts.append(f"{pd.Timestamp(val('date')):%a %d %b %Y}" + (f' ("{val("date_text")}")' if val("date_text") else ""))
    if val("polarity") is not None:
        parts.append(f"polarity {float(val('polarity')):+.2f}")
    label = _safe(f"[{num}] {who}", layout=False)
    if ansi:
        label = f"\x1b[1;{ansi}m{label}{_RESET}"
    return f"{label}: {_safe(' · '.join(parts), layout=False)}"


def _show(args) -> int:
    import pandas as pd

    from .article_statements import extract_statements

    path = args.article
    record = None
    m = re.fullmatch(r"(.+)#(\d+)", path)
    if not Path(path).exists() and m and Path(m.group(1)).is_file():
        path, record = m.group(1), path
    if Path(path).is_dir():
        raise UsageError(f"{path} is a folder: show takes one article file (quotebook actors lists a corpus)")
    arts = _load(path)
    if record is not None:
        arts = arts[arts["path"] == record]
        if arts.empty:
            raise UsageError(f"{args.article}: no such record (FILE#LINE counts lines from 1)")
    if arts.empty:
        if len(arts.attrs["errors"]):
            raise _Failed(f"{path}: the article could not be read")
        raise UsageError(f"{path}: not an article (.txt, .html or .jsonl)")
    color = _use_color(args.color, sys.stdout)
    chunks = []
    for art in arts.itertuples():
        st = extract_statements(art.text, published=art.published if pd.notna(art.published) else None,
                                article_id=art.article_id)
        marked, legend = mark_article(art.text, st, color=color)
        bold = (lambda s: f"\x1b[1m{s}{_RESET}") if color else (lambda s: s)  # noqa: E731
        head = [bold(_safe(str(art.title), layout=False) if pd.notna(art.title) else "(untitled)")]
        meta = [f"{pd.Timestamp(art.published):%d %b %Y}" if pd.notna(art.published) else None,
                art.source if pd.notna(art.source) else None, art.path]
        head.append(_safe(" · ".join(str(x) for x in meta if x), layout=False))
        n_sp = st["speaker"].dropna().nunique() if len(st) else 0
        head.append(f"{plural(len(st), 'statement')} by {plural(n_sp, 'named speaker')}")
        if not color:
            head.append("key: [[n speaker: statement]]  {speaker as written}  <cue>")
        else:
            head.append("key: \x1b[7m n speaker \x1b[0m statement in the speaker's colour,"
                        " \x1b[1;4mspeaker as written\x1b[0m, \x1b[3;4mcue\x1b[0m")
        chunks.append("\n".join(head) + "\n\n" + marked.rstrip("\n") + "\n\n" + "\n".join(legend))
    print(("\n\n" + "=" * 72 + "\n\n").join(chunks))
    return OK


# --- the command --------------------------------------------------------------------------------

def _wrap(text: str) -> str:
    return textwrap.fill(text, 88)


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    ap = argparse.ArgumentParser(prog="quotebook", description="Who said what, when and in what tone, from news articles.",
                                 formatter_class=fmt, epilog=__doc__.split("\n", 2)[2])
    sub = ap.add_subparsers(dest="command", required=True, metavar="{parse,report,actors,show}")
    p = sub.add_parser("parse", help="parse articles into a statements table", formatter_class=fmt,
                       description=_wrap("Parse every article under PATH into a statements table. Files that cannot be "
                                   "read are listed on stderr and skipped."),
                       epilog="examples:\n  quotebook parse seeds\n"
                              "  quotebook parse my-articles -o statements.xlsx -o statements.jsonl\n\n"
                              "Lists (actors) are '; '-joined in CSV and Excel. Exit 1 when no file could be read.")
    p.add_argument("path", help="a file or folder of articles (.txt, .html, .jsonl)")
    p.add_argument("-o", "--output", action="append", metavar="FILE",
                   help="output table (.parquet, .csv, .jsonl, .xlsx); repeatable; "
                        "default data/processed/statements.parquet and .csv")
    p.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read (exit 2)")
    p.add_argument("--no-cache", action="store_true", help="parse every article again")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_parse)

    r = sub.add_parser("report", help="parse a corpus, then render every notebook to HTML", formatter_class=fmt,
                       description=_wrap("What `make report ARTICLES=PATH` does: parse PATH into "
                                   "data/processed/statements.{parquet,csv}, then execute the notebooks against it "
                                   "and write reports/<corpus>/NN_name.html (standalone, open offline)."),
                       epilog="examples:\n  quotebook report seeds\n  quotebook report my-articles --show-code\n\n"
                              "Exit 1 when a notebook fails (its partial report is still written).")
    r.add_argument("path", help="a file or folder of articles")
    r.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML")
    r.add_argument("--out", metavar="FOLDER", help="reports folder (default reports/)")
    r.add_argument("--no-parse", action="store_true", help="only render (do not write data/processed/statements.*)")
    r.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_report)

    a = sub.add_parser("actors", help="speakers and actors found, with the words that named them", formatter_class=fmt,
                       description=_wrap("Every named speaker and every actor mentioned in a statement, with counts and the "
                                   "forms that were mapped to them (\"Rubio (3), he (2)\"), marked when data/actors.csv "
                                   "does not have them yet, and rows you could paste into data/actors.csv."),
                       epilog="examples:\n  quotebook actors              # the seeds/ folder\n"
                              "  quotebook actors my-articles")
    a.add_argument("path", nargs="?", help="a file or folder of articles (default: the project's seeds/)")
    a.add_argument("--no-cache", action="store_true", help="parse every article again")
    a.set_defaults(func=_actors)

    s = sub.add_parser("show", help="an article in the terminal, its statements marked", formatter_class=fmt,
                       description=_wrap("Print one article file with each statement marked: coloured by speaker on a "
                                   "terminal, [[n speaker: ...]] {speaker as written} <cue> markers otherwise "
                                   "(pipes, files, --color never), then one line per statement."),
                       epilog="examples:\n  quotebook show seeds/000_0cbf520dcd3947b9.txt\n"
                              "  quotebook show feed.jsonl#3 --color never | less     # line 3 of a JSON lines file")
    s.add_argument("article", help="an article file (.txt, .html), or FILE.jsonl#LINE")
    s.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="ANSI colours: auto (on a terminal, unless NO_COLOR is set), always, never")
    s.set_defaults(func=_show)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``quotebook`` command; returns the exit code (0 ok, 1 failed, 2 usage)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as e:  # --help (0) or a usage error (2), already printed by argparse
        return e.code if isinstance(e.code, int) else USAGE
    try:
        return args.func(args)
    except UsageError as e:
        _err(str(e))
        return USAGE
    except _Failed as e:
        _err(str(e))
        return FAILED
    except OutputError as e:  # a report, the errors table: the path, what went wrong, what to do
        _err(f"{e.path}: {e.reason}; the previous file, if any, is unchanged")
        return FAILED
    except QuotebookError as e:
        _err(str(e))
        return FAILED
    except BrokenPipeError:  # quotebook show ... | head
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return OK
    except OSError as e:  # a file the library does not name itself (a report's folder on a full disk)
        from .outputs import reason_for

        _err(f"{e.filename or 'quotebook'}: {reason_for(e, doing='complete the command')}")
        return FAILED
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
