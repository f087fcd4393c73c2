package org.leanml.eval.rollout;

import java.time.Duration;
import java.util.Objects;

/**
 * When an {@link OutcomeLog} forces its records to stable storage. A record is
 * <em>acknowledged</em> once its sequence number is at most {@link OutcomeLog#durableSequence()};
 * acknowledged records survive a crash of the process or the machine.
 *
 * @param kind the policy
 * @param records for {@link Kind#EVERY_N}: the batch size; otherwise 1
 * @param interval for {@link Kind#EVERY_MILLIS}: the longest time a record waits; otherwise zero
 */
public record FsyncPolicy(Kind kind, int records, Duration interval) {

  /** The kinds of policy. */
  public enum Kind {
    /** Force after every record: slowest, nothing is ever unacknowledged. */
    EVERY_RECORD,
    /** Force after every N records (group commit). */
    EVERY_N,
    /**
     * Force when the oldest unforced record is at least T old (checked on append and by a timer).
     */
    EVERY_MILLIS
  }

  /**
   * Validates.
   *
   * @param kind the policy
   * @param records for {@link Kind#EVERY_N}: the batch size; otherwise 1
   * @param interval for {@link Kind#EVERY_MILLIS}: the longest time a record waits; otherwise zero
   * @throws IllegalArgumentException if records is below 1 or the interval is negative or not
   *     positive for EVERY_MILLIS
   * @throws NullPointerException if kind or interval is null
   */
  public FsyncPolicy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(interval, "interval");
    if (records < 1) {
      throw new IllegalArgumentException("records must be >= 1 but was " + records);
    }
    if (kind == Kind.EVERY_MILLIS && (interval.isNegative() || interval.isZero())) {
      throw new IllegalArgumentException("interval must be > 0 but was " + interval);
    }
  }

  /**
   * Force after every record.
   *
   * @return the policy
   */
  public static FsyncPolicy everyRecord() {
    return new FsyncPolicy(Kind.EVERY_RECORD, 1, Duration.ZERO);
  }

  /**
   * Force after every {@code n} records.
   *
   * @param n the batch size, {@code >= 1}
   * @return the policy
   * @throws IllegalArgumentException if n is below 1
   */
  public static FsyncPolicy everyRecords(int n) {
    return new FsyncPolicy(Kind.EVERY_N, n, Duration.ZERO);
  }

  /**
   * Force when the oldest unforced record has waited {@code millis}.
   *
   * @param millis the interval, {@code > 0}
   * @return the policy
   * @throws IllegalArgumentException if millis is not positive
   */
  public static FsyncPolicy everyMillis(long millis) {
    return new FsyncPolicy(Kind.EVERY_MILLIS, 1, Duration.ofMillis(millis));
  }
}
