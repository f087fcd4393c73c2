package org.leanml.core.contract;

import java.util.List;

/**
 * The outcome of checking a table against a contract.
 *
 * @param violations the violations found, at most the cap passed to {@code validate}
 * @param truncated whether more violations existed than were collected
 */
public record ValidationResult(List<Violation> violations, boolean truncated) {
  /**
   * Copies the list.
   *
   * @param violations the violations found, at most the cap passed to {@code validate}
   * @param truncated whether more violations existed than were collected
   */
  public ValidationResult {
    violations = List.copyOf(violations);
  }

  /**
   * Whether the table satisfies the contract.
   *
   * @return {@code true} when there is no violation
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Throws when a violation was found.
   *
   * @param context what was checked, used as the start of the message
   * @throws ContractViolationException if there is at least one violation
   */
  public void throwIfInvalid(String context) {
    if (!violations.isEmpty()) {
      throw new ContractViolationException(context, violations, truncated);
    }
  }
}
