package org.leanml.core.tribuo;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;

/**
 * What {@link CartClassification} and {@link CartRegression} share: a stage name, the {@link
 * TreeSettings}, their {@code with} methods (each returning the concrete stage), the configuration
 * and the delegation of a table fit to a {@link TrainingData} fit. The subclasses add their Tribuo
 * trainer and any setting of their own. The tree counterpart of {@link SgdStage}.
 *
 * @param <S> the concrete stage
 */
abstract class TreeStage<S extends TreeStage<S>> implements Modeling {
  private final String name;
  private final TreeSettings tree;
  private final String algorithm;

  TreeStage(String name, TreeSettings tree, String algorithm) {
    this.name = Checks.name(name);
    this.tree = tree;
    this.algorithm = algorithm;
  }

  /** The same kind of stage, with its own settings kept, under another name or tree settings. */
  abstract S copy(String newName, TreeSettings newTree);

  /** Adds the subclass's own settings to the configuration; none by default. */
  void describeOwn(Map<String, String> configuration) {}

  /** The settings, for the subclasses' trainers. */
  final TreeSettings tree() {
    return tree;
  }

  /**
   * This configuration under another stage name.
   *
   * @param newName the stage name
   * @return a new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public S withName(String newName) {
    return copy(newName, tree);
  }

  /**
   * This configuration with another maximum depth.
   *
   * @param maxDepth the maximum depth, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code maxDepth < 1}
   */
  public S withMaxDepth(int maxDepth) {
    return copy(name, tree.withMaxDepth(maxDepth));
  }

  /**
   * This configuration with another minimum total example weight per child.
   *
   * @param minChildWeight the minimum weight, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the weight is not positive and finite
   */
  public S withMinChildWeight(double minChildWeight) {
    return copy(name, tree.withMinChildWeight(minChildWeight));
  }

  /**
   * This configuration with another minimum impurity decrease for a split.
   *
   * @param minImpurityDecrease the minimum decrease, non-negative and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the decrease is negative or not finite
   */
  public S withMinImpurityDecrease(double minImpurityDecrease) {
    return copy(name, tree.withMinImpurityDecrease(minImpurityDecrease));
  }

  /**
   * This configuration with another fraction of features considered at each split.
   *
   * @param fraction the fraction, in {@code (0, 1]}
   * @return a new configuration
   * @throws IllegalArgumentException if the fraction is outside {@code (0, 1]}
   */
  public S withFractionFeaturesInSplit(double fraction) {
    return copy(name, tree.withFractionFeaturesInSplit(fraction));
  }

  /**
   * This configuration with another seed (used when a fraction of features is sampled per split).
   *
   * @param seed the seed
   * @return a new configuration
   */
  public S withSeed(long seed) {
    return copy(name, tree.withSeed(seed));
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: algorithm, fractionFeaturesInSplit, maxDepth, minChildWeight, minImpurityDecrease,
   * seed, and a subclass's own settings.
   */
  @Override
  public Map<String, String> configuration() {
    Map<String, String> m = tree.describe(algorithm);
    describeOwn(m);
    return TribuoTraining.sorted(m);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the task does not fit this stage
   */
  @Override
  public Predictor fit(Table data, InputContract features, OutputContract output) {
    return fit(TrainingData.of(data, features, output));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + ", " + configuration() + "]";
  }
}
