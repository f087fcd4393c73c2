package org.leanml.tribuo;

import java.util.Map;

/**
 * The options of a Tribuo trainer that a {@link TribuoStage} holds: immutable, with a seed for the
 * trainer's random choices, and described as the stage's configuration.
 *
 * @param <P> the concrete settings
 */
interface StageSettings<P extends StageSettings<P>> {

  /** The same settings with another seed. */
  P withSeed(long seed);

  /** The settings as configuration entries, with {@code algorithm}; a new mutable map. */
  Map<String, String> describe(String algorithm);
}
