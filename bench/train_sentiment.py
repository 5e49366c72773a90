#!/usr/bin/env python3
"""Train the target-sentiment model shipped in ``analysis/models/target_sentiment.json``.

Data: NewsMTSC (Hamborg & Donnay 2021, https://github.com/fhamborg/NewsMTSC, MIT licence),
the ``rw`` train split with every sentence that occurs in a test or dev split removed:
``../shared/bench/newsmtsc_train.jsonl`` (one JSON object a line: ``sentence``, ``start``,
``end``, ``label``). Every choice (features, model, regularisation, class weights, neutral band)
is made on 5-fold cross-validation over that file, with the folds grouped by sentence so no
sentence is in both a training and a held-out fold. The dev split is never read here.

Needs the ``train`` extra (scikit-learn): ``pip install -e .[train]``. Run from the project root:

    python bench/train_sentiment.py --compare     # the model comparison on CV, nothing written
    python bench/train_sentiment.py               # CV of the chosen model, then fit and export

The exported model is linear over three classes: one weight per feature and class, and the label
is the class with the largest sum. (A single polarity axis with two thresholds -- positive minus
negative, or an ordinal logistic model -- scored 0.55 on CV against 0.63 for the three classes:
"is there an opinion" and "which way" are two directions.)
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import Counter

import numpy as np

sys.path.insert(0, os.getcwd())

from analysis.enrich.sentiment_features import BAG_PREFIX, BYSTANDER, target_features  # noqa: E402
from analysis.enrich.target_sentiment import MODEL_FILE, NEUTRAL_BAND  # noqa: E402

LABELS = ("negative", "neutral", "positive")
DEFAULT_TRAIN = os.path.join(os.path.dirname(os.getcwd()), "shared", "bench", "newsmtsc_train.jsonl")
SOURCE = ("NewsMTSC (Hamborg & Donnay 2021, https://github.com/fhamborg/NewsMTSC, MIT licence), rw train split, "
          "sentences of any test or dev split removed")
#: The word lists the features read besides the training data (they ship in the package).
LEXICONS = ("TextBlob's polarity lexicon (MIT licence); VADER's word valence, data/valence.csv (Hutto & Gilbert "
            "2014, MIT licence, built by bench/build_valence.py); the news-event lexicon data/sentiment_verbs.csv")
#: A feature seen in fewer training targets than this is dropped: a weight learned from one
#: example fits that example.
MIN_COUNT = 2
FOLDS = 5
SEED = 0
#: The polarity axis is scaled so that this is its 95th percentile (in absolute value) on the
#: training targets: scores use the range [-1, 1] without most of them being clipped.
SPREAD = 0.9
#: The weight of the sentence's bag of words (``W:``) beside the features by position: a word's
#: value is this times its inverse document frequency over the training targets (TF-IDF), so a
#: rare word of the sentence counts up to about a near word and a common one a tenth of it
#: (5-fold CV: 0.650 without the bag, 0.656 at 0.1, 0.657 at 0.13, 0.653 at 0.25; the plain bag
#: without IDF at 0.1 to 0.5: 0.650 to 0.653). Linear in the feature, so the export folds it
#: into the weights and the scorer reads ``W:`` words at value 1.
BAG_SCALE = 0.13
#: C of the NB-SVM in the comparison's ensemble (``svm+nbsvm``): the best of 0.002 to 0.1 on
#: fold seed 0 (0.003: 0.657, 0.005: 0.663, 0.01: 0.659, 0.03: 0.657).
NB_C = 0.005
#: The additive smoothing of the NB-SVM's feature counts (0.5 scored the same as 1 on CV).
NB_ALPHA = 1.0


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def featurise(recs: list[dict], families: str | None = None) -> list[dict]:
    rows = []
    keep = tuple(families.split(",")) if families else None
    for r in recs:
        d: dict[str, float] = {}
        for f in target_features(r["sentence"], r["start"], r["end"]):
            if keep is None or f.name.startswith(keep):
                d[f.name] = d.get(f.name, 0.0) + f.value
        rows.append(d)
    return rows


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for lab in range(3):
        tp = np.sum((gold == lab) & (pred == lab))
        fp = np.sum((gold != lab) & (pred == lab))
        fn = np.sum((gold == lab) & (pred != lab))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


def feature_scales(rows: list[dict]) -> dict[str, float]:
    """What each feature is multiplied by before fitting (1 when absent): :data:`BAG_SCALE` times
    the smoothed inverse document frequency of each ``W:`` word over ``rows`` (scikit-learn's
    ``TfidfVectorizer`` formula: ``ln((1 + n) / (1 + df)) + 1``)."""
    df = Counter(k for d in rows for k in d if k.startswith(BAG_PREFIX))
    n = len(rows)
    return {k: BAG_SCALE * (math.log((1 + n) / (1 + c)) + 1) for k, c in df.items()}


def rescale(rows: list[dict], scales: dict[str, float]) -> list[dict]:
    return [{k: v * scales.get(k, 1.0) for k, v in d.items()} for d in rows]


def vectorise(train_rows, test_rows):
    """The feature matrices, scaled by :func:`feature_scales` of the training part only."""
    from sklearn.feature_extraction import DictVectorizer

    scales = feature_scales(train_rows)
    train_rows = rescale(train_rows, scales)
    test_rows = rescale(test_rows, scales) if test_rows is not None else None
    counts = Counter(k for d in train_rows for k in d)
    keep = {k for k, c in counts.items() if c >= MIN_COUNT}
    vec = DictVectorizer()
    xtr = vec.fit_transform([{k: v for k, v in d.items() if k in keep} for d in train_rows])
    xte = vec.transform(test_rows) if test_rows is not None else None
    return vec, xtr, xte


def make_model(kind: str, c: float, balanced: bool):
    from sklearn.linear_model import LogisticRegression, RidgeClassifier
    from sklearn.svm import LinearSVC

    cw = "balanced" if balanced else None
    if kind == "lr":
        return LogisticRegression(C=c, class_weight=cw, max_iter=3000)
    if kind == "svm":
        return LinearSVC(C=c, class_weight=cw, max_iter=20000)
    if kind == "ridge":
        return RidgeClassifier(alpha=1.0 / c, class_weight=cw)
    if kind == "gbm":
        return _SmallBoosting(class_weight=cw)
    if kind == "nbsvm":
        return _NBSVM(c)
    if kind == "svm+nbsvm":
        return _Averaged([LinearSVC(C=c, class_weight=cw, max_iter=20000), _NBSVM(NB_C)])
    raise ValueError(kind)


class _Linear:
    """What the linear models of the comparison share: scores from ``coef_`` and ``intercept_``
    (so :func:`export` writes any of them as one weight per feature and class)."""

    coef_: np.ndarray
    intercept_: np.ndarray

    def decision_function(self, x):
        return np.asarray(x @ self.coef_.T) + self.intercept_

    def predict(self, x):
        return np.argmax(self.decision_function(x), axis=1)


class _NBSVM(_Linear):
    """NB-SVM (Wang & Manning 2012): for each class, a binary linear SVM (balanced) on the
    features scaled by that class's log-count ratio against the others. Linear in the features:
    class k's weight of a feature is its SVM weight times its ratio."""

    def __init__(self, c: float):
        self.c = c

    def fit(self, x, y):
        import scipy.sparse as sp
        from sklearn.svm import LinearSVC

        counts = abs(x)
        coefs, intercepts = [], []
        for k in range(len(LABELS)):
            p = NB_ALPHA + np.asarray(counts[y == k].sum(0)).ravel()
            q = NB_ALPHA + np.asarray(counts[y != k].sum(0)).ravel()
            ratio = np.log((p / p.sum()) / (q / q.sum()))
            m = LinearSVC(C=self.c, class_weight="balanced", max_iter=20000)
            m.fit(int32(sp.csr_matrix(x @ sp.diags(ratio))), (y == k).astype(int))
            coefs.append(m.coef_.ravel() * ratio)
            intercepts.append(m.intercept_[0])
        self.coef_, self.intercept_ = np.array(coefs), np.array(intercepts)
        return self


class _Averaged(_Linear):
    """The mean of linear models' class scores (or their weighted mean), each divided by its
    spread on the training data (the standard deviation of its decision values): still one weight per feature and
    class, so an explanation still adds up."""

    def __init__(self, models, weights=None):
        self.models = models
        self.weights = weights or [1.0] * len(models)

    def fit(self, x, y):
        coef, intercept = 0.0, 0.0
        for m, w in zip(self.models, self.weights):
            m.fit(x, y)
            share = w / float(np.std(m.decision_function(x))) / sum(self.weights)
            coef = coef + share * m.coef_
            intercept = intercept + share * m.intercept_
        self.coef_, self.intercept_ = coef, intercept
        return self


class _SmallBoosting:
    """Histogram gradient boosting (100 rounds of 15-leaf trees) on a dense copy: the comparison's
    small non-linear model."""

    def __init__(self, class_weight=None):
        from sklearn.ensemble import HistGradientBoostingClassifier

        self.model = HistGradientBoostingClassifier(max_iter=100, max_leaf_nodes=15, class_weight=class_weight,
                                                    random_state=SEED)

    def fit(self, x, y):
        self.model.fit(x.toarray(), y)
        return self

    def predict(self, x):
        return self.model.predict(x.toarray())


def int32(x):
    """scikit-learn's liblinear wants 32-bit sparse indices."""
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return x


def folds(recs: list[dict], y: np.ndarray, seed: int = SEED):
    from sklearn.model_selection import StratifiedGroupKFold

    groups = [r["sentence"] for r in recs]
    return list(StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed).split(np.zeros(len(y)), y, groups))


def cross_validate(rows, y, splits, kind, c, balanced) -> dict:
    """Macro-F1 of each held-out fold (the vocabulary is built on the training part only)."""
    f1 = []
    for tr, te in splits:
        _, xtr, xte = vectorise([rows[i] for i in tr], [rows[i] for i in te])
        m = make_model(kind, c, balanced).fit(int32(xtr), y[tr])
        pred = m.predict(int32(xte))
        pred[[BYSTANDER in rows[i] for i in te]] = 1  # as the package decides: a bystander is neutral
        f1.append(macro_f1(y[te], pred))
    return {"mean": float(np.mean(f1)), "sd": float(np.std(f1)), "folds": [round(f, 4) for f in f1]}


def compare(recs, y, splits, families):
    """Every model family on the same folds; gradient boosting on the lexicon, event and position
    features only (on tens of thousands of sparse word features it is slow and overfits)."""
    rows = featurise(recs, families)
    runs = [("svm", c, bal) for c in (0.003, 0.01, 0.03) for bal in (True, False)]
    runs += [("ridge", c, True) for c in (0.1, 1.0)] + [("lr", c, True) for c in (0.1, 1.0)]
    runs += [("nbsvm", c, True) for c in (0.003, NB_C, 0.01)] + [("svm+nbsvm", 0.01, True)]
    for kind, c, balanced in runs:
        t = time.perf_counter()
        res = cross_validate(rows, y, splits, kind, c, balanced)
        print(f"{kind:5s} C={c:<5} balanced={balanced!s:5s} macro-F1 {res['mean']:.3f} ± {res['sd']:.3f}"
              f"  ({time.perf_counter() - t:.0f}s)", flush=True)
    compact = [{k: v for k, v in d.items() if k.startswith(("TB", "EV", "T"))} for d in rows]
    for kind in ("gbm", "svm"):
        t = time.perf_counter()
        res = cross_validate(compact, y, splits, kind, 0.01, True)
        print(f"{kind:5s} lexicon/event/position features only: macro-F1 {res['mean']:.3f} ± {res['sd']:.3f}"
              f"  ({time.perf_counter() - t:.0f}s)", flush=True)


def export(y, rows, kind, c, balanced, cv: dict, path: str) -> None:
    vec, x, _ = vectorise(rows, None)
    m = make_model(kind, c, balanced).fit(int32(x), y)
    # the polarity axis (positive minus negative) is scaled so that 95 % of training targets
    # fall within [-1, 1] before the decision offset
    axis = m.decision_function(x) @ np.array([-1.0, 0.0, 1.0])
    scale = SPREAD / float(np.quantile(np.abs(axis), 0.95))
    weights = {}
    # the scorer reads the features unscaled: their scale goes into the weights
    feature_scale = feature_scales(rows)
    for name, col in zip(vec.get_feature_names_out(), m.coef_.T):
        w = [round(float(scale * feature_scale.get(name, 1.0) * v), 5) for v in col]
        if max(abs(v) for v in w) >= 5e-5:
            weights[name] = w
    model = {
        "format": 1,
        "kind": "linear, three classes (negative, neutral, positive)",
        "about": "z[k] = intercept[k] + sum(weights[f][k] * value[f]) over analysis.enrich.sentiment_features."
                 "target_features; the label is the largest z; the score is z[positive] - z[negative] "
                 "moved outside the neutral band for an opinion, 0 for neutral.",
        "source": SOURCE,
        "lexicons": LEXICONS,
        "trained_by": "bench/train_sentiment.py",
        "model": {"estimator": kind, "C": c, "class_weight": "balanced" if balanced else None,
                  "min_count": MIN_COUNT, "targets": len(y), "bag_scale": BAG_SCALE},
        "cv": {"folds": FOLDS, "grouped_by": "sentence", "macro_f1_mean": round(cv["mean"], 4),
               "macro_f1_sd": round(cv["sd"], 4)},
        "band": NEUTRAL_BAND,
        "intercept": [round(float(scale * v), 6) for v in m.intercept_],
        "weights": dict(sorted(weights.items())),
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(model, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    print(f"wrote {path}: {len(weights)} features, {os.path.getsize(path) / 1e3:.0f} kB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default=DEFAULT_TRAIN)
    ap.add_argument("--compare", action="store_true", help="compare models on CV; write nothing")
    ap.add_argument("--families", help="comma-separated feature-name prefixes to keep (ablation)")
    ap.add_argument("--model", default="svm+nbsvm", choices=("lr", "svm", "ridge", "nbsvm", "svm+nbsvm"))
    ap.add_argument("--fold-seed", type=int, default=SEED, help="the folds' shuffle (default %(default)s)")
    ap.add_argument("--C", type=float, default=0.01)
    ap.add_argument("--unbalanced", dest="balanced", action="store_false",
                    help="no class weights (default: balanced)")
    ap.add_argument("--out", default=str(MODEL_FILE))
    a = ap.parse_args()
    recs = load(a.train)
    y = np.array([LABELS.index(r["label"]) for r in recs])
    splits = folds(recs, y, a.fold_seed)
    if a.compare:
        compare(recs, y, splits, a.families)
        return
    rows = featurise(recs, a.families)
    cv = cross_validate(rows, y, splits, a.model, a.C, a.balanced)
    print(f"CV macro-F1 ({FOLDS} folds grouped by sentence): {cv['mean']:.3f} ± {cv['sd']:.3f} {cv['folds']}")
    export(y, rows, a.model, a.C, a.balanced, cv, a.out)


if __name__ == "__main__":
    main()
