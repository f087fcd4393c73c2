package org.leanml.core.fingerprint;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 content fingerprint, as 64 lower-case hexadecimal digits.
 *
 * @param hex the digest in hexadecimal
 */
public record Fingerprint(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the digest.
   *
   * @param hex the digest in hexadecimal
   * @throws IllegalArgumentException if {@code hex} is not 64 lower-case hexadecimal digits
   */
  public Fingerprint {
    if (hex == null || !HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "fingerprint must be 64 lower-case hex digits but was '" + hex + "'");
    }
  }

  /**
   * A fingerprint from a raw 32-byte digest.
   *
   * @param digest the SHA-256 digest
   * @return the fingerprint
   * @throws IllegalArgumentException if the digest is not 32 bytes
   */
  public static Fingerprint ofDigest(byte[] digest) {
    if (digest.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
    }
    return new Fingerprint(HexFormat.of().formatHex(digest));
  }

  /**
   * The first 12 hex digits, for display.
   *
   * @return a short prefix
   */
  public String shortHex() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return hex;
  }
}
