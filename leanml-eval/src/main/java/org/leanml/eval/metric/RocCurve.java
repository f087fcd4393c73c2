package org.leanml.eval.metric;

import java.util.Arrays;

/**
 * A ROC curve: false and true positive rates at decreasing thresholds, from {@code (0, 0)} to
 * {@code (1, 1)}.
 *
 * @param fpr the false positive rates, non-decreasing
 * @param tpr the true positive rates, non-decreasing
 */
// The array components are cloned in and out, and equals, hashCode and toString are overridden
// to use their contents, which is what ArrayRecordComponent guards against; the public
// accessors' array types are part of the API.
@SuppressWarnings("ArrayRecordComponent")
public record RocCurve(double[] fpr, double[] tpr) {

  /**
   * Validates and copies.
   *
   * @param fpr the false positive rates, non-decreasing
   * @param tpr the true positive rates, non-decreasing
   * @throws IllegalArgumentException if the arrays differ in length or have fewer than 2 points
   */
  public RocCurve {
    if (fpr.length != tpr.length || fpr.length < 2) {
      throw new IllegalArgumentException(
          "fpr and tpr need the same length >= 2 but have " + fpr.length + " and " + tpr.length);
    }
    fpr = fpr.clone();
    tpr = tpr.clone();
  }

  /**
   * The false positive rates.
   *
   * @return a copy
   */
  @Override
  public double[] fpr() {
    return fpr.clone();
  }

  /**
   * The true positive rates.
   *
   * @return a copy
   */
  @Override
  public double[] tpr() {
    return tpr.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RocCurve r && Arrays.equals(fpr, r.fpr) && Arrays.equals(tpr, r.tpr);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(fpr) + Arrays.hashCode(tpr);
  }

  @Override
  public String toString() {
    return "RocCurve[" + fpr.length + " points]";
  }

  /**
   * The number of points.
   *
   * @return the point count
   */
  public int size() {
    return fpr.length;
  }

  /**
   * The equal error rate, where {@code FPR = 1 − TPR}, interpolated linearly on the curve.
   *
   * @return the equal error rate
   */
  public double equalErrorRate() {
    double g0 = fpr[0] + tpr[0] - 1;
    for (int k = 1; k < fpr.length; k++) {
      double g1 = fpr[k] + tpr[k] - 1;
      if (g1 >= 0) {
        if (g1 == g0) {
          return fpr[k];
        }
        double lambda = -g0 / (g1 - g0);
        return fpr[k - 1] + lambda * (fpr[k] - fpr[k - 1]);
      }
      g0 = g1;
    }
    return fpr[fpr.length - 1];
  }

  /**
   * At most {@code maxPoints} points of this curve, evenly spaced by index and keeping both ends,
   * for plotting.
   *
   * @param maxPoints the most points to keep, at least 2
   * @return this curve if it is small enough, otherwise a thinned copy
   * @throws IllegalArgumentException if {@code maxPoints < 2}
   */
  public RocCurve thin(int maxPoints) {
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be >= 2 but was " + maxPoints);
    }
    if (fpr.length <= maxPoints) {
      return this;
    }
    double[] f = new double[maxPoints];
    double[] t = new double[maxPoints];
    for (int k = 0; k < maxPoints; k++) {
      int src = (int) Math.round((double) k * (fpr.length - 1) / (maxPoints - 1));
      f[k] = fpr[src];
      t[k] = tpr[src];
    }
    return new RocCurve(f, t);
  }
}
