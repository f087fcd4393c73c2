package org.leanml.core.run;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.table.Column;

/**
 * What one stage of a run did.
 *
 * @param name the stage's name
 * @param kind the stage's role
 * @param configuration the stage's configuration (copied, keys sorted)
 * @param inputFingerprint the fingerprint of the table the stage read; {@code null} for an
 *     extraction, which reads a source rather than a table
 * @param outputFingerprint the fingerprint of the table the stage produced; {@code null} when it
 *     produces no table (modelling)
 * @param stateFingerprint the fingerprint of the learned state; {@code null} for stages that learn
 *     nothing or whose result has no fingerprint
 * @param rowsIn rows read from the previous stage ({@code 0} for an extraction)
 * @param rowsOut rows produced (for modelling: rows trained on)
 * @param duration how long the stage took, by the run's clock
 */
public record StageRecord(
    String name,
    StageKind kind,
    Map<String, String> configuration,
    @Nullable Fingerprint inputFingerprint,
    @Nullable Fingerprint outputFingerprint,
    @Nullable Fingerprint stateFingerprint,
    long rowsIn,
    long rowsOut,
    Duration duration) {

  /**
   * Validates and copies.
   *
   * @param name the stage's name
   * @param kind the stage's role
   * @param configuration the stage's configuration (copied, keys sorted)
   * @param inputFingerprint the fingerprint of the table the stage read; {@code null} for an
   *     extraction, which reads a source rather than a table
   * @param outputFingerprint the fingerprint of the table the stage produced; {@code null} when it
   *     produces no table (modelling)
   * @param stateFingerprint the fingerprint of the learned state; {@code null} for stages that
   *     learn nothing or whose result has no fingerprint
   * @param rowsIn rows read from the previous stage ({@code 0} for an extraction)
   * @param rowsOut rows produced (for modelling: rows trained on)
   * @param duration how long the stage took, by the run's clock
   * @throws IllegalArgumentException if the name is blank, a row count or the duration is negative
   * @throws NullPointerException if kind, configuration or duration is null
   */
  public StageRecord {
    Column.requireName(name);
    Objects.requireNonNull(kind, "kind");
    configuration = Collections.unmodifiableMap(new TreeMap<>(configuration));
    Objects.requireNonNull(duration, "duration");
    if (rowsIn < 0 || rowsOut < 0) {
      throw new IllegalArgumentException(
          "stage '" + name + "': rows must be >= 0 but were in=" + rowsIn + ", out=" + rowsOut);
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "stage '" + name + "': duration must not be negative but was " + duration);
    }
  }
}
