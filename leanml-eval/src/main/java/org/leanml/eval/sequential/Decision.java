package org.leanml.eval.sequential;

/** What a sequential test says to do with the candidate. */
public enum Decision {
  /** The candidate is not worse than the margin (or better, as configured): make it champion. */
  PROMOTE,
  /** The candidate is worse than the champion by more than the margin: stop serving it. */
  ROLLBACK,
  /** Not enough evidence yet: keep collecting. */
  CONTINUE
}
