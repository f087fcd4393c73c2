package org.leanml.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.contract.InputContract;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;
import org.leanml.datasets.BundledDataset;

class CsvExtractTest {

  @Test
  void extract_spambaseInferred_has4601RowsAnd58ColumnsWithBinaryLabel(@TempDir Path dir) {
    CsvExtract e = CsvExtract.of(BundledDataset.SPAMBASE.copyTo(dir));

    Table t = e.extract();

    assertThat(t.rowCount()).isEqualTo(4601);
    assertThat(t.columnCount()).isEqualTo(58);
    assertThat(t.column("type").type()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(t.categorical("type").levels()).containsExactlyInAnyOrder("spam", "nonspam");
    assertThat(t.columns().stream().filter(c -> c.type() == ColumnType.NUMERIC).count())
        .isEqualTo(57);
    assertThat(e.produces()).isEqualTo(InputContract.inferFrom(t));
  }

  @Test
  void extract_explicitSchema_producesItsContractWithoutReading(@TempDir Path dir) {
    InputContract c = InputContract.numeric(List.of("a"));
    CsvExtract e = CsvExtract.of(dir.resolve("absent.csv")).withSchema(CsvSchema.of(c));

    InputContract produced = e.produces();

    assertThat(produced).isEqualTo(c);
    assertThatThrownBy(e::extract).isInstanceOf(CsvFormatException.class);
  }

  @Test
  void extract_reportsProgressAndConfiguration(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.csv");
    Files.writeString(f, "a\n1\n");
    List<long[]> reports = new ArrayList<>();

    CsvExtract e =
        CsvExtract.of(f)
            .named("load")
            .withProgress((stage, done, total) -> reports.add(new long[] {done, total}));
    e.extract();

    assertThat(reports).isNotEmpty();
    assertThat(reports.get(reports.size() - 1)).containsExactly(4, 4);
    assertThat(e.configuration()).containsEntry("schema", "inferred").containsKey("file");
    assertThat(e.name()).isEqualTo("load");
  }

  @Test
  void tableExtract_producesTheTablesOwnContract() {
    Table t = Table.builder().numeric("a").addRow(1.0).addRow((Object) null).build();

    TableExtract e = TableExtract.of(t).named("mem");

    assertThat(e.extract()).isSameAs(t);
    assertThat(e.produces().feature("a").orElseThrow().nullable()).isTrue();
    assertThat(e.configuration()).containsEntry("rows", "2").containsKey("table_fingerprint");
  }
}
