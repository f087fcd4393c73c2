package org.leanml.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  private static Table sample() {
    return Table.builder()
        .numeric("x")
        .categorical("colour")
        .column("note", ColumnType.TEXT)
        .column("at", ColumnType.TIMESTAMP)
        .addRow(1.5, "red", "a", Instant.parse("2026-01-01T00:00:00Z"))
        .addRow(null, "blue", null, 0L)
        .addRow(-2.0, null, "c", null)
        .build();
  }

  @Test
  void builder_typedCells_buildsColumnsWithMissingMarks() {
    Table t = sample();

    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.columnNames()).containsExactly("x", "colour", "note", "at");
    assertThat(t.numeric("x").isMissing(1)).isTrue();
    assertThat(t.numeric("x").get(1)).isNaN();
    assertThat(t.numeric("x").get(2)).isEqualTo(-2.0);
    assertThat(t.categorical("colour").levels()).containsExactly("red", "blue");
    assertThat(t.categorical("colour").get(2)).isNull();
    assertThat(t.text("note").missingCount()).isEqualTo(1);
    assertThat(t.timestamp("at").get(0)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(t.timestamp("at").isMissing(2)).isTrue();
  }

  @Test
  void builder_cellOfWrongType_namesRowAndColumn() {
    TableBuilder b = Table.builder().numeric("x");

    assertThatThrownBy(() -> b.addRow("oops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0")
        .hasMessageContaining("'x'");
  }

  @Test
  void of_columnsOfDifferentLength_isRefusedNamingBoth() {
    assertThatThrownBy(() -> Table.of(NumericColumn.of("a", 1, 2), NumericColumn.of("b", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b' has 1 rows")
        .hasMessageContaining("'a' has 2");
  }

  @Test
  void of_repeatedName_isRefused() {
    assertThatThrownBy(() -> Table.of(NumericColumn.of("a", 1), NumericColumn.of("a", 2)))
        .hasMessageContaining("'a' appears more than once");
  }

  @Test
  void select_projectsInGivenOrderAndSharesEquality() {
    Table t = sample();

    Table p = t.select("note", "x");

    assertThat(p.columnNames()).containsExactly("note", "x");
    assertThat(p.column("x")).isEqualTo(t.column("x"));
  }

  @Test
  void column_unknownName_listsAvailableColumns() {
    assertThatThrownBy(() -> sample().column("nope"))
        .hasMessageContaining("no column 'nope'")
        .hasMessageContaining("[x, colour, note, at]");
  }

  @Test
  void rows_selectsAndRepeatsRowsKeepingMissingMarks() {
    Table t = sample();

    Table r = t.rows(new int[] {2, 1, 1});

    assertThat(r.numeric("x").get(0)).isEqualTo(-2.0);
    assertThat(r.numeric("x").isMissing(1)).isTrue();
    assertThat(r.categorical("colour").get(2)).isEqualTo("blue");
    assertThat(r.categorical("colour").isMissing(0)).isTrue();
  }

  @Test
  void row_viewReadsCellsWithoutCopying() {
    Table t = sample();

    Row row = t.row(0);

    assertThat(row.getDouble("x")).isEqualTo(1.5);
    assertThat(row.getString("colour")).isEqualTo("red");
    assertThat(row.isMissing("note")).isFalse();
    assertThatThrownBy(() -> row.getDouble("colour"))
        .hasMessageContaining("'colour' is CATEGORICAL");
  }

  @Test
  void numericColumn_copiesItsInput() {
    double[] v = {1, 2};
    NumericColumn c = NumericColumn.of("a", v);

    v[0] = 99;

    assertThat(c.get(0)).isEqualTo(1.0);
  }

  @Test
  void numericColumn_missingMarkPastEnd_isRefused() {
    BitSet m = new BitSet();
    m.set(5);

    assertThatThrownBy(() -> NumericColumn.of("a", new double[] {1}, m))
        .hasMessageContaining("missing marks row 5");
  }

  @Test
  void withColumn_replacesSameNameAndAppendsNew() {
    Table t = Table.of(NumericColumn.of("a", 1, 2));

    Table u = t.withColumn(NumericColumn.of("a", 3, 4)).withColumn(NumericColumn.of("b", 5, 6));

    assertThat(u.columnNames()).containsExactly("a", "b");
    assertThat(u.numeric("a").get(0)).isEqualTo(3.0);
    assertThat(t.numeric("a").get(0)).isEqualTo(1.0);
  }

  @Test
  void drop_and_head_leaveTheOriginalUntouched() {
    Table t = sample();

    Table d = t.drop("note").head(2);

    assertThat(d.columnNames()).isEqualTo(List.of("x", "colour", "at"));
    assertThat(d.rowCount()).isEqualTo(2);
    assertThat(t.rowCount()).isEqualTo(3);
  }
}
