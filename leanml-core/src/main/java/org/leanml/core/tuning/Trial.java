package org.leanml.core.tuning;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One candidate's cross-validation outcome.
 *
 * @param index the trial's position in the candidate list
 * @param parameters the point tried
 * @param foldScores the metric on each validation fold, in fold order ({@code NaN} if it failed)
 * @param mean the mean of the fold scores ({@code NaN} if a fold failed)
 * @param standardDeviation the sample standard deviation of the fold scores ({@code n - 1}
 *     denominator; {@code NaN} if a fold failed)
 * @param time the summed training and scoring time of the folds, from the tuner's clock
 * @param failure why a fold failed, or {@code null}
 */
// The array components are cloned in and out, and equals, hashCode and toString are overridden
// to use their contents, which is what ArrayRecordComponent guards against; the public
// accessors' int[]/double[] types are part of the API.
@SuppressWarnings("ArrayRecordComponent")
public record Trial(
    int index,
    Parameters parameters,
    double[] foldScores,
    double mean,
    double standardDeviation,
    Duration time,
    @Nullable String failure) {
  /**
   * Validates and copies.
   *
   * @param index the trial's position in the candidate list
   * @param parameters the point tried
   * @param foldScores the metric on each validation fold, in fold order ({@code NaN} if it failed)
   * @param mean the mean of the fold scores ({@code NaN} if a fold failed)
   * @param standardDeviation the sample standard deviation of the fold scores ({@code n - 1}
   *     denominator; {@code NaN} if a fold failed)
   * @param time the summed training and scoring time of the folds, from the tuner's clock
   * @param failure why a fold failed, or {@code null}
   * @throws IllegalArgumentException if the index is negative
   * @throws NullPointerException if parameters, foldScores or time is null
   */
  public Trial {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0 but was " + index);
    }
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(time, "time");
    foldScores = foldScores.clone();
  }

  /**
   * Builds a trial from fold scores, computing mean and standard deviation.
   *
   * @param index the trial index
   * @param parameters the point tried
   * @param foldScores the fold scores
   * @param time the summed time
   * @param failure the first failure message, or {@code null}
   * @return the trial
   */
  static Trial of(
      int index,
      Parameters parameters,
      double[] foldScores,
      Duration time,
      @Nullable String failure) {
    double mean = Double.NaN;
    double sd = Double.NaN;
    if (failure == null) {
      double sum = 0;
      for (double s : foldScores) {
        sum += s;
      }
      mean = sum / foldScores.length;
      double ss = 0;
      for (double s : foldScores) {
        ss += (s - mean) * (s - mean);
      }
      sd = foldScores.length > 1 ? Math.sqrt(ss / (foldScores.length - 1)) : 0;
    }
    return new Trial(index, parameters, foldScores, mean, sd, time, failure);
  }

  /**
   * A copy of the fold scores.
   *
   * @return one score per fold
   */
  @Override
  public double[] foldScores() {
    return foldScores.clone();
  }

  /**
   * Why the trial failed.
   *
   * @return the message, or empty if it succeeded
   */
  public Optional<String> failureMessage() {
    return Optional.ofNullable(failure);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trial t
        && index == t.index
        && parameters.equals(t.parameters)
        && Arrays.equals(foldScores, t.foldScores)
        && Double.compare(mean, t.mean) == 0
        && Double.compare(standardDeviation, t.standardDeviation) == 0
        && time.equals(t.time)
        && Objects.equals(failure, t.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, parameters, Arrays.hashCode(foldScores), mean, time, failure);
  }

  @Override
  public String toString() {
    return "Trial["
        + index
        + " "
        + parameters
        + " mean="
        + mean
        + " sd="
        + standardDeviation
        + (failure == null ? "" : " failed: " + failure)
        + "]";
  }
}
