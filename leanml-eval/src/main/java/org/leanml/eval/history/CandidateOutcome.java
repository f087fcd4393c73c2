package org.leanml.eval.history;

import java.util.Objects;
import org.leanml.eval.compare.ComparisonResult;

/**
 * One candidate among several.
 *
 * @param version the candidate's label
 * @param rank 1 for the best point estimate of the primary metric against the champion
 * @param comparison the candidate against the champion
 * @param pHolm the primary p-value Holm-adjusted across the candidates
 * @param history the candidate against every earlier version, or null when no history was given
 */
public record CandidateOutcome(
    String version, int rank, ComparisonResult comparison, double pHolm, HistoryResult history) {

  /**
   * Validates.
   *
   * @param version the candidate's label
   * @param rank 1 for the best point estimate of the primary metric against the champion
   * @param comparison the candidate against the champion
   * @param pHolm the primary p-value Holm-adjusted across the candidates
   * @param history the candidate against every earlier version, or null when no history was given
   * @throws NullPointerException if the version or comparison is null
   * @throws IllegalArgumentException if the rank is below 1
   */
  public CandidateOutcome {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(comparison, "comparison");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1 but was " + rank);
    }
  }

  /**
   * The candidate's improvement on the primary metric: the difference with the sign that makes
   * positive better.
   *
   * @return {@code diff} for metrics where higher is better, {@code −diff} otherwise
   */
  public double improvement() {
    double d = comparison.primaryDiff().value();
    return comparison.primaryMetric().higherIsBetter() ? d : -d;
  }

  /**
   * Whether the candidate passes: its own gate against the champion, no regression against history,
   * and, when it claims to improve, a Holm-adjusted p-value below alpha.
   *
   * @return {@code true} if so
   */
  public boolean passed() {
    boolean historyOk = history == null || history.passed();
    boolean significant =
        comparison.verdict() != org.leanml.eval.decision.GateVerdict.IMPROVED
            || pHolm < comparison.alpha();
    return comparison.passed() && historyOk && significant;
  }
}
