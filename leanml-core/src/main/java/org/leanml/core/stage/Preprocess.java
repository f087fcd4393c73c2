package org.leanml.core.stage;

import org.leanml.core.contract.InputContract;
import org.leanml.core.table.Table;

/**
 * Preprocessing: cleans a table (casts, imputation, filtering, clipping). Fitting learns any state
 * from training data; the fitted result then re-applies identically to other data.
 */
public interface Preprocess extends Stage {

  /**
   * The columns this stage reads.
   *
   * @return the required input contract
   */
  InputContract requires();

  /**
   * The contract of the output, given the contract of the input.
   *
   * @param input the contract of the input table (satisfying {@link #requires()})
   * @return the output contract
   */
  InputContract produces(InputContract input);

  /**
   * Learns from training data.
   *
   * @param training the training table
   * @return the fitted stage
   * @throws org.leanml.core.contract.ContractViolationException if the table breaks {@link
   *     #requires()}
   */
  FittedPreprocess fit(Table training);

  /** A preprocessing stage with its learned state. */
  interface FittedPreprocess extends Stage, Fitted {

    /**
     * Applies the stage.
     *
     * @param table a table satisfying the stage's required contract
     * @return the processed table
     * @throws org.leanml.core.contract.ContractViolationException if the table breaks the required
     *     contract
     */
    Table apply(Table table);
  }
}
