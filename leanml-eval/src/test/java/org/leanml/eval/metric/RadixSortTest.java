package org.leanml.eval.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class RadixSortTest {

  @Property(tries = 100)
  void sort_anyDoubles_ordersKeysLikeArraysSortAndCarriesTheRows(
      @ForAll @Size(max = 300) double[] values) {
    double[] clean = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    long[] keys = new long[clean.length];
    int[] rows = new int[clean.length];
    for (int i = 0; i < clean.length; i++) {
      keys[i] = RankedScores.key(clean[i]);
      rows[i] = i;
    }

    RadixSort.sort(keys, rows);

    double[] expected = clean.clone();
    Arrays.sort(expected);
    for (int i = 0; i < clean.length; i++) {
      assertThat(clean[rows[i]] + 0.0).isEqualTo(expected[i] + 0.0);
      assertThat(keys[i]).isEqualTo(RankedScores.key(clean[rows[i]]));
      if (i > 0) {
        assertThat(keys[i - 1]).isLessThanOrEqualTo(keys[i]);
      }
    }
  }
}
