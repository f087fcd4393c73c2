package org.leanml.eval.drift;

import org.leanml.core.LeanMlException;

/** A stored {@link DataSummary} cannot be read: wrong magic, unknown version, truncated. */
public final class CorruptSummaryException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public CorruptSummaryException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public CorruptSummaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
