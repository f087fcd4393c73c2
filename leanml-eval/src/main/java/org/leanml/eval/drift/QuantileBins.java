package org.leanml.eval.drift;

import java.util.Arrays;

/**
 * Bins at a reference sample's quantiles, shared by PSI and the Jensen–Shannon distance.
 *
 * <p>The edges are the quantiles {@code k/B}, {@code k = 1 … B−1}, of the reference sample by
 * linear interpolation between order statistics ({@link NumericSample#quantile}), with duplicate
 * edges removed. The bins are right-closed: {@code (−∞, e1], (e1, e2], …, (e_last, +∞)}, so there
 * are (number of distinct edges + 1) bins — fewer than {@code B} when the reference has ties.
 */
public final class QuantileBins {
  private final double[] edges;

  private QuantileBins(double[] edges) {
    this.edges = edges;
  }

  /**
   * The bins of a reference sample.
   *
   * @param reference the reference sample, not empty
   * @param bins the intended number of bins B, {@code >= 2}
   * @return the bins
   * @throws IllegalArgumentException if bins is below 2 or the sample is empty
   */
  public static QuantileBins of(NumericSample reference, int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("bins must be >= 2 but was " + bins);
    }
    if (reference.size() == 0) {
      throw new IllegalArgumentException(
          "feature '" + reference.name() + "' has no reference values to bin");
    }
    double[] e = new double[bins - 1];
    int k = 0;
    for (int i = 1; i < bins; i++) {
      double q = reference.quantile(i / (double) bins);
      if (k == 0 || q != e[k - 1]) {
        e[k++] = q;
      }
    }
    return new QuantileBins(Arrays.copyOf(e, k));
  }

  /**
   * Bins with explicit edges.
   *
   * @param edges strictly increasing, finite edges
   * @return the bins
   * @throws IllegalArgumentException if the edges are not strictly increasing and finite
   */
  public static QuantileBins ofEdges(double... edges) {
    for (int i = 0; i < edges.length; i++) {
      if (!Double.isFinite(edges[i]) || (i > 0 && edges[i] <= edges[i - 1])) {
        throw new IllegalArgumentException(
            "edges must be finite and strictly increasing but edges[" + i + "] = " + edges[i]);
      }
    }
    return new QuantileBins(edges.clone());
  }

  /**
   * A copy of the distinct edges.
   *
   * @return the edges
   */
  public double[] edges() {
    return edges.clone();
  }

  /**
   * The number of bins.
   *
   * @return edges + 1
   */
  public int binCount() {
    return edges.length + 1;
  }

  /**
   * The bin of a value: the number of edges strictly below it.
   *
   * @param x a non-NaN value
   * @return the bin index
   */
  public int binOf(double x) {
    int lo = 0;
    int hi = edges.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The count per bin of a sorted sample, by binary search at each edge.
   *
   * @param sample the sample
   * @return one count per bin
   */
  public long[] counts(NumericSample sample) {
    long[] c = new long[binCount()];
    int previous = 0;
    for (int i = 0; i < edges.length; i++) {
      int atMost = sample.countAtMost(edges[i]);
      c[i] = (long) atMost - previous;
      previous = atMost;
    }
    c[edges.length] = (long) sample.size() - previous;
    return c;
  }
}
