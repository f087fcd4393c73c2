package org.leanml.core.tuning;

import org.leanml.core.stage.Modeling;

/**
 * Maps a point of the search space, and a seed chosen by the tuner, to a configured modelling
 * stage. Must be a pure function: the same arguments give an equally configured stage.
 *
 * <pre>{@code
 * TrainerFactory f = (p, seed) -> TribuoModels.cart().withMaxDepth(p.getInt("maxDepth")).withSeed(seed);
 * }</pre>
 */
@FunctionalInterface
public interface TrainerFactory {

  /**
   * Configures a stage.
   *
   * @param parameters the point to try
   * @param seed the seed the stage should use for its own random choices
   * @return the configured stage
   * @throws IllegalArgumentException if the parameters are invalid for the stage
   */
  org.leanml.core.stage.Modeling create(Parameters parameters, long seed);

  /**
   * Ignores the tuner's seed (for stages without randomness or with a fixed seed).
   *
   * @param f the mapping from parameters to a stage
   * @return the factory
   */
  static TrainerFactory ignoringSeed(java.util.function.Function<Parameters, Modeling> f) {
    return (p, seed) -> f.apply(p);
  }
}
