package org.leanml.eval.label;

import org.leanml.core.LeanMlException;

/** A labels file cannot be imported: malformed CSV, unknown or repeated row id, bad label. */
public final class LabelImportException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file, line and column
   */
  public LabelImportException(String message) {
    super(message);
  }
}
