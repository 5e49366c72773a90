#!/usr/bin/env python3
"""Whole-pipeline benchmark on a generated corpus: load -> statements -> mentions -> keywords.

Usage: python bench/pipeline.py [N] [--workers W] [--corpus DIR] [--json]

Generates N + 1 articles with ``bench/make_corpus.py`` (in a temporary folder, or in DIR and
kept there for the next run), holds one back, then measures with a cold cache: loading,
statement extraction (``engine="auto"``: processes on all cores, cache on), actor mentions with
target sentiment (the statements split by article over W processes), keywords; the peak
resident memory, both of the largest process and of the whole process tree at once (sampled);
then the rerun after the held-back article is added (load + statements, only that one parsed)
and a rerun with nothing new.

``run(n, ...)`` returns the figures as a dict (for ``bench/run_all.py``); ``main()`` prints
them.
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
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def peak_rss_mb() -> float:
    """Peak RSS of the largest single process so far: this one or a (waited-for) child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # Linux reports KiB


class TreeRSS:
    """Samples the memory of this process and all its descendants together (Linux /proc): the
    sum of their proportional set sizes, so pages a forked worker shares are counted once."""

    def __init__(self, every: float = 0.1):
        self.every, self.peak, self._stop = every, 0, threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    @staticmethod
    def _tree_kib(root: int) -> int:
        kids: dict = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                    kids.setdefault(ppid, []).append(int(d))
                except (OSError, ValueError, IndexError):
                    pass
        total, todo = 0, [root]
        while todo:
            pid = todo.pop()
            todo += kids.get(pid, [])
            for name, field in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
                try:  # PSS: pages shared with forked workers counted once, not once per process
                    with open(f"/proc/{pid}/{name}") as f:
                        total += next(int(ln.split()[1]) for ln in f if ln.startswith(field))
                    break
                except (OSError, StopIteration, ValueError):
                    continue
        return total

    def _loop(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_kib(os.getpid()))
            self._stop.wait(self.every)

    def __enter__(self):
        if os.path.isdir("/proc"):
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak / 1024


def mentions_parallel(st, arts, workers: int):
    """``analysis.mentions`` in ``workers`` processes (kept as a name for older callers)."""
    import analysis

    return analysis.mentions(st, arts, workers=workers)


def make_corpus(n: int, folder: Path) -> None:
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(folder)], check=True,
                   stderr=subprocess.DEVNULL)


def run(n: int = 10_000, *, workers: int | None = None, corpus: str | os.PathLike | None = None) -> dict:
    """Measure the pipeline on ``n`` generated articles; returns the figures (seconds, MB)."""
    import analysis
    from analysis import keywords

    workers = workers or os.cpu_count() or 1
    tmp = Path(tempfile.mkdtemp(prefix="quotebook-bench-"))
    try:
        if corpus is None:
            folder = tmp / "corpus"
            make_corpus(n + 1, folder)
        else:
            folder = Path(corpus)
            if len(list(folder.glob("*.txt"))) + len(list(folder.glob("*.held"))) != n + 1:
                shutil.rmtree(folder, ignore_errors=True)
                make_corpus(n + 1, folder)
        for held in folder.glob("*.held"):  # left over from an interrupted run
            held.rename(held.with_suffix(".txt"))
        extra = sorted(folder.glob("*.txt"))[-1]
        held = extra.with_suffix(".held")  # the article added for the rerun
        extra.rename(held)
        cache = tmp / "cache"

        out: dict = {"articles": n, "workers": workers}
        with TreeRSS() as tree:
            t0 = time.perf_counter()
            arts = analysis.load_articles(folder, cache=cache)
            t1 = time.perf_counter()
            st = analysis.statements(arts, cache=cache, progress=False, workers=workers)
            t2 = time.perf_counter()
            men = mentions_parallel(st, arts, workers)
            t3 = time.perf_counter()
            kw = keywords.keywords(st, top=50)
            t4 = time.perf_counter()
        out.update({
            "words": int(arts["n_words"].sum()), "statements": len(st), "mentions": len(men), "keywords": len(kw),
            "load_s": round(t1 - t0, 2), "statements_s": round(t2 - t1, 2), "mentions_s": round(t3 - t2, 2),
            "keywords_s": round(t4 - t3, 2), "total_s": round(t4 - t0, 2),
            "words_per_s": round(int(arts["n_words"].sum()) / max(t2 - t1, 1e-9)),
            "peak_rss_mb": round(peak_rss_mb()), "peak_tree_pss_mb": round(tree.peak_mb),
        })
        del men, kw
        held.rename(extra)
        t5 = time.perf_counter()
        arts2 = analysis.load_articles(folder, cache=cache)
        t6 = time.perf_counter()
        st2 = analysis.statements(arts2, cache=cache, progress=False, workers=workers)
        t7 = time.perf_counter()
        analysis.statements(analysis.load_articles(folder, cache=cache), cache=cache, progress=False, workers=workers)
        t8 = time.perf_counter()
        out.update({"rerun_one_added_s": round(t7 - t5, 2), "rerun_load_s": round(t6 - t5, 2),
                    "rerun_statements_s": round(t7 - t6, 2), "rerun_statements": len(st2),
                    "rerun_unchanged_s": round(t8 - t7, 2)})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=10_000, help="articles (default 10000)")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    ap.add_argument("--corpus", type=Path, default=None,
                    help="generate the corpus here and reuse it on later runs (default: a temporary folder)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args(argv)
    out = run(a.n, workers=a.workers, corpus=a.corpus)
    print(json.dumps(out) if a.json else "\n".join(f"{k}: {v}" for k, v in out.items()))
    return out


if __name__ == "__main__":
    main()
