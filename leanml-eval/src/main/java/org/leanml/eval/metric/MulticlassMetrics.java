package org.leanml.eval.metric;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leanml.core.metric.Metric;

/**
 * Multiclass metrics with intervals from class indices and per-row class probabilities. The
 * predicted class is the most probable one (the lowest index wins ties).
 *
 * <p>Intervals: Wilson for accuracy, micro F1 (which equals accuracy for single-label data) and
 * per-class recall; delta method for macro F1 ({@link ConfusionMatrix#macroF1}); central limit
 * theorem for log loss.
 */
public final class MulticlassMetrics {
  private MulticlassMetrics() {}

  /**
   * The predicted class of every row.
   *
   * @param probabilities one probability vector per row
   * @return the arg max of each row
   * @throws IllegalArgumentException if a row is empty
   */
  public static int[] predictedClasses(double[][] probabilities) {
    int[] out = new int[probabilities.length];
    for (int i = 0; i < out.length; i++) {
      double[] p = probabilities[i];
      if (p.length == 0) {
        throw new IllegalArgumentException("probabilities[" + i + "] is empty");
      }
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /**
   * All multiclass metrics.
   *
   * @param truth the true class index per row
   * @param probabilities one probability vector per row, all of the same length (the class count)
   * @param confidence the confidence level
   * @return the metrics
   * @throws IllegalArgumentException if the lengths differ, a row has a different class count, a
   *     class index is out of range, or the confidence is outside {@code (0, 1)}
   */
  public static MetricValues evaluate(int[] truth, double[][] probabilities, double confidence) {
    Intervals.requireConfidence(confidence);
    int classes = classCount(truth, probabilities);
    ConfusionMatrix cm = ConfusionMatrix.of(classes, truth, predictedClasses(probabilities));
    double[] losses = new double[truth.length];
    for (int i = 0; i < truth.length; i++) {
      losses[i] = LossFunctions.logLoss(probabilities[i][truth[i]]);
    }
    Map<Metric, Estimate> v = new EnumMap<>(Metric.class);
    Estimate accuracy = cm.accuracy(confidence);
    v.put(Metric.ACCURACY, accuracy);
    v.put(Metric.MICRO_F1, accuracy);
    v.put(Metric.MACRO_F1, cm.macroF1(confidence));
    v.put(Metric.LOG_LOSS, Moments.of(losses).meanEstimate(confidence));
    List<Estimate> recall = new ArrayList<>();
    for (int k = 0; k < classes; k++) {
      recall.add(cm.recall(k, confidence));
    }
    return new MetricValues(v, recall);
  }

  /**
   * The class count of a probability matrix, checking it against the truth.
   *
   * @param truth the true class per row
   * @param probabilities the probability rows
   * @return the class count
   * @throws IllegalArgumentException if the shapes disagree or a class is out of range
   */
  public static int classCount(int[] truth, double[][] probabilities) {
    if (truth.length != probabilities.length) {
      throw new IllegalArgumentException(
          "probabilities has " + probabilities.length + " rows but truth has " + truth.length);
    }
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("need at least one row");
    }
    int classes = probabilities[0].length;
    if (classes < 2) {
      throw new IllegalArgumentException("need at least 2 classes but row 0 has " + classes);
    }
    for (int i = 0; i < truth.length; i++) {
      if (probabilities[i].length != classes) {
        throw new IllegalArgumentException(
            "probabilities["
                + i
                + "] has "
                + probabilities[i].length
                + " classes but row 0 has "
                + classes);
      }
      if (truth[i] < 0 || truth[i] >= classes) {
        throw new IllegalArgumentException(
            "truth[" + i + "] must be in [0, " + classes + ") but was " + truth[i]);
      }
    }
    return classes;
  }
}
