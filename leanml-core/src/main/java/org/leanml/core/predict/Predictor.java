package org.leanml.core.predict;

import java.util.ArrayList;
import java.util.List;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/**
 * A trained model: it reads rows that satisfy its {@link #inputContract()} (columns are found by
 * name; extra columns are ignored) and predicts over its {@link #outputContract()}. Implementations
 * are immutable and thread-safe.
 */
public interface Predictor {

  /**
   * What the predictor reads.
   *
   * @return the input contract
   */
  InputContract inputContract();

  /**
   * What the predictor produces.
   *
   * @return the output contract
   */
  OutputContract outputContract();

  /**
   * Predicts one row.
   *
   * @param row a row of a table holding every column of the input contract
   * @return the prediction
   * @throws org.leanml.core.contract.ContractViolationException if the row lacks a required column
   *     or value, naming it
   */
  Prediction predict(Row row);

  /**
   * Predicts every row of a table, in row order. The default calls {@link #predict(Row)} row by
   * row; implementations may batch or parallelise but must return exactly the same predictions.
   *
   * @param table a table holding every column of the input contract
   * @return one prediction per row
   * @throws org.leanml.core.contract.ContractViolationException if a row lacks a required column or
   *     value
   */
  default List<Prediction> predictBatch(Table table) {
    List<Prediction> out = new ArrayList<>(table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      out.add(predict(table.row(r)));
    }
    return out;
  }
}
