package org.leanml.data.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.FeatureExtraction.FittedFeatures;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class FeatureProperties {

  @Provide
  Arbitrary<Table> tables() {
    return Arbitraries.integers()
        .between(2, 40)
        .flatMap(
            n -> {
              Arbitrary<double[]> nums =
                  Arbitraries.oneOf(
                          Arbitraries.doubles().between(-1e6, 1e6),
                          Arbitraries.of(0.0, -0.0, 1.0, 1e-300, 1e300))
                      .array(double[].class)
                      .ofSize(n);
              Arbitrary<double[]> positives =
                  Arbitraries.doubles().between(0, 1e9).array(double[].class).ofSize(n);
              Arbitrary<String[]> cats =
                  Arbitraries.of("a", "b", "c", "d").array(String[].class).ofSize(n);
              return Combinators.combine(nums, nums, positives, cats)
                  .as(
                      (x, y, p, c) ->
                          Table.of(
                              NumericColumn.of("x", x),
                              NumericColumn.of("y", y),
                              NumericColumn.of("p", p),
                              CategoricalColumn.of("c", c)));
            });
  }

  static FeatureExtraction everythingRenamed() {
    return Features.of(
        Select.of("x"),
        Scale.standard("y"),
        Scale.minMax("p"),
        Ratio.of("y", "x").as("r"),
        OneHot.of("c"));
  }

  @Property(tries = 100)
  void transformRow_equalsTransform_bitForBit(@ForAll("tables") Table table) {
    for (FeatureExtraction e :
        List.of(everythingRenamed(), Bin.quantiles("x", 3), Log.log1p("p"))) {
      FittedFeatures f = e.fit(table);
      Table all = f.transform(table);
      double[] out = new double[f.produces().size()];

      for (int r = 0; r < table.rowCount(); r++) {
        f.transformRow(table.row(r), out);
        for (int k = 0; k < out.length; k++) {
          assertThat(Double.doubleToRawLongBits(out[k]))
              .as("row %d feature %s", r, f.produces().names().get(k))
              .isEqualTo(
                  Double.doubleToRawLongBits(all.numeric(f.produces().names().get(k)).get(r)));
        }
      }
    }
  }

  @Property(tries = 50)
  void fitted_reappliesIdenticallyToNewRows(
      @ForAll("tables") Table training, @ForAll("tables") Table serving) {
    FittedFeatures f = everythingRenamed().fit(training);
    FittedFeatures again = everythingRenamed().fit(training);

    assertThat(f.transform(serving)).isEqualTo(again.transform(serving));
    assertThat(f.transform(serving)).isEqualTo(f.transform(serving));
    assertThat(f.stateFingerprint()).isEqualTo(again.stateFingerprint());
  }

  @Property(tries = 50)
  void transformRow_onAnotherTableAfterTheFirst_usesTheRightColumns(
      @ForAll("tables") Table a, @ForAll("tables") Table b) {
    FittedFeatures f = everythingRenamed().fit(a);
    Table reordered = b.select("c", "p", "y", "x");
    double[] out1 = new double[f.produces().size()];
    double[] out2 = new double[f.produces().size()];

    f.transformRow(a.row(0), out1);
    f.transformRow(reordered.row(0), out1);
    f.transformRow(b.row(0), out2);

    assertThat(out1).containsExactly(out2);
  }
}
