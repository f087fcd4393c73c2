package org.leanml.eval.metric;

import org.leanml.eval.rank.RadixSort;
import org.leanml.eval.rank.Ranks;
import org.leanml.eval.rank.SortKeys;

/**
 * The scores of one binary model sorted separately for positive and negative rows: the basis of the
 * rank metrics (AUC, its DeLong variance, average precision, equal error rate, ROC curve).
 *
 * <p>Design note: DeLong's structural components are computed with midranks as in Sun and Xu's fast
 * algorithm, but without a combined sort: the component of a positive score {@code x} is the share
 * of negatives below {@code x} plus half the share tied with it, which is a binary search in the
 * sorted negatives (and symmetrically for negatives). Two sorted copies of the scores, 8 bytes per
 * row, are all the memory needed; the AUC itself is an exact integer count divided once.
 *
 * <p>References: E. R. DeLong, D. M. DeLong, D. L. Clarke-Pearson, "Comparing the areas under two
 * or more correlated receiver operating characteristic curves: a nonparametric approach",
 * Biometrics 44 (1988) 837-845, doi:10.2307/2531595; X. Sun, W. Xu, "Fast implementation of
 * DeLong's algorithm for comparing the areas under correlated receiver operating characteristic
 * curves", IEEE Signal Processing Letters 21 (2014) 1389-1393, doi:10.1109/LSP.2014.2337313.
 */
public final class RankedScores {
  private final long[] positives;
  private final long[] negatives;
  private final int[] positiveRows;
  private final int[] negativeRows;

  private RankedScores(long[] positives, int[] positiveRows, long[] negatives, int[] negativeRows) {
    this.positives = positives;
    this.negatives = negatives;
    this.positiveRows = positiveRows;
    this.negativeRows = negativeRows;
  }

  /**
   * Sorts the scores of one model by class.
   *
   * @param truth 0/1 truth per row
   * @param score the positive-class score per row
   * @return the ranked scores
   * @throws IllegalArgumentException if the lengths differ, a truth value is not 0 or 1, or a score
   *     is NaN
   */
  public static RankedScores of(int[] truth, double[] score) {
    int m = countPositives(truth);
    int larger = Math.max(m, truth.length - m);
    return of(truth, score, m, new long[larger], new int[larger]);
  }

  /**
   * Ranks the scores of two models on the same rows, sharing the sorting scratch space.
   *
   * @param truth 0/1 truth per row
   * @param first the first model's scores
   * @param second the second model's scores
   * @return the two ranked scores, in argument order
   * @throws IllegalArgumentException if the lengths differ, a truth value is not 0 or 1, or a score
   *     is NaN
   */
  public static RankedScores[] pair(int[] truth, double[] first, double[] second) {
    int m = countPositives(truth);
    int larger = Math.max(m, truth.length - m);
    long[] scratchKeys = new long[larger];
    int[] scratchRows = new int[larger];
    return new RankedScores[] {
      of(truth, first, m, scratchKeys, scratchRows), of(truth, second, m, scratchKeys, scratchRows)
    };
  }

  private static int countPositives(int[] truth) {
    int m = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == 1) {
        m++;
      } else if (truth[i] != 0) {
        throw new IllegalArgumentException("truth[" + i + "] must be 0 or 1 but was " + truth[i]);
      }
    }
    return m;
  }

  private static RankedScores of(
      int[] truth, double[] score, int m, long[] scratchKeys, int[] scratchRows) {
    if (truth.length != score.length) {
      throw new IllegalArgumentException(
          "score has " + score.length + " rows but truth has " + truth.length);
    }
    for (int i = 0; i < truth.length; i++) {
      if (Double.isNaN(score[i])) {
        throw new IllegalArgumentException("score[" + i + "] is NaN");
      }
    }
    long[] pos = new long[m];
    int[] posRows = new int[m];
    long[] neg = new long[truth.length - m];
    int[] negRows = new int[truth.length - m];
    int p = 0;
    int q = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == 1) {
        posRows[p] = i;
        pos[p++] = SortKeys.of(score[i]);
      } else {
        negRows[q] = i;
        neg[q++] = SortKeys.of(score[i]);
      }
    }
    RadixSort.sort(pos, posRows, scratchKeys, scratchRows);
    RadixSort.sort(neg, negRows, scratchKeys, scratchRows);
    return new RankedScores(pos, posRows, neg, negRows);
  }

  /**
   * The number of positive rows.
   *
   * @return the count
   */
  public int positives() {
    return positives.length;
  }

  /**
   * The number of negative rows.
   *
   * @return the count
   */
  public int negatives() {
    return negatives.length;
  }

  /**
   * Whether both classes occur, so that the rank metrics are defined.
   *
   * @return {@code true} if there is at least one positive and one negative
   */
  public boolean hasBothClasses() {
    return positives.length > 0 && negatives.length > 0;
  }

  /**
   * DeLong's structural component of a positive score: {@code V10(x)}.
   *
   * @param x a score
   * @return the share of negatives below it, ties counted half
   */
  public double positiveComponent(double x) {
    long k = SortKeys.of(x);
    int lo = Ranks.below(negatives, k);
    int hi = Ranks.atOrBelow(negatives, k);
    return (2.0 * lo + (hi - lo)) / (2.0 * negatives.length);
  }

  /**
   * DeLong's structural component of a negative score: {@code V01(y)}.
   *
   * @param y a score
   * @return the share of positives above it, ties counted half
   */
  public double negativeComponent(double y) {
    long k = SortKeys.of(y);
    int lo = Ranks.below(positives, k);
    int hi = Ranks.atOrBelow(positives, k);
    return (2.0 * (positives.length - hi) + (hi - lo)) / (2.0 * positives.length);
  }

  /** Receives one structural component. */
  @FunctionalInterface
  public interface ComponentVisitor {
    /**
     * Receives the component of one row.
     *
     * @param row the row number in the arrays the scores were ranked from
     * @param positive whether the row is positive
     * @param component {@code V10} for a positive row, {@code V01} for a negative one
     */
    void visit(int row, boolean positive, double component);
  }

  /**
   * Visits the structural component of every row: {@code V10} for positives, then {@code V01} for
   * negatives, each class in ascending score order.
   *
   * @param visitor receives each component
   */
  public void forEachComponent(ComponentVisitor visitor) {
    int m = positives.length;
    int n = negatives.length;
    int lo = 0;
    int hi = 0;
    for (int i = 0; i < m; i++) {
      long x = positives[i];
      while (lo < n && negatives[lo] < x) {
        lo++;
      }
      if (hi < lo) {
        hi = lo;
      }
      while (hi < n && negatives[hi] == x) {
        hi++;
      }
      visitor.visit(positiveRows[i], true, (2.0 * lo + (hi - lo)) / (2.0 * n));
    }
    lo = 0;
    hi = 0;
    for (int j = 0; j < n; j++) {
      long y = negatives[j];
      while (lo < m && positives[lo] < y) {
        lo++;
      }
      if (hi < lo) {
        hi = lo;
      }
      while (hi < m && positives[hi] == y) {
        hi++;
      }
      visitor.visit(negativeRows[j], false, (2.0 * (m - hi) + (hi - lo)) / (2.0 * m));
    }
  }

  /**
   * The structural component of every row, in row order ({@code V10} for positive rows, {@code V01}
   * for negative ones).
   *
   * @return one component per row
   */
  public double[] componentsByRow() {
    double[] out = new double[positives.length + negatives.length];
    forEachComponent((row, positive, v) -> out[row] = v);
    return out;
  }

  /**
   * The area under the ROC curve (the Mann-Whitney statistic, ties counted half).
   *
   * @return the AUC; NaN when a class is absent
   */
  public double auc() {
    if (!hasBothClasses()) {
      return Double.NaN;
    }
    long doubled = 0;
    int j = 0;
    int k = 0;
    for (long x : positives) {
      while (j < negatives.length && negatives[j] < x) {
        j++;
      }
      if (k < j) {
        k = j;
      }
      while (k < negatives.length && negatives[k] == x) {
        k++;
      }
      doubled += 2L * j + (k - j);
    }
    return doubled / (2.0 * positives.length * (double) negatives.length);
  }

  /**
   * DeLong's variance of the AUC: {@code S10/m + S01/n}, the sample variances of the structural
   * components over the positives and over the negatives.
   *
   * @return the variance; NaN when a class has fewer than two rows
   */
  public double aucVariance() {
    int m = positives.length;
    int n = negatives.length;
    if (m < 2 || n < 2) {
      return Double.NaN;
    }
    double auc = auc();
    double[] s = new double[2];
    forEachComponent(
        (row, positive, v) -> {
          double d = v - auc;
          s[positive ? 0 : 1] += d * d;
        });
    return s[0] / (m - 1) / m + s[1] / (n - 1) / n;
  }

  /**
   * The AUC with its DeLong interval, clipped to {@code [0, 1]}.
   *
   * @param confidence the confidence level
   * @return the estimate
   */
  public Estimate aucEstimate(double confidence) {
    return Estimate.wald(auc(), Math.sqrt(aucVariance()), Intervals.z(confidence), 0, 1);
  }

  /**
   * Average precision: {@code Σ (R_k − R_{k−1}) P_k} over the distinct score thresholds from the
   * highest down, as scikit-learn's {@code average_precision_score} (no interpolation).
   *
   * @return the average precision; NaN without positives
   */
  public double averagePrecision() {
    if (positives.length == 0) {
      return Double.NaN;
    }
    int i = positives.length - 1;
    int j = negatives.length - 1;
    long tp = 0;
    long fp = 0;
    double ap = 0;
    while (i >= 0) {
      long t = Math.max(positives[i], j >= 0 ? negatives[j] : Long.MIN_VALUE);
      long dtp = 0;
      while (i >= 0 && positives[i] == t) {
        i--;
        dtp++;
      }
      while (j >= 0 && negatives[j] == t) {
        j--;
        fp++;
      }
      tp += dtp;
      if (dtp > 0) {
        ap += (double) dtp / positives.length * tp / (tp + fp);
      }
    }
    return ap;
  }

  /**
   * Average precision with the logit interval of Boyd, Eng and Page: {@code expit(logit(AP) ±
   * z/sqrt(m·AP·(1−AP)))} with {@code m} positives.
   *
   * <p>Reference: K. Boyd, K. H. Eng, C. D. Page, "Area under the precision-recall curve: point
   * estimates and confidence intervals", ECML PKDD 2013, doi:10.1007/978-3-642-40994-3_29.
   *
   * @param confidence the confidence level
   * @return the estimate; no interval when AP is 0 or 1
   */
  public Estimate averagePrecisionEstimate(double confidence) {
    double ap = averagePrecision();
    double z = Intervals.z(confidence);
    if (!(ap > 0 && ap < 1)) {
      return Estimate.point(ap);
    }
    double eta = Math.log(ap / (1 - ap));
    double tau = 1 / Math.sqrt(positives.length * ap * (1 - ap));
    return new Estimate(ap, expit(eta - z * tau), expit(eta + z * tau));
  }

  private static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private interface PointVisitor {
    void visit(long fp, long tp);
  }

  /**
   * Visits the cumulative (false, true) positive counts at every distinct threshold, descending.
   */
  private void walk(PointVisitor visitor) {
    int i = positives.length - 1;
    int j = negatives.length - 1;
    long tp = 0;
    long fp = 0;
    while (i >= 0 || j >= 0) {
      long t =
          Math.max(i >= 0 ? positives[i] : Long.MIN_VALUE, j >= 0 ? negatives[j] : Long.MIN_VALUE);
      while (i >= 0 && positives[i] == t) {
        i--;
        tp++;
      }
      while (j >= 0 && negatives[j] == t) {
        j--;
        fp++;
      }
      visitor.visit(fp, tp);
    }
  }

  /**
   * The ROC curve at every distinct threshold, from {@code (0, 0)} to {@code (1, 1)}.
   *
   * @return the curve
   * @throws IllegalStateException if a class is absent
   */
  public RocCurve roc() {
    return roc(Integer.MAX_VALUE);
  }

  /**
   * The ROC curve thinned to at most {@code maxPoints} points evenly spaced by threshold index
   * (both ends kept), computed without materialising the full curve.
   *
   * @param maxPoints the most points, at least 2
   * @return the curve
   * @throws IllegalArgumentException if {@code maxPoints < 2}
   * @throws IllegalStateException if a class is absent
   */
  public RocCurve roc(int maxPoints) {
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be >= 2 but was " + maxPoints);
    }
    if (!hasBothClasses()) {
      throw new IllegalStateException("a ROC curve needs both classes");
    }
    long[] count = new long[1];
    walk((fp, tp) -> count[0]++);
    int total = (int) count[0] + 1;
    int size = Math.min(total, maxPoints);
    double[] fpr = new double[size];
    double[] tpr = new double[size];
    double m = positives.length;
    double n = negatives.length;
    // Point k of the thinned curve is point round(k·(total−1)/(size−1)) of the full one.
    int[] next = {1};
    int[] index = {0};
    walk(
        (fp, tp) -> {
          index[0]++;
          while (next[0] < size
              && Math.round((double) next[0] * (total - 1) / (size - 1)) == index[0]) {
            fpr[next[0]] = fp / n;
            tpr[next[0]] = tp / m;
            next[0]++;
          }
        });
    return new RocCurve(fpr, tpr);
  }

  /**
   * The equal error rate: where the false positive rate equals the false negative rate {@code 1 −
   * TPR}, by linear interpolation between the two ROC points that bracket the crossing.
   *
   * @return the equal error rate; NaN when a class is absent
   */
  public double equalErrorRate() {
    if (!hasBothClasses()) {
      return Double.NaN;
    }
    double m = positives.length;
    double n = negatives.length;
    // state: previous fpr, previous g = fpr + tpr − 1, result (NaN until found)
    double[] st = {0, -1, Double.NaN};
    walk(
        (fp, tp) -> {
          if (!Double.isNaN(st[2])) {
            return;
          }
          double f = fp / n;
          double g = f + tp / m - 1;
          if (g >= 0) {
            double lambda = -st[1] / (g - st[1]);
            st[2] = st[0] + lambda * (f - st[0]);
          }
          st[0] = f;
          st[1] = g;
        });
    return st[2];
  }
}
