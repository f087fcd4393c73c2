package org.leanml.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real prediction files used as reference data; produced by {@code make_predictions.py} in the test
 * resources (scikit-learn models on the spambase and letter data sets bundled in leanml-datasets).
 */
public final class TestData {
  private final List<String> header;
  private final List<double[]> rows;

  private TestData(List<String> header, List<double[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * Loads a CSV resource of numbers with a header.
   *
   * @param name the file name under {@code org/leanml/eval}
   * @return the data
   */
  public static TestData load(String name) {
    try (InputStream in = TestData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource org/leanml/eval/" + name);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String> header = Arrays.asList(lines[0].trim().split(","));
      List<double[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        rows.add(
            Arrays.stream(lines[i].trim().split(",")).mapToDouble(Double::parseDouble).toArray());
      }
      return new TestData(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spambase binary predictions: truth, old, baseline, candidate. */
  public static TestData spambase() {
    return load("spambase_binary.csv");
  }

  public int rows() {
    return rows.size();
  }

  public double[] column(String name) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("no column " + name + " in " + header);
    }
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i)[c];
    }
    return out;
  }

  public int[] intColumn(String name) {
    return Arrays.stream(column(name)).mapToInt(v -> (int) v).toArray();
  }

  /** Columns prefix0..prefix{k-1} as a row-major matrix. */
  public double[][] matrix(String prefix, int k) {
    double[][] out = new double[rows.size()][k];
    for (int j = 0; j < k; j++) {
      double[] col = column(prefix + j);
      for (int i = 0; i < out.length; i++) {
        out[i][j] = col[i];
      }
    }
    return out;
  }

  public static double[] round(double[] v, int decimals) {
    double s = Math.pow(10, decimals);
    return Arrays.stream(v).map(x -> Math.round(x * s) / s).toArray();
  }
}
