package org.leanml.ensemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.table.CategoricalColumn;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * The bundled Spambase data for tests, read once (a test-only reader; core owns the CSV reader).
 */
public final class Spambase {
  /** The 48 word-frequency columns. */
  public static final List<String> WORDS;

  /** The 6 character-frequency columns. */
  public static final List<String> CHARS =
      List.of(
          "charSemicolon",
          "charRoundbracket",
          "charSquarebracket",
          "charExclamation",
          "charDollar",
          "charHash");

  /** The 3 capital-run-length columns. */
  public static final List<String> CAPITALS = List.of("capitalAve", "capitalLong", "capitalTotal");

  /** The output contract: label {@code type}, positive class spam. */
  public static final OutputContract OUTPUT = OutputContract.binary("type", "nonspam", "spam");

  private static Table table;

  static {
    String[] header = header();
    WORDS = List.of(Arrays.copyOfRange(header, 0, 48));
  }

  private Spambase() {}

  /** The shared directory of datasets. */
  public static Path datasets() {
    String dir = System.getProperty("leanml.datasets.dir");
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      throw new IllegalStateException(
          "system property leanml.datasets.dir must name the shared datasets directory but is "
              + dir);
    }
    return Path.of(dir);
  }

  private static String[] header() {
    try {
      return Files.readAllLines(datasets().resolve("spambase.csv")).get(0).split(",");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All 4,601 rows. */
  public static synchronized Table table() {
    if (table == null) {
      try {
        List<String> lines = Files.readAllLines(datasets().resolve("spambase.csv"));
        String[] header = lines.get(0).split(",");
        int rows = lines.size() - 1;
        double[][] values = new double[header.length - 1][rows];
        String[] labels = new String[rows];
        for (int r = 0; r < rows; r++) {
          String[] cells = lines.get(r + 1).split(",");
          for (int c = 0; c < header.length - 1; c++) {
            values[c][r] = Double.parseDouble(cells[c]);
          }
          labels[r] = cells[header.length - 1];
        }
        List<Column> cols = new ArrayList<>();
        for (int c = 0; c < header.length - 1; c++) {
          cols.add(NumericColumn.adopt(header[c], values[c], null));
        }
        cols.add(CategoricalColumn.of(header[header.length - 1], labels));
        table = Table.of(cols);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return table;
  }

  /** The shared input contract: all 57 feature columns. */
  public static InputContract input() {
    List<String> names = new ArrayList<>(WORDS);
    names.addAll(CHARS);
    names.addAll(CAPITALS);
    return InputContract.numeric(names);
  }

  /** A seeded shuffle split: {train, test}, test holding {@code testFraction} of the rows. */
  public static Table[] split(double testFraction, long seed) {
    Table t = table();
    int n = t.rowCount();
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = idx[i];
      idx[i] = idx[j];
      idx[j] = x;
    }
    int testRows = (int) Math.round(n * testFraction);
    return new Table[] {
      t.rows(Arrays.copyOfRange(idx, testRows, n)), t.rows(Arrays.copyOfRange(idx, 0, testRows))
    };
  }
}
