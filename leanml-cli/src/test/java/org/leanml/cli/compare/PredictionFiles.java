package org.leanml.cli.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes small, seeded prediction files for the compare tests. */
final class PredictionFiles {
  private PredictionFiles() {}

  /**
   * A binary file {@code y,base,cand,region}: labels spam/ham, the candidate's scores separate the
   * classes better (or worse) than the baseline's.
   *
   * @param n rows
   * @param candidateSignal how far the candidate's scores move with the truth (baseline: 1.0)
   * @param seed the seed
   * @return the CSV text
   */
  static String binary(int n, double candidateSignal, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("y,base,cand,region\n");
    for (int i = 0; i < n; i++) {
      boolean spam = rng.nextDouble() < 0.4;
      double noise = rng.nextGaussian();
      double b = sigmoid((spam ? 1.0 : -1.0) + noise);
      double c =
          sigmoid(
              (spam ? candidateSignal : -candidateSignal) + 0.7 * noise + 0.5 * rng.nextGaussian());
      sb.append(spam ? "spam" : "ham")
          .append(',')
          .append(String.format(Locale.ROOT, "%.6f", b))
          .append(',')
          .append(String.format(Locale.ROOT, "%.6f", c))
          .append(',')
          .append(i % 2 == 0 ? "north" : "south")
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * A regression file {@code y,base,cand}.
   *
   * @param n rows
   * @param candidateNoise the candidate's error scale (baseline: 1.0)
   * @param seed the seed
   * @return the CSV text
   */
  static String regression(int n, double candidateNoise, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("y,base,cand\n");
    for (int i = 0; i < n; i++) {
      double y = 10 * rng.nextDouble();
      sb.append(
          String.format(
              Locale.ROOT,
              "%.6f,%.6f,%.6f%n",
              y,
              y + rng.nextGaussian(),
              y + candidateNoise * rng.nextGaussian()));
    }
    return sb.toString();
  }

  /**
   * A multiclass file {@code y,base,cand} of predicted labels a/b/c.
   *
   * @param n rows
   * @param candidateAccuracy the chance the candidate is right (baseline: 0.7)
   * @param seed the seed
   * @return the CSV text
   */
  static String multiclass(int n, double candidateAccuracy, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    String[] k = {"a", "b", "c"};
    StringBuilder sb = new StringBuilder("y,base,cand\n");
    for (int i = 0; i < n; i++) {
      int y = rng.nextInt(3);
      int b = rng.nextDouble() < 0.7 ? y : rng.nextInt(3);
      int c = rng.nextDouble() < candidateAccuracy ? y : rng.nextInt(3);
      sb.append(k[y]).append(',').append(k[b]).append(',').append(k[c]).append('\n');
    }
    return sb.toString();
  }

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /**
   * The arguments of {@code leanml compare} on a predictions file with label {@code y}, baseline
   * {@code base} and candidate {@code cand}, followed by {@code more}.
   */
  static String[] compareArgs(Path file, String... more) {
    String[] base = {
      "compare", file.toString(), "--label", "y", "--baseline", "base", "--candidate", "cand"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
