package org.leanml.bench.ensemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A supplement to {@link EnsembleBenchmark} for a shared, noisy machine: runs the ensemble, the
 * hand-rolled members and Tribuo's {@code WeightedEnsembleModel} single-row paths in alternating
 * short rounds of 20,000 rows each, so that load changes hit all three alike, and prints the median
 * of the per-round time ratios after 10 warm-up rounds.
 *
 * <p>Run: {@code java -cp leanml-bench/target/benchmarks.jar
 * org.leanml.bench.ensemble.InterleavedComparison}.
 */
public final class InterleavedComparison {
  private static final int ROWS = 20_000;
  private static final int ROUNDS = 40;
  private static final int WARMUP = 10;

  private InterleavedComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args unused
   * @throws Exception if the data cannot be read
   */
  public static void main(String[] args) throws Exception {
    EnsembleBenchmark b = new EnsembleBenchmark();
    b.setUp();
    List<Double> ensembleOverHand = new ArrayList<>();
    List<Double> tribuoOverEnsemble = new ArrayList<>();
    int sink = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < ROWS; i++) {
        sink += b.ensembleSingleRow().argMax();
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < ROWS; i++) {
        sink += b.handRolledSingleRow().argMax();
      }
      long t2 = System.nanoTime();
      for (int i = 0; i < ROWS; i++) {
        sink += b.tribuoWeightedEnsembleSingleRow().getOutput().getLabel().length();
      }
      long t3 = System.nanoTime();
      if (round >= WARMUP) {
        ensembleOverHand.add((double) (t1 - t0) / (t2 - t1));
        tribuoOverEnsemble.add((double) (t3 - t2) / (t1 - t0));
      }
      System.out.printf(
          "round %2d: ensemble %6d ns/row, hand-rolled %6d ns/row, Tribuo ensemble %6d ns/row%n",
          round, (t1 - t0) / ROWS, (t2 - t1) / ROWS, (t3 - t2) / ROWS);
    }
    b.tearDown();
    System.out.printf(
        "median ensemble / hand-rolled = %.3f (quartiles %.3f, %.3f)%n",
        median(ensembleOverHand),
        quantile(ensembleOverHand, 0.25),
        quantile(ensembleOverHand, 0.75));
    System.out.printf(
        "median Tribuo WeightedEnsembleModel / ensemble = %.3f (quartiles %.3f, %.3f)%n",
        median(tribuoOverEnsemble),
        quantile(tribuoOverEnsemble, 0.25),
        quantile(tribuoOverEnsemble, 0.75));
    System.out.println("(checksum " + sink + ")");
  }

  private static double median(List<Double> v) {
    return quantile(v, 0.5);
  }

  private static double quantile(List<Double> v, double q) {
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    return s.get((int) Math.floor(q * (s.size() - 1)));
  }
}
