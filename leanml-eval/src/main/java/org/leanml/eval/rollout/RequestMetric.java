package org.leanml.eval.rollout;

import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;

/**
 * A per-request metric of one prediction against the label that arrived for it; lower is better for
 * the built-in ones (configure the sequential test's direction to match a custom metric).
 */
@FunctionalInterface
public interface RequestMetric {
  /**
   * Scores a prediction.
   *
   * @param prediction what the arm predicted
   * @param label the true label as text (a class label, or a number for regression)
   * @param output the predictor's output contract
   * @return the metric value, finite
   * @throws IllegalArgumentException if the label is not valid for the contract
   */
  double score(Prediction prediction, String label, OutputContract output);

  /** 1 when the most probable class is not the label, else 0. */
  RequestMetric ERROR_RATE = (p, label, out) -> p.argMax() == classIndex(label, out) ? 0 : 1;

  /** −ln of the probability given to the label, with the probability floored at 1e-15. */
  RequestMetric LOG_LOSS =
      (p, label, out) -> -Math.log(Math.max(1e-15, p.probability(classIndex(label, out))));

  /** The squared error of a regression prediction. */
  RequestMetric SQUARED_ERROR =
      (p, label, out) -> {
        double y;
        try {
          y = Double.parseDouble(label);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("label '" + label + "' is not a number", e);
        }
        double d = p.value() - y;
        return d * d;
      };

  private static int classIndex(String label, OutputContract out) {
    return out.indexOf(label)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "label '" + label + "' is not one of " + out.labels()));
  }
}
