package org.leanml.eval.rollout;

import java.util.List;

/**
 * The candidate's share of units at each step of a rollout, non-decreasing so that a unit once in
 * the candidate arm stays there (e.g. 1% → 5% → 25% → 50%).
 *
 * @param shares the shares in {@code (0, 1]}, one per step, non-decreasing
 */
public record RampSchedule(List<Double> shares) {
  /**
   * Validates and copies.
   *
   * @param shares the shares in {@code (0, 1]}, one per step, non-decreasing
   * @throws IllegalArgumentException if there are no shares, a share is outside {@code (0, 1]} or
   *     NaN, or a share is smaller than the one before it
   */
  public RampSchedule {
    shares = List.copyOf(shares);
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("shares must not be empty");
    }
    double previous = 0;
    for (int i = 0; i < shares.size(); i++) {
      double s = shares.get(i);
      if (!(s > 0 && s <= 1)) {
        throw new IllegalArgumentException("shares[" + i + "] must be in (0, 1] but was " + s);
      }
      if (s < previous) {
        throw new IllegalArgumentException(
            "shares must not decrease but shares["
                + i
                + "] = "
                + s
                + " follows "
                + previous
                + " (a decrease would move units back to the champion)");
      }
      previous = s;
    }
  }

  /**
   * A schedule from shares.
   *
   * @param shares the shares, non-decreasing, each in {@code (0, 1]}
   * @return the schedule
   * @throws IllegalArgumentException as {@link #RampSchedule(List)}
   */
  public static RampSchedule of(double... shares) {
    Double[] boxed = new Double[shares.length];
    for (int i = 0; i < shares.length; i++) {
      boxed[i] = shares[i];
    }
    return new RampSchedule(List.of(boxed));
  }

  /**
   * A single, fixed share (for {@link RolloutMode#AB}).
   *
   * @param share the candidate's share in {@code (0, 1]}
   * @return the schedule
   * @throws IllegalArgumentException if the share is outside {@code (0, 1]}
   */
  public static RampSchedule fixed(double share) {
    return of(share);
  }

  /**
   * The usual canary ramp 1% → 5% → 25% → 50%.
   *
   * @return the schedule
   */
  public static RampSchedule canary() {
    return of(0.01, 0.05, 0.25, 0.5);
  }

  /**
   * The number of steps.
   *
   * @return the step count
   */
  public int steps() {
    return shares.size();
  }

  /**
   * The share at a step.
   *
   * @param step the step index
   * @return the share
   * @throws IndexOutOfBoundsException if the step is out of range
   */
  public double share(int step) {
    return shares.get(step);
  }
}
