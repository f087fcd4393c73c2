package org.leanml.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What differs between two versions, as returned by {@link ModelRegistry#diff}. Only differences
 * are listed; equal fields are left out.
 *
 * @param from the first version
 * @param to the second version
 * @param configuration differences in the run record (flattened to paths such as {@code
 *     stages[0].configuration.epochs}) and in the artifact format
 * @param fingerprints differences in the training-data and evaluation-data fingerprints, in the
 *     artifact's parts ({@code part:model.pb}) and in the attachments ({@code
 *     attachment:drift-reference.lmds})
 * @param metrics differences in metric values
 * @param members ensemble members added, removed or moved to another version
 * @param tags differences in tags
 */
public record VersionDiff(
    ModelRef from,
    ModelRef to,
    List<Change> configuration,
    List<Change> fingerprints,
    List<MetricChange> metrics,
    List<Change> members,
    List<Change> tags) {

  /**
   * One changed value.
   *
   * @param key what changed: a configuration path, a fingerprint, part or attachment key, a
   *     member's model name or a tag key
   * @param before the value in {@code from}, empty if absent there
   * @param after the value in {@code to}, empty if absent there
   */
  public record Change(String key, Optional<String> before, Optional<String> after) {
    /**
     * Validates.
     *
     * @param key what changed: a configuration path, a fingerprint, part or attachment key, a
     *     member's model name or a tag key
     * @param before the value in {@code from}, empty if absent there
     * @param after the value in {@code to}, empty if absent there
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if before equals after
     */
    public Change {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (before.equals(after)) {
        throw new IllegalArgumentException("'" + key + "' did not change: " + before);
      }
    }
  }

  /**
   * One changed metric.
   *
   * @param metric the metric name
   * @param before the value in {@code from}, empty if absent there
   * @param after the value in {@code to}, empty if absent there
   */
  public record MetricChange(String metric, OptionalDouble before, OptionalDouble after) {
    /**
     * Validates.
     *
     * @param metric the metric name
     * @param before the value in {@code from}, empty if absent there
     * @param after the value in {@code to}, empty if absent there
     * @throws NullPointerException if a field is null
     */
    public MetricChange {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /**
     * {@code after - before}.
     *
     * @return the difference, empty unless both values are present
     */
    public OptionalDouble delta() {
      return before.isPresent() && after.isPresent()
          ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /**
   * Copies.
   *
   * @param from the first version
   * @param to the second version
   * @param configuration differences in the run record (flattened to paths such as {@code
   *     stages[0].configuration.epochs}) and in the artifact format
   * @param fingerprints differences in the training-data and evaluation-data fingerprints, in the
   *     artifact's parts ({@code part:model.pb}) and in the attachments ({@code
   *     attachment:drift-reference.lmds})
   * @param metrics differences in metric values
   * @param members ensemble members added, removed or moved to another version
   * @param tags differences in tags
   * @throws NullPointerException if a field is null
   */
  public VersionDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    configuration = List.copyOf(configuration);
    fingerprints = List.copyOf(fingerprints);
    metrics = List.copyOf(metrics);
    members = List.copyOf(members);
    tags = List.copyOf(tags);
  }

  /**
   * Whether nothing differs.
   *
   * @return {@code true} if every list is empty
   */
  public boolean isEmpty() {
    return configuration.isEmpty()
        && fingerprints.isEmpty()
        && metrics.isEmpty()
        && members.isEmpty()
        && tags.isEmpty();
  }
}
