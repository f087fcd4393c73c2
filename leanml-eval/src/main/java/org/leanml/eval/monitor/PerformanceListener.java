package org.leanml.eval.monitor;

/** Receives the windows of a {@link LateLabelMonitor}. Called on the thread that closed them. */
public interface PerformanceListener {
  /**
   * Every closed window.
   *
   * @param window the window
   */
  default void onWindow(PerformanceWindow window) {}

  /**
   * A closed window whose accuracy interval lies entirely below the threshold.
   *
   * @param window the window
   */
  void onAlert(PerformanceWindow window);
}
