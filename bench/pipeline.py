#!/usr/bin/env python3
"""Whole-pipeline benchmark on a generated corpus: load -> statements -> sentiment -> keywords.

Usage: python bench/pipeline.py [N] [--json]

Generates N articles with ``bench/make_corpus.py`` in a temporary folder, then measures, with
a cold cache: loading, statement extraction (parallel engine, cache on), actor mentions with
target sentiment, keywords; the peak resident memory of the run (this process and its
workers); and the rerun after one article is added (only that one is parsed).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # Linux reports KiB


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=10_000)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    import analysis
    from analysis import keywords

    tmp = Path(tempfile.mkdtemp(prefix="quotebook-bench-"))
    try:
        corpus, cache = tmp / "corpus", tmp / "cache"
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(a.n + 1), str(corpus)], check=True,
                       stderr=subprocess.DEVNULL)
        files = sorted(corpus.glob("*.txt"))
        extra = files[-1]
        held = tmp / extra.name
        shutil.move(extra, held)  # the article added for the rerun

        out: dict = {"articles": a.n}
        t0 = time.perf_counter()
        arts = analysis.load_articles(corpus)
        t1 = time.perf_counter()
        st = analysis.statements(arts, cache=cache, progress=False)
        t2 = time.perf_counter()
        men = analysis.mentions(st, arts)
        t3 = time.perf_counter()
        kw = keywords.keywords(st, top=50)
        t4 = time.perf_counter()
        out.update({
            "words": int(arts["n_words"].sum()), "statements": len(st), "mentions": len(men),
            "load_s": round(t1 - t0, 2), "statements_s": round(t2 - t1, 2), "mentions_s": round(t3 - t2, 2),
            "keywords_s": round(t4 - t3, 2), "total_s": round(t4 - t0, 2),
            "peak_rss_mb": round(peak_rss_mb()),
        })
        shutil.move(held, corpus / extra.name)
        t5 = time.perf_counter()
        arts2 = analysis.load_articles(corpus)
        st2 = analysis.statements(arts2, cache=cache, progress=False)
        t6 = time.perf_counter()
        out.update({"rerun_one_added_s": round(t6 - t5, 2), "rerun_statements": len(st2)})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(out) if a.json else "\n".join(f"{k}: {v}" for k, v in out.items()))
    return out


if __name__ == "__main__":
    main()
