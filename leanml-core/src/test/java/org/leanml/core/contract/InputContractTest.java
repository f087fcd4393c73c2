package org.leanml.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class InputContractTest {

  private final InputContract contract =
      InputContract.of(
          FeatureSpec.numeric("age").withRange(0, 130),
          FeatureSpec.categorical("plan", "free", "pro"),
          FeatureSpec.numeric("score").asNullable());

  @Test
  void validate_conformingTable_hasNoViolations() {
    Table t =
        Table.builder()
            .numeric("age")
            .categorical("plan")
            .numeric("score")
            .numeric("extra")
            .addRow(30, "pro", null, 1)
            .build();

    assertThat(contract.validate(t).isValid()).isTrue();
  }

  @Test
  void validate_reportsEveryViolationWithRowColumnRuleAndValue() {
    Table t =
        Table.of(
            NumericColumn.of("age", 30, -1, Double.NaN, 200),
            CategoricalColumn.of("plan", "pro", "gold", null, "free"),
            NumericColumn.of("score", 1, 2, 3, 4));

    ValidationResult r = contract.validate(t);

    assertThat(r.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "row 1, column 'age': below minimum 0.0 (value '-1')",
            "row 2, column 'age': NaN or infinite value not allowed (value 'NaN')",
            "row 3, column 'age': above maximum 130.0 (value '200')",
            "row 1, column 'plan': unknown category (allowed: [free, pro]) (value 'gold')",
            "row 2, column 'plan': missing value not allowed");
  }

  @Test
  void validate_missingAndMistypedColumns_areColumnLevelViolations() {
    Table t = Table.of(CategoricalColumn.of("age", "x"));

    ValidationResult r = contract.validate(t);

    assertThat(r.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "column 'age': type CATEGORICAL but NUMERIC required",
            "column 'plan': missing column",
            "column 'score': missing column");
  }

  @Test
  void validate_capsTheNumberOfViolationsAndSaysSo() {
    Table t = Table.of(NumericColumn.of("age", -1, -2, -3, -4, -5));

    ValidationResult r =
        InputContract.of(FeatureSpec.numeric("age").withRange(0, 1)).validate(t, 2);

    assertThat(r.violations()).hasSize(2);
    assertThat(r.truncated()).isTrue();
    assertThatThrownBy(() -> r.throwIfInvalid("training data"))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageStartingWith("training data: 2 violations (capped): row 0, column 'age'");
  }

  @Test
  void incompatibilitiesWith_namesEachFeatureAndRule() {
    InputContract produced =
        InputContract.of(
            FeatureSpec.numeric("age").asNullable(), FeatureSpec.categorical("plan", "free", "x"));

    List<String> problems = produced.incompatibilitiesWith(contract);

    assertThat(problems)
        .containsExactly(
            "feature 'age': may be missing but the consumer requires a value",
            "feature 'plan': categories [free, x] are not within the required [free, pro]",
            "feature 'score' is required but not produced");
  }

  @Test
  void constructor_repeatedFeature_isRefused() {
    assertThatThrownBy(() -> InputContract.of(FeatureSpec.numeric("a"), FeatureSpec.numeric("a")))
        .hasMessageContaining("'a' appears more than once");
  }

  @Test
  void inferFrom_describesTheTableAsItIs() {
    Table t =
        Table.of(
            NumericColumn.of("a", 1, Double.POSITIVE_INFINITY),
            CategoricalColumn.of("b", "x", null));

    InputContract c = InputContract.inferFrom(t);

    assertThat(c.feature("a").orElseThrow().allowNonFinite()).isTrue();
    assertThat(c.feature("b").orElseThrow().nullable()).isTrue();
    assertThat(c.feature("b").orElseThrow().type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(c.validate(t).isValid()).isTrue();
  }

  @Test
  void project_unknownFeature_isRefused() {
    assertThatThrownBy(() -> contract.project(List.of("age", "zip")))
        .hasMessageContaining("feature 'zip' is not in the contract");
  }
}
