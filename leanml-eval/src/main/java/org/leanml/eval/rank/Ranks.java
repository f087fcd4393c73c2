package org.leanml.eval.rank;

/**
 * Rank look-ups in ascending sorted keys: how many keys lie below a key, how many at or below it,
 * and the midrank that ties share.
 */
public final class Ranks {
  private Ranks() {}

  /**
   * The number of keys strictly below {@code x}: the first index whose key is at least {@code x}.
   *
   * @param sorted keys in ascending order
   * @param x a key
   * @return an index in {@code [0, sorted.length]}
   */
  public static int below(long[] sorted, long x) {
    return search(sorted, x, false);
  }

  /**
   * The number of keys at or below {@code x}: the first index whose key is above {@code x}.
   *
   * @param sorted keys in ascending order
   * @param x a key
   * @return an index in {@code [0, sorted.length]}
   */
  public static int atOrBelow(long[] sorted, long x) {
    return search(sorted, x, true);
  }

  /**
   * The 1-based midrank of {@code x} among sorted keys that contain it: the mean of the ranks its
   * ties occupy.
   *
   * @param sorted keys in ascending order, {@code x} among them
   * @param x a key
   * @return {@code (below + 1 + atOrBelow) / 2}
   */
  public static double midrank(long[] sorted, long x) {
    return (below(sorted, x) + 1 + atOrBelow(sorted, x)) / 2.0;
  }

  private static int search(long[] a, long x, boolean inclusive) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x || (inclusive && a[mid] == x)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
