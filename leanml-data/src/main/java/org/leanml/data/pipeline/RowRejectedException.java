package org.leanml.data.pipeline;

import org.leanml.core.LeanMlException;

/**
 * A row to predict was removed by a preprocessing stage (a row filter): the model was never trained
 * on such rows, so a fitted pipeline refuses to predict it rather than guess.
 */
public class RowRejectedException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /** The rejected row's index. */
  private final int row;

  /** The stage that removed the row. */
  private final String stage;

  /**
   * Creates the exception.
   *
   * @param row the row index in the table given to the predictor
   * @param stage the name of the stage that removed it
   */
  public RowRejectedException(int row, String stage) {
    super(
        "row "
            + row
            + " was removed by preprocessing stage '"
            + stage
            + "' and cannot be predicted");
    this.row = row;
    this.stage = stage;
  }

  /**
   * The rejected row.
   *
   * @return the row index
   */
  public int row() {
    return row;
  }

  /**
   * The stage that removed it.
   *
   * @return the stage name
   */
  public String stage() {
    return stage;
  }
}
