package org.leanml.eval.rollout;

import java.time.Instant;
import java.util.Objects;
import org.leanml.eval.sequential.CanaryDecision;
import org.leanml.eval.sequential.Decision;

/**
 * The terminal decision of a rollout.
 *
 * @param decision PROMOTE or ROLLBACK
 * @param championVersion the champion's registry version
 * @param candidateVersion the candidate's registry version
 * @param reason why, from the sequential test
 * @param verdict the full verdict with every metric's assessment
 * @param decidedAt when
 */
public record RolloutDecision(
    Decision decision,
    int championVersion,
    int candidateVersion,
    String reason,
    CanaryDecision verdict,
    Instant decidedAt) {
  /**
   * Validates.
   *
   * @param decision PROMOTE or ROLLBACK
   * @param championVersion the champion's registry version
   * @param candidateVersion the candidate's registry version
   * @param reason why, from the sequential test
   * @param verdict the full verdict with every metric's assessment
   * @param decidedAt when
   * @throws IllegalArgumentException if the decision is CONTINUE
   * @throws NullPointerException if a component is null
   */
  public RolloutDecision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (decision == Decision.CONTINUE) {
      throw new IllegalArgumentException("a rollout decision is PROMOTE or ROLLBACK, not CONTINUE");
    }
  }
}
