package org.leanml.eval.metric;

/**
 * LSD radix sort of signed 64-bit keys carrying an {@code int} payload, 11 bits per pass; passes
 * whose digit is the same for every key are skipped. Stable, so equal keys keep their payload
 * order.
 */
final class RadixSort {
  private static final int BITS = 11;
  private static final int RADIX = 1 << BITS;

  private RadixSort() {}

  /** Sorts {@code keys} ascending (as signed longs), permuting {@code rows} alike, in place. */
  static void sort(long[] keys, int[] rows) {
    sort(keys, rows, new long[keys.length], new int[keys.length]);
  }

  /**
   * Sorts like {@link #sort(long[], int[])} using caller-provided scratch arrays at least as long
   * as {@code keys}, so that several sorts can share them.
   */
  static void sort(long[] keys, int[] rows, long[] scratchKeys, int[] scratchRows) {
    int n = keys.length;
    if (n < 2) {
      return;
    }
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
      int sum = 0;
      for (int d = 0; d < RADIX; d++) {
        int c = count[d];
        count[d] = sum;
        sum += c;
      }
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

  private static int digit(long key, int shift) {
    // Flipping the sign bit makes unsigned digit order equal signed key order.
    return (int) (((key ^ Long.MIN_VALUE) >>> shift) & (RADIX - 1));
  }
}
