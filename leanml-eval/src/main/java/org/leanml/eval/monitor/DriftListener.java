package org.leanml.eval.monitor;

import org.leanml.eval.drift.DriftReport;

/** Receives the report of each closed window of a {@link DriftMonitor}. */
@FunctionalInterface
public interface DriftListener {
  /**
   * A window closed.
   *
   * @param window the window's number, from 0
   * @param report the drift of the window against the reference
   */
  void onReport(long window, DriftReport report);
}
