package org.leanml.data.feature;

import java.util.List;

/** Static factories for composite feature extractions. */
public final class Features {
  private Features() {}

  /**
   * The concatenation of several extractions, in order.
   *
   * @param parts the extractions, at least one
   * @return the feature set, named {@code "features"}
   * @throws IllegalArgumentException if no part is given or two parts need the same column with
   *     different types
   */
  public static FeatureSet of(org.leanml.core.stage.FeatureExtraction... parts) {
    return FeatureSet.of(List.of(parts));
  }
}
