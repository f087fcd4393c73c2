package org.leanml.eval.drift;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * The two-sample Kolmogorov–Smirnov test, following SciPy's {@code ks_2samp} (two-sided).
 *
 * <p><b>Statistic.</b> {@code D = max |F_n(x) − G_m(x)|} over the pooled sample, ties handled by
 * evaluating both empirical distribution functions after all copies of a value (right-continuous
 * ECDFs, as {@code searchsorted(side="right")}). D is computed exactly as an integer {@code h /
 * (n·m)} by a single merge of the two sorted samples.
 *
 * <p><b>Exact p-value</b> (used when {@code n·m <= 10,000}): {@code P(D' >= D)} under the null by
 * the lattice-path method of Hodges (1957), as SciPy's {@code method="exact"}: a path from (0, 0)
 * to (n, m) takes each step with the probability of drawing the next pooled value from either
 * sample; the probability mass that first reaches a cell with {@code |i·m − j·n| >= h} is summed.
 * Summing the escaping mass, rather than computing one minus the mass that stays inside, keeps
 * small p-values accurate.
 *
 * <p><b>Asymptotic p-value</b> (otherwise): as SciPy's {@code method="asymp"}, the survival
 * function of the one-sample two-sided Kolmogorov distribution at D with {@code en = round(n·m / (n
 * + m))} (half to even), computed with Commons Math's {@link KolmogorovSmirnovTest#cdf(double,
 * int)} (Marsaglia–Tsang–Wang for {@code en <= 140}, Pelz–Good above). In the far tail ({@code en >
 * 140} and {@code en·D² >= 2.2}) it is, as in SciPy, twice the one-sided Smirnov tail
 * (Birnbaum–Tingey's exact sum up to {@code en = 20,000}, its asymptotic expansion above), and 0
 * from {@code en·D² >= 370}. Commons Math's own two-sample {@code approximateP} uses the limiting
 * Kolmogorov distribution without the {@code en} rounding and differs from SciPy by up to a few
 * percent at moderate sizes, which is why it is not used.
 *
 * <p>Commons Math 3.6.1's {@code exactP} agrees with this exact p-value for tie-free samples
 * ({@code strict = false}) but enumerates every one of the {@code C(n+m, n)} splits, which is
 * infeasible beyond tiny samples; it is used only as a check in the tests.
 *
 * <p>References: J. L. Hodges, "The significance probability of the Smirnov two-sample test", Ark.
 * Mat. 3 (1957), doi:10.1007/BF02589501; R. Simard, P. L'Ecuyer, "Computing the Two-Sided
 * Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11) (2011), doi:10.18637/jss.v039.i11.
 */
public final class KolmogorovSmirnov {
  /** Exact p-values are computed when {@code n·m} is at most this. */
  public static final long EXACT_LIMIT = 10_000;

  private KolmogorovSmirnov() {}

  /**
   * The test on two samples.
   *
   * @param a the first sample, not empty
   * @param b the second sample, not empty
   * @return statistic and p-value
   * @throws IllegalArgumentException if a sample is empty
   */
  public static KsResult test(NumericSample a, NumericSample b) {
    int n = a.size();
    int m = b.size();
    if (n == 0 || m == 0) {
      throw new IllegalArgumentException(
          "the KS test needs values in both samples of feature '"
              + a.name()
              + "' but has "
              + n
              + " and "
              + m);
    }
    long h = maxDistanceNumerator(a.sortedView(), b.sortedView());
    double d = h / ((double) n * m);
    if ((long) n * m <= EXACT_LIMIT) {
      return new KsResult(d, exactPValue(n, m, h), true);
    }
    return new KsResult(d, asymptoticPValue(d, n, m), false);
  }

  /** {@code max |i·m − j·n|} over the merge of two sorted samples. */
  static long maxDistanceNumerator(double[] a, double[] b) {
    int n = a.length;
    int m = b.length;
    int i = 0;
    int j = 0;
    long best = 0;
    while (i < n && j < m) {
      double v = Math.min(a[i], b[j]);
      while (i < n && a[i] == v) {
        i++;
      }
      while (j < m && b[j] == v) {
        j++;
      }
      long diff = Math.abs((long) i * m - (long) j * n);
      if (diff > best) {
        best = diff;
      }
    }
    return best;
  }

  /**
   * The exact {@code P(D >= h/(n·m))} under the null.
   *
   * @param n first sample size
   * @param m second sample size
   * @param h the statistic's numerator, {@code D·n·m}
   * @return the p-value
   */
  static double exactPValue(int n, int m, long h) {
    if (h <= 0) {
      return 1.0;
    }
    double[] row = new double[m + 1];
    double outside = 0;
    row[0] = 1;
    // Row i holds the probability of being at (i, j) without having left the band.
    for (int i = 0; i <= n; i++) {
      double[] next = new double[m + 1];
      for (int j = 0; j <= m; j++) {
        double p = row[j];
        if (p == 0) {
          continue;
        }
        if (Math.abs((long) i * m - (long) j * n) >= h) {
          outside += p;
          row[j] = 0;
          continue;
        }
        int left = n - i + m - j;
        if (left == 0) {
          continue;
        }
        if (i < n) {
          next[j] += p * (n - i) / left;
        }
        if (j < m) {
          row[j + 1] += p * (m - j) / left;
        }
      }
      row = next;
    }
    return Math.min(1, outside);
  }

  /**
   * SciPy's asymptotic two-sided p-value.
   *
   * @param d the statistic
   * @param n first sample size
   * @param m second sample size
   * @return the p-value
   */
  static double asymptoticPValue(double d, int n, int m) {
    double en = Math.rint((double) n * m / ((double) n + m));
    int k = (int) Math.max(1, Math.min(Integer.MAX_VALUE, en));
    if (d <= 0) {
      return 1;
    }
    if (d >= 1) {
      return 0;
    }
    double nx2 = k * d * d;
    if (k > 140) {
      // SciPy's cut-offs for the survival function of kstwo.
      if (nx2 >= 370) {
        return 0;
      }
      if (nx2 >= 2.2) {
        return Math.min(1, 2 * smirnovUpper(k, d));
      }
    }
    double cdf = new KolmogorovSmirnovTest().cdf(d, k);
    return Math.max(0, Math.min(1, 1 - cdf));
  }

  /** Above this {@code n} the one-sided tail uses its asymptotic expansion. */
  static final int SMIRNOV_EXACT_LIMIT = 20_000;

  /**
   * The one-sided Smirnov tail {@code P(D+_n >= x)}: the Birnbaum–Tingey sum (exact) for {@code n
   * <= 20,000}, else {@code exp(−2t² − 2t/(3√n))} with {@code t = x√n} (relative error below 1e-3
   * for p above 1e-17 at those sizes).
   *
   * <p>Reference: Z. W. Birnbaum, F. H. Tingey, "One-sided confidence contours for probability
   * distribution functions", Ann. Math. Statist. 22 (1951), doi:10.1214/aoms/1177729550.
   */
  static double smirnovUpper(int n, double x) {
    if (n > SMIRNOV_EXACT_LIMIT) {
      double t = x * Math.sqrt(n);
      return Math.exp(-2 * t * t - 2 * t / (3 * Math.sqrt(n)));
    }
    int jmax = (int) Math.floor(n * (1 - x));
    double[] logs = new double[jmax + 1];
    double logC = 0;
    double logX = Math.log(x);
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j <= jmax; j++) {
      if (j > 0) {
        logC += Math.log(n - j + 1) - Math.log(j);
      }
      double rest = 1 - x - j / (double) n;
      double a = n - j == 0 ? 0 : (rest <= 0 ? Double.NEGATIVE_INFINITY : (n - j) * Math.log(rest));
      double lt = logC + a + (j - 1) * Math.log(x + j / (double) n) + logX;
      logs[j] = lt;
      max = Math.max(max, lt);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    double sum = 0;
    for (double lt : logs) {
      sum += Math.exp(lt - max);
    }
    return Math.min(1, Math.exp(max) * sum);
  }
}
