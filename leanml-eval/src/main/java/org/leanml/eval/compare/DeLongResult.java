package org.leanml.eval.compare;

import org.leanml.eval.metric.Estimate;
import org.leanml.eval.metric.Intervals;

/**
 * The result of DeLong's paired test.
 *
 * @param aucBaseline the baseline's AUC
 * @param aucCandidate the candidate's AUC
 * @param diff {@code aucCandidate − aucBaseline}
 * @param se the standard error of the difference
 * @param z {@code diff / se}, positive when the candidate's AUC is higher (0 when diff is 0)
 * @param pValue the two-sided p-value
 */
public record DeLongResult(
    double aucBaseline, double aucCandidate, double diff, double se, double z, double pValue) {

  /**
   * Validates.
   *
   * @param aucBaseline the baseline's AUC
   * @param aucCandidate the candidate's AUC
   * @param diff {@code aucCandidate − aucBaseline}
   * @param se the standard error of the difference
   * @param z {@code diff / se}, positive when the candidate's AUC is higher (0 when diff is 0)
   * @param pValue the two-sided p-value
   * @throws IllegalArgumentException if the p-value is outside {@code [0, 1]} or the standard error
   *     is negative
   */
  public DeLongResult {
    PValues.require(pValue, "pValue");
    if (!(se >= 0)) {
      throw new IllegalArgumentException("se must be >= 0 but was " + se);
    }
  }

  /**
   * Whether the test rejects equal AUCs at a level.
   *
   * @param alpha the significance level
   * @return {@code true} if {@code pValue < alpha}
   */
  public boolean reject(double alpha) {
    return pValue < alpha;
  }

  /**
   * The Wald interval of the difference, {@code diff ± z·se}.
   *
   * @param confidence the confidence level
   * @return the difference with its interval
   * @throws IllegalArgumentException if the confidence is outside {@code (0, 1)}
   */
  public Estimate diffInterval(double confidence) {
    return Estimate.wald(diff, se, Intervals.z(confidence), -1, 1);
  }
}
