package org.leanml.core.contract;

import java.util.Objects;

/**
 * The pair of contracts a trained model carries: what it reads and what it produces. Stored as one
 * JSON document by {@link ContractsJson}.
 *
 * @param input the input contract
 * @param output the output contract
 */
public record Contracts(InputContract input, OutputContract output) {
  /**
   * Validates.
   *
   * @throws NullPointerException if either contract is null
   */
  public Contracts {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }
}
