package org.leanml.ensemble;

/** What an {@link Ensemble} does when a row lacks a value (or a column) that a member needs. */
public enum MissingInputPolicy {
  /**
   * The member abstains for that row and the combiner renormalises over the members that could
   * predict. A row no member can predict fails with a {@link
   * org.leanml.core.contract.ContractViolationException} naming every member and the input it
   * lacks. The default.
   */
  ABSTAIN,
  /**
   * Prediction fails with a {@link org.leanml.core.contract.ContractViolationException} naming the
   * row, the column and the member that needs it.
   */
  FAIL
}
