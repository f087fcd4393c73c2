package org.leanml.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BundledDatasetTest {

  /**
   * The digests of the original files, from {@code sha256sum spambase.csv letter.csv} in the folder
   * the bundled copies were compressed from ({@code gzip -9n}); the row counts from {@code wc -l}
   * minus the header line.
   */
  static Stream<Arguments> recorded() {
    return Stream.of(
        Arguments.of(
            BundledDataset.SPAMBASE,
            "6d0a558fb9da113b5cbda2d9d0f5ee76307d0b397d64c81df25522034dc46bb0",
            4601,
            "type"),
        Arguments.of(
            BundledDataset.LETTER,
            "d0982cbc2106b8b52a811424b8171d50c1a96b05bc7ff4121ce7bd1087b6d226",
            20000,
            "lettr"));
  }

  @ParameterizedTest
  @MethodSource("recorded")
  void open_decompressedCsv_hasTheRecordedSha256AndRowCount(
      BundledDataset dataset, String sha256, int rows, String label) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");

    byte[] csv;
    try (InputStream in = dataset.open()) {
      csv = in.readAllBytes();
    }

    assertThat(HexFormat.of().formatHex(digest.digest(csv))).isEqualTo(sha256);
    assertThat(dataset.sha256()).isEqualTo(sha256);
    assertThat(lines(csv) - 1).isEqualTo(rows).isEqualTo(dataset.rowCount());
    assertThat(dataset.labelColumn()).isEqualTo(label);
  }

  @ParameterizedTest
  @EnumSource(BundledDataset.class)
  void open_headerLine_namesTheLabelColumn(BundledDataset dataset) throws IOException {
    String header;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(dataset.open(), StandardCharsets.UTF_8))) {
      header = in.readLine();
    }

    assertThat(header).isNotNull();
    assertThat(header.split(",")).contains(dataset.labelColumn());
  }

  @ParameterizedTest
  @EnumSource(BundledDataset.class)
  void copyTo_missingFolder_writesThePlainCsvThere(BundledDataset dataset, @TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("a").resolve("b");

    Path file = dataset.copyTo(dir);

    assertThat(file).isEqualTo(dir.resolve(dataset.fileName())).isRegularFile();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo(dataset.sha256());
  }

  @Test
  void copyTo_existingFile_isReplaced(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("letter.csv"), "stale");

    Path file = BundledDataset.LETTER.copyTo(dir);

    assertThat(Files.size(file)).isGreaterThan(100_000);
  }

  @ParameterizedTest
  @EnumSource(BundledDataset.class)
  void provenance_citesTheDoiUnderCcBy4(BundledDataset dataset) {
    assertThat(dataset.citation()).contains("https://doi.org/" + dataset.doi());
    assertThat(dataset.licence()).contains("CC BY 4.0");
    assertThat(dataset.resource()).endsWith("/" + dataset.fileName() + ".gz");
  }

  @ParameterizedTest
  @EnumSource(BundledDataset.class)
  void readme_recordsEachDatasetsCitationAndDigest(BundledDataset dataset) throws IOException {
    String readme;
    try (InputStream in = BundledDataset.class.getResourceAsStream("README.md")) {
      assertThat(in).as("README.md beside the bundled files").isNotNull();
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    assertThat(readme)
        .contains(dataset.fileName() + ".gz")
        .contains(dataset.citation())
        .contains(dataset.sha256());
  }

  private static int lines(byte[] csv) {
    int n = 0;
    for (byte b : csv) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }
}
