package org.leanml.tribuo;

/**
 * Entry point to the Tribuo trainers, each a {@link org.leanml.core.stage.Modeling} stage with
 * documented defaults that {@code with} methods change:
 *
 * <pre>{@code
 * Modeling lr = TribuoModels.logistic().withEpochs(10).withSeed(7);
 * Predictor p = lr.fit(train, features, output);
 * }</pre>
 */
public final class TribuoModels {
  private TribuoModels() {}

  /**
   * Logistic regression, stage name {@code "logistic"}: AdaGrad with learning rate 1.0 and epsilon
   * 0.1, 5 epochs, minibatch 1, seed 12345 (Tribuo's defaults).
   *
   * @return the configuration
   */
  public static LogisticRegression logistic() {
    return new LogisticRegression("logistic", SgdSettings.DEFAULTS);
  }

  /**
   * A CART classification tree, stage name {@code "cart"}: depth at most 16, minimum child weight
   * 5, no minimum impurity decrease, every feature considered per split, Gini impurity, seed 12345.
   *
   * @return the configuration
   */
  public static CartClassification cart() {
    return new CartClassification("cart", TreeSettings.DEFAULTS, CartClassification.Impurity.GINI);
  }

  /**
   * Linear regression by SGD on squared loss, stage name {@code "linear"}: AdaGrad with learning
   * rate 1.0 and epsilon 0.1, 5 epochs, minibatch 1, seed 12345.
   *
   * @return the configuration
   */
  public static LinearRegression linearRegression() {
    return new LinearRegression("linear", SgdSettings.DEFAULTS);
  }

  /**
   * A CART regression tree, stage name {@code "cart-regression"}: depth at most 16, minimum child
   * weight 5, no minimum impurity decrease, every feature considered per split, seed 12345.
   *
   * @return the configuration
   */
  public static CartRegression cartRegression() {
    return new CartRegression("cart-regression", TreeSettings.DEFAULTS);
  }
}
