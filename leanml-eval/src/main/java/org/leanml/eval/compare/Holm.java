package org.leanml.eval.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for multiple comparisons (as statsmodels' {@code
 * multipletests(method="holm")}): with the p-values sorted ascending, the adjusted {@code p_(i)} is
 * {@code max_{j ≤ i} min(1, (m − j + 1)·p_(j))}.
 *
 * <p>Reference: S. Holm, "A simple sequentially rejective multiple test procedure", Scandinavian
 * Journal of Statistics 6 (1979) 65-70.
 */
public final class Holm {
  private Holm() {}

  /**
   * Adjusts p-values; NaN entries are left NaN and do not count as tests.
   *
   * @param p the raw p-values
   * @return the adjusted p-values, in the input order
   */
  public static double[] adjust(double[] p) {
    Integer[] order =
        IntStream.range(0, p.length)
            .filter(i -> !Double.isNaN(p[i]))
            .boxed()
            .sorted(Comparator.comparingDouble(i -> p[i]))
            .toArray(Integer[]::new);
    double[] out = new double[p.length];
    Arrays.fill(out, Double.NaN);
    int m = order.length;
    double running = 0;
    for (int j = 0; j < m; j++) {
      running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
      out[order[j]] = running;
    }
    return out;
  }
}
