package org.leanml.core.tribuo;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;

/**
 * What {@link LogisticRegression} and {@link LinearRegression} share: a stage name, the {@link
 * SgdSettings}, their {@code with} methods (each returning the concrete stage) and the delegation
 * of a table fit to a {@link TrainingData} fit. The subclasses add only their Tribuo trainer and
 * task.
 *
 * @param <S> the concrete stage
 */
abstract class SgdStage<S extends SgdStage<S>> implements Modeling {
  private final String name;
  private final SgdSettings sgd;
  private final String algorithm;

  SgdStage(String name, SgdSettings sgd, String algorithm) {
    this.name = Checks.name(name);
    this.sgd = sgd;
    this.algorithm = algorithm;
  }

  /** The same kind of stage with another name or settings. */
  abstract S copy(String newName, SgdSettings newSgd);

  /** The settings, for the subclasses' trainers. */
  final SgdSettings sgd() {
    return sgd;
  }

  /**
   * This configuration under another stage name.
   *
   * @param newName the stage name
   * @return a new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public S withName(String newName) {
    return copy(newName, sgd);
  }

  /**
   * This configuration with another number of passes over the data.
   *
   * @param epochs the number of epochs, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code epochs < 1}
   */
  public S withEpochs(int epochs) {
    return copy(name, sgd.withEpochs(epochs));
  }

  /**
   * This configuration with another initial AdaGrad learning rate.
   *
   * @param learningRate the rate, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the rate is not positive and finite
   */
  public S withLearningRate(double learningRate) {
    return copy(name, sgd.withLearningRate(learningRate));
  }

  /**
   * This configuration with another AdaGrad epsilon (added to the gradient history).
   *
   * @param epsilon the epsilon, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if epsilon is not positive and finite
   */
  public S withEpsilon(double epsilon) {
    return copy(name, sgd.withEpsilon(epsilon));
  }

  /**
   * This configuration with another minibatch size.
   *
   * @param minibatchSize examples per gradient step, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code minibatchSize < 1}
   */
  public S withMinibatchSize(int minibatchSize) {
    return copy(name, sgd.withMinibatchSize(minibatchSize));
  }

  /**
   * This configuration with another seed for the example shuffling.
   *
   * @param seed the seed
   * @return a new configuration
   */
  public S withSeed(long seed) {
    return copy(name, sgd.withSeed(seed));
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
    return TribuoTraining.sorted(sgd.describe(algorithm));
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
