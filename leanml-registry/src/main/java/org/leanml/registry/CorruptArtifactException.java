package org.leanml.registry;

import org.jspecify.annotations.Nullable;
import org.leanml.core.StoredArtifactException;

/**
 * A stored file that is not what the registry wrote: an artifact blob whose SHA-256 differs from
 * the one recorded in its manifest, a blob that is missing, or a manifest that cannot be read. The
 * registry throws it instead of ever returning a model built from such bytes.
 */
public final class CorruptArtifactException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final @Nullable String expectedSha256;
  private final @Nullable String actualSha256;

  /**
   * Creates the exception for a checksum mismatch.
   *
   * @param file the file (or store location) holding the bad bytes
   * @param expectedSha256 the SHA-256 recorded in the manifest
   * @param actualSha256 the SHA-256 of the bytes found
   * @param context what the file belongs to, e.g. {@code "part model.pb of churn v3"}
   */
  public CorruptArtifactException(
      String file, String expectedSha256, String actualSha256, String context) {
    super(
        context
            + ": file "
            + file
            + " has SHA-256 "
            + actualSha256
            + " but the manifest records "
            + expectedSha256,
        file,
        "SHA-256 " + actualSha256 + " but the manifest records " + expectedSha256,
        null);
    this.file = file;
    this.expectedSha256 = expectedSha256;
    this.actualSha256 = actualSha256;
  }

  /**
   * Creates the exception for a missing or unreadable file.
   *
   * @param file the file (or store location)
   * @param message what is wrong with it, naming the rule broken
   * @param cause the underlying failure, or {@code null}
   */
  public CorruptArtifactException(String file, String message, @Nullable Throwable cause) {
    super(message, file, message, cause);
    this.file = file;
    this.expectedSha256 = null;
    this.actualSha256 = null;
  }

  /**
   * The file (or store location) that is corrupt.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The SHA-256 the manifest records, for a checksum mismatch.
   *
   * @return the expected hash, or {@code null} if the problem is not a mismatch
   */
  public @Nullable String expectedSha256() {
    return expectedSha256;
  }

  /**
   * The SHA-256 of the bytes found, for a checksum mismatch.
   *
   * @return the actual hash, or {@code null} if the problem is not a mismatch
   */
  public @Nullable String actualSha256() {
    return actualSha256;
  }
}
