package org.leanml.bench.tuning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.leanml.bench.data.BenchData;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;
import org.leanml.datasets.BundledDataset;

/**
 * Loads spambase for benchmarks with a plain comma split (the file has no quoting or missing
 * cells), from {@link BenchData#csv(BundledDataset)}: the copy bundled in {@code leanml-datasets},
 * or the folder named by the optional system property {@value BenchData#DIR_PROPERTY}.
 */
final class SpambaseData {
  static final String LABEL = BundledDataset.SPAMBASE.labelColumn();

  private SpambaseData() {}

  static Table load() {
    Path file = BenchData.csv(BundledDataset.SPAMBASE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String[] header = lines.get(0).split(",", -1);
    int n = lines.size() - 1;
    double[][] values = new double[header.length][n];
    String[] labels = new String[n];
    for (int r = 0; r < n; r++) {
      String[] cells = lines.get(r + 1).split(",", -1);
      for (int c = 0; c < header.length; c++) {
        if (header[c].equals(LABEL)) {
          labels[r] = cells[c];
        } else {
          values[c][r] = Double.parseDouble(cells[c]);
        }
      }
    }
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      cols.add(
          header[c].equals(LABEL)
              ? CategoricalColumn.of(LABEL, labels)
              : NumericColumn.adopt(header[c], values[c], null));
    }
    return Table.of(cols);
  }
}
