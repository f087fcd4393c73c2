package org.leanml.registry;

import java.util.Objects;
import java.util.regex.Pattern;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * A named file kept with a model version, as recorded in its manifest: a reference data summary, a
 * calibration table, a model card. The bytes are stored as a content-addressed blob next to the
 * artifact's parts, written atomically with the version, and checked against {@link #sha256()} on
 * every {@link ModelRegistry#attachment read}. Attachments are given with {@link
 * Registration#withAttachment} and never change afterwards.
 *
 * @param name the attachment name, matching {@link RegistryNames#NAME} (e.g. {@code
 *     drift-reference.lmds})
 * @param mediaType what the bytes are, a media type {@code type/subtype} (e.g. {@code
 *     application/octet-stream}), without parameters
 * @param sha256 the SHA-256 of the bytes, also the blob's address in the store
 * @param size the number of bytes
 */
public record Attachment(String name, String mediaType, Fingerprint sha256, long size) {
  /** The media types accepted: {@code type/subtype} with RFC 6838 restricted-name characters. */
  public static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

  /**
   * Validates.
   *
   * @param name the attachment name, matching {@link RegistryNames#NAME} (e.g. {@code
   *     drift-reference.lmds})
   * @param mediaType what the bytes are, a media type {@code type/subtype} (e.g. {@code
   *     application/octet-stream}), without parameters
   * @param sha256 the SHA-256 of the bytes, also the blob's address in the store
   * @param size the number of bytes
   * @throws IllegalArgumentException if the name breaks {@link RegistryNames#NAME}, the media type
   *     breaks {@link #MEDIA_TYPE}, or the size is negative
   * @throws NullPointerException if the hash is null
   */
  public Attachment {
    RegistryNames.require("attachment name", name);
    requireMediaType(name, mediaType);
    Objects.requireNonNull(sha256, "sha256");
    if (size < 0) {
      throw new IllegalArgumentException(
          "attachment '" + name + "' size must be >= 0 but was " + size);
    }
  }

  /**
   * Checks a media type.
   *
   * @param name the attachment it describes, for the message
   * @param mediaType the media type
   * @return the media type
   * @throws IllegalArgumentException if it breaks {@link #MEDIA_TYPE}
   */
  static String requireMediaType(String name, String mediaType) {
    if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new IllegalArgumentException(
          "media type of attachment '"
              + name
              + "' must match type/subtype ("
              + MEDIA_TYPE.pattern()
              + ") but was '"
              + mediaType
              + "'");
    }
    return mediaType;
  }
}
