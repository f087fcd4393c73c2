package org.leanml.eval.sequential;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A primary sequential experiment with guardrail experiments (latency, calibration, a business
 * metric) that can force a rollback: the verdict is ROLLBACK as soon as any guardrail's test says
 * ROLLBACK (worse than its own margin), otherwise the primary metric's decision.
 *
 * <p>Each guardrail runs at its own α, so the probability that some guardrail forces a wrong
 * rollback is at most the sum of their α (union bound); split α across guardrails when that
 * matters. Thread-safe.
 */
public final class GuardedExperiment {
  private final SequentialExperiment primary;
  private final Map<String, SequentialExperiment> guardrails;

  private GuardedExperiment(
      SequentialExperiment primary, Map<String, SequentialExperiment> guardrails) {
    this.primary = primary;
    this.guardrails = guardrails;
  }

  /**
   * An experiment with guardrails.
   *
   * @param primary the experiment on the primary metric
   * @param guardrails the guardrail experiments by name, in reporting order
   * @return the guarded experiment
   * @throws NullPointerException if an argument, name or experiment is null
   * @throws IllegalArgumentException if a guardrail name is blank
   */
  public static GuardedExperiment of(
      SequentialExperiment primary, Map<String, SequentialExperiment> guardrails) {
    Objects.requireNonNull(primary, "primary");
    Map<String, SequentialExperiment> copy = new LinkedHashMap<>();
    guardrails.forEach(
        (name, e) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("guardrail name must not be blank but was " + name);
          }
          copy.put(name, Objects.requireNonNull(e, "guardrail " + name));
        });
    return new GuardedExperiment(primary, Collections.unmodifiableMap(copy));
  }

  /**
   * An experiment without guardrails.
   *
   * @param primary the experiment on the primary metric
   * @return the guarded experiment
   */
  public static GuardedExperiment of(SequentialExperiment primary) {
    return of(primary, Map.of());
  }

  /**
   * The primary experiment, to record observations into.
   *
   * @return the primary experiment
   */
  public SequentialExperiment primary() {
    return primary;
  }

  /**
   * The guardrail experiments by name.
   *
   * @return an unmodifiable map
   */
  public Map<String, SequentialExperiment> guardrails() {
    return guardrails;
  }

  /**
   * A guardrail experiment.
   *
   * @param name the guardrail's name
   * @return the experiment
   * @throws IllegalArgumentException if there is no such guardrail
   */
  public SequentialExperiment guardrail(String name) {
    SequentialExperiment e = guardrails.get(name);
    if (e == null) {
      throw new IllegalArgumentException(
          "no guardrail '" + name + "'; the guardrails are " + guardrails.keySet());
    }
    return e;
  }

  /**
   * The current verdict.
   *
   * @return the verdict
   */
  public CanaryDecision verdict() {
    Assessment p = primary.assessment();
    Map<String, Assessment> g = new LinkedHashMap<>();
    String forced = null;
    String forcedReason = null;
    for (Map.Entry<String, SequentialExperiment> e : guardrails.entrySet()) {
      Assessment a = e.getValue().assessment();
      g.put(e.getKey(), a);
      if (forced == null && a.decision() == Decision.ROLLBACK) {
        forced = e.getKey();
        forcedReason = a.reason();
      }
    }
    if (forced != null) {
      return new CanaryDecision(
          Decision.ROLLBACK, "guardrail '" + forced + "' forced a rollback: " + forcedReason, p, g);
    }
    return new CanaryDecision(p.decision(), "primary metric: " + p.reason(), p, g);
  }
}
