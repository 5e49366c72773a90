#!/usr/bin/env python3
"""Extraction time on large and hostile texts: does 8 MB cost under 10 times 1 MB?

``extract_statements`` runs once per case and size on one text generated here, in this process
(the word lists are loaded first, outside the timings). Sizes are in millions of characters.
The cases:

- ``plain``: fictional news prose (the articles of ``bench/make_corpus.py`` end to end), one
  paragraph per line;
- ``no_spaces``: the same prose's letters only, one line with no space;
- ``quote_marks``: the prose with a quote mark (“ ” " '' « ») after every third word, unbalanced;
- ``one_paragraph``: the prose as a single paragraph (no line breaks);
- ``long_paragraphs``: the prose in paragraphs of 90,000 characters, just under the longest
  paragraph that is read (``analysis.nlp.document.MAX_PARAGRAPH_CHARS``);
- ``capital_runs``: a quote, a dash, then a run of 400 to 800 capital letters, or of capitalised
  words, one per line (the signature line “…” — Ada Voss, gone wrong).

Over the limits (paragraph, sentence, quote, name) text is read as holding no statement, with a
warning; the table counts those warnings. The time guard is off here (``time_limit=None``).
Times are CPU seconds of this process, the least of ``--repeat`` runs: on a shared machine the
wall clock also counts other people's work, and one run of a fraction of a second swings by half.

Usage: python bench/pathological.py [--sizes 1 2 4 8] [--cases plain no_spaces ...] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_corpus  # noqa: E402  (bench/make_corpus.py: fictional articles)

#: The criterion of issue 15: the largest size may cost at most this many times the smallest.
MAX_RATIO = 10
#: Characters per paragraph in ``long_paragraphs``: under analysis.nlp.document.MAX_PARAGRAPH_CHARS.
LONG_PARAGRAPH = 90_000
#: One quote mark after this many words in ``quote_marks``.
QUOTE_EVERY = 3


def prose(n: int, seed: int = 0) -> str:
    """``n`` characters of fictional news, one paragraph per line, cut at a line's end."""
    rng = random.Random(seed)
    world = make_corpus.World(random.Random(seed + 1))
    parts: list[str] = []
    size = i = 0
    while size < n:
        _, text, _ = make_corpus.make_article(world, rng, i)
        body = text.split("\n---\n", 1)[1].strip()
        parts.append(body)
        size += len(body) + 1
        i += 1
    out = "\n".join(parts)[:n]
    return out[:out.rfind("\n")] if "\n" in out else out


def no_spaces(n: int) -> str:
    """Letters only, upper and lower case as the prose writes them, one line."""
    letters = "".join(ch for ch in prose(n // 4 * 5 + 1000) if ch.isalpha())
    while len(letters) < n:
        letters += letters
    return letters[:n]


def quote_marks(n: int) -> str:
    """The prose with a quote mark after every ``QUOTE_EVERY``-th word: thousands per paragraph."""
    marks = ("“", "”", '"', "''", "«", "»")
    out = []
    for line in prose(n * 9 // 10).split("\n"):
        words = line.split(" ")
        for k in range(QUOTE_EVERY - 1, len(words), QUOTE_EVERY):
            words[k] += marks[k % len(marks)]
        out.append(" ".join(words))
    return "\n".join(out)[:n]


def one_paragraph(n: int) -> str:
    """The prose with no line break: one paragraph."""
    return prose(n).replace("\n", " ")


def long_paragraphs(n: int) -> str:
    """The prose in paragraphs of about ``LONG_PARAGRAPH`` characters."""
    flat = prose(n).replace("\n", " ")
    out, at = [], 0
    while at < len(flat):
        cut = flat.rfind(" ", at, at + LONG_PARAGRAPH)
        cut = len(flat) if at + LONG_PARAGRAPH >= len(flat) or cut <= at else cut
        out.append(flat[at:cut].strip())
        at = cut
    return "\n".join(out)


def capital_runs(n: int) -> str:
    """Signature lines gone wrong: a quote, a dash and 400 to 800 capitals (or five or more
    capitalised words, one too many for a name), then a lower-case word."""
    lines, size, k = [], 0, 0
    names = ("Ada", "Voss", "Brekke", "Orm", "Kallan", "Lund", "Holm")
    while size < n:
        if k % 2:
            tail = " ".join(names[(k + j) % len(names)] for j in range(5 + k % 40))
        else:
            tail = "A" * (400 + (k * 37) % 401)
        line = f"“We will finish the work on time,” — {tail} x"
        lines.append(line)
        size += len(line) + 1
        k += 1
    return "\n".join(lines)[:n]


CASES = {"plain": prose, "no_spaces": no_spaces, "quote_marks": quote_marks, "one_paragraph": one_paragraph,
         "long_paragraphs": long_paragraphs, "capital_runs": capital_runs}


def measure(text: str) -> dict:
    """CPU seconds of one ``extract_statements`` on ``text``, its rows, and the warnings raised."""
    from analysis import extract_statements

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t0 = time.process_time()
        df = extract_statements(text, article_id="bench", time_limit=None)
        seconds = time.process_time() - t0
    return {"seconds": round(seconds, 3), "rows": len(df), "warnings": len(caught)}


def measure_case(case: str, sizes: list[float], repeat: int) -> dict:
    """Each size of ``case``, the least time of ``repeat`` rounds; a round runs every size in turn,
    so a busy spell of the machine falls on all sizes alike, not on the largest only."""
    texts = {f"{size:g}": CASES[case](int(size * 1_000_000)) for size in sizes}
    runs: dict[str, dict] = {}
    for _ in range(repeat):
        for key, text in texts.items():
            r = dict(measure(text), chars=len(text))
            if key not in runs or r["seconds"] < runs[key]["seconds"]:
                runs[key] = r
    return runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="millions of characters")
    ap.add_argument("--cases", nargs="+", default=list(CASES), choices=list(CASES))
    ap.add_argument("--repeat", type=int, default=3, help="runs per case and size; the least time is kept")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()
    from analysis import extract_statements

    extract_statements("“Warm,” she said.")  # word lists load here, not in the first timing
    results: dict[str, dict] = {}
    for case in a.cases:
        runs = measure_case(case, a.sizes, a.repeat)
        if not a.json:
            print(f"{case}: {runs}", file=sys.stderr, flush=True)
        first, last = runs[f"{a.sizes[0]:g}"], runs[f"{a.sizes[-1]:g}"]
        ratio = last["seconds"] / max(first["seconds"], 1e-3)
        results[case] = {"runs": runs, "ratio": round(ratio, 2), "ok": ratio < MAX_RATIO}
    if a.json:
        print(json.dumps(results))
        return
    for line in markdown(results, a.sizes):
        print(line)


def markdown(results: dict, sizes: list[float]) -> list[str]:
    """The figures as a Markdown table: seconds per size, the last size over the first."""
    head = [f"{s:g} MB CPU s" for s in sizes]
    rows = ["| case | " + " | ".join(head) + f" | {sizes[-1]:g} MB / {sizes[0]:g} MB | rows at {sizes[-1]:g} MB "
            "| warnings |", "| --- |" + " --- |" * (len(sizes) + 3)]
    for case, r in results.items():
        cells = [str(r["runs"][f"{s:g}"]["seconds"]) for s in sizes]
        last = r["runs"][f"{sizes[-1]:g}"]
        rows.append(f"| {case} | " + " | ".join(cells) + f" | {r['ratio']} | {last['rows']} | {last['warnings']} |")
    return rows


if __name__ == "__main__":
    main()
