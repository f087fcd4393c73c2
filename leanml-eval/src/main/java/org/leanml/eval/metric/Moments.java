package org.leanml.eval.metric;

/**
 * Count, mean and sum of squared deviations of some values; merges by Chan et al.'s pairwise
 * update.
 *
 * <p>Reference: T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for computing the sample
 * variance: analysis and recommendations", The American Statistician 37 (1983) 242-247,
 * doi:10.1080/00031305.1983.10483115.
 *
 * @param count the number of values
 * @param mean their mean (0 when empty)
 * @param m2 the sum of squared deviations from the mean
 */
public record Moments(long count, double mean, double m2) implements Mergeable<Moments> {

  /** The summary of no values. */
  public static final Moments EMPTY = new Moments(0, 0, 0);

  /**
   * Validates.
   *
   * @param count the number of values
   * @param mean their mean (0 when empty)
   * @param m2 the sum of squared deviations from the mean
   * @throws IllegalArgumentException if the count or {@code m2} is negative
   */
  public Moments {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 but was " + count);
    }
    if (m2 < 0) {
      throw new IllegalArgumentException("m2 must be >= 0 but was " + m2);
    }
  }

  /**
   * The summary of an array of values (two passes, for accuracy).
   *
   * @param values the values
   * @return the summary
   */
  public static Moments of(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = values.length == 0 ? 0 : sum / values.length;
    double m2 = 0;
    for (double v : values) {
      double d = v - mean;
      m2 += d * d;
    }
    return new Moments(values.length, mean, m2);
  }

  /**
   * This summary with one more value (Welford's update).
   *
   * @param x the value
   * @return a new summary
   */
  public Moments add(double x) {
    long n = count + 1;
    double d = x - mean;
    double newMean = mean + d / n;
    return new Moments(n, newMean, m2 + d * (x - newMean));
  }

  @Override
  public Moments merge(Moments other) {
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    long n = count + other.count;
    double d = other.mean - mean;
    double newMean = mean + d * other.count / n;
    double newM2 = m2 + other.m2 + d * d * ((double) count * other.count / n);
    return new Moments(n, newMean, newM2);
  }

  /**
   * The sample variance (denominator {@code count - 1}).
   *
   * @return the variance; NaN with fewer than two values
   */
  public double variance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  /**
   * The standard error of the mean, {@code sqrt(variance / count)}.
   *
   * @return the standard error; NaN with fewer than two values
   */
  public double standardError() {
    return Math.sqrt(variance() / count);
  }

  /**
   * The mean with its normal-approximation (central limit) interval.
   *
   * @param confidence the confidence level
   * @return the estimate
   * @throws IllegalArgumentException if the confidence is outside {@code (0, 1)}
   */
  public Estimate meanEstimate(double confidence) {
    double z = Intervals.z(confidence);
    if (count == 0) {
      return Estimate.point(Double.NaN);
    }
    return Estimate.wald(
        mean, standardError(), z, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }
}
