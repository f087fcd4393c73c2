package org.leanml.eval.sequential;

/** Which way a per-request metric improves. */
public enum MetricDirection {
  /** Smaller is better (error rate, log loss, latency). */
  LOWER_IS_BETTER,
  /** Larger is better (accuracy, conversion). */
  HIGHER_IS_BETTER
}
