#!/usr/bin/env python3
"""Where the PolNeAR scorer's time goes: ``extract_statements`` alone, and the scorer's own
conversion of each result (``DataFrame.to_dict("records")``), in one fresh process.

``run_quotes.py`` times both together in its words/s; this script splits them, and adds a
second (warm) pass, so a reader can tell the library's speed from the conversion's cost and
from the first pass's one-off loading of word lists.

On a machine shared with other work the wall-clock figures swing between runs; ``--rounds N``
repeats the warm pass N times and also reports the least CPU time of the process
(``time.process_time``), which other processes disturb far less.

Usage: python bench/extract_speed.py [--json] [--rounds N]   (needs ../shared/bench/polnear_dev.jsonl)
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "bench" / "polnear_dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--rounds", type=int, default=1, help="warm passes; the least time of them is reported")
    a = ap.parse_args()
    if not GOLD.exists():
        sys.exit(f"{GOLD} not found")
    sys.path.insert(0, str(ROOT))
    from analysis import extract_statements

    texts = [json.loads(ln)["text"] for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    words = sum(len(t.split()) for t in texts)
    out: dict[str, float | int] = {"articles": len(texts), "words": words}
    for name, rounds in (("first_pass", 1), ("second_pass", max(1, a.rounds))):
        timed = [_one_pass(texts, extract_statements) for _ in range(rounds)]
        extract, convert, cpu = (min(t[k] for t in timed) for k in range(3))
        out[f"{name}_extract_s"] = round(extract, 3)
        out[f"{name}_extract_words_per_s"] = round(words / extract)
        out[f"{name}_to_dict_s"] = round(convert, 3)
        out[f"{name}_cpu_s"] = round(cpu, 3)
    if a.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")


def _one_pass(texts: list[str], extract_statements) -> tuple[float, float, float]:
    """Wall seconds in extract_statements, wall seconds converting its results, and CPU seconds
    of the process over both, for one pass over ``texts``."""
    extract = convert = 0.0
    c0 = time.process_time()
    for t in texts:
        t0 = time.perf_counter()
        df = extract_statements(t)
        t1 = time.perf_counter()
        df.to_dict("records")
        extract += t1 - t0
        convert += time.perf_counter() - t1
    return extract, convert, time.process_time() - c0


if __name__ == "__main__":
    main()
