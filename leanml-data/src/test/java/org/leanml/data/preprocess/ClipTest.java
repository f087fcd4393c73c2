package org.leanml.data.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class ClipTest {

  static Table table() {
    BitSet missing = new BitSet();
    missing.set(8);
    return Table.of(
        NumericColumn.of(
            "x",
            new double[] {3.5, -1.0, 7.25, 2.0, 10.0, 0.5, 4.0, 8.0, 0.0, Double.POSITIVE_INFINITY},
            missing));
  }

  @Test
  void fixed_clampsValuesKeepsMissing() {
    Table out = Clip.fixed(0, 5, "x").fit(table()).apply(table());

    assertThat(out.numeric("x").toArray())
        .containsExactly(3.5, 0, 5, 2, 5, 0.5, 4, 5, Double.NaN, 5);
    assertThat(out.numeric("x").isMissing(8)).isTrue();
  }

  @Test
  void quantiles_learnBoundsFromFiniteTrainingValues() {
    Clip.Fitted f = Clip.quantiles(0.05, 0.99, "x").fit(table());

    // numpy: np.quantile([3.5,-1.0,7.25,2.0,10.0,0.5,4.0,8.0], [0.05, 0.99]) -> [-0.475, 9.86]
    assertThat(f.bounds("x")[0]).isCloseTo(-0.475, within(1e-12));
    assertThat(f.bounds("x")[1]).isCloseTo(9.86, within(1e-12));
    assertThat(f.apply(table()).numeric("x").get(4)).isCloseTo(9.86, within(1e-12));
  }

  @Test
  void produces_fixedBoundsNarrowTheRange() {
    InputContract in = InputContract.of(FeatureSpec.numeric("x").withRange(2, 100));

    InputContract out = Clip.fixed(0, 5, "x").produces(in);

    assertThat(out.feature("x").orElseThrow().min()).isEqualTo(2);
    assertThat(out.feature("x").orElseThrow().max()).isEqualTo(5);
  }

  @Test
  void stateFingerprint_differsWithBounds() {
    assertThat(Clip.fixed(0, 5, "x").fit(table()).stateFingerprint())
        .isNotEqualTo(Clip.fixed(0, 6, "x").fit(table()).stateFingerprint());
  }
}
