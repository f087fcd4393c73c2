package org.leanml.eval.metric;

/**
 * A point estimate with a confidence interval. Bounds are {@code NaN} when no interval is defined
 * (for example the equal error rate, or a precision with no predicted positive).
 *
 * @param value the estimate, {@code NaN} when undefined
 * @param ciLow the lower bound of the interval
 * @param ciHigh the upper bound of the interval
 */
public record Estimate(double value, double ciLow, double ciHigh) {

  /**
   * Validates the ordering of the bounds.
   *
   * @param value the estimate, {@code NaN} when undefined
   * @param ciLow the lower bound of the interval
   * @param ciHigh the upper bound of the interval
   * @throws IllegalArgumentException if both bounds are numbers and {@code ciLow > ciHigh}
   */
  public Estimate {
    if (ciLow > ciHigh) {
      throw new IllegalArgumentException(
          "ciLow must be <= ciHigh but was " + ciLow + " > " + ciHigh);
    }
  }

  /**
   * An estimate without an interval.
   *
   * @param value the estimate
   * @return the estimate with {@code NaN} bounds
   */
  public static Estimate point(double value) {
    return new Estimate(value, Double.NaN, Double.NaN);
  }

  /**
   * A symmetric Wald interval, {@code value ± z·se}, clipped to {@code [lower, upper]}.
   *
   * @param value the estimate
   * @param se its standard error
   * @param z the normal quantile for the confidence level
   * @param lower the smallest possible value
   * @param upper the largest possible value
   * @return the estimate; bounds are NaN when {@code se} is NaN
   */
  public static Estimate wald(double value, double se, double z, double lower, double upper) {
    if (Double.isNaN(value) || Double.isNaN(se)) {
      return point(value);
    }
    return new Estimate(value, Math.max(lower, value - z * se), Math.min(upper, value + z * se));
  }

  /**
   * Whether the interval is defined.
   *
   * @return {@code true} when both bounds are numbers
   */
  public boolean hasInterval() {
    return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
  }
}
