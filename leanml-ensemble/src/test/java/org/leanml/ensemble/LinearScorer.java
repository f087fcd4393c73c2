package org.leanml.ensemble;

import java.util.Arrays;
import java.util.List;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/**
 * A test double: a fixed linear model. Classification: softmax over one row of weights per class
 * (bias first); regression: one row, the value. Reads its columns by name, like real predictors.
 */
final class LinearScorer implements Predictor {
  final InputContract input;
  final OutputContract output;
  final double[][] weights;

  LinearScorer(InputContract input, OutputContract output, double[][] weights) {
    this.input = input;
    this.output = output;
    this.weights = new double[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = weights[i].clone();
    }
  }

  static LinearScorer binary(OutputContract output, List<String> columns, double... weights) {
    double[] negative = new double[weights.length];
    return new LinearScorer(
        InputContract.numeric(columns), output, new double[][] {negative, weights});
  }

  static LinearScorer regression(OutputContract output, List<String> columns, double... weights) {
    return new LinearScorer(InputContract.numeric(columns), output, new double[][] {weights});
  }

  @Override
  public InputContract inputContract() {
    return input;
  }

  @Override
  public OutputContract outputContract() {
    return output;
  }

  @Override
  public Prediction predict(Row row) {
    Table t = row.table();
    List<String> names = input.names();
    double[] eta = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      double e = weights[c][0];
      for (int j = 0; j < names.size(); j++) {
        double v = t.numeric(names.get(j)).get(row.index());
        if (Double.isNaN(v)) {
          throw new IllegalStateException("LinearScorer got a missing value in " + names.get(j));
        }
        e += weights[c][1 + j] * v;
      }
      eta[c] = e;
    }
    if (!output.isClassification()) {
      return Prediction.ofValue(eta[0]);
    }
    double max = Arrays.stream(eta).max().orElseThrow();
    double sum = 0;
    for (int c = 0; c < eta.length; c++) {
      eta[c] = Math.exp(eta[c] - max);
      sum += eta[c];
    }
    for (int c = 0; c < eta.length; c++) {
      eta[c] /= sum;
    }
    return Prediction.ofProbabilities(eta);
  }
}
