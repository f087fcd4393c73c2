package org.leanml.ensemble.combine;

import java.util.Map;

/**
 * Fits a {@link Combiner} for an ensemble from its members' out-of-fold outputs. The ensemble
 * trainer computes out-of-fold outputs only when {@link #needsOutOfFold()} says so.
 */
public interface CombinerTrainer {

  /**
   * Whether fitting needs out-of-fold member outputs (learned weights, stacking) or none (a fixed
   * combiner).
   *
   * @return {@code true} if {@link #fit} reads the predictions
   */
  boolean needsOutOfFold();

  /**
   * Fits the combiner.
   *
   * @param predictions the members' out-of-fold outputs; without rows when {@link
   *     #needsOutOfFold()} is false
   * @return the combiner, fitting {@code predictions.memberCount()} members
   * @throws IllegalArgumentException if the predictions cannot fit this combiner (e.g. no rows, a
   *     task it does not handle)
   */
  Combiner fit(OutOfFoldPredictions predictions);

  /**
   * Fits the combiner, running any parallel work on an executor. The result must not depend on the
   * executor or its thread count. By default this is {@link #fit(OutOfFoldPredictions)}.
   *
   * @param predictions the members' out-of-fold outputs; without rows when {@link
   *     #needsOutOfFold()} is false
   * @param executor runs parallel work ({@code Runnable::run} for the calling thread)
   * @return the combiner, fitting {@code predictions.memberCount()} members
   * @throws IllegalArgumentException if the predictions cannot fit this combiner (e.g. no rows, a
   *     task it does not handle)
   */
  default Combiner fit(OutOfFoldPredictions predictions, java.util.concurrent.Executor executor) {
    return fit(predictions);
  }

  /**
   * The configuration, recorded for provenance.
   *
   * @return option name to value
   */
  Map<String, String> configuration();

  /**
   * A fixed combiner, used as given. It must fit the ensemble's member count (mean and majority
   * vote fit any).
   *
   * @param combiner the combiner
   * @return a trainer that returns it
   */
  static CombinerTrainer fixed(Combiner combiner) {
    java.util.Objects.requireNonNull(combiner, "combiner");
    return new CombinerTrainer() {
      @Override
      public boolean needsOutOfFold() {
        return false;
      }

      @Override
      public Combiner fit(OutOfFoldPredictions predictions) {
        combiner.checkFits(predictions.memberCount(), predictions.output());
        return combiner;
      }

      @Override
      public Map<String, String> configuration() {
        return Map.of("combiner", combiner.kind());
      }
    };
  }

  /**
   * Weights learned on out-of-fold outputs: non-negative and summing to 1, minimising log loss
   * (classification) or squared error (regression). See {@link SimplexWeights}.
   *
   * @return the trainer
   */
  static CombinerTrainer learnedWeights() {
    return new CombinerTrainer() {
      @Override
      public boolean needsOutOfFold() {
        return true;
      }

      @Override
      public Combiner fit(OutOfFoldPredictions predictions) {
        double[] w =
            predictions.output().isClassification()
                ? SimplexWeights.minimiseLogLoss(predictions)
                : SimplexWeights.minimiseSquaredError(predictions);
        return Combiner.weighted(w);
      }

      @Override
      public Map<String, String> configuration() {
        return Map.of("combiner", "weighted-mean", "weights", "learned");
      }
    };
  }

  /**
   * Stacking with the default L2 penalty 1.0 on the meta-model's coefficients (not the intercepts):
   * a logistic meta-model for classification (scikit-learn's default {@code C = 1}), a linear one
   * for regression (scikit-learn's default {@code Ridge(alpha = 1)}).
   *
   * @return the trainer
   */
  static CombinerTrainer stacking() {
    return stacking(1.0);
  }

  /**
   * Stacking with a given L2 penalty {@code lambda}: the meta-model minimises its negative
   * log-likelihood (classification) or residual sum of squares (regression), both summed over the
   * rows, plus {@code lambda / 2} (respectively {@code lambda}) times the squared coefficients. So
   * {@code lambda} is {@code 1 / C} of scikit-learn's {@code LogisticRegression} and {@code alpha}
   * of its {@code Ridge}; it is not divided by the number of rows. See {@link MetaModels}.
   *
   * @param lambda the penalty, {@code >= 0}
   * @return the trainer
   * @throws IllegalArgumentException if {@code lambda} is negative or not finite
   */
  static CombinerTrainer stacking(double lambda) {
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw new IllegalArgumentException("lambda must be finite and >= 0 but was " + lambda);
    }
    return new CombinerTrainer() {
      @Override
      public boolean needsOutOfFold() {
        return true;
      }

      @Override
      public Combiner fit(OutOfFoldPredictions predictions) {
        return fit(predictions, Runnable::run);
      }

      @Override
      public Combiner fit(
          OutOfFoldPredictions predictions, java.util.concurrent.Executor executor) {
        return predictions.output().isClassification()
            ? MetaModels.logistic(predictions, lambda, executor)
            : MetaModels.linear(predictions, lambda);
      }

      @Override
      public Map<String, String> configuration() {
        return Map.of("combiner", "stacking", "lambda", Double.toString(lambda));
      }
    };
  }
}
