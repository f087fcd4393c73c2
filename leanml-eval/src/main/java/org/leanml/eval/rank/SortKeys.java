package org.leanml.eval.rank;

/**
 * Order-preserving {@code long} keys of doubles: {@code of(a) < of(b)} exactly when {@code a < b},
 * and {@code -0.0} shares the key of {@code 0.0}. Keys compare as signed longs, so sorted keys are
 * sorted values. NaN has no place in the order; callers reject it first.
 */
public final class SortKeys {
  private SortKeys() {}

  /**
   * The key of a value.
   *
   * @param x a value, not NaN
   * @return its key
   */
  public static long of(double x) {
    long bits = Double.doubleToRawLongBits(x + 0.0);
    // Negative doubles order backwards in their bits: flip all but the sign bit.
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /**
   * The value of a key; {@code value(of(x)) == x} for every x but {@code -0.0}, which comes back as
   * {@code 0.0}.
   *
   * @param key a key made by {@link #of(double)}
   * @return its value
   */
  public static double value(long key) {
    return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }
}
