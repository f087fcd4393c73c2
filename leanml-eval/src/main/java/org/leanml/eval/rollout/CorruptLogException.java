package org.leanml.eval.rollout;

import org.leanml.core.StoredArtifactException;

/**
 * An {@link OutcomeLog} is damaged before its last record (which a crash cannot cause), or is not
 * an outcome log at all.
 */
public final class CorruptLogException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file, record and offset
   */
  public CorruptLogException(String message) {
    super(message, (Throwable) null);
  }
}
