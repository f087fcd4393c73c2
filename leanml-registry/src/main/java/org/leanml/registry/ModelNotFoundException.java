package org.leanml.registry;

import org.leanml.core.LeanMlException;

/** A model name, version or alias that the registry does not hold. */
public final class ModelNotFoundException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was looked up and where, e.g. {@code "churn v7 is not in registry /r"}
   */
  public ModelNotFoundException(String message) {
    super(message);
  }
}
