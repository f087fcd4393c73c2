package org.leanml.ensemble.store;

import org.leanml.core.StoredArtifactException;

/** A stored ensemble is malformed, of an unknown version, or does not match its fingerprints. */
public class EnsembleFormatException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the part, member or field
   */
  public EnsembleFormatException(String message) {
    super(message, (Throwable) null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the underlying failure
   */
  public EnsembleFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
