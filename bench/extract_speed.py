#!/usr/bin/env python3
"""Where the PolNeAR scorer's time goes: ``extract_statements`` alone, and the scorer's own
conversion of each result (``DataFrame.to_dict("records")``), in one fresh process.

``run_quotes.py`` times both together in its words/s; this script splits them, and adds a
second (warm) pass, so a reader can tell the library's speed from the conversion's cost and
from the first pass's one-off loading of word lists.

Usage: python bench/extract_speed.py [--json]   (needs ../shared/bench/polnear_dev.jsonl)
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
    a = ap.parse_args()
    if not GOLD.exists():
        sys.exit(f"{GOLD} not found")
    sys.path.insert(0, str(ROOT))
    from analysis import extract_statements

    texts = [json.loads(ln)["text"] for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    words = sum(len(t.split()) for t in texts)
    out: dict[str, float | int] = {"articles": len(texts), "words": words}
    for name in ("first_pass", "second_pass"):
        extract = convert = 0.0
        for t in texts:
            t0 = time.perf_counter()
            df = extract_statements(t)
            t1 = time.perf_counter()
            df.to_dict("records")
            extract += t1 - t0
            convert += time.perf_counter() - t1
        out[f"{name}_extract_s"] = round(extract, 3)
        out[f"{name}_extract_words_per_s"] = round(words / extract)
        out[f"{name}_to_dict_s"] = round(convert, 3)
    if a.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
