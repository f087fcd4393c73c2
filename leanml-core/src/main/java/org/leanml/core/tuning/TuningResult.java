package org.leanml.core.tuning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leanml.core.metric.Direction;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.ParameterTuning;

/**
 * What a {@link Tuner} found: the best trial, the stage configured with its parameters, and the log
 * of every trial in candidate order.
 *
 * @param metric the objective's name
 * @param direction which way the objective improves
 * @param bestTrial the trial with the best mean score (the lowest index among ties)
 * @param best the modelling stage configured with the best parameters and the final seed
 * @param trials every trial, in candidate order
 */
public record TuningResult(
    String metric, Direction direction, Trial bestTrial, Modeling best, List<Trial> trials)
    implements ParameterTuning.Result {
  /**
   * Validates and copies.
   *
   * @param metric the objective's name
   * @param direction which way the objective improves
   * @param bestTrial the trial with the best mean score (the lowest index among ties)
   * @param best the modelling stage configured with the best parameters and the final seed
   * @param trials every trial, in candidate order
   * @throws NullPointerException if a component is null
   */
  public TuningResult {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(bestTrial, "bestTrial");
    Objects.requireNonNull(best, "best");
    trials = List.copyOf(trials);
  }

  @Override
  public Map<String, String> bestParameters() {
    return bestTrial.parameters().asText();
  }

  @Override
  public double bestScore() {
    return bestTrial.mean();
  }
}
