package org.leanml.eval.monitor;

import java.util.List;
import java.util.Objects;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Prediction;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.NumericColumn;
import org.leanml.core.table.Table;

/**
 * Adds a model's scores to a table as numeric columns, so that score drift is monitored like any
 * feature drift: {@code <prefix><label>} per class probability for classification (only the
 * positive class for a binary task), {@code <prefix>value} for regression.
 */
public final class ScoreColumns {
  private ScoreColumns() {}

  /**
   * Scores a table and appends the score columns.
   *
   * @param table rows satisfying the predictor's input contract
   * @param predictor the model
   * @param prefix the column-name prefix, e.g. {@code "score_"}
   * @return the table with score columns added (replacing same-named ones)
   * @throws org.leanml.core.contract.ContractViolationException if a row violates the contract
   * @throws IllegalArgumentException if the prefix is blank
   */
  public static Table append(Table table, Predictor predictor, String prefix) {
    Objects.requireNonNull(predictor, "predictor");
    if (prefix == null || prefix.isBlank()) {
      throw new IllegalArgumentException("prefix must not be blank but was '" + prefix + "'");
    }
    List<Prediction> ps = predictor.predictBatch(table);
    OutputContract out = predictor.outputContract();
    int n = ps.size();
    Table result = table;
    if (!out.isClassification()) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = ps.get(i).value();
      }
      return result.withColumn(NumericColumn.adopt(prefix + "value", v, null));
    }
    List<String> labels = out.labels();
    for (int c = 0; c < labels.size(); c++) {
      if (out.positiveLabel() != null && c != out.positiveIndex()) {
        continue;
      }
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = ps.get(i).probability(c);
      }
      result = result.withColumn(NumericColumn.adopt(prefix + labels.get(c), v, null));
    }
    return result;
  }
}
