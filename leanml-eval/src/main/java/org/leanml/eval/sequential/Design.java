package org.leanml.eval.sequential;

/** How the observations of the two arms relate. */
public enum Design {
  /**
   * Both arms are measured on the same units (shadow scoring): each observation is a per-unit
   * difference candidate − champion.
   */
  PAIRED,
  /** Each unit is measured in one arm only (canary, A/B): two independent samples. */
  TWO_SAMPLE
}
