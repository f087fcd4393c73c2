package org.leanml.eval.rank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Keys keep the order of doubles; ranks count below, at or below, and share ties. */
class RanksTest {
  @Property(tries = 200)
  void sortKeys_orderOfKeysIsOrderOfValues(@ForAll double a, @ForAll double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return;
    }
    assertThat(Long.compare(SortKeys.of(a), SortKeys.of(b)))
        .isEqualTo(Double.compare(a + 0.0, b + 0.0));
    assertThat(SortKeys.value(SortKeys.of(a))).isEqualTo(a + 0.0);
  }

  @Test
  void sortKeys_minusZeroSharesTheKeyOfZero() {
    assertThat(SortKeys.of(-0.0)).isEqualTo(SortKeys.of(0.0));
    assertThat(SortKeys.of(-Double.MIN_VALUE)).isLessThan(SortKeys.of(0.0));
  }

  @Test
  void ranks_tiesShareTheirMidrank() {
    long[] sorted = {1, 2, 2, 2, 5};

    assertThat(Ranks.below(sorted, 2)).isEqualTo(1);
    assertThat(Ranks.atOrBelow(sorted, 2)).isEqualTo(4);
    assertThat(Ranks.midrank(sorted, 2)).isEqualTo(3.0);
    assertThat(Ranks.midrank(sorted, 5)).isEqualTo(5.0);
    assertThat(Ranks.below(sorted, 0)).isZero();
    assertThat(Ranks.atOrBelow(sorted, 9)).isEqualTo(5);
  }

  @Property(tries = 100)
  void ranks_countLikeALinearScan(@ForAll @Size(max = 200) long[] keys, @ForAll long x) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    long below = Arrays.stream(sorted).filter(k -> k < x).count();
    long atOrBelow = Arrays.stream(sorted).filter(k -> k <= x).count();

    assertThat(Ranks.below(sorted, x)).isEqualTo((int) below);
    assertThat(Ranks.atOrBelow(sorted, x)).isEqualTo((int) atOrBelow);
  }
}
