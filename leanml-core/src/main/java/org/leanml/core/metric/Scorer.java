package org.leanml.core.metric;

import java.util.List;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Computes a score of predictions against the truth, with the direction in which it improves: a
 * tuning objective. The built-in scorers compute metrics of the one {@link Metric} list and take
 * their names and directions from it. Implement {@link #score(List, double[])}; the table-based
 * overload extracts the truth column.
 *
 * <p>Factories: {@link #accuracy()}, {@link #logLoss()}, {@link #rmse()}.
 */
public interface Scorer {

  /**
   * The metric's name, e.g. {@code "accuracy"}; unique within a {@link MetricSet}.
   *
   * @return the name
   */
  String name();

  /**
   * Which way the metric improves.
   *
   * @return the direction
   */
  Direction direction();

  /**
   * Scores predictions against truth values.
   *
   * @param predictions one prediction per row
   * @param truth per row, the class index in the output contract's label order (classification) or
   *     the target value (regression)
   * @return the score
   * @throws IllegalArgumentException if the sizes differ, there are no rows, a prediction is of the
   *     wrong kind for the metric, or a class index is out of range
   */
  double score(List<Prediction> predictions, double[] truth);

  /**
   * Scores predictions against the label column of a table.
   *
   * @param output the contract the predictions follow; its label column holds the truth
   * @param predictions one prediction per row of {@code truth}
   * @param truth a table holding the label column
   * @return the score
   * @throws IllegalArgumentException if the sizes differ or a prediction is of the wrong kind
   * @throws org.leanml.core.contract.ContractViolationException if a label is missing or outside
   *     the contract's domain
   */
  default double score(OutputContract output, List<Prediction> predictions, Table truth) {
    return score(predictions, truthOf(output, truth));
  }

  /**
   * The truth array of a table under a contract: class indices as doubles for classification, the
   * target values for regression.
   *
   * @param output the output contract
   * @param truth a table holding the label column
   * @return one value per row
   * @throws org.leanml.core.contract.ContractViolationException if a label is missing, outside the
   *     domain, or a target is not finite
   */
  static double[] truthOf(OutputContract output, Table truth) {
    if (output.isClassification()) {
      int[] idx = output.classIndices(truth);
      double[] out = new double[idx.length];
      for (int i = 0; i < idx.length; i++) {
        out[i] = idx[i];
      }
      return out;
    }
    output
        .validate(truth, org.leanml.core.contract.InputContract.DEFAULT_MAX_VIOLATIONS)
        .throwIfInvalid("truth for metrics");
    NumericColumn c = truth.numeric(output.labelColumn());
    return c.toArray();
  }

  /**
   * The fraction of rows whose most probable class is the true class; higher is better.
   *
   * @return the metric
   */
  static Scorer accuracy() {
    return Accuracy.INSTANCE;
  }

  /**
   * Log loss (cross-entropy): the mean of {@code -ln p}, where {@code p} is the probability given
   * to the true class, clipped to {@code [1e-15, 1 - 1e-15]}; lower is better.
   *
   * @return the metric
   */
  static Scorer logLoss() {
    return LogLoss.INSTANCE;
  }

  /**
   * Root mean squared error of regression predictions; lower is better.
   *
   * @return the metric
   */
  static Scorer rmse() {
    return Rmse.INSTANCE;
  }
}

/** Shared argument checks of the built-in metrics. */
final class MetricChecks {
  private MetricChecks() {}

  static void sizes(String metric, List<Prediction> predictions, double[] truth) {
    if (predictions.size() != truth.length) {
      throw new IllegalArgumentException(
          metric
              + ": "
              + predictions.size()
              + " predictions but "
              + truth.length
              + " truth values");
    }
    if (truth.length == 0) {
      throw new IllegalArgumentException(metric + ": there are no rows to score");
    }
  }

  static int classIndex(String metric, Prediction p, double truth, int row) {
    if (!p.isClassification()) {
      throw new IllegalArgumentException(
          metric + " needs class probabilities but row " + row + " has " + p);
    }
    int k = (int) truth;
    if (k != truth || k < 0 || k >= p.classCount()) {
      throw new IllegalArgumentException(
          metric
              + ": row "
              + row
              + " has truth "
              + truth
              + ", not a class index in [0, "
              + p.classCount()
              + ")");
    }
    return k;
  }
}

/** Accuracy: the share of rows whose arg-max class is the truth. */
final class Accuracy implements Scorer {
  static final Accuracy INSTANCE = new Accuracy();

  @Override
  public String name() {
    return Metric.ACCURACY.reportName();
  }

  @Override
  public Direction direction() {
    return Metric.ACCURACY.direction();
  }

  @Override
  public double score(List<Prediction> predictions, double[] truth) {
    MetricChecks.sizes(name(), predictions, truth);
    int hits = 0;
    for (int i = 0; i < truth.length; i++) {
      Prediction p = predictions.get(i);
      int k = MetricChecks.classIndex(name(), p, truth[i], i);
      if (p.argMax() == k) {
        hits++;
      }
    }
    return hits / (double) truth.length;
  }

  @Override
  public String toString() {
    return name();
  }
}

/** Log loss with probabilities clipped at 1e-15, natural logarithm. */
final class LogLoss implements Scorer {
  static final LogLoss INSTANCE = new LogLoss();
  static final double EPS = 1e-15;

  @Override
  public String name() {
    return Metric.LOG_LOSS.reportName();
  }

  @Override
  public Direction direction() {
    return Metric.LOG_LOSS.direction();
  }

  @Override
  public double score(List<Prediction> predictions, double[] truth) {
    MetricChecks.sizes(name(), predictions, truth);
    double sum = 0;
    for (int i = 0; i < truth.length; i++) {
      Prediction p = predictions.get(i);
      int k = MetricChecks.classIndex(name(), p, truth[i], i);
      double q = Math.min(Math.max(p.probability(k), EPS), 1 - EPS);
      sum -= Math.log(q);
    }
    return sum / truth.length;
  }

  @Override
  public String toString() {
    return name();
  }
}

/** Root mean squared error. */
final class Rmse implements Scorer {
  static final Rmse INSTANCE = new Rmse();

  @Override
  public String name() {
    return Metric.RMSE.reportName();
  }

  @Override
  public Direction direction() {
    return Metric.RMSE.direction();
  }

  @Override
  public double score(List<Prediction> predictions, double[] truth) {
    MetricChecks.sizes(name(), predictions, truth);
    double ss = 0;
    for (int i = 0; i < truth.length; i++) {
      Prediction p = predictions.get(i);
      if (p.isClassification()) {
        throw new IllegalArgumentException(
            "rmse needs regression predictions but row " + i + " has " + p);
      }
      double d = p.value() - truth[i];
      ss += d * d;
    }
    return Math.sqrt(ss / truth.length);
  }

  @Override
  public String toString() {
    return name();
  }
}
