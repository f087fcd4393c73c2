package org.leanml.eval.monitor;

import java.time.Instant;
import java.util.Objects;

/**
 * The accuracy of the predictions whose labels arrived in one window.
 *
 * @param index the window's number, from 0
 * @param start when the window opened
 * @param end when it closed
 * @param count labelled predictions in the window
 * @param correct how many were right
 * @param interval the Wilson interval for the accuracy
 * @param threshold the alert threshold on accuracy
 * @param referenceAccuracy the accuracy on the reference (evaluation) data, NaN if not given
 */
public record PerformanceWindow(
    long index,
    Instant start,
    Instant end,
    long count,
    long correct,
    WilsonInterval interval,
    double threshold,
    double referenceAccuracy) {
  /**
   * Validates.
   *
   * @param index the window's number, from 0
   * @param start when the window opened
   * @param end when it closed
   * @param count labelled predictions in the window
   * @param correct how many were right
   * @param interval the Wilson interval for the accuracy
   * @param threshold the alert threshold on accuracy
   * @param referenceAccuracy the accuracy on the reference (evaluation) data, NaN if not given
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the counts are inconsistent
   */
  public PerformanceWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(interval, "interval");
    if (count < 1 || correct < 0 || correct > count) {
      throw new IllegalArgumentException(
          "need 0 <= correct <= count and count >= 1 but got " + correct + " of " + count);
    }
  }

  /**
   * The accuracy.
   *
   * @return correct / count
   */
  public double accuracy() {
    return correct / (double) count;
  }

  /**
   * The error rate.
   *
   * @return 1 − accuracy
   */
  public double errorRate() {
    return 1 - accuracy();
  }

  /**
   * Whether even the optimistic end of the interval is below the threshold.
   *
   * @return {@code interval.upper() < threshold}
   */
  public boolean alert() {
    return interval.upper() < threshold;
  }
}
