package org.leanml.eval.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RadixSortTest {

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
