package org.leanml.eval.drift;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's chi-square test of homogeneity of a 2 × k table (reference and current counts over the
 * union of categories), without continuity correction — as SciPy's {@code chi2_contingency(table,
 * correction=False)}. Categories absent from both rows must not be passed. With a single category
 * the statistic is 0 with 0 degrees of freedom and p = 1.
 *
 * <p>The p-value is the regularised upper incomplete gamma function {@code Q(df/2, χ²/2)}, which
 * stays accurate for tiny p-values where {@code 1 − cdf} would round to 0.
 *
 * <p>Reference: K. Pearson, "On the criterion that a given system of deviations…", Phil. Mag. 50
 * (1900), doi:10.1080/14786440009463897.
 */
public final class ChiSquareHomogeneity {
  private ChiSquareHomogeneity() {}

  /**
   * The test.
   *
   * @param reference counts of the first row
   * @param current counts of the second row, same length
   * @return the statistic, degrees of freedom and p-value
   * @throws IllegalArgumentException if the lengths differ, a row is empty, a count is negative or
   *     a column is zero in both rows
   */
  public static ChiSquareResult test(long[] reference, long[] current) {
    if (reference.length != current.length) {
      throw new IllegalArgumentException(
          "rows must have the same categories but have "
              + reference.length
              + " and "
              + current.length);
    }
    long n1 = 0;
    long n2 = 0;
    for (int i = 0; i < reference.length; i++) {
      if (reference[i] < 0 || current[i] < 0) {
        throw new IllegalArgumentException("count of category " + i + " is negative");
      }
      if (reference[i] + current[i] == 0) {
        throw new IllegalArgumentException("category " + i + " is empty in both rows");
      }
      n1 += reference[i];
      n2 += current[i];
    }
    if (n1 == 0 || n2 == 0) {
      throw new IllegalArgumentException(
          "both rows need counts but have totals " + n1 + " and " + n2);
    }
    double n = (double) n1 + n2;
    double chi2 = 0;
    for (int i = 0; i < reference.length; i++) {
      double col = (double) reference[i] + current[i];
      double e1 = n1 * col / n;
      double e2 = n2 * col / n;
      chi2 += (reference[i] - e1) * (reference[i] - e1) / e1;
      chi2 += (current[i] - e2) * (current[i] - e2) / e2;
    }
    int df = reference.length - 1;
    double p = df == 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2.0, chi2 / 2);
    return new ChiSquareResult(chi2, df, p);
  }
}
