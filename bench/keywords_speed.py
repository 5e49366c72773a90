#!/usr/bin/env python3
"""Time of the keyword tables on a generated corpus (``bench/make_corpus.py``), one process.

Writes N articles to a temporary folder, extracts their statements once (not timed here; see
``bench/pipeline.py``), then times what notebook 04_keywords calls: ``keywords`` (first call,
which reads the background word list, and a second call), ``keywords_by``, ``keyword_trends``,
``kwic`` of the top keyword and ``key_phrases``.

``--code DIR`` times the ``analysis`` package of another checkout with the same statements
(e.g. the main branch, for a before/after figure); only calls both versions take are made.

Usage: python bench/keywords_speed.py [N] [--seed 7] [--statements FILE] [--code DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _statements(n: int, seed: int, cache: Path | None):
    import pandas as pd

    if cache is not None and cache.exists():
        return pd.read_pickle(cache)
    import analysis

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(n), tmp, "--seed", str(seed)],
                       check=True, capture_output=True)
        st = analysis.statements(analysis.load_articles(tmp), progress=False)
    if cache is not None:
        st.to_pickle(cache)
    return st


def _timed(out: dict, name: str, call):
    t0 = time.perf_counter()
    result = call()
    out[f"{name}_s"] = round(time.perf_counter() - t0, 3)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, nargs="?", default=2000, help="articles (default 2000)")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    ap.add_argument("--statements", type=Path, help="pickle of the statements: read if it exists, else written")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose analysis package is timed")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()
    sys.path.insert(0, str(a.code.resolve()))
    st = _statements(a.n, a.seed, a.statements)
    from analysis import keywords as kw

    out: dict[str, object] = {"statements": len(st), "words": int(st["text"].str.split().str.len().sum())}
    top = _timed(out, "keywords_first", lambda: kw.keywords(st, top=20))
    _timed(out, "keywords", lambda: kw.keywords(st, top=20))
    _timed(out, "keywords_by", lambda: kw.keywords_by(st, top=5))
    trends = _timed(out, "keyword_trends", lambda: kw.keyword_trends(st, top=6))
    word = str(top["keyword"].iloc[0]) if len(top) else "the"
    _timed(out, "kwic", lambda: kw.kwic(st, word))
    _timed(out, "key_phrases", lambda: kw.key_phrases(st, top=20))
    out["trend_columns"] = len(trends)
    out["trend_columns_non_empty"] = int((trends.sum(axis=1) > 0).sum())
    if a.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
