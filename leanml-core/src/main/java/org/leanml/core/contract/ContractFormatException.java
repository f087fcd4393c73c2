package org.leanml.core.contract;

import org.leanml.core.StoredArtifactException;

/** Thrown when stored contract JSON is malformed, of an unknown version, or breaks a rule. */
public class ContractFormatException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field and the rule
   */
  public ContractFormatException(String message) {
    super(message, (Throwable) null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the field and the rule
   * @param cause the underlying failure
   */
  public ContractFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
