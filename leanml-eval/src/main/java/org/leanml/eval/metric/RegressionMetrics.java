package org.leanml.eval.metric;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leanml.core.metric.Metric;

/**
 * Regression metrics with intervals: RMSE (the central-limit interval of the mean squared error,
 * square-rooted), MAE (central limit) and R² (delta method through its influence function {@code
 * −(e_i² − MSE)/S + MSE/S²·((y_i − ȳ)² − S)}, with {@code S} the mean squared deviation of the
 * truth).
 */
public final class RegressionMetrics {
  private RegressionMetrics() {}

  /**
   * All regression metrics.
   *
   * @param truth the true values
   * @param predicted the predicted values
   * @param confidence the confidence level
   * @return the metrics
   * @throws IllegalArgumentException if the lengths differ, a value is not finite, or the
   *     confidence is outside {@code (0, 1)}
   */
  public static MetricValues evaluate(double[] truth, double[] predicted, double confidence) {
    Intervals.requireConfidence(confidence);
    requireSameFinite(truth, predicted, "predicted");
    int n = truth.length;
    double[] squared = new double[n];
    double[] absolute = new double[n];
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      double e = predicted[i] - truth[i];
      squared[i] = e * e;
      absolute[i] = Math.abs(e);
      meanY += truth[i];
    }
    meanY /= n;
    Moments mse = Moments.of(squared);
    double z = Intervals.z(confidence);
    Map<Metric, Estimate> v = new EnumMap<>(Metric.class);
    Estimate mseEstimate = mse.meanEstimate(confidence);
    v.put(
        Metric.RMSE,
        mseEstimate.hasInterval()
            ? new Estimate(
                Math.sqrt(mse.mean()),
                Math.sqrt(Math.max(0, mseEstimate.ciLow())),
                Math.sqrt(mseEstimate.ciHigh()))
            : Estimate.point(Math.sqrt(mse.mean())));
    v.put(Metric.MAE, Moments.of(absolute).meanEstimate(confidence));
    double s = 0;
    for (double y : truth) {
      s += (y - meanY) * (y - meanY);
    }
    s /= n;
    double a = mse.mean();
    double r2 = s == 0 ? Double.NaN : 1 - a / s;
    double sumIf2 = 0;
    for (int i = 0; i < n; i++) {
      double dy = truth[i] - meanY;
      double u = -(squared[i] - a) / s + a / (s * s) * (dy * dy - s);
      sumIf2 += u * u;
    }
    v.put(Metric.R2, Estimate.wald(r2, Math.sqrt(sumIf2) / n, z, Double.NEGATIVE_INFINITY, 1));
    return new MetricValues(v, List.of());
  }

  /**
   * Checks that two arrays have the same length and finite values.
   *
   * @param truth the truth
   * @param other another array
   * @param name the other array's name, for messages
   * @throws IllegalArgumentException if not
   */
  public static void requireSameFinite(double[] truth, double[] other, String name) {
    if (truth.length != other.length) {
      throw new IllegalArgumentException(
          name + " has " + other.length + " rows but truth has " + truth.length);
    }
    if (truth.length == 0) {
      throw new IllegalArgumentException("need at least one row");
    }
    for (int i = 0; i < truth.length; i++) {
      if (!Double.isFinite(truth[i])) {
        throw new IllegalArgumentException("truth[" + i + "] is not finite: " + truth[i]);
      }
      if (!Double.isFinite(other[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + other[i]);
      }
    }
  }
}
