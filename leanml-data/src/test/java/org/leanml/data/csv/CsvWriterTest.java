package org.leanml.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

class CsvWriterTest {

  @Test
  void write_quotesOnlyWhenNeeded() {
    Table t =
        Table.builder()
            .numeric("x")
            .categorical("c")
            .addRow(1.5, "plain")
            .addRow(-0.0, "a,b")
            .addRow(null, "say \"hi\"")
            .addRow(3.0, "")
            .addRow(1e20, null)
            .build();

    String csv = CsvWriter.withDefaults().toString(t);

    assertThat(csv)
        .isEqualTo("x,c\n1.5,plain\n-0.0,\"a,b\"\n,\"say \"\"hi\"\"\"\n3,\"\"\n1.0E20,\n");
  }

  @Test
  void write_missingToken_isTheFirstTokenAndValuesEqualToATokenAreQuoted() {
    Table t = Table.builder().categorical("c").addRow("NA").addRow((Object) null).build();

    String csv = CsvWriter.with(CsvOptions.defaults().withMissingTokens("NA", "")).toString(t);

    assertThat(csv).isEqualTo("c\n\"NA\"\nNA\n");
  }

  @Test
  void write_file_readsBackWithTimestamps(@TempDir Path dir) {
    Table t =
        Table.builder()
            .column("when", ColumnType.TIMESTAMP)
            .column("note", ColumnType.TEXT)
            .addRow(Instant.parse("2024-01-02T03:04:05.678Z"), "x\ny")
            .addRow(null, null)
            .build();
    Path f = dir.resolve("t.csv");
    CsvOptions o = CsvOptions.defaults().withSchema(CsvSchema.typesOf(t));

    CsvWriter.with(o).write(t, f);
    Table back = CsvReader.with(o).read(f);

    assertThat(back).isEqualTo(t);
    assertThat(Files.exists(f)).isTrue();
  }

  @Test
  void formatNumber_readsBackBitForBit() {
    double[] vs = {0.1, -0.0, 1e15, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE, 12345.0, Math.PI};

    for (double v : vs) {
      assertThat(Double.doubleToRawLongBits(Double.parseDouble(CsvWriter.formatNumber(v))))
          .isEqualTo(Double.doubleToRawLongBits(v));
    }
  }
}
