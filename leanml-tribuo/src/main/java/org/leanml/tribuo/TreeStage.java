package org.leanml.tribuo;

/**
 * What {@link CartClassification} and {@link CartRegression} share beyond {@link TribuoStage}: the
 * {@code with} methods of {@link TreeSettings}. The subclasses add their Tribuo trainer and any
 * option of their own. The configuration's keys are algorithm, fractionFeaturesInSplit, maxDepth,
 * minChildWeight, minImpurityDecrease and seed, and a subclass's own options.
 *
 * @param <S> the concrete stage
 */
abstract class TreeStage<S extends TreeStage<S>> extends TribuoStage<S, TreeSettings> {

  TreeStage(String name, TreeSettings tree, String algorithm) {
    super(name, tree, algorithm);
  }

  /**
   * This configuration with another maximum depth.
   *
   * @param maxDepth the maximum depth, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code maxDepth < 1}
   */
  public S withMaxDepth(int maxDepth) {
    return copy(name(), settings().withMaxDepth(maxDepth));
  }

  /**
   * This configuration with another minimum total example weight per child.
   *
   * @param minChildWeight the minimum weight, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the weight is not positive and finite
   */
  public S withMinChildWeight(double minChildWeight) {
    return copy(name(), settings().withMinChildWeight(minChildWeight));
  }

  /**
   * This configuration with another minimum impurity decrease for a split.
   *
   * @param minImpurityDecrease the minimum decrease, non-negative and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the decrease is negative or not finite
   */
  public S withMinImpurityDecrease(double minImpurityDecrease) {
    return copy(name(), settings().withMinImpurityDecrease(minImpurityDecrease));
  }

  /**
   * This configuration with another fraction of features considered at each split.
   *
   * @param fraction the fraction, in {@code (0, 1]}
   * @return a new configuration
   * @throws IllegalArgumentException if the fraction is outside {@code (0, 1]}
   */
  public S withFractionFeaturesInSplit(double fraction) {
    return copy(name(), settings().withFractionFeaturesInSplit(fraction));
  }
}
