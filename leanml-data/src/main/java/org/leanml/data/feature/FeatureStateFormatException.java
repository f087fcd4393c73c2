package org.leanml.data.feature;

import org.leanml.core.StoredArtifactException;

/**
 * Thrown when stored fitted feature state ({@link FittedFeaturesCodec}) is malformed, of an unknown
 * format version or stage kind, or breaks a rule of its stage (wrong length, non-finite scale,
 * unsorted bin edges, ...). The message names the field by its path in the document and the rule.
 */
public class FeatureStateFormatException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field and the rule
   */
  public FeatureStateFormatException(String message) {
    super(message, (Throwable) null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the field and the rule
   * @param cause the underlying failure
   */
  public FeatureStateFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
