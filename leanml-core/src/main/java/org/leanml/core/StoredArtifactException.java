package org.leanml.core;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something leanml stored cannot be read back: a registry manifest or blob, a stored ensemble, a
 * Tribuo model, fitted feature state, a contract, a run record, a drift summary or an outcome log
 * is malformed, of an unknown format version, or does not match its checksum. Catch this type to
 * handle every such case once; the subclasses say which artifact it was.
 *
 * <p>Nothing is changed on disk when this is thrown: the reader refuses, it does not repair.
 */
public class StoredArtifactException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String file;
  private final String reason;

  /**
   * An artifact whose file is not known to the reader (for example bytes handed to a codec); the
   * message is the reason.
   *
   * @param reason what is wrong, naming the field or entry when known
   * @param cause the underlying failure, or null
   */
  public StoredArtifactException(String reason, @Nullable Throwable cause) {
    super(reason, cause);
    this.file = null;
    this.reason = reason;
  }

  /**
   * An artifact read from a known file; the message is {@code file + ": " + reason}.
   *
   * @param file the file or resource that was read
   * @param reason what is wrong, naming the field or entry when known
   * @param cause the underlying failure, or null
   */
  public StoredArtifactException(String file, String reason, @Nullable Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /**
   * For subclasses whose message has its own shape: the message, the file and the reason apart.
   *
   * @param message the whole message
   * @param file the file or resource that was read, or null if unknown
   * @param reason what is wrong, without the file
   * @param cause the underlying failure, or null
   */
  protected StoredArtifactException(
      String message, @Nullable String file, String reason, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
    this.reason = reason;
  }

  /**
   * The file or resource that was read, when the reader knew it.
   *
   * @return the file, or empty
   */
  public Optional<String> source() {
    return Optional.ofNullable(file);
  }

  /**
   * What is wrong, without the file.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
