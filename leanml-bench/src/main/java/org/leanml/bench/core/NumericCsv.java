package org.leanml.bench.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's numeric CSV: a header {@code c0..c(k-1)} and rows of decimals with up to
 * four fraction digits (a mix of signs, magnitudes and integers, like exported measurements), from
 * a fixed seed, so every run and every tool reads the same bytes.
 */
public final class NumericCsv {
  /** The seed of the generated values. */
  public static final long SEED = 20_260_101L;

  private NumericCsv() {}

  /**
   * Writes the file.
   *
   * @param file the target
   * @param rows the number of data rows
   * @param columns the number of columns
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Path file, int rows, int columns) {
    SplittableRandom random = new SplittableRandom(SEED);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int c = 0; c < columns; c++) {
        w.write(c == 0 ? "c0" : ",c" + c);
      }
      w.write('\n');
      StringBuilder sb = new StringBuilder(256);
      for (int r = 0; r < rows; r++) {
        sb.setLength(0);
        for (int c = 0; c < columns; c++) {
          if (c > 0) {
            sb.append(',');
          }
          double v =
              switch (c % 4) {
                case 0 -> random.nextInt(1000);
                case 1 -> Math.round(random.nextDouble(-1000, 1000) * 1e4) / 1e4;
                case 2 -> Math.round(random.nextDouble() * 1e4) / 1e4;
                default -> Math.round(random.nextDouble(0, 1e6) * 100) / 100.0;
              };
          if (v == Math.rint(v)) {
            sb.append((long) v);
          } else {
            sb.append(v);
          }
        }
        sb.append('\n');
        w.append(sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the file from the command line: {@code NumericCsv <file> [rows] [columns]}.
   *
   * @param args the file, rows (default 1,000,000) and columns (default 20)
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: NumericCsv <file> [rows] [columns]");
    }
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int cols = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    write(Path.of(args[0]), rows, cols);
  }
}
