package org.leanml.eval.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The one radix sort: doubles in place, and keys with their rows, both against Arrays.sort. */
class RadixSortTest {

  @Property(tries = 100)
  void sort_keysWithRows_ordersLikeArraysSortAndCarriesTheRows(
      @ForAll @Size(max = 300) double[] values) {
    double[] clean = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    long[] keys = new long[clean.length];
    int[] rows = new int[clean.length];
    for (int i = 0; i < clean.length; i++) {
      keys[i] = SortKeys.of(clean[i]);
      rows[i] = i;
    }

    RadixSort.sort(keys, rows, new long[clean.length], new int[clean.length]);

    double[] expected = clean.clone();
    Arrays.sort(expected);
    for (int i = 0; i < clean.length; i++) {
      assertThat(clean[rows[i]] + 0.0).isEqualTo(expected[i] + 0.0);
      assertThat(keys[i]).isEqualTo(SortKeys.of(clean[rows[i]]));
      if (i > 0) {
        assertThat(keys[i - 1]).isLessThanOrEqualTo(keys[i]);
      }
    }
  }

  @Property(tries = 50)
  void sort_equalKeys_keepTheirRowOrder(@ForAll @Size(min = 2, max = 500) int[] small) {
    int n = small.length;
    long[] keys = new long[n];
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = Math.floorMod(small[i], 3) - 1;
      rows[i] = i;
    }

    RadixSort.sort(keys, rows, new long[n], new int[n]);

    for (int i = 1; i < n; i++) {
      if (keys[i - 1] == keys[i]) {
        assertThat(rows[i - 1]).isLessThan(rows[i]);
      }
    }
  }

  @Property(tries = 20)
  void sort_workSpaceTooShort_isRejected(@ForAll @Size(min = 1, max = 10) long[] keys) {
    int n = keys.length;
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RadixSort.sort(keys, new int[n], new long[n - 1], new int[n]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("as long as the " + n + " keys");
  }

  @Property(tries = 50)
  void sort_anyFiniteAndInfiniteValues_sameOrderAsArraysSort(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 20_000) int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] a = new double[n];
    double[] special = {
      0.0,
      -0.0,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      1.0,
      -1.0
    };
    for (int i = 0; i < n; i++) {
      int kind = rng.nextInt(4);
      a[i] =
          kind == 0
              ? special[rng.nextInt(special.length)]
              : kind == 1
                  ? rng.nextGaussian() * 1e-300
                  : rng.nextGaussian() * Math.exp(rng.nextInt(50));
    }
    double[] expected = a.clone();
    Arrays.sort(expected);
    for (int i = 0; i < n; i++) {
      if (expected[i] == 0) {
        expected[i] = 0.0;
      }
    }

    RadixSort.sort(a, n);

    assertThat(a).containsExactly(expected);
  }
}
