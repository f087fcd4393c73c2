package org.leanml.core.stage;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.table.Table;

/** Parameter tuning: searches a modelling stage's parameters for the best validated score. */
public interface ParameterTuning extends Stage {

  /**
   * Searches the parameters on the given data.
   *
   * @param data a table holding the feature columns and the label column
   * @param features the features to learn from
   * @param output the task and label domain; its label column holds the truth
   * @return the best parameters and the modelling stage configured with them
   * @throws org.leanml.core.contract.ContractViolationException if the data breaks either contract
   * @throws IllegalArgumentException if no parameter setting could be trained and scored
   */
  Result tune(Table data, InputContract features, OutputContract output);

  /** What tuning found. Implementations add their trial logs. */
  interface Result {

    /**
     * The winning parameters, as text, keys sorted.
     *
     * @return an unmodifiable map
     */
    Map<String, String> bestParameters();

    /**
     * The winning score (for cross-validation, the mean over folds).
     *
     * @return the score
     */
    double bestScore();

    /**
     * The modelling stage configured with the winning parameters, ready to fit on all the data.
     *
     * @return the stage
     */
    Modeling best();
  }
}
