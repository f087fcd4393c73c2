package org.leanml.examples.demo;

import java.util.Arrays;
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
// The array component is cloned in and out, and equals, hashCode and toString are overridden
// to use its contents, which is what ArrayRecordComponent guards against.
@SuppressWarnings("ArrayRecordComponent")
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
   * @param championVersion the version serving most traffic
   * @param candidateVersion the version under test
   * @param streamRows live rows routed before the decision (or all of them)
   * @param finalAssessment the test's last assessment
   * @param decision the decision taken: the test's, or {@link Decision#ROLLBACK} when the stream
   *     ended undecided (the champion stays)
   * @param pValuePath the always-valid p-value after each canary unit
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

  @Override
  public boolean equals(Object o) {
    return o instanceof CanaryOutcome c
        && championVersion == c.championVersion
        && candidateVersion == c.candidateVersion
        && streamRows == c.streamRows
        && finalAssessment.equals(c.finalAssessment)
        && decision == c.decision
        && Arrays.equals(pValuePath, c.pValuePath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(championVersion, candidateVersion, streamRows, finalAssessment, decision)
            * 31
        + Arrays.hashCode(pValuePath);
  }

  @Override
  public String toString() {
    return "CanaryOutcome[championVersion=%d, candidateVersion=%d, streamRows=%d, finalAssessment=%s, decision=%s, pValuePath=%s]"
        .formatted(
            championVersion,
            candidateVersion,
            streamRows,
            finalAssessment,
            decision,
            Arrays.toString(pValuePath));
  }
}
