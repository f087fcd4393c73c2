package org.leanml.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.leanml.core.fingerprint.Fingerprints;
import org.leanml.core.table.ColumnType;
import org.leanml.core.table.Table;
import org.leanml.datasets.BundledDataset;

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

  /**
   * The original file's digest ({@code sha256sum spambase.csv} on the copy the bundled one was
   * compressed from) and its table's fingerprint ({@code
   * Fingerprints.of(CsvReader.withDefaults().read(Path.of("spambase.csv"))).hex()} on that copy).
   */
  private static final String ORIGINAL_SHA256 =
      "6d0a558fb9da113b5cbda2d9d0f5ee76307d0b397d64c81df25522034dc46bb0";

  private static final String ORIGINAL_TABLE_FINGERPRINT =
      "49079cdfe36c5c2acc94853ba31163bdab8c0fe053c485613222f689093e1a22";

  @Test
  void bundledCopy_isTheOriginalDatasetUnchanged() throws Exception {
    byte[] csv;
    try (InputStream in = BundledDataset.SPAMBASE.open()) {
      csv = in.readAllBytes();
    }

    Table loaded = Spambase.load();

    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)))
        .isEqualTo(ORIGINAL_SHA256);
    assertThat(Fingerprints.of(loaded).hex()).isEqualTo(ORIGINAL_TABLE_FINGERPRINT);
  }

  private static java.util.List<String> withLabel() {
    java.util.List<String> all = new java.util.ArrayList<>(Spambase.features());
    all.add(Spambase.LABEL);
    return all;
  }
}
