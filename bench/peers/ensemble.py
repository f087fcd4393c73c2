#!/usr/bin/env python3
"""Tasks 3 and 4 peer: scikit-learn StackingClassifier on the same split files as leanml.

spambase: three members, each a Pipeline(select the group's columns, StandardScaler,
LogisticRegression) on the 48 word, 6 character and 3 capital-run columns; letter: a
DecisionTreeClassifier (max_depth 16, min_samples_leaf 5, as leanml's CART defaults) and a scaled
LogisticRegression on all 16 features. Final estimator: LogisticRegression (C=1, as leanml's
meta-model lambda 1), cv=5, stack_method predict_proba, 2 jobs (leanml trains on 2 threads).
The JSON also holds each fitted member's own held-out accuracy (member_accuracy).
Serving (spambase): predict_proba of one row (a 1 x 57 array) for SERVING_CALLS calls after a
warm-up: p50 and p99; then predict_proba of the whole table, rows per second (median of REPS).

Usage: ensemble.py spambase|letter DATASETS_DIR SPLIT_PREFIX REPS [SERVING_CALLS]  prints JSON
"""
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import StackingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier


def logistic(columns):
    select = ColumnTransformer([("g", "passthrough", columns)])
    return Pipeline([("select", select), ("scale", StandardScaler()),
                     ("lr", LogisticRegression(max_iter=1000))])


def main():
    dataset, data_dir, prefix, reps = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    calls = int(sys.argv[5]) if len(sys.argv) > 5 else 20000
    df = pd.read_csv(f"{data_dir}/{dataset}.csv")
    label = "type" if dataset == "spambase" else "lettr"
    features = [c for c in df.columns if c != label]
    x = df[features].to_numpy(dtype=np.float64)
    y = df[label].to_numpy()
    train = np.loadtxt(prefix + ".train", dtype=np.int64)
    test = np.loadtxt(prefix + ".test", dtype=np.int64)
    if dataset == "spambase":
        members = [("words", logistic(list(range(0, 48)))),
                   ("chars", logistic(list(range(48, 54)))),
                   ("capitals", logistic(list(range(54, 57))))]
    else:
        members = [("tree", DecisionTreeClassifier(max_depth=16, min_samples_leaf=5,
                                                   random_state=1)),
                   ("logistic", logistic(list(range(len(features)))))]
    times = []
    for _ in range(reps):
        model = StackingClassifier(members, final_estimator=LogisticRegression(max_iter=1000),
                                   cv=5, stack_method="predict_proba", n_jobs=2)
        t = time.perf_counter()
        model.fit(x[train], y[train])
        times.append(time.perf_counter() - t)
    out = {"dataset": dataset, "train_rows": len(train), "test_rows": len(test),
           "train_seconds_median": statistics.median(times),
           "accuracy": float(np.mean(model.predict(x[test]) == y[test])),
           # each member as fitted on all training rows, alone (members are fitted on the
           # label-encoded classes, hence classes_[...])
           "member_accuracy": {
               name: float(np.mean(model.classes_[est.predict(x[test])] == y[test]))
               for (name, _), est in zip(members, model.estimators_)}}
    if dataset == "spambase":
        model.set_params(n_jobs=None)
        xt = x[test]
        for i in range(min(calls, 2000)):
            model.predict_proba(xt[i % len(xt)].reshape(1, -1))
        nanos = []
        for i in range(calls):
            row = xt[i % len(xt)].reshape(1, -1)
            t = time.perf_counter_ns()
            model.predict_proba(row)
            nanos.append(time.perf_counter_ns() - t)
        nanos.sort()
        batch = []
        for _ in range(max(reps, 3)):
            t = time.perf_counter()
            model.predict_proba(x)
            batch.append(time.perf_counter() - t)
        out.update({"single_p50_us": nanos[calls // 2] / 1e3,
                    "single_p99_us": nanos[min(calls - 1, round(calls * 0.99))] / 1e3,
                    "batch_rows": len(x), "batch_rows_per_s": len(x) / statistics.median(batch)})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
