package org.leanml.tribuo;

import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.TrainingData;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;

/**
 * Multinomial logistic regression trained by stochastic gradient descent with AdaGrad: Tribuo's
 * {@code LinearSGDTrainer} with the {@code LogMulticlass} objective (softmax cross-entropy), which
 * is what Tribuo's {@code LogisticRegressionTrainer} fixes, here with every option exposed.
 *
 * <p>Features are used as given; SGD converges faster on standardised features, which a feature
 * extraction stage provides. Immutable; every {@code with} method returns a new configuration. A
 * fresh Tribuo trainer is built per {@link #fit}, so fits are independent, reproducible for a seed
 * and safe to run concurrently.
 */
public final class LogisticRegression extends SgdStage<LogisticRegression> {

  LogisticRegression(String name, SgdSettings sgd) {
    super(name, sgd, "logistic-regression");
  }

  @Override
  LogisticRegression copy(String newName, SgdSettings newSgd) {
    return new LogisticRegression(newName, newSgd);
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
    SgdSettings sgd = settings();
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(
            new LogMulticlass(),
            sgd.optimiser(),
            sgd.epochs(),
            SgdSettings.LOGGING_INTERVAL,
            sgd.minibatchSize(),
            sgd.seed());
    return TribuoTraining.fitClassifier(name(), trainer, data, TribuoTraining.Layout.SPARSE);
  }
}
