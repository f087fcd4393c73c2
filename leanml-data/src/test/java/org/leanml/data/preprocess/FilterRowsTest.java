package org.leanml.data.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Table;

class FilterRowsTest {

  static Table table() {
    return Table.builder()
        .numeric("age")
        .categorical("city")
        .addRow(17.0, "Oslo")
        .addRow(30.0, "Rome")
        .addRow(null, "Oslo")
        .addRow(45.0, null)
        .addRow(Double.NaN, "Rome")
        .addRow(65.0, "Oslo")
        .build();
  }

  @Test
  void keep_conjunctionOfConditions_keepsOrder() {
    FilterRows f =
        FilterRows.keep(Condition.atLeast("age", 18), Condition.in("city", "Oslo", "Rome"));

    Table out = f.fit(table()).apply(table());

    assertThat(out.numeric("age").toArray()).containsExactly(30, 65);
    assertThat(out.categorical("city").get(1)).isEqualTo("Oslo");
  }

  @Test
  void missingAndNaN_failComparisons() {
    Table out = FilterRows.keep(Condition.lessThan("age", 100)).fit(table()).apply(table());

    assertThat(out.rowCount()).isEqualTo(4);
  }

  @Test
  void isMissing_andNotIn_work() {
    assertThat(FilterRows.keep(Condition.isMissing("age")).fit(table()).apply(table()).rowCount())
        .isEqualTo(1);
    assertThat(
            FilterRows.keep(Condition.notIn("city", "Oslo")).fit(table()).apply(table()).rowCount())
        .isEqualTo(2);
    assertThat(
            FilterRows.keep(Condition.between("age", 17, 30), Condition.isPresent("city"))
                .fit(table())
                .apply(table())
                .rowCount())
        .isEqualTo(2);
  }

  @Test
  void produces_testedColumnNonNullableWithNarrowedRange() {
    InputContract in =
        InputContract.of(
            FeatureSpec.numeric("age").asNullable().allowingNonFinite(),
            FeatureSpec.categorical("city", "Oslo", "Rome", "Paris").asNullable());

    InputContract out =
        FilterRows.keep(Condition.between("age", 18, 99), Condition.notIn("city", "Paris"))
            .produces(in);

    FeatureSpec age = out.feature("age").orElseThrow();
    assertThat(age.nullable()).isFalse();
    assertThat(age.allowNonFinite()).isFalse();
    assertThat(age.min()).isEqualTo(18);
    assertThat(age.max()).isEqualTo(99);
    assertThat(out.feature("city").orElseThrow().categories()).containsExactly("Oslo", "Rome");
    assertThat(
            out.validate(
                    FilterRows.keep(
                            Condition.between("age", 18, 99), Condition.notIn("city", "Paris"))
                        .fit(table())
                        .apply(table()))
                .isValid())
        .isTrue();
  }

  @Test
  void conditions_validateTheirOperands() {
    assertThatThrownBy(() -> Condition.between("a", 2, 1))
        .hasMessage("BETWEEN on 'a' needs lower <= upper but got [2.0, 1.0]");
    assertThatThrownBy(() -> Condition.in("a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(FilterRows::keep).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configuration_andFingerprint_describeConditions() {
    FilterRows f = FilterRows.keep(Condition.greaterThan("age", 18));

    assertThat(f.configuration()).containsEntry("keep", "[age GREATER_THAN 18.0]");
    assertThat(f.fit(table()).stateFingerprint())
        .isNotEqualTo(
            FilterRows.keep(Condition.greaterThan("age", 19)).fit(table()).stateFingerprint());
  }
}
