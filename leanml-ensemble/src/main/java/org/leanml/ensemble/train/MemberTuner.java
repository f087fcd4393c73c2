package org.leanml.ensemble.train;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.stage.Modeling;
import org.leanml.core.table.Table;
import org.leanml.core.tuning.Tuner;
import org.leanml.core.tuning.TuningResult;

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
   * A member tuner running core's {@link Tuner} (cross-validated grid or random search). The
   * recorded result holds the chosen parameters ({@code param.<name>}), the objective, its mean
   * score, the number of trials, and the tuner's configuration ({@code tuner.<option>}).
   *
   * @param tuner the tuner
   * @return the member tuner
   */
  static MemberTuner of(Tuner tuner) {
    Objects.requireNonNull(tuner, "tuner");
    return (data, features, output) -> {
      TuningResult r = tuner.tune(data, features, output);
      Map<String, String> result = new TreeMap<>();
      r.bestParameters().forEach((k, v) -> result.put("param." + k, v));
      result.put("metric", r.metric());
      result.put("direction", r.direction().name());
      result.put("score", Double.toString(r.bestScore()));
      result.put("trials", Integer.toString(r.trials().size()));
      tuner.configuration().forEach((k, v) -> result.put("tuner." + k, v));
      return new Tuned(r.best(), result);
    };
  }

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
     * @param modeling the chosen trainer
     * @param result the tuning result as text (chosen parameters, score, search space)
     * @throws NullPointerException if an argument is null
     */
    public Tuned {
      Objects.requireNonNull(modeling, "modeling");
      result = Map.copyOf(result);
    }
  }
}
