package org.leanml.core.stage;

import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Row;
import org.leanml.core.table.Table;

/**
 * Feature extraction: turns a clean table into numeric model features under an {@link
 * InputContract} (selection, derived features, fitted scalers).
 */
public interface FeatureExtraction extends Stage {

  /**
   * The columns this stage reads.
   *
   * @return the required input contract
   */
  InputContract requires();

  /**
   * Learns from training data (scaler statistics, bin edges, categories).
   *
   * @param training the training table
   * @return the fitted extraction
   * @throws org.leanml.core.contract.ContractViolationException if the table breaks {@link
   *     #requires()}
   */
  FittedFeatures fit(Table training);

  /** A feature extraction with its learned state; applies identically to any rows. */
  interface FittedFeatures extends Stage, Fitted {

    /**
     * The columns this extraction reads.
     *
     * @return the required input contract
     */
    InputContract requires();

    /**
     * The features this extraction produces, in order.
     *
     * @return the feature contract
     */
    InputContract produces();

    /**
     * Extracts features for a whole table.
     *
     * @param table a table satisfying {@link #requires()}
     * @return a table with exactly the columns of {@link #produces()}
     * @throws org.leanml.core.contract.ContractViolationException if the table breaks {@link
     *     #requires()}
     */
    Table transform(Table table);

    /**
     * Extracts features for one row at serving time, writing them into {@code out} in the order of
     * {@link #produces()}; equal, bit for bit, to the same row's values from {@link #transform}.
     *
     * @param row a row of a table holding the required columns
     * @param out an array of length {@code produces().size()}
     * @throws IllegalArgumentException if {@code out} has the wrong length
     */
    void transformRow(Row row, double[] out);
  }
}
