package org.leanml.eval.metric;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) pairs: a mergeable partial summary for accuracy,
 * precision, recall and F1.
 *
 * <p>The F1 intervals use the delta method under multinomial sampling of the cells (reference: K.
 * Takahashi, K. Yamamoto, A. Kuchiba, T. Koyama, "Confidence interval for micro-averaged F1 and
 * macro-averaged F1 scores", Applied Intelligence 52 (2022) 4961-4972,
 * doi:10.1007/s10489-021-02635-5): with cell shares {@code p} and gradient {@code g} of the metric,
 * {@code Var = (Σ g²p − (Σ g p)²) / n}.
 */
public final class ConfusionMatrix implements Mergeable<ConfusionMatrix> {
  private final int classes;
  private final long[] counts;

  private ConfusionMatrix(int classes, long[] counts) {
    this.classes = classes;
    this.counts = counts;
  }

  /**
   * The confusion matrix of predicted against true classes.
   *
   * @param classes the number of classes, at least 2
   * @param truth the true class of each row
   * @param predicted the predicted class of each row
   * @return the matrix
   * @throws IllegalArgumentException if the lengths differ or a class is outside {@code [0,
   *     classes)}
   */
  public static ConfusionMatrix of(int classes, int[] truth, int[] predicted) {
    if (truth.length != predicted.length) {
      throw new IllegalArgumentException(
          "predicted has " + predicted.length + " rows but truth has " + truth.length);
    }
    ConfusionMatrix m = empty(classes);
    for (int i = 0; i < truth.length; i++) {
      m.counts[
          index(classes, truth[i], "truth", i) * classes
              + index(classes, predicted[i], "predicted", i)]++;
    }
    return m;
  }

  /**
   * The binary confusion matrix with a threshold: a row is predicted positive when its score is
   * {@code >= threshold}.
   *
   * @param truth 0/1 truth
   * @param score positive-class scores
   * @param threshold the threshold
   * @return the 2×2 matrix
   * @throws IllegalArgumentException if the lengths differ or a truth value is not 0 or 1
   */
  public static ConfusionMatrix binary(int[] truth, double[] score, double threshold) {
    if (truth.length != score.length) {
      throw new IllegalArgumentException(
          "score has " + score.length + " rows but truth has " + truth.length);
    }
    long[] c = new long[4];
    for (int i = 0; i < truth.length; i++) {
      int t = truth[i];
      if (t != 0 && t != 1) {
        throw new IllegalArgumentException("truth[" + i + "] must be 0 or 1 but was " + t);
      }
      c[2 * t + (score[i] >= threshold ? 1 : 0)]++;
    }
    return new ConfusionMatrix(2, c);
  }

  /**
   * A matrix from its counts, row-major by true class.
   *
   * @param classes the number of classes, at least 2
   * @param counts {@code classes × classes} non-negative counts; copied
   * @return the matrix
   * @throws IllegalArgumentException if the shape is wrong or a count is negative
   */
  public static ConfusionMatrix ofCounts(int classes, long[] counts) {
    if (classes < 2 || counts.length != classes * classes) {
      throw new IllegalArgumentException(
          "counts must have classes² = " + classes * classes + " entries but has " + counts.length);
    }
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts must be >= 0 but contain " + c);
      }
    }
    return new ConfusionMatrix(classes, counts.clone());
  }

  /**
   * An empty matrix.
   *
   * @param classes the number of classes, at least 2
   * @return a matrix of zeros
   * @throws IllegalArgumentException if {@code classes < 2}
   */
  public static ConfusionMatrix empty(int classes) {
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be >= 2 but was " + classes);
    }
    return new ConfusionMatrix(classes, new long[classes * classes]);
  }

  private static int index(int classes, int c, String field, int row) {
    if (c < 0 || c >= classes) {
      throw new IllegalArgumentException(
          field + "[" + row + "] must be in [0, " + classes + ") but was " + c);
    }
    return c;
  }

  @Override
  public ConfusionMatrix merge(ConfusionMatrix other) {
    if (other.classes != classes) {
      throw new IllegalArgumentException(
          "cannot merge a " + other.classes + "-class matrix into a " + classes + "-class one");
    }
    long[] c = counts.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] += other.counts[i];
    }
    return new ConfusionMatrix(classes, c);
  }

  /**
   * The number of classes.
   *
   * @return the class count
   */
  public int classes() {
    return classes;
  }

  /**
   * The count of rows of one true class predicted as another.
   *
   * @param truth the true class
   * @param predicted the predicted class
   * @return the count
   * @throws IndexOutOfBoundsException if a class is out of range
   */
  public long count(int truth, int predicted) {
    if (truth < 0 || truth >= classes || predicted < 0 || predicted >= classes) {
      throw new IndexOutOfBoundsException("class out of [0, " + classes + ")");
    }
    return counts[truth * classes + predicted];
  }

  /**
   * The total number of rows.
   *
   * @return the count
   */
  public long total() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /**
   * The number of correctly classified rows.
   *
   * @return the trace
   */
  public long correct() {
    long n = 0;
    for (int k = 0; k < classes; k++) {
      n += counts[k * classes + k];
    }
    return n;
  }

  /**
   * Accuracy with its Wilson interval.
   *
   * @param confidence the confidence level
   * @return the estimate
   */
  public Estimate accuracy(double confidence) {
    return Intervals.wilson(correct(), total(), confidence);
  }

  /**
   * The recall of one class with its Wilson interval.
   *
   * @param k the class
   * @param confidence the confidence level
   * @return the estimate; NaN when the class never occurs
   */
  public Estimate recall(int k, double confidence) {
    long row = 0;
    for (int j = 0; j < classes; j++) {
      row += counts[k * classes + j];
    }
    return Intervals.wilson(counts[k * classes + k], row, confidence);
  }

  /**
   * The precision of one class with its Wilson interval.
   *
   * @param k the class
   * @param confidence the confidence level
   * @return the estimate; NaN when the class is never predicted
   */
  public Estimate precision(int k, double confidence) {
    long col = 0;
    for (int i = 0; i < classes; i++) {
      col += counts[i * classes + k];
    }
    return Intervals.wilson(counts[k * classes + k], col, confidence);
  }

  /**
   * The F1 score of one class with a delta-method interval, clipped to {@code [0, 1]}.
   *
   * @param k the class (1 is the positive class of a binary matrix)
   * @param confidence the confidence level
   * @return the estimate; NaN when the class is neither true nor predicted anywhere
   */
  public Estimate f1(int k, double confidence) {
    double z = Intervals.z(confidence);
    double n = total();
    double tp = counts[k * classes + k];
    double fn = -tp;
    double fp = -tp;
    for (int j = 0; j < classes; j++) {
      fn += counts[k * classes + j];
      fp += counts[j * classes + k];
    }
    double d = 2 * tp + fp + fn;
    if (d == 0) {
      return Estimate.point(Double.NaN);
    }
    double f1 = 2 * tp / d;
    double a = tp / n;
    double bc = (fp + fn) / n;
    double dd = d / n;
    double variance = 4 * a * bc * (a + bc) / (dd * dd * dd * dd) / n;
    return Estimate.wald(f1, Math.sqrt(variance), z, 0, 1);
  }

  /**
   * The macro-averaged F1 over the classes that occur in the truth or the predictions, with a
   * delta-method interval clipped to {@code [0, 1]}.
   *
   * @param confidence the confidence level
   * @return the estimate; NaN for an empty matrix
   */
  public Estimate macroF1(double confidence) {
    double z = Intervals.z(confidence);
    double n = total();
    if (n == 0) {
      return Estimate.point(Double.NaN);
    }
    double[] rowShare = new double[classes];
    double[] colShare = new double[classes];
    for (int i = 0; i < classes; i++) {
      for (int j = 0; j < classes; j++) {
        double p = counts[i * classes + j] / n;
        rowShare[i] += p;
        colShare[j] += p;
      }
    }
    int present = 0;
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      double t = rowShare[k] + colShare[k];
      if (t > 0) {
        present++;
        sum += 2 * (counts[k * classes + k] / n) / t;
      }
    }
    double macro = sum / present;
    // Gradient of the macro F1 with respect to each cell share; only the classes of the cell's
    // row and column depend on it.
    double gp = 0;
    double g2p = 0;
    for (int i = 0; i < classes; i++) {
      for (int j = 0; j < classes; j++) {
        double p = counts[i * classes + j] / n;
        if (p == 0) {
          continue;
        }
        double g = 0;
        for (int k : (i == j ? new int[] {i} : new int[] {i, j})) {
          double t = rowShare[k] + colShare[k];
          double pkk = counts[k * classes + k] / n;
          double dNum = (i == k && j == k) ? 2 * t : 0;
          int hits = (i == k ? 1 : 0) + (j == k ? 1 : 0);
          g += (dNum - 2 * pkk * hits) / (t * t);
        }
        g /= present;
        gp += g * p;
        g2p += g * g * p;
      }
    }
    double variance = Math.max(0, g2p - gp * gp) / n;
    return Estimate.wald(macro, Math.sqrt(variance), z, 0, 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix m
        && m.classes == classes
        && Arrays.equals(m.counts, counts);
  }

  @Override
  public int hashCode() {
    return 31 * classes + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + Arrays.toString(counts);
  }
}
