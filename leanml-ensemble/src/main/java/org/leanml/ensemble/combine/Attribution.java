package org.leanml.ensemble.combine;

import java.util.Arrays;

/**
 * One row's combined result split additively: {@code baseline[c] + sum over members of
 * contributions[m][c]} equals the combined result on {@link #scale()} for every output {@code c}.
 *
 * @param scale what the numbers are
 * @param baseline the part no member is responsible for (e.g. a meta-model's intercept)
 * @param contributions one row per member, in member order, each as wide as the output
 */
// The array components are cloned in and out, and equals, hashCode and toString are overridden
// to use their contents, which is what ArrayRecordComponent guards against; the public
// accessors' array types are part of the API.
@SuppressWarnings("ArrayRecordComponent")
public record Attribution(Scale scale, double[] baseline, double[][] contributions) {

  /** What an attribution's numbers measure. */
  public enum Scale {
    /** Class probabilities: contributions add up to the combined probabilities. */
    PROBABILITY,
    /**
     * A meta-model's linear predictor per class (log-odds against the last class, which has 0); the
     * combined probabilities are its softmax.
     */
    LOG_ODDS,
    /** The regression value. */
    VALUE
  }

  /**
   * Validates and copies.
   *
   * @param scale what the numbers are
   * @param baseline the part no member is responsible for (e.g. a meta-model's intercept)
   * @param contributions one row per member, in member order, each as wide as the output
   * @throws IllegalArgumentException if a contribution row is not as wide as the baseline
   * @throws NullPointerException if an argument is null
   */
  public Attribution {
    java.util.Objects.requireNonNull(scale, "scale");
    baseline = baseline.clone();
    double[][] c = new double[contributions.length][];
    for (int m = 0; m < c.length; m++) {
      if (contributions[m].length != baseline.length) {
        throw new IllegalArgumentException(
            "contributions["
                + m
                + "] has "
                + contributions[m].length
                + " entries but the baseline has "
                + baseline.length);
      }
      c[m] = contributions[m].clone();
    }
    contributions = c;
  }

  /**
   * The baseline.
   *
   * @return a copy
   */
  @Override
  public double[] baseline() {
    return baseline.clone();
  }

  /**
   * The contributions.
   *
   * @return a deep copy
   */
  @Override
  public double[][] contributions() {
    double[][] c = new double[contributions.length][];
    for (int m = 0; m < c.length; m++) {
      c[m] = contributions[m].clone();
    }
    return c;
  }

  /**
   * One member's contribution.
   *
   * @param member the member's position
   * @return a copy
   * @throws IndexOutOfBoundsException if the position is out of range
   */
  public double[] contribution(int member) {
    return contributions[member].clone();
  }

  /**
   * Baseline plus all contributions, per output.
   *
   * @return a new array
   */
  public double[] total() {
    double[] t = baseline.clone();
    for (double[] c : contributions) {
      for (int i = 0; i < t.length; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribution a
        && scale == a.scale
        && Arrays.equals(baseline, a.baseline)
        && Arrays.deepEquals(contributions, a.contributions);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * scale.hashCode() + Arrays.hashCode(baseline))
        + Arrays.deepHashCode(contributions);
  }

  @Override
  public String toString() {
    return "Attribution["
        + scale
        + ", baseline="
        + Arrays.toString(baseline)
        + ", contributions="
        + Arrays.deepToString(contributions)
        + "]";
  }
}
