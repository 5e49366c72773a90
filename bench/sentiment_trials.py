#!/usr/bin/env python3
"""Attempts at a stronger target-sentiment model, on the folds of ``bench/train_sentiment.py``.

Every figure is 5-fold cross-validated macro-F1 on NewsMTSC's train split (folds grouped by
sentence, the bystander rule applied as the package applies it); the dev split is never read.
None of these is shipped: each row of the "tried, not kept" table of docs/benchmarks.md (issue
19, branch senti19) is one trial here. Needs the ``train`` extra (scikit-learn); the ``afinn``
trial also needs the ``afinn`` package (its word list is not a dependency of the project).

    python bench/sentiment_trials.py                      # every trial, fold seed 0
    python bench/sentiment_trials.py --fold-seeds 0 1 2 --trials base ensemble_char

Trials (the name to pass to ``--trials``):

* ``base`` -- the shipped model (linear SVM, C = 0.01, balanced);
* ``char`` / ``char_clause`` -- with character 3- to 5-grams of each word of the near window and
  clause (or the clause only), by side of the target, at :data:`CHAR_VALUE`;
* ``bigrams`` -- with the sentence's word pairs, the target masked as ``<T>``, by side;
* ``afinn`` -- with AFINN's word valence by scope, as the TextBlob and VADER features;
* ``svm_lr`` / ``views`` -- an SVM and a logistic regression averaged (the same features; or the
  SVM on the words by position and the regression on the bag and lexicons);
* ``oversample`` / ``plus_resample`` -- the training part oversampled to balanced classes (no
  class weights), or the training part plus a class-balanced resample of it;
* ``nbsvm`` / ``ensemble`` / ``ensemble_char`` / ``ensemble_char_nb2`` -- NB-SVM, the SVM and
  NB-SVM averaged (``svm+nbsvm`` of ``train_sentiment.py``), the same with the character grams,
  and with the NB-SVM counted twice;
* ``mlp`` -- a one-layer perceptron of :data:`MLP_HIDDEN` units (not linear: no explanation).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter

import numpy as np

sys.path.insert(0, os.getcwd())
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import train_sentiment as ts  # noqa: E402
from analysis.enrich import sentiment_features as sf  # noqa: E402

#: The value of one character n-gram (the best of 0.05 / 0.1 / 0.2 / 0.3 on fold seed 0).
CHAR_VALUE = 0.2
#: The n of the character n-grams: from a stem's core to a short word with its boundaries.
CHAR_SIZES = (3, 4, 5)
#: The value of one word pair of the sentence (0.3 / 0.5 / 1.0 tried on fold seed 0).
BIGRAM_VALUE = 1.0
#: AFINN's valence runs from -5 to 5: divided by this it is on TextBlob's scale.
AFINN_RANGE = 5.0
#: The hidden units of the perceptron trial.
MLP_HIDDEN = 32
#: The logistic regression's C in the averaged trials (its best alone, see train_sentiment.py).
LR_C = 0.1


def _spans(recs):
    """Each target's tokens and scope (None for an empty sentence)."""
    for r in recs:
        tok = sf.tokenize(r["sentence"])
        yield (tok, sf._scope(tok, r["start"], r["end"])) if tok.low else (None, None)


def char_grams(recs, *, clause_only: bool = False) -> list[dict]:
    out = []
    for tok, sc in _spans(recs):
        d: dict[str, float] = {}
        if tok is not None:
            lo, hi = sc.c0, sc.c1
            if not clause_only:
                lo, hi = min(lo, max(sc.s0, sc.t0 - sf.NEAR)), max(hi, min(sc.s1, sc.t1 + sf.NEAR))
            for i in range(lo, hi):
                if sc.t0 <= i < sc.t1 or not tok.wordy[i] or i in sc.foreign:
                    continue
                w, side = "<" + tok.low[i] + ">", "L" if i < sc.t0 else "R"
                for g in {w[k:k + n] for n in CHAR_SIZES for k in range(len(w) - n + 1)}:
                    d["G" + side + ":" + g] = d.get("G" + side + ":" + g, 0.0) + CHAR_VALUE
        out.append(d)
    return out


def word_pairs(recs) -> list[dict]:
    out = []
    for tok, sc in _spans(recs):
        d: dict[str, float] = {}
        if tok is not None:
            seq: list[tuple[int, str | None]] = []
            for i in range(sc.s0, sc.s1):
                if sc.t0 <= i < sc.t1:
                    if not seq or seq[-1][1] != "<T>":
                        seq.append((i, "<T>"))
                else:
                    seq.append((i, tok.stems[i] if tok.wordy[i] and i not in sc.foreign else None))
            for (i, a), (_, b) in zip(seq, seq[1:]):
                if a is not None and b is not None:
                    d["P" + ("L" if i < sc.t0 else "R") + ":" + a + "_" + b] = BIGRAM_VALUE
        out.append(d)
    return out


def afinn_valence(recs) -> list[dict]:
    from afinn import Afinn

    lex = Afinn()._dict
    out = []
    for tok, sc in _spans(recs):
        d: dict[str, float] = {}
        if tok is not None:
            neg = sf._negated(tok, sc.s0, sc.s1)
            for i in range(sc.s0, sc.s1):
                v = lex.get(tok.low[i])
                if not v or sc.t0 <= i < sc.t1 or (tok.caps[i] and i > sc.s0):
                    continue
                v = v / AFINN_RANGE * (sf.NEGATED_POLARITY if neg[i - sc.s0] else 1.0)
                far = sc.t0 - i if i < sc.t0 else i - sc.t1 + 1
                scope = sf.FOREIGN if i in sc.foreign else "clause" if sc.c0 <= i < sc.c1 else "sent"
                sign = "+" if v > 0 else "-"
                names = ["AF" + sign + scope] + (["AF" + sign + "near"] if far <= sf.TB_WINDOW and scope != sf.FOREIGN else [])
                for k in names:
                    d[k] = d.get(k, 0.0) + v
        out.append(d)
    return out


def merge(*rowsets) -> list[dict]:
    return [{k: v for d in ds for k, v in d.items()} for ds in zip(*rowsets)]


def _resampled(model, mode: str, seed: int):
    """``model`` fitted on oversampled training rows: every class up to the largest
    (``balanced``), or the rows plus a third of their number drawn from each class (``plus``)."""
    rng = np.random.default_rng(seed)

    class Resampled:
        def fit(self, x, y):
            top = max(Counter(y.tolist()).values())
            idx = []
            for lab in range(len(ts.LABELS)):
                pos = np.flatnonzero(y == lab)
                n = top - len(pos) if mode == "balanced" else len(y) // len(ts.LABELS)
                idx.append(np.concatenate([pos, rng.choice(pos, n, replace=True)]))
            idx = np.concatenate(idx)
            model.fit(ts.int32(x[idx]), y[idx])
            return self

        def predict(self, x):
            return model.predict(x)

    return Resampled()


def _views(rows) -> tuple[list[dict], list[dict]]:
    """The words by position, and the bag of words with the lexicon and position features."""
    pos = [{k: v for k, v in d.items() if not k.startswith((sf.BAG_PREFIX, "S:"))} for d in rows]
    bag = [{k: v for k, v in d.items() if k.startswith((sf.BAG_PREFIX, "S:", "TB", "VD", "EV", "T"))} for d in rows]
    return pos, bag


def run_cv(rowsets, y, splits, make) -> dict:
    """Macro-F1 by fold of the model ``make()`` returns; ``rowsets`` is one feature set per view
    (a list of two for the two-view trial: each model of the average sees its own)."""
    f1 = []
    first = rowsets[0]
    for tr, te in splits:
        if len(rowsets) == 1:
            _, xtr, xte = ts.vectorise([first[i] for i in tr], [first[i] for i in te])
            pred = make().fit(ts.int32(xtr), y[tr]).predict(ts.int32(xte))
        else:
            total = 0.0
            for rows, model in zip(rowsets, make()):
                _, xtr, xte = ts.vectorise([rows[i] for i in tr], [rows[i] for i in te])
                model.fit(ts.int32(xtr), y[tr])
                total = total + model.decision_function(ts.int32(xte)) / float(np.std(model.decision_function(ts.int32(xtr))))
            pred = np.argmax(total, axis=1)
        pred[[sf.BYSTANDER in first[i] for i in te]] = 1
        f1.append(ts.macro_f1(y[te], pred))
    return {"mean": float(np.mean(f1)), "sd": float(np.std(f1)), "folds": [round(f, 4) for f in f1]}


def trials(recs, rows, seed):
    """Each trial's name, its feature sets and a maker of its (fresh) model."""
    from sklearn.neural_network import MLPClassifier

    svm = lambda: ts.make_model("svm", 0.01, True)  # noqa: E731
    chars = lambda: merge(rows, char_grams(recs))  # noqa: E731
    return {
        "base": (lambda: [rows], svm),
        "char": (lambda: [chars()], svm),
        "char_clause": (lambda: [merge(rows, char_grams(recs, clause_only=True))], svm),
        "bigrams": (lambda: [merge(rows, word_pairs(recs))], svm),
        "afinn": (lambda: [merge(rows, afinn_valence(recs))], svm),
        "svm_lr": (lambda: [rows], lambda: ts._Averaged([svm(), ts.make_model("lr", LR_C, True)])),
        "views": (lambda: list(_views(rows)), lambda: [svm(), ts.make_model("lr", LR_C, True)]),
        "oversample": (lambda: [rows], lambda: _resampled(ts.make_model("svm", 0.01, False), "balanced", seed)),
        "plus_resample": (lambda: [rows], lambda: _resampled(svm(), "plus", seed)),
        "nbsvm": (lambda: [rows], lambda: ts.make_model("nbsvm", ts.NB_C, True)),
        "ensemble": (lambda: [rows], lambda: ts.make_model("svm+nbsvm", 0.01, True)),
        "ensemble_char": (lambda: [chars()], lambda: ts.make_model("svm+nbsvm", 0.01, True)),
        "ensemble_char_nb2": (lambda: [chars()], lambda: ts._Averaged([svm(), ts._NBSVM(ts.NB_C)], [1.0, 2.0])),
        "mlp": (lambda: [rows], lambda: MLPClassifier(hidden_layer_sizes=(MLP_HIDDEN,), alpha=1e-2,
                                                      early_stopping=True, random_state=seed, max_iter=200)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default=ts.DEFAULT_TRAIN)
    ap.add_argument("--fold-seeds", type=int, nargs="+", default=[ts.SEED])
    ap.add_argument("--trials", nargs="+", help="trial names (default: all)")
    a = ap.parse_args()
    recs = ts.load(a.train)
    y = np.array([ts.LABELS.index(r["label"]) for r in recs])
    rows = ts.featurise(recs)
    for seed in a.fold_seeds:
        splits = ts.folds(recs, y, seed)
        table = trials(recs, rows, seed)
        for name in a.trials or list(table):
            t = time.perf_counter()
            rowsets, make = table[name]
            res = run_cv(rowsets(), y, splits, make)
            print(f"seed {seed} {name:18s} {res['mean']:.4f} ± {res['sd']:.4f} {res['folds']} "
                  f"({time.perf_counter() - t:.0f}s)", flush=True)


if __name__ == "__main__":
    main()
