package org.leanml.core.stage;

import java.util.List;
import java.util.Map;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.table.Table;

/** Metrics: scores predictions against the truth. */
public interface Metrics extends Stage {

  /**
   * Computes named metric values.
   *
   * @param output the contract the predictions follow; its label column holds the truth
   * @param predictions one prediction per row of {@code truth}
   * @param truth a table holding the label column
   * @return metric name to value, in a stable order
   * @throws IllegalArgumentException if the sizes differ or the truth is invalid
   */
  Map<String, Double> evaluate(OutputContract output, List<Prediction> predictions, Table truth);
}
