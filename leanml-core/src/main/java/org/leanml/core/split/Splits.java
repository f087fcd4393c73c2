package org.leanml.core.split;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.leanml.core.table.Column;
import org.leanml.core.table.Table;
import org.leanml.core.table.TimestampColumn;

/**
 * Factories of deterministic splits.
 *
 * <p>Design: shuffles are Fisher-Yates (Knuth, The Art of Computer Programming, vol. 2, algorithm
 * 3.4.2P) driven by a {@link SplittableRandom} seeded by the caller. Stratified splits shuffle each
 * class separately (classes in first-seen order) and take each class's share; stratified k-fold
 * deals each class's shuffled rows to the folds round-robin, continuing the rotation from one class
 * to the next, so every class's count per fold differs by at most one across folds and so do the
 * fold sizes (as scikit-learn's {@code StratifiedKFold} aims for).
 */
public final class Splits {
  private Splits() {}

  /**
   * A random train/test split.
   *
   * @param rowCount the number of rows
   * @param testFraction the share of rows for testing, in {@code (0, 1)}; rounded to the nearest
   *     row count, at least one row in each part
   * @param seed the seed
   * @return the split
   * @throws IllegalArgumentException if {@code rowCount < 2} or the fraction is outside {@code (0,
   *     1)}
   */
  public static TrainTestSplit random(int rowCount, double testFraction, long seed) {
    checkFraction(testFraction);
    if (rowCount < 2) {
      throw new IllegalArgumentException("a split needs at least 2 rows but got " + rowCount);
    }
    int[] idx = shuffled(identity(rowCount), new SplittableRandom(seed));
    int nTest = clamp((int) Math.round(rowCount * testFraction), 1, rowCount - 1);
    return sortedSplit(Arrays.copyOfRange(idx, nTest, rowCount), Arrays.copyOfRange(idx, 0, nTest));
  }

  /**
   * A uniform random sample of rows without replacement, for bounding the size of what is kept of a
   * large table (a drift reference, say): every subset of {@code size} rows is equally likely.
   *
   * @param rowCount the number of rows
   * @param size the most rows to keep; when {@code rowCount <= size} every row is kept
   * @param seed the seed
   * @return the kept row indexes, ascending
   * @throws IllegalArgumentException if {@code rowCount < 0} or {@code size < 1}
   */
  public static int[] sample(int rowCount, int size, long seed) {
    if (rowCount < 0) {
      throw new IllegalArgumentException("rowCount must be >= 0 but was " + rowCount);
    }
    if (size < 1) {
      throw new IllegalArgumentException("a sample needs size >= 1 but got " + size);
    }
    int[] idx = identity(rowCount);
    if (rowCount <= size) {
      return idx;
    }
    // The first `size` steps of a Fisher-Yates shuffle: a uniform sample in idx[0, size).
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + rng.nextInt(rowCount - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    int[] kept = Arrays.copyOf(idx, size);
    Arrays.sort(kept);
    return kept;
  }

  /**
   * A train/test split that keeps each class's share: of each class's rows, {@code
   * round(testFraction * n)} go to the test part.
   *
   * @param table the table
   * @param labelColumn the column whose values are the classes
   * @param testFraction the share of each class for testing, in {@code (0, 1)}
   * @param seed the seed
   * @return the split
   * @throws IllegalArgumentException if the column is absent, a label is missing (naming the row),
   *     or the fraction is outside {@code (0, 1)}
   */
  public static TrainTestSplit stratified(
      Table table, String labelColumn, double testFraction, long seed) {
    checkFraction(testFraction);
    List<int[]> classes = classRows(table, labelColumn);
    SplittableRandom rng = new SplittableRandom(seed);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int[] rows : classes) {
      int[] s = shuffled(rows, rng);
      int nTest = (int) Math.round(s.length * testFraction);
      for (int i = 0; i < s.length; i++) {
        (i < nTest ? test : train).add(s[i]);
      }
    }
    return sortedSplit(toArray(train), toArray(test));
  }

  /**
   * Plain k-fold: rows shuffled, then dealt to the folds round-robin (fold sizes differ by at most
   * one). For regression, where there are no classes to balance.
   *
   * @param rowCount the number of rows
   * @param k the number of folds
   * @param seed the seed
   * @return the folds
   * @throws IllegalArgumentException if {@code k < 2} or {@code k > rowCount}
   */
  public static Folds kFold(int rowCount, int k, long seed) {
    checkK(k, rowCount);
    int[] idx = shuffled(identity(rowCount), new SplittableRandom(seed));
    int[] assignment = new int[rowCount];
    for (int i = 0; i < idx.length; i++) {
      assignment[idx[i]] = i % k;
    }
    return new Folds(assignment, k);
  }

  /**
   * Stratified k-fold: each class's rows shuffled and dealt round-robin, the rotation continuing
   * across classes, so each class's count per fold differs by at most one between folds.
   *
   * @param table the table
   * @param labelColumn the column whose values are the classes
   * @param k the number of folds
   * @param seed the seed
   * @return the folds
   * @throws IllegalArgumentException if the column is absent, a label is missing (naming the row),
   *     {@code k < 2} or {@code k > rowCount}
   */
  public static Folds stratifiedKFold(Table table, String labelColumn, int k, long seed) {
    checkK(k, table.rowCount());
    List<int[]> classes = classRows(table, labelColumn);
    SplittableRandom rng = new SplittableRandom(seed);
    int[] assignment = new int[table.rowCount()];
    int next = 0;
    for (int[] rows : classes) {
      int[] s = shuffled(rows, rng);
      for (int r : s) {
        assignment[r] = next;
        next = (next + 1) % k;
      }
    }
    return new Folds(assignment, k);
  }

  /**
   * A split by time: rows stamped before the cut-off train, rows at or after it test.
   *
   * @param table the table
   * @param timeColumn a timestamp column
   * @param cutoff the first instant of the test period
   * @return the split
   * @throws IllegalArgumentException if the column is absent or not a timestamp column, or a
   *     timestamp is missing (naming the row)
   */
  public static TrainTestSplit byTime(Table table, String timeColumn, Instant cutoff) {
    TimestampColumn c = table.timestamp(timeColumn);
    long cut = cutoff.toEpochMilli();
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int r = 0; r < c.size(); r++) {
      if (c.isMissing(r)) {
        throw new IllegalArgumentException(
            "row "
                + r
                + ", column '"
                + timeColumn
                + "': missing timestamp cannot be split by time");
      }
      (c.getEpochMillis(r) < cut ? train : test).add(r);
    }
    return new TrainTestSplit(toArray(train), toArray(test));
  }

  /** Row indices per class, classes in first-seen order, rows ascending. */
  private static List<int[]> classRows(Table table, String labelColumn) {
    Column c = table.column(labelColumn);
    Map<String, List<Integer>> byClass = new HashMap<>();
    List<List<Integer>> order = new ArrayList<>();
    for (int r = 0; r < c.size(); r++) {
      String v = c.format(r);
      if (v == null) {
        throw new IllegalArgumentException(
            "row " + r + ", column '" + labelColumn + "': missing label cannot be stratified");
      }
      List<Integer> rows = byClass.get(v);
      if (rows == null) {
        rows = new ArrayList<>();
        byClass.put(v, rows);
        order.add(rows);
      }
      rows.add(r);
    }
    List<int[]> out = new ArrayList<>(order.size());
    for (List<Integer> rows : order) {
      out.add(toArray(rows));
    }
    return out;
  }

  private static int[] identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }

  private static int[] shuffled(int[] rows, SplittableRandom rng) {
    int[] a = rows.clone();
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  private static TrainTestSplit sortedSplit(int[] train, int[] test) {
    Arrays.sort(train);
    Arrays.sort(test);
    return new TrainTestSplit(train, test);
  }

  private static int[] toArray(List<Integer> l) {
    int[] a = new int[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = l.get(i);
    }
    Arrays.sort(a);
    return a;
  }

  private static void checkFraction(double f) {
    if (!(f > 0 && f < 1)) {
      throw new IllegalArgumentException("testFraction must be in (0, 1) but was " + f);
    }
  }

  private static void checkK(int k, int rowCount) {
    if (k < 2 || k > rowCount) {
      throw new IllegalArgumentException(
          "k must be in [2, rowCount=" + rowCount + "] but was " + k);
    }
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
