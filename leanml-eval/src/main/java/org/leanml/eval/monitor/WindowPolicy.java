package org.leanml.eval.monitor;

import java.time.Duration;
import java.util.Objects;

/**
 * How a monitor cuts its stream into consecutive, non-overlapping (tumbling) windows.
 *
 * @param kind by count or by time
 * @param size for {@link Kind#COUNT}: observations per window; otherwise 0
 * @param duration for {@link Kind#TIME}: the window length; otherwise zero
 */
public record WindowPolicy(Kind kind, long size, Duration duration) {

  /** The kinds of window. */
  public enum Kind {
    /** A window closes after a fixed number of observations. */
    COUNT,
    /**
     * A window closes when an observation arrives (or {@code flush} is called) at least the
     * duration after the window opened, by the injected clock.
     */
    TIME
  }

  /**
   * Validates.
   *
   * @param kind by count or by time
   * @param size for {@link Kind#COUNT}: observations per window; otherwise 0
   * @param duration for {@link Kind#TIME}: the window length; otherwise zero
   * @throws IllegalArgumentException if a COUNT window's size is below 1 or a TIME window's
   *     duration is not positive
   * @throws NullPointerException if kind or duration is null
   */
  public WindowPolicy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
    if (kind == Kind.COUNT && size < 1) {
      throw new IllegalArgumentException("window size must be >= 1 but was " + size);
    }
    if (kind == Kind.TIME && (duration.isZero() || duration.isNegative())) {
      throw new IllegalArgumentException("window duration must be > 0 but was " + duration);
    }
  }

  /**
   * Windows of a fixed number of observations.
   *
   * @param size observations per window
   * @return the policy
   * @throws IllegalArgumentException if size is below 1
   */
  public static WindowPolicy ofCount(long size) {
    return new WindowPolicy(Kind.COUNT, size, Duration.ZERO);
  }

  /**
   * Windows of a fixed duration.
   *
   * @param duration the window length
   * @return the policy
   * @throws IllegalArgumentException if the duration is not positive
   */
  public static WindowPolicy ofDuration(Duration duration) {
    return new WindowPolicy(Kind.TIME, 0, duration);
  }
}
