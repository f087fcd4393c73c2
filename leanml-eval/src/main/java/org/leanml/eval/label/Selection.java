package org.leanml.eval.label;

import java.util.Objects;

/**
 * One row chosen for labelling.
 *
 * @param row the row's index in the scored table
 * @param strategy the strategy that chose it
 * @param score the strategy's score for it (its meaning depends on the strategy)
 */
public record Selection(int row, SelectionStrategy strategy, double score) {
  /**
   * Validates.
   *
   * @param row the row's index in the scored table
   * @param strategy the strategy that chose it
   * @param score the strategy's score for it (its meaning depends on the strategy)
   * @throws IllegalArgumentException if the row is negative
   * @throws NullPointerException if the strategy is null
   */
  public Selection {
    if (row < 0) {
      throw new IllegalArgumentException("row must be >= 0 but was " + row);
    }
    Objects.requireNonNull(strategy, "strategy");
  }
}
