package org.leanml.eval.sequential;

/**
 * The state of a sequential test after some observations. Differences are candidate − champion on
 * the metric's own scale.
 *
 * @param decision what to do
 * @param reason a human-readable justification, naming the interval and the margin
 * @param championCount observations of the champion (pairs, for a paired design)
 * @param candidateCount observations of the candidate (pairs, for a paired design)
 * @param difference the estimated difference candidate − champion; NaN before any observation
 * @param lower the lower end of the (1 − α) confidence sequence for the difference
 * @param upper the upper end of the (1 − α) confidence sequence for the difference
 * @param pValue the always-valid p-value for "no difference"
 */
public record Assessment(
    Decision decision,
    String reason,
    long championCount,
    long candidateCount,
    double difference,
    double lower,
    double upper,
    double pValue) {

  /**
   * Validates.
   *
   * @param decision what to do
   * @param reason a human-readable justification, naming the interval and the margin
   * @param championCount observations of the champion (pairs, for a paired design)
   * @param candidateCount observations of the candidate (pairs, for a paired design)
   * @param difference the estimated difference candidate − champion; NaN before any observation
   * @param lower the lower end of the (1 − α) confidence sequence for the difference
   * @param upper the upper end of the (1 − α) confidence sequence for the difference
   * @param pValue the always-valid p-value for "no difference"
   * @throws IllegalArgumentException if a count is negative or the p-value is outside [0, 1]
   * @throws NullPointerException if decision or reason is null
   */
  public Assessment {
    java.util.Objects.requireNonNull(decision, "decision");
    java.util.Objects.requireNonNull(reason, "reason");
    if (championCount < 0 || candidateCount < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0 but were " + championCount + " and " + candidateCount);
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be in [0, 1] but was " + pValue);
    }
  }

  /**
   * Whether the test has reached a terminal decision.
   *
   * @return {@code true} for PROMOTE or ROLLBACK
   */
  public boolean isFinal() {
    return decision != Decision.CONTINUE;
  }
}
