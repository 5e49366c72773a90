#!/usr/bin/env python3
"""How fast the shipped target-sentiment model loads and scores, and how it treats bystanders.

Run from the project root:

    python bench/sentiment_speed.py                                   # fixture sentences
    python bench/sentiment_speed.py --sentences ../shared/bench/newsmtsc_train.jsonl

Reports, each in a fresh interpreter where it matters:

* ``load_seconds`` -- importing ``analysis.sentiment`` and reading the model file;
* ``targets_per_second`` -- ``target_sentiments`` over the given mentions (JSON lines with
  ``sentence``, ``start``, ``end``), the best of ``--rounds`` passes, word splits not cached
  between passes; ``explain_per_second`` likewise for ``explain_sentiment``;
* ``bystanders_neutral`` -- the share of ``tests/fixtures/sentiment/bystanders.jsonl`` (sentences
  where an evaluative word concerns another entity) that is neutral toward the bystander.
Timing is CPU time of this process (``time.process_time``): the machine may be shared.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BYSTANDERS = os.path.join(ROOT, "tests", "fixtures", "sentiment", "bystanders.jsonl")


def read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_seconds() -> float:
    code = ("import time; t = time.process_time(); import analysis.sentiment as s; "
            "from analysis.enrich.target_sentiment import load_model; load_model(); "
            "s.target_sentiment('Ada Ruiz won.', 0, 8); print(time.process_time() - t)")
    env = dict(os.environ, PYTHONPATH=ROOT + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip())


def rate(fn, mentions, rounds: int) -> float:
    from analysis.enrich.sentiment_features import tokenize

    best = float("inf")
    for _ in range(rounds):
        tokenize.cache_clear()
        t = time.process_time()
        fn(mentions)
        best = min(best, time.process_time() - t)
    return len(mentions) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", default=BYSTANDERS, help="JSON lines with sentence, start, end")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--explain", type=int, default=500, help="mentions to explain (the slower path)")
    a = ap.parse_args()
    sys.path.insert(0, ROOT)
    from analysis.sentiment import explain_sentiment, polarity_label, target_sentiment, target_sentiments

    recs = read(a.sentences)
    mentions = [(r["sentence"], r["start"], r["end"]) for r in recs]
    target_sentiments(mentions[:10])  # the model and the lexicons are read once
    bys = read(BYSTANDERS)
    neutral = sum(polarity_label(target_sentiment(r["sentence"], r["start"], r["end"])) == "neutral" for r in bys)
    res = {
        "mentions": len(mentions),
        "load_seconds": round(load_seconds(), 3),
        "targets_per_second": round(rate(target_sentiments, mentions, a.rounds)),
        "explain_per_second": round(rate(lambda ms: [explain_sentiment(*m) for m in ms], mentions[:a.explain], 1)),
        "bystanders_neutral": f"{neutral}/{len(bys)} = {neutral / len(bys):.1%}",
    }
    print("\n".join(f"{k}: {v}" for k, v in res.items()))


if __name__ == "__main__":
    main()
