package org.leanml.ensemble.train;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.InputContract;
import org.leanml.core.stage.FeatureExtraction;
import org.leanml.core.stage.Modeling;
import org.leanml.ensemble.ColumnProjection;

/**
 * The recipe of one ensemble member: its name, the feature extraction it applies to the shared
 * input, the trainer that fits its model, and optionally a tuner that picks the trainer first.
 *
 * @param name the member's name
 * @param features the (unfitted) feature extraction
 * @param modeling the trainer
 * @param tuner the tuner, or {@code null} for none
 */
public record SubModelSpec(
    String name, FeatureExtraction features, Modeling modeling, @Nullable MemberTuner tuner) {

  /**
   * Validates.
   *
   * @param name the member's name
   * @param features the (unfitted) feature extraction
   * @param modeling the trainer
   * @param tuner the tuner, or {@code null} for none
   * @throws NullPointerException if name, features or modeling is null
   */
  public SubModelSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(modeling, "modeling");
  }

  /**
   * An untuned member.
   *
   * @param name the member's name
   * @param features the feature extraction
   * @param modeling the trainer
   * @return the spec
   */
  public static SubModelSpec of(String name, FeatureExtraction features, Modeling modeling) {
    return new SubModelSpec(name, features, modeling, null);
  }

  /**
   * An untuned member reading some shared columns unchanged.
   *
   * @param name the member's name
   * @param shared the shared input contract
   * @param columns the columns the member reads
   * @param modeling the trainer
   * @return the spec
   * @throws IllegalArgumentException if a column is not in {@code shared}
   */
  public static SubModelSpec projecting(
      String name, InputContract shared, List<String> columns, Modeling modeling) {
    return new SubModelSpec(name, ColumnProjection.of(shared, columns), modeling, null);
  }

  /**
   * This spec with a tuner.
   *
   * @param newTuner the tuner
   * @return a new spec
   */
  public SubModelSpec withTuner(MemberTuner newTuner) {
    return new SubModelSpec(name, features, modeling, Objects.requireNonNull(newTuner, "tuner"));
  }

  /**
   * The tuner, if any.
   *
   * @return the tuner or empty
   */
  public Optional<MemberTuner> findTuner() {
    return Optional.ofNullable(tuner);
  }
}
