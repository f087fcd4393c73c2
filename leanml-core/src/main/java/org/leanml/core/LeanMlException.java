package org.leanml.core;

import org.jspecify.annotations.Nullable;

/**
 * Base of the few specific exceptions that callers of LeanML are expected to catch: contract
 * violations, corrupt artifacts, missing registry entries, malformed input files.
 *
 * <p>Bad arguments are reported with {@link IllegalArgumentException} and misuse with {@link
 * IllegalStateException}; this type is reserved for conditions a caller can act upon.
 */
public class LeanMlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the file, row, column or field and the rule broken
   */
  public LeanMlException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null} if none is known
   */
  public LeanMlException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
