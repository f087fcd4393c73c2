package org.leanml.ensemble.combine;

import java.util.Objects;
import org.leanml.core.contract.OutputContract;

/**
 * Member outputs on rows none of them was trained on (each row predicted by the member fitted on
 * the other folds), with the truth: the training data of a combiner.
 *
 * <p>Arrays are held as given, not copied: they can be large and are produced and consumed inside
 * one training run. Callers must not change them afterwards.
 *
 * @param output the ensemble's output contract (label order, task)
 * @param memberCount the number of members
 * @param outputs per row, the flat member outputs ({@code memberCount * width} entries, see {@link
 *     Combiner})
 * @param present per row, which members predicted it
 * @param truth per row, the class index in {@code output.labels()} or the regression target
 */
// Holds every evaluated row, so the arrays are handed over without copying and the record is
// never compared by value (its equality is that of the arrays' identity); see issue 13, whose
// per-task results replace these nullable per-task arrays.
@SuppressWarnings("ArrayRecordComponent")
public record OutOfFoldPredictions(
    OutputContract output,
    int memberCount,
    double[][] outputs,
    boolean[][] present,
    double[] truth) {

  /**
   * Validates the shapes.
   *
   * @param output the ensemble's output contract (label order, task)
   * @param memberCount the number of members
   * @param outputs per row, the flat member outputs ({@code memberCount * width} entries, see
   *     {@link Combiner})
   * @param present per row, which members predicted it
   * @param truth per row, the class index in {@code output.labels()} or the regression target
   * @throws IllegalArgumentException if a row's length disagrees with the member count and width,
   *     the arrays differ in length, or a class index is out of range
   * @throws NullPointerException if an argument is null
   */
  public OutOfFoldPredictions {
    Objects.requireNonNull(output, "output");
    if (memberCount < 1) {
      throw new IllegalArgumentException("memberCount must be >= 1 but was " + memberCount);
    }
    if (outputs.length != present.length || outputs.length != truth.length) {
      throw new IllegalArgumentException(
          "outputs, present and truth have "
              + outputs.length
              + ", "
              + present.length
              + " and "
              + truth.length
              + " rows; they must agree");
    }
    int width = output.isClassification() ? output.labels().size() : 1;
    for (int r = 0; r < outputs.length; r++) {
      if (outputs[r].length != memberCount * width || present[r].length != memberCount) {
        throw new IllegalArgumentException(
            "row "
                + r
                + " has "
                + outputs[r].length
                + " outputs but "
                + memberCount * width
                + " are needed");
      }
      if (output.isClassification()
          && (truth[r] != Math.rint(truth[r]) || truth[r] < 0 || truth[r] >= width)) {
        throw new IllegalArgumentException(
            "truth of row " + r + " is " + truth[r] + ", not a class index below " + width);
      }
    }
  }

  /**
   * No rows: for combiners that need no fitting.
   *
   * @param output the output contract
   * @param memberCount the number of members
   * @return an empty set of predictions
   */
  public static OutOfFoldPredictions none(OutputContract output, int memberCount) {
    return new OutOfFoldPredictions(
        output, memberCount, new double[0][], new boolean[0][], new double[0]);
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return truth.length;
  }

  /**
   * Outputs per member: the number of classes, or 1 for regression.
   *
   * @return the width
   */
  public int width() {
    return output.isClassification() ? output.labels().size() : 1;
  }
}
