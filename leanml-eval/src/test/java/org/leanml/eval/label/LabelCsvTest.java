package org.leanml.eval.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

class LabelCsvTest {
  @TempDir Path dir;

  private static final OutputContract BINARY = OutputContract.binary("y", "no", "yes");

  private static final Table SOURCE =
      Table.of(
          NumericColumn.of("amount", 10.5, 20, 30.25, 40),
          CategoricalColumn.of("city", "Paris", "Lyon, FR", "say \"hi\"", null));

  private static final List<Prediction> SCORES =
      List.of(
          Prediction.ofProbabilities(0.9, 0.1),
          Prediction.ofProbabilities(0.5, 0.5),
          Prediction.ofProbabilities(0.4, 0.6),
          Prediction.ofProbabilities(0.2, 0.8));

  @Test
  void export_writesDocumentedColumnsWithQuoting() throws IOException {
    StringWriter out = new StringWriter();
    List<Selection> picks =
        List.of(
            new Selection(1, SelectionStrategy.UNCERTAINTY, 0),
            new Selection(2, SelectionStrategy.UNCERTAINTY, 0.1));

    LabelCsv.export(out, SOURCE, picks, BINARY, SCORES, null);

    assertThat(out.toString())
        .isEqualTo(
            "row_id,strategy,amount,city,score_no,score_yes,label\n"
                + "1,UNCERTAINTY,20,\"Lyon, FR\",0.5,0.5,\n"
                + "2,UNCERTAINTY,30.25,\"say \"\"hi\"\"\",0.4,0.6,\n");
  }

  @Test
  void exportThenImport_labelledRowsAppendedWithNewFingerprint() throws IOException {
    Table evaluation =
        Table.of(
            NumericColumn.of("amount", 1.0),
            CategoricalColumn.of("city", "Nice"),
            CategoricalColumn.of("y", "no"));
    StringWriter out = new StringWriter();
    LabelCsv.export(
        out,
        SOURCE,
        List.of(
            new Selection(1, SelectionStrategy.ENTROPY, 1),
            new Selection(3, SelectionStrategy.ENTROPY, 0.5),
            new Selection(2, SelectionStrategy.ENTROPY, 0.2)),
        BINARY,
        SCORES,
        SCORES);
    // The expert labels rows 1 and 3 and leaves row 2 blank.
    String[] lines = out.toString().split("\n");
    String filled = lines[0] + "\n" + lines[1] + "yes\n" + lines[2] + "no\n" + lines[3] + "\n";
    Path csv = Files.writeString(dir.resolve("labels.csv"), filled);

    LabelledSet set = LabelCsv.importLabels(csv, SOURCE, evaluation, "y");

    assertThat(set.added()).isEqualTo(2);
    assertThat(set.unlabelled()).isEqualTo(1);
    assertThat(set.table().rowCount()).isEqualTo(3);
    assertThat(set.table().categorical("y").get(1)).isEqualTo("yes");
    assertThat(set.table().categorical("city").get(1)).isEqualTo("Lyon, FR");
    assertThat(set.table().categorical("city").get(2)).isNull();
    assertThat(set.table().numeric("amount").get(2)).isEqualTo(40);
    assertThat(set.fingerprint()).isEqualTo(Fingerprints.of(set.table()));
    assertThat(set.fingerprint()).isNotEqualTo(Fingerprints.of(evaluation));
  }

  @Test
  void importLabels_unknownRowId_rejectedNamingFileLineAndColumn() throws IOException {
    Table evaluation = Table.of(NumericColumn.of("amount", 1.0), CategoricalColumn.of("y", "no"));
    Path csv = Files.writeString(dir.resolve("bad.csv"), "row_id,label\n0,yes\n9,no\n");

    assertThatThrownBy(() -> LabelCsv.importLabels(csv, SOURCE, evaluation, "y"))
        .isInstanceOf(LabelImportException.class)
        .hasMessage(csv + ", line 3, column 'row_id': 9 is outside the source's 4 rows");
  }

  @Test
  void importLabels_repeatedRowId_rejected() throws IOException {
    Table evaluation = Table.of(NumericColumn.of("amount", 1.0), CategoricalColumn.of("y", "no"));
    Path csv = Files.writeString(dir.resolve("dup.csv"), "label,row_id\nyes,1\nno,1\n");

    assertThatThrownBy(() -> LabelCsv.importLabels(csv, SOURCE, evaluation, "y"))
        .isInstanceOf(LabelImportException.class)
        .hasMessageEndingWith("line 3, column 'row_id': row 1 appears twice");
  }

  @Test
  void parse_quotedFieldWithLineBreak_oneRecord() {
    List<List<String>> r = LabelCsv.parse("a,b\n\"x\ny\",2\r\n", Path.of("f.csv"));

    assertThat(r).containsExactly(List.of("a", "b"), List.of("x\ny", "2"));
  }
}
