package org.leanml.eval.rank;

import org.jspecify.annotations.Nullable;

/**
 * LSD radix sort of signed 64-bit keys, 11 bits per pass, optionally carrying an {@code int}
 * payload. A pass whose digit is the same for every key is skipped (the exponent bits of real data
 * often are). Stable, so equal keys keep their payload order. Several times faster than a
 * comparison sort on a million values.
 */
public final class RadixSort {
  private static final int BITS = 11;
  private static final int RADIX = 1 << BITS;
  private static final int PASSES = (64 + BITS - 1) / BITS;

  private RadixSort() {}

  /**
   * Sorts keys ascending and moves each row number with its key.
   *
   * @param keys the keys, sorted in place
   * @param rows the payload, as long as {@code keys}, reordered with them
   * @param scratchKeys work space of at least {@code keys.length}
   * @param scratchRows work space of at least {@code keys.length}
   * @throws IllegalArgumentException if an array is shorter than {@code keys}
   */
  public static void sort(long[] keys, int[] rows, long[] scratchKeys, int[] scratchRows) {
    int n = keys.length;
    if (rows.length != n || scratchKeys.length < n || scratchRows.length < n) {
      throw new IllegalArgumentException(
          "rows and work space must be as long as the " + n + " keys");
    }
    sort(keys, rows, n, scratchKeys, scratchRows);
  }

  /**
   * Sorts the first {@code n} values ascending, by the order of their {@link SortKeys}; {@code
   * -0.0} comes back as {@code 0.0}.
   *
   * @param a the values, none NaN among the first {@code n}
   * @param n how many to sort
   */
  public static void sort(double[] a, int n) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = SortKeys.of(a[i]);
    }
    sort(keys, null, n, new long[n], null);
    for (int i = 0; i < n; i++) {
      a[i] = SortKeys.value(keys[i]);
    }
  }

  private static void sort(
      long[] keys, int @Nullable [] rows, int n, long[] scratchKeys, int @Nullable [] scratchRows) {
    if (n < 2) {
      return;
    }
    if (rows == null || scratchRows == null) {
      sortKeys(keys, n, scratchKeys);
    } else {
      sortWithRows(keys, rows, n, scratchKeys, scratchRows);
    }
  }

  /**
   * Keys alone: one read of the keys counts the digits of every pass (a 6 × 2048 table), then each
   * pass that is not skipped moves the keys once.
   */
  private static void sortKeys(long[] keys, int n, long[] scratch) {
    int[][] counts = new int[PASSES][RADIX];
    for (int i = 0; i < n; i++) {
      long u = keys[i] ^ Long.MIN_VALUE;
      for (int p = 0; p < PASSES; p++) {
        counts[p][(int) (u >>> (p * BITS)) & (RADIX - 1)]++;
      }
    }
    long[] src = keys;
    long[] dst = scratch;
    for (int p = 0; p < PASSES; p++) {
      int shift = p * BITS;
      int[] c = counts[p];
      if (c[digit(src[0], shift)] == n) {
        continue;
      }
      prefixSums(c);
      for (int i = 0; i < n; i++) {
        long k = src[i];
        dst[c[digit(k, shift)]++] = k;
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    if (src != keys) {
      System.arraycopy(src, 0, keys, 0, n);
    }
  }

  /**
   * Keys with their rows: each pass counts its own digits into one small table that stays in the
   * first-level cache while two arrays move (the algorithm AUC and DeLong were measured with).
   */
  private static void sortWithRows(
      long[] keys, int[] rows, int n, long[] scratchKeys, int[] scratchRows) {
    long[] k1 = keys;
    int[] r1 = rows;
    long[] k2 = scratchKeys;
    int[] r2 = scratchRows;
    int[] count = new int[RADIX];
    for (int shift = 0; shift < 64; shift += BITS) {
      java.util.Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[digit(k1[i], shift)]++;
      }
      if (count[digit(k1[0], shift)] == n) {
        continue;
      }
      prefixSums(count);
      for (int i = 0; i < n; i++) {
        int pos = count[digit(k1[i], shift)]++;
        k2[pos] = k1[i];
        r2[pos] = r1[i];
      }
      long[] tk = k1;
      k1 = k2;
      k2 = tk;
      int[] tr = r1;
      r1 = r2;
      r2 = tr;
    }
    if (k1 != keys) {
      System.arraycopy(k1, 0, keys, 0, n);
      System.arraycopy(r1, 0, rows, 0, n);
    }
  }

  private static void prefixSums(int[] count) {
    int sum = 0;
    for (int d = 0; d < RADIX; d++) {
      int v = count[d];
      count[d] = sum;
      sum += v;
    }
  }

  private static int digit(long key, int shift) {
    // Flipping the sign bit makes unsigned digit order equal signed key order.
    return (int) ((key ^ Long.MIN_VALUE) >>> shift) & (RADIX - 1);
  }
}
