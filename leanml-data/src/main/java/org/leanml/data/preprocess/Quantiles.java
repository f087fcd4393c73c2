package org.leanml.data.preprocess;

import java.util.Arrays;
import org.leanml.core.table.NumericColumn;

/**
 * Sample quantiles by linear interpolation between order statistics: Hyndman and Fan's definition
 * 7, the default of R's {@code quantile} and NumPy's {@code numpy.quantile}. For sorted values
 * {@code x[0..n-1]} and probability {@code p}, {@code h = (n - 1) p} and {@code Q(p) = x[floor h] +
 * (h - floor h) (x[floor h + 1] - x[floor h])}.
 *
 * <p>Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 361–365, 1996, DOI 10.2307/2684934.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The present, finite values of a column, sorted ascending.
   *
   * @param column the column
   * @return a new sorted array (missing and non-finite cells left out)
   */
  public static double[] sortedFinite(NumericColumn column) {
    double[] out = new double[column.size()];
    int k = 0;
    for (int r = 0; r < column.size(); r++) {
      double v = column.get(r);
      if (!column.isMissing(r) && Double.isFinite(v)) {
        out[k++] = v;
      }
    }
    out = Arrays.copyOf(out, k);
    Arrays.sort(out);
    return out;
  }

  /**
   * A quantile of sorted values.
   *
   * @param sorted values sorted ascending, at least one
   * @param p the probability, in {@code [0, 1]}
   * @return the quantile
   * @throws IllegalArgumentException if {@code sorted} is empty or {@code p} is outside {@code [0,
   *     1]}
   */
  public static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("a quantile needs at least one value");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1] but was " + p);
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    double frac = h - lo;
    return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
  }

  /**
   * The median of sorted values: the middle value, or the mean of the two middle values.
   *
   * @param sorted values sorted ascending, at least one
   * @return the median
   * @throws IllegalArgumentException if {@code sorted} is empty
   */
  public static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("a median needs at least one value");
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
