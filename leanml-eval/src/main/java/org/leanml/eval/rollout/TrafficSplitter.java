package org.leanml.eval.rollout;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Assigns units (users, sessions, requests) to the champion or the candidate arm by a keyed hash,
 * sticky for the life of a rollout.
 *
 * <p><b>Design.</b> A unit's bucket is {@code SipHash-2-4(key, id) mod 10000}, where the 128-bit
 * key is the first 16 bytes of SHA-256 of the salt's UTF-8 bytes (two little-endian longs {@code
 * k0}, {@code k1}). A {@code long} id is hashed as its 8 little-endian bytes; a {@link
 * CharSequence} id as its UTF-16LE code units (so {@code "42"} and {@code 42L} land in different
 * buckets). The unit is in the candidate arm iff {@code bucket < round(share * 10000)}: because the
 * bucket never changes and the ramp's shares never decrease, a unit that was in the candidate arm
 * stays there as the share grows. A different salt gives an independent assignment, so successive
 * rollouts do not reuse the same units as guinea pigs.
 *
 * <p>Routing reads one volatile field and hashes without allocating; the splitter is thread-safe.
 * Moving along the ramp ({@link #advance()}) is atomic.
 *
 * <p>Reference: J.-P. Aumasson, D. J. Bernstein, "SipHash: a fast short-input PRF", INDOCRYPT 2012,
 * doi:10.1007/978-3-642-34931-7_28.
 */
public final class TrafficSplitter {
  /** The number of buckets; shares are resolved to 1/10000. */
  public static final int BUCKETS = 10_000;

  private final String salt;
  private final long k0;
  private final long k1;
  private final RolloutMode mode;
  private final RampSchedule schedule;
  private volatile int step;
  private volatile int threshold;

  private TrafficSplitter(String salt, RolloutMode mode, RampSchedule schedule) {
    this.salt = salt;
    byte[] digest = sha256(salt);
    ByteBuffer b = ByteBuffer.wrap(digest).order(ByteOrder.LITTLE_ENDIAN);
    this.k0 = b.getLong(0);
    this.k1 = b.getLong(8);
    this.mode = mode;
    this.schedule = schedule;
    setStep(0);
  }

  /**
   * A splitter.
   *
   * @param salt the rollout's salt (e.g. {@code "fraud-v7-rollout"}), not blank
   * @param mode how the candidate arm is used
   * @param schedule the candidate's shares; {@link RolloutMode#AB} needs a single step
   * @return the splitter, at step 0
   * @throws IllegalArgumentException if the salt is blank or an AB schedule has more than one step
   * @throws NullPointerException if an argument is null
   */
  public static TrafficSplitter of(String salt, RolloutMode mode, RampSchedule schedule) {
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(schedule, "schedule");
    if (salt.isBlank()) {
      throw new IllegalArgumentException("salt must not be blank");
    }
    if (mode == RolloutMode.AB && schedule.steps() != 1) {
      throw new IllegalArgumentException(
          "an AB split is fixed, so its schedule needs exactly 1 step but has " + schedule.steps());
    }
    return new TrafficSplitter(salt, mode, schedule);
  }

  /**
   * The salt.
   *
   * @return the salt
   */
  public String salt() {
    return salt;
  }

  /**
   * The mode.
   *
   * @return the mode
   */
  public RolloutMode mode() {
    return mode;
  }

  /**
   * The ramp schedule.
   *
   * @return the schedule
   */
  public RampSchedule schedule() {
    return schedule;
  }

  /**
   * The current step of the ramp.
   *
   * @return the step index
   */
  public int step() {
    return step;
  }

  /**
   * The candidate's current share.
   *
   * @return the share
   */
  public double share() {
    return schedule.share(step);
  }

  /**
   * Moves to the next step of the ramp.
   *
   * @return the new step index
   * @throws IllegalStateException if the ramp is already at its last step
   */
  public synchronized int advance() {
    if (step + 1 >= schedule.steps()) {
      throw new IllegalStateException(
          "the ramp is at its last step " + step + " (share " + share() + ")");
    }
    setStep(step + 1);
    return step;
  }

  private synchronized void setStep(int s) {
    threshold = (int) Math.round(schedule.share(s) * BUCKETS);
    step = s;
  }

  /**
   * The fixed bucket of a numeric unit id.
   *
   * @param unitId the id
   * @return the bucket in {@code [0, 10000)}
   */
  public int bucket(long unitId) {
    return (int) Long.remainderUnsigned(SipHash.hashLong(k0, k1, unitId), BUCKETS);
  }

  /**
   * The fixed bucket of a textual unit id.
   *
   * @param unitId the id
   * @return the bucket in {@code [0, 10000)}
   * @throws NullPointerException if the id is null
   */
  public int bucket(CharSequence unitId) {
    return (int) Long.remainderUnsigned(SipHash.hashChars(k0, k1, unitId), BUCKETS);
  }

  /**
   * Whether a unit is in the candidate's share at the current step.
   *
   * @param unitId the id
   * @return {@code true} for the candidate arm
   */
  public boolean inCandidateShare(long unitId) {
    return bucket(unitId) < threshold;
  }

  /**
   * Whether a unit is in the candidate's share at the current step.
   *
   * @param unitId the id
   * @return {@code true} for the candidate arm
   * @throws NullPointerException if the id is null
   */
  public boolean inCandidateShare(CharSequence unitId) {
    return bucket(unitId) < threshold;
  }

  /**
   * The arm that serves a unit: in {@link RolloutMode#SHADOW} always the champion, otherwise the
   * candidate for units in its share.
   *
   * @param unitId the id
   * @return the serving arm
   */
  public Arm route(long unitId) {
    return mode != RolloutMode.SHADOW && inCandidateShare(unitId) ? Arm.CANDIDATE : Arm.CHAMPION;
  }

  /**
   * The arm that serves a unit: in {@link RolloutMode#SHADOW} always the champion, otherwise the
   * candidate for units in its share.
   *
   * @param unitId the id
   * @return the serving arm
   * @throws NullPointerException if the id is null
   */
  public Arm route(CharSequence unitId) {
    return mode != RolloutMode.SHADOW && inCandidateShare(unitId) ? Arm.CANDIDATE : Arm.CHAMPION;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "TrafficSplitter[" + mode + ", step " + step + ", share " + share() + "]";
  }
}
