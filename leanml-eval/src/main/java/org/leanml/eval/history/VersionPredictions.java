package org.leanml.eval.history;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leanml.core.contract.OutputContract;
import org.leanml.core.fingerprint.Fingerprint;
import org.leanml.core.predict.Prediction;

/**
 * One model version's predictions on a frozen evaluation set.
 *
 * @param version the version label (name and version, as the caller's registry spells it)
 * @param frozenSet the fingerprint of the set the predictions were made on
 * @param scores positive-class scores (binary) or predicted values (regression); null for
 *     multiclass
 * @param probabilities class probabilities per row (multiclass); null otherwise
 */
// Holds every evaluated row, so the arrays are handed over without copying and the record is
// never compared by value (its equality is that of the arrays' identity); see issue 13, whose
// per-task results replace these nullable per-task arrays.
@SuppressWarnings("ArrayRecordComponent")
public record VersionPredictions(
    String version,
    Fingerprint frozenSet,
    double @Nullable [] scores,
    double @Nullable [][] probabilities) {

  /**
   * Validates; arrays are not copied and must not change.
   *
   * @param version the version label (name and version, as the caller's registry spells it)
   * @param frozenSet the fingerprint of the set the predictions were made on
   * @param scores positive-class scores (binary) or predicted values (regression); null for
   *     multiclass
   * @param probabilities class probabilities per row (multiclass); null otherwise
   * @throws IllegalArgumentException if the label is blank or not exactly one of the arrays is
   *     given
   * @throws NullPointerException if the fingerprint is null
   */
  public VersionPredictions {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank");
    }
    Objects.requireNonNull(frozenSet, "frozenSet");
    if ((scores == null) == (probabilities == null)) {
      throw new IllegalArgumentException(
          "version '" + version + "' needs either scores or probabilities, not both or neither");
    }
  }

  /**
   * Scores or predicted values of one version.
   *
   * @param version the version label
   * @param frozenSet the fingerprint of the set
   * @param scores positive-class scores (binary) or predicted values (regression)
   * @return the predictions
   */
  public static VersionPredictions ofScores(
      String version, Fingerprint frozenSet, double[] scores) {
    return new VersionPredictions(version, frozenSet, scores, null);
  }

  /**
   * Class probabilities of one version (multiclass).
   *
   * @param version the version label
   * @param frozenSet the fingerprint of the set
   * @param probabilities class probabilities per row
   * @return the predictions
   */
  public static VersionPredictions ofProbabilities(
      String version, Fingerprint frozenSet, double[][] probabilities) {
    return new VersionPredictions(version, frozenSet, null, probabilities);
  }

  /**
   * Predictions from a predictor's output.
   *
   * @param version the version label
   * @param frozenSet the fingerprint of the set
   * @param contract the output contract
   * @param predictions one prediction per row
   * @return the predictions
   */
  public static VersionPredictions of(
      String version,
      Fingerprint frozenSet,
      OutputContract contract,
      List<Prediction> predictions) {
    int n = predictions.size();
    switch (contract.task()) {
      case BINARY:
        {
          int positive = contract.positiveIndex();
          double[] s = new double[n];
          for (int i = 0; i < n; i++) {
            s[i] = predictions.get(i).probability(positive);
          }
          return ofScores(version, frozenSet, s);
        }
      case MULTICLASS:
        {
          double[][] p = new double[n][];
          for (int i = 0; i < n; i++) {
            p[i] = predictions.get(i).probabilities();
          }
          return ofProbabilities(version, frozenSet, p);
        }
      case REGRESSION:
        {
          double[] v = new double[n];
          for (int i = 0; i < n; i++) {
            v[i] = predictions.get(i).value();
          }
          return ofScores(version, frozenSet, v);
        }
      default:
        throw new AssertionError(contract.task());
    }
  }

  /**
   * The number of rows predicted.
   *
   * @return the row count
   */
  public int rowCount() {
    return scores != null
        ? scores.length
        : Objects.requireNonNull(probabilities, "probabilities").length;
  }
}
