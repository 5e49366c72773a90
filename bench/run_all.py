#!/usr/bin/env python3
"""Run every benchmark and write their figures to docs/benchmarks.md (``make bench``).

- statement extraction on the seed's gold and on the PolNeAR development set, scored by
  ``../shared/bench/run_quotes.py`` (skipped with a message where ``../shared`` is absent), with
  recall per kind of attribution and per kind of cue;
- sentiment toward actors on NewsMTSC, scored by ``../shared/bench/run_sentiment.py``;
- the whole pipeline on a generated corpus (``bench/pipeline.py``);
- the scorer's time split into extraction and conversion (``bench/extract_speed.py``);
- extraction time on large and hostile texts, 1 to 8 MB (``bench/pathological.py``).

Usage: python bench/run_all.py [--articles N] [--out docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
PY = sys.executable


def _run_json(args: list[str]) -> dict | None:
    r = subprocess.run([PY, *args, "--json"], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        print(f"{' '.join(args)} failed:\n{r.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(r.stdout.strip().splitlines()[-1])


def by_kind(gold_path: Path) -> dict:
    """Recall at 0.3 overlap per gold kind and per cue type (speech verb or other), and the
    precision of each predicted cue type."""
    sys.path.insert(0, str(SHARED))
    sys.path.insert(0, str(ROOT))
    import score_quotes  # noqa: E402

    from analysis import extract_statements, load_lexicon

    lex = load_lexicon()
    speech = {f for f, c in lex.cue_forms.items() if c.type != "stance"}
    hit, tot, ptp, pall = Counter(), Counter(), Counter(), Counter()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        df = extract_statements(rec["text"])
        pred = [{"start": int(a), "end": int(b)} for a, b in zip(df.start, df.end)]
        pairs = score_quotes.match(rec["quotes"], pred, 0.3, rec["text"])
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, q in enumerate(rec["quotes"]):
            cue = (q.get("cue") or "").lower().strip(" :")
            ctype = "speech verb" if cue.split() and cue.split()[-1] in speech else "other cue"
            for key in (f"kind: {q['kind']}", f"cue: {ctype}"):
                tot[key] += 1
                hit[key] += gi in matched_g
        for pi, ct in enumerate(df["cue_type"].fillna("none")):
            pall[ct] += 1
            ptp[ct] += pi in matched_p
    recall = {k: {"recall": round(hit[k] / tot[k], 3), "gold": tot[k]} for k in sorted(tot)}
    precision = {k: {"precision": round(ptp[k] / pall[k], 3), "predicted": pall[k]} for k in sorted(pall)}
    return {"recall": recall, "precision": precision}


def machine() -> str:
    cpu = ""
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    base = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
    return f"{os.cpu_count()} cores ({cpu or platform.processor()}), Python {platform.python_version()} ({base})"


def table(d: dict, keys: list[str]) -> list[str]:
    rows = ["| " + " | ".join(["match"] + keys) + " |", "|" + " --- |" * (len(keys) + 1)]
    for t in ("exact", "0.8", "0.3"):
        rows.append("| " + " | ".join([t] + [str(d[t].get(k, "-")) for k in keys]) + " |")
    return rows


SPEED_RUNS = 5
HISTORY = "## History of make bench runs"
HISTORY_HEAD = ["| run | commit | PolNeAR F1 at 0.3 | PolNeAR words/s | 10k pipeline s | rerun after one added s "
                "| PolNeAR exact F1 | extract_statements alone, first pass, words/s | 10k pipeline peak RSS MB |",
                "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
HISTORY_COLUMNS = HISTORY_HEAD[1].count("---")


def history(path: Path, now: str, pol: dict | None, pipe: dict | None, split: dict | None) -> list[str]:
    """The history table kept from the previous file, with this run added at the top: timings
    on a shared machine vary, and one run alone says little. Rows from before a column existed
    show "-" there."""
    old: list[str] = []
    if path.exists():
        text = path.read_text(encoding="utf-8")
        if HISTORY in text:
            old = [ln for ln in text.split(HISTORY, 1)[1].splitlines() if ln.startswith("| 20")]
    old = [ln + " - |" * (HISTORY_COLUMNS - (ln.count("|") - 1)) for ln in old]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "-"
    cells = [now, commit, pol["0.3"]["F1"] if pol else "-", format(pol["words_per_s"], ",") if pol else "-",
             pipe["total_s"] if pipe else "-", pipe["rerun_one_added_s"] if pipe else "-",
             pol["exact"]["F1"] if pol else "-",
             format(split["first_pass_extract_words_per_s"], ",") if split else "-",
             pipe["peak_rss_mb"] if pipe else "-"]
    row = "| " + " | ".join(map(str, cells)) + " |"
    return [HISTORY, "", *HISTORY_HEAD, row, *old, ""]


#: run_pages.py before issue 18 (commit fc25709, trafilatura's bare_extraction with its defaults,
#: no comments, no tables), kept beside each new run.
PAGES_BEFORE = {"with_kept_micro": 0.944, "without_leaked_micro": 0.127, "pages_leaking": 10, "touching_without": 2}


def web_pages() -> list[str]:
    """The web-page loader against plain trafilatura on the shared pages (``run_pages.py``)."""
    res = _run_json([str(SHARED / "run_pages.py")]) if SHARED.exists() else None
    if not res:
        return []
    head = ["| system | with kept (micro) | with kept (macro) | without leaked (micro) | without leaked (macro) "
            "| pages leaking |", "| --- | --- | --- | --- | --- | --- |"]
    rows = [f"| {name} | {s['with_kept_micro']} | {s['with_kept_macro']} | {s['without_leaked_micro']} | "
            f"{s['without_leaked_macro']} | {s['pages_leaking']} |"
            for name, s in (("load_articles", res["load_articles"]), ("trafilatura default", res["trafilatura_default"]),
                            ("trafilatura favor_precision", res["trafilatura_favor_precision"]))]
    st, b = res["statements"], PAGES_BEFORE
    return ["## Web pages: main text and boilerplate",
            "`python ../shared/bench/run_pages.py` (`load_articles` on the shared folder of saved news pages, "
            "plain trafilatura on the same pages in the same run)", "", *head, *rows, "",
            f"Statements on the loaded pages: {st['total']}; holding a `without` snippet: {st['holding_without']}; "
            f"overlapping one: {st['touching_without']}. Before issue 18 (commit fc25709): with kept "
            f"{b['with_kept_micro']}, without leaked {b['without_leaked_micro']}, {b['pages_leaking']} pages "
            f"leaking, {b['touching_without']} statements overlapping a `without` snippet.", ""]


def pathological() -> list[str]:
    """The section on large and hostile texts: seconds per size and case, and the criterion."""
    res = _run_json([str(ROOT / "bench" / "pathological.py")])
    if not res:
        return []
    sys.path.insert(0, str(ROOT / "bench"))
    from pathological import MAX_RATIO, markdown

    sizes = [float(s) for s in next(iter(res.values()))["runs"]]
    ok = all(r["ok"] for r in res.values())
    return ["## Extraction time on large and hostile texts",
            "`python bench/pathological.py` (`extract_statements` on one text per case and size, one process, "
            "the time guard off; CPU seconds, the least of 3 runs; sizes in millions of characters; the cases "
            "are described in the script)", "",
            *markdown(res, sizes), "",
            f"8 MB costs under {MAX_RATIO} times 1 MB in every case: **{'yes' if ok else 'no'}**.", ""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000, help="size of the generated corpus")
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    a = ap.parse_args()

    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    lines = ["# Benchmarks", "",
             f"Written by `make bench` (`python bench/run_all.py`) on {now}, {machine()}.",
             "Figures are measured, never asserted in tests. Timings on this shared machine swing by a quarter "
             "within minutes, the same code included.", ""]
    keys = ["P", "R", "F1", "tp", "fp", "fn", "speaker_span_acc", "speaker_name_acc", "cue_acc"]
    pol = sp = None  # PolNeAR scores and the split of the scorer's time, when ../shared is there
    if SHARED.exists():
        seed = _run_json([str(SHARED / "run_quotes.py"), "--gold", str(SHARED / "seed_gold.json")])
        if seed:
            lines += ["## Statement extraction: the seed article",
                      "`python ../shared/bench/run_quotes.py --gold ../shared/bench/seed_gold.json`", ""]
            lines += table(seed, keys) + [""]
        names = _run_json([str(SHARED / "run_quotes.py"), "--gold", str(SHARED / "polnear_speakers_dev.jsonl")])
        if names:
            lines += ["## Speaker names: 60 PolNeAR articles with resolved speakers",
                      "`python ../shared/bench/run_quotes.py --gold ../shared/bench/polnear_speakers_dev.jsonl` "
                      "(speaker_name_acc is `spk_name`: the resolved `speaker` against the hand-resolved name)", ""]
            lines += table(names, keys) + [""]
        # the scorer times one pass in a fresh process; this shared machine's speed drifts by a
        # fifth from minute to minute, so it runs several times and the median is recorded
        runs = [r for r in (_run_json([str(SHARED / "run_quotes.py")]) for _ in range(SPEED_RUNS)) if r]
        if runs:
            runs.sort(key=lambda r: r["words_per_s"])
            pol = dict(runs[len(runs) // 2])
            speeds = ", ".join(f"{r['words_per_s']:,}" for r in runs)
            lines += ["## Statement extraction: PolNeAR development set",
                      "`python ../shared/bench/run_quotes.py` (300 articles, one process, words/s include the "
                      "scorer's own conversion of each result with `to_dict`)", ""]
            lines += table(pol, keys) + [""]
            lines += [f"{pol['articles']} articles, {pol['failures']} failures, {pol['seconds']} s in the median "
                      f"run: **{pol['words_per_s']:,} words/s** (the {len(runs)} runs, each a fresh process: "
                      f"{speeds}).", ""]
            split = [r for r in (_run_json([str(ROOT / "bench" / "extract_speed.py")]) for _ in range(3)) if r]
            if split:
                split.sort(key=lambda r: r["first_pass_extract_words_per_s"])
                sp = split[len(split) // 2]
                lines += ["Where that time goes (`python bench/extract_speed.py`, the median of 3 fresh processes): "
                          "`extract_statements` alone, and the scorer's `to_dict` of each result, on a first "
                          "pass as the scorer makes it and on a second pass over the same articles.", "",
                          "| pass | extract_statements s | words/s | to_dict s |", "| --- | --- | --- | --- |"]
                lines += [f"| {p.replace('_', ' ')} | {sp[p + '_extract_s']} | {sp[p + '_extract_words_per_s']:,} | "
                          f"{sp[p + '_to_dict_s']} |" for p in ("first_pass", "second_pass")] + [""]
            kinds = by_kind(SHARED / "polnear_dev.jsonl")
            lines += ["Recall at 0.3 overlap by kind of gold attribution and by cue "
                      "(`python bench/run_all.py`, function `by_kind`):", "",
                      "| gold | recall | gold count |", "| --- | --- | --- |"]
            lines += [f"| {k} | {v['recall']} | {v['gold']} |" for k, v in kinds["recall"].items()]
            lines += ["", "Precision at 0.3 by predicted cue type:", "",
                      "| cue_type | precision | predicted |", "| --- | --- | --- |"]
            lines += [f"| {k} | {v['precision']} | {v['predicted']} |" for k, v in kinds["precision"].items()]
            lines += [""]
        sent = _run_json([str(SHARED / "run_sentiment.py")])
        if sent:
            lines += ["## Sentiment toward actors: NewsMTSC development split",
                      "`python ../shared/bench/run_sentiment.py`", "",
                      "| figure | value |", "| --- | --- |"]
            lines += [f"| {k} | {v} |" for k, v in sent.items()] + [""]
    else:
        msg = f"{SHARED} not found: the PolNeAR, seed and NewsMTSC benchmarks were skipped."
        print(msg, file=sys.stderr)
        lines += [msg, ""]
    pipe = _run_json([str(ROOT / "bench" / "pipeline.py"), str(a.articles)])
    if pipe:
        lines += [f"## Whole pipeline on {a.articles:,} generated articles",
                  f"`python bench/pipeline.py {a.articles}` (load → statements → mentions with sentiment → "
                  "keywords, cold cache, all cores; then one article added and the corpus rerun)", "",
                  "| figure | value |", "| --- | --- |"]
        lines += [f"| {k} | {v} |" for k, v in pipe.items()] + [""]
    lines += pathological()
    lines += web_pages()
    lines += history(Path(a.out), now, pol, pipe, sp)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
