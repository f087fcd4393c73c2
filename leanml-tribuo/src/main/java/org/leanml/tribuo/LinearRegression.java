package org.leanml.tribuo;

import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.TrainingData;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Least-squares linear regression trained by stochastic gradient descent with AdaGrad: Tribuo's
 * regression {@code LinearSGDTrainer} with the {@code SquaredLoss} objective.
 *
 * <p>Features are used as given; SGD converges faster on standardised features and targets, which a
 * feature extraction stage provides. Immutable; every {@code with} method returns a new
 * configuration. A fresh Tribuo trainer is built per {@link #fit}, so fits are independent,
 * reproducible for a seed and safe to run concurrently.
 */
public final class LinearRegression extends SgdStage<LinearRegression> {

  LinearRegression(String name, SgdSettings sgd) {
    super(name, sgd, "linear-regression");
  }

  @Override
  LinearRegression copy(String newName, SgdSettings newSgd) {
    return new LinearRegression(newName, newSgd);
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
    SgdSettings sgd = settings();
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(
            new SquaredLoss(),
            sgd.optimiser(),
            sgd.epochs(),
            SgdSettings.LOGGING_INTERVAL,
            sgd.minibatchSize(),
            sgd.seed());
    return TribuoTraining.fitRegressor(name(), trainer, data, TribuoTraining.Layout.SPARSE);
  }
}
