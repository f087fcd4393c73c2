package org.leanml.eval.compare;

import java.util.Objects;
import org.leanml.core.metric.Metric;

/**
 * The paired bootstrap interval of a metric difference.
 *
 * @param metric the metric
 * @param diff the observed difference, candidate minus baseline
 * @param ciLow the lower bound of the interval
 * @param ciHigh the upper bound of the interval
 * @param resamples the number of resamples
 * @param seed the master seed
 * @param method the interval method
 * @param pValue the two-sided bootstrap p-value {@code min(1, 2·(min(#{d* ≤ 0}, #{d* ≥ 0}) + 1)/(B
 *     + 1))}; 1 when every resample gives 0
 */
public record BootstrapResult(
    Metric metric,
    double diff,
    double ciLow,
    double ciHigh,
    int resamples,
    long seed,
    PairedBootstrap.IntervalMethod method,
    double pValue) {

  /**
   * Validates.
   *
   * @param metric the metric
   * @param diff the observed difference, candidate minus baseline
   * @param ciLow the lower bound of the interval
   * @param ciHigh the upper bound of the interval
   * @param resamples the number of resamples
   * @param seed the master seed
   * @param method the interval method
   * @param pValue the two-sided bootstrap p-value {@code min(1, 2·(min(#{d* ≤ 0}, #{d* ≥ 0}) +
   *     1)/(B + 1))}; 1 when every resample gives 0
   * @throws IllegalArgumentException if {@code ciLow > ciHigh}, resamples is not positive or the
   *     p-value is outside {@code [0, 1]}
   * @throws NullPointerException if the metric or method is null
   */
  public BootstrapResult {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(method, "method");
    if (ciLow > ciHigh) {
      throw new IllegalArgumentException(
          "ciLow must be <= ciHigh but was " + ciLow + " > " + ciHigh);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1 but was " + resamples);
    }
    PValues.require(pValue, "pValue");
  }

  /**
   * Whether the interval excludes zero.
   *
   * @return {@code true} if {@code ciLow > 0} or {@code ciHigh < 0}
   */
  public boolean excludesZero() {
    return ciLow > 0 || ciHigh < 0;
  }

  /**
   * Whether the bootstrap p-value is below a level.
   *
   * @param alpha the significance level
   * @return {@code true} if {@code pValue < alpha}
   */
  public boolean reject(double alpha) {
    return pValue < alpha;
  }
}
