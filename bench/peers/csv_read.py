#!/usr/bin/env python3
"""Task 5 peer: pandas.read_csv of the same numeric file leanml's CsvReadBenchmark reads.

Usage: csv_read.py FILE.csv REPS    prints one JSON object (rows, cells, median seconds)
"""
import json
import statistics
import sys
import time

import pandas as pd


def main():
    path, reps = sys.argv[1], int(sys.argv[2])
    df = pd.read_csv(path)  # warms the page cache and the imports
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        df = pd.read_csv(path)
        times.append(time.perf_counter() - t)
    print(json.dumps({"rows": df.shape[0], "cells": int(df.size),
                      "seconds_median": statistics.median(times)}))


if __name__ == "__main__":
    main()
