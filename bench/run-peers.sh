#!/usr/bin/env bash
# Measures leanml and the tools users would pick instead on the same inputs, in one run, and
# prints medians and the ratio per task (issue 8). Not part of `mvn verify`.
#
#   bench/run-peers.sh            # full sizes: 1,000,000 rows, 50 drift features, 5 repetitions
#   bench/run-peers.sh --smoke    # tiny inputs (10,000 rows, 5 features, 1 repetition), ~1-2 min
#   bench/run-peers.sh --tasks 1,3 --reps 3
#
# Tasks: 1 comparison report (JMH + `leanml compare` vs scikit-learn + statsmodels + NumPy + R pROC,
# with an agreement check that fails the script), 2 drift (JMH vs SciPy ks_2samp + NumPy PSI),
# 3 stacked ensembles on Spambase and Letter (vs scikit-learn StackingClassifier), 4 serving the
# Spambase ensemble (vs predict_proba), 5 CSV loading (JMH vs pandas.read_csv).
# Inputs are generated once, seeded, into target/peers/ and read by both sides; splits are row-index
# files written by leanml and read by scikit-learn. Results: target/peers/*.json, a summary table on
# standard output and a markdown fragment in target/peers/peers.md.
# Needs Java 17+, Maven, python3 with numpy/scipy/scikit-learn/statsmodels/pandas and R with pROC;
# missing ones are installed from Debian packages (apt-get) when possible. The data sets are those
# bundled in leanml-datasets; LEANML_DATASETS_DIR=<folder with spambase.csv, letter.csv> uses others.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/leanml-bench/target/benchmarks.jar"
CLI_JAR="$ROOT/leanml-cli/target/leanml-cli-0.1.0-SNAPSHOT-all.jar"
WORK="$ROOT/target/peers"
# spambase.csv and letter.csv: by default those bundled in leanml-datasets, decompressed into
# $WORK/datasets for the Python peers; LEANML_DATASETS_DIR names another folder holding them. Both
# sides read the same folder (the Java programs through -Dleanml.datasets.dir).
BUNDLED="$ROOT/leanml-datasets/src/main/resources/org/leanml/datasets"
DATASETS="${LEANML_DATASETS_DIR:-$WORK/datasets}"
PYTHON="${PYTHON:-$([[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || echo python3)}"
JAVA_QUIET=(-Dlogback.configurationFile=none -Djava.util.logging.config.file=/dev/null)

SMOKE=0
REPS=""
TASKS="1,2,3,4,5"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) SMOKE=1 ;;
    --reps) REPS="$2"; shift ;;
    --tasks) TASKS="$2"; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "run-peers: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ $SMOKE == 1 ]]; then
  ROWS=10000; FEATURES=5; CSV_ROWS=10000; REPS="${REPS:-1}"; CALLS=2000
  STRIDE_spambase=2; STRIDE_letter=40  # every 2nd / 40th row of each split part
  JMH_ARGS=(-f 1 -wi 1 -i "$REPS" -w 1s -r 1s)
else
  ROWS=1000000; FEATURES=50; CSV_ROWS=1000000; REPS="${REPS:-5}"; CALLS=20000
  STRIDE_spambase=1; STRIDE_letter=1
  JMH_ARGS=(-f 1 -wi 2 -i "$REPS" -w 1s -r 1s)
fi
has_task() { [[ ",$TASKS," == *",$1,"* ]]; }
now() { date +%s%N; }  # nanoseconds

echo "== checking the peers"
missing=()
"$PYTHON" -c 'import numpy, scipy' 2>/dev/null || missing+=(python3-numpy python3-scipy)
"$PYTHON" -c 'import sklearn' 2>/dev/null || missing+=(python3-sklearn)
"$PYTHON" -c 'import statsmodels' 2>/dev/null || missing+=(python3-statsmodels)
"$PYTHON" -c 'import pandas' 2>/dev/null || missing+=(python3-pandas)
Rscript -e 'suppressMessages(library(pROC))' >/dev/null 2>&1 || missing+=(r-cran-proc)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing from Debian packages: ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}"
  PYTHON=/usr/bin/python3
fi

echo "== building leanml (benchmarks and command-line jars, when absent or older than the sources)"
stale() {
  [[ ! -f "$1" ]] && return 0
  [[ -n "$(find "$ROOT" -path "$ROOT/*/target" -prune -o \( -name '*.java' -o -name pom.xml \) \
    -newer "$1" -print -quit)" ]]
}
if stale "$JAR" || stale "$CLI_JAR"; then
  (cd "$ROOT" && mvn -B -q -ntp -o -pl leanml-bench,leanml-cli -am package -DskipTests \
    -Dspotless.check.skip=true)
  touch "$CLI_JAR"
fi

mkdir -p "$WORK"
rm -f "$WORK"/*.json "$WORK"/*.txt "$WORK/peers.md"
if [[ -z "${LEANML_DATASETS_DIR:-}" ]]; then
  mkdir -p "$DATASETS"
  for name in spambase letter; do
    gzip -dc "$BUNDLED/$name.csv.gz" >"$DATASETS/$name.csv"
  done
fi
echo "datasets: $DATASETS"
{
  echo "{\"smoke\": $SMOKE, \"reps\": $REPS, \"rows\": $ROWS, \"features\": $FEATURES,"
  echo " \"cpu\": \"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')\","
  echo " \"cores\": $(nproc), \"memory_gb\": $(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo),"
  echo " \"jdk\": \"$(java -version 2>&1 | sed -n 1p | sed 's/"//g')\","
  echo " \"load_before\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"started\": \"$(date -u +%FT%TZ)\"}"
} >"$WORK/machine.json"
cat "$WORK/machine.json"

# Runs one JMH benchmark (regex $1) with extra arguments, writing $WORK/$2.json.
jmh() {
  local regex="$1" out="$2"; shift 2
  java -Djmh.ignoreLock=true -jar "$JAR" "$regex" "${JMH_ARGS[@]}" "$@" \
    -rf json -rff "$WORK/$out.json" >"$WORK/$out.log" 2>&1 || { cat "$WORK/$out.log"; exit 1; }
}
# The last JSON object a program printed (logging may precede it).
last_json() { grep '^{' | tail -1; }

if has_task 1; then
  echo "== task 1: comparison report on $ROWS rows"
  CMP="$WORK/comparison-$ROWS.csv"
  [[ -f "$CMP" ]] || java -cp "$JAR" org.leanml.bench.peers.PeerData comparison "$CMP" "$ROWS"
  java "${JAVA_QUIET[@]}" -cp "$JAR" org.leanml.bench.peers.ComparisonPeer "$CMP" \
    | last_json >"$WORK/t1-leanml-numbers.json"
  jmh 'ComparisonBenchmark.pairedComparison' t1-leanml-jmh -p rows="$ROWS"
  "$PYTHON" "$ROOT/bench/peers/comparison.py" "$CMP" "$REPS" >"$WORK/t1-python.json"
  Rscript "$ROOT/bench/peers/comparison.R" "$CMP" "$REPS" >"$WORK/t1-r.json"
  # End to end: a fresh process reading the file and reporting, leanml's CLI against the pair of
  # peer scripts run once each (their imports and CSV parsing included).
  cmd=("$ROOT/leanml" compare "$CMP" --label label --baseline baseline --candidate candidate
    --positive 1 --out "$WORK/t1-cli-report.txt")
  rm -f "$WORK/t1-cli-report.txt"
  "${cmd[@]}" >"$WORK/t1-cli.log" 2>&1 || true  # builds the CLI on first use; the gate may fail
  [[ -s "$WORK/t1-cli-report.txt" ]] || { cat "$WORK/t1-cli.log"; echo "leanml compare failed" >&2; exit 1; }
  : >"$WORK/t1-e2e-leanml.txt"; : >"$WORK/t1-e2e-peer.txt"
  for _ in $(seq "$REPS"); do
    t=$(now); "${cmd[@]}" >/dev/null 2>&1 || true; echo $(($(now) - t)) >>"$WORK/t1-e2e-leanml.txt"
    t=$(now)
    "$PYTHON" "$ROOT/bench/peers/comparison.py" "$CMP" 1 >/dev/null
    Rscript "$ROOT/bench/peers/comparison.R" "$CMP" 1 >/dev/null
    echo $(($(now) - t)) >>"$WORK/t1-e2e-peer.txt"
  done
fi

if has_task 2; then
  echo "== task 2: drift, $ROWS rows x $FEATURES features"
  jmh 'DriftBenchmark' t2-leanml-jmh -p rows="$ROWS" -p features="$FEATURES"
  "$PYTHON" "$ROOT/bench/peers/drift.py" "$ROWS" "$FEATURES" "$REPS" >"$WORK/t2-python.json"
fi

if has_task 3 || has_task 4; then
  echo "== tasks 3 and 4: stacked ensembles (and serving the Spambase one)"
  for ds in spambase:type letter:lettr; do
    name="${ds%%:*}"; label="${ds##*:}"; stride_var="STRIDE_$name"; stride="${!stride_var}"
    split="$WORK/$name-stride$stride"
    [[ -f "$split.train" ]] || java "${JAVA_QUIET[@]}" -cp "$JAR" \
      org.leanml.bench.peers.PeerData split "$DATASETS/$name.csv" "$label" 0.25 7 "$split" "$stride"
    if [[ $name == spambase ]] || has_task 3; then
      java "${JAVA_QUIET[@]}" -Dleanml.datasets.dir="$DATASETS" -cp "$JAR" \
        org.leanml.bench.peers.EnsemblePeer "$name" "$split" "$REPS" "$CALLS" 2>/dev/null \
        | last_json >"$WORK/t3-leanml-$name.json"
    fi
    if [[ $name == spambase ]] || has_task 3; then
      "$PYTHON" "$ROOT/bench/peers/ensemble.py" "$name" "$DATASETS" "$split" "$REPS" "$CALLS" \
        >"$WORK/t3-python-$name.json"
    fi
    if [[ $name == letter ]] && has_task 3; then
      # 26 classes: also learned simplex weights, the cheaper combiner
      java "${JAVA_QUIET[@]}" -Dleanml.datasets.dir="$DATASETS" -cp "$JAR" \
        org.leanml.bench.peers.EnsemblePeer "$name" "$split" "$REPS" "$CALLS" weights 2>/dev/null \
        | last_json >"$WORK/t3-leanml-$name-weights.json"
    fi
  done
fi

if has_task 5; then
  echo "== task 5: CSV loading, $CSV_ROWS x 20"
  CSV="$WORK/numeric-$CSV_ROWS-x20.csv"
  [[ -f "$CSV" ]] || java -cp "$JAR" org.leanml.bench.core.NumericCsv "$CSV" "$CSV_ROWS" 20
  jmh 'CsvReadBenchmark.numericInferred' t5-leanml-jmh \
    -jvmArgsAppend "-Dleanml.bench.csv=$CSV -Dleanml.datasets.dir=$DATASETS"
  "$PYTHON" "$ROOT/bench/peers/csv_read.py" "$CSV" "$REPS" >"$WORK/t5-python.json"
fi

echo "load_after: $(cut -d' ' -f1-3 /proc/loadavg)" >"$WORK/load-after.txt"
"$PYTHON" "$ROOT/bench/peers/summary.py" "$WORK"
