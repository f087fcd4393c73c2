package org.leanml.core.stage;

import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.table.Table;

/** Modelling: trains a {@link Predictor} from features and labels. */
public interface Modeling extends Stage {

  /**
   * Trains a model.
   *
   * @param data a table holding the feature columns and the label column
   * @param features the features to learn from (a contract the table satisfies)
   * @param output the task and label domain; its label column holds the truth
   * @return the trained predictor, whose contracts are {@code features} and {@code output}
   * @throws org.leanml.core.contract.ContractViolationException if the data breaks either contract
   * @throws IllegalArgumentException if the labels cannot train the task (e.g. one class only for a
   *     binary task), naming the column
   */
  Predictor fit(Table data, InputContract features, OutputContract output);

  /**
   * Trains a model on training data that may already hold forms derived for earlier fits (see
   * {@link TrainingData#derived}). The result equals {@link #fit(Table, InputContract,
   * OutputContract)} on the same parts; stages that convert the data override this to convert it
   * once per {@code TrainingData} rather than once per fit. The default simply delegates.
   *
   * @param data the table, features and task
   * @return the trained predictor, whose contracts are {@code data.features()} and {@code
   *     data.output()}
   * @throws org.leanml.core.contract.ContractViolationException if the data breaks either contract
   * @throws IllegalArgumentException if the labels cannot train the task, naming the column
   */
  default Predictor fit(TrainingData data) {
    return fit(data.table(), data.features(), data.output());
  }
}
