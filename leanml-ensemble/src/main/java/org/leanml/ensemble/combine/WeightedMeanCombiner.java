package org.leanml.ensemble.combine;

import java.util.Arrays;
import org.leanml.core.contract.OutputContract;

/**
 * A weighted mean of the present members' outputs. Weights are kept as given; each row divides by
 * the sum of the present members' weights, so an abstaining member's weight is spread over the
 * others in proportion. Fits exactly as many members as it has weights.
 */
public final class WeightedMeanCombiner implements Combiner {
  private final double[] weights;

  WeightedMeanCombiner(double[] weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights must not be empty");
    }
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
        throw new IllegalArgumentException(
            "weights[" + i + "] must be finite and >= 0 but was " + weights[i]);
      }
      sum += weights[i];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "weights must not all be zero: " + Arrays.toString(weights));
    }
    this.weights = weights.clone();
  }

  /**
   * The weights, one per member in member order.
   *
   * @return a copy
   */
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public String kind() {
    return "weighted-mean";
  }

  /**
   * Not symmetric: each weight belongs to a position. Reordering the members together with their
   * weights gives the same result.
   *
   * @return {@code false}
   */
  @Override
  public boolean symmetric() {
    return false;
  }

  @Override
  public void checkFits(int memberCount, OutputContract output) {
    if (weights.length != memberCount) {
      throw new IllegalArgumentException(
          "weights has "
              + weights.length
              + " entries but the ensemble has "
              + memberCount
              + " members");
    }
  }

  @Override
  public void combine(double[] outputs, boolean[] present, double[] out) {
    int w = out.length;
    Arrays.fill(out, 0.0);
    double total = 0;
    for (int m = 0; m < present.length; m++) {
      if (present[m]) {
        double wm = weights[m];
        total += wm;
        for (int c = 0, base = m * w; c < w; c++) {
          out[c] += wm * outputs[base + c];
        }
      }
    }
    if (total > 0) {
      for (int c = 0; c < w; c++) {
        out[c] /= total;
      }
    } else {
      // Only zero-weight members are present: fall back to their plain mean rather than divide by
      // 0.
      MeanCombiner.INSTANCE.combine(outputs, present, out);
    }
  }

  @Override
  public Attribution attribute(double[] outputs, boolean[] present, int width) {
    double total = 0;
    for (int m = 0; m < present.length; m++) {
      total += present[m] ? weights[m] : 0;
    }
    if (!(total > 0)) {
      return MeanCombiner.INSTANCE.attribute(outputs, present, width);
    }
    double[][] contrib = new double[present.length][width];
    for (int m = 0; m < present.length; m++) {
      if (present[m]) {
        for (int c = 0; c < width; c++) {
          contrib[m][c] = weights[m] * outputs[m * width + c] / total;
        }
      }
    }
    return new Attribution(MeanCombiner.scaleOf(width), new double[width], contrib);
  }

  /**
   * The same weights without one member's.
   *
   * @param index the removed member's position
   * @return the adapted combiner
   * @throws IllegalStateException if the only members left have zero weight
   */
  @Override
  public Combiner withoutMember(int index) {
    double[] w = new double[weights.length - 1];
    for (int i = 0, j = 0; i < weights.length; i++) {
      if (i != index) {
        w[j++] = weights[i];
      }
    }
    try {
      return new WeightedMeanCombiner(w);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("without member " + index + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedMeanCombiner c && Arrays.equals(weights, c.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "WeightedMeanCombiner" + Arrays.toString(weights);
  }
}
