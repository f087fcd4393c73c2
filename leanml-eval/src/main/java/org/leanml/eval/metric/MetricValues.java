package org.leanml.eval.metric;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leanml.core.metric.Metric;

/**
 * The metrics of one model on one data set.
 *
 * @param values the estimate of each computed metric
 * @param perClassRecall the recall of each class in label order (multiclass; empty otherwise)
 */
public record MetricValues(Map<Metric, Estimate> values, List<Estimate> perClassRecall) {

  /**
   * Copies.
   *
   * @param values the estimate of each computed metric
   * @param perClassRecall the recall of each class in label order (multiclass; empty otherwise)
   * @throws NullPointerException if an argument is null
   */
  public MetricValues {
    values =
        Collections.unmodifiableMap(
            values.isEmpty() ? new EnumMap<>(Metric.class) : new EnumMap<>(values));
    perClassRecall = List.copyOf(perClassRecall);
  }

  /**
   * The estimate of one metric.
   *
   * @param metric the metric
   * @return the estimate
   * @throws IllegalArgumentException if the metric was not computed
   */
  public Estimate get(Metric metric) {
    Estimate e = values.get(metric);
    if (e == null) {
      throw new IllegalArgumentException(
          "metric " + metric + " was not computed; have " + values.keySet());
    }
    return e;
  }

  /**
   * The value of one metric.
   *
   * @param metric the metric
   * @return the value
   * @throws IllegalArgumentException if the metric was not computed
   */
  public double value(Metric metric) {
    return get(metric).value();
  }
}
