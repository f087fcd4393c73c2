package org.leanml.bench.monitor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.leanml.core.table.Table;
import org.leanml.eval.drift.DataSummary;
import org.leanml.eval.drift.DriftDetector;
import org.leanml.eval.drift.DriftReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drift of a current table of 1,000,000 rows × 50 numeric features against a reference summary
 * computed once (as stored with the model version), on a 2-thread pool (target ≤ 2 s): summarising
 * the current window (sorting each feature) plus PSI, Jensen–Shannon and KS per feature. {@code
 * bench/drift-vs-scipy.py} times SciPy's {@code ks_2samp} plus a NumPy PSI on the same data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DriftBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(DriftBenchmark.class);

  /** Rows per table. */
  @Param({"1000000"})
  public int rows;

  /** Numeric features. */
  @Param({"50"})
  public int features;

  private ExecutorService pool;
  private DataSummary reference;
  private Table current;
  private DriftDetector detector;

  /** Generates the data and the reference summary. */
  @Setup
  public void setUp() {
    pool = Executors.newFixedThreadPool(2);
    reference = DataSummary.of(DriftData.table(rows, features, 1, false), pool);
    current = DriftData.table(rows, features, 2, true);
    detector = DriftDetector.withDefaults().on(pool);
    DriftReport r = detector.compare(reference, DataSummary.of(current, pool));
    // For the cross-check with the Python script's printout.
    LOG.info(
        "f0: psi={} ks={} p={}; f49: psi={} ks={} p={}; drifted {}",
        r.features().get(0).psi(),
        r.features().get(0).statistic(),
        r.features().get(0).pValue(),
        r.features().get(features - 1).psi(),
        r.features().get(features - 1).statistic(),
        r.features().get(features - 1).pValue(),
        r.driftedFeatures().size());
  }

  /** Stops the pool. */
  @TearDown
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * Summarises the current window and compares it with the reference.
   *
   * @return the report
   */
  @Benchmark
  public DriftReport summariseAndCompare() {
    return detector.compare(reference, DataSummary.of(current, pool));
  }
}
