package org.leanml.eval.metric;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leanml.core.metric.Metric;

/**
 * Binary metrics with intervals from 0/1 truth and positive-class scores.
 *
 * <p>A row is predicted positive when its score is {@code >=} the threshold. Intervals: Wilson for
 * accuracy, precision and recall; delta method for F1 ({@link ConfusionMatrix#f1}); DeLong for AUC
 * ({@link RankedScores#aucEstimate}); Boyd's logit interval for average precision; the central
 * limit theorem for log loss and Brier (means of per-row losses). The equal error rate has no
 * interval.
 */
public final class BinaryMetrics {
  /** The default decision threshold. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** The default confidence level. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private BinaryMetrics() {}

  /**
   * All binary metrics at the default threshold and confidence.
   *
   * @param truth 0/1 truth per row
   * @param score positive-class score per row (probabilities for log loss and Brier)
   * @return the metrics
   * @throws IllegalArgumentException if the lengths differ, a truth value is not 0/1 or a score is
   *     NaN
   */
  public static MetricValues evaluate(int[] truth, double[] score) {
    return evaluate(truth, score, DEFAULT_THRESHOLD, DEFAULT_CONFIDENCE);
  }

  /**
   * All binary metrics.
   *
   * @param truth 0/1 truth per row
   * @param score positive-class score per row
   * @param threshold the decision threshold
   * @param confidence the confidence level of the intervals
   * @return the metrics
   * @throws IllegalArgumentException if the lengths differ, a truth value is not 0/1, a score is
   *     NaN, or the confidence is outside {@code (0, 1)}
   */
  public static MetricValues evaluate(
      int[] truth, double[] score, double threshold, double confidence) {
    return evaluate(truth, score, RankedScores.of(truth, score), threshold, confidence);
  }

  /**
   * All binary metrics, reusing scores already ranked.
   *
   * @param truth 0/1 truth per row
   * @param score positive-class score per row
   * @param ranked {@code RankedScores.of(truth, score)}
   * @param threshold the decision threshold
   * @param confidence the confidence level of the intervals
   * @return the metrics
   * @throws IllegalArgumentException if the lengths differ, a truth value is not 0/1, or the
   *     confidence is outside {@code (0, 1)}
   */
  public static MetricValues evaluate(
      int[] truth, double[] score, RankedScores ranked, double threshold, double confidence) {
    Intervals.requireConfidence(confidence);
    ConfusionMatrix cm = ConfusionMatrix.binary(truth, score, threshold);
    int n = truth.length;
    // One pass of sums shifted by the first row's loss (which keeps the cancellation in the
    // variance small); the logarithms dominate the cost, so each is taken once.
    double shiftLog = n == 0 ? 0 : LossFunctions.binaryLogLoss(truth[0], score[0]);
    double shiftBrier = n == 0 ? 0 : LossFunctions.brier(truth[0], score[0]);
    double sumLog = 0;
    double sqLog = 0;
    double sumBrier = 0;
    double sqBrier = 0;
    for (int i = 0; i < n; i++) {
      double a = LossFunctions.binaryLogLoss(truth[i], score[i]) - shiftLog;
      double b = LossFunctions.brier(truth[i], score[i]) - shiftBrier;
      sumLog += a;
      sqLog += a * a;
      sumBrier += b;
      sqBrier += b * b;
    }
    double meanLog = n == 0 ? 0 : shiftLog + sumLog / n;
    double meanBrier = n == 0 ? 0 : shiftBrier + sumBrier / n;
    double m2Log = n == 0 ? 0 : Math.max(0, sqLog - sumLog * sumLog / n);
    double m2Brier = n == 0 ? 0 : Math.max(0, sqBrier - sumBrier * sumBrier / n);
    Map<Metric, Estimate> v = new EnumMap<>(Metric.class);
    v.put(Metric.AUC, ranked.aucEstimate(confidence));
    v.put(Metric.ACCURACY, cm.accuracy(confidence));
    v.put(Metric.PRECISION, cm.precision(1, confidence));
    v.put(Metric.RECALL, cm.recall(1, confidence));
    v.put(Metric.F1, cm.f1(1, confidence));
    v.put(Metric.AVERAGE_PRECISION, ranked.averagePrecisionEstimate(confidence));
    v.put(Metric.LOG_LOSS, new Moments(n, meanLog, m2Log).meanEstimate(confidence));
    v.put(Metric.BRIER, new Moments(n, meanBrier, m2Brier).meanEstimate(confidence));
    v.put(Metric.EQUAL_ERROR_RATE, Estimate.point(ranked.equalErrorRate()));
    return new MetricValues(v, List.of());
  }
}
