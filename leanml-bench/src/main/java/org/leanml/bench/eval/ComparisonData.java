package org.leanml.bench.eval;

import java.util.SplittableRandom;

/**
 * The seeded scores of {@link ComparisonBenchmark}: two binary models on {@code rows} rows, 30%
 * positives, the candidate separating the classes a little better. {@code
 * org.leanml.bench.peers.PeerData} writes the same numbers to CSV for the peers.
 *
 * @param truth 0/1 labels
 * @param baseline the baseline's scores
 * @param candidate the candidate's scores
 */
// Benchmark input, handed to the code under test as is: copying the arrays would be timed too, and
// no benchmark compares two instances.
@SuppressWarnings("ArrayRecordComponent")
public record ComparisonData(int[] truth, double[] baseline, double[] candidate) {

  /**
   * Generates the data with seed 42.
   *
   * @param rows the number of rows
   * @return the data
   * @throws IllegalArgumentException if {@code rows < 1}
   */
  public static ComparisonData generate(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1 but was " + rows);
    }
    SplittableRandom rnd = new SplittableRandom(42);
    int[] truth = new int[rows];
    double[] baseline = new double[rows];
    double[] candidate = new double[rows];
    for (int i = 0; i < rows; i++) {
      truth[i] = rnd.nextDouble() < 0.3 ? 1 : 0;
      double noise = rnd.nextGaussian();
      baseline[i] = sigmoid(1.2 * truth[i] - 0.6 + noise);
      candidate[i] = sigmoid(1.4 * truth[i] - 0.7 + 0.8 * noise + 0.5 * rnd.nextGaussian());
    }
    return new ComparisonData(truth, baseline, candidate);
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
