package org.leanml.eval.rollout;

import java.util.List;
import java.util.Optional;

/**
 * The records of an {@link OutcomeLog} read back in order, and the torn last record if any.
 *
 * @param records the payloads of the valid records, in append order
 * @param torn the torn last record, if the file ended with one
 * @param validLength the byte length of the file up to the end of the last valid record
 */
public record LogReplay(List<String> records, Optional<TornRecord> torn, long validLength) {
  /**
   * Copies.
   *
   * @param records the payloads of the valid records, in append order
   * @param torn the torn last record, if the file ended with one
   * @param validLength the byte length of the file up to the end of the last valid record
   * @throws NullPointerException if a component is null
   */
  public LogReplay {
    records = List.copyOf(records);
    java.util.Objects.requireNonNull(torn, "torn");
  }
}
