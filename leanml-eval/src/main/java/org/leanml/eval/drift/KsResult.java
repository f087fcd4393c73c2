package org.leanml.eval.drift;

/**
 * A two-sample Kolmogorov–Smirnov test result.
 *
 * @param statistic D, the largest distance between the two empirical distribution functions
 * @param pValue the two-sided p-value {@code P(D' >= D)} under equal distributions
 * @param exact whether the p-value is exact (else the asymptotic approximation)
 */
public record KsResult(double statistic, double pValue, boolean exact) {
  /**
   * Whether the test rejects equality at a level.
   *
   * @param alpha the level
   * @return {@code pValue < alpha}
   */
  public boolean reject(double alpha) {
    return pValue < alpha;
  }
}
