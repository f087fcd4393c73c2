package org.leanml.ensemble;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.fingerprint.Fingerprinter;

/**
 * Where a sub-model came from: the configuration of the trainer that fitted it, the fingerprint of
 * its training data and, when it was tuned, the tuning result.
 *
 * @param trainer the trainer's configuration, every option as text (sorted on construction)
 * @param dataFingerprint the fingerprint of the training table, or {@code null} when unknown (a
 *     predictor built elsewhere)
 * @param tuning the tuning result as text (chosen parameters, score, search space); empty when the
 *     member was not tuned
 */
public record Provenance(
    Map<String, String> trainer,
    @Nullable Fingerprint dataFingerprint,
    Map<String, String> tuning) {

  /**
   * Validates and copies.
   *
   * @param trainer the trainer's configuration, every option as text (sorted on construction)
   * @param dataFingerprint the fingerprint of the training table, or {@code null} when unknown (a
   *     predictor built elsewhere)
   * @param tuning the tuning result as text (chosen parameters, score, search space); empty when
   *     the member was not tuned
   * @throws NullPointerException if {@code trainer} or {@code tuning} is null or holds a null key
   *     or value
   */
  public Provenance {
    trainer = sortedCopy(trainer, "trainer");
    tuning = sortedCopy(tuning, "tuning");
  }

  /**
   * The provenance of a predictor built outside LeanML's trainers: nothing is known.
   *
   * @return an empty provenance
   */
  public static Provenance unknown() {
    return new Provenance(Map.of(), null, Map.of());
  }

  /**
   * The provenance of an untuned member.
   *
   * @param trainer the trainer's configuration
   * @param dataFingerprint the training data's fingerprint
   * @return the provenance
   * @throws NullPointerException if an argument is null
   */
  public static Provenance trained(Map<String, String> trainer, Fingerprint dataFingerprint) {
    return new Provenance(
        trainer, Objects.requireNonNull(dataFingerprint, "dataFingerprint"), Map.of());
  }

  /**
   * This provenance with a tuning result.
   *
   * @param result the tuning result as text
   * @return a new provenance
   * @throws NullPointerException if the map is null or holds a null key or value
   */
  public Provenance withTuning(Map<String, String> result) {
    return new Provenance(trainer, dataFingerprint, result);
  }

  /**
   * Whether the member was tuned.
   *
   * @return {@code true} when a tuning result is recorded
   */
  public boolean isTuned() {
    return !tuning.isEmpty();
  }

  /**
   * Adds this provenance to a fingerprint.
   *
   * @param f the fingerprinter
   */
  void putInto(Fingerprinter f) {
    f.putMap(trainer);
    f.putString(dataFingerprint == null ? null : dataFingerprint.hex());
    f.putMap(tuning);
  }

  private static Map<String, String> sortedCopy(Map<String, String> m, String field) {
    Objects.requireNonNull(m, field);
    TreeMap<String, String> sorted = new TreeMap<>();
    m.forEach(
        (k, v) ->
            sorted.put(
                Objects.requireNonNull(k, field + " has a null key"),
                Objects.requireNonNull(v, field + "['" + k + "'] is null")));
    return java.util.Collections.unmodifiableMap(sorted);
  }
}
