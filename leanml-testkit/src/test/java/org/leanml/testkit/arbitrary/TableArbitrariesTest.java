package org.leanml.testkit.arbitrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leanml.core.contract.FeatureSpec;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

class TableArbitrariesTest {

  static final InputContract CONTRACT =
      InputContract.of(
          FeatureSpec.numeric("age").withRange(0, 130),
          FeatureSpec.numeric("income").asNullable(),
          FeatureSpec.numeric("ratio").allowingNonFinite(),
          FeatureSpec.categorical("plan", "free", "pro", "team").asNullable(),
          new FeatureSpec(
              "when",
              ColumnType.TIMESTAMP,
              true,
              false,
              Double.NEGATIVE_INFINITY,
              Double.POSITIVE_INFINITY,
              List.of()),
          new FeatureSpec(
              "note",
              ColumnType.TEXT,
              false,
              false,
              Double.NEGATIVE_INFINITY,
              Double.POSITIVE_INFINITY,
              List.of()));

  @Provide
  Arbitrary<Table> tables() {
    return TableArbitraries.forContract(CONTRACT).withRows(1, 40).tables();
  }

  @Property(tries = 200)
  void generatedTables_satisfyTheirContract(@ForAll("tables") Table t) {
    assertThat(CONTRACT.validate(t).violations()).isEmpty();
    assertThat(t.columnNames()).isEqualTo(CONTRACT.names());
    assertThat(t.rowCount()).isBetween(1, 40);
  }

  @Property(tries = 50)
  void requiredFeatures_areNeverMissing(@ForAll("tables") Table t) {
    assertThat(t.column("age").missingCount()).isZero();
    assertThat(t.column("note").missingCount()).isZero();
  }

  @org.junit.jupiter.api.Test
  void edgeValuesOfTheRange_areGenerated() {
    long edges =
        tables()
            .sampleStream()
            .limit(300)
            .flatMapToDouble(t -> java.util.Arrays.stream(t.numeric("age").toArray()))
            .filter(v -> v == 0.0 || v == 130.0)
            .count();

    assertThat(edges).isPositive();
  }

  @Property(tries = 100)
  void nonFiniteValues_appearOnlyWhereAllowed(@ForAll("tables") Table t) {
    for (int r = 0; r < t.rowCount(); r++) {
      assertThat(t.numeric("income").isMissing(r) || Double.isFinite(t.numeric("income").get(r)))
          .isTrue();
    }
  }

  @org.junit.jupiter.api.Test
  void withRows_emptyRange_isRefused() {
    assertThatThrownBy(() -> TableArbitraries.forContract(CONTRACT).withRows(5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5..2");
  }
}
