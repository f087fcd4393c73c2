package org.leanml.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a version's model is stored as: the {@link org.leanml.core.predict.PredictorCodec} format
 * that decodes it and its parts, each stored once per registry as a content-addressed blob.
 *
 * @param format the codec format, e.g. {@code "tribuo-protobuf/1"}
 * @param parts the parts, in the codec's order
 */
public record Artifact(String format, List<ArtifactPart> parts) {
  /**
   * Validates and copies.
   *
   * @param format the codec format, e.g. {@code "tribuo-protobuf/1"}
   * @param parts the parts, in the codec's order
   * @throws IllegalArgumentException if the format is blank, there is no part, or a part name
   *     repeats
   */
  public Artifact {
    if (format == null || format.isBlank()) {
      throw new IllegalArgumentException(
          "artifact format must not be blank but was '" + format + "'");
    }
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("artifact of format " + format + " has no part");
    }
    Set<String> seen = new HashSet<>();
    for (ArtifactPart p : parts) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException("artifact part '" + p.name() + "' appears twice");
      }
    }
  }

  /**
   * The total size of all parts.
   *
   * @return bytes
   */
  public long size() {
    long s = 0;
    for (ArtifactPart p : parts) {
      s += p.size();
    }
    return s;
  }
}
