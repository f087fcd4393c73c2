package org.leanml.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class OutputContractTest {

  @Test
  void binary_positiveIsSecondLabel() {
    OutputContract c = OutputContract.binary("type", "nonspam", "spam");

    assertThat(c.labels()).containsExactly("nonspam", "spam");
    assertThat(c.positiveIndex()).isEqualTo(1);
  }

  @Test
  void binary_positiveNotInLabels_isRefused() {
    assertThatThrownBy(() -> new OutputContract(Task.BINARY, "y", List.of("a", "b"), "c"))
        .hasMessageContaining("positive label 'c' is not one of [a, b]");
  }

  @Test
  void classIndices_mapsLabelsInContractOrder() {
    OutputContract c = OutputContract.binary("type", "nonspam", "spam");
    Table t = Table.of(CategoricalColumn.of("type", "spam", "nonspam", "spam"));

    assertThat(c.classIndices(t)).containsExactly(1, 0, 1);
  }

  @Test
  void validate_labelOutsideDomainOrMissing_namesRow() {
    OutputContract c = OutputContract.binary("type", "nonspam", "spam");
    Table t = Table.of(CategoricalColumn.of("type", "spam", "ham", null));

    assertThat(c.validate(t, 10).violations())
        .extracting(Violation::toString)
        .containsExactly(
            "row 1, column 'type': label outside the domain [nonspam, spam] (value 'ham')",
            "row 2, column 'type': missing label");
  }

  @Test
  void validate_regressionTargetMustBeFinite() {
    OutputContract c = OutputContract.regression("y");
    Table t = Table.of(NumericColumn.of("y", 1, Double.NaN));

    assertThat(c.validate(t, 10).violations())
        .extracting(Violation::toString)
        .containsExactly("row 1, column 'y': target is NaN or infinite (value 'NaN')");
  }

  @Test
  void differenceFrom_sameDomainInOtherOrder_isNone() {
    OutputContract a = OutputContract.multiclass("y", List.of("a", "b", "c"));
    OutputContract b = OutputContract.multiclass("y", List.of("c", "b", "a"));

    assertThat(a.differenceFrom(b)).isNull();
    assertThat(a.differenceFrom(OutputContract.multiclass("y", List.of("a", "b"))))
        .contains("labels [a, b, c] differ from [a, b]");
  }
}
