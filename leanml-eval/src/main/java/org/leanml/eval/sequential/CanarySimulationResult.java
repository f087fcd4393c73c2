package org.leanml.eval.sequential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outcome of a {@link CanarySimulation}.
 *
 * @param runs the number of simulated rollouts
 * @param promote how many ended in PROMOTE
 * @param rollback how many ended in ROLLBACK
 * @param continueCount how many were still undecided after all units
 * @param falseDecisionRate the share of runs that took a decision that is wrong for the simulated
 *     truth (any decision when the rates are equal and the margin is 0)
 * @param medianUnitsToDecision the median number of units (both arms) seen when a decision was
 *     taken, over the runs that decided; NaN when none did
 */
public record CanarySimulationResult(
    int runs,
    int promote,
    int rollback,
    int continueCount,
    double falseDecisionRate,
    double medianUnitsToDecision) {

  /**
   * Validates.
   *
   * @param runs the number of simulated rollouts
   * @param promote how many ended in PROMOTE
   * @param rollback how many ended in ROLLBACK
   * @param continueCount how many were still undecided after all units
   * @param falseDecisionRate the share of runs that took a decision that is wrong for the simulated
   *     truth (any decision when the rates are equal and the margin is 0)
   * @param medianUnitsToDecision the median number of units (both arms) seen when a decision was
   *     taken, over the runs that decided; NaN when none did
   * @throws IllegalArgumentException if the counts do not add up to runs
   */
  public CanarySimulationResult {
    if (promote + rollback + continueCount != runs || promote < 0 || rollback < 0) {
      throw new IllegalArgumentException(
          "promote "
              + promote
              + " + rollback "
              + rollback
              + " + continue "
              + continueCount
              + " must equal runs "
              + runs);
    }
  }

  /**
   * The result as the JSON object of {@code leanml canary simulate}: {@code runs}, {@code promote},
   * {@code rollback}, {@code continue}, {@code false_decision_rate}, {@code
   * median_units_to_decision} (null when no run decided).
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode o = mapper.createObjectNode();
    o.put("runs", runs);
    o.put("promote", promote);
    o.put("rollback", rollback);
    o.put("continue", continueCount);
    o.put("false_decision_rate", falseDecisionRate);
    if (Double.isNaN(medianUnitsToDecision)) {
      o.putNull("median_units_to_decision");
    } else {
      o.put("median_units_to_decision", medianUnitsToDecision);
    }
    return o.toString();
  }
}
