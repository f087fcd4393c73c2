#!/usr/bin/env python3
"""Times SciPy's ks_2samp plus a NumPy PSI on the data of DriftBenchmark (leanml-bench).

The data are generated bit for bit as org.leanml.bench.monitor.DriftData does: feature f of row i
is u * (1 + f/100) + shift, u = (SplitMix64(seed + i*F + f) >> 11) / 2**53, shift 0 for the
reference (seed 1) and 0.002*f for the current table (seed 2).

Usage: python3 bench/drift-vs-scipy.py [rows] [features]      (defaults 1000000 50)
Prints the time for all features and the statistics of features 0 and F-1, to compare with the
values DriftBenchmark logs in its setup.
"""
import sys
import time

import numpy as np
from scipy.stats import ks_2samp

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
M1 = np.uint64(0xBF58476D1CE4E5B9)
M2 = np.uint64(0x94D049BB133111EB)


def splitmix64(x):
    with np.errstate(over="ignore"):
        z = x * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * M1
        z = (z ^ (z >> np.uint64(27))) * M2
    return z ^ (z >> np.uint64(31))


def feature(rows, features, seed, f, current):
    idx = np.uint64(seed) + np.arange(rows, dtype=np.uint64) * np.uint64(features) + np.uint64(f)
    u = (splitmix64(idx) >> np.uint64(11)).astype(np.float64) * 2.0**-53
    return u * (1 + f / 100.0) + (0.002 * f if current else 0.0)


def psi(ref, cur, bins=10):
    edges = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
    r = np.bincount(np.searchsorted(edges, ref, side="left"), minlength=len(edges) + 1) / len(ref)
    c = np.bincount(np.searchsorted(edges, cur, side="left"), minlength=len(edges) + 1) / len(cur)
    r, c = np.maximum(r, 1e-4), np.maximum(c, 1e-4)
    return float(np.sum((c - r) * np.log(c / r)))


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    features = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    refs = [feature(rows, features, 1, f, False) for f in range(features)]
    curs = [feature(rows, features, 2, f, True) for f in range(features)]
    results = []
    start = time.perf_counter()
    for f in range(features):
        ks = ks_2samp(refs[f], curs[f])
        results.append((psi(refs[f], curs[f]), float(ks.statistic), float(ks.pvalue)))
    elapsed = time.perf_counter() - start
    print(f"rows={rows} features={features} scipy+numpy seconds={elapsed:.3f}")
    for f in (0, features - 1):
        p, d, pv = results[f]
        print(f"f{f}: psi={p!r} ks={d!r} p={pv!r}")


if __name__ == "__main__":
    main()
