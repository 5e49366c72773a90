"""The ``quotebook`` command: parse a corpus, render the reports.

Examples
--------
quotebook parse seeds -o data/processed/statements.parquet
quotebook report seeds
"""
from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROCESSED = ROOT / "data" / "processed"


def _parse(args) -> int:
    from .articles import ArticleError, load_articles
    from .corpus import statements, write_table

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # listed in the errors table instead
            arts = load_articles(args.path, strict=args.strict)
    except ArticleError as e:
        print(f"quotebook: {e}", file=sys.stderr)
        return 2
    errors = arts.attrs["errors"]
    st = statements(arts, cache=not args.no_cache, progress=not args.quiet)
    outs = args.output or [str(PROCESSED / "statements.parquet"), str(PROCESSED / "statements.csv")]
    for o in outs:
        write_table(st, o)
    for row in errors.itertuples():
        print(f"skipped {row.path}: {row.reason}", file=sys.stderr)
    n_speakers = st["speaker"].nunique() if len(st) else 0
    print(f"{len(arts)} articles, {len(st)} statements, {n_speakers} speakers, {len(errors)} errors"
          f" -> {', '.join(outs)}")
    return 0


def _report(args) -> int:
    from .report import render_reports

    try:
        failed = render_reports(args.path, show_code=args.show_code, out_root=Path(args.out) if args.out else None)
    except FileNotFoundError as e:
        print(f"quotebook: {e}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="quotebook", description="Who said what, when and in what tone, from news articles.",
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles into a statements table",
                       description="Parse every article under PATH into a statements table.",
                       epilog="example: quotebook parse seeds -o statements.parquet -o statements.csv")
    p.add_argument("path", help="a file or folder of articles (.txt, .html, .jsonl)")
    p.add_argument("-o", "--output", action="append",
                   help="output table (.parquet, .csv, .jsonl, .xlsx); repeatable; default data/processed/statements.*")
    p.add_argument("--strict", action="store_true", help="stop at the first file that cannot be read")
    p.add_argument("--no-cache", action="store_true", help="parse every article again")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_parse)
    r = sub.add_parser("report", help="execute every notebook on a corpus and render HTML reports",
                       description="Execute the notebooks against PATH and write reports/<corpus>/NN_name.html.",
                       epilog="example: quotebook report seeds --show-code")
    r.add_argument("path", help="a folder of articles")
    r.add_argument("--show-code", action="store_true", help="keep the code cells in the HTML")
    r.add_argument("--out", help="reports folder (default reports/)")
    r.set_defaults(func=_report)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``quotebook`` command."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
