#!/usr/bin/env bash
# Compares LeanML's CSV reader with pandas.read_csv on the same generated 1,000,000 x 20 numeric
# file, in one run, and prints the ratio. Both read single-threaded.
#
#   bench/csv-vs-pandas.sh            # short JMH settings (-f 1 -wi 2 -i 3 -w 1s -r 1s)
#   JMH_ARGS="-f 2 -wi 5 -i 10" bench/csv-vs-pandas.sh
#
# Needs: python3 with pandas; a built leanml-bench/target/benchmarks.jar (built here if absent,
# with `mvn package`, never `install`).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/leanml-bench/target/benchmarks.jar"
# apt installs pandas for the system python; a pyenv shim may shadow it
PYTHON="${PYTHON:-$([[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || echo python3)}"
JMH_ARGS="${JMH_ARGS:--f 1 -wi 2 -i 3 -w 1s -r 1s}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
CSV="$WORK/numeric-1m-x20.csv"
JMH_JVM_ARGS="-Dleanml.bench.csv=$CSV"
# The spambase benchmark reads the copy bundled in leanml-datasets, unless LEANML_DATASETS_DIR
# names another folder holding spambase.csv.
if [[ -n "${LEANML_DATASETS_DIR:-}" ]]; then
  JMH_JVM_ARGS="$JMH_JVM_ARGS -Dleanml.datasets.dir=$LEANML_DATASETS_DIR"
fi
ROWS=1000000
COLS=20
CELLS=$((ROWS * COLS))

if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && mvn -B -q -ntp -o -pl leanml-bench -am package -DskipTests)
fi

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') x $(nproc)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | sed -n 1p
"$PYTHON" -c 'import pandas, sys; print("python", sys.version.split()[0], "pandas", pandas.__version__)'

echo "== generating $ROWS x $COLS numeric file"
java -cp "$JAR" org.leanml.bench.core.NumericCsv "$CSV" "$ROWS" "$COLS"
ls -l "$CSV" | awk '{print $5 " bytes"}'

echo "== pandas.read_csv (median of 5)"
PANDAS_S=$("$PYTHON" - "$CSV" <<'PY'
import statistics, sys, time
import pandas as pd
path = sys.argv[1]
pd.read_csv(path)  # warm the page cache and imports
times = []
for _ in range(5):
    t = time.perf_counter()
    df = pd.read_csv(path)
    times.append(time.perf_counter() - t)
assert df.shape == (1000000, 20), df.shape
print(f"{statistics.median(times):.4f}")
PY
)
echo "pandas median: ${PANDAS_S} s"

echo "== JMH CsvReadBenchmark ($JMH_ARGS)"
# JMH refuses to run while another JMH instance holds /tmp/jmh.lock; wait for it rather than
# measure two benchmarks fighting over the same cores.
for attempt in $(seq 1 60); do
  # shellcheck disable=SC2086
  if java -jar "$JAR" 'org.leanml.bench.core.CsvReadBenchmark' $JMH_ARGS \
      -jvmArgsAppend "$JMH_JVM_ARGS" \
      -rf json -rff "$WORK/jmh.json" >"$WORK/jmh.out" 2>&1; then
    break
  fi
  if grep -q 'Unable to acquire the JMH lock' "$WORK/jmh.out"; then
    echo "(another JMH run holds the lock; waiting, attempt $attempt)"
    sleep 20
  else
    cat "$WORK/jmh.out"
    exit 1
  fi
done
grep -E '^(Benchmark|CsvReadBenchmark)' "$WORK/jmh.out"
echo "load average after JMH: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PYTHON" - "$WORK/jmh.json" "$PANDAS_S" "$CELLS" <<'PY'
import json, sys
results = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
pandas_s, cells = float(sys.argv[2]), int(sys.argv[3])
pandas_rate = cells / pandas_s
print("== summary (cells per second, single thread)")
print(f"pandas.read_csv            {pandas_rate:14,.0f}")
for name in ("numericInferred", "numericExplicit", "numericCharsOnly", "spambase"):
    if name in results:
        print(f"leanml {name:20s}{results[name]:14,.0f}")
for name in ("numericInferred", "numericExplicit"):
    if name in results:
        print(f"ratio leanml {name} / pandas = {results[name] / pandas_rate:.2f}")
if "numericInferred" in results:
    met = results["numericInferred"] >= 5_000_000
    print(f"target >= 5,000,000 cells/s (inferred): {'met' if met else 'NOT met'}")
PY
