package org.leanml.core.contract;

import java.util.Objects;

/**
 * The pair of contracts a trained model carries: what it reads and what it produces. Stored as one
 * JSON document by {@link ContractsJson}.
 *
 * @param input what the model reads: its features, types and allowed values
 * @param output what the model produces: its task, label column and labels
 */
public record Contracts(InputContract input, OutputContract output) {
  /**
   * Validates.
   *
   * @param input what the model reads: its features, types and allowed values
   * @param output what the model produces: its task, label column and labels
   * @throws NullPointerException if either contract is null
   */
  public Contracts {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }
}
