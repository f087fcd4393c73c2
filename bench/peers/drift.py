#!/usr/bin/env python3
"""Task 2 peer: SciPy ks_2samp plus a NumPy PSI (10 reference-quantile bins) per feature.

The data are DriftBenchmark's, regenerated bit for bit by bench/drift-vs-scipy.py (SplitMix64 at
seed + i*F + f), so both sides see identical inputs without writing a 50-column file of a million
rows. Times REPS passes over all features on the generated arrays (generation not timed).

Usage: drift.py ROWS FEATURES REPS    prints one JSON object (median seconds, f0 and last-feature
statistics for the cross-check with the values DriftBenchmark logs)
"""
import importlib.util
import json
import pathlib
import statistics
import sys
import time

from scipy.stats import ks_2samp

_spec = importlib.util.spec_from_file_location(
    "drift_vs_scipy", pathlib.Path(__file__).resolve().parent.parent / "drift-vs-scipy.py")
_drift = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_drift)


def main():
    rows, features, reps = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    refs = [_drift.feature(rows, features, 1, f, False) for f in range(features)]
    curs = [_drift.feature(rows, features, 2, f, True) for f in range(features)]
    times = []
    for _ in range(reps):
        results = []
        t = time.perf_counter()
        for f in range(features):
            ks = ks_2samp(refs[f], curs[f])
            results.append((_drift.psi(refs[f], curs[f]), float(ks.statistic), float(ks.pvalue)))
        times.append(time.perf_counter() - t)
    last = features - 1
    print(json.dumps({"rows": rows, "features": features,
                      "seconds_median": statistics.median(times),
                      "f0": {"psi": results[0][0], "ks": results[0][1], "p": results[0][2]},
                      "flast": {"psi": results[last][0], "ks": results[last][1],
                                "p": results[last][2]}}))


if __name__ == "__main__":
    main()
