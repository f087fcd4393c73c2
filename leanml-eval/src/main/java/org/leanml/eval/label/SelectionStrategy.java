package org.leanml.eval.label;

/** How a {@link LabellingQueue} ranks rows for labelling; the highest-ranked rows are chosen. */
public enum SelectionStrategy {
  /**
   * Closest to the decision threshold: for a binary model {@code |p(positive) − threshold|}
   * ascending; for more classes the margin between the two most probable classes ascending.
   */
  UNCERTAINTY,
  /** Highest entropy of the class probabilities. */
  ENTROPY,
  /**
   * Champion and candidate disagree most: rows whose most probable classes differ first, then by
   * the total variation distance between their probability vectors, descending.
   */
  DISAGREEMENT,
  /**
   * From drifted regions: for each drifted feature, the row's bin (numeric, at the reference's
   * quantiles) or category gets the score {@code ln(current share / reference share)} (shares
   * floored at 1e-4); a row's score is the largest over drifted features, descending — rows where
   * the current data is most over-represented come first.
   */
  DRIFT_REGION
}
