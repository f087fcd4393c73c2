package org.leanml.examples.demo;

import java.util.Objects;
import org.leanml.eval.sequential.Assessment;
import org.leanml.eval.sequential.Decision;

/**
 * A canary on the live stream: the champion and the candidate, the sequential test's final
 * assessment, the decision taken, and the always-valid p-value after every canary unit.
 *
 * @param championVersion the version serving most traffic
 * @param candidateVersion the version under test
 * @param streamRows live rows routed before the decision (or all of them)
 * @param finalAssessment the test's last assessment
 * @param decision the decision taken: the test's, or {@link Decision#ROLLBACK} when the stream
 *     ended undecided (the champion stays)
 * @param pValuePath the always-valid p-value after each canary unit
 */
public record CanaryOutcome(
    int championVersion,
    int candidateVersion,
    int streamRows,
    Assessment finalAssessment,
    Decision decision,
    double[] pValuePath) {
  /**
   * Validates and copies.
   *
   * @throws NullPointerException if an object is null
   */
  public CanaryOutcome {
    Objects.requireNonNull(finalAssessment, "finalAssessment");
    Objects.requireNonNull(decision, "decision");
    pValuePath = pValuePath.clone();
  }

  /**
   * The always-valid p-value after each canary unit.
   *
   * @return a copy
   */
  @Override
  public double[] pValuePath() {
    return pValuePath.clone();
  }

  /**
   * Whether the canary ended with the sequential test's own decision.
   *
   * @return {@code false} when the stream ended first
   */
  public boolean decidedByTest() {
    return finalAssessment.isFinal();
  }
}
