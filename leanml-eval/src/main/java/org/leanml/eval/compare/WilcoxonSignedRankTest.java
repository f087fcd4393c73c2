package org.leanml.eval.compare;

import java.util.Arrays;
import org.leanml.eval.metric.Intervals;
import org.leanml.eval.rank.Ranks;
import org.leanml.eval.rank.SortKeys;

/**
 * The Wilcoxon signed-rank test on paired absolute errors of two regression models.
 *
 * <p>The differences {@code |e_candidate| − |e_baseline|} that are exactly zero are dropped
 * (Wilcox's convention); the rest are ranked by magnitude with midranks for ties. The statistic is
 * the smaller of the rank sums of positive and negative differences, as SciPy's two-sided {@code
 * wilcoxon}. With at most {@value #EXACT_LIMIT} non-zero differences and no ties the p-value is
 * exact ({@code min(1, 2·P(W ≤ T))} from the null distribution of the rank sum); otherwise it comes
 * from the normal approximation with variance {@code n(n+1)(2n+1)/24 − Σ t(t²−1)/48} over tie
 * groups of size {@code t}, with an optional continuity correction of one half.
 *
 * <p>Reference: F. Wilcoxon, "Individual comparisons by ranking methods", Biometrics Bulletin 1
 * (1945) 80-83, doi:10.2307/3001968. Checked against SciPy's {@code
 * wilcoxon(zero_method="wilcox")}.
 */
public final class WilcoxonSignedRankTest {
  /** The largest number of non-zero differences for which the exact distribution is used. */
  public static final int EXACT_LIMIT = 50;

  /** Whether the normal approximation subtracts one half from {@code |T − mean|}. */
  public enum Correction {
    /** No continuity correction (SciPy's default). */
    NONE,
    /** Continuity correction of one half. */
    CONTINUITY
  }

  private WilcoxonSignedRankTest() {}

  /**
   * Tests two models' absolute errors on the same rows, without continuity correction.
   *
   * @param baselineAbsError the baseline's absolute error per row
   * @param candidateAbsError the candidate's absolute error per row
   * @return the result
   * @throws IllegalArgumentException if the lengths differ or a value is NaN
   */
  public static WilcoxonResult test(double[] baselineAbsError, double[] candidateAbsError) {
    return test(baselineAbsError, candidateAbsError, Correction.NONE);
  }

  /**
   * Tests two models' absolute errors on the same rows.
   *
   * @param baselineAbsError the baseline's absolute error per row
   * @param candidateAbsError the candidate's absolute error per row
   * @param correction the continuity correction of the normal approximation
   * @return the result
   * @throws IllegalArgumentException if the lengths differ or a value is NaN
   */
  public static WilcoxonResult test(
      double[] baselineAbsError, double[] candidateAbsError, Correction correction) {
    PairedComparison.requireLength(
        baselineAbsError.length, candidateAbsError.length, "candidateAbsError");
    int nonzero = 0;
    for (int i = 0; i < baselineAbsError.length; i++) {
      double d = candidateAbsError[i] - baselineAbsError[i];
      if (Double.isNaN(d)) {
        throw new IllegalArgumentException("absolute error of row " + i + " is NaN");
      }
      if (d != 0) {
        nonzero++;
      }
    }
    if (nonzero == 0) {
      return new WilcoxonResult(0, 0, 1, 0, false);
    }
    double[] d = new double[nonzero];
    int k = 0;
    for (int i = 0; i < baselineAbsError.length; i++) {
      double x = candidateAbsError[i] - baselineAbsError[i];
      if (x != 0) {
        d[k++] = x;
      }
    }
    // Ranked by magnitude, through order-preserving keys (equal magnitudes share a key).
    long[] keys = new long[nonzero];
    for (int i = 0; i < nonzero; i++) {
      keys[i] = SortKeys.of(Math.abs(d[i]));
    }
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    double tieTerm = 0;
    for (int i = 0; i < nonzero; ) {
      int j = i;
      while (j < nonzero && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      tieTerm += t * (t * t - 1);
      i = j;
    }
    double plus = 0;
    double minus = 0;
    for (int i = 0; i < nonzero; i++) {
      double rank = Ranks.midrank(sorted, keys[i]);
      if (d[i] > 0) {
        plus += rank;
      } else {
        minus += rank;
      }
    }
    double statistic = Math.min(plus, minus);
    double n = nonzero;
    double mean = n * (n + 1) / 4;
    double variance = n * (n + 1) * (2 * n + 1) / 24 - tieTerm / 48;
    double centred = statistic - mean;
    if (correction == Correction.CONTINUITY) {
      centred -= 0.5 * Math.signum(centred);
    }
    double z = variance > 0 ? centred / Math.sqrt(variance) : 0;
    if (nonzero <= EXACT_LIMIT && tieTerm == 0) {
      return new WilcoxonResult(statistic, z, exactP(nonzero, (int) statistic), nonzero, true);
    }
    return new WilcoxonResult(statistic, z, Intervals.twoSidedP(z), nonzero, false);
  }

  /** {@code min(1, 2·P(W ≤ t))} for the signed-rank sum of {@code n} untied ranks. */
  static double exactP(int n, int t) {
    int max = n * (n + 1) / 2;
    double[] count = new double[max + 1];
    count[0] = 1;
    for (int r = 1; r <= n; r++) {
      for (int s = max; s >= r; s--) {
        count[s] += count[s - r];
      }
    }
    double atMost = 0;
    for (int s = 0; s <= t; s++) {
      atMost += count[s];
    }
    return Math.min(1, 2 * atMost / Math.pow(2, n));
  }
}
