package org.leanml.eval.metric;

/**
 * A partial summary of some rows that combines with the summary of other rows.
 *
 * <p>Summaries of disjoint partitions merged in any grouping give the summary of their union:
 * exactly for counts, up to floating-point rounding for sums of doubles. This is what lets the same
 * statistics run per partition on a distributed engine.
 *
 * @param <S> the summary type
 */
public interface Mergeable<S extends Mergeable<S>> {

  /**
   * The summary of this summary's rows and another's.
   *
   * @param other the summary of disjoint rows
   * @return a new summary; neither input changes
   * @throws IllegalArgumentException if the summaries are of incompatible shapes
   */
  S merge(S other);
}
