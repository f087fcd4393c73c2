package org.leanml.eval.rollout;

/** One side of a rollout. */
public enum Arm {
  /** The version currently serving (the registry's {@code champion}). */
  CHAMPION,
  /** The version being rolled out. */
  CANDIDATE
}
