package org.leanml.eval.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
  private final double[] positives;
  private final double[] negatives;

  private RankedScores(double[] positives, double[] negatives) {
    this.positives = positives;
    this.negatives = negatives;
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
    if (truth.length != score.length) {
      throw new IllegalArgumentException(
          "score has " + score.length + " rows but truth has " + truth.length);
    }
    int m = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == 1) {
        m++;
      } else if (truth[i] != 0) {
        throw new IllegalArgumentException("truth[" + i + "] must be 0 or 1 but was " + truth[i]);
      }
      if (Double.isNaN(score[i])) {
        throw new IllegalArgumentException("score[" + i + "] is NaN");
      }
    }
    double[] pos = new double[m];
    double[] neg = new double[truth.length - m];
    int p = 0;
    int q = 0;
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] == 1) {
        pos[p++] = score[i];
      } else {
        neg[q++] = score[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    return new RankedScores(pos, neg);
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
   * Twice the number of negatives below {@code x} plus the number tied with it.
   *
   * @param x a score
   * @return the doubled midrank count
   */
  long doubledNegativesBelow(double x) {
    int lo = lowerBound(negatives, x);
    int hi = upperBound(negatives, x, lo);
    return 2L * lo + (hi - lo);
  }

  /**
   * Twice the number of positives above {@code y} plus the number tied with it.
   *
   * @param y a score
   * @return the doubled midrank count
   */
  long doubledPositivesAbove(double y) {
    int lo = lowerBound(positives, y);
    int hi = upperBound(positives, y, lo);
    return 2L * (positives.length - hi) + (hi - lo);
  }

  /**
   * DeLong's structural component of a positive row: {@code V10(x)}.
   *
   * @param x the score of a positive row
   * @return the share of negatives below it, ties counted half
   */
  public double positiveComponent(double x) {
    return doubledNegativesBelow(x) / (2.0 * negatives.length);
  }

  /**
   * DeLong's structural component of a negative row: {@code V01(y)}.
   *
   * @param y the score of a negative row
   * @return the share of positives above it, ties counted half
   */
  public double negativeComponent(double y) {
    return doubledPositivesAbove(y) / (2.0 * positives.length);
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
    for (double x : positives) {
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
    // Both arrays are sorted, so the midrank counts are found by monotone pointers (no search).
    double s10 = 0;
    int lo = 0;
    int hi = 0;
    for (double x : positives) {
      while (lo < n && negatives[lo] < x) {
        lo++;
      }
      if (hi < lo) {
        hi = lo;
      }
      while (hi < n && negatives[hi] == x) {
        hi++;
      }
      double d = (2.0 * lo + (hi - lo)) / (2.0 * n) - auc;
      s10 += d * d;
    }
    double s01 = 0;
    lo = 0;
    hi = 0;
    for (double y : negatives) {
      while (lo < m && positives[lo] < y) {
        lo++;
      }
      if (hi < lo) {
        hi = lo;
      }
      while (hi < m && positives[hi] == y) {
        hi++;
      }
      double d = (2.0 * (m - hi) + (hi - lo)) / (2.0 * m) - auc;
      s01 += d * d;
    }
    return s10 / (m - 1) / m + s01 / (n - 1) / n;
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
      double t = Math.max(positives[i], j >= 0 ? negatives[j] : Double.NEGATIVE_INFINITY);
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

  /**
   * The ROC curve at every distinct threshold, from {@code (0, 0)} to {@code (1, 1)}.
   *
   * @return the curve
   * @throws IllegalStateException if a class is absent
   */
  public RocCurve roc() {
    if (!hasBothClasses()) {
      throw new IllegalStateException("a ROC curve needs both classes");
    }
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0});
    int i = positives.length - 1;
    int j = negatives.length - 1;
    long tp = 0;
    long fp = 0;
    while (i >= 0 || j >= 0) {
      double t =
          Math.max(
              i >= 0 ? positives[i] : Double.NEGATIVE_INFINITY,
              j >= 0 ? negatives[j] : Double.NEGATIVE_INFINITY);
      while (i >= 0 && positives[i] == t) {
        i--;
        tp++;
      }
      while (j >= 0 && negatives[j] == t) {
        j--;
        fp++;
      }
      points.add(new double[] {(double) fp / negatives.length, (double) tp / positives.length});
    }
    double[] fpr = new double[points.size()];
    double[] tpr = new double[points.size()];
    for (int k = 0; k < fpr.length; k++) {
      fpr[k] = points.get(k)[0];
      tpr[k] = points.get(k)[1];
    }
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
    return roc().equalErrorRate();
  }

  static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static int upperBound(double[] a, double x, int from) {
    int lo = from;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
