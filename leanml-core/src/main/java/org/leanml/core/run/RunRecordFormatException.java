package org.leanml.core.run;

import org.leanml.core.StoredArtifactException;

/** A stored run record cannot be read: unknown format version, missing or malformed field. */
public class RunRecordFormatException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field
   */
  public RunRecordFormatException(String message) {
    super(message, (Throwable) null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong
   * @param cause the parser's failure
   */
  public RunRecordFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
