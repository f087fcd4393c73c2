package org.leanml.ensemble;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.leanml.datasets.BundledDataset;

/**
 * The bundled Spambase data for tests ({@link BundledDataset#SPAMBASE}), read once (a test-only
 * reader; core owns the CSV reader).
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

  private static String[] header() {
    try (BufferedReader in = open()) {
      return in.readLine().split(",");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open() {
    return new BufferedReader(
        new InputStreamReader(BundledDataset.SPAMBASE.open(), StandardCharsets.UTF_8));
  }

  /** All 4,601 rows. */
  public static synchronized Table table() {
    if (table == null) {
      try (BufferedReader in = open()) {
        List<String> lines = in.lines().toList();
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
