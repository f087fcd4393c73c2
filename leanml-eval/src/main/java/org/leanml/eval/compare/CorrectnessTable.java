package org.leanml.eval.compare;

import org.leanml.eval.metric.Mergeable;

/**
 * The paired 2×2 table of correctness of a baseline and a candidate on the same rows: a mergeable
 * summary holding everything McNemar's test and the accuracy bootstrap need.
 *
 * @param bothRight rows both models classify correctly
 * @param baselineOnly rows only the baseline gets right ({@code b}, the negative flips)
 * @param candidateOnly rows only the candidate gets right ({@code c}, the positive flips)
 * @param bothWrong rows both models get wrong
 */
public record CorrectnessTable(
    long bothRight, long baselineOnly, long candidateOnly, long bothWrong)
    implements Mergeable<CorrectnessTable> {

  /**
   * Validates.
   *
   * @param bothRight rows both models classify correctly
   * @param baselineOnly rows only the baseline gets right ({@code b}, the negative flips)
   * @param candidateOnly rows only the candidate gets right ({@code c}, the positive flips)
   * @param bothWrong rows both models get wrong
   * @throws IllegalArgumentException if a count is negative
   */
  public CorrectnessTable {
    if (bothRight < 0 || baselineOnly < 0 || candidateOnly < 0 || bothWrong < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0 but were "
              + bothRight
              + ", "
              + baselineOnly
              + ", "
              + candidateOnly
              + ", "
              + bothWrong);
    }
  }

  /**
   * Tallies the correctness of two models.
   *
   * @param truth the true class per row
   * @param baseline the baseline's predicted class per row
   * @param candidate the candidate's predicted class per row
   * @return the table
   * @throws IllegalArgumentException if the lengths differ
   */
  public static CorrectnessTable of(int[] truth, int[] baseline, int[] candidate) {
    PairedComparison.requireLength(truth.length, baseline.length, "baseline");
    PairedComparison.requireLength(truth.length, candidate.length, "candidate");
    long[] c = new long[4];
    for (int i = 0; i < truth.length; i++) {
      c[(baseline[i] == truth[i] ? 0 : 2) + (candidate[i] == truth[i] ? 0 : 1)]++;
    }
    return new CorrectnessTable(c[0], c[1], c[2], c[3]);
  }

  @Override
  public CorrectnessTable merge(CorrectnessTable o) {
    return new CorrectnessTable(
        bothRight + o.bothRight,
        baselineOnly + o.baselineOnly,
        candidateOnly + o.candidateOnly,
        bothWrong + o.bothWrong);
  }

  /**
   * The number of rows.
   *
   * @return the total
   */
  public long n() {
    return bothRight + baselineOnly + candidateOnly + bothWrong;
  }

  /**
   * Candidate accuracy minus baseline accuracy, {@code (c − b)/n}.
   *
   * @return the difference; NaN for an empty table
   */
  public double accuracyDifference() {
    return (double) (candidateOnly - baselineOnly) / n();
  }

  /**
   * The table with baseline and candidate swapped.
   *
   * @return the swapped table
   */
  public CorrectnessTable swapped() {
    return new CorrectnessTable(bothRight, candidateOnly, baselineOnly, bothWrong);
  }
}
