package org.leanml.eval.compare;

import org.leanml.eval.metric.Mergeable;

/**
 * Row-level changes between a baseline and a candidate: a mergeable summary.
 *
 * @param n the number of rows
 * @param negative rows the baseline got right and the candidate wrong
 * @param positive rows the baseline got wrong and the candidate right
 * @param changed rows whose predicted class differs between the two models
 */
public record Flips(long n, long negative, long positive, long changed)
    implements Mergeable<Flips> {

  /**
   * Validates.
   *
   * @param n the number of rows
   * @param negative rows the baseline got right and the candidate wrong
   * @param positive rows the baseline got wrong and the candidate right
   * @param changed rows whose predicted class differs between the two models
   * @throws IllegalArgumentException if a count is negative or exceeds {@code n}, or the flips
   *     exceed the changed rows
   */
  public Flips {
    if (n < 0 || negative < 0 || positive < 0 || changed < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (negative + positive > changed || changed > n) {
      throw new IllegalArgumentException(
          "need negative + positive <= changed <= n but have "
              + negative
              + " + "
              + positive
              + ", "
              + changed
              + ", "
              + n);
    }
  }

  /**
   * Counts the flips of two models' predicted classes.
   *
   * @param truth the true class per row
   * @param baseline the baseline's predicted class per row
   * @param candidate the candidate's predicted class per row
   * @return the flips
   * @throws IllegalArgumentException if the lengths differ
   */
  public static Flips of(int[] truth, int[] baseline, int[] candidate) {
    PairedComparison.requireLength(truth.length, baseline.length, "baseline");
    PairedComparison.requireLength(truth.length, candidate.length, "candidate");
    long neg = 0;
    long pos = 0;
    long changed = 0;
    for (int i = 0; i < truth.length; i++) {
      boolean b = baseline[i] == truth[i];
      boolean c = candidate[i] == truth[i];
      if (b && !c) {
        neg++;
      } else if (c && !b) {
        pos++;
      }
      if (baseline[i] != candidate[i]) {
        changed++;
      }
    }
    return new Flips(truth.length, neg, pos, changed);
  }

  @Override
  public Flips merge(Flips o) {
    return new Flips(n + o.n, negative + o.negative, positive + o.positive, changed + o.changed);
  }

  /**
   * Negative flips over rows.
   *
   * @return the negative-flip rate; NaN without rows
   */
  public double negativeFlipRate() {
    return (double) negative / n;
  }

  /**
   * The share of rows whose predicted class changed.
   *
   * @return the churn; NaN without rows
   */
  public double churn() {
    return (double) changed / n;
  }
}
