package org.leanml.eval.sequential;

import java.util.Map;
import java.util.Objects;

/**
 * The combined decision of a primary metric and its guardrails.
 *
 * @param decision what to do
 * @param reason why, naming the metric that decided
 * @param primary the primary metric's assessment
 * @param guardrails each guardrail's assessment, by name
 */
public record CanaryDecision(
    Decision decision, String reason, Assessment primary, Map<String, Assessment> guardrails) {
  /**
   * Validates and copies.
   *
   * @param decision what to do
   * @param reason why, naming the metric that decided
   * @param primary the primary metric's assessment
   * @param guardrails each guardrail's assessment, by name
   * @throws NullPointerException if a component is null
   */
  public CanaryDecision {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(primary, "primary");
    guardrails = Map.copyOf(guardrails);
  }
}
