package org.leanml.eval.drift;

/** The overall outcome of a drift check. */
public enum DriftVerdict {
  /** At least one feature has drifted. */
  DRIFT,
  /** No feature has drifted. */
  NO_DRIFT
}
