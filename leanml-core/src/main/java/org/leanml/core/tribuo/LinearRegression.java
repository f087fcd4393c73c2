package org.leanml.core.tribuo;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;
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
public final class LinearRegression implements Modeling {
  private final String name;
  private final SgdSettings sgd;

  LinearRegression(String name, SgdSettings sgd) {
    this.name = Checks.name(name);
    this.sgd = sgd;
  }

  /**
   * This configuration under another stage name.
   *
   * @param newName the stage name
   * @return a new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public LinearRegression withName(String newName) {
    return new LinearRegression(newName, sgd);
  }

  /**
   * This configuration with another number of passes over the data.
   *
   * @param epochs the number of epochs, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code epochs < 1}
   */
  public LinearRegression withEpochs(int epochs) {
    return new LinearRegression(name, sgd.withEpochs(epochs));
  }

  /**
   * This configuration with another initial AdaGrad learning rate.
   *
   * @param learningRate the rate, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the rate is not positive and finite
   */
  public LinearRegression withLearningRate(double learningRate) {
    return new LinearRegression(name, sgd.withLearningRate(learningRate));
  }

  /**
   * This configuration with another AdaGrad epsilon (added to the gradient history).
   *
   * @param epsilon the epsilon, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if epsilon is not positive and finite
   */
  public LinearRegression withEpsilon(double epsilon) {
    return new LinearRegression(name, sgd.withEpsilon(epsilon));
  }

  /**
   * This configuration with another minibatch size.
   *
   * @param minibatchSize examples per gradient step, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code minibatchSize < 1}
   */
  public LinearRegression withMinibatchSize(int minibatchSize) {
    return new LinearRegression(name, sgd.withMinibatchSize(minibatchSize));
  }

  /**
   * This configuration with another seed for the example shuffling.
   *
   * @param seed the seed
   * @return a new configuration
   */
  public LinearRegression withSeed(long seed) {
    return new LinearRegression(name, sgd.withSeed(seed));
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: algorithm, epochs, epsilon, learningRate, minibatchSize, optimiser, seed.
   */
  @Override
  public Map<String, String> configuration() {
    return TribuoTraining.sorted(sgd.describe("linear-regression"));
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
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(
            new SquaredLoss(),
            sgd.optimiser(),
            sgd.epochs(),
            SgdSettings.LOGGING_INTERVAL,
            sgd.minibatchSize(),
            sgd.seed());
    return TribuoTraining.fitRegressor(name, trainer, data, TribuoTraining.Layout.SPARSE);
  }

  @Override
  public String toString() {
    return "LinearRegression[" + name + ", " + configuration() + "]";
  }
}
