package org.leanml.eval.compare;

/**
 * The result of the Wilcoxon signed-rank test.
 *
 * @param statistic the smaller of the positive and negative rank sums
 * @param z the normal-approximation z of the statistic (not positive, since the statistic is the
 *     smaller sum)
 * @param pValue the two-sided p-value (exact or approximate, see {@code exact})
 * @param nNonzero the number of non-zero differences
 * @param exact whether the p-value comes from the exact distribution
 */
public record WilcoxonResult(
    double statistic, double z, double pValue, int nNonzero, boolean exact) {

  /**
   * Validates.
   *
   * @param statistic the smaller of the positive and negative rank sums
   * @param z the normal-approximation z of the statistic (not positive, since the statistic is the
   *     smaller sum)
   * @param pValue the two-sided p-value (exact or approximate, see {@code exact})
   * @param nNonzero the number of non-zero differences
   * @param exact whether the p-value comes from the exact distribution
   * @throws IllegalArgumentException if the p-value is outside {@code [0, 1]} or the count is
   *     negative
   */
  public WilcoxonResult {
    PValues.require(pValue, "pValue");
    if (nNonzero < 0) {
      throw new IllegalArgumentException("nNonzero must be >= 0 but was " + nNonzero);
    }
  }

  /**
   * Whether the test rejects equal error magnitudes at a level.
   *
   * @param alpha the significance level
   * @return {@code true} if {@code pValue < alpha}
   */
  public boolean reject(double alpha) {
    return pValue < alpha;
  }
}
