package org.leanml.eval.rollout;

/** How a rollout uses the candidate arm of a {@link TrafficSplitter}. */
public enum RolloutMode {
  /** The candidate serves the units in its share; the champion serves the rest. */
  CANARY,
  /**
   * The champion serves every unit; the candidate is scored silently on the rows of the units in
   * its share (a share of 1 shadows all traffic), so both arms predict the same rows.
   */
  SHADOW,
  /** A fixed split: the candidate serves its share for the whole experiment. */
  AB
}
