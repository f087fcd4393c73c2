package org.leanml.core.tribuo;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * A CART regression tree (Breiman, Friedman, Olshen and Stone, "Classification and Regression
 * Trees", Wadsworth, 1984): Tribuo's {@code CARTRegressionTrainer} with mean squared error
 * impurity. The prediction is the mean target of the leaf a row falls into.
 *
 * <p>Immutable; every {@code with} method returns a new configuration. A fresh Tribuo trainer is
 * built per {@link #fit}, so fits are independent, reproducible for a seed and safe to run
 * concurrently.
 */
public final class CartRegression implements Modeling {

  private final String name;
  private final TreeSettings tree;

  CartRegression(String name, TreeSettings tree) {
    this.name = Checks.name(name);
    this.tree = tree;
  }

  /**
   * This configuration under another stage name.
   *
   * @param newName the stage name
   * @return a new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public CartRegression withName(String newName) {
    return new CartRegression(newName, tree);
  }

  /**
   * This configuration with another maximum depth.
   *
   * @param maxDepth the maximum depth, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code maxDepth < 1}
   */
  public CartRegression withMaxDepth(int maxDepth) {
    return new CartRegression(name, tree.withMaxDepth(maxDepth));
  }

  /**
   * This configuration with another minimum total example weight per child.
   *
   * @param minChildWeight the minimum weight, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the weight is not positive and finite
   */
  public CartRegression withMinChildWeight(double minChildWeight) {
    return new CartRegression(name, tree.withMinChildWeight(minChildWeight));
  }

  /**
   * This configuration with another minimum impurity decrease for a split.
   *
   * @param minImpurityDecrease the minimum decrease, non-negative and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the decrease is negative or not finite
   */
  public CartRegression withMinImpurityDecrease(double minImpurityDecrease) {
    return new CartRegression(name, tree.withMinImpurityDecrease(minImpurityDecrease));
  }

  /**
   * This configuration with another fraction of features considered at each split.
   *
   * @param fraction the fraction, in {@code (0, 1]}
   * @return a new configuration
   * @throws IllegalArgumentException if the fraction is outside {@code (0, 1]}
   */
  public CartRegression withFractionFeaturesInSplit(double fraction) {
    return new CartRegression(name, tree.withFractionFeaturesInSplit(fraction));
  }

  /**
   * This configuration with another seed (used when a fraction of features is sampled per split).
   *
   * @param seed the seed
   * @return a new configuration
   */
  public CartRegression withSeed(long seed) {
    return new CartRegression(name, tree.withSeed(seed));
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: algorithm, fractionFeaturesInSplit, maxDepth, minChildWeight, minImpurityDecrease,
   * seed.
   */
  @Override
  public Map<String, String> configuration() {
    return TribuoTraining.sorted(tree.describe("cart-regression"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the task is not regression
   */
  @Override
  public Predictor fit(Table data, InputContract features, OutputContract output) {
    return fit(TrainingData.of(data, features, output));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The data is checked and converted to a Tribuo dataset once per {@code TrainingData}.
   *
   * @throws IllegalArgumentException also if the task does not fit this stage
   */
  @Override
  public Predictor fit(TrainingData data) {
    CARTRegressionTrainer trainer =
        new CARTRegressionTrainer(
            tree.maxDepth(),
            (float) tree.minChildWeight(),
            (float) tree.minImpurityDecrease(),
            (float) tree.fractionFeaturesInSplit(),
            false,
            new MeanSquaredError(),
            tree.seed());
    return TribuoTraining.fitRegressor(name, trainer, data);
  }

  @Override
  public String toString() {
    return "CartRegression[" + name + ", " + configuration() + "]";
  }
}
