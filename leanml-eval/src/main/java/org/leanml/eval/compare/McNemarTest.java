package org.leanml.eval.compare;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * McNemar's test on the discordant pairs of a paired correctness table.
 *
 * <p>With {@code b} rows only the baseline gets right and {@code c} rows only the candidate gets
 * right: the exact two-sided p-value {@code min(1, 2·P(X ≤ min(b, c)))} for {@code X ~ Bin(b + c,
 * 1/2)}; the mid-p value, the exact one (before clipping) minus {@code P(X = min(b, c))}; and the
 * chi-square statistic with continuity correction {@code (|b − c| − 1)²/(b + c)} on one degree of
 * freedom, as statsmodels' {@code mcnemar}. With no discordant pair every p-value is 1 and the
 * statistic 0.
 *
 * <p>References: Q. McNemar, "Note on the sampling error of the difference between correlated
 * proportions or percentages", Psychometrika 12 (1947) 153-157, doi:10.1007/BF02295996; M. W.
 * Fagerland, S. Lydersen, P. Laake, "The McNemar test for binary matched-pairs data: mid-p and
 * asymptotic are better than exact conditional", BMC Medical Research Methodology 13 (2013) 91,
 * doi:10.1186/1471-2288-13-91.
 */
public final class McNemarTest {
  private McNemarTest() {}

  /**
   * Tests the discordant counts.
   *
   * @param b rows only the baseline gets right
   * @param c rows only the candidate gets right
   * @return the result
   * @throws IllegalArgumentException if a count is negative or {@code b + c} exceeds {@link
   *     Integer#MAX_VALUE}
   */
  public static McNemarResult test(long b, long c) {
    if (b < 0 || c < 0) {
      throw new IllegalArgumentException("b and c must be >= 0 but were " + b + ", " + c);
    }
    if (b + c > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("b + c must fit an int but was " + (b + c));
    }
    int n = (int) (b + c);
    if (n == 0) {
      return new McNemarResult(b, c, 1, 1, 0, 1);
    }
    int k = (int) Math.min(b, c);
    // The lower tail is summed directly from the point probability of k downwards (terms shrink
    // by i/(n−i+1)); 1 − regularised beta would lose every digit of tails below 1e-16.
    double pointLog =
        Gamma.logGamma(n + 1.0)
            - Gamma.logGamma(k + 1.0)
            - Gamma.logGamma(n - k + 1.0)
            - n * Math.log(2);
    double relative = 1;
    double term = 1;
    for (int i = k; i > 0; i--) {
      term *= (double) i / (n - i + 1);
      relative += term;
      if (term < relative * 1e-17) {
        break;
      }
    }
    double point = Math.exp(pointLog);
    double twice = 2 * Math.exp(pointLog + Math.log(relative));
    double exact = Math.min(1, twice);
    double mid = Math.min(1, Math.max(0, twice - point));
    double diff = Math.abs(b - c) - 1.0;
    double chi2 = diff * diff / n;
    double pChi2 = Erf.erfc(Math.sqrt(chi2 / 2));
    return new McNemarResult(b, c, exact, mid, chi2, pChi2);
  }

  /**
   * Tests a correctness table.
   *
   * @param table the paired table
   * @return the result
   */
  public static McNemarResult test(CorrectnessTable table) {
    return test(table.baselineOnly(), table.candidateOnly());
  }
}
