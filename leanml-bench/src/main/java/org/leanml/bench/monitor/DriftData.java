package org.leanml.bench.monitor;

import java.util.ArrayList;
import java.util.List;
import org.leanml.core.table.Column;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * The drift benchmark's data, reproducible bit for bit by {@code bench/drift-vs-scipy.py}: feature
 * {@code f} of row {@code i} is {@code u * scale + shift} where {@code u} is the top 53 bits of
 * SplitMix64 at {@code seed + i * F + f} divided by 2^53, with {@code scale = 1 + f/100} and {@code
 * shift} 0 for the reference and {@code 0.002 * f} for the current table.
 */
final class DriftData {
  private DriftData() {}

  static long splitMix64(long x) {
    long z = x * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static Table table(int rows, int features, long seed, boolean current) {
    List<Column> cols = new ArrayList<>(features);
    for (int f = 0; f < features; f++) {
      double scale = 1 + f / 100.0;
      double shift = current ? 0.002 * f : 0;
      double[] v = new double[rows];
      for (int i = 0; i < rows; i++) {
        double u = (splitMix64(seed + (long) i * features + f) >>> 11) * 0x1.0p-53;
        v[i] = u * scale + shift;
      }
      cols.add(NumericColumn.adopt("f" + f, v, null));
    }
    return Table.of(cols);
  }
}
