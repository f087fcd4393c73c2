package org.leanml.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Test data: the bundled spambase and letter CSVs ({@link BundledDataset}) read with a plain {@code
 * split(",")} (the real CSV reader is another stage's business), and small synthetic tables.
 */
public final class TestData {
  /** The label column of spambase. */
  public static final String SPAM_LABEL = BundledDataset.SPAMBASE.labelColumn();

  private static Table spambase;

  private TestData() {}

  /** Spambase: 4,601 rows, 57 numeric features, categorical label {@code type}. */
  public static synchronized Table spambase() {
    if (spambase == null) {
      spambase = read(BundledDataset.SPAMBASE);
    }
    return spambase;
  }

  /** Letter: 20,000 rows, 16 integer features, categorical label {@code lettr} (26 levels). */
  public static Table letter() {
    return read(BundledDataset.LETTER);
  }

  /** Spambase's feature contract (all 57 numeric columns). */
  public static InputContract spambaseFeatures() {
    return InputContract.numeric(spambase().drop(SPAM_LABEL).columnNames());
  }

  /** Spambase's binary output contract, spam positive. */
  public static OutputContract spambaseOutput() {
    return OutputContract.binary(SPAM_LABEL, "nonspam", "spam");
  }

  /** A bundled CSV: numeric columns plus its categorical label; no quoting, no missing cells. */
  private static Table read(BundledDataset dataset) {
    List<String> lines;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(dataset.open(), StandardCharsets.UTF_8))) {
      lines = in.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dataset.resource(), e);
    }
    String labelColumn = dataset.labelColumn();
    String[] header = lines.get(0).split(",");
    int n = lines.size() - 1;
    double[][] values = new double[header.length][n];
    String[][] text = new String[header.length][n];
    for (int r = 0; r < n; r++) {
      String[] cells = lines.get(r + 1).split(",");
      for (int c = 0; c < header.length; c++) {
        if (header[c].equals(labelColumn)) {
          text[c][r] = cells[c];
        } else {
          values[c][r] = Double.parseDouble(cells[c]);
        }
      }
    }
    List<Column> cols = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      cols.add(
          header[c].equals(labelColumn)
              ? CategoricalColumn.of(header[c], text[c])
              : NumericColumn.adopt(header[c], values[c], null));
    }
    return Table.of(cols);
  }

  /** Row indices {@code [0, n)} shuffled by a seed. */
  public static int[] shuffled(int n, long seed) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    return idx;
  }

  /** A train/test pair of tables from a seeded shuffle. */
  public record Split(Table train, Table test) {}

  /** Splits a table: the first {@code trainFraction} of a seeded shuffle trains. */
  public static Split split(Table t, double trainFraction, long seed) {
    int[] idx = shuffled(t.rowCount(), seed);
    int k = (int) Math.round(t.rowCount() * trainFraction);
    int[] a = java.util.Arrays.copyOfRange(idx, 0, k);
    int[] b = java.util.Arrays.copyOfRange(idx, k, idx.length);
    return new Split(t.rows(a), t.rows(b));
  }

  /**
   * Three Gaussian blobs in two dimensions ({@code x1}, {@code x2}), label {@code cls} with levels
   * a, b, c.
   */
  public static Table blobs(int perClass, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] centers = {{0, 0}, {4, 0}, {0, 4}};
    String[] names = {"a", "b", "c"};
    int n = perClass * 3;
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    String[] cls = new String[n];
    for (int i = 0; i < n; i++) {
      int k = i % 3;
      x1[i] = centers[k][0] + gaussian(rng);
      x2[i] = centers[k][1] + gaussian(rng);
      cls[i] = names[k];
    }
    return Table.of(
        NumericColumn.adopt("x1", x1, null),
        NumericColumn.adopt("x2", x2, null),
        CategoricalColumn.of("cls", cls));
  }

  /** {@code y = 3 x1 - 2 x2 + 1 + 0.1 * noise} with {@code x ~ U(-1, 1)}. */
  public static Table linear(int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x1 = new double[n];
    double[] x2 = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x1[i] = rng.nextDouble(-1, 1);
      x2[i] = rng.nextDouble(-1, 1);
      y[i] = 3 * x1[i] - 2 * x2[i] + 1 + 0.1 * gaussian(rng);
    }
    return Table.of(
        NumericColumn.adopt("x1", x1, null),
        NumericColumn.adopt("x2", x2, null),
        NumericColumn.adopt("y", y, null));
  }

  /** A standard normal draw (Box-Muller). */
  public static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
