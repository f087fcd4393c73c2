package org.leanml.tribuo;

import org.leanml.core.StoredArtifactException;

/** Thrown when stored Tribuo model parts are missing, malformed or do not fit their contracts. */
public class TribuoArtifactException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the part and the rule
   */
  public TribuoArtifactException(String message) {
    super(message, (Throwable) null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the part and the rule
   * @param cause the underlying failure
   */
  public TribuoArtifactException(String message, Throwable cause) {
    super(message, cause);
  }
}
