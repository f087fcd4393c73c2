package org.leanml.data.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Table;

class ImputeTest {

  static Table training() {
    return Table.builder()
        .numeric("x")
        .categorical("c")
        .addRow(3.5, "b")
        .addRow(-1.0, "a")
        .addRow(null, null)
        .addRow(7.25, "b")
        .addRow(2.0, "a")
        .addRow(10.0, null)
        .addRow(0.5, "c")
        .addRow(4.0, "a")
        .addRow(8.0, "b")
        .build();
  }

  @Test
  void median_fillsMissingWithTrainingMedian() {
    Impute.Fitted f = Impute.numeric(ImputeStrategy.MEDIAN, "x").fit(training());

    Table out = f.apply(training());

    // numpy: np.median([3.5,-1.0,7.25,2.0,10.0,0.5,4.0,8.0]) -> 3.75
    assertThat(f.numericFills()).containsEntry("x", 3.75);
    assertThat(out.numeric("x").get(2)).isEqualTo(3.75);
    assertThat(out.numeric("x").missingCount()).isZero();
    assertThat(out.numeric("x").get(0)).isEqualTo(3.5);
  }

  @Test
  void mean_fillsMissingWithTrainingMean() {
    Impute.Fitted f = Impute.numeric(ImputeStrategy.MEAN, "x").fit(training());

    // numpy: np.mean([3.5,-1.0,7.25,2.0,10.0,0.5,4.0,8.0]) -> 4.28125
    assertThat(f.numericFills()).containsEntry("x", 4.28125);
  }

  @Test
  void mostFrequent_numericTies_goToTheSmallest() {
    Table t = Table.builder().numeric("x").addRow(5.0).addRow(2.0).addRow(5.0).addRow(2.0).build();

    Impute.Fitted f = Impute.numeric(ImputeStrategy.MOST_FREQUENT, "x").fit(t);

    assertThat(f.numericFills()).containsEntry("x", 2.0);
  }

  @Test
  void mostFrequent_categorical_fillsWithModeAndTiesGoLexicographic() {
    Impute.Fitted f = Impute.categoricalMostFrequent("c").fit(training());

    Table out = f.apply(training());

    assertThat(f.levelFills()).containsEntry("c", "a");
    assertThat(out.categorical("c").get(2)).isEqualTo("a");
    assertThat(out.categorical("c").missingCount()).isZero();
  }

  @Test
  void constant_categorical_addsNewLevel() {
    Impute.Fitted f = Impute.categoricalConstant("unknown", "c").fit(training());

    Table out = f.apply(training());

    assertThat(out.categorical("c").get(5)).isEqualTo("unknown");
    assertThat(out.categorical("c").levels()).contains("unknown");
  }

  @Test
  void fitted_reappliesTrainingValuesToNewData() {
    Impute.Fitted f = Impute.numeric(ImputeStrategy.MEDIAN, "x").fit(training());
    Table serving = Table.builder().numeric("x").categorical("c").addRow(null, "a").build();

    Table out = f.apply(serving);

    assertThat(out.numeric("x").get(0)).isEqualTo(3.75);
  }

  @Test
  void produces_imputedColumnsBecomeNonNullable() {
    InputContract in =
        InputContract.of(
            FeatureSpec.numeric("x").asNullable(), FeatureSpec.categorical("c", "a").asNullable());

    InputContract out = Impute.categoricalConstant("z", "c").produces(in);

    assertThat(out.feature("c").orElseThrow().nullable()).isFalse();
    assertThat(out.feature("c").orElseThrow().categories()).containsExactly("a", "z");
    assertThat(out.feature("x").orElseThrow().nullable()).isTrue();
  }

  @Test
  void fit_allMissing_namesTheColumn() {
    Table t = Table.builder().numeric("x").addRow((Object) null).build();

    assertThatThrownBy(() -> Impute.numeric(ImputeStrategy.MEAN, "x").fit(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'x' has no present, finite value to learn MEAN from");
  }

  @Test
  void fit_wrongType_isAContractViolation() {
    assertThatThrownBy(() -> Impute.numeric(ImputeStrategy.MEAN, "c").fit(training()))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("input of stage 'impute'")
        .hasMessageContaining("column 'c'");
  }

  @Test
  void categorical_meanIsRejected() {
    assertThatThrownBy(() -> Impute.numericConstant(Double.NaN, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Impute.numeric(ImputeStrategy.CONSTANT, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stateFingerprint_dependsOnLearnedValues() {
    Impute stage = Impute.numeric(ImputeStrategy.MEDIAN, "x");
    Table other = Table.builder().numeric("x").categorical("c").addRow(1.0, "a").build();

    assertThat(stage.fit(training()).stateFingerprint())
        .isEqualTo(stage.fit(training()).stateFingerprint())
        .isNotEqualTo(stage.fit(other).stateFingerprint());
  }

  @Property(tries = 100)
  void fitted_appliedTwice_givesIdenticalTables(@ForAll @Size(min = 1, max = 30) List<Double> xs) {
    var b = Table.builder().numeric("x");
    for (int i = 0; i < xs.size(); i++) {
      b.addRow(i % 3 == 0 ? null : xs.get(i));
    }
    b.addRow(1.0);
    Table t = b.build();
    Impute.Fitted f = Impute.numeric(ImputeStrategy.MEDIAN, "x").fit(t);

    assertThat(f.apply(t)).isEqualTo(f.apply(t));
    assertThat(f.apply(t).numeric("x").missingCount()).isZero();
  }
}
