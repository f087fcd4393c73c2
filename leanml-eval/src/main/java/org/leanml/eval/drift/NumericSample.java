package org.leanml.eval.drift;

import java.util.Arrays;
import java.util.Objects;
import org.leanml.core.table.NumericColumn;
import org.leanml.eval.rank.RadixSort;

/**
 * The sorted non-missing values of a numeric feature. It holds everything the numeric drift
 * statistics need: quantile bin edges, bin counts and the empirical distribution for the
 * Kolmogorov–Smirnov test. NaN values are treated as missing and dropped.
 */
public final class NumericSample implements FeatureSummary {
  private final String name;
  private final double[] sorted;

  private NumericSample(String name, double[] sorted) {
    this.name = name;
    this.sorted = sorted;
  }

  /**
   * A sample from values in any order; NaN values are dropped, the rest copied and sorted.
   *
   * @param name the feature's name
   * @param values the values
   * @return the sample
   * @throws IllegalArgumentException if the name is blank
   */
  public static NumericSample of(String name, double[] values) {
    requireName(name);
    double[] copy = new double[values.length];
    int k = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        copy[k++] = v;
      }
    }
    return new NumericSample(name, sortTrimmed(copy, k));
  }

  /**
   * The sample of a numeric column's present, non-NaN values.
   *
   * @param column the column
   * @return the sample, named after the column
   */
  public static NumericSample of(NumericColumn column) {
    int n = column.size();
    double[] copy = new double[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      double v = column.get(i);
      if (!Double.isNaN(v)) {
        copy[k++] = v;
      }
    }
    return new NumericSample(column.name(), sortTrimmed(copy, k));
  }

  private static double[] sortTrimmed(double[] copy, int k) {
    double[] out = k == copy.length ? copy : Arrays.copyOf(copy, k);
    if (out.length > 4096) {
      RadixSort.sort(out, out.length);
      return out;
    }
    Arrays.sort(out);
    // -0.0 sorts before 0.0 in Arrays.sort; fold it so that equal values tie in the ECDF.
    for (int i = 0; i < out.length; i++) {
      if (out[i] == 0) {
        out[i] = 0.0;
      }
    }
    return out;
  }

  /**
   * A sample from values already sorted ascending without NaN; the array is adopted, not copied.
   *
   * @param name the feature's name
   * @param sorted the values, handed over
   * @return the sample
   * @throws IllegalArgumentException if the name is blank or the values are not sorted or hold NaN
   */
  public static NumericSample adoptSorted(String name, double[] sorted) {
    requireName(name);
    for (int i = 0; i < sorted.length; i++) {
      if (Double.isNaN(sorted[i]) || (i > 0 && sorted[i] < sorted[i - 1])) {
        throw new IllegalArgumentException(
            "feature '" + name + "': value " + i + " (" + sorted[i] + ") breaks ascending order");
      }
    }
    return new NumericSample(name, sorted);
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("feature name must not be blank but was '" + name + "'");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long count() {
    return sorted.length;
  }

  /**
   * The number of values.
   *
   * @return the sample size
   */
  public int size() {
    return sorted.length;
  }

  /**
   * One order statistic.
   *
   * @param i the rank, from 0
   * @return the i-th smallest value
   * @throws IndexOutOfBoundsException if i is out of range
   */
  public double get(int i) {
    return sorted[i];
  }

  /**
   * A copy of the sorted values.
   *
   * @return a new array
   */
  public double[] toArray() {
    return sorted.clone();
  }

  double[] sortedView() {
    return sorted;
  }

  /**
   * The quantile by linear interpolation between order statistics (NumPy's default {@code "linear"}
   * method: position {@code q (n − 1)}).
   *
   * @param q the probability in [0, 1]
   * @return the quantile
   * @throws IllegalStateException if the sample is empty
   * @throws IllegalArgumentException if q is outside [0, 1]
   */
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q must be in [0, 1] but was " + q);
    }
    if (sorted.length == 0) {
      throw new IllegalStateException("feature '" + name + "' has no values");
    }
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    double t = pos - lo;
    double a = sorted[lo];
    double b = sorted[lo + 1];
    double diff = b - a;
    // NumPy's _lerp: interpolate from the nearer end so the result is monotone and exact at ends.
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }

  /**
   * The number of values {@code <= x}.
   *
   * @param x the threshold
   * @return the count
   */
  public int countAtMost(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public NumericSample merge(FeatureSummary other) {
    if (!(other instanceof NumericSample o) || !o.name.equals(name)) {
      throw new IllegalArgumentException(
          "cannot merge numeric feature '" + name + "' with " + describe(other));
    }
    double[] a = sorted;
    double[] b = o.sorted;
    double[] out = new double[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      out[k++] = a[i++];
    }
    while (j < b.length) {
      out[k++] = b[j++];
    }
    return new NumericSample(name, out);
  }

  static String describe(FeatureSummary s) {
    return s == null
        ? "null"
        : (s instanceof NumericSample ? "numeric" : "categorical") + " feature '" + s.name() + "'";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumericSample s && name.equals(s.name) && Arrays.equals(sorted, s.sorted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(sorted));
  }

  @Override
  public String toString() {
    return "NumericSample[" + name + ", " + sorted.length + " values]";
  }
}
