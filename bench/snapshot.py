#!/usr/bin/env python3
"""Snapshot the statements and mentions tables of every development corpus, or compare two
snapshots: the check that a refactoring changed no output.

Corpora: the seed (``seeds/``), the fixture corpus (``tests/fixtures/corpus``), and, where
``../shared/bench`` is beside the project, the PolNeAR development articles and the saved web
pages. Snapshots hold the shared data's derived tables, so write them outside the project
(the default is a temporary folder).

Usage::

    python bench/snapshot.py save /tmp/before
    python bench/snapshot.py save /tmp/after
    python bench/snapshot.py compare /tmp/before /tmp/after
    python bench/snapshot.py compare /tmp/before /tmp/after --added actor_mentions
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT))


def _polnear(path: Path) -> pd.DataFrame:
    """The PolNeAR records as an articles table (article_id, text and the article columns)."""
    from analysis import schema

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = pd.DataFrame({"article_id": [f"polnear-{i:04d}" for i in range(len(rows))],
                         "text": [r["text"] for r in rows]})
    for name in schema.names(schema.ARTICLE_COLUMNS):
        if name not in arts.columns:
            arts[name] = None
    return arts


def corpora() -> dict[str, pd.DataFrame]:
    """Every development corpus present here, by name."""
    from analysis import load_articles

    out = {"seed": load_articles(ROOT / "seeds"),
           "fixtures": load_articles(ROOT / "tests" / "fixtures" / "corpus")}
    if (SHARED / "polnear_dev.jsonl").exists():
        out["polnear"] = _polnear(SHARED / "polnear_dev.jsonl")
    if (SHARED / "webpages").is_dir():
        out["webpages"] = load_articles(SHARED / "webpages")
    return out


def save(folder: Path) -> None:
    """Write ``<corpus>-statements.pkl`` and ``<corpus>-mentions.pkl`` for every corpus."""
    from analysis import mentions, statements

    folder.mkdir(parents=True, exist_ok=True)
    for name, arts in corpora().items():
        st = statements(arts, engine="serial", progress=False)
        st.to_pickle(folder / f"{name}-statements.pkl")
        arts.to_pickle(folder / f"{name}-articles.pkl")
        mentions(st, arts, workers=1).to_pickle(folder / f"{name}-mentions.pkl")
        print(f"{name}: {len(arts)} articles, {len(st)} statements")


def compare(before: Path, after: Path, added: tuple[str, ...] = ()) -> int:
    """Compare two snapshots table by table; the number of tables that differ.

    ``added``: columns a change added on purpose; where the table before has no such column it
    is left out of the table after, and the rest of the table is compared.
    """
    bad = 0
    for old in sorted(before.glob("*.pkl")):
        new = after / old.name
        if not new.exists():
            print(f"{old.name}: missing in {after}")
            bad += 1
            continue
        a, b = pd.read_pickle(old), pd.read_pickle(new)
        extra = [c for c in added if c in b.columns and c not in a.columns]
        b = b.drop(columns=extra)
        try:
            pd.testing.assert_frame_equal(a, b)
            print(f"{old.name}: identical ({len(a)} rows{', added column ' + ', '.join(extra) + ' left out' if extra else ''})")
        except AssertionError as e:
            bad += 1
            print(f"{old.name}: DIFFERS\n{str(e)[:1500]}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("folder", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--added", action="append", default=[], metavar="COLUMN",
                   help="a column the change added on purpose: compare the tables without it (repeatable)")
    args = ap.parse_args()
    if args.cmd == "save":
        save(args.folder)
        return 0
    return 1 if compare(args.before, args.after, tuple(args.added)) else 0


if __name__ == "__main__":
    sys.exit(main())
