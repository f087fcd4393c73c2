package org.leanml.tribuo;

import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.TrainingData;
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
public final class CartRegression extends TreeStage<CartRegression> {

  CartRegression(String name, TreeSettings tree) {
    super(name, tree, "cart-regression");
  }

  @Override
  CartRegression copy(String newName, TreeSettings newTree) {
    return new CartRegression(newName, newTree);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The data is checked and converted to a Tribuo dataset once per {@code TrainingData}.
   *
   * @throws IllegalArgumentException also if the task is not regression
   */
  @Override
  public Predictor fit(TrainingData data) {
    TreeSettings tree = settings();
    CARTRegressionTrainer trainer =
        new CARTRegressionTrainer(
            tree.maxDepth(),
            (float) tree.minChildWeight(),
            (float) tree.minImpurityDecrease(),
            (float) tree.fractionFeaturesInSplit(),
            false,
            new MeanSquaredError(),
            tree.seed());
    return TribuoTraining.fitRegressor(name(), trainer, data);
  }
}
