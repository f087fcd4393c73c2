package org.leanml.data.preprocess;

/** How {@link Impute} chooses the value that fills a column's missing cells. */
public enum ImputeStrategy {
  /** The median of the present, finite training values (numeric columns). */
  MEDIAN,
  /** The mean of the present, finite training values (numeric columns). */
  MEAN,
  /**
   * The most frequent present training value (numeric or categorical); ties go to the smallest
   * number or the lexicographically smallest level, so the choice never depends on row order.
   */
  MOST_FREQUENT,
  /** A value fixed when the stage is created. */
  CONSTANT
}
