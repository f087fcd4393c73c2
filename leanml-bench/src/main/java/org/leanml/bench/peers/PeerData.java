package org.leanml.bench.peers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.leanml.bench.eval.ComparisonData;
import org.leanml.core.split.Splits;
import org.leanml.core.split.TrainTestSplit;
import org.leanml.core.table.Table;
import org.leanml.data.csv.CsvReader;

/**
 * Writes the inputs both sides of {@code bench/run-peers.sh} read.
 *
 * <ul>
 *   <li>{@code comparison OUT.csv ROWS}: columns {@code label,baseline,candidate} with the numbers
 *       of {@link ComparisonData#generate(int)} (the data of {@code ComparisonBenchmark}); doubles
 *       are written with {@link Double#toString(double)}, which reads back exactly.
 *   <li>{@code split DATA.csv LABEL TEST_FRACTION SEED OUT_PREFIX [STRIDE]}: a stratified split
 *       ({@link Splits#stratified}) as two files {@code OUT_PREFIX.train} and {@code
 *       OUT_PREFIX.test}, one 0-based data-row index per line; with a stride {@code k > 1} only
 *       every k-th index of each part is kept (the smoke mode's small but still balanced splits).
 * </ul>
 */
public final class PeerData {
  private PeerData() {}

  /**
   * Runs one of the commands above.
   *
   * @param args the command and its arguments
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if the command is unknown or arguments are missing
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("comparison")) {
      writeComparison(Path.of(args[1]), Integer.parseInt(args[2]));
    } else if ((args.length == 6 || args.length == 7) && args[0].equals("split")) {
      Table table = CsvReader.withDefaults().read(Path.of(args[1]));
      TrainTestSplit split =
          Splits.stratified(table, args[2], Double.parseDouble(args[3]), Long.parseLong(args[4]));
      int stride = args.length == 7 ? Integer.parseInt(args[6]) : 1;
      if (stride < 1) {
        throw new IllegalArgumentException("STRIDE must be >= 1 but was " + stride);
      }
      writeRows(Path.of(args[5] + ".train"), every(split.train(), stride));
      writeRows(Path.of(args[5] + ".test"), every(split.test(), stride));
    } else {
      throw new IllegalArgumentException(
          "usage: comparison OUT.csv ROWS"
              + " | split DATA.csv LABEL TEST_FRACTION SEED OUT_PREFIX [STRIDE]");
    }
  }

  private static void writeComparison(Path out, int rows) throws IOException {
    ComparisonData d = ComparisonData.generate(rows);
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      w.write("label,baseline,candidate\n");
      for (int i = 0; i < rows; i++) {
        w.write(Integer.toString(d.truth()[i]));
        w.write(',');
        w.write(Double.toString(d.baseline()[i]));
        w.write(',');
        w.write(Double.toString(d.candidate()[i]));
        w.write('\n');
      }
    }
  }

  private static int[] every(int[] rows, int stride) {
    int[] out = new int[(rows.length + stride - 1) / stride];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows[i * stride];
    }
    return out;
  }

  private static void writeRows(Path out, int[] rows) throws IOException {
    StringBuilder sb = new StringBuilder(rows.length * 6);
    for (int r : rows) {
      sb.append(String.format(Locale.ROOT, "%d%n", r));
    }
    Files.writeString(out, sb);
  }

  /**
   * Reads a file written by {@code split}.
   *
   * @param file the file
   * @return the row indices
   * @throws IOException if it cannot be read
   * @throws NumberFormatException if a line is not an integer
   */
  static int[] readRows(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .mapToInt(Integer::parseInt)
        .toArray();
  }
}
