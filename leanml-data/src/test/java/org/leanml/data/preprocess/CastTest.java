package org.leanml.data.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.contract.ContractViolationException;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

class CastTest {

  @Test
  void categoricalToNumeric_parsesDecimals() {
    Table t =
        Table.builder()
            .categorical("n")
            .addRow(" 1.5")
            .addRow("-2e3")
            .addRow((Object) null)
            .build();

    Table out = Cast.of(ColumnType.CATEGORICAL, ColumnType.NUMERIC, "n").fit(t).apply(t);

    assertThat(out.numeric("n").toArray()).containsExactly(1.5, -2000, Double.NaN);
    assertThat(out.numeric("n").isMissing(2)).isTrue();
  }

  @Test
  void toNumeric_badCell_namesRowColumnAndValue() {
    Table t = Table.builder().categorical("n").addRow("1").addRow("abc").addRow("NaN").build();
    var fitted = Cast.of(ColumnType.CATEGORICAL, ColumnType.NUMERIC, "n").fit(t);

    assertThatThrownBy(() -> fitted.apply(t))
        .isInstanceOf(ContractViolationException.class)
        .hasMessage(
            "stage 'cast' cannot cast to NUMERIC: 2 violations: row 1, column 'n': not a finite"
                + " decimal number (value 'abc'); row 2, column 'n': not a finite decimal number"
                + " (value 'NaN')");
  }

  @Test
  void numericToCategorical_usesTheNumbersText() {
    Table t = Table.builder().numeric("n").addRow(1.0).addRow(2.5).addRow((Object) null).build();

    Table out = Cast.of(ColumnType.NUMERIC, ColumnType.CATEGORICAL, "n").fit(t).apply(t);

    assertThat(out.categorical("n").levels()).containsExactly("1", "2.5");
    assertThat(out.categorical("n").get(2)).isNull();
  }

  @Test
  void produces_targetTypeFiniteSameNullability() {
    InputContract in = InputContract.of(FeatureSpec.categorical("n").asNullable());

    InputContract out = Cast.of(ColumnType.CATEGORICAL, ColumnType.NUMERIC, "n").produces(in);

    assertThat(out.features()).containsExactly(FeatureSpec.numeric("n").asNullable());
  }

  @Test
  void of_sameTypesOrTimestampTarget_rejected() {
    assertThatThrownBy(() -> Cast.of(ColumnType.TEXT, ColumnType.TEXT, "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cast.of(ColumnType.TEXT, ColumnType.TIMESTAMP, "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cast.of(ColumnType.TEXT, ColumnType.NUMERIC))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stateFingerprint_isTheConfiguration() {
    Table t = Table.builder().categorical("n").addRow("1").build();

    assertThat(Cast.of(ColumnType.CATEGORICAL, ColumnType.NUMERIC, "n").fit(t).stateFingerprint())
        .isEqualTo(
            Cast.of(ColumnType.CATEGORICAL, ColumnType.NUMERIC, "n").fit(t).stateFingerprint())
        .isNotEqualTo(
            Cast.of(ColumnType.CATEGORICAL, ColumnType.TEXT, "n").fit(t).stateFingerprint());
    assertThat(List.of(ColumnType.values())).hasSize(4);
  }
}
