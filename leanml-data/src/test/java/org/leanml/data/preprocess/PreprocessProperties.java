package org.leanml.data.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leanml.core.stage.Preprocess;
import org.leanml.core.stage.Preprocess.FittedPreprocess;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class PreprocessProperties {

  @Provide
  Arbitrary<Table> tables() {
    return Arbitraries.integers()
        .between(3, 40)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.doubles().between(-1e3, 1e3).array(double[].class).ofSize(n),
                        Arbitraries.integers().between(0, 4).array(int[].class).ofSize(n),
                        Arbitraries.of("a", "b", "c").injectNull(0.2).list().ofSize(n))
                    .as(
                        (x, m, c) -> {
                          BitSet missing = new BitSet();
                          for (int i = 1; i < n; i++) {
                            if (m[i] == 0) {
                              missing.set(i);
                            }
                          }
                          String[] cs = c.toArray(new String[0]);
                          cs[0] = "a";
                          return Table.of(
                              NumericColumn.of("x", x, missing), CategoricalColumn.of("c", cs));
                        }));
  }

  static List<Preprocess> rowWiseStages() {
    return List.of(
        Impute.numeric(ImputeStrategy.MEDIAN, "x"),
        Impute.numeric(ImputeStrategy.MEAN, "x"),
        Impute.categoricalMostFrequent("c"),
        Impute.categoricalConstant("none", "c"),
        Clip.quantiles(0.1, 0.9, "x"),
        Clip.fixed(-10, 10, "x"),
        Cast.of(ColumnType.CATEGORICAL, ColumnType.TEXT, "c"));
  }

  @Property(tries = 60)
  void fittedStage_onAnySubsetOfRows_equalsTheSubsetOfTheWhole(
      @ForAll("tables") Table training, @ForAll("tables") Table serving) {
    int[] subset = new int[serving.rowCount() / 2 + 1];
    for (int i = 0; i < subset.length; i++) {
      subset[i] = (i * 7) % serving.rowCount();
    }
    for (Preprocess p : rowWiseStages()) {
      FittedPreprocess f = p.fit(training);

      Table whole = f.apply(serving);
      Table part = f.apply(serving.rows(subset));

      assertThat(part).as(p.toString()).isEqualTo(whole.rows(subset));
      assertThat(f.stateFingerprint()).isEqualTo(p.fit(training).stateFingerprint());
    }
  }

  @Property(tries = 60)
  void filter_keepsExactlyThePassingRowsInOrder(@ForAll("tables") Table t) {
    FittedPreprocess f =
        FilterRows.keep(Condition.atLeast("x", 0), Condition.in("c", "a", "b")).fit(t);

    Table out = f.apply(t);

    int k = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      boolean pass =
          !t.numeric("x").isMissing(r)
              && t.numeric("x").get(r) >= 0
              && t.categorical("c").get(r) != null
              && !t.categorical("c").get(r).equals("c");
      if (pass) {
        assertThat(out.numeric("x").get(k)).isEqualTo(t.numeric("x").get(r));
        k++;
      }
    }
    assertThat(out.rowCount()).isEqualTo(k);
  }
}
