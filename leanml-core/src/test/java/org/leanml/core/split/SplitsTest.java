package org.leanml.core.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.core.table.TimestampColumn;

class SplitsTest {

  @Property(tries = 100)
  void random_sameSeed_sameSplit_andPartitionsTheRows(
      @ForAll @IntRange(min = 2, max = 500) int n,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double fraction,
      @ForAll long seed) {
    TrainTestSplit a = Splits.random(n, fraction, seed);
    TrainTestSplit b = Splits.random(n, fraction, seed);

    assertThat(a).isEqualTo(b);
    assertPartition(n, a.train(), a.test());
    assertThat(a.test().length).isBetween(1, n - 1);
  }

  @Property(tries = 100)
  void sample_keepsDistinctSortedRows_sameForASeed(
      @ForAll @IntRange(min = 0, max = 500) int n,
      @ForAll @IntRange(min = 1, max = 600) int size,
      @ForAll long seed) {
    int[] a = Splits.sample(n, size, seed);

    assertThat(a).isEqualTo(Splits.sample(n, size, seed));
    assertThat(a).hasSize(Math.min(n, size)).isSorted().doesNotHaveDuplicates();
    if (a.length > 0) {
      assertThat(a[0]).isNotNegative();
      assertThat(a[a.length - 1]).isLessThan(n);
    }
  }

  @Test
  void sample_everySubsetIsEquallyLikely() {
    // 10 subsets of 2 rows out of 5, 20,000 seeds: each expected 2,000 times (sd about 42); the
    // seeds are fixed, so this is deterministic, and a bias of 10% would fail it
    int[] counts = new int[32];
    for (long seed = 0; seed < 20_000; seed++) {
      int[] s = Splits.sample(5, 2, seed);
      counts[(1 << s[0]) | (1 << s[1])]++;
    }
    int subsets = 0;
    for (int c : counts) {
      if (c > 0) {
        subsets++;
        assertThat(c).isBetween(1_800, 2_200);
      }
    }
    assertThat(subsets).isEqualTo(10);
  }

  @Test
  void sample_rejectsEmptySizeAndNegativeRowCount() {
    assertThatThrownBy(() -> Splits.sample(10, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sample needs size >= 1 but got 0");
    assertThatThrownBy(() -> Splits.sample(-1, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowCount must be >= 0 but was -1");
  }

  @Property(tries = 100)
  void stratified_keepsEachClassShare_andPartitions(
      @ForAll @Size(min = 2, max = 300) List<@IntRange(min = 0, max = 3) Integer> classes,
      @ForAll @DoubleRange(min = 0.05, max = 0.95) double fraction,
      @ForAll long seed) {
    Table t = labelTable(classes);

    TrainTestSplit s = Splits.stratified(t, "y", fraction, seed);

    assertThat(Splits.stratified(t, "y", fraction, seed)).isEqualTo(s);
    assertPartition(classes.size(), s.train(), s.test());
    for (int c = 0; c <= 3; c++) {
      int total = count(classes, c, null);
      int inTest = count(classes, c, s.test());
      assertThat(inTest).isEqualTo((int) Math.round(total * fraction));
    }
  }

  @Property(tries = 100)
  void stratifiedKFold_everyRowInOneFold_classesBalancedWithinOne(
      @ForAll @Size(min = 10, max = 300) List<@IntRange(min = 0, max = 3) Integer> classes,
      @ForAll @IntRange(min = 2, max = 10) int k,
      @ForAll long seed) {
    Table t = labelTable(classes);

    Folds folds = Splits.stratifiedKFold(t, "y", k, seed);

    assertThat(Splits.stratifiedKFold(t, "y", k, seed)).isEqualTo(folds);
    BitSet covered = new BitSet();
    for (TrainTestSplit s : folds.splits()) {
      assertPartition(classes.size(), s.train(), s.test());
      for (int r : s.test()) {
        assertThat(covered.get(r)).as("row %d in two folds", r).isFalse();
        covered.set(r);
      }
    }
    assertThat(covered.cardinality()).isEqualTo(classes.size());
    for (int c = 0; c <= 3; c++) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (TrainTestSplit s : folds.splits()) {
        int inFold = count(classes, c, s.test());
        min = Math.min(min, inFold);
        max = Math.max(max, inFold);
      }
      assertThat(max - min).as("class %d spread over folds", c).isLessThanOrEqualTo(1);
    }
  }

  @Property(tries = 100)
  void kFold_partitionsAndBalancesFoldSizes(
      @ForAll @IntRange(min = 10, max = 400) int n,
      @ForAll @IntRange(min = 2, max = 10) int k,
      @ForAll long seed) {
    Folds folds = Splits.kFold(n, k, seed);

    int min = Integer.MAX_VALUE;
    int max = 0;
    for (TrainTestSplit s : folds.splits()) {
      assertPartition(n, s.train(), s.test());
      min = Math.min(min, s.test().length);
      max = Math.max(max, s.test().length);
    }
    assertThat(max - min).isLessThanOrEqualTo(1);
    assertThat(Splits.kFold(n, k, seed)).isEqualTo(folds);
  }

  @Property(tries = 100)
  void byTime_trainBeforeCut_testAtOrAfter(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 1000) Integer> times,
      @ForAll @IntRange(min = 0, max = 1000) int cut) {
    long[] millis = times.stream().mapToLong(Integer::longValue).toArray();
    Table t = Table.of(TimestampColumn.of("ts", millis, new BitSet()));

    TrainTestSplit s = Splits.byTime(t, "ts", Instant.ofEpochMilli(cut));

    assertPartition(times.size(), s.train(), s.test());
    for (int r : s.train()) {
      assertThat(millis[r]).isLessThan(cut);
    }
    for (int r : s.test()) {
      assertThat(millis[r]).isGreaterThanOrEqualTo(cut);
    }
  }

  @Test
  void differentSeeds_differentSplits() {
    assertThat(Splits.random(100, 0.3, 1)).isNotEqualTo(Splits.random(100, 0.3, 2));
  }

  @Test
  void apply_selectsTheRowsOfATable() {
    Table t = Table.of(NumericColumn.of("x", 10, 11, 12, 13));
    TrainTestSplit s = new TrainTestSplit(new int[] {0, 2}, new int[] {1, 3});

    assertThat(s.trainOf(t).numeric("x").toArray()).containsExactly(10, 12);
    assertThat(s.testOf(t).numeric("x").toArray()).containsExactly(11, 13);
  }

  @Test
  void overlappingParts_rejectedNamingRow() {
    assertThatThrownBy(() -> new TrainTestSplit(new int[] {0, 1}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
  }

  @Test
  void missingLabel_rejectedNamingRowAndColumn() {
    Table t = Table.of(CategoricalColumn.of("y", "a", null, "b"));

    assertThatThrownBy(() -> Splits.stratifiedKFold(t, "y", 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1")
        .hasMessageContaining("'y'");
  }

  @Test
  void tooManyFolds_rejected() {
    assertThatThrownBy(() -> Splits.kFold(3, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be");
  }

  static Table labelTable(List<Integer> classes) {
    String[] v = new String[classes.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = "c" + classes.get(i);
    }
    return Table.of(CategoricalColumn.of("y", v));
  }

  static int count(List<Integer> classes, int c, int[] rows) {
    int n = 0;
    if (rows == null) {
      for (int x : classes) {
        n += x == c ? 1 : 0;
      }
    } else {
      for (int r : rows) {
        n += classes.get(r) == c ? 1 : 0;
      }
    }
    return n;
  }

  static void assertPartition(int n, int[] train, int[] test) {
    BitSet seen = new BitSet();
    for (int r : train) {
      seen.set(r);
    }
    for (int r : test) {
      assertThat(seen.get(r)).as("row %d in both parts", r).isFalse();
      seen.set(r);
    }
    assertThat(seen.cardinality()).isEqualTo(n);
    assertThat(seen.length()).isEqualTo(n);
  }
}
