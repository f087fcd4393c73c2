package org.leanml.eval.metric;

import java.util.Locale;
import org.leanml.core.contract.Task;

/** The metrics LeanML computes, with their report names and the direction that is better. */
public enum Metric {
  /** Area under the ROC curve (binary). */
  AUC(Direction.HIGHER, Task.BINARY),
  /** Share of rows whose predicted class is the true class. */
  ACCURACY(Direction.HIGHER, Task.BINARY, Task.MULTICLASS),
  /** True positives over predicted positives (binary). */
  PRECISION(Direction.HIGHER, Task.BINARY),
  /** True positives over actual positives (binary). */
  RECALL(Direction.HIGHER, Task.BINARY),
  /** Harmonic mean of precision and recall (binary). */
  F1(Direction.HIGHER, Task.BINARY),
  /** Average precision: precision at each threshold weighted by the recall gained (binary). */
  AVERAGE_PRECISION(Direction.HIGHER, Task.BINARY),
  /** Mean negative log-likelihood of the true class. */
  LOG_LOSS(Direction.LOWER, Task.BINARY, Task.MULTICLASS),
  /** Mean squared difference between the positive-class probability and the 0/1 truth. */
  BRIER(Direction.LOWER, Task.BINARY),
  /** The error rate where the false positive rate equals the false negative rate (binary). */
  EQUAL_ERROR_RATE(Direction.LOWER, Task.BINARY),
  /** Unweighted mean of the per-class F1 scores (multiclass). */
  MACRO_F1(Direction.HIGHER, Task.MULTICLASS),
  /** F1 from the pooled counts; equals accuracy for single-label multiclass. */
  MICRO_F1(Direction.HIGHER, Task.MULTICLASS),
  /** Root mean squared error (regression). */
  RMSE(Direction.LOWER, Task.REGRESSION),
  /** Mean absolute error (regression). */
  MAE(Direction.LOWER, Task.REGRESSION),
  /** Coefficient of determination, 1 - SSE/SST (regression). */
  R2(Direction.HIGHER, Task.REGRESSION);

  /** Which way a metric improves. */
  public enum Direction {
    /** Larger values are better. */
    HIGHER,
    /** Smaller values are better. */
    LOWER
  }

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
    return direction == Direction.HIGHER;
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
