package org.leanml.eval.drift;

/**
 * Divergences between two histograms over the same bins (or categories).
 *
 * <p>PSI, the population stability index: {@code Σ (c − r) · ln(c / r)} over bin proportions {@code
 * r} (reference) and {@code c} (current), each floored at {@code 1e-4} first so empty bins stay
 * finite (the proportions are not renormalised). The Jensen–Shannon distance is the square root of
 * the Jensen–Shannon divergence in base 2, {@code ½ Σ r log2(r/m) + ½ Σ c log2(c/m)} with {@code m
 * = (r + c)/2} and {@code 0 log 0 = 0}, over the raw proportions; it lies in [0, 1].
 *
 * <p>References: N. Siddiqi, "Credit Risk Scorecards" (Wiley, 2006) for PSI; J. Lin, "Divergence
 * measures based on the Shannon entropy", IEEE Trans. Inf. Theory 37 (1991), doi:10.1109/18.61115;
 * D. M. Endres, J. E. Schindelin, "A new metric for probability distributions", IEEE Trans. Inf.
 * Theory 49 (2003), doi:10.1109/TIT.2003.813506.
 */
public final class Divergences {
  /** The floor applied to proportions before PSI. */
  public static final double PSI_FLOOR = 1e-4;

  private Divergences() {}

  /**
   * The population stability index.
   *
   * @param reference reference counts per bin
   * @param current current counts per bin, same length
   * @return PSI, {@code >= 0}; NaN if either histogram is empty
   * @throws IllegalArgumentException if the lengths differ or a count is negative
   */
  public static double psi(long[] reference, long[] current) {
    double nr = total(reference, current);
    double nc = total(current, reference);
    if (nr == 0 || nc == 0) {
      return Double.NaN;
    }
    double psi = 0;
    for (int i = 0; i < reference.length; i++) {
      double r = Math.max(reference[i] / nr, PSI_FLOOR);
      double c = Math.max(current[i] / nc, PSI_FLOOR);
      psi += (c - r) * Math.log(c / r);
    }
    return psi;
  }

  /**
   * The Jensen–Shannon distance in base 2.
   *
   * @param reference reference counts per bin
   * @param current current counts per bin, same length
   * @return the distance in [0, 1]; NaN if either histogram is empty
   * @throws IllegalArgumentException if the lengths differ or a count is negative
   */
  public static double jensenShannonDistance(long[] reference, long[] current) {
    double nr = total(reference, current);
    double nc = total(current, reference);
    if (nr == 0 || nc == 0) {
      return Double.NaN;
    }
    double js = 0;
    for (int i = 0; i < reference.length; i++) {
      double r = reference[i] / nr;
      double c = current[i] / nc;
      double m = 0.5 * (r + c);
      if (r > 0) {
        js += 0.5 * r * Math.log(r / m);
      }
      if (c > 0) {
        js += 0.5 * c * Math.log(c / m);
      }
    }
    return Math.sqrt(Math.max(0, js / Math.log(2)));
  }

  private static double total(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "histograms must have the same bins but have " + a.length + " and " + b.length);
    }
    long n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] < 0) {
        throw new IllegalArgumentException("count " + i + " must be >= 0 but was " + a[i]);
      }
      n += a[i];
    }
    return n;
  }
}
