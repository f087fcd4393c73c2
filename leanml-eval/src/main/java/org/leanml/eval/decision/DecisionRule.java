package org.leanml.eval.decision;

import org.leanml.core.metric.Metric;

/**
 * Turns the interval of a metric difference into a {@link GateVerdict}.
 *
 * <p>{@code diff} is candidate minus baseline in the metric's units. The worsening is {@code w =
 * −diff} for metrics where higher is better and {@code +diff} where lower is better. With {@code
 * [w_low, w_high]} the {@code 1 − alpha} interval of {@code w} and {@code margin} the allowed
 * worsening: {@link GateVerdict#IMPROVED} if {@code w_high < 0}; {@link GateVerdict#NON_INFERIOR}
 * if {@code w_high < margin}; {@link GateVerdict#REGRESSED} if {@code w_low > margin}; {@link
 * GateVerdict#INCONCLUSIVE} otherwise (also when a bound is NaN).
 *
 * @param margin the allowed worsening δ, in the metric's units, {@code >= 0}
 * @param alpha one minus the confidence of the interval, in {@code (0, 1)}
 */
public record DecisionRule(double margin, double alpha) {
  /** The default rule: margin 0, alpha 0.05. */
  public static final DecisionRule DEFAULT = new DecisionRule(0, 0.05);

  /**
   * Validates.
   *
   * @param margin the allowed worsening δ, in the metric's units, {@code >= 0}
   * @param alpha one minus the confidence of the interval, in {@code (0, 1)}
   * @throws IllegalArgumentException if the margin is negative or not finite, or alpha is outside
   *     {@code (0, 1)}
   */
  public DecisionRule {
    if (!(margin >= 0) || Double.isInfinite(margin)) {
      throw new IllegalArgumentException("margin must be finite and >= 0 but was " + margin);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1) but was " + alpha);
    }
  }

  /**
   * The confidence level of the intervals, {@code 1 − alpha}.
   *
   * @return the confidence
   */
  public double confidence() {
    return 1 - alpha;
  }

  /**
   * The interval of the worsening for a difference interval.
   *
   * @param metric the metric
   * @param diffLow the lower bound of candidate minus baseline
   * @param diffHigh the upper bound of candidate minus baseline
   * @return {@code {w_low, w_high}}
   */
  public static double[] worsening(Metric metric, double diffLow, double diffHigh) {
    return metric.higherIsBetter()
        ? new double[] {-diffHigh, -diffLow}
        : new double[] {diffLow, diffHigh};
  }

  /**
   * The verdict for a difference interval.
   *
   * @param metric the metric the difference is in
   * @param diffLow the lower bound of the interval of candidate minus baseline
   * @param diffHigh the upper bound
   * @return the verdict
   */
  public GateVerdict decide(Metric metric, double diffLow, double diffHigh) {
    double[] w = worsening(metric, diffLow, diffHigh);
    if (Double.isNaN(w[0]) || Double.isNaN(w[1])) {
      return GateVerdict.INCONCLUSIVE;
    }
    if (w[1] < 0) {
      return GateVerdict.IMPROVED;
    }
    if (w[1] < margin) {
      return GateVerdict.NON_INFERIOR;
    }
    if (w[0] > margin) {
      return GateVerdict.REGRESSED;
    }
    return GateVerdict.INCONCLUSIVE;
  }
}
