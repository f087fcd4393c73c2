package org.leanml.eval.drift;

/**
 * The mergeable summary of one feature's values in a table or window: the sorted sample of a
 * numeric feature or the category counts of a categorical one. Missing cells are not counted.
 */
public sealed interface FeatureSummary permits NumericSample, CategoryCounts {
  /**
   * The feature's name.
   *
   * @return the name
   */
  String name();

  /**
   * The number of non-missing values summarised.
   *
   * @return the count
   */
  long count();

  /**
   * The summary of both partitions together; merging is exact, associative and commutative.
   *
   * @param other a summary of the same feature and kind
   * @return the merged summary
   * @throws IllegalArgumentException if the names or kinds differ
   */
  FeatureSummary merge(FeatureSummary other);
}
