package org.leanml.eval.sequential;

/** What the candidate must show to be promoted. */
public enum Hypothesis {
  /** Promote when the candidate is shown to be worse by less than the margin. */
  NON_INFERIORITY,
  /** Promote only when the candidate is shown to be strictly better than the champion. */
  SUPERIORITY
}
