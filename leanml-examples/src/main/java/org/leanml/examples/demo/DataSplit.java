package org.leanml.examples.demo;

import java.util.Objects;
import org.leanml.core.fingerprint.Fingerprint;

/**
 * The demo's data: the loaded table and its three disjoint parts, with their fingerprints.
 *
 * @param rows rows loaded
 * @param trainingRows rows used for training
 * @param evaluationRows rows of the frozen evaluation set
 * @param liveRows rows of the held-back live stream
 * @param data the fingerprint of the loaded table
 * @param training the fingerprint of the training rows
 * @param evaluation the fingerprint of the frozen evaluation set
 * @param live the fingerprint of the live stream
 */
public record DataSplit(
    int rows,
    int trainingRows,
    int evaluationRows,
    int liveRows,
    Fingerprint data,
    Fingerprint training,
    Fingerprint evaluation,
    Fingerprint live) {
  /**
   * Validates.
   *
   * @param rows rows loaded
   * @param trainingRows rows used for training
   * @param evaluationRows rows of the frozen evaluation set
   * @param liveRows rows of the held-back live stream
   * @param data the fingerprint of the loaded table
   * @param training the fingerprint of the training rows
   * @param evaluation the fingerprint of the frozen evaluation set
   * @param live the fingerprint of the live stream
   * @throws NullPointerException if a fingerprint is null
   */
  public DataSplit {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(training, "training");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(live, "live");
  }
}
