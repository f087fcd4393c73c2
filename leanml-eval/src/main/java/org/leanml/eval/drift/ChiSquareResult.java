package org.leanml.eval.drift;

/**
 * A chi-square test result.
 *
 * @param statistic the chi-square statistic
 * @param degreesOfFreedom the degrees of freedom
 * @param pValue the upper-tail p-value
 */
public record ChiSquareResult(double statistic, int degreesOfFreedom, double pValue) {
  /**
   * Whether the test rejects homogeneity at a level.
   *
   * @param alpha the level
   * @return {@code pValue < alpha}
   */
  public boolean reject(double alpha) {
    return pValue < alpha;
  }
}
