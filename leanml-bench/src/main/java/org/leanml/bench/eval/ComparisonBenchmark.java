package org.leanml.bench.eval;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.compare.PairedComparison;
import org.leanml.eval.metric.BinaryMetrics;
import org.leanml.eval.metric.MetricValues;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A paired comparison of two binary models on a million rows: metrics with intervals for both,
 * McNemar, DeLong, flips and a 2,000-resample bootstrap of the accuracy difference, on a 2-thread
 * executor. The baseline in the same run is one {@code Arrays.sort} of a copy of one score column
 * (the unavoidable core of any rank statistic), and the single-model metrics alone.
 *
 * <p>Run: {@code java -jar leanml-bench/target/benchmarks.jar ComparisonBenchmark -f 1 -wi 2 -i 3
 * -w 1s -r 1s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComparisonBenchmark {
  /** The number of rows. */
  @Param({"1000000"})
  public int rows;

  private int[] truth;
  private double[] baseline;
  private double[] candidate;
  private ExecutorService executor;

  /** Creates seeded scores: the candidate separates the classes a little better. */
  @Setup(Level.Trial)
  public void setUp() {
    ComparisonData data = ComparisonData.generate(rows);
    truth = data.truth();
    baseline = data.baseline();
    candidate = data.candidate();
    executor = Executors.newFixedThreadPool(2);
  }

  /** Stops the executor. */
  @TearDown(Level.Trial)
  public void tearDown() {
    executor.shutdownNow();
  }

  /**
   * Everything the speed target covers.
   *
   * @return the result
   */
  @Benchmark
  public ComparisonResult pairedComparison() {
    return PairedComparison.binary(truth, baseline, candidate)
        .withResamples(2000)
        .withSeed(1)
        .with(executor)
        .run();
  }

  /**
   * The metrics with intervals of one model.
   *
   * @return the metrics
   */
  @Benchmark
  public MetricValues singleModelMetrics() {
    return BinaryMetrics.evaluate(truth, baseline);
  }

  /**
   * Baseline: sorting a copy of one score column.
   *
   * @return the sorted copy
   */
  @Benchmark
  public double[] sortOneColumn() {
    double[] copy = baseline.clone();
    Arrays.sort(copy);
    return copy;
  }
}
