#!/usr/bin/env python3
"""Task 1 peer (Python half): the comparison report with scikit-learn, statsmodels and NumPy.

Reads label,baseline,candidate (written by org.leanml.bench.peers.PeerData) and, REPS times on the
loaded data, computes both AUCs (sklearn roc_auc_score), the McNemar table and exact p
(statsmodels mcnemar, exact=True), and a 2,000-resample paired bootstrap of the accuracy difference
(threshold 0.5, percentile 95% interval). The bootstrap draws the 2x2 correctness table from a
multinomial, which is exactly the distribution of resampling rows with replacement and far faster
than drawing a million indices per resample (the strongest NumPy version, not a straw man).

Usage: comparison.py FILE.csv REPS     prints one JSON object (numbers and median seconds)
"""
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from statsmodels.stats.contingency_tables import mcnemar


def compare(y, base, cand, resamples=2000, seed=1):
    auc_b = roc_auc_score(y, base)
    auc_c = roc_auc_score(y, cand)
    right_b = (base >= 0.5) == (y == 1)
    right_c = (cand >= 0.5) == (y == 1)
    n11 = int(np.count_nonzero(right_b & right_c))
    b = int(np.count_nonzero(right_b & ~right_c))
    c = int(np.count_nonzero(~right_b & right_c))
    n00 = len(y) - n11 - b - c
    p_exact = float(mcnemar([[n11, b], [c, n00]], exact=True).pvalue)
    n = len(y)
    counts = np.random.default_rng(seed).multinomial(n, np.array([n11, b, c, n00]) / n, resamples)
    diffs = (counts[:, 2] - counts[:, 1]) / n
    low, high = np.percentile(diffs, [2.5, 97.5])
    return {
        "n": n, "auc_baseline": float(auc_b), "auc_candidate": float(auc_c), "b": b, "c": c,
        "mcnemar_p_exact": p_exact, "acc_diff": (c - b) / n,
        "boot_low": float(low), "boot_high": float(high),
    }


def main():
    path, reps = sys.argv[1], int(sys.argv[2])
    t0 = time.perf_counter()
    df = pd.read_csv(path)
    load = time.perf_counter() - t0
    y = df["label"].to_numpy()
    base = df["baseline"].to_numpy()
    cand = df["candidate"].to_numpy()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        out = compare(y, base, cand)
        times.append(time.perf_counter() - t)
    out["load_seconds"] = load
    out["compute_seconds_median"] = statistics.median(times)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
