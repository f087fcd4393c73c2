package org.leanml.eval.history;

import java.util.Objects;
import org.leanml.eval.compare.ComparisonResult;
import org.leanml.eval.decision.GateVerdict;

/**
 * The candidate against one earlier version.
 *
 * @param version the earlier version
 * @param champion whether it is the current champion
 * @param comparison the paired comparison, the earlier version as baseline
 */
public record HistoryEntry(String version, boolean champion, ComparisonResult comparison) {

  /**
   * Validates.
   *
   * @param version the earlier version
   * @param champion whether it is the current champion
   * @param comparison the paired comparison, the earlier version as baseline
   * @throws NullPointerException if an argument is null
   */
  public HistoryEntry {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(comparison, "comparison");
  }

  /**
   * The earlier version's value of the primary metric.
   *
   * @return the value
   */
  public double versionValue() {
    return comparison.baseline().value(comparison.primaryMetric());
  }

  /**
   * The verdict of the candidate against this version.
   *
   * @return the verdict
   */
  public GateVerdict verdict() {
    return comparison.verdict();
  }
}
