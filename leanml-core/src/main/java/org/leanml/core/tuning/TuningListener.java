package org.leanml.core.tuning;

/**
 * Receives tuning progress. Called from the executor's threads, possibly concurrently and in any
 * trial order; implementations must be thread-safe and quick.
 */
public interface TuningListener {

  /** A listener that ignores everything. */
  TuningListener NONE = (trial, completed, total) -> {};

  /**
   * A trial finished (all its folds trained and scored, or it failed).
   *
   * @param trial the finished trial
   * @param completed how many trials have finished so far, including this one
   * @param total the number of trials
   */
  void onTrialFinished(Trial trial, int completed, int total);
}
