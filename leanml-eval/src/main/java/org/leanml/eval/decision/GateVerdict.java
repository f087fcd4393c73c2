package org.leanml.eval.decision;

/** The outcome of comparing a candidate with a baseline on the primary metric. */
public enum GateVerdict {
  /** The whole interval of the worsening is below zero: the candidate is better. */
  IMPROVED,
  /** The whole interval of the worsening is below the margin: not worse by more than allowed. */
  NON_INFERIOR,
  /** The whole interval of the worsening is above the margin: the candidate is worse. */
  REGRESSED,
  /** The interval straddles the margin: the data cannot tell. */
  INCONCLUSIVE;

  /**
   * Whether this verdict lets the gate pass.
   *
   * @return {@code true} for {@link #IMPROVED} and {@link #NON_INFERIOR}
   */
  public boolean acceptable() {
    return this == IMPROVED || this == NON_INFERIOR;
  }
}
