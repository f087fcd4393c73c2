package org.leanml.registry;

import org.leanml.core.StoredArtifactException;

/**
 * A stored registry file written in a newer format than this code reads: "unknown format version N,
 * this registry supports at most M". Upgrade LeanML to read it; never edit the file.
 */
public final class UnknownFormatVersionException extends StoredArtifactException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param file the file carrying the version
   * @param found the format version found
   * @param supported the highest version this code reads
   */
  public UnknownFormatVersionException(String file, int found, int supported) {
    super(
        file,
        "unknown format version " + found + ", this registry supports at most " + supported,
        null);
  }
}
