package org.leanml.core.tribuo;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.Entropy;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.dtree.impurity.LabelImpurity;

/**
 * A CART classification tree (Breiman, Friedman, Olshen and Stone, "Classification and Regression
 * Trees", Wadsworth, 1984): Tribuo's {@code CARTClassificationTrainer}. Predicted probabilities are
 * the class frequencies of the leaf a row falls into.
 *
 * <p>Immutable; every {@code with} method returns a new configuration. A fresh Tribuo trainer is
 * built per {@link #fit}, so fits are independent, reproducible for a seed and safe to run
 * concurrently.
 */
public final class CartClassification implements Modeling {

  /** How a split's quality is measured. */
  public enum Impurity {
    /** Gini impurity. */
    GINI,
    /** Information entropy. */
    ENTROPY
  }

  private final String name;
  private final TreeSettings tree;
  private final Impurity impurity;

  CartClassification(String name, TreeSettings tree, Impurity impurity) {
    this.name = Checks.name(name);
    this.tree = tree;
    this.impurity = java.util.Objects.requireNonNull(impurity, "impurity");
  }

  /**
   * This configuration under another stage name.
   *
   * @param newName the stage name
   * @return a new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public CartClassification withName(String newName) {
    return new CartClassification(newName, tree, impurity);
  }

  /**
   * This configuration with another maximum depth.
   *
   * @param maxDepth the maximum depth, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code maxDepth < 1}
   */
  public CartClassification withMaxDepth(int maxDepth) {
    return new CartClassification(name, tree.withMaxDepth(maxDepth), impurity);
  }

  /**
   * This configuration with another minimum total example weight per child.
   *
   * @param minChildWeight the minimum weight, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the weight is not positive and finite
   */
  public CartClassification withMinChildWeight(double minChildWeight) {
    return new CartClassification(name, tree.withMinChildWeight(minChildWeight), impurity);
  }

  /**
   * This configuration with another minimum impurity decrease for a split.
   *
   * @param minImpurityDecrease the minimum decrease, non-negative and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the decrease is negative or not finite
   */
  public CartClassification withMinImpurityDecrease(double minImpurityDecrease) {
    return new CartClassification(
        name, tree.withMinImpurityDecrease(minImpurityDecrease), impurity);
  }

  /**
   * This configuration with another fraction of features considered at each split.
   *
   * @param fraction the fraction, in {@code (0, 1]}
   * @return a new configuration
   * @throws IllegalArgumentException if the fraction is outside {@code (0, 1]}
   */
  public CartClassification withFractionFeaturesInSplit(double fraction) {
    return new CartClassification(name, tree.withFractionFeaturesInSplit(fraction), impurity);
  }

  /**
   * This configuration with another impurity measure.
   *
   * @param newImpurity the impurity
   * @return a new configuration
   * @throws NullPointerException if the impurity is null
   */
  public CartClassification with(Impurity newImpurity) {
    return new CartClassification(name, tree, newImpurity);
  }

  /**
   * This configuration with another seed (used when a fraction of features is sampled per split).
   *
   * @param seed the seed
   * @return a new configuration
   */
  public CartClassification withSeed(long seed) {
    return new CartClassification(name, tree.withSeed(seed), impurity);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: algorithm, fractionFeaturesInSplit, impurity, maxDepth, minChildWeight,
   * minImpurityDecrease, seed.
   */
  @Override
  public Map<String, String> configuration() {
    Map<String, String> m = tree.describe("cart-classification");
    m.put("impurity", impurity.name());
    return TribuoTraining.sorted(m);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the task is regression
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
    LabelImpurity li = impurity == Impurity.GINI ? new GiniIndex() : new Entropy();
    CARTClassificationTrainer trainer =
        new CARTClassificationTrainer(
            tree.maxDepth(),
            (float) tree.minChildWeight(),
            (float) tree.minImpurityDecrease(),
            (float) tree.fractionFeaturesInSplit(),
            false,
            li,
            tree.seed());
    return TribuoTraining.fitClassifier(name, trainer, data);
  }

  @Override
  public String toString() {
    return "CartClassification[" + name + ", " + configuration() + "]";
  }
}
