package org.leanml.core.run;

/**
 * Receives progress of long-running work: which stage, how much is done, out of how much. Called on
 * the thread doing the work; implementations must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * Reports progress.
   *
   * @param stage the name of the stage (or step) reporting
   * @param done units done so far, {@code 0 <= done <= total} when the total is known
   * @param total units in all, or {@code -1} when unknown
   */
  void onProgress(String stage, long done, long total);
}
