package org.leanml.core.metric;

import java.util.Locale;
import org.leanml.core.contract.Task;

/**
 * The one list of metrics LeanML knows: their report names, the tasks they apply to and the {@link
 * Direction} that is better. Evaluation ({@code leanml-eval}) estimates every one of them with an
 * interval; a {@link Scorer} computes a few of them as a tuning objective.
 */
public enum Metric {
  /** Area under the ROC curve (binary). */
  AUC(Direction.HIGHER_IS_BETTER, Task.BINARY),
  /** Share of rows whose predicted class is the true class. */
  ACCURACY(Direction.HIGHER_IS_BETTER, Task.BINARY, Task.MULTICLASS),
  /** True positives over predicted positives (binary). */
  PRECISION(Direction.HIGHER_IS_BETTER, Task.BINARY),
  /** True positives over actual positives (binary). */
  RECALL(Direction.HIGHER_IS_BETTER, Task.BINARY),
  /** Harmonic mean of precision and recall (binary). */
  F1(Direction.HIGHER_IS_BETTER, Task.BINARY),
  /** Average precision: precision at each threshold weighted by the recall gained (binary). */
  AVERAGE_PRECISION(Direction.HIGHER_IS_BETTER, Task.BINARY),
  /** Mean negative log-likelihood of the true class. */
  LOG_LOSS(Direction.LOWER_IS_BETTER, Task.BINARY, Task.MULTICLASS),
  /** Mean squared difference between the positive-class probability and the 0/1 truth. */
  BRIER(Direction.LOWER_IS_BETTER, Task.BINARY),
  /** The error rate where the false positive rate equals the false negative rate (binary). */
  EQUAL_ERROR_RATE(Direction.LOWER_IS_BETTER, Task.BINARY),
  /** Unweighted mean of the per-class F1 scores (multiclass). */
  MACRO_F1(Direction.HIGHER_IS_BETTER, Task.MULTICLASS),
  /** F1 from the pooled counts; equals accuracy for single-label multiclass. */
  MICRO_F1(Direction.HIGHER_IS_BETTER, Task.MULTICLASS),
  /** Root mean squared error (regression). */
  RMSE(Direction.LOWER_IS_BETTER, Task.REGRESSION),
  /** Mean absolute error (regression). */
  MAE(Direction.LOWER_IS_BETTER, Task.REGRESSION),
  /** Coefficient of determination, 1 - SSE/SST (regression). */
  R2(Direction.HIGHER_IS_BETTER, Task.REGRESSION);

  private final Direction direction;

  // The array is private, filled once from the constant's declaration and never written or handed
  // out, so the enum stays immutable; an EnumSet would draw the same finding.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Task[] tasks;

  Metric(Direction direction, Task... tasks) {
    this.direction = direction;
    this.tasks = tasks;
  }

  /**
   * Which way this metric improves.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Whether larger values are better.
   *
   * @return {@code true} for AUC, accuracy, F1 and the like
   */
  public boolean higherIsBetter() {
    return direction == Direction.HIGHER_IS_BETTER;
  }

  /**
   * Whether this metric is defined for a task.
   *
   * @param task a task
   * @return {@code true} if it is
   */
  public boolean appliesTo(Task task) {
    for (Task t : tasks) {
      if (t == task) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name used in reports: lower snake case ({@code auc}, {@code log_loss}, {@code r2}).
   *
   * @return the report name
   */
  public String reportName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The default primary metric of a task: AUC for binary, accuracy for multiclass, RMSE for
   * regression.
   *
   * @param task the task
   * @return the metric
   */
  public static Metric defaultFor(Task task) {
    return switch (task) {
      case BINARY -> AUC;
      case MULTICLASS -> ACCURACY;
      case REGRESSION -> RMSE;
    };
  }
}
