package org.leanml.core.tuning;

import java.util.List;
import org.leanml.core.LeanMlException;

/** Thrown when a tuning run was cancelled; carries the trials that finished before it stopped. */
public class TuningCancelledException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  private final transient List<Trial> finished;

  /**
   * Creates the exception.
   *
   * @param finished the trials that finished, in candidate order
   * @param total the number of trials planned
   */
  public TuningCancelledException(List<Trial> finished, int total) {
    super("tuning cancelled after " + finished.size() + " of " + total + " trials");
    this.finished = List.copyOf(finished);
  }

  /**
   * The trials that finished before the run stopped.
   *
   * @return an unmodifiable list, in candidate order
   */
  public List<Trial> finishedTrials() {
    return finished;
  }
}
