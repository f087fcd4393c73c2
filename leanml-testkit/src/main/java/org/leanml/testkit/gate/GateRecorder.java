package org.leanml.testkit.gate;

import java.util.ArrayList;
import java.util.List;
import org.leanml.eval.compare.ComparisonResult;

/**
 * Collects the comparisons that gate assertions run on the current thread, so that a test extension
 * can write them as reports after the test. Recording is off unless {@link #start()} was called on
 * the thread; assertions never depend on it.
 */
public final class GateRecorder {
  private static final ThreadLocal<List<ComparisonResult>> RECORDED = new ThreadLocal<>();

  private GateRecorder() {}

  /** Starts recording on this thread, dropping anything recorded before. */
  public static void start() {
    RECORDED.set(new ArrayList<>());
  }

  /**
   * Stops recording on this thread.
   *
   * @return the comparisons run since {@link #start()}, in order; empty if recording was off
   */
  public static List<ComparisonResult> stop() {
    List<ComparisonResult> out = RECORDED.get();
    RECORDED.remove();
    return out == null ? List.of() : List.copyOf(out);
  }

  static void record(ComparisonResult result) {
    List<ComparisonResult> list = RECORDED.get();
    if (list != null) {
      list.add(result);
    }
  }
}
