package org.leanml.tribuo;

import java.util.Map;
import java.util.TreeMap;

/**
 * The CART options shared by classification and regression trees (Breiman, Friedman, Olshen and
 * Stone, "Classification and Regression Trees", 1984).
 */
record TreeSettings(
    int maxDepth,
    double minChildWeight,
    double minImpurityDecrease,
    double fractionFeaturesInSplit,
    long seed)
    implements StageSettings<TreeSettings> {
  /** Depth 16, Tribuo's default minimum child weight 5, every feature considered per split. */
  static final TreeSettings DEFAULTS = new TreeSettings(16, 5.0, 0.0, 1.0, 12345L);

  TreeSettings {
    Checks.atLeast("maxDepth", maxDepth, 1);
    Checks.positive("minChildWeight", minChildWeight);
    Checks.nonNegative("minImpurityDecrease", minImpurityDecrease);
    Checks.fraction("fractionFeaturesInSplit", fractionFeaturesInSplit);
  }

  TreeSettings withMaxDepth(int newMaxDepth) {
    return new TreeSettings(
        newMaxDepth, minChildWeight, minImpurityDecrease, fractionFeaturesInSplit, seed);
  }

  TreeSettings withMinChildWeight(double newMinChildWeight) {
    return new TreeSettings(
        maxDepth, newMinChildWeight, minImpurityDecrease, fractionFeaturesInSplit, seed);
  }

  TreeSettings withMinImpurityDecrease(double newMinImpurityDecrease) {
    return new TreeSettings(
        maxDepth, minChildWeight, newMinImpurityDecrease, fractionFeaturesInSplit, seed);
  }

  TreeSettings withFractionFeaturesInSplit(double newFractionFeaturesInSplit) {
    return new TreeSettings(
        maxDepth, minChildWeight, minImpurityDecrease, newFractionFeaturesInSplit, seed);
  }

  @Override
  public TreeSettings withSeed(long newSeed) {
    return new TreeSettings(
        maxDepth, minChildWeight, minImpurityDecrease, fractionFeaturesInSplit, newSeed);
  }

  @Override
  public Map<String, String> describe(String algorithm) {
    Map<String, String> m = new TreeMap<>();
    m.put("algorithm", algorithm);
    m.put("maxDepth", Integer.toString(maxDepth));
    m.put("minChildWeight", Double.toString(minChildWeight));
    m.put("minImpurityDecrease", Double.toString(minImpurityDecrease));
    m.put("fractionFeaturesInSplit", Double.toString(fractionFeaturesInSplit));
    m.put("seed", Long.toString(seed));
    return m;
  }
}
