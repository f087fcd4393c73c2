package org.leanml.ensemble.train;

import java.util.Map;
import java.util.Objects;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.Table;

/**
 * Chooses a member's trainer configuration before it is trained (e.g. a grid search with
 * cross-validation). The chosen {@link Modeling} trains the member and its fold copies; the result
 * is recorded in the member's provenance.
 */
@FunctionalInterface
public interface MemberTuner {

  /**
   * Tunes a trainer on the member's features.
   *
   * @param data the member's features and the label column
   * @param features the features' contract
   * @param output the output contract
   * @return the chosen trainer and the tuning result as text
   */
  Tuned tune(Table data, InputContract features, OutputContract output);

  /**
   * The outcome of tuning.
   *
   * @param modeling the chosen trainer
   * @param result the tuning result as text (chosen parameters, score, search space)
   */
  record Tuned(Modeling modeling, Map<String, String> result) {
    /**
     * Validates and copies.
     *
     * @throws NullPointerException if an argument is null
     */
    public Tuned {
      Objects.requireNonNull(modeling, "modeling");
      result = Map.copyOf(result);
    }
  }
}
