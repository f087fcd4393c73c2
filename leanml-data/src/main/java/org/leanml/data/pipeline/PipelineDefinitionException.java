package org.leanml.data.pipeline;

import org.leanml.core.LeanMlException;

/**
 * A pipeline's stages do not fit together: a stage needs a column an earlier stage does not
 * produce, with the wrong type, or with looser guarantees (e.g. missing values); stage names
 * repeat; the label column is absent or read as a feature. The message names the stage and the
 * field.
 */
public class PipelineDefinitionException extends LeanMlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what does not fit, naming stage and field
   */
  public PipelineDefinitionException(String message) {
    super(message);
  }
}
