package org.leanml.eval.monitor;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a binomial proportion.
 *
 * <p>Reference: E. B. Wilson, "Probable inference, the law of succession, and statistical
 * inference", JASA 22 (1927), doi:10.1080/01621459.1927.10502953.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record WilsonInterval(double lower, double upper) {

  /**
   * The interval for {@code successes} out of {@code n} at a confidence level.
   *
   * @param successes successes, in [0, n]
   * @param n trials, {@code >= 1}
   * @param confidence the two-sided confidence level, in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static WilsonInterval of(long successes, long n, double confidence) {
    if (n < 1 || successes < 0 || successes > n) {
      throw new IllegalArgumentException(
          "need 0 <= successes <= n and n >= 1 but got " + successes + " of " + n);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1) but was " + confidence);
    }
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
    double p = successes / (double) n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
    return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
