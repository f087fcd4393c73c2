package org.leanml.eval.drift;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counts of each category of a categorical feature, in the categories' natural (sorted) order
 * so that merging partitions in any order gives the same summary.
 *
 * @param name the feature's name
 * @param counts the count per category, each {@code > 0}
 */
public record CategoryCounts(String name, Map<String, Long> counts) implements FeatureSummary {
  /**
   * Validates and copies into sorted order.
   *
   * @param name the feature's name
   * @param counts the count per category, each {@code > 0}
   * @throws IllegalArgumentException if the name is blank, a category is null or a count is not
   *     positive
   */
  public CategoryCounts {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("feature name must not be blank but was '" + name + "'");
    }
    TreeMap<String, Long> sorted = new TreeMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getKey() == null) {
        throw new IllegalArgumentException("feature '" + name + "': a category is null");
      }
      if (e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException(
            "feature '"
                + name
                + "': count of '"
                + e.getKey()
                + "' must be > 0 but was "
                + e.getValue());
      }
      sorted.put(e.getKey(), e.getValue());
    }
    counts = Collections.unmodifiableMap(sorted);
  }

  @Override
  public long count() {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    return n;
  }

  @Override
  public CategoryCounts merge(FeatureSummary other) {
    if (!(other instanceof CategoryCounts o) || !o.name.equals(name)) {
      throw new IllegalArgumentException(
          "cannot merge categorical feature '" + name + "' with " + NumericSample.describe(other));
    }
    TreeMap<String, Long> m = new TreeMap<>(counts);
    o.counts.forEach((k, v) -> m.merge(k, v, Long::sum));
    return new CategoryCounts(name, m);
  }

  /**
   * The count of one category.
   *
   * @param category the category
   * @return its count, 0 if never seen
   */
  public long count(String category) {
    return counts.getOrDefault(Objects.requireNonNull(category, "category"), 0L);
  }
}
