package org.leanml.registry;

import java.util.Objects;
import java.util.regex.Pattern;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * One named byte part of an artifact, as recorded in a manifest: its name, the SHA-256 of its bytes
 * (which is also the blob's address in the store) and its size.
 *
 * @param name the part name, a relative path of {@code [A-Za-z0-9._/-]} characters without empty,
 *     {@code .} or {@code ..} segments
 * @param sha256 the SHA-256 of the bytes
 * @param size the number of bytes
 */
public record ArtifactPart(String name, Fingerprint sha256, long size) {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  /**
   * Validates.
   *
   * @param name the part name, a relative path of {@code [A-Za-z0-9._/-]} characters without empty,
   *     {@code .} or {@code ..} segments
   * @param sha256 the SHA-256 of the bytes
   * @param size the number of bytes
   * @throws IllegalArgumentException if the name breaks the rule above or the size is negative
   * @throws NullPointerException if the hash is null
   */
  public ArtifactPart {
    requireName(name);
    Objects.requireNonNull(sha256, "sha256");
    if (size < 0) {
      throw new IllegalArgumentException("part '" + name + "' size must be >= 0 but was " + size);
    }
  }

  /**
   * Checks a part name.
   *
   * @param name the name
   * @return the name
   * @throws IllegalArgumentException if it is not a relative path of {@code [A-Za-z0-9._-]}
   *     segments, or has a {@code .} or {@code ..} segment
   */
  public static String requireName(String name) {
    if (name == null || name.length() > 255 || !PART.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "part name must be a relative path of [A-Za-z0-9._-] segments but was '" + name + "'");
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "part name must not have a '" + segment + "' segment but was '" + name + "'");
      }
    }
    return name;
  }
}
