package org.leanml.tribuo;

import java.util.Map;
import org.leanml.core.contract.InputContract;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.predict.Predictor;
import org.leanml.core.stage.Modeling;
import org.leanml.core.stage.TrainingData;
import org.leanml.core.table.Table;

/**
 * What every Tribuo modelling stage shares: a stage name, its trainer's {@link StageSettings}, the
 * {@code withName} and {@code withSeed} methods (returning the concrete stage), the configuration,
 * and the delegation of a table fit to a {@link TrainingData} fit. {@link SgdStage} and {@link
 * TreeStage} add the {@code with} methods of their settings; the concrete stages add their trainer.
 *
 * @param <S> the concrete stage
 * @param <P> its settings
 */
abstract class TribuoStage<S extends TribuoStage<S, P>, P extends StageSettings<P>>
    implements Modeling {
  private final String name;
  private final P settings;
  private final String algorithm;

  TribuoStage(String name, P settings, String algorithm) {
    this.name = Checks.name(name);
    this.settings = settings;
    this.algorithm = algorithm;
  }

  /** The same kind of stage, with its own options kept, under another name or settings. */
  abstract S copy(String newName, P newSettings);

  /** Adds the concrete stage's own options to the configuration; none by default. */
  void describeOwn(Map<String, String> configuration) {}

  /** The settings, for the trainers and the {@code with} methods. */
  final P settings() {
    return settings;
  }

  /**
   * This configuration under another stage name.
   *
   * @param newName the stage name
   * @return a new configuration
   * @throws IllegalArgumentException if the name is blank
   */
  public S withName(String newName) {
    return copy(newName, settings);
  }

  /**
   * This configuration with another seed for the trainer's random choices (the example shuffling of
   * SGD; the features sampled per split of a tree).
   *
   * @param seed the seed
   * @return a new configuration
   */
  public S withSeed(long seed) {
    return copy(name, settings.withSeed(seed));
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Keys: {@code algorithm}, {@code seed}, and the options of the concrete stage.
   */
  @Override
  public Map<String, String> configuration() {
    Map<String, String> m = settings.describe(algorithm);
    describeOwn(m);
    return TribuoTraining.sorted(m);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the task does not fit this stage
   */
  @Override
  public Predictor fit(Table data, InputContract features, OutputContract output) {
    return fit(TrainingData.of(data, features, output));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + ", " + configuration() + "]";
  }
}
