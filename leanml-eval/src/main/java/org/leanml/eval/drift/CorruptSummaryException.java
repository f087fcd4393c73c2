package org.leanml.eval.drift;

import org.leanml.core.StoredArtifactException;

/** A stored {@link DataSummary} cannot be read: wrong magic, unknown version, truncated. */
public final class CorruptSummaryException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public CorruptSummaryException(String message) {
    super(message, (Throwable) null);
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
