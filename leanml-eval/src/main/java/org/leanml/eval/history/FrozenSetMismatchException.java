package org.leanml.eval.history;

import org.leanml.core.LeanMlException;

/** Thrown when predictions to compare were not made on the same frozen evaluation rows. */
public class FrozenSetMismatchException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which version differs, and how (fingerprint or row count)
   */
  public FrozenSetMismatchException(String message) {
    super(message);
  }
}
