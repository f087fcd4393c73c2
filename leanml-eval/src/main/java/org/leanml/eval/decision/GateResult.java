package org.leanml.eval.decision;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a candidate may replace the baseline, and why not.
 *
 * @param passed {@code true} when the verdict is acceptable and every guardrail holds
 * @param reasons why the gate failed, one sentence each; empty when it passed
 */
public record GateResult(boolean passed, List<String> reasons) {

  /**
   * Validates and copies.
   *
   * @param passed {@code true} when the verdict is acceptable and every guardrail holds
   * @param reasons why the gate failed, one sentence each; empty when it passed
   * @throws IllegalArgumentException if a passed gate has reasons or a failed one has none
   */
  public GateResult {
    reasons = List.copyOf(reasons);
    if (passed != reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "a gate passes exactly when it has no reasons, but passed="
              + passed
              + " with "
              + reasons);
    }
  }

  /**
   * Applies the gate.
   *
   * @param verdict the verdict on the primary metric
   * @param guardrails the guardrails
   * @param negativeFlipRate the measured negative-flip rate (NaN when not applicable)
   * @param regressedSlices descriptions of the slices whose verdict is {@link
   *     GateVerdict#REGRESSED}
   * @return the result
   */
  public static GateResult evaluate(
      GateVerdict verdict,
      Guardrails guardrails,
      double negativeFlipRate,
      List<String> regressedSlices) {
    List<String> reasons = new ArrayList<>();
    if (!verdict.acceptable()) {
      reasons.add("verdict is " + verdict + ", not IMPROVED or NON_INFERIOR");
    }
    if (guardrails.limitsFlips() && negativeFlipRate > guardrails.maxNegativeFlipRate()) {
      reasons.add(
          "negative-flip rate "
              + negativeFlipRate
              + " exceeds the maximum "
              + guardrails.maxNegativeFlipRate());
    }
    for (String s : regressedSlices) {
      reasons.add("slice " + s + " REGRESSED");
    }
    return new GateResult(reasons.isEmpty(), reasons);
  }

  /**
   * The gate as reported: {@code pass} or {@code fail}.
   *
   * @return the word
   */
  public String word() {
    return passed ? "pass" : "fail";
  }
}
