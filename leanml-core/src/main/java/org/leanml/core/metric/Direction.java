package org.leanml.core.metric;

/** Which way a metric improves. */
public enum Direction {
  /** Larger values are better (accuracy). */
  HIGHER_IS_BETTER,
  /** Smaller values are better (log loss, RMSE). */
  LOWER_IS_BETTER;

  /**
   * Whether {@code candidate} is strictly better than {@code incumbent}; NaN is never better, and
   * any number is better than NaN.
   *
   * @param candidate a new score
   * @param incumbent the best score so far
   * @return {@code true} if the candidate improves on the incumbent
   */
  public boolean isBetter(double candidate, double incumbent) {
    if (Double.isNaN(candidate)) {
      return false;
    }
    if (Double.isNaN(incumbent)) {
      return true;
    }
    return this == HIGHER_IS_BETTER ? candidate > incumbent : candidate < incumbent;
  }
}
