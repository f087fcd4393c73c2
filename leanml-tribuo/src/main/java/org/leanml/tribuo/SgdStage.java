package org.leanml.tribuo;

/**
 * What {@link LogisticRegression} and {@link LinearRegression} share beyond {@link TribuoStage}:
 * the {@code with} methods of {@link SgdSettings}. The subclasses add only their Tribuo trainer and
 * task. The configuration's keys are algorithm, epochs, epsilon, learningRate, minibatchSize,
 * optimiser and seed.
 *
 * @param <S> the concrete stage
 */
abstract class SgdStage<S extends SgdStage<S>> extends TribuoStage<S, SgdSettings> {

  SgdStage(String name, SgdSettings sgd, String algorithm) {
    super(name, sgd, algorithm);
  }

  /**
   * This configuration with another number of passes over the data.
   *
   * @param epochs the number of epochs, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code epochs < 1}
   */
  public S withEpochs(int epochs) {
    return copy(name(), settings().withEpochs(epochs));
  }

  /**
   * This configuration with another initial AdaGrad learning rate.
   *
   * @param learningRate the rate, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if the rate is not positive and finite
   */
  public S withLearningRate(double learningRate) {
    return copy(name(), settings().withLearningRate(learningRate));
  }

  /**
   * This configuration with another AdaGrad epsilon (added to the gradient history).
   *
   * @param epsilon the epsilon, positive and finite
   * @return a new configuration
   * @throws IllegalArgumentException if epsilon is not positive and finite
   */
  public S withEpsilon(double epsilon) {
    return copy(name(), settings().withEpsilon(epsilon));
  }

  /**
   * This configuration with another minibatch size.
   *
   * @param minibatchSize examples per gradient step, at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if {@code minibatchSize < 1}
   */
  public S withMinibatchSize(int minibatchSize) {
    return copy(name(), settings().withMinibatchSize(minibatchSize));
  }
}
