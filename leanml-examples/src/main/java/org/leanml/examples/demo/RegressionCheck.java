package org.leanml.examples.demo;

import java.util.Objects;
import org.leanml.eval.decision.GateVerdict;
import org.leanml.eval.metric.Estimate;

/**
 * One regression test of a version against an earlier one on the frozen evaluation set.
 *
 * @param baselineVersion the earlier version
 * @param verdict the verdict on AUC
 * @param passed whether the gate passed
 * @param aucDifference candidate minus baseline AUC, with DeLong's interval
 * @param pValue DeLong's p-value
 */
public record RegressionCheck(
    int baselineVersion,
    GateVerdict verdict,
    boolean passed,
    Estimate aucDifference,
    double pValue) {
  /**
   * Validates.
   *
   * @param baselineVersion the earlier version
   * @param verdict the verdict on AUC
   * @param passed whether the gate passed
   * @param aucDifference candidate minus baseline AUC, with DeLong's interval
   * @param pValue DeLong's p-value
   * @throws NullPointerException if verdict or aucDifference is null
   */
  public RegressionCheck {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(aucDifference, "aucDifference");
  }
}
