package org.leanml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.leanml.core.csv.CsvReader;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;

class SpambaseTest {

  @Test
  void load_bundledCopy_hasTheDocumentedShapeAndClassCounts() {
    Table t = Spambase.load();

    assertThat(t.rowCount()).isEqualTo(4601);
    assertThat(t.columnNames()).containsExactlyElementsOf(withLabel());
    assertThat(t.column(Spambase.LABEL).type()).isEqualTo(ColumnType.CATEGORICAL);
    int[] classes = Spambase.outputContract().classIndices(t);
    assertThat(java.util.Arrays.stream(classes).filter(c -> c == 1).count()).isEqualTo(1813);
    assertThat(Spambase.features()).hasSize(57);
  }

  @Test
  void bundledCopy_isTheSharedDatasetUnchanged() {
    Path shared = Path.of(System.getProperty("leanml.datasets.dir"), "spambase.csv");

    Table original = CsvReader.withDefaults().read(shared);

    assertThat(Fingerprints.of(Spambase.load())).isEqualTo(Fingerprints.of(original));
  }

  private static java.util.List<String> withLabel() {
    java.util.List<String> all = new java.util.ArrayList<>(Spambase.features());
    all.add(Spambase.LABEL);
    return all;
  }
}
