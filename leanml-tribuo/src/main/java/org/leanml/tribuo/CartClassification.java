package org.leanml.tribuo;

import java.util.Map;
import java.util.Objects;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.TrainingData;
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
 * concurrently. The configuration also has the key {@code impurity}.
 */
public final class CartClassification extends TreeStage<CartClassification> {

  /** How a split's quality is measured. */
  public enum Impurity {
    /** Gini impurity. */
    GINI,
    /** Information entropy. */
    ENTROPY
  }

  private final Impurity impurity;

  CartClassification(String name, TreeSettings tree, Impurity impurity) {
    super(name, tree, "cart-classification");
    this.impurity = Objects.requireNonNull(impurity, "impurity");
  }

  @Override
  CartClassification copy(String newName, TreeSettings newTree) {
    return new CartClassification(newName, newTree, impurity);
  }

  @Override
  void describeOwn(Map<String, String> configuration) {
    configuration.put("impurity", impurity.name());
  }

  /**
   * This configuration with another impurity measure.
   *
   * @param newImpurity the impurity
   * @return a new configuration
   * @throws NullPointerException if the impurity is null
   */
  public CartClassification with(Impurity newImpurity) {
    return new CartClassification(name(), settings(), newImpurity);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The data is checked and converted to a Tribuo dataset once per {@code TrainingData}.
   *
   * @throws IllegalArgumentException also if the task is regression
   */
  @Override
  public Predictor fit(TrainingData data) {
    TreeSettings tree = settings();
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
    return TribuoTraining.fitClassifier(name(), trainer, data);
  }
}
