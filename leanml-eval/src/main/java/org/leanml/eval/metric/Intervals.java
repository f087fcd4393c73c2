package org.leanml.eval.metric;

import org.apache.commons.math3.special.Erf;

/**
 * Normal quantiles and tail probabilities, and the Wilson score interval for a proportion.
 *
 * <p>References: E. B. Wilson, "Probable inference, the law of succession, and statistical
 * inference", JASA 22 (1927) 209-212, doi:10.1080/01621459.1927.10502953.
 */
public final class Intervals {
  private Intervals() {}

  /**
   * The two-sided normal quantile {@code z} with {@code P(|Z| <= z) = confidence}.
   *
   * @param confidence the confidence level, in {@code (0, 1)}
   * @return the quantile (1.959963984540054 for 0.95)
   * @throws IllegalArgumentException if the confidence is outside {@code (0, 1)}
   */
  public static double z(double confidence) {
    requireConfidence(confidence);
    return Math.sqrt(2) * Erf.erfInv(confidence);
  }

  /**
   * The standard normal quantile function.
   *
   * @param p a probability in {@code (0, 1)}
   * @return {@code Φ⁻¹(p)}; infinite at 0 and 1
   */
  public static double normalQuantile(double p) {
    return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
  }

  /**
   * The standard normal distribution function.
   *
   * @param x a value
   * @return {@code Φ(x)}
   */
  public static double normalCdf(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2));
  }

  /**
   * The two-sided normal p-value {@code 2·Φ(-|z|)}, accurate in the far tail.
   *
   * @param z a z statistic
   * @return the p-value in {@code [0, 1]}; 1 when {@code z} is NaN is not assumed: NaN stays NaN
   */
  public static double twoSidedP(double z) {
    return Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }

  /**
   * The Wilson score interval of a proportion.
   *
   * @param successes the number of successes
   * @param trials the number of trials
   * @param confidence the confidence level
   * @return the proportion and its interval; NaN everywhere when there are no trials
   * @throws IllegalArgumentException if the counts are negative, {@code successes > trials}, or the
   *     confidence is outside {@code (0, 1)}
   */
  public static Estimate wilson(long successes, long trials, double confidence) {
    if (successes < 0 || trials < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "successes must be in [0, trials] but was " + successes + " of " + trials);
    }
    double z = z(confidence);
    if (trials == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN);
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2 * n)) / denominator;
    double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new Estimate(p, Math.max(0, center - half), Math.min(1, center + half));
  }

  static void requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1) but was " + confidence);
    }
  }
}
