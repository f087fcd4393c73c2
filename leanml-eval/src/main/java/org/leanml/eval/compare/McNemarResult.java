package org.leanml.eval.compare;

/**
 * The result of McNemar's test.
 *
 * @param b rows the baseline gets right and the candidate wrong
 * @param c rows the baseline gets wrong and the candidate right
 * @param pExact the exact two-sided binomial p-value
 * @param pMid the mid-p value
 * @param chi2cc the chi-square statistic with continuity correction
 * @param pChi2cc its p-value on one degree of freedom
 */
public record McNemarResult(
    long b, long c, double pExact, double pMid, double chi2cc, double pChi2cc) {

  /**
   * Validates.
   *
   * @param b rows the baseline gets right and the candidate wrong
   * @param c rows the baseline gets wrong and the candidate right
   * @param pExact the exact two-sided binomial p-value
   * @param pMid the mid-p value
   * @param chi2cc the chi-square statistic with continuity correction
   * @param pChi2cc its p-value on one degree of freedom
   * @throws IllegalArgumentException if a count is negative or a p-value is outside {@code [0, 1]}
   */
  public McNemarResult {
    if (b < 0 || c < 0) {
      throw new IllegalArgumentException("b and c must be >= 0 but were " + b + ", " + c);
    }
    PValues.require(pExact, "pExact");
    PValues.require(pMid, "pMid");
    PValues.require(pChi2cc, "pChi2cc");
  }

  /**
   * Whether the exact test rejects equal error rates at a level.
   *
   * @param alpha the significance level
   * @return {@code true} if {@code pExact < alpha}
   */
  public boolean reject(double alpha) {
    return pExact < alpha;
  }
}
